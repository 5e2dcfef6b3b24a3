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
package org.safeguard.examples.kotlinclient

import java.nio.file.Path
import kotlin.system.exitProcess

/**
 * Runs the three synthetic cases through the engine and prints what happened; the exports go to
 * the folder named by the one optional argument (`target/kotlin-client-exports` by default).
 */
fun main(args: Array<String>) {
    if (args.size > 1 || args.firstOrNull()?.startsWith("-") == true) {
        System.err.println("usage: java -jar safeguard-kotlin-client.jar [EXPORT-FOLDER]")
        exitProcess(2)
    }
    val dir = Path.of(args.firstOrNull() ?: "target/kotlin-client-exports")
    print(KotlinClient().run(SAMPLE_CASES, dir).render())
}
