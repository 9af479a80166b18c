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
      bool unknown = false;  // a given name alone («قال محمد») is too little
      for (uint32_t k = t + 1; k < e; ++k) unknown |= IsWord(k) && !Knows(k);
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

    // Runs of words the dictionary does not know, coordinated by و
    // («إنغولشتات وأوغسبورغ»): places after a location preposition, people
    // when a run has two words or more.
    if (Knows(t) || StartsWithArticle(f) || f.size() < 3 || IsGluedToKnownWord(t) ||
        IsLowercaseLatin(t)) {
      continue;
    }
    std::vector<std::pair<uint32_t, uint32_t>> runs;
    uint32_t e = t;
    while (e < s.token_end) {
      const uint32_t begin = e;
      while (e < s.token_end && owner_[e] < 0 && IsWord(e) && !Knows(e) && !IsLatinAcronym(e) &&
             !rules_.IsStopWord(doc_.Fold(doc_.tokens[e])) && e - begin < 4) {
        if (e > begin && doc_.Fold(doc_.tokens[e])[0] == U'و') break;  // the next name
        ++e;
        if (e + 1 < s.token_end && IsPunct(e, U'-') && IsWord(e + 1) && !Knows(e + 1)) ++e;
      }
      if (e == begin) break;
      if (e - begin == 4) {
        // Four unknown words in a row are two names («أغوب باقرادونيان هاغوب
        // ترزيان»); a name of four words has a particle (بن، أبو).
        runs.emplace_back(begin, begin + 2);
        runs.emplace_back(begin + 2, e);
      } else {
        runs.emplace_back(begin, e);
      }
      if (e >= s.token_end || doc_.Fold(doc_.tokens[e])[0] != U'و' || Knows(e)) break;
    }
    if (runs.empty()) continue;
    // «في/إلى/قرب X» puts X on the map («من X» does not: من ترامب).
    bool located = false;
    if (t > s.token_begin) {
      std::u32string_view before = doc_.Fold(doc_.tokens[t - 1]);
      located = before == U"في" || before == U"الي" || before == U"قرب" || before == U"نحو" ||
                before == U"داخل" || before == U"بالقرب";
    }
    // «… ضاهر وهاغوب ترزيان», «طوني فرنجيه واسطفان الدويهي»: inside a
    // sentence, a leading و on an unknown word with a long stem is the
    // conjunction (short stems are names: وانغ، ويلز).
    const bool after_name = t > s.token_begin && f[0] == U'و' && f.size() >= 5;
    for (size_t r = 0; r < runs.size(); ++r) {
      auto [begin, end] = runs[r];
      const bool conjunction =
          (r > 0 && doc_.Fold(doc_.tokens[begin])[0] == U'و') || (r == 0 && after_name);
      // A single unknown word ending in the plural «ات» is a common noun
      // (سرطانات), not a place.
      std::u32string_view last = doc_.Fold(doc_.tokens[end - 1]);
      if (end - begin == 1 && last.size() > 3 && last.substr(last.size() - 2) == U"ات") continue;
      if (located) {
        Mention m;
        m.token_begin = begin;
        m.token_end = end;
        m.start =
            SurfaceStart(begin, CliticReading{static_cast<uint8_t>(conjunction ? 1 : 0), false});
        m.sentence = sentence;
        m.type = EntityType::kPlace;
        m.kind = MentionKind::kContextName;
        m.name = ToUtf8(doc_.Surface(m.start, doc_.tokens[end - 1].end));
        m.confidence = 0.5f;
        Add(std::move(m));
      } else if (end - begin >= 2) {
        AddPerson(sentence, begin, end, MentionKind::kContextName, -1, "", -1, conjunction, 0.5f);
      }
    }
    t = runs.back().second - 1;
  }
}

// «CIA», «لـCIA»: an acronym or a word mixing scripts is not part of a
// person's name.
bool MentionFinder::IsLatinAcronym(uint32_t t) const {
  std::u32string_view surface = doc_.Surface(doc_.tokens[t].start, doc_.tokens[t].end);
  bool latin = false, lower = false, arabic = false;
  for (char32_t c : surface) {
    latin |= (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
    lower |= c >= U'a' && c <= U'z';
    arabic |= IsArabicLetter(c);
  }
  return latin && (arabic || (!lower && surface.size() > 1));
}

// Latin-script words in Arabic text are names when capitalised («Rutte»);
// a lowercase run («tea party») is a quotation.
bool MentionFinder::IsLowercaseLatin(uint32_t t) const {
  std::u32string_view surface = doc_.Surface(doc_.tokens[t].start, doc_.tokens[t].end);
  return !surface.empty() && surface[0] >= U'a' && surface[0] <= U'z';
}

// «مالدكتور», «لاتوجد»: a function word written together with a word the
// dictionary knows is not a name.
bool MentionFinder::IsGluedToKnownWord(uint32_t t) const {
  static constexpr std::u32string_view kGlued[] = {U"ما", U"لا", U"من", U"في",
                                                   U"عن", U"لم", U"قد", U"ان"};
  std::u32string_view surface = doc_.Surface(doc_.tokens[t].start, doc_.tokens[t].end);
  std::u32string_view folded = doc_.Fold(doc_.tokens[t]);
  for (std::u32string_view prefix : kGlued) {
    if (folded.size() > prefix.size() + 2 && folded.substr(0, prefix.size()) == prefix &&
        rules_.dictionary->Knows(surface.substr(prefix.size()))) {
      return true;
    }
  }
  return false;
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
    // The name runs over its topic and adjectives («معاهدة الدفاع المشترك»,
    // «اتفاقية دفاعية»), a number, or a country inside it — not over a verb
    // or a new noun phrase («بيان مشترك أصدره مكتب …»).
    while (e < s.token_end && e - n < 4) {
      std::u32string_view w = doc_.Fold(doc_.tokens[e]);
      const bool number = doc_.tokens[e].kind == TokenKind::kNumber;
      if ((!IsWord(e) && !number) || rules_.IsStopWord(w)) break;
      const Mention* owner = OwnerOf(e);
      if (owner && owner->token_begin == e) {
        e = owner->token_end;  // «… الأمريكية» nested
        continue;
      }
      type.required_words.MatchAt(doc_, e, e + 1, &topic);
      if (!number && topic.empty() && !StartsWithArticle(w) && e > n) break;
      ++e;
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
      // an organisation's name) continues it: «مدينة أرغاستان الساحلية»; a
      // bare unknown word after a definite one starts something else («مجلس
      // الولاية عبدالصمد»).
      if (e > n && Knows(e) && !nested && (!type.include || !StartsWithArticle(w))) break;
      if (e > n && !Knows(e) && !StartsWithArticle(w) &&
          StartsWithArticle(doc_.Fold(doc_.tokens[e - 1]))) {
        break;
      }
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
  // «ووقعوا مذكرة» introduces an agreement; «توقيع الاتفاق» refers back to
  // one named before, and is not a name.
  if (m.empty() || StartsWithArticle(ApplyReading(doc_.Fold(doc_.tokens[t]), m.front().reading))) {
    return false;
  }
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
