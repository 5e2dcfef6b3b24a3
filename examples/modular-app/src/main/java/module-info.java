/**
 * An application on the module path, as a case system built with modules embeds Safeguard: it
 * requires the engine and nothing else. The plugins it uses are bound by the services they provide.
 */
module org.safeguard.examples.modular {
  requires org.safeguard.core;
}
