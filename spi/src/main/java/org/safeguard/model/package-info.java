/*
 * Copyright 2026 the Safeguard maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
/**
 * The Safeguard model: immutable values describing instruments, answers, scores, threshold
 * policies, assessments and MARAC decisions. Every type here is safe to share between threads.
 * Nothing in this package returns {@code null}; absence is an {@link java.util.Optional} or an
 * explicit enum value.
 *
 * <p>From Kotlin, read an {@code Optional} as a nullable value with {@code getOrNull()} (Kotlin 1.8
 * and later, {@code import kotlin.jvm.optionals.getOrNull}) or {@code .orElse(null)}, for example
 * {@code responses.completedOn().getOrNull()}; from Clojure, {@code (.orElse (.completedOn r) nil)}.
 * An {@link java.util.OptionalInt} ({@code Responses.rating}) has no null form: test
 * {@code isPresent()} and read {@code getAsInt()}. Nullness is stated with JSpecify
 * ({@code @NullMarked}); Kotlin before 2.1 enforces it only with the compiler flag
 * {@code -Xjspecify-annotations=strict}. Every method taking varargs has a form taking a
 * collection, and {@link org.safeguard.model.Responses.Builder#answers(java.util.Map)} takes a
 * Kotlin or Clojure map of answer words whole.
 */
@NullMarked
package org.safeguard.model;

import org.jspecify.annotations.NullMarked;

