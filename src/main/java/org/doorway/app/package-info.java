/**
 * The one place that wires Doorway together by hand, and the command line
 * ({@code serve}, {@code migrate}, {@code classify}, {@code catalogue},
 * {@code roster}, {@code chat} …) that holds {@code main}.
 */
package org.doorway.app;
