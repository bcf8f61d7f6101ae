/** Incremental-build machinery in one place: content states, file hashes, the version index, the page manifest, feed-entry reuse and template keys, all keyed by declared inputs. */
package org.advisorycompare.incremental;
