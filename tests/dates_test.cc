// Dates as news sites write them.
#include "kg/dates.h"

#include <doctest/doctest.h>

#include "kg/normalize.h"

namespace kg {
namespace {

TEST_CASE("publication date lines in the forms real sites use") {
  struct Case {
    const char* line;
    const char* iso;  // "" when the line is not a date
  };
  const Case cases[] = {
      {"16-1-2026 | 15:43", "2026-01-16T15:43"},
      {"الثلاثاء ٠٥ / نوفمبر / ٢٠٢٤", "2024-11-05"},
      {"Sun, 18 Feb 2018 19:49:50 GMT", "2018-02-18T19:49"},
      {"Mon, 19 Feb 2018 00:16:11 +0400", "2018-02-19T00:16"},
      {"2018-02-18T19:49:50Z", "2018-02-18T19:49"},
      {"2024-11-05", "2024-11-05"},
      {"5 كانون الثاني 2024", "2024-01-05"},
      {"الخميس 12 حزيران/يونيو 2018", "2018-06-12"},
      {"3 جوان 2019", "2019-06-03"},
      {"اليابان والولايات المتحدة", ""},
      {"12 جنديا", ""},
      {"مارس", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    auto date = ParseDateLine(c.line);
    CHECK((date ? ToIso8601(*date) : std::string()) == c.iso);
  }
}

TEST_CASE("explicit dates inside sentences take the publication year") {
  CivilDate published{2024, 3, 8};
  struct Case {
    const char* sentence;
    const char* iso;
  };
  const Case cases[] = {
      {"من المتوقع أن يتم الإعلان عن الخطة في العاشر من أبريل خلال زيارة", "2024-04-10"},
      {"قمة في سنغافورة في 12 حزيران/يونيو", "2024-06-12"},
      {"في الحادي والعشرين من مارس 2023", "2023-03-21"},
      {"في يونيو/حزيران 2016", "2016-06"},
      {"التقى الوزيران أمس", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    auto date = FindDateInSentence(FoldUtf8(c.sentence), published);
    CHECK((date ? ToIso8601(*date) : std::string()) == c.iso);
  }
}

}  // namespace
}  // namespace kg
