package org.doorway.needs;

/** A need with the classifier's score for it, higher is better, in [0, 1]. */
public record ScoredNeed(String needId, double score) {}
