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
 * The {@code csv} exporter: every kind of record a table of its own (RFC 4180, UTF-8, a header
 * row), nested records and lists in child tables joined by row number, all packed in one zip
 * with an {@code export-info.csv} naming the schema version and purpose.
 */
@NullMarked
package org.safeguard.plugins.exportcsv;

import org.jspecify.annotations.NullMarked;
