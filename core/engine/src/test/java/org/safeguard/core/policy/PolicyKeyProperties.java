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
package org.safeguard.core.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.safeguard.model.StableId;

/**
 * The policy reader splits its keys and band ranges by hand, because regular expressions cost a
 * start-up the engine pays on every build. These properties hold the hand-written forms to the
 * regular expressions they replace, on keys made of the characters that matter.
 */
class PolicyKeyProperties {
  private static final Pattern BAND_KEY = Pattern.compile("bands\\.([a-z0-9]+(?:-[a-z0-9]+)*)(?:@([a-z]+(?:-[a-z]+)*))?\\.([a-z]+)");
  private static final Pattern SERVICE_KEY = Pattern.compile("service\\.([a-z]+(?:-[a-z]+)*)\\.([a-z0-9]+(?:-[a-z0-9]+)*)\\.minimum-score");
  private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*(?:-\\s*(\\d+)|\\+)");
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Provide
  Arbitrary<String> keys() {
    Arbitrary<String> prefix = Arbitraries.of("bands.", "service.", "band.", "", "bands..");
    Arbitrary<String> body = Arbitraries.strings().withChars("ab9-.@").ofMaxLength(14);
    Arbitrary<String> suffix = Arbitraries.of("", ".high", ".minimum-score", ".Medium", ".", "@police.high");
    return Combinators.combine(prefix, body, suffix).as((p, b, s) -> p + b + s);
  }

  @Provide
  Arbitrary<String> ranges() {
    return Arbitraries.strings().withChars("0179 -+\t").ofMaxLength(8);
  }

  @Property(tries = 5000)
  void bandKeysSplitAsTheRegularExpressionDid(@ForAll("keys") String key) {
    Matcher m = BAND_KEY.matcher(key);
    PolicyPropertiesReader.BandKey parts = PolicyPropertiesReader.bandKey(key);
    if (m.matches()) {
      assertEquals(new PolicyPropertiesReader.BandKey(m.group(1), m.group(2), m.group(3)), parts, key);
    } else {
      assertNull(parts, key);
    }
  }

  @Property(tries = 5000)
  void serviceKeysSplitAsTheRegularExpressionDid(@ForAll("keys") String key) {
    Matcher m = SERVICE_KEY.matcher(key);
    String[] parts = PolicyPropertiesReader.serviceKey(key);
    if (m.matches()) {
      assertArrayEquals(new String[] {m.group(1), m.group(2)}, parts, key);
    } else {
      assertNull(parts, key);
    }
  }

  @Property(tries = 5000)
  void rangesReadAsTheRegularExpressionDid(@ForAll("ranges") String value) {
    Matcher m = RANGE.matcher(value);
    PolicyPropertiesReader.Range parts = PolicyPropertiesReader.range(value);
    if (m.matches()) {
      assertEquals(new PolicyPropertiesReader.Range(m.group(1), m.group(2)), parts, value);
    } else {
      assertNull(parts, value);
    }
  }

  @Property(tries = 5000)
  void stableIdsAreWhatTheRegularExpressionAllowed(@ForAll("keys") String candidate) {
    assertEquals(ID.matcher(candidate).matches(), StableId.isValid(candidate), candidate);
  }

  @Test
  void theFormsAPolicyUsesAreRead() {
    assertEquals(new PolicyPropertiesReader.BandKey("acpo-dash", "police", "medium"), PolicyPropertiesReader.bandKey("bands.acpo-dash@police.medium"));
    assertArrayEquals(new String[] {"idva-service", "safelives-dash-ric"},
        PolicyPropertiesReader.serviceKey("service.idva-service.safelives-dash-ric.minimum-score"));
    assertEquals(new PolicyPropertiesReader.Range("10", "13"), PolicyPropertiesReader.range("10 - 13"));
    assertEquals(new PolicyPropertiesReader.Range("14", null), PolicyPropertiesReader.range("14 +"));
  }

  @Test
  void nearMissesAreNotRead() {
    // read past a prefix it lacks, "marac.dash.high" would split as the table "dash" and the level "high"
    for (String key : new String[] {"marac.dash.high", "bands.high", "bands..high", "bands.@police.high", "bands.dash@.high", "bands.dash."}) {
      assertNull(PolicyPropertiesReader.bandKey(key), key);
    }
    for (String value : new String[] {"+", "-13", " 10-13", "10-", "10+13", "10 +1"}) {
      assertNull(PolicyPropertiesReader.range(value), value);
    }
  }
}
