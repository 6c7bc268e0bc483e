package io.backbone.vocabulary;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A member of a controlled vocabulary: a stable kebab-case {@link #code()} for the API and the
 * database, and a {@link #description()} in words a member understands.
 */
public interface Coded {

    String code();

    String description();

    /** The member of {@code type} with exactly this code, if any. */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /**
     * The member of {@code type} with this code.
     *
     * @throws IllegalArgumentException naming the bad code and the accepted ones
     */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String what, String code) {
        return find(type, code).orElseThrow(() -> new IllegalArgumentException(
                "unknown " + what + " '" + code + "'; expected one of: " + codes(type)));
    }

    /** Every code of {@code type}, comma-separated, in declaration order. */
    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
