/** Small file helpers shared by the stages: replacing a file atomically. */
package org.advisorycompare.files;
