/** Turning response sets into explained assessments under a threshold policy. */
@NullMarked
package org.safeguard.core.assessment;

import org.jspecify.annotations.NullMarked;

