package org.safeguard.planning;

import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;

/**
 * Planning input that breaks a rule: a negative count, a share above one, a caseload of zero, a
 * missing or non-numeric column. Names the field, the value and the rule; when the input came from
 * a file, also the file, the row (the header is row 0, data rows count from 1) and the line an
 * editor would jump to.
 */
public final class PlanningInputException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The file or resource the input came from; null for input built in code. */
  private final @Nullable String source;
  /** The data row, from 1, or 0 for the header; -1 for input built in code. */
  private final int row;
  /** The line of the file the row starts on, from 1; -1 for input built in code. */
  private final int line;

  /**
   * Input built in code: no file, no row.
   *
   * @param field the field or column that breaks the rule
   * @param value the value given, or null if none
   * @param rule the rule in words
   */
  public PlanningInputException(String field, @Nullable Object value, String rule) {
    super(field, value, rule);
    this.source = null;
    this.row = -1;
    this.line = -1;
  }

  /**
   * Input read from a file.
   *
   * @param source the file or resource, as given
   * @param row the data row, from 1; 0 for the header
   * @param line the line of the file the row starts on, from 1
   * @param field the column that breaks the rule
   * @param value the value given, or null if none
   * @param rule the rule in words
   */
  public PlanningInputException(String source, int row, int line, String field, @Nullable Object value, String rule) {
    super(field, value, rule);
    this.source = source;
    this.row = row;
    this.line = line;
  }

  /**
   * The file or resource the input came from.
   *
   * @return the source; empty for input built in code
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * The data row, from 1, or 0 for the header.
   *
   * @return the row; empty for input built in code
   */
  public OptionalInt row() {
    return row < 0 ? OptionalInt.empty() : OptionalInt.of(row);
  }

  /**
   * The line of the file the row starts on, from 1, so that an editor can jump to it.
   *
   * @return the line; empty for input built in code
   */
  public OptionalInt line() {
    return line < 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  @Override
  public String getMessage() {
    if (source == null) {
      return super.getMessage();
    }
    String what = "field " + field() + " = " + value() + ": " + rule();
    String where = row == 0 ? "header" : "row " + row;
    return source + " " + where + " (line " + line + "), " + what;
  }
}
