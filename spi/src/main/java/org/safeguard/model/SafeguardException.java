package org.safeguard.model;

/**
 * The root of every exception Safeguard throws on purpose. Unchecked, so that calls read the same
 * from Java, Kotlin, Scala, Groovy and Clojure.
 */
public abstract class SafeguardException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message that is safe to log: it carries no answer or personal data.
   *
   * @param message what went wrong
   */
  protected SafeguardException(String message) {
    super(message);
  }

  /**
   * An exception caused by another, such as the failure of a plugin while it loads.
   *
   * @param message what went wrong, safe to log
   * @param cause the underlying failure
   */
  protected SafeguardException(String message, Throwable cause) {
    super(message, cause);
  }
}
