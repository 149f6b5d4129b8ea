// Formats diagnostics for the terminal: the compiler form FILE:LINE:COL: severity: message,
// or one JSON object per line for tools.
#pragma once

#include <cstdint>
#include <string>

namespace cli {

struct Diagnostic {
  std::string file, code, message;
  int severity = 0;  // cabletei_severity
  uint32_t line = 0, column = 0;
};

enum class DiagnosticStyle { text, json };

std::string format_diagnostic(const Diagnostic& d, DiagnosticStyle style);

}  // namespace cli
