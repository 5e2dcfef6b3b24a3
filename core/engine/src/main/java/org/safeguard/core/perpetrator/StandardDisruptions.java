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
package org.safeguard.core.perpetrator;

import org.safeguard.model.CatalogUse;
import org.safeguard.model.InterventionCatalog;
import org.safeguard.model.InterventionKind;
import org.safeguard.model.MissingValueException;
import org.safeguard.spi.InterventionCatalogProvider;
import org.safeguard.spi.SetupContext;

/**
 * The disruption actions the Drive evaluation describes case managers taking through other
 * agencies (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019: the case studies of
 * disruption and multi-agency work). Every engine has this catalogue, a {@link CatalogUse#DISRUPTION_ACTIONS}
 * catalogue; a plugin adds local actions with a catalogue of the same use.
 */
public final class StandardDisruptions implements InterventionCatalogProvider {
  /** The catalogue's provider id, naming the evaluation it comes from. */
  public static final String ID = "drive-disruption-2019";

  /** Action id: information shared with an agency to raise its awareness of the risk. */
  public static final String INFORMATION_SHARED = "risk-information-shared";
  /** Action id: a referral to MAPPA, where behaviour change is unlikely soon and the risk stays high. */
  public static final String MAPPA_REFERRAL = "mappa-referral";
  /** Action id: a referral to children's social care, which may bring a visit and checks on a child-protection plan. */
  public static final String SOCIAL_CARE_REFERRAL = "social-care-referral";
  /** Action id: a breach of a court order or of bail reported, without relying on the victim to report it. */
  public static final String BREACH_REPORTED = "breach-reported";
  /** Action id: a licence breach reported to the offender manager, which may lead to recall. */
  public static final String LICENCE_BREACH_REPORTED = "licence-breach-reported";
  /** Action id: intelligence passed to the police, such as an intelligence log or word of planned contact. */
  public static final String POLICE_INTELLIGENCE = "police-intelligence";
  /** Action id: a marker or flag placed on an address or a record. */
  public static final String MARKER_PLACED = "marker-placed";
  /** Action id: a prison asked to hold and check the perpetrator's letters. */
  public static final String PRISON_LETTERS_HELD = "prison-letters-held";
  /** Action id: a letter to a court, such as one opposing the lifting or variation of a restraining order. */
  public static final String COURT_LETTER = "court-letter";
  /** Action id: an order or condition asked for, such as a sexual harm prevention order. */
  public static final String ORDER_REQUESTED = "order-requested";
  /** Action id: engagement with the service written into probation requirements or a child-protection plan. */
  public static final String ENGAGEMENT_REQUIRED = "engagement-required";
  /** Action id: a multi-agency meeting convened about the perpetrator. */
  public static final String MEETING_CONVENED = "meeting-convened";

  /** The engine adds the standard catalogue itself; it is constructed like any provider. */
  public StandardDisruptions() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "2019";
  }

  @Override
  public InterventionCatalog load(SetupContext context) {
    MissingValueException.require("context", context);
    return InterventionCatalog.builder(context)
        .use(CatalogUse.DISRUPTION_ACTIONS)
        .addKinds(
            InterventionKind.of(INFORMATION_SHARED, "Information shared to raise awareness of the risk"),
            InterventionKind.of(MAPPA_REFERRAL, "Referral to MAPPA"),
            InterventionKind.of(SOCIAL_CARE_REFERRAL, "Referral to children's social care"),
            InterventionKind.of(BREACH_REPORTED, "Breach of an order or bail reported"),
            InterventionKind.of(LICENCE_BREACH_REPORTED, "Licence breach reported to the offender manager"),
            InterventionKind.of(POLICE_INTELLIGENCE, "Intelligence passed to the police"),
            InterventionKind.of(MARKER_PLACED, "Marker placed on an address or record"),
            InterventionKind.of(PRISON_LETTERS_HELD, "Prison asked to hold and check letters"),
            InterventionKind.of(COURT_LETTER, "Letter to a court"),
            InterventionKind.of(ORDER_REQUESTED, "Order or condition requested"),
            InterventionKind.of(ENGAGEMENT_REQUIRED, "Engagement written into requirements or a plan"),
            InterventionKind.of(MEETING_CONVENED, "Multi-agency meeting convened"))
        .build();
  }
}
