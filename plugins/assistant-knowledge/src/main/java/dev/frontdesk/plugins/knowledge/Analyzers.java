package dev.frontdesk.plugins.knowledge;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The two analysers and the tuning that goes with them. Analysers are thread-safe and shared. */
final class Analyzers {

  /**
   * How much a query word the FAQ never uses lowers the confidence, relative to a rare word it does use. Below 1
   * because customers wrap questions in words no FAQ has ("hi", "my", "yesterday").
   */
  static final double UNSEEN_WEIGHT = 0.5;

  enum Lang {
    ZH("zh", "entry_zh", 1.0f),
    EN("en", "entry_en", 1.0f);

    /** The field of single phrasings, and the field of whole entries (phrasings and answer). */
    final String field;
    final String entryField;
    final float weight;

    Lang(String field, String entryField, float weight) {
      this.field = field;
      this.entryField = entryField;
      this.weight = weight;
    }
  }

  /** Politeness and filler that carry no topic: without them "hi, could you tell me..." scores like its topic. */
  private static final List<String> ENGLISH_FILLER =
      List.of(
          "hi", "hello", "hey", "please", "pls", "thanks", "thank", "you", "i", "me", "my", "we", "our", "us", "can",
          "could", "would", "should", "do", "does", "did", "how", "what", "when", "where", "which", "who", "why",
          "is", "am", "are", "was", "were", "want", "wanna", "like", "need", "know", "tell", "help", "question",
          "ask", "your", "it", "its", "get", "got", "have", "has", "had", "just", "about", "any", "some", "there",
          "here", "so", "still", "also", "too", "very", "much", "many", "way", "ok", "okay", "yes", "anyone",
          "someone", "i'm", "i'd", "im", "id", "dont", "don't", "doesn't", "isn't", "can't", "cannot", "will",
          "from", "with", "out", "up", "one", "it's");

  private static final List<String> CHINESE_FILLER =
      List.of(
          "你好", "您好", "请问", "请", "问", "一下", "下", "我", "我们", "你", "你们", "您", "的", "了", "吗", "呢", "吧",
          "啊", "呀", "哦", "嗯", "想", "想要", "要", "能", "能不能", "可以", "可不可以", "怎么", "怎样", "如何", "什么",
          "是", "是不是", "有", "有没有", "在", "个", "这", "那", "这个", "那个", "还", "就", "都", "也", "吗？", "谢谢",
          "麻烦", "帮", "帮我", "一个", "和", "与", "及", "或", "把", "被", "给", "对", "会", "该", "应该", "多少");

  private static final Analyzer CHINESE = new SmartChineseAnalyzer(stopSet(SmartChineseAnalyzer.getDefaultStopSet()));
  private static final Analyzer ENGLISH = new EnglishWithSynonyms(stopSet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));

  /**
   * EnglishAnalyzer's chain plus synonym folding before stemming. Chinese in the same text falls apart into
   * single characters here, which catches words SmartCN segments differently in query and FAQ (character
   * pairs were tried and did no better on the labelled set).
   */
  private static final class EnglishWithSynonyms extends Analyzer {
    private final CharArraySet stop;

    EnglishWithSynonyms(CharArraySet stop) {
      this.stop = stop;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream ts = new EnglishPossessiveFilter(source);
      ts = new LowerCaseFilter(ts);
      ts = new StopFilter(ts, stop);
      ts = new SynonymFoldFilter(ts);
      ts = new PorterStemFilter(ts);
      return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }


  static final Analyzer PER_FIELD =
      new PerFieldAnalyzerWrapper(
          ENGLISH,
          Map.of(Lang.ZH.field, CHINESE, Lang.ZH.entryField, CHINESE, Lang.EN.field, ENGLISH, Lang.EN.entryField, ENGLISH));

  private Analyzers() {}

  private static CharArraySet stopSet(CharArraySet base) {
    CharArraySet set = new CharArraySet(base, true);
    set.addAll(ENGLISH_FILLER);
    set.addAll(CHINESE_FILLER);
    return CharArraySet.unmodifiableSet(set);
  }
}
