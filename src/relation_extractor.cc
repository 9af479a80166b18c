// The sentence model of the relations stage: participants (outermost
// mentions that can be a party), chains of coordinated participants, word
// distances that skip role titles, modality, and the emission of edges with
// their evidence.
#include <algorithm>

#include "kg/normalize.h"
#include "relations_internal.h"

namespace kg {
namespace {

bool IsSeparator(std::u32string_view f) {
  return f == U"،" || f == U"," || f == U"-" || f == U"و" || f == U"او" || f == U"/" ||
         f == U"وكذلك" || f == U"كذلك" || f == U"وايضا" || f == U"ايضا" || f == U"ومع";
}

// «… مع الولايات المتحدة، وكذلك مع كوريا الجنوبية»: «مع» continues a list
// only after «كذلك/أيضا».
bool ContinuesList(std::u32string_view previous, std::u32string_view f) {
  return f == U"مع" && (previous == U"وكذلك" || previous == U"كذلك" || previous == U"وايضا" ||
                        previous == U"ايضا");
}

bool Nested(const Mention& inner, const Mention& outer) {
  return outer.start <= inner.start && inner.end <= outer.end &&
         (outer.end - outer.start) > (inner.end - inner.start);
}

}  // namespace

SentenceExtractor::SentenceExtractor(const Document& doc, uint32_t sentence,
                                     const std::vector<Mention>& mentions,
                                     const std::vector<Entity>& entities,
                                     const RelationRules::Impl& rules, const Ontology& ontology,
                                     const std::optional<CivilDate>& published)
    : doc_(doc),
      sentence_(doc.sentences[sentence]),
      index_(sentence),
      mentions_(mentions),
      entities_(entities),
      rules_(rules),
      ontology_(ontology),
      covered_(doc.tokens.size(), false) {
  text_ = doc.SurfaceUtf8(sentence_.start, sentence_.end);
  std::u32string folded(doc.folded.chars.begin() + doc.tokens[sentence_.token_begin].fold_start,
                        doc.folded.chars.begin() + doc.tokens[sentence_.token_end - 1].fold_end);
  if (auto explicit_date = FindDateInSentence(folded, published)) {
    date_ = ToIso8601(*explicit_date);
  } else if (published) {
    date_ = ToIso8601(*published);
  }

  // Participants: outermost mentions that are not the country or body of a
  // role title (that one is an affiliation, not a party).
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.sentence != sentence) continue;
    for (uint32_t t = m.token_begin; t < m.token_end; ++t) covered_[t] = true;
    if (m.role_complement) continue;
    bool nested = false;
    for (const Mention& other : mentions) {
      if (other.sentence == sentence && Nested(m, other) &&
          other.kind != MentionKind::kDescription) {
        nested = true;
        break;
      }
    }
    if (nested) continue;
    if (!participants_.empty() && mentions[participants_.back()].entity == m.entity &&
        mentions[participants_.back()].token_end >= m.token_begin) {
      continue;
    }
    participants_.push_back(static_cast<int32_t>(i));
  }

  // Chains of coordinated participants. The countries of «البلدين» share
  // one span and one chain; a role title with a conjunction joins its
  // person to the list («ترمب وزعيم كوريا الشمالية كيم يونغ أون»).
  for (int32_t p : participants_) {
    if (!chains_.empty()) {
      const Mention& prev = mentions[chains_.back().back()];
      const Mention& cur = mentions[p];
      if (cur.token_begin == prev.token_begin && cur.token_end == prev.token_end) {
        chains_.back().push_back(p);
        continue;
      }
      // A title shared with the previous name (a plural title) is not this
      // name's own.
      uint32_t begin = PhraseBegin(p);
      if (begin < prev.token_end) begin = cur.token_begin;
      bool linked = begin >= prev.token_end;
      bool conjunction = cur.start > doc.tokens[cur.token_begin].start;  // «والولايات»
      if (begin < cur.token_begin) {
        std::u32string_view title = doc.Fold(doc.tokens[begin]);
        conjunction = title.size() > 3 && title[0] == U'و';  // «وزعيم …»
      }
      std::u32string_view previous;
      for (uint32_t t = prev.token_end; t < begin && linked; ++t) {
        std::u32string_view f = doc.Fold(doc.tokens[t]);
        linked = IsSeparator(f) || ContinuesList(previous, f);
        previous = f;
      }
      if (linked && (begin > prev.token_end || conjunction)) {
        chains_.back().push_back(p);
        continue;
      }
    }
    chains_.push_back({p});
  }
}

std::vector<RelationRecord> SentenceExtractor::Run() {
  Affiliations();
  NestedPlaces();
  AgreementParties();
  PlacesIn();
  std::vector<PhraseTable::Match> matches;
  for (uint32_t t = sentence_.token_begin; t < sentence_.token_end;) {
    // A trigger word inside a name («تحالف دعم الشرعية», «مجلس التعاون
    // الخليجي») is part of the name, not a statement.
    if (InsideMention(t)) {
      ++t;
      continue;
    }
    rules_.trigger_table.MatchAt(doc_, t, sentence_.token_end, &matches);
    if (matches.empty()) {
      ++t;
      continue;
    }
    uint32_t end = matches.front().token_end;
    if (!IsHypothetical(t)) {
      for (const auto& m : matches) {
        if (m.token_end == end) Trigger(m);
      }
    }
    t = end;
  }
  return std::move(out_);
}

bool SentenceExtractor::InsideMention(uint32_t token) const { return covered_[token]; }

// «منبج السورية التي تهدد أنقرة بمهاجمتها»: the verb's subject follows it.
bool SentenceExtractor::AfterRelativePronoun(uint32_t k0) const {
  if (k0 == sentence_.token_begin) return false;
  std::u32string_view previous = doc_.Fold(doc_.tokens[k0 - 1]);
  return previous == U"التي" || previous == U"الذي" || previous == U"الذين" ||
         previous == U"اللتين" || previous == U"اللذين";
}

// «يدعو إلى إبرام اتفاق», «إمكانية عقد اجتماع»: a call or a possibility
// just before the trigger states nothing.
bool SentenceExtractor::IsHypothetical(uint32_t k0) const {
  std::vector<PhraseTable::Match> m;
  // «دعا الرئيس الأمريكي، دونالد ترامب، إلى إبرام اتفاق»: the call may be
  // a few words before, with its subject in between, within the clause.
  const uint32_t from = k0 >= sentence_.token_begin + 8 ? k0 - 8 : sentence_.token_begin;
  for (uint32_t t = k0; t-- > from;) {
    std::u32string_view f = doc_.Fold(doc_.tokens[t]);
    if (f == U"." || f == U"؟" || f == U"؛") break;
    rules_.hypothetical.MatchAt(doc_, t, k0 + 1, &m);
    if (!m.empty()) return true;
  }
  return false;
}

// «على الأراضي السعودية», «بستيفن بانون»: a phrase behind a preposition is
// never a subject.
bool SentenceExtractor::InPrepositionalPhrase(int32_t mention) const {
  static constexpr std::u32string_view kPrepositions[] = {U"في", U"علي", U"من",  U"الي", U"عن",
                                                          U"مع", U"ضد",  U"بين", U"نحو", U"لدي"};
  const Mention& m = mentions_[mention];
  if (m.start > doc_.tokens[m.token_begin].start) {
    std::u32string_view f = doc_.Fold(doc_.tokens[m.token_begin]);
    if (f[0] == U'ب' || f[0] == U'ل' || (f.size() > 1 && (f[1] == U'ب' || f[1] == U'ل')))
      return true;
  }
  if (doc_.Fold(doc_.tokens[m.token_begin]).substr(0, 2) == U"لل") return true;
  const uint32_t begin = PhraseBegin(mention);
  if (begin == sentence_.token_begin) return false;
  std::u32string_view previous = doc_.Fold(doc_.tokens[begin - 1]);
  return std::find(std::begin(kPrepositions), std::end(kPrepositions), previous) !=
         std::end(kPrepositions);
}

// «التقيا», «يلتقيان», «اجتمعوا»: a dual or plural verb states a reciprocal
// act of its subjects.
bool SentenceExtractor::IsReciprocalVerb(uint32_t k0) const {
  std::u32string_view f = doc_.Fold(doc_.tokens[k0]);
  const size_t n = f.size();
  return n > 3 && (f[n - 1] == U'ا' || f.substr(n - 2) == U"ان" || f.substr(n - 2) == U"ون");
}

uint32_t SentenceExtractor::PhraseBegin(int32_t mention) const {
  const Mention& m = mentions_[mention];
  return m.title_begin >= 0 && static_cast<uint32_t>(m.title_begin) >= sentence_.token_begin
             ? static_cast<uint32_t>(m.title_begin)
             : m.token_begin;
}

const SentenceExtractor::Chain* SentenceExtractor::ChainAfter(uint32_t t, uint32_t max_gap,
                                                              uint32_t types) const {
  for (const Chain& c : chains_) {
    const uint32_t begin = PhraseBegin(c.front());
    if (begin < t) continue;
    if (!(types & TypeBit(mentions_[c.front()].type))) continue;
    return WordsBetween(t, begin) <= max_gap ? &c : nullptr;
  }
  return nullptr;
}

const SentenceExtractor::Chain* SentenceExtractor::ChainBefore(uint32_t t, uint32_t types) const {
  const Chain* best = nullptr;
  for (const Chain& c : chains_) {
    if (mentions_[c.back()].token_end <= t && (types & TypeBit(mentions_[c.back()].type)))
      best = &c;
  }
  return best;
}

uint32_t SentenceExtractor::Find(std::u32string_view word, uint32_t from, uint32_t to) const {
  to = std::min(to, sentence_.token_end);
  for (uint32_t t = from; t < to; ++t) {
    if (doc_.Fold(doc_.tokens[t]) == word) return t;
  }
  return kNotFound;
}

uint32_t SentenceExtractor::WordsBetween(uint32_t from, uint32_t to) const {
  uint32_t words = 0;
  for (uint32_t t = from; t < to; ++t) words += doc_.tokens[t].kind != TokenKind::kPunct;
  return words;
}

// «بحث مع», «انضم إلى»: the trigger's last word is the object's preposition.
bool SentenceExtractor::TriggerEndsWithPreposition(uint32_t k1) const {
  std::u32string_view last = doc_.Fold(doc_.tokens[k1 - 1]);
  return last == U"مع" || last == U"الي" || last == U"من";
}

// «إلى طوكيو», «لليابان», «في اليابان»: a destination's preposition.
bool SentenceExtractor::IsDestination(const Mention& m) const {
  const Token& first = doc_.tokens[m.token_begin];
  if (m.start > first.start) return true;  // a clitic ب/ل on the name
  std::u32string_view f = doc_.Fold(first);
  if (f.substr(0, 2) == U"لل") return true;
  std::u32string_view previous =
      m.token_begin > 0 ? doc_.Fold(doc_.tokens[m.token_begin - 1]) : U"";
  return previous == U"الي" || previous == U"في";
}

// A person acts for the country or body of their role («ووقعوا مذكرة» after
// three ministers: their three countries).
int32_t SentenceExtractor::PartyOf(int32_t mention) const {
  const Mention& m = mentions_[mention];
  if (m.type != EntityType::kPerson) return m.entity;
  return m.role_of_entity;
}

Modality SentenceExtractor::ModalityAt(uint32_t k0, uint32_t k1) const {
  std::vector<PhraseTable::Match> m;
  // Negation right before the trigger (لم يطالب، لن يلتقي، نفى أن).
  uint32_t from = k0 >= sentence_.token_begin + 3 ? k0 - 3 : sentence_.token_begin;
  for (uint32_t t = from; t < k0; ++t) {
    rules_.negated.MatchAt(doc_, t, k1, &m);
    if (!m.empty()) return Modality::kNegated;
  }
  std::u32string_view f = doc_.Fold(doc_.tokens[k0]);
  if (f.size() > 3 && (f[0] == U'و' || f[0] == U'ف')) f.remove_prefix(1);
  if (f.size() > 3 && f[0] == U'س' && (f[1] == U'ي' || f[1] == U'ت' || f[1] == U'ن')) {
    return Modality::kPlanned;  // سيعقد، ستلتقي
  }
  for (uint32_t t = sentence_.token_begin; t < k0; ++t) {
    rules_.planned.MatchAt(doc_, t, k0, &m);
    if (!m.empty()) return Modality::kPlanned;
  }
  for (uint32_t t = sentence_.token_begin; t < sentence_.token_end; ++t) {
    rules_.reported.MatchAt(doc_, t, sentence_.token_end, &m);
    if (!m.empty()) return Modality::kReported;
  }
  return Modality::kAsserted;
}

void SentenceExtractor::Emit(int relation, int32_t source_mention, int32_t target_mention,
                             uint32_t k0, uint32_t k1, float confidence, std::string pattern,
                             std::string role) {
  const Mention& s = mentions_[source_mention];
  const Mention& t = mentions_[target_mention];
  EmitEntities(relation, s.entity, t.entity, k0, k1,
               confidence * std::min(s.confidence, t.confidence), std::move(pattern),
               std::move(role));
}

void SentenceExtractor::EmitEntities(int relation, int32_t source, int32_t target, uint32_t k0,
                                     uint32_t k1, float confidence, std::string pattern,
                                     std::string role) {
  if (source == target || source < 0 || target < 0) return;
  if (!ontology_.Allows(relation, entities_[source].type, entities_[target].type)) return;
  RelationRecord r;
  r.relation = relation;
  r.source = source;
  r.target = target;
  r.role = std::move(role);
  Evidence& e = r.evidence;
  e.article = doc_.id;
  e.sentence = text_;
  e.start = sentence_.start;
  e.end = sentence_.end;
  e.trigger_start = doc_.tokens[k0].start;
  e.trigger_end = doc_.tokens[k1 - 1].end;
  e.trigger = doc_.SurfaceUtf8(e.trigger_start, e.trigger_end);
  e.modality = ModalityAt(k0, k1);
  e.date = date_;
  e.confidence = confidence;
  e.pattern = std::move(pattern);
  out_.push_back(std::move(r));
}

}  // namespace kg
