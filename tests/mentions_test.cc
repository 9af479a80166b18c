// Mentions stage: table-driven sentences → "Type:surface" dumps.
#include <doctest/doctest.h>

#include "test_support.h"

namespace kg {
namespace {

TEST_CASE("names, nisbas, clitics, titles and unknown names") {
  struct Case {
    const char* text;
    std::vector<const char*> expected;  // must appear in the dump
    std::vector<const char*> absent;    // must not
  };
  const Case cases[] = {
      {"أكد وزيرا الدفاع في اليابان والولايات المتحدة الأمريكية أن التحالف راسخ.",
       {"Country:اليابان", "Country:الولايات المتحدة الأمريكية"},
       {}},
      {"وأكد الوزير الياباني أن لليابان دورا وأن بالولايات المتحدة قلقا.",
       {"Country:الياباني", "Country:لليابان", "Country:الولايات المتحدة"},
       {}},
      {"التقى وزير الدفاع الكوري الجنوبي شين وون-سيك مع نظيره في طوكيو.",
       {"Country:الكوري الجنوبي", "Person:شين وون-سيك"},
       {}},
      {"وقال المتحدث باسم الحركة زكريا بوريفادو إن الهجوم فشل.", {"Person:زكريا بوريفادو"}, {}},
      {"وقال ماتياس كورمانوفسكي للصحفيين إن الاتفاق وشيك.", {"Person:ماتياس كورمانوفسكي"}, {}},
      {"وصل الوفد إلى مدينة أرغاستان الساحلية.", {"Place:أرغاستان"}, {}},
      {"قال الرئيس إن الوزارة ستعلن القرار غدا.", {}, {"Person:الوزارة"}},
      // Hashtags, hamza-less spellings and the construct state.
      {"قالت المستشارة الألمانية أنجيلا #ميركل إن أوروبا قوية.",
       {"Country:الألمانية"},
       {"Person:أنجيلا"}},
      {"قال المسؤول الاسرائيلي إن الاتفاق قريب.", {"Country:الاسرائيلي"}, {}},
      {"وقال رئيس وزراء توفالاند إن الجزيرة آمنة.", {}, {"Person:توفالاند"}},
      // A posting place between title and name; an appositive title.
      {"وأكد مراسل بي بي سي في كابول محفوظ زبيري الخبر.", {"Person:محفوظ زبيري"}, {}},
      {"وقال جوناثان كيرفيل، وزير الدفاع البريطاني، إن بلاده مستعدة.",
       {"Person:جوناثان كيرفيل"},
       {}},
      // A plural title with a nisba per name.
      {"بحضور وزيري الخارجية الهندي راجيش كومارا والأسترالية جين باركيرسون.",
       {"Person:راجيش كومارا", "Country:الأسترالية", "Person:جين باركيرسون"},
       {}},
      // Lists of unknown names are split at و; a rank is a title.
      {"وصل الوفد إلى زولينغن وبادربورن أمس.", {"Place:زولينغن", "Place:بادربورن"}, {}},
      {"وقال البريغادير هاكان تورفيلد إن القوات انسحبت.",
       {"Person:هاكان تورفيلد"},
       {"Person:البريغادير"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::string dump = testing::DumpMentions(testing::Analyse(c.text));
    CAPTURE(dump);
    for (const char* e : c.expected) CHECK(testing::HasItem(dump, e));
    for (const char* e : c.absent) CHECK(!testing::HasItem(dump, e));
  }
}

TEST_CASE("a capital stands for its country unless it is a location") {
  ArticleAnalysis a = testing::Analyse("اتهمت واشنطن بكين باتخاذ خطوات استفزازية قرب واشنطن.");
  std::vector<std::string> ids;
  for (const Mention& m : a.mentions) ids.push_back(a.entities[m.entity].id);
  CHECK(ids ==
        std::vector<std::string>{"country:united-states", "country:china", "place:washington-dc"});
}

TEST_CASE("a description resolves to the person introduced with that role") {
  ArticleAnalysis a = testing::Analyse(
      "اجتمع وزير الدفاع الياباني أيكو موريتاكا مع نظيره الأمريكي جون بالدريدج في طوكيو.\n"
      "وقال الوزير الياباني إن نظيره الأمريكي لم يطالب برفع الإنفاق.");
  int moritaka = -1, baldridge = -1;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (a.entities[i].name_ar == "أيكو موريتاكا") moritaka = static_cast<int>(i);
    if (a.entities[i].name_ar == "جون بالدريدج") baldridge = static_cast<int>(i);
  }
  REQUIRE(moritaka >= 0);
  REQUIRE(baldridge >= 0);
  int to_moritaka = 0, to_baldridge = 0;
  for (const Mention& m : a.mentions) {
    if (m.kind != MentionKind::kDescription) continue;
    to_moritaka += m.entity == moritaka;
    to_baldridge += m.entity == baldridge;
  }
  CHECK(to_moritaka == 1);
  CHECK(to_baldridge == 1);
}

}  // namespace
}  // namespace kg
