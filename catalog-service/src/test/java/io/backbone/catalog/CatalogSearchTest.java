package io.backbone.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backbone.catalog.domain.CatalogSnapshot;
import io.backbone.catalog.domain.Library;
import io.backbone.catalog.domain.SearchCriteria;
import io.backbone.catalog.domain.Vocabulary.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Search over the shipped library as people type it: the exercise that must come first, and what must be found at all. */
class CatalogSearchTest {

    static CatalogSnapshot library;

    @BeforeAll
    static void loadTheShippedLibrary() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = CatalogSearchTest.class.getClassLoader().getResourceAsStream("library/exercises.json")) {
            Library shipped = json.readValue(in, Library.class);
            library = CatalogSnapshot.of(shipped.exercises().stream().map(e -> new CatalogSnapshot.Entry(e.withEmptyListsForNull(), null, 1)).toList());
        }
    }

    static SearchCriteria text(String q) {
        return new SearchCriteria(q, null, null, null, 1, 5, null, false, false, null, 0, 100);
    }

    static List<String> ids(SearchCriteria criteria) {
        return library.search(criteria).items().stream().map(e -> e.exercise().id).toList();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource(delimiter = '|', textBlock = """
            standing hip flexor      | standing-hip-flexor-stretch
            hip flexor standing      | standing-hip-flexor-stretch
            Standing Hip-Flexor      | standing-hip-flexor-stretch
            curtsey lunge            | curtsy-lunge
            curtsy lunges            | curtsy-lunge
            90 90                    | hip-90-90
            90/90                    | hip-90-90
            90:90                    | hip-90-90
            glute bridge             | glute-bridge
            hip bridge               | glute-bridge
            pelvic lift              | glute-bridge
            bird dog                 | bird-dog
            bird dog squares         | bird-dog-squares
            cat camel                | cat-camel
            standing pallof          | standing-pallof-press
            split stance pallof      | split-stance-pallof-press
            single leg RDL           | single-leg-rdl
            open book                | open-book
            kettlebel deadlift       | kettlebell-deadlift
            suitcase carries         | suitcase-carry
            """)
    void theExerciseMeantComesFirst(String query, String first) {
        assertThat(ids(text(query))).as(query).first().isEqualTo(first);
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hip flexer               | standing-hip-flexor-stretch
            stretches                | standing-hip-flexor-stretch
            hip flexor               | half-kneeling-hip-flexor-stretch
            psoas                    | kneeling-hip-flexor-stretch-pillow
            squeeze                  | glute-bridge
            thoracic rotations       | open-book
            """)
    void theExerciseMeantIsFound(String query, String found) {
        assertThat(ids(text(query))).as(query).contains(found);
    }

    @Test
    void wordsThatMatchNothingTogetherFindNothingAndStopWordsAloneFindNothing() {
        assertThat(ids(text("bird bridge xylophone"))).isEmpty();
        assertThat(ids(text("the of and"))).isEmpty();
    }

    @Test
    void everyFilterStillAppliesToTextAndAnExplicitSortWinsOverRelevance() {
        SearchCriteria thoracic = new SearchCriteria("rotation", Region.THORACIC_MOBILITY, null, null, 1, 5, null,
                false, false, null, 0, 100);
        List<CatalogSnapshot.Entry> hits = library.search(thoracic).items();
        assertThat(hits).isNotEmpty().allMatch(e -> e.exercise().regions.contains(Region.THORACIC_MOBILITY));
        assertThat(ids(new SearchCriteria("rotation", null, null, null, 1, 1, null, false, false, null, 0, 100)))
                .allMatch(id -> library.get(id).orElseThrow().exercise().difficulty == 1);

        List<String> byName = library.search(new SearchCriteria("hip", null, null, null, 1, 5, null, false, false,
                SearchCriteria.Sort.NAME, 0, 100)).items().stream().map(e -> e.exercise().name.toLowerCase()).toList();
        assertThat(byName).isSorted();
    }

    @Test
    void rankedResultsPageStablyWithTheSameTotalOnEveryPage() {
        SearchCriteria all = new SearchCriteria("hip", null, null, null, 1, 5, null, false, false, null, 0, 100);
        CatalogSnapshot.Result whole = library.search(all);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page * 4 < whole.total(); page++) {
            CatalogSnapshot.Result one = library.search(new SearchCriteria("hip", null, null, null, 1, 5, null, false, false,
                    null, page, 4));
            assertThat(one.total()).isEqualTo(whole.total());
            one.items().forEach(e -> paged.add(e.exercise().id));
        }
        assertThat(paged).isEqualTo(whole.items().stream().map(e -> e.exercise().id).toList());
    }
}
