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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
   * marac.repeat.incident-types=violence-or-threats, stalking-or-harassment, sexual-abuse
   *                                            # the incident types that make a repeat; "any" by default
   * </pre>
   *
   * <p>Unknown keys are refused rather than ignored, so a misspelt key cannot silently leave a
   * default in force.
   *
   * @param properties the policy's keys and values: text, each at most {@value #MAX_TEXT_LENGTH}
   *     characters, at most {@value #MAX_FILE_BYTES} characters in all
   * @param source names the file or resource in error messages
   * @return the policy
   * @throws PolicyFormatException naming the source, the key and the rule (the value is kept in
   *     {@link PolicyFormatException#value()}, never in the message)
   */
  public static ThresholdPolicy fromProperties(Properties properties, String source) {
    MissingValueException.require("properties", properties);
    MissingValueException.require("source", source);
    refuseIfTooLarge(properties, source);
    return PolicyPropertiesReader.read(properties, source);
  }

  /**
   * Holds properties built in code to the limits a file has: only text keys and values (any other
   * would be skipped by the reader, leaving a default in force unseen), none longer than
   * {@value #MAX_TEXT_LENGTH} characters, and no more than {@value #MAX_FILE_BYTES} characters in all.
   */
  private static void refuseIfTooLarge(Properties properties, String source) {
    long total = 0;
    for (Map.Entry<Object, Object> e : properties.entrySet()) {
      if (!(e.getKey() instanceof String) || !(e.getValue() instanceof String)) {
        throw new PolicyFormatException(source, String.valueOf(e.getKey()), e.getValue(), "a policy's keys and values are text (String)");
      }
      String key = (String) e.getKey();
      String value = (String) e.getValue();
      if (key.length() > MAX_TEXT_LENGTH || value.length() > MAX_TEXT_LENGTH) {
        throw new PolicyFormatException(source, key, value, "a key or value in a policy is at most " + MAX_TEXT_LENGTH + " characters");
      }
      total += key.length() + value.length() + 2;
      if (total > MAX_FILE_BYTES) {
        throw tooLarge(source, "properties");
      }
    }
  }

  /**
   * Reads a policy from a file (UTF-8): JSON when the name ends in {@code .json}, properties
   * otherwise. The JSON form nests the same keys: {@code {"id": "county", "version": "1", "bands":
   * {"safelives-dash-ric": {"standard": "0-13", "high": "14+"}}, "marac": {"escalation":
   * {"incidents": 3}}}}. Only the first {@value #MAX_FILE_BYTES} bytes are ever read: a longer file
   * is refused without being loaded.
   *
   * @param file the policy file
   * @return the policy
   * @throws PolicyFormatException naming the file, the key and the rule, when the file is missing,
   *     is a directory, cannot be read, is too large or is not a valid policy
   */
  public static ThresholdPolicy read(Path file) {
    if (file == null) {
      throw new MissingValueException("file", "a policy file is required");
    }
    String source = String.valueOf(file);
    if (Files.isDirectory(file)) {
      throw PolicyFormatException.stating(source, "file", file, "is a directory; name a policy file in it");
    }
    if (!Files.exists(file)) {
      throw PolicyFormatException.stating(source, "file", file, "no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw PolicyFormatException.stating(source, "file", file, "is not a regular file");
    }
    String text;
    try (InputStream in = Files.newInputStream(file)) {
      text = bounded(in, source, "file");
    } catch (IOException e) {
      throw PolicyFormatException.stating(source, "file", file, "cannot be read: " + e);
    }
    return parse(text, source, source.endsWith(".json"));
  }

  /**
   * Reads a policy from its JSON form; see {@link #read(Path)}.
   *
   * @param json the policy as a JSON object, at most {@value #MAX_FILE_BYTES} bytes in UTF-8
   * @param source names the file or resource in error messages
   * @return the policy
   * @throws PolicyFormatException naming the source, the key, the line and column, and the rule
   */
  public static ThresholdPolicy fromJson(String json, String source) {
    MissingValueException.require("json", json);
    MissingValueException.require("source", source);
    refuseIfTooLarge(json, source, "json");
    return fromProperties(PolicyJsonReader.flatten(json, source), source);
  }

  /**
   * Reads a policy from the text of a properties file, as {@link Properties#load(java.io.Reader)}
   * reads it; see {@link #fromProperties(Properties, String)} for the keys. A key given twice is
   * refused, as it is in JSON, rather than the last one quietly winning.
   *
   * @param text the policy in the properties form, at most {@value #MAX_FILE_BYTES} bytes in UTF-8
   * @param source names the file or resource in error messages
   * @return the policy
   * @throws PolicyFormatException naming the source, the key and the rule
   */
  public static ThresholdPolicy fromPropertiesText(String text, String source) {
    MissingValueException.require("text", text);
    MissingValueException.require("source", source);
    refuseIfTooLarge(text, source, "text");
    Properties properties = new OnceEach(source);
    try {
      properties.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      // the JDK's own message names the broken escape, never the text around it
      throw PolicyFormatException.stating(source, "text", "(not read)", "cannot be read as a properties file: " + e.getMessage());
    }
    return fromProperties(properties, source);
  }

  private static ThresholdPolicy parse(String text, String source, boolean json) {
    return json ? fromJson(text, source) : fromPropertiesText(text, source);
  }

  /**
   * Properties that refuse a key given twice. {@link Properties#load(java.io.Reader)} puts each key
   * it reads, in order, so the second put of a key is the file giving it again.
   */
  private static final class OnceEach extends Properties {
    private static final long serialVersionUID = 1L;
    private final String source;

    OnceEach(String source) {
      this.source = source;
    }

    @Override
    public synchronized Object put(Object key, Object value) {
      if (containsKey(key)) {
        throw new PolicyFormatException(source, String.valueOf(key), value, "a key appears once in a policy; it is given twice");
      }
      return super.put(key, value);
    }
  }

  /**
   * Reads at most one byte more than the limit, so a file of any size costs at most that much
   * memory, and decodes it as UTF-8, refusing bytes that are not.
   */
  private static String bounded(InputStream in, String source, String key) throws IOException {
    byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      throw tooLarge(source, key);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw PolicyFormatException.stating(source, key, "(not UTF-8)", "a policy file is UTF-8 text");
    }
    // a byte order mark, as some editors write, is not part of the first key
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static void refuseIfTooLarge(String text, String source, String key) {
    // a char is one to three bytes in UTF-8 (a surrogate pair four for two chars); the count stops
    // once past the limit, so a string of any length costs at most a megabyte's worth of chars
    long bytes = 0;
    for (int i = 0; i < text.length() && bytes <= MAX_FILE_BYTES; i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    if (bytes > MAX_FILE_BYTES) {
      throw tooLarge(source, key);
    }
  }

  private static PolicyFormatException tooLarge(String source, String key) {
    return PolicyFormatException.stating(source, key, "more than " + MAX_FILE_BYTES + " bytes",
        "a policy file is at most " + MAX_FILE_BYTES + " bytes (1 MiB)");
  }

  /**
   * Reads a policy from a resource on the class path of {@code loader}: JSON when it ends in
   * {@code .json}, properties otherwise.
   *
   * @param loader the class loader to find the resource with
   * @param resource the resource's name, such as one {@link #listed(ClassLoader)} returns
   * @return the policy
   * @throws PolicyFormatException naming the resource, the key and the rule, when the resource is
   *     missing, cannot be read, holds more than {@value #MAX_FILE_BYTES} bytes or is not a valid
   *     policy
   */
  public static ThresholdPolicy readResource(ClassLoader loader, String resource) {
    if (loader == null || resource == null) {
      throw new MissingValueException(loader == null ? "loader" : "resource", "is required");
    }
    String source = "classpath:" + resource;
    String text;
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw PolicyFormatException.stating(source, "resource", resource, "no such resource on the class path");
      }
      text = bounded(in, source, "resource");
    } catch (IOException e) {
      throw PolicyFormatException.stating(source, "resource", resource, "cannot be read: " + e);
    }
    return parse(text, source, resource.endsWith(".json"));
  }
}
