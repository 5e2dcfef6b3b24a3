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
 * What leaves a service in an export: records of named {@link org.safeguard.export.Schema}s whose
 * every {@link org.safeguard.export.Field} says what kind of value it holds (an id, free text, a
 * date, an age) and which {@link org.safeguard.export.Purpose}s carry it. The engine builds the
 * records and applies the purpose before an exporter plugin sees one, so a plugin cannot write
 * what the purpose drops. {@link org.safeguard.export.Schemas} lists the records the engine makes.
 */
@NullMarked
package org.safeguard.export;

import org.jspecify.annotations.NullMarked;
