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
import java.util.Locale;
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
import org.safeguard.model.RiskLevel;
import org.safeguard.synthetic.SyntheticCohort;

/**
 * The table of cases a case system would hold, as a Spark DataFrame: one row per case, one column
 * per field the outcome tables read, in compact types. It is the table {@code CohortSql} loads into
 * DuckDB in the benchmarks, column for column:
 *
 * <pre>
 *  interventions, significant_contacts   INT, not null
 *  physical_t1 ... harassment_and_stalking_t1
 *                                        TINYINT, not null: the type's severity at intake,
 *                                        0 absent, 1 standard, 2 moderate, 3 high
 *  level_t1                              TINYINT, not null: 0 standard, 1 medium, 2 high
 *  reviewed                              BOOLEAN, not null
 *  physical_t2 ... , level_t2            TINYINT, null without a review
 *  risk_reduced ... social_support_improved
 *                                        BOOLEAN, null when not recorded or without a review
 * </pre>
 *
 * <p>No case id, name or date: a row carries nothing that identifies a person. The table has no way
 * to say an abuse type was not recorded at review (the generator writes none), and it holds neither
 * the kinds of intervention nor the children nor the risk factors: the report computed from it is
 * the outcome tables, cessation by type and risk movement, as the SQL computes.
 */
public final class CaseTable {
  static final AbuseType[] TYPES = AbuseType.values();
  static final OutcomeQuestion[] QUESTIONS = OutcomeQuestion.values();
  /** Where the columns of the review start: after the counts, the types at intake, level_t1 and reviewed. */
  static final int REVIEW_AT = 2 + TYPES.length + 2;
  /** Where the answers start. */
  static final int ANSWERS_AT = REVIEW_AT + TYPES.length + 1;

  private CaseTable() {}

  static String column(AbuseType type, int time) {
    return type.name().toLowerCase(Locale.ROOT) + "_t" + time;
  }

  static String column(OutcomeQuestion question) {
    return question.name().toLowerCase(Locale.ROOT);
  }

  /** The table's columns, in order. */
  public static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("interventions", DataTypes.IntegerType, false));
    fields.add(DataTypes.createStructField("significant_contacts", DataTypes.IntegerType, false));
    for (AbuseType t : TYPES) {
      fields.add(DataTypes.createStructField(column(t, 1), DataTypes.ByteType, false));
    }
    fields.add(DataTypes.createStructField("level_t1", DataTypes.ByteType, false));
    fields.add(DataTypes.createStructField("reviewed", DataTypes.BooleanType, false));
    for (AbuseType t : TYPES) {
      fields.add(DataTypes.createStructField(column(t, 2), DataTypes.ByteType, true));
    }
    fields.add(DataTypes.createStructField("level_t2", DataTypes.ByteType, true));
    for (OutcomeQuestion q : QUESTIONS) {
      fields.add(DataTypes.createStructField(column(q), DataTypes.BooleanType, true));
    }
    return DataTypes.createStructType(fields);
  }

  /** One case as a row of the table; its id is not written. */
  public static Row row(CaseOutcome c) {
    Object[] values = new Object[ANSWERS_AT + QUESTIONS.length];
    values[0] = c.interventions();
    values[1] = c.significantContacts();
    for (AbuseType t : TYPES) {
      values[2 + t.ordinal()] = severity(c.abuseAtIntake(), t);
    }
    values[2 + TYPES.length] = (byte) c.levelAtIntake().ordinal();
    Optional<AbuseProfile> review = c.abuseAtReview();
    values[3 + TYPES.length] = review.isPresent();
    for (AbuseType t : TYPES) {
      values[REVIEW_AT + t.ordinal()] = review.isPresent() ? severity(review.get(), t) : null;
    }
    values[REVIEW_AT + TYPES.length] = c.levelAtReview().map(l -> (byte) l.ordinal()).orElse(null);
    for (OutcomeQuestion q : QUESTIONS) {
      OutcomeAnswer a = c.answer(q);
      values[ANSWERS_AT + q.ordinal()] = review.isEmpty() || a == OutcomeAnswer.NOT_RECORDED ? null : a == OutcomeAnswer.YES;
    }
    return RowFactory.create(values);
  }

  /** A type's severity as the table holds it: 0 absent, else 1 to 3 from standard to high. */
  private static byte severity(AbuseProfile profile, AbuseType type) {
    return (byte) profile.severityOf(type).map(s -> s.ordinal() + 1).orElse(0).intValue();
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
    MapPartitionsFunction<Long, Row> draw = indexes -> {
      SyntheticCohort cohort = SyntheticCohort.withDefaults(seed);
      return new Iterator<Row>() {
        @Override
        public boolean hasNext() {
          return indexes.hasNext();
        }

        @Override
        public Row next() {
          return row(cohort.caseAt(indexes.next()));
        }
      };
    };
    return spark.range(0, cases, 1, partitions).as(Encoders.LONG()).mapPartitions(draw, Encoders.row(schema()));
  }
}
