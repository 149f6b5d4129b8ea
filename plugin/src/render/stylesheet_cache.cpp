// The process-wide stylesheet cache: canonical path and modification time to a weakly held
// compiled stylesheet; compilation runs under the read policy with errors collected.
#include "render/stylesheet_cache.hpp"

#include <libxslt/xsltutils.h>

#include <map>
#include <mutex>

#include "render/error_collector.hpp"
#include "render/read_policy.hpp"
#include "render/render_globals.hpp"

namespace fs = std::filesystem;

namespace cabletei {
namespace {

struct Entry {
  fs::file_time_type modified;
  std::weak_ptr<const CompiledStylesheet> sheet;
};

std::mutex cache_mutex;
std::map<fs::path, Entry>& cache() {
  static std::map<fs::path, Entry> entries;
  return entries;
}

std::shared_ptr<const CompiledStylesheet> compile(const fs::path& path, const std::string& xslt_dir,
                                                  Diagnostics& diags) {
  ReadPolicy policy;
  policy.allow_tree(path.parent_path());
  if (!xslt_dir.empty()) policy.allow_tree(xslt_dir);
  ScopedReadPolicy scope(policy);
  Diagnostics found;
  xsltStylesheetPtr sheet = nullptr;
  {
    ErrorCollector collector(found, path.string());
    sheet = xsltParseStylesheetFile(BAD_CAST path.c_str());
  }
  bool failed = !sheet || sheet->errors > 0 || found.has_errors();
  for (Diagnostic d : found.items()) {
    if (d.severity == Severity::error) d.code = "xslt-compile";
    if (d.script.empty()) d.script = path.string();
    diags.add(std::move(d));
  }
  if (failed) {
    if (sheet) xsltFreeStylesheet(sheet);
    if (!found.has_errors())
      diags.add({Severity::error, "xslt-compile", 0, 0, "cannot compile " + path.string(), {}, 0});
    return nullptr;
  }
  return std::make_shared<const CompiledStylesheet>(sheet, path);
}

}  // namespace

CompiledStylesheet::CompiledStylesheet(xsltStylesheetPtr sheet, fs::path path)
    : sheet_(sheet), path_(std::move(path)) {}

CompiledStylesheet::~CompiledStylesheet() { xsltFreeStylesheet(sheet_); }

std::shared_ptr<const CompiledStylesheet> load_stylesheet(const std::string& path,
                                                          const std::string& xslt_dir,
                                                          Diagnostics& diags) {
  init_render_library();
  std::error_code ec;
  fs::path canonical = fs::canonical(path, ec);
  fs::file_time_type modified = ec ? fs::file_time_type{} : fs::last_write_time(canonical, ec);
  if (ec || !fs::is_regular_file(canonical, ec)) {
    diags.add({Severity::error, "xslt-compile", 0, 0, "cannot read stylesheet " + path, {}, 0});
    return nullptr;
  }
  std::lock_guard<std::mutex> lock(cache_mutex);
  Entry& entry = cache()[canonical];
  if (auto sheet = entry.sheet.lock(); sheet && entry.modified == modified) return sheet;
  auto sheet = compile(canonical, xslt_dir, diags);
  if (sheet) entry = {modified, sheet};
  return sheet;
}

}  // namespace cabletei
