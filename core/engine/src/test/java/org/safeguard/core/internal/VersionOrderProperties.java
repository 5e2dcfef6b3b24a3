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
package org.safeguard.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Version order: numbers by value, text by text, and the laws a comparator keeps. */
class VersionOrderProperties {
  private static final VersionOrder ORDER = VersionOrder.INSTANCE;

  @Provide
  Arbitrary<String> versions() {
    return Arbitraries.strings().withChars("0123456789.-abz").ofMinLength(1).ofMaxLength(12);
  }

  /** The order as first written, with a regular expression: the hand-written one must agree with it. */
  private static int byRegex(String a, String b) {
    Pattern part = Pattern.compile("\\d+|\\D+");
    Matcher x = part.matcher(a);
    Matcher y = part.matcher(b);
    while (x.find() && y.find()) {
      String p = x.group();
      String q = y.group();
      int c = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0))
          ? new BigInteger(p).compareTo(new BigInteger(q)) : p.compareTo(q);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  @Property(tries = 2000)
  void agreesWithTheRegularExpressionItReplaces(@ForAll("versions") String a, @ForAll("versions") String b) {
    assertEquals(Integer.signum(byRegex(a, b)), Integer.signum(ORDER.compare(a, b)));
  }

  @Property(tries = 1000)
  void isAntisymmetric(@ForAll("versions") String a, @ForAll("versions") String b) {
    assertEquals(Integer.signum(ORDER.compare(a, b)), -Integer.signum(ORDER.compare(b, a)));
  }

  @Property(tries = 1000)
  void isTransitive(@ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
    if (ORDER.compare(a, b) <= 0 && ORDER.compare(b, c) <= 0) {
      assertTrue(ORDER.compare(a, c) <= 0, a + " " + b + " " + c);
    }
  }

  @Test
  void numbersCompareByValueNotByText() {
    assertTrue(ORDER.compare("2009", "2014") < 0);
    assertTrue(ORDER.compare("1.9", "1.10") < 0);
    assertTrue(ORDER.compare("2.0-beta", "2.0") > 0, "a longer version with the same runs comes later");
  }
}
