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
package org.safeguard.examples.modular;

import java.time.LocalDate;
import java.util.Locale;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;

/**
 * Runs the README's embedding example and prints what it decided, one fact a line, so a test can
 * run it on the module path, in a jlink image and on the class path and compare. With
 * {@code --policy ID} it puts another threshold policy in force; with {@code --probe} it also
 * tries to reach the engine's internals and the Guava and jackson-core shaded inside, and says
 * whether it could.
 * Every person here is synthetic.
 */
public final class ModularApp {
  private ModularApp() {}

  /**
   * Runs the example.
   *
   * @param args {@code --policy ID}, {@code --probe} and {@code --export}, all optional
   */
  public static void main(String[] args) {
    String policy = Safeguard.DEFAULT_POLICY;
    boolean probe = false;
    boolean export = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--policy") && i + 1 < args.length) {
        policy = args[++i];
      } else if (args[i].equals("--probe")) {
        probe = true;
      } else if (args[i].equals("--export")) {
        export = true;
      } else {
        System.err.println("usage: ModularApp [--policy ID] [--probe] [--export]");
        System.exit(2);
      }
    }
    Safeguard safeguard = Safeguard.builder().thresholdPolicy(policy).build();

    Responses answers = safeguard.responses("safelives-dash-ric")
        .yes("threats-to-kill", "strangulation", "separation")
        .notKnown("criminal-history")
        .source("criminal-history", Agency.POLICE)
        .build();
    Assessment result = safeguard.assess(answers);
    Assessment judged = safeguard.raise(result, safeguard.judgement()
        .level(RiskLevel.HIGH)
        .assessorId("idva-07")
        .rationale("in the practitioner's words; never logged")
        .addReasons(JudgementReason.THREATS_TO_KILL)
        .build());
    CaseHistory history = CaseHistory.builder()
        .asOf(LocalDate.of(2026, 11, 1))
        .victimAge(34)
        .addIncidents(Incident.of(LocalDate.of(2026, 9, 2), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE))
        .addPreviousReferrals(LocalDate.of(2026, 2, 10))
        .build();
    MaracDecision decision = safeguard.screenForMarac(history, judged);

    System.out.println("module: " + ModularApp.class.getModule().getName());
    System.out.println("instruments: " + safeguard.instruments().keySet());
    System.out.println("policy: " + safeguard.policy().id() + " " + safeguard.policy().version());
    System.out.println("computed level: " + result.computedLevel().map(Enum::name).orElse("insufficient information"));
    System.out.println("judged level: " + judged.level().map(Enum::name).orElse("none"));
    System.out.println("routes: " + decision.firedRoutes());
    System.out.println("label of threats-to-kill: " + safeguard.itemLabels("safelives-dash-ric", Locale.UK).get("threats-to-kill"));
    if (export) {
      // every exporter the module path bound, for a MARAC: the judged assessment with its answers, or
      // an empty cohort report for an exporter of reports alone (the HTML report page)
      for (org.safeguard.core.export.ExportFormat format : safeguard.exporters().values()) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.safeguard.core.export.ExportSession session = safeguard.export(format.id(), org.safeguard.core.export.ExportProfile.marac(), out)) {
          if (format.records().contains("assessment")) {
            session.write("case-0001", answers, judged);
          } else {
            session.write(org.safeguard.core.outcome.CohortReport.empty(org.safeguard.core.outcome.ReportParameters.defaults()));
          }
        }
        System.out.println("export: " + format.id() + " " + out.size() + " bytes");
      }
    }
    if (probe) {
      probe("org.safeguard.core.internal.PluginRegistry");
      probe("org.safeguard.core.internal.guava.collect.ImmutableRangeMap");
      probe("org.safeguard.core.internal.jackson.JsonFactory");
    }
  }

  /** Tries to call a public static method of a class the engine does not export, and says what happened. */
  private static void probe(String className) {
    String outcome;
    try {
      Class<?> type = Class.forName(className);
      java.lang.reflect.Method method = null;
      for (java.lang.reflect.Method m : type.getMethods()) {
        if (java.lang.reflect.Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0) {
          method = m;
          break;
        }
      }
      if (method == null) {
        type.getConstructors()[0].newInstance(new Object[type.getConstructors()[0].getParameterCount()]);
      } else {
        method.invoke(null);
      }
      outcome = "reached";
    } catch (IllegalAccessException e) {
      outcome = "refused: " + e.getClass().getSimpleName();
    } catch (ReflectiveOperationException | RuntimeException e) {
      outcome = "reached, then " + e.getClass().getSimpleName();
    }
    System.out.println("probe " + className + ": " + outcome);
  }
}
