/**
 * JMH benchmarks: how fast Doorway's hot paths are. Run them by hand, as
 * docs/benchmarks.md says; they are never part of the test run.
 */
package org.doorway.bench;
