/**
 * The one place that wires Doorway together by hand, and the command line
 * ({@code serve}, {@code migrate}, {@code classify}, {@code catalogue},
 * {@code roster}, {@code inbox}, {@code chat} …) that holds {@code main}.
 * Nothing else lives here: each store adapter and the one job runner are
 * built once ({@link org.doorway.app.Doorway}, {@link org.doorway.app.ServeCommand})
 * and passed to what needs them.
 */
package org.doorway.app;
