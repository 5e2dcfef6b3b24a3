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
 * The Safeguard SPI: the stable contract a plugin implements against. {@code org.safeguard.model}
 * holds the small model a plugin builds (instruments, items, answers, responses, scores, rating
 * scales, bands, threshold policies and MARAC parameters, intervention catalogues);
 * {@code org.safeguard.export} holds the records exporters write and the purposes that limit them;
 * {@code org.safeguard.spi} holds the extension points the engine finds with
 * {@link java.util.ServiceLoader}. No runtime dependencies at all.
 */
module org.safeguard.spi {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.safeguard.export;
  exports org.safeguard.model;
  exports org.safeguard.spi;
}
