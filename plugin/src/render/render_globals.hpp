// The process-wide set-up of libxml2, libxslt and EXSLT for rendering, done once: safe
// security preferences, the policy-aware entity loader and the error routing.
#pragma once

#include <libxslt/security.h>

namespace cabletei {

// Initialises the libraries (idempotent, thread-safe): xmlInitParser, xsltInit,
// exsltCommonRegister only, the generic error handler and the entity loader.
void init_render_library();

// The security preferences shared by every transform: no file writes, no folder creation, no
// network; reads only under the calling thread's ReadPolicy. Immutable after creation.
xsltSecurityPrefsPtr render_security_prefs();

}  // namespace cabletei
