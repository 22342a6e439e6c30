package io.reportlens.engine.tables;

/**
 * One cell of a table as it stands in the normalized text: its content without the surrounding
 * spaces and separators, {@code text == normalized.substring(start, end)}. An empty cell has
 * {@code start == end}.
 */
public record Cell(int start, int end, String text) {

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
