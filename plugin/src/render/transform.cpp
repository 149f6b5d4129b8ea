// One transform: a fresh libxslt context per call (nothing shared but the compiled
// stylesheet), with the render stage's security preferences and limits.
#include "render/transform.hpp"

#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltutils.h>

#include <new>
#include <stdexcept>

#include "render/render_globals.hpp"

namespace cabletei {
namespace {

struct ContextDeleter {
  void operator()(xsltTransformContext* context) const { xsltFreeTransformContext(context); }
};

bool pass_params(xsltTransformContextPtr context, const RenderParams& params) {
  for (const auto& [name, value] : params)
    if (xsltQuoteOneUserParam(context, BAD_CAST name.c_str(), BAD_CAST value.c_str()) != 0)
      return false;
  return true;
}

}  // namespace

XmlDocPtr run_transform(const CompiledStylesheet& sheet, xmlDoc* input, const RenderParams& params,
                        ErrorCollector& errors) {
  std::unique_ptr<xsltTransformContext, ContextDeleter> context(
      xsltNewTransformContext(sheet.get(), input));
  if (!context) throw std::bad_alloc();
  errors.attach(context.get());
  if (xsltSetCtxtSecurityPrefs(render_security_prefs(), context.get()) != 0)
    throw std::runtime_error("cannot set the XSLT security preferences");
  xsltSetCtxtParseOptions(context.get(), kSafeParseOptions);
  context->maxTemplateDepth = kMaxTemplateDepth;
  context->maxTemplateVars = kMaxTemplateVars;
  if (!pass_params(context.get(), params)) {
    errors.add(Severity::error, "bad-param", "a stylesheet parameter could not be set");
    return nullptr;
  }
  XmlDocPtr result(
      xsltApplyStylesheetUser(sheet.get(), input, nullptr, nullptr, nullptr, context.get()));
  bool stopped = context->state != XSLT_STATE_OK;
  errors.attach(nullptr);
  if (stopped && !errors.has_errors())
    errors.add(Severity::error, "xslt-error", "the transform stopped");
  if (!result || stopped || errors.has_errors()) return nullptr;
  return result;
}

}  // namespace cabletei
