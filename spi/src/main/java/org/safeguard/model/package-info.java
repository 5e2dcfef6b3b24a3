/**
 * The Safeguard model: immutable values describing instruments, answers, scores, threshold
 * policies, assessments and MARAC decisions. Every type here is safe to share between threads.
 * Nothing in this package returns {@code null}; absence is an {@link java.util.Optional} or an
 * explicit enum value.
 */
@NullMarked
package org.safeguard.model;

import org.jspecify.annotations.NullMarked;

