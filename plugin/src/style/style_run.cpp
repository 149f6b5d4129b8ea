// The per-document state of a style run (see style_run.hpp), kept as a light userdata in the
// Lua registry so that every binding can reach it.
#include "style/style_run.hpp"

#include <lua.hpp>

#include <atomic>

#include "style/lua_sandbox.hpp"

namespace cabletei {
namespace {
// The registry key of the run: this variable's address (no string to hash on every lookup).
const char kRunKey = 0;

std::uint64_t next_generation() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}
}  // namespace

StyleRun::StyleRun(struct _xmlDoc* doc) : editor(doc), generation(next_generation()) {}

void StyleRun::attach(lua_State* L, StyleRun* run) {
  lua_pushlightuserdata(L, run);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &kRunKey);
}

StyleRun& StyleRun::of(lua_State* L) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &kRunKey);
  auto* run = static_cast<StyleRun*>(lua_touserdata(L, -1));
  lua_pop(L, 1);
  if (!run) luaL_error(L, "no document is being styled");
  return *run;
}

const Selector& StyleRun::selector(lua_State* L, std::string_view text) {
  auto it = selectors.find(text);
  if (it != selectors.end()) return it->second;
  // Every selector parsed stays cached until the run ends: charge what it may hold (one
  // character can open a group and a compound: "a,a,a").
  LuaSandbox::charge(L, static_cast<std::int64_t>(text.size() / 8 + 1), 96 * text.size() + 256);
  std::string key(text);
  auto parsed = Selector::parse(key);
  if (auto* error = std::get_if<std::string>(&parsed))
    luaL_error(L, "bad selector '%s': %s", key.c_str(), error->c_str());
  return selectors.emplace(std::move(key), std::get<Selector>(std::move(parsed))).first->second;
}

void StyleRun::charge(lua_State* L, std::int64_t units) {
  std::size_t bytes = editor.created_bytes() - charged_bytes_;
  charged_bytes_ = editor.created_bytes();
  LuaSandbox::charge(L, units, bytes);
}

}  // namespace cabletei
