// A private, resource-limited Lua 5.4 state for running editors' house-style scripts:
// safe libraries only, text chunks only, and hard caps on memory, instructions and time.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostics.hpp"

struct lua_State;

namespace cabletei {

// Limits for one sandbox, that is one job. All of them are totals over the sandbox's life.
struct SandboxLimits {
  // Hard cap on the bytes the Lua state holds at once (its own ~20 KB included). Past 15/16
  // of it, garbage is collected at the next check and the script stops if that is not
  // enough; a request that cannot fit even after Lua's emergency collection stops it too.
  std::size_t memory_bytes = std::size_t{64} << 20;
  // Lua VM instructions, counted by a hook every 1000. Library calls that loop over a range
  // the script chooses are charged as well: table.move/insert/remove/unpack/concat one per
  // element, table.sort n*log2(n), string.rep and find/match/gmatch/gsub one per 8 bytes.
  std::int64_t instructions = 200'000'000;
  // Wall-clock time spent inside Lua, summed over all runs and calls. Checked (with a ~4 ms
  // coarse clock) by the hook, at every library call, and after every MiB allocated.
  std::chrono::milliseconds time{1000};
  // print/warn messages passed to the sink; later ones are dropped after one notice.
  std::size_t max_messages = 1000;
};

enum class ScriptErrorKind {
  syntax,             // the chunk does not compile (or is binary)
  runtime,            // error() or a failing operation in the script
  memory_limit,       // SandboxLimits::memory_bytes was reached
  instruction_limit,  // SandboxLimits::instructions was used up
  time_limit,         // SandboxLimits::time was used up
  file,               // the script file could not be read
  internal,           // the sandbox could not be set up, or a host failure
};

struct ScriptError {
  ScriptErrorKind kind = ScriptErrorKind::runtime;
  std::string file;       // script path as in its chunk name; empty when unknown
  int line = 0;           // 1-based line in `file`; 0 when unknown
  std::string message;    // without the "file:line: " prefix
  std::string traceback;  // "stack traceback:\n\t..." when one was taken, else empty

  // "file:line: message", or "file: message" without a line, or the bare message.
  std::string to_string() const;
};

// Output of print() (Severity::note) and warn() (Severity::warning) in a script.
struct ScriptMessage {
  Severity severity = Severity::note;
  std::string file;  // script that called print(); empty for warn()
  int line = 0;      // 0 when unknown
  std::string text;  // arguments joined by tabs, cut at 4 KiB
};
using ScriptMessageSink = std::function<void(const ScriptMessage&)>;

// One Lua state with base, string, table, math, utf8 and coroutine only (no io, os, package,
// debug; no load, loadfile, dofile, require, collectgarbage, string.dump). print and warn go
// to the sink; setmetatable refuses __gc (finalizers run with hooks off, so nothing could
// stop one); patterns too costly for their subject are refused (lua_pattern_cost.hpp).
// A limit raises an error that pcall, xpcall and coroutines cannot swallow, and stops the
// sandbox: every later run or call fails with the same error. Not thread-safe; use one
// instance per job. Nothing in this interface throws.
class LuaSandbox {
 public:
  // Creates and sets up the state. If that fails, ready() is false and every run reports
  // the reason as an `internal` error. The sink (may be empty) receives print/warn output.
  explicit LuaSandbox(SandboxLimits limits = {}, ScriptMessageSink sink = {}) noexcept;
  ~LuaSandbox();
  LuaSandbox(const LuaSandbox&) = delete;
  LuaSandbox& operator=(const LuaSandbox&) = delete;

  bool ready() const noexcept;
  // True once a memory, instruction or time limit has stopped the sandbox.
  bool stopped() const noexcept;

  // Reads the file and runs it as a text chunk named "@path". On success pushes `nresults`
  // results (all of them with LUA_MULTRET) onto state()'s stack, for the caller to pop, and
  // returns nothing; on failure the stack is as before and the error is returned.
  std::optional<ScriptError> run_file(const std::string& path, int nresults = 0) noexcept;
  // Same for a chunk in memory; `chunkname` ("style.lua") is what error messages show.
  std::optional<ScriptError> run_string(const std::string& chunk, const std::string& chunkname,
                                        int nresults = 0) noexcept;
  // Calls the function below the top `nargs` values of state()'s stack under the limits,
  // like lua_pcall with a traceback handler. On success the function and arguments are
  // replaced by `nresults` results; on failure they are popped and the error is returned.
  std::optional<ScriptError> call(int nargs, int nresults) noexcept;

  // Compiles a text chunk to bytecode, outside any sandbox, for loading many times with
  // load_compiled (scripts themselves can never load binary chunks). Returns a `syntax` (or
  // `internal`) error on failure. Thread-safe.
  static std::optional<ScriptError> compile(const std::string& chunk, const std::string& chunkname,
                                            std::string& bytecode) noexcept;
  // Pushes the function of a chunk made by compile() onto state()'s stack, or returns the
  // error with the stack unchanged. Only for the host's own compiled chunks.
  std::optional<ScriptError> load_compiled(const std::string& bytecode,
                                           const std::string& chunkname) noexcept;

  // For host functions running inside run_*/call: charges `units` instructions and `bytes`
  // of memory held outside Lua (tree nodes, say) to the limits. When a limit is passed it
  // raises the sandbox's stop error (a Lua error; does not return).
  static void charge(lua_State* L, std::int64_t units, std::size_t bytes = 0);

  // For the host's own repeated matching of `pattern` over `subject` (text rules): checks the
  // pattern's cost bound for that subject once (raising the usual "pattern too complex" Lua
  // error), charges one pass over it, and pushes Lua's string.find as it was before any
  // script could replace or wrap it. Calls made with it are not charged again.
  static void push_pattern_find(lua_State* L, std::string_view subject, std::string_view pattern);

  // Gives the sandbox its full instruction and time budget again, for the next document of a
  // sandbox kept across documents, and forgets the host memory charged for the last one (its
  // tree is gone). Does nothing once a limit has stopped it.
  void renew_budget() noexcept;

  // The state, owned by the sandbox, for the engine to push values and register host
  // functions. Null when !ready(). Host functions must not throw C++ exceptions.
  lua_State* state() const noexcept;
  std::size_t memory_used() const noexcept;
  std::int64_t instructions_left() const noexcept;

  struct Impl;  // defined in lua_sandbox.cpp; public only for the C callbacks there

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace cabletei
