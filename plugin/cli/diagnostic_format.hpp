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
  std::string script;  // a house-style script that raised it, and its line
  uint32_t script_line = 0;
};

enum class DiagnosticStyle { text, json };

// Text: "FILE:LINE:COL: severity: message [code]"; a script's diagnostic about the document
// adds "(script FILE:LINE)", and a script's failure is placed at the script's line, naming the
// document. JSON: one object with the same fields (script and script_line when present).
std::string format_diagnostic(const Diagnostic& d, DiagnosticStyle style);

}  // namespace cli
