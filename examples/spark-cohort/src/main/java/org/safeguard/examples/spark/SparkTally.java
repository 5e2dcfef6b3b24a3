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
package org.safeguard.examples.spark;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.CohortTally;
import org.safeguard.core.outcome.OutcomeAnswer;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.core.outcome.PackedCohort;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.core.outcome.RiskFactor;
import org.safeguard.core.outcome.Severity;
import org.safeguard.examples.cohortsql.CaseColumns;

/**
 * The cohort report over a DataFrame of {@link CaseTable} rows with the library's mergeable tally:
 * each partition packs its rows ({@link PackedCohort.Builder}), tallies them
 * ({@link PackedCohort#tally}) and sends the driver one small array of bytes
 * ({@link CohortTally#toBytes()}); the driver reads them back and merges them into one tally, whose
 * report equals the report of one tally that saw every case.
 *
 * <p>What crosses from an executor to the driver is the tally's bytes and nothing else: counts, the
 * report's parameters and no case. The parameters go the other way inside the closure
 * ({@link ReportParameters} is {@link java.io.Serializable}, as its three settings), with the ids of
 * the table's kinds of intervention, read from its schema.
 */
public final class SparkTally {
  /** A severity column's codes 1 to 3, as {@link CaseColumns#severity} writes them. */
  private static final Severity[] SEVERITIES = Severity.values();

  private SparkTally() {}

  /**
   * The report of every case in {@code cases}.
   *
   * @param cases rows of {@link CaseTable#schema(List)}
   * @param parameters the bands and intensive threshold to report with
   * @return the report
   */
  public static CohortReport report(Dataset<Row> cases, ReportParameters parameters) {
    return merged(partials(cases, parameters), parameters);
  }

  /** The report of the partitions' tallies, as bytes, merged on the driver. */
  private static CohortReport merged(List<byte[]> partials, ReportParameters parameters) {
    CohortTally total = CohortTally.create(parameters);
    for (byte[] partial : partials) {
      total.merge(CohortTally.fromBytes(partial));
    }
    return total.report();
  }

  /** Each partition's tally, as bytes, collected on the driver. */
  static List<byte[]> partials(Dataset<Row> cases, ReportParameters parameters) {
    String[] kinds = CaseTable.kinds(cases.schema()).toArray(new String[0]);
    MapPartitionsFunction<Row, byte[]> tally = rows -> List.of(tally(rows, new Fields.OfRow(), parameters, kinds).toBytes()).iterator();
    return cases.mapPartitions(tally, Encoders.BINARY()).collectAsList();
  }

  /**
   * The same, reading Spark's own data in place through its developer API ({@code queryExecution()})
   * rather than through {@link Row}s: no {@code Row} object and no boxed field per case. Where the
   * physical plan yields column batches, as a cached table of these primitive columns does
   * ({@code InMemoryTableScan}, the form Spark SQL itself reads it in), each partition reads its
   * batches' column vectors; otherwise ({@code toRdd()}) it reads Spark's internal rows. On a
   * cached table {@code toRdd()} would rebuild a row from the compressed columns for every case
   * instead. Equal reports; see the benchmark for what it saves.
   *
   * @param cases rows of {@link CaseTable#schema(List)}
   * @param parameters the bands and intensive threshold to report with
   * @return the report
   */
  public static CohortReport reportInPlace(Dataset<Row> cases, ReportParameters parameters) {
    String[] kinds = CaseTable.kinds(cases.schema()).toArray(new String[0]);
    SparkPlan plan = cases.queryExecution().executedPlan();
    List<byte[]> partials = plan.supportsColumnar()
        ? plan.executeColumnar().toJavaRDD()
            .mapPartitions(batches -> List.of(tallyBatches(batches, parameters, kinds).toBytes()).iterator())
            .collect()
        : cases.queryExecution().toRdd().toJavaRDD()
            .mapPartitions(rows -> List.of(tally(rows, new Fields.OfInternalRow(), parameters, kinds).toBytes()).iterator())
            .collect();
    return merged(partials, parameters);
  }

  /** Packs and tallies the cases of one partition's column batches, a case a row of each batch. */
  private static CohortTally tallyBatches(Iterator<ColumnarBatch> batches, ReportParameters parameters, String[] kinds) {
    PackedCohort.Builder builder = PackedCohort.builder();
    Fields.OfColumnarBatch fields = new Fields.OfColumnarBatch();
    while (batches.hasNext()) {
      fields.row = batches.next();
      for (int r = 0; r < fields.row.numRows(); r++) {
        fields.rowId = r;
        pack(fields, builder, kinds);
      }
    }
    return tallied(builder, parameters);
  }

  /** Packs and tallies the rows of one partition, whose table tells apart these kinds of intervention. */
  private static <R> CohortTally tally(Iterator<R> rows, Fields<R> fields, ReportParameters parameters, String[] kinds) {
    PackedCohort.Builder builder = PackedCohort.builder();
    while (rows.hasNext()) {
      fields.row = rows.next();
      pack(fields, builder, kinds);
    }
    return tallied(builder, parameters);
  }

  /** The tally of every case a partition packed. */
  private static CohortTally tallied(PackedCohort.Builder builder, ReportParameters parameters) {
    PackedCohort packed = builder.build();
    return packed.tally(0, packed.size(), parameters);
  }

  /** The fields of the current row of a partition: a {@link Row}, Spark's internal row, or a row of a column batch. */
  abstract static class Fields<R> {
    /** The row being read; set before each is packed. */
    R row;
    /**
     * Scratch for the row being packed, cleared and refilled for each: the builder copies what it
     * is given, so a partition's million rows need not make three collections each.
     */
    final Set<RiskFactor> atIntake = EnumSet.noneOf(RiskFactor.class);
    final Set<RiskFactor> atReview = EnumSet.noneOf(RiskFactor.class);
    final List<String> received = new ArrayList<>();

    abstract int getInt(int i);

    abstract byte getByte(int i);

    abstract boolean getBoolean(int i);

    abstract boolean isNullAt(int i);

    static final class OfRow extends Fields<Row> {
      @Override
      int getInt(int i) {
        return row.getInt(i);
      }

      @Override
      byte getByte(int i) {
        return row.getByte(i);
      }

      @Override
      boolean getBoolean(int i) {
        return row.getBoolean(i);
      }

      @Override
      boolean isNullAt(int i) {
        return row.isNullAt(i);
      }
    }

    /** A row of a column batch: {@link #row} is the batch, {@link #rowId} the row in it. */
    static final class OfColumnarBatch extends Fields<ColumnarBatch> {
      int rowId;

      @Override
      int getInt(int i) {
        return row.column(i).getInt(rowId);
      }

      @Override
      byte getByte(int i) {
        return row.column(i).getByte(rowId);
      }

      @Override
      boolean getBoolean(int i) {
        return row.column(i).getBoolean(rowId);
      }

      @Override
      boolean isNullAt(int i) {
        return row.column(i).isNullAt(rowId);
      }
    }

    static final class OfInternalRow extends Fields<InternalRow> {
      @Override
      int getInt(int i) {
        return row.getInt(i);
      }

      @Override
      byte getByte(int i) {
        return row.getByte(i);
      }

      @Override
      boolean getBoolean(int i) {
        return row.getBoolean(i);
      }

      @Override
      boolean isNullAt(int i) {
        return row.isNullAt(i);
      }
    }
  }

  /**
   * Packs one row field by field: each abuse type at its severity
   * ({@link PackedCohort.Builder#intakeSeverities}), so that every row, standard-level abuse
   * included, takes the same path.
   */
  static void pack(Fields<?> row, PackedCohort.Builder builder, String[] kinds) {
    boolean reviewed = row.getBoolean(3 + CaseTable.TYPES.length);
    if (row.getBoolean(CaseTable.KINDS_RECORDED_AT) && row.getInt(0) > 0) {
      // before the count, so that a row whose kinds and count disagree is refused at endCase, not rewritten
      builder.interventionKinds(received(row, kinds));
    }
    builder.interventions(row.getInt(0)).significantContacts(row.getInt(1))
        .intakeSeverities(severities(row, 2), CaseTable.level(row.getByte(2 + CaseTable.TYPES.length)));
    if (!row.isNullAt(CaseTable.CHILDREN_AT)) {
      builder.hasChildren(row.getByte(CaseTable.CHILDREN_AT) == 1);
    }
    builder.riskFactors(factors(row, 0, reviewed), factors(row, 1, reviewed));
    if (reviewed) {
      builder.reviewSeverities(severities(row, CaseTable.REVIEW_AT),
          CaseTable.level(row.getByte(CaseTable.REVIEW_AT + CaseTable.TYPES.length)));
      for (OutcomeQuestion q : CaseTable.QUESTIONS) {
        builder.answer(q, answer(row, CaseTable.ANSWERS_AT + q.ordinal()));
      }
    }
    builder.endCase();
  }

  /** The severities of the row's abuse columns from {@code at}, in type order, as the builder takes them. */
  private static int severities(Fields<?> row, int at) {
    int bits = 0;
    for (AbuseType t : CaseTable.TYPES) {
      byte s = row.getByte(at + t.ordinal());
      if (s < 0 || s > SEVERITIES.length) {
        throw new IllegalArgumentException("a severity column holds 0 (absent) to " + SEVERITIES.length + ", not " + s);
      }
      bits |= s == 0 ? 0 : PackedCohort.severityBits(t, SEVERITIES[s - 1]);
    }
    return bits;
  }

  private static OutcomeAnswer answer(Fields<?> row, int column) {
    return row.isNullAt(column) ? OutcomeAnswer.NOT_RECORDED : row.getBoolean(column) ? OutcomeAnswer.YES : OutcomeAnswer.NO;
  }

  /** The kinds of intervention a row says the case received, in the row's scratch list. */
  private static List<String> received(Fields<?> row, String[] kinds) {
    List<String> received = row.received;
    received.clear();
    for (int k = 0; k < kinds.length; k++) {
      if (row.getBoolean(CaseTable.KINDS_AT + k)) {
        received.add(kinds[k]);
      }
    }
    return received;
  }

  /** The risk factors present at intake (time 0) or at review (time 1), in the row's scratch set; none at review without one. */
  private static Set<RiskFactor> factors(Fields<?> row, int time, boolean reviewed) {
    Set<RiskFactor> present = time == 0 ? row.atIntake : row.atReview;
    present.clear();
    if (time == 0 || reviewed) {
      for (RiskFactor f : CaseTable.FACTORS) {
        if (row.getBoolean(CaseTable.FACTORS_AT + 2 * f.ordinal() + time)) {
          present.add(f);
        }
      }
    }
    return present;
  }
}
