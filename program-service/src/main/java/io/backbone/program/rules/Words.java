package io.backbone.program.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small helpers for the plain-language texts. Dates are UTC throughout the rules. */
final class Words {

    private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

    private Words() {
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "two exercises", "one exercise", "12 exercises". */
    static String count(int n, String one, String many) {
        String number = n >= 0 && n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n);
        return number + " " + (n == 1 ? one : many);
    }

    /** "a pillow", "an ab wheel", "a squat rack". */
    static String withArticle(String equipmentCode) {
        String words = equipmentCode.replace('-', ' ');
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    static String position(String position) {
        return switch (position == null ? "" : position) {
            case "supine" -> "lying on your back";
            case "prone" -> "lying face down";
            case "side-lying" -> "lying on your side";
            case "quadruped" -> "on your hands and knees";
            case "" -> "this way";
            default -> position.replace('-', ' ');
        };
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String day(Instant at) {
        return day(utcDate(at));
    }

    static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static LocalDate utcDate(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Joins the non-blank parts with single spaces. */
    static String sentences(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::trim).collect(Collectors.joining(" "));
    }
}
