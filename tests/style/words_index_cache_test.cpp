// The session cache of `words` indexes: an index is reused only for the same table with the
// same phrases in the same order and the same case setting; anything else builds anew.
#include "style/words_index_cache.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace {

using cabletei::PhraseIndex;
using cabletei::WordsIndexCache;

std::unique_ptr<PhraseIndex> index_of(const std::vector<std::string>& phrases) {
  auto index = std::make_unique<PhraseIndex>();
  for (std::size_t k = 0; k < phrases.size(); ++k) index->add(phrases[k], static_cast<int>(k + 1));
  return index;
}

TEST(WordsIndexCacheTest, TheSamePhrasesOfTheSameTableReuseTheIndex) {
  WordsIndexCache cache;
  int table = 0;
  std::vector<std::string> phrases{"Deptel", "Embtel"};
  const PhraseIndex& kept = cache.keep(&table, phrases, false, index_of(phrases));
  EXPECT_EQ(cache.find(&table, phrases, false), &kept);
  EXPECT_EQ(kept.size(), 2u);
}

TEST(WordsIndexCacheTest, AnyDifferenceBuildsAnew) {
  WordsIndexCache cache;
  int table = 0, other = 0;
  std::vector<std::string> phrases{"Deptel", "Embtel"};
  cache.keep(&table, phrases, false, index_of(phrases));
  EXPECT_EQ(cache.find(&other, phrases, false), nullptr);                        // another table
  EXPECT_EQ(cache.find(&table, phrases, true), nullptr);                         // ignore_case
  EXPECT_EQ(cache.find(&table, {"Embtel", "Deptel"}, false), nullptr);           // order
  EXPECT_EQ(cache.find(&table, {"Deptel"}, false), nullptr);                     // one removed
  EXPECT_EQ(cache.find(&table, {"Deptel", "Embtel", "Urtel"}, false), nullptr);  // one added
  EXPECT_EQ(cache.find(&table, {"Deptel", "Embtels"}, false), nullptr);          // one changed
}

TEST(WordsIndexCacheTest, KeepingAgainReplacesTheTablesIndex) {
  WordsIndexCache cache;
  int table = 0;
  cache.keep(&table, {"Deptel"}, false, index_of({"Deptel"}));
  const PhraseIndex& now =
      cache.keep(&table, {"Urtel", "Embtel"}, false, index_of({"Urtel", "Embtel"}));
  EXPECT_EQ(cache.find(&table, {"Deptel"}, false), nullptr);
  EXPECT_EQ(cache.find(&table, {"Urtel", "Embtel"}, false), &now);
}

TEST(WordsIndexCacheTest, ManyTablesAreForgottenNotHeldForever) {
  WordsIndexCache cache;
  std::vector<int> tables(200);
  for (int& t : tables) cache.keep(&t, {"Deptel"}, false, index_of({"Deptel"}));
  std::size_t found = 0;
  for (int& t : tables) found += cache.find(&t, {"Deptel"}, false) != nullptr;
  EXPECT_GT(found, 0u);
  EXPECT_LT(found, tables.size());
}

}  // namespace
