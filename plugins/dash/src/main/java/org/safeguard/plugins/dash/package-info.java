/**
 * The Dash family of checklists: the SafeLives Dash RIC used by agencies (24 items) and the police
 * DASH 2009 (27 items: the same questions plus three about children and dependants), both scored
 * as an unweighted count of yes answers; and the SafeLives default threshold policy.
 *
 * <p>Item labels are short neutral descriptions in our own words, not the published wording, kept
 * in the {@code labels} resource bundle so a service can load licensed wording or another
 * language. Source: reference/instruments.md sections 1.2, 1.3 and 1.5.
 */
package org.safeguard.plugins.dash;
