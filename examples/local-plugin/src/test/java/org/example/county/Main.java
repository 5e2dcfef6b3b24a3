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
