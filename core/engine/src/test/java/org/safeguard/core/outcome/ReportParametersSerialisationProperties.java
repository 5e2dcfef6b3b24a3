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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Report parameters cross a JVM boundary (a Spark closure) by Java serialisation: what goes in comes
 * back equal, and a stream never makes parameters the factory would refuse.
 */
class ReportParametersSerialisationProperties {
  @Property
  void parametersReadBackEqualFromTheirStream(
      @ForAll @Size(min = 1, max = 12) Set<@IntRange(min = 1, max = 500) Integer> laterBounds,
      @ForAll @IntRange(min = 1, max = ReportParameters.MAX_COUNT) int threshold,
      @ForAll OutcomePoint point) throws IOException, ClassNotFoundException {
    List<Integer> bounds = new ArrayList<>(laterBounds);
    bounds.add(0);
    bounds.sort(null);
    ReportParameters parameters = ReportParameters.of(bounds, threshold).withOutcomePoint(point);
    ReportParameters back = (ReportParameters) read(write(parameters));
    assertEquals(parameters, back);
    assertEquals(parameters.toString(), back.toString());
    assertEquals(parameters.bandOf(bounds.get(bounds.size() - 1) + 7), back.bandOf(bounds.get(bounds.size() - 1) + 7));
  }

  @Test
  void theDefaultsReadBackAsTheDefaults() throws IOException, ClassNotFoundException {
    assertSame(ReportParameters.defaults(), read(write(ReportParameters.defaults())));
  }

  @Test
  void aStreamHoldingParametersTheFactoryRefusesIsRefused() throws IOException {
    // bounds that do not start at 0, written as the serial form a forged stream would hold
    InvalidObjectException e = assertThrows(InvalidObjectException.class,
        () -> read(write(new ReportParameters.SerialForm(new int[] {1, 3}, 6, OutcomePoint.CLOSURE_OR_FOUR_MONTHS))));
    assertTrue(e.getMessage().contains("bandLowerBounds"), e.getMessage());
    assertInstanceOf(org.safeguard.model.InvalidInputException.class, e.getCause());
    assertThrows(InvalidObjectException.class, () -> read(write(new ReportParameters.SerialForm(null, 6, OutcomePoint.CLOSURE_OR_FOUR_MONTHS))));
    assertThrows(InvalidObjectException.class, () -> read(write(new ReportParameters.SerialForm(new int[] {0, 2}, 6, null))));
    assertThrows(InvalidObjectException.class, () -> read(write(new ReportParameters.SerialForm(new int[] {0, 2}, 0, OutcomePoint.CASE_CLOSURE))));
  }

  private static byte[] write(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }
}
