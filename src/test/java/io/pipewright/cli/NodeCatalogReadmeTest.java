package io.pipewright.cli;

import io.pipewright.node.NodeDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's node catalogue is generated from the descriptors and kept equal to them. */
class NodeCatalogReadmeTest {
    @TempDir
    Path dir;

    @Test
    void readmeNodeCatalogueEqualsTheGeneratedOne() throws Exception {
        String section = NodeCatalogMarkdown.section(Files.readString(Path.of("README.md")));

        assertThat(section)
                .as("README.md's node catalogue (between %s and %s) differs from the node descriptors. Regenerate it: "
                                + "mvn -q -DskipTests package && java -jar target/pipewright.jar nodes --markdown --readme README.md",
                        NodeCatalogMarkdown.BEGIN, NodeCatalogMarkdown.END)
                .isEqualTo(NodeCatalogMarkdown.render(NodesCommand.catalog()));
    }

    @Test
    void markdownHasAnEntryForEveryNodeTypeAndParameter() {
        CliRunner.Outcome outcome = CliRunner.run("nodes", "--markdown");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        for (NodeDescriptor d : NodesCommand.catalog()) {
            assertThat(outcome.out()).contains("#### `" + d.typeId() + "` — " + d.name());
            d.params().forEach(p -> assertThat(outcome.out()).contains("| `" + p.key() + "` |"));
        }
        assertThat(outcome.out()).contains("### Evaluate")
                .contains("| `folds` | integer | `10` | 2 .. 1000 |")
                .contains("| `costMatrix` | text | (empty) |");
    }

    @Test
    void readmeOptionRewritesOnlyTheSectionBetweenTheMarkers() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Title\n\nbefore\n\n" + NodeCatalogMarkdown.BEGIN + "\nstale text\n"
                + NodeCatalogMarkdown.END + "\n\nafter\n");

        CliRunner.Outcome outcome = CliRunner.run("nodes", "--markdown", "--readme", readme.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        String text = Files.readString(readme);
        assertThat(text).startsWith("# Title\n\nbefore\n\n" + NodeCatalogMarkdown.BEGIN + "\n")
                .endsWith(NodeCatalogMarkdown.END + "\n\nafter\n")
                .doesNotContain("stale text");
        assertThat(NodeCatalogMarkdown.section(text)).isEqualTo(NodeCatalogMarkdown.render(NodesCommand.catalog()));
    }

    @Test
    void readmeWithoutMarkersIsRefusedAndLeftAlone() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Title\n");

        CliRunner.Outcome outcome = CliRunner.run("nodes", "--markdown", "--readme", readme.toString());

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(outcome.err()).contains("<!-- nodes:begin -->");
        assertThat(Files.readString(readme)).isEqualTo("# Title\n");
    }
}
