// Line classification of a captured page. Explicit rules come first (read-
// also links, navigation, mastheads, credits, date lines, lines in Latin
// script only); then position: short lines above the title, in the header
// block between the title and the first paragraph, and after the last
// paragraph are page chrome, while short lines between paragraphs (section
// headings) stay content.
#include "kg/furniture.h"

#include <algorithm>

#include "data_file.h"
#include "kg/dates.h"
#include "kg/normalize.h"

namespace kg {
namespace {

std::vector<std::u32string> FoldedList(const rapidjson::Value& array) {
  std::vector<std::u32string> out;
  for (const auto& v : array.GetArray()) out.push_back(FoldUtf8(v.GetString()));
  return out;
}

std::u32string_view Trim(std::u32string_view s) {
  auto is_space = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\r' || c == 0xA0; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Trailing punctuation does not change what a chrome line is ("وكالات:").
std::u32string_view TrimPunctuation(std::u32string_view s) {
  while (!s.empty() && !IsWordChar(s.back())) s.remove_suffix(1);
  return Trim(s);
}

int CountWords(std::u32string_view s) {
  int words = 0;
  bool in_word = false;
  for (char32_t c : s) {
    bool w = IsWordChar(c);
    if (w && !in_word) ++words;
    in_word = w;
  }
  return words;
}

bool HasArabic(std::u32string_view s) { return std::any_of(s.begin(), s.end(), IsArabicLetter); }
bool HasLatin(std::u32string_view s) {
  return std::any_of(s.begin(), s.end(), [](char32_t c) { return c >= U'a' && c <= U'z'; });
}
bool EndsSentence(std::u32string_view s) {
  return !s.empty() && (s.back() == U'.' || s.back() == U'؟' || s.back() == U'!' ||
                        s.back() == U'"' || s.back() == U':');
}

bool StartsWithAny(std::u32string_view line, const std::vector<std::u32string>& prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](const std::u32string& p) { return line.substr(0, p.size()) == p; });
}
bool EqualsAny(std::u32string_view line, const std::vector<std::u32string>& list) {
  return std::find(list.begin(), list.end(), line) != list.end();
}

}  // namespace

Result<FurnitureRules> FurnitureRules::Load(const std::string& home) {
  auto doc =
      LoadValidatedJson(home + "/data/furniture.json", home + "/schemas/furniture.schema.json");
  if (!doc.ok()) return doc.status();
  FurnitureRules rules;
  rules.line_prefixes = FoldedList((*doc)["line_prefixes"]);
  rules.whole_lines = FoldedList((*doc)["whole_lines"]);
  rules.masthead_roles = FoldedList((*doc)["masthead_roles"]);
  rules.short_line_words = (*doc)["short_line_words"].GetInt();
  rules.paragraph_words = (*doc)["paragraph_words"].GetInt();
  return rules;
}

PageLayout AnalyseLayout(const Article& article, std::u32string_view text,
                         const FurnitureRules& rules) {
  PageLayout layout;
  std::vector<std::u32string> folded;  // trimmed folded form of each line
  std::vector<int> words;
  for (uint32_t start = 0; start <= text.size();) {
    size_t nl = text.find(U'\n', start);
    uint32_t end = nl == std::u32string_view::npos ? static_cast<uint32_t>(text.size())
                                                   : static_cast<uint32_t>(nl);
    uint32_t content_end = end;
    if (content_end > start && text[content_end - 1] == U'\r') --content_end;
    layout.lines.push_back({start, content_end, ""});
    std::u32string f = FoldWord(text.substr(start, content_end - start));
    folded.emplace_back(Trim(f));
    words.push_back(CountWords(folded.back()));
    if (nl == std::u32string_view::npos) break;
    start = end + 1;
  }
  const int n = static_cast<int>(layout.lines.size());

  // Explicit rules.
  std::optional<CivilDate> date;
  if (!article.date.empty()) date = ParseDateLine(article.date);
  for (int i = 0; i < n; ++i) {
    std::u32string_view line = folded[i];
    if (line.empty()) continue;
    std::u32string_view bare = TrimPunctuation(line);
    std::string& why = layout.lines[i].furniture;
    if (StartsWithAny(line, rules.line_prefixes)) {
      why = "link or navigation line";
    } else if (EqualsAny(bare, rules.masthead_roles) ||
               (words[i] <= rules.short_line_words && StartsWithAny(bare, rules.masthead_roles))) {
      why = "masthead or byline";
      // The name under a masthead role is part of it.
      int next = i + 1;
      while (next < n && folded[next].empty()) ++next;
      if (EqualsAny(bare, rules.masthead_roles) && next < n &&
          words[next] <= rules.short_line_words && !EndsSentence(folded[next])) {
        layout.lines[next].furniture = "masthead or byline";
      }
    } else if (EqualsAny(bare, rules.whole_lines)) {
      why = "page chrome";
    } else if (auto d = ParseDateLine(ToUtf8(text.substr(
                   layout.lines[i].start, layout.lines[i].end - layout.lines[i].start)))) {
      why = "date line";
      if (!date) date = d;
    } else if (HasLatin(line) && !HasArabic(line)) {
      why = "line not in Arabic script";
    }
  }

  // The title: the JSONL title is the first line; otherwise the first
  // content line of four words or more.
  auto is_content = [&](int i) { return !folded[i].empty() && layout.lines[i].furniture.empty(); };
  for (int i = 0; i < n; ++i) {
    if (!is_content(i)) continue;
    if (!article.title.empty() || words[i] >= 4) {
      layout.title_line = i;
      break;
    }
  }
  if (layout.title_line >= 0) {
    const Line& t = layout.lines[layout.title_line];
    layout.title = ToUtf8(Trim(text.substr(t.start, t.end - t.start)));
    for (int i = 0; i < layout.title_line; ++i) {
      if (is_content(i)) layout.lines[i].furniture = "header above the title";
    }
    // The header block between the title and the first paragraph.
    for (int i = layout.title_line + 1;
         i < n && !(is_content(i) && words[i] >= rules.paragraph_words); ++i) {
      if (is_content(i) && words[i] <= rules.short_line_words && !EndsSentence(folded[i])) {
        layout.lines[i].furniture = "header block (caption, tag or publisher)";
      }
    }
  }
  // Footer: short lines after the last paragraph.
  int last_paragraph = -1;
  for (int i = 0; i < n; ++i) {
    if (is_content(i) && words[i] >= rules.paragraph_words) last_paragraph = i;
  }
  if (last_paragraph >= 0) {
    for (int i = last_paragraph + 1; i < n; ++i) {
      if (is_content(i) && words[i] <= rules.short_line_words) {
        layout.lines[i].furniture = "footer";
      }
    }
  }
  if (date) layout.date = ToIso8601(*date);
  return layout;
}

}  // namespace kg
