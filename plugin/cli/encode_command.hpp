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
  std::vector<std::string> styles;  // Lua style scripts, for the house-style stage
  bool no_style = false;
  unsigned jobs = 0;  // 0: one per core
  DiagnosticStyle diagnostics = DiagnosticStyle::text;
};

// Runs the command. Returns the exit status: 0 written, 1 input errors, 2 usage errors.
int run_encode(const EncodeRequest& request);

}  // namespace cli
