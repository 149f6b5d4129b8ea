// Diagnostics collected while reading and encoding a cable.
// Each one carries a severity, a stable code and a 1-based line:column in the input.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace cabletei {

enum class Severity { note = 0, warning = 1, error = 2 };

struct Diagnostic {
  Severity severity;
  std::string code;    // stable, kebab-case: "invalid-utf8", "marker-not-found", ...
  std::size_t line;    // 1-based; 0 when the diagnostic concerns the whole input
  std::size_t column;  // 1-based byte column in the original line; 0 when unknown
  std::string message;
  std::string script;           // for a house style's diagnostics: the script file...
  std::size_t script_line = 0;  // ...and line that raised it; "" and 0 otherwise
};

class Diagnostics {
 public:
  void add(Severity s, std::string code, std::size_t line, std::size_t column, std::string msg) {
    if (s == Severity::error) ++errors_;
    items_.push_back({s, std::move(code), line, column, std::move(msg), {}, 0});
  }
  void add(Diagnostic d) {
    if (d.severity == Severity::error) ++errors_;
    items_.push_back(std::move(d));
  }
  void note(std::string code, std::size_t line, std::size_t col, std::string msg) {
    add(Severity::note, std::move(code), line, col, std::move(msg));
  }
  void warning(std::string code, std::size_t line, std::size_t col, std::string msg) {
    add(Severity::warning, std::move(code), line, col, std::move(msg));
  }
  void error(std::string code, std::size_t line, std::size_t col, std::string msg) {
    add(Severity::error, std::move(code), line, col, std::move(msg));
  }
  bool has_errors() const { return errors_ > 0; }
  const std::vector<Diagnostic>& items() const { return items_; }

 private:
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

}  // namespace cabletei
