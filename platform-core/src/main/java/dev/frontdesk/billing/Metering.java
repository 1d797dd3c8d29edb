package dev.frontdesk.billing;

import dev.frontdesk.conversation.Metered;
import dev.frontdesk.conversation.SenderType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Turns the conversation engine's facts into usage events, in the same transaction as the facts. */
@ApplicationScoped
public class Metering {

  @Inject Usage usage;

  void onSessionStarted(@Observes Metered.SessionStarted e) {
    usage.recordWithFact("conversation:" + e.sessionId(), UsageKind.CONVERSATIONS, 1, e.at());
  }

  void onMessageStored(@Observes Metered.MessageStored e) {
    usage.recordWithFact("message:" + e.messageId(), UsageKind.MESSAGES, 1, e.at());
    if (e.sender() == SenderType.ASSISTANT) {
      usage.recordWithFact("assistant:" + e.messageId(), UsageKind.ASSISTANT_ANSWERS, 1, e.at());
    }
  }
}
