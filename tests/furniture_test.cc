// Page furniture and metadata.
#include "kg/furniture.h"

#include <doctest/doctest.h>

#include "kg/normalize.h"
#include "test_support.h"

namespace kg {
namespace {

struct Classified {
  std::vector<std::string> content, dropped;
  std::string title, date;
};

Classified Classify(const std::string& text, const std::string& jsonl_title = "") {
  Article a;
  a.id = "t";
  a.title = jsonl_title;
  a.text = jsonl_title.empty() ? text : jsonl_title + "\n\n" + text;
  std::u32string cps = ToCodePoints(a.text);
  PageLayout layout = AnalyseLayout(a, cps, testing::SourceResources().furniture);
  Classified out;
  for (const Line& l : layout.lines) {
    std::string line = ToUtf8(cps.substr(l.start, l.end - l.start));
    if (line.empty()) continue;
    (l.furniture.empty() ? out.content : out.dropped).push_back(line);
  }
  out.title = layout.title;
  out.date = layout.date;
  return out;
}

TEST_CASE("read-also and watch-also lines are dropped wherever they are") {
  Classified c = Classify(
      "عنوان الخبر عن لقاء الوزيرين في طوكيو\n"
      "التقى الوزيران في طوكيو اليوم وبحثا تعزيز التعاون العسكري بين البلدين في ظل التوترات.\n"
      "شاهد ايضاً: الرئيس الفلبيني السابق دوتيرتي يكشف عن احتفاظه بـ \"فرقة موت\"\n"
      "اقرأ أيضاً: اليابان تُطلق برنامج إقامة طويلة الأمد للاجئين\n"
      "وأكد الوزيران أن التحالف بين البلدين راسخ وأنهما سيعملان على تعزيزه في السنوات المقبلة.");
  CHECK(c.dropped.size() == 2);
  CHECK(c.content.size() == 3);
  CHECK(c.title == "عنوان الخبر عن لقاء الوزيرين في طوكيو");
}

TEST_CASE("mastheads, date lines, Latin credits and footers are chrome; headings stay") {
  Classified c = Classify(
      "رئيس مجلس الادارة\n\nعمــر أحمــد ســامي\n\nرئيس التحرير\n\nطــــه فرغــــلي\n\n"
      "اليابان والولايات المتحدة تؤكدان متانة تحالفهما الدفاعي\n\n16-1-2026 | 15:43\n\n"
      "دار الهلال\n\n"
      "أكد وزيرا الدفاع في اليابان والولايات المتحدة أن التحالف الثنائي بين بلديهما لا يزال راسخا "
      "وغير قابل للاهتزاز.\n\n"
      "تهديدات السلامة المتعددة\n\n"
      "وقال الوزير الياباني إن البلدين يتعاونان بشكل وثيق في مواجهة التحديات الأمنية في المنطقة "
      "كلها.\n\n"
      "NOS News\n\nمقالات ذات صلة\n\nزر الذهاب إلى الأعلى");
  CHECK(c.title == "اليابان والولايات المتحدة تؤكدان متانة تحالفهما الدفاعي");
  CHECK(c.date == "2026-01-16T15:43");
  CHECK(c.content ==
        std::vector<std::string>{"اليابان والولايات المتحدة تؤكدان متانة تحالفهما الدفاعي",
                                 "أكد وزيرا الدفاع في اليابان والولايات المتحدة أن التحالف الثنائي "
                                 "بين بلديهما لا يزال راسخا وغير قابل للاهتزاز.",
                                 "تهديدات السلامة المتعددة",
                                 "وقال الوزير الياباني إن البلدين يتعاونان بشكل وثيق في مواجهة "
                                 "التحديات الأمنية في المنطقة كلها."});
}

TEST_CASE("a JSONL title is the title and its date field is parsed") {
  Article a;
  a.id = "x";
  a.title = "أردوغان يخيّر الوحدات الكردية";
  a.date = "Mon, 19 Feb 2018 10:12:22 +0400";
  a.text = a.title + "\n\nقال الرئيس التركي إنه لا يمكن اتخاذ قرار.";
  PageLayout layout = AnalyseLayout(a, ToCodePoints(a.text), testing::SourceResources().furniture);
  CHECK(layout.title == a.title);
  CHECK(layout.date == "2018-02-19T10:12");
}

TEST_CASE("seed 002's related-story line yields no entity") {
  std::string shared = testing::SharedDir();
  if (shared.empty()) {
    MESSAGE("../shared is absent; skipped");
    return;
  }
  ArticleAnalysis a =
      testing::Analyse(testing::ReadFile(shared + "/corpus/seeds/002_abf9a3ec4026fc84.txt"));
  for (const Mention& m : a.mentions) {
    std::string surface = a.document.SurfaceUtf8(m.start, m.end);
    CHECK(surface.find("دوتيرتي") == std::string::npos);
  }
  for (const Entity& e : a.entities) CHECK(e.label_en.find("Duterte") == std::string::npos);
}

}  // namespace
}  // namespace kg
