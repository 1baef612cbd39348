/**
 * Configuration from environment variables (12-factor), read once into
 * immutable records and validated at start, with one clear line per problem.
 */
package org.doorway.config;
