// The PDF step of the render stage: XSL-FO typeset by Apache FOP, run as a separate process
// (no shell) whose messages become diagnostics; the PDF appears only when FOP succeeded.
#pragma once

#include <filesystem>
#include <string>

#include "render/error_collector.hpp"

namespace cabletei {

struct FopSettings {
  std::string command = "fop";  // the program (a path, or a name looked up in PATH)
  std::string config;           // a FOP configuration file (fonts); "" for none
  // JVM arguments for Debian's fop launcher (JAVA_ARGS) unless the environment sets them:
  // a bounded heap keeps a whole volume well under 2 GB (FOP's default takes a quarter of RAM).
  std::string java_args = "-Xmx1g";
};

// Typesets `fo` (an XSL-FO document) into `pdf` with FOP, tagged for accessibility (-a). Margin
// page markers (margin_markers.hpp) take a second FOP run over the edited layout. Writes through a temporary file in pdf's folder and a rename. Returns false after reporting
// to `errors` when FOP is missing, fails, or reports a SEVERE problem; nothing is left behind.
bool typeset_pdf(const FopSettings& settings, const std::string& fo,
                 const std::filesystem::path& pdf, ErrorCollector& errors);

}  // namespace cabletei
