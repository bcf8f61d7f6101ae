/** RSS feeds of advisory versions, written with ROME. */
package org.advisorycompare.feed;
