// The state of one style run over one document, shared by the Lua bindings: the tree editor,
// the diagnostics it adds to, the loaded style, and caches; found from the lua_State.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "diag/diagnostics.hpp"
#include "style/selector.hpp"
#include "style/tree_editor.hpp"
#include "style/words_index_cache.hpp"

struct lua_State;

namespace cabletei {

class StyleSet;

struct StyleRun {
  TreeEditor editor;
  const StyleSet* style = nullptr;
  Diagnostics* diagnostics = nullptr;
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept {
      return std::hash<std::string_view>{}(text);
    }
  };
  // Parsed selectors by text (looked up without copying the text).
  std::unordered_map<std::string, Selector, TextHash, std::equal_to<>> selectors;
  // The session's indexes of `words` tables (it outlives the run); null: built per run.
  WordsIndexCache* words_indexes = nullptr;

  // Unique per run: node proxies carry it, so that a proxy kept by a script from an earlier
  // document (in a sandbox kept across documents) is refused instead of dangling.
  const std::uint64_t generation;

  explicit StyleRun(struct _xmlDoc* doc);

  // Registers `run` as the run of L (a light userdata in the registry).
  static void attach(lua_State* L, StyleRun* run);
  // The run of L; raises a Lua error when there is none.
  static StyleRun& of(lua_State* L);
  // The parsed selector for `text`, from the cache; raises a Lua error for a bad selector.
  const Selector& selector(lua_State* L, std::string_view text);
  // Charges the bytes the editor has created since the last call to the sandbox's limits.
  void charge(lua_State* L, std::int64_t units);

 private:
  std::size_t charged_bytes_ = 0;
};

}  // namespace cabletei
