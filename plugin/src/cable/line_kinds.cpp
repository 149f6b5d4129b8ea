// Recognisers for the kinds of line a cable is made of. Each guards its input length
// first, so a pathological 10 MB line costs nothing here.
#include "cable/line_kinds.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <set>
#include <sstream>
#include <vector>

namespace cabletei {
namespace {

constexpr std::size_t kShortLine = 160;

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::vector<std::string_view> words(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i > start) out.push_back(text.substr(start, i - start));
  }
  return out;
}

std::string_view strip_trailing_digits(std::string_view text) {
  while (!text.empty() && is_digit(text.back())) text.remove_suffix(1);
  return text;
}

const std::string kMonths =
    "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

// What follows the year in a dateline: "", ".", "—10 p.m.", ", 1855Z.", ", 8:05–9:25 a.m."
std::string_view date_tail(std::string_view date) {
  for (std::size_t i = 0; i + 4 <= date.size(); ++i)
    if (is_digit(date[i]) && is_digit(date[i + 1]) && is_digit(date[i + 2]) &&
        is_digit(date[i + 3]))
      return date.substr(i + 4);
  return "";
}

bool is_time_of_day(std::string_view tail) {
  if (tail.find("noon") != std::string_view::npos ||
      tail.find("midnight") != std::string_view::npos)
    return tail.size() < 40;
  for (std::size_t i = 0; i < tail.size(); ++i) {
    char c = tail[i];
    bool ok = is_digit(c) || c == ':' || c == '.' || c == ',' || c == ' ' || c == '-' || c == 'a' ||
              c == 'p' || c == 'm' || c == 'Z' || static_cast<unsigned char>(c) >= 0x80;
    if (!ok) return false;
  }
  return tail.size() < 40;
}

}  // namespace

bool is_source_line(std::string_view text) {
  if (text.size() > kShortLine) return false;
  static const std::regex pattern(
      R"(^\d{2,4}[A-Z]{0,2}\.[0-9A-Za-z]\S*(?: [^/]{0,60})?/[^ ]*\d(?::\s*\w.{0,40})?$)");
  return std::regex_match(text.begin(), text.end(), pattern);
}

bool is_classification_line(std::string_view text) {
  if (text.size() > 80) return false;
  static const std::set<std::string_view> vocabulary = {
      "top",         "secret",  "confidential", "restricted", "unclassified", "urgent",
      "priority",    "niact",   "us",           "eyes",       "only",         "official",
      "use",         "limited", "immediate",    "routine",    "flash",        "plain",
      "operational", "nodis",   "exdis",        "limdis",     "personal",     "and",
      "—",           "–"};
  static const std::set<std::string_view> levels = {"secret",       "confidential", "restricted",
                                                    "unclassified", "urgent",       "priority",
                                                    "niact",        "plain"};
  bool has_level = false;
  for (std::string_view w : words(text)) {
    if (!vocabulary.count(w)) return false;
    has_level = has_level || levels.count(w);
  }
  return has_level;
}

std::optional<DatelineParts> parse_dateline(std::string_view line) {
  if (line.size() > kShortLine) return std::nullopt;
  // "(Received October 26.)" stays in the dateline but outside the date.
  std::size_t received = line.find(" (Received");
  std::string_view text = line.substr(0, received);
  static const std::regex pattern(
      "^(?:(\\[?[A-Z][^,0-9]{0,40}?(?:, [A-Z][^,0-9]{0,30}?){0,2}(?:,\\]?|\\]|(?= )))\\s+)?"
      "((?:" +
      kMonths + "\\s+\\d{1,2}(?:(?:–|-)\\d{1,2})?,?\\s+\\d{4}|" + kMonths +
      ",?\\s+\\d{4}|[Uu]ndated|[Nn]ot dated)(?:(?:[.,\\s]|—|–).*)?)$");
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_match(text.begin(), text.end(), m, pattern)) return std::nullopt;
  if (!is_time_of_day(
          date_tail(std::string_view(text).substr(static_cast<std::size_t>(m.position(2))))))
    return std::nullopt;
  DatelineParts parts;
  if (m[1].matched) {
    parts.place_begin = static_cast<std::size_t>(m.position(1));
    parts.place_end = parts.place_begin + static_cast<std::size_t>(m.length(1));
    std::string_view place = text.substr(parts.place_begin, parts.place_end - parts.place_begin);
    if (!place.empty() && place.back() == ',') --parts.place_end;  // the comma stays outside
    if (words(place).size() > 6) return std::nullopt;
  }
  parts.date_begin = static_cast<std::size_t>(m.position(2));
  parts.date_end = text.size();
  std::string_view date = text.substr(parts.date_begin);
  bool abbreviation = date.size() >= 4 && date.back() == '.' &&
                      (date[date.size() - 2] == 'm' || date[date.size() - 2] == 'M') &&
                      (date[date.size() - 3] == '.' || date[date.size() - 3] == ' ');
  if (!date.empty() && date.back() == '.' && !abbreviation) --parts.date_end;
  return parts;
}

std::optional<std::string> list_heading_type(std::string_view text) {
  if (text.size() > 40) return std::nullopt;
  static const std::array<std::pair<std::string_view, std::string_view>, 16> headings = {{
      {"SUBJECT", "subject"},
      {"SUBJECTS", "subject"},
      {"PARTICIPANTS", "participants"},
      {"PRESENT", "participants"},
      {"MEMBERS PRESENT", "participants"},
      {"OTHERS PRESENT", "participants"},
      {"ALSO PRESENT", "participants"},
      {"U.S. PARTICIPANTS", "participants"},
      {"AMERICAN PARTICIPANTS", "participants"},
      {"REF", "references"},
      {"REFS", "references"},
      {"REFERENCE", "references"},
      {"REFERENCES", "references"},
      {"FROM", "from"},
      {"TO", "to"},
      {"ATTENDEES", "participants"},
  }};
  std::string_view key = text;
  if (!key.empty() && key.back() == ':') key.remove_suffix(1);
  for (const auto& [heading, type] : headings)
    if (key == heading) return std::string(type);
  return std::nullopt;
}

bool is_label_line(std::string_view text) {
  if (text.size() > 8) return false;
  static const std::regex pattern(
      R"(^(?:\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)]|\([a-z]{1,4}\)|[IVXL]{1,6}\.|[A-Z]\.)$)");
  return std::regex_match(text.begin(), text.end(), pattern);
}

namespace {

struct LabelNumber {
  std::string shape;  // the label with its number replaced by '#' (digits) or '@' (letters)
  int value = 0;
};

int roman_value(std::string_view r) {
  int total = 0, previous = 0;
  for (auto it = r.rbegin(); it != r.rend(); ++it) {
    int v = *it == 'I' ? 1 : *it == 'V' ? 5 : *it == 'X' ? 10 : *it == 'L' ? 50 : 0;
    total += v < previous ? -v : v;
    previous = std::max(previous, v);
  }
  return total;
}

LabelNumber label_number(std::string_view label) {
  LabelNumber n;
  std::size_t i = 0;
  while (i < label.size() && (label[i] == '(' || label[i] == ' ')) n.shape += label[i++];
  std::size_t start = i;
  while (i < label.size() && is_digit(label[i])) ++i;
  if (i > start) {
    n.value = std::stoi(std::string(label.substr(start, i - start)));
    n.shape += '#';
  } else {
    while (i < label.size() && (std::isalpha(static_cast<unsigned char>(label[i])))) ++i;
    std::string_view letters = label.substr(start, i - start);
    bool roman = !letters.empty() && letters.find_first_not_of("IVXL") == std::string_view::npos;
    if (roman && !(letters.size() == 1 && letters != "I" && letters != "V" && letters != "X")) {
      n.value = roman_value(letters);
      n.shape += 'R';
    } else if (letters.size() == 1) {
      n.value = std::tolower(static_cast<unsigned char>(letters[0])) - 'a' + 1;
      n.shape += std::islower(static_cast<unsigned char>(letters[0])) ? '@' : 'A';
    }
  }
  n.shape += std::string(label.substr(i));
  return n;
}

}  // namespace

bool is_next_label(std::string_view label, std::string_view next) {
  LabelNumber a = label_number(label), b = label_number(next);
  return a.value > 0 && a.shape == b.shape && b.value == a.value + 1;
}

bool is_signature_name(std::string_view text) {
  if (text.size() > 48) return false;
  std::string_view name = strip_trailing_digits(text);
  bool curly = name.size() >= 3 && name.substr(name.size() - 3) == "\xE2\x80\x9D";
  if (!name.empty() && (name.back() == '"' || curly))
    name.remove_suffix(name.back() == '"' ? 1 : 3);
  auto tokens = words(name);
  if (tokens.empty() || tokens.size() > 4) return false;
  // Memorandum endings and telegraphic words that look like a one-word signature.
  static const std::set<std::string_view> not_names = {
      "Approve",   "Approved",       "Disapprove",      "Disapproved", "Attachment",
      "Enclosure", "Regards",        "Unquote",         "End",         "Comment",
      "Summary",   "Recommendation", "Recommendations", "Other"};
  if (tokens.size() == 1 && not_names.count(tokens[0])) return false;
  for (std::string_view t : tokens) {
    bool starts_upper = is_ascii_upper(t[0]) || static_cast<unsigned char>(t[0]) >= 0xC3;
    if (!starts_upper) return false;
    char last = t.back();
    if (last == ':' || last == ',' || last == ';') return false;
    if (last == '.' && !(t.size() <= 4 || t == "Jr." || t == "Sr.")) return false;
  }
  if (tokens.size() > 1) {  // "Executive Branch Arrangements" is a heading, not a signer
    bool all_upper = true;
    for (char c : name) all_upper = all_upper && !is_ascii_lower(c);
    if (all_upper) return false;
  }
  return true;
}

bool is_signature_title(std::string_view text) {
  if (text.size() > 64 || text.empty()) return false;
  char first = text[0];
  if (is_digit(first) || first == '[' || first == '(' || first == '-') return false;
  return !(text.back() == '.' && text.size() > 4 && text.substr(text.size() - 4) != "a.i.");
}

std::string head_number(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && i < 6 && is_digit(text[i])) ++i;
  if (i == 0 || i >= text.size() || text[i] != '.') return "";
  if (i + 1 < text.size() && text[i + 1] != ' ') return "";
  return std::string(text.substr(0, i));
}

}  // namespace cabletei
