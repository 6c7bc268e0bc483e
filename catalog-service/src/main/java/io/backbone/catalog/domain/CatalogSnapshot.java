package io.backbone.catalog.domain;

import io.backbone.catalog.domain.Vocabulary.Flag;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What one gym can see (the global library and its own exercises), held in memory and searched
 * there: a Lucene index over names, aliases, ids, cues and summaries answers {@code q}, and the filters
 * are plain predicates. Immutable: a change builds a new snapshot. The whole catalog is a few
 * hundred exercises, so every hit is scored and filtered, and the total is exact.
 *
 * <p>Text is tokenized (hyphens and slashes split words: "hip-flexor", "90/90"), lower-cased,
 * accent-folded, stripped of English stop words and Porter-stemmed ("stretches" finds "stretch").
 * Every word of the query must match somewhere; words of five letters or more also match with one
 * typo ("flexer", "curtsey"). Aliases are indexed with the name, which is how "hip bridge" meets
 * the glute bridge.
 */
public final class CatalogSnapshot {

    /** An exercise with whose it is (null: the library) and its version (the ETag). */
    public record Entry(Exercise exercise, String gym, long version) {
    }

    public record Result(List<Entry> items, long total) {
    }

    static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(words);
            stream = new ASCIIFoldingFilter(stream);
            stream = new EnglishPossessiveFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(words, stream);
        }
    };

    /** Field and weight: a word in the name counts most. */
    private static final Map<String, Float> FIELDS = Map.of("name", 4f, "aliases", 3f, "id", 2f, "cues", 1f, "summary", 0.5f);
    private static final int FUZZY_FROM_LENGTH = 5;
    private static final Comparator<Entry> BY_NAME = Comparator.comparing((Entry e) -> e.exercise().name.toLowerCase(Locale.ROOT))
            .thenComparing(e -> e.exercise().id);
    private static final Comparator<Entry> BY_DIFFICULTY = Comparator.comparing((Entry e) -> e.exercise().difficulty)
            .thenComparing(e -> e.exercise().id);

    private final List<Entry> entries;
    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Map<String, Exercise> exercises;
    private final IndexSearcher searcher;

    private CatalogSnapshot(List<Entry> entries, IndexSearcher searcher) {
        this.entries = entries;
        this.searcher = searcher;
        entries.forEach(e -> byId.put(e.exercise().id, e));
        Map<String, Exercise> all = new HashMap<>();
        byId.forEach((id, e) -> all.put(id, e.exercise()));
        this.exercises = java.util.Collections.unmodifiableMap(all); // read on every get-by-id (ladders): made once per snapshot
    }

    public static CatalogSnapshot of(Collection<Entry> visible) {
        List<Entry> entries = List.copyOf(visible);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
            for (int i = 0; i < entries.size(); i++) {
                Exercise e = entries.get(i).exercise();
                Document doc = new Document();
                doc.add(new StoredField("position", i));
                doc.add(new TextField("name", e.name, Field.Store.NO));
                doc.add(new TextField("id", e.id, Field.Store.NO));
                doc.add(new TextField("aliases", String.join(" . ", e.aliases), Field.Store.NO));
                doc.add(new TextField("cues", String.join(" . ", e.cues), Field.Store.NO));
                doc.add(new TextField("summary", e.summary, Field.Store.NO));
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index the catalog in memory", e);
        }
        try {
            return new CatalogSnapshot(entries, new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog's index", e);
        }
    }

    public Optional<Entry> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every visible exercise by id, unmodifiable: what ladders are resolved among. */
    public Map<String, Exercise> exercises() {
        return exercises;
    }

    /**
     * The page of exercises matching every filter and, when given, the text: ranked by relevance
     * when there is text and no sort was asked for, else by the sort (name by default); ties break
     * by name and id, so pages are stable.
     */
    public Result search(SearchCriteria criteria) {
        Predicate<Entry> filters = e -> matches(e.exercise(), criteria);
        List<Entry> hits;
        boolean text = criteria.text() != null && !criteria.text().isBlank();
        if (text) {
            hits = ranked(criteria.text(), filters);
            if (criteria.sort() != null) {
                hits.sort(order(criteria.sort()));
            }
        } else {
            hits = new ArrayList<>(entries.stream().filter(filters).toList());
            hits.sort(order(criteria.sort() == null ? SearchCriteria.Sort.NAME : criteria.sort()));
        }
        int from = (int) Math.min((long) criteria.page() * criteria.size(), hits.size());
        int to = Math.min(from + criteria.size(), hits.size());
        return new Result(List.copyOf(hits.subList(from, to)), hits.size());
    }

    private List<Entry> ranked(String text, Predicate<Entry> filters) {
        List<String> words = analyze(text);
        if (words.isEmpty()) {
            return new ArrayList<>(); // only stop words or punctuation: nothing to look for
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            List<Query> anyField = new ArrayList<>();
            FIELDS.forEach((field, weight) -> {
                anyField.add(new BoostQuery(new TermQuery(new Term(field, word)), weight));
                if (word.length() >= FUZZY_FROM_LENGTH) {
                    anyField.add(new BoostQuery(new FuzzyQuery(new Term(field, word), 1, 1), weight / 2));
                }
            });
            query.add(new DisjunctionMaxQuery(anyField, 0.1f), BooleanClause.Occur.MUST);
        }
        if (words.size() > 1) { // the words together, in order, in the name: the best match
            query.add(new BoostQuery(new PhraseQuery(2, "name", words.toArray(String[]::new)), 2f), BooleanClause.Occur.SHOULD);
        }
        try {
            record Hit(Entry entry, float score) {
            }
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(query.build(), Math.max(1, entries.size())).scoreDocs) {
                Entry entry = entries.get(searcher.storedFields().document(doc.doc).getField("position").numericValue().intValue());
                if (filters.test(entry)) {
                    hits.add(new Hit(entry, doc.score));
                }
            }
            hits.sort(Comparator.comparing(Hit::score, Comparator.reverseOrder()).thenComparing(Hit::entry, BY_NAME));
            return new ArrayList<>(hits.stream().map(Hit::entry).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the catalog's index", e);
        }
    }

    static List<String> analyze(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("q", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static Comparator<Entry> order(SearchCriteria.Sort sort) {
        return switch (sort) {
            case NAME -> BY_NAME;
            case NAME_DESC -> Comparator.comparing((Entry e) -> e.exercise().name.toLowerCase(Locale.ROOT), Comparator.reverseOrder())
                    .thenComparing(e -> e.exercise().id);
            case DIFFICULTY -> BY_DIFFICULTY;
            case DIFFICULTY_DESC -> Comparator.comparing((Entry e) -> e.exercise().difficulty, Comparator.reverseOrder())
                    .thenComparing(e -> e.exercise().id);
        };
    }

    /** The filters, exactly as the API describes them. */
    static boolean matches(Exercise e, SearchCriteria c) {
        if (c.region() != null && !e.regions.contains(c.region())) {
            return false;
        }
        if (c.category() != null && e.category != c.category()) {
            return false;
        }
        if (c.position() != null && e.position != c.position()) {
            return false;
        }
        if (e.difficulty < c.minDifficulty() || e.difficulty > c.maxDifficulty()) {
            return false;
        }
        if (c.available() != null && !c.available().containsAll(e.equipment)) {
            return false;
        }
        if (c.excludeKneeling() && e.flags.contains(Flag.REQUIRES_KNEELING)) {
            return false;
        }
        return !(c.excludeFloor() && e.flags.contains(Flag.REQUIRES_FLOOR));
    }
}
