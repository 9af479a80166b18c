// SentenceExtractor: the argument grammar of the relations stage, applied to
// one sentence. relation_extractor.cc builds the sentence's participants and
// coordination chains and emits edges; relation_patterns.cc applies each
// trigger's pattern; relation_structures.cc finds the relations that need no
// trigger word (role titles, places inside places, agreements «بين X وY»).
#ifndef KG_SRC_RELATIONS_INTERNAL_H_
#define KG_SRC_RELATIONS_INTERNAL_H_

#include <optional>
#include <string>
#include <vector>

#include "kg/dates.h"
#include "kg/relations.h"
#include "phrase_table.h"

namespace kg {

enum class Pattern : uint8_t {
  kMeeting,
  kAlliance,
  kCooperation,
  kThreat,
  kSigning,
  kVisit,
  kLocation
};

struct RelationRules::Impl {
  struct Trigger {
    int relation;
    Pattern pattern;
    float confidence;
    bool verb;                          // a verb (subject before or right after), else a noun
    std::u32string object_preposition;  // «انضم+إلى»: folded «الي»; empty: «مع»
  };
  std::vector<Trigger> triggers;
  PhraseTable trigger_table;  // payload: index into triggers
  PhraseTable negated, planned, reported, hypothetical;
  int affiliated_with = -1;
  int located_in = -1;
  int party_to = -1;
};

inline constexpr uint32_t kNotFound = ~0u;

// Bit sets of EntityType for chain lookups.
inline constexpr uint32_t kAnyType = ~0u;
inline constexpr uint32_t kPartyTypes = (1u << static_cast<int>(EntityType::kPerson)) |
                                        (1u << static_cast<int>(EntityType::kCountry)) |
                                        (1u << static_cast<int>(EntityType::kOrganization));
inline constexpr uint32_t kPlaceTypes =
    (1u << static_cast<int>(EntityType::kPlace)) | (1u << static_cast<int>(EntityType::kCountry));

class SentenceExtractor {
 public:
  SentenceExtractor(const Document& doc, uint32_t sentence, const std::vector<Mention>& mentions,
                    const std::vector<Entity>& entities, const RelationRules::Impl& rules,
                    const Ontology& ontology, const std::optional<CivilDate>& published);

  std::vector<RelationRecord> Run();

 private:
  // A run of coordinated participants: «اليابان والولايات المتحدة والفلبين».
  using Chain = std::vector<int32_t>;  // mention indices

  // relation_structures.cc
  void Affiliations();
  void NestedPlaces();
  void AgreementParties();
  void PlacesIn();

  // relation_patterns.cc
  void Trigger(const PhraseTable::Match& match);
  void Meeting(uint32_t k0, uint32_t k1, int relation, float confidence, const std::string& name);
  void Threat(uint32_t k0, uint32_t k1, int relation, float confidence);
  void Visit(uint32_t k0, uint32_t k1, int relation, float confidence);
  void Signing(uint32_t k0, uint32_t k1, int relation, float confidence);
  void Location(uint32_t k0, uint32_t k1, int relation, float confidence);

  // relation_extractor.cc
  // Where a mention's phrase starts: its role title when it has one («وزير
  // الدفاع الأميركي لويد أوستن» starts at وزير).
  uint32_t PhraseBegin(int32_t mention) const;
  // The first chain starting at or after token t whose first mention is of
  // one of `types`, if at most `max_gap` words lie between; the last chain
  // ending at or before t with such a mention.
  const Chain* ChainAfter(uint32_t t, uint32_t max_gap, uint32_t types = kAnyType) const;
  const Chain* ChainBefore(uint32_t t, uint32_t types = kAnyType) const;
  // Token index of the first occurrence of a folded word in [from, to)
  // (clipped to the sentence), or kNotFound.
  uint32_t Find(std::u32string_view word, uint32_t from, uint32_t to) const;
  // Words between two tokens, punctuation not counted.
  uint32_t WordsBetween(uint32_t from, uint32_t to) const;
  bool TriggerEndsWithPreposition(uint32_t k1) const;
  bool InsideMention(uint32_t token) const;
  bool IsHypothetical(uint32_t k0) const;
  bool AfterRelativePronoun(uint32_t k0) const;
  bool InPrepositionalPhrase(int32_t mention) const;
  bool IsReciprocalVerb(uint32_t k0) const;
  bool IsDestination(const Mention& m) const;
  int32_t PartyOf(int32_t mention) const;
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
  std::vector<bool> covered_;  // tokens inside a mention of this sentence
  std::vector<RelationRecord> out_;
  bool verb_ = false;                  // the trigger being applied is a verb
  std::u32string object_preposition_;  // its object's preposition («انضم … إلى»), if declared
};

}  // namespace kg

#endif  // KG_SRC_RELATIONS_INTERNAL_H_
