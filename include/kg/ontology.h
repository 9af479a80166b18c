// The ontology: entity types, relation types and modalities, read from
// schemas/ontology.json, the one place they are declared.
//
// Code that needs a particular entity type uses the EntityType enum; loading
// checks that the file declares exactly those types, in that order, so the
// enum and the file cannot drift apart. Relations are referred to by name
// and looked up here.
#ifndef KG_ONTOLOGY_H_
#define KG_ONTOLOGY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/status.h"

namespace kg {

enum class EntityType : uint8_t { kPerson, kCountry, kOrganization, kPlace, kAgreement };
inline constexpr int kEntityTypeCount = 5;

enum class Modality : uint8_t { kAsserted, kPlanned, kReported, kNegated };
inline constexpr int kModalityCount = 4;

struct EntityTypeInfo {
  std::string name;       // "Person"
  std::string iri;        // "http://schema.org/Person"
  std::string id_prefix;  // "person"
  std::string dot_shape;
  std::string dot_fillcolor;
};

struct RelationInfo {
  std::string name;      // "met-with"
  std::string property;  // "metWith": the direct entity-to-entity JSON-LD property
  bool symmetric = false;
  bool primary = false;
  uint32_t source_types = 0;  // bit set of EntityType
  uint32_t target_types = 0;
  std::string dot_color;
};

class Ontology {
 public:
  // Reads and validates `schemas/ontology.json` under `home`. Fails naming
  // the file and the offending entry.
  static Result<Ontology> Load(const std::string& home);

  const std::string& vocabulary() const { return vocabulary_; }
  const EntityTypeInfo& type(EntityType t) const { return types_[static_cast<int>(t)]; }
  std::optional<EntityType> TypeByName(std::string_view name) const;
  std::optional<EntityType> TypeByIdPrefix(std::string_view prefix) const;

  const std::vector<RelationInfo>& relations() const { return relations_; }
  // Index into relations(), or -1 for an unknown name.
  int RelationIndex(std::string_view name) const;
  // Whether a relation may link these types (its domain and range).
  bool Allows(int relation, EntityType source, EntityType target) const;

  static std::string_view ModalityName(Modality m);
  static std::optional<Modality> ModalityByName(std::string_view name);

 private:
  std::string vocabulary_;
  std::vector<EntityTypeInfo> types_;
  std::vector<RelationInfo> relations_;
};

inline uint32_t TypeBit(EntityType t) { return 1u << static_cast<int>(t); }

}  // namespace kg

#endif  // KG_ONTOLOGY_H_
