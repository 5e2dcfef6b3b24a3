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

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.CaseOutcome;
import org.safeguard.core.outcome.OutcomeAnswer;
import org.safeguard.core.outcome.OutcomeMeasure;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.core.outcome.PackedCohort;
import org.safeguard.core.outcome.RiskFactor;
import org.safeguard.core.outcome.Severity;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RiskLevel;

/**
 * A seeded generator of synthetic case outcomes, drawn as {@link SyntheticParameters} describes
 * (by default, following the published figures of <i>Safety in Numbers</i>, CAADA, 2009).
 *
 * <p>Case {@code i} of a generator depends only on the parameters, the seed and {@code i}: each
 * case draws from its own random stream, started from a hash of the seed and the index. So the
 * same seed always gives the same cohort, a case can be drawn alone ({@link #caseAt}), a stream of
 * cases may run in parallel, and {@link #packed(int)} holds exactly the cases {@link #cases(long)}
 * returns, without building them as objects. Case ids read {@code synthetic-<index>}; every case is
 * made up. Immutable and thread-safe.
 */
public final class SyntheticCohort {
  static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final AbuseType[] TYPES = AbuseType.values();
  private static final RiskLevel[] LEVELS = RiskLevel.values();
  private static final OutcomeQuestion[] QUESTIONS = OutcomeQuestion.values();
  private static final int CESSATION = OutcomeMeasure.TOTAL_CESSATION.ordinal();
  private static final RiskFactor[] FACTORS = RiskFactor.values();

  private final SyntheticParameters parameters;
  private final long seed;
  private final long seedHash;
  private final double[] bandCumulative;
  private final int[] bandLower;
  private final double[][] withinBandCumulative;
  private final double[] intensiveByBand;
  private final int threshold;
  private final int contactsAboveThreshold;
  private final double[][] yes; // [measure][band * 2 + intensive]
  private final double[] prevalence;
  private final double[] persistence;
  private final double[] levelCumulative;
  /** The kinds of intervention by index (in id order), as the kinds draw numbers their bits. */
  private final String[] kindIds;
  private final KindDraw kindDraw;
  private final double[] factorAtIntake;
  private final double[] factorPersistence;
  private final double[] factorOnset;
  private final int factorsAboutChildren;

  private SyntheticCohort(SyntheticParameters parameters, long seed) {
    this.parameters = parameters;
    this.seed = seed;
    this.seedHash = mix(seed ^ 0x2545F4914F6CDD1DL);
    List<Integer> bounds = parameters.bandLowerBounds();
    int bands = bounds.size();
    this.bandCumulative = cumulative(parameters.bandShares().stream().mapToDouble(Double::doubleValue).toArray());
    this.bandLower = bounds.stream().mapToInt(Integer::intValue).toArray();
    this.withinBandCumulative = new double[bands][];
    for (int band = 0; band < bands; band++) {
      int upper = band + 1 < bands ? bandLower[band + 1] - 1 : parameters.maxInterventions();
      double[] weights = new double[upper - bandLower[band] + 1];
      double w = 1;
      for (int k = 0; k < weights.length; k++) {
        weights[k] = w;
        w *= parameters.withinBandDecay();
      }
      double total = 0;
      for (double x : weights) {
        total += x;
      }
      for (int k = 0; k < weights.length; k++) {
        weights[k] /= total;
      }
      withinBandCumulative[band] = cumulative(weights);
    }
    this.intensiveByBand = parameters.intensiveShareByBand().stream().mapToDouble(Double::doubleValue).toArray();
    this.threshold = parameters.intensiveThreshold();
    this.contactsAboveThreshold = parameters.maxSignificantContacts() - threshold + 1;
    OutcomeMeasure[] measures = OutcomeMeasure.values();
    this.yes = new double[measures.length][bands * 2];
    for (OutcomeMeasure m : measures) {
      for (int band = 0; band < bands; band++) {
        yes[m.ordinal()][band * 2] = parameters.outcomeProbability(m, band, false);
        yes[m.ordinal()][band * 2 + 1] = parameters.outcomeProbability(m, band, true);
      }
    }
    this.prevalence = new double[TYPES.length];
    this.persistence = new double[TYPES.length];
    for (AbuseType t : TYPES) {
      prevalence[t.ordinal()] = parameters.prevalenceAtIntake().get(t);
      persistence[t.ordinal()] = parameters.persistence().get(t);
    }
    double[] levels = new double[LEVELS.length];
    for (RiskLevel level : LEVELS) {
      levels[level.ordinal()] = parameters.levelAtIntake().get(level);
    }
    this.levelCumulative = cumulative(levels);
    this.kindIds = parameters.interventionShares().keySet().toArray(new String[0]);
    this.kindDraw = KindDraw.of(parameters, countChances());
    this.factorAtIntake = new double[FACTORS.length];
    this.factorPersistence = new double[FACTORS.length];
    this.factorOnset = new double[FACTORS.length];
    int aboutChildren = 0;
    for (RiskFactor f : FACTORS) {
      factorAtIntake[f.ordinal()] = parameters.riskFactorsAtIntake().get(f);
      factorPersistence[f.ordinal()] = parameters.riskFactorPersistence().get(f);
      factorOnset[f.ordinal()] = parameters.riskFactorOnset().get(f);
      aboutChildren |= f.group() == RiskFactor.Group.CHILDREN ? 1 << f.ordinal() : 0;
    }
    this.factorsAboutChildren = aboutChildren;
  }

  /**
   * A generator with these parameters and seed.
   *
   * @param parameters the distributions cases are drawn from
   * @param seed any value; the same seed always gives the same cohort
   * @return the generator
   */
  public static SyntheticCohort of(SyntheticParameters parameters, long seed) {
    return new SyntheticCohort(parameters, seed);
  }

  /**
   * A generator with the default parameters and this seed.
   *
   * @param seed any value; the same seed always gives the same cohort
   * @return the generator
   */
  public static SyntheticCohort withDefaults(long seed) {
    return of(SyntheticParameters.defaults(), seed);
  }

  /** The chance of each count of interventions, from 0 to the most, as {@link #draw} draws counts. */
  private double[] countChances() {
    double[] chance = new double[parameters.maxInterventions() + 1];
    for (int band = 0; band < bandLower.length; band++) {
      double share = parameters.bandShares().get(band);
      double[] within = withinBandCumulative[band];
      double below = 0;
      for (int k = 0; k < within.length; k++) {
        double upTo = k == within.length - 1 ? 1 : within[k];
        chance[bandLower[band] + k] += share * (upTo - below);
        below = upTo;
      }
    }
    return chance;
  }

  private static double[] cumulative(double[] shares) {
    double[] c = new double[shares.length];
    double sum = 0;
    for (int i = 0; i < shares.length; i++) {
      sum += shares[i];
      c[i] = sum;
    }
    c[c.length - 1] = Double.POSITIVE_INFINITY; // rounding never leaves a draw past the last bucket
    return c;
  }

  /**
   * The parameters cases are drawn with.
   *
   * @return the parameters
   */
  public SyntheticParameters parameters() {
    return parameters;
  }

  /**
   * The seed.
   *
   * @return the seed the generator was made with
   */
  public long seed() {
    return seed;
  }

  /**
   * Case {@code index} of this generator's cohort, drawn alone.
   *
   * @param index the case's position, from 0
   * @return the case, with id {@code synthetic-<index>}
   * @throws InvalidInputException if the index is negative
   */
  public CaseOutcome caseAt(long index) {
    checkIndex(index);
    Draw d = new Draw();
    draw(index, d);
    return d.toCaseOutcome(index, kindIds);
  }

  /**
   * Cases {@code 0} to {@code count - 1}, in order; the stream may be made parallel.
   *
   * @param count how many cases; not negative
   * @return the cases, drawn as the stream is consumed
   * @throws InvalidInputException if the count is negative
   */
  public Stream<CaseOutcome> cases(long count) {
    checkCount(count);
    return LongStream.range(0, count).mapToObj(this::caseAt);
  }

  /**
   * Cases {@code 0} to {@code count - 1} as a list.
   *
   * @param count how many cases; not negative
   * @return the cases, in order
   * @throws InvalidInputException if the count is negative
   */
  public List<CaseOutcome> caseList(int count) {
    checkCount(count);
    List<CaseOutcome> list = new ArrayList<>(count);
    Draw d = new Draw();
    for (int i = 0; i < count; i++) {
      draw(i, d);
      list.add(d.toCaseOutcome(i, kindIds));
    }
    return list;
  }

  /**
   * Cases {@code 0} to {@code count - 1}, packed, without building a case object.
   *
   * @param count how many cases; not negative
   * @return the cases, packed
   * @throws InvalidInputException if the count is negative
   */
  public PackedCohort packed(int count) {
    checkCount(count);
    PackedCohort.Builder builder = PackedCohort.builder(count);
    packInto(builder, 0, count);
    return builder.build();
  }

  /**
   * Appends cases {@code from} to {@code from + count - 1} to a packed cohort being built, so that a
   * large cohort can be drawn in parts.
   *
   * @param builder the packed cohort being built
   * @param from the first case's index; not negative
   * @param count how many cases; not negative
   * @throws InvalidInputException if {@code from} or {@code count} is negative
   */
  public void packInto(PackedCohort.Builder builder, long from, int count) {
    checkIndex(from);
    checkCount(count);
    Draw d = new Draw();
    for (int i = 0; i < count; i++) {
      draw(from + i, d);
      d.writeTo(builder, kindIds);
    }
  }

  private static void checkIndex(long index) {
    if (index < 0) {
      throw new InvalidInputException("index", index, "a case index cannot be negative");
    }
  }

  private static void checkCount(long count) {
    if (count < 0) {
      throw new InvalidInputException("count", count, "a count cannot be negative");
    }
  }

  /** Draws case {@code index} into {@code d}. The order of the draws is part of the cohort a seed gives. */
  private void draw(long index, Draw d) {
    drawOutcomes(index, d);
    drawHousehold(index, d);
  }

  /**
   * From the case's second random stream: children in the household, the kinds of intervention
   * (as many as the count drawn, without replacement) and the risk factors.
   */
  private void drawHousehold(long index, Draw d) {
    long state = mix(seedHash ^ mix(index * GOLDEN + 0x1B873593A5C7E4F1L));
    state += GOLDEN;
    boolean children = unit(state) < parameters.childrenShare();
    state += GOLDEN;
    d.childrenRecorded = unit(state) >= parameters.childrenNotRecordedRate();
    d.children = children;
    long kinds = kindDraw.draw(d.interventions, children, state);
    state += kindDraw.kinds() * GOLDEN;
    d.kindsRecorded = kinds != -1;
    d.kinds = d.kindsRecorded ? kinds : 0;
    int atIntake = 0;
    int atReview = 0;
    for (int f = 0; f < FACTORS.length; f++) {
      boolean possible = children || (factorsAboutChildren >>> f & 1) == 0;
      state += GOLDEN;
      boolean present = possible && unit(state) < factorAtIntake[f];
      state += GOLDEN;
      boolean later = possible && unit(state) < (present ? factorPersistence[f] : factorOnset[f]);
      atIntake |= present ? 1 << f : 0;
      atReview |= later ? 1 << f : 0;
    }
    d.factorsAtIntake = atIntake;
    d.factorsAtReview = d.reviewed ? atReview : 0;
  }

  /** The counts, support, abuse, levels and answers, from the case's first random stream. */
  private void drawOutcomes(long index, Draw d) {
    long state = mix(seedHash ^ mix(index * GOLDEN + 0x632BE59BD9B4E019L));
    // a small inline SplitMix64 stream: state advances by GOLDEN, each output is the mixed state
    state += GOLDEN;
    int band = pick(bandCumulative, unit(state));
    state += GOLDEN;
    d.interventions = bandLower[band] + pick(withinBandCumulative[band], unit(state));
    state += GOLDEN;
    boolean intensive = unit(state) < intensiveByBand[band];
    state += GOLDEN;
    double u = unit(state);
    d.contacts = intensive ? threshold + (int) (u * contactsAboveThreshold) : (int) (u * threshold);
    int group = band * 2 + (intensive ? 1 : 0);

    int types = 0;
    int severe = 0;
    for (int t = 0; t < TYPES.length; t++) {
      state += GOLDEN;
      boolean present = unit(state) < prevalence[t];
      state += GOLDEN;
      boolean isSevere = unit(state) < parameters.severeShareAtIntake();
      types |= present ? 1 << t : 0;
      severe |= present && isSevere ? 1 << t : 0;
    }
    d.typesAtIntake = types;
    d.severeAtIntake = severe;
    state += GOLDEN;
    int level = pick(levelCumulative, unit(state));
    d.levelAtIntake = level;

    state += GOLDEN;
    d.reviewed = unit(state) < parameters.reviewRate();
    d.typesAtReview = 0;
    d.severeAtReview = 0;
    d.levelAtReview = level;
    if (!d.reviewed) {
      return;
    }
    boolean riskReduced = false;
    for (int q = 0; q < QUESTIONS.length; q++) {
      state += GOLDEN;
      boolean isYes = unit(state) < yes[q][group];
      state += GOLDEN;
      boolean recorded = unit(state) >= parameters.notRecordedRate();
      d.answers[q] = !recorded ? OutcomeAnswer.NOT_RECORDED : isYes ? OutcomeAnswer.YES : OutcomeAnswer.NO;
      riskReduced |= q == OutcomeQuestion.RISK_REDUCED.ordinal() && isYes;
    }
    state += GOLDEN;
    boolean ceased = unit(state) < yes[CESSATION][group];
    int atReview = 0;
    if (types != 0 && !ceased) {
      for (int t = 0; t < TYPES.length; t++) {
        state += GOLDEN;
        boolean present = (types >>> t & 1) != 0;
        double chance = present ? persistence[t] : parameters.newTypeRate();
        atReview |= unit(state) < chance ? 1 << t : 0;
      }
      if (atReview == 0) {
        state += GOLDEN;
        int keep = (int) (unit(state) * Integer.bitCount(types));
        int bits = types;
        for (int k = 0; k < keep; k++) {
          bits &= bits - 1;
        }
        atReview = Integer.lowestOneBit(bits);
      }
    }
    int severeAtReview = 0;
    for (int t = 0; t < TYPES.length; t++) {
      state += GOLDEN;
      severeAtReview |= (atReview >>> t & 1) != 0 && unit(state) < parameters.severeShareAtReview() ? 1 << t : 0;
    }
    d.typesAtReview = atReview;
    d.severeAtReview = severeAtReview;
    state += GOLDEN;
    if (riskReduced) {
      d.levelAtReview = Math.max(0, level - 1);
    } else if (unit(state) < parameters.levelRaisedRate()) {
      d.levelAtReview = Math.min(LEVELS.length - 1, level + 1);
    }
  }

  private static int pick(double[] cumulative, double u) {
    int i = 0;
    while (u >= cumulative[i]) {
      i++;
    }
    return i;
  }

  static double unit(long state) {
    return (mix(state) >>> 11) * 0x1.0p-53;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** One drawn case, in primitive fields; reused from case to case. */
  private static final class Draw {
    int interventions;
    int contacts;
    int typesAtIntake;
    int severeAtIntake;
    int levelAtIntake;
    boolean reviewed;
    int typesAtReview;
    int severeAtReview;
    int levelAtReview;
    final OutcomeAnswer[] answers = new OutcomeAnswer[QUESTIONS.length];
    boolean children;
    boolean childrenRecorded;
    /** Bit k: the generator's k-th kind of intervention. */
    long kinds;
    boolean kindsRecorded;
    int factorsAtIntake;
    int factorsAtReview;

    void writeTo(PackedCohort.Builder b, String[] kindIds) {
      b.interventions(interventions).significantContacts(contacts)
          .intake(typesAtIntake, severeAtIntake, LEVELS[levelAtIntake]);
      if (kindsRecorded) {
        b.interventionKinds(kindList(kindIds));
      }
      if (childrenRecorded) {
        b.hasChildren(children);
      }
      b.riskFactors(factors(factorsAtIntake), factors(factorsAtReview));
      if (reviewed) {
        b.review(typesAtReview, severeAtReview, LEVELS[levelAtReview]);
        for (int q = 0; q < answers.length; q++) {
          b.answer(QUESTIONS[q], answers[q]);
        }
      }
      b.endCase();
    }

    private List<String> kindList(String[] kindIds) {
      List<String> list = new ArrayList<>(Long.bitCount(kinds));
      for (long bits = kinds; bits != 0; bits &= bits - 1) {
        list.add(kindIds[Long.numberOfTrailingZeros(bits)]);
      }
      return list;
    }

    private static Set<RiskFactor> factors(int bits) {
      Set<RiskFactor> set = EnumSet.noneOf(RiskFactor.class);
      for (int b = bits; b != 0; b &= b - 1) {
        set.add(FACTORS[Integer.numberOfTrailingZeros(b)]);
      }
      return set;
    }

    CaseOutcome toCaseOutcome(long index, String[] kindIds) {
      CaseOutcome.Builder b = CaseOutcome.builder()
          .caseId("synthetic-" + index)
          .interventions(interventions)
          .interventionKinds(kindsRecorded ? kindList(kindIds) : List.of())
          .hasChildren(childrenRecorded ? Optional.of(children) : Optional.empty())
          .riskFactorsAtIntake(factors(factorsAtIntake))
          .riskFactorsAtReview(factors(factorsAtReview))
          .significantContacts(contacts)
          .abuseAtIntake(profile(typesAtIntake, severeAtIntake))
          .levelAtIntake(LEVELS[levelAtIntake]);
      if (reviewed) {
        b.abuseAtReview(profile(typesAtReview, severeAtReview)).levelAtReview(LEVELS[levelAtReview]);
        for (int q = 0; q < answers.length; q++) {
          b.putAnswers(QUESTIONS[q], answers[q]);
        }
      }
      return b.build();
    }

    private static AbuseProfile profile(int types, int severe) {
      if (types == 0) {
        return AbuseProfile.none();
      }
      EnumMap<AbuseType, Severity> present = new EnumMap<>(AbuseType.class);
      for (AbuseType t : TYPES) {
        if ((types >>> t.ordinal() & 1) != 0) {
          present.put(t, (severe >>> t.ordinal() & 1) != 0 ? Severity.HIGH : Severity.MODERATE);
        }
      }
      return AbuseProfile.of(present);
    }
  }
}
