// Turns the raw bytes of a cable into clean, NFC-normalised text lines.
// Rejects what is not text (empty, binary, invalid UTF-8) with a located diagnostic.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.hpp"

namespace cabletei {

struct TextLine {
  std::string text;    // trimmed, tabs as spaces, NFC; never empty
  std::size_t number;  // 1-based line number in the input
  std::size_t indent;  // bytes trimmed at the left, to map columns back to the input
};

// Splits `input` into non-blank lines. Handles a UTF-8 BOM, CRLF/CR line ends, tabs, trailing
// spaces and NFD text. Returns false (with an error in `diags`) when the input is not usable text.
bool read_text_lines(std::string_view input, Diagnostics& diags, std::vector<TextLine>& lines);

}  // namespace cabletei
