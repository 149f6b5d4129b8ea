// Tests of LuaSandbox: hostile scripts (endless loops, memory bombs, pathological patterns,
// escapes) stop cleanly with the right file:line message; ordinary scripts run.
#include "style/lua_sandbox.hpp"

#include <gtest/gtest.h>
#include <lauxlib.h>
#include <lua.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace cabletei {
namespace {

using Clock = std::chrono::steady_clock;

struct Outcome {
  std::optional<ScriptError> error;
  double seconds = 0;
};

// Runs `code` as style.lua, prints how long it took, and returns the outcome.
Outcome run(LuaSandbox& sandbox, const std::string& code, int nresults = 0) {
  const auto start = Clock::now();
  Outcome out{sandbox.run_string(code, "style.lua", nresults), 0};
  out.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  std::cout << "[ timing ] " << test->name() << ": " << out.seconds << " s -> "
            << (out.error ? out.error->to_string() : std::string("ok")) << "\n";
  return out;
}

// Limits that make the instruction budget, not the clock, the one that trips.
SandboxLimits instruction_limits() {
  SandboxLimits limits;
  limits.time = std::chrono::seconds(30);
  return limits;
}

// Timings are printed, never asserted (machines are noisy; benchmarks measure speed). This
// bound only turns a hang into a failure.
constexpr double kHangGuard = 30.0;

void expect_stop(const Outcome& out, ScriptErrorKind kind, int line) {
  ASSERT_TRUE(out.error.has_value());
  EXPECT_EQ(out.error->kind, kind) << out.error->to_string();
  EXPECT_EQ(out.error->file, "style.lua");
  if (line > 0) {
    EXPECT_EQ(out.error->line, line) << out.error->to_string();
  }
  EXPECT_LT(out.seconds, kHangGuard);
}

void expect_instruction_stop(const std::string& code, int line) {
  LuaSandbox sandbox(instruction_limits());
  Outcome out = run(sandbox, code);
  expect_stop(out, ScriptErrorKind::instruction_limit, line);
  if (out.error) {
    EXPECT_EQ(out.error->message, "instruction limit exceeded");
  }
  EXPECT_TRUE(sandbox.stopped());
}

TEST(LuaSandbox, EndlessLoopHitsInstructionLimit) {
  expect_instruction_stop("local x = 0\nwhile true do end", 2);
}

TEST(LuaSandbox, EndlessLoopStopsWithDefaults) {
  LuaSandbox sandbox;
  Outcome out = run(sandbox, "while true do end");
  ASSERT_TRUE(out.error.has_value());
  EXPECT_TRUE(out.error->kind == ScriptErrorKind::instruction_limit ||
              out.error->kind == ScriptErrorKind::time_limit);
  EXPECT_EQ(out.error->to_string().substr(0, 12), "style.lua:1:");
  EXPECT_LT(out.seconds, kHangGuard);
}

TEST(LuaSandbox, PcallCannotSwallowTheLimit) {
  expect_instruction_stop("while true do pcall(function() while true do end end) end", 1);
}

TEST(LuaSandbox, XpcallHandlerCannotSwallowTheLimit) {
  expect_instruction_stop(
      "while true do\n"
      "  xpcall(function() while true do end end, function(e) while true do end end)\n"
      "end",
      2);
}

TEST(LuaSandbox, CoroutinesInheritTheHook) {
  expect_instruction_stop("local co = coroutine.wrap(function()\n  while true do end\nend)\nco()",
                          2);
}

TEST(LuaSandbox, PcallInsideCoroutineCannotSwallowTheLimit) {
  expect_instruction_stop(
      "coroutine.wrap(function()\n"
      "  while true do pcall(function() while true do end end) end\n"
      "end)()",
      2);
}

TEST(LuaSandbox, ResumeLoopCannotSwallowTheLimit) {
  expect_instruction_stop(
      "while true do\n"
      "  local co = coroutine.create(function() while true do end end)\n"
      "  coroutine.resume(co)\n"
      "end",
      2);
}

TEST(LuaSandbox, TimeLimitStopsALoop) {
  SandboxLimits limits;
  limits.instructions = std::int64_t{1} << 60;
  limits.time = std::chrono::milliseconds(200);
  LuaSandbox sandbox(limits);
  Outcome out = run(sandbox, "local n = 0\nwhile true do n = n + 1 end");
  expect_stop(out, ScriptErrorKind::time_limit, 2);
  EXPECT_GT(out.seconds, 0.15);
  EXPECT_EQ(out.error->to_string(), "style.lua:2: time limit exceeded");
}

// `line` is 0 when one allocation jumps past the cap: Lua then unwinds without a handler, so
// the place is unknown. Gradual growth is caught at the soft limit, with its line.
void expect_memory_stop(const std::string& code, std::size_t limit, int line) {
  SandboxLimits limits = instruction_limits();  // a slow (sanitized, loaded) machine must not
  limits.memory_bytes = limit;                  // run out of time before memory
  LuaSandbox sandbox(limits);
  Outcome out = run(sandbox, code);
  expect_stop(out, ScriptErrorKind::memory_limit, line);
  if (out.error) {
    EXPECT_EQ(out.error->message, "memory limit exceeded");
  }
  EXPECT_LE(sandbox.memory_used(), limit);
}

TEST(LuaSandbox, TableGrowthHitsMemoryLimit) {
  expect_memory_stop("local t = {}\nlocal i = 0\nwhile true do i = i + 1; t[i] = i end", 16 << 20,
                     0);
}

TEST(LuaSandbox, ManySmallTablesHitMemoryLimit) {
  expect_memory_stop("local t = {}\nwhile true do t[#t + 1] = {} end", 16 << 20, 2);
}

TEST(LuaSandbox, StringDoublingHitsMemoryLimit) {
  expect_memory_stop("local s = ('x'):rep(1 << 20)\nwhile true do s = s .. s end", 64 << 20, 0);
}

TEST(LuaSandbox, RepConcatenationHitsMemoryLimit) {
  expect_memory_stop("local t = {}\nfor i = 1, 1e9 do t[#t + 1] = ('x'):rep(1 << 16) .. i end",
                     16 << 20, 2);
}

TEST(LuaSandbox, HugeRepHitsMemoryLimit) {
  expect_memory_stop("\nreturn ('x'):rep(1e9)", 64 << 20, 2);
}

TEST(LuaSandbox, PcallCannotSwallowTheMemoryLimit) {
  SandboxLimits limits;
  limits.memory_bytes = 8 << 20;
  LuaSandbox sandbox(limits);
  Outcome out = run(sandbox,
                    "while true do\n"
                    "  pcall(function() local t = {} while true do t[#t + 1] = {} end end)\n"
                    "end");
  expect_stop(out, ScriptErrorKind::memory_limit, 2);
}

TEST(LuaSandbox, PcallCannotSwallowAHugeAllocation) {
  LuaSandbox sandbox;
  Outcome out =
      run(sandbox, "pcall(string.rep, 'x', 1e9)\nlocal n = 0\nwhile true do n = n + 1 end");
  expect_stop(out, ScriptErrorKind::memory_limit, 1);
}

TEST(LuaSandbox, ForgedMemoryErrorIsAnOrdinaryError) {
  LuaSandbox sandbox;
  Outcome out = run(sandbox, "error('not enough memory', 0)");  // Lua raises it as LUA_ERRMEM
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->kind, ScriptErrorKind::runtime);
  EXPECT_FALSE(sandbox.stopped());
}

TEST(LuaSandbox, GarbageAloneDoesNotHitMemoryLimit) {
  SandboxLimits limits = instruction_limits();
  limits.memory_bytes = 1 << 20;
  LuaSandbox sandbox(limits);
  Outcome out = run(
      sandbox, "local n = 0\nfor i = 1, 200 do n = n + #(('x'):rep(100000) .. i) end\nreturn n", 1);
  ASSERT_FALSE(out.error) << out.error->to_string();
  EXPECT_GT(lua_tointeger(sandbox.state(), -1), 20000000);  // 40 MB allocated under a 1 MiB cap
}

void expect_pattern_refused(const std::string& code) {
  LuaSandbox sandbox;
  Outcome out = run(sandbox, code);
  expect_stop(out, ScriptErrorKind::runtime, 1);
  if (out.error) {
    EXPECT_EQ(out.error->message, "pattern too complex for a subject of 500 bytes");
  }
  EXPECT_FALSE(sandbox.stopped());  // a refused pattern is an ordinary, catchable error
}

TEST(LuaSandbox, PathologicalFindIsRefusedFast) {
  expect_pattern_refused("return ('a'):rep(500):find('.-.-.-.-b')");
}

TEST(LuaSandbox, PathologicalPatternIsRefusedThroughEveryRoute) {
  expect_pattern_refused("return string.find(('a'):rep(500), '.-.-.-.-b')");
  expect_pattern_refused("return getmetatable('').__index.match(('a'):rep(500), '(.-)(.-)(.-)b')");
  expect_pattern_refused("for x in ('a'):rep(500):gmatch('.-.-.-b') do end");
  expect_pattern_refused("return (('a'):rep(500):gsub('a*a*a*b', ''))");
}

TEST(LuaSandbox, StringMetatableReachesTheGuardedFunctions) {
  LuaSandbox sandbox;
  Outcome out =
      run(sandbox, "return getmetatable('').__index == string, ('').find == string.find", 2);
  ASSERT_FALSE(out.error);
  EXPECT_TRUE(lua_toboolean(sandbox.state(), -1));
  EXPECT_TRUE(lua_toboolean(sandbox.state(), -2));
}

TEST(LuaSandbox, OrdinaryPatternsStillWork) {
  LuaSandbox sandbox;
  Outcome out = run(sandbox,
                    "local text = ('WORD  STOP '):rep(10000)\n"
                    "local squeezed = text:gsub('%s+', ' ')\n"
                    "local k, v = ('key = value'):match('^(%w+)%s*=%s*(%w+)$')\n"
                    "local n = 0\n"
                    "for w in text:gmatch('%a+') do n = n + 1 end\n"
                    "local trimmed = ('  x  '):match('^%s*(.-)%s*$')\n"
                    "return #squeezed, k .. v, n, trimmed, ('a.b'):find('.', 1, true)",
                    5);
  ASSERT_FALSE(out.error) << out.error->to_string();
  lua_State* L = sandbox.state();
  EXPECT_EQ(lua_tointeger(L, -5), 100000);
  EXPECT_STREQ(lua_tostring(L, -4), "keyvalue");
  EXPECT_EQ(lua_tointeger(L, -3), 20000);
  EXPECT_STREQ(lua_tostring(L, -2), "x");
  EXPECT_EQ(lua_tointeger(L, -1), 2);
  EXPECT_LT(out.seconds, kHangGuard);
}

TEST(LuaSandbox, PatternErrorsKeepTheirLocationAndName) {
  LuaSandbox sandbox;
  Outcome out = run(sandbox, "local s = 'abc'\nreturn s:find('%')");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->line, 2);
  EXPECT_NE(out.error->message.find("malformed pattern"), std::string::npos);
  out = run(sandbox, "\nreturn ('x'):rep({})");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->to_string(),
            "style.lua:2: bad argument #1 to 'rep' (number expected, got table)");
}

TEST(LuaSandbox, EndlessCLoopsAreChargedOrAnswered) {
  expect_instruction_stop("table.move({}, 1, 1e15, 2)", 1);
  expect_instruction_stop(
      "local t = setmetatable({}, {__len = function() return 1e15 end})\ntable.insert(t, 1, 'x')",
      2);
  expect_instruction_stop(
      "local t = setmetatable({}, {__len = function() return 1e15 end})\ntable.remove(t, 1)", 2);
  LuaSandbox sandbox;
  Outcome out = run(sandbox, "return #string.rep('', 1e15), #(''):rep(math.maxinteger, '')", 2);
  ASSERT_FALSE(out.error) << out.error->to_string();
  EXPECT_EQ(lua_tointeger(sandbox.state(), -1), 0);
  EXPECT_LT(out.seconds, kHangGuard);
}

TEST(LuaSandbox, RepeatedLinearCallsStopOnTime) {
  LuaSandbox sandbox;
  Outcome out = run(sandbox, "local s = ('x'):rep(3e6)\nwhile true do utf8.len(s) end");
  expect_stop(out, ScriptErrorKind::time_limit, 2);
  LuaSandbox second;
  out = run(second, "local s = ('1'):rep(3e6)\nwhile true do local x = s + 0 end");
  expect_stop(out, ScriptErrorKind::time_limit, 2);
}

TEST(LuaSandbox, UnsafeFunctionsAreAbsent) {
  LuaSandbox sandbox;
  Outcome out = run(sandbox,
                    "return io == nil and os == nil and require == nil and load == nil\n"
                    "  and dofile == nil and loadfile == nil and debug == nil\n"
                    "  and package == nil and collectgarbage == nil and string.dump == nil",
                    1);
  ASSERT_FALSE(out.error) << out.error->to_string();
  EXPECT_TRUE(lua_toboolean(sandbox.state(), -1));
  out = run(sandbox, "\nrequire 'os'");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->to_string(), "style.lua:2: attempt to call a nil value (global 'require')");
  out = run(sandbox, "return load('return 1')()");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->line, 1);
}

TEST(LuaSandbox, BinaryChunkIsRejected) {
  LuaSandbox sandbox;
  Outcome out = run(sandbox, std::string("\x1bLua\x54\x00\x19\x93\r\n\x1a\n", 12));
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->kind, ScriptErrorKind::syntax);
  EXPECT_NE(out.error->message.find("attempt to load a binary chunk"), std::string::npos);
}

TEST(LuaSandbox, DeepRecursionIsAStackOverflowError) {
  LuaSandbox sandbox(instruction_limits());  // three runs share the time budget
  Outcome out = run(sandbox, "local function f(n) return 1 + f(n + 1) end\nreturn f(1)");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->kind, ScriptErrorKind::runtime);
  EXPECT_NE(out.error->message.find("stack overflow"), std::string::npos);
  out = run(sandbox,
            "local t = setmetatable({}, {__index = function(t, k) return t[k] end})\n"
            "return t.x");
  ASSERT_TRUE(out.error);
  EXPECT_NE(out.error->message.find("stack overflow"), std::string::npos);
  out = run(sandbox, "local function f() pcall(f) end\nf()\nreturn 'survived'", 1);
  ASSERT_FALSE(out.error) << out.error->to_string();
  EXPECT_FALSE(sandbox.stopped());
}

TEST(LuaSandbox, ErrorsCarryChunkNameAndLine) {
  LuaSandbox sandbox;
  Outcome out = run(sandbox, "local x = 1\nlocal y = 2\nerror('boom')");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->kind, ScriptErrorKind::runtime);
  EXPECT_EQ(out.error->to_string(), "style.lua:3: boom");
  EXPECT_NE(out.error->traceback.find("stack traceback:"), std::string::npos);
  out = run(sandbox, "local t\n\nreturn t.x");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->to_string(), "style.lua:3: attempt to index a nil value (local 't')");
  out = run(sandbox, "local x = \n\n)");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->kind, ScriptErrorKind::syntax);
  EXPECT_EQ(out.error->line, 3);
  out = run(sandbox, "error({})");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->to_string(), "style.lua: (error object is a table value)");
}

TEST(LuaSandbox, CoroutineWrapErrorsKeepTheInnermostLine) {
  LuaSandbox sandbox;
  Outcome out = run(sandbox, "local f = coroutine.wrap(function()\n  error('inner')\nend)\nf()");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->to_string(), "style.lua:2: inner");
}

TEST(LuaSandbox, LongChunkNamesAreNotTruncated) {
  LuaSandbox sandbox;
  const std::string name = "lua/house/" + std::string(80, 'd') + "/fco-1970s.lua";
  auto error = sandbox.run_string("\nerror('x')", name);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->file, name);
  EXPECT_EQ(error->line, 2);
}

TEST(LuaSandbox, NormalScriptReturnsValues) {
  LuaSandbox sandbox;
  Outcome out = run(sandbox,
                    "local parts = {}\n"
                    "for i = 1, 3 do parts[#parts + 1] = string.format('%02d', i) end\n"
                    "table.sort(parts, function(a, b) return a > b end)\n"
                    "local co = coroutine.wrap(function() coroutine.yield(utf8.char(233)) end)\n"
                    "return table.concat(parts, ','), math.floor(7.9), co()",
                    LUA_MULTRET);
  ASSERT_FALSE(out.error) << out.error->to_string();
  lua_State* L = sandbox.state();
  ASSERT_EQ(lua_gettop(L), 3);
  EXPECT_STREQ(lua_tostring(L, 1), "03,02,01");
  EXPECT_EQ(lua_tointeger(L, 2), 7);
  EXPECT_STREQ(lua_tostring(L, 3), "\xc3\xa9");
  lua_settop(L, 0);
  EXPECT_GT(sandbox.instructions_left(), 0);
  EXPECT_GT(sandbox.memory_used(), 0u);
}

TEST(LuaSandbox, MeteredLibraryKeepsLuaSemantics) {
  LuaSandbox sandbox;
  Outcome out = run(sandbox,
                    "local co = coroutine.wrap(function()\n"
                    "  local ok, v = pcall(function() return coroutine.yield(1) + 1 end)\n"
                    "  return v\n"
                    "end)\n"
                    "local first = co()\n"
                    "local ok, e = pcall(error, 'note: see x:12: y')\n"
                    "return first, co(41), '10' + 1, select('#', table.unpack({1, 2, 3})), e",
                    5);
  ASSERT_FALSE(out.error) << out.error->to_string();
  lua_State* L = sandbox.state();
  EXPECT_EQ(lua_tointeger(L, -5), 1);
  EXPECT_EQ(lua_tointeger(L, -4), 42);  // yield across a (metered) pcall
  EXPECT_EQ(lua_tointeger(L, -3), 11);  // string arithmetic metamethods still work
  EXPECT_EQ(lua_tointeger(L, -2), 3);
  EXPECT_STREQ(lua_tostring(L, -1), "note: see x:12: y");
  out = run(sandbox, "error('note: see x:12: y')");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->line, 1);
  EXPECT_EQ(out.error->message, "note: see x:12: y");
}

TEST(LuaSandbox, CallRunsHandlersUnderTheLimits) {
  LuaSandbox sandbox(instruction_limits());
  ASSERT_FALSE(run(sandbox,
                   "return function(a, b) return a .. b end,\n"
                   "       function() while true do end end",
                   2)
                   .error);
  lua_State* L = sandbox.state();
  lua_pushvalue(L, 1);
  lua_pushstring(L, "ab");
  lua_pushstring(L, "cd");
  ASSERT_FALSE(sandbox.call(2, 1));
  EXPECT_STREQ(lua_tostring(L, -1), "abcd");
  lua_pop(L, 1);
  auto error = sandbox.call(0, 0);  // the looping function on top
  ASSERT_TRUE(error);
  EXPECT_EQ(error->to_string(), "style.lua:2: instruction limit exceeded");
  EXPECT_EQ(lua_gettop(L), 1);
}

TEST(LuaSandbox, StoppedSandboxRefusesMoreWorkAndAFreshOneWorks) {
  {
    LuaSandbox killed(instruction_limits());
    ASSERT_TRUE(run(killed, "while true do end").error);
    auto again = killed.run_string("return 1", "other.lua");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->to_string(), "style.lua:1: instruction limit exceeded");
  }
  LuaSandbox fresh;
  Outcome out = run(fresh, "return 6 * 7", 1);
  ASSERT_FALSE(out.error) << out.error->to_string();
  EXPECT_EQ(lua_tointeger(fresh.state(), -1), 42);
}

TEST(LuaSandbox, PrintAndWarnGoToTheSink) {
  std::vector<ScriptMessage> got;
  SandboxLimits limits;
  limits.max_messages = 3;
  LuaSandbox sandbox(limits, [&](const ScriptMessage& m) { got.push_back(m); });
  ASSERT_FALSE(run(sandbox, "\nprint('a', 1, nil)\nwarn('x', 'y')\nwarn('@off')").error);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].severity, Severity::note);
  EXPECT_EQ(got[0].file, "style.lua");
  EXPECT_EQ(got[0].line, 2);
  EXPECT_EQ(got[0].text, "a\t1\tnil");
  EXPECT_EQ(got[1].severity, Severity::warning);
  EXPECT_EQ(got[1].text, "xy");
  ASSERT_FALSE(run(sandbox, "for i = 1, 100 do print(i) end").error);
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[3].severity, Severity::warning);
  EXPECT_NE(got[3].text.find("too many"), std::string::npos);
}

struct Guard {
  bool* destroyed;
  ~Guard() { *destroyed = true; }
};

bool guard_destroyed = false;

int raise_with_guard(lua_State* L) {
  Guard guard{&guard_destroyed};
  return luaL_error(L, "host failure");
}

TEST(LuaSandbox, LuaErrorsUnwindCxxDestructors) {
  LuaSandbox sandbox;
  lua_register(sandbox.state(), "host", raise_with_guard);
  Outcome out = run(sandbox, "\nhost()");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->to_string(), "style.lua:2: host failure");
  EXPECT_TRUE(guard_destroyed) << "linked against the C build of Lua (longjmp)?";
}

TEST(LuaSandbox, TooSmallMemoryLimitFailsCleanly) {
  SandboxLimits limits;
  limits.memory_bytes = 4096;
  LuaSandbox sandbox(limits);
  EXPECT_FALSE(sandbox.ready());
  EXPECT_EQ(sandbox.state(), nullptr);
  auto error = sandbox.run_string("return 1", "style.lua");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->kind, ScriptErrorKind::internal);
}

TEST(LuaSandbox, RunFileReadsScriptsAndReportsMissingOnes) {
  const std::string path = ::testing::TempDir() + "sandbox_style.lua";
  std::ofstream(path) << "local x = 1\nreturn x + 1\n";
  LuaSandbox sandbox;
  EXPECT_FALSE(sandbox.run_file(path, 1));
  EXPECT_EQ(lua_tointeger(sandbox.state(), -1), 2);
  std::remove(path.c_str());
  auto error = sandbox.run_file(path);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->kind, ScriptErrorKind::file);
  EXPECT_EQ(error->file, path);
}

TEST(LuaSandbox, FinalizersAreRefused) {
  // __gc runs with hooks off, so a looping finalizer could never be stopped.
  LuaSandbox sandbox(instruction_limits());
  Outcome out = run(sandbox, "setmetatable({}, {__gc = function() while true do end end})");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->to_string(),
            "style.lua:1: bad argument #2 to 'setmetatable' (__gc metamethods are not allowed)");
  EXPECT_FALSE(run(sandbox, "local mt = {}\nsetmetatable({}, mt)\nmt.__gc = print").error);
}

TEST(LuaSandbox, CloseHandlersCannotOutliveAStop) {
  const std::string looping_close =
      "local guard <close> = setmetatable({}, {__close = function() while true do end end})\n";
  expect_instruction_stop(looping_close + "while true do end", 2);
  expect_instruction_stop("coroutine.wrap(function()\n" + looping_close +
                              "table.sort({3, 2, 1}, function(a, b) while true do end end)\n"
                              "end)()",
                          3);
  expect_instruction_stop("local co = coroutine.create(function()\n" + looping_close +
                              "table.sort({3, 2, 1}, function(a, b) while true do end end)\n"
                              "end)\n"
                              "coroutine.resume(co)\n"
                              "coroutine.close(co)",
                          3);
}

TEST(LuaSandbox, CoroutineWrapClosesVariablesOnOrdinaryErrors) {
  LuaSandbox sandbox;
  Outcome out =
      run(sandbox,
          "local closed = false\n"
          "local f = coroutine.wrap(function()\n"
          "  local g <close> = setmetatable({}, {__close = function() closed = true end})\n"
          "  error('inner')\n"
          "end)\n"
          "local ok, err = pcall(function() f() end)\n"
          "return closed, err, pcall(f)",
          4);
  ASSERT_FALSE(out.error) << out.error->to_string();
  lua_State* L = sandbox.state();
  EXPECT_TRUE(lua_toboolean(L, -4));
  EXPECT_STREQ(lua_tostring(L, -3), "style.lua:6: style.lua:4: inner");
  EXPECT_FALSE(lua_toboolean(L, -2));
  EXPECT_STREQ(lua_tostring(L, -1), "cannot resume dead coroutine");  // as in stock Lua
}

}  // namespace
}  // namespace cabletei
