// `cabletei render`: checks the request, makes a renderer (compiling the stylesheets), renders
// the input and prints the diagnostics; the page goes to stdout when no -o is given.
#include "render_command.hpp"

#include <cabletei.h>

#include <cstdio>
#include <iostream>
#include <memory>

namespace cli {
namespace {

struct Printer {
  DiagnosticStyle style;
  static void print(void* user, const cabletei_diagnostic* d) {
    auto* self = static_cast<Printer*>(user);
    std::cerr << format_diagnostic(
                     {d->file ? d->file : "", d->code ? d->code : "", d->message ? d->message : "",
                      d->severity, d->line, d->column, d->script ? d->script : "", d->script_line},
                     self->style)
              << "\n";
  }
};

int usage_error(const std::string& message) {
  std::cerr << "cabletei render: " << message << "\n";
  return 2;
}

int exit_status(cabletei_status status) {
  if (status == CABLETEI_OK) return 0;
  return status == CABLETEI_E_MISUSE ? 2 : 1;
}

using RendererPtr = std::unique_ptr<cabletei_renderer, void (*)(cabletei_renderer*)>;

cabletei_status make_renderer(const RenderRequest& r, Printer& printer, RendererPtr& out) {
  cabletei_render_options options{};
  options.struct_size = sizeof options;
  options.format = r.format.c_str();
  options.stylesheet = r.stylesheet.empty() ? nullptr : r.stylesheet.c_str();
  options.fop_command = r.fop.empty() ? nullptr : r.fop.c_str();
  options.fop_config = r.fop_config.empty() ? nullptr : r.fop_config.c_str();
  options.on_diagnostic = Printer::print;
  options.user = &printer;
  cabletei_renderer* renderer = nullptr;
  cabletei_status status = cabletei_renderer_new(&options, &renderer);
  out.reset(renderer);
  return status;
}

}  // namespace

int run_render(const RenderRequest& r) {
  for (const std::string& p : r.params)
    if (p.find('=') == std::string::npos || p.front() == '=')
      return usage_error("--param " + p + ": expected NAME=VALUE");
  Printer printer{r.diagnostics};
  RendererPtr renderer(nullptr, cabletei_renderer_free);
  if (cabletei_status status = make_renderer(r, printer, renderer); status != CABLETEI_OK)
    return exit_status(status);
  std::vector<const char*> params;
  for (const std::string& p : r.params) params.push_back(p.c_str());
  cabletei_render_request request{};
  request.struct_size = sizeof request;
  request.input = r.input.c_str();
  request.output = r.output.empty() ? nullptr : r.output.c_str();
  request.params = params.data();
  request.param_count = params.size();
  request.on_diagnostic = Printer::print;
  request.user = &printer;
  cabletei_buffer page{};
  cabletei_status status = cabletei_render_file(renderer.get(), &request, &page);
  if (status == CABLETEI_OK && page.data) std::fwrite(page.data, 1, page.size, stdout);
  cabletei_buffer_free(&page);
  return exit_status(status);
}

}  // namespace cli
