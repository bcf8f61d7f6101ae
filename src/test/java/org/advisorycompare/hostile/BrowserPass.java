package org.advisorycompare.hostile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Debian's headless Chromium, driven by Selenium, opening built pages as a reader would: any dialog a page
 * raises, or a title a payload set, is reported with the page. Only where both {@code chromium} and
 * {@code chromedriver} are installed ({@code .ci/run} installs them).
 */
final class BrowserPass implements AutoCloseable {
    private final ChromeDriver driver = org.advisorycompare.browser.Chromium.open(1280);

    static boolean available() {
        return org.advisorycompare.browser.Chromium.available();
    }

    /** The pages that raised a dialog or had their title set by a payload, each with what it did. */
    List<String> dialogs(List<Path> pages) throws InterruptedException {
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            driver.get(page.toUri().toString());
            Thread.sleep(30); // handlers such as onerror and ontoggle fire just after load
            try {
                String text = driver.switchTo().alert().getText();
                driver.switchTo().alert().dismiss();
                found.add(page + ": raised a dialog '" + text + "'");
            } catch (NoAlertPresentException none) {
                if (Payloads.PWNED.equals(driver.getTitle())) {
                    found.add(page + ": a script set the title");
                }
            }
        }
        return found;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
