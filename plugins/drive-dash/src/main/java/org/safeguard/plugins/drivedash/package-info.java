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
 * The Drive-DASH, as the evaluation of the Drive Project used it (<i>Evaluation of the Drive
 * Project</i>, University of Bristol, 2019, the Drive-DASH section and Appendix 3): a checklist
 * adapted from DASH that the case manager completes from everything known (the perpetrator, the
 * police, the IDVA, other agencies) at intake, midpoint and case closure. Its score is the number
 * of "yes" answers over the 20 items matched across its years, from 0 to 20; it guides the case
 * manager's thinking about risk and is not comparable with a victim's DASH score, so it has no
 * bands of its own. An assessment with 11 or more items "not applicable / not known" gives no score
 * and is reported as excluded, as the evaluation excluded it.
 *
 * <p>The item set changed between the programme's first and second years. {@link ItemSetMapping}
 * carries answers given on another item set onto the 20 matched items, so scores from every year
 * count on one set. The evaluation publishes neither the items' wording nor their order: the items
 * here are named by place ({@code matched-01} to {@code matched-20}), and a service maps its own
 * form onto them.
 */
package org.safeguard.plugins.drivedash;
