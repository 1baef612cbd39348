/**
 * The terminal adapter behind {@code doorway chat}: the same dialogue as Slack
 * and Teams, with numbered choices, interactive or scripted through stdin.
 */
package org.doorway.console;
