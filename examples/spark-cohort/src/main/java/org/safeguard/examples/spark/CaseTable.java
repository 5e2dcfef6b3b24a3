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
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.CaseOutcome;
import org.safeguard.core.outcome.OutcomeAnswer;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.core.outcome.RiskFactor;
import org.safeguard.examples.cohortsql.CaseColumns;
import org.safeguard.model.RiskLevel;
import org.safeguard.synthetic.SyntheticCohort;

/**
 * The table of cases a case system would hold, as a Spark DataFrame: one row per case, with the
 * columns, names, types and codes {@link CaseColumns} lays down for both SQL baselines (the
 * benchmarks load the same layout into DuckDB). No case id, name or date: a row carries nothing
 * that identifies a person.
 */
public final class CaseTable {
  static final AbuseType[] TYPES = AbuseType.values();
  static final OutcomeQuestion[] QUESTIONS = OutcomeQuestion.values();
  /** Where the columns of the review start: after the counts, the types at intake, level_t1 and reviewed. */
  static final int REVIEW_AT = 2 + TYPES.length + 2;
  /** Where the answers start. */
  static final int ANSWERS_AT = REVIEW_AT + TYPES.length + 1;
  static final RiskFactor[] FACTORS = RiskFactor.values();
  /** The children column, then kinds_recorded. */
  static final int CHILDREN_AT = ANSWERS_AT + QUESTIONS.length;
  static final int KINDS_RECORDED_AT = CHILDREN_AT + 1;
  /** Where the risk factors start: each factor at intake, then at review. */
  static final int FACTORS_AT = KINDS_RECORDED_AT + 1;
  /** Where the kinds start: every column from here on is a kind. */
  static final int KINDS_AT = FACTORS_AT + 2 * FACTORS.length;

  private CaseTable() {}

  /** The kinds of intervention a table with this schema tells apart, in column order. */
  public static List<String> kinds(StructType schema) {
    String[] names = schema.fieldNames();
    List<String> kinds = new ArrayList<>();
    for (int i = KINDS_AT; i < names.length; i++) {
      kinds.add(CaseColumns.kindOf(names[i]));
    }
    return List.copyOf(kinds);
  }

  /** The kinds of intervention the generator draws, in its order: those a generated table tells apart. */
  public static List<String> kinds(SyntheticCohort cohort) {
    return List.copyOf(cohort.parameters().interventionShares().keySet());
  }

  /**
   * The table's columns, in order.
   *
   * @param kinds the kinds of intervention the table tells apart, one column each
   */
  public static StructType schema(List<String> kinds) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("interventions", DataTypes.IntegerType, false));
    fields.add(DataTypes.createStructField("significant_contacts", DataTypes.IntegerType, false));
    for (AbuseType t : TYPES) {
      fields.add(DataTypes.createStructField(CaseColumns.abuse(t, 1), DataTypes.ByteType, false));
    }
    fields.add(DataTypes.createStructField("level_t1", DataTypes.ByteType, false));
    fields.add(DataTypes.createStructField("reviewed", DataTypes.BooleanType, false));
    for (AbuseType t : TYPES) {
      fields.add(DataTypes.createStructField(CaseColumns.abuse(t, 2), DataTypes.ByteType, true));
    }
    fields.add(DataTypes.createStructField("level_t2", DataTypes.ByteType, true));
    for (OutcomeQuestion q : QUESTIONS) {
      fields.add(DataTypes.createStructField(CaseColumns.answer(q), DataTypes.BooleanType, true));
    }
    fields.add(DataTypes.createStructField("children", DataTypes.ByteType, true));
    fields.add(DataTypes.createStructField("kinds_recorded", DataTypes.BooleanType, false));
    for (RiskFactor f : FACTORS) {
      fields.add(DataTypes.createStructField(CaseColumns.riskFactor(f, 1), DataTypes.BooleanType, false));
      fields.add(DataTypes.createStructField(CaseColumns.riskFactor(f, 2), DataTypes.BooleanType, true));
    }
    for (String kind : kinds) {
      fields.add(DataTypes.createStructField(CaseColumns.kind(kind), DataTypes.BooleanType, false));
    }
    return DataTypes.createStructType(fields);
  }

  /**
   * One case as a row of the table; its id is not written.
   *
   * @param c the case
   * @param kinds the table's kinds of intervention; the case's must be among them
   */
  public static Row row(CaseOutcome c, List<String> kinds) {
    Object[] values = new Object[KINDS_AT + kinds.size()];
    values[0] = c.interventions();
    values[1] = c.significantContacts();
    for (AbuseType t : TYPES) {
      values[2 + t.ordinal()] = CaseColumns.severity(c.abuseAtIntake(), t);
    }
    values[2 + TYPES.length] = (byte) c.levelAtIntake().ordinal();
    Optional<AbuseProfile> review = c.abuseAtReview();
    values[3 + TYPES.length] = review.isPresent();
    for (AbuseType t : TYPES) {
      values[REVIEW_AT + t.ordinal()] = review.isPresent() ? CaseColumns.severity(review.get(), t) : null;
    }
    values[REVIEW_AT + TYPES.length] = c.levelAtReview().map(l -> (byte) l.ordinal()).orElse(null);
    for (OutcomeQuestion q : QUESTIONS) {
      OutcomeAnswer a = c.answer(q);
      values[ANSWERS_AT + q.ordinal()] = review.isEmpty() || a == OutcomeAnswer.NOT_RECORDED ? null : a == OutcomeAnswer.YES;
    }
    values[CHILDREN_AT] = c.hasChildren().map(some -> (byte) (some ? 1 : 0)).orElse(null);
    // as the library reads a case: kinds listed, or no intervention at all, is a record of its kinds
    values[KINDS_RECORDED_AT] = !c.interventionKinds().isEmpty() || c.interventions() == 0;
    for (RiskFactor f : FACTORS) {
      values[FACTORS_AT + 2 * f.ordinal()] = c.riskFactorsAtIntake().contains(f);
      values[FACTORS_AT + 2 * f.ordinal() + 1] = review.isPresent() ? c.riskFactorsAtReview().contains(f) : null;
    }
    for (String kind : c.interventionKinds()) {
      if (!kinds.contains(kind)) {
        throw new IllegalArgumentException("the table has no column for the kind of intervention " + kind);
      }
    }
    for (int k = 0; k < kinds.size(); k++) {
      values[KINDS_AT + k] = c.interventionKinds().contains(kinds.get(k));
    }
    return RowFactory.create(values);
  }

  /** The risk level of a level column. */
  static RiskLevel level(byte code) {
    return RiskLevel.values()[code];
  }

  /**
   * The generator's cases {@code 0} to {@code cases - 1} for {@code seed}, as a DataFrame in
   * {@code partitions} partitions, each drawn on its executor (the generator draws any case alone).
   */
  public static Dataset<Row> generate(SparkSession spark, long seed, long cases, int partitions) {
    List<String> kinds = kinds(SyntheticCohort.withDefaults(seed));
    MapPartitionsFunction<Long, Row> draw = indexes -> {
      SyntheticCohort cohort = SyntheticCohort.withDefaults(seed);
      return new Iterator<Row>() {
        @Override
        public boolean hasNext() {
          return indexes.hasNext();
        }

        @Override
        public Row next() {
          return row(cohort.caseAt(indexes.next()), kinds);
        }
      };
    };
    return spark.range(0, cases, 1, partitions).as(Encoders.LONG()).mapPartitions(draw, Encoders.row(schema(kinds)));
  }
}
