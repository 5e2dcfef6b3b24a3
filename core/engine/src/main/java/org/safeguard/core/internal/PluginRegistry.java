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
package org.safeguard.core.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.security.CodeSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.safeguard.core.LoadingMode;
import org.safeguard.core.PluginLoadException;
import org.safeguard.core.PluginProblem;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.BandTable;
import org.safeguard.model.CompletenessRule;
import org.safeguard.model.Instrument;
import org.safeguard.model.InstrumentMapping;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.ServiceThreshold;
import org.safeguard.model.StableId;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.Extension;
import org.safeguard.spi.SetupContext;
import org.safeguard.spi.Supplied;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds providers of one extension point where {@link ServiceLoader} would (the services files on
 * the class path and the provides clauses of named modules), adds those registered in code,
 * refuses two copies of one plugin and duplicate ids, and loads each provider in isolation: one
 * provider's failure is reported under its id and never stops another from loading. The one place
 * that checks what a provider supplied carries the id and version the provider states.
 */
public final class PluginRegistry {
  /** The id a failure is reported under when a provider a named module declares cannot be loaded: the JDK names none. */
  private static final String MODULE_PROVIDER = "(module provider)";

  private final ClassLoader classLoader;
  private final LoadingMode mode;
  private final Clock clock;
  private final Map<String, Map<String, String>> configuration;
  private final List<PluginProblem> problems = new ArrayList<>();
  /** Every provider id met, loaded or not, so configuration for an id nobody has can be told apart. */
  private final Set<String> seenIds = new LinkedHashSet<>();
  /** What ServiceLoader is given to find the providers named modules declare; see {@link NamedModulesOnly}. */
  private @Nullable ClassLoader namedModulesOnly;

  /**
   * A registry for one engine build.
   *
   * @param classLoader where providers and policy files are found
   * @param mode what to do with a provider that fails
   * @param clock handed to every provider
   * @param configuration per provider id, handed to that provider only
   */
  public PluginRegistry(ClassLoader classLoader, LoadingMode mode, Clock clock, Map<String, Map<String, String>> configuration) {
    this.classLoader = classLoader;
    this.mode = mode;
    this.clock = clock;
    this.configuration = configuration;
  }

  /** How to load one kind of provider: its load method, which the extension points name alike but type apart. */
  public interface Loader<P extends Extension, T extends Supplied> {
    /** Calls the provider's load method. */
    T load(P provider, SetupContext context);
  }

  /** Problems met so far, in lenient mode; strict mode throws instead. */
  public List<PluginProblem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Discovers, de-duplicates and loads the providers of {@code type}.
   *
   * @param type the extension point
   * @param explicit providers registered in code, loaded as if found on the class path
   * @param loader calls the provider's load method
   * @param versioned whether providers are told apart by id and version (several versions of one
   *     instrument side by side, keyed {@code id@version}) or by id alone
   * @return what each provider supplied, by key, in the order found
   */
  public <P extends Extension, T extends Supplied> Map<String, T> load(Class<P> type, List<P> explicit, Loader<P, T> loader, boolean versioned) {
    List<Found<P>> found = new ArrayList<>();
    for (P provider : explicit) {
      found.add(new Found<>(provider, "registered in code"));
    }
    found.addAll(discover(type));
    List<Identified<P>> identified = identify(found, versioned);
    refuseDuplicates(type, identified, versioned);
    Map<String, T> loaded = new LinkedHashMap<>();
    for (Identified<P> entry : identified) {
      P provider = entry.provider();
      String id = entry.id();
      try {
        Map<String, String> own = configuration.get(id);
        ProviderContext context = new ProviderContext(id, entry.version(), own == null ? Map.of() : Map.copyOf(own), clock, classLoader);
        T supplied = loader.load(provider, context);
        if (supplied == null) {
          fail(id, provider.getClass(), "returned nothing from load", null);
        } else if (!id.equals(supplied.id())) {
          fail(id, provider.getClass(), "supplied '" + supplied.id() + "' under the id '" + id + "'; build it with the "
              + "builder that takes the setup context, which gives it the provider's id and version", null);
        } else if (!entry.version().equals(supplied.version())) {
          fail(id, provider.getClass(), "supplied version '" + supplied.version() + "' under the version '" + entry.version()
              + "'; build it with the builder that takes the setup context, which gives it the provider's id and version", null);
        } else {
          loaded.put(entry.key(), supplied);
        }
      } catch (PluginLoadException e) {
        throw e; // a strict refusal of what the provider supplied, made just above
      } catch (RuntimeException | Error e) {
        rethrowFatal(e);
        fail(id, provider.getClass(), "failed while loading " + failure(e), e);
      }
    }
    return loaded;
  }

  /** Asks each provider its id and version, once: a provider's answers are not trusted to stay the same. */
  private <P extends Extension> List<Identified<P>> identify(List<Found<P>> found, boolean versioned) {
    List<Identified<P>> identified = new ArrayList<>(found.size());
    for (Found<P> candidate : found) {
      P provider = candidate.provider();
      try {
        String id = provider.id();
        String version = provider.version();
        if (!StableId.isValid(id)) {
          fail(provider.getClass().getName(), provider.getClass(), "gave an id that breaks the rule for ids (lower-case letters and "
              + "digits joined by single hyphens, at most " + StableId.MAX_LENGTH + " characters)", null);
        } else if (!StableId.isValidVersion(version)) {
          fail(id, provider.getClass(), "gave a version that breaks the rule for versions (1 to " + StableId.MAX_VERSION_LENGTH
              + " letters, digits, dots, hyphens, underscores or plus signs)", null);
        } else {
          seenIds.add(id);
          identified.add(new Identified<>(provider, id, version, versioned ? id + "@" + version : id, candidate.listedIn()));
        }
      } catch (PluginLoadException e) {
        throw e; // a strict refusal of the id or version it gave, made just above: not a failure to give one
      } catch (RuntimeException | Error e) {
        rethrowFatal(e);
        fail(provider.getClass().getName(), provider.getClass(), "failed to give its id (" + e.getClass().getName() + ")", e);
      }
    }
    return identified;
  }

  private static <P> void refuseDuplicates(Class<?> type, List<Identified<P>> identified, boolean versioned) {
    Map<String, List<Identified<P>>> byKey = new LinkedHashMap<>();
    for (Identified<P> entry : identified) {
      List<Identified<P>> same = byKey.get(entry.key());
      if (same == null) {
        same = new ArrayList<>(1);
        byKey.put(entry.key(), same);
      }
      same.add(entry);
    }
    for (Map.Entry<String, List<Identified<P>>> e : byKey.entrySet()) {
      if (e.getValue().size() > 1) {
        StringBuilder who = new StringBuilder();
        for (Identified<P> p : e.getValue()) {
          if (who.length() > 0) {
            who.append(" and ");
          }
          who.append(p.provider().getClass().getName()).append(" from ").append(sourceOf(p.provider().getClass()))
              .append(" (").append(p.listedIn()).append(')');
        }
        throw new PluginLoadException(e.getValue().get(0).id(),
            "Two " + type.getSimpleName() + "s claim the " + (versioned ? "id and version" : "id") + " '" + e.getKey() + "': " + who
                + ". Remove one of the jars, or give one provider another id.");
      }
    }
  }

  /** A provider and where it was listed: a services file, or code. */
  private record Found<P>(P provider, String listedIn) {}

  /** A provider with the id and version it gave, asked once, and the key that tells it apart. */
  private record Identified<P>(P provider, String id, String version, String key, String listedIn) {}

  /**
   * Finds the providers of {@code type}: first those named modules provide, through ServiceLoader,
   * then those the services files on the class path list, from the one reading of those files
   * that also refuses two copies of a plugin.
   */
  private <P> List<Found<P>> discover(Class<P> type) {
    Map<String, List<String>> listings = indexEntries("META-INF/services/" + type.getName());
    for (Map.Entry<String, List<String>> e : listings.entrySet()) {
      if (e.getValue().size() > 1) {
        // ServiceLoader would quietly keep the first and drop the rest: two copies of one plugin
        throw new PluginLoadException(e.getKey(), "The provider class " + e.getKey() + " is listed by more than one services file: "
            + String.join(" and ", e.getValue()) + ". Two versions of one plugin are on the class path; remove one.");
      }
    }
    List<Found<P>> found = new ArrayList<>();
    Iterator<ServiceLoader.Provider<P>> it = ServiceLoader.load(type, namedModulesOnly()).stream().iterator();
    while (true) {
      ServiceLoader.Provider<P> candidate;
      try {
        if (!it.hasNext()) {
          break;
        }
        candidate = it.next();
      } catch (ServiceConfigurationError | LinkageError e) {
        rethrowFatal(e);
        fail(MODULE_PROVIDER, null, "A provider a named module declares could not be found or loaded (" + e.getClass().getName() + ")", e);
        continue;
      }
      try {
        found.add(new Found<>(candidate.get(), "a module's provides clause"));
      } catch (RuntimeException | Error e) {
        rethrowFatal(e);
        Throwable cause = e.getCause() == null ? e : e.getCause();
        fail(candidate.type().getName(), candidate.type(), "could not be constructed (" + cause.getClass().getName() + ")", e);
      }
    }
    for (Map.Entry<String, List<String>> e : listings.entrySet()) {
      P provider = construct(type, e.getKey(), String.join(" and ", e.getValue()));
      if (provider != null) {
        found.add(new Found<>(provider, e.getValue().get(0)));
      }
    }
    return found;
  }

  /**
   * Loads and constructs one provider a services file lists, under the rules ServiceLoader applies
   * on the class path: a binary class name, a subtype of the extension point, a public no-argument
   * constructor, and a class in no named module (a module's providers are the ones its descriptor
   * declares, found through ServiceLoader). Whatever goes wrong is that entry's failure, reported
   * under its class name, or unnamed when the entry is no class name, and discovery goes on. A
   * class that fails to link, such as a plugin missing one of its own dependencies, is reported
   * like any other.
   *
   * @return the provider, or null when the entry failed or belongs to a named module
   */
  private <P> @Nullable P construct(Class<P> type, String entry, String listedIn) {
    if (!isClassName(entry)) {
      // the entry itself is not repeated: it can carry whatever a jar's services file holds
      fail("(unnamed)", null, "could not be found or loaded (" + ServiceConfigurationError.class.getName() + ")",
          new ServiceConfigurationError(type.getName() + ": " + listedIn + ": an entry that is no binary class name"));
      return null;
    }
    Class<?> listed;
    try {
      listed = Class.forName(entry, false, classLoader);
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      fail(entry, null, "A plugin listed as " + entry + " in " + listedIn + " could not be found or loaded", e);
      return null;
    }
    if (listed.getModule().isNamed()) {
      return null;
    }
    if (!type.isAssignableFrom(listed)) {
      fail(entry, listed, "is listed in " + listedIn + " but is no " + type.getName(), null);
      return null;
    }
    try {
      return type.cast(listed.getConstructor().newInstance());
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      rethrowFatal(cause);
      fail(entry, listed, "could not be constructed (" + cause.getClass().getName() + ")", cause);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      // no public no-argument constructor, an abstract or inaccessible class, a static initialiser that failed
      fail(entry, listed, "could not be constructed (" + e.getClass().getName() + ")", e);
    }
    return null;
  }

  /** The loader ServiceLoader is given, made on first use. */
  private ClassLoader namedModulesOnly() {
    if (namedModulesOnly == null) {
      namedModulesOnly = new NamedModulesOnly(classLoader);
    }
    return namedModulesOnly;
  }

  /**
   * What ServiceLoader searches in place of the registry's class loader. ServiceLoader finds what
   * named modules provide through a loader's parents, which here are the registry's loader and
   * its own, and finds services files through the loader's {@code getResources}, which here finds
   * none: the registry has read those files already and loads what they list itself. Left to the
   * registry's loader, ServiceLoader would search the class path a second time and read every file
   * again, and a listed class that fails to link would escape it as an error that names no plugin.
   */
  private static final class NamedModulesOnly extends ClassLoader {
    NamedModulesOnly(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) {
      return Collections.emptyEnumeration();
    }
  }

  /** Whether a services entry is a binary class name, so that it can be shown. */
  private static boolean isClassName(String entry) {
    if (entry.isEmpty() || entry.length() > 512) {
      return false;
    }
    for (String part : entry.split("\\.", -1)) {
      if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))) {
        return false;
      }
      for (int i = 1; i < part.length(); i++) {
        if (!Character.isJavaIdentifierPart(part.charAt(i)) || Character.isIdentifierIgnorable(part.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Leaves a loaded provider out after the fact, when what it supplied clashes with another's (two
   * intervention catalogues defining one kind): strict mode throws, lenient mode reports it under
   * the provider's id and the engine carries on without it.
   *
   * @param id the provider's id
   * @param what what is wrong, in words; ids and counts only
   */
  public void leaveOut(String id, String what) {
    fail(id, null, "Plugin " + id + " " + what, null);
  }

  /**
   * Threshold policies shipped as configuration: every {@value PolicyFiles#INDEX} file on the class
   * path lists policy files, each read as a policy. A policy that cannot be read is handled like a
   * failing provider, under the name of its resource.
   *
   * @return the policies read, by id
   */
  public Map<String, ThresholdPolicy> configuredPolicies() {
    Map<String, ThresholdPolicy> policies = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> listed : indexEntries(PolicyFiles.INDEX).entrySet()) {
      String resource = listed.getKey();
      String index = listed.getValue().get(0);
      if (listed.getValue().size() > 1) {
        throw new PluginLoadException(resource, "The policy file " + resource + " is listed by more than one index: "
            + String.join(" and ", listed.getValue()) + ". Two copies of one policies jar are on the class path; remove one.");
      }
      ThresholdPolicy policy;
      try {
        policy = PolicyFiles.readResource(classLoader, resource);
      } catch (RuntimeException | StackOverflowError e) {
        fail(resource, null, "policy file " + resource + " listed in " + index + " could not be read: "
            + (e instanceof InvalidInputException ? e.getMessage() : "(" + e.getClass().getName() + ")"), e);
        continue;
      }
      String earlier = sources.putIfAbsent(policy.id(), resource + " (listed in " + index + ")");
      if (earlier != null) {
        throw new PluginLoadException(policy.id(), "Two policy files claim the id '" + policy.id() + "': " + earlier
            + " and " + resource + " (listed in " + index + ")");
      }
      seenIds.add(policy.id());
      policies.put(policy.id(), policy);
    }
    return policies;
  }

  /**
   * Reports configuration set for a provider id that no provider or policy file has: a misspelt id
   * would otherwise leave a provider running on its defaults. Call it after every kind of provider
   * and the policy files have been loaded.
   */
  public void checkConfiguredIds() {
    for (String id : configuration.keySet()) {
      if (!seenIds.contains(id)) {
        fail(id, null, "configuration was set for the provider id '" + id + "', but no provider or policy file has that id; "
            + "providers: " + seenIds, null);
      }
    }
  }

  /**
   * Reports each instrument id that a policy in force names (in its bands, its agency bands or its
   * service thresholds) and no loaded instrument has: a misspelt id in a band key would otherwise
   * build and leave the instrument it meant without bands until the first assessment. Policies
   * loaded but not in force are not checked, since a shipped policy may cover instruments that a
   * deployment did not install. An instrument whose provider failed to load is not reported again:
   * its own problem says why it is missing. Lenient loading keeps the policy in force without those
   * bands.
   *
   * @param inForce the policy chosen, or each policy of the family chosen
   * @param instrumentIds the ids of the loaded instruments
   */
  public void checkPolicyInstruments(List<ThresholdPolicy> inForce, Set<String> instrumentIds) {
    for (ThresholdPolicy policy : inForce) {
      Set<String> named = new TreeSet<>(policy.bands().keySet());
      for (BandTable table : policy.agencyBands()) {
        named.add(table.instrumentId());
      }
      for (ServiceThreshold threshold : policy.serviceThresholds()) {
        named.add(threshold.instrumentId());
      }
      if (policy.marac().mediumRiskInstrument().isPresent()) {
        named.add(policy.marac().mediumRiskInstrument().get());
      }
      for (CompletenessRule rule : policy.completeness()) {
        named.add(rule.instrumentId());
      }
      for (String id : named) {
        // a provider of that id that failed to load is reported already, under its own id
        if (!instrumentIds.contains(id) && !seenIds.contains(id)) {
          String near = closest(id, instrumentIds);
          fail(policy.id(), null, "Threshold policy " + policy.id() + " " + policy.version() + " names the instrument '" + id
              + "' in its band, service, completeness or MARAC keys, but no loaded plugin supplies it"
              + (near == null ? "" : " (did you mean '" + near + "'?)") + "; loaded instruments: " + instrumentIds, null,
              "the policy stays in force without the keys for that instrument because loading is lenient");
        }
      }
    }
  }

  /**
   * Keeps each loaded instrument mapping that fits the newest loaded versions of the two
   * instruments it maps between: both loaded, every item of the source mapped or dropped, every
   * item it names an item of its instrument ({@link InstrumentMapping#checkFits}). A mapping that
   * does not fit, or maps a pair of instruments another mapping maps already, is handled like a
   * failing provider, under its id: strict loading fails the build, lenient loading reports it and
   * goes on without it.
   *
   * @param loaded the mappings the providers supplied, by provider id
   * @param instruments the newest loaded version of each instrument, by id
   * @return the mappings kept, by {@link #mappingKey(String, String)}, in the order loaded
   */
  public Map<String, InstrumentMapping> checkMappings(Map<String, InstrumentMapping> loaded, Map<String, Instrument> instruments) {
    Map<String, InstrumentMapping> byPair = new LinkedHashMap<>();
    for (InstrumentMapping mapping : loaded.values()) {
      String pair = mapping.fromInstrument() + " onto " + mapping.toInstrument();
      Instrument from = instruments.get(mapping.fromInstrument());
      Instrument to = instruments.get(mapping.toInstrument());
      if (from == null || to == null) {
        String missing = from == null ? mapping.fromInstrument() : mapping.toInstrument();
        String near = closest(missing, instruments.keySet());
        leaveOut(mapping.id(), "maps " + pair + ", but no loaded plugin supplies the instrument '" + missing + "'"
            + (near == null ? "" : " (did you mean '" + near + "'?)") + "; loaded instruments: " + instruments.keySet());
        continue;
      }
      try {
        mapping.checkFits(from, to);
      } catch (InvalidInputException e) {
        // item ids and instrument ids only: a mapping holds no answers
        leaveOut(mapping.id(), "does not fit " + from.id() + " " + from.version() + " and " + to.id() + " " + to.version()
            + ": " + e.field() + " " + e.value() + ": " + e.rule());
        continue;
      }
      InstrumentMapping earlier = byPair.putIfAbsent(mappingKey(mapping.fromInstrument(), mapping.toInstrument()), mapping);
      if (earlier != null) {
        leaveOut(mapping.id(), "maps " + pair + ", which plugin " + earlier.id() + " maps already; an engine has one mapping "
            + "for each pair of instruments");
      }
    }
    return byPair;
  }

  /**
   * The key a mapping from one instrument onto another is kept under.
   *
   * @param fromInstrumentId the source instrument's id
   * @param toInstrumentId the target instrument's id
   * @return the key
   */
  public static String mappingKey(String fromInstrumentId, String toInstrumentId) {
    return fromInstrumentId + ">" + toInstrumentId;
  }

  /** The loaded id a few typing slips from {@code id}, or null when none is close. */
  static @Nullable String closest(String id, Set<String> ids) {
    String best = null;
    int bestDistance = Math.max(2, id.length() / 5) + 1;
    for (String candidate : ids) {
      int d = editDistance(id, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance: insertions, deletions and substitutions of one character each. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Each line of every index file of this name on the class path, with the files that list it. */
  private Map<String, List<String>> indexEntries(String name) {
    try {
      return IndexFiles.read(classLoader, name);
    } catch (IOException e) {
      fail(name, null, "index files could not be read: " + e, e);
      return Map.of();
    }
  }

  /**
   * How a provider's failure is described: a deliberate refusal of the InvalidInputException family
   * by its field and rule, which the plugin wrote for its users, anything else by its class only.
   * The refused value and a foreign exception's message are left out, since either can carry a
   * configuration value (a setting can be a secret) or what the plugin read; the cause keeps them
   * for the host.
   */
  private static String failure(Throwable e) {
    if (e instanceof InvalidInputException refusal) {
      String said = refusal.field() + ": " + refusal.rule();
      return "(" + e.getClass().getName() + "): " + said.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
    }
    return "(" + e.getClass().getName() + ")";
  }

  /**
   * A plugin's failure is its own, a stack overflow included (the stack unwinds to here), but the
   * JVM running out of memory or failing inside is everyone's, and is thrown on as it is.
   */
  private static void rethrowFatal(Throwable e) {
    // the JDK wraps what a provider's constructor threw in a ServiceConfigurationError
    Throwable failure = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
    if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
      throw (VirtualMachineError) failure;
    }
  }

  private void fail(String id, @Nullable Class<?> providerClass, String what, @Nullable Throwable cause) {
    fail(id, providerClass, what, cause, "left out because loading is lenient");
  }

  private void fail(String id, @Nullable Class<?> providerClass, String what, @Nullable Throwable cause, String lenientOutcome) {
    String className = providerClass == null ? "(class not loaded)" : providerClass.getName();
    String source = providerClass == null ? "(unknown source)" : sourceOf(providerClass);
    String message = providerClass == null
        ? ("(unnamed)".equals(id) ? "A plugin listed in META-INF/services " : "") + what
        : "Plugin " + id + " (" + className + " from " + source + ") " + what;
    if (mode == LoadingMode.STRICT) {
      throw cause == null ? new PluginLoadException(id, message) : new PluginLoadException(id, message, cause);
    }
    problems.add(new PluginProblem(id, className, source, what, cause));
    // The cause is not logged: its message and stack can carry a configuration value or what a
    // plugin read. The host finds it in Safeguard.problems().
    Log.LOG.warn("{}; {}{}", message, lenientOutcome, cause == null ? "" : " (the failure is in Safeguard.problems())");
  }

  /** The logger, made on first use: a registry with nothing to report never starts the logging framework. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);
  }

  static String sourceOf(Class<?> type) {
    try {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      return source == null || source.getLocation() == null ? "(unknown source)" : source.getLocation().toString();
    } catch (SecurityException e) {
      return "(unknown source)";
    }
  }
}
