// Finds the installed XSLT folder: an environment override, the folders beside the running
// executable, then the source tree the library was built from.
#include "render/xslt_dir.hpp"

#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace cabletei {

std::string default_xslt_dir() {
  if (const char* env = std::getenv("CABLETEI_XSLT_DIR"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec)
    for (const char* relative : {"../xslt", "../share/cabletei/xslt"}) {
      fs::path candidate = exe.parent_path() / relative;
      if (fs::is_regular_file(candidate / "html" / "html.xsl", ec))
        return candidate.lexically_normal().string();
    }
  return CABLETEI_SOURCE_XSLT_DIR;
}

}  // namespace cabletei
