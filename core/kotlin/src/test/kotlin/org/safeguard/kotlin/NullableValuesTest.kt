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
package org.safeguard.kotlin

import java.io.File
import java.lang.reflect.Method
import java.lang.reflect.Modifier
import java.lang.reflect.ParameterizedType
import java.lang.reflect.Type
import java.lang.reflect.TypeVariable
import java.time.LocalDate
import java.util.Optional
import java.util.OptionalDouble
import java.util.OptionalInt
import java.util.OptionalLong
import java.util.jar.JarFile
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.safeguard.core.Safeguard
import org.safeguard.core.casework.Closure
import org.safeguard.core.casework.ClosureReason
import org.safeguard.core.casework.Intervention
import org.safeguard.core.casework.InterventionResult
import org.safeguard.core.casework.StandardInterventions
import org.safeguard.model.Agency
import org.safeguard.model.Instrument
import org.safeguard.model.RiskLevel

/** Every optional value of the API has its nullable twin, and each twin is the value or null. */
class NullableValuesTest {
    private val safeguard = Safeguard.builder().thresholdPolicy(Safeguard.DEFAULT_POLICY).build()
    private val day = LocalDate.of(2026, 11, 2)

    @Test
    fun `every accessor of the SPI and the engine that returns an Optional has a nullable twin`() {
        val twins = Class.forName("org.safeguard.kotlin.NullableValues").declaredMethods.filter { Modifier.isPublic(it.modifiers) }
        val missing = mutableListOf<String>()
        var accessors = 0
        for (type in publicTypes(Instrument::class.java) + publicTypes(Safeguard::class.java)) {
            for (accessor in type.declaredMethods.filter(::returnsAnOptional)) {
                accessors++
                val name = if (accessor.parameterCount == 0) {
                    "get" + accessor.name.replaceFirstChar { it.uppercaseChar() } + "OrNull"
                } else {
                    accessor.name + "OrNull"
                }
                // an Optional parameter is a nullable one in the twin
                val parameters = accessor.genericParameterTypes.map { if (raw(it) == Optional::class.java) valueOf(it) else raw(it) }
                val found = twins.any { twin ->
                    twin.name == name &&
                        twin.parameterTypes.size == parameters.size + 1 &&
                        twin.parameterTypes[0].isAssignableFrom(type) &&
                        twin.parameterTypes.drop(1) == parameters &&
                        twin.returnType == valueOf(accessor.genericReturnType)
                }
                if (!found) {
                    missing += "${type.name}.${accessor.name}(${parameters.joinToString { it.simpleName }})"
                }
            }
        }
        assertEquals(emptyList<String>(), missing, "accessors without a nullable twin in NullableValues.kt")
        assertTrue(accessors >= 130, "found $accessors accessors: the scan of the API's classes missed some")
    }

    @Test
    fun `a case file's optional values are null until the case has them`() {
        val casework = safeguard.casework()
        var file = casework.open("K-0001", day).caseFile()
        assertNull(file.victimAgeOrNull)
        assertNull(file.intakeOrNull)
        assertNull(file.closureOrNull)
        assertNull(file.interventionOrNull("i1"))

        file = casework.startIntervention(
            file,
            Intervention.builder().id("i1").kind(StandardInterventions.SAFETY_PLANNING).start(day).build(),
        ).caseFile()
        assertNull(file.interventionOrNull("i1")?.endOrNull)
        file = casework.endIntervention(file, "i1", day.plusDays(14), InterventionResult.ACHIEVED).caseFile()
        assertEquals(day.plusDays(14), file.interventionOrNull("i1")?.endOrNull)

        file = casework.close(file, Closure.of(day.plusDays(30), ClosureReason.SUPPORT_COMPLETED)).caseFile()
        assertEquals(file.closure().get(), file.closureOrNull)
        assertEquals(34, casework.open("K-0002", day, OptionalInt.of(34), Optional.empty()).caseFile().victimAgeOrNull)
    }

    @Test
    fun `an assessment's level and a checklist's completion are the value or null`() {
        val unsigned = safeguard.responses("safelives-dash-ric").yes("threats-to-kill", "strangulation", "separation").build()
        assertNull(unsigned.completedOnOrNull)
        assertNull(unsigned.completedByOrNull)
        val signed = safeguard.responses("safelives-dash-ric")
            .yes("threats-to-kill", "strangulation", "separation")
            .completedOn(day)
            .completedBy(Agency.POLICE)
            .build()
        assertEquals(day, signed.completedOnOrNull)
        assertEquals(Agency.POLICE, signed.completedByOrNull)

        val assessment = safeguard.assess(signed)
        assertEquals(assessment.level().get(), assessment.levelOrNull)
        assertEquals(RiskLevel.STANDARD, assessment.levelOrNull)
        assertNull(assessment.judgementOrNull)
    }

    @Test
    fun `an Optional parameter is a nullable one`() {
        val policy = safeguard.policy()
        assertEquals(policy.bandsFor("safelives-dash-ric", Optional.empty()).orElse(null), policy.bandsForOrNull("safelives-dash-ric", null))
        assertEquals(
            policy.bandsFor("safelives-dash-ric", Optional.of(Agency.POLICE)).orElse(null),
            policy.bandsForOrNull("safelives-dash-ric", Agency.POLICE),
        )
        assertNull(policy.bandsForOrNull("no-such-instrument", null))
    }

    @Test
    fun `an OptionalInt is the number or null`() {
        val bands = safeguard.policy().bandsForOrNull("safelives-dash-ric", null)!!.bands()
        // every band but the top one ends somewhere
        assertEquals(bands.dropLast(1).map { it.upper().asInt }, bands.dropLast(1).map { it.upperOrNull })
        assertNull(bands.last().upperOrNull)
    }

    private fun returnsAnOptional(m: Method): Boolean =
        Modifier.isPublic(m.modifiers) && !Modifier.isStatic(m.modifiers) && !m.isSynthetic && !m.isBridge &&
            m.returnType in setOf(Optional::class.java, OptionalInt::class.java, OptionalLong::class.java, OptionalDouble::class.java)

    /** The class a type erases to. */
    private fun raw(type: Type): Class<*> = when (type) {
        is Class<*> -> type
        is ParameterizedType -> type.rawType as Class<*>
        is TypeVariable<*> -> raw(type.bounds[0])
        else -> error("a type the API does not use: $type")
    }

    /** The class of what an optional holds, as a twin returns it: an OptionalInt's is Integer. */
    private fun valueOf(optional: Type): Class<*> = when (raw(optional)) {
        OptionalInt::class.java -> Int::class.javaObjectType
        OptionalLong::class.java -> Long::class.javaObjectType
        OptionalDouble::class.java -> Double::class.javaObjectType
        else -> raw((optional as ParameterizedType).actualTypeArguments[0])
    }

    /** The public types of the jar or directory [anchor] was loaded from, but for its internal packages and generated classes. */
    private fun publicTypes(anchor: Class<*>): List<Class<*>> {
        val location = File(anchor.protectionDomain.codeSource.location.toURI())
        val names = if (location.isDirectory) {
            location.walk().filter { it.isFile }.map { it.relativeTo(location).invariantSeparatorsPath }.toList()
        } else {
            JarFile(location).use { jar -> jar.entries().toList().map { it.name } }
        }
        return names
            .filter { it.endsWith(".class") && it.startsWith("org/safeguard/") && "/internal/" !in it && !it.endsWith("-info.class") }
            .map { Class.forName(it.removeSuffix(".class").replace('/', '.'), false, anchor.classLoader) }
            .filter { Modifier.isPublic(it.modifiers) && !it.simpleName.startsWith("Immutable") }
            .sortedBy { it.name }
    }
}
