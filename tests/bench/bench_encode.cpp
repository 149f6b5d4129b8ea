// Encode throughput of cabletei through its C interface on 1,000 generated cables, without
// and with the default FRUS house style (lists of the usual size); with `--write-corpus DIR` it
// writes those cables and lists as files for whole_process.sh instead.
#include <benchmark/benchmark.h>
#include <cabletei.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bench_style.hpp"
#include "cable_generator.hpp"

namespace {

constexpr std::size_t kCables = 1000;
constexpr std::uint64_t kSeed = 0x1956C0FFEEull;

const std::vector<std::string>& corpus() {
  static const std::vector<std::string> cables = bench::generate_cables(kCables, kSeed);
  return cables;
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

void count_warning(void* user, const cabletei_diagnostic* d) {
  if (d->severity >= CABLETEI_WARNING) ++*static_cast<std::size_t*>(user);
}

bool write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) std::fprintf(stderr, "cannot write %s\n", path.c_str());
  return static_cast<bool>(out);
}

// The default FRUS style (lua/frus.lua of the source tree) with generated lists, loaded once.
const cabletei_style* frus_style() {
  static cabletei_style* style = [] {
    auto dir = std::filesystem::temp_directory_path() / "cabletei-bench-lists";
    std::filesystem::create_directories(dir);
    write_file(dir / "persons.tsv", bench::generate_persons_tsv());
    write_file(dir / "terms.tsv", bench::generate_terms_tsv());
    // $CABLETEI_BENCH_STYLE measures another style (an editor's, or one FRUS module).
    const char* chosen = std::getenv("CABLETEI_BENCH_STYLE");
    std::string script =
        chosen ? std::string(chosen) : std::string(CABLETEI_SOURCE_DIR) + "/lua/frus.lua";
    return bench::load_style(script, (dir / "persons.tsv").string(), (dir / "terms.tsv").string());
  }();
  return style;
}

// Encodes with one context, as a worker of the CLI does; counts warnings and failures.
struct Encoder {
  std::size_t warnings = 0, failures = 0;
  cabletei_context* context = nullptr;
  const cabletei_style* style = nullptr;
  explicit Encoder(const cabletei_style* s = nullptr) : style(s) {
    cabletei_options options{};
    options.struct_size = sizeof options;
    options.on_diagnostic = count_warning;
    options.user = &warnings;
    cabletei_context_new(&options, &context);
  }
  ~Encoder() { cabletei_context_free(context); }
  void encode(const std::string& text) {
    cabletei_buffer out{};
    cabletei_document document{};
    document.struct_size = sizeof document;
    document.style = style;
    if (cabletei_encode(context, &document, text.data(), text.size(), &out) != CABLETEI_OK)
      ++failures;
    benchmark::DoNotOptimize(out.data);
    cabletei_buffer_free(&out);
  }
};

void report(benchmark::State& state, const Encoder& encoder, std::size_t cables,
            std::size_t bytes) {
  if (encoder.failures) state.SkipWithError("some cables failed to encode");
  auto done = static_cast<double>(state.iterations()) * static_cast<double>(cables);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(bytes));
  state.counters["cables/s"] = benchmark::Counter(done, benchmark::Counter::kIsRate);
  state.counters["warnings/cable"] = static_cast<double>(encoder.warnings) / std::max(done, 1.0);
  state.counters["peak_rss_MB"] = peak_rss_mb();
}

void BM_EncodeCorpus(benchmark::State& state) {
  const auto& cables = corpus();
  std::size_t bytes = 0;
  for (const std::string& c : cables) bytes += c.size();
  Encoder encoder;
  for (auto _ : state)
    for (const std::string& c : cables) encoder.encode(c);
  report(state, encoder, cables.size(), bytes);
}
BENCHMARK(BM_EncodeCorpus)->Unit(benchmark::kMillisecond);

// The same with the default FRUS style applied to every cable (one sandbox kept across them,
// as a worker of the CLI keeps it).
void BM_EncodeStyleCorpus(benchmark::State& state) {
  const auto& cables = corpus();
  std::size_t bytes = 0;
  for (const std::string& c : cables) bytes += c.size();
  if (!frus_style()) {
    state.SkipWithError("the FRUS style did not load");
    return;
  }
  Encoder encoder(frus_style());
  for (auto _ : state)
    for (const std::string& c : cables) encoder.encode(c);
  report(state, encoder, cables.size(), bytes);
}
BENCHMARK(BM_EncodeStyleCorpus)->Unit(benchmark::kMillisecond);

// The cable of median size stands for a typical one.
void BM_EncodeOne(benchmark::State& state) {
  std::vector<std::string> cables = corpus();
  std::nth_element(cables.begin(), cables.begin() + cables.size() / 2, cables.end(),
                   [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  const std::string& cable = cables[cables.size() / 2];
  Encoder encoder;
  for (auto _ : state) encoder.encode(cable);
  report(state, encoder, 1, cable.size());
}
BENCHMARK(BM_EncodeOne)->Unit(benchmark::kMicrosecond);

void BM_EncodeStyleOne(benchmark::State& state) {
  std::vector<std::string> cables = corpus();
  std::nth_element(cables.begin(), cables.begin() + cables.size() / 2, cables.end(),
                   [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  const std::string& cable = cables[cables.size() / 2];
  Encoder encoder(frus_style());
  for (auto _ : state) encoder.encode(cable);
  report(state, encoder, 1, cable.size());
}
BENCHMARK(BM_EncodeStyleOne)->Unit(benchmark::kMicrosecond);

int write_corpus(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  const auto& cables = corpus();
  for (std::size_t i = 0; i < cables.size(); ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "cable%04zu.txt", i + 1);
    if (!write_file(dir / name, cables[i])) return 1;
  }
  bool lists = write_file(dir / "persons.tsv", bench::generate_persons_tsv()) &&
               write_file(dir / "terms.tsv", bench::generate_terms_tsv());
  return lists ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == "--write-corpus") return write_corpus(argv[2]);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
