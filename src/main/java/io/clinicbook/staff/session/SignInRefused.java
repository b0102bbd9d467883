package io.clinicbook.staff.session;

import io.clinicbook.problem.ClinicProblem;

/** Wrong or unknown user name or password, or a deactivated account: one answer for all, so none can be told apart. */
class SignInRefused extends ClinicProblem {

    SignInRefused() {
        super(401, "sign-in-refused", "Sign-in refused", "The user name or the password is wrong.");
        translated("sign-in-refused");
    }
}
