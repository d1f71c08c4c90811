package io.pipewright.app.project;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The rules a new project's name must follow (the workspace's own, said before it refuses). */
public final class ProjectNames {
    private ProjectNames() {
    }

    /** Why {@code name} cannot name a new project, or empty when it can. */
    public static Optional<String> problem(String name, Collection<String> existing) {
        if (name == null || name.isBlank()) {
            return Optional.of("Type a name for the project.");
        }
        if (!name.strip().equals(name)) {
            return Optional.of("A name may not start or end with a space.");
        }
        if (name.contains("/")) {
            return Optional.of("A name may not contain '/': it separates a project from its pipeline on the command line.");
        }
        if (name.length() > 200) {
            return Optional.of("A name may have at most 200 characters (this one has " + name.length() + ").");
        }
        if (existing.stream().anyMatch(e -> e.equalsIgnoreCase(name))) {
            return Optional.of("A project named '" + name + "' already exists; choose another name.");
        }
        return Optional.empty();
    }

    /** A folder- and file-name-safe form of a name: lower case letters and digits joined by '-'. */
    public static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "pipeline" : slug;
    }
}
