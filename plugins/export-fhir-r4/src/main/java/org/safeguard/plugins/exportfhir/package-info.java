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
 * The FHIR R4 exporter: case files and assessments as FHIR R4 JSON Bundles, one per line, written
 * with jackson-core's streaming generator. See {@link org.safeguard.plugins.exportfhir.FhirR4Exporter}
 * for what becomes which resource.
 */
@NullMarked
package org.safeguard.plugins.exportfhir;

import org.jspecify.annotations.NullMarked;
