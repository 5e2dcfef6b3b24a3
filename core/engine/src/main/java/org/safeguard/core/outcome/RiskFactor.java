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
package org.safeguard.core.outcome;

/**
 * Risk factors recorded at intake and review, as the evaluation counted them
 * (Safety in Numbers (CAADA, 2009), Tables 1, 2 and 3, with their change at review in Tables 5
 * and 6), and the victim's fears it followed from intake to review ("Fear of further injury fell
 * from 85% of cases to 22% while fear of being killed fell from 48% to 7% ... feeling frightened
 * fell from 83% to 17%").
 */
public enum RiskFactor {
  // Table 3: aspects of abusive behaviour and contextual risks
  /** Jealous and controlling behaviour. */
  JEALOUS_AND_CONTROLLING_BEHAVIOUR(Group.ABUSIVE_BEHAVIOUR),
  /** The abuse is escalating. */
  ESCALATION(Group.ABUSIVE_BEHAVIOUR),
  /** The perpetrator has threatened to kill the victim. */
  THREATS_TO_KILL_VICTIM(Group.ABUSIVE_BEHAVIOUR),
  /** The victim has been strangled or choked. */
  STRANGULATION_OR_CHOKING(Group.ABUSIVE_BEHAVIOUR),
  /** The current incident resulted in injuries. */
  CURRENT_INCIDENT_INJURIES(Group.ABUSIVE_BEHAVIOUR),
  /** Stalking. */
  STALKING(Group.ABUSIVE_BEHAVIOUR),
  /** Sexual abuse that makes the victim feel bad. */
  SEXUAL_ABUSE(Group.ABUSIVE_BEHAVIOUR),
  /** Use of weapons. */
  USE_OF_WEAPONS(Group.ABUSIVE_BEHAVIOUR),
  /** The perpetrator has threatened to kill others. */
  THREATS_TO_KILL_OTHERS(Group.ABUSIVE_BEHAVIOUR),
  /** The perpetrator has threatened to kill another intimate partner. */
  THREATS_TO_KILL_OTHER_PARTNER(Group.ABUSIVE_BEHAVIOUR),
  // Table 2: the perpetrator
  /** The perpetrator abuses alcohol. */
  PERPETRATOR_ALCOHOL_ABUSE(Group.PERPETRATOR),
  /** The perpetrator has a criminal record. */
  PERPETRATOR_CRIMINAL_RECORD(Group.PERPETRATOR),
  /** The perpetrator has financial problems. */
  PERPETRATOR_FINANCIAL_PROBLEMS(Group.PERPETRATOR),
  /** The perpetrator abuses drugs. */
  PERPETRATOR_DRUG_ABUSE(Group.PERPETRATOR),
  /** The perpetrator has threatened suicide. */
  PERPETRATOR_SUICIDE_THREATS(Group.PERPETRATOR),
  /** The perpetrator has mental-health problems. */
  PERPETRATOR_MENTAL_HEALTH(Group.PERPETRATOR),
  /** The perpetrator has a criminal record for domestic abuse. */
  PERPETRATOR_DOMESTIC_ABUSE_RECORD(Group.PERPETRATOR),
  // Table 1: children
  /** Conflict over child contact. */
  CHILD_CONTACT_CONFLICT(Group.CHILDREN),
  /** The victim is afraid of harm to the children. */
  FEAR_OF_HARM_TO_CHILDREN(Group.CHILDREN),
  /** The perpetrator has threatened to kill the children. */
  THREATS_TO_KILL_CHILDREN(Group.CHILDREN),
  // the victim's fears, followed from intake to review
  /** The victim is very frightened. */
  VICTIM_FRIGHTENED(Group.FEAR),
  /** The victim fears further injury or violence. */
  FEAR_OF_FURTHER_INJURY(Group.FEAR),
  /** The victim fears being killed. */
  FEAR_OF_BEING_KILLED(Group.FEAR);

  /** The evaluation's groups of risk factors, each with the cases its rates read over. */
  public enum Group {
    /** Table 1: risk factors for victims with children; rates read over the cases with children. */
    CHILDREN,
    /** Table 2: risk factors relating to perpetrators. */
    PERPETRATOR,
    /** Table 3: aspects of abusive behaviour and contextual risks. */
    ABUSIVE_BEHAVIOUR,
    /** The victim's fears. */
    FEAR
  }

  private final Group group;

  RiskFactor(Group group) {
    this.group = group;
  }

  /**
   * The group the factor belongs to; the factors about children are counted among the cases with
   * children, as the evaluation's Tables 1 and 5 count them.
   *
   * @return the group
   */
  public Group group() {
    return group;
  }
}
