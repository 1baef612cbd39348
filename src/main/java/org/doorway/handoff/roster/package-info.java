/**
 * The roster file admins keep: reading and checking it (every problem with
 * its line and a fix), importing it all or nothing, and writing it back out in
 * the same shape.
 */
package org.doorway.handoff.roster;
