package dev.frontdesk.realtime;

import dev.frontdesk.api.Json;
import java.util.UUID;

/**
 * The JSON frames live connections receive: {@code {"type", "sessionId"?, "seq"?, "eventId"?, "data"}}, where
 * {@code data} is the event's payload exactly as the API, sync and webhooks show it.
 */
public final class Frames {

  private Frames() {}

  public static String event(Envelope e) {
    return frame(e.type(), e.sessionId(), e.seq(), e.eventId(), e.data());
  }

  public static String of(String type, UUID sessionId, Integer seq, Object data) {
    return frame(type, sessionId, seq, null, Json.write(data));
  }

  public static String error(String code, String detail) {
    return frame("error", null, null, null, Json.write(new ErrorData(code, detail)));
  }

  public record ErrorData(String code, String detail) {}

  private static String frame(String type, UUID sessionId, Integer seq, Long eventId, String dataJson) {
    StringBuilder b = new StringBuilder(64 + (dataJson == null ? 4 : dataJson.length()));
    b.append("{\"type\":").append(Json.write(type));
    if (sessionId != null) {
      b.append(",\"sessionId\":\"").append(sessionId).append('"');
    }
    if (seq != null) {
      b.append(",\"seq\":").append(seq);
    }
    if (eventId != null) {
      b.append(",\"eventId\":").append(eventId);
    }
    return b.append(",\"data\":").append(dataJson == null ? "null" : dataJson).append('}').toString();
  }
}
