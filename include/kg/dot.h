// DOT export through Graphviz cgraph, and rendering through gvc.
//
// Nodes are shaped and coloured by entity type (schemas/ontology.json) and
// labelled with the Arabic name over the English label; edges are labelled
// with the relation, drawn without arrowheads for symmetric relations,
// dashed when planned, and left out when negated unless asked for. A legend
// explains the shapes and colours.
#ifndef KG_DOT_H_
#define KG_DOT_H_

#include <string>
#include <vector>

#include "kg/graph.h"
#include "kg/status.h"

namespace kg {

struct DotOptions {
  bool show_negated = false;
  bool legend = true;
  std::string font = "Noto Sans Arabic";
};

// The DOT text of a canonical graph, written by cgraph. Fails when Graphviz
// cannot build or write the graph.
Result<std::string> ToDot(const KnowledgeGraph& graph, const DotOptions& options = {});

// Lays the DOT text out with `dot` and renders it ("svg", "png", … any
// format the installed Graphviz plugins know). Fails with Graphviz's reason.
Result<std::string> RenderDot(const std::string& dot, const std::string& format);

}  // namespace kg

#endif  // KG_DOT_H_
