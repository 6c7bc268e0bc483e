package io.backbone.support.rest;

import io.backbone.support.problem.ProblemException;

/**
 * The caller's gym travels from the gateway to the services in {@value #GYM_HEADER}, taken from
 * the verified token and never from anything an end user sends.
 */
public final class Tenancy {

    public static final String GYM_HEADER = "X-Backbone-Gym";
    /** Member and gym ids: short, URL-safe, and never containing the key separator '/'. */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";

    private Tenancy() {
    }

    public static String requireGym(String gym) {
        if (gym == null || !gym.matches(ID_PATTERN)) {
            throw ProblemException.forbidden("No gym in " + GYM_HEADER);
        }
        return gym;
    }

    /** An id that cannot exist answers as any missing resource does. */
    public static String requireId(String what, String id) {
        if (id == null || !id.matches(ID_PATTERN)) {
            throw ProblemException.notFound(what + " '" + (id == null ? "" : id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'");
        }
        return id;
    }
}
