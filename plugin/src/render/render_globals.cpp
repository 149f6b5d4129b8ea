// One-time set-up of libxslt for rendering: EXSLT common only (node-set), forbid-by-default
// security preferences whose read check consults the thread's read policy.
#include "render/render_globals.hpp"

#include <libexslt/exslt.h>
#include <libxml/parser.h>
#include <libxslt/xslt.h>

#include <mutex>

#include "render/error_collector.hpp"
#include "render/read_policy.hpp"

namespace cabletei {
namespace {

int read_check(xsltSecurityPrefsPtr, xsltTransformContextPtr, const char* value) {
  const ReadPolicy* policy = current_read_policy();
  return policy && policy->allows(value) ? 1 : 0;
}

xsltSecurityPrefsPtr make_prefs() {
  xsltSecurityPrefsPtr prefs = xsltNewSecurityPrefs();
  if (!prefs) return nullptr;
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_FILE, read_check);
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
  return prefs;
}

}  // namespace

void init_render_library() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    xsltInit();
    exsltCommonRegister();
    install_generic_error_handler();
    install_entity_loader();
  });
}

xsltSecurityPrefsPtr render_security_prefs() {
  static xsltSecurityPrefsPtr prefs = make_prefs();
  return prefs;
}

}  // namespace cabletei
