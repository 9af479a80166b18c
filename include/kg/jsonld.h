// JSON-LD export: the graph as a compacted JSON-LD 1.1 document with an
// inline @context (schemas/context.jsonld plus the type and property terms
// of schemas/ontology.json) and a @graph array.
//
// Entity nodes carry schema.org types and names, sameAs Wikidata IRIs, every
// mention with article and code-point offsets, and one direct property per
// relation (metWith, alliedWith …; both directions for symmetric relations)
// so graph stores can follow paths. Each relation is also a reified Relation
// node with its modality, confidence and evidence. Negated relations appear
// only as Relation nodes, never as direct properties. The shape is
// documented by schemas/graph.schema.json.
#ifndef KG_JSONLD_H_
#define KG_JSONLD_H_

#include <string>

#include "kg/graph.h"
#include "kg/status.h"

namespace kg {

// The JSON-LD text of a canonical graph. Fails only when the context file
// under `home` cannot be read.
Result<std::string> ToJsonLd(const KnowledgeGraph& graph, const std::string& home);

// Reads a graph written by ToJsonLd back (incremental updates, queries). A
// file that is not valid JSON, or not of that shape, fails with the path and
// the byte offset or @graph index of the first fault. The graph returned is
// canonical.
Result<KnowledgeGraph> ReadJsonLd(const std::string& path, const Ontology& ontology);

}  // namespace kg

#endif  // KG_JSONLD_H_
