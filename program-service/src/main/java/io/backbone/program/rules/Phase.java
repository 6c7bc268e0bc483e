package io.backbone.program.rules;

/**
 * A stage of the programme. The adaptation rules, not the calendar, decide when exercises change;
 * the phases tell the member what to expect and what moves them on.
 *
 * @param fromWeek first week of the phase, 1-based
 * @param weeks    about how long it lasts
 */
public record Phase(String name, int fromWeek, int weeks, String focus, String moveOnWhen) {
}
