// Forms of persons' names and of terms, from the shapes printed in FRUS front matter:
// "Surname, [Titles] Given Names[, Suffix]" with particles, initials and parenthesised variants.
#include "authority/name_forms.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <initializer_list>

namespace cabletei {
namespace {

using Words = std::vector<std::string>;

bool one_of(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

bool is_suffix(std::string_view w) {
  return one_of(w, {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"});
}

// Titles that may stand before the given names.
bool is_title(std::string_view w) {
  return one_of(
      w, {"Sir",        "Dame",     "Lord",       "Lady",      "Prince",  "Princess",  "King",
          "Queen",      "Emperor",  "Shah",       "Sultan",    "Emir",    "Amir",      "Sheikh",
          "Shaikh",     "Baron",    "Baroness",   "Viscount",  "Count",   "Countess",  "Earl",
          "Duke",       "Duchess",  "Marquess",   "Marquis",   "General", "Gen.",      "Admiral",
          "Adm.",       "Colonel",  "Col.",       "Major",     "Maj.",    "Captain",   "Capt.",
          "Lieutenant", "Lt.",      "Marshal",    "Brigadier", "Brig.",   "Commander", "Cdr.",
          "Commodore",  "Dr.",      "Mr.",        "Mrs.",      "Ms.",     "Miss",      "Monsignor",
          "Msgr.",      "Cardinal", "Archbishop", "Bishop",    "Father",  "Rev.",      "Reverend",
          "Rabbi",      "Judge",    "Senator",    "Ambassador"});
}

// Words that are titles only before another title: "Field Marshal", "Vice Admiral".
bool is_title_prefix(std::string_view w) {
  return one_of(w, {"Field", "Air", "Vice", "Rear", "Crown", "Chief", "Grand"});
}

bool is_honorific(std::string_view w) { return one_of(w, {"Sir", "Dame"}); }
bool is_peerage(std::string_view w) {
  return one_of(w, {"Baron", "Viscount", "Earl", "Marquess", "Marquis"});
}

std::string abbreviated_title(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kAbbreviations[] = {
      {"General", "Gen."},  {"Admiral", "Adm."},   {"Colonel", "Col."},   {"Major", "Maj."},
      {"Captain", "Capt."}, {"Lieutenant", "Lt."}, {"Commander", "Cdr."}, {"Brigadier", "Brig."}};
  for (auto [full, abbreviation] : kAbbreviations)
    if (w == full) return std::string(abbreviation);
  return std::string(w);
}

// Particles closing the given names that belong to the surname: "Charles de" + "Gaulle".
bool is_particle(std::string_view w) {
  return one_of(w, {"de", "da", "das", "do",  "dos", "du",  "del", "della", "der", "den",
                    "di", "la", "le",  "van", "von", "ter", "ten", "zu",    "d'",  "d\u2019"});
}

// Arabic articles closing the given names: "al" + "Huni" is written "al-Huni".
bool is_article(std::string_view w) {
  return one_of(w, {"al", "el", "as", "az", "ad", "ar", "an", "ash", "at"});
}

// Words closing the given names that bind to the surname: "Gamal Abdel" + "Nasser".
bool is_binder(std::string_view w) {
  return one_of(w, {"Abdel", "Abdul", "Abd", "Abu", "Abou", "Ibn", "Bin", "El", "Al"});
}

// Words opening a compound given name with the next word: "Abd al-Salam".
bool opens_compound(std::string_view w) { return one_of(w, {"Abd", "Abu", "Abou"}); }

struct Letter {
  UChar32 c;
  std::size_t len;
};

Letter letter_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return {-1, 0};
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data() + i);
  int32_t n = static_cast<int32_t>(std::min<std::size_t>(4, s.size() - i)), k = 0;
  UChar32 c = 0;
  U8_NEXT(p, k, n, c);
  return {c, static_cast<std::size_t>(k)};
}

// "W.", "K.E." or a lone letter such as the "S" of "Harry S Truman".
bool is_initial(std::string_view w) {
  if (w.empty()) return false;
  Letter first = letter_at(w, 0);
  if (first.c >= 0 && u_isalpha(first.c) && first.len == w.size()) return true;
  for (std::size_t i = 0; i < w.size(); ++i) {
    Letter l = letter_at(w, i);
    if (l.c < 0 || !u_isalpha(l.c)) return false;
    i += l.len;
    if (i >= w.size() || w[i] != '.') return false;
  }
  return true;
}

// Whether a given name may be written as its initial: "David" yes; "K.", "al-Munim" and
// "Abd al-Salam" no.
bool is_reducible(std::string_view w) {
  Letter first = letter_at(w, 0);
  return !w.empty() && !is_initial(w) && w.find(' ') == std::string_view::npos && first.c >= 0 &&
         u_isupper(first.c);
}

std::string initial_of(std::string_view w) {
  if (is_initial(w)) return w.back() == '.' ? std::string(w) : std::string(w) + ".";
  return std::string(w.substr(0, letter_at(w, 0).len)) + ".";
}

Words split(std::string_view s, char separator) {
  Words parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && s[i] != separator) continue;
    std::string part = normalize_whitespace(s.substr(start, i - start));
    if (!part.empty()) parts.push_back(std::move(part));
    start = i + 1;
  }
  return parts;
}

std::string join(const Words& words, std::size_t from = 0, std::size_t to = std::string::npos) {
  std::string out;
  for (std::size_t i = from; i < std::min(to, words.size()); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

std::string concat(std::string_view a, std::string_view b) {
  if (a.empty()) return std::string(b);
  if (b.empty()) return std::string(a);
  return std::string(a) + " " + std::string(b);
}

// Forms in order of first addition, without duplicates or empty strings.
class FormList {
 public:
  void add(std::string form) {
    if (form.empty() || std::find(forms_.begin(), forms_.end(), form) != forms_.end()) return;
    forms_.push_back(std::move(form));
  }
  std::vector<std::string> take() { return std::move(forms_); }

 private:
  std::vector<std::string> forms_;
};

// A printed name with its parenthesised parts taken out.
struct Unbracketed {
  std::string text;     // the name without them, whitespace normalised
  Words after_surname;  // contents of parentheses before the first comma
  Words after_given;    // contents of parentheses after it
};

Unbracketed take_out_parentheses(const std::string& name) {
  Unbracketed out;
  std::string kept, inner;
  int depth = 0;
  bool comma_seen = false;
  for (char c : name) {
    if (c == '(' && depth++ == 0) continue;
    if (c == ')' && depth > 0 && --depth == 0) {
      (comma_seen ? out.after_given : out.after_surname).push_back(normalize_whitespace(inner));
      inner.clear();
      continue;
    }
    if (c == ',' && depth == 0) comma_seen = true;
    (depth > 0 ? inner : kept) += c;
  }
  if (depth != 0) return {name, {}, {}};  // unbalanced: keep the name as it is
  std::string text = normalize_whitespace(kept);
  for (std::size_t i = text.find(" ,"); i != std::string::npos; i = text.find(" ,", i))
    text.erase(i, 1);
  out.text = std::move(text);
  return out;
}

// "Surname, [Titles] Given Names[, Suffix]" taken apart.
struct PersonName {
  std::string surname;  // with particles: "de Gaulle"
  std::string binder;   // "Abdel", "al": binds to the surname in some forms
  Words titles;         // "General"; "Field", "Marshal"
  Words given;          // given-name units without titles, particles and binder
  std::string suffix;   // "Jr.", "II"
  std::string long_surname() const {
    if (binder.empty()) return surname;
    return binder + (is_article(binder) ? "-" : " ") + surname;
  }
};

PersonName parse_person(const Words& parts) {
  PersonName p;
  p.surname = parts[0];
  std::size_t count = parts.size();
  if (count > 1 && is_suffix(parts[count - 1])) p.suffix = parts[--count];
  Words words = split(count > 1 ? parts[1] : std::string(), ' ');
  if (p.suffix.empty() && words.size() > 1 && is_suffix(words.back())) {
    p.suffix = words.back();
    words.pop_back();
  }
  std::size_t t = 0;
  while (t < words.size() &&
         (is_title(words[t]) || (is_title_prefix(words[t]) && t + 1 < words.size() &&
                                 (is_title(words[t + 1]) || is_title_prefix(words[t + 1])))))
    ++t;
  p.titles.assign(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(t));
  words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(t));
  while (words.size() > 1 && is_particle(words.back())) {
    p.surname = words.back() + " " + p.surname;
    words.pop_back();
  }
  if (words.size() > 1 && (is_binder(words.back()) || is_article(words.back()))) {
    p.binder = words.back();
    words.pop_back();
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    bool compound = opens_compound(words[i]) && i + 1 < words.size();
    p.given.push_back(compound ? words[i] + " " + words[i + 1] : words[i]);
    if (compound) ++i;
  }
  return p;
}

// The given names as they are, with middle names as initials, and all as initials.
struct GivenForms {
  std::string full, first, with_initials, initials;
};

GivenForms given_forms(const Words& given) {
  GivenForms g;
  g.full = join(given);
  auto first = std::find_if(given.begin(), given.end(), [](auto& w) { return !is_initial(w); });
  if (first == given.end()) return g;
  g.first = *first;
  g.with_initials = join(Words(given.begin(), first + 1));
  for (auto it = first + 1; it != given.end(); ++it)
    g.with_initials += " " + (is_reducible(*it) ? initial_of(*it) : *it);
  bool all_reducible = std::all_of(given.begin(), given.end(),
                                   [](auto& w) { return is_initial(w) || is_reducible(w); });
  if (given.size() > 1 && all_reducible)
    for (const std::string& w : given) g.initials += initial_of(w);
  return g;
}

void add_named_forms(const PersonName& p, FormList& forms) {
  GivenForms g = given_forms(p.given);
  std::string surname = p.long_surname();
  Words named;
  if (!p.binder.empty()) named.push_back(concat(concat(g.full, p.binder), p.surname));
  for (const std::string* given : {&g.full, &g.first, &g.with_initials, &g.initials})
    if (!given->empty()) named.push_back(concat(*given, surname));
  for (const std::string& form : named) forms.add(form);
  if (!p.suffix.empty())
    for (const std::string& form : named) {
      forms.add(form + ", " + p.suffix);
      forms.add(form + " " + p.suffix);
    }
}

void add_surname_forms(const PersonName& p, FormList& forms) {
  forms.add(p.surname);
  bool has_particle = p.surname.find(' ') != std::string::npos;
  if (has_particle && p.surname[0] >= 'a' && p.surname[0] <= 'z') {  // "De Gaulle said"
    std::string capitalised = p.surname;
    capitalised[0] = static_cast<char>(capitalised[0] - 'a' + 'A');
    forms.add(capitalised);
  }
  if (!p.binder.empty()) forms.add(p.long_surname());
  if (!p.binder.empty() && is_article(p.binder)) forms.add(p.binder + " " + p.surname);
}

void add_title_forms(const PersonName& p, FormList& forms) {
  if (p.titles.empty()) return;
  std::string titles = join(p.titles), surname = p.long_surname();
  GivenForms g = given_forms(p.given);
  bool honorific = is_honorific(p.titles.back());
  if (honorific && g.full.empty()) return;  // never "Sir Eden"
  forms.add(concat(concat(titles, g.full), surname));
  if (honorific) {
    forms.add(concat(titles, g.first.empty() ? g.full : g.first));
    forms.add(concat(concat(titles, g.first), surname));
    return;
  }
  forms.add(concat(titles, surname));
  Words abbreviated;
  for (const std::string& t : p.titles) abbreviated.push_back(abbreviated_title(t));
  forms.add(concat(join(abbreviated), surname));
  if (is_peerage(p.titles.back())) forms.add("Lord " + surname);
}

void add_variant_forms(const Unbracketed& u, const PersonName& p, FormList& forms) {
  GivenForms g = given_forms(p.given);
  for (const std::string& alternative : u.after_surname) {
    forms.add(alternative);
    if (!g.first.empty()) forms.add(concat(g.first, alternative));
    forms.add(concat(g.full, alternative));
  }
  for (const std::string& group : u.after_given)
    for (const std::string& alternative : split(group, ',')) {
      Words words = split(alternative, ' ');
      if (words.size() < 2) continue;  // a nickname such as "Ike"
      forms.add(alternative);
      forms.add(words.back());
    }
}

}  // namespace

std::string normalize_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || nbsp) {
      pending_space = !out.empty();
      if (nbsp) ++i;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::vector<std::string> person_forms(std::string_view printed) {
  FormList forms;
  std::string name = normalize_whitespace(printed);
  forms.add(name);
  Unbracketed u = take_out_parentheses(name);
  forms.add(u.text);
  Words parts = split(u.text, ',');
  if (parts.size() < 2) {
    add_variant_forms(u, PersonName{}, forms);
    return forms.take();
  }
  PersonName p = parse_person(parts);
  add_surname_forms(p, forms);
  add_named_forms(p, forms);
  add_title_forms(p, forms);
  add_variant_forms(u, p, forms);
  return forms.take();
}

std::vector<std::string> term_forms(std::string_view printed) {
  FormList forms;
  std::string term = normalize_whitespace(printed);
  forms.add(term);
  Unbracketed u = take_out_parentheses(term);
  if (u.after_surname.empty() && u.after_given.empty()) return forms.take();
  forms.add(u.text);
  for (const std::string& variant : u.after_surname) forms.add(variant);
  for (const std::string& variant : u.after_given) forms.add(variant);
  return forms.take();
}

}  // namespace cabletei
