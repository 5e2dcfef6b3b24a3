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
 * ODARA, the Ontario Domestic Assault Risk Assessment (Hilton et al. 2004): 13 items scored present
 * (1) or absent (0), the unweighted sum read against the seven published score bins (0, 1, 2, 3, 4,
 * 5-6, 7-13). Risk levels are not part of the instrument: each jurisdiction sets its own "high"
 * cut-off in a threshold policy.
 *
 * <p>The manual allows a limited number of missing items, prorated, but its exact rule is
 * unverified in our sources; {@link org.safeguard.plugins.odara.OdaraProvider} documents the rule
 * this plugin applies as an assumption, configurable, pending the licensed manual.
 *
 * <p>Item labels are short neutral descriptions in our own words, not the published wording or
 * scoring criteria (the instrument is copyrighted), kept in the {@code labels} resource bundle so a
 * licensed service can load its own. Norm tables (recidivism percentages, percentiles) are not
 * here: they are versioned data apart from item scoring, because published norms have drifted.
 * Source: Hilton et al., ODARA (2004), whose scoring criteria and norms are published in Hilton,
 * Harris and Rice (2010).
 */
package org.safeguard.plugins.odara;
