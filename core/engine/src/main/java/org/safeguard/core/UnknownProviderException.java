package org.safeguard.core;

import java.util.Collection;
import org.safeguard.model.InvalidInputException;

/** An instrument, policy or other provider id that no loaded plugin supplies. */
public final class UnknownProviderException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Names the id asked for and lists the ids that are loaded, so a misspelt id or a missing plugin
   * jar shows at once.
   *
   * @param kind what sort of provider was asked for, such as {@code instrument} or
   *     {@code thresholdPolicy}; it is reported as the field
   * @param id the id (and version, where one was asked for) that no loaded plugin supplies
   * @param known the ids of that kind that are loaded
   */
  public UnknownProviderException(String kind, String id, Collection<String> known) {
    super(kind, id, "no " + kind + " with this id is loaded; loaded: " + known);
  }
}
