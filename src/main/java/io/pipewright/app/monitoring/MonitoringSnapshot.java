package io.pipewright.app.monitoring;

import io.pipewright.store.MetricPoint;
import io.pipewright.store.ProjectSummary;
import io.pipewright.store.RecordedDrift;
import io.pipewright.store.Workspace;

import java.util.List;
import java.util.Map;

/**
 * Everything the Monitoring view shows, read from the workspace in one go on a background thread:
 * the projects, the chosen project's metric pickers, the chosen series and its drift reports.
 * {@code node}/{@code metric} are the choice actually shown (a default when the asked one is absent).
 */
public record MonitoringSnapshot(List<String> projects, String project, Map<String, List<String>> metricsByNode, String node,
                                 String metric, List<MetricPoint> series, List<String> driftNodes, String driftNode,
                                 List<RecordedDrift> drift) {
    /** How many runs the view reads at most. */
    public static final int RUN_LIMIT = 200;

    public MonitoringSnapshot {
        projects = List.copyOf(projects);
        metricsByNode = Map.copyOf(metricsByNode);
        series = List.copyOf(series);
        driftNodes = List.copyOf(driftNodes);
        drift = List.copyOf(drift);
    }

    /**
     * Reads what the view needs. Any argument may be null: the project defaults to the first one with
     * drift or metrics (else the first), the node to one reporting "accuracy", the metric to "accuracy".
     */
    public static MonitoringSnapshot load(Workspace workspace, String project, String node, String metric, String driftNode) {
        List<String> projects = workspace.projects().list().stream().map(s -> s.project().name()).toList();
        if (projects.isEmpty()) {
            return new MonitoringSnapshot(projects, null, Map.of(), null, null, List.of(), List.of(), null, List.of());
        }
        String chosen = project != null && projects.contains(project) ? project : defaultProject(workspace);
        Map<String, List<String>> keys = workspace.monitoring().metricKeysByNode(chosen);
        String n = node != null && keys.containsKey(node) ? node : keys.entrySet().stream()
                .filter(e -> e.getValue().contains("accuracy")).map(Map.Entry::getKey).findFirst()
                .orElse(keys.isEmpty() ? null : keys.keySet().iterator().next());
        String m = n == null ? null : metric != null && keys.get(n).contains(metric) ? metric
                : keys.get(n).contains("accuracy") ? "accuracy" : keys.get(n).get(0);
        List<MetricPoint> series = n == null ? List.of() : workspace.monitoring().series(chosen, m, n, RUN_LIMIT);
        List<RecordedDrift> all = workspace.monitoring().drift(chosen, RUN_LIMIT);
        List<String> driftNodes = all.stream().map(RecordedDrift::nodeId).distinct().sorted().toList();
        String d = driftNode != null && driftNodes.contains(driftNode) ? driftNode : driftNodes.isEmpty() ? null : driftNodes.get(0);
        List<RecordedDrift> drift = all.stream().filter(r -> r.nodeId().equals(d)).toList();
        return new MonitoringSnapshot(projects, chosen, keys, n, m, series, driftNodes, d, drift);
    }

    /** The most recently updated project that has runs, else the first by name. */
    private static String defaultProject(Workspace workspace) {
        List<ProjectSummary> all = workspace.projects().list();
        return all.stream().filter(s -> s.runs() > 0).max(java.util.Comparator.comparing(s -> s.project().updatedAt()))
                .orElse(all.get(0)).project().name();
    }
}
