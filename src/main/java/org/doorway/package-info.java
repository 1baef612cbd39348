/**
 * Doorway: a university's front door to learning technology. The core features
 * ({@code needs}, {@code catalogue}, {@code intake}, {@code handoff},
 * {@code followup}) are free of chat platforms, HTTP and SQL; adapters
 * ({@code slack}, {@code teams}, {@code console}, {@code store}, {@code web})
 * plug into their ports, and {@code app} wires everything by hand.
 */
package org.doorway;
