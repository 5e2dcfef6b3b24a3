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
 * Service planning by the published models: IDVA capacity, workforce coverage, the caseload model,
 * refuge provision and team costs. Needs no engine: the SPI for its typed exceptions, and the CSV
 * reader for areas and teams files, whose refusals are part of this module's API.
 */
module org.safeguard.planning {
  requires transitive org.safeguard.spi;
  requires transitive org.safeguard.csv;
  requires static org.jspecify;

  exports org.safeguard.planning;
}
