// kg-explain: prints what the pipeline sees in one article — each content
// sentence with its mentions (type, kind, entity) and the relations it
// yields (pattern, modality, confidence). A tool for writing rules and data.
//
// usage: kg-explain FILE.txt | FILE.jsonl [ARTICLE_ID]
#include <iostream>

#include "kg/extract.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: kg-explain FILE.txt|FILE.jsonl [ARTICLE_ID]\n";
    return 2;
  }
  auto resources = kg::Resources::Load(kg::ResourceHome());
  if (!resources.ok()) {
    std::cerr << resources.status().message() << "\n";
    return 1;
  }
  kg::ArticleReader reader({argv[1]});
  kg::Article article;
  while (reader.Next(&article)) {
    if (argc > 2 && article.id != argv[2]) continue;
    kg::ArticleAnalysis a = kg::AnalyseArticle(article, *resources);
    const kg::Document& doc = a.document;
    std::cout << "# " << article.id << "  title: " << doc.layout.title
              << "  date: " << doc.layout.date << "\n";
    for (const kg::Line& line : doc.layout.lines) {
      if (!line.furniture.empty()) {
        std::cout << "  [dropped: " << line.furniture << "] "
                  << doc.SurfaceUtf8(line.start, line.end) << "\n";
      }
    }
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
      const kg::Sentence& sentence = doc.sentences[s];
      std::cout << "\n[" << s << "] " << doc.SurfaceUtf8(sentence.start, sentence.end) << "\n";
      for (const kg::Mention& m : a.mentions) {
        if (m.sentence != s) continue;
        std::cout << "    " << resources->ontology.type(m.type).name << "/"
                  << kg::MentionKindName(m.kind) << " «" << doc.SurfaceUtf8(m.start, m.end)
                  << "» → " << a.entities[m.entity].id;
        if (m.role >= 0) std::cout << "  role «" << m.role_text << "»";
        if (m.role_of >= 0) std::cout << " of " << a.entities[a.mentions[m.role_of].entity].id;
        std::cout << "\n";
      }
      for (const kg::RelationRecord& r : a.relations) {
        if (r.evidence.start != sentence.start) continue;
        std::cout << "    => " << resources->ontology.relations()[r.relation].name << "("
                  << a.entities[r.source].id << ", " << a.entities[r.target].id << ")  "
                  << r.evidence.pattern << " «" << r.evidence.trigger << "» "
                  << kg::Ontology::ModalityName(r.evidence.modality) << " " << r.evidence.confidence
                  << "\n";
      }
    }
    std::cout << "\n";
  }
  for (const auto& p : reader.problems()) std::cerr << p.origin << ": " << p.reason << "\n";
  return 0;
}
