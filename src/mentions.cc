// FindMentions runs its passes sentence by sentence, most trusted first;
// a token taken by one pass is not reused by a later one, except that a
// role title or type cue may wrap mentions found before it.
#include "kg/mentions.h"

#include <algorithm>

#include "mention_rules.h"
#include "mentions_internal.h"

namespace kg {

std::string_view MentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kName:
      return "name";
    case MentionKind::kShortName:
      return "short-name";
    case MentionKind::kNisba:
      return "nisba";
    case MentionKind::kInstitution:
      return "institution";
    case MentionKind::kTitledName:
      return "titled-name";
    case MentionKind::kContextName:
      return "context-name";
    case MentionKind::kDescription:
      return "description";
    case MentionKind::kReference:
      return "reference";
  }
  return "name";
}

MentionFinder::MentionFinder(const Document& doc, const Lexicon& lexicon,
                             const MentionRules::Impl& rules)
    : doc_(doc), lexicon_(lexicon), rules_(rules), owner_(doc.tokens.size(), -1) {}

uint32_t MentionFinder::SurfaceStart(uint32_t token, CliticReading reading) const {
  const Token& t = doc_.tokens[token];
  if (reading.strip == 0) return t.start;
  // «لل»: the surface keeps the ل so it reads as written (لليابان).
  uint32_t folded = t.fold_start + reading.strip - (reading.restore_alef ? 1 : 0);
  return doc_.folded.source[folded];
}

int32_t MentionFinder::Add(Mention m) {
  m.start = std::max(m.start, doc_.tokens[m.token_begin].start);
  m.end = doc_.tokens[m.token_end - 1].end;
  auto index = static_cast<int32_t>(mentions_.size());
  for (uint32_t t = m.token_begin; t < m.token_end; ++t) {
    if (owner_[t] < 0) owner_[t] = index;
  }
  mentions_.push_back(std::move(m));
  dropped_.push_back(false);
  return index;
}

bool MentionFinder::Free(uint32_t begin, uint32_t end) const {
  for (uint32_t t = begin; t < end; ++t) {
    if (owner_[t] >= 0) return false;
  }
  return true;
}

bool MentionFinder::IsWord(uint32_t t) const { return doc_.tokens[t].kind == TokenKind::kWord; }

bool MentionFinder::IsPunct(uint32_t t, char32_t c) const {
  std::u32string_view f = doc_.Fold(doc_.tokens[t]);
  return f.size() == 1 && f[0] == c;
}

bool MentionFinder::Knows(uint32_t t) const {
  std::vector<PhraseTable::Match> common;
  rules_.common_words.MatchAt(doc_, t, t + 1, &common);
  return !common.empty() ||
         rules_.dictionary->Knows(doc_.Surface(doc_.tokens[t].start, doc_.tokens[t].end));
}

const Mention* MentionFinder::OwnerOf(uint32_t t) const {
  return owner_[t] < 0 ? nullptr : &mentions_[owner_[t]];
}

bool MentionFinder::HasFullNameOf(uint32_t entry) const {
  return std::any_of(mentions_.begin(), mentions_.end(), [&](const Mention& m) {
    return m.entry == static_cast<int32_t>(entry) && m.kind == MentionKind::kName;
  });
}

// Pass 1: lexicon names, nisba adjectives and institutions, longest first.
void MentionFinder::LexiconPass(uint32_t sentence) {
  const Sentence& s = doc_.sentences[sentence];
  std::vector<NameMatch> matches;
  for (uint32_t t = s.token_begin; t < s.token_end;) {
    if (!IsWord(t)) {
      ++t;
      continue;
    }
    lexicon_.MatchAt(doc_, t, s.token_end, &matches);
    std::optional<InstitutionMatch> institution = MatchInstitution(sentence, t);
    const NameMatch* best = nullptr;
    for (const NameMatch& m : matches) {
      if (AcceptName(m, sentence)) {
        best = &m;
        break;
      }
    }
    // An institution named by its country wins only when it is longer than
    // any lexicon name here; «الجيش اليمني» in the lexicon stays that entry.
    if (institution && (!best || institution->organization.token_end > best->token_end)) {
      t = institution->organization.token_end;
      Add(std::move(institution->organization));
      Add(std::move(institution->country));
      continue;
    }
    if (!best) {
      ++t;
      continue;
    }
    const LexiconEntry& entry = lexicon_.entries()[best->entry];
    Mention m;
    m.token_begin = best->token_begin;
    m.token_end = best->token_end;
    m.start = SurfaceStart(t, best->reading);
    // «سلسلة جزر نانسي», «مدينة الحديدة»: when the lexicon lists the name with
    // a cue noun that only types it, the name itself is the mention.
    if (uint32_t bare = BareNameStart(*best); bare > t) {
      m.token_begin = bare;
      m.start = doc_.tokens[bare].start;
    }
    m.sentence = sentence;
    m.type = entry.type;
    m.entry = static_cast<int32_t>(best->entry);
    m.kind = best->kind == NameKind::kNisba       ? MentionKind::kNisba
             : best->kind == NameKind::kShortName ? MentionKind::kShortName
                                                  : MentionKind::kName;
    m.confidence = best->by_name_key ? 0.8f : 1.0f;
    if (!entry.capital_of.empty()) ResolveCapital(&m, best->reading);
    Add(std::move(m));
    t = best->token_end;
  }
}

uint32_t MentionFinder::BareNameStart(const NameMatch& match) const {
  std::vector<PhraseTable::Match> cue;
  rules_.cue_table.MatchAt(doc_, match.token_begin, match.token_end, &cue);
  if (cue.empty() || rules_.cues[cue.front().payload].include) return match.token_begin;
  const uint32_t bare = cue.front().token_end;
  std::vector<NameMatch> rest;
  lexicon_.MatchAt(doc_, bare, match.token_end, &rest);
  for (const NameMatch& r : rest) {
    if (r.entry == match.entry && r.token_end == match.token_end) return bare;
  }
  return match.token_begin;
}

bool MentionFinder::AcceptName(const NameMatch& m, uint32_t sentence) const {
  (void)sentence;
  switch (m.kind) {
    case NameKind::kName:
    case NameKind::kNisba:
      return true;
    case NameKind::kShortName:
      // A surname alone: when the full name came earlier, or when the word
      // cannot be an ordinary Arabic word.
      return HasFullNameOf(m.entry) || !Knows(m.token_begin) || m.token_end - m.token_begin > 1;
    case NameKind::kAmbiguous:
      return HasFullNameOf(m.entry);
  }
  return false;
}

// A capital stands for its country («اتهمت واشنطن بكين») unless a location
// preposition puts it on the map («قرب واشنطن», «إلى طوكيو»).
void MentionFinder::ResolveCapital(Mention* m, CliticReading reading) const {
  bool located = reading.strip > 0 && !reading.restore_alef;  // بواشنطن, لطوكيو
  if (m->token_begin > 0) {
    std::u32string_view before = doc_.Fold(doc_.tokens[m->token_begin - 1]);
    if (rules_.location_preps.count(std::u32string(before))) located = true;
  }
  if (located) return;
  const LexiconEntry& capital = lexicon_.entries()[m->entry];
  int country = lexicon_.IndexOf(capital.capital_of);
  if (country < 0) return;
  m->entry = country;
  m->type = EntityType::kCountry;
  m->capital_as_country = true;
}

}  // namespace kg

namespace kg {
namespace {

std::string IdName(std::string_view id) {
  std::string_view rest = id.substr(id.find(':') + 1);
  return std::string(rest);
}

}  // namespace

std::optional<MentionFinder::InstitutionMatch> MentionFinder::MatchInstitution(uint32_t sentence,
                                                                               uint32_t t) const {
  const Sentence& s = doc_.sentences[sentence];
  std::vector<PhraseTable::Match> heads;
  rules_.institution_table.MatchAt(doc_, t, s.token_end, &heads);
  std::vector<NameMatch> names;
  for (const auto& head : heads) {
    if (head.token_end >= s.token_end) continue;
    lexicon_.MatchAt(doc_, head.token_end, s.token_end, &names);
    for (const NameMatch& n : names) {
      const LexiconEntry& country = lexicon_.entries()[n.entry];
      if (country.type != EntityType::kCountry || n.reading.strip != 0) continue;
      // «الجيش اليمني» (nisba), or the construct «وزارة خارجية اليابان».
      std::u32string_view last = doc_.Fold(doc_.tokens[head.token_end - 1]);
      bool construct = last.substr(0, 2) != U"ال";
      if (n.kind != NameKind::kNisba && !(construct && n.kind == NameKind::kName)) continue;
      const Institution& institution = rules_.institutions[head.payload];
      // The nisba agrees with the head: «وزارة الخارجية الأمريكية», but
      // «وزير الخارجية الأمريكي» is a minister, not the ministry.
      if (n.kind == NameKind::kNisba) {
        std::u32string_view adjective = doc_.Fold(doc_.tokens[n.token_begin]);
        bool feminine_adjective = !adjective.empty() && adjective.back() == U'ه';
        if (feminine_adjective != institution.feminine) continue;
      }
      Mention org;
      org.token_begin = t;
      org.token_end = n.token_end;
      org.start = SurfaceStart(t, head.reading);
      org.sentence = sentence;
      org.type = EntityType::kOrganization;
      org.kind = MentionKind::kInstitution;
      org.id = "org:" + IdName(country.id) + "-" + institution.slug;
      org.label_en = institution.en + " (" + country.label + ")";
      org.confidence = 0.9f;
      Mention nation;
      nation.token_begin = n.token_begin;
      nation.token_end = n.token_end;
      nation.start = doc_.tokens[n.token_begin].start;
      nation.sentence = sentence;
      nation.type = EntityType::kCountry;
      nation.entry = static_cast<int32_t>(n.entry);
      nation.kind = n.kind == NameKind::kNisba ? MentionKind::kNisba : MentionKind::kName;
      return InstitutionMatch{std::move(org), std::move(nation)};
    }
  }
  return std::nullopt;
}

std::vector<Mention> MentionFinder::Take() {
  std::vector<int32_t> order;
  for (size_t i = 0; i < mentions_.size(); ++i) {
    if (!dropped_[i]) order.push_back(static_cast<int32_t>(i));
  }
  std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) {
    const Mention& x = mentions_[a];
    const Mention& y = mentions_[b];
    return x.start != y.start ? x.start < y.start : x.end > y.end;
  });
  std::vector<int32_t> new_index(mentions_.size(), -1);
  for (size_t i = 0; i < order.size(); ++i) new_index[order[i]] = static_cast<int32_t>(i);
  std::vector<Mention> out;
  out.reserve(mentions_.size());
  for (int32_t i : order) {
    Mention m = std::move(mentions_[i]);
    if (m.role_of >= 0) m.role_of = new_index[m.role_of];
    out.push_back(std::move(m));
  }
  mentions_.clear();
  dropped_.clear();
  return out;
}

std::vector<Mention> FindMentions(const Document& doc, const Lexicon& lexicon,
                                  const MentionRules& rules) {
  MentionFinder finder(doc, lexicon, rules.impl());
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) finder.LexiconPass(s);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) finder.TitlePass(s);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) finder.ContextPass(s);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) finder.ReferencePass(s);
  return finder.Take();
}

}  // namespace kg
