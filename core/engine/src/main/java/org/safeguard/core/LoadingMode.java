package org.safeguard.core;

/** What the engine does with a plugin that fails while loading. */
public enum LoadingMode {
  /** Building the engine fails, naming the plugin. The default: a broken deployment shows at once. */
  STRICT,
  /** The plugin is left out, logged once at warn level and listed in {@link Safeguard#problems()}. */
  LENIENT
}
