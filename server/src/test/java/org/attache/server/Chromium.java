package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its ChromeDriver (packages {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs), with the flags that keep it off the network, and the UI's page helpers.
 */
final class Chromium implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final AttacheServer server;

  Chromium(AttacheServer server, Path profile) {
    assertThat(BINARY).as("Debian package chromium (apt-get install chromium chromium-driver)").isExecutable();
    assertThat(DRIVER).as("Debian package chromium-driver (apt-get install chromium chromium-driver)").isExecutable();
    this.server = server;
    try {
      Files.createDirectories(SHOTS);
      Files.createDirectories(profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  /** Opens a view by its hash route and waits until the page has drawn it. */
  void go(String route) {
    driver.get(server.uri() + "#" + route);
    waitUntilDrawn();
  }

  /** Waits until the view of the current hash route is drawn (the page marks it on {@code body[data-ready]}). */
  void waitUntilDrawn() {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js(
        "const h = location.hash.replace(/^#/, '') || '/'; return document.body.dataset.ready === h;")));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  void screenshot(String name) {
    try {
      Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
