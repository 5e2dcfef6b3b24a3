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
 * B-SAFER, the 10-factor form of the B-SAFER manual (Kropp et al., Justice Canada):
 * five spousal-assault factors (violent acts; violent threats or thoughts; escalation; breach of
 * court orders; violent attitudes) and five psychosocial-adjustment factors (general criminality;
 * intimate relationship problems; employment problems; substance use problems; mental health
 * problems). Each factor is two items, {@code <factor>-current} and {@code <factor>-past}, rated
 * absent 0 / partial 1 / present 2, or {@code NOT_KNOWN} to omit it for lack of information: 20
 * items.
 *
 * <p>It computes no level. The assessor's summary judgement of Low / Moderate / High is recorded
 * as {@code STANDARD} / {@code MEDIUM} / {@code HIGH} with {@code Safeguard.assess(responses,
 * judgement)}; the score is the ratings sum, a research convenience only (see {@link RatingSum}).
 */
public final class BSaferTenFactorProvider implements InstrumentProvider {
  /** The instrument's id, {@value}, shared with the 15-factor form. */
  public static final String ID = BSaferForm.ID;

  /** The version, {@value}, that tells this form from the 15-factor one. */
  public static final String VERSION = "10-factor";

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
    return BSaferForm.build(context, BSaferForm.TEN_FACTORS);
  }
}
