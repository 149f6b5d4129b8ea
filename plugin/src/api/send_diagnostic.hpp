// Diagnostics of the C++ core handed to a C caller's callback, as cabletei_diagnostic structs
// whose strings live only during the call. Shared by the encoding and rendering interfaces.
#pragma once

#include <cstdint>

#include "cabletei.h"
#include "diag/diagnostics.hpp"

namespace cabletei {

// Calls `fn` (if set) with `d` for the input named `file`.
inline void send_diagnostic(cabletei_diagnostic_fn fn, void* user, const char* file,
                            const Diagnostic& d) {
  if (!fn) return;
  cabletei_diagnostic out{};
  out.struct_size = sizeof out;
  out.severity = static_cast<cabletei_severity>(d.severity);
  out.code = d.code.c_str();
  out.file = file;
  out.line = static_cast<std::uint32_t>(d.line);
  out.column = static_cast<std::uint32_t>(d.column);
  out.message = d.message.c_str();
  out.script = d.script.c_str();
  out.script_line = static_cast<std::uint32_t>(d.script_line);
  fn(user, &out);
}

}  // namespace cabletei
