package org.doorway.handoff;

import java.time.Duration;

/**
 * One open request in a list: the technologist's queue or the staff member's
 * requests. {@code age} is since it was asked for; {@code status} says where
 * it stands in words; {@code latestFromStaff} is what the staff member last
 * added, else their problem as first told.
 */
public record QueueLine(Handoff handoff, Duration age, String status, String latestFromStaff) {

    /** A short age for a list: "12 min", "3 h", "2 days". */
    public static String ageInWords(Duration age) {
        if (age.toMinutes() < 60) {
            return Math.max(0, age.toMinutes()) + " min";
        }
        if (age.toHours() < 48) {
            return age.toHours() + " h";
        }
        return age.toDays() + " days";
    }
}
