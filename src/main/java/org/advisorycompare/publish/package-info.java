/** The only code that writes into the output folder: stage new files, then swap the site in or apply the change under a journal. */
package org.advisorycompare.publish;
