package org.safeguard.examples.quickstart;

import java.util.List;
import org.safeguard.core.Safeguard;
import org.safeguard.logcapture.CapturedLogs;
import org.safeguard.model.Instrument;

/** What several tests need: the Dash RIC as the plugin supplies it, and the shipped sample read through it. */
final class Fixtures {
  static final Instrument DASH_RIC = Safeguard.builder().build().instrument(Quickstart.INSTRUMENT);

  static final List<String> ITEM_IDS = DASH_RIC.itemIds();

  private Fixtures() {}

  /** The shipped sample; its names and rationales are declared never-logged for every test that follows. */
  static List<SyntheticCase> sample() {
    List<SyntheticCase> cases = CaseCsv.readSample(DASH_RIC, SyntheticCases.SCREENING_DATE);
    for (SyntheticCase c : cases) {
      CapturedLogs.neverLog(c.firstName() + " " + c.lastName());
      c.judgement().ifPresent(j -> CapturedLogs.neverLog(j.rationale()));
    }
    return cases;
  }
}
