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
 * The engine's entry point: {@link org.safeguard.core.Safeguard}, built once and shared. Capabilities
 * live in sub-packages named for them ({@code assessment}, {@code marac}); {@code internal} is not API.
 *
 * <p>What may be absent is an {@link java.util.Optional}, never {@code null}: an assessment's
 * {@code level()} is empty when too little is known. From Kotlin read it as a nullable value with
 * {@code getOrNull()} (Kotlin 1.8 and later, {@code kotlin.jvm.optionals}) or {@code .orElse(null)};
 * from Clojure, {@code (.orElse (.level assessment) nil)}. Kotlin before 2.1 treats the JSpecify
 * nullness annotations strictly only with {@code -Xjspecify-annotations=strict}. A mapping between
 * instruments is used through the engine, {@code safeguard.map(answers, "safelives-dash-ric")},
 * without compiling against the plugin that supplies it.
 */
@NullMarked
package org.safeguard.core;

import org.jspecify.annotations.NullMarked;

