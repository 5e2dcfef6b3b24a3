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
