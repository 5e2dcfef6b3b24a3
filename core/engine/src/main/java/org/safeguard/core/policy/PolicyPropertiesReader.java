package org.safeguard.core.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguard.model.Agency;
import org.safeguard.model.Band;
import org.safeguard.model.BandTable;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MaracParameters;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ServiceThreshold;
import org.safeguard.model.StableId;
import org.safeguard.model.ThresholdPolicy;

/** Turns the properties form of a threshold policy into a {@link ThresholdPolicy}. */
final class PolicyPropertiesReader {
  private static final Pattern BAND_KEY = Pattern.compile("bands\\.([a-z0-9]+(?:-[a-z0-9]+)*)(?:@([a-z]+(?:-[a-z]+)*))?\\.([a-z]+)");
  private static final Pattern SERVICE_KEY = Pattern.compile("service\\.([a-z]+(?:-[a-z]+)*)\\.([a-z0-9]+(?:-[a-z0-9]+)*)\\.minimum-score");
  private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*(?:-\\s*(\\d+)|\\+)");

  private PolicyPropertiesReader() {}

  static ThresholdPolicy read(Properties properties, String source) {
    Map<String, Map<RiskLevel, Band>> bands = new TreeMap<>();
    Map<String, Map<RiskLevel, Band>> agencyBands = new TreeMap<>();
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
        case "marac.minimum-age":
          marac.minimumAge(positiveInt(source, key, value));
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
        default:
          Matcher service = SERVICE_KEY.matcher(key);
          if (service.matches()) {
            policy.addServiceThresholds(ServiceThreshold.of(agency(source, key, service.group(1)), service.group(2),
                nonNegativeInt(source, key, value)));
            break;
          }
          Matcher m = BAND_KEY.matcher(key);
          if (!m.matches()) {
            throw new PolicyFormatException(source, key, value,
                "unknown key; expected id, version, family, description, effective-from, effective-until, "
                    + "bands.<instrument-id>[@<agency>].<standard|medium|high>, service.<agency>.<instrument-id>.minimum-score or marac.*");
          }
          RiskLevel level = level(source, key, m.group(3), value);
          String table = m.group(2) == null ? m.group(1) : m.group(1) + "@" + agency(source, key, m.group(2)).name();
          (m.group(2) == null ? bands : agencyBands).computeIfAbsent(table, k -> new EnumMap<>(RiskLevel.class))
              .put(level, band(source, key, level, value));
      }
    }
    if (!hasId) {
      throw new PolicyFormatException(source, "id", "(missing)", "every policy has an id");
    }
    if (!hasVersion) {
      throw new PolicyFormatException(source, "version", "(missing)", "every policy has a version");
    }
    if (bands.isEmpty() && agencyBands.isEmpty()) {
      throw new PolicyFormatException(source, "bands", "(missing)", "a policy sets bands for at least one instrument");
    }
    try {
      for (Map.Entry<String, Map<RiskLevel, Band>> e : bands.entrySet()) {
        policy.putBands(e.getKey(), BandTable.of(e.getKey(), ordered(e.getValue())));
      }
      for (Map.Entry<String, Map<RiskLevel, Band>> e : agencyBands.entrySet()) {
        String[] parts = e.getKey().split("@");
        policy.addAgencyBands(BandTable.forAgency(parts[0], Agency.valueOf(parts[1]), ordered(e.getValue())));
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

  private static List<Band> ordered(Map<RiskLevel, Band> byLevel) {
    List<Band> ordered = new ArrayList<>(byLevel.values());
    ordered.sort(Comparator.comparingInt(Band::lower));
    return ordered;
  }

  private static Agency agency(String source, String key, String word) {
    try {
      return Agency.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new PolicyFormatException(source, key, word, "not an agency; agencies are " + java.util.Arrays.toString(Agency.values())
          .toLowerCase(Locale.ROOT).replace('_', '-'));
    }
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
    Matcher m = RANGE.matcher(value);
    if (!m.matches()) {
      throw new PolicyFormatException(source, key, value, "a band is written lower-upper (10-13) or lower+ for the top band (14+)");
    }
    try {
      int lower = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return Band.from(level, lower);
      }
      return Band.of(level, lower, Integer.parseInt(m.group(2)));
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
