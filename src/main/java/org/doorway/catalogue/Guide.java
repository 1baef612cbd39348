package org.doorway.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A guide to a tool. {@code url} is http(s) only. {@code minutes} is the
 * length of a video or of a webinar session, when the entry gives it;
 * {@code webinar} is present for webinars only.
 */
public record Guide(String title, GuideFormat format, String url, OptionalInt minutes, Optional<Webinar> webinar) {

    /** A guide with just dates (webinars) or none (everything else). */
    public Guide(String title, GuideFormat format, String url, List<LocalDate> dates) {
        this(title, format, url, OptionalInt.empty(), format == GuideFormat.WEBINAR || !dates.isEmpty()
                ? Optional.of(Webinar.onDates(dates.stream().map(Session::on).toList()))
                : Optional.empty());
    }

    /** The dates of a webinar's sessions; empty for other formats. */
    public List<LocalDate> dates() {
        return webinar.map(details -> details.sessions().stream().map(Session::date).toList()).orElse(List.of());
    }

    /** How it is shown, lower case: "3-min video" where a video's length is given, else the format's label. */
    public String label() {
        if (format == GuideFormat.VIDEO && minutes.isPresent()) {
            return minutes.getAsInt() + "-min video";
        }
        return format.label();
    }

    /** This guide with only the webinar sessions on or after {@code today}, earliest first. */
    public Guide from(LocalDate today) {
        return webinar.map(details -> new Guide(title, format, url, minutes, Optional.of(details.withSessions(
                details.sessions().stream().filter(session -> !session.date().isBefore(today))
                        .sorted(Session.ORDER).toList()))))
                .orElse(this);
    }
}
