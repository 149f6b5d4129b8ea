// Render throughput through the C interface: a 1,000-document volume to a site folder, and one
// document to a page; with `--write-volume FILE` it writes that volume for render_volume.sh.
#include <benchmark/benchmark.h>
#include <cabletei.h>
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "volume_builder.hpp"

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kDocuments = 1000;

void count_problem(void* user, const cabletei_diagnostic* d) {
  if (d->severity >= CABLETEI_WARNING) ++*static_cast<std::size_t*>(user);
  if (d->severity == CABLETEI_ERROR) std::fprintf(stderr, "render: %s\n", d->message);
}

bool write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

// The scratch folder of the benchmark's inputs.
fs::path scratch() {
  fs::path dir = fs::temp_directory_path() / "cabletei-render-bench";
  fs::create_directories(dir);
  return dir;
}

// The 1,000-document volume, built on first use.
const fs::path& volume_file() {
  static const fs::path path = [] {
    fs::path p = scratch() / "volume.xml";
    write_file(p, bench::build_volume(CABLETEI_SOURCE_DIR, kDocuments));
    return p;
  }();
  return path;
}

// One document (a TEI of one cable), built on first use.
const fs::path& page_file() {
  static const fs::path path = [] {
    fs::path p = scratch() / "one.xml";
    write_file(p, bench::build_volume(CABLETEI_SOURCE_DIR, 1));
    return p;
  }();
  return path;
}

// The renderer of the installed stylesheets (xslt/ of the source tree), made once.
const cabletei_renderer* renderer() {
  static cabletei_renderer* made = [] {
    setenv("CABLETEI_XSLT_DIR", CABLETEI_SOURCE_DIR "/xslt", 0);
    cabletei_render_options options{};
    options.struct_size = sizeof options;
    cabletei_renderer* r = nullptr;
    if (cabletei_renderer_new(&options, &r) != CABLETEI_OK)
      std::fprintf(stderr, "cannot compile the stylesheets\n");
    return r;
  }();
  return made;
}

bool render(const fs::path& input, const fs::path& output, std::size_t& problems) {
  std::string in = input.string(), out = output.string();
  cabletei_render_request request{};
  request.struct_size = sizeof request;
  request.input = in.c_str();
  request.output = out.empty() ? nullptr : out.c_str();
  request.on_diagnostic = count_problem;
  request.user = &problems;
  cabletei_buffer page{};
  cabletei_status status = cabletei_render_file(renderer(), &request, &page);
  cabletei_buffer_free(&page);
  return status == CABLETEI_OK;
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void BM_RenderVolumeSite(benchmark::State& state) {
  fs::path input = volume_file(), site = scratch() / "site";
  std::size_t problems = 0, failures = 0;
  if (!renderer()) return state.SkipWithError("no renderer");
  for (auto _ : state) failures += render(input, site, problems) ? 0 : 1;
  state.counters["docs/s"] = benchmark::Counter(
      static_cast<double>(kDocuments * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["MB_in"] = static_cast<double>(fs::file_size(input)) / 1e6;
  state.counters["warnings"] = static_cast<double>(problems);
  state.counters["failures"] = static_cast<double>(failures);
  state.counters["peak_rss_MB"] = peak_rss_mb();
  if (failures) state.SkipWithError("the volume did not render");
}
BENCHMARK(BM_RenderVolumeSite)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_RenderPage(benchmark::State& state) {
  std::size_t problems = 0, failures = 0;
  if (!renderer()) return state.SkipWithError("no renderer");
  for (auto _ : state) failures += render(page_file(), "", problems) ? 0 : 1;
  state.counters["failures"] = static_cast<double>(failures);
  if (failures) state.SkipWithError("the page did not render");
}
BENCHMARK(BM_RenderPage)->Unit(benchmark::kMicrosecond);

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == "--write-volume") {
    std::string volume = bench::build_volume(CABLETEI_SOURCE_DIR, kDocuments);
    return !volume.empty() && write_file(argv[2], volume) ? 0 : 1;
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
