package io.clinicbook.staff.session;

import io.clinicbook.problem.ClinicProblem;

/** A write that a console session's cookie would authorise but that its page did not send. */
class ForgedRequest extends ClinicProblem {

    /** {@code why}: the key of its detail's translations (ProblemMessages), {@code forged-request.origin} or {@code .token}. */
    ForgedRequest(String why, String detail) {
        super(403, "forged-request", "Refused: not sent by the console", detail);
        translated(why);
    }
}
