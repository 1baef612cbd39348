/**
 * Data protection duties (UK GDPR): how long each kind of personal data is
 * kept ({@link RetentionPolicy}), applied by a daily leased job with a dry run;
 * a subject's data exported ({@link PersonalData#export}) or erased
 * ({@link PersonalData#erase}), each recorded. Free of SQL: the store holds
 * the queries.
 */
package org.doorway.privacy;
