package org.doorway.yaml;

/** A file that cannot be read at all (missing, too big, not UTF-8, not YAML): the one problem to show. */
public final class UnreadableYaml extends Exception {
    private final transient YamlProblem problem;

    public UnreadableYaml(YamlProblem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    public YamlProblem problem() {
        return problem;
    }
}
