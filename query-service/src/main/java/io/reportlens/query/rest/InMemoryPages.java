package io.reportlens.query.rest;

import io.reportlens.query.model.Page;
import io.reportlens.query.service.Paging;

import java.util.List;

/** Pages a list that is already in memory. */
final class InMemoryPages {

    private InMemoryPages() {
    }

    static <T> Page<T> of(List<T> all, Paging paging) {
        int from = Math.min(all.size(), paging.skip());
        int to = Math.min(all.size(), from + paging.size());
        return new Page<>(all.subList(from, to), all.size(), paging.page(), paging.size());
    }
}
