package io.backbone.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "backbone.catalog")
public interface CatalogConfig {

    /** The classpath resource holding the shipped library. */
    @WithDefault("library/exercises.json")
    String libraryResource();

    /** Largest page a search may ask for; more is a 400. */
    @WithDefault("100")
    int maxPageSize();

    @WithDefault("20")
    int defaultPageSize();
}
