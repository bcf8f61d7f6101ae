package org.advisorycompare.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.advisorycompare.history.Timeline;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.Test;

class PeriodTest {
    @Test
    void periodsFollowBothLevelsAndNeverGuessAMissingOne() {
        Timeline timeline = new Timeline(List.of(), Map.of(
                Source.US, List.of(new Timeline.Step("2025-01-01", 4, null, "Level 4"), new Timeline.Step("2025-06-01", 3, null, "Level 3")),
                Source.UK, List.of(new Timeline.Step("2025-03-01", 4, null, "all travel"), new Timeline.Step("2025-10-30", 3, 4, "abe"))));
        assertThat(Period.of(timeline)).containsExactly(
                new Period("2025-01-01", "2025-03-01", Agreement.CANNOT_COMPARE, 4, null),
                new Period("2025-03-01", "2025-06-01", Agreement.AGREE, 4, 4),
                new Period("2025-06-01", "2025-10-30", Agreement.UK_STRICTER, 3, 4),
                new Period("2025-10-30", null, Agreement.AGREE, 3, 3));
    }
}
