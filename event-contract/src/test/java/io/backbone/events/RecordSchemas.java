package io.backbone.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire schema of a payload record, read from the record itself: each field's JSON type and
 * whether the record refuses to exist without it (a {@code Required} check, or a primitive).
 * What the AsyncAPI document and the pinned v1 schemas are compared with.
 */
final class RecordSchemas {

    record Field(String name, String jsonType, boolean required) {
        @Override
        public String toString() {
            return name + ": " + jsonType + (required ? " required" : " optional");
        }
    }

    private RecordSchemas() {
    }

    /** The record's fields, nested records included as "Outer.field[].inner". */
    static Map<String, Field> of(Class<?> record) {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(record, record.getSimpleName(), fields);
        return fields;
    }

    private static void collect(Class<?> record, String prefix, Map<String, Field> into) {
        RecordComponent[] components = record.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String name = prefix + "." + c.getName();
            into.put(name, new Field(c.getName(), jsonType(c.getGenericType()), requires(record, i)));
            Class<?> element = elementRecord(c.getGenericType());
            if (element != null) {
                collect(element, name + "[]", into);
            }
        }
    }

    static String jsonType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return "array of " + jsonType(p.getActualTypeArguments()[0]);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "string";
        }
        if (c == Instant.class) {
            return "string(date-time)";
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "integer";
        }
        if (c == double.class || c == Double.class) {
            return "number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "boolean";
        }
        if (c.isRecord()) {
            return "object";
        }
        throw new IllegalArgumentException("no JSON type for " + c);
    }

    static Class<?> elementRecord(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> e && e.isRecord()) {
            return e;
        }
        return type instanceof Class<?> c && c.isRecord() ? c : null;
    }

    /** Whether the record refuses to be built with this component absent (null). */
    static boolean requires(Class<?> record, int index) {
        RecordComponent[] components = record.getRecordComponents();
        if (components[index].getType().isPrimitive()) {
            return true;
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = i == index ? null : sample(components[i].getGenericType());
        }
        try {
            var types = new ArrayList<Class<?>>();
            for (RecordComponent c : components) {
                types.add(c.getType());
            }
            record.getDeclaredConstructor(types.toArray(Class<?>[]::new)).newInstance(args);
            return false;
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof NullPointerException) {
                return true;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sample(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            Object element = sample(p.getActualTypeArguments()[0]);
            return List.of(element);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "after-session"; // a valid value of every coded text field in the contract
        }
        if (c == Instant.class) {
            return Instant.parse("2026-01-01T00:00:00Z");
        }
        if (c == int.class || c == Integer.class) {
            return 1;
        }
        if (c == long.class || c == Long.class) {
            return 1L;
        }
        if (c == double.class || c == Double.class) {
            return 1.0;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = sample(components[i].getGenericType());
                types[i] = components[i].getType();
            }
            try {
                return c.getDeclaredConstructor(types).newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no sample for " + c);
    }
}
