/** What every reader shares: the document as collected, the extraction a reader makes, levels, dates, regions, and placing a destination. */
package org.advisorycompare.read;
