package io.backbone.progress.domain;

import java.util.List;

/**
 * Scores the two outcome questionnaires.
 * <ul>
 * <li>Oswestry Disability Index (Fairbank and Pynsent 2000): ten sections scored 0-5; score =
 * sum ÷ (5 × sections answered) × 100. Unanswered sections are left out of both sum and
 * denominator; we score only when at least {@value #ODI_MIN_ANSWERED} sections are answered, as
 * with more missing the percentage stops being comparable. Bands: 0-20 minimal, 21-40 moderate,
 * 41-60 severe, 61-80 crippled, 81-100 bed-bound.</li>
 * <li>Roland-Morris Disability Questionnaire: 24 yes/no statements, score = number of "yes"
 * (0-24). It has no validated bands, so none is given.</li>
 * </ul>
 */
public final class OutcomeScoring {

    public static final int ODI_SECTIONS = 10;
    public static final int ODI_MIN_ANSWERED = 8;
    public static final int RMDQ_ITEMS = 24;

    public record Score(double score, String band) {
    }

    private OutcomeScoring() {
    }

    public static Score oswestry(List<Integer> answers) {
        if (answers == null || answers.size() != ODI_SECTIONS) {
            throw new InvalidInput("answers", "ODI needs exactly " + ODI_SECTIONS + " section scores (null where unanswered)");
        }
        int sum = 0;
        int answered = 0;
        for (int i = 0; i < answers.size(); i++) {
            Integer answer = answers.get(i);
            if (answer == null) {
                continue;
            }
            if (answer < 0 || answer > 5) {
                throw new InvalidInput("answers[" + i + "]", "must be between 0 and 5");
            }
            sum += answer;
            answered++;
        }
        if (answered < ODI_MIN_ANSWERED) {
            throw new InvalidInput("answers", "at least " + ODI_MIN_ANSWERED + " of the " + ODI_SECTIONS
                    + " sections must be answered; " + answered + " were");
        }
        double percent = Math.round(sum * 1000.0 / (5 * answered)) / 10.0;
        return new Score(percent, oswestryBand(percent));
    }

    public static String oswestryBand(double percent) {
        if (percent <= 20) {
            return "minimal";
        }
        if (percent <= 40) {
            return "moderate";
        }
        if (percent <= 60) {
            return "severe";
        }
        if (percent <= 80) {
            return "crippled";
        }
        return "bed-bound";
    }

    public static Score rolandMorris(List<Boolean> answers) {
        if (answers == null || answers.size() != RMDQ_ITEMS) {
            throw new InvalidInput("answers", "RMDQ needs exactly " + RMDQ_ITEMS + " yes/no answers");
        }
        int yes = 0;
        for (int i = 0; i < answers.size(); i++) {
            Boolean answer = answers.get(i);
            if (answer == null) {
                throw new InvalidInput("answers[" + i + "]", "must be true or false");
            }
            if (answer) {
                yes++;
            }
        }
        return new Score(yes, null);
    }
}
