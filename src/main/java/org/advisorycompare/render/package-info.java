/** FreeMarker page rendering from view records; FreeMarker is configured here only. */
package org.advisorycompare.render;
