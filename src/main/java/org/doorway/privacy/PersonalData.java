package org.doorway.privacy;

import java.time.Instant;
import java.util.Map;

/** The personal data Doorway holds, as the store sees it. */
public interface PersonalData {

    /** Everything held about {@code subject}, by table, as rows of column to value. */
    Map<String, Object> export(Subject subject);

    /** Removes or anonymises what is held about {@code subject}, keeping counts; returns rows changed by table. */
    Map<String, Integer> erase(Subject subject);

    /** Rows of {@code kind} older than {@code cutOff} that retention would change ({@code apply}) or changes. */
    int expire(DataKind kind, Instant cutOff, boolean apply);

    /** Records an export, erasure or retention run, without the subject's id in clear. */
    void record(String action, String subjectDigest, String detail, Instant at);
}
