// Dates as news sites write them, to ISO 8601.
//
// Publication lines («16-1-2026 | 15:43», «الثلاثاء ٠٥ / نوفمبر / ٢٠٢٤»,
// «5 كانون الثاني 2024»), RFC 822 dates of feeds («Sun, 18 Feb 2018
// 19:49:50 GMT»), ISO 8601, and dates inside sentences («في العاشر من
// أبريل», «في 12 حزيران/يونيو») resolved against the publication date.
// Both sets of Arabic month names are known (يناير … and كانون الثاني …),
// and Arabic-Indic digits are read.
#ifndef KG_DATES_H_
#define KG_DATES_H_

#include <optional>
#include <string>
#include <string_view>

namespace kg {

struct CivilDate {
  int year = 0, month = 0, day = 0;  // month/day 0 when unknown
  int hour = -1, minute = -1;        // -1 when unknown
};

// "2026-01-16T15:43", "2024-11-05", "2018-02", or "" for an empty date.
std::string ToIso8601(const CivilDate& date);

// A whole line or metadata value that is a date (and optional time), in any
// of the forms above; nullopt when the text is not just a date. Input is
// UTF-8; surrounding punctuation and a weekday name are allowed.
std::optional<CivilDate> ParseDateLine(std::string_view text);

// The first explicit date mentioned in a sentence (day and month at least,
// or month and year), completed with the year of `publication` when the
// sentence omits it. Input is the sentence's folded text.
std::optional<CivilDate> FindDateInSentence(std::u32string_view folded_sentence,
                                            const std::optional<CivilDate>& publication);

}  // namespace kg

#endif  // KG_DATES_H_
