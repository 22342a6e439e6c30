package io.reportlens.query.service;

import io.reportlens.query.model.Page;

import java.util.List;
import java.util.function.Function;

/** page (from 1) and size (1 … max). */
public record Paging(int page, int size) {

    public int skip() {
        return (page - 1) * size;
    }

    /** This page of a list already in memory (the list's size is the total); only the page's items are mapped. */
    public <T, R> Page<R> of(List<T> all, Function<T, R> map) {
        int from = Math.min(all.size(), skip());
        int to = Math.min(all.size(), from + size);
        return new Page<>(all.subList(from, to).stream().map(map).toList(), all.size(), page, size);
    }
}
