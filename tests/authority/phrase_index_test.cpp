// Tests of PhraseIndex: token boundaries, leftmost-longest matching, merged values, case and
// accent insensitivity, white space spans, punctuation phrases and long text runs.
#include "text/phrase_index.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace cabletei {
namespace {

// The matched text and values, as "text=1,2" strings, for readable expectations.
std::vector<std::string> found(const PhraseIndex& index, std::string_view text) {
  std::vector<std::string> out;
  for (const PhraseIndex::Match& m : index.find_all(text)) {
    std::string s(text.substr(m.begin, m.end - m.begin));
    s += "=";
    for (std::size_t i = 0; i < m.values.size(); ++i)
      s += (i ? "," : "") + std::to_string(m.values[i]);
    out.push_back(s);
  }
  return out;
}

using Found = std::vector<std::string>;

TEST(PhraseIndex, WholeTokensOnly) {
  PhraseIndex index;
  index.add("Pellworth", 1);
  index.add("U.N.", 2);
  index.add("UN", 3);
  EXPECT_EQ(found(index, "Pellworthville and Pellworth."), (Found{"Pellworth=1"}));
  EXPECT_EQ(found(index, "UNESCO met; the U.N. and UN-sponsored talks"), (Found{"U.N.=2", "UN=3"}));
  EXPECT_EQ(found(index, "XPellworth 5Pellworth Pellworth5"), Found{});
  EXPECT_EQ(found(index, "(Pellworth)"), (Found{"Pellworth=1"}));
}

TEST(PhraseIndex, OffsetsAreIntoTheOriginalText) {
  PhraseIndex index;
  index.add("Zoltán Várkonyi", 7);
  std::string text = "Met  Zoltan\n Varkonyi today.";
  auto matches = index.find_all(text);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].begin, 5u);
  EXPECT_EQ(matches[0].end, 21u);
  EXPECT_EQ(matches[0].values, std::vector<int>{7});
}

TEST(PhraseIndex, LongestMatchWinsAndMatchesDoNotOverlap) {
  PhraseIndex index;
  index.add("Pellworth", 1);
  index.add("Anna Pellworth", 2);
  index.add("Anna", 3);
  index.add("Pellworth Bay", 4);
  EXPECT_EQ(found(index, "Anna Pellworth Bay"), (Found{"Anna Pellworth=2"}));
  EXPECT_EQ(found(index, "Anna met Pellworth Bay and Pellworth"),
            (Found{"Anna=3", "Pellworth Bay=4", "Pellworth=1"}));
}

TEST(PhraseIndex, AFailedLongCandidateFallsBackToAShorterOne) {
  PhraseIndex index;
  index.add("Tovan Ruskel Marr", 1);
  index.add("Tovan", 2);
  EXPECT_EQ(found(index, "Tovan Ruskel spoke"), (Found{"Tovan=2"}));
  EXPECT_EQ(found(index, "Tovan Ruskel"), (Found{"Tovan=2"}));  // text ends inside a phrase
}

TEST(PhraseIndex, AmbiguousPhrasesMergeTheirValues) {
  PhraseIndex index;
  index.add("Pellworth", 4);  // two persons of one surname
  index.add("Pellworth", 1);
  index.add("Pellworth", 4);  // the same value again is kept once
  index.add("pellworth", 9, /*ignore_case=*/true);
  EXPECT_EQ(index.size(), 2u);
  EXPECT_EQ(found(index, "Pellworth"), (Found{"Pellworth=1,4,9"}));
  EXPECT_EQ(found(index, "PELLWORTH"), (Found{"PELLWORTH=9"}));
}

TEST(PhraseIndex, CaseSensitiveUnlessAddedWithIgnoreCase) {
  PhraseIndex index;
  index.add("Deptel", 1);
  index.add("niact", 2, /*ignore_case=*/true);
  index.add("Große Allee", 3, /*ignore_case=*/true);
  EXPECT_EQ(found(index, "deptel DEPTEL Deptel"), (Found{"Deptel=1"}));
  EXPECT_EQ(found(index, "NIACT Niact niact"), (Found{"NIACT=2", "Niact=2", "niact=2"}));
  EXPECT_EQ(found(index, "GROSSE ALLEE"), (Found{"GROSSE ALLEE=3"}));
}

TEST(PhraseIndex, AnyWhiteSpaceMatchesAnyWhiteSpace) {
  PhraseIndex index;
  index.add("Oren  T.   Haldane", 1);
  EXPECT_EQ(found(index, "by Oren T.\nHaldane."), (Found{"Oren T.\nHaldane=1"}));
  EXPECT_EQ(found(index, "Oren\t\tT. \r\n Haldane"), (Found{"Oren\t\tT. \r\n Haldane=1"}));
  EXPECT_EQ(found(index, "Oren\u00A0T.\u2003Haldane"), (Found{"Oren\u00A0T.\u2003Haldane=1"}));
  EXPECT_EQ(found(index, "Oren T.Haldane"), (Found{"Oren T.Haldane=1"}));  // tokens anyway
  EXPECT_EQ(found(index, "OrenT. Haldane"), Found{});
}

TEST(PhraseIndex, PunctuationPhrases) {
  PhraseIndex index;
  index.add("a.i.", 1);
  index.add("G–2", 2);
  index.add("S/P", 3);
  index.add("Q of R", 4);
  index.add("P&O", 5);
  EXPECT_EQ(found(index, "Chargé a.i. and G–2 of S/P, P&O and Q of R."),
            (Found{"a.i.=1", "G–2=2", "S/P=3", "P&O=5", "Q of R=4"}));
  EXPECT_EQ(found(index, "ai G-2 S / P QofR"), (Found{"S / P=3"}));
}

TEST(PhraseIndex, ApostrophesInsideWordsAndPossessives) {
  PhraseIndex index;
  index.add("Tal’at", 1);
  index.add("O'Farrel", 2);
  index.add("Pellworth", 3);
  index.add("KLM’s", 4);
  EXPECT_EQ(found(index, "Tal'at and O’Farrel"), (Found{"Tal'at=1", "O’Farrel=2"}));
  EXPECT_EQ(found(index, "Pellworth’s view, Pellworth's, Pellworths’"),
            (Found{"Pellworth=3", "Pellworth=3"}));
  EXPECT_EQ(found(index, "the KLM’s and KLM's"), (Found{"KLM’s=4", "KLM's=4"}));
  EXPECT_EQ(found(index, "Tal"), Found{});
}

TEST(PhraseIndex, NamesInsideLongerWordsAreNotTokens) {
  // The scan skips to tokens that may begin a phrase: a capital inside a word is not one.
  PhraseIndex index;
  index.add("Namara", 1);
  index.add("Neill", 2);
  index.add("B", 3);
  index.add("Jones", 4);
  index.add("s", 5);
  EXPECT_EQ(found(index, "McNamara, O'Neill, O’Neill, A1B, éNamara, ÉNamara, Namara"),
            (Found{"Namara=1"}));
  EXPECT_EQ(found(index, "Smith-Jones, (Jones), “Neill”, ’Neill, 'B"),
            (Found{"Jones=4", "Jones=4", "Neill=2", "Neill=2", "B=3"}));
  EXPECT_EQ(found(index, "Dulles’s, Dulles's, its"), (Found{"s=5", "s=5"}));
}

// Random text matched by an index and by the same index with a never-matching phrase for
// every ASCII character, so that every token is looked at: the skipping scan must find the
// same matches as a scan of every token.
TEST(PhraseIndex, SkippingTokensFindsWhatAFullScanFinds) {
  const std::vector<std::string> pieces = {
      "Pell",     "worth", "Haldane", "O'",  "’",  "s",  " ", " ", "\n", "-",    ".", ",", "T.",
      "Várkonyi", "é",     "Ø",       "McN", "UN", "un", "1", "(", "“",  "U.N.", "x", "a"};
  PhraseIndex skipping, full;
  const std::vector<std::pair<std::string, bool>> phrases = {
      {"Pellworth", false},  {"Haldane", false}, {"O'Pell", false}, {"worth", false},
      {"Varkonyi", false},   {"s", false},       {"UN", true},      {"U.N.", false},
      {"T. Haldane", false}, {"Nun", false},     {"1", false},      {"é", false}};
  for (std::size_t k = 0; k < phrases.size(); ++k)
    for (PhraseIndex* index : {&skipping, &full})
      index->add(phrases[k].first, static_cast<int>(k + 1), phrases[k].second);
  for (int c = 1; c < 0x80; ++c)  // "qqqqqqqz" never occurs in the text
    if (c != ' ' && (c < '\t' || c > '\r'))
      full.add(std::string(1, static_cast<char>(c)) + " qqqqqqqz", 999);
  unsigned seed = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int k = 0; k < 30; ++k) {
      seed = seed * 1103515245u + 12345u;
      text += pieces[(seed >> 16) % pieces.size()];
    }
    ASSERT_EQ(found(skipping, text), found(full, text)) << text;
  }
}

TEST(PhraseIndex, FoldsDiacriticsBothWays) {
  PhraseIndex index;
  index.add("Várkonyi", 1);
  index.add("Lodz", 2);
  index.add("Ødegård", 3);
  EXPECT_EQ(found(index, "Varkonyi, Várkonyi, Va\u0301rkonyi, Łódź, Odegard"),
            (Found{"Varkonyi=1", "Várkonyi=1", "Va\u0301rkonyi=1", "Łódź=2", "Odegard=3"}));
}

TEST(PhraseIndex, WithoutFoldingAccentsMatter) {
  PhraseIndex index(PhraseIndexOptions{false});
  index.add("Várkonyi", 1);
  EXPECT_EQ(found(index, "Varkonyi Várkonyi Va\u0301rkonyi"),
            (Found{"Várkonyi=1", "Va\u0301rkonyi=1"}));  // NFD still equals NFC
}

TEST(PhraseIndex, EmptyTextPhrasesAndIndex) {
  PhraseIndex index;
  EXPECT_TRUE(index.find_all("Anything at all").empty());
  EXPECT_FALSE(index.add("", 1));
  EXPECT_FALSE(index.add(" \n\t", 1));
  EXPECT_EQ(index.size(), 0u);
  index.add("Pellworth", 1);
  EXPECT_TRUE(index.find_all("").empty());
  EXPECT_TRUE(index.find_all("   \n ").empty());
}

TEST(PhraseIndex, InvalidUtf8DoesNotCrash) {
  PhraseIndex index;
  index.add("Pellworth", 1);
  index.add(std::string("\xFF"), 2);
  EXPECT_EQ(found(index, std::string("\xC3Pellworth \xFF\xE2\x82 Pellworth\x80")),
            (Found{"Pellworth=1", "\xFF=2", "Pellworth=1"}));
}

TEST(PhraseIndex, TenMegabyteRunIsScannedInOnePass) {
  PhraseIndex index;
  index.add("Oren T. Haldane", 1);
  index.add("Haldane", 2);
  index.add("Várkonyi", 3);
  index.add("U.N.", 4);
  index.add("Oren T. Haldane Memorial Fund of the Republic", 5);  // long, always fails
  std::string chunk = "Oren T. Haldane told Varkonyi at the U.N. that Oren T. spoke. ";
  std::string text;
  while (text.size() < (10u << 20)) text += chunk;
  std::size_t repeats = text.size() / chunk.size();
  auto matches = index.find_all(text);
  EXPECT_EQ(matches.size(), 3 * repeats);
  std::string one_line(10u << 20, 'x');  // one huge token
  EXPECT_TRUE(index.find_all(one_line).empty());
  std::string dots(10u << 20, '.');  // ten million tokens
  EXPECT_TRUE(index.find_all(dots).empty());
}

}  // namespace
}  // namespace cabletei
