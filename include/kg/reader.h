// Read stage: turns the command line's inputs into a stream of articles.
//
// An input is a .txt article, a directory (searched recursively, files in
// sorted order), a .jsonl file with one article object per line, or "-" for
// standard input. Bytes are decoded to UTF-8 (UTF-8 with or without BOM,
// UTF-16 with BOM, Windows-1256); anything that cannot be read becomes an
// InputProblem naming the file, the JSONL line or byte offset, and the reason,
// and reading goes on with the next article. Nothing is dropped silently.
#ifndef KG_READER_H_
#define KG_READER_H_

#include <cstdint>
#include <deque>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace kg {

struct Article {
  std::string id;      // .txt: path relative to the directory given (or the file name); JSONL: "id"
  std::string origin;  // where it came from, for messages: "dir/a.txt", "news.jsonl:12"
  std::string title;   // JSONL "title"; empty for .txt (the text layer finds it)
  // The text all offsets refer to, UTF-8. For JSONL: title, a blank line, then
  // "text" (the form the gold annotations use); for .txt the decoded file.
  std::string text;
  std::string date;  // JSONL "date" as given; parsed by the text layer
  std::string url;
  std::string source;
};

struct InputProblem {
  std::string origin;  // "dir/x.png", "news.jsonl:7", "a.txt: byte 1042"
  std::string reason;
  bool skipped = true;  // false: the article was read after a repair (reason says which)
};

class ArticleReader {
 public:
  explicit ArticleReader(std::vector<std::string> inputs);
  ~ArticleReader();
  ArticleReader(const ArticleReader&) = delete;
  ArticleReader& operator=(const ArticleReader&) = delete;

  // Fills `article` with the next readable article; false when all inputs are
  // consumed. Unreadable inputs are recorded in problems() and skipped.
  bool Next(Article* article);

  const std::vector<InputProblem>& problems() const { return problems_; }
  uint64_t bytes_read() const { return bytes_read_; }

 private:
  struct Pending {
    std::string path;
    std::string id;  // article id for a .txt file
  };
  bool NextJsonlArticle(Article* article);
  bool ReadTextArticle(const Pending& file, Article* article);
  void ExpandDirectory(const std::string& dir);
  void Problem(std::string origin, std::string reason, bool skipped = true);

  std::deque<Pending> pending_;
  std::unique_ptr<std::istream> jsonl_;  // the JSONL stream being read, if any
  std::string jsonl_origin_;
  uint64_t jsonl_line_ = 0;
  std::vector<InputProblem> problems_;
  uint64_t bytes_read_ = 0;
};

}  // namespace kg

#endif  // KG_READER_H_
