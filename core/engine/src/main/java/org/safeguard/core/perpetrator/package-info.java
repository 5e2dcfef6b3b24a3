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
 * The perpetrator side of the work, as a Drive-style programme runs it: a perpetrator case linked
 * to the victims' cases, allocated to a case manager, background research and a contact-safety
 * judgement before any contact, contact attempts, engagement over time, an optional step-down and
 * closure or an early exit. Like the victim side ({@code casework}), commands over immutable
 * snapshots, each returning the new snapshot and the events it caused.
 */
@NullMarked
package org.safeguard.core.perpetrator;

import org.jspecify.annotations.NullMarked;
