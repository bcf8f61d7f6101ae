/** Typed build configuration with a documented default for every key. */
package org.advisorycompare.config;
