// The house-style context `cx` (see style_context.hpp): a userdata whose fields are looked up
// by the host, so that scripts can neither change nor shadow them.
#include "style/style_context.hpp"

#include <libxml/tree.h>
#include <lua.hpp>

#include <string>
#include <string_view>

#include "authority/authority_list.hpp"
#include "style/authority_binding.hpp"
#include "style/lua_node.hpp"
#include "style/style_run.hpp"
#include "style/style_set.hpp"

namespace cabletei {
namespace {

constexpr const char* kContextMeta = "cabletei.cx";
constexpr const char* kParamsMeta = "cabletei.params";

struct ContextBox {
  const StyleSet* style;
};

const AuthorityBinding* empty_list(AuthorityKind kind) {
  static const AuthorityBinding persons{AuthorityList{AuthorityKind::persons, "", {}, {}, "", ""}};
  static const AuthorityBinding terms{AuthorityList{AuthorityKind::terms, "", {}, {}, "", ""}};
  return kind == AuthorityKind::persons ? &persons : &terms;
}

const StyleSet& style_of(lua_State* L, int index, const char* meta) {
  return *static_cast<ContextBox*>(luaL_checkudata(L, index, meta))->style;
}

int params_index(lua_State* L) {
  const auto& params = style_of(L, 1, kParamsMeta).params();
  auto it = params.find(luaL_checkstring(L, 2));
  if (it == params.end())
    lua_pushnil(L);
  else
    lua_pushlstring(L, it->second.data(), it->second.size());
  return 1;
}

int params_next(lua_State* L) {
  const auto& params = style_of(L, 1, kParamsMeta).params();
  auto it = lua_isnil(L, 2) ? params.begin() : params.upper_bound(luaL_checkstring(L, 2));
  if (it == params.end()) return 0;
  lua_pushlstring(L, it->first.data(), it->first.size());
  lua_pushlstring(L, it->second.data(), it->second.size());
  return 2;
}

int params_pairs(lua_State* L) {
  style_of(L, 1, kParamsMeta);
  lua_pushcfunction(L, params_next);
  lua_pushvalue(L, 1);
  lua_pushnil(L);
  return 3;
}

int read_only(lua_State* L) {
  bool params = luaL_testudata(L, 1, kParamsMeta) != nullptr;
  return luaL_error(L, "%s is read-only", params ? "cx.params" : "cx");
}

// cx:warn(node, fmt, ...) and its siblings; the severity is upvalue 1.
int report(lua_State* L) {
  style_of(L, 1, kContextMeta);
  auto severity = static_cast<Severity>(lua_tointeger(L, lua_upvalueindex(1)));
  xmlNode* node = lua_isnil(L, 2) ? nullptr : check_node(L, 2);
  int nargs = lua_gettop(L) - 2;
  luaL_checkstring(L, 3);
  lua_getglobal(L, "string");
  lua_getfield(L, -1, "format");
  for (int k = 3; k < 3 + nargs; ++k) lua_pushvalue(L, k);
  lua_call(L, nargs, 1);
  Diagnostic d;
  d.severity = severity;
  d.code = severity == Severity::error
               ? "style-error"
               : (severity == Severity::warning ? "style-warning" : "style-note");
  d.line = node ? static_cast<std::size_t>(line_of(node)) : 0;
  d.column = 0;
  d.message = luaL_tolstring(L, -1, nullptr);
  lua_Debug ar;
  if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar)) {
    std::string_view source = ar.source ? ar.source : "";
    if (!source.empty() && (source[0] == '@' || source[0] == '=')) source.remove_prefix(1);
    d.script = std::string(source);
    d.script_line = ar.currentline > 0 ? static_cast<std::size_t>(ar.currentline) : 0;
  }
  StyleRun& run = StyleRun::of(L);
  if (run.diagnostics) run.diagnostics->add(std::move(d));
  run.charge(L, 50);
  return 0;
}

// cx.coverage: {min = "…", max = "…"} from the first list that carries the volume's span.
void push_coverage(lua_State* L, const StyleSet& style) {
  for (const AuthorityBinding* b : {style.persons(), style.terms()}) {
    if (!b || b->list.coverage_min.empty() || b->list.coverage_max.empty()) continue;
    lua_createtable(L, 0, 2);
    lua_pushstring(L, b->list.coverage_min.c_str());
    lua_setfield(L, -2, "min");
    lua_pushstring(L, b->list.coverage_max.c_str());
    lua_setfield(L, -2, "max");
    return;
  }
  lua_pushnil(L);
}

int context_index(lua_State* L) {
  const StyleSet& style = style_of(L, 1, kContextMeta);
  std::string_view key = luaL_checkstring(L, 2);
  if (key == "params") {
    auto* box = static_cast<ContextBox*>(lua_newuserdatauv(L, sizeof(ContextBox), 0));
    box->style = &style;
    luaL_setmetatable(L, kParamsMeta);
  } else if (key == "persons") {
    push_authority(L, style.persons() ? style.persons() : empty_list(AuthorityKind::persons));
  } else if (key == "terms") {
    push_authority(L, style.terms() ? style.terms() : empty_list(AuthorityKind::terms));
  } else if (key == "coverage") {
    push_coverage(L, style);
  } else if (key == "format") {
    lua_pushliteral(L, "tei");
  } else {
    lua_pushvalue(L, 2);
    lua_rawget(L, lua_upvalueindex(1));  // methods
  }
  return 1;
}

void lock(lua_State* L) {
  lua_pushliteral(L, "locked");
  lua_setfield(L, -2, "__metatable");
  lua_pushcfunction(L, read_only);
  lua_setfield(L, -2, "__newindex");
}

}  // namespace

void push_context(lua_State* L, const StyleSet& style) {
  if (luaL_newmetatable(L, kParamsMeta)) {
    lua_pushcfunction(L, params_index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, params_pairs);
    lua_setfield(L, -2, "__pairs");
    lock(L);
  }
  lua_pop(L, 1);
  if (luaL_newmetatable(L, kContextMeta)) {
    lua_createtable(L, 0, 3);
    const std::pair<const char*, Severity> methods[] = {
        {"note", Severity::note}, {"warn", Severity::warning}, {"error", Severity::error}};
    for (const auto& [name, severity] : methods) {
      lua_pushinteger(L, static_cast<lua_Integer>(severity));
      lua_pushcclosure(L, report, 1);
      lua_setfield(L, -2, name);
    }
    lua_pushcclosure(L, context_index, 1);
    lua_setfield(L, -2, "__index");
    lock(L);
  }
  lua_pop(L, 1);
  auto* box = static_cast<ContextBox*>(lua_newuserdatauv(L, sizeof(ContextBox), 0));
  box->style = &style;
  luaL_setmetatable(L, kContextMeta);
}

}  // namespace cabletei
