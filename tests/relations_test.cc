// Relations stage: table-driven sentences → relation dumps.
#include <doctest/doctest.h>

#include "test_support.h"

namespace kg {
namespace {

TEST_CASE("relation patterns") {
  struct Case {
    const char* text;
    std::vector<const char*> expected;
    std::vector<const char*> absent;
  };
  const Case cases[] = {
      {"التقى وزير الخارجية الياباني تارو كونو مع نظيره الروسي سيرغي لافروف في موسكو.",
       {"affiliated-with(تارو كونو → اليابان)"},
       {}},
      {"وأكدت ألمانيا وفرنسا تحالفهما الدفاعي.", {"allied-with(ألمانيا → فرنسا)"}, {}},
      {"وتعمل مصر والأردن على تعزيز التعاون بين البلدين.", {}, {}},
      {"محادثات أمنية بين الولايات المتحدة واليابان في ظل تهديد الصين المتزايد.",
       {"threatens(الصين → اليابان)", "threatens(الصين → الولايات المتحدة)"},
       {}},
      {"ولم تلتق اليابان مع الصين.", {}, {"met-with(الصين → اليابان)"}},
      // Subject and object around verbs (VSO and SVO) and a verbal noun's genitive.
      {"تهدد الصين تايوان بالقوة العسكرية.",
       {"threatens(الصين → تايوان)"},
       {"threatens(تايوان → الصين)"}},
      {"وقالت الحكومة إن كوريا الشمالية تهدد اليابان.",
       {"threatens(كوريا الشمالية → اليابان)"},
       {}},
      {"وتعمل مصر والأردن على مواجهة التهديد الإيراني المتزايد.",
       {"threatens(إيران → مصر)", "threatens(إيران → الأردن)"},
       {}},
      {"وأعاد الهجوم سيطرة دمشق على المنطقة.", {}, {"threatens(سوريا → المنطقة)"}},
      {"ألغام زرعتها الميليشيات لتهدد الملاحة الدولية قرب اليمن.",
       {},
       {"threatens(اليمن → اليمن)"}},
      // A meeting with a title before each name, and counterparts on the other side.
      {"عقد وزير الخارجية البريطاني جون ستيوارت محادثات مع وزير الدفاع البريطاني بيتر بلاكويل "
       "ونظيريهما الفرنسيين إيمانويل دوبوا وجان مارتيني.",
       {"met-with(إيمانويل دوبوا → جون ستيوارت)", "met-with(جان مارتيني → جون ستيوارت)",
        "met-with(إيمانويل دوبوا → بيتر بلاكويل)", "met-with(بيتر بلاكويل → جان مارتيني)"},
       {"met-with(بيتر بلاكويل → جون ستيوارت)"}},
      // «البلدين» stands for the two countries in view.
      {"وقعت مصر والأردن اتفاقية تجارية جديدة.\nوقال الوزير إن البلدين سيعملان معا في المستقبل.",
       {"cooperates-with(الأردن → مصر)[planned]"},
       {}},
      // Places in places.
      {"قتل ثلاثة أشخاص في بلدة كفرنبل في ريف إدلب.", {"located-in(كفرنبل → إدلب)"}, {}},
      // A call for an agreement states no party.
      {"دعا الرئيس الأمريكي إلى إبرام اتفاق جديد مع إيران.", {}, {"party-to(إيران → اتفاق)"}},
      // Visits.
      {"وصل وزير الخارجية الفرنسي جان إيف لودريان إلى بغداد.",
       {"visited(جان إيف لودريان → بغداد)"},
       {}},
      // A lexicon office completes a title without a country.
      {"وقال وزير الخارجية مايك بومبيو للصحفيين إن المحادثات مثمرة.",
       {"affiliated-with(مايك بومبيو → الولايات المتحدة)"},
       {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::string dump = testing::DumpRelations(testing::Analyse(c.text));
    CAPTURE(dump);
    for (const char* e : c.expected) CHECK(testing::HasItem(dump, e));
    for (const char* e : c.absent) CHECK(!testing::HasItem(dump, e));
  }
}

TEST_CASE("negated statements are kept with modality negated") {
  std::string dump =
      testing::DumpRelations(testing::Analyse("ولم تلتق اليابان مع الصين في القمة."));
  CAPTURE(dump);
  CHECK(testing::HasItem(dump, "met-with(الصين → اليابان)[negated]"));
}

TEST_CASE("planned statements carry modality planned") {
  std::string dump = testing::DumpRelations(
      testing::Analyse("ومن المقرر أن تلتقي اليابان مع الفلبين الأسبوع المقبل."));
  CAPTURE(dump);
  CHECK(testing::HasItem(dump, "met-with(الفلبين → اليابان)[planned]"));
}

}  // namespace
}  // namespace kg
