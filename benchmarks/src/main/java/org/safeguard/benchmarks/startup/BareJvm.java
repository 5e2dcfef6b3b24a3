package org.safeguard.benchmarks.startup;

/** A JVM that starts, prints one line and exits: the floor {@link StartupProbe} is measured against. */
public final class BareJvm {
  private BareJvm() {}

  /**
   * Prints one line.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
