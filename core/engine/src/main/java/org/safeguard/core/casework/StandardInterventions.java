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
package org.safeguard.core.casework;

import org.safeguard.model.InterventionCatalog;
import org.safeguard.model.InterventionKind;
import org.safeguard.spi.InterventionCatalogProvider;
import org.safeguard.spi.SetupContext;
import org.safeguard.model.MissingValueException;

/**
 * The eighteen kinds of intervention of the IDVA evaluation, Safety in Numbers (CAADA, 2009),
 * Table 4. Every engine has this catalogue, so cohort reports count interventions as the
 * evaluation did; plugins add to it.
 */
public final class StandardInterventions implements InterventionCatalogProvider {
  /** The catalogue's provider id, naming the evaluation it comes from. */
  public static final String ID = "safety-in-numbers-2009";

  /** Kind id: safety planning undertaken. */
  public static final String SAFETY_PLANNING = "safety-planning";
  /** Kind id: support in relation to a criminal court case. */
  public static final String CRIMINAL_COURT = "criminal-court";
  /** Kind id: support with civil justice remedies. */
  public static final String CIVIL_REMEDIES = "civil-remedies";
  /** Kind id: the case was heard at a MARAC; the same id as {@link CaseFile#MARAC_KIND}. */
  public static final String MARAC = "marac";
  /** Kind id: support with housing issues. */
  public static final String HOUSING = "housing";
  /** Kind id: access to target hardening of the home. */
  public static final String TARGET_HARDENING = "target-hardening";
  /** Kind id: access to a sanctuary scheme. */
  public static final String SANCTUARY_SCHEME = "sanctuary-scheme";
  /** Kind id: support to access refuge accommodation. */
  public static final String REFUGE = "refuge";
  /** Kind id: support in relation to child contact. */
  public static final String CHILD_CONTACT = "child-contact";
  /** Kind id: support with social services. */
  public static final String SOCIAL_SERVICES = "social-services";
  /** Kind id: support with the children's schools. */
  public static final String SCHOOLS = "schools";
  /** Kind id: support with benefits. */
  public static final String BENEFITS = "benefits";
  /** Kind id: support with immigration issues. */
  public static final String IMMIGRATION = "immigration";
  /** Kind id: support to access a GP. */
  public static final String GP = "gp";
  /** Kind id: support to access mental-health services. */
  public static final String MENTAL_HEALTH = "mental-health";
  /** Kind id: support with alcohol and drugs issues. */
  public static final String DRUGS_AND_ALCOHOL = "drugs-and-alcohol";
  /** Kind id: support to access counselling. */
  public static final String COUNSELLING = "counselling";
  /** Kind id: a pattern-changing course completed. */
  public static final String PATTERN_CHANGING = "pattern-changing";

  /** The engine adds the standard catalogue itself; it is constructed like any provider. */
  public StandardInterventions() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "2009";
  }

  @Override
  public InterventionCatalog load(SetupContext context) {
    MissingValueException.require("context", context);
    return InterventionCatalog.builder(context)
        .addKinds(
            InterventionKind.of(SAFETY_PLANNING, "Safety planning"),
            InterventionKind.of(CRIMINAL_COURT, "Support with a criminal court case"),
            InterventionKind.of(CIVIL_REMEDIES, "Support with civil justice remedies"),
            InterventionKind.of(MARAC, "Case heard at MARAC"),
            InterventionKind.of(HOUSING, "Support with housing"),
            InterventionKind.of(TARGET_HARDENING, "Target hardening of the home"),
            InterventionKind.of(SANCTUARY_SCHEME, "Sanctuary scheme"),
            InterventionKind.of(REFUGE, "Support to access refuge"),
            InterventionKind.of(CHILD_CONTACT, "Support with child contact"),
            InterventionKind.of(SOCIAL_SERVICES, "Support with social services"),
            InterventionKind.of(SCHOOLS, "Support with children's schools"),
            InterventionKind.of(BENEFITS, "Support with benefits"),
            InterventionKind.of(IMMIGRATION, "Support with immigration"),
            InterventionKind.of(GP, "Support to access a GP"),
            InterventionKind.of(MENTAL_HEALTH, "Support to access mental-health services"),
            InterventionKind.of(DRUGS_AND_ALCOHOL, "Support with drugs and alcohol"),
            InterventionKind.of(COUNSELLING, "Support to access counselling"),
            InterventionKind.of(PATTERN_CHANGING, "Pattern-changing course"))
        .build();
  }
}
