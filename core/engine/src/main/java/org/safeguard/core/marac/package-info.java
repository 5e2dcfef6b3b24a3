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
 * The MARAC: the referral screen (which of the four routes fire over a case history and an
 * assessment), the meetings, with the cases heard and the actions agreed, done or dropped, and
 * the MARAC's own record of each referral, with the events its commands record, and the periodic
 * return over its referrals and meetings.
 */
@NullMarked
package org.safeguard.core.marac;

import org.jspecify.annotations.NullMarked;

