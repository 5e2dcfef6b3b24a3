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

import static org.safeguard.export.FieldKind.AGE;
import static org.safeguard.export.FieldKind.BOOLEAN;
import static org.safeguard.export.FieldKind.CODE;
import static org.safeguard.export.FieldKind.COUNT;
import static org.safeguard.export.FieldKind.DATE;
import static org.safeguard.export.FieldKind.DECIMAL;
import static org.safeguard.export.FieldKind.FREE_TEXT;
import static org.safeguard.export.FieldKind.ID;
import static org.safeguard.export.FieldKind.INTEGER;
import static org.safeguard.export.FieldKind.STAFF_ID;
import static org.safeguard.export.FieldKind.TEXT;
import static org.safeguard.export.FieldKind.TIMESTAMP;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The records the engine exports, one schema each, and the records nested in them. Codes are the
 * engine's enum constants in lower case with hyphens ({@code VISIBLE_HIGH_RISK} is
 * {@code visible-high-risk}). A schema only grows: a new field is added at the end of its schema
 * and {@link #VERSION} goes up; a field is never renamed or given another kind within a major version.
 */
public final class Schemas {
  /**
   * The version of these schemas, written into every export file that can carry it. Not a
   * compile-time constant (from 1.2 on), so that an exporter compiled against this SPI writes the
   * version of the SPI it runs with after an upgrade, not the one it was compiled with; one
   * compiled against 1.1 or earlier holds "1.1" in its own class until recompiled.
   */
  public static final String VERSION = current();

  private Schemas() {}

  private static String current() {
    return "1.5";
  }

  /** One answer to one checklist item. */
  public static final Schema ITEM_ANSWER = Schema.of("item-answer", "One answer to one item of an instrument.",
      Field.of("item", CODE).describedAs("The item's id in its instrument.").build(),
      Field.of("answer", CODE).describedAs("yes, no, not-known or not-asked; a rated item is rated instead of answered, so it reads "
          + "not-asked with its rating beside it.").build(),
      Field.of("rating", INTEGER).describedAs("The value on the instrument's rating scale, for a rated item.").build(),
      Field.of("source", CODE).describedAs("The agency whose information gave the answer, when it was not the victim.").build());

  /** A professional judgement on an assessment. */
  public static final Schema JUDGEMENT = Schema.of("judgement", "A professional judgement that raised an assessment's level.",
      Field.of("level", CODE).describedAs("The level the judgement set: standard, medium or high.").build(),
      Field.of("reasons", CODE).repeated().describedAs("The grounds given, as codes.").build(),
      Field.of("assessorId", STAFF_ID).describedAs("Who made the judgement.").build(),
      Field.of("rationale", FREE_TEXT).describedAs("Why, in the assessor's words.").build(),
      Field.of("at", TIMESTAMP).describedAs("When the judgement was made.").build(),
      Field.of("current", BOOLEAN).describedAs("Whether this is the judgement in force; earlier ones come first.").build());

  // a score's counts, category, reason and scale, named and described alike wherever a score is carried
  private static final Field YES_COUNT = Field.of("yesCount", INTEGER).describedAs("Items answered yes.").build();
  private static final Field NO_COUNT = Field.of("noCount", INTEGER).describedAs("Items answered no.").build();
  private static final Field NOT_KNOWN_COUNT = Field.of("notKnownCount", INTEGER).describedAs("Items asked that nobody could answer.").build();
  private static final Field NOT_ASKED_COUNT = Field.of("notAskedCount", INTEGER).describedAs("Items never asked.").build();
  private static final Field RATED_COUNT = Field.of("ratedCount", INTEGER).describedAs("Items given a rating.").build();
  private static final Field CATEGORY = Field.of("category", TEXT).describedAs("The instrument's own category for the score, where it has "
      + "one.").build();
  private static final Field INVALID_REASON = Field.of("invalidReason", TEXT).only(Purpose.MARAC)
      .describedAs("Why the instrument holds the response invalid, in the instrument's words about this response.").build();
  private static final Field RATED = Field.of("rated", BOOLEAN).describedAs("Whether the instrument rates its items on a scale, so that "
      + "the score is a rating sum.").build();

  /** An assessment with its explanation, alone or nested in a case's measures. */
  public static final Schema ASSESSMENT = Schema.of("assessment", "A risk assessment: the instrument, the score and how it was reached, the "
      + "policy that banded it and the level, with any professional judgement.",
      Field.of("caseId", ID).describedAs("The case assessed; absent when the assessment is nested in its case.").build(),
      Field.of("instrumentId", CODE).describedAs("The instrument's id.").build(),
      Field.of("instrumentVersion", TEXT).describedAs("The instrument's version.").build(),
      Field.of("completedOn", DATE).describedAs("When the checklist was completed, when recorded.").build(),
      Field.of("completedBy", CODE).describedAs("The agency that completed it, when recorded.").build(),
      Field.of("score", INTEGER).describedAs("The score: the yes count, or the rating sum of a rated instrument.").build(),
      YES_COUNT, NO_COUNT, NOT_KNOWN_COUNT, NOT_ASKED_COUNT, RATED_COUNT, CATEGORY, INVALID_REASON,
      Field.of("policyId", CODE).describedAs("The threshold policy that banded the score.").build(),
      Field.of("policyVersion", TEXT).describedAs("The policy's version.").build(),
      Field.of("bandLower", INTEGER).describedAs("The lowest score of the band the score fell in.").build(),
      Field.of("bandUpper", INTEGER).describedAs("The highest score of that band; absent when open.").build(),
      Field.of("computedLevel", CODE).describedAs("The level the score gives under the policy.").build(),
      Field.of("insufficientInformation", TEXT).only(Purpose.MARAC).describedAs("Why no level could be computed, when none was.").build(),
      Field.of("level", CODE).describedAs("The level in force: the computed level, or the one a judgement raised it to.").build(),
      Field.records("judgements", JUDGEMENT).repeated().describedAs("Professional judgements, earliest first.").build(),
      Field.records("answers", ITEM_ANSWER).repeated().describedAs("The answers item by item, when the responses were given with the "
          + "assessment; a case's measures carry none.").build(),
      RATED,
      Field.of("highRiskThresholdOnly", BOOLEAN).describedAs("Whether the policy's bands mark the high-risk threshold only, as "
          + "SafeLives' do: a computed standard level then means the threshold was not reached, not that the risk is standard.").build());

  /** An abuse type present at a point, with its severity. */
  public static final Schema ABUSE = Schema.of("abuse", "One type of abuse present, with its severity.",
      Field.of("type", CODE).describedAs("The type: physical, sexual, harassment-and-stalking or jealous-and-controlling.").build(),
      Field.of("severity", CODE).describedAs("standard, moderate or high.").build());

  /** What was measured at intake or at a review. */
  public static final Schema MEASURES = Schema.of("measures", "What was measured at one point: the assessment, the abuse, the risk "
      + "factors, children and vulnerabilities.",
      Field.of("on", DATE).describedAs("The day of the measurement.").build(),
      Field.records("assessment", ASSESSMENT).describedAs("The risk assessment made then.").build(),
      Field.records("abuse", ABUSE).repeated().describedAs("The types of abuse present.").build(),
      Field.of("abuseNotRecorded", CODE).repeated().describedAs("Types of abuse not recorded either way.").build(),
      Field.of("riskFactors", CODE).repeated().describedAs("Risk factors present.").build(),
      Field.of("childrenInHousehold", INTEGER).describedAs("Children in the household, when recorded.").build(),
      Field.of("vulnerabilities", CODE).repeated().describedAs("Vulnerabilities recorded.").build());

  /** One answer to an outcome question at a review. */
  public static final Schema OUTCOME_ANSWER = Schema.of("outcome-answer", "One answer to an outcome question at a review.",
      Field.of("question", CODE).describedAs("The question.").build(),
      Field.of("answer", CODE).describedAs("yes or no.").build());

  /** A review of the case: measures again, and the outcome questions. */
  public static final Schema REVIEW = Schema.of("review", "A review: the measures taken again and the outcome questions answered.",
      Field.of("kind", CODE).describedAs("Which review: an interim review or the closure review.").build(),
      Field.records("measures", MEASURES).describedAs("What was measured at the review.").build(),
      Field.records("answers", OUTCOME_ANSWER).repeated().describedAs("The outcome questions answered.").build());

  /** One action of a safety plan. */
  public static final Schema SAFETY_ACTION = Schema.of("safety-action", "One action of a safety plan and the agency that owns it.",
      Field.of("id", ID).describedAs("The action's id within its case.").build(),
      Field.of("category", CODE).describedAs("What kind of action it is.").build(),
      Field.of("owner", CODE).describedAs("The agency that owns it.").build(),
      Field.of("due", DATE).describedAs("When it is due.").build(),
      Field.of("reviewOn", DATE).describedAs("When it is reviewed.").build(),
      Field.of("status", CODE).describedAs("Where it stands.").build());

  /** One version of a safety plan. */
  public static final Schema SAFETY_PLAN = Schema.of("safety-plan", "One version of the case's safety plan.",
      Field.of("version", INTEGER).describedAs("The plan's version, from 1.").build(),
      Field.of("revisedOn", DATE).describedAs("When this version was made.").build(),
      Field.records("actions", SAFETY_ACTION).repeated().describedAs("Its actions.").build());

  /** An intervention given to the case. */
  public static final Schema INTERVENTION = Schema.of("intervention", "An intervention: what, when, and how it ended.",
      Field.of("id", ID).describedAs("The intervention's id within its case.").build(),
      Field.of("kind", CODE).describedAs("The intervention kind's id in its catalogue.").build(),
      Field.of("start", DATE).describedAs("When it started.").build(),
      Field.of("end", DATE).describedAs("When it ended, once it has.").build(),
      Field.of("result", CODE).describedAs("How it ended, or ongoing.").build());

  /** A contact with the victim. */
  public static final Schema CONTACT = Schema.of("contact", "A contact with the victim.",
      Field.of("on", DATE).describedAs("The day of the contact.").build(),
      Field.of("channel", CODE).describedAs("How the contact was made.").build(),
      Field.of("significant", BOOLEAN).describedAs("Whether it counts as significant contact.").build());

  /** An incident on the case's record. */
  public static final Schema INCIDENT = Schema.of("incident", "An incident reported by an agency.",
      Field.of("date", DATE).describedAs("The day of the incident.").build(),
      Field.of("type", CODE).describedAs("What kind of incident.").build(),
      Field.of("reportedBy", CODE).describedAs("The agency that reported it.").build(),
      Field.of("incidentId", ID).describedAs("The reporting agency's reference, when given.").build(),
      Field.of("perpetratorId", ID).describedAs("Who was responsible, when recorded.").build());

  /** A referral of the case to a MARAC. */
  public static final Schema MARAC_REFERRAL = Schema.of("marac-referral", "A referral to a MARAC: why, and the meeting.",
      Field.of("referredOn", DATE).describedAs("When the case was referred.").build(),
      Field.of("routes", CODE).repeated().describedAs("The routes that made the referral.").build(),
      Field.of("outcome", CODE).describedAs("Which MARAC: refer-to-marac or refer-to-medium-risk-marac.").build(),
      Field.of("meetingOn", DATE).describedAs("The meeting's day, once set.").build());

  /** A consent recorded on the case. */
  public static final Schema CONSENT = Schema.of("consent", "The victim's consent as recorded.",
      Field.of("recordedOn", DATE).describedAs("When it was recorded.").build(),
      Field.of("method", CODE).describedAs("How it was given.").build(),
      Field.of("contactAgreed", BOOLEAN).describedAs("Whether the victim agreed to be contacted.").build(),
      Field.of("shareWith", CODE).repeated().describedAs("The agencies information may be shared with.").build(),
      Field.of("referralAgreed", BOOLEAN).describedAs("Whether the victim agreed to a referral that needs consent, such as to a "
          + "medium-risk MARAC.").build());

  /** Information shared with another agency. */
  public static final Schema INFORMATION_SHARING = Schema.of("information-sharing", "Information shared with an agency, and on what basis.",
      Field.of("on", DATE).describedAs("When it was shared.").build(),
      Field.of("with", CODE).describedAs("The agency.").build(),
      Field.of("withConsent", BOOLEAN).describedAs("Whether the victim consented.").build(),
      Field.of("reasonWithoutConsent", CODE).describedAs("The lawful reason, when shared without consent.").build());

  /** The case's closure. */
  public static final Schema CLOSURE = Schema.of("closure", "How and when the case closed.",
      Field.of("on", DATE).describedAs("When it closed.").build(),
      Field.of("reason", CODE).describedAs("Why.").build());

  /** A case as it stands: its record so far, every dated entry in order. */
  public static final Schema CASE = Schema.of("case", "A case as it stands at a revision: intake, plans, interventions, contacts, "
      + "incidents, referrals, consents, sharing, reviews and closure.",
      Field.of("caseId", ID).describedAs("The case's id in the case system.").build(),
      Field.of("revision", INTEGER).only(Purpose.RESEARCH).describedAs("The case's revision, one more for every change recorded; left "
          + "out for a MARAC, where it less the entries shown would count the contacts and reviews it does not get.").build(),
      Field.of("openedOn", DATE).describedAs("When the case was opened.").build(),
      Field.of("victimAge", AGE).describedAs("The victim's age at opening, when recorded.").build(),
      Field.records("intake", MEASURES).describedAs("What was measured at intake (T1), once recorded.").build(),
      Field.records("safetyPlans", SAFETY_PLAN).repeated().describedAs("Every version of the safety plan.").build(),
      Field.records("interventions", INTERVENTION).repeated().describedAs("Interventions, in the order started.").build(),
      Field.records("contacts", CONTACT).repeated().only(Purpose.RESEARCH).describedAs("Contacts with the victim.").build(),
      Field.records("incidents", INCIDENT).repeated().describedAs("Incidents on record.").build(),
      Field.records("maracReferrals", MARAC_REFERRAL).repeated().describedAs("Referrals to a MARAC.").build(),
      Field.records("consents", CONSENT).repeated().describedAs("Consents recorded.").build(),
      Field.records("sharing", INFORMATION_SHARING).repeated().describedAs("Information shared.").build(),
      Field.records("reviews", REVIEW).repeated().only(Purpose.RESEARCH).describedAs("Reviews, with the measures at each (T2).").build(),
      Field.records("closure", CLOSURE).describedAs("The closure, once closed.").build());

  /**
   * One change recorded on a case, as casework's events give it: the case, the revision it made,
   * what kind of change and its day, then what was recorded, in the one field its kind fills. A
   * purpose that drops that content (the contact log and the reviews under MARAC) drops the whole
   * event, since its kind and day alone would rebuild the log.
   */
  public static final Schema CASE_EVENT = Schema.of("case-event", "One change recorded on a case, in the order the case system recorded "
      + "it: the revision it made, its kind and day, and what was recorded.",
      Field.of("caseId", ID).describedAs("The case's id in the case system.").build(),
      Field.of("revision", INTEGER).only(Purpose.RESEARCH).describedAs("The case's revision this change made, from 1 for the opening; "
          + "left out for a MARAC, where its gaps would count the events the purpose drops.").build(),
      Field.of("type", CODE).describedAs("What kind of change: case-opened, intake-recorded, safety-plan-revised, intervention-started, "
          + "intervention-ended, contact-recorded, incident-recorded, marac-referral-made, marac-meeting-set, review-recorded, "
          + "consent-recorded, information-shared or case-closed.").build(),
      Field.of("on", DATE).describedAs("The day the change concerns.").build(),
      Field.of("victimAge", AGE).describedAs("For an opening: the victim's age at opening, when recorded.").build(),
      Field.records("intake", MEASURES).describedAs("For an opening with its intake, or the intake recorded later.").build(),
      Field.records("safetyPlan", SAFETY_PLAN).describedAs("For a revision of the safety plan: the new version.").build(),
      Field.records("intervention", INTERVENTION).describedAs("For an intervention started or ended: the intervention as it then stood.")
          .build(),
      Field.records("contact", CONTACT).only(Purpose.RESEARCH).describedAs("For a contact: the contact.").build(),
      Field.records("incident", INCIDENT).describedAs("For an incident: the incident.").build(),
      Field.records("maracReferral", MARAC_REFERRAL).describedAs("For a referral made or its meeting set: the referral as it then stood.")
          .build(),
      Field.records("review", REVIEW).only(Purpose.RESEARCH).describedAs("For a review: the review.").build(),
      Field.records("consent", CONSENT).describedAs("For a consent: the consent.").build(),
      Field.records("sharing", INFORMATION_SHARING).describedAs("For information shared: what, with whom and on what basis.").build(),
      Field.records("closure", CLOSURE).describedAs("For the closing: the closure.").build());

  /** A victim's case linked to a perpetrator case. */
  public static final Schema VICTIM_LINK = Schema.of("victim-link", "A victim's case linked to a perpetrator case.",
      Field.of("caseId", ID).describedAs("The victim's case id in the case system; named as a case record's is, so that under "
          + "research both take the same pseudonym and link.").build(),
      Field.of("primary", BOOLEAN).describedAs("Whether this is the case's primary victim.").build(),
      Field.of("relationship", CODE).describedAs("How the perpetrator is related to the victim.").build(),
      Field.of("livingArrangement", CODE).describedAs("Whether they live together.").build(),
      Field.of("linkedOn", DATE).describedAs("When the link was made; for the primary victim, the referral.").build());

  /** A perpetrator case's allocation to a case manager. */
  public static final Schema ALLOCATION = Schema.of("allocation", "An allocation of a perpetrator case to a case manager.",
      Field.of("caseManagerId", STAFF_ID).describedAs("The case manager's staff id.").build(),
      Field.of("on", DATE).describedAs("When the case was allocated.").build());

  /** A judgement of whether contacting the perpetrator is safe. */
  public static final Schema CONTACT_SAFETY = Schema.of("contact-safety", "A judgement, from background research, of whether "
      + "contacting the perpetrator is safe for the victim.",
      Field.of("on", DATE).describedAs("When the judgement was made.").build(),
      Field.of("safe", BOOLEAN).describedAs("Whether contact was judged safe.").build());

  /** An attempt to contact the perpetrator. */
  public static final Schema CONTACT_ATTEMPT = Schema.of("contact-attempt", "An attempt to contact the perpetrator.",
      Field.of("on", DATE).describedAs("When the attempt was made.").build(),
      Field.of("made", BOOLEAN).describedAs("Whether contact was made.").build());

  /** The perpetrator's engagement on a day. */
  public static final Schema ENGAGEMENT = Schema.of("engagement", "The perpetrator's engagement with the case manager, as recorded.",
      Field.of("on", DATE).describedAs("When it was recorded.").build(),
      Field.of("level", CODE).describedAs("engaged, partially-engaged, not-engaged or no-contact-made.").build());

  /** The perpetrator's behaviour at a point, from a source. */
  public static final Schema BEHAVIOUR = Schema.of("behaviour", "The perpetrator's abusive behaviour as assessed at one point, from one "
      + "source: each type present with its severity.",
      Field.of("point", CODE).describedAs("intake, midpoint or closure.").build(),
      Field.of("on", DATE).describedAs("When it was assessed.").build(),
      Field.of("source", CODE).describedAs("Whose view: case-manager or idva.").build(),
      Field.records("abuse", ABUSE).repeated().describedAs("The types present; a type absent and recorded is none.").build(),
      Field.of("abuseNotRecorded", CODE).repeated().describedAs("Types the assessment did not cover.").build());

  /** One need area's rating. */
  public static final Schema NEED_RATING = Schema.of("need-rating", "One need area as rated.",
      Field.of("area", CODE).describedAs("The need area.").build(),
      Field.of("level", CODE).describedAs("none, low, moderate, high, excessive or dont-know.").build());

  /** The perpetrator's needs at a point. */
  public static final Schema NEEDS = Schema.of("needs", "The perpetrator's needs as rated at one point; an area not listed was not "
      + "rated, and a record with none is an empty assessment.",
      Field.of("point", CODE).describedAs("intake, midpoint or closure.").build(),
      Field.of("on", DATE).describedAs("When they were rated.").build(),
      Field.records("ratings", NEED_RATING).repeated().describedAs("Each area rated.").build());

  /** A risk instrument's score at a point of a perpetrator case. */
  public static final Schema RISK_SCORE = Schema.of("risk-score", "A risk instrument's score at one point of a perpetrator case, such "
      + "as the Drive-DASH; an invalid score is kept and reported as excluded.",
      Field.of("point", CODE).describedAs("intake, midpoint or closure.").build(),
      Field.of("on", DATE).describedAs("When it was completed.").build(),
      Field.of("instrumentId", CODE).describedAs("The instrument's id.").build(),
      Field.of("instrumentVersion", TEXT).describedAs("The instrument's version.").build(),
      Field.of("score", INTEGER).describedAs("The score.").build(),
      Field.of("valid", BOOLEAN).describedAs("Whether the score stands: false when the instrument refused it, as the Drive-DASH "
          + "does with 11 or more answers not known.").build(),
      NOT_KNOWN_COUNT, YES_COUNT, NO_COUNT, NOT_ASKED_COUNT, RATED_COUNT, CATEGORY, INVALID_REASON, RATED);

  /** One entry in a case manager's work log. */
  public static final Schema WORK_ENTRY = Schema.of("work-entry", "One entry in a perpetrator case manager's work log.",
      Field.of("on", DATE).describedAs("The day of the work.").build(),
      Field.of("kind", CODE).describedAs("background-research, multi-agency-work, case-update, maintaining-contact, direct-support or "
          + "behaviour-change.").build(),
      Field.of("direct", BOOLEAN).describedAs("Whether the work was direct, with the perpetrator.").build(),
      Field.of("agency", CODE).describedAs("The agency worked with, or perpetrator-service for none.").build(),
      Field.of("mode", CODE).describedAs("How it was done.").build(),
      Field.of("objective", CODE).describedAs("For multi-agency work: disrupt, support or support-and-disrupt.").build(),
      Field.of("action", CODE).describedAs("The disruption action's id in its catalogue, when one was taken.").build());

  /** A statutory lever on the perpetrator. */
  public static final Schema LEVER = Schema.of("lever", "An order, condition or plan on the perpetrator.",
      Field.of("leverId", ID).describedAs("The lever's id within its case; named as a breach's is, so that under research both "
          + "take the same pseudonym and link.").build(),
      Field.of("kind", CODE).describedAs("What it is.").build(),
      Field.of("from", DATE).describedAs("Its first day in force.").build(),
      Field.of("until", DATE).describedAs("Its last day in force, when known.").build());

  /** A breach of a lever. */
  public static final Schema BREACH = Schema.of("breach", "A breach of a statutory lever.",
      Field.of("leverId", ID).describedAs("The lever breached.").build(),
      Field.of("on", DATE).describedAs("The day of the breach.").build(),
      Field.of("reportedBy", CODE).describedAs("The agency that reported it.").build());

  /** A perpetrator case's step-down. */
  public static final Schema STEP_DOWN = Schema.of("step-down", "A step-down to check-ins.",
      Field.of("from", DATE).describedAs("Its first day.").build(),
      Field.of("until", DATE).describedAs("Its last day.").build());

  /** A perpetrator case's closure plan. */
  public static final Schema CLOSURE_PLAN = Schema.of("closure-plan", "A perpetrator case's closure plan: the agencies it is handed "
      + "over to.",
      Field.of("agreedOn", DATE).describedAs("When the plan was agreed.").build(),
      Field.of("handoverTo", CODE).repeated().describedAs("The agencies the case is handed over to.").build());

  /**
   * A perpetrator case as it stands. Its needs, the case manager's work log and its revision are for
   * research only: a MARAC hears the risk, the engagement, the levers and their breaches, not the
   * perpetrator's health or each session, nor a revision that would count them.
   */
  public static final Schema PERPETRATOR_CASE = Schema.of("perpetrator-case", "A perpetrator case as it stands at a revision: the "
      + "victims' cases linked, allocation, contact, engagement, behaviour, needs, risk scores, the work log, levers, step-down, the "
      + "closure plan and closure.",
      Field.of("caseId", ID).describedAs("The perpetrator case's id in the case system.").build(),
      Field.of("revision", INTEGER).only(Purpose.RESEARCH).describedAs("The case's revision, one more for every change recorded; left "
          + "out for a MARAC, where it less the entries shown would count the needs and work it does not get.").build(),
      Field.records("victims", VICTIM_LINK).repeated().describedAs("The victims' cases linked, the primary first.").build(),
      Field.records("allocations", ALLOCATION).repeated().describedAs("Every allocation, the last in force.").build(),
      Field.records("safetyJudgements", CONTACT_SAFETY).repeated().describedAs("Every contact-safety judgement.").build(),
      Field.records("contactAttempts", CONTACT_ATTEMPT).repeated().describedAs("Every contact attempt.").build(),
      Field.records("engagement", ENGAGEMENT).repeated().describedAs("Engagement over time.").build(),
      Field.records("behaviour", BEHAVIOUR).repeated().describedAs("Behaviour at intake, midpoint and closure, from each source.").build(),
      Field.records("needs", NEEDS).repeated().only(Purpose.RESEARCH).describedAs("Needs at intake, midpoint and closure.").build(),
      Field.records("scores", RISK_SCORE).repeated().describedAs("Risk scores at intake, midpoint and closure.").build(),
      Field.records("work", WORK_ENTRY).repeated().only(Purpose.RESEARCH).describedAs("The case manager's work log.").build(),
      Field.records("levers", LEVER).repeated().describedAs("Orders, conditions and plans on the perpetrator.").build(),
      Field.records("breaches", BREACH).repeated().describedAs("Breaches of them.").build(),
      Field.records("stepDown", STEP_DOWN).describedAs("The step-down, once set.").build(),
      Field.records("closurePlan", CLOSURE_PLAN).describedAs("The closure plan in force, once agreed.").build(),
      Field.records("closure", CLOSURE).describedAs("The closure, once closed: completed, or an early exit's reason.").build());

  /**
   * One change recorded on a perpetrator case. As with {@link #CASE_EVENT}, a purpose that drops an
   * event's content (needs or work under a MARAC) drops the whole event.
   */
  public static final Schema PERPETRATOR_EVENT = Schema.of("perpetrator-event", "One change recorded on a perpetrator case, in the order "
      + "the case system recorded it: the revision it made, its kind and day, and what was recorded.",
      Field.of("caseId", ID).describedAs("The perpetrator case's id in the case system.").build(),
      Field.of("revision", INTEGER).only(Purpose.RESEARCH).describedAs("The case's revision this change made, from 1 for the referral; "
          + "left out for a MARAC, where its gaps would count the events the purpose drops.").build(),
      Field.of("type", CODE).describedAs("What kind of change: perpetrator-referred, victim-linked, case-manager-allocated, "
          + "contact-safety-judged, contact-attempted, engagement-recorded, behaviour-recorded, needs-recorded, score-recorded, "
          + "work-recorded, lever-recorded, lever-ended, breach-recorded, stepped-down, closure-planned or perpetrator-case-closed.").build(),
      Field.of("on", DATE).describedAs("The day the change concerns.").build(),
      Field.records("victim", VICTIM_LINK).describedAs("For a referral or a victim linked: the link.").build(),
      Field.records("allocation", ALLOCATION).describedAs("For an allocation: the allocation.").build(),
      Field.records("contactSafety", CONTACT_SAFETY).describedAs("For a contact-safety judgement: the judgement.").build(),
      Field.records("contactAttempt", CONTACT_ATTEMPT).describedAs("For a contact attempt: the attempt.").build(),
      Field.records("engagement", ENGAGEMENT).describedAs("For engagement recorded: the record.").build(),
      Field.records("behaviour", BEHAVIOUR).describedAs("For behaviour assessed: the assessment.").build(),
      Field.records("needs", NEEDS).only(Purpose.RESEARCH).describedAs("For needs rated: the ratings.").build(),
      Field.records("score", RISK_SCORE).describedAs("For a risk score: the score.").build(),
      Field.records("work", WORK_ENTRY).only(Purpose.RESEARCH).describedAs("For work recorded: the entry.").build(),
      Field.records("lever", LEVER).describedAs("For a lever recorded or ended: the lever as it then stood.").build(),
      Field.records("breach", BREACH).describedAs("For a breach: the breach.").build(),
      Field.records("stepDown", STEP_DOWN).describedAs("For a step-down: the step-down.").build(),
      Field.records("closurePlan", CLOSURE_PLAN).describedAs("For a closure plan: the plan.").build(),
      Field.records("closure", CLOSURE).describedAs("For the closing: the closure.").build());

  /** An action a MARAC agreed. */
  public static final Schema MARAC_ACTION = Schema.of("marac-action", "An action a MARAC agreed for a case it heard, and where it stands.",
      Field.of("actionId", ID).describedAs("The action's id within its meeting.").build(),
      Field.of("caseId", ID).describedAs("The case it is for; named as a case record's id is, so that under research the two link.")
          .build(),
      Field.of("owner", CODE).describedAs("The agency that owns it.").build(),
      Field.of("due", DATE).describedAs("The day it is due.").build(),
      Field.of("state", CODE).describedAs("open, done or dropped.").build(),
      Field.of("closedOn", DATE).describedAs("The day it was done or dropped.").build(),
      Field.of("dropReason", CODE).describedAs("Why it was dropped.").build());

  /** A MARAC meeting as it stands. */
  public static final Schema MARAC_MEETING = Schema.of("marac-meeting", "A MARAC meeting as it stands at a revision: the agencies "
      + "invited and attending, the cases heard and the actions agreed.",
      Field.of("meetingId", ID).describedAs("The meeting's id in the case system.").build(),
      Field.of("revision", INTEGER).describedAs("The meeting's revision, one more for every change recorded.").build(),
      Field.of("on", DATE).describedAs("The day of the meeting.").build(),
      Field.of("invited", CODE).repeated().describedAs("The agencies invited.").build(),
      Field.of("attendanceRecorded", BOOLEAN).describedAs("Whether attendance was recorded.").build(),
      Field.of("attended", CODE).repeated().describedAs("The agencies that attended, once recorded.").build(),
      Field.of("caseId", ID).repeated().describedAs("The cases heard; named as a case record's id is, so that under research they "
          + "link.").build(),
      Field.records("actions", MARAC_ACTION).repeated().describedAs("The actions agreed, each as it now stands.").build());

  /** One change recorded on a MARAC meeting. */
  public static final Schema MEETING_EVENT = Schema.of("meeting-event", "One change recorded on a MARAC meeting, in the order the case "
      + "system recorded it: the revision it made, its kind and day, and what was recorded.",
      Field.of("meetingId", ID).describedAs("The meeting's id in the case system.").build(),
      Field.of("revision", INTEGER).describedAs("The meeting's revision this change made, from 1 for the scheduling.").build(),
      Field.of("type", CODE).describedAs("What kind of change: meeting-scheduled, attendance-recorded, case-heard, action-agreed or "
          + "action-closed.").build(),
      Field.of("on", DATE).describedAs("The day the change concerns.").build(),
      Field.of("invited", CODE).repeated().describedAs("For a scheduling: the agencies invited.").build(),
      Field.of("attended", CODE).repeated().describedAs("For attendance: the agencies that attended.").build(),
      Field.of("caseId", ID).describedAs("For a case heard: the case.").build(),
      Field.records("action", MARAC_ACTION).describedAs("For an action agreed or closed: the action as it then stood.").build());

  /** One route the MARAC screen weighed. */
  public static final Schema ROUTE_FINDING = Schema.of("route-finding", "One MARAC route the screen weighed, with its evidence.",
      Field.of("route", CODE).describedAs("The route.").build(),
      Field.of("fired", BOOLEAN).describedAs("Whether it fired.").build(),
      Field.of("explanation", TEXT).only(Purpose.MARAC).describedAs("The evidence in words; it may name an assessor, a date or an age.").build(),
      Field.of("score", INTEGER).describedAs("The score weighed, for the score routes.").build(),
      Field.of("incidentsCounted", INTEGER).describedAs("Incidents counted in the window, for potential escalation.").build(),
      Field.of("windowStart", DATE).describedAs("The first day of the window counted.").build(),
      Field.of("lastReferral", DATE).describedAs("The earlier referral, for the repeat route.").build(),
      Field.of("incidentDate", DATE).describedAs("The incident that made a repeat.").build(),
      Field.of("assessorId", STAFF_ID).describedAs("The assessor whose judgement fired the professional-judgement route.").build(),
      Field.of("reasons", CODE).repeated().describedAs("The judgement's grounds.").build());

  /** A MARAC screening decision. */
  public static final Schema MARAC_DECISION = Schema.of("marac-decision", "A MARAC screening decision: the outcome, every route that "
      + "fired and every one that did not, with evidence.",
      Field.of("caseId", ID).describedAs("The case screened.").build(),
      Field.of("asOf", DATE).describedAs("The day the case was screened as of.").build(),
      Field.of("outcome", CODE).describedAs("refer-to-marac, refer-to-medium-risk-marac or no-referral.").build(),
      Field.of("alsoToChildrensSocialCare", BOOLEAN).describedAs("Whether the case goes to children's social care as well.").build(),
      Field.of("policyId", CODE).describedAs("The threshold policy applied.").build(),
      Field.of("policyVersion", TEXT).describedAs("Its version.").build(),
      Field.records("routes", ROUTE_FINDING).repeated().describedAs("Every route weighed, those that fired first.").build(),
      Field.of("notes", TEXT).repeated().only(Purpose.MARAC).describedAs("What else the screen found; may name an age or a policy.").build());

  /** One intervention band of a cohort report, with how many cases fall in it. */
  public static final Schema COHORT_BAND = Schema.of("cohort-band", "One band of a cohort report: cases grouped by how many interventions "
      + "they received.",
      Field.of("band", TEXT).describedAs("The band as the report labels it, such as 2-5 or 11+.").build(),
      Field.of("lower", INTEGER).describedAs("The fewest interventions in the band.").build(),
      Field.of("upper", INTEGER).describedAs("The most interventions in the band; absent for the open band at the top.").build(),
      Field.of("cases", COUNT).describedAs("Cases in the band.").build(),
      Field.of("reviewed", COUNT).describedAs("Cases in the band with an outcome review.").build());

  /** One outcome rate of a cohort report, for every case or for one band. */
  public static final Schema COHORT_OUTCOME = Schema.of("cohort-outcome", "One outcome measure's rate in a cohort report, over every "
      + "case or over one intervention band.",
      Field.of("measure", CODE).describedAs("The outcome measure, such as risk-reduced or total-cessation.").build(),
      Field.of("band", TEXT).describedAs("The intervention band the rate is over; absent when over every case.").build(),
      Field.of("achieved", COUNT).describedAs("Cases with the outcome (the numerator).").build(),
      Field.of("of", COUNT).describedAs("Cases with a usable answer (the denominator).").build(),
      Field.of("missing", COUNT).describedAs("Cases of the group left out for want of a usable answer.").build());

  /** One cell of a cohort report's risk movement from intake to review. */
  public static final Schema COHORT_RISK_MOVEMENT = Schema.of("cohort-risk-movement", "How many cases moved from one risk level at intake "
      + "(T1) to another at the outcome review (T2).",
      Field.of("from", CODE).describedAs("The level at intake: standard, medium or high.").build(),
      Field.of("to", CODE).describedAs("The level at the review; absent for cases with no review.").build(),
      Field.of("cases", COUNT).describedAs("Cases that moved so.").build());

  /** One abuse type's prevalence and cessation in a cohort report. */
  public static final Schema COHORT_ABUSE = Schema.of("cohort-abuse", "One type of abuse in a cohort report: how many had it at intake, "
      + "and how many of those it stopped for by the review.",
      Field.of("type", CODE).describedAs("The type: physical, sexual, harassment-and-stalking or jealous-and-controlling.").build(),
      Field.of("atIntake", COUNT).describedAs("Cases with the type at intake.").build(),
      Field.of("recorded", COUNT).describedAs("The cases the prevalence is read over: every case of the cohort.").build(),
      Field.of("ceased", COUNT).describedAs("Cases with the type at intake whose abuse of that type had stopped by the review.").build(),
      Field.of("reviewed", COUNT).describedAs("Cases with the type at intake whose review says either way.").build());

  /** One intervention kind's reach in a cohort report. */
  public static final Schema COHORT_INTERVENTION = Schema.of("cohort-intervention", "How many cases received one kind of intervention.",
      Field.of("kind", CODE).describedAs("The intervention kind's id in its catalogue.").build(),
      Field.of("received", COUNT).describedAs("Cases that received it.").build(),
      Field.of("of", COUNT).describedAs("Reviewed cases whose kinds of intervention were recorded.").build());

  /** A cohort outcome report: counts of cases, never a case. */
  public static final Schema COHORT_REPORT = Schema.of("cohort-report", "A cohort outcome report: how many cases, their interventions, the "
      + "outcomes by number of interventions, risk movement from intake to review and cessation by type of abuse. Every count is of "
      + "cases; under research a count below the small-cell threshold is suppressed.",
      Field.of("outcomePoint", CODE).describedAs("Which review the outcomes are read from.").build(),
      Field.of("intensiveThreshold", INTEGER).describedAs("The significant contacts from which support counts as intensive.").build(),
      Field.of("cases", COUNT).describedAs("Cases in the cohort.").build(),
      Field.of("reviewed", COUNT).describedAs("Cases with an outcome review.").build(),
      Field.records("bands", COHORT_BAND).repeated().describedAs("The intervention bands, fewest interventions first.").build(),
      Field.records("outcomes", COHORT_OUTCOME).repeated().describedAs("Each outcome measure over every case, then band by band.").build(),
      Field.records("riskMovement", COHORT_RISK_MOVEMENT).repeated().describedAs("Risk levels from intake to review, cell by cell.").build(),
      Field.records("abuse", COHORT_ABUSE).repeated().describedAs("Prevalence and cessation, type by type.").build(),
      Field.records("interventions", COHORT_INTERVENTION).repeated().describedAs("Reach of each intervention kind.").build());

  /** One figure of a MARAC's periodic return. */
  public static final Schema MARAC_RETURN_FIGURE = Schema.of("marac-return-figure", "One figure of a MARAC's periodic return: its "
      + "value, the counts it rests on, what was left out and why, and the range the service expects it in.",
      Field.of("figure", TEXT).describedAs("The figure's key, as a service's expected ranges name it: cases-heard, per-10k-adult-women, "
          + "repeat-rate, cases-with-children, engagement, referrals-by-agency.POLICE (an agency), referrals-by-route.REPEAT (a route) "
          + "or access.MALE (an equality group).").build(),
      Field.of("kind", CODE).describedAs("What the value is: count, per-ten-thousand (cases heard per 10,000 adult women a year) or "
          + "percent.").build(),
      Field.of("numerator", COUNT).describedAs("The cases the figure counts: the cases heard for a count or a rate per 10,000, the "
          + "numerator of a percentage.").build(),
      Field.of("denominator", COUNT).describedAs("What a percentage is of; absent for a count and a rate per 10,000, whose base is the "
          + "adult women.").build(),
      Field.of("missing", COUNT).describedAs("For a percentage, the cases of its base left out of the denominator (no answer, or no "
          + "referral record); with the denominator they make the cases heard for a figure over the cases heard.").build(),
      Field.of("missingReason", TEXT).describedAs("Why they were left out, the reasons only, in words; absent when none was.").build(),
      Field.of("value", DECIMAL).describedAs("The figure to one decimal place (a count whole); absent for a percentage of nothing, and "
          + "when a count it rests on is not shown.").build(),
      Field.of("expectedLow", DECIMAL).describedAs("The lowest value the service expects, when its range has a low end.").build(),
      Field.of("expectedHigh", DECIMAL).describedAs("The highest value the service expects, when its range has a high end.").build(),
      Field.of("outsideExpected", BOOLEAN).describedAs("Whether the value is outside the service's expected range; absent when there "
          + "is no range or no value shown.").build());

  /** One equality group's access to a MARAC, in its periodic return. */
  public static final Schema MARAC_RETURN_ACCESS = Schema.of("marac-return-access", "One equality group's share of the cases a MARAC "
      + "heard beside its share of the population: the access table of a periodic return.",
      Field.of("group", CODE).describedAs("The group: minority-ethnic, lesbian-gay-bisexual, disabled, male or aged-16-17.").build(),
      Field.of("cases", COUNT).describedAs("Cases heard in the group.").build(),
      Field.of("of", COUNT).describedAs("Cases heard whose answer was given (the denominator).").build(),
      Field.of("missing", COUNT).describedAs("Cases heard whose answer was withheld or not recorded, or with no referral record.").build(),
      Field.of("percent", DECIMAL).describedAs("The group's share of the cases, in percent to one decimal place; absent when nothing "
          + "to divide by or a count it rests on is not shown.").build(),
      Field.of("populationLow", DECIMAL).describedAs("The group's share of the population, in percent, at its low end; absent when the "
          + "service gave none.").build(),
      Field.of("populationHigh", DECIMAL).describedAs("The same share at its high end (the low end again for a single figure).").build(),
      Field.of("representation", CODE).describedAs("below, within or above the population share; absent when either share is not "
          + "there.").build());

  /** One equality answer: special-category data, for FULL only wherever it appears. */
  public static final Schema EQUALITY_ANSWER = Schema.of("equality-answer", "One equality answer: given, with its value and the lawful "
      + "basis it was recorded under; prefer not to say; or not recorded.",
      Field.of("status", CODE).describedAs("given, prefer-not-to-say or not-recorded.").build(),
      Field.of("value", CODE).describedAs("The answer, when given.").build(),
      Field.of("lawfulBasis", CODE).describedAs("The lawful basis the answer is recorded under, when given.").build());

  /** A victim's equality answers. */
  public static final Schema EQUALITY = Schema.of("equality", "A victim's equality answers, each given, withheld or not recorded.",
      Field.records("gender", EQUALITY_ANSWER).describedAs("Gender.").build(),
      Field.records("ethnicity", EQUALITY_ANSWER).describedAs("Ethnic group.").build(),
      Field.records("sexualOrientation", EQUALITY_ANSWER).describedAs("Sexual orientation.").build(),
      Field.records("disability", EQUALITY_ANSWER).describedAs("Disability.").build(),
      Field.records("ageBand", EQUALITY_ANSWER).describedAs("Age band.").build());

  /** A referral's move into a state. */
  public static final Schema REFERRAL_STATE = Schema.of("referral-state", "A referral's move into a state, on a day.",
      Field.of("state", CODE).describedAs("referred, engaged, closed, rejected or transferred.").build(),
      Field.of("on", DATE).describedAs("The day.").build());

  /** An agency's flag on its own records for a case referred to a MARAC. */
  public static final Schema REFERRAL_FLAG = Schema.of("referral-flag", "An agency's flag and tag: its own records marked so that the "
      + "next contact about the victim is handled as a MARAC case.",
      Field.of("agency", CODE).describedAs("The agency.").build(),
      Field.of("on", DATE).describedAs("The day the flag was set.").build());

  /** A referral as the MARAC holds it (the case's own record of a referral is {@link #MARAC_REFERRAL}). */
  public static final Schema REFERRAL = Schema.of("referral", "A referral as the MARAC holds it, at a revision: who "
      + "referred, by which criteria, the children in the household, where the referral stands, and the flags set; the victim's "
      + "equality answers for FULL only.",
      Field.of("referralId", ID).describedAs("The referral's id in the case system.").build(),
      Field.of("caseId", ID).describedAs("The victim's case; named as a case record's id is, so that under research they link.").build(),
      Field.of("maracId", ID).describedAs("The MARAC that holds the referral.").build(),
      Field.of("revision", INTEGER).fullOnly().describedAs("The referral's revision, one more for every change recorded; FULL only, "
          + "since under another purpose it less the changes shown would count the equality answers recorded.").build(),
      Field.of("receivedOn", DATE).describedAs("The day the MARAC received the referral.").build(),
      Field.of("referredBy", CODE).describedAs("The referring agency.").build(),
      Field.of("routes", CODE).repeated().describedAs("The criteria the referral came by.").build(),
      Field.of("childrenInHousehold", INTEGER).describedAs("The children in the household; absent when not known.").build(),
      Field.records("history", REFERRAL_STATE).repeated().describedAs("The referral's states over time.").build(),
      Field.of("rejection", CODE).describedAs("Why the referral was rejected, when it was.").build(),
      Field.of("transferredTo", ID).describedAs("The MARAC the referral was transferred to, when it was.").build(),
      Field.records("flags", REFERRAL_FLAG).repeated().describedAs("The agencies' flags.").build(),
      Field.records("equality", EQUALITY).fullOnly().describedAs("The victim's equality answers: special-category data, which no "
          + "purpose but FULL needs one by one (returns count them).").build());

  /** One change recorded on a MARAC referral. */
  public static final Schema REFERRAL_EVENT = Schema.of("referral-event", "One change recorded on a MARAC referral: the revision it "
      + "made, its kind and day, and what was recorded.",
      Field.of("referralId", ID).describedAs("The referral's id in the case system.").build(),
      Field.of("revision", INTEGER).fullOnly().describedAs("The referral's revision this change made, from 1 for its receipt; FULL "
          + "only, since under another purpose its gaps would count the equality answers recorded.").build(),
      Field.of("type", CODE).describedAs("What kind of change: referral-received, children-recorded, equality-recorded, case-flagged, "
          + "referral-engaged, referral-closed, referral-rejected or referral-transferred.").build(),
      Field.of("on", DATE).describedAs("The day of the change.").build(),
      Field.of("caseId", ID).describedAs("For a receipt: the victim's case.").build(),
      Field.of("maracId", ID).describedAs("For a receipt: the MARAC that received it.").build(),
      Field.of("referredBy", CODE).describedAs("For a receipt: the referring agency.").build(),
      Field.of("routes", CODE).repeated().describedAs("For a receipt: the criteria it came by.").build(),
      Field.of("childrenInHousehold", INTEGER).describedAs("For children recorded: the count; absent when recorded as not known.")
          .build(),
      Field.records("equality", EQUALITY).fullOnly().describedAs("For equality answers recorded: the answers, for FULL only; no "
          + "other purpose gets the event at all.").build(),
      Field.of("agency", CODE).describedAs("For a flag: the agency.").build(),
      Field.of("rejection", CODE).describedAs("For a rejection: the reason.").build(),
      Field.of("transferredTo", ID).describedAs("For a transfer: the receiving MARAC.").build());

  /** A MARAC's periodic return: counts of cases and referrals, never a case. */
  public static final Schema MARAC_RETURN = Schema.of("marac-return", "A MARAC's periodic return over a period: cases heard, the rate "
      + "per 10,000 adult women, repeats, children, referrals by agency and route, engagement and access by equality group, each "
      + "figure with the range the service expects. Counts only, no case, referral or answer; a count below the small-cell threshold "
      + "is suppressed under every purpose but FULL.",
      Field.of("from", DATE).describedAs("The period's first day.").build(),
      Field.of("to", DATE).describedAs("The period's last day.").build(),
      Field.of("maracIds", TEXT).repeated().describedAs("The MARACs the return counts, by their ids: areas, not people.").build(),
      Field.of("adultWomen", INTEGER).describedAs("Women aged 16 and over in the area the return covers: a population, not a count of "
          + "cases.").build(),
      Field.of("casesHeard", COUNT).describedAs("Cases heard at meetings in the period.").build(),
      Field.of("referrals", COUNT).describedAs("Referrals received in the period.").build(),
      Field.of("accepted", COUNT).describedAs("Of them, neither rejected nor transferred by the period's end (engagement's "
          + "denominator).").build(),
      Field.of("rejected", COUNT).describedAs("Of them, rejected by the period's end.").build(),
      Field.of("transferred", COUNT).describedAs("Of them, passed to another MARAC by the period's end.").build(),
      Field.of("children", COUNT).describedAs("Children in the households of the cases heard, where known.").build(),
      Field.records("figures", MARAC_RETURN_FIGURE).repeated().describedAs("Every figure, in the order a return lists them.").build(),
      Field.records("access", MARAC_RETURN_ACCESS).repeated().describedAs("The access table, group by group.").build());

  /** One area's capacity plan. */
  public static final Schema AREA_PLAN = Schema.of("area-plan", "One area's capacity plan: IDVAs required by the SafeLives formula, and "
      + "where the area's inputs allow, advisers in post and coverage, the caseload model, refuge beds and costs. FTE are full-time "
      + "equivalents; costs are pounds a year.",
      Field.of("area", TEXT).describedAs("The area's name as given.").build(),
      Field.of("region", TEXT).describedAs("The region it belongs to, when given.").build(),
      Field.of("adultWomen", INTEGER).describedAs("Women aged 16 and over.").build(),
      Field.of("maracCases", INTEGER).describedAs("Cases the MARAC heard in the year.").build(),
      Field.of("basis", CODE).describedAs("What the requirement rests on: marac-cases, or prevalence when the MARAC heard fewer cases than "
          + "the prevalence estimate.").build(),
      Field.of("casesUsed", DECIMAL).describedAs("The cases the requirement is worked from.").build(),
      Field.of("requiredFte", DECIMAL).describedAs("IDVAs required, as rounded for the plan.").build(),
      Field.of("requiredFteExact", DECIMAL).describedAs("IDVAs required before rounding.").build(),
      Field.of("fteInPost", DECIMAL).describedAs("Advisers in post, when given.").build(),
      Field.of("highRiskFte", DECIMAL).describedAs("The advisers' time counted towards high-risk work.").build(),
      Field.of("coverageAll", DECIMAL).describedAs("Advisers in post over IDVAs required.").build(),
      Field.of("coverageHighRisk", DECIMAL).describedAs("High-risk time over IDVAs required.").build(),
      Field.of("caseloadFte", DECIMAL).describedAs("Advisers by the caseload model, when its inputs are given.").build(),
      Field.of("refugeBeds", INTEGER).describedAs("Refuge beds, when given.").build(),
      Field.of("refugeTarget", DECIMAL).describedAs("Beds by the benchmark for the area's population.").build(),
      Field.of("teamCost", DECIMAL).describedAs("A team sized to the IDVAs required.").build(),
      Field.of("costPerVictim", DECIMAL).describedAs("The team's cost over the cases used.").build(),
      Field.of("costPerCessation", DECIMAL).describedAs("The cost per victim over the cessation rate.").build(),
      Field.of("notes", TEXT).repeated().describedAs("What the plan left out for the area and why, or assumed.").build());

  /** A plan's totals over a region or over every area. */
  public static final Schema PLAN_TOTALS = Schema.of("plan-totals", "A capacity plan's totals over a region or over every area; a total over "
      + "the areas that gave a value says so by its name.",
      Field.of("name", TEXT).describedAs("The region's name, or all areas.").build(),
      Field.of("areas", INTEGER).describedAs("Areas summed.").build(),
      Field.of("requiredFte", DECIMAL).describedAs("IDVAs required, the sum of the areas' rounded figures.").build(),
      Field.of("requiredFteExact", DECIMAL).describedAs("The sum of the areas' figures before rounding.").build(),
      Field.of("maracCases", INTEGER).describedAs("Cases the MARACs heard.").build(),
      Field.of("areasWithWorkforce", INTEGER).describedAs("Areas that gave their advisers in post.").build(),
      Field.of("fteInPost", DECIMAL).describedAs("Advisers in post, over the areas that gave them.").build(),
      Field.of("highRiskFte", DECIMAL).describedAs("Their high-risk time.").build(),
      Field.of("requiredFteWhereKnown", DECIMAL).describedAs("IDVAs required over the same areas, for coverage.").build(),
      Field.of("coverageAll", DECIMAL).describedAs("Advisers in post over IDVAs required, where known.").build(),
      Field.of("coverageHighRisk", DECIMAL).describedAs("High-risk time over IDVAs required, where known.").build(),
      Field.of("caseloadFte", DECIMAL).describedAs("Advisers by the caseload model, over the areas that allow it.").build(),
      Field.of("refugeBeds", INTEGER).describedAs("Refuge beds, over the areas that gave them.").build(),
      Field.of("refugeTarget", DECIMAL).describedAs("Beds by the benchmark, over the same areas.").build(),
      Field.of("teamCost", DECIMAL).describedAs("Team costs summed.").build());

  /** A capacity plan: areas, their regions and the whole. */
  public static final Schema CAPACITY_PLAN = Schema.of("capacity-plan", "A capacity plan for IDVA services over a set of areas: each area, "
      + "each region's totals and the totals over all, with the assumptions the plan was made under. About areas, never a case.",
      Field.records("areas", AREA_PLAN).repeated().describedAs("Each area, in the order given.").build(),
      Field.records("regions", PLAN_TOTALS).repeated().describedAs("Each region's totals.").build(),
      Field.records("overall", PLAN_TOTALS).describedAs("The totals over every area.").build(),
      Field.of("assumptions", TEXT).repeated().describedAs("The rates and rules the plan was made under, in words.").build());

  /** The top-level records, which an exporter may be asked to write. */
  public static final List<Schema> RECORDS = List.of(CASE, ASSESSMENT, MARAC_DECISION, COHORT_REPORT, CAPACITY_PLAN, CASE_EVENT,
      PERPETRATOR_CASE, PERPETRATOR_EVENT, MARAC_MEETING, MEETING_EVENT, MARAC_RETURN, REFERRAL, REFERRAL_EVENT);

  /** The names of the {@link #RECORDS top-level records}: what an exporter that writes every record returns from {@code records()}. */
  public static final Set<String> RECORD_NAMES = names(RECORDS);

  private static Set<String> names(List<Schema> schemas) {
    String[] names = new String[schemas.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = schemas.get(i).name();
    }
    return Set.of(names);
  }

  /**
   * A top-level schema by name.
   *
   * @param name {@code case}, {@code assessment}, {@code marac-decision}, {@code cohort-report}, {@code capacity-plan},
   *     {@code case-event}, {@code perpetrator-case}, {@code perpetrator-event}, {@code marac-meeting},
   *     {@code meeting-event}, {@code marac-return}, {@code referral} or {@code referral-event}
   * @return the schema, empty for another name
   */
  public static Optional<Schema> record(String name) {
    org.safeguard.model.MissingValueException.require("name", name);
    for (Schema s : RECORDS) {
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
