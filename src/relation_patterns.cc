// The argument patterns. Arabic news sentences are verb-initial (VSO: «التقى
// كيهارا مع أوستن») or noun-initial (SVO: «اليابان والولايات المتحدة تؤكدان
// …»), and relations are often stated by verbal nouns with genitives
// («اجتماع وزير الدفاع الياباني … مع نظيره الأمريكي …», «تهديد الصين»); the
// patterns look for the subject before the trigger, then right after it,
// and for the object after «مع», «بين», «لـ», «إلى», «من» or directly.
#include <algorithm>

#include "kg/normalize.h"
#include "relations_internal.h"

namespace kg {
namespace {

constexpr uint32_t kNotFound = ~0u;

bool IsSeparator(std::u32string_view f) {
  return f == U"،" || f == U"," || f == U"-" || f == U"و" || f == U"او" || f == U"/";
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
      ontology_(ontology) {
  text_ = doc.SurfaceUtf8(sentence_.start, sentence_.end);
  std::u32string folded(doc.folded.chars.begin() + doc.tokens[sentence_.token_begin].fold_start,
                        doc.folded.chars.begin() + doc.tokens[sentence_.token_end - 1].fold_end);
  if (auto explicit_date = FindDateInSentence(folded, published)) {
    date_ = ToIso8601(*explicit_date);
  } else if (published) {
    date_ = ToIso8601(*published);
  }

  // Participants: outermost mentions that are not a person's affiliation.
  std::vector<bool> is_affiliation(mentions.size(), false);
  for (const Mention& m : mentions) {
    if (m.sentence == sentence && m.role_of >= 0) is_affiliation[m.role_of] = true;
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.sentence != sentence || is_affiliation[i]) continue;
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
  // Chains of coordinated participants.
  for (int32_t p : participants_) {
    if (!chains_.empty()) {
      const Mention& prev = mentions[chains_.back().back()];
      const Mention& cur = mentions[p];
      bool linked = cur.token_begin >= prev.token_end;
      for (uint32_t t = prev.token_end; t < cur.token_begin && linked; ++t) {
        linked = IsSeparator(doc.Fold(doc.tokens[t]));
      }
      // «والولايات المتحدة»: the conjunction is a clitic of the next name.
      bool conjunction = cur.start > doc.tokens[cur.token_begin].start;
      if (linked && (cur.token_begin > prev.token_end || conjunction)) {
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
  std::vector<PhraseTable::Match> matches;
  for (uint32_t t = sentence_.token_begin; t < sentence_.token_end;) {
    rules_.trigger_table.MatchAt(doc_, t, sentence_.token_end, &matches);
    if (matches.empty()) {
      ++t;
      continue;
    }
    uint32_t end = matches.front().token_end;
    for (const auto& m : matches) {
      if (m.token_end == end) Trigger(m);
    }
    t = end;
  }
  return std::move(out_);
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

void SentenceExtractor::Affiliations() {
  if (rules_.affiliated_with < 0) return;
  for (size_t i = 0; i < mentions_.size(); ++i) {
    const Mention& m = mentions_[i];
    if (m.sentence != index_ || m.type != EntityType::kPerson || m.role < 0 ||
        m.role_of_entity < 0 || m.kind == MentionKind::kDescription) {
      continue;
    }
    // The trigger span is the name with its affiliation when the text names
    // it; the name alone when the lexicon supplied it.
    uint32_t k0 = m.token_begin, k1 = m.token_end;
    float confidence = m.confidence;
    std::string pattern = "title";
    if (m.role_of >= 0) {
      k0 = std::min(k0, mentions_[m.role_of].token_begin);
      k1 = std::max(k1, mentions_[m.role_of].token_end);
      confidence = std::min(confidence, mentions_[m.role_of].confidence);
    } else {
      confidence *= 0.8f;
      pattern = "title:lexicon-office";
    }
    EmitEntities(rules_.affiliated_with, m.entity, m.role_of_entity, k0, k1, confidence, pattern,
                 m.role_text);
  }
}

// A place written with another inside it: «ميناء الحديدة» is in الحديدة.
void SentenceExtractor::NestedPlaces() {
  if (rules_.located_in < 0) return;
  for (size_t i = 0; i < mentions_.size(); ++i) {
    const Mention& outer = mentions_[i];
    if (outer.sentence != index_ || outer.type != EntityType::kPlace) continue;
    for (size_t j = 0; j < mentions_.size(); ++j) {
      const Mention& inner = mentions_[j];
      if (inner.sentence != index_ || inner.type != EntityType::kPlace || !Nested(inner, outer))
        continue;
      Emit(rules_.located_in, static_cast<int32_t>(i), static_cast<int32_t>(j), outer.token_begin,
           outer.token_end, 0.7f, "location:nested");
    }
  }
}

const SentenceExtractor::Chain* SentenceExtractor::ChainAfter(uint32_t t, uint32_t max_gap) const {
  for (const Chain& c : chains_) {
    uint32_t begin = mentions_[c.front()].token_begin;
    if (begin >= t) return begin - t <= max_gap ? &c : nullptr;
  }
  return nullptr;
}

const SentenceExtractor::Chain* SentenceExtractor::ChainBefore(uint32_t t) const {
  const Chain* best = nullptr;
  for (const Chain& c : chains_) {
    if (mentions_[c.back()].token_end <= t) best = &c;
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

// «بحث مع», «انضم إلى»: the trigger's last word is the object's preposition.
bool SentenceExtractor::TriggerEndsWithPreposition(uint32_t k1) const {
  std::u32string_view last = doc_.Fold(doc_.tokens[k1 - 1]);
  return last == U"مع" || last == U"الي";
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

void SentenceExtractor::Trigger(const PhraseTable::Match& match) {
  const auto& trigger = rules_.triggers[match.payload];
  uint32_t k0 = match.token_begin, k1 = match.token_end;
  verb_ = trigger.verb;
  switch (trigger.pattern) {
    case Pattern::kMeeting:
      Meeting(k0, k1, trigger.relation, trigger.confidence, "meeting");
      break;
    case Pattern::kAlliance:
      Meeting(k0, k1, trigger.relation, trigger.confidence, "alliance");
      break;
    case Pattern::kThreat:
      Threat(k0, k1, trigger.relation, trigger.confidence);
      break;
    case Pattern::kSigning:
      Signing(k0, k1, trigger.relation, trigger.confidence);
      break;
    case Pattern::kVisit:
      Visit(k0, k1, trigger.relation, trigger.confidence);
      break;
    case Pattern::kLocation:
      Location(k0, k1, trigger.relation, trigger.confidence);
      break;
  }
}

void SentenceExtractor::Meeting(uint32_t k0, uint32_t k1, int relation, float confidence,
                                const std::string& name) {
  auto pairs_within = [&](const Chain& c, const std::string& pattern, float factor) {
    for (size_t a = 0; a < c.size(); ++a) {
      for (size_t b = a + 1; b < c.size(); ++b) {
        Emit(relation, c[a], c[b], k0, k1, confidence * factor, pattern);
      }
    }
  };
  auto cross = [&](const Chain& subjects, const Chain& objects, const std::string& pattern,
                   float factor) {
    for (int32_t s : subjects) {
      for (int32_t o : objects) Emit(relation, s, o, k0, k1, confidence * factor, pattern);
    }
  };
  const bool verb = verb_;
  const Chain* before = ChainBefore(k0);
  if (before && mentions_[before->back()].token_end + 6 < k0)
    before = nullptr;  // too far to be the subject
  const Chain* after = ChainAfter(k1, 1);

  // «بين X وY»: every pair.
  if (uint32_t between = Find(U"بين", k1, k1 + 4); between != kNotFound) {
    if (const Chain* c = ChainAfter(between + 1, 2); c && c->size() >= 2) {
      pairs_within(*c, name + ":between", 1.0f);
      return;
    }
  }
  // «X … مع Y», «انضم X إلى Y»: the objects follow the preposition; the
  // subject is between verb and preposition (VSO), before the trigger
  // (SVO), or the genitive of a verbal noun («اجتماع X مع Y»).
  uint32_t with = TriggerEndsWithPreposition(k1) ? k1 - 1 : Find(U"مع", k1, k1 + 12);
  if (with != kNotFound) {
    const Chain* objects = ChainAfter(with + 1, 2);
    const Chain* subjects = nullptr;
    const Chain* inner = ChainAfter(k1, 3);
    if (inner && mentions_[inner->front()].token_begin < with) subjects = inner;
    if (!subjects) subjects = before;
    if (objects && subjects) {
      cross(*subjects, *objects, name + ":with", 1.0f);
      return;
    }
  }
  if (verb) {
    // «التقى كيهارا أوستن», «اليابان تلتقي الصين», «اجتمع الزعيمان».
    const Chain* subject = before ? before : after;
    const Chain* object = nullptr;
    if (subject) object = ChainAfter(mentions_[subject->back()].token_end, 3);
    if (subject == before && after) object = after;
    if (subject && object && object != subject) {
      cross(*subject, *object, name + ":svo", 0.8f);
    } else if (subject && subject->size() >= 2) {
      pairs_within(*subject, name + ":subject", 0.8f);
    }
    return;
  }
  // Verbal noun with a coordinated genitive: «تحالف اليابان–الولايات المتحدة».
  if (after && after->size() >= 2) {
    pairs_within(*after, name + ":genitive", 0.9f);
    return;
  }
  // A coordinated subject before: «اليابان والولايات المتحدة تؤكدان تحالفهما».
  if (before && before->size() >= 2) {
    pairs_within(*before, name + ":subject", 0.8f);
    return;
  }
  // «اليابان حليف للولايات المتحدة»: subject before, object after.
  if (before && after)
    Emit(relation, before->back(), after->front(), k0, k1, confidence * 0.7f, name + ":svo");
}

void SentenceExtractor::Threat(uint32_t k0, uint32_t k1, int relation, float confidence) {
  std::vector<int32_t> sources;
  std::vector<int32_t> targets;
  std::string pattern = "threat";
  const bool verb = verb_;
  const Chain* after = ChainAfter(k1, 2);
  const Chain* before = ChainBefore(k0);
  if (!verb && after) {
    // «تهديد الصين», «التهديد الصيني», «التحديات الصينية والكورية الشمالية»
    sources = *after;
    pattern += ":genitive";
  } else if (uint32_t from = Find(U"من", k1, k1 + 4);
             !verb && from != kNotFound && ChainAfter(from + 1, 1)) {
    sources = *ChainAfter(from + 1, 1);  // «تهديدات متزايدة من روسيا والصين»
    pattern += ":from";
  } else if (verb && before && mentions_[before->back()].token_end + 3 >= k0) {
    sources = *before;  // SVO
    if (after) targets = *after;
    pattern += ":svo";
  } else if (verb && after) {
    sources = {after->front()};  // VSO: the first participant after the verb
    if (after->size() > 1) {
      targets.assign(after->begin() + 1, after->end());
    } else if (const Chain* object = ChainAfter(mentions_[after->back()].token_end, 3)) {
      targets = *object;
    }
    pattern += ":vso";
  }
  sources.erase(std::remove_if(sources.begin(), sources.end(),
                               [&](int32_t m) { return mentions_[m].type == EntityType::kPlace; }),
                sources.end());
  if (sources.empty()) return;
  if (targets.empty()) {
    // Who is threatened is left to context: the sentence's other countries
    // and organisations («في ظل تهديد الصين المتزايد» in a sentence about
    // Japan and the United States).
    for (int32_t p : participants_) {
      const Mention& m = mentions_[p];
      bool party = m.type == EntityType::kCountry || m.type == EntityType::kOrganization;
      if (party && std::find(sources.begin(), sources.end(), p) == sources.end())
        targets.push_back(p);
    }
    pattern += ":parties";
    confidence *= 0.8f;
  }
  for (int32_t s : sources) {
    for (int32_t t : targets) Emit(relation, s, t, k0, k1, confidence, pattern);
  }
}

void SentenceExtractor::Visit(uint32_t k0, uint32_t k1, int relation, float confidence) {
  std::u32string_view word = doc_.Fold(doc_.tokens[k0]);
  // «زيارته», «وصوله», «جولته»: the visitor is the pronoun's, the sentence's person.
  const bool verb = verb_;
  const bool possessive = !verb && StripEnclitic(word).size() < word.size();
  int32_t person = -1;
  int32_t nearest_before = -1, right_after = -1, anywhere = -1;
  for (int32_t p : participants_) {
    const Mention& m = mentions_[p];
    if (m.type != EntityType::kPerson) continue;
    if (m.token_end <= k0 && m.token_end + 6 >= k0) nearest_before = p;
    if (m.token_begin >= k1 && m.token_begin <= k1 + 3 && right_after < 0) right_after = p;
    if (anywhere < 0) anywhere = p;
  }
  if (possessive) {
    person = nearest_before >= 0 ? nearest_before : (right_after >= 0 ? right_after : anywhere);
  } else if (verb) {
    person = nearest_before >= 0 ? nearest_before : right_after;
  } else {
    person =
        right_after >= 0 ? right_after : nearest_before;  // «زيارة مايك بومبيو … إلى بيونغيانغ»
  }
  if (person < 0) return;
  for (int32_t p : participants_) {
    const Mention& m = mentions_[p];
    if ((m.type != EntityType::kPlace && m.type != EntityType::kCountry) || m.token_begin < k1)
      continue;
    if (m.token_begin > k1 + 10) break;
    // «إلى طوكيو», «لليابان», «في اليابان», or a visit verb's object.
    std::u32string_view previous =
        m.token_begin > 0 ? doc_.Fold(doc_.tokens[m.token_begin - 1]) : U"";
    bool marked =
        m.start > doc_.tokens[m.token_begin].start || previous == U"الي" || previous == U"في";
    if (marked || verb) {
      Emit(relation, person, p, k0, k1, confidence, possessive ? "visit:possessive" : "visit");
      return;
    }
  }
}

void SentenceExtractor::Signing(uint32_t k0, uint32_t k1, int relation, float confidence) {
  std::vector<int32_t> agreements, parties;
  for (int32_t p : participants_) {
    const Mention& m = mentions_[p];
    if (m.type == EntityType::kAgreement) {
      agreements.push_back(p);
    } else if (m.type == EntityType::kCountry || m.type == EntityType::kOrganization) {
      parties.push_back(p);
    }
  }
  if (agreements.empty()) return;
  const Chain* before = ChainBefore(k0);
  const Chain* after = ChainAfter(k1, 2);
  std::vector<int32_t> signers;
  if (before) signers = *before;
  if (after && mentions_[after->front()].type != EntityType::kAgreement) {
    signers.insert(signers.end(), after->begin(), after->end());
  }
  if (signers.empty()) signers = parties;
  for (int32_t a : agreements) {
    for (int32_t s : signers) Emit(relation, s, a, k0, k1, confidence, "signing");
  }
}

void SentenceExtractor::Location(uint32_t k0, uint32_t k1, int relation, float confidence) {
  // «جزر نانسي التي تضم أوكيناوا»: what follows is in what precedes.
  std::u32string_view f = doc_.Fold(doc_.tokens[k0]);
  bool contains = f.find(U"ضم") != std::u32string_view::npos;
  const Chain* before = ChainBefore(k0);
  const Chain* after = ChainAfter(k1, 3);
  if (!before || !after) return;
  if (contains) {
    for (int32_t inner : *after)
      Emit(relation, inner, before->back(), k0, k1, confidence, "location:contains");
  } else {
    for (int32_t inner : *before)
      Emit(relation, inner, after->front(), k0, k1, confidence, "location:in");
  }
}

}  // namespace kg
