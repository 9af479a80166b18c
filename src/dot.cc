// cgraph construction and gvc rendering. cgraph's API takes mutable char*
// for names and attributes; the strings are copied by cgraph, so passing
// the data of std::string is safe.
#include "kg/dot.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>

namespace kg {
namespace {

char* C(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* C(const char* s) { return const_cast<char*>(s); }

void Set(void* object, const char* name, const std::string& value) {
  agsafeset(object, C(name), C(value), C(""));
}

// Graphviz keeps global state (error handler, plugin registry); one render
// at a time.
std::mutex& GraphvizMutex() {
  static std::mutex mutex;
  return mutex;
}

std::string Label(const NodeData& node) {
  if (node.label_en.empty() || node.label_en == node.name_ar) return node.name_ar;
  if (node.name_ar.empty()) return node.label_en;
  return node.name_ar + "\n" + node.label_en;
}

void AddLegend(Agraph_t* g, const Ontology& ontology) {
  Agraph_t* legend = agsubg(g, C("cluster_legend"), 1);
  Set(legend, "label", "Legend");
  Set(legend, "fontname", "Noto Sans");
  Set(legend, "style", "rounded");
  Agnode_t* previous = nullptr;
  for (int t = 0; t < kEntityTypeCount; ++t) {
    const EntityTypeInfo& info = ontology.type(static_cast<EntityType>(t));
    Agnode_t* n = agnode(legend, C("legend:" + info.name), 1);
    Set(n, "label", info.name);
    Set(n, "shape", info.dot_shape);
    Set(n, "fillcolor", info.dot_fillcolor);
    if (previous) {
      Agedge_t* e = agedge(legend, previous, n, C("legend:" + info.name), 1);
      Set(e, "style", "invis");
    }
    previous = n;
  }
  for (const RelationInfo& r : ontology.relations()) {
    Agnode_t* a = agnode(legend, C("legend:" + r.name + ":a"), 1);
    Agnode_t* b = agnode(legend, C("legend:" + r.name + ":b"), 1);
    for (Agnode_t* n : {a, b}) {
      Set(n, "label", "");
      Set(n, "shape", "point");
      Set(n, "width", "0.05");
    }
    Agedge_t* e = agedge(legend, a, b, C("legend:" + r.name), 1);
    Set(e, "label", r.name);
    Set(e, "color", r.dot_color);
    Set(e, "fontcolor", r.dot_color);
    if (r.symmetric) Set(e, "dir", "none");
  }
}

}  // namespace

Result<std::string> ToDot(const KnowledgeGraph& graph, const DotOptions& options) {
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  const BoostGraph& bg = graph.graph();
  const Ontology& ontology = graph.ontology();
  Agraph_t* g = agopen(C("kg"), Agdirected, nullptr);
  if (!g) return Status::Error("Graphviz could not create a graph");
  std::unique_ptr<Agraph_t, decltype(&agclose)> owner(g, &agclose);
  Set(g, "rankdir", "LR");
  Set(g, "charset", "UTF-8");
  Set(g, "fontname", options.font);
  Set(g, "overlap", "false");
  agattr(g, AGNODE, C("style"), C("filled"));
  agattr(g, AGNODE, C("fontname"), C(options.font));
  agattr(g, AGEDGE, C("fontname"), C(options.font));
  agattr(g, AGEDGE, C("fontsize"), C("10"));

  std::vector<Agnode_t*> nodes(boost::num_vertices(bg));
  for (Vertex v : boost::make_iterator_range(boost::vertices(bg))) {
    const NodeData& node = bg[v];
    const EntityTypeInfo& info = ontology.type(node.type);
    Agnode_t* n = agnode(g, C(node.id), 1);
    Set(n, "label", Label(node));
    Set(n, "shape", info.dot_shape);
    Set(n, "fillcolor", info.dot_fillcolor);
    Set(n, "tooltip", node.id);
    nodes[v] = n;
  }
  for (Edge e : boost::make_iterator_range(boost::edges(bg))) {
    const EdgeData& data = bg[e];
    Modality modality = data.OverallModality();
    if (modality == Modality::kNegated && !options.show_negated) continue;
    const RelationInfo& r = ontology.relations()[data.relation];
    Agedge_t* edge =
        agedge(g, nodes[boost::source(e, bg)], nodes[boost::target(e, bg)], C(r.name), 1);
    std::string label = r.name;
    if (data.evidence.size() > 1) label += " ×" + std::to_string(data.evidence.size());
    Set(edge, "label", label);
    Set(edge, "color", r.dot_color);
    Set(edge, "fontcolor", r.dot_color);
    if (r.symmetric) Set(edge, "dir", "none");
    if (modality == Modality::kPlanned) Set(edge, "style", "dashed");
    if (modality == Modality::kNegated) Set(edge, "style", "dotted");
  }
  if (options.legend) AddLegend(g, ontology);

  char* data = nullptr;
  size_t size = 0;
  FILE* out = open_memstream(&data, &size);
  if (!out) return Status::Error("cannot allocate the DOT buffer");
  int rc = agwrite(g, out);
  std::fclose(out);
  std::string text(data ? data : "", size);
  std::free(data);
  if (rc != 0) return Status::Error("Graphviz could not write the DOT text");
  return text;
}

Result<std::string> RenderDot(const std::string& dot, const std::string& format) {
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  Agraph_t* g = agmemread(dot.c_str());
  if (!g) return Status::Error("Graphviz could not parse the DOT text");
  std::unique_ptr<Agraph_t, decltype(&agclose)> owner(g, &agclose);
  GVC_t* gvc = gvContext();
  if (!gvc) return Status::Error("Graphviz could not start (gvContext failed)");
  std::unique_ptr<GVC_t, decltype(&gvFreeContext)> context(gvc, &gvFreeContext);
  if (gvLayout(gvc, g, "dot") != 0) {
    return Status::Error(
        "Graphviz could not lay the graph out with dot (is the graphviz package installed?)");
  }
  char* data = nullptr;
  unsigned int length = 0;
  int rc = gvRenderData(gvc, g, format.c_str(), &data, &length);
  std::string out(data ? data : "", data ? length : 0);
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc, g);
  if (rc != 0) return Status::Error("Graphviz cannot render format \"" + format + "\"");
  return out;
}

}  // namespace kg
