// Loading kg's data files: locating the resource directory, reading a file
// whole, parsing JSON and validating it against a JSON Schema from schemas/.
//
// Internal to the library (RapidJSON does not appear in public headers).
#ifndef KG_SRC_DATA_FILE_H_
#define KG_SRC_DATA_FILE_H_

#include <rapidjson/document.h>

#include <string>
#include <string_view>

#include "kg/status.h"

namespace kg {

// Reads a file into memory. Fails with the path and the OS reason.
Result<std::string> ReadWholeFile(const std::string& path);

// Parses JSON text; the error names `origin` and the byte offset of the fault.
Result<rapidjson::Document> ParseJson(std::string_view text, const std::string& origin);

// Reads and parses `path`, then validates it against the draft-04 schema at
// `schema_path`. A violation is reported with the JSON pointer of the
// offending value and the schema keyword it broke.
Result<rapidjson::Document> LoadValidatedJson(const std::string& path,
                                              const std::string& schema_path);

// String member or "" when absent / not a string.
std::string_view StringMember(const rapidjson::Value& object, const char* name);

}  // namespace kg

#endif  // KG_SRC_DATA_FILE_H_
