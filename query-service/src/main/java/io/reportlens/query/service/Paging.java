package io.reportlens.query.service;

/** page (from 1) and size (1 … max). */
public record Paging(int page, int size) {

    public int skip() {
        return (page - 1) * size;
    }
}
