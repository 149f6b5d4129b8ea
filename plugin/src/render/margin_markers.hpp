// Printed page numbers ("[Page 541]") in the outer margin. XSL-FO cannot place text in the
// margin beside a line on the page side FOP decides, so this finishes FOP's layout instead.
#pragma once

#include <filesystem>
#include <string_view>

#include "render/error_collector.hpp"

namespace cabletei {

// With page.marker.placement = margin, xslt/fo/fo-inline.xsl sets each marker as a zero-width,
// right-aligned pair: a measuring copy in this colour, then the marker itself. In FOP's
// intermediate format the pair gives the marker's width and its line.
inline constexpr std::string_view kMarkerMeasureColor = "#fe0001";

// Whether the XSL-FO document `fo` holds margin markers (a measuring copy).
bool has_margin_markers(std::string_view fo);

// Rewrites the FOP intermediate-format file `if_file` in place: each marker moves beside its
// line into the outer margin (right of the text block on odd pages, left on even pages, one em
// of the marker's font away; markers on one line stack downwards) and its measuring copy is
// dropped, with the copy's node in the structure tree. A marker whose coordinates are
// transformed other than by translation stays where it is. Returns false after reporting to
// `errors` when the file cannot be read, parsed or written.
bool move_markers_to_margin(const std::filesystem::path& if_file, ErrorCollector& errors);

}  // namespace cabletei
