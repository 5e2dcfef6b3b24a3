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
package org.safeguard.core.outcome;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * Which types of abuse are present at one time point, each with its severity; absent types are
 * left out. A review may also leave a type not recorded: not known is not absent, so such a type has
 * neither ceased nor gone on (see {@link CaseOutcome#ceased}).
 */
@Value.Immutable
@ModelStyle
public abstract class AbuseProfile {
  /** Only the generated implementation in this package extends it. */
  AbuseProfile() {}

  /**
   * The types of abuse present, each with its severity.
   *
   * @return the severity by type; a type not present is not a key
   */
  @Value.Parameter
  public abstract Map<AbuseType, Severity> present();

  /**
   * The types of abuse not recorded at this time point: neither present nor known to be absent.
   *
   * @return the types, empty (the default) when every type was recorded
   */
  public abstract Set<AbuseType> notRecorded();

  /**
   * A profile of the types present, with the types that were not recorded.
   *
   * @param present the severity of each type present
   * @param notRecorded the types not recorded, none of them present
   * @return the profile
   * @throws InvalidInputException naming {@code notRecorded} when a type is both present and not recorded
   */
  public static AbuseProfile of(Map<AbuseType, ? extends Severity> present, Set<AbuseType> notRecorded) {
    MissingValueException.require("present", present);
    MissingValueException.requireElements("notRecorded", notRecorded);
    return new ImmutableAbuseProfile.Builder().present(present).notRecorded(notRecorded).build();
  }

  /**
   * Whether a type was recorded, present or absent.
   *
   * @param type the type of abuse
   * @return false when it was not recorded
   */
  public boolean isRecorded(AbuseType type) {
    MissingValueException.require("type", type);
    return !notRecorded().contains(type);
  }

  /** Refuses a type both present and not recorded. */
  @Value.Check
  protected void check() {
    for (AbuseType type : notRecorded()) {
      if (present().containsKey(type)) {
        throw new InvalidInputException("notRecorded", type, "a type is present or not recorded, not both");
      }
    }
  }

  /**
   * A profile of the types present.
   *
   * @param present the severity of each type present; leave out the types that are not
   * @return the profile
   */
  public static AbuseProfile of(Map<AbuseType, ? extends Severity> present) {
    MissingValueException.require("present", present);
    return ImmutableAbuseProfile.of(present);
  }

  /**
   * No abuse of any type.
   *
   * @return the empty profile
   */
  public static AbuseProfile none() {
    return ImmutableAbuseProfile.of(Map.of());
  }

  /**
   * Whether abuse of one type is present.
   *
   * @param type the type of abuse
   * @return true when it is present, at any severity
   */
  public boolean isPresent(AbuseType type) {
    MissingValueException.require("type", type);
    return present().containsKey(type);
  }

  /**
   * How severe abuse of one type is.
   *
   * @param type the type of abuse
   * @return the severity, or empty when the type is not present
   */
  public Optional<Severity> severityOf(AbuseType type) {
    MissingValueException.require("type", type);
    return Optional.ofNullable(present().get(type));
  }

  /**
   * The types of abuse present.
   *
   * @return the types, empty when there is no abuse
   */
  public Set<AbuseType> types() {
    return present().keySet();
  }

  /**
   * True when more than one type is present (the evaluation's "multiple forms of abuse").
   *
   * @return whether two or more types are present
   */
  public boolean multiple() {
    return present().size() > 1;
  }

  /**
   * True when any type present is severe, as the evaluation defines it: {@link Severity#HIGH}.
   *
   * @return whether at least one type is severe
   */
  public boolean anySevere() {
    return present().containsValue(Severity.HIGH);
  }
}
