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
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.safeguard.core.casework.StandardInterventions;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.OutcomeMeasure;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.core.outcome.RiskFactor;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.StableId;

/**
 * The distributions a {@link SyntheticCohort} draws from. The defaults follow the IDVA evaluation
 * (<i>Safety in Numbers</i>, CAADA, 2009); where the text gives no number
 * the default is an assumption, marked <b>assumed</b> below. Immutable; change a value through
 * {@link #toBuilder()}.
 *
 * <h2>How a case is drawn</h2>
 *
 * <ol>
 *   <li><b>Interventions.</b> A band by {@link #bandShares()}, then a count within the band, the
 *       lowest most likely: count {@code lower + k} has weight {@code withinBandDecay^k}, up to the
 *       next band's bound less one, and for the last band up to {@link #maxInterventions()}.
 *   <li><b>Support.</b> Intensive with the band's {@link #intensiveShareByBand()}; an intensive
 *       case has from {@link #intensiveThreshold()} to {@link #maxSignificantContacts()} significant
 *       contacts, uniformly, any other from 0 to one below the threshold.
 *   <li><b>Intake.</b> Each abuse type present independently with its
 *       {@link #prevalenceAtIntake()}; each present type severe with {@link #severeShareAtIntake()};
 *       the risk level by {@link #levelAtIntake()}.
 *   <li><b>Review.</b> With {@link #reviewRate()}; a case without one has no answers and no T2
 *       measures. A reviewed case answers each question yes with
 *       {@link #outcomeProbability(OutcomeMeasure, int, boolean)} for its band and support, and each
 *       answer is then not recorded with {@link #notRecordedRate()}. With abuse at intake, all abuse
 *       ceases with the total-cessation probability for its band and support; otherwise each type
 *       present at intake persists with its {@link #persistence()}, each absent type appears with
 *       {@link #newTypeRate()}, and if that leaves no abuse one type present at intake, chosen
 *       uniformly, persists (the abuse did not all cease). Each type present at review is severe with
 *       {@link #severeShareAtReview()}. The level at review is one lower than at intake (if above
 *       standard) when the drawn risk outcome is yes, even if the answer is then not recorded;
 *       otherwise it is one higher (if below high) with {@link #levelRaisedRate()}, else the same.
 *   <li><b>Household, interventions and risk factors</b>, from a second random stream of the case,
 *       so that the draws above are the same with or without them. Children in the household with
 *       {@link #childrenShare()}, then not recorded with {@link #childrenNotRecordedRate()}. The
 *       kinds of intervention: a set of as many kinds as the case's count, the kinds of
 *       {@link #interventionsForChildren()} only in a household with children, each set with a
 *       chance in proportion to the product of its kinds' weights, the weights fitted when the
 *       generator is made so that each kind is received by its {@link #interventionShares()} of the
 *       cases over the cohort's counts. A case whose count is more than the kinds open to it has
 *       its kinds not recorded.
 *       Each risk factor present at intake with its {@link #riskFactorsAtIntake()} (a factor about
 *       children only in a household with children), and at review with its
 *       {@link #riskFactorPersistence()} if present at intake, else with its
 *       {@link #riskFactorOnset()}.
 * </ol>
 *
 * <p>The shares can all be met only when they add up to the mean count of interventions (counting
 * a kind for children at its share times {@link #childrenShare()}); Table 4's add up to 4.28 and
 * the default counts' mean is 4.27, so the generated rates are within half a point of the table.
 *
 * <p>Outcome probabilities depend on band and support as
 * {@code p(band, intensive) = F(band) + effect * (1 - q(band))} and
 * {@code p(band, not intensive) = F(band) - effect * q(band)}, where {@code F} is
 * {@link #outcomeByBand()}, {@code q} the band's intensive share and {@code effect} the measure's
 * {@link #intensiveEffect()}. Mixed over support within a band this is exactly {@code F(band)}, so
 * a generated cohort reproduces Figure 8 by band, while intensive support still does better within
 * every band, as Finding 3 reports.
 *
 * <h2>Where each default comes from</h2>
 *
 * <ul>
 *   <li>{@link #bandLowerBounds()} 0, 2, 6, 11: Figure 8's columns. {@link #bandShares()} 13%, 60%,
 *       23%, 4%: the 13% with 0-1 interventions is Finding 4 ("multiple options being used in 87% of
 *       cases"); the split of the other 87% is <b>assumed</b>, chosen so that the band-weighted
 *       Figure 8 rates give the overall rates of Finding 2 and the text (cessation 56.9% against
 *       57%, risk reduced 78.9% against 79%, safer 75.1% against 76%, coping 62.8% against 63%,
 *       social support 47.0% against 47%). {@link #maxInterventions()} 18: the eighteen kinds of
 *       Table 4. {@link #withinBandDecay()} 0.8: <b>assumed</b>, giving a mean of 4.27 interventions
 *       per case (Finding 4: "the average number of interventions was 4"; Table 4's frequencies sum
 *       to 5,344 over 1,247 cases, 4.29).
 *   <li>{@link #intensiveThreshold()} 6: Finding 3 ("intensive support, ie. 6 or more significant
 *       contacts"). {@link #intensiveShareByBand()} 25%, 62%, 90%, 97%: <b>assumed</b> (the text
 *       says more intervention went with more intensive support, not by how much), chosen to give
 *       65.0% intensive overall (Finding 3: "In 65% of cases"). {@link #maxSignificantContacts()}
 *       20: <b>assumed</b>.
 *   <li>{@link #outcomeByBand()}: Figure 8's table for risk reduced (39, 81, 93, 97), feels safer
 *       (37, 77, 88, 97), coping (20, 63, 81, 94), social support (14, 43, 69, 88) and total
 *       cessation (31, 58, 66, 73). Quality of life has no published figure: <b>assumed</b> 17, 53,
 *       75, 91, the mean of the coping and social-support rows.
 *   <li>{@link #intensiveEffect()}: for total cessation and feels safer, 0.16, fitted by least
 *       squares to Recommendation 2's 67% against 44% and 88% against 60%; the model then gives
 *       64.6% against 42.7% and 84.3% against 58.0%. The published figures cannot all hold at once
 *       (0.65 &times; 67% + 0.35 &times; 44% = 59%, not the 57% overall), so the generator keeps
 *       Figure 8 and the overall rates exact and the intensive gap close. For the other three
 *       measures Figure 7's values are not in the text: <b>assumed</b> 0.10.
 *   <li>{@link #reviewRate()} 1,247 / 2,567 (48.6%): cases with a review (T2) over cases at intake
 *       (T1), "How was the evaluation conducted?". {@link #notRecordedRate()} 4%: <b>assumed</b>.
 *   <li>{@link #prevalenceAtIntake()}: jealous and controlling 91%, harassment and stalking 31%
 *       (stalking), sexual 28% (Table 3); physical 80% <b>assumed</b> (Figure 1 is not in the text;
 *       Table 3 gives strangulation 61% and injuries 51%, so at least 61%). With these, 85.7% of
 *       cases have more than one type (Finding 1: 86%). {@link #severeShareAtIntake()} 50%:
 *       <b>assumed</b>, chosen so that 76.2% of cases have at least one severe type (Finding 1: 76%).
 *   <li>{@link #persistence()} physical 40%, sexual 45%, harassment and stalking 65%, jealous and
 *       controlling 55%: <b>assumed</b> (Figure 4 is not in the text, which says physical abuse fell
 *       most and stalking and harassment least). {@link #newTypeRate()} 2% and
 *       {@link #severeShareAtReview()} 30%: <b>assumed</b> (Figure 3: about 80% multiple and
 *       severe at intake, about 20% at review).
 *   <li>{@link #levelAtIntake()} high 90%, medium 8%, standard 2%: <b>assumed</b>. The study's cases
 *       were all high risk (Recommendation 1); a few lower levels are kept so that every row of the
 *       risk-movement table is exercised; set high to 1 for the study's cohort.
 *       {@link #levelRaisedRate()} 1%: <b>assumed</b>, after Finding 2's "less than 1% of victims
 *       reported that they felt less safe".
 *   <li>{@link #childrenShare()} 1,774 / 2,567 (69%): Table 1's "those with children" over the cases
 *       at intake. {@link #childrenNotRecordedRate()} 2%: <b>assumed</b>.
 *   <li>{@link #interventionShares()}: Table 4 (n = 1,247), frequency over 1,247, and for child
 *       contact, social services and schools ({@link #interventionsForChildren()}) over the 873
 *       cases with children (note ††).
 *   <li>{@link #riskFactorsAtIntake()}: Tables 2 and 3 over 2,567, Table 1 over the 1,774 with
 *       children, and the fears from "Fear of further injury fell from 85% of cases to 22% while
 *       fear of being killed fell from 48% to 7% ... feeling frightened fell from 83% to 17%".
 *   <li>{@link #riskFactorPersistence()}: review over intake in Tables 5 and 6 and for the fears
 *       (for example alcohol 459 / 516), 1 where the review count is not lower; a domestic-abuse
 *       criminal record, which rose from 261 to 338 of 966, persists and has
 *       {@link #riskFactorOnset()} 77 / 705 (11%); every other onset 0. Table 3's factors have no
 *       published review figure: <b>assumed</b> 43%, the share of cases in which the abuse did not
 *       all stop (Finding 2's 57%).
 * </ul>
 */
public final class SyntheticParameters {
  /**
   * The measures drawn with a probability of their own (declared before {@code DEFAULTS}, whose
   * builder reads it). Complete or near cessation is not one: the
   * generator writes abuse on two severity levels, neither of which is standard
   * ({@code Severity.ofTwoLevels}), so in its cohorts complete or near cessation is total cessation,
   * and its probabilities and expected rates are total cessation's.
   */
  private static final List<OutcomeMeasure> DRAWN = List.of(OutcomeMeasure.RISK_REDUCED, OutcomeMeasure.FEELS_SAFER,
      OutcomeMeasure.QUALITY_OF_LIFE_IMPROVED, OutcomeMeasure.COPING_IMPROVED, OutcomeMeasure.SOCIAL_SUPPORT_IMPROVED,
      OutcomeMeasure.TOTAL_CESSATION);

  private static final SyntheticParameters DEFAULTS = new Builder().build();

  private final List<Integer> bandLowerBounds;
  private final List<Double> bandShares;
  private final int maxInterventions;
  private final double withinBandDecay;
  private final int intensiveThreshold;
  private final List<Double> intensiveShareByBand;
  private final int maxSignificantContacts;
  private final Map<OutcomeMeasure, List<Double>> outcomeByBand;
  private final Map<OutcomeMeasure, Double> intensiveEffect;
  private final double reviewRate;
  private final double notRecordedRate;
  private final Map<AbuseType, Double> prevalenceAtIntake;
  private final double severeShareAtIntake;
  private final Map<AbuseType, Double> persistence;
  private final double newTypeRate;
  private final double severeShareAtReview;
  private final Map<RiskLevel, Double> levelAtIntake;
  private final double childrenShare;
  private final double childrenNotRecordedRate;
  private final Map<String, Double> interventionShares;
  private final Set<String> interventionsForChildren;
  private final Map<RiskFactor, Double> riskFactorsAtIntake;
  private final Map<RiskFactor, Double> riskFactorPersistence;
  private final Map<RiskFactor, Double> riskFactorOnset;
  private final double levelRaisedRate;
  private final ReportParameters reportParameters;

  private SyntheticParameters(Builder b) {
    this.reportParameters = ReportParameters.of(b.bandLowerBounds, b.intensiveThreshold);
    this.bandLowerBounds = reportParameters.bandLowerBounds();
    int bands = bandLowerBounds.size();
    this.bandShares = distribution("bandShares", b.bandShares, bands);
    this.maxInterventions = b.maxInterventions;
    if (maxInterventions < bandLowerBounds.get(bands - 1) || maxInterventions > ReportParameters.MAX_COUNT) {
      throw new InvalidInputException("maxInterventions", maxInterventions,
          "must be from the last band's lower bound, " + bandLowerBounds.get(bands - 1) + ", to " + ReportParameters.MAX_COUNT);
    }
    this.withinBandDecay = b.withinBandDecay;
    if (!(withinBandDecay > 0 && withinBandDecay <= 1)) {
      throw new InvalidInputException("withinBandDecay", withinBandDecay, "must be above 0 and at most 1");
    }
    this.intensiveThreshold = b.intensiveThreshold;
    this.intensiveShareByBand = probabilities("intensiveShareByBand", b.intensiveShareByBand, bands);
    this.maxSignificantContacts = b.maxSignificantContacts;
    if (maxSignificantContacts < intensiveThreshold || maxSignificantContacts > ReportParameters.MAX_COUNT) {
      throw new InvalidInputException("maxSignificantContacts", maxSignificantContacts,
          "must be from the intensive threshold, " + intensiveThreshold + ", to " + ReportParameters.MAX_COUNT);
    }
    EnumMap<OutcomeMeasure, List<Double>> rates = new EnumMap<>(OutcomeMeasure.class);
    EnumMap<OutcomeMeasure, Double> effects = new EnumMap<>(OutcomeMeasure.class);
    for (OutcomeMeasure m : DRAWN) {
      rates.put(m, probabilities("outcomeByBand[" + m + "]", b.outcomeByBand.get(m), bands));
      Double effect = b.intensiveEffect.get(m);
      if (effect == null || !(effect >= -1 && effect <= 1)) {
        throw new InvalidInputException("intensiveEffect[" + m + "]", effect, "must be from -1 to 1");
      }
      effects.put(m, effect);
    }
    this.outcomeByBand = Collections.unmodifiableMap(rates);
    this.intensiveEffect = Collections.unmodifiableMap(effects);
    for (OutcomeMeasure m : DRAWN) {
      for (int band = 0; band < bands; band++) {
        for (boolean intensive : new boolean[] {false, true}) {
          double p = outcomeProbability(m, band, intensive);
          if (!(p >= 0 && p <= 1)) {
            throw new InvalidInputException("intensiveEffect[" + m + "]", effect(m),
                "gives probability " + p + " in band " + band + (intensive ? " with" : " without")
                    + " intensive support; it must stay from 0 to 1");
          }
        }
      }
    }
    this.reviewRate = probability("reviewRate", b.reviewRate);
    this.notRecordedRate = probability("notRecordedRate", b.notRecordedRate);
    this.prevalenceAtIntake = perType("prevalenceAtIntake", b.prevalenceAtIntake);
    this.severeShareAtIntake = probability("severeShareAtIntake", b.severeShareAtIntake);
    this.persistence = perType("persistence", b.persistence);
    this.newTypeRate = probability("newTypeRate", b.newTypeRate);
    this.severeShareAtReview = probability("severeShareAtReview", b.severeShareAtReview);
    List<Double> levels = new ArrayList<>();
    for (RiskLevel level : RiskLevel.values()) {
      levels.add(b.levelAtIntake.get(level));
    }
    List<Double> levelShares = distribution("levelAtIntake", levels, levels.size());
    EnumMap<RiskLevel, Double> levelMap = new EnumMap<>(RiskLevel.class);
    for (RiskLevel level : RiskLevel.values()) {
      levelMap.put(level, levelShares.get(level.ordinal()));
    }
    this.levelAtIntake = Collections.unmodifiableMap(levelMap);
    this.levelRaisedRate = probability("levelRaisedRate", b.levelRaisedRate);
    this.childrenShare = probability("childrenShare", b.childrenShare);
    this.childrenNotRecordedRate = probability("childrenNotRecordedRate", b.childrenNotRecordedRate);
    // by id, so that equal parameters draw the same cohort whatever order the kinds were given in
    Map<String, Double> shares = new TreeMap<>();
    b.interventionShares.forEach((kind, share) -> {
      StableId.require("interventionShares", kind);
      if (share == null || !(share > 0 && share < 1)) {
        throw new InvalidInputException("interventionShares[" + kind + "]", share,
            "a share must be above 0 and below 1; leave a kind out to never draw it");
      }
      shares.put(kind, share);
    });
    if (shares.size() > MAX_KINDS) {
      throw new InvalidInputException("interventionShares", shares.size() + " kinds", "a generated cohort tells apart at most " + MAX_KINDS);
    }
    this.interventionShares = Collections.unmodifiableMap(shares);
    for (String kind : b.interventionsForChildren) {
      if (!shares.containsKey(kind)) {
        throw new InvalidInputException("interventionsForChildren", kind, "must be one of the kinds of interventionShares " + shares.keySet());
      }
    }
    this.interventionsForChildren = Set.copyOf(b.interventionsForChildren);
    this.riskFactorsAtIntake = perFactor("riskFactorsAtIntake", b.riskFactorsAtIntake);
    this.riskFactorPersistence = perFactor("riskFactorPersistence", b.riskFactorPersistence);
    this.riskFactorOnset = perFactor("riskFactorOnset", b.riskFactorOnset);
  }

  /** The most kinds of intervention a generated cohort draws from (a packed cohort's limit). */
  private static final int MAX_KINDS = 60;

  private static Map<RiskFactor, Double> perFactor(String field, Map<RiskFactor, Double> values) {
    EnumMap<RiskFactor, Double> copy = new EnumMap<>(RiskFactor.class);
    for (RiskFactor f : RiskFactor.values()) {
      Double v = values.get(f);
      copy.put(f, probability(field + "[" + f + "]", v == null ? Double.NaN : v));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * The defaults described above.
   *
   * @return the default parameters
   */
  public static SyntheticParameters defaults() {
    return DEFAULTS;
  }

  /**
   * A builder holding the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these parameters.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static double probability(String field, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new InvalidInputException(field, p, "a probability must be from 0 to 1");
    }
    return p;
  }

  private static List<Double> probabilities(String field, @Nullable List<Double> values, int size) {
    if (values == null || values.size() != size) {
      throw new InvalidInputException(field, values, "needs one value per band, " + size);
    }
    List<Double> copy = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Double v = values.get(i);
      copy.add(probability(field + "[" + i + "]", v == null ? Double.NaN : v));
    }
    return Collections.unmodifiableList(copy);
  }

  private static List<Double> distribution(String field, @Nullable List<Double> values, int size) {
    List<Double> p = probabilities(field, values, size);
    double sum = p.stream().mapToDouble(Double::doubleValue).sum();
    if (Math.abs(sum - 1) > 1e-6) {
      throw new InvalidInputException(field, p, "shares must add up to 1, not " + sum);
    }
    return p;
  }

  private static Map<AbuseType, Double> perType(String field, Map<AbuseType, Double> values) {
    EnumMap<AbuseType, Double> copy = new EnumMap<>(AbuseType.class);
    for (AbuseType t : AbuseType.values()) {
      Double v = values.get(t);
      copy.put(t, probability(field + "[" + t + "]", v == null ? Double.NaN : v));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * The lower bounds of the intervention bands the cohort is drawn by (Figure 8's columns).
   *
   * @return the bounds, rising, the first 0
   */
  public List<Integer> bandLowerBounds() {
    return bandLowerBounds;
  }

  /**
   * The share of cases in each band.
   *
   * @return one share a band, adding up to 1
   */
  public List<Double> bandShares() {
    return bandShares;
  }

  /**
   * The most interventions a case has (the last band's upper end).
   *
   * @return the count
   */
  public int maxInterventions() {
    return maxInterventions;
  }

  /**
   * Within a band, each further intervention is this much less likely than the one before.
   *
   * @return the ratio, above 0 and at most 1
   */
  public double withinBandDecay() {
    return withinBandDecay;
  }

  /**
   * Significant contacts that make support intensive.
   *
   * @return the fewest significant contacts counted as intensive
   */
  public int intensiveThreshold() {
    return intensiveThreshold;
  }

  /**
   * The share of cases with intensive support, per band.
   *
   * @return one share a band
   */
  public List<Double> intensiveShareByBand() {
    return intensiveShareByBand;
  }

  /**
   * The most significant contacts a case has.
   *
   * @return the count
   */
  public int maxSignificantContacts() {
    return maxSignificantContacts;
  }

  /**
   * Per measure drawn, the yes rate in each band among the answered (Figure 8): every measure but
   * complete or near cessation, which follows from the abuse drawn.
   *
   * @return one rate a band for each measure drawn
   */
  public Map<OutcomeMeasure, List<Double>> outcomeByBand() {
    return outcomeByBand;
  }

  /**
   * Per measure drawn, how much more likely yes is with intensive support within a band.
   *
   * @return the effect for each measure drawn, from -1 to 1
   */
  public Map<OutcomeMeasure, Double> intensiveEffect() {
    return intensiveEffect;
  }

  /**
   * The share of cases with a review.
   *
   * @return the share, 0 to 1
   */
  public double reviewRate() {
    return reviewRate;
  }

  /**
   * The share of answers at review left not recorded.
   *
   * @return the share, 0 to 1
   */
  public double notRecordedRate() {
    return notRecordedRate;
  }

  /**
   * Per abuse type, the share of cases with it at intake.
   *
   * @return the share for each type
   */
  public Map<AbuseType, Double> prevalenceAtIntake() {
    return prevalenceAtIntake;
  }

  /**
   * The share of types present at intake that are severe.
   *
   * @return the share, 0 to 1
   */
  public double severeShareAtIntake() {
    return severeShareAtIntake;
  }

  /**
   * Per abuse type, the chance it is still present at review when abuse has not all ceased.
   *
   * @return the chance for each type
   */
  public Map<AbuseType, Double> persistence() {
    return persistence;
  }

  /**
   * The chance a type absent at intake is present at review, when abuse has not all ceased.
   *
   * @return the chance, 0 to 1
   */
  public double newTypeRate() {
    return newTypeRate;
  }

  /**
   * The share of types present at review that are severe.
   *
   * @return the share, 0 to 1
   */
  public double severeShareAtReview() {
    return severeShareAtReview;
  }

  /**
   * The share of cases at each risk level at intake.
   *
   * @return the share for each level, adding up to 1
   */
  public Map<RiskLevel, Double> levelAtIntake() {
    return levelAtIntake;
  }

  /**
   * The chance the risk level rises by one at review when risk was not reduced.
   *
   * @return the chance, 0 to 1
   */
  public double levelRaisedRate() {
    return levelRaisedRate;
  }

  /**
   * Report parameters with the same bands and intensive threshold as this generator, so that a
   * report on a generated cohort groups cases as they were drawn.
   *
   * @return the report parameters
   */
  public ReportParameters reportParameters() {
    return reportParameters;
  }

  private double effect(OutcomeMeasure m) {
    return intensiveEffect.get(drawnAs(m));
  }

  private static OutcomeMeasure drawnAs(OutcomeMeasure m) {
    return m == OutcomeMeasure.COMPLETE_OR_NEAR_CESSATION ? OutcomeMeasure.TOTAL_CESSATION : m;
  }

  /**
   * The chance a reviewed case in {@code band}, with or without intensive support, has a yes for
   * {@code measure}.
   *
   * @param measure the outcome measure
   * @param band the band's position, from 0
   * @param intensive whether the case had intensive support
   * @return the probability, 0 to 1
   * @throws IndexOutOfBoundsException if there is no such band
   */
  public double outcomeProbability(OutcomeMeasure measure, int band, boolean intensive) {
    double f = outcomeByBand.get(drawnAs(measure)).get(band);
    double q = intensiveShareByBand.get(band);
    return intensive ? f + effect(measure) * (1 - q) : f - effect(measure) * q;
  }

  /**
   * The expected share of cases with intensive support.
   *
   * @return the share, 0 to 1
   */
  public double expectedIntensiveShare() {
    double share = 0;
    for (int band = 0; band < bandShares.size(); band++) {
      share += bandShares.get(band) * intensiveShareByBand.get(band);
    }
    return share;
  }

  /**
   * The expected yes rate of {@code measure} among the reviewed cases of one band (Figure 8's cell).
   *
   * @param measure the outcome measure; complete or near cessation has total cessation's rate
   * @param band the band's position, from 0
   * @return the rate, 0 to 1
   * @throws IndexOutOfBoundsException if there is no such band
   */
  public double expectedRateInBand(OutcomeMeasure measure, int band) {
    MissingValueException.require("measure", measure);
    return outcomeByBand.get(drawnAs(measure)).get(band);
  }

  /**
   * The expected yes rate of {@code measure} over the whole cohort.
   *
   * @param measure the outcome measure
   * @return the rate among reviewed cases, 0 to 1
   */
  public double expectedOverallRate(OutcomeMeasure measure) {
    double rate = 0;
    for (int band = 0; band < bandShares.size(); band++) {
      rate += bandShares.get(band) * expectedRateInBand(measure, band);
    }
    return rate;
  }

  /**
   * The expected yes rate of {@code measure} among cases with (or without) intensive support.
   *
   * @param measure the outcome measure
   * @param intensive whether to take cases with intensive support or those without
   * @return the rate, 0 to 1; NaN if no case can fall in that group
   */
  public double expectedRateBySupport(OutcomeMeasure measure, boolean intensive) {
    double weight = 0;
    double rate = 0;
    for (int band = 0; band < bandShares.size(); band++) {
      double q = intensiveShareByBand.get(band);
      double w = bandShares.get(band) * (intensive ? q : 1 - q);
      weight += w;
      rate += w * outcomeProbability(measure, band, intensive);
    }
    return weight == 0 ? Double.NaN : rate / weight;
  }

  /**
   * The expected mean number of interventions per case.
   *
   * @return the mean
   */
  public double expectedMeanInterventions() {
    double mean = 0;
    for (int band = 0; band < bandShares.size(); band++) {
      int lower = bandLowerBounds.get(band);
      int upper = band + 1 < bandLowerBounds.size() ? bandLowerBounds.get(band + 1) - 1 : maxInterventions;
      double weights = 0;
      double sum = 0;
      double w = 1;
      for (int n = lower; n <= upper; n++) {
        weights += w;
        sum += w * n;
        w *= withinBandDecay;
      }
      mean += bandShares.get(band) * sum / weights;
    }
    return mean;
  }

  /**
   * The expected share of reviewed cases with {@code type} at intake that no longer have it at
   * review: those where all abuse ceased, plus, where it did not, those in which the type did not
   * persist (and was not the one kept because nothing else persisted). Exact, by enumerating the
   * other types present at intake.
   *
   * @param type the abuse type
   * @return the share, 0 to 1
   */
  public double expectedCessation(AbuseType type) {
    double totalCessation = expectedOverallRate(OutcomeMeasure.TOTAL_CESSATION);
    AbuseType[] types = AbuseType.values();
    double absentIfContinuing = 0;
    for (int others = 0; others < 1 << types.length; others++) {
      if ((others >>> type.ordinal() & 1) != 0) {
        continue;
      }
      int atIntake = others | 1 << type.ordinal();
      double probability = 1;
      double nonePersist = 1;
      double noneNew = 1;
      int count = 0;
      for (AbuseType t : types) {
        boolean present = (atIntake >>> t.ordinal() & 1) != 0;
        if (t != type) {
          double prevalence = prevalenceAtIntake.get(t);
          probability *= present ? prevalence : 1 - prevalence;
        }
        if (present) {
          nonePersist *= 1 - persistence.get(t);
          count++;
        } else {
          noneNew *= 1 - newTypeRate;
        }
      }
      double absent = (1 - persistence.get(type)) - nonePersist * noneNew / count;
      absentIfContinuing += probability * absent;
    }
    return totalCessation + (1 - totalCessation) * absentIfContinuing;
  }

  /**
   * The expected share of reviewed cases whose risk level is lower at review than at intake.
   *
   * @return the share, 0 to 1
   */
  public double expectedLevelLowered() {
    return expectedOverallRate(OutcomeMeasure.RISK_REDUCED) * (1 - levelAtIntake.get(RiskLevel.STANDARD));
  }

  /**
   * The share of cases with children in the household at intake.
   *
   * @return the share, 0 to 1
   */
  public double childrenShare() {
    return childrenShare;
  }

  /**
   * The share of cases whose children in the household are not recorded.
   *
   * @return the share, 0 to 1
   */
  public double childrenNotRecordedRate() {
    return childrenNotRecordedRate;
  }

  /**
   * Each kind of intervention, by id, with the share of cases given it (Table 4); for a kind in
   * {@link #interventionsForChildren()}, the share of cases with children.
   *
   * @return the shares, by kind id in id order
   */
  public Map<String, Double> interventionShares() {
    return interventionShares;
  }

  /**
   * The kinds of intervention drawn only for a household with children.
   *
   * @return kind ids, each a key of {@link #interventionShares()}
   */
  public Set<String> interventionsForChildren() {
    return interventionsForChildren;
  }

  /**
   * Each risk factor's chance of being present at intake; for a factor about children, in a
   * household with children.
   *
   * @return the chance of every factor, 0 to 1
   */
  public Map<RiskFactor, Double> riskFactorsAtIntake() {
    return riskFactorsAtIntake;
  }

  /**
   * Each risk factor's chance of being present at review when it was present at intake.
   *
   * @return the chance of every factor, 0 to 1
   */
  public Map<RiskFactor, Double> riskFactorPersistence() {
    return riskFactorPersistence;
  }

  /**
   * Each risk factor's chance of being present at review when it was absent at intake.
   *
   * @return the chance of every factor, 0 to 1
   */
  public Map<RiskFactor, Double> riskFactorOnset() {
    return riskFactorOnset;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof SyntheticParameters)) {
      return false;
    }
    SyntheticParameters p = (SyntheticParameters) o;
    return bandLowerBounds.equals(p.bandLowerBounds) && bandShares.equals(p.bandShares) && maxInterventions == p.maxInterventions
        && withinBandDecay == p.withinBandDecay && intensiveThreshold == p.intensiveThreshold
        && intensiveShareByBand.equals(p.intensiveShareByBand) && maxSignificantContacts == p.maxSignificantContacts
        && outcomeByBand.equals(p.outcomeByBand) && intensiveEffect.equals(p.intensiveEffect) && reviewRate == p.reviewRate
        && notRecordedRate == p.notRecordedRate && prevalenceAtIntake.equals(p.prevalenceAtIntake)
        && severeShareAtIntake == p.severeShareAtIntake && persistence.equals(p.persistence) && newTypeRate == p.newTypeRate
        && severeShareAtReview == p.severeShareAtReview && levelAtIntake.equals(p.levelAtIntake)
        && levelRaisedRate == p.levelRaisedRate && childrenShare == p.childrenShare
        && childrenNotRecordedRate == p.childrenNotRecordedRate && interventionShares.equals(p.interventionShares)
        && interventionsForChildren.equals(p.interventionsForChildren) && riskFactorsAtIntake.equals(p.riskFactorsAtIntake)
        && riskFactorPersistence.equals(p.riskFactorPersistence) && riskFactorOnset.equals(p.riskFactorOnset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bandLowerBounds, bandShares, maxInterventions, withinBandDecay, intensiveThreshold, intensiveShareByBand,
        maxSignificantContacts, outcomeByBand, intensiveEffect, reviewRate, notRecordedRate, prevalenceAtIntake,
        severeShareAtIntake, persistence, newTypeRate, severeShareAtReview, levelAtIntake, levelRaisedRate, childrenShare,
        childrenNotRecordedRate, interventionShares, interventionsForChildren, riskFactorsAtIntake, riskFactorPersistence,
        riskFactorOnset);
  }

  @Override
  public String toString() {
    return "SyntheticParameters{bands " + bandLowerBounds + " shares " + bandShares + ", intensive at " + intensiveThreshold
        + " by band " + intensiveShareByBand + ", review " + reviewRate + ", outcomes " + outcomeByBand + ", effects "
        + intensiveEffect + ", prevalence " + prevalenceAtIntake + ", persistence " + persistence + ", levels " + levelAtIntake
        + ", children " + childrenShare + ", interventions " + interventionShares + ", risk factors " + riskFactorsAtIntake + "}";
  }

  /**
   * Builds {@link SyntheticParameters}; starts from the defaults. Lists and maps given to it are
   * copied when built; {@link #build()} checks every value and names the first bad one.
   */
  public static final class Builder {
    private List<Integer> bandLowerBounds = List.of(0, 2, 6, 11);
    private List<Double> bandShares = List.of(0.13, 0.60, 0.23, 0.04);
    private int maxInterventions = 18;
    private double withinBandDecay = 0.8;
    private int intensiveThreshold = 6;
    private List<Double> intensiveShareByBand = List.of(0.25, 0.62, 0.90, 0.97);
    private int maxSignificantContacts = 20;
    private final Map<OutcomeMeasure, List<Double>> outcomeByBand = new EnumMap<>(OutcomeMeasure.class);
    private final Map<OutcomeMeasure, Double> intensiveEffect = new EnumMap<>(OutcomeMeasure.class);
    private double reviewRate = 1247.0 / 2567.0;
    private double notRecordedRate = 0.04;
    private final Map<AbuseType, Double> prevalenceAtIntake = new EnumMap<>(AbuseType.class);
    private double severeShareAtIntake = 0.5;
    private final Map<AbuseType, Double> persistence = new EnumMap<>(AbuseType.class);
    private double newTypeRate = 0.02;
    private double severeShareAtReview = 0.3;
    private double childrenShare = 1774.0 / 2567.0;
    private double childrenNotRecordedRate = 0.02;
    private final Map<String, Double> interventionShares = new LinkedHashMap<>();
    private Set<String> interventionsForChildren = Set.of(StandardInterventions.CHILD_CONTACT, StandardInterventions.SOCIAL_SERVICES,
        StandardInterventions.SCHOOLS);
    private final Map<RiskFactor, Double> riskFactorsAtIntake = new EnumMap<>(RiskFactor.class);
    private final Map<RiskFactor, Double> riskFactorPersistence = new EnumMap<>(RiskFactor.class);
    private final Map<RiskFactor, Double> riskFactorOnset = new EnumMap<>(RiskFactor.class);
    private final Map<RiskLevel, Double> levelAtIntake = new EnumMap<>(RiskLevel.class);
    private double levelRaisedRate = 0.01;

    private static OutcomeMeasure requireDrawn(OutcomeMeasure measure) {
      MissingValueException.require("measure", measure);
      if (!DRAWN.contains(measure)) {
        throw new InvalidInputException("measure", measure, "follows from the abuse drawn; set total cessation's rates instead");
      }
      return measure;
    }

    private Builder() {
      outcomeByBand.put(OutcomeMeasure.RISK_REDUCED, List.of(0.39, 0.81, 0.93, 0.97));
      outcomeByBand.put(OutcomeMeasure.FEELS_SAFER, List.of(0.37, 0.77, 0.88, 0.97));
      outcomeByBand.put(OutcomeMeasure.QUALITY_OF_LIFE_IMPROVED, List.of(0.17, 0.53, 0.75, 0.91));
      outcomeByBand.put(OutcomeMeasure.COPING_IMPROVED, List.of(0.20, 0.63, 0.81, 0.94));
      outcomeByBand.put(OutcomeMeasure.SOCIAL_SUPPORT_IMPROVED, List.of(0.14, 0.43, 0.69, 0.88));
      outcomeByBand.put(OutcomeMeasure.TOTAL_CESSATION, List.of(0.31, 0.58, 0.66, 0.73));
      for (OutcomeMeasure m : DRAWN) {
        intensiveEffect.put(m, 0.10);
      }
      intensiveEffect.put(OutcomeMeasure.TOTAL_CESSATION, 0.16);
      intensiveEffect.put(OutcomeMeasure.FEELS_SAFER, 0.16);
      prevalenceAtIntake.put(AbuseType.PHYSICAL, 0.80);
      prevalenceAtIntake.put(AbuseType.SEXUAL, 0.28);
      prevalenceAtIntake.put(AbuseType.HARASSMENT_AND_STALKING, 0.31);
      prevalenceAtIntake.put(AbuseType.JEALOUS_AND_CONTROLLING, 0.91);
      persistence.put(AbuseType.PHYSICAL, 0.40);
      persistence.put(AbuseType.SEXUAL, 0.45);
      persistence.put(AbuseType.HARASSMENT_AND_STALKING, 0.65);
      persistence.put(AbuseType.JEALOUS_AND_CONTROLLING, 0.55);
      levelAtIntake.put(RiskLevel.STANDARD, 0.02);
      levelAtIntake.put(RiskLevel.MEDIUM, 0.08);
      levelAtIntake.put(RiskLevel.HIGH, 0.90);
      // Table 4 (n = 1,247); the rows marked with note double dagger are of the 873 cases with children
      double reviewed = 1247;
      double withChildren = 873;
      interventionShares.put(StandardInterventions.SAFETY_PLANNING, 1005 / reviewed);
      interventionShares.put(StandardInterventions.CRIMINAL_COURT, 534 / reviewed);
      interventionShares.put(StandardInterventions.CIVIL_REMEDIES, 315 / reviewed);
      interventionShares.put(StandardInterventions.MARAC, 426 / reviewed);
      interventionShares.put(StandardInterventions.HOUSING, 615 / reviewed);
      interventionShares.put(StandardInterventions.TARGET_HARDENING, 375 / reviewed);
      interventionShares.put(StandardInterventions.SANCTUARY_SCHEME, 168 / reviewed);
      interventionShares.put(StandardInterventions.REFUGE, 160 / reviewed);
      interventionShares.put(StandardInterventions.CHILD_CONTACT, 443 / withChildren);
      interventionShares.put(StandardInterventions.SOCIAL_SERVICES, 232 / withChildren);
      interventionShares.put(StandardInterventions.SCHOOLS, 63 / withChildren);
      interventionShares.put(StandardInterventions.BENEFITS, 202 / reviewed);
      interventionShares.put(StandardInterventions.IMMIGRATION, 30 / reviewed);
      interventionShares.put(StandardInterventions.GP, 95 / reviewed);
      interventionShares.put(StandardInterventions.MENTAL_HEALTH, 84 / reviewed);
      interventionShares.put(StandardInterventions.DRUGS_AND_ALCOHOL, 72 / reviewed);
      interventionShares.put(StandardInterventions.COUNSELLING, 400 / reviewed);
      interventionShares.put(StandardInterventions.PATTERN_CHANGING, 125 / reviewed);
      double atIntake = 2567;
      double parents = 1774;
      // Table 3
      factor(RiskFactor.JEALOUS_AND_CONTROLLING_BEHAVIOUR, 2333 / atIntake, TABLE_3_PERSISTENCE);
      factor(RiskFactor.ESCALATION, 1874 / atIntake, TABLE_3_PERSISTENCE);
      factor(RiskFactor.THREATS_TO_KILL_VICTIM, 1582 / atIntake, TABLE_3_PERSISTENCE);
      factor(RiskFactor.STRANGULATION_OR_CHOKING, 1559 / atIntake, TABLE_3_PERSISTENCE);
      factor(RiskFactor.CURRENT_INCIDENT_INJURIES, 1309 / atIntake, TABLE_3_PERSISTENCE);
      factor(RiskFactor.STALKING, 790 / atIntake, TABLE_3_PERSISTENCE);
      factor(RiskFactor.SEXUAL_ABUSE, 729 / atIntake, TABLE_3_PERSISTENCE);
      factor(RiskFactor.USE_OF_WEAPONS, 567 / atIntake, TABLE_3_PERSISTENCE);
      factor(RiskFactor.THREATS_TO_KILL_OTHERS, 536 / atIntake, TABLE_3_PERSISTENCE);
      factor(RiskFactor.THREATS_TO_KILL_OTHER_PARTNER, 241 / atIntake, TABLE_3_PERSISTENCE);
      // Table 2, with Table 6's review over intake (n = 966)
      factor(RiskFactor.PERPETRATOR_ALCOHOL_ABUSE, 1374 / atIntake, 459.0 / 516);
      factor(RiskFactor.PERPETRATOR_CRIMINAL_RECORD, 1296 / atIntake, 1);
      factor(RiskFactor.PERPETRATOR_FINANCIAL_PROBLEMS, 1151 / atIntake, 242.0 / 416);
      factor(RiskFactor.PERPETRATOR_DRUG_ABUSE, 989 / atIntake, 316.0 / 388);
      factor(RiskFactor.PERPETRATOR_SUICIDE_THREATS, 904 / atIntake, 101.0 / 331);
      factor(RiskFactor.PERPETRATOR_MENTAL_HEALTH, 713 / atIntake, 234.0 / 254);
      factor(RiskFactor.PERPETRATOR_DOMESTIC_ABUSE_RECORD, 669 / atIntake, 1);
      riskFactorOnset.put(RiskFactor.PERPETRATOR_DOMESTIC_ABUSE_RECORD, 77.0 / 705); // 261 rose to 338 of 966
      // Table 1 over those with children, with Table 5's review over intake (n = 699)
      factor(RiskFactor.CHILD_CONTACT_CONFLICT, 725 / parents, 160.0 / 292);
      factor(RiskFactor.FEAR_OF_HARM_TO_CHILDREN, 476 / parents, 49.0 / 207);
      factor(RiskFactor.THREATS_TO_KILL_CHILDREN, 199 / parents, 45.0 / 80);
      // the fears, intake and review as shares of the reviewed cases
      factor(RiskFactor.VICTIM_FRIGHTENED, 0.83, 17.0 / 83);
      factor(RiskFactor.FEAR_OF_FURTHER_INJURY, 0.85, 22.0 / 85);
      factor(RiskFactor.FEAR_OF_BEING_KILLED, 0.48, 7.0 / 48);
    }

    /** Table 3's factors at review: assumed, the share of cases whose abuse did not all stop (Finding 2: 57% did). */
    private static final double TABLE_3_PERSISTENCE = 0.43;

    private void factor(RiskFactor factor, double atIntake, double persistence) {
      riskFactorsAtIntake.put(factor, atIntake);
      riskFactorPersistence.put(factor, persistence);
      riskFactorOnset.putIfAbsent(factor, 0.0);
    }

    private Builder(SyntheticParameters p) {
      bandLowerBounds = p.bandLowerBounds;
      bandShares = p.bandShares;
      maxInterventions = p.maxInterventions;
      withinBandDecay = p.withinBandDecay;
      intensiveThreshold = p.intensiveThreshold;
      intensiveShareByBand = p.intensiveShareByBand;
      maxSignificantContacts = p.maxSignificantContacts;
      outcomeByBand.putAll(p.outcomeByBand);
      intensiveEffect.putAll(p.intensiveEffect);
      reviewRate = p.reviewRate;
      notRecordedRate = p.notRecordedRate;
      prevalenceAtIntake.putAll(p.prevalenceAtIntake);
      severeShareAtIntake = p.severeShareAtIntake;
      persistence.putAll(p.persistence);
      newTypeRate = p.newTypeRate;
      severeShareAtReview = p.severeShareAtReview;
      levelAtIntake.putAll(p.levelAtIntake);
      levelRaisedRate = p.levelRaisedRate;
      childrenShare = p.childrenShare;
      childrenNotRecordedRate = p.childrenNotRecordedRate;
      interventionShares.putAll(p.interventionShares);
      interventionsForChildren = p.interventionsForChildren;
      riskFactorsAtIntake.putAll(p.riskFactorsAtIntake);
      riskFactorPersistence.putAll(p.riskFactorPersistence);
      riskFactorOnset.putAll(p.riskFactorOnset);
    }

    /**
     * The bands and their shares together, since each needs the other's length; every measure's
     * {@link #outcomeByBand} and {@link #intensiveShareByBand} must then have as many values.
     *
     * @param lowerBounds each band's lowest count of interventions, rising from 0
     * @param shares the share of cases in each band, adding up to 1
     * @return this builder
     */
    public Builder bands(List<Integer> lowerBounds, List<Double> shares) {
      this.bandLowerBounds = List.copyOf(lowerBounds);
      this.bandShares = List.copyOf(shares);
      return this;
    }

    /**
     * Sets {@link SyntheticParameters#maxInterventions()}.
     *
     * @param value the most interventions a case has
     * @return this builder
     */
    public Builder maxInterventions(int value) {
      this.maxInterventions = value;
      return this;
    }

    /**
     * Sets {@link SyntheticParameters#withinBandDecay()}.
     *
     * @param value above 0 and at most 1
     * @return this builder
     */
    public Builder withinBandDecay(double value) {
      this.withinBandDecay = value;
      return this;
    }

    /**
     * Sets {@link SyntheticParameters#intensiveThreshold()}.
     *
     * @param value the fewest significant contacts counted as intensive
     * @return this builder
     */
    public Builder intensiveThreshold(int value) {
      this.intensiveThreshold = value;
      return this;
    }

    /**
     * Sets {@link SyntheticParameters#intensiveShareByBand()}.
     *
     * @param value one share a band
     * @return this builder
     */
    public Builder intensiveShareByBand(List<Double> value) {
      this.intensiveShareByBand = List.copyOf(value);
      return this;
    }

    /**
     * Sets {@link SyntheticParameters#maxSignificantContacts()}.
     *
     * @param value the most significant contacts; at least the intensive threshold
     * @return this builder
     */
    public Builder maxSignificantContacts(int value) {
      this.maxSignificantContacts = value;
      return this;
    }

    /**
     * Sets one measure's rates in {@link SyntheticParameters#outcomeByBand()}.
     *
     * @param measure the outcome measure, one that is drawn
     * @param ratesByBand the yes rate in each band, 0 to 1
     * @return this builder
     * @throws InvalidInputException naming {@code measure} for complete or near cessation, which is not drawn
     */
    public Builder outcomeByBand(OutcomeMeasure measure, List<Double> ratesByBand) {
      this.outcomeByBand.put(requireDrawn(measure), List.copyOf(ratesByBand));
      return this;
    }

    /**
     * Sets one measure's effect in {@link SyntheticParameters#intensiveEffect()}.
     *
     * @param measure the outcome measure, one that is drawn
     * @param effect from -1 to 1, small enough to keep every probability from 0 to 1
     * @return this builder
     * @throws InvalidInputException naming {@code measure} for complete or near cessation, which is not drawn
     */
    public Builder intensiveEffect(OutcomeMeasure measure, double effect) {
      this.intensiveEffect.put(requireDrawn(measure), effect);
      return this;
    }

    /**
     * Sets {@link SyntheticParameters#reviewRate()}.
     *
     * @param value 0 to 1
     * @return this builder
     */
    public Builder reviewRate(double value) {
      this.reviewRate = value;
      return this;
    }

    /**
     * Sets {@link SyntheticParameters#notRecordedRate()}.
     *
     * @param value 0 to 1
     * @return this builder
     */
    public Builder notRecordedRate(double value) {
      this.notRecordedRate = value;
      return this;
    }

    /**
     * Sets one type's share in {@link SyntheticParameters#prevalenceAtIntake()}.
     *
     * @param type the abuse type
     * @param value 0 to 1
     * @return this builder
     */
    public Builder prevalenceAtIntake(AbuseType type, double value) {
      this.prevalenceAtIntake.put(type, value);
      return this;
    }

    /**
     * Sets {@link SyntheticParameters#severeShareAtIntake()}.
     *
     * @param value 0 to 1
     * @return this builder
     */
    public Builder severeShareAtIntake(double value) {
      this.severeShareAtIntake = value;
      return this;
    }

    /**
     * Sets one type's chance in {@link SyntheticParameters#persistence()}.
     *
     * @param type the abuse type
     * @param value 0 to 1
     * @return this builder
     */
    public Builder persistence(AbuseType type, double value) {
      this.persistence.put(type, value);
      return this;
    }

    /**
     * Sets {@link SyntheticParameters#newTypeRate()}.
     *
     * @param value 0 to 1
     * @return this builder
     */
    public Builder newTypeRate(double value) {
      this.newTypeRate = value;
      return this;
    }

    /**
     * Sets {@link SyntheticParameters#severeShareAtReview()}.
     *
     * @param value 0 to 1
     * @return this builder
     */
    public Builder severeShareAtReview(double value) {
      this.severeShareAtReview = value;
      return this;
    }

    /**
     * Sets one level's share in {@link SyntheticParameters#levelAtIntake()}; the shares of all
     * levels must add up to 1 when built.
     *
     * @param level the risk level
     * @param share 0 to 1
     * @return this builder
     */
    public Builder levelAtIntake(RiskLevel level, double share) {
      this.levelAtIntake.put(level, share);
      return this;
    }

    /**
     * Sets {@link SyntheticParameters#levelRaisedRate()}.
     *
     * @param value 0 to 1
     * @return this builder
     */
    public Builder levelRaisedRate(double value) {
      this.levelRaisedRate = value;
      return this;
    }

    /**
     * Sets {@link SyntheticParameters#childrenShare()}.
     *
     * @param value 0 to 1
     * @return this builder
     */
    public Builder childrenShare(double value) {
      this.childrenShare = value;
      return this;
    }

    /**
     * Sets {@link SyntheticParameters#childrenNotRecordedRate()}.
     *
     * @param value 0 to 1
     * @return this builder
     */
    public Builder childrenNotRecordedRate(double value) {
      this.childrenNotRecordedRate = value;
      return this;
    }

    /**
     * Sets the kinds of intervention and their shares, replacing the table's; the kinds for
     * children must then be among them.
     *
     * @param shares each kind's id with its share, above 0 and below 1; at most 60 kinds, in any order
     * @param forChildren the kinds drawn only for a household with children
     * @return this builder
     */
    public Builder interventions(Map<String, Double> shares, Set<String> forChildren) {
      MissingValueException.require("shares", shares);
      MissingValueException.requireElements("shares", shares.keySet());
      MissingValueException.requireElements("forChildren", forChildren);
      this.interventionShares.clear();
      this.interventionShares.putAll(shares);
      this.interventionsForChildren = Set.copyOf(forChildren);
      return this;
    }

    /**
     * Sets one risk factor's chances: at intake, at review when present at intake, and at review
     * when absent at intake.
     *
     * @param factor the risk factor
     * @param atIntake 0 to 1
     * @param persistence 0 to 1
     * @param onset 0 to 1
     * @return this builder
     */
    public Builder riskFactor(RiskFactor factor, double atIntake, double persistence, double onset) {
      MissingValueException.require("factor", factor);
      riskFactorsAtIntake.put(factor, atIntake);
      riskFactorPersistence.put(factor, persistence);
      riskFactorOnset.put(factor, onset);
      return this;
    }

    /**
     * The parameters.
     *
     * @return the parameters
     * @throws InvalidInputException naming the first value that is out of range or of the wrong
     *     length
     */
    public SyntheticParameters build() {
      return new SyntheticParameters(this);
    }
  }
}
