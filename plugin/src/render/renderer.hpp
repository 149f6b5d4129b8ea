// The render stage: TEI in, HTML out (a page for a document, a site for a volume), through
// compiled stylesheets shared by every thread that renders with the same renderer.
#pragma once

#include <memory>
#include <string>

#include "diag/diagnostics.hpp"
#include "render/render_format.hpp"
#include "render/stylesheet_cache.hpp"
#include "render/transform.hpp"

namespace cabletei {

struct RenderJob {
  std::string input;   // the TEI file
  std::string output;  // page file (or folder), site folder; "" = the page into `page`
  RenderParams params;
};

enum class RenderOutcome { ok, misuse, failed };

class Renderer {
 public:
  // Compiles the stylesheets: `stylesheet` for every input, or ("") the format's page and
  // site stylesheets from `xslt_dir` ("" = default_xslt_dir()). Returns nullptr after
  // reporting the problems to `diags`.
  static std::unique_ptr<const Renderer> load(RenderFormat format, const std::string& stylesheet,
                                              const std::string& xslt_dir, Diagnostics& diags);

  // Renders `job`. Thread-safe. Diagnostics go to `diags`; a page without output goes to
  // `page`. Nothing is written unless the whole rendering succeeded.
  RenderOutcome render(const RenderJob& job, Diagnostics& diags, std::string& page) const;

 private:
  Renderer() = default;
  std::string xslt_dir_;
  std::shared_ptr<const CompiledStylesheet> page_sheet_, site_sheet_;
};

}  // namespace cabletei
