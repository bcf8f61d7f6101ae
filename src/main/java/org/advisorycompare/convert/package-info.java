/** Conversion: every collected document read by the first reader that accepts it, publications merged into versions, change notes filled in from change-history pages. */
package org.advisorycompare.convert;
