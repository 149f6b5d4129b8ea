// The style the benchmarks encode with: a Lua script and persons and terms lists loaded
// through the C interface.
#pragma once

#include <cabletei.h>

#include <string>

namespace bench {

// Loads `script` with the `persons` and `terms` lists. Returns the style (the caller frees it
// with cabletei_style_free), or nullptr after printing why to stderr.
cabletei_style* load_style(const std::string& script, const std::string& persons,
                           const std::string& terms);

}  // namespace bench
