/** Checks a built site: links and anchors, requests to other origins, feeds, the sitemap and file sizes. */
package org.advisorycompare.check;
