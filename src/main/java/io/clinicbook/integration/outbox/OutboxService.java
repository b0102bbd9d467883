package io.clinicbook.integration.outbox;

import io.clinicbook.problem.Conflict;
import io.clinicbook.problem.NotFound;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** What staff do with the outbox: read it, read a message's delivery log, send a message again. */
@ApplicationScoped
@Transactional
public class OutboxService {

    @Inject
    Clock clock;

    /** The newest messages first, filtered by whatever is not null. */
    @Transactional(TxType.SUPPORTS)
    public List<MessageView> list(Channel channel, MessageStatus status, Long subscriptionId, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (channel != null) {
            where.add("channel = :channel");
            parameters.and("channel", channel);
        }
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        if (subscriptionId != null) {
            where.add("subscriptionId = :subscription");
            parameters.and("subscription", subscriptionId);
        }
        return OutboxMessage.<OutboxMessage>find(String.join(" and ", where), Sort.descending("id"), parameters)
                .page(page, size).list().stream().map(MessageView::of).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public MessageLog log(long id) {
        OutboxMessage message = find(id);
        return new MessageLog(MessageView.of(message), DeliveryAttempt.of(id).stream().map(AttemptView::of).toList());
    }

    /**
     * Makes the message due now with a fresh set of retries, whatever became of it. Like every
     * retry it keeps its webhook-id, so a receiver that already has it can tell.
     */
    public MessageView redeliver(long id) {
        OutboxMessage message = find(id);
        if (message.claimedUntil != null && message.claimedUntil.isAfter(clock.instant())) {
            throw new Conflict("delivery-in-progress", "Message " + id + " is being delivered right now; look at its log in a moment.");
        }
        message.status = MessageStatus.PENDING;
        message.attempts = 0;
        message.nextAttemptAt = clock.instant();
        message.claimedBy = null;
        message.claimedUntil = null;
        return MessageView.of(message);
    }

    private static OutboxMessage find(long id) {
        OutboxMessage message = OutboxMessage.findById(id);
        if (message == null) {
            throw new NotFound("There is no outbox message " + id + ".");
        }
        return message;
    }
}
