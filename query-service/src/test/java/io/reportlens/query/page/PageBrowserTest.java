package io.reportlens.query.page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.infra.testing.Browser;
import io.reportlens.query.support.Fixtures;
import io.reportlens.query.support.Pipeline;
import io.reportlens.query.support.ReportFixture;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page in a real headless Chromium against this service and its store, on the project's fixtures:
 * search with filters, a report's highlights and fields, the series chart, the comparison with the
 * province's own figure, the due promises, CSV export, keyboard use, labels, phone width and CJK text.
 * Screenshots of every view go to target/screenshots. Skipped, in one line, where no browser is installed.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageBrowserTest {

    static final Path SHOTS = Path.of("target/screenshots");
    static final String HYPERTENSION = "hypertension_managed_rate";
    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() throws IOException {
        String missing = Browser.missing();
        if (missing != null) {
            System.out.println(missing);
        }
        Assumptions.assumeTrue(missing == null, missing);
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void load() {
        Pipeline.loadBase();
        loadYunnan();
        browser.resize(1280, 900);
    }

    @Test
    @Order(1)
    void thePageIsServedAtTheRootWithItsOwnAssetsOnly() {
        // The entry is revalidated on every visit (a new build names new assets); the hashed assets are cached.
        String html = RestAssured.get("/").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .header("Cache-Control", "no-cache").extract().asString();
        assertThat(html).contains("<html lang=\"zh-CN\">").doesNotContain("http://").doesNotContain("https://");
        Matcher assets = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"").matcher(html);
        int count = 0;
        while (assets.find()) {
            RestAssured.get(assets.group(1)).then().statusCode(200).header("Cache-Control", org.hamcrest.Matchers.containsString("max-age"));
            count++;
        }
        assertThat(count).as("the script and the stylesheet").isGreaterThanOrEqualTo(2);
        browser.open(root + "#/search");
        browser.find("table");
        @SuppressWarnings("unchecked")
        List<String> origins = (List<String>) browser.script(
                "return performance.getEntriesByType('resource').map(e => new URL(e.name).origin)");
        assertThat(origins).isNotEmpty().allMatch(o -> o.equals(root.getProtocol() + "://" + root.getAuthority()));
    }

    @Test
    @Order(2)
    void searchFiltersByRegionAtEveryLevelOfTheDivisionTree() throws IOException {
        browser.open(root + "#/search?type=report");
        browser.find("input[name=q]").sendKeys("签约率");
        new Select(browser.find("select[name=region0]")).selectByVisibleText("广东省");
        new Select(browser.find("select[name=region1]")).selectByVisibleText("韶关市");
        browser.find("form.search-form button[type=submit]").click();
        browser.await(d -> d.getCurrentUrl().contains("regionCode=440200"));
        assertThat(rows()).hasSize(3).anyMatch(r -> r.contains("南雄市卫生健康局2023年工作总结"))
                .anyMatch(r -> r.contains("韶关市卫生健康局2024年工作总结"));
        assertLabelled();
        shot("search");

        // One level down: the county-level city alone.
        new Select(browser.find("select[name=region2]")).selectByVisibleText("南雄市");
        browser.find("form.search-form button[type=submit]").click();
        browser.await(d -> d.getCurrentUrl().contains("regionCode=440282"));
        assertThat(rows()).hasSize(1);
        assertThat(rowTexts().get(0)).contains("南雄市卫生健康局2023年工作总结");

        // Figures by indicator and kind; promises by status.
        browser.open(root + "#/search?type=metric&indicatorId=" + Fixtures.SIGNING + "&kind=target&regionCode=440000");
        assertThat(rows()).hasSize(1).allMatch(r -> r.contains("家庭医生签约率") && r.contains("目标值") && r.contains("75"));
        browser.open(root + "#/search?type=commitment&status=not_met&regionCode=440200");
        assertThat(rows()).hasSize(1).allMatch(r -> r.contains("2.8人") && r.contains("未达成"));
    }

    @Test
    @Order(3)
    void aReportShowsEveryFigureAndPromiseInPlaceAndTheirFields() throws IOException {
        browser.open(root + "#/report/" + Fixtures.SHAOGUAN_2023);
        browser.find("article.report-text");
        assertThat(browser.driver().findElements(By.cssSelector("article mark.hl.metric"))).hasSize(8);
        assertThat(browser.driver().findElements(By.cssSelector("article mark.hl.commitment"))).hasSize(4);

        // The keyboard reaches the highlights: Tab from the top until one has focus, Enter opens it.
        browser.find("body").click();
        for (int i = 0; i < 40 && !Boolean.TRUE.equals(browser.script(
                "return document.activeElement.classList.contains('hl')")); i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.script("return document.activeElement.classList.contains('hl')")).isEqualTo(true);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.await(d -> d.findElement(By.id("details")).getText().contains("所在章节"));
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("details");

        // The 2024 target figure: its own fields, and the deadline, strength and status of the promise that names it.
        browser.find("article mark.hl.metric[data-metric='m-sg23-6']").click();
        WebElement details = browser.find("#details");
        browser.await(d -> details.getText().contains("family_doctor_contract_rate"));
        assertThat(field("f-indicator")).isEqualTo("家庭医生签约率");
        assertThat(field("f-value")).isEqualTo("75");
        assertThat(field("f-unit")).isEqualTo("%");
        assertThat(field("f-kind")).isEqualTo("目标值");
        assertThat(field("f-comparator")).startsWith(">=");
        assertThat(field("f-year")).isEqualTo("2024");
        assertThat(field("f-deadline")).contains("2024-12-31");
        assertThat(field("f-strength")).isEqualTo("一般");
        assertThat(field("f-status")).contains("已达成").contains("2024年 76.1");
        assertThat(browser.find("#details .section-path").getText()).isEqualTo("二、2024年工作计划");
        assertThat(browser.find("article mark.hl.metric[data-metric='m-sg23-6']").getAttribute("aria-current")).isEqualTo("true");

        // A promise: its target, deadline and follow-through (its figure covers most of it: reached by keyboard here).
        browser.script("arguments[0].focus()", browser.find("article mark.hl.commitment[data-commitment='c-sg23-2']"));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.await(d -> browser.find("#details-title").getText().equals("承诺"));
        assertThat(browser.find("#details dd.quote").getText()).isEqualTo("2024年底前每千常住人口执业(助理)医师达到2.8人");
        assertThat(field("f-status")).contains("未达成").contains("2024年 2.7");
        assertThat(field("f-deadline")).contains("2024年底前").contains("2024-12-31");
        assertThat(field("f-value")).contains("2.8");
        assertLabelled();
        shot("report");

        // A link with ?m= opens the report on that figure.
        browser.open(root + "#/report/" + Fixtures.SHAOGUAN_2024 + "?m=m-sg24-1");
        browser.await(d -> field("f-value").equals("76.1"));
    }

    @Test
    @Order(4)
    void theSeriesChartHasActualsAndTargetsWithTheDeadlineAndEachPointOpensItsEvidence() throws IOException {
        browser.open(root + "#/series?indicatorId=" + Fixtures.SIGNING + "&regionCode=440200");
        browser.find("figure.chart svg");
        assertThat(browser.driver().findElements(By.cssSelector("g.point.actual"))).hasSize(2);
        assertThat(browser.driver().findElements(By.cssSelector("g.point.target"))).hasSize(1);
        assertThat(browser.find("g.deadline text").getText()).isEqualTo("期限 2024-12-31");
        assertThat(browser.find("g.point.target").getAttribute("aria-label")).contains("2024年目标值 75%").contains("期限 2024-12-31");

        WebElement point2024 = browser.find("g.point.actual[data-year='2024']");
        point2024.click();
        WebElement evidence = browser.find("section.evidence");
        browser.await(d -> evidence.getText().contains("家庭医生签约率达到76.1%"));
        browser.await(d -> evidence.getText().contains("韶关市卫生健康局2024年工作总结"));
        assertThat(evidence.findElement(By.cssSelector("a")).getAttribute("href")).endsWith("#/report/" + Fixtures.SHAOGUAN_2024 + "?m=m-sg24-1");
        shot("series");

        // The point by keyboard: focus it and press Enter.
        WebElement point2023 = browser.find("g.point.actual[data-year='2023']");
        browser.script("arguments[0].focus()", point2023);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.await(d -> evidence.getText().contains("家庭医生签约率达到72.5%"));
    }

    @Test
    @Order(5)
    void theComparisonRanksTheRegionsAndMarksTheProvincesOwnFigure() throws IOException {
        browser.open(root + "#/compare");
        new Select(browser.find("select[name=indicatorId]")).selectByValue(HYPERTENSION);
        WebElement year = browser.find("input[name=year]");
        year.clear();
        year.sendKeys("2023");
        new Select(browser.find("select[name=region0]")).selectByVisibleText("云南省");
        browser.find("form.search-form button[type=submit]").click();
        browser.await(d -> d.findElements(By.cssSelector("ol.bars li")).size() == 3);
        List<String> bars = browser.driver().findElements(By.cssSelector("ol.bars .bar-row")).stream()
                .map(e -> e.getText().replace('\n', ' ')).toList();
        assertThat(bars).containsExactly("1 昆明市 66%", "2 玉溪市 64.8%", "3 曲靖市 61.2%");
        assertThat(browser.find(".own-line").getText()).isEqualTo("全省 63.5%");
        assertThat(browser.find(".bar-row[data-region='530300']").getAttribute("aria-label")).contains("低于全省");

        browser.find(".bar-row[data-region='530400']").click();
        WebElement evidence = browser.find("section.evidence");
        browser.await(d -> evidence.getText().contains("高血压患者规范管理率达到64.8%"));
        shot("compare");
    }

    @Test
    @Order(6)
    void duePromisesShowTheirStatusAndTheFigureThatSettledThemAndExportAsShown() throws IOException {
        browser.open(root + "#/due?dueAfter=2024-01-01&dueBefore=2024-12-31&regionCode=440200");
        List<String> rows = rows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("2024-12-31").contains("年内家庭医生签约率达到75%以上").contains("已达成").contains("2024年 76.1");
        assertThat(rows.get(1)).contains("每千常住人口执业(助理)医师达到2.8人").contains("未达成").contains("2024年 2.7");
        shot("due");

        browser.find("button.export").click();
        Path csv = browser.awaitDownload("reportlens-due-");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFF期限,地区,承诺,目标,力度,落实状态,依据（后续数据）");
        assertThat(lines).hasSize(1 + rows.size());
        assertThat(lines.get(1)).startsWith("2024-12-31,广东省 › 韶关市,年内家庭医生签约率达到75%以上,").contains(",已达成,2024年 76.1");
        assertThat(lines.get(2)).contains(",未达成,2024年 2.7");
    }

    @Test
    @Order(7)
    void chineseRendersWithACjkFont() {
        browser.open(root + "#/search");
        WebElement a = browser.find("nav.main a[data-view=compare]");
        WebElement b = browser.find("nav.main a[data-view=due]");
        assertThat(browser.fontsUsedBy("nav.main a[data-view=compare]")).anyMatch(f -> f.contains("CJK"));
        // Without a CJK font both four-character labels are the same four boxes.
        assertThat(pixels(browser.screenshot(a))).isNotEqualTo(pixels(browser.screenshot(b)));
    }

    @Test
    @Order(8)
    void theViewsFitAPhoneWidthScreen() throws IOException {
        browser.resize(390, 844);
        for (String view : List.of("report/" + Fixtures.SHAOGUAN_2023 + "?m=m-sg23-6", "series?indicatorId=" + Fixtures.SIGNING
                + "&regionCode=440200", "due?dueAfter=2024-01-01&dueBefore=2024-12-31&regionCode=440200")) {
            browser.open(root + "#/" + view);
            browser.find("h2");
            browser.await(d -> d.findElements(By.cssSelector(".loading")).isEmpty());
            Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow.intValue()).as("horizontal overflow of %s at 390 px", view).isLessThanOrEqualTo(0);
            shot("phone-" + view.substring(0, view.indexOf(view.contains("/") ? '/' : '?')));
        }
    }

    /** The rows of the results table once the view has loaded them. */
    private static List<String> rows() {
        browser.await(d -> Boolean.TRUE.equals(browser.script("return document.getElementById('main').dataset.hash === location.hash"))
                && d.findElements(By.cssSelector(".results-area[aria-busy], .loading")).isEmpty());
        return rowTexts();
    }

    private static List<String> rowTexts() {
        return browser.driver().findElements(By.cssSelector(".results tbody tr")).stream().map(WebElement::getText).toList();
    }

    private static String field(String cls) {
        return browser.find("#details dd." + cls).getText().strip();
    }

    /** Every form control of the view has a name a screen reader reads (a label or aria-label). */
    private static void assertLabelled() {
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) browser.script("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))"
                + ".map(e => e.name || e.outerHTML)");
        assertThat(unlabelled).isEmpty();
    }

    private static void shot(String name) throws IOException {
        browser.screenshot(SHOTS, name);
    }

    private static int[] pixels(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean yunnanLoaded;

    /** A province's own report and three of its cities' for the comparison (an indicator no other test counts). */
    private static synchronized void loadYunnan() {
        if (yunnanLoaded) {
            return;
        }
        Pipeline.send(figure("yn-2023-summary", "云南省卫生健康委员会2023年工作总结", "云南省", "530000", "province", 63.5));
        Pipeline.send(figure("km-2023-summary", "昆明市卫生健康委员会2023年工作总结", "昆明市", "530100", "city", 66.0));
        Pipeline.send(figure("qj-2023-summary", "曲靖市卫生健康委员会2023年工作总结", "曲靖市", "530300", "city", 61.2));
        Pipeline.send(figure("yx-2023-summary", "玉溪市卫生健康委员会2023年工作总结", "玉溪市", "530400", "city", 64.8));
        Pipeline.await("the Yunnan comparison", () -> RestAssured.given().queryParam("year", 2023).queryParam("province", "530000")
                .get("/api/indicators/" + HYPERTENSION + "/compare"), r -> r.statusCode() == 200 && r.jsonPath().getList("regions").size() >= 3);
        yunnanLoaded = true;
    }

    private static ReportFixture figure(String id, String title, String region, String code, String level, double value) {
        String sentence = "高血压患者规范管理率达到" + new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString() + "%";
        return new ReportFixture(id, "1.0.0", title + "\n2023年，全" + (level.equals("province") ? "省" : "市") + sentence + "。\n")
                .report(title, region, code, "云南省", level, "summary", 2023, "2024-02-01")
                .metric("m-" + id, sentence, "高血压患者规范管理率", HYPERTENSION, value, "%",
                        value + "%", "=", "actual", null, null);
    }
}
