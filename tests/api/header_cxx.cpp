// Compile-only check: cabletei.h must be usable from C++ (extern "C", no C-only syntax).
// Nothing here runs; it is linked into the C test program only to be built with it.
#include <cabletei.h>

#include <type_traits>

static_assert(CABLETEI_ABI_VERSION >= 1, "ABI version is positive");
static_assert(std::is_same_v<decltype(&cabletei_encode),
                             cabletei_status (*)(cabletei_context*, const cabletei_document*,
                                                 const char*, size_t, cabletei_buffer*)>,
              "cabletei_encode has the documented signature");
static_assert(std::is_standard_layout_v<cabletei_diagnostic> &&
                  std::is_standard_layout_v<cabletei_options> &&
                  std::is_standard_layout_v<cabletei_document> &&
                  std::is_standard_layout_v<cabletei_buffer>,
              "the public structs are plain C structs");
