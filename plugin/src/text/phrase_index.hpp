// Finds many phrases (names, abbreviations) in a run of text in one left-to-right pass over
// its tokens: leftmost-longest, non-overlapping, whitespace- and optionally accent-insensitive.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cabletei {

struct PhraseIndexOptions {
  // Compare tokens after fold_diacritics (text/fold.hpp): "Kadar" matches "Kádár" and back.
  bool fold_diacritics = true;
};

// Phrases and text are compared token by token. A token is a maximal run of word characters
// (letters, marks and digits of any script, plus an apostrophe ' or ’ between two of them,
// except that a final possessive ’s/'s is not part of the word, so "Dulles" is found in
// "Dulles’s") or one single other non-space character ("." "," "-" "–" ...). White space
// (Unicode White_Space) only separates tokens: any amount of it, line breaks included, matches
// any amount. So the phrase "U.N." (U . N .) is not found in "UNESCO", "Dulles" not in
// "Dullesville", and "George T. Lister" is found in "George  T.\nLister". Tokens compare
// byte-wise after NFC (or diacritic folding), with ’ read as '; case-sensitively, unless the
// phrase was added with ignore_case (then both sides are ICU case-folded).
//
// Cost: find_all reads the text once, skipping from one token that may begin a phrase to the
// next (a table of the phrases' first bytes; other tokens are not even read); at each such
// token it looks up the token's key in a hash map (ASCII tokens without ICU or allocation)
// and tries the phrases starting with that key, longest first, stopping below the best
// length found. For a fixed index this is linear in the text: O(text bytes + tokens x tokens
// of the phrases sharing a first token). Non-ASCII tokens cost one ICU normalisation each.
// Memory besides the result: a window of about a thousand tokens plus the longest phrase.
//
// add() is not thread-safe; once filled, const members may be used by any number of threads.
class PhraseIndex {
 public:
  using Options = PhraseIndexOptions;

  struct Match {
    std::size_t begin = 0;    // byte offset of the first token of the match in the text
    std::size_t end = 0;      // byte offset just past its last token
    std::vector<int> values;  // values of every phrase of that length matching here, sorted
  };

  PhraseIndex() = default;
  explicit PhraseIndex(Options options) : options_(options) {}

  // Adds `phrase` with the caller's `value` (an index into the caller's table). The same
  // phrase added again, with the same ignore_case, only gains the value. Returns false (and
  // adds nothing) when the phrase holds no token, i.e. is empty or all white space.
  bool add(std::string_view phrase, int value, bool ignore_case = false);

  // The matches in `text`, left to right: at each token the longest phrase matching there (in
  // tokens; phrases of that length matching too merge their values), then the scan goes on
  // after it. Offsets are into `text`. Invalid UTF-8 never crashes (bytes become tokens).
  std::vector<Match> find_all(std::string_view text) const;

  // Distinct phrases (by tokens and ignore_case) added so far.
  std::size_t size() const { return phrases_.size(); }

 private:
  class TokenWindow;  // the text's tokens around the scan position (phrase_index.cpp)
  struct Phrase {
    std::vector<std::string> keys;  // one comparison key per token
    std::vector<int> values;
    bool ignore_case = false;
  };
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const noexcept {  // FNV-1a: keys are short
      std::uint64_t h = 14695981039346656037ull;
      for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
      return static_cast<std::size_t>(h);
    }
  };
  // First token key -> phrases starting with it, longest first.
  using Buckets =
      std::unordered_map<std::string, std::vector<std::uint32_t>, KeyHash, std::equal_to<>>;

  std::size_t longest_match(TokenWindow& window, std::vector<int>& values) const;
  void note_first_byte(std::string_view key, bool ignore_case);
  bool matches_at(const Phrase& phrase, TokenWindow& window) const;

  Options options_;
  std::vector<Phrase> phrases_;
  Buckets exact_;     // case-sensitive phrases
  Buckets caseless_;  // phrases added with ignore_case, keyed by case-folded first token
  // First bytes of the keys in exact_ and caseless_: most tokens are rejected without hashing.
  std::array<bool, 256> exact_first_{}, caseless_first_{};
  // Bytes of the text where a token that may begin a phrase can start: the scan looks only
  // at tokens starting with one of them.
  std::array<bool, 256> may_begin_{};
};

}  // namespace cabletei
