package dev.frontdesk.conversation;

import dev.frontdesk.api.Json;
import dev.frontdesk.api.Problem;
import dev.frontdesk.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Turns a client's {@link MessageInput} into checked content of its type, or a 400 naming what is wrong. */
@ApplicationScoped
public class MessageInputs {

  @Inject Validator validator;

  public MessageContent parse(MessageInput input, boolean fromCustomer) {
    MessageType type;
    try {
      type = MessageType.parse(input.type());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("type", e.getMessage());
    }
    if (fromCustomer && !type.customerMaySend()) {
      throw ProblemException.invalid("type", "customers cannot send " + type.apiName() + " messages");
    }
    MessageContent content;
    try {
      content = Json.read(input.content().toString(), MessageContent.recordOf(type));
    } catch (JsonbException e) {
      throw ProblemException.invalid("content", "does not fit a " + type.apiName() + " message");
    }
    Set<ConstraintViolation<MessageContent>> violations = validator.validate(content);
    if (!violations.isEmpty()) {
      List<Problem.FieldError> errors =
          violations.stream()
              .map(v -> new Problem.FieldError("content." + v.getPropertyPath(), v.getMessage()))
              .sorted(Comparator.comparing(Problem.FieldError::field))
              .toList();
      throw new ProblemException(
          new Problem(Problem.TYPE_BASE + "validation", "Invalid input", 400,
              errors.get(0).field() + ": " + errors.get(0).message(), null, errors));
    }
    // Only the upload's id counts; the engine fills in what was checked on upload (MediaLinks#resolve).
    return type.carriesFile()
        ? new MessageContent.Media(type, ((MessageContent.Media) content).attachmentId(), null, null, null)
        : content;
  }
}
