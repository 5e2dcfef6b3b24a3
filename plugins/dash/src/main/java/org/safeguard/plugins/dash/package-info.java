/**
 * The Dash family of checklists: the SafeLives Dash RIC used by agencies (24 items) and the police
 * DASH 2009 (27 items: the same questions plus three about children and dependants), both scored
 * as an unweighted count of yes answers; the S-DASH stalking and harassment supplement (11 items,
 * offered after a yes to the Dash stalking item, read as a yes count with no bands); the mapping
 * of a police answer set onto the RIC; and the SafeLives default threshold policy, which covers
 * the two checklists but not S-DASH.
 *
 * <p>Item labels are short neutral descriptions in our own words, not the published wording, kept
 * in resource bundles ({@code labels} for the checklists, {@code sdash.labels} for S-DASH) so a
 * service can load licensed wording or another language. Sources: the ACPO DASH 2009 form;
 * SafeLives' Dash risk checklist and its quick-start guidance (items, S-DASH); SafeLives, <i>Marac
 * referral criteria and form</i> (the yes count, and 14 and over as visible high risk).
 */
package org.safeguard.plugins.dash;
