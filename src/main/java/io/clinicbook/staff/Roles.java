package io.clinicbook.staff;

/** The staff roles. Admins run the clinic's setup; staff work the appointment queue and the FAQ. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String STAFF = "staff";

    private Roles() {
    }
}
