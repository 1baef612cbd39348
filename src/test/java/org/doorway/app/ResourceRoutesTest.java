package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public resource routes over a real Jetty, on a fresh database with the default catalogue. */
class ResourceRoutesTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void guidesInvitesAndMaps_areServedCached_andUnknownOnesAre404(@TempDir Path folder) throws Exception {
        Map<String, String> env = Map.of("PORT", "0", "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("d.db"),
                "PUBLIC_URL", "https://doorway.uni.example");
        Clock clock = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);
        try (ServeCommand.Running running = ServeCommand.start(Doorway.open(env, clock))) {
            HttpResponse<byte[]> guide = get(running, "/guides/moodle-quiz.pdf", null);
            assertThat(guide.statusCode()).isEqualTo(200);
            assertThat(guide.headers().firstValue("Content-Type")).contains("application/pdf");
            assertThat(guide.headers().firstValue("Cache-Control")).contains("public, max-age=300");
            String etag = guide.headers().firstValue("ETag").orElseThrow();
            try (PDDocument pdf = Loader.loadPDF(guide.body())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                assertThat(new PDFTextStripper().getText(pdf)).contains("Moodle Quiz");
            }
            assertThat(get(running, "/guides/moodle-quiz.pdf", etag).statusCode()).isEqualTo(304);
            try (PDDocument letter = Loader.loadPDF(get(running, "/guides/moodle-quiz.pdf?paper=letter", null).body())) {
                assertThat(letter.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
            }
            assertThat(text(get(running, "/guides/no-such-tool.pdf", null))).startsWith("404 There is no printable guide");
            assertThat(text(get(running, "/guides/moodle-quiz.pdf?paper=a5", null))).startsWith("404 Paper sizes");
            assertThat(text(get(running, "/guides/moodle-quiz", null))).startsWith("404");

            HttpResponse<byte[]> invite = get(running, "/webinars/moodle-assignment.3.2027-01-20-1400.ics", null);
            assertThat(invite.statusCode()).isEqualTo(200);
            assertThat(invite.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
            assertThat(new String(invite.body())).contains("DTSTART;TZID=Europe/London:20270120T140000")
                    .contains("UID:moodle-assignment.3.2027-01-20-1400@doorway.uni.example");
            assertThat(text(get(running, "/webinars/moodle-assignment.3.2027-01-21-1400.ics", null)))
                    .startsWith("404 That webinar session is no longer");

            HttpResponse<byte[]> map = get(running, "/catalogue/map.svg", null);
            assertThat(map.statusCode()).isEqualTo(200);
            assertThat(map.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
            assertThat(map.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; style-src 'unsafe-inline'");
            assertThat(new String(get(running, "/catalogue/map.svg?need=live-engagement", null).body()))
                    .contains("How the tools for Interaction in live sessions fit together");
            assertThat(text(get(running, "/catalogue/map.svg?need=nope", null))).startsWith("404 There is no need");

            Catalogue before = running.doorway().catalogue().load();
            Tool quiz = before.tool("moodle-quiz").orElseThrow();
            Tool renamed = new Tool(quiz.id(), "Moodle Quiz (renamed)", quiz.summary(), quiz.url(), quiz.needs(),
                    quiz.support(), quiz.supportedBy(), quiz.dataProtection(), quiz.accessibility(), quiz.licence(),
                    quiz.costToStudents(), quiz.vleIntegration(), quiz.classFit(), quiz.planB(), quiz.guides(),
                    quiz.caseStudies(), quiz.experts(), quiz.reviewBy(), quiz.steps(), quiz.aliases());
            running.doorway().catalogue().replace(new Catalogue(before.needs(), before.tools().stream()
                    .map(tool -> tool.id().equals(quiz.id()) ? renamed : tool).toList()));
            HttpResponse<byte[]> after = get(running, "/guides/moodle-quiz.pdf", etag);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
            try (PDDocument pdf = Loader.loadPDF(after.body())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("Moodle Quiz (renamed)");
            }
        }
    }

    private HttpResponse<byte[]> get(ServeCommand.Running running, String path, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + running.web().port() + path));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return response.statusCode() + " " + new String(response.body());
    }

}
