// Synthesises raw cables from small phrase tables with a splitmix64 stream (no <random>
// distributions, so the corpus is identical across standard libraries).
#include "cable_generator.hpp"

#include <cctype>

namespace bench {
namespace {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int between(int lo, int hi) {
    return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  bool chance(int percent) { return between(1, 100) <= percent; }
  template <typename T, std::size_t N>
  const T& pick(const T (&a)[N]) {
    return a[next() % N];
  }

 private:
  std::uint64_t state_;
};

struct Post {
  const char* city;
  const char* country;
};
const Post kPosts[] = {{"Moscow", "the Soviet Union"},
                       {"London", "the United Kingdom"},
                       {"Paris", "France"},
                       {"Bonn", "the Federal Republic of Germany"},
                       {"Rome", "Italy"},
                       {"Vienna", "Austria"},
                       {"Belgrade", "Yugoslavia"},
                       {"Warsaw", "Poland"},
                       {"Ankara", "Turkey"},
                       {"Tehran", "Iran"},
                       {"Cairo", "Egypt"},
                       {"Karachi", "Pakistan"},
                       {"Tokyo", "Japan"}};
const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};
const char* const kSubjects[] = {"Sov",
                                 "FonOff",
                                 "Embassy",
                                 "Dept",
                                 "Govt",
                                 "Prime Minister",
                                 "Foreign Minister",
                                 "Opposition leaders",
                                 "Local press",
                                 "Polit Counselor",
                                 "Our British colleague",
                                 "Military attaché",
                                 "Chargé",
                                 "Party secretariat"};
const char* const kVerbs[] = {"has indicated interest in",
                              "continues to oppose",
                              "appears ready to discuss",
                              "told me privately of",
                              "is unlikely to accept",
                              "has made no comment on",
                              "would welcome",
                              "expressed concern over",
                              "is studying",
                              "has not yet replied on",
                              "stressed importance of",
                              "categorically rejected",
                              "raised again"};
const char* const kObjects[] = {"proposed arrangement on status of forces",
                                "question of economic aid",
                                "draft communiqué",
                                "any coalition govt",
                                "timing of next session",
                                "reduction of troop levels",
                                "our position on credits",
                                "reunification formula",
                                "trade agreement now under negotiation",
                                "plans for joint consultation",
                                "current line in press",
                                "Western note of last week",
                                "frontier incident"};
const char* const kTails[] = {"",
                              "",
                              " in view of recent developments",
                              " without prior consultation with allies",
                              " at earliest opportunity",
                              " although details remain unclear",
                              " pending instructions from capital",
                              " despite strong pressure from military"};
const char* const kRefs[] = {"Embtel", "Deptel", "urtel", "mytel", "Circtel", "reftel"};
const char* const kOpeners[] = {"I believe",          "Dept will recall that", "In my judgment",
                                "It is evident that", "We understand",         "Comment:"};
const char* const kQuoted[] = {"new course", "peaceful coexistence", "positions of strength",
                               "package deal"};
const char* const kTopics[] = {"Soviet Proposals on Status of Forces", "Economic Aid Program",
                               "Frontier Incident of Last Week", "Visit of Foreign Minister",
                               "Trade Negotiations"};
const char* const kSigners[] = {"Hartwell", "Conroy",         "Whitlock",
                                "Ashby",    "Pemberton",      "Lindqvist",
                                "Marlowe",  "R. T. Calloway", "Ellsworth Bain"};
const char* const kLevels[] = {"Secret", "Confidential", "Top Secret", "Official Use Only"};

class Writer {
 public:
  explicit Writer(std::uint64_t seed) : rng_(seed) {}

  std::string cable() {
    const Post& post = rng_.pick(kPosts);
    int kind = rng_.between(0, 3);
    std::string out = std::to_string(rng_.between(1, 640)) + ". ";
    out += kind == 0 ? std::string("Telegram From the Embassy in ") + post.country +
                           " to the Department of State"
           : kind == 1 ? std::string("Telegram From the Department of State to the Embassy in ") +
                             post.country
           : kind == 2
               ? std::string("Despatch From the Embassy in ") + post.country +
                     " to the Department of State"
               : std::string(
                     "Memorandum From the Assistant Secretary of State to the Secretary of State");
    out += "1\n";
    note("Source: Department of State, Central Files, " + std::to_string(rng_.between(100, 999)) +
         "." + std::to_string(rng_.between(10, 99)) + "/" + std::to_string(rng_.between(1, 12)) +
         "–" + std::to_string(rng_.between(1, 28)) + "5" + std::to_string(rng_.between(0, 9)) +
         ". " + rng_.pick(kLevels) + "." +
         (rng_.chance(40) ? " Repeated to London and Paris." : ""));
    bool from_dept = kind == 1 || kind == 3;
    if (rng_.chance(80))
      out += std::string(from_dept ? "Washington" : post.city) + ", " + date() +
             (kind == 3 ? "."
                        : "—" + std::to_string(rng_.between(1, 12)) +
                              (rng_.chance(50) ? " a.m." : " p.m.")) +
             "\n";
    if (rng_.chance(25)) out += std::string("SUBJECT\n") + rng_.pick(kTopics) + "\n";
    page_ = rng_.between(20, 900);
    bool numbered = rng_.chance(30);
    int paragraphs = rng_.between(3, 12);
    for (int p = 1; p <= paragraphs; ++p) {
      std::string text = numbered ? std::to_string(p) + ". " : "";
      if (p == 1 && kind < 2 && rng_.chance(50))
        text += std::to_string(rng_.between(100, 2999)) + ". ";
      for (int s = rng_.between(1, 6); s > 0; --s) text += sentence() + (s > 1 ? " " : "");
      if (rng_.chance(15)) add_page(text);
      out += text + "\n";
    }
    if (rng_.chance(85)) {
      out += std::string(rng_.pick(kSigners)) + "\n";
      if (rng_.chance(15)) out += "Counselor of Embassy\n";
    }
    for (const std::string& n : notes_) out += "- " + n + "↩\n";
    notes_.clear();
    return out;
  }

 private:
  std::string date() {
    return std::string(rng_.pick(kMonths)) + " " + std::to_string(rng_.between(1, 28)) + ", 19" +
           std::to_string(rng_.between(47, 63));
  }
  std::string marker() { return std::to_string(notes_.size() + 1); }
  void note(std::string text) { notes_.push_back(std::move(text)); }
  std::string plain_note() {
    switch (rng_.between(0, 4)) {
      case 0:
        return "Not printed.";
      case 1:
        return "Document " + std::to_string(rng_.between(2, 600)) + ".";
      case 2:
        return "See footnote " + std::to_string(rng_.between(1, 9)) + ", Document " +
               std::to_string(rng_.between(2, 600)) + ".";
      case 3:
        return "Dated " + date() + "; not printed.";
      default:
        return "The Embassy reported on this conversation in telegram " +
               std::to_string(rng_.between(100, 2999)) + ", not printed.";
    }
  }

  // One telegraphic sentence, sometimes with a glued marker after a word, punctuation or a number.
  std::string sentence() {
    std::string object = rng_.pick(kObjects), lead;
    if (rng_.chance(30)) lead = std::string(rng_.pick(kOpeners)) + " ";
    std::string s = lead + rng_.pick(kSubjects) + " " + rng_.pick(kVerbs) + " ";
    int shape = rng_.chance(30) ? rng_.between(0, 3) : -1;
    s += object + (shape == 0 ? marker() : "");
    if (shape == 0) note(plain_note());
    s += rng_.pick(kTails);
    if (rng_.chance(30)) {
      std::string tel = std::to_string(rng_.between(100, 2999));
      s += std::string(", as reported ") + rng_.pick(kRefs) + " " + tel;
      if (shape == 2) {
        s += rng_.chance(70) ? marker() : "," + marker() + " of which Dept has copy";
        note(std::string(rng_.pick(kRefs)) + " " + tel + " to " + rng_.pick(kPosts).city + ", " +
             date() + ", not printed.");
        shape = -1;
      }
    } else if (rng_.chance(15)) {
      s += " since " + std::to_string(rng_.between(1945, 1962)) + " and involving some " +
           std::to_string(rng_.between(2, 90)) + " units";
    }
    if (shape == 3) {
      s += std::string(" on so-called “") + rng_.pick(kQuoted) + "”" + marker();
      note(plain_note());
    }
    s += ".";
    if (shape == 1) {
      s += marker();
      note(plain_note());
    }
    return s;
  }

  // A "[Page N]" at the start of the line, after a space, or in the middle of a word.
  void add_page(std::string& text) {
    std::string mark = "[Page " + std::to_string(++page_) + "]";
    int where = rng_.between(0, 2);
    std::size_t at = where == 0 ? 0 : text.find(' ', text.size() / 2);
    if (at == std::string::npos) at = 0;
    if (where == 1 && at) ++at;
    if (where == 2 && at) {
      while (at < text.size() &&
             !(std::isalpha(static_cast<unsigned char>(text[at])) && at + 1 < text.size() &&
               std::isalpha(static_cast<unsigned char>(text[at + 1])) &&
               std::isalpha(static_cast<unsigned char>(text[at - 1]))))
        ++at;
      if (at >= text.size())
        at = 0;
      else
        ++at;
    }
    text.insert(at, mark);
  }

  Rng rng_;
  std::vector<std::string> notes_;
  int page_ = 0;
};

}  // namespace

std::string generate_persons_tsv() {
  const char* const known[] = {"Hartwell, Edwin J.", "Conroy, Martin", "Whitlock, Anne B.",
                               "Ashby, Paul", "Pemberton, George R.", "Lindqvist, Sven",
                               "Marlowe, Henry", "Calloway, R. T.", "Bain, Ellsworth"};
  const char* const surnames[] = {"Abbott", "Barlow", "Carver", "Dunmore", "Eckert", "Fairley",
                                  "Garrick", "Holloway", "Ingram", "Jessop", "Kendrick", "Lowther",
                                  "Mercer", "Norbury", "Oakes"};
  const char* const given[] = {"Arthur", "Beatrice", "Clement", "Dorothy", "Everett",
                               "Frances", "Gilbert", "Harriet", "Irving", "Judith"};
  std::string out = "id\tname\tdescription\n";
  int n = 0;
  for (const char* name : known)
    out += "p_K" + std::to_string(++n) + "\t" + name + "\tofficer of the Foreign Service\n";
  for (const char* s : surnames)
    for (const char* g : given) {
      if (n == 150) break;
      ++n;
      out += "p_F" + std::to_string(n) + "\t" + s + ", " + g + " " +
             static_cast<char>('A' + n % 26) + ".\tofficial\n";
    }
  return out;
}

std::string generate_terms_tsv() {
  const char* const known[] = {"Embtel", "Deptel", "urtel", "mytel", "Circtel", "reftel",
                               "FonOff", "Govt", "Dept", "Sov", "Polit", "USUN"};
  std::string out = "id\tname\tdescription\n";
  int n = 0;
  for (const char* term : known)
    out += "t_K" + std::to_string(++n) + "\t" + term + "\tabbreviation\n";
  for (char a = 'A'; a <= 'Z' && n < 200; ++a)
    for (char b = 'A'; b <= 'H' && n < 200; ++b)
      out += "t_F" + std::to_string(++n) + "\t" + std::string{'Q', a, b} + "\tfiller office\n";
  return out;
}

std::vector<std::string> generate_cables(std::size_t count, std::uint64_t seed) {
  Writer writer(seed);
  std::vector<std::string> cables;
  cables.reserve(count);
  for (std::size_t i = 0; i < count; ++i) cables.push_back(writer.cable());
  return cables;
}

}  // namespace bench
