package org.advisorycompare.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChangePagesTest {

    @Test
    void aShortListIsOnePage() {
        ChangePages pages = new ChangePages(49, 50);
        assertThat(pages.archived()).isZero();
        assertThat(pages.from(0)).isZero();
        assertThat(pages.to(0)).isEqualTo(49);
        assertThat(pages.older(0)).isEqualTo(-1);
        assertThat(pages.newer(0)).isEqualTo(-1);
        assertThat(new ChangePages(0, 50).to(0)).isZero();
    }

    @Test
    void theFirstPageHoldsTheNewestAndArchivePagesCountFromTheOldest() {
        ChangePages pages = new ChangePages(130, 50);
        assertThat(pages.archived()).isEqualTo(1);
        assertThat(List.of(pages.from(0), pages.to(0))).containsExactly(0, 80); // the newest 80
        assertThat(List.of(pages.from(1), pages.to(1))).containsExactly(80, 130); // the oldest 50
        assertThat(pages.position(1)).isEqualTo("Changes 1 to 50, counted from the oldest");
        assertThat(pages.position(0)).isEqualTo("The newest 80 of 130 changes");
    }

    @Test
    void olderAndNewerLinksVisitEveryPageOnceInOrder() {
        ChangePages pages = new ChangePages(420, 50);
        List<Integer> older = new ArrayList<>();
        for (int page = 0; page >= 0; page = pages.older(page)) {
            older.add(page);
        }
        assertThat(older).containsExactly(0, 7, 6, 5, 4, 3, 2, 1);
        List<Integer> newer = new ArrayList<>();
        for (int page = 1; page >= 0; page = pages.newer(page)) {
            newer.add(page);
        }
        assertThat(newer).containsExactly(1, 2, 3, 4, 5, 6, 7, 0);
    }

    @Test
    void anArchivePageKeepsItsChangesAsNewOnesArriveAndEveryChangeIsOnExactlyOnePage() {
        Map<Integer, List<Integer>> archive = new HashMap<>();
        for (int total = 0; total <= 600; total++) {
            ChangePages pages = new ChangePages(total, 50);
            List<Integer> seen = new ArrayList<>();
            int front = pages.to(0) - pages.from(0);
            assertThat(front).isBetween(Math.min(total, 50), 99);
            for (int page = 0; page <= pages.archived(); page++) {
                // changes named by their arrival number (0 = the oldest); the list is newest first
                int count = total;
                List<Integer> held = IntStream.range(pages.from(page), pages.to(page)).mapToObj(i -> count - 1 - i).toList();
                seen.addAll(held);
                if (page > 0) {
                    assertThat(archive.computeIfAbsent(page, p -> held)).as("page %d at %d changes", page, total)
                            .isEqualTo(held);
                }
            }
            assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        }
    }
}
