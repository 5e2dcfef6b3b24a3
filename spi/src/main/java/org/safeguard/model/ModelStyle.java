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
package org.safeguard.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * How Safeguard's generated value types look, in the SPI and the engine alike, and how a plugin's
 * own Immutables types may look: JDK collections only, no Guava, and package-private immutable
 * classes named {@code Immutable*} that never appear in a public signature: callers reach them
 * through the factory methods and the nested {@code Builder} of the abstract type. That
 * {@code Builder} is written by hand and holds the generated one ({@code new ImmutableX.Builder()}),
 * because the generated builder's methods are final and would throw {@link NullPointerException}
 * for a null collection, map or {@code Optional}: each of its methods checks its arguments whole
 * ({@link MissingValueException#require}, {@link MissingValueException#requireList},
 * {@link MissingValueException#requireEntries}) and then hands them on. {@code typeInnerBuilder}
 * names a class no type declares, so that Immutables neither extends nor is extended by that
 * {@code Builder}. A plugin's own type in this style does the same: its builder is
 * {@code new ImmutableX.Builder()}, final and returning itself, used directly or held by a
 * {@code Builder} of its own (a nested {@code class Builder extends ImmutableX.Builder} no longer
 * compiles, and there is no {@code ImmutableX.builder()}). No {@code with*} copy methods: a changed
 * value is built anew and passes its checks again. A missing or null field is a
 * {@link MissingValueException}. Source retention: only the annotation processor reads it, so no
 * class file refers to it.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allParameters = false,
    typeInnerBuilder = "ImmutablesInnerBuilder",
    builder = "new",
    defaults = @Value.Immutable(copy = false),
    redactedMask = "<redacted>",
    throwForNullPointer = MissingValueException.class,
    throwForInvalidImmutableState = MissingValueException.class,
    allowedClasspathAnnotations = {Override.class})
public @interface ModelStyle {}
