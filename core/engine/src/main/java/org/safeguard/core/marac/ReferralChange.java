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
package org.safeguard.core.marac;

import java.util.List;
import org.safeguard.model.MissingValueException;

/**
 * What a referral command returns: the referral as it now is, and the events that took it there,
 * for the embedding system to persist.
 *
 * @param referral the referral at its new revision
 * @param events the events the command caused, in order
 */
public record ReferralChange(Referral referral, List<ReferralEvent> events) {
  /**
   * Checks the parts and keeps an unmodifiable copy of the events.
   *
   * @param referral the referral
   * @param events the events
   * @throws MissingValueException when a part or an event is null
   */
  public ReferralChange {
    MissingValueException.require("referral", referral);
    events = List.copyOf(MissingValueException.requireElements("events", events));
  }
}
