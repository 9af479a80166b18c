// The context pass: names the lexicon and titles missed. A speech verb
// before a name («وقال كاميكاوا»), a cue noun that types what follows
// («مدينة الحديدة», «حزب العمال الكوريين»), and finally runs of words the
// Arabic dictionary does not know — transliterated names — typed by the
// preposition before them.
#include "kg/normalize.h"
#include "mentions_internal.h"

namespace kg {
namespace {

bool StartsWithArticle(std::u32string_view f) { return f.size() > 2 && f.substr(0, 2) == U"ال"; }

}  // namespace

void MentionFinder::ContextPass(uint32_t sentence) {
  const Sentence& s = doc_.sentences[sentence];
  std::vector<PhraseTable::Match> cues;
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    if (owner_[t] >= 0 || !IsWord(t)) continue;
    std::u32string_view f = doc_.Fold(doc_.tokens[t]);

    // Speech verb + name.
    std::u32string_view verb = f;
    if (verb.size() > 3 && (verb[0] == U'و' || verb[0] == U'ف')) verb.remove_prefix(1);
    if (rules_.speech_verbs.count(std::u32string(verb)) && t + 1 < s.token_end) {
      uint32_t e = NameEnd(sentence, t + 1, false);
      bool unknown = e > t + 1;
      for (uint32_t k = t + 1; k < e && unknown; ++k) unknown = !Knows(k) || IsPunct(k, U'-');
      if (unknown) {
        AddPerson(sentence, t + 1, e, MentionKind::kContextName, -1, "", -1, false, 0.7f);
        t = e - 1;
        continue;
      }
    }

    // Cue noun + name.
    rules_.cue_table.MatchAt(doc_, t, s.token_end, &cues);
    if (!cues.empty()) {
      uint32_t e = CuePhrase(sentence, t, cues.front());
      if (e > t) {
        t = e - 1;
        continue;
      }
    }
    // A bare agreement head right after a signing verb: «ووقعوا مذكرة».
    if (SignedAgreementAt(sentence, t)) continue;

    // A run of words the dictionary does not know.
    if (Knows(t) || StartsWithArticle(f) || f.size() < 3) continue;
    uint32_t e = t;
    while (e < s.token_end && owner_[e] < 0 && IsWord(e) && !Knows(e) &&
           !rules_.IsStopWord(doc_.Fold(doc_.tokens[e])) && e - t < 4) {
      ++e;
      if (e + 1 < s.token_end && IsPunct(e, U'-') && IsWord(e + 1) && !Knows(e + 1)) ++e;
    }
    if (e == t) continue;
    bool located = false;
    if (t > s.token_begin) {
      std::u32string before(doc_.Fold(doc_.tokens[t - 1]));
      located = rules_.location_preps.count(before) > 0;
    }
    if (e - t >= 2 && !located) {
      AddPerson(sentence, t, e, MentionKind::kContextName, -1, "", -1, false, 0.5f);
    } else if (located) {
      Mention m;
      m.token_begin = t;
      m.token_end = e;
      m.start = doc_.tokens[t].start;
      m.sentence = sentence;
      m.type = EntityType::kPlace;
      m.kind = MentionKind::kContextName;
      m.name = ToUtf8(doc_.Surface(m.start, doc_.tokens[e - 1].end));
      m.confidence = 0.5f;
      Add(std::move(m));
    }
    t = e - 1;
  }
}

// «البلدين», «الجانبين», «الدول الثلاث»: the countries named last before
// them; the resolve stage finds which.
void MentionFinder::ReferencePass(uint32_t sentence) {
  const Sentence& s = doc_.sentences[sentence];
  std::vector<PhraseTable::Match> m;
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    if (owner_[t] >= 0) continue;
    rules_.references.MatchAt(doc_, t, s.token_end, &m);
    if (m.empty()) continue;
    Mention reference;
    reference.token_begin = t;
    reference.token_end = m.front().token_end;
    reference.start = SurfaceStart(t, m.front().reading);
    reference.sentence = sentence;
    reference.type = EntityType::kCountry;
    reference.kind = MentionKind::kReference;
    reference.referents = static_cast<uint8_t>(m.front().payload);
    reference.confidence = 0.6f;
    t = reference.token_end - 1;
    Add(std::move(reference));
  }
}

uint32_t MentionFinder::CuePhrase(uint32_t sentence, uint32_t t, const PhraseTable::Match& cue) {
  const Sentence& s = doc_.sentences[sentence];
  const TypeCue& type = rules_.cues[cue.payload];
  const uint32_t n = cue.token_end;
  uint32_t e = n;
  bool accept = false;
  if (type.type == EntityType::kAgreement) {
    // «اتفاقية دفاعية», «معاهدة الدفاع المشترك», «القرار 2216»: a topic (or a
    // number) must follow, or the head is any agreement at all.
    std::vector<PhraseTable::Match> topic;
    for (uint32_t k = n; k < std::min(n + 2, s.token_end) && !accept; ++k) {
      if (type.needs_number && doc_.tokens[k].kind == TokenKind::kNumber) accept = true;
      type.required_words.MatchAt(doc_, k, k + 1, &topic);
      if (!topic.empty()) accept = true;
    }
    if (!accept) return t;
    while (e < s.token_end && e - n < 5) {
      std::u32string_view w = doc_.Fold(doc_.tokens[e]);
      bool number = doc_.tokens[e].kind == TokenKind::kNumber;
      if ((!IsWord(e) && !number) || rules_.IsStopWord(w)) break;
      const Mention* owner = OwnerOf(e);
      if (owner && owner->token_begin == e) {
        e = owner->token_end;  // «… الأمريكية» nested
      } else {
        ++e;
      }
    }
  } else {
    bool unknown = false;
    while (e < s.token_end && e - n < 3 && IsWord(e)) {
      std::u32string_view w = doc_.Fold(doc_.tokens[e]);
      const Mention* owner = OwnerOf(e);
      bool nested =
          owner && (owner->type == EntityType::kCountry || owner->kind == MentionKind::kNisba);
      if (rules_.IsStopWord(w) || IsModifier(e) || (owner && !nested)) break;
      // After the first word only another unknown word (or a country inside
      // an organisation's name) continues it: «مدينة أرغاستان الساحلية».
      if (e > n && Knows(e) && !nested && (!type.include || !StartsWithArticle(w))) break;
      if (!Knows(e)) unknown = true;
      if (e == n && !StartsWithArticle(w) && Knows(e)) break;  // «مدينة كبيرة»
      e = nested ? owner->token_end : e + 1;
    }
    accept = e > n && (unknown || (type.include && OwnerOf(e - 1)));
  }
  if (!accept || e == n) return t;
  Mention m;
  m.token_begin = type.include ? t : n;
  m.token_end = e;
  m.start = type.include ? SurfaceStart(t, cue.reading) : doc_.tokens[n].start;
  m.sentence = sentence;
  m.type = type.type;
  m.kind = MentionKind::kContextName;
  m.name = ToUtf8(doc_.Surface(m.start, doc_.tokens[e - 1].end));
  m.confidence = 0.6f;
  std::vector<int32_t> saved(owner_.begin() + m.token_begin, owner_.begin() + e);
  const uint32_t begin = m.token_begin;
  Add(std::move(m));
  // Nested countries keep their own mention.
  for (uint32_t k = 0; k < saved.size(); ++k) {
    if (saved[k] >= 0) owner_[begin + k] = saved[k];
  }
  return e;
}

bool MentionFinder::SignedAgreementAt(uint32_t sentence, uint32_t t) {
  const Sentence& s = doc_.sentences[sentence];
  std::vector<PhraseTable::Match> m;
  rules_.agreement_heads.MatchAt(doc_, t, t + 1, &m);
  if (m.empty()) return false;
  bool signed_before = false;
  for (uint32_t k = t > s.token_begin + 3 ? t - 3 : s.token_begin; k < t && !signed_before; ++k) {
    rules_.signing_verbs.MatchAt(doc_, k, k + 1, &m);
    signed_before = !m.empty();
  }
  if (!signed_before) return false;
  Mention agreement;
  agreement.token_begin = t;
  agreement.token_end = t + 1;
  agreement.start = doc_.tokens[t].start;
  agreement.sentence = sentence;
  agreement.type = EntityType::kAgreement;
  agreement.kind = MentionKind::kContextName;
  agreement.name = ToUtf8(doc_.Surface(agreement.start, doc_.tokens[t].end));
  agreement.confidence = 0.6f;
  Add(std::move(agreement));
  return true;
}

}  // namespace kg
