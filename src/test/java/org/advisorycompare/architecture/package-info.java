/** Architecture rules checked on the compiled classes (ArchUnit). */
package org.advisorycompare.architecture;
