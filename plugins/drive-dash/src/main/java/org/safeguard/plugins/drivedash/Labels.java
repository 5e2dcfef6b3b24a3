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
package org.safeguard.plugins.drivedash;

import java.util.Locale;
import java.util.ResourceBundle;
import org.safeguard.spi.ItemLabels;

/**
 * This plugin's item labels, loaded by this plugin's own code: a bundle is found where the code
 * that asks for it lives, which on the module path must be this module. A class rather than a
 * lambda, so that loading the plugin links no call site.
 */
final class Labels implements ItemLabels {
  private final String bundle;

  Labels(String bundle) {
    this.bundle = bundle;
  }

  @Override
  public ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(bundle, locale);
  }
}
