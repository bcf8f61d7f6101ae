package org.advisorycompare.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChangeKindTest {
    @Test
    void everyKindHasItsOwnPublicKeyLabelAndFeedWords() {
        assertThat(Arrays.stream(ChangeKind.values()).map(ChangeKind::key)).doesNotHaveDuplicates()
                .allMatch(key -> key.matches("[a-z_]+"));
        assertThat(Arrays.stream(ChangeKind.values()).map(k -> k.label(2, 3))).doesNotHaveDuplicates();
        assertThat(Arrays.stream(ChangeKind.values()).map(k -> k.feedWords("N3"))).doesNotHaveDuplicates();
    }

    @Test
    void labelsAndFeedWordsSayTheLevelsTheyAreAbout() {
        assertThat(ChangeKind.LEVEL_RAISED.label(3, 4)).isEqualTo("Level raised N3 → N4");
        assertThat(ChangeKind.LEVEL_UNSTATED.label(2, null)).isEqualTo("No national level stated (the version before stated N2)");
        assertThat(ChangeKind.LEVEL_STATED.label(null, 1)).isEqualTo("National level stated: N1 (the version before stated none)");
        assertThat(ChangeKind.LEVEL_LOWERED.feedWords("Level 2: Exercise Increased Caution"))
                .isEqualTo(" lowered to Level 2: Exercise Increased Caution");
        assertThat(ChangeKind.TEXT_CHANGED.feedWords("N2")).isEqualTo(" advice updated");
    }

    @Test
    void onlyRaisedAndLoweredAreLevelChangesAndFeedTitlesOfLevelKindsSayTheLevel() {
        assertThat(Arrays.stream(ChangeKind.values()).filter(ChangeKind::isLevelChange))
                .containsExactly(ChangeKind.LEVEL_RAISED, ChangeKind.LEVEL_LOWERED);
        assertThat(Arrays.stream(ChangeKind.values()).filter(ChangeKind::titledByLevel))
                .containsExactly(ChangeKind.LEVEL_RAISED, ChangeKind.LEVEL_LOWERED, ChangeKind.LEVEL_STATED);
    }
}
