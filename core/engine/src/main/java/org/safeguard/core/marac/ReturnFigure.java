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
package org.safeguard.core.marac;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * One figure of a {@link MaracReturn}, by a stable key a service's own expected ranges name it by:
 * {@code cases-heard}, {@code per-10k-adult-women}, {@code repeat-rate}, {@code cases-with-children},
 * {@code engagement}, {@code referrals-by-agency.POLICE} (any {@link Agency}),
 * {@code referrals-by-route.REPEAT} (any {@link MaracRoute}) and {@code access.MALE} (any
 * {@link EqualityGroup}). Immutable; equal when the keys are.
 */
public final class ReturnFigure {
  private static final Map<String, ReturnFigure> ALL = new LinkedHashMap<>();

  /** The cases heard in the period, a count. */
  public static final ReturnFigure CASES_HEARD = add("cases-heard", Kind.COUNT, null);
  /** The cases heard per 10,000 adult women per year. */
  public static final ReturnFigure PER_TEN_THOUSAND = add("per-10k-adult-women", Kind.PER_TEN_THOUSAND, null);
  /** The share of cases heard that are repeats, in percent. */
  public static final ReturnFigure REPEAT_RATE = add("repeat-rate", Kind.PERCENT, null);
  /** The share of cases heard with children in the household, in percent. */
  public static final ReturnFigure CASES_WITH_CHILDREN = add("cases-with-children", Kind.PERCENT, null);
  /** The share of accepted referrals whose victim engaged, in percent. */
  public static final ReturnFigure ENGAGEMENT = add("engagement", Kind.PERCENT, null);

  static {
    for (Agency agency : Agency.values()) {
      add("referrals-by-agency." + agency.name(), Kind.PERCENT, agency);
    }
    for (MaracRoute route : MaracRoute.values()) {
      add("referrals-by-route." + route.name(), Kind.PERCENT, route);
    }
    for (EqualityGroup group : EqualityGroup.values()) {
      add("access." + group.name(), Kind.PERCENT, group);
    }
  }

  /** What a figure's value is. */
  public enum Kind {
    /** A count of cases. */
    COUNT,
    /** Cases per 10,000 adult women per year, to one decimal place. */
    PER_TEN_THOUSAND,
    /** A percentage, to one decimal place. */
    PERCENT
  }

  private final String key;
  private final Kind kind;
  private final @Nullable Enum<?> part;

  private ReturnFigure(String key, Kind kind, @Nullable Enum<?> part) {
    this.key = key;
    this.kind = kind;
    this.part = part;
  }

  private static ReturnFigure add(String key, Kind kind, @Nullable Enum<?> part) {
    ReturnFigure figure = new ReturnFigure(key, kind, part);
    ALL.put(key, figure);
    return figure;
  }

  /**
   * The share of referrals from one agency.
   *
   * @param agency the referring agency
   * @return the figure
   */
  public static ReturnFigure referralsBy(Agency agency) {
    return parse("referrals-by-agency." + MissingValueException.require("agency", agency).name());
  }

  /**
   * The share of referrals that came by one route.
   *
   * @param route the route
   * @return the figure
   */
  public static ReturnFigure referralsBy(MaracRoute route) {
    return parse("referrals-by-route." + MissingValueException.require("route", route).name());
  }

  /**
   * The share of cases heard in one equality group.
   *
   * @param group the group
   * @return the figure
   */
  public static ReturnFigure access(EqualityGroup group) {
    return parse("access." + MissingValueException.require("group", group).name());
  }

  /**
   * A figure by its key.
   *
   * @param key the key, for example {@code repeat-rate}
   * @return the figure
   * @throws InvalidInputException when no figure has that key
   */
  public static ReturnFigure parse(String key) {
    MissingValueException.require("key", key);
    ReturnFigure figure = ALL.get(key);
    if (figure == null) {
      throw new InvalidInputException("key", key, "a figure of a MARAC return, such as repeat-rate or referrals-by-agency.POLICE");
    }
    return figure;
  }

  /**
   * Every figure, in the order a return lists them.
   *
   * @return the figures
   */
  public static List<ReturnFigure> all() {
    return Collections.unmodifiableList(new ArrayList<>(ALL.values()));
  }

  /**
   * The figure's key.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * What the figure's value is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /** The agency, route or group a figure is about, or null for the figures of the whole return. */
  @Nullable Enum<?> part() {
    return part;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReturnFigure f && f.key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /**
   * The key.
   *
   * @return the key
   */
  @Override
  public String toString() {
    return key;
  }
}
