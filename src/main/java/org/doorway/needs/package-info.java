/**
 * Pedagogic needs and the classifier that finds the need behind a staff
 * member's words, or tells a fault or an out-of-scope matter apart.
 */
package org.doorway.needs;
