// Finding an installed data folder (the Lua styles, the XSLT stylesheets): an environment
// override, the folders beside the running executable, then the source tree built from.
#pragma once

#include <string>

namespace cabletei {

// $`env` when set and not empty; else ../`name` or ../share/cabletei/`name` beside the
// running executable's folder, the first holding the file `marker` (relative to it); else
// `fallback` (the source tree's folder).
std::string installed_folder(const char* env, const char* name, const char* marker,
                             const char* fallback);

}  // namespace cabletei
