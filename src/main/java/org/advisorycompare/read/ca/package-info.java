/** The readers of Global Affairs Canada's travel advice: its open-data JSON and captures. */
package org.advisorycompare.read.ca;
