package org.advisorycompare.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The memos of one part of the model (a destination's history: its versions' sections and diffs). Each
 * value is computed when first asked for and kept only while in use (see {@link WeakMemo}). Work that asks
 * for the same values again, far apart (a country's feed asks for its newest diffs, then its diff pages,
 * oldest first, ask for every diff), runs inside {@link #holdingWhile}: the first values computed meanwhile,
 * up to a limit, are held until the last such work on this part ends, then let go. Memory stays bounded
 * however long the work; nothing is held by a thread, only by this object, which the model passes in.
 */
public final class Keeping {
    private final List<Object> held = new ArrayList<>();
    private int open;
    private int limit;

    /** A value computed by {@code compute} when first asked for, kept while in use, held while work is open. */
    public <T> Supplier<T> memo(Supplier<T> compute) {
        return new WeakMemo<>(compute, this);
    }

    /**
     * Runs {@code work}, holding the first {@code limit} values this part's memos compute until it ends (and
     * any other work on this part, on another thread, has ended too).
     */
    public void holdingWhile(int limit, Runnable work) {
        synchronized (held) {
            open++;
            this.limit = Math.max(this.limit, limit);
        }
        try {
            work.run();
        } finally {
            synchronized (held) {
                if (--open == 0) {
                    held.clear();
                    this.limit = 0;
                }
            }
        }
    }

    /** How many values are held now. */
    public int held() {
        synchronized (held) {
            return held.size();
        }
    }

    void computed(Object value) {
        synchronized (held) {
            if (open > 0 && held.size() < limit) {
                held.add(value);
            }
        }
    }
}
