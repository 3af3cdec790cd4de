/**
 * The Correlation Center: imports observation datasets, refuses forbidden factors (§2.2), finds
 * significant pairwise correlations and publishes them. Internals live in {@code correlation.internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correlation Center")
package org.rbe.governance.correlation;
