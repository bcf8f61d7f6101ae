/** Immutable records of countries, sources, levels and advisory versions; no library types. */
package org.advisorycompare.model;
