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
package org.safeguard.plugins.reporthtml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools Protocol with the JDK's own
 * WebSocket client: open a page, hear what its console says, ask it questions, take a screenshot.
 * The browser comes from the {@code chromium} package, which {@code .ci/install-chromium}
 * installs; {@code -Dsafeguard.chromium=<path>} points at another.
 */
final class HeadlessChromium implements AutoCloseable {
  /** Where the browser is looked for unless {@code safeguard.chromium} says otherwise. */
  static final String DEFAULT_PATH = "/usr/bin/chromium";
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = java.util.Collections.synchronizedList(new ArrayList<>());

  /** The browser to run: {@code safeguard.chromium}, else {@value #DEFAULT_PATH}. */
  static Path executable() {
    return Path.of(System.getProperty("safeguard.chromium", DEFAULT_PATH));
  }

  /**
   * Starts the browser with one blank page and connects to that page.
   *
   * @param width the window's width in CSS pixels
   * @param height the window's height
   */
  static HeadlessChromium start(int width, int height) throws IOException, InterruptedException {
    Path browser = executable();
    if (!Files.isExecutable(browser)) {
      throw new AssertionError("No Chromium at " + browser + ". The page test needs Debian's chromium package: run .ci/install-chromium "
          + "(as .ci/run does), or pass -Dsafeguard.chromium=<path to a Chromium or Chrome>.");
    }
    Path profile = Files.createTempDirectory("safeguard-chromium-");
    Path log = profile.resolve("chromium.log");
    // the flags a closed network needs: no background fetches, no component updates, no sync, no QUIC
    Process process = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
        "--window-size=" + width + "," + height, "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      return new HeadlessChromium(process, profile);
    } catch (IOException | InterruptedException | RuntimeException | AssertionError | java.util.concurrent.ExecutionException
        | java.util.concurrent.TimeoutException e) {
      stop(process);
      deleteQuietly(profile);
      throw e instanceof AssertionError ? (AssertionError) e : new AssertionError("Chromium could not be driven: " + e, e);
    }
  }

  private HeadlessChromium(Process process, Path profile) throws IOException, InterruptedException,
      java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException {
    this.process = process;
    this.profile = profile;
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("Chromium did not open its DevTools port; its output:\n" + tail(profile.resolve("chromium.log")));
      }
      Thread.sleep(50);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
    HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
    // the port opens before the first tab may exist: ask until it does
    String page = null;
    String list = "";
    while (page == null) {
      list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(WAIT).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      for (JsonNode target : JSON.readTree(list)) {
        if ("page".equals(target.path("type").asText())) {
          page = target.path("webSocketDebuggerUrl").asText();
          break;
        }
      }
      if (page == null) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("Chromium has no page to drive: " + list);
        }
        Thread.sleep(50);
      }
    }
    this.socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Listener()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Gathers a message's frames, then settles the call it answers or keeps the event. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        try {
          JsonNode m = JSON.readTree(message.toString());
          if (m.has("id")) {
            CompletableFuture<JsonNode> call = pending.remove(m.get("id").asInt());
            if (call != null) {
              call.complete(m);
            }
          } else {
            events.add(m);
          }
        } catch (IOException e) {
          pending.values().forEach(call -> call.completeExceptionally(e));
        }
        message.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      failAll(error);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      failAll(new IOException("Chromium closed the DevTools connection: " + statusCode + " " + reason));
      return null;
    }
  }

  /** Every call still waiting fails at once, rather than after its full wait, when the connection is gone. */
  private void failAll(Throwable why) {
    for (Integer id : List.copyOf(pending.keySet())) {
      CompletableFuture<JsonNode> call = pending.remove(id);
      if (call != null) {
        call.completeExceptionally(why);
      }
    }
  }

  /**
   * Calls a DevTools method and waits for its result.
   *
   * @return the result object
   * @throws AssertionError when the browser answers with an error
   */
  JsonNode call(String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode request = JSON.createObjectNode().put("id", id).put("method", method);
    request.set("params", JSON.valueToTree(params));
    JsonNode reply;
    try {
      socket.sendText(JSON.writeValueAsString(request), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      reply = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } finally {
      pending.remove(id);
    }
    if (reply.has("error")) {
      throw new AssertionError(method + " failed: " + reply.get("error"));
    }
    return reply.path("result");
  }

  /**
   * Turns on the console, log and page events, opens the page and waits for it to load. The events
   * heard from then on are this page's: those of a page opened before are forgotten.
   */
  void open(URI page) throws Exception {
    call("Runtime.enable", Map.of());
    call("Log.enable", Map.of());
    call("Page.enable", Map.of());
    // what the page before this one said and did is not this page's
    events.clear();
    JsonNode navigated = call("Page.navigate", Map.of("url", page.toString()));
    if (navigated.hasNonNull("errorText")) {
      throw new AssertionError("Chromium could not open " + page + ": " + navigated.get("errorText"));
    }
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!seen("Page.loadEventFired")) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the page did not finish loading");
      }
      Thread.sleep(20);
    }
  }

  private boolean seen(String method) {
    synchronized (events) {
      return events.stream().anyMatch(e -> method.equals(e.path("method").asText()));
    }
  }

  /** Every error the page's console or the browser's log reported, and every uncaught exception, in words. */
  List<String> consoleErrors() {
    List<String> errors = new ArrayList<>();
    synchronized (events) {
      for (JsonNode e : events) {
        JsonNode p = e.path("params");
        switch (e.path("method").asText()) {
          case "Runtime.consoleAPICalled":
            if (List.of("error", "assert").contains(p.path("type").asText())) {
              errors.add("console." + p.path("type").asText() + ": " + p.path("args"));
            }
            break;
          case "Runtime.exceptionThrown":
            errors.add("exception: " + p.path("exceptionDetails"));
            break;
          case "Log.entryAdded":
            if ("error".equals(p.path("entry").path("level").asText())) {
              errors.add("log: " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText());
            }
            break;
          default:
            break;
        }
      }
    }
    return errors;
  }

  /** Evaluates a script expression in the page and returns its value, as JSON. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError("the script failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** A PNG of the whole page, beyond the window where it is longer. */
  byte[] screenshot() throws Exception {
    JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    return Base64.getDecoder().decode(shot.path("data").asText());
  }

  /** A PNG of one rectangle of the page, in CSS pixels from the page's top left. */
  byte[] screenshot(double x, double y, double width, double height) throws Exception {
    JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", x, "y", y, "width", width, "height", height, "scale", 1)));
    return Base64.getDecoder().decode(shot.path("data").asText());
  }

  @Override
  public void close() {
    socket.abort();
    stop(process);
    deleteQuietly(profile);
  }

  /** Ends the browser and every process it started (renderers, the GPU and zygote helpers), waiting for each. */
  private static void stop(Process process) {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle p : all) {
      try {
        p.onExit().get(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        p.destroyForcibly();
      }
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e + ")";
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | java.io.UncheckedIOException ignored) {
      // a temporary profile left behind is only litter (files a dying browser removes as we walk are no matter)
    }
  }
}
