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
package org.safeguard.core;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.ProfessionalJudgement;
import org.safeguard.core.assessment.RefusedOverrideException;
import org.safeguard.core.casework.StandardInterventions;
import org.safeguard.core.perpetrator.StandardDisruptions;
import org.safeguard.core.export.ExportFormat;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.core.internal.Assessor;
import org.safeguard.core.internal.PluginRegistry;
import org.safeguard.core.internal.PolicySchedule;
import org.safeguard.core.internal.VersionOrder;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.core.policy.PolicyFormatException;
import org.safeguard.model.Instrument;
import org.safeguard.model.InstrumentMapping;
import org.safeguard.model.CatalogUse;
import org.safeguard.model.InterventionCatalog;
import org.safeguard.model.InterventionKind;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.PluginFailureException;
import org.safeguard.model.Responses;
import org.safeguard.model.StableId;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.ExporterProvider;
import org.safeguard.spi.Exporter;
import org.safeguard.spi.InstrumentMappingProvider;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.InterventionCatalogProvider;
import org.safeguard.spi.SetupContext;
import org.safeguard.spi.ThresholdPolicyProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point. Build it once, at start, with {@link #builder()}: it finds the plugins,
 * loads them, and fixes the threshold policy in force. Once built it is immutable and thread-safe,
 * and every call is cheap enough to make per request from many threads.
 *
 * <pre>{@code
 * Safeguard safeguard = Safeguard.builder().thresholdPolicy("safelives").build();
 * Responses answers = safeguard.responses("safelives-dash-ric")
 *     .yes("threats-to-kill", "strangulation", "separation")
 *     .notKnown("criminal-history")
 *     .build();
 * Assessment result = safeguard.assess(answers);
 * MaracDecision decision = safeguard.screenForMarac(history, result);
 * }</pre>
 *
 * <p>Every refusal is an unchecked {@link InvalidInputException} naming the field, the value and
 * the rule; a plugin that cannot be loaded is a {@link PluginLoadException} naming it.
 */
public final class Safeguard {
  /** The policy in force when the builder names none: the SafeLives recommendation. */
  public static final String DEFAULT_POLICY = "safelives";

  /** The newest version of each instrument, by id. */
  private final Map<String, Instrument> instruments;
  /** Every loaded version, by {@code id@version}. */
  private final Map<String, Instrument> instrumentVersions;
  private final Map<String, ThresholdPolicy> policies;
  private final PolicySchedule schedule;
  /** The assessor of the one undated policy in force, read straight on every assessment; null for a dated family. */
  private final @Nullable Assessor onlyAssessor;
  private final Map<String, InterventionKind> interventionKinds;
  private final Map<String, InterventionKind> disruptionActions;
  /** Made on first use: an engine that only assesses never loads the case model. */
  private volatile @Nullable Casework casework;
  /** Made on first use, as casework is: its programme parameters start java.time's period parser. */
  private volatile @Nullable PerpetratorWork perpetratorWork;
  private final Object firstUseLock = new Object();
  private final Clock clock;
  private final List<PluginProblem> problems;
  private final Map<String, Exporter> exporters;
  /** Every mapping that fits its instruments, by provider id, and the same by {@code from>to}. */
  private final Map<String, InstrumentMapping> mappings;
  private final Map<String, InstrumentMapping> mappingsByPair;
  /** Instruments whose labels could not be loaded, so that it is logged once, not on every call. */
  private final Set<String> unlabelled = ConcurrentHashMap.newKeySet();

  private Safeguard(Builder b) {
    this.clock = b.clock;
    ClassLoader loader = b.classLoader != null ? b.classLoader : defaultLoader();
    PluginRegistry registry = new PluginRegistry(loader, b.mode, b.clock, b.configuration);
    this.instrumentVersions = unmodifiable(registry.load(InstrumentProvider.class, b.instrumentProviders, new InstrumentLoading(), true));
    this.instruments = newestVersions(instrumentVersions);
    Map<String, ThresholdPolicy> provided = registry.load(ThresholdPolicyProvider.class, b.policyProviders, new PolicyLoading(), false);
    this.policies = withConfiguredPolicies(provided, registry.configuredPolicies());
    List<InterventionCatalogProvider> catalogues = new ArrayList<>();
    catalogues.add(new StandardInterventions());
    catalogues.add(new StandardDisruptions());
    catalogues.addAll(b.catalogueProviders);
    Map<String, InterventionCatalog> loadedCatalogues = registry.load(
        InterventionCatalogProvider.class, catalogues, new CatalogueLoading(), false);
    Map<CatalogUse, Map<String, InterventionKind>> kinds = kindsByUse(loadedCatalogues, registry);
    this.interventionKinds = kinds.getOrDefault(CatalogUse.CASE_INTERVENTIONS, Map.of());
    this.disruptionActions = kinds.getOrDefault(CatalogUse.DISRUPTION_ACTIONS, Map.of());
    this.exporters = unmodifiable(registry.load(ExporterProvider.class, b.exporterProviders, new ExporterLoading(), false));
    this.mappingsByPair = unmodifiable(registry.checkMappings(
        registry.load(InstrumentMappingProvider.class, b.mappingProviders, new MappingLoading(), false), instruments));
    this.mappings = byProviderId(mappingsByPair);
    registry.checkConfiguredIds();
    List<ThresholdPolicy> inForce = policiesInForce(b.policy, loader, policies);
    registry.checkPolicyInstruments(inForce, instruments.keySet());
    this.problems = registry.problems();
    this.schedule = new PolicySchedule(inForce, instrumentVersions);
    this.onlyAssessor = schedule.undated() ? schedule.onlyAssessor() : null;
  }

  /**
   * Starts configuring an engine. Every setting has a sensible default and is made once.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static ClassLoader defaultLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Safeguard.class.getClassLoader();
  }

  private static <V> Map<String, V> unmodifiable(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  private static Map<String, ThresholdPolicy> withConfiguredPolicies(Map<String, ThresholdPolicy> provided, Map<String, ThresholdPolicy> configured) {
    Map<String, ThresholdPolicy> all = new LinkedHashMap<>(provided);
    for (Map.Entry<String, ThresholdPolicy> e : configured.entrySet()) {
      if (all.putIfAbsent(e.getKey(), e.getValue()) != null) {
        throw new PluginLoadException(e.getKey(), "The threshold policy '" + e.getKey() + "' is supplied both by a provider and by a policy file listed in "
            + PolicyFiles.INDEX + "; remove one");
      }
    }
    return Collections.unmodifiableMap(all);
  }

  private static Map<String, Instrument> newestVersions(Map<String, Instrument> versions) {
    Map<String, Instrument> newest = new LinkedHashMap<>();
    for (Instrument instrument : versions.values()) {
      Instrument other = newest.get(instrument.id());
      if (other == null || VersionOrder.INSTANCE.compare(instrument.version(), other.version()) > 0) {
        newest.put(instrument.id(), instrument);
      }
    }
    return Collections.unmodifiableMap(newest);
  }

  /** The policy named by id, or every policy of the family of that name, or the one given or read. */
  private static List<ThresholdPolicy> policiesInForce(PolicyChoice choice, ClassLoader loader, Map<String, ThresholdPolicy> loaded) {
    Path file = choice.file();
    String resource = choice.resource();
    ThresholdPolicy given = choice.given();
    if (file != null) {
      return List.of(PolicyFiles.read(file));
    }
    if (resource != null) {
      return List.of(PolicyFiles.readResource(loader, resource));
    }
    if (given != null) {
      return List.of(given);
    }
    String id = Objects.requireNonNull(choice.id(), "a choice by id");
    ThresholdPolicy named = loaded.get(id);
    if (named != null) {
      return List.of(named);
    }
    List<ThresholdPolicy> family = new ArrayList<>();
    for (ThresholdPolicy policy : loaded.values()) {
      if (policy.family().equals(id)) {
        family.add(policy);
      }
    }
    if (family.isEmpty()) {
      throw new UnknownProviderException("thresholdPolicy", id, loaded.keySet());
    }
    return family;
  }

  /**
   * Every catalogue's kinds, by id, for each use. A catalogue that defines a kind an earlier one
   * (of either use) defines is left out whole (or fails a strict build), so that no kind's meaning
   * depends on which jar came first.
   */
  private static Map<CatalogUse, Map<String, InterventionKind>> kindsByUse(Map<String, InterventionCatalog> catalogues,
      PluginRegistry registry) {
    Map<CatalogUse, Map<String, InterventionKind>> byUse = new EnumMap<>(CatalogUse.class);
    Map<String, String> catalogueOfKind = new HashMap<>();
    for (InterventionCatalog catalogue : catalogues.values()) {
      String clash = null;
      for (InterventionKind kind : catalogue.kinds()) {
        if (catalogueOfKind.containsKey(kind.id())) {
          clash = "defines the intervention kind '" + kind.id() + "', which the catalogue " + catalogueOfKind.get(kind.id())
              + " defines already; kind ids must be unique across catalogues";
          break;
        }
      }
      if (clash != null) {
        registry.leaveOut(catalogue.id(), clash);
        continue;
      }
      Map<String, InterventionKind> kinds = byUse.get(catalogue.use());
      if (kinds == null) {
        kinds = new LinkedHashMap<>();
        byUse.put(catalogue.use(), kinds);
      }
      for (InterventionKind kind : catalogue.kinds()) {
        catalogueOfKind.put(kind.id(), catalogue.id());
        kinds.put(kind.id(), kind);
      }
    }
    return byUse;
  }

  /**
   * The newest loaded version of an instrument.
   *
   * @param id the instrument's id, for example {@code safelives-dash-ric}
   * @return the instrument
   * @throws UnknownProviderException when no plugin supplies it
   */
  public Instrument instrument(String id) {
    MissingValueException.require("id", id);
    Instrument instrument = instruments.get(id);
    if (instrument == null) {
      throw new UnknownProviderException("instrument", id, instruments.keySet());
    }
    return instrument;
  }

  /**
   * One loaded version of an instrument, for answers given on an older form.
   *
   * @param id the instrument's id
   * @param version the version of its form
   * @return the instrument
   * @throws UnknownProviderException when no plugin supplies that version
   */
  public Instrument instrument(String id, String version) {
    MissingValueException.require("id", id);
    MissingValueException.require("version", version);
    Instrument instrument = instrumentVersions.get(id + "@" + version);
    if (instrument == null) {
      throw new UnknownProviderException("instrument", id + " " + version, instrumentVersions.keySet());
    }
    return instrument;
  }

  /**
   * The newest version of every loaded instrument.
   *
   * @return an unmodifiable map by instrument id, in the order the plugins were found
   */
  public Map<String, Instrument> instruments() {
    return instruments;
  }

  /**
   * Every loaded version of every instrument.
   *
   * @return an unmodifiable map by {@code id@version}
   */
  public Map<String, Instrument> instrumentVersions() {
    return instrumentVersions;
  }

  /**
   * The mapping of answers from one instrument onto another, as a plugin supplies it (the dash
   * plugin maps the police DASH, {@code acpo-dash}, onto the SafeLives Dash RIC,
   * {@code safelives-dash-ric}). Found like an instrument, so the application need not compile
   * against the plugin; checked, when the engine was built, to fit the newest loaded version of
   * each instrument.
   *
   * @param fromInstrumentId the id of the instrument whose answers are mapped
   * @param toInstrumentId the id of the instrument they are mapped onto
   * @return the mapping, which says what it maps and what it drops
   * @throws UnknownProviderException when no loaded mapping maps the one onto the other
   */
  public InstrumentMapping mapping(String fromInstrumentId, String toInstrumentId) {
    MissingValueException.require("fromInstrumentId", fromInstrumentId);
    MissingValueException.require("toInstrumentId", toInstrumentId);
    InstrumentMapping mapping = mappingsByPair.get(PluginRegistry.mappingKey(fromInstrumentId, toInstrumentId));
    if (mapping == null) {
      List<String> known = new ArrayList<>();
      for (InstrumentMapping m : mappingsByPair.values()) {
        known.add(m.fromInstrument() + " onto " + m.toInstrument());
      }
      throw new UnknownProviderException("mapping", fromInstrumentId + " onto " + toInstrumentId, known);
    }
    return mapping;
  }

  /**
   * Every loaded mapping between instruments.
   *
   * @return an unmodifiable map by the id of the provider that supplied each, in the order found
   */
  public Map<String, InstrumentMapping> mappings() {
    return mappings;
  }

  /**
   * Maps answers onto the newest loaded version of another instrument, through the mapping a plugin
   * supplies: {@code safeguard.map(policeAnswers, "safelives-dash-ric")}. Each mapped item keeps
   * its answer and recorded source, the completion date and agency come across, and the items the
   * mapping drops are left behind; the result is assessed like any response set of that
   * instrument.
   *
   * @param responses answers to the instrument mapped from
   * @param toInstrumentId the id of the instrument to map onto
   * @return the answers as a response set of that instrument
   * @throws UnknownProviderException when no loaded mapping maps the answers' instrument onto it
   * @throws InvalidInputException when the answers' version of the instrument does not fit the
   *     mapping, or the target does not accept a mapped answer (the message names the item and
   *     withholds the answer)
   */
  public Responses map(Responses responses, String toInstrumentId) {
    MissingValueException.require("responses", responses);
    MissingValueException.require("toInstrumentId", toInstrumentId);
    InstrumentMapping mapping = mapping(responses.instrument().id(), toInstrumentId);
    return mapping.apply(responses, instrument(toInstrumentId));
  }

  /**
   * Starts a response set for the newest version of a loaded instrument.
   *
   * @param instrumentId the instrument's id
   * @return a builder that checks every answer as it is given
   * @throws UnknownProviderException when no plugin supplies the instrument
   */
  public Responses.Builder responses(String instrumentId) {
    MissingValueException.require("instrumentId", instrumentId);
    return Responses.builder(instrument(instrumentId));
  }

  /**
   * Starts a response set for one version of a loaded instrument; it is scored under that version.
   *
   * @param instrumentId the instrument's id
   * @param version the version of its form
   * @return a builder that checks every answer as it is given
   * @throws UnknownProviderException when no plugin supplies that version
   */
  public Responses.Builder responses(String instrumentId, String version) {
    MissingValueException.require("instrumentId", instrumentId);
    MissingValueException.require("version", version);
    return Responses.builder(instrument(instrumentId, version));
  }

  /**
   * Item labels for the newest version of an instrument in a locale, from the plugin's labels.
   * Items without a label, or an instrument whose labels cannot be loaded, are labelled with their
   * ids; a missing bundle is logged once, by instrument id.
   *
   * @param instrumentId the instrument's id
   * @param locale the locale the labels are wanted in
   * @return an unmodifiable map of labels by item id, in form order
   */
  public Map<String, String> itemLabels(String instrumentId, Locale locale) {
    MissingValueException.require("instrumentId", instrumentId);
    MissingValueException.require("locale", locale);
    Instrument instrument = instrument(instrumentId);
    ResourceBundle bundle = null;
    if (instrument.labels().isPresent()) {
      try {
        bundle = instrument.labels().get().bundle(locale);
      } catch (MissingResourceException e) {
        warnUnlabelled(instrument, "no label bundle", e);
      } catch (RuntimeException e) {
        warnUnlabelled(instrument, "its labels failed to load", e);
      }
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (String item : instrument.itemIds()) {
      labels.put(item, bundle != null && bundle.containsKey(item) ? bundle.getString(item) : item);
    }
    return Collections.unmodifiableMap(labels);
  }

  private void warnUnlabelled(Instrument instrument, String why, RuntimeException e) {
    if (unlabelled.add(instrument.id() + "@" + instrument.version())) {
      Log.LOG.warn("Instrument {} {}: {} ({}); labelling items by id", instrument.id(), instrument.version(), why, e.getClass().getName());
    }
  }

  /**
   * The threshold policy in force today, by this engine's clock.
   *
   * @return the policy
   * @throws InvalidInputException when the builder named a family and none of its policies is in force today
   */
  public ThresholdPolicy policy() {
    return schedule.policyOn(LocalDate.now(clock));
  }

  /**
   * The threshold policy in force on a date: the one named, or, when the builder named a family,
   * the policy of that family whose dates include it.
   *
   * @param date the date
   * @return the policy
   * @throws InvalidInputException when no policy of the family is in force that day
   */
  public ThresholdPolicy policyOn(LocalDate date) {
    return schedule.policyOn(MissingValueException.require("date", date));
  }

  /**
   * Every threshold policy the plugins supply, as providers or as files.
   *
   * @return an unmodifiable map by policy id (the one in force may have been given or read apart)
   */
  public Map<String, ThresholdPolicy> policies() {
    return policies;
  }

  /**
   * Plugins left out under lenient loading, each with its cause.
   *
   * @return an unmodifiable list; always empty under strict loading
   */
  public List<PluginProblem> problems() {
    return problems;
  }

  /**
   * Scores a response set and bands it under the policy in force on the date it was completed
   * (today, by this engine's clock, when it carries no date), with the bands of the agency that
   * completed it where the policy sets them. Answers too few for a level, by the instrument's
   * not-known limit or the policy's completeness rule, give an assessment that says
   * {@linkplain Assessment#insufficientInformation() insufficient information} and has no level
   * until judgement sets one ({@link #raise}).
   *
   * @param responses the answers, built with {@link #responses(String)}
   * @return the explained assessment
   * @throws UnknownProviderException when the responses are for an instrument this engine did not load
   * @throws InvalidInputException when the policy sets no bands for the instrument, the
   *     instrument's scoring rule marks the answers invalid, or the instrument computes no level
   *     and so needs {@link #assess(Responses, ProfessionalJudgement)}
   */
  public Assessment assess(Responses responses) {
    return assessorFor(MissingValueException.require("responses", responses)).assess(responses);
  }

  /**
   * Assesses with professional judgement: the summary level of an instrument that computes none
   * (structured professional judgement), or an override that must raise a computed level.
   *
   * @param responses the answers
   * @param judgement the practitioner's judgement, from {@link #judgement()}
   * @return the explained assessment, the computed level kept beside the judged one
   * @throws RefusedOverrideException when the judgement would not raise a computed level
   */
  public Assessment assess(Responses responses, ProfessionalJudgement judgement) {
    MissingValueException.require("judgement", judgement);
    return assessorFor(MissingValueException.require("responses", responses)).assess(responses, judgement);
  }

  private Assessor assessorFor(Responses responses) {
    Assessor only = onlyAssessor;
    if (only != null) {
      return only;
    }
    return schedule.assessorOn(responses.completedOn().orElseGet(() -> LocalDate.now(clock)));
  }

  /**
   * Starts a professional judgement stamped with this engine's clock: set its level, the
   * assessor's id, the rationale and any structured reasons, then build it.
   *
   * @return a judgement builder with its time set
   */
  public ProfessionalJudgement.Builder judgement() {
    return ProfessionalJudgement.builder().at(clock.instant());
  }

  /**
   * Applies professional judgement to an assessment.
   *
   * @param assessment the assessment to raise
   * @param judgement the practitioner's judgement
   * @return the raised assessment; the one given is unchanged
   * @throws RefusedOverrideException when the level would not rise
   */
  public Assessment raise(Assessment assessment, ProfessionalJudgement judgement) {
    return MissingValueException.require("assessment", assessment).raisedBy(MissingValueException.require("judgement", judgement));
  }

  /**
   * The perpetrator-side commands: cases linked to their victims' cases, allocation, the
   * contact-safety gate, contact, engagement, behaviour and needs assessments, the case manager's
   * work log (with this engine's disruption actions), step-down and closure.
   *
   * @return the engine's commands, thread-safe
   */
  public PerpetratorWork perpetratorWork() {
    PerpetratorWork made = perpetratorWork;
    if (made == null) {
      synchronized (firstUseLock) {
        made = perpetratorWork;
        if (made == null) {
          made = new PerpetratorWork(disruptionActions);
          perpetratorWork = made;
        }
      }
    }
    return made;
  }

  /**
   * A MARAC's meetings: scheduling, attendance, the cases heard and the actions agreed, done or dropped.
   *
   * @return the commands, stateless and thread-safe
   */
  public MaracMeetings maracMeetings() {
    // stateless, so a new one costs an allocation; a shared one would load its classes with the engine's
    return new MaracMeetings();
  }

  /**
   * A MARAC's own referrals: receipt, the children in the household and the victim's equality
   * answers, agencies' flags, and engagement, closure, rejection or transfer to another MARAC.
   *
   * @return the commands, stateless and thread-safe
   */
  public MaracReferrals maracReferrals() {
    // stateless, so a new one costs an allocation; a shared one would load its classes with the engine's
    return new MaracReferrals();
  }

  /**
   * The case journey: commands over immutable case snapshots, with this engine's policies and
   * intervention catalogue.
   *
   * @return the engine's casework, shared and thread-safe
   */
  public Casework casework() {
    Casework made = casework;
    if (made == null) {
      synchronized (firstUseLock) {
        made = casework;
        if (made == null) {
          made = new Casework(interventionKinds, schedule);
          casework = made;
        }
      }
    }
    return made;
  }

  /**
   * The export formats loaded, by id: what each writes and for which purposes.
   *
   * @return the formats, in the order loaded
   */
  public Map<String, ExportFormat> exporters() {
    Map<String, ExportFormat> formats = new LinkedHashMap<>();
    for (Exporter e : exporters.values()) {
      formats.put(e.id(), describe(e));
    }
    return Collections.unmodifiableMap(formats);
  }

  private static ExportFormat describe(Exporter e) {
    try {
      return new ExportFormat(e.id(), e.version(), e.mediaType(), e.fileExtension(), e.records(), e.purposes());
    } catch (RuntimeException | StackOverflowError | LinkageError failure) {
      throw PluginFailureException.of(e.id(), e.version(), "exporter", failure);
    }
  }

  /**
   * Starts an export. Every record passes the profile before the exporter sees it: what the
   * profile's purpose drops never reaches the plugin.
   *
   * @param exporterId the exporter's id, for example {@code ndjson}
   * @param profile why the export is made: {@link ExportProfile#full()}, {@link ExportProfile#marac()}
   *     or {@link ExportProfile#research(byte[])}
   * @param out where to write; the caller closes it after closing the session
   * @return the session, to write records to and then close
   * @throws UnknownProviderException when no exporter has the id
   * @throws InvalidInputException when the exporter does not honour the profile's purpose
   */
  public ExportSession export(String exporterId, ExportProfile profile, OutputStream out) {
    MissingValueException.require("exporterId", exporterId);
    MissingValueException.require("profile", profile);
    MissingValueException.require("out", out);
    Exporter exporter = exporters.get(exporterId);
    if (exporter == null) {
      throw new UnknownProviderException("exporter", exporterId, exporters.keySet());
    }
    return ExportSession.open(exporter, profile, out);
  }

  /**
   * Exports in one call: opens a session as {@link #export(String, ExportProfile, OutputStream)}
   * does, hands it to {@code writes}, and finishes the export when they return. When they throw,
   * the export is abandoned instead and the failure goes on to the caller, so a stream cut short
   * never ends the way a whole export does. (A session closed by try-with-resources, or by
   * Kotlin's {@code use}, is finished even when its block failed: the block's catch runs after the
   * close. Call {@link ExportSession#abandon()} inside the block, or use this method.)
   *
   * <pre>{@code
   * long written = safeguard.export("ndjson", ExportProfile.marac(), out, session -> {
   *   for (CaseFile file : files) {
   *     session.write(file);
   *   }
   * });
   * }</pre>
   *
   * @param exporterId the exporter's id, for example {@code ndjson}
   * @param profile why the export is made
   * @param out where to write; the caller closes it afterwards
   * @param writes what to write, given the open session; it must not close the session (if it
   *     abandons it, nothing more is written and the count is of what was written before)
   * @return the number of records written
   * @throws UnknownProviderException when no exporter has the id
   * @throws InvalidInputException when the exporter does not honour the profile's purpose
   */
  public long export(String exporterId, ExportProfile profile, OutputStream out, Consumer<ExportSession> writes) {
    MissingValueException.require("writes", writes);
    ExportSession session = export(exporterId, profile, out);
    try {
      writes.accept(session);
    } catch (Throwable e) { // a Kotlin or Clojure block may throw a checked exception too
      session.abandon();
      throw e;
    }
    session.close();
    return session.written();
  }

  /**
   * Decides on a MARAC referral over a case history and an assessment, under the policy in force
   * on the screening date.
   *
   * @param history the screening date, the victim's age, incidents and earlier referrals
   * @param assessment the assessment in force
   * @return the decision, with every route that fired and its evidence
   */
  public MaracDecision screenForMarac(CaseHistory history, Assessment assessment) {
    MissingValueException.require("assessment", assessment);
    return schedule.screenOn(MissingValueException.require("history", history).asOf()).screen(history, assessment);
  }

  /**
   * Decides on a MARAC referral for a case with no completed checklist yet, as police referrals
   * often arrive: from the incidents and earlier referrals alone, under the policy in force on the
   * screening date. Potential escalation and repeat are weighed as for any case; visible high risk,
   * professional judgement and a medium-risk band wait for an assessment, and the decision says so.
   *
   * @param history the screening date, the victim's age, incidents and earlier referrals
   * @return the decision, with every route that fired and what is missing
   */
  public MaracDecision screenForMarac(CaseHistory history) {
    return schedule.screenOn(MissingValueException.require("history", history).asOf()).screen(history, null);
  }

  /**
   * What the engine loaded, in one line: its instruments, the policies in force and how many
   * plugins were left out. Ids and counts only; the engine writes no log line of its own unless
   * something is wrong, so a host that wants this at start logs it.
   */
  @Override
  public String toString() {
    StringBuilder inForce = new StringBuilder();
    for (ThresholdPolicy policy : schedule.policies()) {
      inForce.append(inForce.length() == 0 ? "" : ", ").append(policy.id()).append(' ').append(policy.version());
    }
    return "Safeguard{instruments=" + instrumentVersions.keySet() + ", policies in force=[" + inForce + "], plugin problems="
        + problems.size() + "}";
  }

  /** The logger, made on first use: an engine with nothing to report never starts the logging framework. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(Safeguard.class);
  }

  /** How the builder was told which policy is in force: exactly one of the four is set. */
  private record PolicyChoice(String call, @Nullable String id, @Nullable ThresholdPolicy given, @Nullable Path file,
      @Nullable String resource) {}

  private static final class InstrumentLoading implements PluginRegistry.Loader<InstrumentProvider, Instrument> {
    @Override
    public Instrument load(InstrumentProvider provider, SetupContext context) {
      return provider.load(context);
    }
  }

  private static final class PolicyLoading implements PluginRegistry.Loader<ThresholdPolicyProvider, ThresholdPolicy> {
    @Override
    public ThresholdPolicy load(ThresholdPolicyProvider provider, SetupContext context) {
      return provider.load(context);
    }
  }

  private static final class ExporterLoading implements PluginRegistry.Loader<ExporterProvider, Exporter> {
    @Override
    public Exporter load(ExporterProvider provider, SetupContext context) {
      return provider.load(context);
    }
  }

  private static final class MappingLoading implements PluginRegistry.Loader<InstrumentMappingProvider, InstrumentMapping> {
    @Override
    public InstrumentMapping load(InstrumentMappingProvider provider, SetupContext context) {
      return provider.load(context);
    }
  }

  private static Map<String, InstrumentMapping> byProviderId(Map<String, InstrumentMapping> byPair) {
    Map<String, InstrumentMapping> byId = new LinkedHashMap<>();
    for (InstrumentMapping m : byPair.values()) {
      byId.put(m.id(), m);
    }
    return Collections.unmodifiableMap(byId);
  }

  private static final class CatalogueLoading implements PluginRegistry.Loader<InterventionCatalogProvider, InterventionCatalog> {
    @Override
    public InterventionCatalog load(InterventionCatalogProvider provider, SetupContext context) {
      return provider.load(context);
    }
  }

  /**
   * Configures an engine. Every setting has a sensible default and is made once: a second,
   * different value for a setting is refused, naming both, rather than silently replacing the
   * first. Nothing is read or loaded until {@link #build()}, which fails fast.
   */
  public static final class Builder {
    private @Nullable ClassLoader classLoader;
    private LoadingMode mode = LoadingMode.STRICT;
    private Clock clock = Clock.systemUTC();
    private PolicyChoice policy = new PolicyChoice("the default, thresholdPolicy(\"" + DEFAULT_POLICY + "\")", DEFAULT_POLICY, null, null, null);
    private final List<InstrumentProvider> instrumentProviders = new ArrayList<>();
    private final List<ThresholdPolicyProvider> policyProviders = new ArrayList<>();
    private final List<InterventionCatalogProvider> catalogueProviders = new ArrayList<>();
    private final List<ExporterProvider> exporterProviders = new ArrayList<>();
    private final List<InstrumentMappingProvider> mappingProviders = new ArrayList<>();
    private final Map<String, Map<String, String>> configuration = new HashMap<>();
    /** The call that made each setting, by setting, so a conflicting second call can name it. */
    private final Map<String, String> made = new HashMap<>();

    private Builder() {}

    /** Records that {@code call} makes {@code setting}; refuses a different call for a setting already made. */
    private void once(String setting, String field, Object value, String call) {
      String earlier = made.putIfAbsent(setting, call);
      if (earlier != null && !earlier.equals(call)) {
        throw new InvalidInputException(field, value, "conflicts with " + earlier + ", set earlier: " + setting + " is set once");
      }
    }

    /**
     * Where plugins and policy files are found; by default the thread's context class loader when
     * {@link #build()} runs.
     *
     * @param loader the class loader to scan
     * @return this builder
     */
    public Builder classLoader(ClassLoader loader) {
      MissingValueException.require("classLoader", loader);
      once("the class loader", "classLoader", loader, "classLoader(" + loader + ")");
      this.classLoader = loader;
      return this;
    }

    /**
     * What to do with a plugin that fails: {@link LoadingMode#STRICT}, the default, fails the build;
     * {@link LoadingMode#LENIENT} leaves it out, logs it once and lists it in {@link #problems()}.
     *
     * @param mode the loading mode
     * @return this builder
     */
    public Builder loading(LoadingMode mode) {
      MissingValueException.require("loading", mode);
      once("the loading mode", "loading", mode, "loading(" + mode + ")");
      this.mode = mode;
      return this;
    }

    /**
     * The clock for judgement times, assessments without a date, and provider setup; by default
     * the system clock in UTC.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      MissingValueException.require("clock", clock);
      once("the clock", "clock", clock, "clock(" + clock + ")");
      this.clock = clock;
      return this;
    }

    /**
     * The threshold policy in force, by the id of a policy a plugin supplies, or by the family of
     * several dated policies (each assessment then uses the one in force on its date); by default
     * {@value #DEFAULT_POLICY}.
     *
     * @param id a policy id or family
     * @return this builder
     */
    public Builder thresholdPolicy(String id) {
      MissingValueException.require("thresholdPolicy", id);
      return choosePolicy("thresholdPolicy", id, new PolicyChoice("thresholdPolicy(\"" + id + "\")", id, null, null, null));
    }

    /**
     * A threshold policy given directly, for example one built in code.
     *
     * @param policy the policy in force
     * @return this builder
     */
    public Builder thresholdPolicy(ThresholdPolicy policy) {
      MissingValueException.require("thresholdPolicy", policy);
      String call = "thresholdPolicy(" + policy.id() + " " + policy.version() + ")";
      return choosePolicy("thresholdPolicy", policy.id() + " " + policy.version(), new PolicyChoice(call, policy.id(), policy, null, null));
    }

    /**
     * The policy in force, read from a file (properties, or JSON when the name ends in
     * {@code .json}) when {@link #build()} runs.
     *
     * @param file the policy file
     * @return this builder
     */
    public Builder thresholdPolicyFile(Path file) {
      MissingValueException.require("thresholdPolicyFile", file);
      return choosePolicy("thresholdPolicyFile", file, new PolicyChoice("thresholdPolicyFile(" + file + ")", null, null, file, null));
    }

    /**
     * The policy in force, read from a resource on the engine's class loader when {@link #build()}
     * runs, whichever loader is set by then.
     *
     * @param resource the class path resource, for example {@code policies/county.properties}
     * @return this builder
     */
    public Builder thresholdPolicyResource(String resource) {
      MissingValueException.require("thresholdPolicyResource", resource);
      return choosePolicy("thresholdPolicyResource", resource,
          new PolicyChoice("thresholdPolicyResource(\"" + resource + "\")", null, null, null, resource));
    }

    private Builder choosePolicy(String field, Object value, PolicyChoice choice) {
      once("the threshold policy in force", field, value, choice.call());
      this.policy = choice;
      return this;
    }

    /**
     * Registers an instrument provider in code, besides those found with ServiceLoader.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder addInstrument(InstrumentProvider provider) {
      MissingValueException.require("provider", provider);
      instrumentProviders.add(MissingValueException.require("instrumentProvider", provider));
      return this;
    }

    /**
     * Registers a threshold policy provider in code, besides those found with ServiceLoader.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder addThresholdPolicy(ThresholdPolicyProvider provider) {
      MissingValueException.require("provider", provider);
      policyProviders.add(MissingValueException.require("thresholdPolicyProvider", provider));
      return this;
    }

    /**
     * Registers an intervention catalogue in code, besides the standard one and those found with ServiceLoader.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder addInterventionCatalog(InterventionCatalogProvider provider) {
      MissingValueException.require("provider", provider);
      catalogueProviders.add(MissingValueException.require("interventionCatalogProvider", provider));
      return this;
    }

    /**
     * Registers an exporter in code, besides those found with ServiceLoader.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder addExporter(ExporterProvider provider) {
      exporterProviders.add(MissingValueException.require("provider", provider));
      return this;
    }

    /**
     * Registers a mapping between instruments in code, besides those found with ServiceLoader: for
     * example a service's own older form mapped onto a current instrument.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder addInstrumentMapping(InstrumentMappingProvider provider) {
      mappingProviders.add(MissingValueException.require("provider", provider));
      return this;
    }

    private static boolean hasControlCharacter(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
          return true;
        }
      }
      return false;
    }

    /** The longest configuration value {@link #configure} takes. */
    public static final int MAX_SETTING_LENGTH = 4096;

    /**
     * Sets one configuration value for the provider with this id; it sees it in its setup context.
     * An id that no provider has fails a strict build and is reported by a lenient one. Values are
     * never logged or shown in a message, since a setting can be a secret.
     *
     * @param providerId the provider's id, a {@link StableId stable id}
     * @param key the key the provider reads, keeping the same rule as ids
     * @param value the value: one line of at most {@value #MAX_SETTING_LENGTH} characters
     * @return this builder
     * @throws InvalidInputException when the id or key breaks the id rule, the value is too long
     *     or holds a control character, or the same key was set to another value before
     */
    public Builder configure(String providerId, String key, String value) {
      StableId.require("providerId", providerId);
      StableId.require("key", key);
      MissingValueException.require("value", value);
      if (value.length() > MAX_SETTING_LENGTH || hasControlCharacter(value)) {
        throw new InvalidInputException("configure." + providerId + "." + key, "(" + value.length() + " characters)",
            "a setting is one line of at most " + MAX_SETTING_LENGTH + " characters, with no control characters");
      }
      String setting = "configure(" + providerId + ", " + key + ")";
      Map<String, String> own = configuration.get(providerId);
      if (own == null) {
        own = new HashMap<>();
        configuration.put(providerId, own);
      }
      String earlier = own.get(key);
      if (earlier != null && !earlier.equals(value)) {
        // the values are not shown: a setting can be a secret, and messages reach logs
        throw new InvalidInputException("configure." + providerId + "." + key, "(withheld)",
            "conflicts with the value set earlier: " + setting + " is set once");
      }
      own.put(key, value);
      return this;
    }

    /**
     * Loads the plugins, reads any policy file named, and fixes the policy in force.
     *
     * @return the engine, immutable and thread-safe
     * @throws PluginLoadException on duplicate ids, or in strict mode on a failing plugin, an
     *     unknown configured provider id, or a policy in force naming an instrument no plugin
     *     supplies
     * @throws UnknownProviderException when the named policy is not supplied by any plugin
     * @throws PolicyFormatException when a policy file named here cannot be read
     */
    public Safeguard build() {
      return new Safeguard(this);
    }
  }
}
