package io.reportlens.engine.sections;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The marker a list's first item opens with: a lead is followed by 一是, 一要, (一), 1、, ①, 第一, never by 二是. */
public final class ItemMarkers {

    private static final Pattern FIRST_ITEM_MARKER = Pattern.compile("^(?:一是|一要(?![求素点])|[(（](?:一|1)[)）]|1[、.．](?!\\d)|①|第一[,，、])");

    /** The marker of an item of a list: 一是, 一要, (一), 1., 1、, ①, 第一,. */
    private static final Pattern ITEM_MARKER = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,2}(?:是|要(?![求素点]))|[(（][一二三四五六七八九十\\d]{1,2}[)）]|\\d{1,2}[、.．](?!\\d)|[①②③④⑤⑥⑦⑧⑨⑩]|第[一二三四五六七八九十]{1,2}[,，、])");

    private ItemMarkers() {
    }

    /** The kind of marker {@code s} opens with (一是, (一), (1), 1., ①, 第一), or "" for none. */
    public static String kind(String s) {
        Matcher m = ITEM_MARKER.matcher(s);
        if (!m.lookingAt()) return "";
        String marker = m.group();
        char first = marker.charAt(0);
        if (first == '(' || first == '（') return Character.isDigit(marker.charAt(1)) ? "(1)" : "(一)";
        if (Character.isDigit(first)) return "1.";
        if (first == '第') return "第一";
        if (marker.endsWith("是")) return "一是";
        return "①";
    }

    /** Whether {@code s} opens with the marker of an item of a list. */
    public static boolean isItem(String s) {
        return ITEM_MARKER.matcher(s).lookingAt();
    }

    /** Whether {@code s} opens with the marker of a list's first item. */
    public static boolean isFirstItem(String s) {
        // every first marker opens with one of these: most sentences are turned away without a matcher
        return !s.isEmpty() && "一(（1①第".indexOf(s.charAt(0)) >= 0 && FIRST_ITEM_MARKER.matcher(s).lookingAt();
    }
}
