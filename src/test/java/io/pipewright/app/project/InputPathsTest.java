package io.pipewright.app.project;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InputPathsTest {
    private final Path project = Path.of("/ws/projects/1-iris");

    @Test
    void aFileInsideTheNewFolderStaysRelative() {
        assertThat(InputPaths.rebase("data/iris.csv", project, Path.of("/ws/projects"))).isEqualTo("1-iris/data/iris.csv");
    }

    @Test
    void aFileOutsideTheNewFolderBecomesAbsolute() {
        assertThat(InputPaths.rebase("iris.csv", project, Path.of("/home/me/export"))).isEqualTo("/ws/projects/1-iris/iris.csv");
    }

    @Test
    void anAbsolutePathIsKept() {
        assertThat(InputPaths.rebase("/data/iris.csv", project, Path.of("/tmp"))).isEqualTo("/data/iris.csv");
    }
}
