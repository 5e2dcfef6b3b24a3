package org.safeguard.testkit;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Sees everything its parent sees but the {@code META-INF/services} files, so an engine built on it
 * loads only what the kit hands it in code and the policy files on the class path: other plugins
 * on a test class path, broken on purpose or not, cannot fail the check of this one.
 */
final class ServicesHidingLoader extends ClassLoader {
  private static final String SERVICES = "META-INF/services/";

  ServicesHidingLoader(ClassLoader parent) {
    super(parent);
  }

  @Override
  public URL getResource(String name) {
    return name.startsWith(SERVICES) ? null : super.getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return name.startsWith(SERVICES) ? Collections.emptyEnumeration() : super.getResources(name);
  }
}
