// Date parsing over the matching fold (so digits are ASCII and alef/ya
// variants are one letter). A text is cut into words, numbers and
// separators; month and weekday names are looked up in tables of every
// naming system Arabic media use.
#include "kg/dates.h"

#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "kg/normalize.h"

namespace kg {
namespace {

struct NamedNumber {
  std::u32string_view name;
  int value;
};

// Folded month names: Egyptian/Gulf, Levantine/Iraqi, Maghrebi, English.
constexpr std::array<NamedNumber, 41> kMonths = {{
    {U"يناير", 1},  {U"فبراير", 2},  {U"مارس", 3},    {U"ابريل", 4},   {U"مايو", 5},
    {U"يونيو", 6},  {U"يونيه", 6},   {U"يوليو", 7},   {U"يوليه", 7},   {U"اغسطس", 8},
    {U"سبتمبر", 9}, {U"اكتوبر", 10}, {U"نوفمبر", 11}, {U"ديسمبر", 12}, {U"شباط", 2},
    {U"اذار", 3},   {U"نيسان", 4},   {U"ايار", 5},    {U"حزيران", 6},  {U"تموز", 7},
    {U"اب", 8},     {U"ايلول", 9},   {U"جانفي", 1},   {U"فيفري", 2},   {U"افريل", 4},
    {U"ماي", 5},    {U"جوان", 6},    {U"جويليه", 7},  {U"اوت", 8},     {U"jan", 1},
    {U"feb", 2},    {U"mar", 3},     {U"apr", 4},     {U"may", 5},     {U"jun", 6},
    {U"jul", 7},    {U"aug", 8},     {U"sep", 9},     {U"oct", 10},    {U"nov", 11},
    {U"dec", 12},
}};
// Two-word Levantine months: كانون الثاني, تشرين الاول …
constexpr std::array<NamedNumber, 4> kTwoWordMonths = {{
    {U"كانون الثاني", 1},
    {U"كانون الاول", 12},
    {U"تشرين الاول", 10},
    {U"تشرين الثاني", 11},
}};
constexpr std::array<std::u32string_view, 28> kWeekdays = {
    U"الاحد",  U"الاثنين", U"الثلاثاء", U"الاربعاء",  U"الخميس",   U"الجمعه", U"السبت",
    U"احد",    U"اثنين",   U"ثلاثاء",   U"اربعاء",    U"خميس",     U"جمعه",   U"سبت",
    U"sun",    U"mon",     U"tue",      U"wed",       U"thu",      U"fri",    U"sat",
    U"sunday", U"monday",  U"tuesday",  U"wednesday", U"thursday", U"friday", U"saturday"};
// Ordinal day words after folding: «العاشر من أبريل», «الحادي والعشرين».
constexpr std::array<NamedNumber, 12> kOrdinalUnits = {{
    {U"الاول", 1},
    {U"الحادي", 1},
    {U"الثاني", 2},
    {U"الثالث", 3},
    {U"الرابع", 4},
    {U"الخامس", 5},
    {U"السادس", 6},
    {U"السابع", 7},
    {U"الثامن", 8},
    {U"التاسع", 9},
    {U"العاشر", 10},
    {U"الاولي", 1},
}};

enum class Kind { kNumber, kWord, kSeparator, kTime };
struct Piece {
  Kind kind;
  std::u32string text;
  int number = 0;  // kNumber value; kTime: hour * 60 + minute
};

std::vector<Piece> Cut(std::u32string_view folded) {
  std::vector<Piece> pieces;
  size_t i = 0;
  while (i < folded.size()) {
    char32_t c = folded[i];
    if (c >= U'0' && c <= U'9') {
      size_t j = i;
      int value = 0;
      while (j < folded.size() && folded[j] >= U'0' && folded[j] <= U'9' && j - i < 9) {
        value = value * 10 + static_cast<int>(folded[j] - U'0');
        ++j;
      }
      // hh:mm(:ss)
      if (j + 1 < folded.size() && folded[j] == U':' && folded[j + 1] >= U'0' &&
          folded[j + 1] <= U'9') {
        size_t k = j + 1;
        int minute = 0;
        while (k < folded.size() && folded[k] >= U'0' && folded[k] <= U'9') {
          minute = minute * 10 + static_cast<int>(folded[k] - U'0');
          ++k;
        }
        if (k < folded.size() && folded[k] == U':') {
          ++k;
          while (k < folded.size() && folded[k] >= U'0' && folded[k] <= U'9') ++k;
        }
        pieces.push_back(
            {Kind::kTime, std::u32string(folded.substr(i, k - i)), value * 60 + minute});
        i = k;
        continue;
      }
      pieces.push_back({Kind::kNumber, std::u32string(folded.substr(i, j - i)), value});
      i = j;
    } else if (IsWordChar(c)) {
      size_t j = i;
      while (j < folded.size() && IsWordChar(folded[j]) &&
             !(folded[j] >= U'0' && folded[j] <= U'9'))
        ++j;
      pieces.push_back({Kind::kWord, std::u32string(folded.substr(i, j - i))});
      i = j;
    } else {
      if (c != U' ' && c != U'\t' && c != U'\n' && c != U'\r') {
        pieces.push_back({Kind::kSeparator, std::u32string(1, c)});
      }
      ++i;
    }
  }
  return pieces;
}

std::u32string_view WithoutClitic(std::u32string_view word) {
  // «في» is a separate word; a glued preposition is not common in dates
  // except «ب» and «و».
  if (word.size() > 3 && (word[0] == U'و' || word[0] == U'ب')) return word.substr(1);
  return word;
}

int MonthOf(const std::vector<Piece>& pieces, size_t i, size_t* consumed) {
  if (i >= pieces.size() || pieces[i].kind != Kind::kWord) return 0;
  if (i + 1 < pieces.size() && pieces[i + 1].kind == Kind::kWord) {
    std::u32string two = pieces[i].text + U" " + pieces[i + 1].text;
    for (const auto& m : kTwoWordMonths) {
      if (two == m.name) {
        *consumed = 2;
        return m.value;
      }
    }
  }
  std::u32string_view word = pieces[i].text;
  for (std::u32string_view w : {word, WithoutClitic(word)}) {
    for (const auto& m : kMonths) {
      if (w == m.name) {
        *consumed = 1;
        return m.value;
      }
    }
  }
  return 0;
}

bool IsWeekday(std::u32string_view word) {
  for (auto w : kWeekdays) {
    if (word == w || WithoutClitic(word) == w) return true;
  }
  return false;
}

bool IsYear(int n) { return n >= 1900 && n <= 2100; }

// Skips "/" and an alternative month name: «حزيران/يونيو», «نوفمبر/ تشرين الثاني».
size_t SkipAlternativeMonth(const std::vector<Piece>& pieces, size_t i) {
  if (i + 1 < pieces.size() && pieces[i].kind == Kind::kSeparator && pieces[i].text == U"/") {
    size_t consumed = 0;
    if (MonthOf(pieces, i + 1, &consumed)) return i + 1 + consumed;
  }
  return i;
}

size_t SkipSeparators(const std::vector<Piece>& pieces, size_t i) {
  while (i < pieces.size() && pieces[i].kind == Kind::kSeparator) ++i;
  return i;
}

// After a month name: an alternative name («حزيران/يونيو») and an optional
// year. Returns the index past them.
size_t MonthTail(const std::vector<Piece>& pieces, size_t j, CivilDate* d) {
  j = SkipAlternativeMonth(pieces, j);
  size_t k = SkipSeparators(pieces, j);
  if (k < pieces.size() && pieces[k].kind == Kind::kNumber && IsYear(pieces[k].number)) {
    d->year = pieces[k].number;
    j = k + 1;
  }
  return j;
}

// Tries a date starting at pieces[i]; on success sets *end past it.
std::optional<CivilDate> DateAt(const std::vector<Piece>& pieces, size_t i, size_t* end) {
  CivilDate d;
  size_t consumed = 0;
  const Piece& p = pieces[i];
  if (p.kind == Kind::kNumber) {
    // Numeric forms: D-M-Y, Y-M-D.
    if (i + 4 < pieces.size() && pieces[i + 1].kind == Kind::kSeparator &&
        pieces[i + 2].kind == Kind::kNumber && pieces[i + 3].kind == Kind::kSeparator &&
        pieces[i + 4].kind == Kind::kNumber) {
      int a = p.number, b = pieces[i + 2].number, c = pieces[i + 4].number;
      if (IsYear(a) && b >= 1 && b <= 12 && c >= 1 && c <= 31) {
        d = {a, b, c};
      } else if (IsYear(c) && b >= 1 && b <= 12 && a >= 1 && a <= 31) {
        d = {c, b, a};
      } else {
        return std::nullopt;
      }
      *end = i + 5;
      return d;
    }
    // D Month [Y]
    if (p.number >= 1 && p.number <= 31) {
      size_t j = SkipSeparators(pieces, i + 1);
      int month = MonthOf(pieces, j, &consumed);
      if (month) {
        d.day = p.number;
        d.month = month;
        *end = MonthTail(pieces, j + consumed, &d);
        return d;
      }
    }
    return std::nullopt;
  }
  if (p.kind == Kind::kWord) {
    // Ordinal day: العاشر من أبريل.
    int day = 0;
    size_t j = i;
    for (const auto& u : kOrdinalUnits) {
      if (WithoutClitic(p.text) == u.name || p.text == u.name) day = u.value;
    }
    if (p.text == U"العشرين") day = 20;
    if (p.text == U"الثلاثين") day = 30;
    if (day) {
      j = i + 1;
      if (j < pieces.size() && pieces[j].text == U"عشر") {
        day += 10;
        ++j;
      } else if (j < pieces.size() &&
                 (pieces[j].text == U"والعشرين" || pieces[j].text == U"والثلاثين")) {
        day += pieces[j].text == U"والعشرين" ? 20 : 30;
        ++j;
      }
      if (j < pieces.size() && pieces[j].text == U"من") ++j;
      int month = MonthOf(pieces, j, &consumed);
      if (!month || day > 31) return std::nullopt;
      d.day = day;
      d.month = month;
      *end = MonthTail(pieces, j + consumed, &d);
      return d;
    }
    // Month Y (no day), or English "Feb 18 2018".
    int month = MonthOf(pieces, i, &consumed);
    if (month) {
      j = SkipAlternativeMonth(pieces, i + consumed);
      size_t k = SkipSeparators(pieces, j);
      if (k < pieces.size() && pieces[k].kind == Kind::kNumber && IsYear(pieces[k].number)) {
        d.month = month;
        d.year = pieces[k].number;
        *end = k + 1;
        return d;
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::string ToIso8601(const CivilDate& d) {
  if (d.year == 0) return "";
  char buffer[32];
  if (d.month == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d", d.year);
  } else if (d.day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", d.year, d.month);
  } else if (d.hour < 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d", d.year, d.month, d.day, d.hour,
                  d.minute);
  }
  return buffer;
}

std::optional<CivilDate> ParseDateLine(std::string_view text) {
  std::vector<Piece> pieces = Cut(FoldUtf8(text));
  std::optional<CivilDate> date;
  for (size_t i = 0; i < pieces.size();) {
    const Piece& p = pieces[i];
    size_t end = 0;
    if (!date) {
      date = DateAt(pieces, i, &end);
      if (date) {
        if (date->year == 0) return std::nullopt;  // a line date names its year
        i = end;
        continue;
      }
    }
    if (p.kind == Kind::kSeparator) {
      ++i;
    } else if (p.kind == Kind::kTime && date && date->hour < 0) {
      date->hour = p.number / 60;
      date->minute = p.number % 60;
      ++i;
    } else if (p.kind == Kind::kWord && (IsWeekday(p.text) || p.text == U"gmt" ||
                                         p.text == U"utc" || p.text == U"t" || p.text == U"z")) {
      ++i;
    } else if (p.kind == Kind::kNumber && i > 0 && pieces[i - 1].text == U"+" && date) {
      ++i;  // time zone offset: +0400
    } else {
      return std::nullopt;
    }
  }
  if (date && date->hour >= 24) date->hour = date->minute = -1;
  return date;
}

std::optional<CivilDate> FindDateInSentence(std::u32string_view folded_sentence,
                                            const std::optional<CivilDate>& publication) {
  std::vector<Piece> pieces = Cut(folded_sentence);
  for (size_t i = 0; i < pieces.size(); ++i) {
    size_t end = 0;
    std::optional<CivilDate> date = DateAt(pieces, i, &end);
    if (!date) continue;
    if (date->year == 0) {
      if (!publication || publication->year == 0) continue;
      date->year = publication->year;
    }
    return date;
  }
  return std::nullopt;
}

}  // namespace kg
