package org.doorway.catalogue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.doorway.DoorwayException;
import org.doorway.yaml.UnreadableYaml;
import org.doorway.yaml.YamlProblem;

/** Reading and writing catalogue files, with a size limit and readable errors. */
final class CatalogueFiles {
    /** Far above any real catalogue (5,000 tools is about 10 MB) but stops a wrong file filling memory. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private CatalogueFiles() {}

    /** The file's text; {@link UnreadableYaml} carries the reason it cannot be read, as an error to show. */
    static String read(Path file) throws UnreadableYaml {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableYaml(YamlProblem.error(0, file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB",
                        "check this is the catalogue file"));
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new UnreadableYaml(YamlProblem.error(0, "no such file: " + file, "check the path"));
        } catch (CharacterCodingException e) {
            throw new UnreadableYaml(YamlProblem.error(0, file + " is not UTF-8 text", "save it as UTF-8"));
        } catch (IOException e) {
            throw new UnreadableYaml(YamlProblem.error(0, "cannot read " + file + ": " + e.getMessage(), "check the path and its permissions"));
        }
    }

    /** Writes through a temporary file and a move, so a crash never leaves half a catalogue. */
    static void write(Path file, String text) {
        Path target = file.toAbsolutePath();
        try {
            Path temporary = Files.createTempFile(target.getParent(), ".catalogue", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new DoorwayException("cannot write " + file + ": " + e.getMessage() + " — check the folder exists and is writable", e);
        }
    }
}
