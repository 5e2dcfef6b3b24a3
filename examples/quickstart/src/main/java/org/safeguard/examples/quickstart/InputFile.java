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
import picocli.CommandLine;

/**
 * The type of an option that names a file to read: a regular file that exists and can be read.
 * Refused with what is wrong, so that a directory says it is a directory and a missing file that
 * there is no such file; the CSV reader checks the same again when it reads.
 */
public final class InputFile implements CommandLine.ITypeConverter<Path> {
  /** For picocli, which makes the converter. */
  public InputFile() {}

  @Override
  public Path convert(String value) {
    Path file = OutputFile.path(value);
    if (Files.isDirectory(file)) {
      throw new CommandLine.TypeConversionException(value + ": a directory, not a file");
    }
    if (!Files.exists(file)) {
      throw new CommandLine.TypeConversionException(value + ": no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.TypeConversionException(value + ": not a regular file");
    }
    if (!Files.isReadable(file)) {
      throw new CommandLine.TypeConversionException(value + ": cannot be read: permission denied");
    }
    return file;
  }
}
