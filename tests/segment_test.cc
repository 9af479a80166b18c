// Segment stage: sentences, tokens and their offsets, clitic readings.
#include "kg/segment.h"

#include <doctest/doctest.h>

#include "test_support.h"

namespace kg {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  Article a;
  a.id = "t";
  a.text = text;
  Document doc = SegmentArticle(a, FurnitureRules{});
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.push_back(doc.SurfaceUtf8(s.start, s.end));
  return out;
}

TEST_CASE("sentences end at . ! ؟ and line breaks, not at ، or ؛ or an initial") {
  struct Case {
    const char* text;
    std::vector<std::string> sentences;
  };
  const Case cases[] = {
      {"التقى الوزيران، وبحثا التعاون. ثم غادرا.", {"التقى الوزيران، وبحثا التعاون.", "ثم غادرا."}},
      {"هل يلتقيان؟ نعم يلتقيان", {"هل يلتقيان؟", "نعم يلتقيان"}},
      {"قال الوزير؛ إن الحلف قوي", {"قال الوزير؛ إن الحلف قوي"}},
      {"الفقرة الأولى\nالفقرة الثانية", {"الفقرة الأولى", "الفقرة الثانية"}},
      {"وزيري الخارجية الهندي س. جايشانكار والأسترالية بيني وونغ.",
       {"وزيري الخارجية الهندي س. جايشانكار والأسترالية بيني وونغ."}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(Sentences(c.text) == c.sentences);
  }
}

TEST_CASE("every token's offsets give back its surface") {
  Article a;
  a.id = "t";
  a.text = "اليابان 🇯🇵 والولايات المتحدة «تؤكدان» متانة تحالفهما – عمــر ٢٠٢٤";
  Document doc = SegmentArticle(a, FurnitureRules{});
  REQUIRE(!doc.tokens.empty());
  std::vector<std::string> words;
  for (const Token& t : doc.tokens) {
    CHECK(t.start < t.end);
    CHECK(t.end <= doc.text.size());
    if (t.kind != TokenKind::kPunct) words.push_back(doc.SurfaceUtf8(t.start, t.end));
  }
  CHECK(words == std::vector<std::string>{"اليابان", "والولايات", "المتحدة", "تؤكدان", "متانة",
                                          "تحالفهما", "عمــر", "٢٠٢٤"});
}

TEST_CASE("clitic readings strip و ف ب ل ك and read لل as ل + ال") {
  struct Case {
    const char* word;
    std::vector<std::string> stems;
  };
  const Case cases[] = {
      {"واليابان", {"واليابان", "اليابان"}},
      {"لليابان", {"لليابان", "اليابان"}},
      {"بالولايات", {"بالولايات", "الولايات"}},
      {"وللولايات", {"وللولايات", "للولايات", "الولايات"}},
      {"وبكين", {"وبكين", "بكين", "كين"}},
      {"بلينكن", {"بلينكن", "لينكن"}},
      {"لاوس", {"لاوس", "اوس"}},
      {"يي", {"يي"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.word);
    std::u32string w = FoldUtf8(c.word);
    CliticReading readings[6];
    int n = CliticReadings(w, readings);
    std::vector<std::string> stems;
    for (int i = 0; i < n; ++i) stems.push_back(ToUtf8(ApplyReading(w, readings[i])));
    CHECK(stems == c.stems);
  }
}

TEST_CASE("enclitic pronouns are stripped when a stem of three letters remains") {
  CHECK(ToUtf8(StripEnclitic(FoldUtf8("نظيره"))) == "نظير");
  CHECK(ToUtf8(StripEnclitic(FoldUtf8("تحالفهما"))) == "تحالف");
  CHECK(ToUtf8(StripEnclitic(FoldUtf8("بلادنا"))) == "بلاد");
  CHECK(ToUtf8(StripEnclitic(FoldUtf8("له"))) == "له");
}

TEST_CASE("offsets round-trip on every seed article") {
  std::string shared = testing::SharedDir();
  if (shared.empty()) {
    MESSAGE("../shared is absent; skipped");
    return;
  }
  for (const char* name :
       {"000_ff0828a24623754e.txt", "001_18e769cf2e2d5029.txt", "002_abf9a3ec4026fc84.txt",
        "003_56d7eb38103c4564.txt", "004_54d0b066e7bb62f8.txt"}) {
    ArticleAnalysis a = testing::Analyse(testing::ReadFile(shared + "/corpus/seeds/" + name));
    std::u32string text = a.document.text;
    for (const Token& t : a.document.tokens) {
      std::u32string folded = FoldWord(text.substr(t.start, t.end - t.start));
      CHECK(folded == std::u32string(a.document.Fold(t)));
    }
    for (const Mention& m : a.mentions) {
      CHECK(m.start < m.end);
      CHECK(m.end <= text.size());
    }
  }
}

TEST_CASE("offsets round-trip on a sample of real world-news articles") {
  std::string shared = testing::SharedDir();
  if (shared.empty()) {
    MESSAGE("../shared is absent; skipped");
    return;
  }
  ArticleReader reader({shared + "/corpus/ant-world.jsonl"});
  Article article;
  size_t articles = 0, checked = 0;
  // Every 60th article: about 300 articles from all five sources.
  for (size_t i = 0; reader.Next(&article); ++i) {
    if (i % 60 != 0) continue;
    ArticleAnalysis a = AnalyseArticle(article, testing::SourceResources());
    const std::u32string& text = a.document.text;
    REQUIRE(text == ToCodePoints(article.text));
    for (const Token& t : a.document.tokens) {
      REQUIRE(t.end <= text.size());
      CHECK(FoldWord(text.substr(t.start, t.end - t.start)) == std::u32string(a.document.Fold(t)));
    }
    for (const Mention& m : a.mentions) {
      REQUIRE(m.end <= text.size());
      CHECK(m.start < m.end);
      ++checked;
    }
    ++articles;
  }
  CHECK(articles > 250);
  CHECK(checked > 1000);
}

}  // namespace
}  // namespace kg
