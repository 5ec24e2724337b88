package io.actorgraph.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.cli.ActorGraphCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker/compose.yaml and docker/Dockerfile, read as Docker would read them (no engine runs
 * here): the services, their pinned images, ports on loopback, secrets from the environment,
 * the data volume, and the app's command parsed by the real command line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockerFilesTest {

    private static final Path COMPOSE = Path.of("docker/compose.yaml");
    private static final Path DOCKERFILE = Path.of("docker/Dockerfile");

    private Map<String, Object> compose;
    private Map<String, Object> neo4j;
    private Map<String, Object> app;
    private List<Instruction> dockerfile;

    /** One Dockerfile instruction: its keyword and its arguments, continuation lines joined. */
    record Instruction(String keyword, String arguments) {
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    void read() throws IOException {
        compose = new Yaml().load(Files.readString(COMPOSE));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsOnlyKeys("neo4j", "app");
        neo4j = (Map<String, Object>) services.get("neo4j");
        app = (Map<String, Object>) services.get("app");
        dockerfile = instructions(Files.readString(DOCKERFILE));
    }

    static List<Instruction> instructions(String text) {
        List<Instruction> list = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String[] parts = current.toString().split("\\s+", 2);
            list.add(new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1].strip() : ""));
            current.setLength(0);
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        return (Map<String, String>) service.get("environment");
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> service, String key) {
        return (List<String>) service.get(key);
    }

    private static String pomNeo4jVersion() throws IOException {
        Matcher m = Pattern.compile("<neo4j.version>([^<]+)</neo4j.version>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void neo4jIsAPinned526ServerWithItsPasswordFromTheEnvironment() throws IOException {
        String image = (String) neo4j.get("image");
        assertThat(image).matches("neo4j:5\\.26\\.\\d+(-community|-enterprise)?");
        assertThat(image).startsWith("neo4j:" + pomNeo4jVersion());
        String auth = environment(neo4j).get("NEO4J_AUTH");
        assertThat(auth).startsWith("neo4j/${NEO4J_PASSWORD:?");
        // settings in the image's NEO4J_ convention: dots as _, underscores doubled
        environment(neo4j).keySet().stream().filter(k -> !k.equals("NEO4J_AUTH"))
                .forEach(k -> assertThat(k).matches("NEO4J_[a-z]+(_[a-z]+|__[a-z]+)*"));
        assertThat(neo4j.get("healthcheck")).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void portsArePublishedOnTheHostsLoopbackOnly() {
        assertThat(list(neo4j, "ports")).containsExactlyInAnyOrder("127.0.0.1:7474:7474", "127.0.0.1:7687:7687");
        assertThat(list(app, "ports")).containsExactly("127.0.0.1:8080:8080");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGraphLivesInANamedVolume() {
        assertThat(list(neo4j, "volumes")).contains("neo4j-data:/data");
        Map<String, Object> volumes = (Map<String, Object>) compose.get("volumes");
        for (String mount : list(neo4j, "volumes")) {
            assertThat(volumes).containsKey(mount.split(":")[0]);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAppIsBuiltHereAndWaitsForAHealthyNeo4j() {
        Map<String, Object> build = (Map<String, Object>) app.get("build");
        Path context = COMPOSE.getParent().resolve((String) build.get("context")).normalize();
        assertThat(context.resolve((String) build.get("dockerfile"))).isEqualTo(DOCKERFILE.normalize());
        assertThat(context.resolve("pom.xml")).exists();
        Map<String, Object> dependsOn = (Map<String, Object>) app.get("depends_on");
        assertThat((Map<String, Object>) dependsOn.get("neo4j")).containsEntry("condition", "service_healthy");
        Map<String, String> env = environment(app);
        assertThat(env.get("NEO4J_PASSWORD")).startsWith("${NEO4J_PASSWORD:?");
        assertThat(env.get("ACTORGRAPH_API_TOKEN")).startsWith("${ACTORGRAPH_API_TOKEN:?");
        assertThat(env).containsEntry("NEO4J_USERNAME", "neo4j");
    }

    @Test
    void theAppsCommandIsARealServeCommandLineAgainstTheNeo4jService() {
        List<String> command = list(app, "command");
        ParseResult parsed = new CommandLine(new ActorGraphCommand()).parseArgs(command.toArray(String[]::new));
        ParseResult serve = parsed.subcommand();
        assertThat(serve.commandSpec().name()).isEqualTo("serve");
        assertThat((String) serve.matchedOptionValue("--uri", null)).isEqualTo("bolt://neo4j:7687");
        // beyond loopback inside the container: the token comes from the environment (checked above)
        assertThat((String) serve.matchedOptionValue("--bind", null)).isEqualTo("0.0.0.0");
        int port = serve.matchedOptionValue("--port", 8080);
        assertThat(list(app, "ports").get(0)).endsWith(":" + port);
        assertThat(dockerfile).contains(new Instruction("EXPOSE", String.valueOf(port)));
    }

    @Test
    void theDockerfileBuildsWithTheWrapperAndRunsTheJarUnprivileged() {
        List<String> from = dockerfile.stream().filter(i -> i.keyword().equals("FROM")).map(Instruction::arguments).toList();
        assertThat(from).hasSize(2);
        from.forEach(f -> assertThat(f).matches("eclipse-temurin:17-[a-z]+-[a-z]+( AS \\w+)?"));
        assertThat(dockerfile).anyMatch(i -> i.keyword().equals("RUN") && i.arguments().contains("./mvnw")
                && i.arguments().contains("package"));
        // every COPY from the build context names something the repository has
        dockerfile.stream().filter(i -> i.keyword().equals("COPY") && !i.arguments().startsWith("--from"))
                .forEach(i -> {
                    String[] parts = i.arguments().split("\\s+");
                    for (int k = 0; k < parts.length - 1; k++) {
                        assertThat(Path.of(parts[k])).as(i.toString()).exists();
                    }
                });
        assertThat(dockerfile).anyMatch(i -> i.keyword().equals("COPY") && i.arguments().contains("/src/actorgraph-app/target/actorgraph.jar"));
        assertThat(dockerfile).anyMatch(i -> i.keyword().equals("COPY") && i.arguments().contains("/src/actorgraph-app/target/lib/"));
        Instruction user = dockerfile.stream().filter(i -> i.keyword().equals("USER")).reduce((a, b) -> b).orElseThrow();
        assertThat(user.arguments()).isNotIn("root", "0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theImagesEntryPointRunsTheJarAndItsDefaultCommandParses() {
        JsonMapper json = JsonMapper.builder().build();
        Instruction entry = dockerfile.stream().filter(i -> i.keyword().equals("ENTRYPOINT")).findFirst().orElseThrow();
        List<String> entryPoint = json.readValue(entry.arguments(), List.class);
        assertThat(entryPoint.get(0)).isEqualTo("java");
        assertThat(entryPoint.subList(entryPoint.size() - 2, entryPoint.size())).containsExactly("-jar", "/app/actorgraph.jar");
        assertThat(entryPoint).contains("--add-opens=java.base/java.nio=ALL-UNNAMED");
        Instruction cmd = dockerfile.stream().filter(i -> i.keyword().equals("CMD")).findFirst().orElseThrow();
        List<String> defaults = json.readValue(cmd.arguments(), List.class);
        assertThat(defaults).isEqualTo(list(app, "command"));
        new CommandLine(new ActorGraphCommand()).parseArgs(defaults.toArray(String[]::new));
    }

    @Test
    void theBuildContextLeavesLocalFilesOut() throws IOException {
        assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains("target/", ".git/");
    }
}
