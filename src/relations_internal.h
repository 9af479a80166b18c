// SentenceExtractor: the argument grammar of the relations stage, applied to
// one sentence. Shared by relations.cc (rules, driver) and
// relation_patterns.cc (the patterns).
#ifndef KG_SRC_RELATIONS_INTERNAL_H_
#define KG_SRC_RELATIONS_INTERNAL_H_

#include <optional>
#include <vector>

#include "kg/dates.h"
#include "kg/relations.h"
#include "phrase_table.h"

namespace kg {

enum class Pattern : uint8_t { kMeeting, kAlliance, kThreat, kSigning, kVisit, kLocation };

struct RelationRules::Impl {
  struct Trigger {
    int relation;
    Pattern pattern;
    float confidence;
    bool verb;  // a verb (subject before or right after), else a noun
  };
  std::vector<Trigger> triggers;
  PhraseTable trigger_table;  // payload: index into triggers
  PhraseTable negated, planned, reported;
  int affiliated_with = -1;
  int located_in = -1;
};

class SentenceExtractor {
 public:
  SentenceExtractor(const Document& doc, uint32_t sentence, const std::vector<Mention>& mentions,
                    const std::vector<Entity>& entities, const RelationRules::Impl& rules,
                    const Ontology& ontology, const std::optional<CivilDate>& published);

  std::vector<RelationRecord> Run();

 private:
  // A run of coordinated participants: «اليابان والولايات المتحدة والفلبين».
  using Chain = std::vector<int32_t>;  // mention indices

  void Affiliations();
  void NestedPlaces();
  void Trigger(const PhraseTable::Match& match);

  void Meeting(uint32_t k0, uint32_t k1, int relation, float confidence, const std::string& name);
  void Threat(uint32_t k0, uint32_t k1, int relation, float confidence);
  void Visit(uint32_t k0, uint32_t k1, int relation, float confidence);
  void Signing(uint32_t k0, uint32_t k1, int relation, float confidence);
  void Location(uint32_t k0, uint32_t k1, int relation, float confidence);

  // Chains wholly after token t (the first), or ending before t (the last).
  const Chain* ChainAfter(uint32_t t, uint32_t max_gap) const;
  const Chain* ChainBefore(uint32_t t) const;
  // Token index of the first occurrence of a folded word in [from, to)
  // (clipped to the sentence), or kNotFound.
  uint32_t Find(std::u32string_view word, uint32_t from, uint32_t to) const;
  bool TriggerEndsWithPreposition(uint32_t k1) const;
  Modality ModalityAt(uint32_t k0, uint32_t k1) const;

  void Emit(int relation, int32_t source_mention, int32_t target_mention, uint32_t k0, uint32_t k1,
            float confidence, std::string pattern, std::string role = "");
  void EmitEntities(int relation, int32_t source, int32_t target, uint32_t k0, uint32_t k1,
                    float confidence, std::string pattern, std::string role = "");

  const Document& doc_;
  const Sentence& sentence_;
  uint32_t index_;
  const std::vector<Mention>& mentions_;
  const std::vector<Entity>& entities_;
  const RelationRules::Impl& rules_;
  const Ontology& ontology_;
  std::string date_;
  std::string text_;
  std::vector<int32_t> participants_;  // mention indices, by position
  std::vector<Chain> chains_;
  std::vector<RelationRecord> out_;
  bool verb_ = false;  // the trigger being applied is a verb
};

}  // namespace kg

#endif  // KG_SRC_RELATIONS_INTERNAL_H_
