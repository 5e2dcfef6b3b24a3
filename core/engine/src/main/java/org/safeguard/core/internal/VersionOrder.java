package org.safeguard.core.internal;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders version strings the way people read them: runs of digits compare as numbers, so
 * {@code 2009 < 2014} and {@code 1.9 < 1.10}; anything else compares as text.
 */
public final class VersionOrder implements Comparator<String> {
  public static final VersionOrder INSTANCE = new VersionOrder();
  private static final Pattern PART = Pattern.compile("\\d+|\\D+");

  private VersionOrder() {}

  @Override
  public int compare(String a, String b) {
    Matcher x = PART.matcher(a);
    Matcher y = PART.matcher(b);
    while (x.find() && y.find()) {
      String p = x.group();
      String q = y.group();
      int c;
      if (Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0))) {
        c = new java.math.BigInteger(p).compareTo(new java.math.BigInteger(q));
      } else {
        c = p.compareTo(q);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length(), b.length());
  }
}
