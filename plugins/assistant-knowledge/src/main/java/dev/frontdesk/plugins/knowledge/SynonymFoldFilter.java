package dev.frontdesk.plugins.knowledge;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds everyday customer-service synonyms onto one word ("parcel" and "package", "overseas" and
 * "international") at index and query time alike, so a paraphrase finds the FAQ's wording. Runs after
 * lower-casing and before stemming; single words only.
 */
final class SynonymFoldFilter extends TokenFilter {

  private static final List<List<String>> GROUPS =
      List.of(
          List.of("package", "parcel", "parcels", "packages", "shipment"),
          List.of("courier", "carrier", "couriers", "carriers"),
          List.of("international", "internationally", "overseas", "abroad", "worldwide"),
          List.of("warranty", "guarantee"),
          List.of("ship", "shipping", "shipped", "delivery", "deliver", "delivered", "dispatch", "dispatched"),
          List.of("repair", "repaired", "fix", "mend"),
          List.of("coupon", "coupons", "voucher", "vouchers", "promo"),
          List.of("email", "emails", "newsletter", "newsletters"),
          List.of("unsubscribe", "opt"),
          List.of("phone", "mobile", "cellphone"),
          List.of("invoice", "invoices", "receipt", "receipts"),
          List.of("installment", "installments", "instalment", "instalments"),
          List.of("item", "items", "product", "products", "goods"),
          List.of("store", "stores", "shop", "shops", "showroom", "outlet"),
          List.of("bulk", "wholesale"),
          List.of("late", "delayed", "delay"),
          List.of("fail", "failed", "declined", "rejected"),
          List.of("register", "registration", "signup"),
          List.of("gift", "present"),
          List.of("twice", "double", "duplicate"));

  private static final Map<String, String> CANONICAL = new HashMap<>();

  static {
    for (List<String> g : GROUPS) {
      for (String w : g) {
        CANONICAL.put(w, g.get(0));
      }
    }
  }

  /** Off only to measure what the folding is worth: {@code -Dassistant-knowledge.synonyms=false}. */
  static final boolean ENABLED = !"false".equals(System.getProperty("assistant-knowledge.synonyms"));

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  SynonymFoldFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String canonical = ENABLED ? CANONICAL.get(term.toString()) : null;
    if (canonical != null) {
      term.setEmpty().append(canonical);
    }
    return true;
  }
}
