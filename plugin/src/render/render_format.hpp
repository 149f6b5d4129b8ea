// The output formats of the render stage. HTML now; XSL-FO and PDF have their place here but
// are refused until their stylesheets and the FOP step exist.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cabletei {

enum class RenderFormat { html };

// Parses a format name ("html"). Returns nullopt with `problem` set for any other name,
// including the reserved "fo" and "pdf".
std::optional<RenderFormat> parse_render_format(std::string_view name, std::string& problem);

// The folder under the XSLT directory holding the format's stylesheets ("html").
std::string format_folder(RenderFormat format);

}  // namespace cabletei
