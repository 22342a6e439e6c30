package io.reportlens.infra.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The system's headless Chromium (Debian's {@code chromium}) driven through its {@code chromedriver}
 * (Debian's {@code chromium-driver}) by Selenium — never a browser or driver downloaded at test time.
 * Browser tests call {@link #missing()} first and skip, in one line, on a machine without them.
 */
public final class Browser implements AutoCloseable {

    /** Where Debian puts them; REPORTLENS_CHROMIUM / REPORTLENS_CHROMEDRIVER point elsewhere. */
    public static final Path CHROMIUM = Path.of(env("REPORTLENS_CHROMIUM", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(env("REPORTLENS_CHROMEDRIVER", "/usr/bin/chromedriver"));
    public static final String INSTALL = "apt-get install chromium chromium-driver fonts-noto-cjk";

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private Browser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** Null when the browser and its driver are here; otherwise the one line that says what is missing. */
    public static String missing() {
        List<String> absent = java.util.stream.Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p))
                .map(Path::toString).toList();
        return absent.isEmpty() ? null
                : "browser tests skipped: no " + String.join(" and no ", absent) + " on this machine (Debian: " + INSTALL + ")";
    }

    /** A fresh headless browser (own profile, own download folder) with a window of this size. */
    public static Browser start(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("reportlens-chromium-");
        Path downloads = Files.createTempDirectory("reportlens-downloads-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // The flags a closed network needs: no background connections, no component or sync downloads.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("intl.accept_languages", "zh-CN,zh");
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile, downloads);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Waits (10 s at most) until the condition holds, and returns its value. */
    public <T> T await(Function<WebDriver, T> condition) {
        return await(Duration.ofSeconds(10), condition);
    }

    public <T> T await(Duration within, Function<WebDriver, T> condition) {
        // A view re-renders while it loads: an element found a moment ago may be gone; look again.
        return new WebDriverWait(driver, within).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** The first visible element matching the CSS selector, once there is one. */
    public WebElement find(String css) {
        return await(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** A PNG of the whole page (beyond the window's height), written to dir/name.png. */
    public Path screenshot(Path dir, String name) throws IOException {
        Number width = (Number) script("return document.documentElement.clientWidth");
        Number height = (Number) script("return Math.max(document.documentElement.scrollHeight, window.innerHeight)");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    /** A PNG of one element as the user sees it. */
    public byte[] screenshot(WebElement element) {
        return element.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    }

    /** The fonts Chromium actually drew this element's text with (DevTools' platform fonts), e.g. "Noto Sans CJK SC". */
    @SuppressWarnings("unchecked")
    public List<String> fontsUsedBy(String css) {
        driver.executeCdpCommand("DOM.enable", Map.of());
        driver.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> root = (Map<String, Object>) driver.executeCdpCommand("DOM.getDocument", Map.of()).get("root");
        Object nodeId = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root.get("nodeId"), "selector", css)).get("nodeId");
        List<Map<String, Object>> fonts = (List<Map<String, Object>>) driver.executeCdpCommand("CSS.getPlatformFontsForNode",
                Map.of("nodeId", nodeId)).get("fonts");
        return fonts.stream().map(f -> (String) f.get("familyName")).toList();
    }

    /** The file the browser downloaded whose name starts with the prefix, once it is complete. */
    public Path awaitDownload(String prefix) {
        return await(d -> {
            try (var files = Files.list(downloads)) {
                List<Path> named = files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
                // Chromium may create the final name before it has written to it, or while a .crdownload is still open
                if (named.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                return named.stream().filter(f -> sizeOf(f) > 0).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the OS cleans it eventually
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
