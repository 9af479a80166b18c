// Graph stage: one Boost.Graph knowledge graph of all articles.
//
// Each article becomes an ArticleGraph fragment (its entities with their
// mentions, its relations with their evidence). Merge adds a fragment to the
// graph; it is a set union keyed by entity id and (relation, source, target),
// so the result does not depend on the order fragments arrive in, and adding
// an article twice does not duplicate its mentions or evidence. Canonicalize
// rebuilds the adjacency list with vertices in id order and edges in key
// order, so every export and query sees the same graph whatever the order.
#ifndef KG_GRAPH_H_
#define KG_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "kg/ontology.h"
#include "kg/relations.h"

namespace kg {

struct MentionRecord {
  std::string article;
  std::string text;  // surface form, exactly article[start:end)
  uint32_t start = 0, end = 0;
  std::string kind;  // MentionKindName

  friend bool operator<(const MentionRecord& a, const MentionRecord& b) {
    return std::tie(a.article, a.start, a.end, a.kind) <
           std::tie(b.article, b.start, b.end, b.kind);
  }
  friend bool operator==(const MentionRecord& a, const MentionRecord& b) {
    return std::tie(a.article, a.start, a.end, a.kind) ==
           std::tie(b.article, b.start, b.end, b.kind);
  }
};

struct NodeData {
  std::string id;
  EntityType type = EntityType::kPerson;
  std::string name_ar;  // lexicon name, or the most frequent surface form
  std::string label_en;
  std::string qid;
  std::string name_key;                 // names the lexicon does not know: transliteration key
  std::vector<MentionRecord> mentions;  // sorted, unique

  // Distinct surface forms, sorted.
  std::vector<std::string> SurfaceForms() const;
  std::vector<std::string> Articles() const;
};

struct EdgeData {
  int relation = -1;               // index into Ontology::relations()
  std::vector<Evidence> evidence;  // sorted, unique
  std::vector<std::string> roles;  // affiliated-with: roles as written, sorted, unique

  // asserted if any evidence is; else reported, planned; negated only when
  // every evidence is negated.
  Modality OverallModality() const;
  float MaxConfidence() const;
  bool Positive() const { return OverallModality() != Modality::kNegated; }
};

using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeData, EdgeData>;
using Vertex = boost::graph_traits<BoostGraph>::vertex_descriptor;
using Edge = boost::graph_traits<BoostGraph>::edge_descriptor;

// What one article contributes.
struct ArticleGraph {
  std::string article;
  std::vector<NodeData> nodes;
  struct Relation {
    int relation = -1;
    std::string source, target;  // entity ids (symmetric relations: source < target)
    std::string role;
    Evidence evidence;
  };
  std::vector<Relation> relations;
};

class KnowledgeGraph {
 public:
  explicit KnowledgeGraph(const Ontology& ontology) : ontology_(&ontology) {}

  // Adds a fragment; order-independent and idempotent.
  void Merge(const ArticleGraph& fragment);
  // Adds every node and edge of another graph (shards, incremental update).
  void Merge(const KnowledgeGraph& other);

  // Rebuilds vertices in id order and edges in (source, relation, target)
  // order, chooses each unknown entity's name from its mentions, and merges
  // a person known only by surname into the one full name ending with it.
  void Canonicalize();

  const BoostGraph& graph() const { return graph_; }
  BoostGraph& mutable_graph() { return graph_; }
  const Ontology& ontology() const { return *ontology_; }
  std::optional<Vertex> FindVertex(const std::string& id) const;
  size_t num_nodes() const { return boost::num_vertices(graph_); }
  size_t num_edges() const { return boost::num_edges(graph_); }

  // Adds or finds a node / an edge; used by Merge and by readers.
  Vertex AddNode(const NodeData& node);
  Edge AddEdge(int relation, const std::string& source, const std::string& target);

 private:
  std::vector<Vertex> SurnameMerges() const;

  const Ontology* ontology_;
  BoostGraph graph_;
  std::unordered_map<std::string, Vertex> vertex_of_;
  std::map<std::tuple<int, Vertex, Vertex>, Edge> edge_of_;
};

// The fragment of one analysed article.
ArticleGraph MakeArticleGraph(const Document& doc, const std::vector<Mention>& mentions,
                              const std::vector<Entity>& entities,
                              const std::vector<RelationRecord>& relations,
                              const Ontology& ontology);

}  // namespace kg

#endif  // KG_GRAPH_H_
