/** Advisory Compare: US and UK travel advice side by side, with the history of each. */
package org.advisorycompare;
