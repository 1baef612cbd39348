/**
 * The HTTP side: the embedded Jetty server that chat adapters mount their
 * endpoints on, health, Prometheus metrics and graceful shutdown, and the
 * public resources made from the catalogue (printable guides, calendar
 * invites, the map), cached until the catalogue changes.
 */
package org.doorway.web;
