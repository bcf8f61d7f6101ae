/** Turns collected raw documents into canonical Markdown versions with YAML front matter. */
package org.advisorycompare.convert;
