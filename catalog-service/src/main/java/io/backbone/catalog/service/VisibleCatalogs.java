package io.backbone.catalog.service;

import io.backbone.catalog.domain.CatalogSnapshot;
import io.backbone.catalog.repository.ExerciseDocument;
import io.backbone.catalog.repository.ExerciseRepository;
import io.quarkus.cache.CacheInvalidate;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * Each gym's visible catalog, in memory: built from the database on first use and again after
 * every change to it, whichever replica made the change (each replica hears every exercise-changed
 * event, in a consumer group of its own). A bounded cache (quarkus.cache.caffeine."visible-catalogs")
 * keeps memory flat with many gyms.
 */
@ApplicationScoped
public class VisibleCatalogs {

    /** The cache key of the library alone, seen by a caller without a gym. */
    static final String LIBRARY_ONLY = "";

    @Inject
    ExerciseRepository repository;

    @CacheResult(cacheName = "visible-catalogs")
    public CatalogSnapshot of(String gymOrEmpty) {
        List<CatalogSnapshot.Entry> visible = new ArrayList<>();
        repository.globalLibrary().forEach(d -> visible.add(entry(d)));
        if (!gymOrEmpty.isEmpty()) {
            repository.ownedBy(gymOrEmpty).forEach(d -> visible.add(entry(d)));
        }
        return CatalogSnapshot.of(visible);
    }

    /** A gym's exercises changed: its snapshot is built again on next use. */
    @CacheInvalidate(cacheName = "visible-catalogs")
    public void changed(String gymOrEmpty) {
    }

    /** The library changed: every gym sees it. */
    @CacheInvalidateAll(cacheName = "visible-catalogs")
    public void libraryChanged() {
    }

    public static String key(String gym) {
        return gym == null ? LIBRARY_ONLY : gym;
    }

    private static CatalogSnapshot.Entry entry(ExerciseDocument doc) {
        return new CatalogSnapshot.Entry(doc.exercise, doc.gym, doc.version);
    }
}
