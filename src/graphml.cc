// GraphML through boost::write_graphml and dynamic_properties. Enumerations
// (entity type, relation, modality) are written as their ontology names.
#include "kg/graphml.h"

#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <sstream>

namespace kg {

std::string ToGraphML(const KnowledgeGraph& graph) {
  const BoostGraph& g = graph.graph();
  const Ontology& ontology = graph.ontology();
  boost::dynamic_properties properties;
  // Read-only maps: the writer only reads, and the graph is const.
  auto node_string = [&](std::string NodeData::*member) {
    return boost::make_function_property_map<Vertex, std::string>(
        [&g, member](Vertex v) { return g[v].*member; });
  };
  properties.property("id", node_string(&NodeData::id));
  properties.property("name", node_string(&NodeData::name_ar));
  properties.property("label", node_string(&NodeData::label_en));
  properties.property("qid", node_string(&NodeData::qid));
  properties.property("type", boost::make_function_property_map<Vertex, std::string>(
                                  [&](Vertex v) { return ontology.type(g[v].type).name; }));
  properties.property("mentions", boost::make_function_property_map<Vertex, int>([&](Vertex v) {
                        return static_cast<int>(g[v].mentions.size());
                      }));
  properties.property("relation", boost::make_function_property_map<Edge, std::string>([&](Edge e) {
                        return ontology.relations()[g[e].relation].name;
                      }));
  properties.property("symmetric", boost::make_function_property_map<Edge, bool>([&](Edge e) {
                        return ontology.relations()[g[e].relation].symmetric;
                      }));
  properties.property("modality", boost::make_function_property_map<Edge, std::string>([&](Edge e) {
                        return std::string(Ontology::ModalityName(g[e].OverallModality()));
                      }));
  properties.property("evidence", boost::make_function_property_map<Edge, int>([&](Edge e) {
                        return static_cast<int>(g[e].evidence.size());
                      }));
  properties.property("confidence", boost::make_function_property_map<Edge, double>([&](Edge e) {
                        return static_cast<double>(g[e].MaxConfidence());
                      }));
  std::ostringstream out;
  boost::write_graphml(out, g, boost::get(boost::vertex_index, g), properties, true);
  return out.str();
}

}  // namespace kg
