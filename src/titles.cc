// The title pass: «ROLE [modifier] [country | organisation] [،] NAME». A role
// title is the most reliable sign of a person's name in Arabic, which has no
// capital letters; the country or organisation named with the role becomes
// the person's affiliation. A title with a country but no name is a
// description (نظيره الأمريكي، الوزير الياباني) that coreference resolves to
// the person introduced with that role.
#include <algorithm>

#include "kg/normalize.h"
#include "mentions_internal.h"

namespace kg {
namespace {

bool StartsWithArticle(std::u32string_view f) { return f.size() > 2 && f.substr(0, 2) == U"ال"; }

// «لل…», «بال…», «وبال…»: a preposition on a definite noun never starts or
// continues a person's name.
bool IsPrepositionalNoun(std::u32string_view f) {
  size_t i = (f.size() > 3 && (f[0] == U'و' || f[0] == U'ف')) ? 1 : 0;
  if (f.size() < i + 4) return false;
  if (f.substr(i, 2) == U"لل") return true;
  return (f[i] == U'ب' || f[i] == U'ك' || f[i] == U'ل') && f.substr(i + 1, 2) == U"ال";
}

}  // namespace

bool MentionFinder::IsModifier(uint32_t t) const {
  std::vector<PhraseTable::Match> m;
  rules_.modifier_table.MatchAt(doc_, t, t + 1, &m);
  return !m.empty();
}

bool MentionFinder::CanBeNameToken(uint32_t t) const {
  if (!IsWord(t) || owner_[t] >= 0) return false;
  std::u32string_view f = doc_.Fold(doc_.tokens[t]);
  if (f.size() < 2 || rules_.IsStopWord(f) || IsModifier(t)) return false;
  // «للصحفيين», «بالولايات»; but «بالدريدج» is a name the dictionary does not know.
  if (IsPrepositionalNoun(f) && Knows(t)) return false;
  std::vector<PhraseTable::Match> roles;
  rules_.role_table.MatchAt(doc_, t, t + 1, &roles);
  return roles.empty();
}

// A place the lexicon found inside a name is the name's: «لويد أوستن» is not
// Austin, Texas.
bool MentionFinder::IsPlaceInsideName(uint32_t t) const {
  const Mention* owner = OwnerOf(t);
  return owner && owner->type == EntityType::kPlace && owner->kind == MentionKind::kName &&
         owner->token_end - owner->token_begin == 1 && !Knows(t);
}

uint32_t MentionFinder::NameEnd(uint32_t sentence, uint32_t t, bool after_conjunction) const {
  const Sentence& s = doc_.sentences[sentence];
  if (t >= s.token_end || !CanBeNameToken(t)) return t;
  std::u32string_view first = doc_.Fold(doc_.tokens[t]);
  if (after_conjunction) first.remove_prefix(1);
  // A definite noun the dictionary knows (الوزارة، المؤتمر) does not open a
  // name; an indefinite one only when the word after it is unknown («مشرف
  // مديرية …» is a job, «بثينة شعبان» would be a name).
  if (StartsWithArticle(first) && Knows(t)) return t;
  const std::u32string first_word(first);
  std::vector<PhraseTable::Match> cue;
  rules_.cue_table.MatchAt(doc_, t, t + 1, &cue);
  if (!cue.empty()) return t;  // «موقع سايت», «شركة …»
  if (Knows(t) && !rules_.given_names.count(first_word) &&
      !rules_.name_particles.count(first_word) &&
      !(t + 1 < s.token_end && IsWord(t + 1) && !Knows(t + 1) && CanBeNameToken(t + 1))) {
    return t;
  }
  uint32_t e = t;
  int words = 0;
  bool evidence = false;  // a token the dictionary does not know, or a given name
  bool particle = false;  // the previous token was بن، أبو، عبد …
  while (e < s.token_end && (CanBeNameToken(e) || (e > t && IsPlaceInsideName(e)))) {
    std::u32string_view f = doc_.Fold(doc_.tokens[e]);
    if (e > t && f.size() > 3 && f[0] == U'و') break;  // «… ومينورو كيهارا»: the next name
    const bool known = Knows(e);
    const bool given = rules_.given_names.count(std::u32string(f)) > 0;
    const bool is_particle = rules_.name_particles.count(std::u32string(f)) > 0;
    // Names are one to three words; past two, only an unknown word, a
    // particle or what a particle introduces continues one.
    if (words >= 2 && known && !given && !is_particle && !particle) break;
    if (!known || given || is_particle) evidence = true;
    particle = is_particle;
    ++e;
    if (++words >= 4) break;
    // Joined parts: «وون-سيك», an initial «س. جايشانكار».
    if (e + 1 < s.token_end && (IsPunct(e, U'-') || (IsPunct(e, U'.') && f.size() == 1)) &&
        CanBeNameToken(e + 1)) {
      ++e;
    }
  }
  if (particle) --e;  // a name does not end in a particle
  return evidence && e > t ? e : t;
}

int32_t MentionFinder::AddPerson(uint32_t sentence, uint32_t begin, uint32_t end, MentionKind kind,
                                 int32_t role, std::string role_text, int32_t role_of,
                                 bool conjunction, float confidence) {
  Mention m;
  m.token_begin = begin;
  m.token_end = end;
  CliticReading reading;
  reading.strip = conjunction ? 1 : 0;  // «ومينورو»: the و is not part of the name
  m.start = SurfaceStart(begin, reading);
  m.sentence = sentence;
  m.type = EntityType::kPerson;
  m.kind = kind;
  m.name = ToUtf8(doc_.Surface(m.start, doc_.tokens[end - 1].end));
  m.role = role;
  m.role_text = std::move(role_text);
  m.role_of = role_of;
  m.confidence = confidence;
  for (uint32_t k = begin; k < end; ++k) {
    if (owner_[k] >= 0 && IsPlaceInsideName(k)) {
      dropped_[owner_[k]] = true;
      owner_[k] = -1;
    }
  }
  return Add(std::move(m));
}

uint32_t MentionFinder::SkipRoleComplement(uint32_t sentence, uint32_t t, const Role& role,
                                           int32_t* role_of) {
  const Sentence& s = doc_.sentences[sentence];
  for (int step = 0; step < 5 && t < s.token_end; ++step) {
    if (IsModifier(t) && owner_[t] < 0) {
      ++t;
      continue;
    }
    const Mention* owner = OwnerOf(t);
    if (owner && owner->token_begin == t &&
        (owner->type == EntityType::kCountry || owner->type == EntityType::kOrganization)) {
      if (*role_of < 0) *role_of = owner_[t];
      mentions_[owner_[t]].role_complement = true;
      t = owner->token_end;
      continue;
    }
    std::u32string_view f = doc_.Fold(doc_.tokens[t]);
    // «المتحدث باسم الحركة»: what a spokesperson speaks for, named or not.
    if (role.takes_object && step == 0 && StartsWithArticle(f) && Knows(t)) {
      ++t;
      continue;
    }
    bool linking = f == U"في" || f == U"لدي" || f == U"الي" || f == U"باسم" || f == U"من";
    if (linking && t + 1 < s.token_end) {
      const Mention* next = OwnerOf(t + 1);
      if (next && next->token_begin == t + 1 && next->type == EntityType::kPlace &&
          (f == U"في" || f == U"الي" || f == U"لدي")) {
        t = next->token_end;  // «مراسل بي بي سي في كابول»: the posting, not the affiliation
        continue;
      }
      if (next && next->token_begin == t + 1 &&
          (next->type == EntityType::kCountry || next->type == EntityType::kOrganization)) {
        // «السفير الأمريكي لدى الأمم المتحدة»: the first complement is the
        // affiliation, a later «لدى/إلى X» is the posting.
        if (*role_of < 0 || role.takes_object) *role_of = owner_[t + 1];
        mentions_[owner_[t + 1]].role_complement = true;
        t = next->token_end;
        continue;
      }
    }
    break;
  }
  return t;
}

void MentionFinder::AssignRole(int32_t person, const PhraseTable::Match& match, int32_t role_of) {
  Mention& p = mentions_[person];
  if (match.token_begin < p.token_begin) p.title_begin = static_cast<int32_t>(match.token_begin);
  const Role& role = rules_.roles[match.payload];
  p.role = match.payload;
  p.role_text = ToUtf8(doc_.Surface(SurfaceStart(match.token_begin, match.reading),
                                    doc_.tokens[match.token_end - 1].end));
  p.role_of = role_of;
  p.counterpart = role.kind == RoleKind::kCounterpart;
}

// The names after a title: one, or for a plural title («نظيريهما
// اليابانيين يوكو كاميكاوا ومينورو كيهارا», «وزيري الخارجية الهندي س.
// جايشانكار والأسترالية بيني وونغ») several, each possibly with its own
// country. Returns the token after the last name, or `n` when there is none.
uint32_t MentionFinder::TitledNames(uint32_t sentence, const PhraseTable::Match& match,
                                    int32_t role_of, uint32_t n) {
  const Sentence& s = doc_.sentences[sentence];
  const Role& role = rules_.roles[match.payload];
  bool conjunction = false;
  const uint32_t first = n;
  while (n < s.token_end) {
    const Mention* owner = OwnerOf(n);
    if (owner && owner->token_begin == n && owner->type == EntityType::kPerson) {
      int32_t person = owner_[n];
      if (mentions_[person].role < 0) AssignRole(person, match, role_of);
      n = mentions_[person].token_end;
    } else {
      uint32_t e = NameEnd(sentence, n, conjunction);
      if (e == n) break;
      const Mention* next = e < s.token_end ? OwnerOf(e) : nullptr;
      if (next && next->token_begin == e && next->type == EntityType::kPerson && next->entry >= 0) {
        // «مارك مارك روتي»: a repeated first name before a known person
        // belongs to that person's mention.
        int32_t person = owner_[e];
        mentions_[person].token_begin = n;
        mentions_[person].start = doc_.tokens[n].start;
        for (uint32_t k = n; k < e; ++k) owner_[k] = person;
        if (mentions_[person].role < 0) AssignRole(person, match, role_of);
        n = mentions_[person].token_end;
      } else {
        int32_t person =
            AddPerson(sentence, n, e, MentionKind::kTitledName, -1, "", -1, conjunction, 0.85f);
        AssignRole(person, match, role_of);
        n = e;
      }
    }
    if (!role.plural || n >= s.token_end) break;
    // The next name of a plural title starts with و, possibly on its own
    // country's nisba: «… والأسترالية بيني وونغ».
    const Mention* nisba = OwnerOf(n);
    if (nisba && nisba->token_begin == n && nisba->type == EntityType::kCountry &&
        doc_.Fold(doc_.tokens[n]).front() == U'و') {
      role_of = owner_[n];
      mentions_[role_of].role_complement = true;
      n = nisba->token_end;
      conjunction = false;
      continue;
    }
    std::u32string_view f = doc_.Fold(doc_.tokens[n]);
    if (!(f.size() > 3 && f[0] == U'و')) break;
    conjunction = true;
  }
  return n == first ? first : n;
}

// Apposition: «ري يونغ هو، وزير الخارجية الكوري الشمالي», «مايك بومبيو مدير
// وكالة الاستخبارات المركزية»: the title follows the person it describes.
bool MentionFinder::Apposition(uint32_t sentence, const PhraseTable::Match& match,
                               int32_t role_of) {
  const Sentence& s = doc_.sentences[sentence];
  uint32_t back = match.token_begin;
  if (back > s.token_begin && (IsPunct(back - 1, U'،') || IsPunct(back - 1, U','))) --back;
  if (back <= s.token_begin) return false;
  int32_t person = owner_[back - 1];
  if (person < 0) return false;
  const Mention& p = mentions_[person];
  if (p.type != EntityType::kPerson || p.token_end != back || p.kind == MentionKind::kDescription ||
      (p.role >= 0 && p.role_of >= 0)) {
    return false;
  }
  AssignRole(person, match, role_of);
  return true;
}

void MentionFinder::AddDescription(uint32_t sentence, const PhraseTable::Match& match,
                                   int32_t role_of, uint32_t complement_end) {
  Mention d;
  d.token_begin = match.token_begin;
  d.token_end = complement_end;
  d.start = SurfaceStart(match.token_begin, match.reading);
  d.sentence = sentence;
  d.type = EntityType::kPerson;
  d.kind = MentionKind::kDescription;
  d.confidence = 0.6f;
  // The description wraps the country mention; the country keeps its own.
  const uint32_t t = match.token_begin;
  std::vector<int32_t> saved(owner_.begin() + t, owner_.begin() + complement_end);
  int32_t index = Add(std::move(d));
  AssignRole(index, match, role_of);
  std::copy(saved.begin(), saved.end(), owner_.begin() + t);
  std::fill(owner_.begin() + t, owner_.begin() + match.token_end, index);
}

void MentionFinder::TitlePass(uint32_t sentence) {
  const Sentence& s = doc_.sentences[sentence];
  std::vector<PhraseTable::Match> roles;
  for (uint32_t t = s.token_begin; t < s.token_end;) {
    if (owner_[t] >= 0) {
      ++t;
      continue;
    }
    rules_.role_table.MatchAt(doc_, t, s.token_end, &roles);
    // The longest title that does not run into a name: «رئيس حكومة الوفاق
    // الوطني» is «رئيس» of the Government of National Accord.
    auto fits = std::find_if(roles.begin(), roles.end(), [&](const PhraseTable::Match& r) {
      return Free(r.token_begin, r.token_end);
    });
    if (fits == roles.end()) {
      ++t;
      continue;
    }
    const PhraseTable::Match match = *fits;
    const Role& role = rules_.roles[match.payload];
    int32_t role_of = -1;
    const uint32_t complement_end = SkipRoleComplement(sentence, match.token_end, role, &role_of);
    uint32_t n = complement_end;
    if (n < s.token_end && (IsPunct(n, U'،') || IsPunct(n, U','))) ++n;
    // A title in the construct state («رئيس وزراء», «وزير خارجية») is
    // followed by its genitive, not by a name: in «رئيس وزراء أنتيغوا» the
    // unknown word is a country the lexicon missed.
    const bool construct = role.kind != RoleKind::kCounterpart &&
                           !StartsWithArticle(doc_.Fold(doc_.tokens[match.token_end - 1])) &&
                           complement_end == match.token_end && n == complement_end;
    uint32_t end =
        construct && n < s.token_end && !OwnerOf(n) ? n : TitledNames(sentence, match, role_of, n);
    bool named = end > n;
    if (!named && role.kind != RoleKind::kCounterpart) named = Apposition(sentence, match, role_of);
    if (!named && role_of >= 0 && !role.plural &&
        (role.kind == RoleKind::kOffice || role.kind == RoleKind::kCounterpart)) {
      AddDescription(sentence, match, role_of, complement_end);
    }
    t = std::max(named ? end : complement_end, match.token_end);
  }
}

}  // namespace kg
