// Read stage: inputs, JSONL, encodings, and the problems reported for bad input.
#include "kg/reader.h"

#include <doctest/doctest.h>
#include <unicode/ucnv.h>

#include <filesystem>
#include <fstream>

namespace kg {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() /
           ("kg_reader_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string Write(const std::string& name, const std::string& bytes) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  static inline int counter = 0;
};

std::vector<Article> ReadAll(const std::vector<std::string>& inputs,
                             std::vector<InputProblem>* problems) {
  ArticleReader reader(inputs);
  std::vector<Article> out;
  Article a;
  while (reader.Next(&a)) out.push_back(a);
  *problems = reader.problems();
  return out;
}

std::string Encode(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 4, '\0');
  int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(n);
  return out;
}

TEST_CASE("JSONL: each line is an article; bad lines are reported with their line number") {
  TempDir dir;
  std::string path = dir.Write("news.jsonl",
                               "{\"id\": \"a1\", \"title\": \"عنوان\", \"text\": \"نص الخبر\", "
                               "\"date\": \"Sun, 18 Feb 2018 19:49:50 GMT\"}\n"
                               "\n"
                               "{\"id\": \"a2\", \"text\": 42}\n"
                               "{not json\n"
                               "{\"id\": \"a3\", \"title\": \"x\"}\n"
                               "[1, 2]\n"
                               "{\"id\": \"a4\", \"text\": \"نص بلا عنوان\"}\n");
  std::vector<InputProblem> problems;
  std::vector<Article> articles = ReadAll({path}, &problems);
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].id == "a1");
  CHECK(articles[0].text == "عنوان\n\nنص الخبر");
  CHECK(articles[0].title == "عنوان");
  CHECK(articles[0].date == "Sun, 18 Feb 2018 19:49:50 GMT");
  CHECK(articles[1].id == "a4");
  CHECK(articles[1].text == "نص بلا عنوان");
  std::vector<std::string> where;
  for (const auto& p : problems)
    where.push_back(p.origin.substr(p.origin.rfind(':') + 1) + " " + p.reason);
  CHECK(where ==
        std::vector<std::string>{"2 empty line", "3 \"text\" is not a string",
                                 "4 invalid JSON at byte 1: Missing a name for object member.",
                                 "5 no \"text\" field", "6 line is not a JSON object"});
}

TEST_CASE("directories are read recursively in sorted order; other files are reported") {
  TempDir dir;
  dir.Write("b.txt", "ب");
  dir.Write("a.txt", "أ");
  dir.Write("sub/c.txt", "ج");
  dir.Write("image.png", "\x89PNG\r\n\x1a\n");
  dir.Write("empty.txt", "");
  std::vector<InputProblem> problems;
  std::vector<Article> articles = ReadAll({dir.path.string()}, &problems);
  std::vector<std::string> ids;
  for (const Article& a : articles) ids.push_back(a.id);
  CHECK(ids == std::vector<std::string>{"a.txt", "b.txt", "sub/c.txt"});
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].reason.find("not a .txt") != std::string::npos);
  CHECK(problems[1].reason == "empty file");
}

TEST_CASE("encodings: UTF-8 BOM, UTF-16 with BOM, Windows-1256, broken UTF-8, binary") {
  TempDir dir;
  const std::string arabic = "التقى وزير الخارجية الأمريكي نظيره الياباني في طوكيو";
  std::string utf16 = "\xFF\xFE" + Encode(arabic, "UTF-16LE");
  std::string files[] = {
      dir.Write("1_bom.txt", "\xEF\xBB\xBF" + arabic),
      dir.Write("2_utf16.txt", utf16),
      dir.Write("3_cp1256.txt", Encode(arabic, "windows-1256")),
      dir.Write("4_broken.txt", arabic.substr(0, 10) + "\xC3\x28" + arabic.substr(10)),
      dir.Write("5_binary.txt", std::string("abc\0\x01\x02"
                                            "def",
                                            9)),
  };
  std::vector<InputProblem> problems;
  std::vector<Article> articles =
      ReadAll({files[0], files[1], files[2], files[3], files[4]}, &problems);
  REQUIRE(articles.size() == 4);
  CHECK(articles[0].text == arabic);
  CHECK(articles[1].text == arabic);
  CHECK(articles[2].text == arabic);
  CHECK(articles[3].text.find("\xEF\xBF\xBD") != std::string::npos);
  REQUIRE(problems.size() == 4);
  CHECK(problems[0].reason == "decoded from UTF-16LE");
  CHECK(!problems[0].skipped);
  CHECK(problems[1].reason.find("windows-1256") != std::string::npos);
  CHECK(problems[2].reason.find("invalid UTF-8 at byte 10") == 0);
  CHECK(problems[3].skipped);
  CHECK(problems[3].reason.find("binary data") == 0);
}

TEST_CASE("missing paths are reported, the rest is read") {
  TempDir dir;
  std::string ok = dir.Write("ok.txt", "نص");
  std::vector<InputProblem> problems;
  std::vector<Article> articles = ReadAll({(dir.path / "nope.txt").string(), ok}, &problems);
  CHECK(articles.size() == 1);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].reason == "no such file or directory");
}

}  // namespace
}  // namespace kg
