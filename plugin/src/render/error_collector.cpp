// Collects libxml2's structured errors and libxslt's line-oriented error text (which arrives
// in pieces) into diagnostics, telling xsl:message output from transform errors.
#include "render/error_collector.hpp"

#include <libxml/xmlerror.h>
#include <libxslt/xsltutils.h>

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <vector>

namespace cabletei {
namespace {

thread_local ErrorCollector* active_collector = nullptr;
xmlGenericErrorFunc previous_generic = nullptr;
void* previous_generic_context = nullptr;

std::string vformat(const char* format, va_list args) {
  va_list copy;
  va_copy(copy, args);
  int size = std::vsnprintf(nullptr, 0, format, copy);
  va_end(copy);
  if (size <= 0) return "";
  std::vector<char> text(static_cast<std::size_t>(size) + 1);
  std::vsnprintf(text.data(), text.size(), format, args);
  return std::string(text.data(), static_cast<std::size_t>(size));
}

void generic_dispatch(void* context, const char* format, ...) {
  va_list args;
  va_start(args, format);
  std::string text = vformat(format, args);
  va_end(args);
  if (ErrorCollector* collector = active_collector)
    ErrorCollector::on_text(collector, "%s", text.c_str());
  else if (previous_generic)
    previous_generic(context == nullptr ? previous_generic_context : context, "%s", text.c_str());
}

std::string trim_newlines(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

// The first line of libxslt's error text (later lines are xsltproc advice or a stack dump).
std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

bool is_xsl_message(xmlNodePtr inst) {
  return inst && inst->type == XML_ELEMENT_NODE && inst->ns &&
         xmlStrEqual(inst->ns->href, XSLT_NAMESPACE) && xmlStrEqual(inst->name, BAD_CAST "message");
}

bool terminates(xmlNodePtr inst) {
  xmlChar* value = xmlGetNsProp(inst, BAD_CAST "terminate", nullptr);
  bool yes = value && xmlStrEqual(value, BAD_CAST "yes");
  xmlFree(value);
  return yes;
}

std::size_t line_of(xmlNodePtr node) {
  long line = node ? xmlGetLineNo(node) : -1;
  return line > 0 ? static_cast<std::size_t>(line) : 0;
}

// "runtime error: file F line N element E": libxslt's context line before an error.
bool parse_context_line(const std::string& line, std::string& file, std::size_t& number) {
  std::size_t start = line.find(" error: file ");
  std::size_t at = line.rfind(" line ");
  if (start == std::string::npos || at == std::string::npos || at < start) return false;
  file = line.substr(start + 13, at - start - 13);
  number = static_cast<std::size_t>(std::strtoul(line.c_str() + at + 6, nullptr, 10));
  return true;
}

}  // namespace

ErrorCollector::ErrorCollector(Diagnostics& out, std::string file)
    : out_(out),
      file_(std::move(file)),
      previous_(active_collector),
      previous_structured_(xmlStructuredError),
      previous_structured_context_(xmlStructuredErrorContext),
      previous_generic_(xmlGenericError),
      previous_generic_context_(xmlGenericErrorContext) {
  active_collector = this;
  xmlSetStructuredErrorFunc(this, on_structured);
  xmlSetGenericErrorFunc(this, on_text);
}

ErrorCollector::~ErrorCollector() {
  if (!pending_.empty()) take_chunk(trim_newlines(pending_));
  xmlSetStructuredErrorFunc(previous_structured_context_, previous_structured_);
  xmlSetGenericErrorFunc(previous_generic_context_, previous_generic_);
  active_collector = previous_;
}

void ErrorCollector::attach(xsltTransformContextPtr transform) {
  transform_ = transform;
  if (transform) xsltSetTransformErrorFunc(transform, this, on_text);
}

void ErrorCollector::add(Severity severity, const std::string& code, const std::string& message) {
  out_.add(severity, code, 0, 0, message);
}

void ErrorCollector::on_text(void* self, const char* format, ...) {
  auto* collector = static_cast<ErrorCollector*>(self);
  va_list args;
  va_start(args, format);
  collector->pending_ += vformat(format, args);
  va_end(args);
  if (collector->pending_.empty() || collector->pending_.back() != '\n') return;
  std::string chunk = trim_newlines(collector->pending_);
  collector->pending_.clear();
  collector->take_chunk(chunk);
}

void ErrorCollector::take_chunk(const std::string& chunk) {
  if (parse_context_line(chunk, context_script_, context_line_)) {
    after_context_ = true;
    return;
  }
  bool contextual = after_context_;
  after_context_ = false;
  if (!contextual && transform_ && is_xsl_message(transform_->inst)) return add_message(chunk);
  if (chunk.empty() || quiet_) return;
  std::string text = first_line(chunk);
  quiet_ = text.find("infinite template recursion") != std::string::npos ||
           text.find("infinite recursion") != std::string::npos;
  for (const char* prefix : {"runtime error: ", "compilation error: "})
    if (text.starts_with(prefix)) text.erase(0, std::strlen(prefix));
  bool warning = text.starts_with("Warning") || text.starts_with("warning");
  Diagnostic d{warning ? Severity::warning : Severity::error, "xslt-error", 0, 0, text, {}, 0};
  if (contextual) {
    d.script = context_script_;
    d.script_line = context_line_;
  }
  out_.add(std::move(d));
}

void ErrorCollector::add_message(const std::string& line) {
  xmlNodePtr inst = transform_->inst;
  bool stop = terminates(inst);
  Diagnostic d{stop ? Severity::error : Severity::warning,
               stop ? "xslt-terminated" : "xslt-message",
               line_of(transform_->node),
               0,
               line,
               inst->doc && inst->doc->URL ? reinterpret_cast<const char*>(inst->doc->URL) : "",
               line_of(inst)};
  out_.add(std::move(d));
}

void ErrorCollector::on_structured(void* self, xmlErrorPtr error) {
  auto* collector = static_cast<ErrorCollector*>(self);
  if (!error || error->level == XML_ERR_NONE) return;
  Severity severity = error->level == XML_ERR_WARNING ? Severity::warning : Severity::error;
  std::string message = trim_newlines(error->message ? error->message : "XML error");
  const char* code = error->domain == XML_FROM_XPATH ? "xslt-error" : "xml-error";
  std::string file = error->file ? error->file : "";
  bool in_input = file.empty() || file == collector->file_;
  std::size_t line = error->line > 0 ? static_cast<std::size_t>(error->line) : 0;
  std::size_t column = error->int2 > 0 ? static_cast<std::size_t>(error->int2) : 0;
  Diagnostic d{severity, code, in_input ? line : 0, in_input ? column : 0, message, {}, 0};
  if (!in_input) {
    d.script = file;
    d.script_line = line;
  }
  collector->out_.add(std::move(d));
}

void install_generic_error_handler() {
  static std::once_flag once;
  std::call_once(once, [] {
    previous_generic = xsltGenericError;
    previous_generic_context = xsltGenericErrorContext;
    xsltSetGenericErrorFunc(nullptr, generic_dispatch);
  });
}

}  // namespace cabletei
