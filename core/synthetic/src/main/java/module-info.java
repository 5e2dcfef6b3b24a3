/**
 * Seeded synthetic case outcomes and cohorts whose rates follow the published evaluation, for
 * demos, tests and benchmarks. Every case is made up; nothing here describes a real person.
 */
module org.safeguard.synthetic {
  requires transitive org.safeguard.core;
  requires static org.jspecify;

  exports org.safeguard.synthetic;
}
