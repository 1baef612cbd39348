package org.doorway.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * A guide to a tool. {@code url} is http(s) only; {@code dates} are the
 * upcoming sessions of a webinar and empty for other formats.
 */
public record Guide(String title, GuideFormat format, String url, List<LocalDate> dates) {
    public Guide {
        dates = List.copyOf(dates);
    }
}
