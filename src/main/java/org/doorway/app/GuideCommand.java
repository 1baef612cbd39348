package org.doorway.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.Tool;
import org.doorway.resources.GuidePages;
import org.doorway.resources.pdf.GuidePdf;
import org.doorway.resources.pdf.Paper;
import org.doorway.text.Spelling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code guide TOOL --out FILE}: a tool's one-page printable guide, made locally from the catalogue. */
@Command(name = "guide", mixinStandardHelpOptions = true,
        description = "Write the one-page printable guide (PDF) for TOOL, the id of a catalogue entry.")
final class GuideCommand extends DoorwaySubcommand {
    @Parameters(paramLabel = "TOOL", description = "the tool's id, e.g. moodle-quiz")
    String toolId;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the PDF")
    Path out;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4",
            description = "paper size: a4 (default) or letter")
    String paper;

    GuideCommand(Environment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        Optional<Paper> size = Paper.parse(paper);
        if (size.isEmpty()) {
            err().println("--paper is '" + paper + "': use a4 or letter.");
            return ExitCodes.BAD_INPUT;
        }
        try (Doorway doorway = openDoorway()) {
            Catalogue catalogue = doorway.catalogue().load();
            Optional<Tool> tool = catalogue.tool(toolId);
            if (tool.isEmpty()) {
                err().println("There is no tool '" + toolId + "' in the catalogue."
                        + Spelling.closest(toolId, catalogue.tools().stream().map(Tool::id).toList())
                                .map(id -> " Did you mean '" + id + "'?").orElse("")
                        + " Tool ids are the 'id:' lines of `doorway catalogue export FILE`.");
                return ExitCodes.BAD_INPUT;
            }
            out().println("Writing the one-page guide for " + tool.get().name() + " (" + size.get().name() + ") to "
                    + out + " ...");
            byte[] pdf = new GuidePdf().write(new GuidePages().of(tool.get(), catalogue), size.get());
            write(pdf);
            out().println("Done: " + out + " (1 page, " + (pdf.length + 1023) / 1024 + " KB).");
            return ExitCodes.OK;
        } catch (IOException e) {
            err().println("Could not write " + out + ": " + e.getMessage()
                    + ". Check that its folder exists and is writable.");
            return ExitCodes.FAILURE;
        }
    }

    /** Written beside the target and moved into place, so a failed write never leaves half a PDF. */
    private void write(byte[] pdf) throws IOException {
        Path target = out.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), ".guide-", ".pdf");
        try {
            Files.write(temporary, pdf);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
