// Loads the benchmarks' style through the public C interface, as an editorial pipeline would.
#include "bench_style.hpp"

#include <cstdio>

namespace bench {

cabletei_style* load_style(const std::string& script, const std::string& persons,
                           const std::string& terms) {
  const char* scripts[] = {script.c_str()};
  cabletei_style_options options{};
  options.struct_size = sizeof options;
  options.scripts = scripts;
  options.script_count = 1;
  options.persons = persons.c_str();
  options.terms = terms.c_str();
  cabletei_style* style = nullptr;
  if (cabletei_style_new(&options, &style) != CABLETEI_OK) {
    std::fprintf(stderr, "cannot load the style %s\n", script.c_str());
    return nullptr;
  }
  return style;
}

}  // namespace bench
