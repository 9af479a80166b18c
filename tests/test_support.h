// Shared helpers for kg's tests: the resources of the source tree (loaded
// once), the ../shared directory when it is there, and compact dumps that
// table-driven cases compare against.
#ifndef KG_TESTS_TEST_SUPPORT_H_
#define KG_TESTS_TEST_SUPPORT_H_

#include <string>
#include <vector>

#include "kg/extract.h"

namespace kg::testing {

// Resources loaded from the source tree; aborts the test run when they do
// not load (every other test would fail for the same reason).
const Resources& SourceResources();

// The ../shared directory beside the project, or "" when absent.
std::string SharedDir();

// Analyses one article text (id "test.txt").
ArticleAnalysis Analyse(const std::string& text);

// "Type:surface" for each mention, in order, joined by " | ".
std::string DumpMentions(const ArticleAnalysis& a);
// "relation(source → target)" with the entities' Arabic names (symmetric
// relations in name order), sorted, joined by " | ".
std::string DumpRelations(const ArticleAnalysis& a);

// Whether an item is one of the " | "-joined items of a dump.
bool HasItem(const std::string& dump, const std::string& item);

std::string ReadFile(const std::string& path);
// Runs a shell command; returns its exit status and fills *output with stdout+stderr.
int Run(const std::string& command, std::string* output);

}  // namespace kg::testing

#endif  // KG_TESTS_TEST_SUPPORT_H_
