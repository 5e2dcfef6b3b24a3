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
 * Exports: what leaves the service, limited by purpose. {@link org.safeguard.core.export.ExportProfile}
 * says why an export is made (the SPI's {@link org.safeguard.export.Purpose}) and holds the key for
 * research pseudonyms; {@link org.safeguard.core.Safeguard#export} opens an
 * {@link org.safeguard.core.export.ExportSession} on an exporter plugin, which turns case files,
 * assessments and MARAC decisions into records of the SPI's {@link org.safeguard.export.Schemas} and
 * applies the profile to each before the plugin sees it.
 */
@NullMarked
package org.safeguard.core.export;

import org.jspecify.annotations.NullMarked;
