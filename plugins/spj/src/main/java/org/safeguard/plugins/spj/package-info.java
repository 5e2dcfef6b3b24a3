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
 * Structured professional judgement in the B-SAFER style (Kropp, Hart and Belfrage; a shortened
 * SARA for police and criminal-justice staff): factors rated absent / partial / present, each
 * separately for the current period and the past, with no computed level. The assessor's summary
 * judgement, with who and why, is the level: {@code Safeguard.assess(responses, judgement)}.
 *
 * <p>Two forms load side by side under the id {@code b-safer}: version {@code 10-factor}, the
 * form in the Justice Canada manual, and version {@code 15-factor}, the later form that adds five
 * victim-vulnerability factors (the newest, and so the default for {@code
 * Safeguard.responses("b-safer")}).
 *
 * <p>Item labels are short neutral descriptions in our own words, not the published factor
 * definitions or coding guidance (the later editions are commercial), kept in the {@code labels}
 * resource bundle so a licensed service can load its own. Sources: Kropp et al., SARA (coding:
 * omit when information is lacking; the total is a research convenience, not a decision rule),
 * and Kropp et al., the B-SAFER manual (Justice Canada).
 */
package org.safeguard.plugins.spj;


