package io.reportlens.e2e;

import io.reportlens.infra.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyst's page on the whole stack (deploy/run), in the system's headless Chromium: a gold report
 * dropped on the upload view and followed to "queryable", found by search, a highlighted figure opened,
 * the series chart, the comparison of regions, the due promises with the figure that settled them, and
 * a CSV export. Screenshots of every view go to target/screenshots. Own ports (182xx) and data folder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageEndToEndTest {

    private static final Stack.Ports PORTS = Stack.Ports.beside(30, new Stack.Ports(18281, 18282, 18283, 18284, 18285, 18286));
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final String PAGE = "http://127.0.0.1:" + PORTS.query() + "/";
    private static final Duration QUERYABLE_WITHIN = Duration.ofSeconds(90);

    private static Stack stack;
    private static Browser browser;
    private static String hengshuiId;

    @BeforeAll
    static void start() throws Exception {
        String missing = Browser.missing();
        if (missing != null) {
            System.out.println(missing);
        }
        Assumptions.assumeTrue(missing == null, missing);
        for (int port : PORTS.all()) {
            assertThat(Stack.listening(port)).as("port %d must be free for the page's end-to-end test", port).isFalse();
        }
        stack = new Stack(Files.createTempDirectory("reportlens-page-e2e-"), PORTS);
        stack.start();
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    @Order(1)
    void aDroppedReportIsFollowedUntilItIsQueryable() throws Exception {
        browser.open(PAGE + "#/upload");
        browser.find("#dropzone");
        drop(fixture("hengshui-2023-summary.txt"), "text/plain");
        // The keyboard way in: the file chooser, with a report in traditional script.
        browser.driver().findElement(By.id("file-input")).sendKeys(fixture("shaoguan-2022-summary-traditional.txt").toString());

        WebElement hengshui = awaitQueryable("hengshui-2023-summary.txt");
        assertThat(hengshui.getText()).contains("可查询").contains("衡水市卫生健康委员会2023年工作总结及2024年工作计划");
        assertThat(hengshui.findElements(By.cssSelector("ol.steps li.done"))).hasSize(5);
        hengshuiId = hengshui.findElement(By.cssSelector(".state a")).getAttribute("href").replaceAll(".*#/report/", "");
        assertThat(awaitQueryable("shaoguan-2022-summary-traditional.txt").getText()).contains("韶关市");
        browser.screenshot(SHOTS, "upload");

        // Two more reports for the views that need several years and regions, posted as a crawler would
        // (hengshui-2024 and xingtai-2023 were written for this test in the style of the gold reports).
        upload(fixture("hengshui-2024-summary.txt"));
        upload(fixture("xingtai-2023-summary.txt"));
    }

    @Test
    @Order(2)
    void theReportIsFoundBySearchAndItsFiguresAreHighlightedInPlace() throws Exception {
        // Search is eventually consistent (indexed about a second after the report is stored): ask again until found.
        showUntil("search?type=report&q=县域内就诊率&regionCode=130000&year=2023",
                () -> rows().stream().anyMatch(r -> r.contains("衡水市卫生健康委员会2023年工作总结及2024年工作计划")));
        browser.screenshot(SHOTS, "search");
        browser.find(".results tbody a").click();
        browser.find("article.report-text");
        assertThat(browser.driver().findElements(By.cssSelector("article mark.hl.metric")).size()).isGreaterThanOrEqualTo(10);

        WebElement figure = browser.driver().findElements(By.cssSelector("article mark.hl.metric")).stream()
                .filter(m -> m.getText().equals("县域内就诊率达到90.3%")).findFirst().orElseThrow();
        figure.click();
        browser.await(d -> field("f-indicator").equals("县域内就诊率"));
        assertThat(field("f-indicatorId")).isEqualTo("county-visit-rate");
        assertThat(field("f-value")).isEqualTo("90.3");
        assertThat(field("f-unit")).isEqualTo("%");
        assertThat(field("f-kind")).isEqualTo("实际值");
        assertThat(field("f-year")).isEqualTo("2023");
        assertThat(browser.find("#details .section-path").getText()).contains("一、2023年工作开展情况");
        assertThat(browser.fontsUsedBy("#view-title")).anyMatch(f -> f.contains("CJK"));
        browser.screenshot(SHOTS, "report");
    }

    @Test
    @Order(3)
    void theSeriesChartShowsActualsAndTargetsWithTheirDeadlines() throws Exception {
        showUntil("series?indicatorId=county-visit-rate&regionCode=131100",
                () -> browser.driver().findElements(By.cssSelector("g.point.actual")).size() == 2);
        assertThat(browser.driver().findElements(By.cssSelector("g.point.target"))).hasSize(2);
        assertThat(browser.driver().findElements(By.cssSelector("g.deadline text")).stream().map(WebElement::getText))
                .contains("期限 2024-12-31", "期限 2025-12-31");
        browser.find("g.point.actual[data-year='2024']").click();
        browser.await(d -> browser.find("section.evidence").getText().contains("县域内就诊率达到92.6%"));
        browser.screenshot(SHOTS, "series");
    }

    @Test
    @Order(4)
    void theRegionsOfAProvinceAreCompared() throws Exception {
        showUntil("compare?indicatorId=county-visit-rate&year=2023&province=130000",
                () -> browser.driver().findElements(By.cssSelector("ol.bars .bar-row")).size() == 2);
        assertThat(browser.driver().findElements(By.cssSelector("ol.bars .bar-row")).stream().map(e -> e.getText().replace('\n', ' ')))
                .containsExactly("1 衡水市 90.3%", "2 邢台市 88.4%");
        browser.find(".bar-row[data-region='130500']").click();
        browser.await(d -> browser.find("section.evidence").getText().contains("县域内就诊率达到88.4%"));
        browser.screenshot(SHOTS, "compare");
    }

    @Test
    @Order(5)
    void duePromisesListTheirStatusAndExportAsCsv() throws Exception {
        browser.open(PAGE + "#/due?dueAfter=2024-01-01&dueBefore=2025-12-31&regionCode=131100");
        List<String> rows = rows();
        assertThat(rows).anyMatch(r -> r.contains("力争县域内就诊率达到92%以上") && r.contains("已达成"))
                .anyMatch(r -> r.contains("2025年县域内就诊率稳定在92%以上") && r.contains("无后续数据"));
        browser.screenshot(SHOTS, "due");

        browser.find("button.export").click();
        List<String> lines = Files.readAllLines(browser.awaitDownload("reportlens-due-"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF期限,地区,承诺,目标,力度,落实状态,依据（后续数据）");
        assertThat(lines).hasSize(rows.size() + 1);
        assertThat(String.join("\n", lines)).contains("河北省 › 衡水市").contains("已达成").contains("无后续数据");
    }

    @Test
    @Order(6)
    void theReportReadsOnAPhoneWidthScreen() throws Exception {
        browser.resize(390, 844);
        browser.open(PAGE + "#/report/" + hengshuiId);
        browser.find("article.report-text");
        Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        browser.screenshot(SHOTS, "phone-report");
    }

    /**
     * Opens the view and reloads it until the condition holds: what was just uploaded reaches the views
     * within seconds (search about a second after the rest), and a view shows what it found when opened.
     */
    private static void showUntil(String view, java.util.function.BooleanSupplier shown) {
        browser.open(PAGE + "#/" + view);
        long deadline = System.nanoTime() + QUERYABLE_WITHIN.toNanos();
        while (true) {
            browser.await(d -> d.findElements(By.cssSelector(".results-area[aria-busy], .loading")).isEmpty());
            if (shown.getAsBoolean()) {
                return;
            }
            assertThat(System.nanoTime()).as("%s did not show what was uploaded within %s", view, QUERYABLE_WITHIN).isLessThan(deadline);
            browser.driver().navigate().refresh();
        }
    }

    /** Drops the file on the upload view as a user dragging it from their desktop does (a real drop event). */
    private static void drop(Path file, String type) throws IOException {
        browser.script("""
                const [name, data, type] = arguments;
                const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
                const transfer = new DataTransfer();
                transfer.items.add(new File([bytes], name, {type}));
                const zone = document.getElementById('dropzone');
                for (const event of ['dragenter', 'dragover', 'drop']) {
                  zone.dispatchEvent(new DragEvent(event, {dataTransfer: transfer, bubbles: true, cancelable: true}));
                }""", file.getFileName().toString(), Base64.getEncoder().encodeToString(Files.readAllBytes(file)), type);
    }

    private static WebElement awaitQueryable(String fileName) {
        return browser.await(QUERYABLE_WITHIN, d -> d.findElements(By.cssSelector("li.upload[data-file='" + fileName + "']")).stream()
                .filter(li -> "queryable".equals(li.getAttribute("data-state"))).findFirst().orElse(null));
    }

    private static void upload(Path file) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + PORTS.ingest() + "/api/reports"))
                .header("Content-Type", "text/plain; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    private static Path fixture(String name) {
        return stack.root.resolve("deploy/e2e/fixtures").resolve(name).toAbsolutePath();
    }

    private static List<String> rows() {
        browser.await(d -> Boolean.TRUE.equals(browser.script("return document.getElementById('main').dataset.hash === location.hash"))
                && d.findElements(By.cssSelector(".results-area[aria-busy], .loading")).isEmpty());
        return browser.driver().findElements(By.cssSelector(".results tbody tr")).stream().map(WebElement::getText).toList();
    }

    private static String field(String cls) {
        return browser.find("#details dd." + cls).getText().strip();
    }
}
