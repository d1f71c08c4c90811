package io.pipewright.app;

import io.pipewright.exec.DiskOutputCache;
import io.pipewright.exec.PipelineExecutor;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A second run serves every node from the disk cache without loading tables; the Results dock loads them when shown. */
@ExtendWith(ApplicationExtension.class)
class CachedResultsTest {
    @TempDir
    static Path project;
    @TempDir
    static Path cacheDir;

    @Start
    void start(Stage stage) throws Exception {
        for (String name : new String[] {"iris-j48.pipeline.json", "iris.csv"}) {
            Files.copy(Path.of("sample-projects/iris", name), project.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        DiskOutputCache cache = new DiskOutputCache(cacheDir, 1L << 30);
        MainWindow window = new PipewrightApp().create(PipelineExecutor.withCores(cache), project.resolve("workspace"),
                java.util.List::of, null, false);
        window.useOutputCache(cache);
        window.show(stage);
        window.open(project.resolve("iris-j48.pipeline.json"));
    }

    @Test
    void aCachedNodesTableIsLoadedFromTheCacheWhenSelected(FxRobot robot) throws Exception {
        robot.clickOn("#tool-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".node-card.state-succeeded").queryAll().size() == 6);
        robot.clickOn("#tool-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".node-card.state-cached").queryAll().size() >= 4);
        robot.clickOn("#node-load");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#data-table").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 150 && n.isVisible()).orElse(false));
        assertThat(robot.lookup("#node-load").query().getStyleClass()).contains("state-cached");
    }
}
