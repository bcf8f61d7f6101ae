package org.advisorycompare.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondBuildOfTheSameSiteIsRefusedWithTheLockNamed() {
        Path out = dir.resolve("site");
        try (SiteLock first = SiteLock.acquire(out)) {
            assertThatThrownBy(() -> SiteLock.acquire(out))
                    .isInstanceOf(SiteBusyException.class)
                    .hasMessageContaining(out.toString())
                    .hasMessageContaining(".site.lock")
                    .hasMessageContaining("wait for it to finish");
        }
    }

    @Test
    void theLockIsFreeAgainOnceTheBuildEnds() {
        Path out = dir.resolve("site");
        SiteLock.acquire(out).close();
        try (SiteLock again = SiteLock.acquire(out)) {
            assertThat(dir.resolve(".site.lock")).exists();
        }
    }

    @Test
    void differentSitesDoNotShareALock() {
        try (SiteLock one = SiteLock.acquire(dir.resolve("one")); SiteLock two = SiteLock.acquire(dir.resolve("two"))) {
            assertThat(dir.resolve(".one.lock")).exists();
            assertThat(dir.resolve(".two.lock")).exists();
        }
    }
}
