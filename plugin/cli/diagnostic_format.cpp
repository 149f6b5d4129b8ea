// Formats diagnostics for the terminal: the compiler form that editors jump to, or JSON
// lines (nlohmann-json) for pipelines.
#include "diagnostic_format.hpp"

#include <nlohmann/json.hpp>

namespace cli {
namespace {

const char* severity_name(int severity) {
  switch (severity) {
    case 2:
      return "error";
    case 1:
      return "warning";
    default:
      return "note";
  }
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d, DiagnosticStyle style) {
  if (style == DiagnosticStyle::json) {
    nlohmann::json j = {{"file", d.file},     {"line", d.line},
                        {"column", d.column}, {"severity", severity_name(d.severity)},
                        {"code", d.code},     {"message", d.message}};
    if (!d.script.empty()) {
      j["script"] = d.script;
      j["script_line"] = d.script_line;
    }
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  std::string file = d.file.empty() ? "<input>" : d.file;
  std::string script = d.script;
  if (!script.empty() && d.script_line > 0) script += ":" + std::to_string(d.script_line);
  if (!d.script.empty() && d.line == 0)  // about the script itself: point there
    return script + ": " + severity_name(d.severity) + ": " + d.message + " [" + d.code +
           "] (styling " + file + ")";
  std::string where = file;
  if (d.line > 0) where += ":" + std::to_string(d.line);
  if (d.line > 0 && d.column > 0) where += ":" + std::to_string(d.column);
  std::string out =
      where + ": " + severity_name(d.severity) + ": " + d.message + " [" + d.code + "]";
  if (!script.empty()) out += " (script " + script + ")";
  return out;
}

}  // namespace cli
