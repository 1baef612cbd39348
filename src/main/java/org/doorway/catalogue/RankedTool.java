package org.doorway.catalogue;

/** A tool suggested for a need, with the fit that explains why and its ranking score. */
public record RankedTool(Tool tool, NeedFit fit, double score) {}
