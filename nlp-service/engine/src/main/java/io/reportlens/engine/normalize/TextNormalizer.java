package io.reportlens.engine.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Spec §1: raw text → Simplified text without reading aids, spam, portal chrome and mojibake,
 * one paragraph per line. Thread-safe.
 */
public final class TextNormalizer {

    private static final Pattern DATE = Pattern.compile("\\d{4}(?:年\\d{1,2}月|-\\d{1,2}-)");
    /** A line holding only a date (and time): a page's posting date, kept for the metadata. */
    private static final Pattern DATE_LINE = Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?: \\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final int MAX_FOOTER_DEBRIS = 12;
    /** A figure alone on its line, as a table cell holds it: 14.18, ≥22, <7, 95%, 3.5‰. */
    private static final Pattern FIGURE = Pattern.compile("[<>≤≥~±+]?\\d{1,6}(?:\\.\\d+)?[%‰]?");
    private static final int MAX_SHORT_CELL = 30;
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** A table's first header cell before its years (项目, 指标名称). */
    private static final int MAX_HEADER_WORD = 6;

    private enum Kind { CONTENT, CHROME }

    private record Line(String text, Kind kind) {
    }

    public NormalizedText normalize(String raw) {
        // mojibake goes before the script is judged and converted: garbage holds Traditional-looking characters
        String readable = withoutMojibake(CharFolding.foldSlashes(raw));
        boolean traditional = ScriptConverter.isTraditional(readable);
        String simplified = PinyinAnnotations.withoutSpelling(traditional ? ScriptConverter.toSimplified(readable) : readable);
        String[] cleaned = EMPTY_IMAGE.matcher(simplified).replaceAll("\n").split("\n", -1);
        for (int i = 0; i < cleaned.length; i++) {
            cleaned[i] = clean(cleaned[i]);
            if (i > 0) cleaned[i] = withoutHeadlineRepeated(cleaned[i - 1], cleaned[i]);
        }
        List<Line> lines = new ArrayList<>();
        Line previous = null;
        for (int i = 0; i < cleaned.length; i++) {
            Line line = classify(cleaned, i, previous);
            if (line != null) {
                lines.add(line);
                previous = line;
            }
        }
        dropMenuRuns(lines);
        dropFooterDebris(lines);
        dropOtherItems(lines);
        List<String> content = new ArrayList<>(lines.size());
        for (Line line : lines) {
            if (line.kind() == Kind.CONTENT) {
                content.add(FullStops.fold(line.text()));
            }
        }
        String text = String.join("\n", InlineHeadings.split(LineJoiner.join(RepeatedPassages.drop(content))));
        return new NormalizedText(text, traditional ? "traditional" : "simplified");
    }

    /** The text with every line cleared of mojibake, its lines joined by plain line feeds. */
    private static String withoutMojibake(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int start = 0;
        while (start <= raw.length()) {
            int end = lineEnd(raw, start);
            if (start > 0) {
                out.append('\n');
            }
            out.append(MojibakeFilter.clean(raw.substring(start, end)));
            start = end < raw.length() && raw.charAt(end) == '\r' && end + 1 < raw.length() && raw.charAt(end + 1) == '\n'
                    ? end + 2 : end + 1;
        }
        return out.toString();
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\f' || c == '\u000B' || c == '\u0085') {
                return i;
            }
        }
        return text.length();
    }

    private static String clean(String rawLine) {
        String line = HtmlEntities.decode(CharFolding.fold(ColumnSeparators.asPipeRow(rawLine)));
        line = PinyinAnnotations.remove(line);
        line = SpamFilter.removeInserts(SpamFilter.removeInline(line));
        line = PortalChrome.removeInline(line);
        return withoutLeadingLostBytes(CharFolding.tidySpaces(line));
    }

    /** ??经市政府同意: question marks opening a line are characters lost in decoding (a line never starts with one). */
    private static String withoutLeadingLostBytes(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == '?') {
            i++;
        }
        return i == 0 ? line : line.substring(i).strip();
    }

    /**
     * Null for a line with nothing worth keeping or marking: blank, or only digits or symbols, unless
     * it is a date on its own or a table cell ({@code 78.09 |}, or a lone {@code |} for an empty cell
     * among other cells, or a bare figure among short lines: a table flattened to one cell per line).
     */
    private static Line classify(String[] lines, int i, Line previous) {
        String line = lines[i];
        if (!hasWordCharacter(line) && !isTableCell(line, previous)) {
            boolean kept = DATE_LINE.matcher(line).matches() || isFigureAmongCells(line, previous, lines, i);
            return kept ? new Line(line, Kind.CONTENT) : null;
        }
        if (PortalChrome.isRecordLine(line)) {
            String fields = PortalChrome.stripCounters(line);
            return fields.isEmpty() ? null : new Line(fields, Kind.CONTENT);
        }
        String named = PortalChrome.titleNamedBySite(line);
        if (named != null) {
            return new Line(named, Kind.CONTENT);
        }
        if (SpamFilter.isAdvertisingLine(line) || PortalChrome.isChromeLine(line)) {
            return new Line(line, Kind.CHROME);
        }
        return new Line(line, Kind.CONTENT);
    }

    /** An image a page converted to markdown lost (![]()): where it stood, one block ends and the next begins. */
    private static final Pattern EMPTY_IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,40}\\]\\([^)\\n]{0,200}\\)");
    private static final int MIN_HEADLINE_REPEAT = 8;
    /** How a news item's lead opens: its day, or the words of its source (近日, 本报讯, 记者). */
    private static final Pattern LEAD_OPENING = Pattern.compile("\\d{1,4}[年月日]|近日|日前|本报|记者|[(（]记者");

    /**
     * 某委召开…务虚会 / 某委召开…务虚会7月8日,某委召开…: a headline printed again right before the lead it heads, run
     * into it; the lead stays.
     */
    private static String withoutHeadlineRepeated(String previous, String line) {
        String headline = previous.strip();
        String rest = line.strip();
        if (headline.length() < MIN_HEADLINE_REPEAT || headline.indexOf('。') >= 0 || rest.length() <= headline.length()
                || !rest.startsWith(headline)) {
            return line;
        }
        String lead = rest.substring(headline.length()).strip();
        return LEAD_OPENING.matcher(lead).lookingAt() ? lead : line;
    }

    /** A menu's item on a line of its own: a bullet and a short name (• 网站首页, • 政策法规). */
    private static final Pattern MENU_ITEM = Pattern.compile("^[•·●◆■▪]\\s?[\\p{IsHan}0-9A-Za-z]{1,8}$");
    private static final int MIN_MENU_RUN = 4;

    /**
     * A site's menu laid out one item a line (• 网站首页 / • 相关机构 / • 政策法规 …) above the text: a run of bullet
     * lines with short names before the first sentence. (A report's own bullets hold sentences, or follow one.)
     */
    private static void dropMenuRuns(List<Line> lines) {
        int runStart = -1;
        for (int i = 0; i <= lines.size(); i++) {
            String text = i < lines.size() ? lines.get(i).text().strip() : "";
            if (i < lines.size() && MENU_ITEM.matcher(text).matches()) {
                if (runStart < 0) runStart = i;
                continue;
            }
            if (runStart >= 0 && i - runStart >= MIN_MENU_RUN) {
                for (int k = runStart; k < i; k++) lines.set(k, new Line(lines.get(k).text(), Kind.CHROME));
            }
            runStart = -1;
            if (text.indexOf('。') >= 0) return;
        }
    }

    /**
     * A portal's footer mixes buttons with short captions (an app's name, the site's name). Once a
     * chrome line is followed only by chrome and such short captions up to the end, all of it goes;
     * a date or a signing organization ends the search, since a report closes with those.
     */
    private static void dropFooterDebris(List<Line> lines) {
        int footerStart = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line line = lines.get(i);
            if (line.kind() == Kind.CHROME) {
                footerStart = i;
            } else if (!isCaption(line.text())) {
                break;
            }
        }
        if (footerStart < 0) {
            return;
        }
        for (int i = footerStart; i < lines.size(); i++) {
            lines.set(i, new Line(lines.get(i).text(), Kind.CHROME));
        }
    }

    /** The portal's list of other items after the article, from its heading to the end (see {@link OtherItems}). */
    private static void dropOtherItems(List<Line> lines) {
        int start = OtherItems.start(lines.stream().map(Line::text).toList());
        if (start >= 0) {
            lines.subList(start, lines.size()).clear();
        }
    }

    private static boolean isCaption(String line) {
        return line.length() <= MAX_FOOTER_DEBRIS && line.indexOf('。') < 0 && !DATE.matcher(line).find()
                && !line.endsWith("委") && !line.endsWith("局") && !line.endsWith("委员会");
    }

    /**
     * A figure alone on its line ({@code 14.18}, {@code ≥22}, a row number) between two lines no
     * longer than a cell that end no sentence, the first of them short and without a comma, or next to
     * a table's note (说明:…): a cell of a table flattened to one cell per line. A page number or
     * a footer's year stands among lines of prose, which run longer, hold commas or end a sentence, and
     * a page's counter beside its buttons (0 / 分享至).
     */
    private static boolean isFigureAmongCells(String line, Line previous, String[] lines, int i) {
        if (previous == null || !FIGURE.matcher(line).matches()) {
            return false;
        }
        String next = nextFilled(lines, i);
        if (next == null) {
            return FIGURE.matcher(previous.text()).matches(); // the table's last cell, the text's last line
        }
        if (PortalChrome.isChromeLine(next)) {
            return false;
        }
        if (YEAR.matcher(line).matches()) {
            // 项目 / 2013 / 2014 …: the years a table's header runs over, one cell a line
            return YEAR.matcher(previous.text()).matches()
                    || YEAR.matcher(next).matches() && previous.text().length() <= MAX_HEADER_WORD && !Chars.hasDigit(previous.text());
        }
        if (FlattenedCells.isNote(next)) {
            return true; // a row's last cell, its note below it
        }
        if (!FlattenedCells.isCell(next)) {
            return false;
        }
        String before = previous.text();
        if (FlattenedCells.isNote(before)) {
            return true; // a row's number, the note of the row above before it
        }
        boolean shortCell = before.length() <= MAX_SHORT_CELL && before.indexOf(',') < 0 && !before.endsWith("。");
        return shortCell && !next.endsWith("。"); // a bare year was decided above
    }

    /** The next line of the text that holds something, or null. */
    private static String nextFilled(String[] lines, int i) {
        for (int k = i + 1; k < lines.length; k++) {
            if (!lines[k].isEmpty()) {
                return lines[k];
            }
        }
        return null;
    }

    private static boolean isTableCell(String line, Line previous) {
        if (line.indexOf('|') < 0) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != '|' && line.charAt(i) != ' ') {
                return true;
            }
        }
        return previous != null && previous.text().indexOf('|') >= 0;
    }

    private static boolean hasWordCharacter(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Chars.isHan(c) || Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }
}
