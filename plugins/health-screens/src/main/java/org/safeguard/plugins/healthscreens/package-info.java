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
 * Health-care screening tools for intimate-partner abuse, short enough for a consultation: HITS
 * (Sherin 1998; four items rated never to frequently, summed 4-20, positive above 10) and HARK
 * (Sohal 2007; four yes / no questions about the past year, positive on any yes).
 *
 * <p>A screen's result is its own category, {@code negative} or {@code positive}, on the score; a
 * positive screen is a reason to follow up with a risk assessment such as the Dash RIC, not a risk
 * level. Both instruments leave levels to a threshold policy, as any instrument that computes one
 * does: a service that wants a level for a screen bands its score in its own policy.
 *
 * <p>Item labels are short neutral descriptions in our own words, not the published question
 * wording, kept in the {@code labels} resource bundle so a service can load licensed
 * wording or another language. Sources: Sherin et al., HITS; Sohal et al., HARK.
 */
package org.safeguard.plugins.healthscreens;
