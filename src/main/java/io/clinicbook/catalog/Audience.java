package io.clinicbook.catalog;

/** Who may book an appointment type. */
public enum Audience {
    /** Only people who have not been patients of the clinic yet. */
    NEW_PATIENTS,
    /** Only existing patients. */
    RETURNING_PATIENTS,
    ANYONE;

    public boolean admits(boolean newPatient) {
        return this == ANYONE || (this == NEW_PATIENTS) == newPatient;
    }
}
