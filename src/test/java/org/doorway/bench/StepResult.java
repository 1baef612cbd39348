package org.doorway.bench;

/** One fixed-rate step: what was asked, what came back, ack latency in milliseconds. */
record StepResult(String target, int rate, int seconds, long sent, long ok, long errors, double p50, double p99,
        double max, double answeredAfter) {

    /** This step, noting that every answer was delivered {@code seconds} after its last event (NaN: not known). */
    StepResult answeredAfter(double seconds) {
        return new StepResult(target, rate, this.seconds, sent, ok, errors, p50, p99, max, seconds);
    }

    /** Sustained means every request was acked with 200 inside Slack's 3 s, and the p99 stayed under 1 s. */
    boolean sustained() {
        return errors == 0 && ok == sent && p99 < 1000;
    }

    String row() {
        return String.format("| %-10s | %5d/s | %3d s | %7d | %6d | %8.1f | %8.1f | %8.1f | %-3s | %13s |", target,
                rate, seconds, sent, errors, p50, p99, max, sustained() ? "yes" : "no",
                Double.isNaN(answeredAfter) ? "—" : String.format("%.1f s", answeredAfter));
    }

    static String header() {
        return "| target     |    rate | time  |    sent | errors | p50 (ms) | p99 (ms) | max (ms) | ok  "
                + "| all answered  |\n"
                + "|------------|---------|-------|---------|--------|----------|----------|----------|-----"
                + "|---------------|";
    }
}
