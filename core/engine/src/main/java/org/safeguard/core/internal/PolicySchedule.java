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
package org.safeguard.core.internal;

import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.ThresholdPolicy;

/**
 * The threshold policies of one family and the dates each was in force, each with its assessor and
 * MARAC screen built once. A schedule of one policy with no dates answers without looking at any
 * date, so the common case costs nothing; a dated family is a range map from dates to policies.
 */
public final class PolicySchedule {
  private final List<Entry> entries;
  private final @Nullable Entry only;
  private final @Nullable RangeMap<LocalDate, Entry> byDate;

  private record Entry(ThresholdPolicy policy, Assessor assessor, MaracScreen screen) {}

  /** Earliest first; a policy with no start date has always been in force. */
  private static final Comparator<ThresholdPolicy> BY_EFFECTIVE_FROM = new Comparator<>() {
    @Override
    public int compare(ThresholdPolicy a, ThresholdPolicy b) {
      return a.effectiveFrom().orElse(LocalDate.MIN).compareTo(b.effectiveFrom().orElse(LocalDate.MIN));
    }
  };

  /**
   * Orders the policies by date and refuses two of one family in force on the same day.
   *
   * @param policies at least one policy; several only when they are one family's, with dates
   * @param instruments every instrument version the engine loaded, by {@code id@version}
   */
  public PolicySchedule(List<ThresholdPolicy> policies, Map<String, Instrument> instruments) {
    if (policies.isEmpty()) {
      throw new IllegalArgumentException("a schedule needs at least one policy");
    }
    List<ThresholdPolicy> sorted = new ArrayList<>(policies);
    sorted.sort(BY_EFFECTIVE_FROM);
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
      built.add(new Entry(policy, new Assessor(policy, instruments), new MaracScreen(policy)));
    }
    this.entries = List.copyOf(built);
    ThresholdPolicy first = sorted.get(0);
    if (sorted.size() == 1 && first.effectiveFrom().isEmpty() && first.effectiveUntil().isEmpty()) {
      this.only = built.get(0);
      this.byDate = null;
    } else {
      this.only = null;
      ImmutableRangeMap.Builder<LocalDate, Entry> dates = ImmutableRangeMap.builder();
      for (Entry entry : built) {
        dates.put(inForce(entry.policy()), entry);
      }
      this.byDate = dates.build();
    }
  }

  /** The days a policy is in force, both ends included; open where it names no date. */
  private static Range<LocalDate> inForce(ThresholdPolicy policy) {
    if (policy.effectiveFrom().isPresent() && policy.effectiveUntil().isPresent()) {
      return Range.closed(policy.effectiveFrom().get(), policy.effectiveUntil().get());
    }
    if (policy.effectiveFrom().isPresent()) {
      return Range.atLeast(policy.effectiveFrom().get());
    }
    return policy.effectiveUntil().isPresent() ? Range.atMost(policy.effectiveUntil().get()) : Range.all();
  }

  /** True when one undated policy is always in force. */
  public boolean undated() {
    return only != null;
  }

  /** The policies, earliest first. */
  public List<ThresholdPolicy> policies() {
    List<ThresholdPolicy> policies = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      policies.add(entry.policy());
    }
    return policies;
  }

  /** The policy in force on a date. */
  public ThresholdPolicy policyOn(LocalDate date) {
    return entryOn(date).policy();
  }

  /** The assessor of the policy in force on a date. */
  public Assessor assessorOn(LocalDate date) {
    return entryOn(date).assessor();
  }

  /** The MARAC screen of the policy in force on a date. */
  public MaracScreen screenOn(LocalDate date) {
    return entryOn(date).screen();
  }

  /** The assessor of the one undated policy; only when {@link #undated()}. */
  public Assessor onlyAssessor() {
    return Objects.requireNonNull(only, "asked only of an undated schedule").assessor();
  }

  private Entry entryOn(LocalDate date) {
    Entry one = only;
    if (one != null) {
      return one;
    }
    Entry entry = Objects.requireNonNull(byDate, "a dated schedule has its dates").get(date);
    if (entry != null) {
      return entry;
    }
    List<String> inForce = new ArrayList<>();
    for (Entry e : entries) {
      inForce.add(e.policy().id() + " " + e.policy().effectiveFrom().map(String::valueOf).orElse("...")
          + " to " + e.policy().effectiveUntil().map(String::valueOf).orElse("..."));
    }
    throw new InvalidInputException("date", date, "no threshold policy of family " + entries.get(0).policy().family()
        + " is in force on this date; in force: " + inForce);
  }
}
