/**
 * The one place that wires Doorway together by hand, and the command line
 * ({@code serve}, {@code migrate}, {@code classify}, {@code catalogue},
 * {@code roster}, {@code inbox}, {@code chat} …) that holds {@code main}.
 * Nothing else lives here: each store adapter is built once, in
 * {@link org.doorway.app.Stores} (from {@link org.doorway.app.Doorway#open}),
 * and the one job runner in {@link org.doorway.app.ServeCommand}. Commands
 * open a {@code Doorway} and pass its parts (settings, clock, database,
 * stores, catalogue) to the wiring classes ({@code SlackWiring},
 * {@code TeamsWiring}, {@code AdminWiring}, {@code ReportsWiring},
 * {@code FollowUpWiring}), which give each use case exactly the ports it
 * uses. A new chat platform plugs in here with one wiring class beside
 * {@code SlackWiring} and {@code TeamsWiring}, started by {@code serve}.
 */
package org.doorway.app;
