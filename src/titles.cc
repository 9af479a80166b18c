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
  // A definite noun the dictionary knows (الوزارة، المؤتمر) does not open a name.
  if (StartsWithArticle(first) && Knows(t)) return t;
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
      if (next && next->token_begin == t + 1 &&
          (next->type == EntityType::kCountry || next->type == EntityType::kOrganization)) {
        // «السفير الأمريكي لدى الأمم المتحدة»: the first complement is the
        // affiliation, a later «لدى/إلى X» is the posting.
        if (*role_of < 0 || role.takes_object) *role_of = owner_[t + 1];
        t = next->token_end;
        continue;
      }
    }
    break;
  }
  return t;
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
    if (roles.empty()) {
      ++t;
      continue;
    }
    const PhraseTable::Match& match = roles.front();
    const Role& role = rules_.roles[match.payload];
    int32_t role_of = -1;
    uint32_t n = SkipRoleComplement(sentence, match.token_end, role, &role_of);
    uint32_t complement_end = n;
    if (n < s.token_end && (IsPunct(n, U'،') || IsPunct(n, U','))) ++n;
    bool named = false;
    bool conjunction = false;
    for (;;) {
      if (n >= s.token_end) break;
      const Mention* owner = OwnerOf(n);
      if (owner && owner->token_begin == n && owner->type == EntityType::kPerson) {
        Mention& person = mentions_[owner_[n]];
        if (person.role < 0) {
          person.role = match.payload;
          person.role_text = ToUtf8(
              doc_.Surface(SurfaceStart(t, match.reading), doc_.tokens[match.token_end - 1].end));
          person.role_of = role_of;
        }
        named = true;
        n = person.token_end;
      } else {
        uint32_t e = NameEnd(sentence, n, conjunction);
        if (e == n) break;
        AddPerson(sentence, n, e, MentionKind::kTitledName, match.payload,
                  ToUtf8(doc_.Surface(SurfaceStart(t, match.reading),
                                      doc_.tokens[match.token_end - 1].end)),
                  role_of, conjunction, 0.85f);
        named = true;
        n = e;
      }
      if (!role.plural || n >= s.token_end) break;
      // «… يوكو كاميكاوا ومينورو كيهارا»: a plural title introduces several.
      std::u32string_view f = doc_.Fold(doc_.tokens[n]);
      if (!(f.size() > 3 && f[0] == U'و')) break;
      conjunction = true;
    }
    // Apposition: «ري يونغ هو، وزير الخارجية الكوري الشمالي», «مايك بومبيو
    // مدير وكالة الاستخبارات المركزية».
    if (!named && role.kind != RoleKind::kCounterpart) {
      uint32_t back = t;
      if (back > s.token_begin && (IsPunct(back - 1, U'،') || IsPunct(back - 1, U','))) --back;
      if (back > s.token_begin) {
        int32_t person = owner_[back - 1];
        if (person >= 0 && mentions_[person].type == EntityType::kPerson &&
            mentions_[person].token_end == back &&
            mentions_[person].kind != MentionKind::kDescription &&
            (mentions_[person].role < 0 || mentions_[person].role_of < 0)) {
          Mention& p = mentions_[person];
          p.role = match.payload;
          p.role_text = ToUtf8(
              doc_.Surface(SurfaceStart(t, match.reading), doc_.tokens[match.token_end - 1].end));
          p.role_of = role_of;
          named = true;
        }
      }
    }
    if (!named && role_of >= 0 &&
        (role.kind == RoleKind::kOffice || role.kind == RoleKind::kCounterpart) && !role.plural) {
      Mention d;
      d.token_begin = t;
      d.token_end = complement_end;
      d.start = SurfaceStart(t, match.reading);
      d.sentence = sentence;
      d.type = EntityType::kPerson;
      d.kind = MentionKind::kDescription;
      d.role = match.payload;
      d.role_text = ToUtf8(
          doc_.Surface(SurfaceStart(t, match.reading), doc_.tokens[match.token_end - 1].end));
      d.role_of = role_of;
      d.confidence = 0.6f;
      // The description wraps the country mention; the country keeps its own.
      std::vector<int32_t> saved(owner_.begin() + t, owner_.begin() + complement_end);
      Add(std::move(d));
      std::copy(saved.begin(), saved.end(), owner_.begin() + t);
      std::fill(owner_.begin() + t, owner_.begin() + match.token_end,
                static_cast<int32_t>(mentions_.size() - 1));
    }
    t = std::max(n, match.token_end);
  }
}

}  // namespace kg
