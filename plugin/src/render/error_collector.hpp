// Turns what libxml2 and libxslt report during one rendering into diagnostics: xsl:message
// text as warnings (errors with terminate="yes"), parser and transform errors as errors.
#pragma once

#include <libxslt/xsltInternals.h>

#include <string>

#include "diag/diagnostics.hpp"

namespace cabletei {

class ErrorCollector {
 public:
  // Diagnostics go to `out`, named after `file` (the input). While the collector lives, the
  // calling thread's libxml2 errors and libxslt's process-wide messages come to it.
  ErrorCollector(Diagnostics& out, std::string file);
  ~ErrorCollector();
  ErrorCollector(const ErrorCollector&) = delete;
  ErrorCollector& operator=(const ErrorCollector&) = delete;

  // Routes a transform's own error and message output here (xsltSetTransformErrorFunc);
  // nullptr detaches it before the context is freed.
  void attach(xsltTransformContextPtr transform);
  // Adds a diagnostic of the render stage itself.
  void add(Severity severity, const std::string& code, const std::string& message);
  bool has_errors() const { return out_.has_errors(); }

  // Callbacks for libxml2 and libxslt (`self` is the collector).
  static void on_text(void* self, const char* format, ...);
  static void on_structured(void* self, xmlErrorPtr error);

 private:
  void take_chunk(const std::string& chunk);
  void add_message(const std::string& line);

  Diagnostics& out_;
  std::string file_;
  xsltTransformContextPtr transform_ = nullptr;
  std::string pending_;  // text of the current report, until it ends with a newline
  std::string context_script_;
  std::size_t context_line_ = 0;
  bool after_context_ = false;  // the last chunk was libxslt's "runtime error: file ..." line
  bool quiet_ = false;          // after a recursion error: libxslt's stack dump follows
  ErrorCollector* previous_;
  xmlStructuredErrorFunc previous_structured_;
  void* previous_structured_context_;
  xmlGenericErrorFunc previous_generic_;
  void* previous_generic_context_;
};

// Installs (once, process-wide) libxslt's generic error handler: it sends to the collector
// active on the calling thread, else to the handler that was there before.
void install_generic_error_handler();

}  // namespace cabletei
