package org.advisorycompare.model;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A value computed when first asked for and kept while it is in use: the garbage collector drops it
 * once nothing else refers to it, and it is then computed again. (Soft references were tried: with a
 * small heap they filled it and the build spent its time collecting garbage.) Memory does not grow
 * with what was computed; work done close together (a diff page, the next version's diff) shares it.
 *
 * <p>Work that asks for the same values again, far apart (a country's feed asks for its newest diffs,
 * then its diff pages, oldest first, ask for every diff), runs inside {@link #keepingWhile}: the first
 * values memos compute on that thread meanwhile, up to a limit, are held until it ends, so those are
 * computed once, and memory stays bounded however long the work is.
 */
public final class WeakMemo<T> implements Supplier<T> {
    /** The values held for the work running on this thread inside {@link #keepingWhile}; null outside. */
    private static final ThreadLocal<Held> KEPT = new ThreadLocal<>();
    private final Supplier<T> compute;
    private volatile WeakReference<T> kept = new WeakReference<>(null);

    public WeakMemo(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        T value = kept.get();
        if (value == null) {
            value = compute.get();
            kept = new WeakReference<>(value);
            Held held = KEPT.get();
            if (held != null && held.values.size() < held.limit) {
                held.values.add(value);
            }
        }
        return value;
    }

    /**
     * Runs {@code work}, holding the first {@code limit} values memos compute on this thread until it
     * ends. Nested work (a thread that helps another task while it waits) holds its own, released when it ends.
     */
    public static void keepingWhile(int limit, Runnable work) {
        Held outer = KEPT.get();
        KEPT.set(new Held(limit, new ArrayList<>()));
        try {
            work.run();
        } finally {
            KEPT.set(outer);
        }
    }

    private record Held(int limit, List<Object> values) {
    }
}
