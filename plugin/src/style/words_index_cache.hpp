// The phrase indexes of text rules' `words` tables, kept across the documents of a session:
// a table whose phrases come in the same order as last time reuses the index built then.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/phrase_index.hpp"

namespace cabletei {

// Keyed by the table's address and checked against its phrases, so a table changed in place,
// or a new table at a collected one's address, never gets a stale index. Not thread-safe: one
// per session (sandbox).
class WordsIndexCache {
 public:
  // The index built for exactly these phrases (in this order, with this ignore_case) from
  // `table`, or nullptr.
  const PhraseIndex* find(const void* table, const std::vector<std::string>& phrases,
                          bool ignore_case) const;
  // Keeps `index` for `table`; returns it. Forgets everything kept when it holds many.
  const PhraseIndex& keep(const void* table, std::vector<std::string> phrases, bool ignore_case,
                          std::unique_ptr<PhraseIndex> index);

 private:
  static constexpr std::size_t kMaxTables = 64;
  struct Entry {
    std::vector<std::string> phrases;
    bool ignore_case = false;
    std::unique_ptr<PhraseIndex> index;
  };
  std::unordered_map<const void*, Entry> entries_;
};

}  // namespace cabletei
