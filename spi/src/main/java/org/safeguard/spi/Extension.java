package org.safeguard.spi;

/**
 * What every provider says of itself. The id is stable across releases and unique across all
 * loaded plugins of the same kind; the engine refuses two providers with one id.
 *
 * <p>Constructors must be cheap and must not fail: do the work in the provider's load method,
 * where a failure can be reported under the provider's id.
 */
public interface Extension {
  /**
   * Stable id, lower-case words joined by hyphens, for example {@code safelives-dash-ric}.
   *
   * @return the id, the same from every instance and every call
   */
  String id();

  /**
   * The provider's version, for example {@code 2009} or {@code 1.0}.
   *
   * @return the version, never blank
   */
  String version();
}
