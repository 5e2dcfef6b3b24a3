package org.example.county;

import org.safeguard.core.Safeguard;
import org.safeguard.model.Responses;

/**
 * A demo, kept with the tests because it plays the case system: it needs the engine, which the
 * plugin itself never does. The build runs it after the tests; it prints how one synthetic
 * assessment came about.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Safeguard safeguard = Safeguard.builder().thresholdPolicy("exampleshire-2025").build();
    Responses answers = safeguard.responses("exampleshire-checklist")
        .yes("recent-incident", "fears-for-safety", "threats-made", "recent-separation", "financial-control")
        .no("children-in-household", "isolation")
        .notKnown("previous-police-contact")
        .build();
    System.out.println(safeguard.assess(answers).explain());
  }
}
