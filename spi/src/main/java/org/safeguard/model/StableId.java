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
package org.safeguard.model;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for the stable ids of instruments, items, policies, providers and intervention
 * kinds: lower-case letters and digits joined by single hyphens, such as {@code safelives-dash-ric};
 * the rule for their versions ({@link #isValidVersion}); and the rule for references to records a
 * case system owns, such as a perpetrator or an incident ({@link #isValidReference}). Ids,
 * versions and references name plugins and records in
 * messages and log lines, so both keep to a short, safe set of characters: a value read from a
 * plugin or a policy file can never break a log line or forge one.
 */
public final class StableId {
  /** The longest id accepted: ids are keys and appear in log lines, so they stay short. */
  public static final int MAX_LENGTH = 64;

  /** The longest version accepted, such as {@code 2009}, {@code 1.0} or {@code 15-factor}. */
  public static final int MAX_VERSION_LENGTH = 32;

  private static final String ID_RULE = "must be lower-case letters and digits joined by single hyphens, at most " + MAX_LENGTH
      + " characters";
  private static final String VERSION_RULE = "a version is 1 to " + MAX_VERSION_LENGTH
      + " letters, digits, dots, hyphens, underscores or plus signs, starting with a letter or digit";
  private static final String REFERENCE_RULE = "a reference is 1 to " + MAX_LENGTH
      + " letters, digits, dots, hyphens, underscores or colons, starting with a letter or digit";

  private StableId() {}

  /**
   * Whether a string is a valid version: 1 to {@value #MAX_VERSION_LENGTH} ASCII letters, digits,
   * dots, hyphens, underscores and plus signs, starting with a letter or digit.
   *
   * @param version the candidate version; null is not valid
   * @return true when it keeps the rule
   */
  public static boolean isValidVersion(@Nullable String version) {
    return isLettersOrDigitsThen(version, MAX_VERSION_LENGTH, ".-_+");
  }

  /**
   * Returns the version, or throws naming the field when it breaks the rule of
   * {@link #isValidVersion}.
   *
   * @param field the name of the field or parameter, for the error
   * @param version the candidate version
   * @return the version, unchanged
   * @throws MissingValueException when the version is null
   * @throws InvalidInputException when the version breaks the rule
   */
  public static String requireVersion(String field, String version) {
    return checked(field, version, isValidVersion(version), VERSION_RULE);
  }

  /**
   * Whether a string keeps the rule.
   *
   * @param id the candidate id; null is not valid
   * @return true when it is lower-case letters and digits joined by single hyphens, at most
   *     {@value #MAX_LENGTH} characters
   */
  public static boolean isValid(@Nullable String id) {
    if (id == null || id.isEmpty() || id.length() > MAX_LENGTH || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && (c != '-' || id.charAt(i - 1) == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the id, or throws naming the field when it breaks the rule.
   *
   * @param field the name of the field or parameter, for the error
   * @param id the candidate id
   * @return the id, unchanged
   * @throws MissingValueException when the id is null
   * @throws InvalidInputException when the id breaks the rule
   */
  public static String require(String field, String id) {
    return checked(field, id, isValid(id), ID_RULE);
  }

  /**
   * Whether {@code reference} may name a record a case system owns, such as a perpetrator or an
   * incident: 1 to {@value #MAX_LENGTH} letters, digits, dots, hyphens, underscores or colons,
   * starting with a letter or digit. A UUID, {@code PER-000123} and {@code police:2026-14} are
   * references; {@code police/2026/14} is not, since a slash is not among the characters.
   *
   * @param reference the candidate; null is not valid
   * @return whether it is a valid reference
   */
  public static boolean isValidReference(@Nullable String reference) {
    return isLettersOrDigitsThen(reference, MAX_LENGTH, ".-_:");
  }

  /** 1 to {@code maxLength} ASCII letters and digits, and after the first also the {@code punctuation} given. */
  private static boolean isLettersOrDigitsThen(@Nullable String text, int maxLength, String punctuation) {
    if (text == null || text.isEmpty() || text.length() > maxLength) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && (i == 0 || punctuation.indexOf(c) < 0)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code reference} when it is a valid reference ({@link #isValidReference}).
   *
   * @param field the field named if it is refused
   * @param reference the reference to check
   * @return the reference
   * @throws MissingValueException if it is null
   * @throws InvalidInputException if it is not a valid reference
   */
  public static String requireReference(String field, String reference) {
    return checked(field, reference, isValidReference(reference), REFERENCE_RULE);
  }

  /** {@code value} when it is given and {@code valid}; otherwise the refusal naming {@code field} and {@code rule}. */
  private static String checked(String field, @Nullable String value, boolean valid, String rule) {
    InvalidInputException.requireFieldName(field);
    String given = MissingValueException.require(field, value);
    if (!valid) {
      throw new InvalidInputException(field, given, rule);
    }
    return given;
  }
}
