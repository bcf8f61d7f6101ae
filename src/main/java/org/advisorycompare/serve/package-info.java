/** Live preview: builds, serves the site under its base path on this machine, rebuilds on a change and reloads open pages. */
package org.advisorycompare.serve;
