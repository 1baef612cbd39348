/**
 * Pedagogic needs and the classifier that finds the need behind a staff
 * member's words, or tells a fault, an out-of-scope matter or a message in
 * another language apart: a Lucene view and a sentence-embedding view of the
 * example phrasings, fused by weights learned with cross-validation
 * ({@link org.doorway.needs.FusedNeedClassifier}); Lucene alone where the
 * embedding model cannot load. See docs/classifier.md.
 */
package org.doorway.needs;
