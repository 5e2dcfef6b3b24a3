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
package org.safeguard.core.policy;

import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;

/**
 * A threshold policy file that cannot be read as a policy: names the file, the key and the rule,
 * and, for the JSON form, the line and column.
 *
 * <p>The message never carries a value written in the file: a policy file may hold anything, pasted
 * from anywhere, and host systems log exception messages. {@link #value()} still returns it for the
 * caller's own code. The key is shown on one line: control characters are escaped and a key longer
 * than {@value #KEY_SHOWN} characters is cut short, in the message and in {@link #field()} alike.
 */
public final class PolicyFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The most characters of a key a refusal shows. */
  static final int KEY_SHOWN = 200;

  /** The file or class path resource the policy came from. */
  private final String source;

  /**
   * A refusal naming where the policy came from, so a county can find the line to fix. The value
   * is withheld from the message.
   *
   * @param source the file or class path resource the policy came from
   * @param key the key refused, such as {@code marac.minimum-age}
   * @param value the refused value as written in the policy, kept for {@link #value()} only
   * @param rule the rule it broke, in words
   */
  public PolicyFormatException(String source, String key, Object value, String rule) {
    this(source, key, value, rule, true);
  }

  private PolicyFormatException(String source, String key, Object value, String rule, boolean withheld) {
    super(shown(key), value, rule + " (in " + source + ")", withheld);
    this.source = source;
  }

  /** A refusal at a place in the text, which the message shows: the value is the line and column. */
  static PolicyFormatException at(String source, String key, long line, long column, String rule) {
    return new PolicyFormatException(source, key, "line " + line + ", column " + column, rule, false);
  }

  /** A refusal whose value did not come from the policy's text (a path, a limit, "(missing)"), so is shown. */
  static PolicyFormatException stating(String source, String key, Object value, String rule) {
    return new PolicyFormatException(source, key, value, rule, false);
  }

  /** The most characters of a blank key a refusal spells out. */
  private static final int BLANK_KEY_SHOWN = 8;

  /**
   * The key on one line and at most {@value #KEY_SHOWN} characters, as any refusal shows text. A key
   * of nothing, or of spaces alone (an ideographic or em space is a key to {@code Properties}, as
   * {@code ""} is to JSON), is named in words with its characters' code points, since the refusal
   * would otherwise name a field no one can see.
   */
  static String shown(@Nullable String key) {
    if (key == null) {
      return "null";
    }
    if (key.isEmpty()) {
      return "(an empty key)";
    }
    if (key.isBlank()) {
      StringBuilder out = new StringBuilder("(a blank key: ");
      for (int i = 0; i < Math.min(key.length(), BLANK_KEY_SHOWN); i++) {
        out.append(String.format("\\u%04x", (int) key.charAt(i)));
      }
      if (key.length() > BLANK_KEY_SHOWN) {
        out.append("... (").append(key.length()).append(" characters)");
      }
      return out.append(')').toString();
    }
    return shown(key, KEY_SHOWN);
  }

  /**
   * The file or class path resource the policy came from.
   *
   * @return the source, as given to the reader
   */
  public String source() {
    return source;
  }
}
