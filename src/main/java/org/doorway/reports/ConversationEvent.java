package org.doorway.reports;

import java.time.Instant;

/**
 * One row of the conversation event log: what happened to which request and
 * when, with the need and tool it concerned, the platform, the staff member's
 * pseudonymous key (never their chat id) and, for handoff steps, the
 * technologist. {@code needId}, {@code toolId}, {@code technologistId} and
 * {@code detail} are null where they do not apply. Kinds: {@link EventKinds}.
 */
public record ConversationEvent(long requestId, Instant at, String kind, String needId, String toolId,
        String platform, String staffKey, String technologistId, String detail) {}
