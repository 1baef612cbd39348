package org.doorway.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doorway.DoorwayException;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.CatalogueChange;
import org.doorway.catalogue.CatalogueDiff;
import org.doorway.catalogue.CatalogueStore;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.ToolCodec;
import org.doorway.needs.Need;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The catalogue in SQL (SQLite or PostgreSQL, schema in V2__catalogue.sql).
 * Each tool is stored whole as JSON in the catalogue file's shape. The needs
 * of a loaded {@link Catalogue} are the vocabulary given here: needs are a
 * contract shipped with Doorway, not data the store owns. Thread-safe: every
 * call uses its own handle (or joins the caller's transaction).
 */
public final class JdbiCatalogue implements CatalogueStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final List<Need> vocabulary;

    public JdbiCatalogue(Database database, List<Need> vocabulary) {
        this.database = database;
        this.vocabulary = List.copyOf(vocabulary);
    }

    @Override
    public Catalogue load() {
        return database.withHandle(handle -> new Catalogue(vocabulary, List.copyOf(tools(handle).values())));
    }

    @Override
    public long revision() {
        return database.withHandle(handle -> handle.createQuery("SELECT revision FROM catalogue_meta WHERE id = 1")
                .mapTo(Long.class).one());
    }

    @Override
    public CatalogueChange replace(Catalogue next) {
        return database.inTransaction(() -> database.withHandle(handle -> {
            // A no-op write first takes the write lock (a row lock on PostgreSQL, the
            // database lock on SQLite), so concurrent imports are serialised and each
            // computes its change against what the other committed.
            handle.createUpdate("UPDATE catalogue_meta SET revision = revision WHERE id = 1").execute();
            Map<String, Tool> before = tools(handle);
            CatalogueChange change = CatalogueDiff.between(List.copyOf(before.values()), next.tools());
            boolean sameOrder = List.copyOf(before.keySet()).equals(next.tools().stream().map(Tool::id).toList());
            if (change.isEmpty() && sameOrder) {
                return change;
            }
            rewrite(handle, next.tools());
            handle.createUpdate("UPDATE catalogue_meta SET revision = revision + 1 WHERE id = 1").execute();
            return change;
        }));
    }

    /** One tool as stored, for a change to that entry alone. */
    public Optional<Tool> find(String id) {
        return database.withHandle(handle -> handle.createQuery("SELECT body FROM catalogue_tools WHERE id = :id")
                .bind("id", id).mapTo(String.class).findOne().map(JdbiCatalogue::tool));
    }

    public Set<String> ids() {
        return database.withHandle(handle -> Set.copyOf(handle.createQuery("SELECT id FROM catalogue_tools")
                .mapTo(String.class).list()));
    }

    /**
     * Replaces one tool (or adds it last) and moves the revision, in the
     * caller's transaction, which holds the catalogue's lock: a console
     * publish writes one row, not the whole catalogue.
     */
    public void put(Tool tool) {
        database.useHandle(handle -> {
            int updated = handle.createUpdate("UPDATE catalogue_tools SET name = :name, body = :body WHERE id = :id")
                    .bind("name", tool.name()).bind("body", json(tool)).bind("id", tool.id()).execute();
            if (updated == 0) {
                handle.createUpdate("""
                                INSERT INTO catalogue_tools (id, position, name, body)
                                VALUES (:id, (SELECT COALESCE(MAX(position), -1) + 1 FROM catalogue_tools), :name, :body)""")
                        .bind("id", tool.id()).bind("name", tool.name()).bind("body", json(tool)).execute();
            }
            handle.createUpdate("DELETE FROM catalogue_tool_needs WHERE tool_id = :id").bind("id", tool.id()).execute();
            PreparedBatch needRows = handle.prepareBatch(
                    "INSERT INTO catalogue_tool_needs (tool_id, need_id, strength) VALUES (:tool, :need, :strength)");
            tool.needs().forEach(fit -> needRows.bind("tool", tool.id()).bind("need", fit.need()).bind("strength", fit.strength()).add());
            if (needRows.size() > 0) {
                needRows.execute();
            }
            handle.createUpdate("UPDATE catalogue_meta SET revision = revision + 1 WHERE id = 1").execute();
        });
    }

    /** Simpler and no slower than row-by-row upserts for a file-sized import, and portable. */
    private static void rewrite(Handle handle, List<Tool> tools) {
        handle.createUpdate("DELETE FROM catalogue_tool_needs").execute();
        handle.createUpdate("DELETE FROM catalogue_tools").execute();
        PreparedBatch toolRows = handle.prepareBatch(
                "INSERT INTO catalogue_tools (id, position, name, body) VALUES (:id, :position, :name, :body)");
        PreparedBatch needRows = handle.prepareBatch(
                "INSERT INTO catalogue_tool_needs (tool_id, need_id, strength) VALUES (:tool, :need, :strength)");
        for (int position = 0; position < tools.size(); position++) {
            Tool tool = tools.get(position);
            toolRows.bind("id", tool.id()).bind("position", position).bind("name", tool.name()).bind("body", json(tool)).add();
            tool.needs().forEach(fit -> needRows.bind("tool", tool.id()).bind("need", fit.need()).bind("strength", fit.strength()).add());
        }
        if (toolRows.size() > 0) {
            toolRows.execute();
        }
        if (needRows.size() > 0) {
            needRows.execute();
        }
    }

    private static Map<String, Tool> tools(Handle handle) {
        Map<String, Tool> tools = new LinkedHashMap<>();
        handle.createQuery("SELECT body FROM catalogue_tools ORDER BY position").mapTo(String.class)
                .forEach(body -> {
                    Tool tool = tool(body);
                    tools.put(tool.id(), tool);
                });
        return tools;
    }

    private static String json(Tool tool) {
        try {
            return JSON.writeValueAsString(ToolCodec.toTree(tool));
        } catch (JsonProcessingException e) {
            throw new DoorwayException("cannot store tool " + tool.id(), e);
        }
    }

    private static Tool tool(String body) {
        try {
            return ToolCodec.fromTree(JSON.readTree(body));
        } catch (JsonProcessingException e) {
            throw new DoorwayException("a stored catalogue tool is not valid JSON; re-import the catalogue", e);
        }
    }
}
