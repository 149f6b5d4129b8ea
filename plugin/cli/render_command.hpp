// `cabletei render`: renders a TEI document to an HTML page, or a volume to a site folder,
// through the C interface's renderer (XSLT stylesheets, locked down).
#pragma once

#include <string>
#include <vector>

#include "diagnostic_format.hpp"

namespace cli {

struct RenderRequest {
  std::string input;                // the TEI file
  std::string format = "html";      // --to
  std::string output;               // page file or folder; site folder; "" = stdout (page only)
  std::vector<std::string> params;  // "name=value", literal stylesheet parameters
  std::string stylesheet;           // --xsl; "" = the installed stylesheets
  std::string fop;                  // --fop; "" = fop from PATH
  std::string fop_config;           // --fop-config; "" = the build's
  DiagnosticStyle diagnostics = DiagnosticStyle::text;
};

// Runs the command. Returns the exit status: 0 written, 1 input errors (nothing written),
// 2 usage errors (also an unknown format, or an html volume without -o DIR).
int run_render(const RenderRequest& request);

}  // namespace cli
