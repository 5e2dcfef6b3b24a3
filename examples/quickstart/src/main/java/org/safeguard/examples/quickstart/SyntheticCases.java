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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.core.marac.Incident;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;

/**
 * Makes made-up people and case histories for demonstrations and tests. The same seed and count
 * always give the same cases, on any JVM: {@link Random}'s sequence is fixed by its specification,
 * and everything else here is a pure function of it. That is what lets the shipped sample be
 * checked against the generator.
 *
 * <p>The spread is chosen so that every part of the MARAC screen shows up in a sample of about 50:
 * roughly a quarter of cases score 14 or more yes, many score just under; most victims are adults
 * but a few are 14 or 15 (children's safeguarding); incidents from several agencies fall over the
 * two years before the screening date, so some cases reach 3 in 12 months; some cases have an
 * earlier MARAC referral (repeat); and some lower-scoring cases carry a practitioner's judgement.
 *
 * <p>Names come from short lists of invented first names and obviously fake surnames. This is
 * demonstration data: it describes no real person.
 */
public final class SyntheticCases {
  /** The date every synthetic case is screened on, fixed so that output never changes with the day it is run. */
  public static final LocalDate SCREENING_DATE = LocalDate.of(2026, 11, 1);

  /** The screening date as written, for the command line's help. */
  public static final String SCREENING_DAY = "2026-11-01";

  /** The seed the shipped sample was made with. */
  public static final long SAMPLE_SEED = 1101;

  /** The number of cases in the shipped sample. */
  public static final int SAMPLE_COUNT = 60;

  /** The largest count the generator makes; case ids have four digits. */
  public static final int MAX_COUNT = 9999;

  private static final List<String> FIRST_NAMES = List.of(
      "Zorla", "Quilla", "Vessaly", "Orvana", "Pelwyn", "Ibrella",
      "Kestany", "Liorra", "Nuvessa", "Saffira", "Yaleth", "Brondel");

  private static final List<String> LAST_NAMES = List.of(
      "Samplewood", "Testbury", "Mockridge", "Demoford", "Fictonby", "Exampleton", "Stubworth", "Placebrook");

  /** Structured reasons with words a practitioner might write for them; all invented. */
  private static final List<Template> JUDGEMENT_TEMPLATES = List.of(
      template("Marks were seen on the neck at the home visit after a reported assault", JudgementReason.NON_FATAL_STRANGULATION),
      template("Victim reports being followed to and from work over recent weeks", JudgementReason.STALKING),
      template("Threats to kill were sent by text after the court hearing, and they are more frequent",
          JudgementReason.THREATS_TO_KILL, JudgementReason.ESCALATION),
      template("Victim is sure the next incident will be serious and is too frightened to stay at home",
          JudgementReason.VICTIM_PERCEPTION_OF_RISK),
      template("Relatives are pressing the victim to marry and have taken the victim's passport",
          JudgementReason.HONOUR_BASED_ABUSE_OR_FORCED_MARRIAGE),
      template("Recent separation with ongoing coercive control and a physical assault last month", JudgementReason.CLUSTER_OF_THREE),
      template("Three call-outs in six weeks where there had been none for a year", JudgementReason.ESCALATION),
      template("Practitioner uneasy about \"quiet\" visits where the abuser answers every question", JudgementReason.OTHER));

  private static final Agency[] SOURCE_AGENCIES = {
    Agency.POLICE, Agency.IDVA_SERVICE, Agency.HEALTH, Agency.CHILDREN_SOCIAL_CARE, Agency.HOUSING, Agency.PROBATION
  };

  private static final int[] INCIDENT_COUNT_WEIGHTS = {15, 20, 20, 15, 12, 10, 8};

  // named, so that a new incident type never changes the cases a seed gives; breaches of orders
  // are left out of the sample
  private static final IncidentType[] INCIDENT_TYPES = {
    IncidentType.VIOLENCE_OR_THREATS, IncidentType.STALKING_OR_HARASSMENT, IncidentType.SEXUAL_ABUSE, IncidentType.OTHER_ABUSE
  };
  private static final int[] INCIDENT_TYPE_WEIGHTS = {40, 20, 10, 30};

  private static final Agency[] REPORTING_AGENCIES = {
    Agency.POLICE, Agency.HEALTH, Agency.IDVA_SERVICE, Agency.SPECIALIST_DOMESTIC_ABUSE_SERVICE,
    Agency.HOUSING, Agency.CHILDREN_SOCIAL_CARE, Agency.ADULT_SOCIAL_CARE, Agency.EDUCATION
  };
  private static final int[] REPORTING_AGENCY_WEIGHTS = {45, 15, 10, 8, 8, 7, 4, 3};

  /** The SafeLives threshold; judgement is only generated below it, since it may only raise. */
  private static final int VISIBLE_HIGH_RISK_YES = 14;

  private SyntheticCases() {}

  /**
   * Makes {@code count} cases, {@code QS-0001} onwards, answering the items of {@code instrument}.
   *
   * @throws InvalidInputException when the count is not between 1 and {@value #MAX_COUNT}
   */
  public static List<SyntheticCase> generate(Instrument instrument, long seed, int count) {
    if (count < 1 || count > MAX_COUNT) {
      throw new InvalidInputException("count", count, "the generator makes between 1 and " + MAX_COUNT + " cases");
    }
    Random random = new Random(seed);
    List<SyntheticCase> cases = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      cases.add(oneCase(random, instrument, String.format("QS-%04d", i)));
    }
    return cases;
  }

  /**
   * The cases file the generator makes for a seed and count: what {@code generate} writes, and
   * what the shipped sample must equal byte for byte.
   */
  public static String generateFile(Instrument instrument, long seed, int count) {
    return CaseCsv.format(generate(instrument, seed, count), instrument,
        "Made by SyntheticCases with seed " + seed + " and count " + count + ", for screening on " + SCREENING_DATE
            + ". Regenerate: java -jar safeguard-quickstart.jar generate " + count + " " + seed + " FILE");
  }

  /** The draws happen in a fixed order; changing it changes every case after, and the shipped sample with them. */
  private static SyntheticCase oneCase(Random random, Instrument instrument, String caseId) {
    String firstName = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
    String lastName = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
    int age = age(random);
    Responses responses = responses(random, instrument);
    List<Incident> incidents = incidents(random);
    List<LocalDate> referrals = previousReferrals(random);
    Optional<Judgement> judgement = judgement(random, responses.yesCount());
    return new SyntheticCase(caseId, firstName, lastName, age, responses, incidents, referrals, judgement);
  }

  private static int age(Random random) {
    if (random.nextInt(100) < 7) {
      return 14 + random.nextInt(2);
    }
    return 16 + random.nextInt(62);
  }

  private static Responses responses(Random random, Instrument instrument) {
    List<String> items = new ArrayList<>();
    instrument.items().forEach(item -> items.add(item.id()));
    Collections.shuffle(items, random);

    int n = items.size();
    int yes = Math.min(yesCount(random), n);
    int notKnown = Math.min(random.nextInt(10) < 4 ? 1 + random.nextInt(3) : 0, n - yes);
    // a form cut short: a few questions never put
    int notAsked = Math.min(random.nextInt(10) < 2 ? 1 + random.nextInt(4) : 0, n - yes - notKnown);

    List<String> yesItems = items.subList(0, yes);
    List<String> notKnownItems = items.subList(yes, yes + notKnown);
    List<String> noItems = items.subList(yes + notKnown + notAsked, n);
    Responses.Builder builder = Responses.builder(instrument)
        .yes(yesItems.toArray(new String[0]))
        .notKnown(notKnownItems.toArray(new String[0]))
        .no(noItems.toArray(new String[0]));

    if (random.nextInt(100) < 35) {
      List<String> answered = new ArrayList<>(yesItems);
      answered.addAll(noItems);
      Collections.shuffle(answered, random);
      int sources = Math.min(1 + random.nextInt(3), answered.size());
      for (String item : answered.subList(0, sources)) {
        builder.source(item, SOURCE_AGENCIES[random.nextInt(SOURCE_AGENCIES.length)]);
      }
    }
    return builder.build();
  }

  private static int yesCount(Random random) {
    int roll = random.nextInt(100);
    if (roll < 25) {
      return VISIBLE_HIGH_RISK_YES + random.nextInt(7);
    }
    if (roll < 55) {
      return 8 + random.nextInt(VISIBLE_HIGH_RISK_YES - 8);
    }
    return random.nextInt(8);
  }

  private static List<Incident> incidents(Random random) {
    int count = weighted(random, INCIDENT_COUNT_WEIGHTS);
    List<Incident> incidents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDate date = SCREENING_DATE.minusDays(random.nextInt(730));
      IncidentType type = INCIDENT_TYPES[weighted(random, INCIDENT_TYPE_WEIGHTS)];
      Agency agency = REPORTING_AGENCIES[weighted(random, REPORTING_AGENCY_WEIGHTS)];
      incidents.add(Incident.of(date, type, agency));
    }
    incidents.sort(Comparator.comparing(Incident::date));
    return incidents;
  }

  private static List<LocalDate> previousReferrals(Random random) {
    if (random.nextInt(100) >= 22) {
      return List.of();
    }
    LocalDate last = SCREENING_DATE.minusDays(60 + random.nextInt(600));
    if (random.nextInt(5) == 0) {
      return List.of(last.minusDays(200 + random.nextInt(300)), last);
    }
    return List.of(last);
  }

  private static Optional<Judgement> judgement(Random random, int yesCount) {
    if (yesCount >= VISIBLE_HIGH_RISK_YES || random.nextInt(100) >= 20) {
      return Optional.empty();
    }
    RiskLevel level = random.nextInt(4) == 0 ? RiskLevel.MEDIUM : RiskLevel.HIGH;
    Template template = JUDGEMENT_TEMPLATES.get(random.nextInt(JUDGEMENT_TEMPLATES.size()));
    String assessor = String.format("idva-%02d", 1 + random.nextInt(12));
    return Optional.of(new Judgement(level, assessor, template.reasons(), template.rationale()));
  }

  private static int weighted(Random random, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    throw new IllegalStateException("unreachable: weights sum to " + total);
  }

  private static Template template(String rationale, JudgementReason... reasons) {
    return new Template(rationale, List.of(reasons));
  }

  private record Template(String rationale, List<JudgementReason> reasons) {}
}
