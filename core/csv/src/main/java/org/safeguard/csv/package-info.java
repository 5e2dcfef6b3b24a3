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
 * Reading CSV files into checked rows. {@link org.safeguard.csv.CsvTable} reads a file or text
 * (UTF-8, comma-separated, fields in double quotes when they hold a comma, quote or line break, as
 * RFC 4180; lines ending in CR, LF or CR LF; lines starting with {@code #} are comments; blank lines
 * and a byte-order mark are skipped) and checks its header against {@link
 * org.safeguard.csv.CsvColumns}; each {@link org.safeguard.csv.CsvRow} gives its cells as text,
 * counts, decimals, shares or yes/no.
 *
 * <p>Every refusal is a {@link org.safeguard.csv.CsvInputException} naming the file, and where
 * there is one the row, the line and the column, and the rule. A cell's contents never appear in
 * it: a cases file holds answers and free text, and host systems log exception messages.
 */
@NullMarked
package org.safeguard.csv;

import org.jspecify.annotations.NullMarked;
