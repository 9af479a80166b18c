// MentionFinder: the per-document state of the mentions stage, shared by
// its passes (mentions.cc: lexicon and institutions; titles.cc: role titles
// and descriptions; context_names.cc: speech verbs, type cues, dictionary).
#ifndef KG_SRC_MENTIONS_INTERNAL_H_
#define KG_SRC_MENTIONS_INTERNAL_H_

#include <optional>
#include <vector>

#include "kg/mentions.h"
#include "mention_rules.h"

namespace kg {

class MentionFinder {
 public:
  MentionFinder(const Document& doc, const Lexicon& lexicon, const MentionRules::Impl& rules);

  void LexiconPass(uint32_t sentence);
  void TitlePass(uint32_t sentence);
  void ContextPass(uint32_t sentence);
  void ReferencePass(uint32_t sentence);
  // Sorted by start; ties: longer first.
  std::vector<Mention> Take();

 private:
  int32_t Add(Mention m);
  bool Free(uint32_t begin, uint32_t end) const;
  bool IsWord(uint32_t t) const;
  bool IsPunct(uint32_t t, char32_t c) const;
  bool Knows(uint32_t t) const;
  const Mention* OwnerOf(uint32_t t) const;
  bool HasFullNameOf(uint32_t entry) const;
  uint32_t SurfaceStart(uint32_t token, CliticReading reading) const;

  bool AcceptName(const NameMatch& m, uint32_t sentence) const;
  // Where the name proper starts inside a lexicon match that begins with a
  // typing cue noun (the match's start when it does not).
  uint32_t BareNameStart(const NameMatch& match) const;
  void ResolveCapital(Mention* m, CliticReading reading) const;
  // An institution head followed by a country's nisba or name: the
  // organisation and the country mention inside it.
  struct InstitutionMatch {
    Mention organization;
    Mention country;
  };
  std::optional<InstitutionMatch> MatchInstitution(uint32_t sentence, uint32_t t) const;

  // Titles.
  // After a role title at [t, end): skips modifiers and the country or
  // organisation the role is held in; sets *role_of to that mention.
  uint32_t SkipRoleComplement(uint32_t sentence, uint32_t t, const Role& role, int32_t* role_of);
  uint32_t TitledNames(uint32_t sentence, const PhraseTable::Match& match, int32_t role_of,
                       uint32_t n);
  bool Apposition(uint32_t sentence, const PhraseTable::Match& match, int32_t role_of);
  void AddDescription(uint32_t sentence, const PhraseTable::Match& match, int32_t role_of,
                      uint32_t complement_end);
  void AssignRole(int32_t person, const PhraseTable::Match& match, int32_t role_of);
  // The end of an unknown person's name starting at t (t when none).
  // `after_conjunction`: the first token carries a coordinating و.
  uint32_t NameEnd(uint32_t sentence, uint32_t t, bool after_conjunction) const;
  bool CanBeNameToken(uint32_t t) const;
  bool IsPlaceInsideName(uint32_t t) const;
  bool IsGluedToKnownWord(uint32_t t) const;
  bool IsLowercaseLatin(uint32_t t) const;
  bool IsLatinAcronym(uint32_t t) const;
  // A cue noun and the name it types; returns the end token, or t.
  uint32_t CuePhrase(uint32_t sentence, uint32_t t, const PhraseTable::Match& cue);
  bool SignedAgreementAt(uint32_t sentence, uint32_t t);
  bool IsModifier(uint32_t t) const;
  int32_t AddPerson(uint32_t sentence, uint32_t begin, uint32_t end, MentionKind kind, int32_t role,
                    std::string role_text, int32_t role_of, bool conjunction, float confidence);

  const Document& doc_;
  const Lexicon& lexicon_;
  const MentionRules::Impl& rules_;
  std::vector<Mention> mentions_;
  std::vector<int32_t> owner_;  // token -> first mention covering it
  std::vector<bool> dropped_;   // mentions a later pass found to be part of a name
};

}  // namespace kg

#endif  // KG_SRC_MENTIONS_INTERNAL_H_
