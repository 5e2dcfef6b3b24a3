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
 * The Lethality Screen of the Lethality Assessment Program (Maryland model, MNADV): 11 yes / no
 * questions a police officer or other first responder asks on scene, plus the responder's own
 * belief that the victim is in a potentially lethal situation, held as a twelfth item. The screen
 * is a rule, not a sum: high danger on a yes to any of questions 1-3, or to 4 or more of questions
 * 4-11, or on the responder's belief. A question not answered or refused is recorded as not known
 * and never screens in.
 *
 * <p>The form's open question ("anything else that worries you?") takes free text, which this
 * library never holds; when the answer worries the responder, they record their belief, and that
 * screens in. Item labels are short neutral descriptions in our own words, not the published
 * wording, in the {@code labels} resource bundle. Source: the Maryland Lethality Assessment
 * Program (MNADV).
 */
package org.safeguard.plugins.lethalityscreen;
