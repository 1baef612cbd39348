package org.doorway.needs;

/** One entry of the controlled vocabulary in {@code pedagogic-needs.yaml}. */
public record Need(String id, String name, String about) {}
