package io.backbone.program.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One page of catalog-service's exercise list, with only the fields programmes are built from. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogPage(List<Item> items, int page, int size, long total) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String id, String name, String summary, String category, List<String> regions,
                       List<String> equipment, String position, int difficulty, Dose dosage, List<String> flags,
                       List<String> tags, String regression, String progression, List<String> alternatives,
                       String gym, long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dose(int sets, Integer reps, Integer holdSeconds, boolean perSide, int restSeconds, int sessionsPerWeek) {
    }
}
