/**
 * The HTTP side: the embedded Jetty server that chat adapters mount their
 * endpoints on, health, Prometheus metrics and graceful shutdown.
 */
package org.doorway.web;
