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
package org.safeguard.plugins.exportcsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.Safeguard;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.core.equality.PopulationShare;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.core.marac.ExpectedRange;
import org.safeguard.core.marac.ExpectedRanges;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MaracReturn;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.Referral;
import org.safeguard.core.marac.ReferralState;
import org.safeguard.core.marac.RejectionReason;
import org.safeguard.core.marac.ReturnFigure;
import org.safeguard.core.marac.StateChange;
import org.safeguard.export.Schemas;
import org.safeguard.model.Agency;
import org.safeguard.model.ThresholdPolicy;

/** A MARAC return as CSV tables: the return, its figures and its access table, exact for FULL and with small counts hidden for MARAC. */
class CsvReturnTest {
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

  @TempDir
  Path spool;

  /** 30 referrals: 20 from the police, 7 from IDVA services, 3 from health; 2 rejected, 1 transferred; 25 cases heard, one with no referral. */
  private static MaracReturn sample() {
    List<Referral> referrals = new ArrayList<>();
    List<String> heard = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Agency agency = i < 20 ? Agency.POLICE : i < 27 ? Agency.IDVA_SERVICE : Agency.HEALTH;
      LocalDate on = FROM.plusDays(i);
      Referral.Builder b = Referral.builder().referralId("R" + i).caseId("V" + i).maracId("M-1").receivedOn(on).referredBy(agency)
          .addRoutes(i % 3 == 0 ? MaracRoute.REPEAT : MaracRoute.VISIBLE_HIGH_RISK).addHistory(new StateChange(ReferralState.REFERRED, on));
      if (i == 5 || i == 6) {
        b.addHistory(new StateChange(ReferralState.REJECTED, on.plusDays(1))).rejection(RejectionReason.OTHER).revision(2);
      } else if (i == 7) {
        b.addHistory(new StateChange(ReferralState.TRANSFERRED, on.plusDays(1))).transferredTo("M-2").revision(2);
      } else {
        b.addHistory(new StateChange(ReferralState.ENGAGED, on.plusDays(2))).revision(2);
        if (i < 27) {
          heard.add("V" + i);
        }
      }
      referrals.add(b.build());
    }
    heard.add("V-unlinked");
    MaracMeeting meeting = MaracMeeting.builder().meetingId("MT1").on(FROM.plusDays(45)).addInvited(Agency.POLICE).addAllHeard(heard)
        .revision(1).build();
    return MaracReturn.of("M-1", 50_000, FROM, LocalDate.of(2026, 3, 31), referrals, List.of(meeting));
  }

  private Map<String, String> export(ExportProfile profile, MaracReturn ret) {
    Safeguard engine = Safeguard.builder().thresholdPolicy(ThresholdPolicy.builder().id("no-bands").version("1").build())
        .configure(CsvExporter.ID, CsvExporter.SPOOL_DIRECTORY, spool.toString()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = engine.export(CsvExporter.ID, profile, out)) {
      session.write(ret, ExpectedRanges.of(Map.of(ReturnFigure.REPEAT_RATE, ExpectedRange.parse("28..40"))),
          Map.of(EqualityGroup.MALE, PopulationShare.between("4", "6")));
    }
    return TablesReadBack.entries(out.toByteArray());
  }

  private static Map<String, String> figure(Map<String, String> tables, String key) {
    return TablesReadBack.rows(tables.get("marac-return.figures.csv")).stream().filter(r -> r.get("figure").equals(key)).findFirst()
        .orElseThrow();
  }

  @Test
  void theReturnIsThreeTablesWithEveryFigureExactForFull() {
    MaracReturn ret = sample();
    Map<String, String> tables = export(ExportProfile.full(), ret);
    assertEquals(List.of("export-info.csv", "marac-return.csv", "marac-return.maracIds.csv", "marac-return.figures.csv",
        "marac-return.access.csv"), new ArrayList<>(tables.keySet()));
    assertEquals("row,from,to,adultWomen,casesHeard,referrals,accepted,rejected,transferred,children\r\n"
        + "1,2026-01-01,2026-03-31,50000,25,30,27,2,1,0\r\n", tables.get("marac-return.csv"));
    assertEquals(ReturnFigure.all().size(), TablesReadBack.rows(tables.get("marac-return.figures.csv")).size());
    assertEquals(Map.of("row", "3", "parent", "1", "figure", "repeat-rate", "kind", "percent", "numerator", "8", "denominator", "24",
        "missing", "1", "missingReason", "no referral record", "value", "33.3", "expectedLow", "28"), without(figure(tables, "repeat-rate"),
        "expectedHigh", "outsideExpected"));
    assertEquals("3", figure(tables, "referrals-by-agency.HEALTH").get("numerator"));
    assertEquals("10.0", figure(tables, "referrals-by-agency.HEALTH").get("value"));
    Map<String, String> male = TablesReadBack.rows(tables.get("marac-return.access.csv")).get(3);
    assertEquals("male", male.get("group"));
    assertEquals("4", male.get("populationLow"));
  }

  @Test
  void forAMaracSmallCountsAreBelowFiveAndWhatWouldGiveThemAwayIsWithheld() {
    Map<String, String> tables = export(ExportProfile.marac(), sample());
    assertTrue(tables.get("marac-return.csv").endsWith("\r\n1,2026-01-01,2026-03-31,50000,25,30,27,<5,<5,0\r\n"),
        "rejected 2 and transferred 1 are small; beside the accepted and the referrals they give away only their sum, 3: "
            + tables.get("marac-return.csv"));
    Map<String, String> health = figure(tables, "referrals-by-agency.HEALTH");
    assertEquals("<5", health.get("numerator"));
    assertEquals("", health.get("value"), "a share of a count not shown is not shown");
    assertEquals("[c]", figure(tables, "referrals-by-agency.IDVA_SERVICE").get("numerator"), "7 = 30 - 20 - 3");
    assertEquals("20", figure(tables, "referrals-by-agency.POLICE").get("numerator"));
    assertEquals("<5", figure(tables, "repeat-rate").get("missing"), "the one case heard with no referral record");
    assertEquals("[c]", figure(tables, "repeat-rate").get("denominator"), "24 linked = 25 heard - 1 unlinked");
    assertEquals("27", figure(tables, "engagement").get("denominator"), "the accepted, as at the top");
    assertEquals("", figure(tables, "repeat-rate").get("value"));
    assertTrue(tables.get("export-info.csv").contains("\r\nschemaVersion," + Schemas.VERSION + "\r\npurpose,marac\r\n"));
    for (String table : List.of("marac-return.csv", "marac-return.figures.csv", "marac-return.access.csv")) {
      for (Map<String, String> row : TablesReadBack.rows(tables.get(table))) {
        for (String column : List.of("casesHeard", "referrals", "accepted", "rejected", "transferred", "children", "numerator",
            "denominator", "missing", "cases", "of")) {
          String cell = row.getOrDefault(column, "");
          assertTrue(cell.isEmpty() || cell.equals("<5") || cell.equals("[c]") || Long.parseLong(cell) == 0 || Long.parseLong(cell) >= 5,
              table + " " + column + ": " + cell);
        }
      }
    }
  }

  private static Map<String, String> without(Map<String, String> row, String... columns) {
    Map<String, String> copy = new java.util.HashMap<>(row);
    for (String c : columns) {
      copy.remove(c);
    }
    return copy;
  }
}
