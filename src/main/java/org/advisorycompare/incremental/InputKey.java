package org.advisorycompare.incremental;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Supplier;
import org.advisorycompare.model.Body;
import org.advisorycompare.model.Keeping;
import org.advisorycompare.model.Sha256;

/**
 * The one encoder of cache keys: the SHA-256 of declared inputs, walked by their types, never by
 * {@code toString}. A record is every one of its components, by name, so an input record that gains a
 * field keys it without anyone remembering to; strings are length-prefixed, so no two different inputs
 * meet in one text. Accepted: records, strings, numbers, booleans, characters, enums, lists, sets, maps,
 * optionals, nulls and version bodies (by their hash). A {@link Supplier} component is a value computed
 * lazily from its record's other components (a change's diff), and a {@link Keeping} holds such values:
 * they add nothing. Anything else is a
 * programming error and fails at once, rather than keying a page by something that does not describe it.
 */
public final class InputKey {
    private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true); // records declared privately by an output are inputs too
            }
            return accessors;
        }
    };
    private final MessageDigest digest = Sha256.digest();
    private final ByteBuffer buffer;
    private final Shared shared;

    private InputKey(Shared shared) {
        this(shared, 8192);
    }

    /** {@code room}: the bytes gathered before the digest takes them (a version's own digest needs little). */
    private InputKey(Shared shared, int room) {
        this.shared = shared;
        this.buffer = ByteBuffer.allocate(room);
    }

    /** The key of these inputs, in order, as lower-case hex. */
    public static String of(Object... inputs) {
        return of(Shared.NONE, inputs);
    }

    /** The same, each record of a class {@code shared} names encoded once and then by its own digest. */
    public static String of(Shared shared, Object... inputs) {
        InputKey key = new InputKey(shared);
        key.list(inputs.length, Arrays.asList(inputs));
        return HexFormat.of().formatHex(key.finish());
    }

    /**
     * Records that many keys of one build hold (a version is on its page, its diff page, the next version's
     * diff, feeds and change lists): each is encoded once, by identity, and then stands in a key as its digest.
     * Made for one build and dropped with it, so it holds no more than that build's model.
     */
    public static final class Shared {
        static final Shared NONE = new Shared(java.util.Set.of());
        private final java.util.Set<Class<?>> classes;
        private final java.util.Map<Identity, byte[]> digests = new java.util.concurrent.ConcurrentHashMap<>();

        public Shared(java.util.Set<Class<?>> classes) {
            this.classes = java.util.Set.copyOf(classes);
        }

        byte[] digest(Record record) {
            return digests.computeIfAbsent(new Identity(record), r -> {
                InputKey alone = new InputKey(this, 1024);
                alone.record(record);
                return alone.finish();
            });
        }

        boolean holds(Record record) {
            return !classes.isEmpty() && classes.contains(record.getClass());
        }

        /** A record by identity: equal records from two places are keyed alike either way, only found faster. */
        private record Identity(Object record) {
            @Override
            public boolean equals(Object other) {
                return other instanceof Identity i && i.record == record;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(record);
            }
        }
    }

    private byte[] finish() {
        flush();
        return digest.digest();
    }

    private void value(Object value) {
        if (value == null) {
            tag('0');
        } else if (value instanceof String text) {
            string('s', text);
        } else if (value instanceof Record record) {
            if (shared.holds(record)) {
                bytes('d', shared.digest(record));
            } else {
                record(record);
            }
        } else if (value instanceof Enum<?> constant) {
            string('e', constant.getDeclaringClass().getName() + "." + constant.name());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean
                || value instanceof Character || value instanceof Short || value instanceof Byte) {
            string(Character.toLowerCase(value.getClass().getSimpleName().charAt(0)), String.valueOf(value));
        } else if (value instanceof Body body) {
            string('h', body.sha256());
        } else if (value instanceof Supplier<?> || value instanceof Keeping) {
            tag('f'); // computed from the rest of its record, or memos of it: not an input
        } else {
            container(value);
        }
    }

    private void container(Object value) {
        if (value instanceof List<?> list) {
            list(list.size(), list);
        } else if (value instanceof Optional<?> optional) {
            tag('o');
            value(optional.orElse(null));
        } else if (value instanceof Map<?, ?> map) {
            map(map);
        } else if (value instanceof Set<?> set) {
            unordered('u', set);
        } else {
            throw new IllegalArgumentException("a cache key cannot hold a " + value.getClass().getName()
                    + ": declare a page's inputs as records of strings, numbers, enums, lists and maps");
        }
    }

    private void record(Record record) {
        Method[] accessors = COMPONENTS.get(record.getClass());
        string('r', record.getClass().getName());
        count(accessors.length);
        for (Method accessor : accessors) {
            string('n', accessor.getName());
            value(component(accessor, record));
        }
    }

    private static Object component(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor + " for a cache key", e);
        }
    }

    private void list(int size, Collection<?> values) {
        tag('l');
        count(size);
        values.forEach(this::value);
    }

    /** An ordered map (enum, sorted or insertion order) in its order; any other by its entries' keys, whatever its order. */
    private void map(Map<?, ?> map) {
        if (map instanceof EnumMap || map instanceof SortedMap || map instanceof LinkedHashMap || map.size() < 2) {
            tag('m');
            count(map.size());
            map.forEach((k, v) -> {
                value(k);
                value(v);
            });
        } else {
            unordered('m', map.entrySet().stream().map(e -> Arrays.asList(e.getKey(), e.getValue())).toList());
        }
    }

    /** Elements whose order means nothing: each keyed alone, the keys sorted. */
    private void unordered(char kind, Collection<?> values) {
        List<String> keys = new ArrayList<>(values.size());
        values.forEach(v -> keys.add(of(shared, v)));
        keys.sort(null);
        tag(kind);
        list(keys.size(), keys);
    }

    private void string(char kind, String text) {
        bytes(kind, text.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(char kind, byte[] bytes) {
        tag(kind);
        count(bytes.length);
        if (bytes.length > buffer.remaining()) {
            flush();
            digest.update(bytes);
        } else {
            buffer.put(bytes);
        }
    }

    private void tag(char kind) {
        room(1);
        buffer.put((byte) kind);
    }

    private void count(int n) {
        room(4);
        buffer.putInt(n);
    }

    private void room(int bytes) {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() {
        digest.update(buffer.array(), 0, buffer.position());
        buffer.clear();
    }
}
