package org.doorway.needs;

import java.util.Locale;

/** Renders an {@link EvalReport} as plain text for the terminal. */
final class EvalReportFormat {

    private EvalReportFormat() {}

    static String format(EvalReport report) {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "cases               %d%n", report.size()));
        out.append(line("top-1 accuracy", report.top1()));
        out.append(line("hit@3", report.hitAt3()));
        out.append(line("fault precision", report.faultPrecision()));
        out.append(line("fault recall", report.faultRecall()));
        if (report.cases(c -> "symptom".equals(c.kind())) > 0) {
            out.append(line("  on symptoms only", report.symptomFaultRecall()));
        }
        out.append(line("out-of-scope recall", report.outOfScopeRecall()));
        if (report.cases(c -> c.expects(Labels.NOT_ENGLISH)) > 0) {
            out.append(line("not-English recall", report.notEnglishRecall()));
        }
        if (report.cases(EvalCase::alsoFault) > 0) {
            out.append(line("need + fault both", report.bothRecall()));
        }
        out.append(line("also-fault precision", report.alsoFaultPrecision()));
        out.append(line("answered confidently", report.matchedShare()));
        out.append(line("  right when confident", report.matchedTop1()));
        var confusions = report.confusions();
        if (confusions.isEmpty()) {
            out.append("confusions          none\n");
            return out.toString();
        }
        out.append("confusions (expected → got)\n");
        confusions.entrySet().stream().sorted(EvalReport.byCountThenName()).forEach(e ->
                out.append(String.format(Locale.ROOT, "  %3d  %s%n", e.getValue(), e.getKey())));
        return out.toString();
    }

    private static String line(String name, double value) {
        return String.format(Locale.ROOT, "%-22s %.3f%n", name, value);
    }
}
