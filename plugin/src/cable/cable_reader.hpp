// Reads a raw cable (head line, paragraphs, page markers, footnote list) into a Cable
// whose footnotes are anchored where their markers were.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cable/cable.hpp"
#include "diag/diagnostics.hpp"

namespace cabletei {

struct ReadOptions {
  // Document number to use when the head carries none (older volumes): "235".
  std::string fallback_number;
};

// Returns the cable, or nothing when the input is unusable (the errors are in `diags`).
std::optional<Cable> read_cable(std::string_view input, const ReadOptions& options,
                                Diagnostics& diags);

}  // namespace cabletei
