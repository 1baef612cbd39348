package org.doorway.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile, compose file and Kubernetes manifests, read and checked for
 * what a deployment needs (no container engine runs in CI: nothing is built
 * or applied). Probes must point at endpoints serve really mounts.
 */
class DeploymentFilesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** The endpoints ServeCommand mounts for operators; checked against a running server in HealthEndpointsTest. */
    private static final List<String> SERVED = List.of("/healthz", "/readyz", "/metrics", "/slack/events",
            "/api/messages");

    private final String dockerfile = read("Dockerfile");
    private final Map<String, JsonNode> kinds = manifests();

    @Test
    void dockerfile_multiStage_jreRuntime_nonRoot_classDataArchive_healthcheck() {
        List<String> froms = lines("FROM ");
        assertThat(froms).hasSizeGreaterThanOrEqualTo(2);
        assertThat(froms.get(froms.size() - 1)).contains("-jre");
        assertThat(instruction("USER")).doesNotStartWith("root").doesNotStartWith("0");
        assertThat(dockerfile).contains("-XX:ArchiveClassesAtExit=/opt/doorway/doorway.jsa");
        assertThat(read("bin/doorway")).contains("${jar%.jar}.jsa");
        assertThat(instruction("HEALTHCHECK")).contains("/healthz");
        assertThat(instruction("STOPSIGNAL")).isEqualTo("SIGTERM");
    }

    @Test
    void kubernetes_deployment_twoReplicas_probesOnRealEndpoints_portAndImageAgreeWithTheDockerfile() {
        JsonNode deployment = kinds.get("Deployment");
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(2);
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/healthz");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/readyz");
        List.of("/startupProbe", "/livenessProbe", "/readinessProbe").forEach(probe ->
                assertThat(SERVED).contains(container.at(probe + "/httpGet/path").asText()));
        assertThat(container.at("/ports/0/containerPort").asText()).isEqualTo(instruction("EXPOSE"));
        assertThat(container.at("/resources/requests/cpu").isMissingNode()).isFalse();
        assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();
        assertThat(deployment.at("/spec/template/spec/securityContext/runAsUser").asText())
                .isEqualTo(instruction("USER").split(":")[0]);
        assertThat(deployment.at("/spec/template/spec/terminationGracePeriodSeconds").asInt())
                .isGreaterThan(kinds.get("ConfigMap").at("/data/SHUTDOWN_GRACE_SECONDS").asInt());
        assertThat(container.at("/image").asText()).isEqualTo(compose().at("/services/doorway/image").asText());
        assertThat(container.at("/envFrom/0/configMapRef/name").asText())
                .isEqualTo(kinds.get("ConfigMap").at("/metadata/name").asText());
        assertThat(container.at("/envFrom/1/secretRef/name").asText())
                .isEqualTo(kinds.get("Secret").at("/metadata/name").asText());
    }

    @Test
    void kubernetes_serviceIngressAndBudget_selectThePods() {
        JsonNode labels = kinds.get("Deployment").at("/spec/template/metadata/labels");
        assertThat(kinds.get("Service").at("/spec/selector")).isEqualTo(labels);
        assertThat(kinds.get("PodDisruptionBudget").at("/spec/selector/matchLabels")).isEqualTo(labels);
        assertThat(kinds.get("PodDisruptionBudget").at("/spec/minAvailable").asInt()).isEqualTo(1);
        assertThat(kinds.get("Service").at("/spec/ports/0/targetPort").asText())
                .isEqualTo(kinds.get("Deployment").at("/spec/template/spec/containers/0/ports/0/name").asText());
        List<String> paths = new ArrayList<>();
        kinds.get("Ingress").at("/spec/rules/0/http/paths").forEach(path -> {
            paths.add(path.at("/path").asText());
            assertThat(path.at("/backend/service/name").asText())
                    .isEqualTo(kinds.get("Service").at("/metadata/name").asText());
        });
        assertThat(paths).containsExactlyInAnyOrder("/slack/events", "/api/messages");
        assertThat(SERVED).containsAll(paths);
        JsonNode kustomization = parse("deploy/kubernetes/kustomization.yaml").get(0);
        kustomization.at("/resources").forEach(file ->
                assertThat(Path.of("deploy/kubernetes", file.asText())).exists());
    }

    @Test
    void compose_doorwayAndPostgres_volumes_secretsFromEnvFiles() {
        JsonNode compose = compose();
        JsonNode doorway = compose.at("/services/doorway");
        assertThat(compose.at("/services/postgres/image").asText()).startsWith("postgres:");
        assertThat(doorway.at("/build/dockerfile").asText()).isEqualTo("Dockerfile");
        assertThat(doorway.at("/env_file").asText()).isEqualTo("doorway.env");
        assertThat(compose.at("/services/postgres/env_file").asText()).isEqualTo("postgres.env");
        assertThat(Path.of("deploy/doorway.env.example")).exists();
        assertThat(Path.of("deploy/postgres.env.example")).exists();
        assertThat(doorway.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
        assertThat(doorway.at("/ports/0").asText()).endsWith(":" + instruction("EXPOSE"));
        assertThat(doorway.at("/volumes/0").asText()).endsWith(":/var/lib/doorway");
        assertThat(dockerfile).contains("DOORWAY_HOME=/var/lib/doorway");
        assertThat(compose.at("/volumes").has("postgres-data")).isTrue();
        assertThat(read("deploy/doorway.env.example")).contains("DATABASE_URL=jdbc:postgresql://postgres:5432/");
    }

    private JsonNode compose() {
        return parse("deploy/compose.yaml").get(0);
    }

    private Map<String, JsonNode> manifests() {
        Map<String, JsonNode> byKind = new HashMap<>();
        for (String file : List.of("deployment.yaml", "service.yaml", "ingress.yaml", "poddisruptionbudget.yaml",
                "configmap.yaml", "secret.example.yaml")) {
            for (JsonNode manifest : parse("deploy/kubernetes/" + file)) {
                assertThat(manifest.path("apiVersion").asText()).as(file).isNotEmpty();
                assertThat(manifest.at("/metadata/name").asText()).as(file).isNotEmpty();
                byKind.put(manifest.path("kind").asText(), manifest);
            }
        }
        return byKind;
    }

    private static List<JsonNode> parse(String file) {
        try (YAMLParser parser = new YAMLFactory().createParser(Path.of(file).toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
            return documents;
        } catch (IOException unreadable) {
            throw new AssertionError(file + " is not YAML: " + unreadable.getMessage(), unreadable);
        }
    }

    private List<String> lines(String prefix) {
        return dockerfile.lines().filter(line -> line.startsWith(prefix)).toList();
    }

    /** The argument of the last top-level instruction, continuation lines joined. */
    private String instruction(String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + " ((?:.*\\\\\\n)*.*)$").matcher(dockerfile);
        String found = null;
        while (matcher.find()) {
            found = matcher.group(1).replace("\\\n", " ").trim();
        }
        assertThat(found).as(name + " in the Dockerfile").isNotNull();
        return found;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException missing) {
            throw new AssertionError(file + " is missing", missing);
        }
    }
}
