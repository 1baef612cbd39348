package org.doorway.health;

/**
 * One look at a remote service Doorway depends on (Slack's token check, the
 * Bot Framework's signing keys, a token endpoint). It may wait on the
 * network, so it runs in the background, never on a request's path.
 */
@FunctionalInterface
public interface Probe {
    ProbeResult probe();
}
