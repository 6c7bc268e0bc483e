package io.backbone.program.rules;

import io.backbone.vocabulary.Coded;

import java.util.Optional;

/** The session variants of a programme. */
public enum SessionKind implements Coded {
    MAIN("main", "Your main session"),
    MORNING_ROUTINE("morning-routine", "A short morning routine"),
    WARM_UP("warm-up", "A warm-up before gym work");

    private final String code;
    private final String description;

    SessionKind(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String description() {
        return description;
    }

    public static Optional<SessionKind> find(String code) {
        return Coded.find(SessionKind.class, code);
    }

    /** @throws IllegalArgumentException naming the unknown code */
    public static SessionKind fromCode(String code) {
        return Coded.parse(SessionKind.class, "session kind", code);
    }
}
