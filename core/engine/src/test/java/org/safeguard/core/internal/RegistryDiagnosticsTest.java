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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * What the registry tells a deployer about a plugin it could not use: the loaded id a misspelt
 * one was probably meant to be, and where a class came from.
 */
class RegistryDiagnosticsTest {
  private static final Set<String> LOADED = Set.of("safelives-dash-ric", "odara", "danger-assessment", "hits");

  @Test
  void aMisspeltIdIsMatchedToTheLoadedIdItIsNearest() {
    assertEquals("safelives-dash-ric", PluginRegistry.closest("safelives-dash-rc", LOADED));
    assertEquals("safelives-dash-ric", PluginRegistry.closest("safelives-dahs-ric", LOADED), "two letters swapped are two slips");
    assertEquals("odara", PluginRegistry.closest("odra", LOADED));
    assertEquals("hits", PluginRegistry.closest("hist", LOADED));
    assertEquals("hits", PluginRegistry.closest("hits", Set.of("hit", "hits", "shits")), "the nearest of several, an exact match first");
  }

  /** A slip is allowed for every five characters of the id, and at least two slips whatever its length. */
  @Test
  void anIdIsMatchedOnlyWithinAFewSlips() {
    // 18 characters: three slips allowed, four are too many
    assertEquals("safelives-dash-ric", PluginRegistry.closest("safelives-dXsX-rXc", LOADED));
    assertNull(PluginRegistry.closest("safelives-XXsX-rXc", LOADED));
    // 4 characters: two slips, not three
    assertEquals("hits", PluginRegistry.closest("hXXs", LOADED));
    assertNull(PluginRegistry.closest("XXXs", LOADED));
    assertNull(PluginRegistry.closest("anything", Set.of()));
  }

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutionsOfOneCharacterEach() {
    assertEquals(0, PluginRegistry.editDistance("odara", "odara"));
    assertEquals(3, PluginRegistry.editDistance("kitten", "sitting"));
    assertEquals(1, PluginRegistry.editDistance("hits", "hit"));
    assertEquals(1, PluginRegistry.editDistance("hit", "hits"));
    assertEquals(2, PluginRegistry.editDistance("dash", "dahs"));
    assertEquals(5, PluginRegistry.editDistance("", "odara"));
    assertEquals(5, PluginRegistry.editDistance("odara", ""));
    assertEquals(4, PluginRegistry.editDistance("abcd", "wxyz"));
  }

  /** The laws of a distance: zero only for equal text, symmetric, and never shorter than a way round. */
  @Property(tries = 300)
  void editDistanceIsADistance(@ForAll @StringLength(max = 12) String a, @ForAll @StringLength(max = 12) String b,
      @ForAll @StringLength(max = 12) String c) {
    int ab = PluginRegistry.editDistance(a, b);
    assertEquals(a.equals(b), ab == 0);
    assertEquals(ab, PluginRegistry.editDistance(b, a));
    assertTrue(ab <= PluginRegistry.editDistance(a, c) + PluginRegistry.editDistance(c, b));
    assertTrue(ab >= Math.abs(a.length() - b.length()) && ab <= Math.max(a.length(), b.length()));
  }

  @Test
  void aClassIsTracedToTheJarOrDirectoryItCameFrom() {
    String source = PluginRegistry.sourceOf(RegistryDiagnosticsTest.class);
    assertTrue(source.startsWith("file:") && source.endsWith("/test-classes/"), source);
    assertEquals("(unknown source)", PluginRegistry.sourceOf(String.class), "the JDK's own classes have no code source");
  }
}
