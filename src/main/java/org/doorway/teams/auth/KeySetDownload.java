package org.doorway.teams.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Downloads the OpenID metadata, then the key set it names. Endorsements are
 * read from the same download with Jackson, because Nimbus drops JWK fields it
 * does not know.
 */
final class KeySetDownload {
    private static final ObjectMapper json = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final URI metadataUrl;

    KeySetDownload(HttpClient http, URI metadataUrl) {
        this.http = http;
        this.metadataUrl = metadataUrl;
    }

    /** Keys by key id. */
    Map<String, EndorsedKey> fetch() {
        JsonNode metadata = get(metadataUrl);
        String jwksUri = metadata.path("jwks_uri").asText("");
        if (!jwksUri.startsWith("https://") && !jwksUri.startsWith("http://")) {
            throw new SigningKeysUnavailable("the OpenID metadata at " + metadataUrl + " has no jwks_uri", null);
        }
        return parse(get(URI.create(jwksUri)));
    }

    static Map<String, EndorsedKey> parse(JsonNode keySet) {
        Map<String, EndorsedKey> keys = new HashMap<>();
        for (JsonNode node : keySet.path("keys")) {
            try {
                if (JWK.parse(node.toString()) instanceof RSAKey rsa && rsa.getKeyID() != null) {
                    Set<String> endorsements = new HashSet<>();
                    node.path("endorsements").forEach(channel -> endorsements.add(channel.asText()));
                    keys.put(rsa.getKeyID(), new EndorsedKey(rsa, endorsements));
                }
            } catch (java.text.ParseException unreadable) {
                // One bad key must not hide the others.
            }
        }
        return keys;
    }

    private JsonNode get(URI url) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new SigningKeysUnavailable("GET " + url + " answered " + response.statusCode(), null);
            }
            return json.readTree(response.body());
        } catch (IOException failure) {
            throw new SigningKeysUnavailable("GET " + url + " failed: " + failure, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SigningKeysUnavailable("interrupted while fetching " + url, interrupted);
        }
    }
}
