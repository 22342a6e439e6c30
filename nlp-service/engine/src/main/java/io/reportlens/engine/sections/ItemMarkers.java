package io.reportlens.engine.sections;

import java.util.regex.Pattern;

/** The marker a list's first item opens with: a lead is followed by 一是, 一要, (一), 1、, ①, 第一, never by 二是. */
public final class ItemMarkers {

    private static final Pattern FIRST_ITEM_MARKER = Pattern.compile("^(?:一是|一要(?![求素点])|[(（](?:一|1)[)）]|1[、.．](?!\\d)|①|第一[,，、])");

    private ItemMarkers() {
    }

    /** Whether {@code s} opens with the marker of a list's first item. */
    public static boolean isFirstItem(String s) {
        // every first marker opens with one of these: most sentences are turned away without a matcher
        return !s.isEmpty() && "一(（1①第".indexOf(s.charAt(0)) >= 0 && FIRST_ITEM_MARKER.matcher(s).lookingAt();
    }
}
