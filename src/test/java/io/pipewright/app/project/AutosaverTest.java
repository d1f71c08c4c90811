package io.pipewright.app.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Autosave to the recovery slot and the recovery decision, driven by a clock the test advances. */
class AutosaverTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));

    private RecoveryState state(Instant at, String json) {
        return new RecoveryState("iris", dir.resolve("iris.pipeline.json"), at, json);
    }

    @Test
    void aDirtyDocumentIsNotWrittenBeforeAMinuteHasPassed() {
        RecoverySlot slot = new RecoverySlot(dir);
        Autosaver autosaver = new Autosaver(slot, clock, Duration.ofMinutes(1), Runnable::run);

        autosaver.poll(true, at -> state(at, "{}"));
        clock.advance(Duration.ofSeconds(59));

        assertThat(autosaver.poll(true, at -> state(at, "{}"))).isFalse();
        assertThat(slot.read()).isEmpty();
    }

    @Test
    void aDirtyDocumentIsWrittenOnceAMinuteHasPassed() {
        RecoverySlot slot = new RecoverySlot(dir);
        Autosaver autosaver = new Autosaver(slot, clock, Duration.ofMinutes(1), Runnable::run);

        autosaver.poll(true, at -> state(at, "{\"a\":1}"));
        clock.advance(Duration.ofSeconds(60));

        assertThat(autosaver.poll(true, at -> state(at, "{\"a\":1}"))).isTrue();
        assertThat(slot.read()).hasValue(state(clock.instant(), "{\"a\":1}"));
    }

    @Test
    void aCleanDocumentIsNeverWritten() {
        RecoverySlot slot = new RecoverySlot(dir);
        Autosaver autosaver = new Autosaver(slot, clock, Duration.ofMinutes(1), Runnable::run);

        for (int i = 0; i < 5; i++) {
            autosaver.poll(false, at -> state(at, "{}"));
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(Files.exists(slot.file())).isFalse();
    }

    @Test
    void unchangedContentIsNotWrittenAgainButAChangeIsWrittenAMinuteLater() {
        RecoverySlot slot = new RecoverySlot(dir);
        Autosaver autosaver = new Autosaver(slot, clock, Duration.ofMinutes(1), Runnable::run);
        autosaver.poll(true, at -> state(at, "{\"a\":1}"));
        clock.advance(Duration.ofMinutes(1));
        autosaver.poll(true, at -> state(at, "{\"a\":1}"));

        clock.advance(Duration.ofMinutes(1));
        assertThat(autosaver.poll(true, at -> state(at, "{\"a\":1}"))).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(autosaver.poll(true, at -> state(at, "{\"a\":2}"))).isTrue();
        assertThat(slot.read().orElseThrow().pipelineJson()).isEqualTo("{\"a\":2}");
    }

    @Test
    void savingClearsTheSlot() {
        RecoverySlot slot = new RecoverySlot(dir);
        Autosaver autosaver = new Autosaver(slot, clock, Duration.ofMinutes(1), Runnable::run);
        autosaver.poll(true, at -> state(at, "{}"));
        clock.advance(Duration.ofMinutes(2));
        autosaver.poll(true, at -> state(at, "{}"));

        autosaver.saved();

        assertThat(slot.read()).isEmpty();
    }

    @Test
    void stateWrittenAfterTheLastSaveIsWorthRecoveringAndOlderStateIsNot() {
        RecoveryState found = state(Instant.parse("2026-01-01T10:05:00Z"), "{}");

        assertThat(Autosaver.worthRecovering(found, Instant.parse("2026-01-01T10:04:00Z"))).isTrue();
        assertThat(Autosaver.worthRecovering(found, Instant.parse("2026-01-01T10:06:00Z"))).isFalse();
        assertThat(Autosaver.worthRecovering(found, null)).isTrue();
    }

    @Test
    void aSlotWrittenBeforeACrashIsReadBackByTheNextSession() {
        new RecoverySlot(dir).write(state(clock.instant(), "{\"name\":\"x\"}"));

        assertThat(new RecoverySlot(dir).read()).hasValue(state(clock.instant(), "{\"name\":\"x\"}"));
        assertThat(dir.toFile().list()).containsExactly(RecoverySlot.FILE_NAME);
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
