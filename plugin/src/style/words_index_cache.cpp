// The phrase indexes of `words` tables kept across documents (see words_index_cache.hpp).
// A lookup compares the table's phrases with those the index was built from.
#include "style/words_index_cache.hpp"

namespace cabletei {

const PhraseIndex* WordsIndexCache::find(const void* table, const std::vector<std::string>& phrases,
                                         bool ignore_case) const {
  auto it = entries_.find(table);
  if (it == entries_.end()) return nullptr;
  const Entry& e = it->second;
  return e.ignore_case == ignore_case && e.phrases == phrases ? e.index.get() : nullptr;
}

const PhraseIndex& WordsIndexCache::keep(const void* table, std::vector<std::string> phrases,
                                         bool ignore_case, std::unique_ptr<PhraseIndex> index) {
  if (entries_.size() >= kMaxTables && !entries_.count(table)) entries_.clear();
  Entry& e = entries_[table];
  e = Entry{std::move(phrases), ignore_case, std::move(index)};
  return *e.index;
}

}  // namespace cabletei
