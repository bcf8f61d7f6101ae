/** Text utilities every stage shares: canonical Markdown, HTML to Markdown, plain text, sections, and the publication text a version id is made from. */
package org.advisorycompare.text;
