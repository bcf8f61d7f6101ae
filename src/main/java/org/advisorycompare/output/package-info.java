/** What a build makes: one {@link org.advisorycompare.output.Output} per kind of file, the files it makes, and the sitemap of them all. */
package org.advisorycompare.output;
