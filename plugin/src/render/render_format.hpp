// The output formats of the render stage: HTML (a page or a volume's site), XSL-FO, and PDF
// (the XSL-FO typeset by Apache FOP).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cabletei {

enum class RenderFormat { html, fo, pdf };

// Parses a format name ("html", "fo", "pdf"). Returns nullopt with `problem` set otherwise.
std::optional<RenderFormat> parse_render_format(std::string_view name, std::string& problem);

// The folder under the XSLT directory holding the format's stylesheets ("html", "fo").
std::string format_folder(RenderFormat format);

// The file name extension of the format's output (".html", ".fo", ".pdf").
std::string format_extension(RenderFormat format);

}  // namespace cabletei
