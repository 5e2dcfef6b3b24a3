package org.safeguard.core.internal;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import java.security.CodeSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguard.core.LoadingMode;
import org.safeguard.core.PluginLoadException;
import org.safeguard.core.PluginProblem;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.spi.Extension;
import org.safeguard.spi.SetupContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds providers of one extension point with {@link ServiceLoader}, adds those registered in
 * code, refuses duplicate ids, and loads each provider in isolation: one provider's failure is
 * reported under its id and never stops another from loading.
 */
public final class PluginRegistry {
  private static final Logger log = LoggerFactory.getLogger(PluginRegistry.class);
  private static final int MAX_CONSECUTIVE_ERRORS = 1000;

  private final ClassLoader classLoader;
  private final LoadingMode mode;
  private final Clock clock;
  private final Map<String, Map<String, String>> configuration;
  private final List<PluginProblem> problems = new ArrayList<>();

  public PluginRegistry(ClassLoader classLoader, LoadingMode mode, Clock clock, Map<String, Map<String, String>> configuration) {
    this.classLoader = classLoader;
    this.mode = mode;
    this.clock = clock;
    this.configuration = configuration;
  }

  /** Problems met so far, in lenient mode; strict mode throws instead. */
  public List<PluginProblem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Discovers, de-duplicates and loads the providers of {@code type}.
   *
   * @param explicit providers registered in code, loaded as if found on the class path
   * @param load turns a provider and its context into what it supplies
   * @param idOf the id of what was loaded, which must be the provider's own
   * @param versionOf the version of what was loaded, which must be the provider's own
   * @return what each provider supplied, by provider id
   */
  public <P extends Extension, T> Map<String, T> load(Class<P> type, List<P> explicit, BiFunction<P, SetupContext, T> load,
      Function<T, String> idOf, Function<T, String> versionOf) {
    return load(type, explicit, load, idOf, versionOf, false);
  }

  /**
   * As {@link #load}, but providers are told apart by id and version, so several versions of one
   * instrument can be loaded side by side; the result is keyed {@code id@version}.
   */
  public <P extends Extension, T> Map<String, T> loadVersions(Class<P> type, List<P> explicit,
      BiFunction<P, SetupContext, T> load, Function<T, String> idOf, Function<T, String> versionOf) {
    return load(type, explicit, load, idOf, versionOf, true);
  }

  private <P extends Extension, T> Map<String, T> load(Class<P> type, List<P> explicit, BiFunction<P, SetupContext, T> load,
      Function<T, String> idOf, Function<T, String> versionOf, boolean versioned) {
    List<Found<P>> found = new ArrayList<>();
    for (P provider : explicit) {
      found.add(new Found<>(provider, "registered in code"));
    }
    found.addAll(discover(type));
    List<Identified<P>> identified = new ArrayList<>();
    for (Found<P> candidate : found) {
      P provider = candidate.provider();
      try {
        // asked once: a provider's answers are not trusted to stay the same
        String id = provider.id();
        String version = provider.version();
        if (id == null || id.isBlank() || version == null || version.isBlank()) {
          fail(classNameOf(provider), provider.getClass(), "gave a blank id or version", null);
        } else {
          identified.add(new Identified<>(provider, id, version, versioned ? id + "@" + version : id, candidate.listedIn()));
        }
      } catch (RuntimeException | Error e) {
        rethrowFatal(e);
        fail(classNameOf(provider), provider.getClass(), "failed to give its id: " + e, e);
      }
    }
    ImmutableListMultimap<String, Identified<P>> byId = Multimaps.index(identified, Identified::key);
    for (Map.Entry<String, List<Identified<P>>> e : Multimaps.asMap(byId).entrySet()) {
      if (e.getValue().size() > 1) {
        String who = e.getValue().stream()
            .map(p -> p.provider().getClass().getName() + " from " + sourceOf(p.provider().getClass()) + " (" + p.listedIn() + ")")
            .collect(Collectors.joining(" and "));
        throw new PluginLoadException(e.getValue().get(0).id(),
            "Two " + type.getSimpleName() + "s claim the " + (versioned ? "id and version" : "id") + " '" + e.getKey() + "': " + who
                + ". Remove one of the jars, or give one provider another id.");
      }
    }
    ImmutableMap.Builder<String, T> loaded = ImmutableMap.builder();
    for (Identified<P> entry : identified) {
      P provider = entry.provider();
      String id = entry.id();
      try {
        ProviderContext context = new ProviderContext(id, Map.copyOf(configuration.getOrDefault(id, Map.of())), clock, classLoader);
        T supplied = load.apply(provider, context);
        if (supplied == null) {
          fail(id, provider.getClass(), "returned nothing from load", null);
          continue;
        }
        String suppliedId = idOf.apply(supplied);
        if (!id.equals(suppliedId)) {
          fail(id, provider.getClass(), "supplied '" + suppliedId + "' under the id '" + id + "'; the two must match", null);
          continue;
        }
        String suppliedVersion = versionOf.apply(supplied);
        if (!entry.version().equals(suppliedVersion)) {
          fail(id, provider.getClass(), "supplied version '" + suppliedVersion + "' under the version '" + entry.version()
              + "'; the two must match", null);
          continue;
        }
        loaded.put(entry.key(), supplied);
      } catch (RuntimeException | Error e) {
        rethrowFatal(e);
        fail(id, provider.getClass(), "failed while loading: " + e, e);
      }
    }
    Map<String, T> result = loaded.build();
    log.debug("Loaded {} {}(s): {}", result.size(), type.getSimpleName(), result.keySet());
    return result;
  }

  /** A provider and where it was listed: a services file, or code. */
  private record Found<P>(P provider, String listedIn) {}

  /** A provider with the id and version it gave, asked once, and the key that tells it apart. */
  private record Identified<P>(P provider, String id, String version, String key, String listedIn) {}

  private <P> List<Found<P>> discover(Class<P> type) {
    Map<String, List<String>> listings = servicesListings(type);
    for (Map.Entry<String, List<String>> e : listings.entrySet()) {
      if (e.getValue().size() > 1) {
        // ServiceLoader would quietly keep the first and drop the rest: two copies of one plugin
        throw new PluginLoadException(e.getKey(), "The provider class " + e.getKey() + " is listed by more than one services file: "
            + String.join(" and ", e.getValue()) + ". Two versions of one plugin are on the class path; remove one.");
      }
    }
    List<Found<P>> found = new ArrayList<>();
    Iterator<ServiceLoader.Provider<P>> it = ServiceLoader.load(type, classLoader).stream().iterator();
    int errors = 0;
    while (true) {
      if (errors >= MAX_CONSECUTIVE_ERRORS) {
        fail("(discovery)", null, "failed " + errors + " times in a row; discovery of " + type.getSimpleName() + "s stopped there", null);
        break;
      }
      ServiceLoader.Provider<P> candidate;
      try {
        if (!it.hasNext()) {
          break;
        }
        candidate = it.next();
      } catch (ServiceConfigurationError e) {
        errors++;
        fail("(unnamed)", null, "could not be found or loaded: " + e.getMessage(), e);
        continue;
      }
      try {
        P provider = candidate.get();
        List<String> listed = listings.get(candidate.type().getName());
        found.add(new Found<>(provider, listed == null || listed.isEmpty() ? "a services file" : listed.get(0)));
        errors = 0;
      } catch (RuntimeException | Error e) {
        rethrowFatal(e);
        errors++;
        Throwable cause = e.getCause() == null ? e : e.getCause();
        fail(candidate.type().getName(), candidate.type(), "could not be constructed: " + cause, e);
      }
    }
    return found;
  }

  /** Which services files list each provider class, read directly so that duplicates show. */
  private Map<String, List<String>> servicesListings(Class<?> type) {
    return indexEntries("META-INF/services/" + type.getName());
  }

  /**
   * Threshold policies shipped as configuration: every {@value #PolicyFiles.INDEX} file on the class
   * path lists properties resources, each read as a policy. A policy that cannot be read is
   * handled like a failing provider, under the name of its resource.
   */
  public Map<String, org.safeguard.model.ThresholdPolicy> configuredPolicies() {
    Map<String, org.safeguard.model.ThresholdPolicy> policies = new java.util.LinkedHashMap<>();
    Map<String, String> sources = new java.util.HashMap<>();
    for (Map.Entry<String, List<String>> listed : indexEntries(PolicyFiles.INDEX).entrySet()) {
      String resource = listed.getKey();
      String index = listed.getValue().get(0);
      if (listed.getValue().size() > 1) {
        throw new PluginLoadException(resource, "The policy file " + resource + " is listed by more than one index: "
            + String.join(" and ", listed.getValue()) + ". Two copies of one policies jar are on the class path; remove one.");
      }
      try {
        org.safeguard.model.ThresholdPolicy policy = org.safeguard.core.policy.PolicyFiles.readResource(classLoader, resource);
        String earlier = sources.putIfAbsent(policy.id(), resource + " (listed in " + index + ")");
        if (earlier != null) {
          throw new PluginLoadException(policy.id(), "Two policy files claim the id '" + policy.id() + "': " + earlier
              + " and " + resource + " (listed in " + index + ")");
        }
        policies.put(policy.id(), policy);
      } catch (PluginLoadException duplicate) {
        throw duplicate;
      } catch (RuntimeException e) {
        fail(resource, null, "policy file " + resource + " listed in " + index + " could not be read: " + e.getMessage(), e);
      }
    }
    return policies;
  }

  /** Each line of every index file of this name on the class path, with the files that list it. */
  private Map<String, List<String>> indexEntries(String name) {
    try {
      return IndexFiles.read(classLoader, name);
    } catch (java.io.IOException e) {
      fail(name, null, "index files could not be read: " + e, e);
      return Map.of();
    }
  }

  /** A plugin's failure is its own, but the JVM running out of memory is everyone's. */
  private static void rethrowFatal(Throwable e) {
    if (e instanceof VirtualMachineError) {
      throw (VirtualMachineError) e;
    }
  }

  private void fail(String id, Class<?> providerClass, String what, Throwable cause) {
    String className = providerClass == null ? "(class not loaded)" : providerClass.getName();
    String source = providerClass == null ? "(unknown source)" : sourceOf(providerClass);
    String message = providerClass == null
        ? ("(unnamed)".equals(id) ? "A plugin listed in META-INF/services " : "") + what
        : "Plugin " + id + " (" + className + " from " + source + ") " + what;
    if (mode == LoadingMode.STRICT) {
      throw cause == null ? new PluginLoadException(id, message) : new PluginLoadException(id, message, cause);
    }
    problems.add(new PluginProblem(id, className, source, what));
    log.warn("{}; left out because loading is lenient", message);
  }

  private static String classNameOf(Object provider) {
    return provider.getClass().getName();
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
