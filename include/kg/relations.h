// Relations stage: typed edges between the entities of one article, each
// with the sentence that states it.
//
// A sentence yields an edge only through a trigger (data/triggers.json) and
// the argument pattern of its relation: the verb's subject and object, «مع
// X», «بين X وY», coordination, a genitive or nisba after a verbal noun
// («تهديد الصين», «التهديد الصيني»), «لـ Y», «إلى Y». Role titles give
// affiliated-with edges with the role. Every edge carries its modality
// (asserted, planned, reported, negated), a date and a confidence.
#ifndef KG_RELATIONS_H_
#define KG_RELATIONS_H_

#include <memory>
#include <string>
#include <vector>

#include "kg/mentions.h"
#include "kg/ontology.h"
#include "kg/resolve.h"
#include "kg/segment.h"
#include "kg/status.h"

namespace kg {

struct Evidence {
  std::string article;
  std::string sentence;         // the sentence as written
  uint32_t start = 0, end = 0;  // its code points in the article
  uint32_t trigger_start = 0,
           trigger_end = 0;  // the trigger's code points (equal for roles: the title)
  std::string trigger;       // the trigger as written
  Modality modality = Modality::kAsserted;
  std::string date;  // ISO 8601: an explicit date in the sentence, else publication
  float confidence = 0.0f;
  std::string pattern;  // the rule that fired, e.g. "meeting:with"

  friend bool operator<(const Evidence& a, const Evidence& b);
  friend bool operator==(const Evidence& a, const Evidence& b);
};

struct RelationRecord {
  int relation = -1;    // index into Ontology::relations()
  int32_t source = -1;  // entity index in the article
  int32_t target = -1;
  std::string role;  // affiliated-with: the role as written
  Evidence evidence;
};

class RelationRules {
 public:
  // Loads data/triggers.json (schema-validated); fails on a relation name
  // the ontology does not declare.
  static Result<RelationRules> Load(const std::string& home, const Ontology& ontology);

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  std::shared_ptr<const Impl> impl_;
};

// The relations of one article. Never fails; a sentence without a trigger
// yields nothing.
std::vector<RelationRecord> ExtractRelations(const Document& doc,
                                             const std::vector<Mention>& mentions,
                                             const std::vector<Entity>& entities,
                                             const RelationRules& rules, const Ontology& ontology);

}  // namespace kg

#endif  // KG_RELATIONS_H_
