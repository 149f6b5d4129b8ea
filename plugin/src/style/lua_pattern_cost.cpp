// Worst-case cost of a Lua pattern match: parses the pattern (Lua 5.4 manual, section 6.4.1)
// into items, measures how far each repeated class can run in the subject, and multiplies.
#include "style/lua_pattern_cost.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace cabletei {
namespace {

using CharSet = std::bitset<256>;

// An item that makes the matcher branch: a single-character class with a quantifier.
struct Repeat {
  CharSet chars;
  char quantifier;  // '*', '+', '-' or '?'
};

struct ParsedPattern {
  std::string prefix;  // literal_prefix() of the pattern
  bool anchored = false;
  double items = 0;         // items the matcher steps over on one path
  double linear_scans = 0;  // %b and back-references, each up to one subject length
  std::vector<Repeat> repeats;
};

// Whether c is in the class named by `lower` (a lowercase letter); nullopt if no class.
std::optional<bool> in_named_class(int lower, int c) {
  switch (lower) {
    case 'a':
      return std::isalpha(c) != 0;
    case 'c':
      return std::iscntrl(c) != 0;
    case 'd':
      return std::isdigit(c) != 0;
    case 'g':
      return std::isgraph(c) != 0;
    case 'l':
      return std::islower(c) != 0;
    case 'p':
      return std::ispunct(c) != 0;
    case 's':
      return std::isspace(c) != 0;
    case 'u':
      return std::isupper(c) != 0;
    case 'w':
      return std::isalnum(c) != 0;
    case 'x':
      return std::isxdigit(c) != 0;
    default:
      return std::nullopt;
  }
}

// The sets of the named classes (%a, %d, ...) by lowercase letter, built once.
const std::array<std::optional<CharSet>, 26>& named_classes() {
  static const auto table = [] {
    std::array<std::optional<CharSet>, 26> t;
    for (int letter = 'a'; letter <= 'z'; ++letter) {
      if (!in_named_class(letter, 'a').has_value()) continue;
      CharSet set;
      for (int c = 0; c < 256; ++c) set[c] = *in_named_class(letter, c);
      t[letter - 'a'] = set;
    }
    return t;
  }();
  return table;
}

// Characters matched by '%' + `letter`: a class (%a, %S, ...), or the letter itself.
CharSet escape_class(unsigned char letter) {
  CharSet set;
  const int lower = std::tolower(letter);
  if (lower < 'a' || lower > 'z' || !named_classes()[lower - 'a']) {
    set[letter] = true;
    return set;
  }
  set = *named_classes()[lower - 'a'];
  if (std::isupper(letter)) set.flip();
  return set;
}

// Parses "[...]" starting at p[i] == '['. Returns the index after ']', or npos if unclosed.
std::size_t parse_set(std::string_view p, std::size_t i, CharSet& set) {
  std::size_t j = i + 1;
  bool negate = j < p.size() && p[j] == '^';
  if (negate) ++j;
  std::size_t first = j;
  while (j < p.size() && (p[j] != ']' || j == first)) {
    auto c = static_cast<unsigned char>(p[j]);
    if (c == '%' && j + 1 < p.size()) {
      set |= escape_class(static_cast<unsigned char>(p[j + 1]));
      j += 2;
    } else if (j + 2 < p.size() && p[j + 1] == '-' && p[j + 2] != ']') {
      for (int x = c; x <= static_cast<unsigned char>(p[j + 2]); ++x) set[x] = true;
      j += 3;
    } else {
      set[c] = true;
      ++j;
    }
  }
  if (j >= p.size()) return std::string_view::npos;
  if (negate) set.flip();
  return j + 1;
}

// Parses one single-character class at p[i]. Returns the index after it, or npos.
std::size_t parse_class(std::string_view p, std::size_t i, CharSet& set) {
  if (p[i] == '[') return parse_set(p, i, set);
  if (p[i] == '%') {
    if (i + 1 >= p.size()) return std::string_view::npos;
    set = escape_class(static_cast<unsigned char>(p[i + 1]));
    return i + 2;
  }
  if (p[i] == '.')
    set.set();
  else
    set[static_cast<unsigned char>(p[i])] = true;
  return i + 1;
}

// Parses the special items %b, %f and %1-%9 at p[i] == '%'. Returns the index after the
// item, i when p[i] starts no special item, or npos when malformed.
std::size_t parse_special(std::string_view p, std::size_t i, ParsedPattern& out) {
  if (i + 1 >= p.size()) return std::string_view::npos;
  char c = p[i + 1];
  if (c == 'b') {
    if (i + 3 >= p.size()) return std::string_view::npos;
    out.linear_scans += 1;
    return i + 4;
  }
  if (c == 'f') {
    CharSet unused;
    if (i + 2 >= p.size() || p[i + 2] != '[') return std::string_view::npos;
    return parse_set(p, i + 2, unused);
  }
  if (std::isdigit(static_cast<unsigned char>(c))) {
    out.linear_scans += 1;
    return i + 2;
  }
  return i;
}

// Parses the item at p[i] into `out`. Returns the index after it, or npos if malformed.
std::size_t parse_item(std::string_view p, std::size_t i, ParsedPattern& out) {
  out.items += 1;
  if (p[i] == '(' || p[i] == ')') return i + 1;
  if (p[i] == '$' && i + 1 == p.size()) return i + 1;
  if (p[i] == '%') {
    std::size_t next = parse_special(p, i, out);
    if (next != i) return next;
  }
  CharSet set;
  std::size_t next = parse_class(p, i, set);
  if (next == std::string_view::npos) return next;
  if (next < p.size() && std::string_view("*+-?").find(p[next]) != std::string_view::npos) {
    out.repeats.push_back({set, p[next]});
    ++next;
  }
  return next;
}

ParsedPattern parse_pattern(std::string_view p, bool anchorable) {
  ParsedPattern out;
  std::size_t i = 0;
  if (anchorable && !p.empty() && p[0] == '^') {
    out.anchored = true;
    i = 1;
  }
  while (i < p.size()) {
    i = parse_item(p, i, out);
    if (i == std::string_view::npos) break;  // Lua raises "malformed pattern" here
  }
  return out;
}

bool has_specials(std::string_view pattern) {
  return pattern.find_first_of("^$*+?.([%-") != std::string_view::npos;
}

// The literal characters the pattern starts with (after '^'): only where they occur can a
// match attempt get past them. The last one is dropped when a quantifier follows it.
std::string_view literal_prefix(std::string_view pattern) {
  std::size_t start = !pattern.empty() && pattern[0] == '^' ? 1 : 0;
  std::size_t end = start;
  while (end < pattern.size() && !has_specials(pattern.substr(end, 1)) && pattern[end] != ']')
    ++end;
  if (end < pattern.size() &&
      std::string_view("*+-?").find(pattern[end]) != std::string_view::npos && end > start)
    --end;
  return pattern.substr(start, end - start);
}

struct PatternHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view p) const noexcept {
    return std::hash<std::string_view>{}(p);
  }
};

// parse_pattern() for a pattern seen before by this thread: styles use the same few patterns
// on every run of every document. The cache forgets everything when it grows large.
const ParsedPattern& parsed(std::string_view pattern, bool anchorable) {
  using Cache = std::unordered_map<std::string, ParsedPattern, PatternHash, std::equal_to<>>;
  thread_local Cache caches[2];
  Cache& cache = caches[anchorable ? 1 : 0];
  if (auto it = cache.find(pattern); it != cache.end()) return it->second;
  if (cache.size() >= 256) cache.clear();
  ParsedPattern parsed = parse_pattern(pattern, anchorable);
  parsed.prefix = literal_prefix(pattern);
  return cache.emplace(std::string(pattern), std::move(parsed)).first->second;
}

// Longest run of subject characters in `set`; the whole length when scanning is too dear.
double longest_run(std::string_view subject, const CharSet& set, bool scan) {
  if (!scan) return static_cast<double>(subject.size());
  std::size_t best = 0;
  std::size_t run = 0;
  for (char ch : subject) {
    run = set[static_cast<unsigned char>(ch)] ? run + 1 : 0;
    best = std::max(best, run);
  }
  return static_cast<double>(best);
}

double search_tree_work(std::string_view subject, const ParsedPattern& pat) {
  const double n = static_cast<double>(subject.size());
  const bool scan = static_cast<double>(pat.repeats.size()) * n <= 64e6;
  double nodes = 1;  // nodes of the search tree reached so far
  double work = 0;
  for (const Repeat& r : pat.repeats) {
    double run = longest_run(subject, r.chars, scan);
    double ways = r.quantifier == '?' ? (run > 0 ? 2 : 1) : run + 1;
    work += nodes * (r.quantifier == '?' ? 1 : run);  // expanding the repetition
    nodes = std::min(nodes * ways, 1e300);
  }
  return work + nodes * (pat.items + pat.linear_scans * n);
}

double occurrences(std::string_view subject, std::string_view literal) {
  double count = 0;
  for (std::size_t at = subject.find(literal); at != std::string_view::npos;
       at = subject.find(literal, at + 1))
    ++count;
  return count;
}

}  // namespace

double pattern_work(std::string_view subject, std::string_view pattern, PatternUse use) {
  const double n = static_cast<double>(subject.size());
  if (use == PatternUse::plain_find || (use == PatternUse::find && !has_specials(pattern)))
    return (n + 1) * (1 + static_cast<double>(pattern.size()) / 16);
  const ParsedPattern& pat = parsed(pattern, use != PatternUse::gmatch);
  double starts = pat.anchored ? 1 : n + 1;
  std::string_view prefix = pat.prefix;
  if (prefix.size() < 2) return starts * search_tree_work(subject, pat);
  // Attempts fail within the prefix except where it occurs.
  double past_prefix = std::min(starts, occurrences(subject, prefix));
  return starts * static_cast<double>(prefix.size()) + past_prefix * search_tree_work(subject, pat);
}

}  // namespace cabletei
