// Relations stated by the shape of a phrase rather than a trigger word:
// a role title (affiliated-with), a place named inside another («ميناء
// الحديدة»), a place followed by where it is («معبر العيس في جنوب حلب»,
// «العاصمة اليمنية صنعاء»), and an agreement followed by its parties
// («اتفاقية الدفاع مع اليابان», «اتفاق … بين روسيا وتركيا»).
#include <algorithm>

#include "kg/normalize.h"
#include "relations_internal.h"

namespace kg {
namespace {

// Compass words between a place and the place it is in: «في شمال غرب سوريا».
bool IsDirection(std::u32string_view f) {
  static constexpr std::u32string_view kDirections[] = {
      U"شمال", U"جنوب", U"شرق",   U"غرب",   U"وسط", U"شمالي", U"جنوبي", U"شرقي",
      U"غربي", U"ريف",  U"اطراف", U"ضواحي", U"قلب", U"اقصي",  U"محيط"};
  return std::find(std::begin(kDirections), std::end(kDirections), f) != std::end(kDirections);
}

}  // namespace

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
    const size_t emitted = out_.size();
    EmitEntities(rules_.affiliated_with, m.entity, m.role_of_entity, k0, k1, confidence, pattern,
                 m.role_text);
    // A title states the role as a fact, whatever the rest of the sentence
    // plans or reports.
    if (out_.size() > emitted) out_.back().evidence.modality = Modality::kAsserted;
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
      if (inner.sentence != index_ || inner.type != EntityType::kPlace ||
          !(inner.start >= outer.start && inner.end <= outer.end &&
            inner.end - inner.start < outer.end - outer.start)) {
        continue;
      }
      Emit(rules_.located_in, static_cast<int32_t>(i), static_cast<int32_t>(j), outer.token_begin,
           outer.token_end, 0.7f, "location:nested");
    }
  }
}

// «معبر العيس في جنوب حلب», «بلدتي الفوعة وكفريا في شمال غرب سوريا»: places
// followed by «في», an optional compass phrase, and where they are.
// «العاصمة اليمنية صنعاء»: a capital introduced with its country's nisba.
void SentenceExtractor::PlacesIn() {
  if (rules_.located_in < 0) return;
  for (const Chain& chain : chains_) {
    const Mention& last = mentions_[chain.back()];
    if (mentions_[chain.front()].type != EntityType::kPlace) continue;
    uint32_t t = last.token_end;
    if (t >= sentence_.token_end || doc_.Fold(doc_.tokens[t]) != U"في") continue;
    const uint32_t after_in = ++t;
    while (t < sentence_.token_end && IsDirection(doc_.Fold(doc_.tokens[t]))) ++t;
    // The compass words may belong to the name («ريف إدلب»).
    const Chain* where = ChainAfter(after_in, t - after_in, kPlaceTypes);
    if (!where) continue;
    const int32_t container = where->front();
    for (int32_t inner : chain) {
      if (mentions_[inner].type != EntityType::kPlace) continue;
      Emit(rules_.located_in, inner, container, last.token_end, t, 0.65f, "location:in-phrase");
    }
  }
  for (int32_t p : participants_) {
    const Mention& capital = mentions_[p];
    if (capital.type != EntityType::kPlace || capital.token_begin < sentence_.token_begin + 2)
      continue;
    const uint32_t cue = capital.token_begin - 2;
    std::u32string_view word = doc_.Fold(doc_.tokens[cue]);
    if (word != U"العاصمه" && word != U"عاصمه") continue;
    for (size_t j = 0; j < mentions_.size(); ++j) {
      const Mention& nisba = mentions_[j];
      if (nisba.sentence == index_ && nisba.token_begin == cue + 1 &&
          nisba.type == EntityType::kCountry && nisba.kind == MentionKind::kNisba) {
        Emit(rules_.located_in, p, static_cast<int32_t>(j), cue, capital.token_end, 0.8f,
             "location:capital");
      }
    }
  }
}

// «اتفاقية الدفاع مع اليابان», «اتفاق وقف إطلاق النار الذي تم بين روسيا
// والفصائل»: the countries after an agreement's name are its parties.
void SentenceExtractor::AgreementParties() {
  const int relation = rules_.party_to;
  if (relation < 0) return;
  for (int32_t a : participants_) {
    const Mention& agreement = mentions_[a];
    if (agreement.type != EntityType::kAgreement || IsHypothetical(agreement.token_begin)) continue;
    const uint32_t k0 = agreement.token_begin, k1 = agreement.token_end;
    for (std::u32string_view preposition : {U"مع", U"بين"}) {
      // Directly, or after a relative clause («الذي تم بين», «الموقع بين»).
      uint32_t at = Find(preposition, k1, k1 + 4);
      if (at == kNotFound || (at > k1 + 1 && Find(U"الذي", k1, at) == kNotFound &&
                              Find(U"التي", k1, at) == kNotFound)) {
        continue;
      }
      if (const Chain* parties = ChainAfter(at + 1, 1, kPartyTypes)) {
        for (int32_t p : *parties) {
          EmitEntities(relation, PartyOf(p), agreement.entity, k0, at + 1,
                       0.7f * mentions_[p].confidence, "signing:agreement-with");
        }
      }
      break;
    }
  }
}

}  // namespace kg
