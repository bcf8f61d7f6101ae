package org.advisorycompare.model;

import java.lang.ref.WeakReference;
import java.util.function.Supplier;

/**
 * A value computed when first asked for and kept while it is in use: the garbage collector drops it
 * once nothing else refers to it, and it is then computed again. (Soft references were tried: with a
 * small heap they filled it and the build spent its time collecting garbage.) Memory does not grow
 * with what was computed; work done close together (a diff page, the next version's diff) shares it.
 * A memo made by a {@link Keeping} tells it what it computed, so that open work can hold it.
 */
public final class WeakMemo<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private final Keeping keeping;
    private volatile WeakReference<T> kept = new WeakReference<>(null);

    public WeakMemo(Supplier<T> compute) {
        this(compute, null);
    }

    WeakMemo(Supplier<T> compute, Keeping keeping) {
        this.compute = compute;
        this.keeping = keeping;
    }

    @Override
    public T get() {
        T value = kept.get();
        if (value == null) {
            value = compute.get();
            kept = new WeakReference<>(value);
            if (keeping != null) {
                keeping.computed(value);
            }
        }
        return value;
    }
}
