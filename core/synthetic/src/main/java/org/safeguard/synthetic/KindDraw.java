/*
 * Copyright 2026 the Safeguard maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.safeguard.synthetic;

import java.util.Map;

/**
 * Draws the kinds of intervention of one case, given how many it received, so that over a cohort
 * each kind is received by its target share of the cases (<i>Safety in Numbers</i>, CAADA, 2009,
 * Table 4), with the kinds for children only in households with children.
 *
 * <p>A case with {@code n} interventions gets a set of {@code n} kinds, each set with a chance in
 * proportion to the product of its kinds' weights (conditional Poisson sampling). The chance that
 * kind {@code k} is in the set is then {@code w_k e(n-1, others) / e(n, all)}, where {@code e(j, .)}
 * is the elementary symmetric polynomial of degree {@code j} of the weights, so the rate each
 * weight gives over the cohort's counts can be worked out exactly. The weights are fitted to the
 * target shares once, when the generator is made, by scaling each weight's odds by the ratio of
 * target to achieved odds until they agree or stop getting closer. The targets can all be met
 * only when they add up to the mean count of the cases whose kinds can be drawn (counting a kind
 * for children at its share of the households with children). Table 4's add up to 4.28 a case and
 * the generator's default counts to 4.24 a case whose kinds are drawn (4.27 in all; a case with
 * more interventions than kinds open to it has none drawn), so the fit stops 0.4 points from the
 * table at worst. A kind no case can receive (a kind for children when no household has
 * children) is left out of the fit.
 *
 * <p>Immutable once made; {@link #draw} uses no shared state.
 */
final class KindDraw {
  private static final int FIT_ROUNDS = 2000;
  private static final double FIT_TOLERANCE = 1e-10;
  /** A round that brings the largest gap no closer than this ends the fit: the targets cannot all be met. */
  private static final double STALLED = 1e-12;
  private static final double MIN_WEIGHT = 1e-12;
  private static final double MAX_WEIGHT = 1e12;

  private final int kinds;
  private final long forChildren;
  private final double[] weights;
  /** Suffix polynomials: {@code suffix[c][i][r]} = e(r, weights of the open kinds from i on), c = 1 with children. */
  private final double[][][] suffix;
  private final double largestGap;

  /**
   * Fits the weights.
   *
   * @param shares each kind's target share: of all cases, or of those with children for a kind for children; each above 0 and below 1
   * @param forChildren the bits of the kinds for children
   * @param countChance the chance of each count of interventions, from 0
   * @param childrenShare the chance a household has children
   */
  KindDraw(double[] shares, long forChildren, double[] countChance, double childrenShare) {
    this.kinds = shares.length;
    this.forChildren = forChildren;
    double[] w = new double[kinds];
    for (int k = 0; k < kinds; k++) {
      w[k] = shares[k] / (1 - shares[k]);
    }
    double previous = Double.POSITIVE_INFINITY;
    for (int round = 0; round < FIT_ROUNDS; round++) {
      double[] achieved = rates(w, countChance, childrenShare);
      double gap = gap(achieved, shares);
      if (gap <= FIT_TOLERANCE || previous - gap <= STALLED) {
        break;
      }
      previous = gap;
      for (int k = 0; k < kinds; k++) {
        if (achieved[k] > 0 && achieved[k] < 1) { // a kind no case can receive, or every case must, keeps its weight
          double scale = (shares[k] / (1 - shares[k])) / (achieved[k] / (1 - achieved[k]));
          w[k] = Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, w[k] * scale));
        }
      }
      normalise(w);
    }
    this.weights = w;
    this.largestGap = gap(rates(w, countChance, childrenShare), shares);
    this.suffix = new double[][][] {suffixes(open(false)), suffixes(open(true))};
  }

  /**
   * The draw for a generator's parameters: kind {@code k} is the {@code k}-th of
   * {@link SyntheticParameters#interventionShares()}, in its (id) order.
   *
   * @param countChance the chance of each count of interventions, from 0
   */
  static KindDraw of(SyntheticParameters parameters, double[] countChance) {
    double[] shares = new double[parameters.interventionShares().size()];
    long forChildren = 0;
    int k = 0;
    for (Map.Entry<String, Double> e : parameters.interventionShares().entrySet()) {
      shares[k] = e.getValue();
      forChildren |= parameters.interventionsForChildren().contains(e.getKey()) ? 1L << k : 0;
      k++;
    }
    return new KindDraw(shares, forChildren, countChance, parameters.childrenShare());
  }

  /** The largest gap between a target and its achieved rate, over the kinds some case can receive. */
  private static double gap(double[] achieved, double[] shares) {
    double gap = 0;
    for (int k = 0; k < achieved.length; k++) {
      if (!Double.isNaN(achieved[k])) {
        gap = Math.max(gap, Math.abs(achieved[k] - shares[k]));
      }
    }
    return gap;
  }

  /**
   * Scales the weights to a geometric mean of 1. The chances of a set of a given size do not change
   * when every weight is scaled alike, so without this the fit could drift towards the bounds.
   */
  private static void normalise(double[] w) {
    double logSum = 0;
    for (double x : w) {
      logSum += Math.log(x);
    }
    double scale = Math.exp(-logSum / Math.max(1, w.length));
    for (int k = 0; k < w.length; k++) {
      w[k] = Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, w[k] * scale));
    }
  }

  /** The largest gap between a kind's target share and the share the fitted weights give. */
  double largestGap() {
    return largestGap;
  }

  private long open(boolean children) {
    long all = kinds == 64 ? -1L : (1L << kinds) - 1;
    return children ? all : all & ~forChildren;
  }

  /**
   * The share of cases given each kind (of those with children for a kind for children) that
   * weights {@code w} give; NaN for a kind whose cases are none.
   */
  private double[] rates(double[] w, double[] countChance, double childrenShare) {
    double[] given = new double[kinds];
    double[] casesWithChildren = new double[1];
    double cases = 0;
    for (int c = 0; c < 2; c++) {
      boolean children = c == 1;
      double householdChance = children ? childrenShare : 1 - childrenShare;
      long open = open(children);
      double[] all = polynomials(w, open, -1);
      for (int k = 0; k < kinds; k++) {
        if ((open >>> k & 1) == 0) {
          continue;
        }
        double[] others = polynomials(w, open, k);
        for (int n = 1; n < countChance.length && n <= Long.bitCount(open); n++) {
          given[k] += householdChance * countChance[n] * w[k] * others[n - 1] / all[n];
        }
      }
      for (int n = 0; n < countChance.length && n <= Long.bitCount(open); n++) {
        cases += householdChance * countChance[n];
        casesWithChildren[0] += children ? householdChance * countChance[n] : 0;
      }
    }
    double[] rates = new double[kinds];
    for (int k = 0; k < kinds; k++) {
      double of = (forChildren >>> k & 1) != 0 ? casesWithChildren[0] : cases;
      rates[k] = of > 0 ? given[k] / of : Double.NaN;
    }
    return rates;
  }

  /** e(j) for j = 0 .. kinds of the weights of the open kinds, leaving out kind {@code skip} (or none for -1). */
  private double[] polynomials(double[] w, long open, int skip) {
    double[] e = new double[kinds + 1];
    e[0] = 1;
    int seen = 0;
    for (int k = 0; k < kinds; k++) {
      if ((open >>> k & 1) == 0 || k == skip) {
        continue;
      }
      seen++;
      for (int j = seen; j >= 1; j--) {
        e[j] += w[k] * e[j - 1];
      }
    }
    return e;
  }

  /** suffix[i][r]: e(r) of the weights of the open kinds from index i on. */
  private double[][] suffixes(long open) {
    double[][] s = new double[kinds + 1][kinds + 1];
    s[kinds][0] = 1;
    for (int i = kinds - 1; i >= 0; i--) {
      boolean isOpen = (open >>> i & 1) != 0;
      for (int r = 0; r <= kinds; r++) {
        s[i][r] = s[i + 1][r] + (isOpen && r > 0 ? weights[i] * s[i + 1][r - 1] : 0);
      }
    }
    return s;
  }

  /**
   * Draws the kinds of a case with {@code count} interventions from the case's random stream: the
   * {@code i}-th kind reads the stream's {@code i + 1}-th value after {@code state}, so a draw
   * reads {@link #kinds()} values whatever it chooses.
   *
   * @return the bits of the kinds, {@code count} of them; or -1 when the household cannot receive that many kinds
   */
  long draw(int count, boolean children, long state) {
    long open = open(children);
    int openLeft = Long.bitCount(open);
    if (count > openLeft) {
      return -1;
    }
    double[][] s = suffix[children ? 1 : 0];
    long chosen = 0;
    int left = count;
    for (int i = 0; i < kinds && left > 0; i++) {
      if ((open >>> i & 1) == 0) {
        continue;
      }
      double u = SyntheticCohort.unit(state + (i + 1) * SyntheticCohort.GOLDEN);
      boolean take = left == openLeft || u * s[i][left] < weights[i] * s[i + 1][left - 1];
      if (take) {
        chosen |= 1L << i;
        left--;
      }
      openLeft--;
    }
    return chosen;
  }

  /** How many kinds there are: the uniforms a draw reads. */
  int kinds() {
    return kinds;
  }
}
