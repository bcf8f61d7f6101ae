/** The exception every failure of the tool is: its message names the file or option and the fix. */
package org.advisorycompare.error;
