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
package org.safeguard.plugins.spj;

import org.safeguard.model.Instrument;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.SetupContext;

/**
 * B-SAFER, the later 15-factor form (Kropp et al.; the Justice Canada manual has ten): the ten
 * factors of {@link BSaferTenFactorProvider}, in the same order and with the same item ids,
 * followed by five victim-vulnerability factors (inconsistent behaviour or attitude; extreme fear;
 * inadequate access to resources; unsafe living situation; personal problems). Each factor is
 * rated for the current period and the past: 30 items.
 *
 * <p>We include the victim-vulnerability factors because in UK services the victim's side (fear,
 * access to support, housing) drives safety planning, and an assessor who lacks the information
 * omits them ({@code NOT_KNOWN}) or leaves them not asked; with no computed level, nothing is
 * inferred from their absence. A service that uses the 10-factor form asks for version {@value
 * BSaferTenFactorProvider#VERSION}; both load side by side, and this one is the newest.
 *
 * <p>It computes no level: the assessor's judgement sets it, as for the 10-factor form.
 */
public final class BSaferFifteenFactorProvider implements InstrumentProvider {
  /** The instrument's id, {@value}, shared with the 10-factor form. */
  public static final String ID = BSaferForm.ID;

  /** The version, {@value}: the newest, so the default when a caller names no version. */
  public static final String VERSION = "15-factor";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public Instrument load(SetupContext context) {
    return BSaferForm.build(context, BSaferForm.FIFTEEN_FACTORS);
  }
}
