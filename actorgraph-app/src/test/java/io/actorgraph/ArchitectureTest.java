package io.actorgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The "may use" column of DEVELOPERS.md's package table, row by row: each package reaches only
 * the packages its row names (model's enums are everyone's). A change here is a change to that
 * table, and the other way round.
 */
@AnalyzeClasses(packages = "io.actorgraph", importOptions = ArchitectureTest.MainClassesOfEveryModule.class)
class ArchitectureTest {

    /** The main classes of core, graph and app (folders or jars), none of their tests (graph's test jar included). */
    static final class MainClassesOfEveryModule implements ImportOption {
        private final ImportOption tests = new DoNotIncludeTests();

        @Override
        public boolean includes(Location location) {
            return tests.includes(location) && !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule everyPackageUsesOnlyWhatItsRowAllows = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("io.actorgraph.model..")
            .layer("input").definedBy("io.actorgraph.input..")
            .layer("statement").definedBy("io.actorgraph.statement..")
            .layer("resolve").definedBy("io.actorgraph.resolve..")
            .layer("extract").definedBy("io.actorgraph.extract..")
            .layer("store").definedBy("io.actorgraph.store..")
            .layer("load").definedBy("io.actorgraph.load..")
            .layer("ingest").definedBy("io.actorgraph.ingest..")
            .layer("query").definedBy("io.actorgraph.query..")
            .layer("web").definedBy("io.actorgraph.web..")
            .layer("cli").definedBy("io.actorgraph.cli..")
            .layer("bench").definedBy("io.actorgraph.bench..")
            .whereLayer("model").mayNotAccessAnyLayer()
            .whereLayer("input").mayOnlyAccessLayers("model")
            .whereLayer("statement").mayOnlyAccessLayers("model", "input")
            .whereLayer("resolve").mayOnlyAccessLayers("model", "statement")
            .whereLayer("extract").mayOnlyAccessLayers("model", "input", "statement", "resolve")
            .whereLayer("store").mayNotAccessAnyLayer()
            .whereLayer("load").mayOnlyAccessLayers("model", "input", "statement", "resolve", "store")
            .whereLayer("ingest").mayOnlyAccessLayers("model", "input", "statement", "extract", "load", "store")
            .whereLayer("query").mayOnlyAccessLayers("model", "resolve", "store")
            .whereLayer("web").mayOnlyAccessLayers("model", "query", "ingest", "store")
            .whereLayer("bench").mayOnlyAccessLayers("model", "input", "statement", "resolve", "extract", "store", "load",
                    "ingest", "query", "web")
            .whereLayer("cli").mayOnlyAccessLayers("model", "input", "statement", "resolve", "extract", "store", "load",
                    "ingest", "query", "web", "bench")
            .because("DEVELOPERS.md: packages by feature, each using only those its row names; bench never the cli,"
                    + " so that the two do not depend on each other");

    @ArchTest
    static final ArchRule onlyServeStartsSpring = noClasses()
            .that().resideOutsideOfPackages("io.actorgraph.web..", "io.actorgraph.cli..", "io.actorgraph.bench..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.boot..")
            .because("ask, load and ingest must stay fast: Spring Boot starts only under serve");

    @ArchTest
    static final ArchRule onlyServeReachesTheWebSide = noClasses()
            .that().resideInAPackage("io.actorgraph.cli..").and().doNotHaveSimpleName("ServeCommand")
            .should().dependOnClassesThat().resideInAPackage("io.actorgraph.web..")
            .because("no other command may start Spring by touching the web side");

    @ArchTest
    static final ArchRule theCoreModuleUsesNeitherNeo4jNorSpring = noClasses()
            .that().resideInAnyPackage("io.actorgraph.model..", "io.actorgraph.input..", "io.actorgraph.statement..",
                    "io.actorgraph.resolve..", "io.actorgraph.extract..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "org.springframework..")
            .because("actorgraph-core runs beside other stacks (a Spark job): README \"Modules\"");
}
