package org.safeguard.core;

/**
 * A plugin left out under {@link LoadingMode#LENIENT}: the provider id (or its class when it failed
 * before giving one), the provider class, the jar it came from, and what went wrong.
 */
public final class PluginProblem {
  private final String providerId;
  private final String providerClass;
  private final String source;
  private final String problem;

  public PluginProblem(String providerId, String providerClass, String source, String problem) {
    this.providerId = providerId;
    this.providerClass = providerClass;
    this.source = source;
    this.problem = problem;
  }

  public String providerId() {
    return providerId;
  }

  public String providerClass() {
    return providerClass;
  }

  /** The jar or directory the provider class was loaded from. */
  public String source() {
    return source;
  }

  public String problem() {
    return problem;
  }

  @Override
  public String toString() {
    return providerId + " (" + providerClass + " from " + source + "): " + problem;
  }
}
