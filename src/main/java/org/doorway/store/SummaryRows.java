package org.doorway.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.doorway.reports.RequestFold;
import org.doorway.reports.RequestStory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A {@link RequestStory} as a row of request_summaries
 * (V21__request_summaries.sql) and back: flags as 0/1, instants as epoch
 * milliseconds, technologist steps and follow-up outcomes as lines of
 * tab-separated pairs.
 */
final class SummaryRows {
    static final String COLUMNS = "request_id, opened_at, platform, staff_key, need_id, fault, unsure, no_tools, "
            + "suggested, accepted, rejected, handed_off_at, first_response_at, reopened, sla_moves, team_channel, "
            + "holder, followed_up, steps, outcomes";
    private static final String VALUES = ":request_id, :opened_at, :platform, :staff_key, :need_id, :fault, :unsure, "
            + ":no_tools, :suggested, :accepted, :rejected, :handed_off_at, :first_response_at, :reopened, :sla_moves, "
            + ":team_channel, :holder, :followed_up, :steps, :outcomes";

    private SummaryRows() {}

    /** Writes the story, replacing the request's row if it has one. */
    static void upsert(Handle handle, RequestStory story, int events) {
        StringBuilder updates = new StringBuilder();
        for (String column : COLUMNS.split(", ")) {
            if (!column.equals("request_id")) {
                updates.append(column).append(" = excluded.").append(column).append(", ");
            }
        }
        bind(handle.createUpdate("INSERT INTO request_summaries (" + COLUMNS + ", events, fold_version) VALUES ("
                + VALUES + ", :events, :fold_version) ON CONFLICT (request_id) DO UPDATE SET " + updates
                + "events = excluded.events, fold_version = excluded.fold_version"), story)
                .bind("events", events).bind("fold_version", RequestFold.VERSION).execute();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, RequestStory story) {
        return statement.bind("request_id", story.id()).bind("opened_at", story.openedAt().toEpochMilli())
                .bind("platform", story.platform()).bind("staff_key", story.staffKey())
                .bind("need_id", story.need().orElse(null)).bind("fault", flag(story.fault()))
                .bind("unsure", flag(story.unsure())).bind("no_tools", flag(story.noTools()))
                .bind("suggested", flag(story.suggested())).bind("accepted", flag(story.accepted()))
                .bind("rejected", flag(story.rejected()))
                .bind("handed_off_at", story.handedOffAt().map(Instant::toEpochMilli).orElse(null))
                .bind("first_response_at", story.firstResponseAt().map(Instant::toEpochMilli).orElse(null))
                .bind("reopened", flag(story.reopened())).bind("sla_moves", story.slaMoves())
                .bind("team_channel", flag(story.teamChannel())).bind("holder", story.holder().orElse(null))
                .bind("followed_up", flag(story.followedUp()))
                .bind("steps", pairs(story.steps(), RequestStory.TechnologistStep::kind,
                        RequestStory.TechnologistStep::technologistId))
                .bind("outcomes", pairs(story.outcomes(), RequestStory.ToolOutcome::toolId,
                        RequestStory.ToolOutcome::result));
    }

    /** The story in the current row of {@code rows}, selected with {@link #COLUMNS}. */
    static RequestStory story(ResultSet rows) throws SQLException {
        return new RequestStory(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)), rows.getString(3),
                rows.getString(4), Optional.ofNullable(rows.getString(5)), rows.getInt(6) == 1, rows.getInt(7) == 1,
                rows.getInt(8) == 1, rows.getInt(9) == 1, rows.getInt(10) == 1, rows.getInt(11) == 1,
                instant(rows, 12), instant(rows, 13), rows.getInt(14) == 1, rows.getInt(15), rows.getInt(16) == 1,
                read(rows.getString(19), RequestStory.TechnologistStep::new, true), Optional.ofNullable(
                rows.getString(17)), rows.getInt(18) == 1, read(rows.getString(20), RequestStory.ToolOutcome::new,
                false));
    }

    private static Optional<Instant> instant(ResultSet rows, int column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private static int flag(boolean value) {
        return value ? 1 : 0;
    }

    private static <T> String pairs(List<T> items, Function<T, String> first, Function<T, String> second) {
        if (items.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        items.forEach(item -> out.append(clean(first.apply(item))).append('\t').append(clean(second.apply(item)))
                .append('\n'));
        return out.toString();
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ');
    }

    /** Lines of "a\tb"; {@code swapped} when the stored order is (kind, technologist) but the record's the reverse. */
    private static <T> List<T> read(String text, BiFunction<String, String, T> make, boolean swapped) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            String first = line.substring(0, tab);
            String second = line.substring(tab + 1);
            items.add(swapped ? make.apply(second, first) : make.apply(first, second));
        }
        return items;
    }
}
