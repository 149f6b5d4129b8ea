// Runs a house style over one document in a fresh sandbox: scripts return filters, later
// filters replace or switch off earlier ones by name, then after_encode hooks, each filter's
// element walk and text rules in order, and before_render hooks.
#include <libxml/tree.h>

#include <lua.hpp>

#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "style/authority_binding.hpp"
#include "style/lua_filters.hpp"
#include "style/lua_node.hpp"
#include "style/style_context.hpp"
#include "style/style_run.hpp"
#include "style/style_set.hpp"
#include "style/text_rules.hpp"

namespace cabletei {
namespace {

constexpr const char* kLoadedKey = "cabletei.loaded";
constexpr const char* kLoadingMark = "cabletei.loading";
constexpr const char* kOriginKey = "cabletei.origin";  // filter table -> script name
constexpr int kMaxNesting = 32;                        // lists of filters inside lists

// require(name): "tei" is the host module; others are compiled modules of the style folders,
// run once per document and cached.
int sandbox_require(lua_State* L) {
  std::string name = luaL_checkstring(L, 1);
  if (name == "tei") {
    push_tei_module(L);
    return 1;
  }
  lua_getfield(L, LUA_REGISTRYINDEX, kLoadedKey);
  int loaded = lua_gettop(L);
  lua_getfield(L, loaded, name.c_str());
  if (lua_type(L, -1) == LUA_TLIGHTUSERDATA)
    return luaL_error(L, "module '%s' requires itself (a require loop)", name.c_str());
  if (!lua_isnil(L, -1)) return 1;
  lua_pop(L, 1);
  auto found = StyleRun::of(L).style->module(name);
  if (auto* e = std::get_if<StyleLoadError>(&found)) {
    std::string message = e->file.empty() ? e->message : e->to_string();
    return luaL_error(L, "%s", message.c_str());
  }
  const StyleSet::Chunk* chunk = std::get<const StyleSet::Chunk*>(found);
  lua_pushlightuserdata(L, const_cast<char*>(kLoadingMark));
  lua_setfield(L, loaded, name.c_str());
  std::string chunkname = "@" + chunk->name;
  if (luaL_loadbufferx(L, chunk->bytecode.data(), chunk->bytecode.size(), chunkname.c_str(), "b") !=
      LUA_OK)
    return lua_error(L);
  lua_pushstring(L, name.c_str());
  if (lua_pcall(L, 1, 1, 0) != LUA_OK) {  // forget the mark: requiring it again must report
    lua_pushnil(L);                       // this error again, not a require loop
    lua_setfield(L, loaded, name.c_str());
    return lua_error(L);
  }
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    lua_pushboolean(L, 1);
  }
  lua_pushvalue(L, -1);
  lua_setfield(L, loaded, name.c_str());
  return 1;
}

// Adds the filters in the value at `index` to the pipeline table at `pipeline` (a list).
void add_filters(lua_State* L, int index, int pipeline, const char* script, int depth) {
  index = lua_absindex(L, index);
  if (depth > kMaxNesting) luaL_error(L, "%s: filter lists nested too deeply", script);
  if (!lua_istable(L, index))
    luaL_error(L, "%s returned %s; a style returns a filter table or a list of them", script,
               luaL_typename(L, index));
  if (luaL_len(L, index) > 0) {
    lua_Integer size = luaL_len(L, index);
    for (lua_Integer k = 1; k <= size; ++k) {
      lua_geti(L, index, k);
      add_filters(L, -1, pipeline, script, depth + 1);
      lua_pop(L, 1);
    }
    return;
  }
  lua_getfield(L, LUA_REGISTRYINDEX, kOriginKey);
  lua_pushvalue(L, index);
  lua_pushstring(L, script);
  lua_rawset(L, -3);
  lua_pop(L, 1);
  lua_getfield(L, index, "name");
  const char* name = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : nullptr;
  lua_getfield(L, index, "off");
  bool off = lua_toboolean(L, -1);
  lua_pop(L, 1);
  lua_Integer size = luaL_len(L, pipeline);
  if (name) {
    for (lua_Integer k = 1; k <= size; ++k) {
      lua_geti(L, pipeline, k);
      lua_getfield(L, -1, "name");
      bool same = lua_type(L, -1) == LUA_TSTRING && std::string(lua_tostring(L, -1)) == name;
      lua_pop(L, 2);
      if (!same) continue;
      if (off) {  // switch the earlier one off: shift the rest down
        for (lua_Integer j = k; j < size; ++j) {
          lua_geti(L, pipeline, j + 1);
          lua_seti(L, pipeline, j);
        }
        lua_pushnil(L);
        lua_seti(L, pipeline, size);
      } else {
        lua_pushvalue(L, index);
        lua_seti(L, pipeline, k);
      }
      lua_pop(L, 1);
      return;
    }
  }
  lua_pop(L, 1);
  if (off) return;  // switching off something absent is fine: styles compose freely
  lua_pushvalue(L, index);
  lua_seti(L, pipeline, size + 1);
}

// Calls the hook `phase` of every filter that has one with (root, cx).
void run_phase(lua_State* L, int pipeline, int cx, xmlNode* root, const char* phase) {
  lua_Integer size = luaL_len(L, pipeline);
  for (lua_Integer k = 1; k <= size; ++k) {
    lua_geti(L, pipeline, k);
    if (lua_getfield(L, -1, phase) == LUA_TFUNCTION) {
      push_node(L, root);
      lua_pushvalue(L, cx);
      lua_call(L, 2, 0);
    } else {
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
}

// Runs one filter: arguments (filter, cx, root as light userdata).
int run_filter(lua_State* L) {
  auto* root = static_cast<xmlNode*>(lua_touserdata(L, 3));
  walk_filter(L, 1, 2, root);
  if (lua_getfield(L, 1, "text") == LUA_TTABLE) apply_text_rules(L, -1, 2, root);
  return 0;
}

// True when `message` starts with "file:line:" (a Lua error raised at a script line).
bool located(const char* message) {
  const char* colon = message ? std::strchr(message, ':') : nullptr;
  return colon && colon[1] >= '0' && colon[1] <= '9';
}

void run_filters(lua_State* L, int pipeline, int cx, xmlNode* root) {
  lua_Integer size = luaL_len(L, pipeline);
  for (lua_Integer k = 1; k <= size; ++k) {
    lua_pushcfunction(L, run_filter);
    lua_geti(L, pipeline, k);
    lua_pushvalue(L, cx);
    lua_pushlightuserdata(L, root);
    if (lua_pcall(L, 3, 0, 0) == LUA_OK) continue;
    const char* message = lua_tostring(L, -1);
    if (located(message)) lua_error(L);
    lua_geti(L, pipeline, k);
    lua_getfield(L, -1, "name");
    const char* name = lua_tostring(L, -1);
    lua_getfield(L, LUA_REGISTRYINDEX, kOriginKey);
    lua_geti(L, pipeline, k);
    lua_rawget(L, -2);
    const char* script = lua_tostring(L, -1);
    lua_pushfstring(L, "%s: %s%s%s: %s", script ? script : "style", name ? "filter '" : "filter ",
                    name ? name : std::to_string(k).c_str(), name ? "'" : "",
                    message ? message : "error");
    lua_error(L);
  }
}

constexpr const char* kPipelineKey = "cabletei.pipeline";
constexpr const char* kContextKey = "cabletei.session.cx";

// The protected set-up of a session: arguments are the StyleRun (light userdata), the
// prelude and the scripts' main functions. Leaves the pipeline and cx in the registry.
int set_up_session(lua_State* L) {
  auto* run = static_cast<StyleRun*>(lua_touserdata(L, 1));
  int scripts = lua_gettop(L) - 2;
  StyleRun::attach(L, run);
  open_node_library(L);
  open_authority_library(L);
  lua_pushvalue(L, 2);  // prelude(List, tei)
  luaL_getmetatable(L, "cabletei.List");
  push_tei_module(L);
  lua_call(L, 2, 0);
  push_tei_module(L);
  lua_setglobal(L, "tei");
  lua_pushcfunction(L, sandbox_require);
  lua_setglobal(L, "require");
  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, kLoadedKey);
  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, kOriginKey);
  push_context(L, *run->style);
  lua_setfield(L, LUA_REGISTRYINDEX, kContextKey);
  lua_newtable(L);
  int pipeline = lua_gettop(L);
  for (int k = 0; k < scripts; ++k) {
    const std::string& name = run->style->scripts()[static_cast<std::size_t>(k)].name;
    lua_pushvalue(L, 3 + k);
    lua_call(L, 0, 1);
    add_filters(L, -1, pipeline, name.c_str(), 0);
    lua_pop(L, 1);
  }
  lua_setfield(L, LUA_REGISTRYINDEX, kPipelineKey);
  return 0;
}

// The protected styling of one document: argument the StyleRun (light userdata).
int style_document(lua_State* L) {
  auto* run = static_cast<StyleRun*>(lua_touserdata(L, 1));
  StyleRun::attach(L, run);
  lua_getfield(L, LUA_REGISTRYINDEX, kPipelineKey);
  int pipeline = lua_gettop(L);
  lua_getfield(L, LUA_REGISTRYINDEX, kContextKey);
  int cx = lua_gettop(L);
  xmlNode* root = run->editor.root();
  run_phase(L, pipeline, cx, root, "after_encode");
  run_filters(L, pipeline, cx, root);
  run_phase(L, pipeline, cx, root, "before_render");
  return 0;
}

Diagnostic style_failure(const ScriptError& e) {
  Diagnostic d;
  d.severity = Severity::error;
  d.code = "style-failed";
  d.line = 0;
  d.column = 0;
  d.message = e.message;
  d.script = e.file;
  d.script_line = static_cast<std::size_t>(e.line);
  // A handler's error names the element's input line: the diagnostic points there too.
  constexpr std::string_view kFrom = "from input line ";
  if (std::size_t at = e.message.rfind(kFrom); at != std::string::npos)
    d.line = std::strtoul(e.message.c_str() + at + kFrom.size(), nullptr, 10);
  return d;
}

}  // namespace

struct StyleSession::State {
  const StyleSet* style = nullptr;
  Diagnostics* diagnostics = nullptr;  // of the document being styled
  std::unique_ptr<LuaSandbox> sandbox;
  WordsIndexCache words_indexes;  // checked against each table's phrases before reuse
};

StyleSession::StyleSession() : state_(std::make_unique<State>()) {}
StyleSession::~StyleSession() = default;

namespace {

// Lua shortens chunk names to "...tail"; the sandbox restores those of the chunks it loaded,
// this those of the modules that require loaded.
std::string full_name(const StyleSet& style, const std::string& file) {
  if (file.rfind("...", 0) != 0) return file;
  std::string_view tail = std::string_view(file).substr(3);
  for (const auto& chunk : style.scripts())
    if (std::string_view(chunk.name).ends_with(tail)) return chunk.name;
  return style.module_named_like(tail).value_or(file);
}

// A sandbox for `state`, its print/warn routed to the document being styled, with the
// scripts run and the pipeline built; or the error.
std::optional<ScriptError> open_session(StyleSession::State& state, StyleRun& run) {
  const StyleSet& style = *state.style;
  StyleSession::State* target = &state;
  auto sink = [target](const ScriptMessage& m) {
    if (!target->diagnostics) return;
    Diagnostic d;
    d.severity = m.severity;
    d.code = m.severity == Severity::note ? "style-print" : "style-warning";
    d.line = 0;
    d.column = 0;
    d.message = m.text;
    d.script = full_name(*target->style, m.file);
    d.script_line = static_cast<std::size_t>(m.line);
    target->diagnostics->add(std::move(d));
  };
  state.sandbox = std::make_unique<LuaSandbox>(style.limits(), sink);
  LuaSandbox& sandbox = *state.sandbox;
  lua_State* L = sandbox.state();
  if (!L) return sandbox.run_string("", "style");  // reports why the state is missing
  lua_pushcfunction(L, set_up_session);
  lua_pushlightuserdata(L, &run);
  std::optional<ScriptError> error =
      sandbox.load_compiled(style.prelude().bytecode, style.prelude().name);
  for (std::size_t k = 0; !error && k < style.scripts().size(); ++k)
    error = sandbox.load_compiled(style.scripts()[k].bytecode, style.scripts()[k].name);
  if (error) {
    lua_settop(L, 0);
    return error;
  }
  return sandbox.call(static_cast<int>(style.scripts().size()) + 2, 0);
}

std::optional<ScriptError> style_with(StyleSession::State& state, StyleRun& run) {
  if (!state.sandbox)
    if (auto error = open_session(state, run)) return error;
  LuaSandbox& sandbox = *state.sandbox;
  sandbox.renew_budget();
  run.words_indexes = &state.words_indexes;
  lua_State* L = sandbox.state();
  lua_pushcfunction(L, style_document);
  lua_pushlightuserdata(L, &run);
  return sandbox.call(1, 0);
}

std::size_t error_count(const Diagnostics& diagnostics) {
  std::size_t n = 0;
  for (const Diagnostic& d : diagnostics.items()) n += d.severity == Severity::error;
  return n;
}

}  // namespace

bool StyleSet::apply(xmlDoc* doc, Diagnostics& diagnostics, StyleSession* session) const noexcept {
  StyleSession fresh;
  StyleSession::State& state = *(session ? session : &fresh)->state_;
  try {
    if (state.style != this) state.sandbox.reset();
    state.style = this;
    state.diagnostics = &diagnostics;
    std::size_t errors_before = error_count(diagnostics);
    bool ok = false;
    {
      StyleRun run(doc);
      run.style = this;
      run.diagnostics = &diagnostics;
      if (auto error = style_with(state, run)) {
        error->file = full_name(*this, error->file);
        diagnostics.add(style_failure(*error));
      }
      ok = error_count(diagnostics) == errors_before;
      // The tree editor frees this document's loose nodes when `run` ends; no proxy can
      // reach them afterwards (generations), and a failed sandbox is not reused.
    }
    if (!ok) state.sandbox.reset();
    state.diagnostics = nullptr;
    return ok;
  } catch (...) {
    state.sandbox.reset();
    state.diagnostics = nullptr;
    Diagnostic d;
    d.severity = Severity::error;
    d.code = "style-failed";
    d.line = d.column = 0;
    d.message = "out of memory while applying the style";
    diagnostics.add(std::move(d));
    return false;
  }
}

}  // namespace cabletei
