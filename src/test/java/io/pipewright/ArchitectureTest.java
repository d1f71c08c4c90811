package io.pipewright;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layer rules of ARCHITECTURE.md; a forbidden import fails the build. */
@AnalyzeClasses(packages = "io.pipewright", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {"io.pipewright.graph..", "io.pipewright.param..", "io.pipewright.node..",
            "io.pipewright.exec..", "io.pipewright.format..", "io.pipewright.edit.."};

    @ArchTest
    static final ArchRule onlyTheAppUsesJavaFx = noClasses().that().resideOutsideOfPackage("io.pipewright.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the engine, the command line and a cluster runner must work without a screen");

    @ArchTest
    static final ArchRule onlyTheStoreUsesJdbc = noClasses().that().resideOutsideOfPackage("io.pipewright.store..")
            .and().areNotAnnotatedWith(LayerException.class)
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("the database is an implementation detail of the workspace store");

    @ArchTest
    static final ArchRule coreKnowsNoWeka = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("weka..", "javafx..")
            .because("the engine is tested on toy port types and stays fast to reason about");

    @ArchTest
    static final ArchRule coreKnowsNoClients = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("io.pipewright.nodes..", "io.pipewright.store..",
                    "io.pipewright.cli..", "io.pipewright.app..", "io.pipewright.bench..")
            .because("dependencies point one way: app, cli -> store, nodes -> exec, format, edit -> node, param, graph");

    @ArchTest
    static final ArchRule modelKnowsNothingAbove = noClasses().that().resideInAnyPackage("io.pipewright.graph..", "io.pipewright.param..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pipewright.node..", "io.pipewright.exec..",
                    "io.pipewright.format..", "io.pipewright.edit..")
            .because("the pipeline model and parameter specs are the bottom layer everything else builds on");

    @ArchTest
    static final ArchRule nodesNeverUseWekaGui = noClasses().that().resideInAPackage("io.pipewright.nodes..")
            .should().dependOnClassesThat().resideInAPackage("weka.gui..")
            .because("nodes run headless on a server; Weka's GUI classes need a display");

    @ArchTest
    static final ArchRule nodesAndStoreKnowNoClients = noClasses().that().resideInAnyPackage("io.pipewright.nodes..", "io.pipewright.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pipewright.cli..", "io.pipewright.app..")
            .because("the command line and the app are clients of the engine, not the other way round");

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching("io.pipewright.(*)..").should().beFreeOfCycles()
            .because("a cycle between layers makes them one layer that cannot be tested apart");

}
