// Where the installed XSLT stylesheets are: the same search as the Lua style folder's,
// for the xslt/ tree (common/, html/ and, later, fo/).
#pragma once

#include <string>

namespace cabletei {

// $CABLETEI_XSLT_DIR, else xslt/ or share/cabletei/xslt/ beside the executable's folder (the
// first holding html/html.xsl), else the source tree's xslt/ (CABLETEI_SOURCE_XSLT_DIR).
std::string default_xslt_dir();

}  // namespace cabletei
