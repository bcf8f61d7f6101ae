/** The append-only archive of collected raw documents and their provenance sidecars. */
package org.advisorycompare.collect;
