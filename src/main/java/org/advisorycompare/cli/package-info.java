/** Command-line interface: the picocli commands that drive the pipeline. */
package org.advisorycompare.cli;
