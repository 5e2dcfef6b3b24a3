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
package org.safeguard.core.marac;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ReturnRecords;
import org.safeguard.export.Count;
import org.safeguard.export.ExportRecord;

/**
 * The areas {@link ReturnExportProperties} generates reach what its properties test. It checks the
 * generator, not the library, by how often a case turns up over all its tries, so mutation testing
 * leaves it out (it would need every try for every mutant).
 */
class ReturnGeneratorProperties {
  @Provide
  Arbitrary<MaracReturnProperties.Area> areas() {
    return new ReturnExportProperties().areas();
  }

  /** The generated returns reach what the properties test: returns with small counts, and counts withheld for them. */
  @Property(tries = 200)
  void theGeneratedReturnsHaveSmallCountsAndSomeWithheld(@ForAll("areas") MaracReturnProperties.Area area) {
    ExportRecord out = ExportProfile.marac().apply(ReturnRecords.of(area.ret(), ExpectedRanges.none(), Map.of()));
    List<Count> all = new ArrayList<>();
    for (ExportRecord r : List.of(List.of(out), out.records("figures"), out.records("access")).stream().flatMap(List::stream).toList()) {
      for (org.safeguard.export.Field f : r.schema().fields()) {
        if (f.kind() == org.safeguard.export.FieldKind.COUNT) {
          r.count(f.name()).ifPresent(all::add);
        }
      }
    }
    Statistics.label("small").collect(all.stream().anyMatch(c -> c.suppressed() && !c.isWithheld()));
    Statistics.label("withheld").collect(all.stream().anyMatch(Count::isWithheld));
    Statistics.label("small").coverage(c -> c.check(true).percentage(p -> p > 50));
    Statistics.label("withheld").coverage(c -> c.check(true).percentage(p -> p > 20));
  }
}
