package io.actorgraph.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The web side's place among the packages (DEVELOPERS.md): it serves the graph, it never writes it by itself. */
@AnalyzeClasses(packages = "io.actorgraph", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    @ArchTest
    static final ArchRule webNeverUsesTheLoader = noClasses().that().resideInAPackage("io.actorgraph.web..")
            .should().dependOnClassesThat().resideInAPackage("io.actorgraph.load..")
            .because("the web side reads through query and store; articles reach the graph only through ingest");

    @ArchTest
    static final ArchRule webUsesOnlyQueryIngestStoreAndModel = noClasses().that().resideInAPackage("io.actorgraph.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.actorgraph.extract..", "io.actorgraph.statement..",
                    "io.actorgraph.resolve..", "io.actorgraph.input..", "io.actorgraph.cli..", "io.actorgraph.bench..")
            .because("DEVELOPERS.md: web may use query, ingest and store (and the model's enums)");

    @ArchTest
    static final ArchRule onlyServeStartsSpring = noClasses()
            .that().resideOutsideOfPackages("io.actorgraph.web..", "io.actorgraph.cli..", "io.actorgraph.bench..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.boot..")
            .because("ask, load and ingest must stay fast: Spring Boot starts only under serve");

    @ArchTest
    static final ArchRule onlyServeAndBenchmarksReachTheWebSide = noClasses()
            .that().resideInAPackage("io.actorgraph.cli..").and().doNotHaveSimpleName("ServeCommand")
            .and().doNotHaveFullyQualifiedName("io.actorgraph.cli.ServeCommand$Server")
            .and().doNotHaveFullyQualifiedName("io.actorgraph.cli.ServeCommand$HttpIngest")
            .should().dependOnClassesThat().resideInAPackage("io.actorgraph.web..")
            .because("no other command may start Spring by touching the web side");
}
