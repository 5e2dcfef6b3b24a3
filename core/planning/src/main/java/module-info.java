/**
 * Service planning by the published models: IDVA capacity, workforce coverage, the caseload model,
 * refuge provision and team costs. Needs no engine: the SPI only, for its typed exceptions.
 */
module org.safeguard.planning {
  requires transitive org.safeguard.spi;
  requires static org.jspecify;

  exports org.safeguard.planning;
}
