// The output formats of the render stage: names to values, with a clear refusal for the
// formats planned for a later version.
#include "render/render_format.hpp"

namespace cabletei {

std::optional<RenderFormat> parse_render_format(std::string_view name, std::string& problem) {
  if (name == "html") return RenderFormat::html;
  if (name == "fo" || name == "pdf")
    problem = "output format '" + std::string(name) + "' is not supported yet (only html)";
  else
    problem = "unknown output format '" + std::string(name) + "' (expected html)";
  return std::nullopt;
}

std::string format_folder(RenderFormat format) {
  switch (format) {
    case RenderFormat::html:
      return "html";
  }
  return "html";
}

}  // namespace cabletei
