// The C interface: opaque contexts, status codes and a per-context message. Every entry
// point is noexcept and turns C++ exceptions into status codes (the Lippincott pattern).
#include "cabletei.h"

#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <string>

#include "cable/cable_reader.hpp"
#include "tei/tei_builder.hpp"

struct cabletei_context {
  cabletei_options options{};
  std::string error;
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

void send(const cabletei_context* context, const char* file, const cabletei::Diagnostic& d) {
  if (!context->options.on_diagnostic) return;
  cabletei_diagnostic out{};
  out.struct_size = sizeof out;
  out.severity = static_cast<cabletei_severity>(d.severity);
  out.code = d.code.c_str();
  out.file = file;
  out.line = static_cast<uint32_t>(d.line);
  out.column = static_cast<uint32_t>(d.column);
  out.message = d.message.c_str();
  context->options.on_diagnostic(context->options.user, &out);
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
  if (document && document->struct_size != sizeof(cabletei_document))
    return fail(context, CABLETEI_E_MISUSE, "cabletei_encode: unknown cabletei_document size");
  try {
    context->error.clear();
    const char* file = document && document->file ? document->file : "";
    cabletei::ReadOptions read_options;
    if (document && document->number) read_options.fallback_number = document->number;
    cabletei::Diagnostics diags;
    auto cable =
        cabletei::read_cable(std::string_view(input ? input : "", size), read_options, diags);
    for (const cabletei::Diagnostic& d : diags.items()) send(context, file, d);
    if (!cable || diags.has_errors()) {
      const auto& items = diags.items();
      std::string first = items.empty() ? "unusable input" : items.front().message;
      for (const auto& d : items)
        if (d.severity == cabletei::Severity::error) {
          first = d.message;
          break;
        }
      return fail(context, CABLETEI_E_INPUT, first);
    }
    cabletei_status status = fill_buffer(cabletei::build_tei(*cable), out);
    return status == CABLETEI_OK ? status : fail(context, status, "out of memory");
  } catch (...) {
    return lippincott(context);
  }
}

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
