package dev.frontdesk.conversation;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A message as clients send it: {@code {"clientMsgId": "...", "type": "text", "content": {"text": "Hi"}}}.
 * {@code clientMsgId} is the sender's own id for it; resending the same one does not send twice.
 */
public record MessageInput(
    @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9_.:-]+", message = "use letters, digits, '_', '.', ':' or '-'")
        String clientMsgId,
    @NotBlank String type,
    @NotNull JsonObject content) {}
