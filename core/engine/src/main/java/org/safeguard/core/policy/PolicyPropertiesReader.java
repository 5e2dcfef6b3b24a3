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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.Agency;
import org.safeguard.model.Band;
import org.safeguard.model.BandTable;
import org.safeguard.model.CompletenessRule;
import org.safeguard.model.IncidentType;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MaracParameters;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ServiceThreshold;
import org.safeguard.model.StableId;
import org.safeguard.model.ThresholdPolicy;

/** Turns the properties form of a threshold policy into a {@link ThresholdPolicy}. */
final class PolicyPropertiesReader {
  private static final String BANDS = "bands.";
  private static final String SERVICE = "service.";
  private static final String MINIMUM_SCORE = ".minimum-score";
  private static final String COMPLETENESS = "completeness.";

  private PolicyPropertiesReader() {}

  static ThresholdPolicy read(Properties properties, String source) {
    Map<String, Map<RiskLevel, Band>> bands = new TreeMap<>();
    Map<String, Map<RiskLevel, Band>> agencyBands = new TreeMap<>();
    Map<String, CompletenessRule.Builder> completeness = new TreeMap<>();
    MaracParameters.Builder marac = MaracParameters.builder();
    ThresholdPolicy.Builder policy = ThresholdPolicy.builder();
    boolean hasId = false;
    boolean hasVersion = false;
    for (String key : new TreeMap<>(toMap(properties)).keySet()) {
      String value = properties.getProperty(key).trim();
      switch (key) {
        case "id":
          if (!StableId.isValid(value)) {
            throw new PolicyFormatException(source, key, value, "a policy id is lower-case letters and digits joined by hyphens");
          }
          policy.id(value);
          hasId = true;
          break;
        case "version":
          if (value.isEmpty()) {
            throw new PolicyFormatException(source, key, value, "must not be blank");
          }
          policy.version(value);
          hasVersion = true;
          break;
        case "description":
          policy.description(value);
          break;
        case "family":
          if (!StableId.isValid(value)) {
            throw new PolicyFormatException(source, key, value, "a policy family is lower-case letters and digits joined by hyphens");
          }
          policy.family(value);
          break;
        case "effective-from":
          policy.effectiveFrom(date(source, key, value));
          break;
        case "effective-until":
          policy.effectiveUntil(date(source, key, value));
          break;
        case "marac.medium-risk.band":
          Band medium = band(source, key, RiskLevel.MEDIUM, value);
          if (medium.upper().isEmpty()) {
            throw new PolicyFormatException(source, key, value, "the medium-risk band has both ends, for example 10-13");
          }
          marac.mediumRiskMarac(medium);
          break;
        case "marac.medium-risk.instrument":
          if (!StableId.isValid(value)) {
            throw new PolicyFormatException(source, key, value, "an instrument id is lower-case letters and digits joined by hyphens");
          }
          marac.mediumRiskInstrument(value);
          break;
        case "marac.minimum-age":
          marac.minimumAge(positiveInt(source, key, value));
          break;
        case "bands.read-as":
          if (!value.equals("risk-levels") && !value.equals("high-risk-threshold")) {
            throw new PolicyFormatException(source, key, value, "risk-levels (the default) or high-risk-threshold");
          }
          policy.highRiskThresholdOnly(value.equals("high-risk-threshold"));
          break;
        case "sharing.without-consent-from":
          policy.sharingWithoutConsentFrom(word(RiskLevel.class, "a risk level", source, key, value));
          break;
        case "marac.adult-age":
          marac.adultAge(positiveInt(source, key, value));
          break;
        case "marac.escalation.incidents":
          marac.escalationIncidents(positiveInt(source, key, value));
          break;
        case "marac.escalation.window-months":
          marac.escalationWindowMonths(positiveInt(source, key, value));
          break;
        case "marac.repeat.window-months":
          marac.repeatWindowMonths(positiveInt(source, key, value));
          break;
        case "marac.repeat.incident-types":
          marac.repeatIncidentTypes(incidentTypes(source, key, value));
          break;
        default:
          String[] service = serviceKey(key);
          if (service != null) {
            policy.addServiceThresholds(ServiceThreshold.of(agency(source, key, service[0]), service[1],
                nonNegativeInt(source, key, value)));
            break;
          }
          String[] rule = completenessKey(key);
          if (rule != null) {
            CompletenessRule.Builder builder = completeness.get(rule[0]);
            if (builder == null) {
              builder = CompletenessRule.builder().instrumentId(rule[0]);
              completeness.put(rule[0], builder);
            }
            if (rule[1].equals("minimum-answered")) {
              builder.minimumAnswered(positiveInt(source, key, value));
            } else {
              builder.notKnownLimit(positiveInt(source, key, value));
            }
            break;
          }
          BandKey band = bandKey(key);
          if (band == null) {
            throw new PolicyFormatException(source, key, value,
                "unknown key; expected id, version, family, description, effective-from, effective-until, "
                    + "bands.<instrument-id>[@<agency>].<standard|medium|high>, bands.read-as, "
                    + "service.<agency>.<instrument-id>.minimum-score, "
                    + "completeness.<instrument-id>.<minimum-answered|not-known-limit>, sharing.without-consent-from or marac.*");
          }
          RiskLevel level = level(source, key, band.level(), value);
          String agency = band.agency();
          String table = agency == null ? band.instrument() : band.instrument() + "@" + agency(source, key, agency).name();
          Map<String, Map<RiskLevel, Band>> tables = agency == null ? bands : agencyBands;
          Map<RiskLevel, Band> levels = tables.get(table);
          if (levels == null) {
            levels = new EnumMap<>(RiskLevel.class);
            tables.put(table, levels);
          }
          levels.put(level, band(source, key, level, value));
      }
    }
    if (!hasId) {
      throw PolicyFormatException.stating(source, "id", "(missing)", "every policy has an id");
    }
    if (!hasVersion) {
      throw PolicyFormatException.stating(source, "version", "(missing)", "every policy has a version");
    }
    if (bands.isEmpty() && agencyBands.isEmpty()) {
      throw PolicyFormatException.stating(source, "bands", "(missing)", "a policy sets bands for at least one instrument");
    }
    try {
      for (Map.Entry<String, Map<RiskLevel, Band>> e : bands.entrySet()) {
        policy.putBands(e.getKey(), BandTable.of(e.getKey(), ordered(e.getValue())));
      }
      for (Map.Entry<String, Map<RiskLevel, Band>> e : agencyBands.entrySet()) {
        String[] parts = e.getKey().split("@");
        policy.addAgencyBands(BandTable.forAgency(parts[0], Agency.valueOf(parts[1]), ordered(e.getValue())));
      }
      for (CompletenessRule.Builder rule : completeness.values()) {
        policy.addCompleteness(rule.build());
      }
    } catch (PolicyFormatException malformed) {
      throw malformed;
    } catch (InvalidInputException invalid) {
      throw new PolicyFormatException(source, invalid.field(), invalid.value(), invalid.rule());
    }
    try {
      return policy.marac(marac.build()).build();
    } catch (InvalidInputException invalid) {
      throw new PolicyFormatException(source, invalid.field(), invalid.value(), invalid.rule());
    }
  }

  /** The parts of a band key, {@code bands.<instrument>[@<agency>].<level>}; no agency for a general table. */
  record BandKey(String instrument, @Nullable String agency, String level) {}

  /** A band's range: its lower end, and its upper end, which an open top band has not. */
  record Range(String lower, @Nullable String upper) {}

  /**
   * Splits {@code bands.<instrument-id>[@<agency>].<level>} into instrument id, agency (or null)
   * and level word; null when the key is not of that form. An instrument id is lower-case letters
   * and digits joined by hyphens, an agency lower-case words joined by hyphens, a level one word.
   */
  static @Nullable BandKey bandKey(String key) {
    if (!key.startsWith(BANDS)) {
      return null;
    }
    int lastDot = key.lastIndexOf('.');
    if (lastDot == BANDS.length() - 1) {
      // the prefix's own dot is the last: no table, only a level
      return null;
    }
    String table = key.substring(BANDS.length(), lastDot);
    String level = key.substring(lastDot + 1);
    int at = table.indexOf('@');
    boolean general = at == -1;
    String instrument = general ? table : table.substring(0, at);
    String agency = general ? null : table.substring(at + 1);
    if (!StableId.isValid(instrument) || (agency != null && !isWords(agency)) || !isLetters(level)) {
      return null;
    }
    // interned, as the ids plugins write as constants are: matching a table to its instrument is then
    // an identity check on every assessment
    return new BandKey(instrument.intern(), agency, level);
  }

  /**
   * Splits {@code completeness.<instrument-id>.<minimum-answered|not-known-limit>} into instrument id
   * and limit; null when the key is not of that form.
   */
  static String @Nullable [] completenessKey(String key) {
    if (!key.startsWith(COMPLETENESS)) {
      return null;
    }
    int lastDot = key.lastIndexOf('.');
    if (lastDot <= COMPLETENESS.length()) {
      return null;
    }
    String instrument = key.substring(COMPLETENESS.length(), lastDot);
    String limit = key.substring(lastDot + 1);
    if (!StableId.isValid(instrument) || !(limit.equals("minimum-answered") || limit.equals("not-known-limit"))) {
      return null;
    }
    return new String[] {instrument, limit};
  }

  /**
   * Splits {@code service.<agency>.<instrument-id>.minimum-score} into agency and instrument id;
   * null when the key is not of that form.
   */
  static String @Nullable [] serviceKey(String key) {
    if (!key.startsWith(SERVICE) || !key.endsWith(MINIMUM_SCORE) || key.length() <= SERVICE.length() + MINIMUM_SCORE.length()) {
      return null;
    }
    String middle = key.substring(SERVICE.length(), key.length() - MINIMUM_SCORE.length());
    int dot = middle.indexOf('.');
    if (dot < 0) {
      return null;
    }
    String agency = middle.substring(0, dot);
    String instrument = middle.substring(dot + 1);
    return isWords(agency) && StableId.isValid(instrument) ? new String[] {agency, instrument} : null;
  }

  /** Lower-case letters, at least one. */
  private static boolean isLetters(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < 'a' || s.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  /** Lower-case words joined by single hyphens, as agencies are written. */
  private static boolean isWords(String s) {
    if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 'a' || c > 'z') && (c != '-' || s.charAt(i - 1) == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a band's range, {@code lower-upper} or {@code lower+}, spaces allowed around the hyphen
   * and before the plus; null when the value is not of that form.
   *
   * @return the lower end and the upper end, which is null for an open top band; null when not a range
   */
  static @Nullable Range range(String value) {
    int i = digitsEnd(value, 0);
    if (i == 0) {
      return null;
    }
    String lower = value.substring(0, i);
    i = spacesEnd(value, i);
    if (i == value.length() - 1 && value.charAt(i) == '+') {
      return new Range(lower, null);
    }
    if (i >= value.length() || value.charAt(i) != '-') {
      return null;
    }
    int from = spacesEnd(value, i + 1);
    int end = digitsEnd(value, from);
    return end > from && end == value.length() ? new Range(lower, value.substring(from, end)) : null;
  }

  private static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** Past the whitespace a regular expression's {@code \s} matches: space, tab, line breaks, form feed. */
  private static int spacesEnd(String s, int from) {
    int i = from;
    while (i < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static List<Band> ordered(Map<RiskLevel, Band> byLevel) {
    List<Band> ordered = new ArrayList<>(byLevel.values());
    ordered.sort(BY_LOWER_END);
    return ordered;
  }

  private static final Comparator<Band> BY_LOWER_END = new Comparator<>() {
    @Override
    public int compare(Band a, Band b) {
      return Integer.compare(a.lower(), b.lower());
    }
  };

  private static Agency agency(String source, String key, String word) {
    return word(Agency.class, "an agency", source, key, word);
  }

  /** {@code any}, or incident types written as words and separated by commas: {@code violence-or-threats, sexual-abuse}. */
  private static Set<IncidentType> incidentTypes(String source, String key, String value) {
    if (value.equals("any")) {
      return EnumSet.allOf(IncidentType.class);
    }
    Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
    for (String word : value.split(",", -1)) {
      types.add(word(IncidentType.class, "an incident type (or the single word any)", source, key, word.strip()));
    }
    return types;
  }

  /** The constant a policy names by its words in lower case joined by hyphens, such as {@code idva-service}. */
  private static <E extends Enum<E>> E word(Class<E> type, String what, String source, String key, String word) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(word)) {
        return constant;
      }
    }
    throw new PolicyFormatException(source, key, word, "not " + what + "; the words are " + java.util.Arrays.toString(type.getEnumConstants())
        .toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  private static java.time.LocalDate date(String source, String key, String value) {
    try {
      return java.time.LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new PolicyFormatException(source, key, value, "a date is written yyyy-mm-dd");
    }
  }

  private static int nonNegativeInt(String source, String key, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new PolicyFormatException(source, key, value, "must be a whole number of 0 or more");
  }

  private static Map<String, String> toMap(Properties properties) {
    Map<String, String> map = new TreeMap<>();
    for (String name : properties.stringPropertyNames()) {
      map.put(name, properties.getProperty(name));
    }
    return map;
  }

  private static RiskLevel level(String source, String key, String word, String value) {
    try {
      return RiskLevel.valueOf(word.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PolicyFormatException(source, key, value, "the band name must be standard, medium or high");
    }
  }

  private static Band band(String source, String key, RiskLevel level, String value) {
    Range range = range(value);
    if (range == null) {
      throw new PolicyFormatException(source, key, value, "a band is written lower-upper (10-13) or lower+ for the top band (14+)");
    }
    try {
      int lower = Integer.parseInt(range.lower());
      String upper = range.upper();
      if (upper == null) {
        return Band.from(level, lower);
      }
      return Band.of(level, lower, Integer.parseInt(upper));
    } catch (NumberFormatException e) {
      throw new PolicyFormatException(source, key, value, "band ends must be whole numbers");
    } catch (InvalidInputException invalid) {
      throw new PolicyFormatException(source, key, value, invalid.rule());
    }
  }

  private static int positiveInt(String source, String key, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n < 1) {
        throw new PolicyFormatException(source, key, value, "must be a whole number of 1 or more");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new PolicyFormatException(source, key, value, "must be a whole number of 1 or more");
    }
  }
}
