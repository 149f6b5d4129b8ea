// The render stage: TEI in; HTML out (a page for a document, a site for a volume), or XSL-FO,
// or PDF (the XSL-FO typeset by FOP), through compiled stylesheets shared by every thread.
#pragma once

#include <memory>
#include <string>

#include "diag/diagnostics.hpp"
#include "render/fop_runner.hpp"
#include "render/render_format.hpp"
#include "render/stylesheet_cache.hpp"
#include "render/transform.hpp"

namespace cabletei {

struct RenderJob {
  std::string input;   // the TEI file
  std::string output;  // page file (or folder), site folder; "" = the page into `page`
                       // (for PDF: the file's bytes)
  RenderParams params;
};

enum class RenderOutcome { ok, misuse, failed };

class Renderer {
 public:
  // Compiles the stylesheets: `stylesheet` for every input, or ("") the format's stylesheets
  // from `xslt_dir` ("" = default_xslt_dir()): html/html.xsl and html/site.xsl, or fo/fo.xsl
  // for documents and volumes alike. `fop` runs the PDF step. Returns nullptr after reporting
  // the problems to `diags`.
  static std::unique_ptr<const Renderer> load(RenderFormat format, const std::string& stylesheet,
                                              const std::string& xslt_dir, const FopSettings& fop,
                                              Diagnostics& diags);

  // Renders `job`. Thread-safe. Diagnostics go to `diags`; a page without output goes to
  // `page`. Nothing is written unless the whole rendering succeeded.
  RenderOutcome render(const RenderJob& job, Diagnostics& diags, std::string& page) const;

 private:
  Renderer() = default;
  bool write_paged(const RenderJob& job, std::string fo, ErrorCollector& errors,
                   std::string& page) const;

  RenderFormat format_ = RenderFormat::html;
  FopSettings fop_;
  std::string xslt_dir_;
  std::shared_ptr<const CompiledStylesheet> page_sheet_, site_sheet_;
};

}  // namespace cabletei
