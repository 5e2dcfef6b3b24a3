/** The MARAC referral screen: which of the four routes fire over a case history and an assessment. */
@NullMarked
package org.safeguard.core.marac;

import org.jspecify.annotations.NullMarked;

