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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.safeguard.core.equality.DisclosureStatus;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.core.equality.PopulationShare;
import org.safeguard.core.outcome.Rate;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;
import org.safeguard.model.StableId;

/**
 * A MARAC's periodic return: what a coordinator reports each quarter or year, over the MARAC's
 * referrals and meetings in a period. Every rate carries its numerator, its denominator and what
 * was left out and why.
 *
 * <ul>
 *   <li>Over the <b>cases heard</b> (each hearing at a meeting in the period, linked to the case's
 *       latest referral received by the meeting's day and not rejected or transferred before it): the count; the count per 10,000 adult women
 *       per year against the {@link #RECOMMENDED_PER_TEN_THOUSAND recommended 40} (SafeLives 2019
 *       survey of practitioners); the repeat rate (a hearing whose referral came by
 *       {@link MaracRoute#REPEAT}); the cases with children in the household and the number of
 *       children; and the access table, group by group.
 *   <li>Over the <b>referrals received</b> in the period: the share from each agency and by each
 *       route (a referral by two routes counts under both); those rejected or transferred by the
 *       period's end; and engagement, over the referrals accepted.
 * </ul>
 *
 * Returns of different MARACs over the same period {@link #merge merge} into the return of their
 * area together, the way a county adds up its MARACs. A return holds counts only: no case or
 * referral id, no equality answer. It is the service's own figures, exact; anything that leaves the
 * service goes through an export profile that suppresses small counts. Immutable and thread-safe.
 */
public final class MaracReturn {
  /** The cases a MARAC should hear per 10,000 adult women a year (SafeLives 2019 survey of practitioners). */
  public static final BigDecimal RECOMMENDED_PER_TEN_THOUSAND = BigDecimal.valueOf(40);
  /** The most adult women an area is given: beyond any area in the United Kingdom. */
  public static final long MAX_ADULT_WOMEN = 100_000_000L;

  private static final int HEARD = 0;
  private static final int LINKED = 1;
  private static final int REPEATS = 2;
  private static final int CHILDREN_KNOWN = 3;
  private static final int WITH_CHILDREN = 4;
  private static final int CHILDREN = 5;
  private static final int REFERRALS = 6;
  private static final int ACCEPTED = 7;
  private static final int ENGAGED = 8;
  private static final int REJECTED = 9;
  private static final int TRANSFERRED = 10;
  private static final int BY_AGENCY = 11;
  private static final int BY_ROUTE = BY_AGENCY + Agency.values().length;
  private static final int BY_GROUP = BY_ROUTE + MaracRoute.values().length;
  /** Per group: in the group, answer known, answer withheld. */
  private static final int IN = 0;
  private static final int KNOWN = 1;
  private static final int WITHHELD = 2;
  private static final int GROUP_SLOTS = 3;
  private static final int SIZE = BY_GROUP + EqualityGroup.values().length * GROUP_SLOTS;
  private static final String NO_REFERRAL = "no referral record";
  private static final EqualityGroup[] GROUPS = EqualityGroup.values();

  private final Set<String> maracIds;
  private final LocalDate from;
  private final LocalDate to;
  private final long adultWomen;
  private final long[] counts;

  private MaracReturn(Set<String> maracIds, LocalDate from, LocalDate to, long adultWomen, long[] counts) {
    this.maracIds = maracIds;
    this.from = from;
    this.to = to;
    this.adultWomen = adultWomen;
    this.counts = counts;
  }

  /**
   * The return of one MARAC over a period.
   *
   * @param maracId the MARAC's id; every referral must be this MARAC's
   * @param adultWomen the women aged 16 and over in the MARAC's area, 1 to {@link #MAX_ADULT_WOMEN}
   * @param from the period's first day
   * @param to the period's last day, not before {@code from}
   * @param referrals the MARAC's referrals, each once, from any time (a referral received before the
   *     period can be the one a case heard in it came by)
   * @param meetings the MARAC's meetings, each once; those in the period count
   * @return the return
   * @throws InvalidInputException naming the parameter: a referral of another MARAC, a referral
   *     given twice (one referral id twice for a case), a meeting given twice, a population or
   *     period out of range
   */
  public static MaracReturn of(String maracId, long adultWomen, LocalDate from, LocalDate to,
      Iterable<Referral> referrals, Iterable<MaracMeeting> meetings) {
    StableId.requireReference("maracId", maracId);
    if (adultWomen < 1 || adultWomen > MAX_ADULT_WOMEN) {
      throw new InvalidInputException("adultWomen", adultWomen, "from 1 to " + MAX_ADULT_WOMEN);
    }
    RecordDates.require("from", from);
    RecordDates.require("to", to);
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", to, "is not before the period's first day, " + from);
    }
    MissingValueException.requireElements("referrals", referrals);
    MissingValueException.requireElements("meetings", meetings);
    long[] counts = new long[SIZE];
    long first = from.toEpochDay();
    long last = to.toEpochDay();
    // each case's referrals, reduced to what a hearing needs, read in one pass in the order given
    Map<String, Linked> byCase = referrals instanceof java.util.Collection<?> c
        ? com.google.common.collect.Maps.newHashMapWithExpectedSize(c.size()) : new HashMap<>();
    for (Referral r : referrals) {
      if (!r.maracId().equals(maracId)) {
        throw new InvalidInputException("referrals.maracId", r.maracId(), "a return counts its own MARAC's referrals, " + maracId);
      }
      Linked linked = new Linked(r);
      Linked before = byCase.putIfAbsent(r.caseId(), linked);
      if (before != null) {
        for (Linked other = before; other != null; other = other.next) {
          if (other.referralId.equals(r.referralId())) {
            throw new InvalidInputException("referrals.referralId", r.referralId(), "each referral is given once");
          }
        }
        linked.next = before;
        byCase.put(r.caseId(), linked);
      }
      if (linked.received >= first && linked.received <= last) {
        countReceived(r, last, counts);
      }
    }
    Set<String> meetingIds = new HashSet<>();
    for (MaracMeeting m : meetings) {
      if (!meetingIds.add(m.meetingId())) {
        throw new InvalidInputException("meetings.meetingId", m.meetingId(), "each meeting is given once");
      }
      long day = m.on().toEpochDay();
      if (day < first || day > last) {
        continue;
      }
      for (String caseId : m.heard()) {
        counts[HEARD]++;
        Linked heard = heardBy(byCase.get(caseId), day);
        if (heard != null) {
          countHeard(heard.facts, counts);
        }
      }
    }
    return new MaracReturn(Set.of(maracId), from, to, adultWomen, counts);
  }

  /**
   * A referral as a hearing reads it: its id, the day received, the day it was rejected or
   * transferred (after which it is no longer the one a case is heard by), and what a hearing
   * counts of it, packed in bits; and the case's other referrals. Made once per referral in the pass over
   * them, so that a hearing touches one small object, not the referral's graph.
   */
  private static final class Linked {
    private static final int REPEAT = 1;
    private static final int CHILDREN_KNOWN_BIT = 2;
    private static final int CHILDREN_SHIFT = 2;
    private static final int CHILDREN_MASK = 0x3f;
    private static final int GROUPS_SHIFT = 8;

    final String referralId;
    final long received;
    final long closedFrom;
    final int facts;
    @Nullable Linked next;

    Linked(Referral r) {
      referralId = r.referralId();
      received = r.receivedOn().toEpochDay();
      long closed = Long.MAX_VALUE;
      for (StateChange change : r.history()) {
        if (change.state() == ReferralState.REJECTED || change.state() == ReferralState.TRANSFERRED) {
          closed = change.on().toEpochDay();
        }
      }
      closedFrom = closed;
      int bits = r.routes().contains(MaracRoute.REPEAT) ? REPEAT : 0;
      if (r.childrenInHousehold().isPresent()) {
        bits |= CHILDREN_KNOWN_BIT | r.childrenInHousehold().getAsInt() << CHILDREN_SHIFT;
      }
      for (EqualityGroup group : GROUPS) {
        DisclosureStatus status = group.statusIn(r.equality());
        int answer = status == DisclosureStatus.GIVEN ? (group.includes(r.equality()) ? 3 : 2)
            : status == DisclosureStatus.PREFER_NOT_TO_SAY ? 1 : 0;
        bits |= answer << (GROUPS_SHIFT + 2 * group.ordinal());
      }
      facts = bits;
    }

    /** Received by the day and not rejected or transferred before it. */
    boolean eligible(long day) {
      return received <= day && closedFrom >= day;
    }
  }

  private static void countReceived(Referral r, long last, long[] counts) {
    counts[REFERRALS]++;
    counts[BY_AGENCY + r.referredBy().ordinal()]++;
    for (MaracRoute route : r.routes()) {
      counts[BY_ROUTE + route.ordinal()]++;
    }
    // where the referral stands at the period's end, and whether it engaged by then
    ReferralState state = ReferralState.REFERRED;
    boolean engaged = false;
    for (StateChange change : r.history()) {
      if (change.on().toEpochDay() > last) {
        break;
      }
      state = change.state();
      engaged |= state == ReferralState.ENGAGED;
    }
    if (state == ReferralState.REJECTED) {
      counts[REJECTED]++;
    } else if (state == ReferralState.TRANSFERRED) {
      counts[TRANSFERRED]++;
    } else {
      counts[ACCEPTED]++;
      counts[ENGAGED] += engaged ? 1 : 0;
    }
  }

  private static void countHeard(int facts, long[] counts) {
    counts[LINKED]++;
    counts[REPEATS] += facts & Linked.REPEAT;
    if ((facts & Linked.CHILDREN_KNOWN_BIT) != 0) {
      int children = facts >>> Linked.CHILDREN_SHIFT & Linked.CHILDREN_MASK;
      counts[CHILDREN_KNOWN]++;
      counts[WITH_CHILDREN] += children > 0 ? 1 : 0;
      counts[CHILDREN] += children;
    }
    for (int g = 0; g < GROUPS.length; g++) {
      int at = BY_GROUP + g * GROUP_SLOTS;
      int answer = facts >>> (Linked.GROUPS_SHIFT + 2 * g) & 3;
      if (answer >= 2) {
        counts[at + KNOWN]++;
        counts[at + IN] += answer - 2;
      } else {
        counts[at + WITHHELD] += answer;
      }
    }
  }

  /**
   * The case's referral a hearing on a day came by: of those received on or before the day and not
   * rejected or transferred before it, the latest received; on the same day, the greatest id, so
   * that the order referrals are given in never matters.
   */
  private static @Nullable Linked heardBy(@Nullable Linked referrals, long day) {
    Linked best = null;
    for (Linked r = referrals; r != null; r = r.next) {
      if (r.eligible(day) && (best == null || r.received > best.received
          || r.received == best.received && r.referralId.compareTo(best.referralId) > 0)) {
        best = r;
      }
    }
    return best;
  }

  /**
   * This return and another MARAC's over the same period together: the return of both areas.
   *
   * @param other the other return
   * @return the return of both
   * @throws InvalidInputException when the periods differ or a MARAC is in both
   */
  public MaracReturn merge(MaracReturn other) {
    MissingValueException.require("other", other);
    if (!other.from.equals(from) || !other.to.equals(to)) {
      throw new InvalidInputException("other", other.from + ".." + other.to, "merges only with a return over the same period, "
          + from + ".." + to);
    }
    for (String id : other.maracIds) {
      if (maracIds.contains(id)) {
        throw new InvalidInputException("other", id, "a MARAC is counted in one of the returns merged, not both");
      }
    }
    long[] sum = counts.clone();
    for (int i = 0; i < SIZE; i++) {
      sum[i] = Math.addExact(sum[i], other.counts[i]);
    }
    Set<String> ids = new TreeSet<>(maracIds);
    ids.addAll(other.maracIds);
    return new MaracReturn(Collections.unmodifiableSet(ids), from, to, Math.addExact(adultWomen, other.adultWomen), sum);
  }

  /**
   * The MARACs the return counts.
   *
   * @return their ids
   */
  public Set<String> maracIds() {
    return maracIds;
  }

  /**
   * The period's first day.
   *
   * @return the day
   */
  public LocalDate from() {
    return from;
  }

  /**
   * The period's last day.
   *
   * @return the day
   */
  public LocalDate to() {
    return to;
  }

  /**
   * The women aged 16 and over in the area the return covers.
   *
   * @return the population
   */
  public long adultWomen() {
    return adultWomen;
  }

  /**
   * The cases heard at meetings in the period.
   *
   * @return the hearings
   */
  public long casesHeard() {
    return counts[HEARD];
  }

  /**
   * The cases heard per 10,000 adult women per year: the period's cases scaled to 365 days, the
   * measure SafeLives recommends {@link #RECOMMENDED_PER_TEN_THOUSAND 40} of.
   *
   * @return the rate, to one decimal place
   */
  public BigDecimal perTenThousandAdultWomen() {
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    return BigDecimal.valueOf(casesHeard()).multiply(BigDecimal.valueOf(10_000L * 365))
        .divide(BigDecimal.valueOf(adultWomen).multiply(BigDecimal.valueOf(days)), 1, RoundingMode.HALF_UP);
  }

  /**
   * Whether the area hears fewer cases than recommended.
   *
   * @return true when {@link #perTenThousandAdultWomen()} is below 40
   */
  public boolean belowRecommended() {
    return perTenThousandAdultWomen().compareTo(RECOMMENDED_PER_TEN_THOUSAND) < 0;
  }

  /**
   * The share of cases heard that came back as repeats.
   *
   * @return repeats over cases heard with a referral record
   */
  public Rate repeatRate() {
    return Rate.of(counts[REPEATS], counts[LINKED], counts[HEARD] - counts[LINKED], NO_REFERRAL);
  }

  /**
   * The cases heard with children in the household.
   *
   * @return those with one child or more over those whose children are known
   */
  public Rate casesWithChildren() {
    return Rate.missingFor(counts[WITH_CHILDREN], counts[CHILDREN_KNOWN],
        new long[] {counts[LINKED] - counts[CHILDREN_KNOWN], counts[HEARD] - counts[LINKED]},
        new String[] {"children not known", NO_REFERRAL});
  }

  /**
   * The children in the households of the cases heard, where known.
   *
   * @return the number of children
   */
  public long children() {
    return counts[CHILDREN];
  }

  /**
   * The referrals received in the period.
   *
   * @return the referrals
   */
  public long referrals() {
    return counts[REFERRALS];
  }

  /**
   * The share of referrals from one agency.
   *
   * @param agency the referring agency
   * @return its referrals over all received
   */
  public Rate referralsBy(Agency agency) {
    return Rate.of(counts[BY_AGENCY + MissingValueException.require("agency", agency).ordinal()], counts[REFERRALS], 0, "");
  }

  /**
   * The share of referrals that came by one route.
   *
   * @param route the route
   * @return the referrals by it over all received; a referral by two routes counts under both
   */
  public Rate referralsBy(MaracRoute route) {
    return Rate.of(counts[BY_ROUTE + MissingValueException.require("route", route).ordinal()], counts[REFERRALS], 0, "");
  }

  /**
   * The referrals received in the period and rejected by its end.
   *
   * @return the referrals
   */
  public long rejected() {
    return counts[REJECTED];
  }

  /**
   * The referrals received in the period and passed to another MARAC by its end.
   *
   * @return the referrals
   */
  public long transferred() {
    return counts[TRANSFERRED];
  }

  /**
   * Engagement: the accepted referrals received in the period whose victim engaged by its end.
   *
   * @return engaged over accepted
   */
  public Rate engagement() {
    return Rate.of(counts[ENGAGED], counts[ACCEPTED], 0, "");
  }

  /**
   * One group's share of the cases heard.
   *
   * @param group the group
   * @return the cases in the group over those whose answer was given; the rest counted as missing by reason
   */
  public Rate access(EqualityGroup group) {
    int at = BY_GROUP + MissingValueException.require("group", group).ordinal() * GROUP_SLOTS;
    long withheld = counts[at + WITHHELD];
    long notRecorded = counts[LINKED] - counts[at + KNOWN] - withheld;
    return Rate.missingFor(counts[at + IN], counts[at + KNOWN], new long[] {withheld, notRecorded, counts[HEARD] - counts[LINKED]},
        new String[] {"preferred not to say", "not recorded", NO_REFERRAL});
  }

  /**
   * The access table: each group's share of the cases heard beside its share of the population.
   *
   * @param population the population share of each group the caller has one for
   * @return a row for every group, in {@link EqualityGroup} order
   */
  public List<AccessRow> accessTable(Map<EqualityGroup, PopulationShare> population) {
    MissingValueException.require("population", population);
    population.forEach((group, share) -> {
      MissingValueException.require("population", group);
      MissingValueException.require("population", share);
    });
    List<AccessRow> rows = new ArrayList<>();
    for (EqualityGroup group : EqualityGroup.values()) {
      rows.add(new AccessRow(group, access(group), Optional.ofNullable(population.get(group))));
    }
    return Collections.unmodifiableList(rows);
  }

  /**
   * One figure's value.
   *
   * @param figure the figure
   * @return a count, a rate per 10,000, or a percentage to one decimal place; empty for a rate
   *     with nothing to divide by
   */
  public Optional<BigDecimal> value(ReturnFigure figure) {
    MissingValueException.require("figure", figure);
    if (figure.equals(ReturnFigure.CASES_HEARD)) {
      return Optional.of(BigDecimal.valueOf(casesHeard()));
    }
    if (figure.equals(ReturnFigure.PER_TEN_THOUSAND)) {
      return Optional.of(perTenThousandAdultWomen());
    }
    return rate(figure).percent(1);
  }

  private Rate rate(ReturnFigure figure) {
    Enum<?> part = figure.part();
    if (part instanceof Agency a) {
      return referralsBy(a);
    }
    if (part instanceof MaracRoute r) {
      return referralsBy(r);
    }
    if (part instanceof EqualityGroup g) {
      return access(g);
    }
    if (figure.equals(ReturnFigure.REPEAT_RATE)) {
      return repeatRate();
    }
    return figure.equals(ReturnFigure.ENGAGEMENT) ? engagement() : casesWithChildren();
  }

  /**
   * The figures outside the ranges the service expects.
   *
   * @param expected the service's ranges
   * @return each figure with a value outside its range, in {@link ReturnFigure#all()} order
   */
  public List<OutOfRange> outsideExpected(ExpectedRanges expected) {
    MissingValueException.require("expected", expected);
    List<OutOfRange> outside = new ArrayList<>();
    for (ReturnFigure figure : ReturnFigure.all()) {
      Optional<ExpectedRange> range = expected.rangeOf(figure);
      Optional<BigDecimal> value = range.isPresent() ? value(figure) : Optional.empty();
      if (range.isPresent() && value.isPresent() && !range.get().contains(value.get())) {
        outside.add(new OutOfRange(figure, value.get(), range.get()));
      }
    }
    return Collections.unmodifiableList(outside);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MaracReturn r && r.maracIds.equals(maracIds) && r.from.equals(from) && r.to.equals(to)
        && r.adultWomen == adultWomen && Arrays.equals(r.counts, counts);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * maracIds.hashCode() + from.hashCode()) + Arrays.hashCode(counts);
  }

  /**
   * The headline figures, counts only.
   *
   * @return for example {@code MaracReturn[2026-01-01..2026-03-31, 3 MARACs, 164 heard, repeats 18% (...)]}
   */
  @Override
  public String toString() {
    return "MaracReturn[" + from + ".." + to + ", " + maracIds.size() + (maracIds.size() == 1 ? " MARAC, " : " MARACs, ")
        + casesHeard() + " heard, " + perTenThousandAdultWomen() + " per 10k adult women a year, repeats " + repeatRate()
        + ", " + referrals() + " referrals]";
  }
}
