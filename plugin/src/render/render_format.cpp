// The output formats of the render stage: names to values, the stylesheet folder of each and
// the extension of its files.
#include "render/render_format.hpp"

namespace cabletei {

std::optional<RenderFormat> parse_render_format(std::string_view name, std::string& problem) {
  if (name == "html") return RenderFormat::html;
  if (name == "fo") return RenderFormat::fo;
  if (name == "pdf") return RenderFormat::pdf;
  problem = "unknown output format '" + std::string(name) + "' (expected html, fo or pdf)";
  return std::nullopt;
}

std::string format_folder(RenderFormat format) {
  return format == RenderFormat::html ? "html" : "fo";
}

std::string format_extension(RenderFormat format) {
  switch (format) {
    case RenderFormat::html:
      return ".html";
    case RenderFormat::fo:
      return ".fo";
    case RenderFormat::pdf:
      return ".pdf";
  }
  return ".html";
}

}  // namespace cabletei
