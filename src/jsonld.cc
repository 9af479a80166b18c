// JSON-LD writing with RapidJSON's PrettyWriter. Output order is the
// canonical graph order, and numbers are written with fixed precision, so
// the same graph always gives the same bytes.
#include "kg/jsonld.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cmath>
#include <map>

#include "data_file.h"

namespace kg {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void Key(Writer& w, std::string_view key) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}
void String(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
void Field(Writer& w, std::string_view key, std::string_view value) {
  Key(w, key);
  String(w, value);
}
void Field(Writer& w, std::string_view key, uint64_t value) {
  Key(w, key);
  w.Uint64(value);
}
// Confidences are written to three decimals, rounded (not truncated), so a
// graph read back and written again gives the same text.
void Number(Writer& w, std::string_view key, double value) {
  Key(w, key);
  w.Double(std::round(value * 1000.0) / 1000.0);
}

std::string RelationId(const KnowledgeGraph& graph, Edge e) {
  const BoostGraph& g = graph.graph();
  return "rel:" + graph.ontology().relations()[g[e].relation].name + "/" +
         g[boost::source(e, g)].id + "/" + g[boost::target(e, g)].id;
}

void WriteContext(Writer& w, const rapidjson::Value& context, const Ontology& ontology) {
  Key(w, "@context");
  w.StartObject();
  for (const auto& member : context.GetObject()) {
    Key(w, {member.name.GetString(), member.name.GetStringLength()});
    member.value.Accept(w);
  }
  for (int t = 0; t < kEntityTypeCount; ++t) {
    const EntityTypeInfo& info = ontology.type(static_cast<EntityType>(t));
    Field(w, info.name, info.iri);
  }
  for (const RelationInfo& r : ontology.relations()) {
    Key(w, r.property);
    w.StartObject();
    Field(w, "@id", ontology.vocabulary() + r.property);
    Field(w, "@type", "@id");
    w.EndObject();
  }
  w.EndObject();
}

void WriteEntity(Writer& w, const KnowledgeGraph& graph, Vertex v) {
  const BoostGraph& g = graph.graph();
  const Ontology& ontology = graph.ontology();
  const NodeData& node = g[v];
  w.StartObject();
  Field(w, "@id", node.id);
  Field(w, "@type", ontology.type(node.type).name);
  if (!node.name_ar.empty()) Field(w, "name", node.name_ar);
  if (!node.label_en.empty()) Field(w, "nameEn", node.label_en);
  Key(w, "alternateName");
  w.StartArray();
  for (const std::string& form : node.SurfaceForms()) String(w, form);
  w.EndArray();
  if (!node.qid.empty()) Field(w, "sameAs", "http://www.wikidata.org/entity/" + node.qid);
  if (!node.name_key.empty()) Field(w, "nameKey", node.name_key);
  Field(w, "mentionCount", node.mentions.size());
  Field(w, "articleCount", node.Articles().size());

  // Direct properties: positive relations only; symmetric ones both ways.
  std::map<std::string, std::vector<std::string>> properties;
  for (Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
    if (g[e].Positive()) {
      properties[ontology.relations()[g[e].relation].property].push_back(g[boost::target(e, g)].id);
    }
  }
  for (Edge e : boost::make_iterator_range(boost::in_edges(v, g))) {
    const RelationInfo& r = ontology.relations()[g[e].relation];
    if (r.symmetric && g[e].Positive()) properties[r.property].push_back(g[boost::source(e, g)].id);
  }
  for (auto& [property, targets] : properties) {
    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    Key(w, property);
    w.StartArray();
    for (const std::string& t : targets) String(w, t);
    w.EndArray();
  }

  Key(w, "mentions");
  w.StartArray();
  for (const MentionRecord& m : node.mentions) {
    w.StartObject();
    Field(w, "article", m.article);
    Field(w, "text", m.text);
    Field(w, "start", m.start);
    Field(w, "end", m.end);
    Field(w, "kind", m.kind);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void WriteRelation(Writer& w, const KnowledgeGraph& graph, Edge e) {
  const BoostGraph& g = graph.graph();
  const EdgeData& data = g[e];
  const RelationInfo& info = graph.ontology().relations()[data.relation];
  w.StartObject();
  Field(w, "@id", RelationId(graph, e));
  Field(w, "@type", "Relation");
  Field(w, "relation", info.name);
  Field(w, "source", g[boost::source(e, g)].id);
  Field(w, "target", g[boost::target(e, g)].id);
  Key(w, "symmetric");
  w.Bool(info.symmetric);
  Field(w, "modality", Ontology::ModalityName(data.OverallModality()));
  Number(w, "confidence", data.MaxConfidence());
  Field(w, "evidenceCount", data.evidence.size());
  if (!data.roles.empty()) {
    Key(w, "role");
    w.StartArray();
    for (const std::string& role : data.roles) String(w, role);
    w.EndArray();
  }
  Key(w, "evidence");
  w.StartArray();
  for (const Evidence& ev : data.evidence) {
    w.StartObject();
    Field(w, "article", ev.article);
    Field(w, "sentence", ev.sentence);
    Field(w, "start", ev.start);
    Field(w, "end", ev.end);
    Field(w, "trigger", ev.trigger);
    Field(w, "triggerStart", ev.trigger_start);
    Field(w, "triggerEnd", ev.trigger_end);
    Field(w, "modality", Ontology::ModalityName(ev.modality));
    if (!ev.date.empty()) Field(w, "date", ev.date);
    Number(w, "confidence", ev.confidence);
    Field(w, "pattern", ev.pattern);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

Result<std::string> ToJsonLd(const KnowledgeGraph& graph, const std::string& home) {
  const std::string path = home + "/schemas/context.jsonld";
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  Result<rapidjson::Document> context = ParseJson(*text, path);
  if (!context.ok()) return context.status();
  if (!context->IsObject() || !context->HasMember("@context") ||
      !(*context)["@context"].IsObject()) {
    return Status::Error(path + ": no \"@context\" object");
  }

  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 1);
  w.StartObject();
  WriteContext(w, (*context)["@context"], graph.ontology());
  Key(w, "@graph");
  w.StartArray();
  const BoostGraph& g = graph.graph();
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) WriteEntity(w, graph, v);
  for (Edge e : boost::make_iterator_range(boost::edges(g))) WriteRelation(w, graph, e);
  w.EndArray();
  w.EndObject();
  std::string out(buffer.GetString(), buffer.GetSize());
  out.push_back('\n');
  return out;
}

}  // namespace kg
