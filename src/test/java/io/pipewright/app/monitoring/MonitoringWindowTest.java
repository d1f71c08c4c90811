package io.pipewright.app.monitoring;

import io.pipewright.store.SyntheticMonitoring;
import io.pipewright.store.Workspace;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Monitoring window, headless under Monocle, on a workspace holding five recorded monitoring runs. */
@ExtendWith(ApplicationExtension.class)
class MonitoringWindowTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    private Stage stage;
    private MonitoringWindow window;

    @Start
    void start(Stage primary) {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            SyntheticMonitoring.record(ws, "Retail", 5, Instant.parse("2026-01-01T08:00:00Z"));
        }
        // A stage of its own: TestFX hands every test class the same primary stage.
        stage = new Stage();
        window = MonitoringWindow.show(stage, dir.resolve("ws"));
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    private void awaitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.view().heatMap().model().runCount() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void heatMapAndChartShowTheFiveRecordedRunsAndTheChartExportsAsPng(FxRobot robot) throws Exception {
        awaitLoaded();

        assertThat(window.view().heatMap().model().runCount()).isEqualTo(5);
        assertThat(window.view().heatMap().model().columns()).contains("tenure", "contract");
        assertThat(window.view().chart().valueSeries().getData()).hasSize(5);
        assertThat(window.view().table().getItems()).hasSize(5);

        Path png = dir.resolve("chart.png");
        robot.interact(() -> {
            try {
                window.export(window.view().chart(), png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] bytes = Files.readAllBytes(png);
        assertThat(Arrays.copyOf(bytes, 8)).isEqualTo(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(window.view().chart().getWidth()));
        assertThat(image.getHeight()).isGreaterThan(100);
    }

    @Test
    void clickingAHeatMapCellOverlaysThatColumnsTwoDistributions(FxRobot robot) throws Exception {
        awaitLoaded();
        DriftHeatMapView heatMap = window.view().heatMap();

        robot.interact(() -> heatMap.model().cellAt(DriftHeatMapModel.LABEL_WIDTH + DriftHeatMapModel.CELL_WIDTH * 4.5,
                DriftHeatMapModel.HEADER_HEIGHT + DriftHeatMapModel.CELL_HEIGHT * 0.5).ifPresent(heatMap::select));

        assertThat(window.view().distribution().message()).isNull();
    }

    @Test
    void aThresholdTypedInTheFieldIsDrawnWithItsCrossingsInTheTitle(FxRobot robot) throws Exception {
        awaitLoaded();

        robot.interact(() -> {
            window.view().thresholdField().setText("0.86");
            window.view().thresholdField().fireEvent(new javafx.event.ActionEvent());
        });

        assertThat(window.view().chart().getTitle()).startsWith("accuracy of node performance over 5 runs")
                .contains("threshold 0.8600, 1 crossing");
    }
}
