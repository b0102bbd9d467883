package io.clinicbook.integration.outbox;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message with every attempt made at it. */
@Schema(name = "OutboxMessageLog")
record MessageLog(MessageView message, List<AttemptView> attempts) {
}
