package io.clinicbook.clinic;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Fires {@link SchedulingChanged} after a {@link ChangesScheduling} write returns. Its priority puts it
 * inside {@code @Transactional}, so the event belongs to the write's transaction and a rolled-back
 * write fires nothing that observers after success would see.
 */
@ChangesScheduling
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class SchedulingChangeInterceptor {

    @Inject
    Event<SchedulingChanged> changed;

    @AroundInvoke
    Object fireAfter(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        changed.fire(new SchedulingChanged());
        return result;
    }
}
