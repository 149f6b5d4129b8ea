// The render stage's sequence: read policy, safe parse, volume detection, transform, then
// serialisation and atomic writes of a page or of a site's files.
#include "render/renderer.hpp"

#include <stdlib.h>  // mkdtemp

#include <filesystem>

#include "io/read_file.hpp"
#include "render/atomic_files.hpp"
#include "render/html_output.hpp"
#include "render/read_policy.hpp"
#include "render/render_globals.hpp"
#include "render/safe_input.hpp"
#include "render/site_result.hpp"
#include "render/volume.hpp"
#include "render/xslt_dir.hpp"

namespace fs = std::filesystem;

namespace cabletei {
namespace {

// A page's target: the output file, or <folder>/<input stem><extension> for an existing
// folder.
fs::path page_target(const RenderJob& job, RenderFormat format) {
  std::error_code ec;
  if (fs::is_directory(job.output, ec))
    return fs::path(job.output) / (fs::path(job.input).stem().string() + format_extension(format));
  return job.output;
}

bool write_page(const RenderJob& job, RenderFormat format, std::string text, ErrorCollector& errors,
                std::string& page) {
  if (job.output.empty()) {
    page = std::move(text);
    return true;
  }
  std::string error;
  if (write_file_atomically(page_target(job, format), text, error)) return true;
  errors.add(Severity::error, "unwritable-output", error);
  return false;
}

// A PDF's page markers go into the outer margin unless the caller chose otherwise; XSL-FO is
// for any FO processor, so its markers stay in the text.
RenderParams with_margin_markers(const RenderParams& params) {
  for (const auto& [name, value] : params)
    if (name == "page.marker.placement") return params;
  RenderParams out = params;
  out.emplace_back("page.marker.placement", "margin");
  return out;
}

bool write_site(const RenderJob& job, xmlDoc* result, ErrorCollector& errors) {
  auto files = site_files(result, errors);
  if (!files) return false;
  std::string error;
  if (write_files_atomically(job.output, *files, error)) return true;
  errors.add(Severity::error, "unwritable-output", error);
  return false;
}

}  // namespace

std::unique_ptr<const Renderer> Renderer::load(RenderFormat format, const std::string& stylesheet,
                                               const std::string& xslt_dir, const FopSettings& fop,
                                               Diagnostics& diags) {
  init_render_library();
  std::unique_ptr<Renderer> renderer(new Renderer);
  renderer->format_ = format;
  renderer->fop_ = fop;
  renderer->xslt_dir_ = xslt_dir.empty() ? default_xslt_dir() : xslt_dir;
  fs::path folder = fs::path(renderer->xslt_dir_) / format_folder(format);
  bool html = format == RenderFormat::html;
  std::string page =
      !stylesheet.empty() ? stylesheet : (folder / (html ? "html.xsl" : "fo.xsl")).string();
  renderer->page_sheet_ = load_stylesheet(page, renderer->xslt_dir_, diags);
  renderer->site_sheet_ =
      stylesheet.empty() && html
          ? load_stylesheet((folder / "site.xsl").string(), renderer->xslt_dir_, diags)
          : renderer->page_sheet_;
  if (!renderer->page_sheet_ || !renderer->site_sheet_) return nullptr;
  return renderer;
}

RenderOutcome Renderer::render(const RenderJob& job, Diagnostics& diags, std::string& page) const {
  ErrorCollector errors(diags, job.input);
  ReadPolicy policy;
  policy.allow_tree(fs::absolute(job.input).parent_path());
  policy.allow_tree(page_sheet_->path().parent_path());
  policy.allow_tree(site_sheet_->path().parent_path());
  policy.allow_tree(xslt_dir_);
  ScopedReadPolicy scope(policy);
  XmlDocPtr input = parse_safe_input(job.input, errors);
  if (!input) return RenderOutcome::failed;
  if (format_ != RenderFormat::html) {  // a document or a whole volume: one FO document
    XmlDocPtr fo = run_transform(
        *page_sheet_, input.get(),
        format_ == RenderFormat::pdf ? with_margin_markers(job.params) : job.params, errors);
    if (!fo) return RenderOutcome::failed;
    return write_paged(job, serialize_result(fo.get(), *page_sheet_), errors, page)
               ? RenderOutcome::ok
               : RenderOutcome::failed;
  }
  bool volume = is_volume(input.get());
  if (volume && job.output.empty()) {
    errors.add(Severity::error, "volume-needs-folder",
               "this TEI is a volume (several div type=\"document\"): it renders to a folder; "
               "give an output folder");
    return RenderOutcome::misuse;
  }
  const CompiledStylesheet& sheet = volume ? *site_sheet_ : *page_sheet_;
  XmlDocPtr result = run_transform(sheet, input.get(), job.params, errors);
  if (!result) return RenderOutcome::failed;
  bool written =
      volume ? write_site(job, result.get(), errors)
             : write_page(job, format_, serialize_result(result.get(), sheet), errors, page);
  return written ? RenderOutcome::ok : RenderOutcome::failed;
}

// XSL-FO as it is, or typeset into a PDF (a file, or the PDF's bytes into `page`).
bool Renderer::write_paged(const RenderJob& job, std::string fo, ErrorCollector& errors,
                           std::string& page) const {
  if (format_ == RenderFormat::fo) return write_page(job, format_, std::move(fo), errors, page);
  if (!job.output.empty()) return typeset_pdf(fop_, fo, page_target(job, format_), errors);
  std::error_code ec;
  fs::path folder = fs::temp_directory_path(ec);
  std::string pattern = (folder / "cabletei-pdf-XXXXXX").string();
  if (ec || !::mkdtemp(pattern.data())) {
    errors.add(Severity::error, "unwritable-output", "cannot make a temporary folder");
    return false;
  }
  fs::path pdf = fs::path(pattern) / "page.pdf";
  bool ok = typeset_pdf(fop_, fo, pdf, errors) && read_file(pdf, page);
  fs::remove_all(pattern, ec);
  return ok;
}

}  // namespace cabletei
