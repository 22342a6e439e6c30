package io.reportlens.engine.read;

import io.reportlens.engine.normalize.Chars;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.Set;

/**
 * The article of an HTML page as lines of text. Scripts, styles, navigation, headers, footers,
 * sidebars and forms go; the article is the element whose own paragraphs hold the most Chinese
 * text, and a page heading outside it is kept as its first line. A data table keeps its structure:
 * one line per row, its cells separated by {@code |} ({@link HtmlTables}).
 */
final class HtmlText {

    record Article(String text, String title) {
    }

    private static final String NOT_CONTENT = "script, style, noscript, template, iframe, nav, header, footer, aside, form, "
            + "select, button, input, [role=navigation], [role=banner], [role=contentinfo]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "tr", "table", "section", "article", "blockquote", "pre", "dd", "dt", "hr", "center");
    private static final Set<String> PARAGRAPHS = Set.of("p", "span", "font", "strong", "b", "br", "h1", "h2", "h3", "h4", "center", "section");
    private static final double MIN_ARTICLE_SHARE = 0.2;

    private HtmlText() {
    }

    static Article extract(String html) {
        Document page = Jsoup.parse(html);
        page.select(NOT_CONTENT).remove();
        Element body = page.body();
        Element article = article(body);
        StringBuilder text = new StringBuilder();
        Element heading = body.selectFirst("h1, h2");
        if (heading != null && article != body && !isInside(heading, article)) {
            text.append(heading.text()).append('\n');
        }
        text.append(lines(article));
        String title = page.title().isBlank() ? null : page.title().strip();
        return new Article(text.toString(), title);
    }

    /**
     * The element whose own paragraphs (its text and its p, span and font children) hold the most
     * Chinese text: a portal's article container. Link lists and sidebars hold their text in deeper
     * items (li, a), so they lose. The body when no element holds a fair share of the page's text.
     */
    private static Element article(Element body) {
        int total = hanCount(body.text());
        Element best = body;
        int bestScore = 0;
        for (Element e : body.getAllElements()) {
            int score = ownParagraphsHan(e);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return bestScore >= total * MIN_ARTICLE_SHARE ? best : body;
    }

    private static int ownParagraphsHan(Element e) {
        int n = hanCount(e.ownText());
        for (Element child : e.children()) {
            if (PARAGRAPHS.contains(child.normalName()) || isLeafDiv(child)) {
                n += hanCount(child.text());
            }
        }
        return n;
    }

    /** A div used as a paragraph: it holds text but no blocks of its own. */
    private static boolean isLeafDiv(Element e) {
        return e.normalName().equals("div") && e.select("div, p, ul, ol, table, li").size() == 1;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String lines(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e && e.normalName().equals("table") && HtmlTables.isDataTable(e)) {
                    out.append('\n').append(HtmlTables.pipeRows(e));
                    return FilterResult.SKIP_ENTIRELY;
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return out.toString();
    }

    private static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Chars.isHan(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
