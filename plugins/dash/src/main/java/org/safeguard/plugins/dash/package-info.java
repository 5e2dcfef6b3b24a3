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
 * The Dash family of checklists: the SafeLives Dash RIC used by agencies (24 items) and the police
 * DASH 2009 (27 items: the same questions plus three about children and dependants), both scored
 * as an unweighted count of yes answers; the S-DASH stalking and harassment supplement (11 items,
 * offered after a yes to the Dash stalking item, read as a yes count with no bands); the mapping
 * of a police answer set onto the RIC ({@link org.safeguard.plugins.dash.PoliceToRicMapping}, which
 * the engine finds, so an application maps with {@code safeguard.map(answers, "safelives-dash-ric")}
 * and need not compile against this plugin); and the SafeLives default threshold policy, which covers
 * the two checklists but not S-DASH.
 *
 * <p>Item labels are short neutral descriptions in our own words, not the published wording, kept
 * in resource bundles ({@code labels} for the checklists, {@code sdash.labels} for S-DASH) so a
 * service can load licensed wording or another language. Sources: the ACPO DASH 2009 form;
 * SafeLives' Dash risk checklist and its quick-start guidance (items, S-DASH); SafeLives, <i>Marac
 * referral criteria and form</i> (the yes count, and 14 and over as visible high risk).
 */
package org.safeguard.plugins.dash;
