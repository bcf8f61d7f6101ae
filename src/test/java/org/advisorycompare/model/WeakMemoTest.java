package org.advisorycompare.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WeakMemoTest {
    @Test
    void computesOnceWhileTheValueIsInUse() {
        AtomicInteger computed = new AtomicInteger();
        WeakMemo<String> memo = new WeakMemo<>(() -> "value " + computed.incrementAndGet());
        String held = memo.get();
        System.gc();
        assertThat(memo.get()).isSameAs(held);
        assertThat(computed).hasValue(1);
    }

    @Test
    void holdsTheFirstValuesComputedInsideKeepingWhileUntilTheWorkEnds() {
        AtomicInteger computed = new AtomicInteger();
        List<WeakMemo<Object>> memos = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            memos.add(new WeakMemo<>(() -> new byte[1024 + computed.incrementAndGet()]));
        }
        WeakMemo.keepingWhile(2, () -> {
            memos.forEach(WeakMemo::get); // nothing else refers to the values
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            memos.get(0).get();
            memos.get(1).get();
        });
        assertThat(computed).as("the first two were held, not computed again").hasValue(3);
    }

    @Test
    void nestedWorkHoldsItsOwnValuesAndTheOuterWorkKeepsHolding() {
        AtomicInteger computed = new AtomicInteger();
        WeakMemo<Object> outer = new WeakMemo<>(() -> new byte[2048 + computed.incrementAndGet()]);
        WeakMemo<Object> inner = new WeakMemo<>(() -> new byte[4096 + computed.incrementAndGet()]);
        WeakMemo.keepingWhile(1, () -> {
            outer.get();
            WeakMemo.keepingWhile(1, inner::get);
            System.gc();
            outer.get();
        });
        assertThat(computed).hasValue(2);
    }
}
