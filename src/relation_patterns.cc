// The argument patterns of the trigger words. Arabic news sentences are
// verb-initial (VSO: «التقى كيهارا مع أوستن») or noun-initial (SVO:
// «اليابان والولايات المتحدة تؤكدان …»), and relations are often stated by
// verbal nouns with genitives («اجتماع وزير الدفاع الياباني … مع نظيره
// الأمريكي …», «تهديد الصين»). Each pattern looks for the subject before the
// trigger or right after it, and for the object after «مع», «بين», «لـ»,
// «إلى», «من» or directly after the verb.
#include <algorithm>

#include "kg/normalize.h"
#include "kg/resolve.h"
#include "relations_internal.h"

namespace kg {
namespace {

bool IsLocativePreposition(std::u32string_view f) { return f == U"في" || f == U"من"; }

}  // namespace

void SentenceExtractor::Trigger(const PhraseTable::Match& match) {
  const auto& trigger = rules_.triggers[match.payload];
  const uint32_t k0 = match.token_begin, k1 = match.token_end;
  verb_ = trigger.verb;
  object_preposition_ = trigger.object_preposition;
  switch (trigger.pattern) {
    case Pattern::kMeeting:
      Meeting(k0, k1, trigger.relation, trigger.confidence, "meeting");
      break;
    case Pattern::kAlliance:
      Meeting(k0, k1, trigger.relation, trigger.confidence, "alliance");
      break;
    case Pattern::kCooperation:
      Meeting(k0, k1, trigger.relation, trigger.confidence, "cooperation");
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

// Meetings, alliances and cooperation: symmetric relations between parties.
void SentenceExtractor::Meeting(uint32_t k0, uint32_t k1, int relation, float confidence,
                                const std::string& name) {
  const size_t emitted = out_.size();
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
  const Chain* before = ChainBefore(k0, kPartyTypes);
  // The subject before a verb is near and not behind a preposition; before a
  // verbal noun it is the subject of a light verb right there («أجرى بلينكن
  // يوم السبت محادثات»). After a relative pronoun («… التي تلتقي …») the
  // noun before is the antecedent, not the subject.
  if (before && (WordsBetween(mentions_[before->back()].token_end, k0) > (verb ? 6u : 2u) ||
                 InPrepositionalPhrase(before->front()) || AfterRelativePronoun(k0))) {
    before = nullptr;
  }
  const Chain* after = ChainAfter(k1, 1, kPartyTypes);

  // «بين X وY»: every pair; «محادثات ثلاثية بينهما»: every pair named before.
  if (uint32_t between = Find(U"بين", k1, k1 + 4); between != kNotFound) {
    if (const Chain* c = ChainAfter(between + 1, 3, kPartyTypes); c && c->size() >= 2) {
      pairs_within(*c, name + ":between", 1.0f);
      return;
    }
  }
  for (std::u32string_view them : {U"بينهما", U"بينهم", U"بينها"}) {
    if (Find(them, k1, k1 + 4) == kNotFound) continue;
    // Those named before: the people when there are several, else the parties.
    Chain named, people;
    for (int32_t p : participants_) {
      if (mentions_[p].token_end > k0 || !(kPartyTypes & TypeBit(mentions_[p].type))) continue;
      named.push_back(p);
      if (mentions_[p].type == EntityType::kPerson) people.push_back(p);
    }
    pairs_within(people.size() >= 2 ? people : named, name + ":among", 0.9f);
    return;
  }

  // «X … مع Y», «انضم X إلى Y», «بإسناد من Y»: the objects follow the
  // preposition; the subject is between verb and preposition (VSO), before
  // the trigger (SVO), or the genitive of a verbal noun («اجتماع X مع Y»). A
  // verbal noun takes «مع» close to it — or after a relative clause on it
  // («المحادثات التي عقدت في الدوحة مع …»); a verb, after its subject.
  uint32_t with = kNotFound;
  if (TriggerEndsWithPreposition(k1)) {
    with = k1 - 1;
  } else {
    with = Find(object_preposition_.empty() ? std::u32string_view(U"مع") : object_preposition_, k1,
                k1 + 12);
    // A verbal noun's «مع» is in its own clause: not past a comma.
    if (with != kNotFound && !verb && Find(U"،", k1, with) != kNotFound) with = kNotFound;
    if (with != kNotFound && !verb) {
      const bool relative =
          Find(U"التي", k1, k1 + 2) != kNotFound || Find(U"الذي", k1, k1 + 2) != kNotFound;
      if (WordsBetween(k1, with) > (relative ? 6u : 3u)) with = kNotFound;
    }
  }
  if (with != kNotFound) {
    const Chain* objects = ChainAfter(with + 1, 2, kPartyTypes);
    const Chain* subjects = nullptr;
    const Chain* inner = ChainAfter(k1, 3, kPartyTypes);
    if (inner && mentions_[inner->front()].token_begin < with) subjects = inner;
    if (!subjects) subjects = before;
    if (objects && subjects) {
      // «مع وزير الدفاع لويد أوستن ونظيريهما … كاميكاوا وكيهارا»: the
      // counterparts are the other side; the rest are on the subject's.
      auto split = std::find_if(objects->begin(), objects->end(),
                                [&](int32_t m) { return mentions_[m].counterpart; });
      if (split != objects->begin() && split != objects->end()) {
        Chain side = *subjects;
        side.insert(side.end(), objects->begin(), split);
        cross(side, Chain(split, objects->end()), name + ":counterparts", 1.0f);
      } else {
        cross(*subjects, *objects, name + ":with", 1.0f);
        // «الجيش اليمني والمقاومة الشعبية بإسناد من التحالف»: those acting
        // together with support also act with each other.
        if (name == "cooperation" && subjects->size() >= 2)
          pairs_within(*subjects, name + ":subject", 0.8f);
      }
      return;
    }
  }

  if (verb) {
    // «التقى كيهارا أوستن» (VSO) when two parties follow the verb, else
    // «اليابان تلتقي الصين» (SVO), «اجتمع الزعيمان»; a place after «في/من» is
    // where, not whom.
    auto object_after = [&](const Chain* c) -> const Chain* {
      if (!c) return nullptr;
      const Chain* o = ChainAfter(mentions_[c->back()].token_end, 3, kPartyTypes);
      if (o) {
        const uint32_t first = mentions_[o->front()].token_begin;
        if (first > 0 && IsLocativePreposition(doc_.Fold(doc_.tokens[first - 1]))) o = nullptr;
      }
      return o;
    };
    const Chain* subject = nullptr;
    const Chain* object = nullptr;
    const bool after_is_object = after && InPrepositionalPhrase(after->front());  // «التقى بستيفن»
    const bool adjacent_subject =
        before && WordsBetween(mentions_[before->back()].token_end, k0) == 0;
    if (after && !after_is_object && !adjacent_subject && object_after(after)) {
      subject = after;  // VSO
      object = object_after(after);
    } else if (before) {
      subject = before;  // SVO
      object = after;
    } else if (!after_is_object) {
      subject = after;
    }
    if (subject && object && object != subject) {
      cross(*subject, *object, name + ":svo", 0.8f);
    } else if (subject && subject->size() >= 2 &&
               (IsReciprocalVerb(k0) ||
                mentions_[subject->front()].kind == MentionKind::kReference)) {
      pairs_within(*subject, name + ":subject", 0.8f);
    }
  } else if (after && after->size() >= 2) {
    // Verbal noun with a coordinated genitive: «تحالف اليابان–الولايات المتحدة».
    pairs_within(*after, name + ":genitive", 0.9f);
  } else if (before && before->size() >= 2 &&
             std::any_of(before->begin(), before->end(),
                         [&](int32_t m) { return mentions_[m].kind != MentionKind::kNisba; })) {
    // A coordinated subject before: «اليابان والولايات المتحدة تؤكدان تحالفهما»
    // (nisbas there are adjectives of another noun: «التحديات الصينية والكورية»).
    pairs_within(*before, name + ":subject", 0.8f);
  } else if (name == "alliance" && before && after) {
    // A predicate or appositive noun: «اليابان حليف للولايات المتحدة»,
    // «روسيا، حليفة دمشق».
    Emit(relation, before->back(), after->front(), k0, k1, confidence * 0.7f, name + ":svo");
  }

  // «تحالفهما», «يتعاونان»: a dual with no named parties stands for the two
  // countries in view.
  if (out_.size() == emitted) {
    std::u32string_view word = doc_.Fold(doc_.tokens[k1 - 1]);
    const bool dual = word.size() > 4 && (word.substr(word.size() - 3) == U"هما" ||
                                          (verb && word.substr(word.size() - 2) == U"ان"));
    if (dual) {
      std::vector<int32_t> pair = CountriesInView(mentions_, doc_.tokens[k0].start, 2);
      if (pair.size() == 2) {
        EmitEntities(relation, pair[0], pair[1], k0, k1, confidence * 0.6f, name + ":dual");
      }
    }
  }
}

void SentenceExtractor::Threat(uint32_t k0, uint32_t k1, int relation, float confidence) {
  std::vector<int32_t> sources;
  std::vector<int32_t> targets;
  std::string pattern = "threat";
  const bool verb = verb_;
  const Chain* after = ChainAfter(k1, 0, kPartyTypes);
  const Chain* before = ChainBefore(k0, kPartyTypes);
  if (before && (InPrepositionalPhrase(before->front()) || AfterRelativePronoun(k0)))
    before = nullptr;
  std::u32string_view word = doc_.Fold(doc_.tokens[k0]);
  if (word.size() > 3 && (word[0] == U'و' || word[0] == U'ف')) word.remove_prefix(1);
  if (!verb) {
    // A definite noun takes a nisba adjective («التهديد الصيني»), an
    // indefinite one its genitive («تهديد الصين», «تهديدات كوريا
    // الشمالية»); «تهديدات متزايدة من روسيا» names the source after «من».
    const bool definite = word.substr(0, 2) == U"ال" || word.substr(0, 2) == U"لل";
    if (after && (!definite || mentions_[after->front()].kind == MentionKind::kNisba)) {
      sources = *after;
      pattern += ":genitive";
    } else if (uint32_t from = Find(U"من", k1, k1 + 3); from != kNotFound) {
      if (const Chain* c = ChainAfter(from + 1, 0, kPartyTypes)) {
        sources = *c;
        pattern += ":from";
      }
    }
    // «الولايات المتحدة تسعى لتطويقها وتهديد مصالحها»: the noun's agent is
    // the subject of the verb it completes.
    if (sources.empty() && before && WordsBetween(mentions_[before->back()].token_end, k0) <= 2) {
      sources = *before;
      pattern += ":agent";
    }
  } else {
    // VSO when the verb is followed by its subject and object («اتهمت واشنطن
    // بكين»), SVO when the subject stands right before it («ترامب يهاجم …»)
    // or the verb carries its object as a pronoun («تتهمها الولايات المتحدة»).
    const bool object_pronoun = StripEnclitic(word).size() < word.size();
    const bool adjacent_subject =
        before && WordsBetween(mentions_[before->back()].token_end, k0) == 0;
    const Chain* object = after ? ChainAfter(mentions_[after->back()].token_end, 1) : nullptr;
    if (after && !adjacent_subject && !object_pronoun && (after->size() > 1 || object)) {
      sources = {after->front()};
      if (after->size() > 1) {
        targets.assign(after->begin() + 1, after->end());
      } else {
        targets = *object;
      }
      pattern += ":vso";
    } else if (after && object_pronoun) {
      sources = *after;
      pattern += ":vso";
    } else if (before && WordsBetween(mentions_[before->back()].token_end, k0) <= 3) {
      sources = *before;
      if (after) targets = *after;
      pattern += ":svo";
    }
  }
  if (sources.empty()) return;
  // A verb names what it threatens («لتهدد الملاحة الدولية»); without a
  // party there, there is no edge.
  if (targets.empty() && verb) return;
  if (targets.empty()) {
    // Who is threatened is left to context: the parties the clause is about
    // before the threat («محادثات بين الولايات المتحدة واليابان … في ظل
    // تهديد الصين المتزايد»); the clause starts after the last comma.
    uint32_t clause = k0;
    while (clause > sentence_.token_begin && doc_.Fold(doc_.tokens[clause - 1]) != U"،" &&
           doc_.Fold(doc_.tokens[clause - 1]) != U",") {
      --clause;
    }
    for (int32_t p : participants_) {
      const Mention& m = mentions_[p];
      bool party = m.type == EntityType::kCountry || m.type == EntityType::kOrganization;
      if (party && m.token_begin >= clause && m.token_end <= k0 &&
          std::find(sources.begin(), sources.end(), p) == sources.end()) {
        targets.push_back(p);
      }
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
  const bool verb = verb_;
  // «زيارته», «وصوله», «جولته»: the visitor is the pronoun's, the sentence's person.
  const bool possessive = !verb && StripEnclitic(word).size() < word.size();
  int32_t nearest_before = -1, right_after = -1, anywhere = -1;
  for (int32_t p : participants_) {
    const Mention& m = mentions_[p];
    if (m.type != EntityType::kPerson) continue;
    if (m.token_end <= k0 && WordsBetween(m.token_end, k0) <= 6) nearest_before = p;
    if (PhraseBegin(p) >= k1 && WordsBetween(k1, PhraseBegin(p)) <= 1 && right_after < 0)
      right_after = p;
    if (anywhere < 0) anywhere = p;
  }
  int32_t person = -1;
  if (possessive) {
    person = nearest_before >= 0 ? nearest_before : (right_after >= 0 ? right_after : anywhere);
  } else if (verb) {
    person = nearest_before >= 0 ? nearest_before : right_after;
  } else {
    // «زيارة مايك بومبيو … إلى بيونغيانغ», or the subject of a light verb
    // just before («أجرى X زيارة»).
    if (nearest_before >= 0 && WordsBetween(mentions_[nearest_before].token_end, k0) > 3) {
      nearest_before = -1;
    }
    person = right_after >= 0 ? right_after : nearest_before;
  }
  if (person < 0) return;
  const std::string pattern = possessive ? "visit:possessive" : "visit";
  // The destination follows the trigger (or the visitor named right after
  // it) closely; a verb's object needs no preposition.
  const uint32_t from = person == right_after ? mentions_[person].token_end : k1;
  for (int32_t p : participants_) {
    const Mention& m = mentions_[p];
    if (!(kPlaceTypes & TypeBit(m.type)) || m.token_begin < from) continue;
    if (WordsBetween(from, m.token_begin) > 4) break;
    if (IsDestination(m) || verb) {
      Emit(relation, person, p, k0, k1, confidence, pattern);
      return;
    }
  }
  // «شين وون سيك في طوكيو …، في زيارة»: the place named between visitor and visit.
  for (int32_t p : participants_) {
    const Mention& m = mentions_[p];
    if (!(kPlaceTypes & TypeBit(m.type)) || m.token_begin < mentions_[person].token_end ||
        m.token_end > k0) {
      continue;
    }
    if (doc_.Fold(doc_.tokens[m.token_begin - 1]) == U"في") {
      Emit(relation, person, p, k0, k1, confidence * 0.8f, pattern + ":before");
      return;
    }
  }
}

void SentenceExtractor::Signing(uint32_t k0, uint32_t k1, int relation, float confidence) {
  std::vector<int32_t> agreements, parties;
  for (int32_t p : participants_) {
    (mentions_[p].type == EntityType::kAgreement ? agreements : parties).push_back(p);
  }
  if (agreements.empty()) return;
  const Chain* before = ChainBefore(k0, kPartyTypes);
  const Chain* after = ChainAfter(k1, 2, kPartyTypes);
  std::vector<int32_t> signers;
  if (before) signers = *before;
  if (after) signers.insert(signers.end(), after->begin(), after->end());
  if (signers.empty()) signers = parties;
  for (int32_t a : agreements) {
    for (int32_t s : signers) {
      EmitEntities(relation, PartyOf(s), mentions_[a].entity, k0, k1,
                   confidence * mentions_[s].confidence, "signing");
    }
  }
}

void SentenceExtractor::Location(uint32_t k0, uint32_t k1, int relation, float confidence) {
  // «جزر نانسي التي تضم أوكيناوا»: what follows is in what precedes;
  // «X الواقعة في Y», «X التابعة لـ Y»: the other way.
  bool contains = false;
  for (uint32_t t = k0; t < k1; ++t) {
    contains |= doc_.Fold(doc_.tokens[t]).find(U"ضم") != std::u32string_view::npos;
  }
  const Chain* before = ChainBefore(k0, kPlaceTypes);
  const Chain* after = ChainAfter(k1, 3, kPlaceTypes);
  if (!before || !after) return;
  if (contains) {
    for (int32_t inner : *after) {
      Emit(relation, inner, before->back(), k0, k1, confidence, "location:contains");
    }
  } else {
    for (int32_t inner : *before) {
      Emit(relation, inner, after->front(), k0, k1, confidence, "location:in");
    }
  }
}

}  // namespace kg
