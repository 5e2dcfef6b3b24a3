package org.safeguard.logcapture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogLeakCheckTest {
  @Test
  void anAnswerWordOrDeclaredTextIsALeakAndIdsAndCountsAreNot() {
    CapturedLogs.neverLog("Rowan Testfield");
    List<String> lines = List.of(
        "INFO x - loaded 3 instruments",
        "INFO x - NO_REFERRAL for case C-1",
        "WARN x - item threats-to-kill = YES",
        "INFO x - case for Rowan Testfield");
    assertEquals(List.of(lines.get(2), lines.get(3)), LogLeakCheck.leaks(lines));
  }
}
