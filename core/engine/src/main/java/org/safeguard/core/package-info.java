/**
 * The engine's entry point: {@link org.safeguard.core.Safeguard}, built once and shared. Capabilities
 * live in sub-packages named for them ({@code assessment}, {@code marac}); {@code internal} is not API.
 */
@NullMarked
package org.safeguard.core;

import org.jspecify.annotations.NullMarked;

