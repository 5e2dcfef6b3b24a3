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
package org.safeguard.examples.quickstart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.safeguard.core.MaracMeetings;
import org.safeguard.core.MaracReferrals;
import org.safeguard.core.Safeguard;
import org.safeguard.core.equality.AgeBand;
import org.safeguard.core.equality.Disability;
import org.safeguard.core.equality.EqualityAnswer;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.core.equality.EqualityProfile;
import org.safeguard.core.equality.Ethnicity;
import org.safeguard.core.equality.Gender;
import org.safeguard.core.equality.LawfulBasis;
import org.safeguard.core.equality.PopulationShare;
import org.safeguard.core.equality.SexualOrientation;
import org.safeguard.core.marac.AccessRow;
import org.safeguard.core.marac.ExpectedRanges;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MaracReturn;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.OutOfRange;
import org.safeguard.core.marac.Referral;
import org.safeguard.model.Agency;
import org.safeguard.model.EnumCodes;

/**
 * The sample's quarterly MARAC return. Each sample case the screen refers to the MARAC becomes a
 * referral the MARAC receives on the screening day, by the routes that fired, and is heard at one
 * of the quarter's two meetings. What the sample does not hold is drawn with a fixed seed and is
 * synthetic: the referring agency (at the shares of the MARAC column of the <em>Hertfordshire
 * Domestic Abuse Review</em>, 2014, Appendix 7), children in the household, equality answers (some
 * withheld, some never recorded; the age band, where given, is the case's own) and whether the
 * victim engaged. The area's population and its
 * groups' shares are the caller's data; here a small synthetic area, with Table 3's population
 * column for the shares. The expected ranges are the sample service's own, read from
 * {@code sample-expected-ranges.properties}.
 */
final class QuarterlyReturn {
  static final String MARAC_ID = "SAMPLE-MARAC";
  static final LocalDate FROM = LocalDate.of(2026, 10, 1);
  static final LocalDate TO = LocalDate.of(2026, 12, 31);
  /** The women aged 16 and over of the sample's synthetic area. */
  static final long ADULT_WOMEN = 25_000;
  static final String RANGES = "sample-expected-ranges.properties";
  private static final long SEED = 1401;
  private static final LawfulBasis BASIS = LawfulBasis.EQUALITY_MONITORING;
  /** Appendix 7, Table 2, referrals to MARAC by agency. */
  private static final Agency[] AGENCIES = {Agency.IDVA_SERVICE, Agency.POLICE, Agency.CHILDREN_SOCIAL_CARE, Agency.HEALTH,
    Agency.SUBSTANCE_MISUSE_SERVICE, Agency.PROBATION, Agency.HOUSING, Agency.SPECIALIST_DOMESTIC_ABUSE_SERVICE, Agency.OTHER};
  private static final int[] AGENCY_WEIGHTS = {170, 301, 15, 1, 5, 19, 64, 46, 73};

  private QuarterlyReturn() {}

  /** The referrals and meetings behind the return, and the return. */
  record Worked(List<Referral> referrals, List<MaracMeeting> meetings, MaracReturn figures) {}

  static Worked work(Safeguard safeguard, List<SyntheticCase> cases, List<ScreenedCase> screened, LocalDate screenedOn) {
    Random random = new Random(SEED);
    MaracReferrals referrals = safeguard.maracReferrals();
    List<Referral> received = new ArrayList<>();
    for (int i = 0; i < screened.size(); i++) {
      ScreenedCase c = screened.get(i);
      if (!c.decision().referToMarac()) {
        continue;
      }
      Referral r = referrals.receive("REF-" + c.caseId(), c.caseId(), MARAC_ID, screenedOn, agency(random),
          c.decision().firedRoutes()).referral();
      if (random.nextInt(10) > 0) {
        // otherwise the children stay not known
        r = referrals.recordChildren(r, screenedOn, random.nextInt(4)).referral();
      }
      int age = cases.get(i).victimAge();
      // a MARAC's age bands start at 16: a younger victim's band is not recorded
      r = referrals.recordEquality(r, screenedOn, profile(random, age < 16 ? null : AgeBand.of(age))).referral();
      if (random.nextInt(10) < 7) {
        r = referrals.recordEngagement(r, screenedOn.plusDays(1 + random.nextInt(20))).referral();
      }
      received.add(r);
    }
    MaracMeetings meetings = safeguard.maracMeetings();
    List<MaracMeeting> held = new ArrayList<>();
    LocalDate[] days = {LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 26)};
    for (int m = 0; m < days.length; m++) {
      MaracMeeting meeting = meetings.schedule(MARAC_ID + "-M" + (m + 1), days[m],
          java.util.Set.of(Agency.POLICE, Agency.IDVA_SERVICE, Agency.CHILDREN_SOCIAL_CARE, Agency.HEALTH, Agency.HOUSING)).meeting();
      for (int i = m; i < received.size(); i += days.length) {
        meeting = meetings.hear(meeting, received.get(i).caseId()).meeting();
      }
      held.add(meeting);
    }
    return new Worked(received, held, MaracReturn.of(MARAC_ID, ADULT_WOMEN, FROM, TO, received, held));
  }

  /** The population column of Table 3 (<em>Hertfordshire Domestic Abuse Review</em>, 2014); it gives none for male victims. */
  static Map<EqualityGroup, PopulationShare> population() {
    Map<EqualityGroup, PopulationShare> shares = new EnumMap<>(EqualityGroup.class);
    shares.put(EqualityGroup.MINORITY_ETHNIC, PopulationShare.of("19.2"));
    shares.put(EqualityGroup.LESBIAN_GAY_BISEXUAL, PopulationShare.between("5", "7"));
    shares.put(EqualityGroup.DISABLED, PopulationShare.of("14.3"));
    shares.put(EqualityGroup.AGED_16_17, PopulationShare.of("3.3"));
    return shares;
  }

  private static @Nullable ExpectedRanges ranges;

  /** The sample service's ranges, read from its file once, when first asked for: every export of the run uses them. */
  static synchronized ExpectedRanges ranges() {
    ExpectedRanges read = ranges;
    if (read == null) {
      read = read();
      ranges = read;
    }
    return read;
  }

  private static ExpectedRanges read() {
    Properties p = new Properties();
    try (InputStream in = QuarterlyReturn.class.getResourceAsStream(RANGES)) {
      if (in == null) {
        throw new IllegalStateException(RANGES + " is missing from the quickstart");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ExpectedRanges.fromProperties(p);
  }

  static String render(MaracReturn r, ExpectedRanges ranges, Map<EqualityGroup, PopulationShare> population) {
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder(nl).append("Quarterly MARAC return: ").append(MARAC_ID).append(", ").append(r.from())
        .append("..").append(r.to()).append(" (synthetic referrals for the sample's MARAC cases)").append(nl);
    out.append("  cases heard: ").append(r.casesHeard()).append(", ").append(r.perTenThousandAdultWomen())
        .append(" per 10,000 adult women a year (recommended ").append(MaracReturn.RECOMMENDED_PER_TEN_THOUSAND).append(")").append(nl);
    out.append("  repeat rate: ").append(r.repeatRate()).append(nl);
    out.append("  referrals: ").append(r.referrals()).append(" (rejected ").append(r.rejected()).append(", transferred ")
        .append(r.transferred()).append(")").append(nl);
    out.append("    by agency:");
    for (Agency agency : Agency.values()) {
      if (r.referralsBy(agency).numerator() > 0) {
        out.append(' ').append(code(agency)).append(' ').append(r.referralsBy(agency));
      }
    }
    out.append(nl).append("    by route:");
    for (MaracRoute route : MaracRoute.values()) {
      if (r.referralsBy(route).numerator() > 0) {
        out.append(' ').append(code(route)).append(' ').append(r.referralsBy(route));
      }
    }
    out.append(nl).append("  cases with children: ").append(r.casesWithChildren()).append("; children: ").append(r.children())
        .append(nl).append("  engagement: ").append(r.engagement()).append(nl)
        .append("  access, cases heard against the population:").append(nl);
    for (AccessRow row : r.accessTable(population)) {
      out.append(String.format(Locale.ROOT, "    %-22s %s", code(row.group()), row.cases()));
      row.population().ifPresent(p -> out.append(" against ").append(p.low().equals(p.high()) ? p.low().toPlainString()
          : p.low().toPlainString() + "-" + p.high().toPlainString()).append("%"));
      row.representation().ifPresent(rep -> out.append(": ").append(code(rep)));
      out.append(nl);
    }
    List<OutOfRange> outside = r.outsideExpected(ranges);
    out.append("  outside the service's expected ranges: ").append(outside.isEmpty() ? "none" : "").append(nl);
    for (OutOfRange o : outside) {
      out.append("    ").append(o.figure().key()).append(' ').append(o.value().toPlainString()).append(" (expected ")
          .append(o.expected()).append(")").append(nl);
    }
    return out.toString();
  }

  private static Agency agency(Random random) {
    int pick = random.nextInt(694);
    for (int i = 0; i < AGENCIES.length; i++) {
      pick -= AGENCY_WEIGHTS[i];
      if (pick < 0) {
        return AGENCIES[i];
      }
    }
    return Agency.OTHER;
  }

  /** Synthetic answers: most given, some withheld, some never recorded. */
  private static EqualityProfile profile(Random random, @Nullable AgeBand age) {
    return new EqualityProfile(answer(random, random.nextInt(20) == 0 ? Gender.MALE : Gender.FEMALE),
        answer(random, random.nextInt(6) == 0 ? Ethnicity.values()[1 + random.nextInt(5)] : Ethnicity.WHITE_BRITISH),
        answer(random, random.nextInt(25) == 0 ? SexualOrientation.BISEXUAL : SexualOrientation.HETEROSEXUAL),
        answer(random, random.nextInt(10) == 0 ? Disability.DISABLED : Disability.NOT_DISABLED),
        age == null ? EqualityAnswer.notRecorded() : answer(random, age));
  }

  private static <T extends Enum<T>> EqualityAnswer<T> answer(Random random, T value) {
    int draw = random.nextInt(10);
    return draw == 0 ? EqualityAnswer.preferNotToSay() : draw == 1 ? EqualityAnswer.notRecorded() : EqualityAnswer.given(value, BASIS);
  }

  private static String code(Enum<?> value) {
    return EnumCodes.of(value);
  }
}
