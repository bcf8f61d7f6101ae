/** The readers of the UK FCDO's travel advice: GOV.UK Content API JSON, saved pages, captures and their text. */
package org.advisorycompare.read.uk;
