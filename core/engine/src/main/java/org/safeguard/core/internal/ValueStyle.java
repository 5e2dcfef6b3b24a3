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
package org.safeguard.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.safeguard.model.MissingValueException;

/**
 * How the engine's generated value types look, as the SPI's model types do: JDK collections only,
 * package-private {@code Immutable*} classes that never appear in a public signature (callers use
 * the abstract type's factory methods and nested {@code Builder}), no {@code with*} copies, and a
 * {@link MissingValueException} for a missing or null field. Source retention: only the annotation
 * processor reads it, so no class file refers to it and nothing of it is
 * needed at run time.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = false),
    redactedMask = "<redacted>",
    throwForNullPointer = MissingValueException.class,
    throwForInvalidImmutableState = MissingValueException.class,
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
