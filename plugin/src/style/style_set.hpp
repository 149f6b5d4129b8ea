// A house style ready to run: its scripts compiled once, the modules they may require, the
// volume's authority lists and the parameters. Immutable once loaded; shared by all threads.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "diag/diagnostics.hpp"
#include "style/authority_binding.hpp"
#include "style/lua_sandbox.hpp"

struct _xmlDoc;

namespace cabletei {

struct StyleOptions {
  std::vector<std::string> scripts;  // applied in order
  // Folders `require` searches after each script's own folder (the default style's, say).
  std::vector<std::string> folders;
  std::string persons, terms;  // authority list files; "" for none
  std::map<std::string, std::string> params;
  SandboxLimits limits;  // per document
};

// A problem that keeps a style from loading: a script or list that cannot be read or parsed.
struct StyleLoadError {
  std::string file;
  std::size_t line = 0, column = 0;
  std::string message;
  std::string to_string() const;  // "file:line:col: message" without the zero parts
};

class StyleSet;

// A sandbox kept across the documents one worker (one C context) styles with one style: the
// scripts and their modules run once, then each document only runs the filters, with a fresh
// instruction and time budget (memory is capped for the sandbox as a whole). A document that
// fails, or stops at a limit, discards the sandbox: the next document starts a new one. Node
// proxies cannot outlive their document. Not thread-safe; one per worker.
class StyleSession {
 public:
  StyleSession();
  ~StyleSession();
  StyleSession(const StyleSession&) = delete;
  StyleSession& operator=(const StyleSession&) = delete;

  struct State;  // style_runner.cpp

 private:
  friend class StyleSet;
  std::unique_ptr<State> state_;
};

class StyleSet {
 public:
  // Compiles every script and loads the lists. Returns the style, or every error found.
  static std::variant<std::shared_ptr<const StyleSet>, std::vector<StyleLoadError>> load(
      const StyleOptions& options);

  // Runs the style over `doc`: after_encode hooks, each filter's element walk and text rules
  // in order, before_render hooks. With `session`, the sandbox is reused across documents;
  // without, each call gets a fresh one. Returns false when the style failed on this
  // document; the reason is in `diagnostics` as an error. Never throws.
  bool apply(_xmlDoc* doc, Diagnostics& diagnostics,
             StyleSession* session = nullptr) const noexcept;

  struct Chunk {
    std::string name;  // chunk name: the file path
    std::string bytecode;
  };
  const std::vector<Chunk>& scripts() const { return scripts_; }
  const Chunk& prelude() const { return prelude_; }
  const AuthorityBinding* persons() const { return persons_.get(); }
  const AuthorityBinding* terms() const { return terms_.get(); }
  const std::map<std::string, std::string>& params() const { return params_; }
  const SandboxLimits& limits() const { return limits_; }

  // The compiled module `name` ("frus.dates" -> frus/dates.lua or frus/dates/init.lua in the
  // search folders), compiled on first use and cached; or the error (unknown module, bad
  // name, syntax error). Thread-safe.
  std::variant<const Chunk*, StyleLoadError> module(const std::string& name) const;
  // The full path of a compiled module whose path ends with `tail`, if any. Thread-safe.
  std::optional<std::string> module_named_like(std::string_view tail) const;

 private:
  std::vector<Chunk> scripts_;
  Chunk prelude_;
  std::vector<std::string> folders_;
  std::unique_ptr<AuthorityBinding> persons_, terms_;
  std::map<std::string, std::string> params_;
  SandboxLimits limits_;
  mutable std::mutex modules_mutex_;
  mutable std::map<std::string, std::variant<std::unique_ptr<Chunk>, StyleLoadError>> modules_;
};

}  // namespace cabletei
