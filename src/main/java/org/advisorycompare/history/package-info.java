/** Change history per country and source: ordering, change labels and reviews. */
package org.advisorycompare.history;
