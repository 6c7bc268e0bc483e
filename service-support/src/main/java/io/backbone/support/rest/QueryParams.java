package io.backbone.support.rest;

import io.backbone.support.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Strict parsing of query parameters: a bad value is a 400 naming the parameter, never ignored. */
public final class QueryParams {
    private QueryParams() {
    }

    public static Integer intInRange(String name, String value, int min, int max, Integer fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "must be a whole number from " + min + " to " + max);
        }
        if (parsed < min || parsed > max) {
            throw ProblemException.invalidField(name, "must be from " + min + " to " + max);
        }
        return parsed;
    }

    public static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidField(name, "must be true or false");
        };
    }

    /** Matches the enum's JSON form (its toString), e.g. "half-kneeling". */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.trim();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.toString().equals(wanted)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField(name, "unknown value '" + abbreviate(wanted)
                        + "'; one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "))));
    }

    /** Repeated and comma-separated values alike: ?a=x,y&a=z → [x, y, z]. */
    public static List<String> split(List<String> values) {
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
