// Every place in a run of text where a footnote marker could be, with a plausibility
// for its shape: glued to a word, to punctuation, to the end of a number, or explicit.
#include "cable/marker_candidates.hpp"

#include <algorithm>
#include <string_view>

namespace cabletei {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

enum class Before { line_start, letter, punctuation, number_punctuation, space, other };

// The code point ending just before `at` (0 at the start).
char32_t code_point_before(std::string_view s, std::size_t at) {
  if (at == 0) return 0;
  std::size_t i = at - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  char32_t cp = c & (0x3F >> extra);
  for (int k = 1; k <= extra && i + k < at; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

bool is_closing_punctuation(char32_t cp) {
  switch (cp) {
    case '.':
    case ',':
    case ';':
    case ':':
    case ')':
    case ']':
    case '"':
    case '\'':
    case '!':
    case '?':
    case 0x2019:
    case 0x201D:
      return true;
    default:
      return false;
  }
}

Before classify_before(std::string_view s, std::size_t at) {
  char32_t cp = code_point_before(s, at);
  if (cp == 0) return Before::line_start;
  if (cp < 0x80 && is_ascii_letter(static_cast<char>(cp))) return Before::letter;
  if (cp == ' ') return Before::space;
  if (is_closing_punctuation(cp)) {
    std::size_t width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
    bool after_digit = at > width && is_digit(s[at - width - 1]);
    return (cp == '.' || cp == ',') && after_digit ? Before::number_punctuation
                                                   : Before::punctuation;
  }
  if (cp >= 0xC0 && cp < 0x2000) return Before::letter;  // accented letters
  return Before::other;
}

// " p.m.", " a. m.": the number before is an hour.
bool followed_by_time_of_day(std::string_view s, std::size_t end) {
  std::string_view rest = s.substr(end, 6);
  return rest.starts_with(" a.m") || rest.starts_with(" p.m") || rest.starts_with(" a. m") ||
         rest.starts_with(" p. m") || rest.starts_with(" noon");
}

// What follows a marker: the end, a space, or punctuation; never a letter or a digit group.
bool ends_like_marker(std::string_view s, std::size_t end) {
  if (end == s.size()) return true;
  if (followed_by_time_of_day(s, end)) return false;
  char c = s[end];
  if (c == ' ') return true;
  if (c == '.' || c == ',' || c == ':' || c == ';' || c == '/' || c == '-')
    return c != '/' && c != '-' && (end + 1 >= s.size() || !is_digit(s[end + 1]));
  if (c == ')' || c == ']' || c == '[' || c == '"' || c == '\'' || c == '?' || c == '!')
    return true;
  unsigned char u = static_cast<unsigned char>(c);
  return u == 0xE2;  // ” ’ — – and friends
}

bool followed_by_sentence(std::string_view s, std::size_t end) {
  if (end == s.size()) return true;
  return end + 1 < s.size() && s[end] == ' ' &&
         ((s[end + 1] >= 'A' && s[end + 1] <= 'Z') || s[end + 1] == '[' ||
          static_cast<unsigned char>(s[end + 1]) == 0xE2);
}

// Whether the word before the number at `begin` names a month ("Mar 42" is "Mar 4" + note 2).
bool after_month(std::string_view s, std::size_t begin) {
  if (begin < 2 || s[begin - 1] != ' ') return false;
  std::size_t end = begin - 1;
  if (s[end - 1] == '.') --end;
  std::size_t start = end;
  while (start > 0 && is_ascii_letter(s[start - 1])) --start;
  static const std::string_view months[] = {
      "January",   "February", "March",    "April",    "May",  "June", "July", "August",
      "September", "October",  "November", "December", "Jan",  "Feb",  "Mar",  "Apr",
      "Jun",       "Jul",      "Aug",      "Sep",      "Sept", "Oct",  "Nov",  "Dec"};
  std::string_view word = s.substr(start, end - start);
  for (std::string_view m : months)
    if (word == m) return true;
  return false;
}

bool is_day(std::string_view digits) {
  if (digits.empty() || digits.size() > 2) return false;
  int d = std::stoi(std::string(digits));
  return d >= 1 && d <= 31;
}

bool looks_like_year(std::string_view digits) {
  if (digits.size() != 4) return false;
  int y = std::stoi(std::string(digits));
  return y >= 1700 && y <= 2099;
}

void add(std::vector<MarkerCandidate>& out, const MarkerCandidate& base, std::size_t offset,
         std::size_t length, std::string_view digits, double shape, std::string_view prefix) {
  // "0" alone is the numberless source note of some volumes; no other marker starts with 0.
  if (digits.empty() || digits.size() > 5 ||
      (digits[0] == '0' && (digits.size() > 1 || !prefix.empty())))
    return;
  MarkerCandidate c = base;
  c.offset = offset;
  c.length = length;
  c.value = std::stoi(std::string(digits));
  c.shape = shape;
  c.prefix = std::string(prefix);
  out.push_back(std::move(c));
}

// The digit run s[begin, end): the whole run as a marker, and its last 1–3 digits.
void digit_run_candidates(std::string_view s, std::size_t begin, std::size_t end,
                          const MarkerCandidate& base, std::vector<MarkerCandidate>& out) {
  std::string_view run = s.substr(begin, end - begin);
  if (!ends_like_marker(s, end)) return;
  Before before = classify_before(s, begin);
  bool sentence = followed_by_sentence(s, end);
  MarkerCandidate with_number = base;
  with_number.number = std::string(run);
  if (before == Before::letter) {
    add(out, with_number, begin, run.size(), run, 3.0, "");
  } else if (before == Before::punctuation) {
    add(out, with_number, begin, run.size(), run, sentence ? 2.5 : 2.0, "");
  } else if (before == Before::number_punctuation) {
    bool thousands = s[begin - 1] == ',' && run.size() == 3;
    with_number.unlikely = thousands;
    add(out, with_number, begin, run.size(), run, thousands ? -3.0 : sentence ? 1.5 : 0.0, "");
    with_number.unlikely = false;
  } else if (before == Before::space && (end == s.size() || s[end] == ']' || s[end] == ')')) {
    add(out, with_number, begin, run.size(), run, -1.5, "");  // "to the Secretary of State 1"
  }
  bool month = after_month(s, begin);
  // "limits. 18. The negotiation": a paragraph number inside the text, not 1 + note 8.
  bool enumeration = end < s.size() && (s[end] == '.' || s[end] == ')') && begin >= 2 &&
                     s[begin - 1] == ' ' && (s[begin - 2] == '.' || s[begin - 2] == ':');
  // "12–2656", "3/21": the end of a range or a file number, not a number with a marker.
  bool range = begin >= 3 && (s[begin - 1] == '-' || s[begin - 1] == '/' ||
                              s.compare(begin - 3, 3, "\xE2\x80\x93") == 0);
  if (before == Before::letter || before == Before::line_start) return;
  for (std::size_t k = std::min<std::size_t>(3, run.size() - 1); k >= 1; --k) {
    std::string_view prefix = run.substr(0, run.size() - k);
    double shape = 0.5 + (sentence ? 0.5 : 0.0);
    if (prefix.size() >= 3) shape += 0.5;
    if (prefix.size() == 1) shape -= 1.0;
    if (looks_like_year(prefix)) shape += 1.0;
    if (looks_like_year(run)) shape -= 2.5;
    if (month) shape += is_day(run) ? -1.5 : is_day(prefix) ? 2.0 : 0.0;
    shape -= 0.4 * static_cast<double>(k - 1);
    if (range) shape -= 2.0;
    with_number.unlikely = looks_like_year(run) || range || enumeration;
    if (enumeration) shape -= 2.0;
    add(out, with_number, begin + prefix.size(), k, run.substr(prefix.size()), shape, prefix);
  }
}

}  // namespace

void find_marker_candidates(const Run& run, std::size_t index, std::size_t& pages_before,
                            std::vector<MarkerCandidate>& out) {
  std::string_view s = run.text;
  MarkerCandidate base;
  base.run = index;
  std::size_t next_anchor = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (!is_digit(s[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < s.size() && is_digit(s[end])) ++end;
    while (next_anchor < run.anchors.size() && run.anchors[next_anchor].offset <= i) {
      if (run.anchors[next_anchor].kind == Anchor::Kind::page) ++pages_before;
      ++next_anchor;
    }
    base.pages_before = pages_before;
    bool bracketed = i > 0 && s[i - 1] == '[' && end < s.size() && s[end] == ']';
    bool caret = i > 0 && s[i - 1] == '^';
    if (bracketed && end - i <= 5) {
      add(out, base, i - 1, end - i + 2, s.substr(i, end - i), 6.0, "");
    } else if (caret && end - i <= 5) {
      add(out, base, i - 1, end - i + 1, s.substr(i, end - i), 6.0, "");
    } else if (i > 0 && (end - i) <= 12) {
      digit_run_candidates(s, i, end, base, out);
    }
    i = end;
  }
  for (; next_anchor < run.anchors.size(); ++next_anchor)
    if (run.anchors[next_anchor].kind == Anchor::Kind::page) ++pages_before;
}

}  // namespace cabletei
