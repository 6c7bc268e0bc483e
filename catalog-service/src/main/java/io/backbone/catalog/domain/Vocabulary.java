package io.backbone.catalog.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The controlled vocabularies of the catalog (equipment, which the intake speaks too, is
 * {@link io.backbone.vocabulary.Equipment}). JSON uses the kebab-case value; an unknown value
 * is rejected with a 400 that lists the accepted ones.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    private static String kebab(Enum<?> e) {
        return e.name().toLowerCase().replace('_', '-');
    }

    public enum Category {
        MOBILITY, STABILITY, STRENGTH, STRETCH, ACTIVATION;

        @JsonValue
        @Override
        public String toString() {
            return kebab(this);
        }
    }

    /** The regions the programme generator draws from, plus finer ones for search. */
    public enum Region {
        HIP_MOBILITY, HIP_EXTENSION, LUMBAR_STABILITY, THORACIC_MOBILITY, HIP_FLEXORS, SIDE_BODY, HAMSTRINGS;

        @JsonValue
        @Override
        public String toString() {
            return kebab(this);
        }
    }

    public enum Joint {
        HIP, LUMBAR_SPINE, THORACIC_SPINE, CORE, ANKLE, KNEE, SHOULDER;

        @JsonValue
        @Override
        public String toString() {
            return kebab(this);
        }
    }

    public enum Aim {
        MOBILISE, STABILISE, STRENGTHEN;

        @JsonValue
        @Override
        public String toString() {
            return kebab(this);
        }
    }

    public enum Position {
        STANDING, KNEELING, HALF_KNEELING, SUPINE, PRONE, SIDE_LYING, SEATED, QUADRUPED;

        @JsonValue
        @Override
        public String toString() {
            return kebab(this);
        }
    }

    public enum Flag {
        REQUIRES_KNEELING, REQUIRES_FLOOR, LOADS_SPINE_IN_FLEXION, LOADS_SPINE_IN_EXTENSION, REQUIRES_LOAD,
        REQUIRES_BALANCE;

        @JsonValue
        @Override
        public String toString() {
            return kebab(this);
        }
    }

    public enum Tag {
        MORNING_ROUTINE, WARM_UP, NAGGING_BACK_DAY, GYM_PREP, DESK_BREAK;

        @JsonValue
        @Override
        public String toString() {
            return kebab(this);
        }
    }
}
