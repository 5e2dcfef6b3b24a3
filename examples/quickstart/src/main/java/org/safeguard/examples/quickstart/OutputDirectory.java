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
 * The type of an option that names a folder to write files into: a usable name that is not a file.
 * The folder is made when the files are written.
 */
public final class OutputDirectory implements CommandLine.ITypeConverter<Path> {
  /** For picocli, which makes the converter. */
  public OutputDirectory() {}

  @Override
  public Path convert(String value) {
    Path dir = OutputFile.path(value);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new CommandLine.TypeConversionException(value + ": a file, not a folder");
    }
    return dir;
  }
}
