package io.backbone.progress.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One member-week for analysts. No id, name or contact data: the member is a {@link Pseudonyms}
 * pseudonym. The columns, in order, are documented in {@link #DICTIONARY} and docs/export.md.
 */
public record ExportRow(
        String member,
        String track,
        String enrolmentMonth,
        LocalDate week,
        int programWeek,
        int prescribedSessions,
        int completedSessions,
        Double adherence,
        Double painMean,
        int painReports,
        Double painDuringMean,
        Double rpeMean,
        Double odi,
        Integer rmdq) {

    public record Column(String name, String type, String meaning) {
    }

    public static final List<Column> DICTIONARY = List.of(
            new Column("member", "string", "pseudonym: a keyed hash of the member id, stable within the gym, not linkable across gyms"),
            new Column("track", "string", "programme family: relief, prevention or back-to-training (empty if unknown)"),
            new Column("enrolment_month", "string", "yyyy-MM the member enrolled"),
            new Column("week", "date", "Monday of the ISO week (UTC)"),
            new Column("program_week", "integer", "1 for the week the programme started, 2 for the next, ..."),
            new Column("prescribed_sessions", "integer", "sessions the programme prescribed that week (0 while referred; the first week prorated)"),
            new Column("completed_sessions", "integer", "sessions logged that week"),
            new Column("adherence", "number 0-1", "min(completed, prescribed) / prescribed; empty when nothing was prescribed"),
            new Column("pain_mean", "number 0-10", "mean of the week's pain reports (NRS); empty without reports"),
            new Column("pain_reports", "integer", "number of pain reports that week"),
            new Column("pain_during_mean", "number 0-10", "mean pain during the week's sessions; empty without sessions"),
            new Column("rpe_mean", "number 0-10", "mean rating of perceived exertion of the week's sessions"),
            new Column("odi", "number 0-100", "Oswestry Disability Index (percent) recorded that week, the latest if several"),
            new Column("rmdq", "integer 0-24", "Roland-Morris score recorded that week, the latest if several"));

    /** The finished weeks of a member's programme up to {@code asOf}. */
    public static List<ExportRow> of(MemberRollup member, String pseudonym, java.time.Instant asOf) {
        List<ExportRow> rows = new ArrayList<>();
        LocalDate start = member.programStartWeek();
        var month = CohortFilter.enrolmentMonthOf(member);
        for (MemberProgress.WeekFigures week : ProgressCalculator.weeks(member, asOf)) {
            if (!week.finished()) {
                continue;
            }
            rows.add(new ExportRow(pseudonym, CohortFilter.trackOf(member), month == null ? null : month.toString(),
                    week.week(), (int) ChronoUnit.WEEKS.between(start, week.week()) + 1,
                    week.prescribed(), week.completed(), round(week.adherence()), round(week.painMean()),
                    week.painReports(), round(week.painDuringMean()), round(week.rpeMean()), week.odi(), week.rmdq()));
        }
        return rows;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }

    public static String csvHeader() {
        return String.join(",", DICTIONARY.stream().map(Column::name).toList());
    }

    /** The values in {@link #DICTIONARY} order. */
    public List<Object> values() {
        return java.util.Arrays.asList(member, track, enrolmentMonth, week.toString(), programWeek, prescribedSessions,
                completedSessions, adherence, painMean, painReports, painDuringMean, rpeMean, odi, rmdq);
    }

    /** The row as one JSON object keyed by the dictionary's column names. */
    public java.util.Map<String, Object> asMap() {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        List<Object> values = values();
        for (int i = 0; i < DICTIONARY.size(); i++) {
            map.put(DICTIONARY.get(i).name(), values.get(i));
        }
        return map;
    }

    public String csv() {
        StringBuilder line = new StringBuilder(128);
        for (Object value : values()) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(value instanceof String text ? text(text) : value == null ? "" : value.toString());
        }
        return line.toString();
    }

    /** Values are pseudonyms and codes from fixed vocabularies, but quote defensively anyway. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        if (value.matches("[A-Za-z0-9._-]*")) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
