package org.safeguard.model;

/**
 * The root of every exception Safeguard throws on purpose. Unchecked, so that calls read the same
 * from Java, Kotlin, Scala, Groovy and Clojure.
 */
public abstract class SafeguardException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected SafeguardException(String message) {
    super(message);
  }

  protected SafeguardException(String message, Throwable cause) {
    super(message, cause);
  }
}
