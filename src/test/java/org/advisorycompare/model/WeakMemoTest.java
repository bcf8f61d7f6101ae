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
    void aKeepingHoldsTheFirstValuesItsMemosComputeWhileWorkIsOpenAndNothingAfter() {
        AtomicInteger computed = new AtomicInteger();
        Keeping keeping = new Keeping();
        List<java.util.function.Supplier<Object>> memos = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            memos.add(keeping.memo(() -> new byte[1024 + computed.incrementAndGet()]));
        }
        keeping.holdingWhile(2, () -> {
            memos.forEach(java.util.function.Supplier::get); // nothing else refers to the values
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            memos.get(0).get();
            memos.get(1).get();
            assertThat(keeping.held()).isEqualTo(2);
        });
        assertThat(computed).as("the first two were held, not computed again").hasValue(3);
        assertThat(keeping.held()).as("let go when the work ends").isZero();
    }

    @Test
    void workOnTheSamePartFromTwoPlacesHoldsUntilTheLastEnds() {
        AtomicInteger computed = new AtomicInteger();
        Keeping keeping = new Keeping();
        java.util.function.Supplier<Object> value = keeping.memo(() -> new byte[2048 + computed.incrementAndGet()]);
        keeping.holdingWhile(1, () -> {
            keeping.holdingWhile(1, value::get);
            assertThat(keeping.held()).as("the outer work is still open").isEqualTo(1);
            System.gc();
            value.get();
        });
        assertThat(computed).hasValue(1);
        assertThat(keeping.held()).isZero();
    }

    @Test
    void outsideAnyWorkAKeepingHoldsNothing() {
        Keeping keeping = new Keeping();
        keeping.memo(() -> new byte[16]).get();
        assertThat(keeping.held()).isZero();
    }
}
