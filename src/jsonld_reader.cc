// Reading a graph.jsonld written by kg back into a KnowledgeGraph, for
// incremental updates and queries. The reader accepts exactly the compacted
// shape ToJsonLd writes and names the @graph index of anything else.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "data_file.h"
#include "kg/jsonld.h"

namespace kg {
namespace {

constexpr std::string_view kWikidata = "http://www.wikidata.org/entity/";

std::string Str(const rapidjson::Value& object, const char* name) {
  return std::string(StringMember(object, name));
}

Result<uint32_t> Offset(const rapidjson::Value& object, const char* name,
                        const std::string& where) {
  auto it = object.FindMember(name);
  if (it == object.MemberEnd() || !it->value.IsUint()) {
    return Status::Error(where + ": \"" + name + "\" is missing or not a non-negative integer");
  }
  return it->value.GetUint();
}

Status ReadMentions(const rapidjson::Value& node, const std::string& where, NodeData* out) {
  auto it = node.FindMember("mentions");
  if (it == node.MemberEnd()) return Status();
  if (!it->value.IsArray()) return Status::Error(where + ": \"mentions\" is not an array");
  for (rapidjson::SizeType i = 0; i < it->value.Size(); ++i) {
    const rapidjson::Value& m = it->value[i];
    const std::string at = where + ".mentions[" + std::to_string(i) + "]";
    if (!m.IsObject()) return Status::Error(at + ": not an object");
    MentionRecord record;
    record.article = Str(m, "article");
    record.text = Str(m, "text");
    record.kind = Str(m, "kind");
    auto start = Offset(m, "start", at);
    if (!start.ok()) return start.status();
    auto end = Offset(m, "end", at);
    if (!end.ok()) return end.status();
    record.start = *start;
    record.end = *end;
    if (record.article.empty() || record.text.empty()) {
      return Status::Error(at + ": \"article\" and \"text\" must be non-empty strings");
    }
    out->mentions.push_back(std::move(record));
  }
  std::sort(out->mentions.begin(), out->mentions.end());
  out->mentions.erase(std::unique(out->mentions.begin(), out->mentions.end()), out->mentions.end());
  return Status();
}

Status ReadEvidence(const rapidjson::Value& node, const std::string& where, EdgeData* out) {
  auto it = node.FindMember("evidence");
  if (it == node.MemberEnd() || !it->value.IsArray()) {
    return Status::Error(where + ": \"evidence\" is missing or not an array");
  }
  for (rapidjson::SizeType i = 0; i < it->value.Size(); ++i) {
    const rapidjson::Value& e = it->value[i];
    const std::string at = where + ".evidence[" + std::to_string(i) + "]";
    if (!e.IsObject()) return Status::Error(at + ": not an object");
    Evidence ev;
    ev.article = Str(e, "article");
    ev.sentence = Str(e, "sentence");
    ev.trigger = Str(e, "trigger");
    ev.date = Str(e, "date");
    ev.pattern = Str(e, "pattern");
    for (auto [field, name] : {std::pair{&ev.start, "start"},
                               {&ev.end, "end"},
                               {&ev.trigger_start, "triggerStart"},
                               {&ev.trigger_end, "triggerEnd"}}) {
      auto value = Offset(e, name, at);
      if (!value.ok()) return value.status();
      *field = *value;
    }
    auto modality = Ontology::ModalityByName(StringMember(e, "modality"));
    if (!modality) return Status::Error(at + ": unknown modality \"" + Str(e, "modality") + "\"");
    ev.modality = *modality;
    auto confidence = e.FindMember("confidence");
    if (confidence != e.MemberEnd() && confidence->value.IsNumber()) {
      ev.confidence = static_cast<float>(confidence->value.GetDouble());
    }
    out->evidence.push_back(std::move(ev));
  }
  std::sort(out->evidence.begin(), out->evidence.end());
  out->evidence.erase(std::unique(out->evidence.begin(), out->evidence.end()), out->evidence.end());
  if (auto roles = node.FindMember("role"); roles != node.MemberEnd() && roles->value.IsArray()) {
    for (const auto& r : roles->value.GetArray()) {
      if (r.IsString()) out->roles.emplace_back(r.GetString(), r.GetStringLength());
    }
    std::sort(out->roles.begin(), out->roles.end());
  }
  return Status();
}

}  // namespace

Result<KnowledgeGraph> ReadJsonLd(const std::string& path, const Ontology& ontology) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  Result<rapidjson::Document> doc = ParseJson(*text, path);
  if (!doc.ok()) return doc.status();
  if (!doc->IsObject() || !doc->HasMember("@graph") || !(*doc)["@graph"].IsArray()) {
    return Status::Error(path + ": not a kg graph (no \"@graph\" array)");
  }
  const rapidjson::Value& nodes = (*doc)["@graph"];
  KnowledgeGraph graph(ontology);
  // Entities first, so relations can refer to them wherever they stand.
  for (int pass = 0; pass < 2; ++pass) {
    for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
      const rapidjson::Value& node = nodes[i];
      const std::string where = path + ": @graph[" + std::to_string(i) + "]";
      if (!node.IsObject()) return Status::Error(where + ": not an object");
      std::string type = Str(node, "@type");
      std::string id = Str(node, "@id");
      if (id.empty()) return Status::Error(where + ": no \"@id\"");
      if (type == "Relation") {
        if (pass == 0) continue;
        int relation = ontology.RelationIndex(StringMember(node, "relation"));
        if (relation < 0) {
          return Status::Error(where + ": unknown relation \"" + Str(node, "relation") + "\"");
        }
        std::string source = Str(node, "source"), target = Str(node, "target");
        if (!graph.FindVertex(source) || !graph.FindVertex(target)) {
          return Status::Error(where + ": relation " + id +
                               " refers to an entity not in the graph");
        }
        EdgeData data;
        Status s = ReadEvidence(node, where, &data);
        if (!s.ok()) return s;
        EdgeData& edge = graph.mutable_graph()[graph.AddEdge(relation, source, target)];
        edge.evidence = std::move(data.evidence);
        edge.roles = std::move(data.roles);
        continue;
      }
      if (pass == 1) continue;
      auto entity_type = ontology.TypeByName(type);
      if (!entity_type) return Status::Error(where + ": unknown @type \"" + type + "\"");
      NodeData data;
      data.id = id;
      data.type = *entity_type;
      data.name_ar = Str(node, "name");
      data.label_en = Str(node, "nameEn");
      data.name_key = Str(node, "nameKey");
      std::string same_as = Str(node, "sameAs");
      if (same_as.rfind(kWikidata, 0) == 0) data.qid = same_as.substr(kWikidata.size());
      Status s = ReadMentions(node, where, &data);
      if (!s.ok()) return s;
      graph.AddNode(data);
    }
  }
  graph.Canonicalize();
  return graph;
}

}  // namespace kg
