package org.advisorycompare.hostile;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.CapabilityType;

/**
 * Debian's headless Chromium, driven by Selenium, opening built pages as a reader would: any dialog a page
 * raises, or a title a payload set, is reported with the page. Only where both {@code chromium} and
 * {@code chromedriver} are installed ({@code .ci/run} installs them).
 */
final class BrowserPass implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private final ChromeDriver driver;

    BrowserPass() {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--allow-file-access-from-files", "--window-size=1280,900");
        options.setCapability(CapabilityType.UNHANDLED_PROMPT_BEHAVIOUR, UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
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
