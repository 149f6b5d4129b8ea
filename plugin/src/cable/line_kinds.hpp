// Recognisers for the kinds of line a cable is made of: source line, classification,
// dateline, list heads and labels, signatures. Pure functions over one line of text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cabletei {

// "501.BC Indonesia/3–2149: Telegram": the file reference older volumes print above the head.
bool is_source_line(std::string_view text);

// "confidential priority", "secret us urgent niact": a classification and precedence line.
bool is_classification_line(std::string_view text);

// Where the place and the date sit in a dateline ("Moscow, December 26, 1956—10 p.m.").
struct DatelineParts {
  std::size_t place_begin = 0, place_end = 0;  // empty when the line has no place
  std::size_t date_begin = 0, date_end = 0;    // the date phrase, without a closing period
};
std::optional<DatelineParts> parse_dateline(std::string_view text);

// "SUBJECT", "PARTICIPANTS", "REF:": a list heading; returns the list type ("" for none).
std::optional<std::string> list_heading_type(std::string_view text);

// "1.", "(a)", "IV.": a list label standing alone on its line.
bool is_label_line(std::string_view text);

// Whether label `next` continues the numbering of label `label` ("2." after "1.", "(b)" after
// "(a)").
bool is_next_label(std::string_view label, std::string_view next);

// "Whitney", "John F. Allison", "W.E. Colby": a signature (trailing marker digits allowed).
bool is_signature_name(std::string_view text);

// A short line under a signature: "OCB Staff Representative", "Chargé d’Affaires, a.i.".
bool is_signature_title(std::string_view text);

// "219. Telegram From ...": the printed document number at the start of a head, or "".
std::string head_number(std::string_view text);

}  // namespace cabletei
