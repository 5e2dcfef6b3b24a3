/**
 * The extension points. Each is a small interface found with {@link java.util.ServiceLoader}: a
 * plugin jar lists its implementations in {@code META-INF/services/<interface name>}. Every
 * provider has a stable string id and a version; at start it gets a narrow {@link
 * org.safeguard.spi.SetupContext}, never the engine.
 */
@NullMarked
package org.safeguard.spi;

import org.jspecify.annotations.NullMarked;

