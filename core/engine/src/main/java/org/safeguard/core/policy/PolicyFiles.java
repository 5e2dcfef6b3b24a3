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

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.safeguard.core.internal.IndexFiles;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ThresholdPolicy;

/**
 * Reads threshold policies written as data: a county's bands and MARAC numbers in a properties
 * file, or the same keys nested in JSON. Every form goes through one reader of the keys, so a key
 * means the same wherever it is written, and a key the reader does not know is refused rather than
 * ignored. The engine reads the policy files plugins ship this way; call these directly to check a
 * county's file before it is deployed.
 */
public final class PolicyFiles {
  /**
   * Where a jar lists the threshold policies it ships as configuration: one class path resource a
   * line, {@code #} starting a comment. Keep the files themselves outside any Java package (under
   * {@code META-INF/safeguard/policies/}, say), where the module path does not hide them.
   */
  public static final String INDEX = "META-INF/safeguard/threshold-policies";

  /**
   * The most bytes a policy file may hold: 1 MiB, some hundreds of times what a county's
   * policy needs. A longer file, resource or text is refused without being read past the limit.
   */
  public static final int MAX_FILE_BYTES = 1024 * 1024;

  /** The most characters a key or a value of a policy may have, in either form. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /**
   * How deep the objects of a JSON policy may nest: the deepest key a policy knows takes four
   * levels ({@code service.<agency>.<instrument-id>.minimum-score}).
   */
  public static final int MAX_NESTING_DEPTH = 16;

  private PolicyFiles() {}

  /**
   * The policy files every {@value #INDEX} the loader sees lists, in order.
   *
   * @param loader the class loader whose jars to look in
   * @return the class path resource names, each once
   * @throws java.io.UncheckedIOException when an index cannot be read
   */
  public static List<String> listed(ClassLoader loader) {
    MissingValueException.require("loader", loader);
    try {
      return List.copyOf(IndexFiles.read(loader, INDEX).keySet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
   * @param properties the policy's keys and values
   * @param source names the file or resource in error messages
   * @return the policy
   * @throws PolicyFormatException naming the source, the key, the value and the rule
   */
  public static ThresholdPolicy fromProperties(Properties properties, String source) {
    MissingValueException.require("properties", properties);
    MissingValueException.require("source", source);
    return PolicyPropertiesReader.read(properties, source);
  }

  /**
   * Reads a policy from a file (UTF-8): JSON when the name ends in {@code .json}, properties
   * otherwise. The JSON form nests the same keys: {@code {"id": "county", "bands":
   * {"safelives-dash-ric": {"high": "14+"}}, "marac": {"escalation": {"incidents": 3}}}}.
   *
   * @param file the policy file
   * @return the policy
   * @throws PolicyFormatException naming the file, the key, the value and the rule, when the file
   *     is missing, cannot be read or is not a valid policy
   */
  public static ThresholdPolicy read(Path file) {
    if (file == null) {
      throw new MissingValueException("file", "a policy file is required");
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

  /**
   * Reads a policy from its JSON form; see {@link #read(Path)}.
   *
   * @param json the policy as a JSON object
   * @param source names the file or resource in error messages
   * @return the policy
   * @throws PolicyFormatException naming the source, the key, the line and column or the value, and
   *     the rule
   */
  public static ThresholdPolicy fromJson(String json, String source) {
    MissingValueException.require("json", json);
    MissingValueException.require("source", source);
    return fromProperties(PolicyJsonReader.flatten(json, source), source);
  }

  private static ThresholdPolicy parse(String text, String source, boolean json) {
    if (json) {
      return fromJson(text, source);
    }
    try {
      Properties properties = new Properties();
      properties.load(new StringReader(text));
      return fromProperties(properties, source);
    } catch (IOException | IllegalArgumentException e) {
      throw new PolicyFormatException(source, "file", source, "cannot be read as a properties file: " + e.getMessage());
    }
  }

  /**
   * Reads a policy from a resource on the class path of {@code loader}: JSON when it ends in
   * {@code .json}, properties otherwise.
   *
   * @param loader the class loader to find the resource with
   * @param resource the resource's name, such as one {@link #listed(ClassLoader)} returns
   * @return the policy
   * @throws PolicyFormatException naming the resource, the key, the value and the rule, when the
   *     resource is missing, cannot be read or is not a valid policy
   */
  public static ThresholdPolicy readResource(ClassLoader loader, String resource) {
    if (loader == null || resource == null) {
      throw new MissingValueException(loader == null ? "loader" : "resource", "is required");
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
