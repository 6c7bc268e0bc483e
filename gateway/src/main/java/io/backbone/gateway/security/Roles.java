package io.backbone.gateway.security;

/** The roles of the public API (the JWT {@code groups} claim). */
public final class Roles {
    public static final String MEMBER = "member";
    public static final String COACH = "coach";
    public static final String GYM_ADMIN = "gym-admin";
    public static final String ANALYST = "analyst";
    public static final String PARTNER = "partner";
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }
}
