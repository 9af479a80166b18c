// Page furniture and metadata: which lines of a captured web page are the
// article and which are mastheads, bylines, navigation, "read also" links,
// photo credits and footers; the title; the publication date.
//
// Rules (line prefixes, whole lines, masthead roles) live in
// data/furniture.json; the layout heuristics here are about position: short
// lines above the title and in the header block under it are page chrome, as
// are short lines after the last paragraph.
#ifndef KG_FURNITURE_H_
#define KG_FURNITURE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kg/reader.h"
#include "kg/status.h"

namespace kg {

struct FurnitureRules {
  // Reads data/furniture.json under `home`, validated by
  // schemas/furniture.schema.json.
  static Result<FurnitureRules> Load(const std::string& home);

  std::vector<std::u32string> line_prefixes;   // folded; a line starting so is dropped
  std::vector<std::u32string> whole_lines;     // folded; a line equal to one is dropped
  std::vector<std::u32string> masthead_roles;  // folded; dropped with the name line after it
  int short_line_words = 4;  // header/footer lines up to this many words are chrome
  int paragraph_words = 12;  // a line this long is article body
};

struct Line {
  uint32_t start = 0, end = 0;  // code points, without the line break
  std::string furniture;        // why the line is not content; empty for content
};

struct PageLayout {
  std::vector<Line> lines;
  int title_line = -1;  // index into lines, -1 when there is none
  std::string title;    // UTF-8
  std::string date;     // ISO 8601 publication date (and time), or empty
};

// Classifies the lines of `text` (the article's code points). The JSONL
// title, when the article has one, is the first line; otherwise the title is
// the first content line of four words or more. The date comes from the
// JSONL "date" or from a date line in the header block.
PageLayout AnalyseLayout(const Article& article, std::u32string_view text,
                         const FurnitureRules& rules);

}  // namespace kg

#endif  // KG_FURNITURE_H_
