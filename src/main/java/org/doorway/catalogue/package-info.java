/**
 * The curated catalogue: tools, the needs they serve, guides in several
 * formats and colleagues' case studies; the cached snapshot that every read
 * goes through, the YAML format admins edit, and the ranking of tools for a
 * need.
 */
package org.doorway.catalogue;
