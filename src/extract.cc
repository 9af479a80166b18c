// Resource loading and the per-article pipeline.
#include "kg/extract.h"

#include <cstdlib>

namespace kg {

std::string ResourceHome(const std::string& override_dir) {
  if (!override_dir.empty()) return override_dir;
  const char* env = std::getenv("KG_HOME");
  if (env && *env) return env;
  return KG_DEFAULT_HOME;
}

Result<Resources> Resources::Load(const std::string& home) {
  Result<Ontology> ontology = Ontology::Load(home);
  if (!ontology.ok()) return ontology.status();
  Result<Lexicon> lexicon = Lexicon::Load(home, *ontology);
  if (!lexicon.ok()) return lexicon.status();
  Result<FurnitureRules> furniture = FurnitureRules::Load(home);
  if (!furniture.ok()) return furniture.status();
  Result<MentionRules> mention_rules = MentionRules::Load(home);
  if (!mention_rules.ok()) return mention_rules.status();
  Result<RelationRules> relation_rules = RelationRules::Load(home, *ontology);
  if (!relation_rules.ok()) return relation_rules.status();
  return Resources{home,
                   std::move(*ontology),
                   std::move(*lexicon),
                   std::move(*furniture),
                   std::move(*mention_rules),
                   std::move(*relation_rules)};
}

ArticleAnalysis AnalyseArticle(const Article& article, const Resources& r) {
  ArticleAnalysis a;
  a.document = SegmentArticle(article, r.furniture);
  a.mentions = FindMentions(a.document, r.lexicon, r.mention_rules);
  a.entities = ResolveMentions(a.document, r.lexicon, r.mention_rules, &a.mentions);
  a.relations = ExtractRelations(a.document, a.mentions, a.entities, r.relation_rules, r.ontology);
  a.fragment = MakeArticleGraph(a.document, a.mentions, a.entities, a.relations, r.ontology);
  return a;
}

}  // namespace kg
