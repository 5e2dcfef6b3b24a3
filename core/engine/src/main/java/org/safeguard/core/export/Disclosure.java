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
package org.safeguard.core.export;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeguard.export.Count;
import org.safeguard.export.ExportRecord;

/**
 * Secondary suppression over the counts of one aggregate record, the one routine behind each
 * record's own rules ({@link CohortDisclosure}, {@link ReturnDisclosure}): which counts, beyond the
 * small ones, must not be shown so that no small one can be worked out by subtraction. A rule set
 * declares its counts ({@link #cell}) and how they relate, judged on the counts as counted:
 *
 * <ul>
 *   <li>a <b>group</b>: parts that add up to a total. When exactly one part is hidden and the total
 *       shown, the smallest other part above zero is withheld too, or the total when there is none;
 *       a hidden total whose parts are all shown has its smallest part above zero withheld;
 *   <li>a <b>pair</b>: a part beside its whole, whose difference is a count too. When that
 *       difference is small and both are shown, the part is withheld;
 *   <li>the <b>same</b> count shown in two places (a total repeated as each rate's denominator):
 *       hidden in one, hidden in every one.
 * </ul>
 *
 * Every small count declared is hidden first; then the rules are applied until nothing more is
 * hidden. Zero is never hidden. Used by one thread, once.
 */
final class Disclosure {
  /** One count in a record: the record (by identity, since two rows may be equal) and the field's position. */
  static final class Cell {
    final ExportRecord owner;
    final int field;
    final long value;
    /** The cells showing the same count, this one among them. */
    List<Cell> same;

    private Cell(ExportRecord owner, int field, long value) {
      this.owner = owner;
      this.field = field;
      this.value = value;
      this.same = new ArrayList<>(List.of(this));
    }
  }

  private final List<Cell> cells = new ArrayList<>();
  private final List<Cell[]> groups = new ArrayList<>();
  private final List<Cell[]> pairs = new ArrayList<>();
  private final Map<ExportRecord, boolean[]> hidden = new IdentityHashMap<>();

  /**
   * A count field of a record made for FULL; absent counts as zero.
   *
   * @param owner the record
   * @param field the count field's name
   * @return the cell
   */
  Cell cell(ExportRecord owner, String field) {
    // a FULL record holds every count as counted (ExportRecord.Builder#build)
    Cell c = new Cell(owner, owner.schema().indexOf(field), owner.count(field).orElse(Count.of(0)).value());
    cells.add(c);
    return c;
  }

  /** Parts and their total, whatever they add up to. */
  void group(List<Cell> parts, Cell total) {
    List<Cell> all = new ArrayList<>(parts);
    all.add(total);
    groups.add(all.toArray(new Cell[0]));
  }

  /** A group only when its parts add up to its total: otherwise subtraction gives nothing exact. */
  void groupIfSums(List<Cell> parts, Cell total) {
    long sum = 0;
    for (Cell c : parts) {
      sum += c.value;
    }
    if (sum == total.value && !parts.isEmpty()) {
      group(parts, total);
    }
  }

  /** A part beside its whole. */
  void pair(Cell part, Cell whole) {
    pairs.add(new Cell[] {part, whole});
  }

  /** Two cells showing the same count. */
  void same(Cell a, Cell b) {
    if (a.same == b.same) {
      return;
    }
    List<Cell> merged = a.same;
    for (Cell c : b.same) {
      merged.add(c);
      c.same = merged;
    }
  }

  /**
   * Applies the rules.
   *
   * @param threshold the small-cell threshold
   * @return for each record, the positions of its fields to hide (small or withheld); more may be
   *     added with {@link #hide(ExportRecord, int)}
   */
  Map<ExportRecord, boolean[]> settle(int threshold) {
    for (Cell c : cells) {
      if (small(c.value, threshold)) {
        hide(c);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Cell[] p : pairs) {
        Cell part = p[0];
        Cell whole = p[1];
        if (!isHidden(part) && !isHidden(whole) && small(whole.value - part.value, threshold)) {
          changed |= hide(part);
        }
      }
      for (Cell[] g : groups) {
        Cell total = g[g.length - 1];
        int hiddenParts = 0;
        for (int i = 0; i < g.length - 1; i++) {
          hiddenParts += isHidden(g[i]) ? 1 : 0;
        }
        boolean totalHidden = isHidden(total);
        if (hiddenParts == 1 && !totalHidden || hiddenParts == 0 && totalHidden) {
          Optional<Cell> next = smallestShown(g);
          changed |= hide(next.orElse(total));
        }
      }
    }
    return hidden;
  }

  /** The smallest part above zero still shown, which hides the least when withheld. */
  private Optional<Cell> smallestShown(Cell[] group) {
    @Nullable Cell best = null;
    for (int i = 0; i < group.length - 1; i++) {
      Cell c = group[i];
      if (c.value > 0 && !isHidden(c) && (best == null || c.value < best.value)) {
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean small(long n, int threshold) {
    return n > 0 && n < threshold;
  }

  /** Whether a cell is hidden, small or withheld. */
  boolean isHidden(Cell c) {
    return isHidden(c.owner, c.field);
  }

  /** Whether a field of a record is hidden. */
  boolean isHidden(ExportRecord owner, int field) {
    boolean[] fields = hidden.get(owner);
    return fields != null && fields[field];
  }

  /** Hides a cell and every cell showing the same count; false when it was hidden already. */
  private boolean hide(Cell c) {
    boolean changed = false;
    for (Cell s : c.same) {
      changed |= hide(s.owner, s.field);
    }
    return changed;
  }

  /** Hides a field of a record, a count or a value worked out from hidden ones; false when it was hidden already. */
  boolean hide(ExportRecord owner, int field) {
    boolean[] fields = hidden.computeIfAbsent(owner, r -> new boolean[r.schema().fields().size()]);
    boolean was = fields[field];
    fields[field] = true;
    return !was;
  }
}
