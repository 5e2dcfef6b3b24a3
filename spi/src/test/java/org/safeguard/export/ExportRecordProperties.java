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
package org.safeguard.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;
import org.safeguard.model.InvalidInputException;

/**
 * The laws a record's builder keeps however its calls are ordered: a record once built never
 * changes, and a schema finds every field by its own name and no other.
 */
class ExportRecordProperties {
  private static final List<String> CODES = List.of("stalking", "threats-to-kill", "high", "medium");

  /**
   * Operations on one {@link Schemas#JUDGEMENT} builder: 0 sets the level, 1 adds a reason, 2 sets
   * whether current, 3 builds; the operand picks the value. Each record built is checked at the end
   * against what the fields held when it was built.
   */
  @Property
  void aBuiltRecordNeverChangesWhateverItsBuilderDoesNext(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 3) Integer> ops,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 3) Integer> operands) {
    ExportRecord.Builder builder = ExportRecord.builder(Schemas.JUDGEMENT);
    Map<String, Object> singles = new HashMap<>();
    List<String> reasons = new ArrayList<>();
    List<ExportRecord> built = new ArrayList<>();
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      int operand = i < operands.size() ? operands.get(i) : 0;
      switch (ops.get(i)) {
        case 0:
          setOnce(builder, singles, "level", CODES.get(operand));
          break;
        case 1:
          builder.set("reasons", CODES.get(operand));
          reasons.add(CODES.get(operand));
          break;
        case 2:
          setOnce(builder, singles, "current", operand % 2 == 0);
          break;
        default:
          built.add(builder.build());
          Map<String, Object> now = new LinkedHashMap<>(singles);
          now.put("reasons", List.copyOf(reasons));
          expected.add(now);
      }
    }
    for (int r = 0; r < built.size(); r++) {
      ExportRecord record = built.get(r);
      Map<String, Object> then = expected.get(r);
      assertEquals(then.get("reasons"), record.texts("reasons"));
      assertEquals(then.containsKey("level"), record.text("level").isPresent());
      record.text("level").ifPresent(level -> assertEquals(then.get("level"), level));
      assertEquals(then.containsKey("current"), record.flag("current").isPresent());
      record.flag("current").ifPresent(current -> assertEquals(then.get("current"), current));
      assertThrows(UnsupportedOperationException.class, () -> record.texts("reasons").add("x"));
    }
  }

  private static void setOnce(ExportRecord.Builder builder, Map<String, Object> singles, String field, Object value) {
    if (singles.containsKey(field)) {
      assertThrows(InvalidInputException.class, () -> builder.set(field, value));
    } else {
      builder.set(field, value);
      singles.put(field, value);
    }
  }

  @Property
  void aSchemaFindsEachFieldByItsNameAndNoOther(
      @ForAll @Size(min = 1, max = 70) @UniqueElements List<@AlphaChars @StringLength(min = 1, max = 12) String> tails,
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String otherTail) {
    // a field name starts with a lower-case letter
    List<String> names = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    for (String tail : tails) {
      names.add("f" + tail);
      fields.add(Field.of("f" + tail, FieldKind.TEXT).build());
    }
    String other = "f" + otherTail;
    Schema schema = Schema.of("generated", "Fields with generated names.", fields);
    for (int i = 0; i < names.size(); i++) {
      // a copy, not the very string the field holds: found by its characters
      String name = new String(names.get(i).toCharArray());
      assertEquals(i, schema.indexOf(name));
      assertEquals(names.get(i), schema.field(name).orElseThrow().name());
    }
    if (!names.contains(other)) {
      assertFalse(schema.field(other).isPresent());
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> schema.indexOf(other));
      assertTrue(e.getMessage().contains(names.get(0)), e.getMessage());
    }
  }
}
