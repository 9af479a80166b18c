// The per-article pipeline: read article → normalise and segment → mentions
// → resolve → relations → graph fragment, with every data file it needs
// loaded once into Resources and shared (read-only) by all threads.
#ifndef KG_EXTRACT_H_
#define KG_EXTRACT_H_

#include <string>
#include <vector>

#include "kg/furniture.h"
#include "kg/graph.h"
#include "kg/lexicon.h"
#include "kg/mentions.h"
#include "kg/ontology.h"
#include "kg/reader.h"
#include "kg/relations.h"
#include "kg/resolve.h"
#include "kg/segment.h"
#include "kg/status.h"

namespace kg {

// The resource directory (holding data/ and schemas/): `override_dir` when
// given, else $KG_HOME, else the source tree kg was built from.
std::string ResourceHome(const std::string& override_dir = "");

struct Resources {
  std::string home;
  Ontology ontology;
  Lexicon lexicon;
  FurnitureRules furniture;
  MentionRules mention_rules;
  RelationRules relation_rules;

  // Loads and validates every data file under `home`; fails with the first
  // file (and entry) that is missing or invalid.
  static Result<Resources> Load(const std::string& home);
};

// Everything the pipeline found in one article, for inspection and tests.
struct ArticleAnalysis {
  Document document;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<RelationRecord> relations;
  ArticleGraph fragment;
};

// Runs the per-article stages. Never fails: an article with no content
// gives an empty fragment.
ArticleAnalysis AnalyseArticle(const Article& article, const Resources& resources);

}  // namespace kg

#endif  // KG_EXTRACT_H_
