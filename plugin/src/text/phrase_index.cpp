// The phrase matcher: a tokenizer shared by phrases and text, lazily computed comparison keys
// (ICU only for non-ASCII tokens), and a leftmost-longest scan over a sliding token window.
#include "text/phrase_index.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>
#include <tuple>

#include "text/fold.hpp"

namespace cabletei {
namespace {

enum class CharClass : std::uint8_t { space, word, apostrophe, other };

constexpr std::array<CharClass, 128> make_ascii_classes() {
  std::array<CharClass, 128> table{};
  for (int c = 0; c < 128; ++c) {
    bool alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    bool space = c == ' ' || (c >= '\t' && c <= '\r');
    table[c] = alnum       ? CharClass::word
               : space     ? CharClass::space
               : c == '\'' ? CharClass::apostrophe
                           : CharClass::other;
  }
  return table;
}
constexpr std::array<CharClass, 128> kAsciiClasses = make_ascii_classes();

struct CodePoint {
  UChar32 c;        // negative for a byte that does not start valid UTF-8
  std::size_t len;  // bytes
};

CodePoint decode(std::string_view s, std::size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1};
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data() + i);
  int32_t n = static_cast<int32_t>(std::min<std::size_t>(4, s.size() - i)), k = 0;
  UChar32 c = 0;
  U8_NEXT(p, k, n, c);
  if (c < 0) return {-1, 1};
  return {c, static_cast<std::size_t>(k)};
}

CharClass classify(UChar32 c) {
  if (c >= 0 && c < 0x80) return kAsciiClasses[c];
  if (c < 0) return CharClass::other;
  if (c == 0x2019) return CharClass::apostrophe;  // ’
  if (u_isUWhiteSpace(c)) return CharClass::space;
  if (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) return CharClass::word;
  return CharClass::other;
}

struct RawToken {
  std::size_t begin = 0, end = 0;
  bool ascii = true;
};

// Splits text into tokens (see phrase_index.hpp), one at a time.
class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) {}

  bool next(RawToken& token) {
    std::size_t i = pos_;
    CodePoint cp{};
    CharClass cls = CharClass::space;
    for (;;) {
      i = skip_ascii(i, CharClass::space);
      if (i >= text_.size()) {
        pos_ = i;
        return false;
      }
      std::tie(cp, cls) = class_at(i);
      if (cls != CharClass::space) break;
      i += cp.len;
    }
    token = {i, i + cp.len, cp.c >= 0 && cp.c < 0x80};
    pos_ = token.end;
    if (cls == CharClass::word) read_word(token);
    return true;
  }

  // Goes on from byte `pos` (where a token starts, or white space).
  void seek(std::size_t pos) { pos_ = pos; }

  // Whether a token starts at byte `i` of the text (as a scan from the start would find), from
  // the characters around it only.
  bool starts_token(std::size_t i) const {
    CharClass cls = class_at(i).second;
    if (cls == CharClass::space) return false;
    if (cls == CharClass::other || i == 0) return true;
    std::size_t before = previous_start(i);
    if (cls == CharClass::apostrophe)  // its own token unless it joins two parts of a word
      return !(word_at(before) && apostrophe_inside_word(i));
    switch (class_at(before).second) {
      case CharClass::word:
        return false;
      case CharClass::apostrophe:  // "O'Neill": inside when the apostrophe joins
        return before == 0 || !(word_at(previous_start(before)) && apostrophe_inside_word(before));
      default:
        return true;
    }
  }

 private:
  // The first byte of the character before byte i (i > 0).
  std::size_t previous_start(std::size_t i) const {
    std::size_t j = i - 1;
    for (int k = 0; k < 3 && j > 0 && (static_cast<unsigned char>(text_[j]) & 0xC0) == 0x80; ++k)
      --j;
    return decode(text_, j).len == i - j ? j : i - 1;
  }

  bool word_at(std::size_t i) const { return class_at(i).second == CharClass::word; }

  // The first position from `i` on that is not an ASCII character of class `kind` (locals,
  // not members, keep this loop in registers: the text's bytes may alias anything).
  std::size_t skip_ascii(std::size_t i, CharClass kind) const {
    const char* s = text_.data();
    std::size_t n = text_.size();
    while (i < n && static_cast<unsigned char>(s[i]) < 0x80 &&
           kAsciiClasses[static_cast<unsigned char>(s[i])] == kind)
      ++i;
    return i;
  }

  std::pair<CodePoint, CharClass> class_at(std::size_t i) const {
    CodePoint cp = decode(text_, i);
    return {cp, classify(cp.c)};
  }

  // An apostrophe at `i` belongs to the word if a word character follows it, unless that is
  // a possessive s ending the word.
  bool apostrophe_inside_word(std::size_t i) const {
    std::size_t after = i + class_at(i).first.len;
    if (after >= text_.size() || class_at(after).second != CharClass::word) return false;
    if (text_[after] != 's' && text_[after] != 'S') return true;
    return after + 1 < text_.size() && class_at(after + 1).second == CharClass::word;
  }

  void read_word(RawToken& token) {
    std::size_t i = skip_ascii(pos_, CharClass::word);
    while (i < text_.size()) {
      auto [cp, cls] = class_at(i);
      if (cls != CharClass::word && !(cls == CharClass::apostrophe && apostrophe_inside_word(i)))
        break;
      if (cp.c >= 0x80) token.ascii = false;
      i = skip_ascii(i + cp.len, CharClass::word);
    }
    token.end = pos_ = i;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

std::string to_nfc(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (nfc->isNormalized(u, status) || U_FAILURE(status)) return std::string(s);
  status = U_ZERO_ERROR;
  icu::UnicodeString normalized = nfc->normalize(u, status);
  if (U_FAILURE(status)) return std::string(s);
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

// ASCII text whose only other characters are ’ (read as '): `out` gets it with ', no ICU.
bool ascii_but_apostrophes(std::string_view token, std::string& out) {
  constexpr std::string_view kApostrophe = "\u2019";
  for (std::size_t i = 0; i < token.size();) {
    if (static_cast<unsigned char>(token[i]) < 0x80) {
      out += token[i++];
    } else if (token.substr(i, kApostrophe.size()) == kApostrophe) {
      out += '\'';
      i += kApostrophe.size();
    } else {
      return false;
    }
  }
  return true;
}

// Comparison key of a token with non-ASCII bytes: NFC or folded, ’ read as '.
std::string non_ascii_key(std::string_view token, bool fold) {
  if (std::string ascii; ascii_but_apostrophes(token, ascii)) return ascii;  // "Embassy’s"
  CodePoint cp = decode(token, 0);
  if (cp.len == token.size() && cp.c >= 0x2010 && cp.c <= 0x205E)  // dashes, quotes: as is
    return cp.c == 0x2019 ? std::string("'") : std::string(token);
  std::string key = fold ? fold_diacritics(token) : to_nfc(token);
  for (std::size_t i = key.find("\u2019"); i != std::string::npos; i = key.find("\u2019", i))
    key.replace(i, 3, "'");
  return key;
}

std::size_t first_byte(std::string_view key) {
  return key.empty() ? 0 : static_cast<unsigned char>(key.front());
}

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Case-folded form of a comparison key, for phrases added with ignore_case.
std::string caseless_key(std::string_view key) {
  std::string out;
  if (is_ascii(key)) {
    out.assign(key);
    for (char& c : out) c = ascii_lower(c);
    return out;
  }
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(key.data(), static_cast<int32_t>(key.size())));
  u.foldCase();
  u.toUTF8String(out);
  return out;
}

// The first byte from `from` on where a token starts whose key may begin a phrase (its first
// byte is in `may_begin`), or npos: the scan skips the other tokens without reading them.
std::size_t next_start(std::string_view text, std::size_t from, const Tokenizer& probe,
                       const std::array<bool, 256>& may_begin) {
  for (std::size_t i = from; i < text.size(); ++i)
    if (may_begin[static_cast<unsigned char>(text[i])] && probe.starts_token(i)) return i;
  return std::string_view::npos;
}

}  // namespace

// The text's tokens from the scan position on, produced on demand, with keys computed once
// (ASCII tokens are their own exact key). A view returned by exact() or caseless() is valid
// until the next advance().
class PhraseIndex::TokenWindow {
 public:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  struct Token {
    RawToken raw;
    std::uint32_t exact = kNone;     // index in keys_ of a non-ASCII token's key
    std::uint32_t caseless = kNone;  // index in keys_ of its case-folded key
  };

  TokenWindow(std::string_view text, bool fold) : text_(text), tokenizer_(text), fold_(fold) {
    tokens_.reserve(std::min(2 * kCompactAt, text.size() / 4 + 4));  // about a token per 6 bytes
  }

  // The k-th token from the scan position, or nullptr past the end of the text.
  const Token* at(std::size_t k) {
    while (head_ + k >= tokens_.size()) {
      RawToken raw;
      if (done_ || !tokenizer_.next(raw)) {
        done_ = true;
        return nullptr;
      }
      tokens_.push_back({raw});
    }
    return &tokens_[head_ + k];
  }

  std::string_view exact(std::size_t k) {
    at(k);
    Token& t = tokens_[head_ + k];
    std::string_view bytes = text_.substr(t.raw.begin, t.raw.end - t.raw.begin);
    if (t.raw.ascii) return bytes;
    if (t.exact == kNone) t.exact = keep(non_ascii_key(bytes, fold_));
    return keys_[t.exact];
  }

  std::string_view caseless(std::size_t k) {
    at(k);
    const RawToken& raw = tokens_[head_ + k].raw;
    std::string_view bytes = text_.substr(raw.begin, raw.end - raw.begin);
    if (raw.ascii && std::none_of(bytes.begin(), bytes.end(), is_ascii_upper)) return bytes;
    if (tokens_[head_ + k].caseless == kNone) {
      std::uint32_t key = keep(caseless_key(exact(k)));
      tokens_[head_ + k].caseless = key;
    }
    return keys_[tokens_[head_ + k].caseless];
  }

  // Starts again at byte `pos`, where a token starts.
  void restart(std::size_t pos) {
    tokens_.clear();
    keys_.clear();
    head_ = 0;
    done_ = false;
    tokenizer_.seek(pos);
  }

  // Moves the scan position n tokens on; now and then drops the tokens behind it.
  void advance(std::size_t n) {
    head_ += n;
    if (head_ < kCompactAt || head_ * 2 < tokens_.size()) return;
    tokens_.erase(tokens_.begin(), tokens_.begin() + static_cast<std::ptrdiff_t>(head_));
    head_ = 0;
    keys_.clear();  // the few tokens kept compute theirs again if asked
    for (Token& t : tokens_) t.exact = t.caseless = kNone;
  }

 private:
  static constexpr std::size_t kCompactAt = 1024;

  std::uint32_t keep(std::string key) {
    keys_.push_back(std::move(key));
    return static_cast<std::uint32_t>(keys_.size() - 1);
  }

  std::string_view text_;
  Tokenizer tokenizer_;
  bool fold_;
  std::vector<Token> tokens_;
  std::deque<std::string> keys_;  // a deque: adding a key never moves the others
  std::size_t head_ = 0;
  bool done_ = false;
};

// The text bytes that may start a token whose key is `key`: the byte itself, both cases for
// ignore_case; any non-ASCII lead byte always (its key is a normalisation), and every ASCII
// letter when keys are not folded and one starts beyond ASCII ("E" + combining acute is "É").
void PhraseIndex::note_first_byte(std::string_view key, bool ignore_case) {
  if (!may_begin_[0xC0])
    for (int b = 0xC0; b < 0x100; ++b) may_begin_[b] = true;
  auto b = static_cast<unsigned char>(key.front());
  if (b >= 0x80) {
    if (!options_.fold_diacritics)
      for (int c = 'A'; c <= 'z'; ++c) may_begin_[c] = true;
    return;
  }
  may_begin_[b] = true;
  if (ignore_case) {
    may_begin_[static_cast<unsigned char>(ascii_lower(static_cast<char>(b)))] = true;
    if (b >= 'a' && b <= 'z') may_begin_[b - 'a' + 'A'] = true;
  }
}

bool PhraseIndex::add(std::string_view phrase, int value, bool ignore_case) {
  Phrase p;
  p.ignore_case = ignore_case;
  Tokenizer tokenizer(phrase);
  for (RawToken raw; tokenizer.next(raw);) {
    std::string_view bytes = phrase.substr(raw.begin, raw.end - raw.begin);
    std::string key =
        raw.ascii ? std::string(bytes) : non_ascii_key(bytes, options_.fold_diacritics);
    p.keys.push_back(ignore_case ? caseless_key(key) : std::move(key));
  }
  if (p.keys.empty()) return false;
  (ignore_case ? caseless_first_ : exact_first_)[first_byte(p.keys.front())] = true;
  note_first_byte(p.keys.front(), ignore_case);
  std::vector<std::uint32_t>& bucket = (ignore_case ? caseless_ : exact_)[p.keys.front()];
  for (std::uint32_t id : bucket) {
    Phrase& known = phrases_[id];
    if (known.keys != p.keys) continue;
    if (std::find(known.values.begin(), known.values.end(), value) == known.values.end())
      known.values.push_back(value);
    return true;
  }
  auto shorter = std::find_if(bucket.begin(), bucket.end(), [&](std::uint32_t id) {
    return phrases_[id].keys.size() < p.keys.size();
  });
  bucket.insert(shorter, static_cast<std::uint32_t>(phrases_.size()));
  p.values.push_back(value);
  phrases_.push_back(std::move(p));
  return true;
}

bool PhraseIndex::matches_at(const Phrase& phrase, TokenWindow& window) const {
  for (std::size_t k = 1; k < phrase.keys.size(); ++k) {
    if (!window.at(k)) return false;
    std::string_view key = phrase.ignore_case ? window.caseless(k) : window.exact(k);
    if (key != phrase.keys[k]) return false;
  }
  return true;
}

std::size_t PhraseIndex::longest_match(TokenWindow& window, std::vector<int>& values) const {
  values.clear();
  const std::vector<std::uint32_t>* buckets[2] = {nullptr, nullptr};
  std::string_view first = window.exact(0);
  if (exact_first_[first_byte(first)])
    if (auto it = exact_.find(first); it != exact_.end()) buckets[0] = &it->second;
  bool ascii = window.at(0)->raw.ascii;
  if (!caseless_.empty() &&
      (!ascii || caseless_first_[static_cast<unsigned char>(ascii_lower(first[0]))]))
    if (auto it = caseless_.find(window.caseless(0)); it != caseless_.end())
      buckets[1] = &it->second;
  std::size_t best = 0;
  for (const std::vector<std::uint32_t>* bucket : buckets) {
    if (!bucket) continue;
    for (std::uint32_t id : *bucket) {
      const Phrase& phrase = phrases_[id];
      if (phrase.keys.size() < best) break;
      if (!matches_at(phrase, window)) continue;
      if (phrase.keys.size() > best) values.clear();
      best = phrase.keys.size();
      values.insert(values.end(), phrase.values.begin(), phrase.values.end());
    }
  }
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  return best;
}

std::vector<PhraseIndex::Match> PhraseIndex::find_all(std::string_view text) const {
  std::vector<Match> matches;
  if (phrases_.empty()) return matches;
  TokenWindow window(text, options_.fold_diacritics);
  Tokenizer probe(text);
  std::vector<int> values;
  for (std::size_t at = next_start(text, 0, probe, may_begin_); at != std::string_view::npos;) {
    window.restart(at);
    if (!window.at(0)) break;
    std::size_t length = longest_match(window, values);
    std::size_t end = window.at(length == 0 ? 0 : length - 1)->raw.end;
    if (length > 0) matches.push_back({at, end, values});
    at = next_start(text, end, probe, may_begin_);
  }
  return matches;
}

}  // namespace cabletei
