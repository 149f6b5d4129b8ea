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
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  std::string where = d.file.empty() ? "<input>" : d.file;
  if (d.line > 0) where += ":" + std::to_string(d.line);
  if (d.line > 0 && d.column > 0) where += ":" + std::to_string(d.column);
  return where + ": " + severity_name(d.severity) + ": " + d.message + " [" + d.code + "]";
}

}  // namespace cli
