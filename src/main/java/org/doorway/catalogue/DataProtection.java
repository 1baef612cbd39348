package org.doorway.catalogue;

import java.time.LocalDate;

/**
 * Approval and data-protection status: whether the tool is approved, where its
 * data is stored, whether students' personal data goes to the vendor, and the
 * day the approval runs out ({@code approvedUntil}, null when it does not);
 * after it Doorway stops suggesting the tool ({@link Lapse}).
 */
public record DataProtection(boolean approved, String dataLocation, boolean studentDataToVendor, String notes,
        LocalDate approvedUntil) {

    /** Approval without an end date. */
    public DataProtection(boolean approved, String dataLocation, boolean studentDataToVendor, String notes) {
        this(approved, dataLocation, studentDataToVendor, notes, null);
    }
}
