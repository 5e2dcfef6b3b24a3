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
