package io.pipewright.store;

import java.time.Instant;

/**
 * The process that records a run, so that another process can tell a run in progress from one whose
 * process was killed: the pid plus the process start time (a pid may be reused by a later process).
 * The workspace is a local folder; a run recorded on another host would look abandoned.
 */
record RunOwner(long pid, Long startedMillis) {
    static RunOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new RunOwner(self.pid(), self.info().startInstant().map(Instant::toEpochMilli).orElse(null));
    }

    static boolean isAlive(Long pid, Long startedMillis) {
        if (pid == null) {
            return false;
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> {
            if (startedMillis == null) {
                return true;
            }
            return p.info().startInstant().map(s -> Math.abs(s.toEpochMilli() - startedMillis) < 1000).orElse(true);
        }).orElse(false);
    }
}
