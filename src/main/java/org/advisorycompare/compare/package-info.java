/** Side-by-side comparison of the US and UK advice for one country. */
package org.advisorycompare.compare;
