package org.safeguard.core;

import java.util.Collection;
import org.safeguard.model.InvalidInputException;

/** An instrument, policy or other provider id that no loaded plugin supplies. */
public final class UnknownProviderException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public UnknownProviderException(String kind, String id, Collection<String> known) {
    super(kind, id, "no " + kind + " with this id is loaded; loaded: " + known);
  }
}
