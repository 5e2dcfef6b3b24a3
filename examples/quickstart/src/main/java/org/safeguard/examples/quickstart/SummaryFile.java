package org.safeguard.examples.quickstart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a command's summary to its file, making the folders it needs. */
public final class SummaryFile {
  private SummaryFile() {}

  /**
   * @return the absolute path written
   * @throws CommandFailure when the file cannot be written
   */
  public static Path write(Path file, String text) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
      Files.writeString(absolute, text, StandardCharsets.UTF_8);
      return absolute;
    } catch (IOException e) {
      throw CommandFailure.input("cannot write " + file + ": " + e);
    }
  }
}
