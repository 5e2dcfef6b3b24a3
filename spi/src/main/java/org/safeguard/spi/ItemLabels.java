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
package org.safeguard.spi;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Where the words a person reads for an instrument's items come from: a resource bundle keyed by
 * item id, which a service can replace with licensed wording or another language without code.
 * A plugin answers with its own bundle, loaded in its own code:
 *
 * <pre>{@code
 * Instrument.builder(context)
 *     .labels(locale -> ResourceBundle.getBundle("org.example.county.labels", locale))
 * }</pre>
 *
 * <p>The lambda matters: {@link ResourceBundle#getBundle(String, Locale)} looks in the module (or,
 * on the class path, the class loader) of the code that calls it, so a bundle the plugin loads
 * itself is found on the module path without opening its package, and on the class path alike.
 */
@FunctionalInterface
public interface ItemLabels {
  /**
   * The bundle of labels for a locale, with the usual fallbacks to less specific locales.
   *
   * @param locale the locale the labels are wanted in
   * @return the bundle, keyed by item id
   * @throws java.util.MissingResourceException when the plugin has no bundle at all
   */
  ResourceBundle bundle(Locale locale);
}
