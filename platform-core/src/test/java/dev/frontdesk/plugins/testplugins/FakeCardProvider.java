package dev.frontdesk.plugins.testplugins;

import dev.frontdesk.spi.HttpEndpoint;
import dev.frontdesk.spi.PaymentProvider;
import dev.frontdesk.spi.PluginContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A card provider as real ones work: checkout sends the payer to a hosted page; the provider's servers then post
 * a JSON notice signed with HMAC-SHA256 of the body (header {@code x-fakecard-signature}, hex) keyed by the
 * platform setting {@code signingSecret}, checked in constant time; refunds answer with a refund reference, except
 * a refund of {@link #REFUSED_REFUND} minor units, which the "issuer" declines.
 */
public class FakeCardProvider implements PaymentProvider {

  public static final long REFUSED_REFUND = 13;

  public static final String SIGNATURE_HEADER = "x-fakecard-signature";
  private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*(?:\"([^\"]*)\"|(-?\\d+))");

  private PluginContext context;

  @Override
  public void start(PluginContext context) {
    this.context = context;
  }

  @Override
  public String providerId() {
    return "fakecard";
  }

  @Override
  public Checkout checkout(PaymentRequest request) {
    String reference = "fc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    return new Checkout(reference, "https://pay.fakecard.test/checkout/" + reference + "?amount=" + request.amountMinor(), null);
  }

  @Override
  public Optional<PaymentNotice> notification(HttpEndpoint.Request request) throws Exception {
    String secret = context.platformConfig().string("signingSecret").orElse(null);
    String given = request.header(SIGNATURE_HEADER).orElse(null);
    if (secret == null || given == null || !MessageDigest.isEqual(
        sign(request.body(), secret).getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    String body = request.bodyText();
    return Optional.of(new PaymentNotice(
        field(body, "reference"), field(body, "invoiceId"), Status.valueOf(field(body, "status")),
        Long.parseLong(field(body, "amountMinor")), field(body, "currency")));
  }

  @Override
  public String refund(String paymentReference, long amountMinor, String currency) {
    if (amountMinor == REFUSED_REFUND) {
      throw new IllegalStateException("the card issuer declined the refund");
    }
    return "fcr_" + paymentReference + "_" + amountMinor;
  }

  /** The hex HMAC-SHA256 of a body under a secret: what the provider's servers put in the signature header. */
  public static String sign(byte[] body, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }

  private static String field(String json, String name) {
    Matcher m = FIELD.matcher(json);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2) != null ? m.group(2) : m.group(3);
      }
    }
    throw new IllegalArgumentException("the notice has no " + name);
  }
}
