/** The site model every output reads, and the interface each output kind implements. */
package org.advisorycompare.site;
