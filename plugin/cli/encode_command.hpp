// `cabletei encode`: reads cables, encodes each through the C interface (one context per
// worker thread) and writes the TEI atomically. The CLI is the library's first customer.
#pragma once

#include <string>
#include <vector>

#include "diagnostic_format.hpp"

namespace cli {

struct EncodeRequest {
  std::vector<std::string> inputs;  // "-" reads standard input
  std::string output;               // file for one input, directory for several; "" = stdout
  std::string persons, terms;       // authority lists, for the house-style stage
  std::vector<std::string> styles;  // Lua style scripts; none: the default FRUS style
  std::vector<std::string> params;  // "name=value" for the scripts' cx.params
  bool no_style = false;
  unsigned jobs = 0;  // 0: one per core
  DiagnosticStyle diagnostics = DiagnosticStyle::text;
};

// The folder of the default house style (frus.lua and its modules): $CABLETEI_STYLE_DIR, else
// lua/ or share/cabletei/lua/ beside the executable's folder, else the source tree's lua/.
std::string default_style_dir();

// Runs the command. Returns the exit status: 0 written, 1 input errors, 2 usage errors.
int run_encode(const EncodeRequest& request);

}  // namespace cli
