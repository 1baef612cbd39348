package org.doorway.catalogue;

/**
 * Approval and data-protection status: whether the tool is approved, where its
 * data is stored, and whether students' personal data goes to the vendor.
 */
public record DataProtection(boolean approved, String dataLocation, boolean studentDataToVendor, String notes) {}
