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
 * The Danger Assessment (Campbell, Johns Hopkins): 20 yes / no items on the risk of being killed
 * or nearly killed by an intimate partner, with the four sub-checks of the form (3a, 5a, 13a, 15a)
 * held as items of their own; scored as a weighted sum and read with the instrument's own levels
 * (below 8 variable, 8-13 increased, 14-17 severe, 18 and over extreme danger).
 *
 * <p>The weights are licensed (taught through DA certification), so this plugin ships none. The
 * licence holder supplies them as a properties file mapping every item id to a whole number of 0
 * or more, either at the classpath resource {@value
 * org.safeguard.plugins.dangerassessment.DangerAssessmentProvider#DEFAULT_WEIGHTS_RESOURCE} or
 * wherever the provider's {@code weights} configuration points ({@code classpath:<resource>} or a
 * file path). Without weights the provider fails to load, and the engine reports it under the id
 * {@code danger-assessment}. See {@link org.safeguard.plugins.dangerassessment.SubChecks} for how
 * the sub-checks score.
 *
 * <p>Item labels are short neutral descriptions in our own words, not the published wording, in
 * the {@code labels} resource bundle. Source: Campbell's Danger Assessment (dangerassessment.org).
 */
package org.safeguard.plugins.dangerassessment;
