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

/**
 * A command-line run that cannot go on, for the quickstart and its planning command alike: the one
 * line to print, and the exit status (2 for bad arguments, 1 for bad input).
 */
public final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  private CommandFailure(String message, int status) {
    super(message);
    this.status = status;
  }

  /** Bad arguments: exit status 2, and a pointer to --help. */
  public static CommandFailure usage(String message) {
    return new CommandFailure(message + " (see --help)", 2);
  }

  /** Bad input, such as a file that cannot be read or written: exit status 1. */
  public static CommandFailure input(String message) {
    return new CommandFailure(message, 1);
  }

  public int status() {
    return status;
  }
}
