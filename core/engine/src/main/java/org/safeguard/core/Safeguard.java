package org.safeguard.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.ProfessionalJudgement;
import org.safeguard.core.casework.StandardInterventions;
import org.safeguard.core.internal.Assessor;
import org.safeguard.core.internal.PluginRegistry;
import org.safeguard.core.internal.PolicySchedule;
import org.safeguard.core.internal.VersionOrder;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.Instrument;
import org.safeguard.model.InterventionCatalog;
import org.safeguard.model.InterventionKind;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Responses;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.InterventionCatalogProvider;
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
 */
public final class Safeguard {
  private static final Logger log = LoggerFactory.getLogger(Safeguard.class);

  /** The policy in force when the builder names none: the SafeLives recommendation. */
  public static final String DEFAULT_POLICY = "safelives";

  /** The newest version of each instrument, by id. */
  private final ImmutableMap<String, Instrument> instruments;
  /** Every loaded version, by {@code id@version}. */
  private final ImmutableMap<String, Instrument> instrumentVersions;
  private final ImmutableMap<String, ClassLoader> instrumentLoaders;
  private final ImmutableMap<String, ThresholdPolicy> policies;
  private final PolicySchedule schedule;
  private final Casework casework;
  private final Clock clock;
  private final ImmutableList<PluginProblem> problems;
  /** Instruments whose label bundle is missing, so that it is logged once, not on every call. */
  private final java.util.Set<String> missingBundles = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private Safeguard(Builder b) {
    this.clock = b.clock;
    PluginRegistry registry = new PluginRegistry(b.classLoader, b.mode, b.clock, b.configuration);
    Map<String, ClassLoader> loaders = new HashMap<>();
    this.instrumentVersions = ImmutableMap.copyOf(registry.loadVersions(
        InstrumentProvider.class,
        b.instrumentProviders,
        (provider, context) -> {
          Instrument instrument = provider.load(context);
          if (instrument != null) {
            loaders.put(context.providerId() + "@" + instrument.version(), provider.getClass().getClassLoader());
          }
          return instrument;
        },
        Instrument::id,
        Instrument::version));
    this.instruments = newestVersions(instrumentVersions);
    this.instrumentLoaders = ImmutableMap.copyOf(loaders);
    Map<String, ThresholdPolicy> providedPolicies = registry.load(
        ThresholdPolicyProvider.class, b.policyProviders, (provider, context) -> provider.load(context),
        ThresholdPolicy::id, ThresholdPolicy::version);
    this.policies = withConfiguredPolicies(providedPolicies, registry.configuredPolicies());
    List<InterventionCatalogProvider> catalogues = new ArrayList<>();
    catalogues.add(new StandardInterventions());
    catalogues.addAll(b.catalogueProviders);
    Map<String, InterventionCatalog> loadedCatalogues = registry.load(
        InterventionCatalogProvider.class, catalogues, (provider, context) -> provider.load(context),
        InterventionCatalog::id, InterventionCatalog::version);
    this.problems = ImmutableList.copyOf(registry.problems());
    this.schedule = new PolicySchedule(policiesInForce(b, policies));
    this.casework = new Casework(interventionKinds(loadedCatalogues), schedule::screenOn);
    log.info("Safeguard ready: {} instrument(s) {}, threshold policies {}, {} plugin problem(s)",
        instruments.size(), instruments.keySet(), schedule.policies().stream().map(p -> p.id() + " " + p.version()).toList(),
        problems.size());
  }

  public static Builder builder() {
    return new Builder();
  }

  private static ImmutableMap<String, ThresholdPolicy> withConfiguredPolicies(
      Map<String, ThresholdPolicy> provided, Map<String, ThresholdPolicy> configured) {
    for (String id : configured.keySet()) {
      if (provided.containsKey(id)) {
        throw new PluginLoadException(id, "The threshold policy '" + id + "' is supplied both by a provider and by a policy file listed in "
            + PolicyFiles.INDEX + "; remove one");
      }
    }
    return ImmutableMap.<String, ThresholdPolicy>builder().putAll(provided).putAll(configured).build();
  }

  private static ImmutableMap<String, Instrument> newestVersions(Map<String, Instrument> versions) {
    Map<String, Instrument> newest = new LinkedHashMap<>();
    for (Instrument instrument : versions.values()) {
      newest.merge(instrument.id(), instrument,
          (a, b) -> VersionOrder.INSTANCE.compare(a.version(), b.version()) >= 0 ? a : b);
    }
    return ImmutableMap.copyOf(newest);
  }

  /** The policy named by id, or every policy of the family of that name, or the one given directly. */
  private static List<ThresholdPolicy> policiesInForce(Builder b, Map<String, ThresholdPolicy> loaded) {
    if (b.explicitPolicy != null) {
      return List.of(b.explicitPolicy);
    }
    ThresholdPolicy named = loaded.get(b.policyId);
    if (named != null) {
      return List.of(named);
    }
    List<ThresholdPolicy> family = loaded.values().stream().filter(p -> p.family().equals(b.policyId)).toList();
    if (family.isEmpty()) {
      throw new UnknownProviderException("thresholdPolicy", b.policyId, loaded.keySet());
    }
    return family;
  }

  private static Map<String, InterventionKind> interventionKinds(Map<String, InterventionCatalog> catalogues) {
    Map<String, InterventionKind> kinds = new LinkedHashMap<>();
    Map<String, String> catalogueOfKind = new HashMap<>();
    for (InterventionCatalog catalogue : catalogues.values()) {
      for (InterventionKind kind : catalogue.kinds()) {
        String earlier = catalogueOfKind.putIfAbsent(kind.id(), catalogue.id());
        if (earlier != null) {
          throw new PluginLoadException(catalogue.id(), "Intervention catalogues " + earlier + " and " + catalogue.id()
              + " both define the kind '" + kind.id() + "'; kind ids must be unique across catalogues");
        }
        kinds.put(kind.id(), kind);
      }
    }
    return kinds;
  }

  /** The newest loaded version of an instrument. */
  public Instrument instrument(String id) {
    Instrument instrument = id == null ? null : instruments.get(id);
    if (instrument == null) {
      throw new UnknownProviderException("instrument", id, instruments.keySet());
    }
    return instrument;
  }

  /** One loaded version of an instrument, for answers given on an older form. */
  public Instrument instrument(String id, String version) {
    Instrument instrument = id == null || version == null ? null : instrumentVersions.get(id + "@" + version);
    if (instrument == null) {
      throw new UnknownProviderException("instrument", id + " " + version, instrumentVersions.keySet());
    }
    return instrument;
  }

  /** The newest version of every loaded instrument, by id. */
  public Map<String, Instrument> instruments() {
    return instruments;
  }

  /** Every loaded version of every instrument, by {@code id@version}. */
  public Map<String, Instrument> instrumentVersions() {
    return instrumentVersions;
  }

  /** Starts a response set for the newest version of a loaded instrument. */
  public Responses.Builder responses(String instrumentId) {
    return Responses.builder(instrument(instrumentId));
  }

  /** Starts a response set for one version of a loaded instrument; it is scored under that version. */
  public Responses.Builder responses(String instrumentId, String version) {
    return Responses.builder(instrument(instrumentId, version));
  }

  /**
   * Item labels for an instrument in a locale, by item id, from the instrument's resource bundle.
   * Items without a label in the bundle are labelled with their id.
   */
  public Map<String, String> itemLabels(String instrumentId, Locale locale) {
    Instrument instrument = instrument(instrumentId);
    String key = instrument.id() + "@" + instrument.version();
    Map<String, String> labels = new LinkedHashMap<>();
    ResourceBundle bundle = null;
    if (instrument.labelBundle().isPresent()) {
      try {
        bundle = ResourceBundle.getBundle(instrument.labelBundle().get(), locale, instrumentLoaders.get(key));
      } catch (MissingResourceException e) {
        if (missingBundles.add(key)) {
          log.warn("No label bundle {} for instrument {}; labelling items by id", instrument.labelBundle().get(), key);
        }
      }
    }
    for (var item : instrument.items()) {
      labels.put(item.id(), bundle != null && bundle.containsKey(item.id()) ? bundle.getString(item.id()) : item.id());
    }
    return labels;
  }

  /** The threshold policy in force today, by this engine's clock. */
  public ThresholdPolicy policy() {
    return schedule.policyOn(LocalDate.now(clock));
  }

  /**
   * The threshold policy in force on a date: the one named, or, when the builder named a family,
   * the policy of that family whose dates include it.
   *
   * @throws InvalidInputException when no policy of the family is in force that day
   */
  public ThresholdPolicy policyOn(LocalDate date) {
    return schedule.policyOn(require("date", date));
  }

  /** Every threshold policy the plugins supply, by id (the one in force may have come from a file). */
  public Map<String, ThresholdPolicy> policies() {
    return policies;
  }

  /** Plugins left out under lenient loading; always empty under strict loading. */
  public List<PluginProblem> problems() {
    return problems;
  }

  /**
   * Scores a response set and bands it under the policy in force on the date it was completed
   * (today, by this engine's clock, when it carries no date), with the bands of the agency that
   * completed it where the policy sets them.
   *
   * @throws UnknownProviderException when the responses are for an instrument this engine did not load
   * @throws InvalidInputException when the policy sets no bands for the instrument, or the
   *     instrument computes no level and so needs {@link #assess(Responses, ProfessionalJudgement)}
   */
  public Assessment assess(Responses responses) {
    requireLoaded(require("responses", responses));
    return assessorFor(responses).assess(responses);
  }

  /**
   * Assesses with professional judgement: the summary level of an instrument that computes none
   * (structured professional judgement), or an override that must raise a computed level.
   */
  public Assessment assess(Responses responses, ProfessionalJudgement judgement) {
    requireLoaded(require("responses", responses));
    return assessorFor(responses).assess(responses, require("judgement", judgement));
  }

  private Assessor assessorFor(Responses responses) {
    if (schedule.undated()) {
      return schedule.onlyAssessor();
    }
    return schedule.assessorOn(responses.completedOn().orElseGet(() -> LocalDate.now(clock)));
  }

  /** Refuses responses built on an instrument other than the one this engine loaded under that id. */
  private void requireLoaded(Responses responses) {
    Instrument given = responses.instrument();
    Instrument loaded = instrumentVersions.get(given.id() + "@" + given.version());
    if (loaded != given && (loaded == null || !loaded.equals(given))) {
      throw new UnknownProviderException("instrument", given.id() + " " + given.version(), instrumentVersions.keySet());
    }
  }

  /**
   * Starts a professional judgement stamped with this engine's clock: set its level, the
   * assessor's id, the rationale and any structured reasons by name, then build it.
   */
  public ProfessionalJudgement.Builder judgement() {
    return ProfessionalJudgement.builder().at(clock.instant());
  }

  /**
   * Applies professional judgement to an assessment.
   *
   * @throws org.safeguard.core.assessment.RefusedOverrideException when the level would not rise
   */
  public Assessment raise(Assessment assessment, ProfessionalJudgement judgement) {
    return require("assessment", assessment).raisedBy(require("judgement", judgement));
  }

  /** The case journey: commands over immutable case snapshots, with this engine's policy and catalogue. */
  public Casework casework() {
    return casework;
  }

  /** Decides on a MARAC referral over a case history and an assessment, under the policy in force on the screening date. */
  public MaracDecision screenForMarac(CaseHistory history, Assessment assessment) {
    require("assessment", assessment);
    return schedule.screenOn(require("history", history).asOf()).screen(history, assessment);
  }

  private static <T> T require(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(field, null, "must not be null");
    }
    return value;
  }

  /** Configures an engine. Every setting has a sensible default; {@link #build()} fails fast. */
  public static final class Builder {
    private ClassLoader classLoader = defaultLoader();
    private LoadingMode mode = LoadingMode.STRICT;
    private Clock clock = Clock.systemUTC();
    private String policyId = DEFAULT_POLICY;
    private ThresholdPolicy explicitPolicy;
    private final List<InstrumentProvider> instrumentProviders = new ArrayList<>();
    private final List<ThresholdPolicyProvider> policyProviders = new ArrayList<>();
    private final List<InterventionCatalogProvider> catalogueProviders = new ArrayList<>();
    private final Map<String, Map<String, String>> configuration = new HashMap<>();

    private Builder() {}

    private static ClassLoader defaultLoader() {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      return context != null ? context : Safeguard.class.getClassLoader();
    }

    /** Where plugins are found; by default the thread's context class loader. */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = require("classLoader", loader);
      return this;
    }

    /** Strict (the default) fails the build on a broken plugin; lenient leaves it out. */
    public Builder loading(LoadingMode mode) {
      this.mode = require("loading", mode);
      return this;
    }

    /** The clock for override times and provider setup; by default the system clock in UTC. */
    public Builder clock(Clock clock) {
      this.clock = require("clock", clock);
      return this;
    }

    /**
     * The threshold policy in force, by the id of a policy a plugin supplies, or by the family of
     * several dated policies (each assessment then uses the one in force on its date); by default
     * {@value #DEFAULT_POLICY}.
     */
    public Builder thresholdPolicy(String id) {
      this.policyId = require("thresholdPolicy", id);
      this.explicitPolicy = null;
      return this;
    }

    /** A threshold policy given directly, for example one read with {@link ThresholdPolicy#read}. */
    public Builder thresholdPolicy(ThresholdPolicy policy) {
      this.explicitPolicy = require("thresholdPolicy", policy);
      return this;
    }

    /** Reads the policy in force from a properties file now, failing here if it is malformed. */
    public Builder thresholdPolicyFile(Path file) {
      return thresholdPolicy(PolicyFiles.read(require("thresholdPolicyFile", file)));
    }

    /** Reads the policy in force from a properties resource on the class path of {@link #classLoader}. */
    public Builder thresholdPolicyResource(String resource) {
      return thresholdPolicy(PolicyFiles.readResource(classLoader, require("thresholdPolicyResource", resource)));
    }

    /** Registers an instrument provider in code, besides those found with ServiceLoader. */
    public Builder addInstrument(InstrumentProvider provider) {
      instrumentProviders.add(require("instrumentProvider", provider));
      return this;
    }

    /** Registers a threshold policy provider in code, besides those found with ServiceLoader. */
    public Builder addThresholdPolicy(ThresholdPolicyProvider provider) {
      policyProviders.add(require("thresholdPolicyProvider", provider));
      return this;
    }

    /** Registers an intervention catalogue in code, besides the standard one and those found with ServiceLoader. */
    public Builder addInterventionCatalog(InterventionCatalogProvider provider) {
      catalogueProviders.add(require("interventionCatalogProvider", provider));
      return this;
    }

    /** Sets one configuration value for the provider with this id; it sees it in its setup context. */
    public Builder configure(String providerId, String key, String value) {
      configuration.computeIfAbsent(require("providerId", providerId), k -> new HashMap<>())
          .put(require("key", key), require("value", value));
      return this;
    }

    /**
     * Loads the plugins and fixes the policy.
     *
     * @throws org.safeguard.core.PluginLoadException on duplicate ids, or on a failing plugin in strict mode
     * @throws UnknownProviderException when the named policy is not supplied by any plugin
     */
    public Safeguard build() {
      return new Safeguard(this);
    }

  }
}
