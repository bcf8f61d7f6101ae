/** Version storage: the version files of content/advisories, written only when their bytes change, and read back. */
package org.advisorycompare.store;
