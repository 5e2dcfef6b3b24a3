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
package org.safeguard.testkit;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import org.safeguard.core.policy.PolicyFiles;

/**
 * Sees everything its parent sees but the {@code META-INF/services} files (and, when asked, the
 * policy index), so an engine built on it loads only what the kit hands it in code: other plugins
 * on a test class path, broken on purpose or not, cannot fail the check of this one.
 */
final class ServicesHidingLoader extends ClassLoader {
  private static final String SERVICES = "META-INF/services/";

  private final boolean hidePolicyFiles;

  ServicesHidingLoader(ClassLoader parent, boolean hidePolicyFiles) {
    super(parent);
    this.hidePolicyFiles = hidePolicyFiles;
  }

  private boolean hidden(String name) {
    return name.startsWith(SERVICES) || (hidePolicyFiles && name.equals(PolicyFiles.INDEX));
  }

  @Override
  public URL getResource(String name) {
    return hidden(name) ? null : super.getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return hidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
  }
}
