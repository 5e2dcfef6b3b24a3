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
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The type of an option that names a file to write: a usable file name that is not a directory.
 * Its folders are made when it is written.
 */
public final class OutputFile implements CommandLine.ITypeConverter<Path> {
  /** For picocli, which makes the converter. */
  public OutputFile() {}

  @Override
  public Path convert(String value) {
    Path file = path(value);
    if (Files.isDirectory(file)) {
      throw new CommandLine.TypeConversionException(value + ": a directory, not a file");
    }
    return file;
  }

  /** The path a value names, or a refusal saying it is not a usable file name. */
  static Path path(String value) {
    if (value.isBlank()) {
      throw new CommandLine.TypeConversionException("a file name, not an empty one");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException(value + ": not a usable file name (" + e.getReason() + ")");
    }
  }
}
