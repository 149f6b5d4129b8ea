// The sandboxed Lua runtime: a capped allocator, a self-re-arming count hook, metered library
// calls and protected runs that turn every failure into a ScriptError.
#include "style/lua_sandbox.hpp"

// Debian's luaconf.h declares the API extern "C" when compiled as C++, so these plain
// includes suit both liblua5.4 and liblua5.4-c++ (linked here: errors are C++ exceptions).
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <time.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string_view>
#include <utility>
#include <vector>

#include "style/lua_pattern_cost.hpp"

namespace cabletei {
namespace {

constexpr const char* kRawFindKey = "cabletei.raw_find";
constexpr int kHookInterval = 1000;                 // instructions between count hooks
constexpr std::size_t kClockEveryBytes = 1u << 20;  // allocator checks the clock this often
constexpr std::size_t kStoppedGrowthLimit = 16384;  // largest growth once stopped
constexpr std::size_t kMaxMessageText = 4096;       // print/warn text is cut here
constexpr std::int64_t kMaxCharge = std::int64_t{1} << 62;

enum class Stop { none, memory, instructions, time, closing };

// Monotonic time in ns at ~4 ms resolution; a few ns per call, so cheap enough per C call.
std::int64_t coarse_now_ns() noexcept {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
  return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

const char* stop_text(Stop stop) {
  switch (stop) {
    case Stop::memory:
      return "memory limit exceeded";
    case Stop::instructions:
      return "instruction limit exceeded";
    case Stop::time:
      return "time limit exceeded";
    case Stop::closing:
      return "sandbox closed";
    case Stop::none:
      break;
  }
  return "no limit exceeded";
}

ScriptErrorKind stop_kind(Stop stop) {
  switch (stop) {
    case Stop::memory:
      return ScriptErrorKind::memory_limit;
    case Stop::instructions:
      return ScriptErrorKind::instruction_limit;
    case Stop::time:
      return ScriptErrorKind::time_limit;
    default:
      return ScriptErrorKind::internal;
  }
}

}  // namespace

struct LuaSandbox::Impl {
  SandboxLimits limits;
  ScriptMessageSink sink;
  lua_State* L = nullptr;
  std::string setup_error;
  std::vector<std::string> chunk_names;  // without '@', to undo short_src truncation

  // Memory: bytes held, growth since the last clock check, and the last refused request
  // (Lua retries a refused request once after an emergency collection). Past the soft limit
  // (15/16 of the cap) the next hook or library call collects garbage and, if the live data
  // is still past it, stops the script there, so that the error can carry a line.
  std::size_t used = 0;
  std::size_t external = 0;  // part of `used` charged by the host (tree nodes), not Lua's own
  std::size_t soft_limit = 0;
  bool over_soft_limit = false;
  std::size_t grown_since_clock = 0;
  const void* refused_block = nullptr;
  std::size_t refused_size = 0;
  bool refused_any = false;  // else a LUA_ERRMEM is a script's error("not enough memory")

  // Instructions and time. `depth` counts nested protected calls; time runs only inside.
  std::int64_t instructions_left = 0;
  std::int64_t time_left_ns = 0;
  std::int64_t call_start_ns = 0;
  std::int64_t deadline_ns = 0;
  int depth = 0;

  // The first limit hit, and where the script was when it was raised.
  Stop stop = Stop::none;
  bool stop_site_known = false;
  char stop_file[256] = {};
  int stop_line = 0;

  // print/warn output.
  std::size_t messages = 0;
  std::string warning;

  Impl(SandboxLimits l, ScriptMessageSink s) : limits(l), sink(std::move(s)) {}
  void open();
  bool within_limits(std::int64_t units) noexcept;
  void note_growth(std::size_t bytes) noexcept;
  void note_refusal(const void* block, std::size_t nsize) noexcept;
  void deliver(Severity severity, const char* src, int line, std::string_view text) noexcept;
  void on_warning(const char* piece, bool more) noexcept;
  void begin_call() noexcept;
  void end_call() noexcept;
  std::string full_chunk_name(std::string_view short_src) const;
  std::optional<ScriptError> load_and_run(const std::string& chunk, const std::string& name,
                                          int nresults);
  std::optional<ScriptError> protected_call(int nargs, int nresults, const std::string& file);
  ScriptError error_from_stack(int status, const std::string& file) const;
  void apply_stop(ScriptError& e, const std::string& file) const;
};

namespace {

using Impl = LuaSandbox::Impl;

Impl* impl_of(lua_State* L) {
  void* ud = nullptr;
  lua_getallocf(L, &ud);
  return static_cast<Impl*>(ud);
}

ScriptError make_error(ScriptErrorKind kind, const std::string& file, const char* message) {
  ScriptError e;
  e.kind = kind;
  try {
    e.file = file;
    e.message = message;
  } catch (...) {  // an error without text is still an error
  }
  return e;
}

// ---- Memory ------------------------------------------------------------------------------

// lua_Alloc enforcing limits.memory_bytes. When ptr is null, osize is a type tag, not a size.
void* limited_alloc(void* ud, void* ptr, std::size_t osize, std::size_t nsize) noexcept {
  auto* s = static_cast<Impl*>(ud);
  const std::size_t old = ptr != nullptr ? osize : 0;
  if (nsize == 0) {
    std::free(ptr);
    s->used -= old;
    return nullptr;
  }
  if (nsize > old) {
    const std::size_t growth = nsize - old;
    s->note_growth(growth);
    if ((s->stop != Stop::none && growth > kStoppedGrowthLimit) ||
        growth > s->limits.memory_bytes - std::min(s->used, s->limits.memory_bytes)) {
      s->note_refusal(ptr, nsize);
      return nullptr;
    }
  }
  void* block = std::realloc(ptr, nsize);
  if (block == nullptr) return nsize <= old ? ptr : nullptr;  // Lua assumes shrinking works
  s->used = s->used - old + nsize;
  if (s->used > s->soft_limit) s->over_soft_limit = true;
  s->refused_block = nullptr;
  s->refused_size = 0;
  return block;
}

// ---- Instructions and time -----------------------------------------------------------------

void count_hook(lua_State* L, lua_Debug* ar);

// Records where the script was stopped (first time only), makes the hook fire on every
// instruction of this thread so that pcall cannot swallow the error, and raises it.
int raise_stop(lua_State* L, Impl* s, const char* src, int line) {
  if (!s->stop_site_known && src != nullptr && line > 0) {
    std::snprintf(s->stop_file, sizeof s->stop_file, "%s", src);
    s->stop_line = line;
    s->stop_site_known = true;
  }
  lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
  if (src != nullptr && line > 0)
    lua_pushfstring(L, "%s:%d: %s", src, line, stop_text(s->stop));
  else
    lua_pushstring(L, stop_text(s->stop));
  return lua_error(L);
}

// Acts on the soft memory limit: collects garbage, then stops if that was not enough.
void settle_memory(lua_State* L, Impl* s) {
  if (!s->over_soft_limit || s->stop != Stop::none) return;
  s->over_soft_limit = false;
  lua_gc(L, LUA_GCCOLLECT);
  if (s->used > s->soft_limit) s->stop = Stop::memory;
}

void count_hook(lua_State* L, lua_Debug* ar) {
  Impl* s = impl_of(L);
  settle_memory(L, s);
  if (s->within_limits(kHookInterval)) return;
  lua_getinfo(L, "Sl", ar);
  raise_stop(L, s, ar->short_src, ar->currentline);
}

// Charges `units` instructions for the C function running in L; raises if a limit is hit,
// at the nearest calling line of Lua (the caller may be pcall or another C function).
void meter(lua_State* L, std::int64_t units) {
  Impl* s = impl_of(L);
  settle_memory(L, s);
  if (s->within_limits(units)) return;
  lua_Debug ar;
  for (int level = 1; lua_getstack(L, level, &ar) != 0; ++level) {
    if (lua_getinfo(L, "Sl", &ar) != 0 && ar.currentline > 0)
      raise_stop(L, s, ar.short_src, ar.currentline);
  }
  raise_stop(L, s, nullptr, 0);
}

std::int64_t clamp_units(double units) {
  if (!(units > 0)) return 0;
  return units >= static_cast<double>(kMaxCharge) ? kMaxCharge : static_cast<std::int64_t>(units);
}

// ---- Guards run before a library function; they charge its cost or refuse it ------------

constexpr int kRunOriginal = -1;
using Guard = int (*)(lua_State*);

int no_guard(lua_State*) { return kRunOriginal; }

// Part of string argument 1 from position `init` (1-based, negative from the end) on.
std::string_view subject_from(lua_State* L, lua_Integer init) {
  std::size_t len = 0;
  const char* s = luaL_checklstring(L, 1, &len);
  const auto n = static_cast<lua_Integer>(len);
  if (init < 0) init = init < -n ? 1 : n + init + 1;
  if (init == 0) init = 1;
  if (init > n + 1) return {};
  return std::string_view(s, len).substr(static_cast<std::size_t>(init - 1));
}

// Refuses `pattern` over `subject` when its work bound is too high (a Lua error), else
// charges one pass over the subject.
void admit_pattern(lua_State* L, std::string_view subject, std::string_view pattern,
                   PatternUse use) {
  double work = HUGE_VAL;
  try {
    work = pattern_work(subject, pattern, use);
  } catch (...) {  // out of host memory while analysing: treat as too complex
  }
  if (work > kPatternWorkLimit)
    luaL_error(L, "pattern too complex for a subject of %I bytes",
               static_cast<lua_Integer>(subject.size()));
  meter(L, 1 + static_cast<std::int64_t>(subject.size() / 8));
}

int check_pattern(lua_State* L, std::string_view subject, PatternUse use) {
  std::size_t plen = 0;
  const char* p = luaL_checklstring(L, 2, &plen);
  admit_pattern(L, subject, std::string_view(p, plen), use);
  return kRunOriginal;
}

int guard_find(lua_State* L) {
  std::string_view subject = subject_from(L, luaL_optinteger(L, 3, 1));
  return check_pattern(L, subject, lua_toboolean(L, 4) ? PatternUse::plain_find : PatternUse::find);
}

int guard_match(lua_State* L) {
  return check_pattern(L, subject_from(L, luaL_optinteger(L, 3, 1)), PatternUse::match);
}

int guard_gmatch(lua_State* L) {
  return check_pattern(L, subject_from(L, luaL_optinteger(L, 3, 1)), PatternUse::gmatch);
}

int guard_gsub(lua_State* L) { return check_pattern(L, subject_from(L, 1), PatternUse::gsub); }

// string.rep("", n) would loop n times doing nothing (n up to 2^63): answer it directly.
// A result larger than the memory cap stops the script before trying.
int guard_rep(lua_State* L) {
  std::size_t len = 0;
  std::size_t sep = 0;
  luaL_checklstring(L, 1, &len);
  const lua_Integer n = luaL_checkinteger(L, 2);
  luaL_optlstring(L, 3, "", &sep);
  if (n <= 0) return kRunOriginal;
  if (len + sep == 0) {
    lua_pushliteral(L, "");
    return 1;
  }
  const double bytes = static_cast<double>(n) * static_cast<double>(len + sep);
  Impl* s = impl_of(L);
  if (bytes > static_cast<double>(s->limits.memory_bytes) && s->stop == Stop::none)
    s->stop = Stop::memory;  // can never fit: stop here, where the line is known
  meter(L, clamp_units(bytes / 8));
  return kRunOriginal;
}

// Element count of i..j, as a charge.
std::int64_t span(lua_Integer i, lua_Integer j) {
  return j < i ? 0 : clamp_units(static_cast<double>(j) - static_cast<double>(i) + 1);
}

// table.insert(t, pos, v) and table.remove(t, pos) shift #t - pos elements, and #t may come
// from a __len metamethod (so it is called twice).
int guard_insert(lua_State* L) {
  if (lua_gettop(L) != 3 || !lua_istable(L, 1)) return kRunOriginal;
  const lua_Integer pos = luaL_checkinteger(L, 2);
  meter(L, span(pos, luaL_len(L, 1)));
  return kRunOriginal;
}

int guard_remove(lua_State* L) {
  if (lua_gettop(L) < 2 || !lua_istable(L, 1)) return kRunOriginal;
  const lua_Integer size = luaL_len(L, 1);
  meter(L, span(luaL_optinteger(L, 2, size), size));
  return kRunOriginal;
}

int guard_move(lua_State* L) {
  meter(L, span(luaL_checkinteger(L, 2), luaL_checkinteger(L, 3)));
  return kRunOriginal;
}

// Last index of a range argument: explicit, or #t.
lua_Integer range_end(lua_State* L, int arg) {
  return lua_isnoneornil(L, arg) ? luaL_len(L, 1) : luaL_checkinteger(L, arg);
}

int guard_unpack(lua_State* L) {
  const lua_Integer i = luaL_optinteger(L, 2, 1);
  meter(L, span(i, range_end(L, 3)));
  return kRunOriginal;
}

int guard_concat(lua_State* L) {
  if (!lua_istable(L, 1)) return kRunOriginal;
  const lua_Integer i = luaL_optinteger(L, 3, 1);
  meter(L, span(i, range_end(L, 4)));
  return kRunOriginal;
}

int guard_sort(lua_State* L) {
  if (!lua_istable(L, 1)) return kRunOriginal;
  const auto n = static_cast<double>(std::max<lua_Integer>(luaL_len(L, 1), 0));
  meter(L, clamp_units(n * std::log2(n + 2)));
  return kRunOriginal;
}

// An object marked for finalization runs its __gc with hooks off (lgc.c: GCTM), so no limit
// could stop it; Lua marks objects only in setmetatable, when __gc is already there.
int guard_setmetatable(lua_State* L) {
  if (lua_type(L, 2) != LUA_TTABLE) return kRunOriginal;
  lua_pushliteral(L, "__gc");
  const bool has_gc = lua_rawget(L, 2) != LUA_TNIL;
  lua_pop(L, 1);
  if (has_gc) return luaL_argerror(L, 2, "__gc metamethods are not allowed");
  return kRunOriginal;
}

// The script's xpcall handler (upvalue 1), skipped once the sandbox is stopped: a stop is
// raised inside the count hook, where hooks are off, so the handler could loop forever.
int xpcall_handler(lua_State* L) {
  if (impl_of(L)->stop != Stop::none) return 1;  // pass the stop error through
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

int guard_xpcall(lua_State* L) {
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_pushvalue(L, 2);
  lua_pushcclosure(L, xpcall_handler, 1);
  lua_replace(L, 2);
  return kRunOriginal;
}

// A library function behind a guard. The original (upvalue 1, a C function without
// upvalues) runs in this same call frame, so its error messages name the right function and
// script line. Every wrapped call also checks the stop flag and the clock.
template <Guard guard>
int metered(lua_State* L) {
  meter(L, 0);
  const int results = guard(L);
  if (results != kRunOriginal) return results;
  return lua_tocfunction(L, lua_upvalueindex(1))(L);
}

struct GuardedFunction {
  std::string_view table;
  std::string_view name;
  lua_CFunction wrapper;
};

constexpr GuardedFunction kGuarded[] = {
    {"string", "find", metered<guard_find>},
    {"string", "match", metered<guard_match>},
    {"string", "gmatch", metered<guard_gmatch>},
    {"string", "gsub", metered<guard_gsub>},
    {"string", "rep", metered<guard_rep>},
    {"table", "insert", metered<guard_insert>},
    {"table", "remove", metered<guard_remove>},
    {"table", "move", metered<guard_move>},
    {"table", "unpack", metered<guard_unpack>},
    {"table", "concat", metered<guard_concat>},
    {"table", "sort", metered<guard_sort>},
    {"_G", "setmetatable", metered<guard_setmetatable>},
    {"_G", "xpcall", metered<guard_xpcall>},
};

lua_CFunction wrapper_for(std::string_view table, std::string_view name) {
  for (const GuardedFunction& g : kGuarded)
    if (g.table == table && g.name == name) return g.wrapper;
  return metered<no_guard>;
}

// Replaces every C function without upvalues in the table on top of the stack by a metered
// wrapper. (math.random keeps its state in an upvalue and is constant-time anyway.)
void wrap_functions(lua_State* L, std::string_view table) {
  lua_pushnil(L);
  while (lua_next(L, -2) != 0) {
    bool plain_c = lua_iscfunction(L, -1) != 0;
    if (plain_c && lua_getupvalue(L, -1, 1) != nullptr) {
      lua_pop(L, 1);  // the upvalue
      plain_c = false;
    }
    if (plain_c && lua_type(L, -2) == LUA_TSTRING) {
      lua_pushvalue(L, -2);
      lua_pushcfunction(L, lua_tocfunction(L, -2));
      lua_pushcclosure(L, wrapper_for(table, lua_tostring(L, -2)), 1);
      lua_rawset(L, -5);  // replacing an existing field is allowed during lua_next
    }
    lua_pop(L, 1);
  }
}

void wrap_library(lua_State* L, const char* name) {
  lua_getglobal(L, name);
  wrap_functions(L, name);
  lua_pop(L, 1);
}

// ---- coroutine.wrap -------------------------------------------------------------------------

// Closes a dead coroutine's pending to-be-closed variables; pushes the final error on co.
int close_thread(lua_State* co, lua_State* from) {
#if LUA_VERSION_RELEASE_NUM >= 50406
  return lua_closethread(co, from);
#else
  (void)from;
  return lua_resetthread(co);
#endif
}

// Calls the coroutine in upvalue 1 as Lua's coroutine.wrap does, except after a stop: a
// coroutine killed inside the hook keeps hooks off, so its __close handlers must not run.
int wrap_resume(lua_State* L) {
  meter(L, 0);
  lua_State* co = lua_tothread(L, lua_upvalueindex(1));
  const int nargs = lua_gettop(L);
  if (lua_checkstack(co, nargs) == 0) return luaL_error(L, "too many arguments to resume");
  lua_xmove(L, co, nargs);
  int nresults = 0;
  int status = lua_resume(co, L, nargs, &nresults);
  if (status == LUA_OK || status == LUA_YIELD) {
    if (lua_checkstack(L, nresults + 1) == 0) {
      lua_pop(co, nresults);
      return luaL_error(L, "too many results to resume");
    }
    lua_xmove(co, L, nresults);
    return nresults;
  }
  lua_xmove(co, L, 1);  // the error
  meter(L, 0);          // a stop is raised here, without closing the coroutine
  if (lua_status(co) != LUA_OK && lua_status(co) != LUA_YIELD) {
    status = close_thread(co, L);
    lua_xmove(co, L, 1);  // the error after closing (a __close may have replaced it)
  }
  if (status != LUA_ERRMEM && lua_type(L, -1) == LUA_TSTRING) {
    luaL_where(L, 1);
    lua_insert(L, -2);
    lua_concat(L, 2);
  }
  return lua_error(L);
}

int sandbox_wrap(lua_State* L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_State* co = lua_newthread(L);
  lua_pushvalue(L, 1);
  lua_xmove(L, co, 1);
  lua_pushcclosure(L, wrap_resume, 1);
  return 1;
}

// ---- print, warn and the message handler ---------------------------------------------------

int sandbox_print(lua_State* L) {
  const int n = lua_gettop(L);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  for (int i = 1; i <= n; ++i) {
    if (i > 1) luaL_addchar(&b, '\t');
    luaL_tolstring(L, i, nullptr);
    luaL_addvalue(&b);
  }
  luaL_pushresult(&b);
  std::size_t len = 0;
  const char* text = lua_tolstring(L, -1, &len);
  lua_Debug ar;
  const bool where = lua_getstack(L, 1, &ar) != 0 && lua_getinfo(L, "Sl", &ar) != 0;
  impl_of(L)->deliver(Severity::note, where ? ar.short_src : nullptr, where ? ar.currentline : 0,
                      std::string_view(text, len));
  return 0;
}

void sandbox_warn(void* ud, const char* piece, int more) {
  static_cast<Impl*>(ud)->on_warning(piece, more != 0);
}

// Turns any error object into a string and appends a traceback ("\nstack traceback:...").
int message_handler(lua_State* L) {
  const char* msg = lua_tostring(L, 1);
  if (msg == nullptr) {
    if (luaL_callmeta(L, 1, "__tostring") != 0 && lua_type(L, -1) == LUA_TSTRING)
      msg = lua_tostring(L, -1);
    else
      msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, 1);
  return 1;
}

// ---- Setup -----------------------------------------------------------------------------------

void open_libraries(lua_State* L) {
  const luaL_Reg libraries[] = {
      {LUA_GNAME, luaopen_base},       {LUA_STRLIBNAME, luaopen_string},
      {LUA_TABLIBNAME, luaopen_table}, {LUA_MATHLIBNAME, luaopen_math},
      {LUA_UTF8LIBNAME, luaopen_utf8}, {LUA_COLIBNAME, luaopen_coroutine},
  };
  for (const luaL_Reg& lib : libraries) {
    luaL_requiref(L, lib.name, lib.func, 1);
    lua_pop(L, 1);
  }
}

void restrict_libraries(lua_State* L) {
  for (const char* name :
       {"dofile", "loadfile", "load", "loadstring", "require", "collectgarbage"}) {
    lua_pushnil(L);
    lua_setglobal(L, name);
  }
  lua_getglobal(L, LUA_STRLIBNAME);
  lua_pushnil(L);
  lua_setfield(L, -2, "dump");
  lua_pop(L, 1);
  lua_getglobal(L, LUA_COLIBNAME);
  lua_pushcfunction(L, sandbox_wrap);
  lua_setfield(L, -2, "wrap");
  lua_pop(L, 1);
}

// Runs protected, inside lua_pcall, so that running out of memory is an error, not a panic.
int setup_state(lua_State* L) {
  open_libraries(L);
  restrict_libraries(L);
  lua_pushcfunction(L, sandbox_print);
  lua_setglobal(L, "print");
  lua_getglobal(L, LUA_STRLIBNAME);  // the host's own, unwrapped string.find
  lua_getfield(L, -1, "find");
  lua_setfield(L, LUA_REGISTRYINDEX, kRawFindKey);
  lua_pop(L, 1);
  lua_pushglobaltable(L);
  wrap_functions(L, LUA_GNAME);
  lua_pop(L, 1);
  for (const char* lib :
       {LUA_STRLIBNAME, LUA_TABLIBNAME, LUA_MATHLIBNAME, LUA_UTF8LIBNAME, LUA_COLIBNAME})
    wrap_library(L, lib);
  lua_pushliteral(L, "");
  lua_getmetatable(L, -1);  // string arithmetic (__add, ...) converts whole strings
  wrap_functions(L, "string metatable");
  lua_pop(L, 2);
  return 0;
}

// ---- Error messages ----------------------------------------------------------------------

// Splits "file:12: rest" into its parts; false if `text` does not start that way (a file
// name here never holds a newline or ": ").
bool split_location(std::string_view text, std::string_view& file, int& line,
                    std::string_view& rest) {
  for (std::size_t colon = text.find(':'); colon != std::string_view::npos;
       colon = text.find(':', colon + 1)) {
    const std::string_view head = text.substr(0, colon);
    if (head.find('\n') != std::string_view::npos || head.find(": ") != std::string_view::npos)
      return false;
    std::size_t end = colon + 1;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
    if (colon == 0 || end == colon + 1 || end - colon > 10 || text.substr(end, 2) != ": ") continue;
    file = text.substr(0, colon);
    line = std::atoi(std::string(text.substr(colon + 1, end - colon - 1)).c_str());
    rest = text.substr(end + 2);
    return true;
  }
  return false;
}

// Fills file, line and message from a Lua error message, keeping the innermost location
// when several are stacked ("a.lua:9: a.lua:3: boom" from coroutine.wrap gives line 3).
void parse_message(std::string_view text, ScriptError& e, const Impl& s) {
  std::string_view file;
  std::string_view rest;
  int line = 0;
  while (split_location(text, file, line, rest)) {
    e.file = s.full_chunk_name(file);
    e.line = line;
    text = rest;
  }
  e.message = std::string(text);
}

}  // namespace

// ---- Impl ----------------------------------------------------------------------------------

void Impl::open() {
  instructions_left = limits.instructions;
  soft_limit = limits.memory_bytes - limits.memory_bytes / 16;
  time_left_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(limits.time).count();
  L = lua_newstate(limited_alloc, this);
  if (L == nullptr) {
    setup_error = "cannot create the Lua state (memory limit too small?)";
    return;
  }
  lua_setwarnf(L, sandbox_warn, this);
  lua_pushcfunction(L, setup_state);
  if (lua_pcall(L, 0, 0, 0) != LUA_OK) {
    const char* msg = lua_tostring(L, -1);
    setup_error = std::string("cannot set up the Lua state: ") + (msg ? msg : "?");
    lua_close(L);
    L = nullptr;
    return;
  }
  lua_sethook(L, count_hook, LUA_MASKCOUNT, kHookInterval);
}

// Charges instructions and checks the clock. Once false, the sandbox stays stopped.
bool Impl::within_limits(std::int64_t units) noexcept {
  if (stop != Stop::none) return false;
  instructions_left -= std::min(units, kMaxCharge);
  if (instructions_left < 0)
    stop = Stop::instructions;
  else if (depth > 0 && coarse_now_ns() > deadline_ns)
    stop = Stop::time;
  return stop == Stop::none;
}

// Checks the clock after every MiB allocated, to catch C calls that copy big strings.
void Impl::note_growth(std::size_t bytes) noexcept {
  grown_since_clock += bytes;
  if (grown_since_clock < kClockEveryBytes) return;
  grown_since_clock = 0;
  if (stop == Stop::none && depth > 0 && coarse_now_ns() > deadline_ns) stop = Stop::time;
}

// Lua retries a refused request once after a full collection; refusing it twice in a row
// means the memory is really used up, not just garbage. Some requests can never fit.
void Impl::note_refusal(const void* block, std::size_t nsize) noexcept {
  const bool hopeless = nsize > limits.memory_bytes;
  const bool retried = block == refused_block && nsize == refused_size;
  if ((hopeless || retried) && stop == Stop::none) stop = Stop::memory;
  refused_any = true;
  refused_block = block;
  refused_size = nsize;
}

void Impl::deliver(Severity severity, const char* src, int line, std::string_view text) noexcept {
  if (!sink || messages > limits.max_messages || stop == Stop::closing) return;
  try {
    ScriptMessage m;
    m.severity = severity;
    m.file = src != nullptr ? full_chunk_name(src) : std::string();
    m.line = std::max(line, 0);
    m.text = std::string(text.substr(0, kMaxMessageText));
    if (++messages > limits.max_messages) {
      m.severity = Severity::warning;
      m.text = "too many print/warn messages; the rest are dropped";
    }
    sink(m);
  } catch (...) {  // the sink's failures are not the script's
  }
}

void Impl::on_warning(const char* piece, bool more) noexcept {
  try {
    if (!more && warning.empty() && piece[0] == '@') return;  // "@on"/"@off": always on
    const std::size_t room = kMaxMessageText - std::min(warning.size(), kMaxMessageText);
    warning.append(piece, std::min(std::strlen(piece), room));
    if (more) return;
    std::string text = std::move(warning);
    warning.clear();
    deliver(Severity::warning, nullptr, 0, text);
  } catch (...) {
    warning.clear();
  }
}

void Impl::begin_call() noexcept {
  if (depth++ > 0) return;
  call_start_ns = coarse_now_ns();
  deadline_ns = call_start_ns + time_left_ns;
}

void Impl::end_call() noexcept {
  if (--depth > 0) return;
  time_left_ns = std::max<std::int64_t>(0, time_left_ns - (coarse_now_ns() - call_start_ns));
}

// Undoes Lua's "...tail" shortening of long chunk names.
std::string Impl::full_chunk_name(std::string_view short_src) const {
  if (short_src.substr(0, 3) == "...") {
    const std::string_view tail = short_src.substr(3);
    for (const std::string& name : chunk_names)
      if (name.size() >= tail.size() &&
          name.compare(name.size() - tail.size(), tail.size(), tail.data(), tail.size()) == 0)
        return name;
  }
  return std::string(short_src);
}

std::optional<ScriptError> Impl::load_and_run(const std::string& chunk, const std::string& name,
                                              int nresults) {
  if (std::find(chunk_names.begin(), chunk_names.end(), name) == chunk_names.end())
    chunk_names.push_back(name);
  const std::string chunkname = "@" + name;
  const int status = luaL_loadbufferx(L, chunk.data(), chunk.size(), chunkname.c_str(), "t");
  if (status != LUA_OK) {
    ScriptError e = error_from_stack(status, name);
    lua_pop(L, 1);
    return e;
  }
  return protected_call(0, nresults, name);
}

std::optional<ScriptError> Impl::protected_call(int nargs, int nresults, const std::string& file) {
  const int func = lua_gettop(L) - nargs;
  if (stop != Stop::none || lua_checkstack(L, std::max(nresults, 0) + 2) == 0) {
    ScriptError e = make_error(ScriptErrorKind::internal, file, "Lua stack overflow");
    apply_stop(e, file);  // a stopped sandbox runs nothing more
    lua_settop(L, func - 1);
    return e;
  }
  lua_pushcfunction(L, message_handler);
  lua_insert(L, func);
  begin_call();
  const int status = lua_pcall(L, nargs, nresults, func);
  end_call();
  if (status == LUA_OK && stop == Stop::none) {
    lua_remove(L, func);
    return std::nullopt;
  }
  if (status == LUA_ERRMEM && stop == Stop::none && refused_any) stop = Stop::memory;
  ScriptError e = status == LUA_OK ? ScriptError{} : error_from_stack(status, file);
  apply_stop(e, file);
  lua_settop(L, func - 1);
  return e;
}

ScriptError Impl::error_from_stack(int status, const std::string& file) const {
  ScriptError e;
  e.kind = status == LUA_ERRSYNTAX ? ScriptErrorKind::syntax : ScriptErrorKind::runtime;
  std::size_t len = 0;
  const char* raw = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : nullptr;
  std::string_view text = raw ? std::string_view(raw, len) : "(error object is not a string)";
  const std::size_t trace = text.find("\nstack traceback:");
  if (trace != std::string_view::npos) {
    e.traceback = std::string(text.substr(trace + 1));
    text = text.substr(0, trace);
  }
  parse_message(text, e, *this);
  if (e.file.empty()) e.file = file;
  return e;
}

// A stopped sandbox reports its limit and where it was hit, whatever the script did with
// the error on its way out (pcall, error handlers, coroutine.wrap prefixes).
void Impl::apply_stop(ScriptError& e, const std::string& file) const {
  if (stop == Stop::none) return;
  e.kind = stop_kind(stop);
  e.message = stop_text(stop);
  e.file = stop_site_known ? full_chunk_name(stop_file) : file;
  e.line = stop_site_known ? stop_line : 0;
}

// ---- ScriptError and LuaSandbox ----------------------------------------------------------

std::string ScriptError::to_string() const {
  if (file.empty()) return message;
  if (line <= 0) return file + ": " + message;
  return file + ":" + std::to_string(line) + ": " + message;
}

LuaSandbox::LuaSandbox(SandboxLimits limits, ScriptMessageSink sink) noexcept {
  try {
    impl_ = std::make_unique<Impl>(limits, std::move(sink));
    impl_->open();
  } catch (...) {
    if (impl_ && impl_->L != nullptr) lua_close(impl_->L);
    impl_.reset();
  }
}

// Whatever Lua code closing might run (scripts cannot have finalizers, see
// guard_setmetatable) gets no instructions: the stopped hook raises at once, and the
// resulting warnings are dropped.
LuaSandbox::~LuaSandbox() {
  if (!impl_ || impl_->L == nullptr) return;
  lua_sethook(impl_->L, count_hook, LUA_MASKCOUNT, 1);
  impl_->stop = Stop::closing;
  lua_close(impl_->L);
}

void LuaSandbox::push_pattern_find(lua_State* L, std::string_view subject,
                                   std::string_view pattern) {
  admit_pattern(L, subject, pattern, PatternUse::find);
  lua_getfield(L, LUA_REGISTRYINDEX, kRawFindKey);
}

void LuaSandbox::renew_budget() noexcept {
  if (!impl_ || impl_->stop != Stop::none) return;
  impl_->used -= std::min(impl_->external, impl_->used);  // that document's nodes are gone
  impl_->external = 0;
  impl_->instructions_left = impl_->limits.instructions;
  impl_->time_left_ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(impl_->limits.time).count();
}

bool LuaSandbox::ready() const noexcept { return impl_ && impl_->L != nullptr; }

bool LuaSandbox::stopped() const noexcept { return impl_ && impl_->stop != Stop::none; }

lua_State* LuaSandbox::state() const noexcept { return impl_ ? impl_->L : nullptr; }

std::size_t LuaSandbox::memory_used() const noexcept { return impl_ ? impl_->used : 0; }

std::int64_t LuaSandbox::instructions_left() const noexcept {
  return impl_ ? std::max<std::int64_t>(impl_->instructions_left, 0) : 0;
}

namespace {
int write_chunk(lua_State*, const void* p, std::size_t size, void* ud) {
  static_cast<std::string*>(ud)->append(static_cast<const char*>(p), size);
  return 0;
}
}  // namespace

std::optional<ScriptError> LuaSandbox::compile(const std::string& chunk,
                                               const std::string& chunkname,
                                               std::string& bytecode) noexcept {
  lua_State* L = luaL_newstate();
  if (!L) return make_error(ScriptErrorKind::internal, chunkname, "out of memory");
  std::optional<ScriptError> error;
  try {
    const std::string name = "@" + chunkname;
    if (luaL_loadbufferx(L, chunk.data(), chunk.size(), name.c_str(), "t") != LUA_OK) {
      const char* msg = lua_tostring(L, -1);
      ScriptError e = make_error(ScriptErrorKind::syntax, chunkname, msg ? msg : "syntax error");
      std::string_view text = e.message;  // "file:line: message"
      if (text.substr(0, chunkname.size() + 1) == chunkname + ":") {
        text.remove_prefix(chunkname.size() + 1);
        std::size_t colon = text.find(':');
        e.line = std::atoi(std::string(text.substr(0, colon)).c_str());
        if (colon != std::string_view::npos) text.remove_prefix(colon + 1);
        while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
        e.message = std::string(text);
      }
      error = e;
    } else {
      bytecode.clear();
      lua_dump(L, write_chunk, &bytecode, 0);
    }
  } catch (...) {
    error = make_error(ScriptErrorKind::internal, chunkname, "out of memory");
  }
  lua_close(L);
  return error;
}

std::optional<ScriptError> LuaSandbox::load_compiled(const std::string& bytecode,
                                                     const std::string& chunkname) noexcept {
  if (!ready())
    return make_error(ScriptErrorKind::internal, chunkname,
                      impl_ ? impl_->setup_error.c_str() : "out of memory");
  try {
    auto& names = impl_->chunk_names;
    if (std::find(names.begin(), names.end(), chunkname) == names.end()) names.push_back(chunkname);
    const std::string name = "@" + chunkname;
    const int status =
        luaL_loadbufferx(impl_->L, bytecode.data(), bytecode.size(), name.c_str(), "b");
    if (status != LUA_OK) {
      ScriptError e = impl_->error_from_stack(status, chunkname);
      lua_pop(impl_->L, 1);
      return e;
    }
    return std::nullopt;
  } catch (...) {
    return make_error(ScriptErrorKind::internal, chunkname, "out of memory");
  }
}

void LuaSandbox::charge(lua_State* L, std::int64_t units, std::size_t bytes) {
  Impl* s = impl_of(L);
  if (bytes > 0) {
    s->used += bytes;
    s->external += bytes;
    if (s->used > s->limits.memory_bytes && s->stop == Stop::none)
      s->stop = Stop::memory;
    else if (s->used > s->soft_limit)
      s->over_soft_limit = true;
  }
  meter(L, units);
}

std::optional<ScriptError> LuaSandbox::run_string(const std::string& chunk,
                                                  const std::string& chunkname,
                                                  int nresults) noexcept {
  if (!ready())
    return make_error(ScriptErrorKind::internal, chunkname,
                      impl_ ? impl_->setup_error.c_str() : "out of memory");
  const int top = lua_gettop(impl_->L);
  try {
    return impl_->load_and_run(chunk, chunkname, nresults);
  } catch (const std::exception& ex) {
    lua_settop(impl_->L, top);
    return make_error(ScriptErrorKind::internal, chunkname, ex.what());
  }
}

std::optional<ScriptError> LuaSandbox::run_file(const std::string& path, int nresults) noexcept {
  try {
    std::ifstream in(path, std::ios::binary);
    if (!in) return make_error(ScriptErrorKind::file, path, std::strerror(errno));
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0));
    if (impl_ && size > impl_->limits.memory_bytes)
      return make_error(ScriptErrorKind::file, path, "script larger than the memory limit");
    in.seekg(0);
    std::string chunk(size, '\0');
    if (!in.read(chunk.data(), static_cast<std::streamsize>(size)))
      return make_error(ScriptErrorKind::file, path, "cannot read the file");
    return run_string(chunk, path, nresults);
  } catch (const std::exception& ex) {
    return make_error(ScriptErrorKind::internal, path, ex.what());
  }
}

std::optional<ScriptError> LuaSandbox::call(int nargs, int nresults) noexcept {
  if (!ready()) return make_error(ScriptErrorKind::internal, "", "sandbox not ready");
  lua_State* L = impl_->L;
  if (nargs < 0 || lua_gettop(L) < nargs + 1)
    return make_error(ScriptErrorKind::internal, "", "call: no function below the arguments");
  const int func = lua_gettop(L) - nargs;
  try {
    return impl_->protected_call(nargs, nresults, "");
  } catch (const std::exception& ex) {
    lua_settop(L, func - 1);
    return make_error(ScriptErrorKind::internal, "", ex.what());
  }
}

}  // namespace cabletei
