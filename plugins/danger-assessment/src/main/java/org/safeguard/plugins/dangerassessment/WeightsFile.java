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
package org.safeguard.plugins.dangerassessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds and reads the licence holder's weights: a properties file mapping every item id to a whole
 * number from 0 to {@value #MAX_WEIGHT}. Every rule is checked and the first broken one is
 * reported with the key at fault; nothing is guessed or defaulted.
 */
final class WeightsFile {
  /** Far above any real weight; keeps a sum of 24 weights well inside an int. */
  static final int MAX_WEIGHT = 1000;

  private static final String CLASSPATH = "classpath:";

  private WeightsFile() {}

  /**
   * The weights in item order, from the configured location or else the default resource.
   *
   * @param configured the {@code weights} configuration value, or null when not set
   * @param engineLoader the class loader the engine finds plugins with, searched first
   * @param pluginLoader the plugin's own class loader, searched after it
   */
  static int[] load(String configured, List<String> itemIds, ClassLoader engineLoader, ClassLoader pluginLoader) {
    if (configured == null) {
      List<URL> found = find(DangerAssessmentProvider.DEFAULT_WEIGHTS_RESOURCE, engineLoader, pluginLoader);
      if (found.isEmpty()) {
        throw new WeightsException(WeightsException.NONE, DangerAssessmentProvider.WEIGHTS_KEY, "(none supplied)",
            "the Danger Assessment weights are licensed and not shipped with this plugin; the licence holder supplies "
                + "a properties file mapping each of the " + itemIds.size() + " item ids to a whole-number weight, "
                + "either as the classpath resource " + DangerAssessmentProvider.DEFAULT_WEIGHTS_RESOURCE
                + " or where the provider's configuration points: Safeguard.builder().configure(\""
                + DangerAssessmentProvider.ID + "\", \"" + DangerAssessmentProvider.WEIGHTS_KEY
                + "\", \"classpath:<resource>\" or \"<file path>\")");
      }
      return fromResource(DangerAssessmentProvider.DEFAULT_WEIGHTS_RESOURCE, found, itemIds);
    }
    String location = configured.trim();
    if (location.startsWith(CLASSPATH)) {
      String resource = location.substring(CLASSPATH.length()).trim();
      while (resource.startsWith("/")) {
        resource = resource.substring(1);
      }
      if (resource.isEmpty()) {
        throw new WeightsException(location, DangerAssessmentProvider.WEIGHTS_KEY, configured, "names no resource after classpath:");
      }
      List<URL> found = find(resource, engineLoader, pluginLoader);
      if (found.isEmpty()) {
        throw new WeightsException(CLASSPATH + resource, DangerAssessmentProvider.WEIGHTS_KEY, configured, "no such resource on the class path");
      }
      return fromResource(resource, found, itemIds);
    }
    if (location.isEmpty()) {
      throw new WeightsException(WeightsException.NONE, DangerAssessmentProvider.WEIGHTS_KEY, configured,
          "give classpath:<resource> or a file path, or leave the key out to use " + DangerAssessmentProvider.DEFAULT_WEIGHTS_RESOURCE);
    }
    Path file;
    try {
      file = Path.of(location);
    } catch (InvalidPathException e) {
      throw new WeightsException(location, DangerAssessmentProvider.WEIGHTS_KEY, configured, "not a file path: " + e.getReason());
    }
    if (!Files.isRegularFile(file)) {
      throw new WeightsException(location, DangerAssessmentProvider.WEIGHTS_KEY, configured, "no such file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, location, itemIds);
    } catch (IOException e) {
      throw new WeightsException(location, DangerAssessmentProvider.WEIGHTS_KEY, configured, "cannot be read: " + e);
    }
  }

  private static int[] fromResource(String resource, List<URL> found, List<String> itemIds) {
    String source = CLASSPATH + resource;
    if (found.size() > 1) {
      throw new WeightsException(source, DangerAssessmentProvider.WEIGHTS_KEY, resource,
          "found more than once on the class path (" + found + "); keep one copy so that it is clear which weights apply");
    }
    try (InputStream in = found.get(0).openStream()) {
      return parse(in, source, itemIds);
    } catch (IOException e) {
      throw new WeightsException(source, DangerAssessmentProvider.WEIGHTS_KEY, resource, "cannot be read: " + e);
    }
  }

  /** Every copy of a resource the engine's loader or the plugin's loader sees, each once. */
  private static List<URL> find(String resource, ClassLoader engineLoader, ClassLoader pluginLoader) {
    Map<String, URL> found = new LinkedHashMap<>();
    for (ClassLoader loader : new ClassLoader[] {engineLoader, pluginLoader}) {
      if (loader == null) {
        continue;
      }
      try {
        Enumeration<URL> urls = loader.getResources(resource);
        while (urls.hasMoreElements()) {
          URL url = urls.nextElement();
          found.putIfAbsent(url.toString(), url);
        }
      } catch (IOException e) {
        // a loader that cannot list resources has none to offer
      }
    }
    return new ArrayList<>(found.values());
  }

  static int[] parse(InputStream in, String source, List<String> itemIds) throws IOException {
    Set<String> repeated = new TreeSet<>();
    Properties properties = new Properties() {
      private static final long serialVersionUID = 1L;

      @Override
      public synchronized Object put(Object key, Object value) {
        if (containsKey(key)) {
          repeated.add(String.valueOf(key));
        }
        return super.put(key, value);
      }
    };
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IllegalArgumentException e) {
      throw new WeightsException(source, DangerAssessmentProvider.WEIGHTS_KEY, source, "cannot be read as a properties file: " + e.getMessage());
    }
    if (!repeated.isEmpty()) {
      String key = repeated.iterator().next();
      throw new WeightsException(source, key, properties.getProperty(key), "given more than once; each item has one weight");
    }
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      if (!itemIds.contains(key)) {
        throw new WeightsException(source, key, properties.getProperty(key),
            "not a Danger Assessment item; the items are " + itemIds);
      }
    }
    int[] weights = new int[itemIds.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < itemIds.size(); i++) {
      String key = itemIds.get(i);
      String value = properties.getProperty(key);
      if (value == null) {
        missing.add(key);
      } else {
        weights[i] = weight(source, key, value.trim());
      }
    }
    if (!missing.isEmpty()) {
      throw new WeightsException(source, missing.get(0), "(missing)",
          "every item needs a weight (0 when it carries none); missing: " + missing);
    }
    return weights;
  }

  private static int weight(String source, String key, String value) {
    if (value.startsWith("-") && isDigits(value.substring(1).trim(), Integer.MAX_VALUE)) {
      throw new WeightsException(source, key, value, "a weight is 0 or more; negative weights are not taken");
    }
    if (!isDigits(value, 9)) {
      throw new WeightsException(source, key, value, "a weight is a whole number from 0 to " + MAX_WEIGHT);
    }
    int weight = Integer.parseInt(value);
    if (weight > MAX_WEIGHT) {
      throw new WeightsException(source, key, value, "a weight is a whole number from 0 to " + MAX_WEIGHT);
    }
    return weight;
  }

  /** One to {@code most} ASCII digits and nothing else. */
  private static boolean isDigits(String s, int most) {
    if (s.isEmpty() || s.length() > most) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
