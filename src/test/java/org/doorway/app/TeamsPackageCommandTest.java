package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TeamsPackageCommandTest {
    private static final String APP_ID = "6f1e2a3b-1111-4222-8333-944455556666";

    @TempDir
    Path folder;
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine(Environment.system());
        commandLine.setErr(new PrintWriter(err));
        commandLine.setOut(new PrintWriter(new StringWriter()));
        return commandLine.execute(args);
    }

    @Test
    void buildsAZipWithTheInstitutionsAppIdAndHost() throws Exception {
        Path zip = folder.resolve("doorway-teams.zip");
        assertThat(run("teams-package", "--app-id", APP_ID, "--host", "doorway.uni.example.ac.uk", "--out",
                zip.toString(), "--app-version", "1.2.0")).isEqualTo(ExitCodes.OK);
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries).containsOnlyKeys("manifest.json", "color.png", "outline.png");
        JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
        assertThat(manifest.path("manifestVersion").asText()).isEqualTo("1.22");
        assertThat(manifest.path("id").asText()).isEqualTo(APP_ID);
        assertThat(manifest.path("version").asText()).isEqualTo("1.2.0");
        assertThat(manifest.path("bots").get(0).path("botId").asText()).isEqualTo(APP_ID);
        assertThat(manifest.path("validDomains").toString()).isEqualTo("[\"doorway.uni.example.ac.uk\"]");
        assertThat(manifest.path("developer").path("websiteUrl").asText())
                .isEqualTo("https://doorway.uni.example.ac.uk/");
        assertIcon(entries.get("color.png"), 192);
        BufferedImage outline = assertIcon(entries.get("outline.png"), 32);
        assertWhiteOnTransparent(outline);
    }

    @Test
    void badDetails_areEachNamedWithTheFix_andNothingIsWritten() {
        Path zip = folder.resolve("doorway-teams.zip");
        assertThat(run("teams-package", "--app-id", "my-bot", "--host", "https://doorway.example.ac.uk/", "--out",
                zip.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--app-id must be", "--host must be", "without https://");
        assertThat(zip).doesNotExist();
    }

    /** Runs only where e2e/teams has its npm packages installed (CI: npm ci in e2e/teams). */
    @Test
    void manifest_validatesAgainstThePublishedSchema() throws Exception {
        Path tools = Path.of("e2e/teams/node_modules/@microsoft/app-manifest");
        assumeTrue(Files.isDirectory(tools), "npm ci in e2e/teams to validate against the published schema");
        Path zip = folder.resolve("doorway-teams.zip");
        run("teams-package", "--app-id", APP_ID, "--host", "doorway.example.ac.uk", "--out", zip.toString());
        Path manifest = folder.resolve("manifest.json");
        Files.write(manifest, unzip(zip).get("manifest.json"));
        Process node = new ProcessBuilder("node", "validate-manifest.mjs", manifest.toString())
                .directory(Path.of("e2e/teams").toFile()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes());
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
    }

    private static Map<String, byte[]> unzip(Path zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static BufferedImage assertIcon(byte[] png, int size) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        return image;
    }

    private static void assertWhiteOnTransparent(BufferedImage outline) {
        int transparent = 0;
        for (int y = 0; y < outline.getHeight(); y++) {
            for (int x = 0; x < outline.getWidth(); x++) {
                int argb = outline.getRGB(x, y);
                if (argb >>> 24 == 0) {
                    transparent++;
                } else {
                    assertThat(argb & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(0xFFFFFF);
                }
            }
        }
        assertThat(transparent).isPositive();
    }
}
