// Compiled XSLT stylesheets, one per file and version, shared read-only by every renderer
// and thread of the process (libxslt transforms never modify a compiled stylesheet).
#pragma once

#include <libxslt/xsltInternals.h>

#include <filesystem>
#include <memory>
#include <string>

#include "diag/diagnostics.hpp"

namespace cabletei {

class CompiledStylesheet {
 public:
  CompiledStylesheet(xsltStylesheetPtr sheet, std::filesystem::path path);
  ~CompiledStylesheet();
  CompiledStylesheet(const CompiledStylesheet&) = delete;
  CompiledStylesheet& operator=(const CompiledStylesheet&) = delete;

  xsltStylesheetPtr get() const { return sheet_; }
  const std::filesystem::path& path() const { return path_; }  // canonical

 private:
  xsltStylesheetPtr sheet_;
  std::filesystem::path path_;
};

// Returns the stylesheet at `path`, compiled now or taken from the cache (while any holder
// keeps it alive, and the file has not changed since). Imports may be read from the
// stylesheet's folder tree and `xslt_dir`. On failure returns nullptr with error diagnostics
// (code "xslt-compile").
std::shared_ptr<const CompiledStylesheet> load_stylesheet(const std::string& path,
                                                          const std::string& xslt_dir,
                                                          Diagnostics& diags);

}  // namespace cabletei
