package org.safeguard.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.immutables.value.Value;

/**
 * Local thresholds as data: the score bands for each instrument the policy covers and the MARAC
 * parameters. A county sets its own in a properties file (see {@link #fromProperties}) without
 * writing code.
 */
@Value.Immutable
@ModelStyle
public abstract class ThresholdPolicy {
  /** Stable id, for example {@code safelives} or {@code hertfordshire-2014}. */
  public abstract String id();

  public abstract String version();

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

  public static ImmutableThresholdPolicy.Builder builder() {
    return ImmutableThresholdPolicy.builder();
  }

  @Value.Check
  protected void check() {
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
   * <p>Unknown keys are refused rather than ignored, so a misspelt key cannot silently leave a
   * default in force.
   *
   * @param source names the file or resource in error messages
   * @throws PolicyFormatException naming the source, the key, the value and the rule
   */
  public static ThresholdPolicy fromProperties(Properties properties, String source) {
    return PolicyPropertiesReader.read(properties, source);
  }

  /** Reads a policy from a properties file (UTF-8). */
  public static ThresholdPolicy read(Path file) {
    String source = String.valueOf(file);
    if (!Files.isRegularFile(file)) {
      throw new PolicyFormatException(source, "file", file, "no such file");
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties properties = new Properties();
      properties.load(reader);
      return fromProperties(properties, source);
    } catch (IOException | IllegalArgumentException e) {
      throw new PolicyFormatException(source, "file", file, "cannot be read as a properties file: " + e);
    }
  }

  /** Reads a policy from a properties resource on the class path of {@code loader}. */
  public static ThresholdPolicy readResource(ClassLoader loader, String resource) {
    String source = "classpath:" + resource;
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new PolicyFormatException(source, "resource", resource, "no such resource on the class path");
      }
      Properties properties = new Properties();
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return fromProperties(properties, source);
    } catch (IOException | IllegalArgumentException e) {
      throw new PolicyFormatException(source, "resource", resource, "cannot be read as a properties file: " + e);
    }
  }
}
