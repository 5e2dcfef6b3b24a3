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
 * Equality data about a victim: gender, ethnicity, sexual orientation, disability and age band.
 * These are special-category data. Each answer is either given, with the lawful basis it was
 * recorded under, or kept apart as "prefer not to say" or "not recorded", which are not the same
 * thing: the first is the person's choice, the second a gap in the service's recording. No
 * {@code toString} here ever shows a value, so an answer cannot reach a log line by accident.
 */
@NullMarked
package org.safeguard.core.equality;

import org.jspecify.annotations.NullMarked;
