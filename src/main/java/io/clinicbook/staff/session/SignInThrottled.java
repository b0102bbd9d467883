package io.clinicbook.staff.session;

import io.clinicbook.problem.TooManyRequests;

/** Too many failed sign-ins for the account or from the address (the throttle HTTP Basic sign-ins share). */
class SignInThrottled extends TooManyRequests {

    SignInThrottled(long retryAfterSeconds) {
        super("sign-in-throttled", "Too many failed sign-ins", "Too many failed sign-ins for this account or from your address; please wait "
                + retryAfterSeconds + " seconds and try again.", retryAfterSeconds);
        translated("sign-in-throttled", retryAfterSeconds);
    }
}
