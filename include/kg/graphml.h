// GraphML export with Boost's write_graphml, for NetworkX, Gephi and yEd.
//
// Every node carries its entity id, type, Arabic name, English label and
// Wikidata QID; every edge its relation, whether the relation is symmetric,
// its overall modality, evidence count and confidence. Node ids are "n0",
// "n1"… in canonical (entity id) order; the entity id is the "id" attribute.
#ifndef KG_GRAPHML_H_
#define KG_GRAPHML_H_

#include <string>

#include "kg/graph.h"

namespace kg {

// The GraphML text of a canonical graph. Never fails.
std::string ToGraphML(const KnowledgeGraph& graph);

}  // namespace kg

#endif  // KG_GRAPHML_H_
