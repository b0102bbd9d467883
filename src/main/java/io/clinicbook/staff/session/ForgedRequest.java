package io.clinicbook.staff.session;

import io.clinicbook.problem.ClinicProblem;

/** A write that a console session's cookie would authorise but that its page did not send. */
class ForgedRequest extends ClinicProblem {

    ForgedRequest(String detail) {
        super(403, "forged-request", "Refused: not sent by the console", detail);
    }
}
