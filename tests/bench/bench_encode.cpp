// Encode throughput of cabletei through its C interface on 1,000 generated cables; with
// `--write-corpus DIR` it writes those cables as files for whole_process.sh instead.
#include <benchmark/benchmark.h>
#include <cabletei.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

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

// Encodes with one context, as a worker of the CLI does; counts warnings and failures.
struct Encoder {
  std::size_t warnings = 0, failures = 0;
  cabletei_context* context = nullptr;
  Encoder() {
    cabletei_options options{};
    options.struct_size = sizeof options;
    options.on_diagnostic = count_warning;
    options.user = &warnings;
    cabletei_context_new(&options, &context);
  }
  ~Encoder() { cabletei_context_free(context); }
  void encode(const std::string& text) {
    cabletei_buffer out{};
    if (cabletei_encode(context, nullptr, text.data(), text.size(), &out) != CABLETEI_OK)
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

int write_corpus(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  const auto& cables = corpus();
  for (std::size_t i = 0; i < cables.size(); ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "cable%04zu.txt", i + 1);
    std::ofstream out(dir / name, std::ios::binary);
    out << cables[i];
    if (!out) {
      std::fprintf(stderr, "cannot write %s\n", (dir / name).c_str());
      return 1;
    }
  }
  return 0;
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
