package io.backbone.progress.domain;

/** Input the rules cannot accept, naming the offending field so the API can say which one. */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
