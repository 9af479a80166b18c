// Loads schemas/ontology.json and checks it against the EntityType enum.
#include "kg/ontology.h"

#include <array>

#include "data_file.h"

namespace kg {
namespace {

constexpr std::array<std::string_view, kEntityTypeCount> kTypeNames = {
    "Person", "Country", "Organization", "Place", "Agreement"};
constexpr std::array<std::string_view, kModalityCount> kModalityNames = {"asserted", "planned",
                                                                         "reported", "negated"};

Result<uint32_t> TypeBits(const Ontology& ontology, const rapidjson::Value& names,
                          const std::string& where) {
  uint32_t bits = 0;
  for (const auto& name : names.GetArray()) {
    auto type = ontology.TypeByName(name.GetString());
    if (!type) return Status::Error(where + ": unknown entity type \"" + name.GetString() + "\"");
    bits |= TypeBit(*type);
  }
  return bits;
}

}  // namespace

Result<Ontology> Ontology::Load(const std::string& home) {
  const std::string path = home + "/schemas/ontology.json";
  Result<rapidjson::Document> doc = LoadValidatedJson(path, home + "/schemas/ontology.schema.json");
  if (!doc.ok()) return doc.status();

  Ontology ontology;
  ontology.vocabulary_ = std::string(StringMember(*doc, "vocabulary"));
  const auto& types = (*doc)["entity_types"].GetArray();
  if (types.Size() != kEntityTypeCount) {
    return Status::Error(path + ": entity_types must list exactly the " +
                         std::to_string(kEntityTypeCount) + " types kg knows");
  }
  for (rapidjson::SizeType i = 0; i < types.Size(); ++i) {
    const auto& t = types[i];
    if (StringMember(t, "name") != kTypeNames[i]) {
      return Status::Error(path + ": entity_types[" + std::to_string(i) + "] is \"" +
                           std::string(StringMember(t, "name")) + "\", expected \"" +
                           std::string(kTypeNames[i]) + "\"");
    }
    ontology.types_.push_back(
        {std::string(StringMember(t, "name")), std::string(StringMember(t, "iri")),
         std::string(StringMember(t, "id_prefix")), std::string(StringMember(t["dot"], "shape")),
         std::string(StringMember(t["dot"], "fillcolor"))});
  }
  for (const auto& r : (*doc)["relations"].GetArray()) {
    RelationInfo info;
    info.name = std::string(StringMember(r, "name"));
    info.property = std::string(StringMember(r, "property"));
    info.symmetric = r["symmetric"].GetBool();
    info.primary = r["primary"].GetBool();
    info.dot_color = std::string(StringMember(r["dot"], "color"));
    const std::string where = path + ": relation \"" + info.name + "\"";
    auto sources = TypeBits(ontology, r["source_types"], where);
    if (!sources.ok()) return sources.status();
    auto targets = TypeBits(ontology, r["target_types"], where);
    if (!targets.ok()) return targets.status();
    info.source_types = *sources;
    info.target_types = *targets;
    ontology.relations_.push_back(std::move(info));
  }
  return ontology;
}

std::optional<EntityType> Ontology::TypeByName(std::string_view name) const {
  for (int i = 0; i < kEntityTypeCount; ++i) {
    if (kTypeNames[i] == name) return static_cast<EntityType>(i);
  }
  return std::nullopt;
}

std::optional<EntityType> Ontology::TypeByIdPrefix(std::string_view prefix) const {
  for (int i = 0; i < static_cast<int>(types_.size()); ++i) {
    if (types_[i].id_prefix == prefix) return static_cast<EntityType>(i);
  }
  return std::nullopt;
}

int Ontology::RelationIndex(std::string_view name) const {
  for (int i = 0; i < static_cast<int>(relations_.size()); ++i) {
    if (relations_[i].name == name) return i;
  }
  return -1;
}

bool Ontology::Allows(int relation, EntityType source, EntityType target) const {
  const RelationInfo& r = relations_[relation];
  bool forward = (r.source_types & TypeBit(source)) && (r.target_types & TypeBit(target));
  bool backward =
      r.symmetric && (r.source_types & TypeBit(target)) && (r.target_types & TypeBit(source));
  return forward || backward;
}

std::string_view Ontology::ModalityName(Modality m) { return kModalityNames[static_cast<int>(m)]; }

std::optional<Modality> Ontology::ModalityByName(std::string_view name) {
  for (int i = 0; i < kModalityCount; ++i) {
    if (kModalityNames[i] == name) return static_cast<Modality>(i);
  }
  return std::nullopt;
}

}  // namespace kg
