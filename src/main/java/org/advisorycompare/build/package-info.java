/** The build as its stages: lock and recover, scan, convert what changed, model, render, publish. */
package org.advisorycompare.build;
