package org.doorway.catalogue;

/**
 * How a tool serves one need: a concrete sentence and a strength from 1
 * (can be made to do it) to 3 (made for it).
 */
public record NeedFit(String need, String how, int strength) {}
