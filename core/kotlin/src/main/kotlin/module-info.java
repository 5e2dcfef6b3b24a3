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
 * Kotlin's view of the engine's API: every value that the Java API returns as an {@code Optional}
 * is also offered as a nullable value. Reads the engine's module and Kotlin's standard library, and
 * hands both on to its readers.
 */
module org.safeguard.kotlin {
  requires transitive org.safeguard.core;
  requires transitive kotlin.stdlib;

  exports org.safeguard.kotlin;
}
