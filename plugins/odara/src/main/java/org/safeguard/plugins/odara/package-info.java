/**
 * ODARA, the Ontario Domestic Assault Risk Assessment (Hilton et al. 2004): 13 items scored present
 * (1) or absent (0), the unweighted sum read against the seven published score bins (0, 1, 2, 3, 4,
 * 5-6, 7-13). Risk levels are not part of the instrument: each jurisdiction sets its own "high"
 * cut-off in a threshold policy.
 *
 * <p>The manual allows a limited number of missing items, prorated, but its exact rule is
 * unverified in our sources; {@link org.safeguard.plugins.odara.OdaraProvider} documents the rule
 * this plugin applies as an assumption, configurable, pending the licensed manual.
 *
 * <p>Item labels are short neutral descriptions in our own words, not the published wording or
 * scoring criteria (the instrument is copyrighted), kept in the {@code labels} resource bundle so a
 * licensed service can load its own. Norm tables (recidivism percentages, percentiles) are not
 * here: they are versioned data apart from item scoring, because published norms have drifted.
 * Source: Hilton et al., ODARA (2004), whose scoring criteria and norms are published in Hilton,
 * Harris and Rice (2010).
 */
package org.safeguard.plugins.odara;
