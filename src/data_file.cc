// Reading and validating JSON data files with RapidJSON's schema validator.
#include "data_file.h"

#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace kg {

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("cannot open " + path + ": " + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::Error("cannot read " + path + ": " + std::strerror(errno));
  return buffer.str();
}

Result<rapidjson::Document> ParseJson(std::string_view text, const std::string& origin) {
  rapidjson::Document document;
  document.Parse(text.data(), text.size());
  if (document.HasParseError()) {
    return Status::Error(origin + ": invalid JSON at byte " +
                         std::to_string(document.GetErrorOffset()) + ": " +
                         rapidjson::GetParseError_En(document.GetParseError()));
  }
  return document;
}

Result<rapidjson::Document> LoadValidatedJson(const std::string& path,
                                              const std::string& schema_path) {
  Result<std::string> schema_text = ReadWholeFile(schema_path);
  if (!schema_text.ok()) return schema_text.status();
  Result<rapidjson::Document> schema_json = ParseJson(*schema_text, schema_path);
  if (!schema_json.ok()) return schema_json.status();
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  Result<rapidjson::Document> document = ParseJson(*text, path);
  if (!document.ok()) return document.status();

  rapidjson::SchemaDocument schema(*schema_json);
  rapidjson::SchemaValidator validator(schema);
  if (!document->Accept(validator)) {
    rapidjson::StringBuffer where;
    validator.GetInvalidDocumentPointer().StringifyUriFragment(where);
    rapidjson::StringBuffer rule;
    validator.GetInvalidSchemaPointer().StringifyUriFragment(rule);
    return Status::Error(path + ": value at " + where.GetString() + " breaks schema rule '" +
                         validator.GetInvalidSchemaKeyword() + "' (" + rule.GetString() + " in " +
                         schema_path + ")");
  }
  return document;
}

std::string_view StringMember(const rapidjson::Value& object, const char* name) {
  if (!object.IsObject()) return {};
  auto it = object.FindMember(name);
  if (it == object.MemberEnd() || !it->value.IsString()) return {};
  return {it->value.GetString(), it->value.GetStringLength()};
}

}  // namespace kg
