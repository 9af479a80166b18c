// ArticleReader: expands inputs lazily and streams articles one at a time, so
// memory does not grow with the corpus (a JSONL file is read line by line).
#include "kg/reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>
#include <sstream>
#include <system_error>

#include "decode.h"

namespace kg {
namespace fs = std::filesystem;
namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix.data(), suffix.size()) == 0;
}

bool IsJsonl(const std::string& path) { return EndsWith(path, ".jsonl"); }

std::string JsonString(const rapidjson::Value& object, const char* name) {
  auto it = object.FindMember(name);
  if (it == object.MemberEnd()) return {};
  if (it->value.IsString()) return {it->value.GetString(), it->value.GetStringLength()};
  if (it->value.IsInt64()) return std::to_string(it->value.GetInt64());
  return {};
}

}  // namespace

ArticleReader::ArticleReader(std::vector<std::string> inputs) {
  for (auto& input : inputs) {
    std::error_code ec;
    if (input != "-" && fs::is_directory(input, ec)) {
      ExpandDirectory(input);
    } else {
      pending_.push_back({input, input == "-" ? "stdin" : fs::path(input).filename().string()});
    }
  }
}

ArticleReader::~ArticleReader() = default;

void ArticleReader::Problem(std::string origin, std::string reason, bool skipped) {
  problems_.push_back({std::move(origin), std::move(reason), skipped});
}

void ArticleReader::ExpandDirectory(const std::string& dir) {
  // Directory symlinks are followed, but a directory already on the walk
  // (a symlink loop) is reported and not entered again.
  std::vector<std::pair<std::string, std::string>> files;  // path, id
  std::set<fs::path> visited;
  std::vector<fs::path> stack = {fs::path(dir)};
  while (!stack.empty()) {
    fs::path current = stack.back();
    stack.pop_back();
    std::error_code ec;
    fs::path canonical = fs::canonical(current, ec);
    if (ec) {
      Problem(current.string(), "cannot resolve directory: " + ec.message());
      continue;
    }
    if (!visited.insert(canonical).second) {
      Problem(current.string(), "directory already visited (symlink loop); not entered again");
      continue;
    }
    fs::directory_iterator it(current, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      Problem(current.string(), "cannot list directory: " + ec.message());
      continue;
    }
    for (const auto& entry : it) {
      std::error_code type_ec;
      const fs::path& p = entry.path();
      if (entry.is_directory(type_ec)) {
        stack.push_back(p);
      } else if (entry.is_regular_file(type_ec)) {
        std::string name = p.string();
        if (EndsWith(name, ".txt") || IsJsonl(name)) {
          files.emplace_back(name, fs::relative(p, dir, type_ec).generic_string());
        } else {
          Problem(name, "not a .txt article or .jsonl file; skipped");
        }
      }
    }
  }
  std::sort(files.begin(), files.end());
  for (auto& [path, id] : files) pending_.push_back({path, id});
}

bool ArticleReader::Next(Article* article) {
  for (;;) {
    if (jsonl_) {
      if (NextJsonlArticle(article)) return true;
      jsonl_.reset();
    }
    if (pending_.empty()) return false;
    Pending next = std::move(pending_.front());
    pending_.pop_front();
    bool stdin_jsonl = false;
    if (next.path == "-") {
      // Standard input is JSONL when it starts with '{', else one article.
      int c;
      while ((c = std::cin.peek()) != EOF && std::isspace(c)) std::cin.get();
      stdin_jsonl = c == '{';
    }
    if (IsJsonl(next.path) || stdin_jsonl) {
      if (stdin_jsonl) {
        jsonl_ = std::make_unique<std::istream>(std::cin.rdbuf());
      } else {
        auto file = std::make_unique<std::ifstream>(next.path, std::ios::binary);
        if (!*file) {
          std::error_code ec;
          Problem(next.path,
                  fs::exists(next.path, ec) ? "cannot open (permission denied?)" : "no such file");
          continue;
        }
        jsonl_ = std::move(file);
      }
      jsonl_origin_ = next.path == "-" ? "stdin" : next.path;
      jsonl_line_ = 0;
      continue;
    }
    if (ReadTextArticle(next, article)) return true;
  }
}

bool ArticleReader::ReadTextArticle(const Pending& file, Article* article) {
  std::string bytes;
  if (file.path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    bytes = buffer.str();
  } else {
    std::error_code ec;
    if (!fs::exists(file.path, ec)) {
      Problem(file.path, "no such file or directory");
      return false;
    }
    std::ifstream in(file.path, std::ios::binary);
    if (!in) {
      Problem(file.path, "cannot open (permission denied?)");
      return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    bytes = buffer.str();
  }
  bytes_read_ += bytes.size();
  const std::string origin = file.path == "-" ? "stdin" : file.path;
  if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    Problem(origin, bytes.empty() ? "empty file" : "file holds only white space");
    return false;
  }
  Result<DecodedText> decoded = DecodeText(bytes);
  if (!decoded.ok()) {
    Problem(origin, decoded.status().message());
    return false;
  }
  if (!decoded->repair.empty()) Problem(origin, decoded->repair, /*skipped=*/false);
  *article = Article{};
  article->id = file.id;
  article->origin = origin;
  article->text = std::move(decoded->utf8);
  return true;
}

bool ArticleReader::NextJsonlArticle(Article* article) {
  std::string line;
  while (std::getline(*jsonl_, line)) {
    ++jsonl_line_;
    bytes_read_ += line.size() + 1;
    const std::string origin = jsonl_origin_ + ":" + std::to_string(jsonl_line_);
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      if (!line.empty() || jsonl_->peek() != EOF) Problem(origin, "empty line");
      continue;
    }
    Result<DecodedText> decoded = DecodeText(line);
    if (!decoded.ok()) {
      Problem(origin, decoded.status().message());
      continue;
    }
    rapidjson::Document doc;
    doc.Parse(decoded->utf8.data(), decoded->utf8.size());
    if (doc.HasParseError()) {
      Problem(origin, std::string("invalid JSON at byte ") + std::to_string(doc.GetErrorOffset()) +
                          ": " + rapidjson::GetParseError_En(doc.GetParseError()));
      continue;
    }
    if (!doc.IsObject()) {
      Problem(origin, "line is not a JSON object");
      continue;
    }
    auto text = doc.FindMember("text");
    if (text == doc.MemberEnd() || !text->value.IsString()) {
      Problem(origin, text == doc.MemberEnd() ? "no \"text\" field" : "\"text\" is not a string");
      continue;
    }
    *article = Article{};
    article->id = JsonString(doc, "id");
    if (article->id.empty()) article->id = origin;
    article->origin = origin;
    article->title = JsonString(doc, "title");
    article->date = JsonString(doc, "date");
    article->url = JsonString(doc, "url");
    article->source = JsonString(doc, "source");
    std::string body(text->value.GetString(), text->value.GetStringLength());
    if (body.find_first_not_of(" \t\r\n") == std::string::npos && article->title.empty()) {
      Problem(origin, "article " + article->id + " has no text");
      continue;
    }
    article->text = article->title.empty() ? std::move(body) : article->title + "\n\n" + body;
    if (!decoded->repair.empty()) Problem(origin, decoded->repair, /*skipped=*/false);
    return true;
  }
  if (jsonl_->bad()) Problem(jsonl_origin_, "read error after line " + std::to_string(jsonl_line_));
  return false;
}

}  // namespace kg
