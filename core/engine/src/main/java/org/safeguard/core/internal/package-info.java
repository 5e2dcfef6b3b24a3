/** Implementation details of the engine; not API, may change in any release. */
@NullMarked
package org.safeguard.core.internal;

import org.jspecify.annotations.NullMarked;

