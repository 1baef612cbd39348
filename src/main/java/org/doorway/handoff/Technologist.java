package org.doorway.handoff;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A learning technologist on the roster. {@code id} is the lower-cased email,
 * stable across imports. {@code chatIds} maps a platform ({@code slack},
 * {@code teams}) to their user id there. {@code expertise} holds need ids and
 * tool ids alike, in the roster file's order. {@code capacity} is how many
 * open handoffs they take at once; {@code available} is the switch they set
 * themselves.
 */
public record Technologist(String id, String name, String email, Map<String, String> chatIds, ZoneId timezone,
        WeeklyHours hours, List<Absence> away, List<String> expertise, int capacity, boolean available) {

    public Technologist {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(hours, "hours");
        chatIds = Map.copyOf(chatIds);
        away = List.copyOf(away);
        expertise = List.copyOf(expertise);
    }

    /** The id for an email address, so that the same person keeps their load and history across imports. */
    public static String idFor(String email) {
        return email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public Optional<String> chatId(String platform) {
        return Optional.ofNullable(chatIds.get(platform));
    }

    public boolean isAbsentOn(LocalDate day) {
        return away.stream().anyMatch(absence -> absence.covers(day));
    }

    public boolean knows(String expertiseId) {
        return expertise.contains(expertiseId);
    }

    public Technologist withAvailable(boolean nowAvailable) {
        return new Technologist(id, name, email, chatIds, timezone, hours, away, expertise, capacity, nowAvailable);
    }
}
