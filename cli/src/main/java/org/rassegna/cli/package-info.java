/** The command line: the one place that wires the pipeline's stages together. */
@NullMarked
package org.rassegna.cli;

import org.jspecify.annotations.NullMarked;
