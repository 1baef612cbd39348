/**
 * Storage adapters: the core's ports implemented with Jdbi over SQLite (the
 * default) or PostgreSQL, one adapter per feature port ({@code JdbiCatalogue},
 * {@code JdbiConversations} …), with schema changes as Flyway migrations in
 * {@code db/migration}. SQL here is portable between the two and always bound.
 */
package org.doorway.store;
