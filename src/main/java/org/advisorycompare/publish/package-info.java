/** The only code that writes into the output folder: build in a temporary folder, then swap. */
package org.advisorycompare.publish;
