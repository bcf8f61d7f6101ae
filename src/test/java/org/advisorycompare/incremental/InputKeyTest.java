package org.advisorycompare.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.advisorycompare.model.Body;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.Test;

class InputKeyTest {
    record Page(String title, int level) {
    }

    record PageWithNote(String title, int level, String note) {
    }

    record Lazy(String text, Supplier<String> derived) {
    }

    @Test
    void everyComponentOfARecordIsPartOfItsKey() {
        assertThat(InputKey.of(new Page("Mali", 4))).isEqualTo(InputKey.of(new Page("Mali", 4)))
                .isNotEqualTo(InputKey.of(new Page("Mali", 3))).isNotEqualTo(InputKey.of(new Page("Niger", 4)));
    }

    @Test
    void aRecordThatGainsAFieldHasAnotherKeyWithoutAnyoneListingIt() {
        assertThat(InputKey.of(new PageWithNote("Mali", 4, null))).isNotEqualTo(InputKey.of(new Page("Mali", 4)));
        assertThat(InputKey.of(new PageWithNote("Mali", 4, "a"))).isNotEqualTo(InputKey.of(new PageWithNote("Mali", 4, "b")));
    }

    @Test
    void stringsAreLengthPrefixedSoNoTwoInputsMeetInOneText() {
        assertThat(InputKey.of("ab", "c")).isNotEqualTo(InputKey.of("a", "bc"));
        assertThat(InputKey.of(List.of("a\nb"))).isNotEqualTo(InputKey.of(List.of("a", "b")));
        assertThat(InputKey.of((Object) null)).isNotEqualTo(InputKey.of("null"));
        assertThat(InputKey.of(4)).isNotEqualTo(InputKey.of("4")).isNotEqualTo(InputKey.of(4L));
    }

    @Test
    void enumsListsAndOrderedMapsKeepTheirOrder() {
        assertThat(InputKey.of(List.of(Source.US, Source.UK))).isNotEqualTo(InputKey.of(List.of(Source.UK, Source.US)));
        Map<String, Integer> a = new java.util.LinkedHashMap<>(Map.of("x", 1));
        a.put("y", 2);
        Map<String, Integer> b = new java.util.LinkedHashMap<>(Map.of("y", 2));
        b.put("x", 1);
        assertThat(InputKey.of(a)).isNotEqualTo(InputKey.of(b));
    }

    @Test
    void aHashMapIsKeyedByItsEntriesWhateverOrderItHoldsThemIn() {
        Map<String, Integer> small = new HashMap<>();
        Map<String, Integer> large = new HashMap<>(1024);
        for (int i = 0; i < 20; i++) {
            small.put("k" + i, i);
            large.put("k" + (19 - i), 19 - i);
        }
        assertThat(InputKey.of(small)).isEqualTo(InputKey.of(large));
        large.put("k0", 100);
        assertThat(InputKey.of(small)).isNotEqualTo(InputKey.of(large));
    }

    @Test
    void aBodyCountsByItsTextsHashAndALazyValueAddsNothing() {
        assertThat(InputKey.of(Body.of("text"))).isEqualTo(InputKey.of(Body.stored(Body.of("text").sha256(), () -> "text")))
                .isNotEqualTo(InputKey.of(Body.of("other")));
        assertThat(InputKey.of(new Lazy("a", () -> "x"))).isEqualTo(InputKey.of(new Lazy("a", () -> "y")))
                .isNotEqualTo(InputKey.of(new Lazy("b", () -> "x")));
    }

    @Test
    void aValueThatIsNotADeclaredInputFailsAtOnceInsteadOfKeyingByItsText() {
        assertThatThrownBy(() -> InputKey.of(new StringBuilder("a page")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.StringBuilder")
                .hasMessageContaining("records");
    }

    @Test
    void longTextsAreKeyedWhole() {
        String text = "x".repeat(100_000);
        assertThat(InputKey.of(text)).isNotEqualTo(InputKey.of(text + "y")).hasSize(64);
    }

    @Test
    void aSharedRecordIsEncodedOnceAndKeysAsAnEqualRecordDoesWhereverItIs() {
        InputKey.Shared shared = new InputKey.Shared(java.util.Set.of(Page.class));
        Page mali = new Page("Mali", 4);
        String once = InputKey.of(shared, List.of(mali, mali));
        assertThat(InputKey.of(shared, List.of(new Page("Mali", 4), new Page("Mali", 4)))).isEqualTo(once);
        assertThat(InputKey.of(shared, List.of(mali, new Page("Mali", 3)))).isNotEqualTo(once);
        assertThat(InputKey.of(shared, new Lazy("a", () -> "x"))).isEqualTo(InputKey.of(new Lazy("a", () -> "x")))
                .as("records of other classes are encoded as always");
    }

    record Inner(String name, int n, List<String> tags) {
    }

    record Outer(String title, Inner inner, java.util.Map<String, Integer> counts, Long big) {
    }

    /** The encoding is pinned: a rewritten encoder must give every input the key it had, or say so by changing this value. */
    @Test
    void theKeyOfAGivenInputNeverChanges() {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>(java.util.Map.of("a", 1, "b", 2));
        assertThat(InputKey.of("salt", new Outer("Mali " + "x".repeat(9000), new Inner("inner", 7, List.of("p", "q")), counts, 5L),
                null, 3)).isEqualTo("3319ec119b30d99c002bf5b84c508801d15b27a47796f076f507332229c64338");
    }
}
