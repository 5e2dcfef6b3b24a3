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
package org.safeguard.core.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.MissingValueException;

/**
 * A cohort outcome report, as in the evaluation's outcome tables (Safety in Numbers (CAADA, 2009),
 * Findings 2 to 4, Figure 8): each outcome by number of interventions and by intensity of support,
 * total cessation, cessation by abuse type, risk-level movement from intake to review, and the
 * cohort's counts. {@link #toTable()} renders it as plain text.
 *
 * <p>Every rate is a {@link Rate}: numerator, denominator and the cases of the group left out with
 * the reason. For a review question the denominator is the reviewed cases that recorded a yes or a
 * no, and the missing are the cases with no review and the reviewed cases whose answer was not
 * recorded. For total cessation the denominator is the reviewed cases with abuse recorded at
 * intake whose cessation is known, and the missing are the cases with no review, the reviewed cases
 * with no abuse recorded at intake (nothing to cease), and those with no abuse found at review but a
 * type present at intake not recorded there (not known is not ceased); complete or near cessation
 * leaves out cases for the same reasons, a type not recorded making it unknown only when no other
 * type decides it ({@link CaseOutcome#completeOrNearCessation()}); cessation by type leaves out
 * a type not recorded at review the same way. When several reasons apply the reason gives each count, for
 * example {@code 12 no review, 3 answer not recorded}. A case with no review is counted as missing
 * whatever answers it carries.
 *
 * <p>Intervention and contact counts above {@value ReportParameters#MAX_COUNT} are counted as
 * {@value ReportParameters#MAX_COUNT} (which only the means could show).
 *
 * <p>A report is an immutable value and a mergeable partial result: {@link #merge} adds the counts
 * of two reports made with equal parameters, associatively and commutatively, so reports of chunks
 * of a cohort merge to the report of the whole. Two reports are equal when they were counted under
 * equal parameters from the same counts. Thread-safe.
 */
public final class CohortReport {
  private static final String NOT_RECORDED = "answer not recorded";
  private static final String NOTHING_AT_INTAKE = "no abuse recorded at intake";
  private static final String ABUSE_NOT_RECORDED = "abuse not recorded at review";
  private static final int MEASURES = CaseLayout.MEASURES;
  private static final AbuseType[] TYPES = AbuseType.values();

  private final Histograms counts;
  private final ReportParameters parameters;
  private final long cases;
  private final long reviewed;
  private final long[] casesInBand;
  private final long[] reviewedInBand;
  private final long[] casesBySupport; // [0] not intensive, [1] intensive
  private final Rate[][] byBandAndSupport; // [measure][band * 2 + intensive]
  private final Rate[][] byBand; // [measure][band]
  private final Rate[][] bySupport; // [measure][intensive]
  private final Rate[] overall; // [measure]
  private final Rate[] cessationByType;
  private final Rate[] prevalenceAtIntake;
  private final RiskMovement riskMovement;

  /** Takes ownership of {@code counts}, which nobody may change afterwards. */
  CohortReport(Histograms counts) {
    this.counts = counts;
    this.parameters = counts.parameters;
    int bands = parameters.bandCount();
    int groups = bands * 2;
    // cells[group][measure][status]
    // status 4: total or near cessation not known for a type not recorded at review, split off status 2
    long[][][] cells = new long[groups][MEASURES][5];
    for (int key = 0; key < counts.outcomesA.length; key++) {
      for (int j = 0; j < 3; j++) {
        cells[key >>> 6][j][key >>> 2 * j & 3] += counts.outcomesA[key];
      }
    }
    for (int key = 0; key < counts.outcomesB.length; key++) {
      for (int j = 0; j < 4; j++) {
        cells[key >>> 8][3 + j][key >>> 2 * j & 3] += counts.outcomesB[key];
      }
    }
    int total = OutcomeMeasure.TOTAL_CESSATION.ordinal();
    int near = OutcomeMeasure.COMPLETE_OR_NEAR_CESSATION.ordinal();
    for (int g = 0; g < groups; g++) {
      cells[g][total][4] = counts.cessationNotRecorded[g];
      cells[g][total][CaseLayout.NOTHING_AT_INTAKE] -= counts.cessationNotRecorded[g];
      // the cases with nothing at intake are the same for both cessation measures; near cessation's other unknowns had a type not recorded
      cells[g][near][4] = cells[g][near][CaseLayout.NOTHING_AT_INTAKE] - cells[g][total][CaseLayout.NOTHING_AT_INTAKE];
      cells[g][near][CaseLayout.NOTHING_AT_INTAKE] = cells[g][total][CaseLayout.NOTHING_AT_INTAKE];
    }
    this.casesInBand = new long[bands];
    this.reviewedInBand = new long[bands];
    this.casesBySupport = new long[2];
    long allCases = 0;
    long allReviewed = 0;
    for (int g = 0; g < groups; g++) {
      long[] first = cells[g][0];
      long n = first[0] + first[1] + first[2] + first[3];
      long r = n - first[CaseLayout.NO_REVIEW];
      casesInBand[g >>> 1] += n;
      reviewedInBand[g >>> 1] += r;
      casesBySupport[g & 1] += n;
      allCases += n;
      allReviewed += r;
    }
    this.cases = allCases;
    this.reviewed = allReviewed;

    this.byBandAndSupport = new Rate[MEASURES][groups];
    this.byBand = new Rate[MEASURES][bands];
    this.bySupport = new Rate[MEASURES][2];
    this.overall = new Rate[MEASURES];
    for (int m = 0; m < MEASURES; m++) {
      long[][] perBand = new long[bands][5];
      long[][] perSupport = new long[2][5];
      long[] all = new long[5];
      for (int g = 0; g < groups; g++) {
        long[] cell = cells[g][m];
        byBandAndSupport[m][g] = rate(m, cell);
        for (int s = 0; s < 5; s++) {
          perBand[g >>> 1][s] += cell[s];
          perSupport[g & 1][s] += cell[s];
          all[s] += cell[s];
        }
      }
      for (int band = 0; band < bands; band++) {
        byBand[m][band] = rate(m, perBand[band]);
      }
      bySupport[m][0] = rate(m, perSupport[0]);
      bySupport[m][1] = rate(m, perSupport[1]);
      overall[m] = rate(m, all);
    }

    long[] moves = new long[9];
    long[] noReview = new long[3];
    long[] ceased = new long[TYPES.length];
    long[] present = new long[TYPES.length];
    long[] unreviewed = new long[TYPES.length];
    long[] atIntakeCount = new long[TYPES.length];
    for (int key = 0; key < Histograms.TIMELINE_KEYS; key++) {
      long n = counts.timeline[key];
      if (n == 0) {
        continue;
      }
      int atIntake = key & 0xF;
      int atReview = (key >>> 4) & 0xF;
      int levelAtIntake = (key >>> 8) & 3;
      int levelAtReview = (key >>> 10) & 3;
      boolean isReviewed = levelAtReview != CaseLayout.NO_LEVEL;
      if (isReviewed) {
        moves[levelAtIntake * 3 + levelAtReview] += n;
      } else {
        noReview[levelAtIntake] += n;
      }
      for (int t = 0; t < TYPES.length; t++) {
        if ((atIntake >>> t & 1) == 0) {
          continue;
        }
        atIntakeCount[t] += n;
        if (isReviewed) {
          present[t] += n;
          ceased[t] += (atReview >>> t & 1) == 0 ? n : 0;
        } else {
          unreviewed[t] += n;
        }
      }
    }
    this.riskMovement = new RiskMovement(moves, noReview);
    // a type not recorded at review reads as absent in the timeline: take it out of the ceased and the reviewed
    long[] notRecorded = new long[TYPES.length];
    for (int key = 1; key < 16; key++) {
      for (int t = 0; t < TYPES.length; t++) {
        notRecorded[t] += (key >>> t & 1) * counts.notRecorded[key];
      }
    }
    this.cessationByType = new Rate[TYPES.length];
    this.prevalenceAtIntake = new Rate[TYPES.length];
    for (int t = 0; t < TYPES.length; t++) {
      cessationByType[t] = Rate.missingFor(ceased[t] - notRecorded[t], present[t] - notRecorded[t],
          new long[] {unreviewed[t], notRecorded[t]}, new String[] {"no review", "not recorded at review"});
      prevalenceAtIntake[t] = Rate.of(atIntakeCount[t], allCases, 0, "");
    }
  }

  /**
   * The report of no cases: the starting point to merge reports into.
   *
   * @param parameters the bands and intensive threshold to report with
   * @return an empty report
   */
  public static CohortReport empty(ReportParameters parameters) {
    MissingValueException.require("parameters", parameters);
    return new CohortReport(new Histograms(parameters));
  }

  private static Rate rate(int measure, long[] status) {
    long yes = status[0];
    long no = status[1];
    long other = status[2];
    long noReview = status[3];
    String otherReason = OutcomeMeasure.values()[measure].question().isEmpty() ? NOTHING_AT_INTAKE : NOT_RECORDED;
    return Rate.missingFor(yes, yes + no, new long[] {noReview, other, status[4]},
        new String[] {"no review", otherReason, ABUSE_NOT_RECORDED});
  }

  /**
   * This report's counts added to {@code other}'s, as a new report; neither changes.
   *
   * @param other a report made with equal parameters
   * @return the report of both sets of cases
   * @throws InvalidInputException naming {@code bandLowerBounds} or {@code intensiveThreshold} when
   *     the two were made with different parameters
   */
  public CohortReport merge(CohortReport other) {
    MissingValueException.require("other", other);
    Histograms sum = counts.copy();
    sum.addAll(other.counts);
    return new CohortReport(sum);
  }

  /**
   * The bands and intensive threshold this report was made with.
   *
   * @return the report's parameters
   */
  public ReportParameters parameters() {
    return parameters;
  }

  /**
   * The intervention bands, in order; band indexes below refer to these.
   *
   * @return the bands, from the one that starts at 0
   */
  public List<InterventionBand> bands() {
    return parameters.bands();
  }

  /**
   * All cases counted.
   *
   * @return the number of cases
   */
  public long cases() {
    return cases;
  }

  /**
   * Cases with a review (T2).
   *
   * @return the number of reviewed cases
   */
  public long reviewed() {
    return reviewed;
  }

  /**
   * Cases with no review.
   *
   * @return the number of cases with no review
   */
  public long notReviewed() {
    return cases - reviewed;
  }

  /**
   * Reviewed cases over all cases.
   *
   * @return the share, with no cases missing
   */
  public Rate reviewedShare() {
    return Rate.of(reviewed, cases, 0, "");
  }

  /**
   * Cases in one intervention band.
   *
   * @param band the band's index, from 0, as in {@link #bands()}
   * @return the number of cases in the band
   * @throws InvalidInputException naming {@code band} when there is no band with this index
   */
  public long casesInBand(int band) {
    return casesInBand[checkBand(band)];
  }

  /**
   * Reviewed cases in one intervention band.
   *
   * @param band the band's index, from 0, as in {@link #bands()}
   * @return the number of reviewed cases in the band
   * @throws InvalidInputException naming {@code band} when there is no band with this index
   */
  public long reviewedInBand(int band) {
    return reviewedInBand[checkBand(band)];
  }

  /**
   * Cases in one intervention band over all cases.
   *
   * @param band the band's index, from 0, as in {@link #bands()}
   * @return the share, with no cases missing
   * @throws InvalidInputException naming {@code band} when there is no band with this index
   */
  public Rate bandShare(int band) {
    return Rate.of(casesInBand[checkBand(band)], cases, 0, "");
  }

  /**
   * Cases with intensive support (at least the threshold's significant contacts).
   *
   * @return the number of cases with intensive support
   */
  public long intensiveCases() {
    return casesBySupport[1];
  }

  /**
   * Cases without intensive support.
   *
   * @return the number of cases without intensive support
   */
  public long notIntensiveCases() {
    return casesBySupport[0];
  }

  /**
   * Cases with intensive support over all cases (the evaluation's 65%, Finding 3).
   *
   * @return the share, with no cases missing
   */
  public Rate intensiveShare() {
    return Rate.of(casesBySupport[1], cases, 0, "");
  }

  /**
   * Interventions per case (the evaluation's average of 4, Finding 4); NaN for no cases.
   *
   * @return the mean number of kinds of intervention per case
   */
  public double meanInterventions() {
    return cases == 0 ? Double.NaN : (double) counts.interventions / cases;
  }

  /**
   * Significant contacts per case; NaN for no cases.
   *
   * @return the mean number of significant contacts per case
   */
  public double meanSignificantContacts() {
    return cases == 0 ? Double.NaN : (double) counts.contacts / cases;
  }

  /**
   * Total interventions over all cases.
   *
   * @return the sum of every case's count of kinds of intervention
   */
  public long totalInterventions() {
    return counts.interventions;
  }

  /**
   * Total significant contacts over all cases.
   *
   * @return the sum of every case's significant contacts
   */
  public long totalSignificantContacts() {
    return counts.contacts;
  }

  /**
   * One outcome in one intervention band (one cell of Figure 8).
   *
   * @param measure the outcome
   * @param band the band's index, from 0, as in {@link #bands()}
   * @return the rate, with its missing cases
   * @throws InvalidInputException naming {@code band} when there is no band with this index
   */
  public Rate byBand(OutcomeMeasure measure, int band) {
    MissingValueException.require("measure", measure);
    return byBand[measure.ordinal()][checkBand(band)];
  }

  /**
   * One outcome in every intervention band, in band order (one row of Figure 8).
   *
   * @param measure the outcome
   * @return one rate per band, in band order
   */
  public List<Rate> byBand(OutcomeMeasure measure) {
    MissingValueException.require("measure", measure);
    return List.of(byBand[measure.ordinal()]);
  }

  /**
   * One outcome in one intervention band, for the cases with or without intensive support.
   *
   * @param measure the outcome
   * @param band the band's index, from 0, as in {@link #bands()}
   * @param intensive true for the cases with intensive support, false for the rest
   * @return the rate, with its missing cases
   * @throws InvalidInputException naming {@code band} when there is no band with this index
   */
  public Rate byBandAndSupport(OutcomeMeasure measure, int band, boolean intensive) {
    MissingValueException.require("measure", measure);
    return byBandAndSupport[measure.ordinal()][checkBand(band) * 2 + (intensive ? 1 : 0)];
  }

  /**
   * One outcome for the cases with intensive support (Finding 3, Recommendation 2).
   *
   * @param measure the outcome
   * @return the rate, with its missing cases
   */
  public Rate intensive(OutcomeMeasure measure) {
    MissingValueException.require("measure", measure);
    return bySupport[measure.ordinal()][1];
  }

  /**
   * One outcome for the cases without intensive support.
   *
   * @param measure the outcome
   * @return the rate, with its missing cases
   */
  public Rate notIntensive(OutcomeMeasure measure) {
    MissingValueException.require("measure", measure);
    return bySupport[measure.ordinal()][0];
  }

  /**
   * One outcome over the whole cohort (Finding 2).
   *
   * @param measure the outcome
   * @return the rate, with its missing cases
   */
  public Rate overall(OutcomeMeasure measure) {
    MissingValueException.require("measure", measure);
    return overall[measure.ordinal()];
  }

  /**
   * The share of cases with a risk factor at intake, as the evaluation's Tables 1 to 3 show its
   * cohort (<i>Safety in Numbers</i>, CAADA, 2009); a factor about children reads over the cases with
   * children (Table 1, n=1,774), and those whose children were not recorded are missing.
   *
   * @param factor the risk factor
   * @return the rate
   */
  public Rate riskFactorAtIntake(RiskFactor factor) {
    MissingValueException.require("factor", factor);
    return counts.factors.atIntake(factor, counts.groups);
  }

  /**
   * How a risk factor changed from intake to review over the reviewed cases (Tables 5 and 6, and
   * the victim's fears); the unreviewed are missing.
   *
   * @param factor the risk factor
   * @return the change
   */
  public RiskFactorChange riskFactorChange(RiskFactor factor) {
    MissingValueException.require("factor", factor);
    return new RiskFactorChange(factor, counts.factors.reviewedAtIntake(factor, counts.groups),
        counts.factors.reviewedAtReview(factor, counts.groups));
  }

  /**
   * The kinds of intervention some reviewed case received, in id order: the rows of
   * {@link #interventionReceived(String)}.
   *
   * @return the kind ids
   */
  public List<String> interventionKinds() {
    return counts.kinds.kinds();
  }

  /**
   * The share of reviewed cases that received a kind of intervention, as <i>Safety in Numbers</i>
   * (CAADA, 2009) reads Table 4 over its reviewed cases (n=1,247). Missing are the cases with no
   * review and those whose kinds of intervention were not recorded.
   *
   * @param kind the kind's id, for example {@code safety-planning}
   * @return the rate; 0 of the reviewed cases for a kind none received
   */
  public Rate interventionReceived(String kind) {
    MissingValueException.require("kind", kind);
    return counts.kinds.rate(kind, counts.groups);
  }

  /**
   * The share of reviewed cases with children in the household that received a kind of
   * intervention, as Table 4 reads its rows on child contact, social services and schools ("based
   * on those with children", n=873). Cases without children are not in the group; those whose
   * children were not recorded are missing, with the unreviewed and those whose kinds were not recorded.
   *
   * @param kind the kind's id, for example {@code child-contact}
   * @return the rate
   */
  public Rate interventionReceivedWithChildren(String kind) {
    MissingValueException.require("kind", kind);
    return counts.kinds.rateWithChildren(kind, counts.groups);
  }

  /**
   * How many cases had one type of abuse at intake, of all cases: the prevalence the evaluation
   * shows for its cohort at intake (<i>Safety in Numbers</i>, CAADA, 2009, Figure 1). Every case has
   * its intake measures, so none is missing.
   *
   * @param type the type of abuse
   * @return the rate
   */
  public Rate prevalenceAtIntake(AbuseType type) {
    MissingValueException.require("type", type);
    return prevalenceAtIntake[type.ordinal()];
  }

  /**
   * Cessation of one type of abuse: of the reviewed cases with that type at intake, those without
   * it at review. Cases with the type at intake and no review are missing.
   *
   * @param type the type of abuse
   * @return the rate, with its missing cases
   */
  public Rate cessation(AbuseType type) {
    MissingValueException.require("type", type);
    return cessationByType[type.ordinal()];
  }

  /**
   * Risk levels at intake against review, with the cases that had no review.
   *
   * @return the movement table
   */
  public RiskMovement riskMovement() {
    return riskMovement;
  }

  private int checkBand(int band) {
    if (band < 0 || band >= casesInBand.length) {
      throw new InvalidInputException("band", band, "must be a band index from 0 to " + (casesInBand.length - 1));
    }
    return band;
  }

  /**
   * The report as a plain-text table: outcomes by number of interventions, by intensity of support,
   * cessation by abuse type, and risk movement. A cell reads {@code 58% 290/500 [12]}: percentage,
   * numerator over denominator, and in brackets the cases of that column left out of the rate.
   *
   * @return the table, one line per row
   */
  public String toTable() {
    StringBuilder out = new StringBuilder();
    out.append("Cohort outcome report: ").append(cases).append(" cases, ").append(reviewed).append(" reviewed, ")
        .append(notReviewed()).append(" with no review\n");
    out.append("T2 read ").append(parameters.outcomePoint().description()).append('\n');
    out.append("Mean interventions per case ").append(format(meanInterventions()))
        .append("; intensive support (").append(parameters.intensiveThreshold()).append("+ significant contacts) in ")
        .append(intensiveShare()).append(" of cases\n");
    out.append("A rate reads: percent yes, yes/answered [left out: no review, answer not recorded,"
        + " or for cessation no abuse recorded at intake or abuse not recorded at review]\n");
    out.append("Complete or near cessation: every type of abuse at intake stopped or fell to standard severity, and none started"
        + " (this library's reading; the source gives no definition)\n\n");

    List<String> header = new ArrayList<>();
    header.add("By number of interventions");
    for (InterventionBand band : parameters.bands()) {
      header.add(band.label());
    }
    header.add("All");
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    List<String> caseRow = new ArrayList<>();
    caseRow.add("Cases (reviewed)");
    for (int b = 0; b < casesInBand.length; b++) {
      caseRow.add(casesInBand[b] + " (" + reviewedInBand[b] + ")");
    }
    caseRow.add(cases + " (" + reviewed + ")");
    rows.add(caseRow);
    for (OutcomeMeasure m : OutcomeMeasure.values()) {
      List<String> row = new ArrayList<>();
      row.add(m.label());
      for (Rate r : byBand[m.ordinal()]) {
        row.add(cell(r));
      }
      row.add(cell(overall[m.ordinal()]));
      rows.add(row);
    }
    table(out, rows);

    rows = new ArrayList<>();
    rows.add(List.of("By intensity of support", "Intensive (" + parameters.intensiveThreshold() + "+)", "Not intensive", "All"));
    rows.add(List.of("Cases", Long.toString(casesBySupport[1]), Long.toString(casesBySupport[0]), Long.toString(cases)));
    for (OutcomeMeasure m : OutcomeMeasure.values()) {
      rows.add(List.of(m.label(), cell(intensive(m)), cell(notIntensive(m)), cell(overall(m))));
    }
    out.append('\n');
    table(out, rows);

    rows = new ArrayList<>();
    rows.add(List.of("Abuse by type", "At intake", "Ceased"));
    for (AbuseType t : TYPES) {
      rows.add(List.of(typeLabel(t), cell(prevalenceAtIntake(t)), cell(cessation(t))));
    }
    out.append('\n');
    table(out, rows);

    rows = new ArrayList<>();
    rows.add(List.of("Risk factors", "At intake", "Reviewed: at intake", "at review", "fall"));
    for (RiskFactor f : RiskFactor.values()) {
      RiskFactorChange change = riskFactorChange(f);
      Rate atIntake = riskFactorAtIntake(f);
      if (atIntake.numerator() + change.atReview().numerator() == 0) {
        continue;
      }
      rows.add(List.of(f.name(), cell(atIntake), cell(change.atIntake()), cell(change.atReview()),
          change.fall().isPresent() ? Math.round(100 * change.fall().getAsDouble()) + "%" : "-"));
    }
    if (rows.size() > 1) {
      out.append('\n');
      table(out, rows);
    }

    List<String> kinds = interventionKinds();
    if (!kinds.isEmpty()) {
      rows = new ArrayList<>();
      rows.add(List.of("Interventions received", "Of reviewed cases", "Of those with children"));
      for (String kind : kinds) {
        rows.add(List.of(kind, cell(interventionReceived(kind)), cell(interventionReceivedWithChildren(kind))));
      }
      out.append('\n');
      table(out, rows);
    }

    rows = new ArrayList<>();
    List<String> levels = new ArrayList<>();
    levels.add("Risk level, intake -> review");
    for (RiskLevel to : RiskLevel.values()) {
      levels.add(to.name());
    }
    levels.add("No review");
    rows.add(levels);
    for (RiskLevel from : RiskLevel.values()) {
      List<String> row = new ArrayList<>();
      row.add(from.name());
      for (RiskLevel to : RiskLevel.values()) {
        row.add(Long.toString(riskMovement.count(from, to)));
      }
      row.add(Long.toString(riskMovement.noReview(from)));
      rows.add(row);
    }
    out.append('\n');
    table(out, rows);
    out.append("Level lower at review ").append(cell(riskMovement.lowered())).append(", same ")
        .append(cell(riskMovement.unchanged())).append(", higher ").append(cell(riskMovement.raised())).append('\n');
    return out.toString();
  }

  private static String typeLabel(AbuseType type) {
    String name = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String format(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String cell(Rate r) {
    String pct = r.denominator() == 0 ? "-" : Math.round(100.0 * r.numerator() / r.denominator()) + "%";
    return pct + " " + r.numerator() + "/" + r.denominator() + " [" + r.missing() + "]";
  }

  private static void table(StringBuilder out, List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String text = row.get(c);
        if (c == 0) {
          line.append(text).append(" ".repeat(width[0] - text.length()));
        } else {
          line.append("  ").append(" ".repeat(width[c] - text.length())).append(text);
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CohortReport && ((CohortReport) o).counts.equals(counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  /** The table of {@link #toTable()}. */
  @Override
  public String toString() {
    return toTable();
  }
}
