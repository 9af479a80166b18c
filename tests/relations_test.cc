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
      {"وأكدت ألمانيا وفرنسا تحالفهما الدفاعي.", {"allied-with(فرنسا → ألمانيا)"}, {}},
      {"وتعمل مصر والأردن على تعزيز التعاون بين البلدين.", {}, {}},
      {"محادثات أمنية بين الولايات المتحدة واليابان في ظل تهديد الصين المتزايد.",
       {"threatens(الصين → اليابان)", "threatens(الصين → الولايات المتحدة)"},
       {}},
      {"ولم تلتق اليابان مع الصين.", {}, {"met-with(الصين → اليابان)"}},
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
  CHECK(testing::HasItem(dump, "met-with(اليابان → الفلبين)[planned]"));
}

}  // namespace
}  // namespace kg
