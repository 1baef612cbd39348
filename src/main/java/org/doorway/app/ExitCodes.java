package org.doorway.app;

/** Exit codes the commands share. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int CONFIGURATION = 2;
    /** Bad input (a file that does not validate): nothing was changed. */
    static final int BAD_INPUT = 3;

    private ExitCodes() {}
}
