package io.backbone.support.rest;

import java.util.List;

/** One page of a list, as every Backbone API returns lists. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
