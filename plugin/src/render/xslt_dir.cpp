// Finds the installed XSLT folder: an environment override, the folders beside the running
// executable, then the source tree the library was built from.
#include "render/xslt_dir.hpp"

#include "io/installed_folder.hpp"

namespace cabletei {

std::string default_xslt_dir() {
  return installed_folder("CABLETEI_XSLT_DIR", "xslt", "html/html.xsl", CABLETEI_SOURCE_XSLT_DIR);
}

}  // namespace cabletei
