// The C interface of the render stage (since 1.2): renderer handles over the C++ Renderer,
// request structs checked by size, diagnostics to the caller's callback, no exceptions out.
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <memory>
#include <new>
#include <string>

#include "api/send_diagnostic.hpp"
#include "cabletei.h"
#include "render/renderer.hpp"

struct cabletei_renderer {
  std::unique_ptr<const cabletei::Renderer> renderer;
};

namespace {

void send_all(cabletei_diagnostic_fn fn, void* user, const char* file,
              const cabletei::Diagnostics& diags) {
  for (const cabletei::Diagnostic& d : diags.items()) cabletei::send_diagnostic(fn, user, file, d);
}

// Sends one error diagnostic and returns `status`.
cabletei_status report(cabletei_diagnostic_fn fn, void* user, const char* file,
                       cabletei_status status, const char* code, const std::string& message) {
  cabletei::Diagnostics diags;
  diags.error(code, 0, 0, message);
  send_all(fn, user, file, diags);
  return status;
}

// Converts the exception in flight into a status code and an "internal" diagnostic.
cabletei_status lippincott(cabletei_diagnostic_fn fn, void* user, const char* file) noexcept {
  try {
    throw;
  } catch (const std::bad_alloc&) {
    return CABLETEI_E_NOMEM;
  } catch (const std::exception& e) {
    try {
      return report(fn, user, file, CABLETEI_E_INTERNAL, "internal",
                    std::string("internal error: ") + e.what());
    } catch (...) {
      return CABLETEI_E_INTERNAL;
    }
  } catch (...) {
    return CABLETEI_E_INTERNAL;
  }
}

// The FOP configuration the build wrote (fonts to embed), if it is there.
std::string default_fop_config() {
#ifdef CABLETEI_FOP_CONFIG
  std::error_code ec;
  if (std::filesystem::is_regular_file(CABLETEI_FOP_CONFIG, ec)) return CABLETEI_FOP_CONFIG;
#endif
  return "";
}

// An XML name as XSLT parameter names need (no prefix: NCName in ASCII).
bool is_param_name(const std::string& name) {
  if (name.empty() || !(std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_'))
    return false;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'))
      return false;
  return true;
}

bool parse_params(const cabletei_render_request* r, cabletei::RenderParams& out) {
  for (std::size_t k = 0; k < r->param_count; ++k) {
    std::string p = r->params[k] ? r->params[k] : "";
    std::size_t eq = p.find('=');
    if (eq == std::string::npos || !is_param_name(p.substr(0, eq))) return false;
    out.emplace_back(p.substr(0, eq), p.substr(eq + 1));
  }
  return true;
}

cabletei_status fill_page(std::string& text, cabletei_buffer* page) {
  char* data = static_cast<char*>(std::malloc(text.size() + 1));
  if (!data) return CABLETEI_E_NOMEM;
  std::memcpy(data, text.data(), text.size());
  data[text.size()] = '\0';
  *page = cabletei_buffer{data, text.size()};
  return CABLETEI_OK;
}

cabletei_status to_status(cabletei::RenderOutcome outcome) {
  switch (outcome) {
    case cabletei::RenderOutcome::ok:
      return CABLETEI_OK;
    case cabletei::RenderOutcome::misuse:
      return CABLETEI_E_MISUSE;
    case cabletei::RenderOutcome::failed:
      break;
  }
  return CABLETEI_E_INPUT;
}

}  // namespace

extern "C" {

cabletei_status cabletei_renderer_new(const cabletei_render_options* options,
                                      cabletei_renderer** out) {
  if (!out) return CABLETEI_E_MISUSE;
  *out = nullptr;
  if (!options || options->struct_size != sizeof(cabletei_render_options)) return CABLETEI_E_MISUSE;
  cabletei_diagnostic_fn fn = options->on_diagnostic;
  const char* sheet = options->stylesheet ? options->stylesheet : "";
  try {
    std::string problem;
    auto format =
        cabletei::parse_render_format(options->format ? options->format : "html", problem);
    if (!format) return report(fn, options->user, "", CABLETEI_E_MISUSE, "unknown-format", problem);
    cabletei::FopSettings fop;
    if (options->fop_command) fop.command = options->fop_command;
    fop.config = options->fop_config ? options->fop_config : default_fop_config();
    cabletei::Diagnostics diags;
    auto renderer = cabletei::Renderer::load(*format, sheet, "", fop, diags);
    send_all(fn, options->user, sheet, diags);
    if (!renderer) return CABLETEI_E_INPUT;
    *out = new cabletei_renderer{std::move(renderer)};
    return CABLETEI_OK;
  } catch (...) {
    return lippincott(fn, options->user, sheet);
  }
}

void cabletei_renderer_free(cabletei_renderer* renderer) { delete renderer; }

cabletei_status cabletei_render_file(const cabletei_renderer* renderer,
                                     const cabletei_render_request* request,
                                     cabletei_buffer* page) {
  if (page) *page = cabletei_buffer{nullptr, 0};
  if (!renderer || !request || request->struct_size != sizeof(cabletei_render_request) ||
      !request->input || (!request->output && !page) || (request->param_count && !request->params))
    return CABLETEI_E_MISUSE;
  cabletei_diagnostic_fn fn = request->on_diagnostic;
  try {
    cabletei::RenderJob job{request->input, request->output ? request->output : "", {}};
    if (!parse_params(request, job.params))
      return report(fn, request->user, request->input, CABLETEI_E_MISUSE, "bad-param",
                    "stylesheet parameters must be NAME=VALUE with an XML name");
    cabletei::Diagnostics diags;
    std::string text;
    cabletei::RenderOutcome outcome = renderer->renderer->render(job, diags, text);
    send_all(fn, request->user, request->input, diags);
    if (outcome != cabletei::RenderOutcome::ok || request->output) return to_status(outcome);
    return fill_page(text, page);
  } catch (...) {
    return lippincott(fn, request->user, request->input);
  }
}

}  // extern "C"
