// Relation extraction: per sentence, the participants (entity mentions that
// can take part in a relation), their coordination chains («X وY، Z»), and
// for every trigger the argument pattern of its relation.
#include "kg/relations.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "data_file.h"
#include "kg/dates.h"
#include "kg/normalize.h"
#include "relations_internal.h"

namespace kg {

bool operator<(const Evidence& a, const Evidence& b) {
  return std::tie(a.article, a.start, a.trigger_start, a.pattern) <
         std::tie(b.article, b.start, b.trigger_start, b.pattern);
}
bool operator==(const Evidence& a, const Evidence& b) {
  return std::tie(a.article, a.start, a.trigger_start, a.pattern) ==
         std::tie(b.article, b.start, b.trigger_start, b.pattern);
}

Result<RelationRules> RelationRules::Load(const std::string& home, const Ontology& ontology) {
  auto doc =
      LoadValidatedJson(home + "/data/triggers.json", home + "/schemas/triggers.schema.json");
  if (!doc.ok()) return doc.status();
  auto impl = std::make_shared<Impl>();
  for (const auto& t : (*doc)["triggers"].GetArray()) {
    int relation = ontology.RelationIndex(t["relation"].GetString());
    if (relation < 0) {
      return Status::Error(home + "/data/triggers.json: relation \"" +
                           std::string(t["relation"].GetString()) +
                           "\" is not in schemas/ontology.json");
    }
    std::string_view p = t["pattern"].GetString();
    Pattern pattern = p == "alliance"      ? Pattern::kAlliance
                      : p == "cooperation" ? Pattern::kCooperation
                      : p == "threat"      ? Pattern::kThreat
                      : p == "signing"     ? Pattern::kSigning
                      : p == "visit"       ? Pattern::kVisit
                      : p == "location"    ? Pattern::kLocation
                                           : Pattern::kMeeting;
    const auto confidence = static_cast<float>(t["confidence"].GetDouble());
    for (bool verb : {true, false}) {
      const auto index = static_cast<int32_t>(impl->triggers.size());
      impl->triggers.push_back({relation, pattern, confidence, verb, U""});
      for (const auto& value : t[verb ? "verbs" : "nouns"].GetArray()) {
        std::string_view form(value.GetString(), value.GetStringLength());
        // «انضم+إلى»: the verb, and the preposition that introduces its
        // object after the subject.
        if (size_t plus = form.find('+'); plus != std::string_view::npos) {
          const auto own = static_cast<int32_t>(impl->triggers.size());
          impl->triggers.push_back(
              {relation, pattern, confidence, verb, FoldUtf8(form.substr(plus + 1))});
          impl->trigger_table.Add(form.substr(0, plus), own);
        } else {
          impl->trigger_table.Add(form, index);
        }
      }
    }
  }
  const auto& modality = (*doc)["modality"];
  for (const auto& w : modality["negated"].GetArray()) impl->negated.Add(w.GetString(), 0);
  for (const auto& w : modality["planned"].GetArray()) impl->planned.Add(w.GetString(), 0);
  for (const auto& w : modality["reported"].GetArray()) impl->reported.Add(w.GetString(), 0);
  for (const auto& w : modality["hypothetical"].GetArray())
    impl->hypothetical.Add(w.GetString(), 0);
  impl->affiliated_with = ontology.RelationIndex("affiliated-with");
  impl->located_in = ontology.RelationIndex("located-in");
  impl->party_to = ontology.RelationIndex("party-to");
  RelationRules rules;
  rules.impl_ = std::move(impl);
  return rules;
}

std::vector<RelationRecord> ExtractRelations(const Document& doc,
                                             const std::vector<Mention>& mentions,
                                             const std::vector<Entity>& entities,
                                             const RelationRules& rules, const Ontology& ontology) {
  std::optional<CivilDate> published;
  if (!doc.layout.date.empty()) published = ParseDateLine(doc.layout.date);
  std::vector<RelationRecord> out;
  std::set<std::tuple<int, int32_t, int32_t, uint32_t>> seen;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    SentenceExtractor extractor(doc, s, mentions, entities, rules.impl(), ontology, published);
    for (RelationRecord& r : extractor.Run()) {
      const RelationInfo& info = ontology.relations()[r.relation];
      if (info.symmetric && entities[r.source].id > entities[r.target].id)
        std::swap(r.source, r.target);
      if (r.source == r.target) continue;
      if (!seen.emplace(r.relation, r.source, r.target, s).second) continue;
      out.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace kg
