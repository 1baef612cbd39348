/**
 * Load drivers: programs with a {@code main}, not tests. They measure, on
 * loopback and bounded in count and time, what the unit tests must not time.
 */
package org.doorway.bench;
