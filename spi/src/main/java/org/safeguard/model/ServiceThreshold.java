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
package org.safeguard.model;

import org.immutables.value.Value;

/**
 * The score from which a service takes a case, such as Hertfordshire's IDVA service taking Dash
 * scores of 10 and over (<i>Hertfordshire Domestic Abuse Review</i>, CAADA, 2014, Appendix 12.1):
 * the same score means different things at different agencies.
 */
@Value.Immutable
@ModelStyle
public abstract class ServiceThreshold {
  /** Only the generated implementation in this package extends it. */
  ServiceThreshold() {}

  /**
   * The service that takes cases from this score.
   *
   * @return the service's agency
   */
  @Value.Parameter
  public abstract Agency service();

  /**
   * The instrument whose score is read, for example {@code safelives-dash-ric}.
   *
   * @return the instrument id
   */
  @Value.Parameter
  public abstract String instrumentId();

  /**
   * The lowest score the service takes, inclusive.
   *
   * @return the minimum score, 0 or more
   */
  @Value.Parameter
  public abstract int minimumScore();

  /**
   * A service's threshold on one instrument.
   *
   * @param service the service that takes the cases
   * @param instrumentId the instrument whose score is read
   * @param minimumScore the lowest score the service takes, inclusive
   * @return the threshold
   * @throws InvalidInputException when {@code minimumScore} is below 0
   */
  public static ServiceThreshold of(Agency service, String instrumentId, int minimumScore) {
    return ImmutableServiceThreshold.of(service, instrumentId, minimumScore);
  }

  /** Runs when a threshold is built: the minimum score is 0 or more. */
  @Value.Check
  protected void check() {
    if (minimumScore() < 0) {
      throw new InvalidInputException("service.minimum-score", minimumScore(), "scores start at 0");
    }
  }
}
