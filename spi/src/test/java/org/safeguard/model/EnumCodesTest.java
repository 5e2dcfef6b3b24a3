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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.safeguard.export.FieldKind;
import org.safeguard.export.Purpose;

/** An enum constant's code is its name in lower case joined by hyphens, and reads back to the constant. */
class EnumCodesTest {
  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(Agency.class, Answer.class, CatalogUse.class, IncidentType.class, RiskLevel.class, FieldKind.class, Purpose.class);

  @Provide
  Arbitrary<Enum<?>> constants() {
    return Arbitraries.of(ENUMS).flatMap(type -> Arbitraries.of(type.getEnumConstants()));
  }

  @Property
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aCodeReadsBackToItsConstantAndKeepsTheIdRule(@ForAll("constants") Enum<?> constant) {
    String code = EnumCodes.of(constant);
    assertTrue(StableId.isValid(code), code);
    assertSame(constant, EnumCodes.parse((Class) constant.getDeclaringClass(), "code", code));
    assertEquals(code, EnumCodes.all(constant.getDeclaringClass()).get(constant.ordinal()));
  }

  @Test
  void aCodeIsTheNameInLowerCaseJoinedByHyphens() {
    assertEquals("not-known", EnumCodes.of(Answer.NOT_KNOWN));
    assertEquals("high", EnumCodes.of(RiskLevel.HIGH));
    assertEquals(List.of("full", "marac", "research"), EnumCodes.all(Purpose.class));
  }

  @Test
  void anUnknownCodeIsRefusedNamingTheFieldAndTheCodesThereAre() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> EnumCodes.parse(RiskLevel.class, "level", "HIGH"));
    assertEquals("level", e.field());
    assertTrue(e.rule().contains("standard, medium, high"), e.rule());
    assertThrows(InvalidInputException.class, () -> EnumCodes.parse(RiskLevel.class, " ", "high"));
    assertThrows(MissingValueException.class, () -> EnumCodes.parse(RiskLevel.class, "level", null));
  }

  /** An enum whose constant has a body of its own, so that the constant's class is not the enum's. */
  enum WithBody {
    PLAIN,
    BODIED {
      @Override
      public String toString() {
        return "bodied";
      }
    }
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aClassThatIsNoEnumsOwnIsRefused() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> EnumCodes.all((Class) Enum.class));
    assertEquals("type", e.field());
    e = assertThrows(InvalidInputException.class, () -> EnumCodes.all((Class) WithBody.BODIED.getClass()));
    assertTrue(e.rule().contains("getDeclaringClass"), e.rule());
    assertEquals("bodied", EnumCodes.of(WithBody.BODIED));
    assertEquals(WithBody.BODIED, EnumCodes.parse(WithBody.class, "code", "bodied"));
  }
}
