package org.doorway.needs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import org.doorway.DoorwayException;

/** Reads the classifier's bundled YAML data; a missing file is a packaging bug. */
final class Resources {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Resources() {}

    static <T> T yaml(String name, TypeReference<T> type) {
        String path = "/org/doorway/needs/" + name;
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new DoorwayException("missing resource " + path + ": rebuild the jar");
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new DoorwayException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
