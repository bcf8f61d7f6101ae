/** Open data outputs: data/advisories.json and data/countries/ISO2.json. */
package org.advisorycompare.data;
