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
package org.safeguard.examples.quickstart;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on command-line arguments shared by the quickstart and its planning command. */
public final class Arguments {
  private Arguments() {}

  /** The argument at {@code at}, which must be there and not be another option. */
  public static String value(String[] args, int at, String missing) {
    if (at >= args.length || args[at].startsWith("--")) {
      throw CommandFailure.usage(missing);
    }
    return args[at];
  }

  /** The value of an option that may be given once; {@code previous} is what it was set to so far. */
  public static String once(String option, Object previous, String value) {
    if (previous != null) {
      throw CommandFailure.usage(option + " is given twice");
    }
    return value;
  }

  /** The path an option names, which must be an existing file. */
  public static Path existingFile(String option, String value) {
    Path file = Path.of(value);
    if (Files.isDirectory(file)) {
      throw CommandFailure.usage(option + " " + value + ": a directory, not a file");
    }
    if (!Files.isRegularFile(file)) {
      throw CommandFailure.usage(option + " " + value + ": no such file");
    }
    return file;
  }
}
