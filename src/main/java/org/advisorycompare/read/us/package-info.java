/** The readers of the US State Department's travel advisories: its RSS feed, archived items, JSON Feed, pages and captures. */
package org.advisorycompare.read.us;
