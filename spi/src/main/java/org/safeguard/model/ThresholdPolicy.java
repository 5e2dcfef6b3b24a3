package org.safeguard.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.immutables.value.Value;

/**
 * Local thresholds as data: the score bands for each instrument the policy covers (for every
 * agency, or for one), the scores from which services take cases, the MARAC parameters, and the
 * dates the policy was in force. A county sets its own in a properties file (see {@link
 * #fromProperties}) without writing code; successive policies of one county share a family and
 * differ in their dates.
 */
@Value.Immutable
@ModelStyle
public abstract class ThresholdPolicy {
  /** Stable id, for example {@code safelives} or {@code hertfordshire-2014}. */
  public abstract String id();

  public abstract String version();

  /** Policies that replace one another over time share a family, for example {@code hertfordshire}; defaults to the id. */
  @Value.Default
  public String family() {
    return id();
  }

  /** The first day the policy is in force; empty when it has always been. */
  public abstract Optional<LocalDate> effectiveFrom();

  /** The last day the policy is in force; empty when it still is. */
  public abstract Optional<LocalDate> effectiveUntil();

  /** Whether the policy is in force on a date. */
  public boolean inForceOn(LocalDate date) {
    return (effectiveFrom().isEmpty() || !date.isBefore(effectiveFrom().get()))
        && (effectiveUntil().isEmpty() || !date.isAfter(effectiveUntil().get()));
  }

  /** Bands for one agency, which take precedence over {@link #bands()} for that agency's assessments. */
  public abstract List<BandTable> agencyBands();

  /** Scores from which services take cases. */
  public abstract List<ServiceThreshold> serviceThresholds();

  /** One line saying whose policy this is and where its numbers come from. */
  @Value.Default
  public String description() {
    return "";
  }

  /** Band tables by instrument id. */
  public abstract Map<String, BandTable> bands();

  @Value.Default
  public MaracParameters marac() {
    return MaracParameters.defaults();
  }

  /** The bands for an instrument, if this policy covers it. */
  public Optional<BandTable> bandsFor(String instrumentId) {
    return Optional.ofNullable(bands().get(instrumentId));
  }

  /** The bands for an instrument as one agency applies them: its own if the policy sets them, otherwise the general ones. */
  public Optional<BandTable> bandsFor(String instrumentId, Optional<Agency> agency) {
    if (agency.isPresent()) {
      for (BandTable table : agencyBands()) {
        if (table.instrumentId().equals(instrumentId) && table.agency().equals(agency)) {
          return Optional.of(table);
        }
      }
    }
    return bandsFor(instrumentId);
  }

  /** The score from which a service takes a case on an instrument, if the policy sets one. */
  public Optional<ServiceThreshold> serviceThreshold(Agency service, String instrumentId) {
    return serviceThresholds().stream()
        .filter(t -> t.service() == service && t.instrumentId().equals(instrumentId))
        .findFirst();
  }

  public static ImmutableThresholdPolicy.Builder builder() {
    return ImmutableThresholdPolicy.builder();
  }

  @Value.Check
  protected void check() {
    if (effectiveFrom().isPresent() && effectiveUntil().isPresent() && effectiveUntil().get().isBefore(effectiveFrom().get())) {
      throw new InvalidInputException("effective-until", effectiveUntil().get(), "cannot be before effective-from " + effectiveFrom().get());
    }
    for (BandTable table : agencyBands()) {
      if (table.agency().isEmpty()) {
        throw new InvalidInputException("agencyBands." + table.instrumentId(), "(no agency)", "agency bands name their agency");
      }
    }
    for (Map.Entry<String, BandTable> e : bands().entrySet()) {
      if (!e.getKey().equals(e.getValue().instrumentId())) {
        throw new InvalidInputException("bands." + e.getKey(), e.getValue().instrumentId(), "a band table is filed under its own instrument id");
      }
    }
  }

  /**
   * Reads a policy from properties. The keys:
   *
   * <pre>
   * id=county-example
   * version=2024.1
   * description=Example county thresholds
   * bands.safelives-dash-ric.standard=0-9
   * bands.safelives-dash-ric.medium=10-13
   * bands.safelives-dash-ric.high=14+
   * marac.minimum-age=16
   * marac.escalation.incidents=3
   * marac.escalation.window-months=12
   * marac.repeat.window-months=12
   * </pre>
   *
   * <p>and, where a county needs them:
   *
   * <pre>
   * family=county-example                      # policies that replace one another share a family
   * effective-from=2014-12-01                  # inclusive; leave out when always in force
   * effective-until=2019-03-31                 # inclusive; leave out while still in force
   * bands.acpo-dash@police.medium=8-13         # bands one agency applies (agency in lower case, hyphens)
   * service.idva-service.safelives-dash-ric.minimum-score=10
   * marac.medium-risk.band=10-13               # a local medium-risk MARAC, with consent
   * </pre>
   *
   * <p>Unknown keys are refused rather than ignored, so a misspelt key cannot silently leave a
   * default in force.
   *
   * @param source names the file or resource in error messages
   * @throws PolicyFormatException naming the source, the key, the value and the rule
   */
  public static ThresholdPolicy fromProperties(Properties properties, String source) {
    return PolicyPropertiesReader.read(properties, source);
  }

  /**
   * Reads a policy from a file (UTF-8): JSON when the name ends in {@code .json}, properties
   * otherwise. The JSON form nests the same keys: {@code {"id": "county", "bands":
   * {"safelives-dash-ric": {"high": "14+"}}, "marac": {"escalation": {"incidents": 3}}}}.
   */
  public static ThresholdPolicy read(Path file) {
    if (file == null) {
      throw new InvalidInputException("file", null, "a policy file is required");
    }
    String source = String.valueOf(file);
    if (!Files.isRegularFile(file)) {
      throw new PolicyFormatException(source, "file", file, "no such file");
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return parse(text, source, source.endsWith(".json"));
    } catch (IOException e) {
      throw new PolicyFormatException(source, "file", file, "cannot be read: " + e);
    }
  }

  /** Reads a policy from its JSON form; see {@link #read(Path)}. */
  public static ThresholdPolicy fromJson(String json, String source) {
    return fromProperties(PolicyJsonReader.flatten(json, source), source);
  }

  private static ThresholdPolicy parse(String text, String source, boolean json) {
    if (json) {
      return fromJson(text, source);
    }
    try {
      Properties properties = new Properties();
      properties.load(new java.io.StringReader(text));
      return fromProperties(properties, source);
    } catch (IOException | IllegalArgumentException e) {
      throw new PolicyFormatException(source, "file", source, "cannot be read as a properties file: " + e.getMessage());
    }
  }

  /** Reads a policy from a resource on the class path of {@code loader}: JSON when it ends in {@code .json}, properties otherwise. */
  public static ThresholdPolicy readResource(ClassLoader loader, String resource) {
    if (loader == null || resource == null) {
      throw new InvalidInputException(loader == null ? "loader" : "resource", null, "is required");
    }
    String source = "classpath:" + resource;
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new PolicyFormatException(source, "resource", resource, "no such resource on the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source, resource.endsWith(".json"));
    } catch (IOException e) {
      throw new PolicyFormatException(source, "resource", resource, "cannot be read: " + e);
    }
  }
}
