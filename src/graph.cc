// Knowledge-graph merging. Node and edge payloads are sorted sets, so Merge
// is a union and Canonicalize only has to order the containers.
#include "kg/graph.h"

#include <algorithm>
#include <set>

#include "kg/normalize.h"
#include "kg/resolve.h"

namespace kg {
namespace {

template <typename T>
void UnionInto(std::vector<T>* into, const std::vector<T>& from) {
  if (from.empty()) return;
  std::vector<T> merged;
  merged.reserve(into->size() + from.size());
  std::set_union(into->begin(), into->end(), from.begin(), from.end(), std::back_inserter(merged));
  merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
  *into = std::move(merged);
}

template <typename T>
void SortUnique(std::vector<T>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

// The name of an entity the lexicon does not know: its most frequent
// surface form among names (not nisbas or descriptions); ties go to the
// longer, then the smaller string, so the choice is order-independent.
std::string ChooseName(const NodeData& node) {
  std::map<std::string, int> counts;
  for (const MentionRecord& m : node.mentions) {
    if (m.kind == "name" || m.kind == "titled-name" || m.kind == "context-name" ||
        m.kind == "institution" || m.kind == "short-name") {
      ++counts[m.text];
    }
  }
  std::string best;
  int best_count = 0;
  for (const auto& [text, count] : counts) {
    if (count > best_count || (count == best_count && text.size() > best.size())) {
      best = text;
      best_count = count;
    }
  }
  return best.empty() ? node.name_ar : best;
}

}  // namespace

std::vector<std::string> NodeData::SurfaceForms() const {
  std::vector<std::string> forms;
  for (const MentionRecord& m : mentions) forms.push_back(m.text);
  SortUnique(&forms);
  return forms;
}

std::vector<std::string> NodeData::Articles() const {
  std::vector<std::string> articles;
  for (const MentionRecord& m : mentions) articles.push_back(m.article);
  SortUnique(&articles);
  return articles;
}

Modality EdgeData::OverallModality() const {
  bool any[kModalityCount] = {};
  for (const Evidence& e : evidence) any[static_cast<int>(e.modality)] = true;
  for (Modality m : {Modality::kAsserted, Modality::kReported, Modality::kPlanned}) {
    if (any[static_cast<int>(m)]) return m;
  }
  return evidence.empty() ? Modality::kAsserted : Modality::kNegated;
}

float EdgeData::MaxConfidence() const {
  float best = 0;
  for (const Evidence& e : evidence) best = std::max(best, e.confidence);
  return best;
}

std::optional<Vertex> KnowledgeGraph::FindVertex(const std::string& id) const {
  auto it = vertex_of_.find(id);
  if (it == vertex_of_.end()) return std::nullopt;
  return it->second;
}

Vertex KnowledgeGraph::AddNode(const NodeData& node) {
  auto it = vertex_of_.find(node.id);
  if (it == vertex_of_.end()) {
    Vertex v = boost::add_vertex(node, graph_);
    vertex_of_.emplace(node.id, v);
    return v;
  }
  NodeData& existing = graph_[it->second];
  UnionInto(&existing.mentions, node.mentions);
  // Fields that can differ between fragments keep the smallest non-empty
  // value, so the result does not depend on merge order.
  auto keep_min = [](std::string* into, const std::string& value) {
    if (!value.empty() && (into->empty() || value < *into)) *into = value;
  };
  keep_min(&existing.name_ar, node.name_ar);
  keep_min(&existing.label_en, node.label_en);
  keep_min(&existing.qid, node.qid);
  keep_min(&existing.name_key, node.name_key);
  return it->second;
}

Edge KnowledgeGraph::AddEdge(int relation, const std::string& source, const std::string& target) {
  Vertex s = vertex_of_.at(source), t = vertex_of_.at(target);
  auto key = std::make_tuple(relation, s, t);
  auto it = edge_of_.find(key);
  if (it != edge_of_.end()) return it->second;
  EdgeData data;
  data.relation = relation;
  Edge e = boost::add_edge(s, t, data, graph_).first;
  edge_of_.emplace(key, e);
  return e;
}

void KnowledgeGraph::Merge(const ArticleGraph& fragment) {
  for (const NodeData& node : fragment.nodes) AddNode(node);
  for (const ArticleGraph::Relation& r : fragment.relations) {
    EdgeData& data = graph_[AddEdge(r.relation, r.source, r.target)];
    UnionInto(&data.evidence, std::vector<Evidence>{r.evidence});
    if (!r.role.empty()) UnionInto(&data.roles, std::vector<std::string>{r.role});
  }
}

void KnowledgeGraph::Merge(const KnowledgeGraph& other) {
  for (Vertex v : boost::make_iterator_range(boost::vertices(other.graph_)))
    AddNode(other.graph_[v]);
  for (Edge e : boost::make_iterator_range(boost::edges(other.graph_))) {
    const EdgeData& from = other.graph_[e];
    EdgeData& data = graph_[AddEdge(from.relation, other.graph_[boost::source(e, other.graph_)].id,
                                    other.graph_[boost::target(e, other.graph_)].id)];
    UnionInto(&data.evidence, from.evidence);
    UnionInto(&data.roles, from.roles);
  }
}

// A person some article names by surname alone (كويزومي) is the one person
// whose full name ends with that word in other articles, when there is
// exactly one; with two candidates (two Kims) the surname stays apart.
std::vector<Vertex> KnowledgeGraph::SurnameMerges() const {
  std::vector<Vertex> into(boost::num_vertices(graph_));
  std::map<std::u32string, std::set<Vertex>> full_names_ending_with;
  for (Vertex v = 0; v < into.size(); ++v) {
    into[v] = v;
    const NodeData& node = graph_[v];
    if (node.type != EntityType::kPerson) continue;
    for (const MentionRecord& m : node.mentions) {
      if (m.kind == "nisba" || m.kind == "description") continue;
      std::u32string key = NameKey(FoldUtf8(m.text));
      size_t space = key.rfind(U' ');
      if (space != std::u32string::npos) full_names_ending_with[key.substr(space + 1)].insert(v);
    }
  }
  for (Vertex v = 0; v < into.size(); ++v) {
    const NodeData& node = graph_[v];
    if (node.type != EntityType::kPerson || node.name_key.empty()) continue;
    std::u32string key = ToCodePoints(node.name_key);
    if (key.find(U' ') != std::u32string::npos) continue;
    auto it = full_names_ending_with.find(key);
    if (it == full_names_ending_with.end()) continue;
    std::set<Vertex> candidates = it->second;
    candidates.erase(v);
    if (candidates.size() == 1) into[v] = *candidates.begin();
  }
  return into;
}

void KnowledgeGraph::Canonicalize() {
  const std::vector<Vertex> into = SurnameMerges();
  // Merge surname-only nodes into their full names.
  for (Vertex v = 0; v < into.size(); ++v) {
    if (into[v] == v) continue;
    NodeData& target = graph_[into[v]];
    UnionInto(&target.mentions, graph_[v].mentions);
  }
  std::vector<Vertex> order;
  for (Vertex v = 0; v < into.size(); ++v) {
    if (into[v] == v) order.push_back(v);
  }
  std::sort(order.begin(), order.end(),
            [&](Vertex a, Vertex b) { return graph_[a].id < graph_[b].id; });
  std::vector<Vertex> new_of(into.size());
  BoostGraph canonical;
  for (Vertex old : order) {
    NodeData node = std::move(graph_[old]);
    if (!node.name_key.empty()) {
      node.name_ar = ChooseName(node);
      node.label_en = Romanise(node.name_ar);
    }
    new_of[old] = boost::add_vertex(std::move(node), canonical);
  }
  for (Vertex v = 0; v < into.size(); ++v) new_of[v] = new_of[into[v]];

  // Edges by (source, relation, target) in the new numbering; those that
  // now coincide are merged, self-loops dropped.
  std::map<std::tuple<Vertex, int, Vertex>, EdgeData> edges;
  for (Edge e : boost::make_iterator_range(boost::edges(graph_))) {
    Vertex s = new_of[boost::source(e, graph_)], t = new_of[boost::target(e, graph_)];
    EdgeData& data = graph_[e];
    if (s == t) continue;
    if (ontology_->relations()[data.relation].symmetric && canonical[t].id < canonical[s].id) {
      std::swap(s, t);
    }
    auto [it, inserted] = edges.try_emplace(std::make_tuple(s, data.relation, t), std::move(data));
    if (!inserted) {
      UnionInto(&it->second.evidence, data.evidence);
      UnionInto(&it->second.roles, data.roles);
    }
  }
  for (auto& [key, data] : edges) {
    boost::add_edge(std::get<0>(key), std::get<2>(key), std::move(data), canonical);
  }
  graph_ = std::move(canonical);
  vertex_of_.clear();
  edge_of_.clear();
  for (Vertex v : boost::make_iterator_range(boost::vertices(graph_)))
    vertex_of_.emplace(graph_[v].id, v);
  for (Edge e : boost::make_iterator_range(boost::edges(graph_))) {
    edge_of_.emplace(
        std::make_tuple(graph_[e].relation, boost::source(e, graph_), boost::target(e, graph_)), e);
  }
}

ArticleGraph MakeArticleGraph(const Document& doc, const std::vector<Mention>& mentions,
                              const std::vector<Entity>& entities,
                              const std::vector<RelationRecord>& relations,
                              const Ontology& ontology) {
  ArticleGraph fragment;
  fragment.article = doc.id;
  fragment.nodes.resize(entities.size());
  for (size_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    NodeData& node = fragment.nodes[i];
    node.id = e.id;
    node.type = e.type;
    node.name_ar = e.name_ar;
    node.label_en = e.label_en;
    node.qid = e.qid;
    node.name_key = e.name_key;
  }
  for (const Mention& m : mentions) {
    if (m.entity < 0) continue;
    fragment.nodes[m.entity].mentions.push_back({doc.id, doc.SurfaceUtf8(m.start, m.end), m.start,
                                                 m.end, std::string(MentionKindName(m.kind))});
  }
  for (NodeData& node : fragment.nodes) SortUnique(&node.mentions);
  for (const RelationRecord& r : relations) {
    std::string source = entities[r.source].id, target = entities[r.target].id;
    if (ontology.relations()[r.relation].symmetric && target < source) std::swap(source, target);
    fragment.relations.push_back({r.relation, source, target, r.role, r.evidence});
  }
  return fragment;
}

}  // namespace kg
