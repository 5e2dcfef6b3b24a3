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

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders version strings the way people read them: runs of digits compare as numbers, so
 * {@code 2009 < 2014} and {@code 1.9 < 1.10}; anything else compares as text, run by run.
 */
public final class VersionOrder implements Comparator<String> {
  /** The one instance; it holds no state. */
  public static final VersionOrder INSTANCE = new VersionOrder();

  private VersionOrder() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = runEnd(a, i);
      int endB = runEnd(b, j);
      String p = a.substring(i, endA);
      String q = b.substring(j, endB);
      int c;
      if (isDigit(p.charAt(0)) && isDigit(q.charAt(0))) {
        c = new BigInteger(p).compareTo(new BigInteger(q));
      } else {
        c = p.compareTo(q);
      }
      if (c != 0) {
        return c;
      }
      i = endA;
      j = endB;
    }
    return Integer.compare(a.length(), b.length());
  }

  /** ASCII digits only, as version strings write them. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Where the run of digits, or of non-digits, that starts at {@code from} ends. */
  private static int runEnd(String s, int from) {
    boolean digits = isDigit(s.charAt(from));
    int end = from + 1;
    while (end < s.length() && isDigit(s.charAt(end)) == digits) {
      end++;
    }
    return end;
  }
}
