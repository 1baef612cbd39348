package org.doorway.store;

import java.util.function.Supplier;
import org.doorway.admin.CatalogueEdits;
import org.doorway.catalogue.CachedCatalogue;
import java.util.Optional;
import java.util.Set;
import org.doorway.catalogue.Tool;

/**
 * One-entry edits on the stored catalogue. The lock is the same no-op update
 * of {@code catalogue_meta} that {@link JdbiCatalogue#replace} takes (a row
 * lock on PostgreSQL, the write lock on SQLite), taken before the read.
 */
public final class JdbiCatalogueEdits implements CatalogueEdits {
    private final Database database;
    private final JdbiCatalogue store;
    private final CachedCatalogue cache;

    public JdbiCatalogueEdits(Database database, JdbiCatalogue store, CachedCatalogue cache) {
        this.database = database;
        this.store = store;
        this.cache = cache;
    }

    @Override
    public <T> T locked(Supplier<T> work) {
        return database.inTransaction(() -> {
            database.useHandle(handle -> handle.createUpdate("UPDATE catalogue_meta SET revision = revision WHERE id = 1")
                    .execute());
            database.afterCommit(cache::invalidate);
            return work.get();
        });
    }

    @Override
    public Optional<Tool> tool(String id) {
        return store.find(id);
    }

    @Override
    public Set<String> ids() {
        return store.ids();
    }

    @Override
    public void put(Tool tool) {
        store.put(tool);
    }
}
