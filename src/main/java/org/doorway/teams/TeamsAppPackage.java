package org.doorway.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.doorway.DoorwayException;

/**
 * The uploadable Teams app package: the manifest template from
 * {@code manifests/teams} with the institution's app id and host filled in,
 * plus the two icons, in a zip.
 */
public final class TeamsAppPackage {
    private static final String TEMPLATE = "/manifests/teams/";
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
            + "[A-Za-z]{2,63}");
    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What an institution fills in; {@code appVersion} must go up with every re-upload. */
    public record Details(String appId, String host, String appVersion, Optional<String> privacyUrl,
            Optional<String> termsUrl) {}

    private TeamsAppPackage() {}

    /** Every problem with the details, each naming the fix; empty when the package can be built. */
    public static List<String> problems(Details details) {
        List<String> problems = new ArrayList<>();
        if (details.appId() == null || !GUID.matcher(details.appId()).matches()) {
            problems.add("--app-id must be the bot's Microsoft App ID, a GUID such as "
                    + "6f1e2a3b-1111-4222-8333-944455556666 (Azure portal: your Azure Bot > Configuration)");
        }
        if (details.host() == null || !HOST.matcher(details.host()).matches()) {
            problems.add("--host must be the host name Doorway is served on, such as doorway.example.ac.uk, "
                    + "without https:// or a path");
        }
        if (details.appVersion() == null || !SEMVER.matcher(details.appVersion()).matches()) {
            problems.add("--app-version must look like 1.0.0, and go up each time you upload a new package");
        }
        details.privacyUrl().filter(url -> !url.startsWith("https://"))
                .ifPresent(url -> problems.add("--privacy-url must start with https://"));
        details.termsUrl().filter(url -> !url.startsWith("https://"))
                .ifPresent(url -> problems.add("--terms-url must start with https://"));
        return problems;
    }

    /** The zip's bytes; call only when {@link #problems} is empty. */
    public static byte[] build(Details details) {
        ObjectNode manifest = manifest(details);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            add(out, "manifest.json", json.writeValueAsBytes(manifest));
            add(out, "color.png", template("color.png"));
            add(out, "outline.png", template("outline.png"));
        } catch (IOException failure) {
            throw new DoorwayException("cannot build the Teams app package: " + failure.getMessage(), failure);
        }
        return zip.toByteArray();
    }

    static ObjectNode manifest(Details details) {
        ObjectNode manifest;
        try {
            manifest = (ObjectNode) json.readTree(template("manifest.json"));
        } catch (IOException failure) {
            throw new DoorwayException("the Teams manifest template is unreadable", failure);
        }
        String website = "https://" + details.host() + "/";
        manifest.put("id", details.appId());
        manifest.put("version", details.appVersion());
        ((ObjectNode) manifest.path("developer")).put("websiteUrl", website)
                .put("privacyUrl", details.privacyUrl().orElse(website))
                .put("termsOfUseUrl", details.termsUrl().orElse(website));
        manifest.path("bots").forEach(bot -> ((ObjectNode) bot).put("botId", details.appId()));
        manifest.putArray("validDomains").add(details.host());
        return manifest;
    }

    private static byte[] template(String name) {
        try (InputStream in = TeamsAppPackage.class.getResourceAsStream(TEMPLATE + name)) {
            if (in == null) {
                throw new DoorwayException("the Teams app template " + name + " is missing from this build");
            }
            return in.readAllBytes();
        } catch (IOException failure) {
            throw new DoorwayException("cannot read the Teams app template " + name, failure);
        }
    }

    private static void add(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
