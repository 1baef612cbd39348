/**
 * Storage: Jdbi over SQLite (the default) or PostgreSQL, versioned Flyway
 * migrations that run on both, and one Jdbi adapter per feature port
 * ({@code JdbiCatalogue}, {@code JdbiConversations} …). All SQL is bound.
 */
package org.doorway.store;
