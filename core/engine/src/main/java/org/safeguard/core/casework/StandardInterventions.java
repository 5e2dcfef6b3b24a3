package org.safeguard.core.casework;

import org.safeguard.model.InterventionCatalog;
import org.safeguard.model.InterventionKind;
import org.safeguard.spi.InterventionCatalogProvider;
import org.safeguard.spi.SetupContext;

/**
 * The eighteen kinds of intervention of the IDVA evaluation (seeds/000_94b07d5065788c30.txt,
 * Table 4). Every engine has this catalogue; plugins add to it.
 */
public final class StandardInterventions implements InterventionCatalogProvider {
  public static final String ID = "safety-in-numbers-2009";

  public static final String SAFETY_PLANNING = "safety-planning";
  public static final String CRIMINAL_COURT = "criminal-court";
  public static final String CIVIL_REMEDIES = "civil-remedies";
  public static final String MARAC = "marac";
  public static final String HOUSING = "housing";
  public static final String TARGET_HARDENING = "target-hardening";
  public static final String SANCTUARY_SCHEME = "sanctuary-scheme";
  public static final String REFUGE = "refuge";
  public static final String CHILD_CONTACT = "child-contact";
  public static final String SOCIAL_SERVICES = "social-services";
  public static final String SCHOOLS = "schools";
  public static final String BENEFITS = "benefits";
  public static final String IMMIGRATION = "immigration";
  public static final String GP = "gp";
  public static final String MENTAL_HEALTH = "mental-health";
  public static final String DRUGS_AND_ALCOHOL = "drugs-and-alcohol";
  public static final String COUNSELLING = "counselling";
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
