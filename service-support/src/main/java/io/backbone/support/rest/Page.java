package io.backbone.support.rest;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every Backbone API returns lists. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The same page with every item mapped, e.g. stored documents to their views. */
    public static <T, V> Page<V> map(Page<T> page, Function<T, V> mapping) {
        return new Page<>(page.items().stream().map(mapping).toList(), page.page(), page.size(), page.total());
    }
}
