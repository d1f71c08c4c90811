package io.pipewright.cli;

import io.pipewright.store.AuditEvent;
import io.pipewright.store.AuditVerification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Lists the audit log (who did what and when), newest first, or checks its hash chain "
        + "with --verify. Exit codes: 0 ok (chain intact), 1 the chain is broken, 3 workspace unavailable.")
final class AuditCommand implements Callable<Integer> {
    @CommandLine.Mixin
    WorkspaceOption workspace;

    @Option(names = "--verify", description = "check that no entry was changed or deleted; names the first bad entry")
    boolean verify;

    @Option(names = "--limit", paramLabel = "N", description = "at most N entries (default: ${DEFAULT-VALUE})")
    int limit = 50;

    @Option(names = "--json", description = "print the entries as a JSON array")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return StoreCommands.withWorkspace(spec, workspace, (ws, out, err) -> {
            if (verify) {
                AuditVerification v = ws.audit().verify();
                if (v.intact()) {
                    out.println("audit chain intact: " + v.entries() + " entries in " + ws.directory());
                    return ExitCodes.SUCCEEDED;
                }
                err.println("audit chain broken at entry " + v.firstBadSeq() + ": " + v.problem());
                return StoreCommands.AUDIT_BROKEN;
            }
            List<AuditEvent> events = ws.audit().recent(Math.max(1, limit));
            if (json) {
                out.println(JsonOutput.write(events.stream().map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("seq", e.seq());
                    m.put("at", e.at().toString());
                    m.put("user", e.user());
                    m.put("action", e.action());
                    m.put("object", e.object());
                    m.put("details", e.details());
                    return m;
                }).toList()));
                return ExitCodes.SUCCEEDED;
            }
            for (AuditEvent e : events) {
                out.printf("%6d  %-24s %-12s %-20s %-30s %s%n", e.seq(), e.at(), e.user(), e.action(), e.object(), e.details());
            }
            return ExitCodes.SUCCEEDED;
        });
    }
}
