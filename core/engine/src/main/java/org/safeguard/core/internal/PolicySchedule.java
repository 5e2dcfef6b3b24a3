package org.safeguard.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.ThresholdPolicy;

/**
 * The threshold policies of one family and the dates each was in force, each with its assessor and
 * MARAC screen built once. A schedule of one policy with no dates answers without looking at any
 * date, so the common case costs nothing.
 */
public final class PolicySchedule {
  private final List<Entry> entries;
  private final Entry only;

  private record Entry(ThresholdPolicy policy, Assessor assessor, MaracScreen screen) {}

  public PolicySchedule(List<ThresholdPolicy> policies) {
    if (policies.isEmpty()) {
      throw new IllegalArgumentException("a schedule needs at least one policy");
    }
    List<ThresholdPolicy> sorted = new ArrayList<>(policies);
    sorted.sort(Comparator.comparing(p -> p.effectiveFrom().orElse(LocalDate.MIN)));
    for (int i = 1; i < sorted.size(); i++) {
      ThresholdPolicy earlier = sorted.get(i - 1);
      ThresholdPolicy later = sorted.get(i);
      LocalDate laterFrom = later.effectiveFrom().orElse(LocalDate.MIN);
      if (earlier.effectiveUntil().isEmpty() || !earlier.effectiveUntil().get().isBefore(laterFrom)) {
        throw new InvalidInputException("thresholdPolicy.effective-from", later.id() + " " + laterFrom,
            "policies of family " + later.family() + " overlap: " + earlier.id() + " is still in force then");
      }
    }
    List<Entry> built = new ArrayList<>();
    for (ThresholdPolicy policy : sorted) {
      built.add(new Entry(policy, new Assessor(policy), new MaracScreen(policy)));
    }
    this.entries = List.copyOf(built);
    ThresholdPolicy first = sorted.get(0);
    this.only = sorted.size() == 1 && first.effectiveFrom().isEmpty() && first.effectiveUntil().isEmpty() ? built.get(0) : null;
  }

  /** True when one undated policy is always in force. */
  public boolean undated() {
    return only != null;
  }

  public List<ThresholdPolicy> policies() {
    return entries.stream().map(Entry::policy).toList();
  }

  public ThresholdPolicy policyOn(LocalDate date) {
    return entryOn(date).policy();
  }

  public Assessor assessorOn(LocalDate date) {
    return entryOn(date).assessor();
  }

  public MaracScreen screenOn(LocalDate date) {
    return entryOn(date).screen();
  }

  /** The assessor of the one undated policy; only when {@link #undated()}. */
  public Assessor onlyAssessor() {
    return only.assessor();
  }

  private Entry entryOn(LocalDate date) {
    if (only != null) {
      return only;
    }
    for (Entry entry : entries) {
      if (entry.policy().inForceOn(date)) {
        return entry;
      }
    }
    ThresholdPolicy any = entries.get(0).policy();
    throw new InvalidInputException("date", date, "no threshold policy of family " + any.family() + " is in force on this date; "
        + "in force: " + entries.stream().map(e -> e.policy().id() + " " + e.policy().effectiveFrom().map(String::valueOf).orElse("...")
            + " to " + e.policy().effectiveUntil().map(String::valueOf).orElse("...")).toList());
  }
}
