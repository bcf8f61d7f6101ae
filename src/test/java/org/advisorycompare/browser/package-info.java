/** Test support: Debian's headless Chromium, driven by Selenium. */
package org.advisorycompare.browser;
