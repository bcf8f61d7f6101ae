package org.advisorycompare.history;

import java.lang.ref.SoftReference;
import java.util.function.Supplier;

/**
 * A value computed when first asked for and kept while memory allows: the garbage collector may drop
 * it under pressure, and it is then computed again. Memory does not grow with what was computed.
 */
final class SoftMemo<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile SoftReference<T> kept = new SoftReference<>(null);

    SoftMemo(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        T value = kept.get();
        if (value == null) {
            value = compute.get();
            kept = new SoftReference<>(value);
        }
        return value;
    }
}
