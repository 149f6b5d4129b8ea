// The C interface: opaque contexts, status codes and a per-context message. Every entry
// point is noexcept and turns C++ exceptions into status codes (the Lippincott pattern).
#include "cabletei.h"

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <string>
#include <variant>
#include <vector>

#include "api/send_diagnostic.hpp"
#include "cable/cable_reader.hpp"
#include "style/style_set.hpp"
#include "tei/tei_builder.hpp"

struct cabletei_context {
  cabletei_options options{};
  std::string error;
  cabletei::StyleSession session;  // the house-style sandbox, kept across documents
};

struct cabletei_style {
  std::shared_ptr<const cabletei::StyleSet> set;
};

namespace {

cabletei_status fail(cabletei_context* context, cabletei_status status, std::string message) {
  if (context) context->error = std::move(message);
  return status;
}

// Converts the exception in flight into a status code.
cabletei_status lippincott(cabletei_context* context) noexcept {
  try {
    throw;
  } catch (const std::bad_alloc&) {
    return fail(context, CABLETEI_E_NOMEM, "out of memory");
  } catch (const std::exception& e) {
    return fail(context, CABLETEI_E_INTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return fail(context, CABLETEI_E_INTERNAL, "internal error");
  }
}

void send(cabletei_diagnostic_fn fn, void* user, const char* file, const cabletei::Diagnostic& d) {
  cabletei::send_diagnostic(fn, user, file, d);
}

void send(const cabletei_context* context, const char* file, const cabletei::Diagnostic& d) {
  send(context->options.on_diagnostic, context->options.user, file, d);
}

// The first error's message, for cabletei_errmsg().
std::string first_error(const cabletei::Diagnostics& diags, const char* fallback) {
  for (const auto& d : diags.items())
    if (d.severity == cabletei::Severity::error)
      return d.script.empty() ? d.message
                              : d.script + ":" + std::to_string(d.script_line) + ": " + d.message;
  return diags.items().empty() ? fallback : diags.items().front().message;
}

// Sizes of the structs of earlier minor versions, which callers built against them still pass.
constexpr std::size_t kDocumentSize10 = offsetof(cabletei_document, style);

bool parse_params(const cabletei_style_options* o, cabletei::StyleOptions& out) {
  for (std::size_t k = 0; k < o->param_count; ++k) {
    std::string p = o->params[k] ? o->params[k] : "";
    std::size_t eq = p.find('=');
    if (eq == std::string::npos || eq == 0) return false;
    out.params[p.substr(0, eq)] = p.substr(eq + 1);
  }
  return true;
}

std::vector<std::string> strings(const char* const* items, std::size_t count) {
  std::vector<std::string> out;
  for (std::size_t k = 0; k < count; ++k)
    if (items && items[k]) out.emplace_back(items[k]);
  return out;
}

cabletei_status fill_buffer(const std::string& text, cabletei_buffer* out) {
  char* data = static_cast<char*>(std::malloc(text.size() + 1));
  if (!data) return CABLETEI_E_NOMEM;
  std::memcpy(data, text.data(), text.size());
  data[text.size()] = '\0';
  out->data = data;
  out->size = text.size();
  return CABLETEI_OK;
}

}  // namespace

extern "C" {

uint32_t cabletei_abi_version(void) { return CABLETEI_ABI_VERSION; }

const char* cabletei_version(void) { return CABLETEI_VERSION_STRING; }

cabletei_status cabletei_context_new(const cabletei_options* options, cabletei_context** out) {
  if (!out) return CABLETEI_E_MISUSE;
  *out = nullptr;
  if (options && options->struct_size != sizeof(cabletei_options)) return CABLETEI_E_MISUSE;
  try {
    cabletei::init_xml_library();
    auto* context = new cabletei_context;
    if (options) context->options = *options;
    *out = context;
    return CABLETEI_OK;
  } catch (...) {
    return lippincott(nullptr);
  }
}

void cabletei_context_free(cabletei_context* context) { delete context; }

cabletei_status cabletei_encode(cabletei_context* context, const cabletei_document* document,
                                const char* input, size_t size, cabletei_buffer* out) {
  if (out) *out = cabletei_buffer{nullptr, 0};
  if (!context) return CABLETEI_E_MISUSE;
  if (!out || (!input && size > 0))
    return fail(context, CABLETEI_E_MISUSE, "cabletei_encode: NULL input or output");
  if (document && document->struct_size != sizeof(cabletei_document) &&
      document->struct_size != kDocumentSize10)
    return fail(context, CABLETEI_E_MISUSE, "cabletei_encode: unknown cabletei_document size");
  const cabletei_style* style =
      document && document->struct_size >= sizeof(cabletei_document) ? document->style : nullptr;
  try {
    context->error.clear();
    const char* file = document && document->file ? document->file : "";
    cabletei::ReadOptions read_options;
    if (document && document->number) read_options.fallback_number = document->number;
    cabletei::Diagnostics diags;
    std::string text;
    auto cable =
        cabletei::read_cable(std::string_view(input ? input : "", size), read_options, diags);
    if (cable && !diags.has_errors()) {
      cabletei::TeiDocument tei = cabletei::build_tei_document(*cable);
      if (!style || style->set->apply(tei.get(), diags, &context->session))
        text = cabletei::serialize_tei(tei.get());
    }
    for (const cabletei::Diagnostic& d : diags.items()) send(context, file, d);
    if (!cable || diags.has_errors())
      return fail(context, CABLETEI_E_INPUT, first_error(diags, "unusable input"));
    cabletei_status status = fill_buffer(text, out);
    return status == CABLETEI_OK ? status : fail(context, status, "out of memory");
  } catch (...) {
    return lippincott(context);
  }
}

cabletei_status cabletei_style_new(const cabletei_style_options* options, cabletei_style** out) {
  if (!out) return CABLETEI_E_MISUSE;
  *out = nullptr;
  if (!options || options->struct_size != sizeof(cabletei_style_options) ||
      (options->script_count && !options->scripts) || (options->param_count && !options->params))
    return CABLETEI_E_MISUSE;
  try {
    cabletei::init_xml_library();
    cabletei::StyleOptions o;
    o.scripts = strings(options->scripts, options->script_count);
    o.folders = strings(options->folders, options->folder_count);
    o.persons = options->persons ? options->persons : "";
    o.terms = options->terms ? options->terms : "";
    if (!parse_params(options, o)) return CABLETEI_E_MISUSE;
    auto loaded = cabletei::StyleSet::load(o);
    if (auto* errors = std::get_if<std::vector<cabletei::StyleLoadError>>(&loaded)) {
      for (const auto& e : *errors) {
        cabletei::Diagnostic d{
            cabletei::Severity::error, "style-load", e.line, e.column, e.message, {}, 0};
        send(options->on_diagnostic, options->user, e.file.c_str(), d);
      }
      return CABLETEI_E_INPUT;
    }
    *out = new cabletei_style{std::get<std::shared_ptr<const cabletei::StyleSet>>(loaded)};
    return CABLETEI_OK;
  } catch (...) {
    return lippincott(nullptr);
  }
}

void cabletei_style_free(cabletei_style* style) { delete style; }

const char* cabletei_errmsg(const cabletei_context* context) {
  return context ? context->error.c_str() : "no context";
}

void cabletei_buffer_free(cabletei_buffer* buffer) {
  if (!buffer) return;
  std::free(buffer->data);
  buffer->data = nullptr;
  buffer->size = 0;
}

}  // extern "C"
