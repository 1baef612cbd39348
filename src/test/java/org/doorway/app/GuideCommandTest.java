package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideCommandTest {
    @TempDir
    Path folder;

    @Test
    void writesOnePagePdf_onTheChosenPaper() throws Exception {
        Path file = folder.resolve("quiz.pdf");
        CommandRun run = CommandRun.of(folder, "", "guide", "moodle-quiz", "--out", file.toString(), "--paper", "letter");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Writing the one-page guide for Moodle Quiz (LETTER)").contains("Done: ");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
            assertThat(new PDFTextStripper().getText(pdf)).contains("Moodle Quiz").contains("Getting started");
        }
    }

    @Test
    void unknownTool_orPaper_orFolder_saysTheFixAndWritesNothing() {
        Path file = folder.resolve("x.pdf");
        CommandRun unknown = CommandRun.of(folder, "", "guide", "moodle-quizz", "--out", file.toString());
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).contains("no tool 'moodle-quizz'").contains("Did you mean 'moodle-quiz'?");
        CommandRun paper = CommandRun.of(folder, "", "guide", "moodle-quiz", "--out", file.toString(), "--paper", "a5");
        assertThat(paper.code()).isEqualTo(3);
        assertThat(paper.err()).contains("use a4 or letter");
        assertThat(Files.exists(file)).isFalse();
        CommandRun folderMissing = CommandRun.of(folder, "", "guide", "moodle-quiz", "--out",
                folder.resolve("missing/x.pdf").toString());
        assertThat(folderMissing.code()).isEqualTo(1);
        assertThat(folderMissing.err()).contains("Check that its folder exists");
    }
}
