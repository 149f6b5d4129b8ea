// Shared helpers for the unit tests: read a cable from text, list where its notes landed,
// and encode it to TEI that must validate.
#pragma once

#include <string>
#include <vector>

#include "cable/cable_reader.hpp"
#include "diag/diagnostics.hpp"

namespace test {

struct Read {
  std::optional<cabletei::Cable> cable;
  cabletei::Diagnostics diags;
};

Read read(const std::string& text, const std::string& fallback_number = "");

// "n@context": each note's number and the 8 characters of text before its anchor, in order.
std::vector<std::string> note_places(const cabletei::Cable& cable);

// Whether a diagnostic with this code was reported.
bool has_code(const cabletei::Diagnostics& diags, const std::string& code);

// The TEI of `cable`; the test fails unless it validates against the schema.
std::string tei_of(const cabletei::Cable& cable);

}  // namespace test
