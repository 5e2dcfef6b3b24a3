/**
 * The case journey: commands over immutable case snapshots, from referral and intake through
 * safety plans, interventions, contacts, MARAC, consent and reviews to closure. Each command checks
 * the case rules, then returns the new snapshot and the events it caused.
 */
@NullMarked
package org.safeguard.core.casework;

import org.jspecify.annotations.NullMarked;

