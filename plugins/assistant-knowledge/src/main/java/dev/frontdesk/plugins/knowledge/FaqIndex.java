package dev.frontdesk.plugins.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An immutable in-memory BM25 index of one FAQ snapshot. Each question phrasing is a document, analysed twice:
 * by SmartCN (Chinese words) into {@code zh} and by the English analyser (stemmed words; Chinese falls apart
 * into single characters there) into {@code en}. A query runs against both fields at once.
 *
 * <p>Raw BM25 grows with the query's length and the corpus, so it is turned into a confidence in [0, 1]: the
 * best entry's score divided by the score a document identical to the query would get (the query's score
 * against itself under the same statistics). Query words the FAQ never uses count in that denominator, at a
 * reduced weight, so questions about things the FAQ does not cover get a low confidence.
 */
final class FaqIndex implements AutoCloseable {

  static final String ID = "id";
  static final String CATEGORY = "cat";
  static final String QUESTION_NO = "qn";

  /** Longest customer text searched; the rest adds nothing but clauses. */
  static final int MAX_QUERY_CHARS = 300;

  /** The whole entry's share in a confidence; the best phrasing has the rest. */
  static final double ENTRY_WEIGHT = 0.7;

  private static final float K1 = 1.2f;
  private static final float B = 0.75f;

  private final Map<String, FaqEntry> entries = new LinkedHashMap<>();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  FaqIndex(List<FaqEntry> faq) {
    try {
      IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.PER_FIELD).setSimilarity(new BM25Similarity(K1, B));
      try (IndexWriter writer = new IndexWriter(directory, cfg)) {
        for (FaqEntry e : faq) {
          entries.put(e.id(), e);
          for (int i = 0; i < e.questions().size(); i++) {
            String q = e.questions().get(i);
            Document d = new Document();
            d.add(new StringField(ID, e.id(), Field.Store.YES));
            d.add(new StringField(CATEGORY, e.category(), Field.Store.NO));
            d.add(new StoredField(QUESTION_NO, i));
            for (Analyzers.Lang lang : Analyzers.Lang.values()) {
              d.add(new TextField(lang.field, q, Field.Store.NO));
            }
            writer.addDocument(d);
          }
          // The whole entry as one more document: every phrasing and the answer, in fields of their own.
          Document whole = new Document();
          whole.add(new StringField(ID, e.id(), Field.Store.YES));
          whole.add(new StringField(CATEGORY, e.category(), Field.Store.NO));
          whole.add(new StoredField(QUESTION_NO, 0));
          String all = String.join("\n", e.questions()) + "\n" + e.answer();
          for (Analyzers.Lang lang : Analyzers.Lang.values()) {
            whole.add(new TextField(lang.entryField, all, Field.Store.NO));
          }
          writer.addDocument(whole);
        }
      }
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
      searcher.setSimilarity(new BM25Similarity(K1, B));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return entries.size();
  }

  FaqEntry entry(String id) {
    return entries.get(id);
  }

  List<FaqEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** One entry matching a query: the best of its phrasings, with its confidence. */
  record Match(FaqEntry entry, int question, double confidence) {
    String matchedQuestion() {
      return entry.questions().get(question);
    }
  }

  /**
   * The entries best matching the text, best first, at most {@code max}; {@code category} null searches all.
   * An entry's confidence blends how well its best phrasing matches with how well the entry as a whole
   * (all phrasings and the answer) does: phrasings are precise, the whole entry knows more words.
   */
  List<Match> search(String text, int max, String category) {
    String q = text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text;
    if (entries.isEmpty()) {
      return List.of();
    }
    try {
      Map<String, Hit> phrasings = normalizedHits(q, false, category);
      Map<String, Hit> whole = normalizedHits(q, true, category);
      List<Match> out = new ArrayList<>();
      for (String id : new LinkedHashSet<>(concat(phrasings.keySet(), whole.keySet()))) {
        Hit p = phrasings.get(id);
        Hit w = whole.get(id);
        double confidence =
            (1 - ENTRY_WEIGHT) * (p == null ? 0 : p.confidence) + ENTRY_WEIGHT * (w == null ? 0 : w.confidence);
        out.add(new Match(entries.get(id), p == null ? 0 : p.question, confidence));
      }
      out.sort(Comparator.comparingDouble(Match::confidence).reversed().thenComparing(m -> m.entry().id()));
      return out.size() > max ? List.copyOf(out.subList(0, max)) : out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Hit(double confidence, int question) {}

  /** Per entry, its best document's BM25 score over the query's score against itself, capped at 1. */
  private Map<String, Hit> normalizedHits(String q, boolean wholeEntry, String category) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    double self = 0;
    int clauses = 0;
    for (Analyzers.Lang lang : Analyzers.Lang.values()) {
      String field = wholeEntry ? lang.entryField : lang.field;
      Set<String> terms = terms(lang, q);
      CollectionStatistics stats = searcher.collectionStatistics(field);
      if (terms.isEmpty() || stats == null) {
        continue;
      }
      double avgdl = (double) stats.sumTotalTermFreq() / stats.docCount();
      double tfNorm = 1 / (1 + K1 * (1 - B + B * terms.size() / avgdl));
      for (String t : terms) {
        Term term = new Term(field, t);
        int df = reader.docFreq(term);
        double idf = Math.log(1 + (stats.docCount() - df + 0.5) / (df + 0.5));
        self += lang.weight * idf * tfNorm * (df == 0 ? Analyzers.UNSEEN_WEIGHT : 1);
        if (df > 0) {
          query.add(new BoostQuery(new TermQuery(term), lang.weight), BooleanClause.Occur.SHOULD);
          clauses++;
        }
      }
    }
    Map<String, Hit> best = new HashMap<>();
    if (clauses == 0 || self <= 0) {
      return best;
    }
    if (category != null) {
      query.add(new TermQuery(new Term(CATEGORY, category)), BooleanClause.Occur.FILTER);
    }
    for (ScoreDoc hit : searcher.search(query.build(), 100).scoreDocs) {
      Document d = searcher.storedFields().document(hit.doc, Set.of(ID, QUESTION_NO));
      String id = d.get(ID);
      double confidence = Math.min(1.0, hit.score / self);
      Hit h = best.get(id);
      if (h == null || h.confidence < confidence) {
        best.put(id, new Hit(confidence, d.getField(QUESTION_NO).numericValue().intValue()));
      }
    }
    return best;
  }

  private static List<String> concat(Set<String> a, Set<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static Set<String> terms(Analyzers.Lang lang, String text) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    Analyzer a = Analyzers.PER_FIELD;
    try (TokenStream ts = a.tokenStream(lang.field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
