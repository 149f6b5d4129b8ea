// `cabletei encode`: validates the request, encodes the inputs in parallel (one context per
// worker) and writes each TEI file through a temporary file and a rename.
#include "encode_command.hpp"

#include <cabletei.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <regex>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;

namespace cli {
namespace {

struct Job {
  std::string input;
  std::string output;  // "" = stdout
  std::vector<Diagnostic> diagnostics;
  bool failed = false;
};

bool read_all(const std::string& path, std::string& data) {
  if (path == "-") {
    data.assign(std::istreambuf_iterator<char>(std::cin), {});
    return !std::cin.bad();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  data.assign(std::istreambuf_iterator<char>(in), {});
  return !in.bad();
}

bool is_readable(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return in.good() && !fs::is_directory(path);
}

// "frus1949v07p1.d235.txt" → "235": the number of an unnumbered document from its file name.
std::string number_from_name(const std::string& path) {
  static const std::regex pattern(R"((?:^|[^A-Za-z0-9])d(\d+)(?:[^0-9]|$))");
  std::smatch m;
  std::string stem = fs::path(path).stem().string();
  return std::regex_search(stem, m, pattern) ? m[1].str() : "";
}

// Writes `data` to `path` through a temporary file in the same folder, then renames it,
// so that no half-written file is ever left at `path`.
bool write_atomically(const std::string& path, const char* data, size_t size, std::string& error) {
  fs::path target(path);
  std::string pattern = (target.parent_path().empty() ? fs::path(".") : target.parent_path()) /
                        ("." + target.filename().string() + ".XXXXXX");
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = mkstemp(name.data());
  if (fd < 0) {
    error = "cannot create a file next to " + path;
    return false;
  }
  bool ok = true;
  for (size_t done = 0; ok && done < size;) {
    ssize_t n = ::write(fd, data + done, size - done);
    ok = n > 0;
    if (ok) done += static_cast<size_t>(n);
  }
  ok = (::fchmod(fd, 0644) == 0) && ok;
  ok = (::close(fd) == 0) && ok;
  if (ok && std::rename(name.data(), path.c_str()) != 0) ok = false;
  if (!ok) {
    std::remove(name.data());
    error = "cannot write " + path;
  }
  return ok;
}

void collect(void* user, const cabletei_diagnostic* d) {
  auto* job = static_cast<Job*>(user);
  job->diagnostics.push_back({d->file ? d->file : "", d->code ? d->code : "",
                              d->message ? d->message : "", d->severity, d->line, d->column});
}

void encode_one(Job& job) {
  cabletei_options options{};
  options.struct_size = sizeof options;
  options.on_diagnostic = collect;
  options.user = &job;
  cabletei_context* context = nullptr;
  std::string file = job.input == "-" ? "<stdin>" : job.input;
  auto fail = [&](const std::string& code, const std::string& message) {
    job.diagnostics.push_back({file, code, message, CABLETEI_ERROR, 0, 0});
    job.failed = true;
  };
  if (cabletei_context_new(&options, &context) != CABLETEI_OK)
    return fail("no-memory", "out of memory");
  std::string data;
  if (!read_all(job.input, data)) {
    cabletei_context_free(context);
    return fail("unreadable-input", "cannot read " + file);
  }
  cabletei_document document{};
  document.struct_size = sizeof document;
  document.file = file.c_str();
  std::string number = number_from_name(job.input);
  if (!number.empty()) document.number = number.c_str();
  cabletei_buffer tei{};
  cabletei_status status = cabletei_encode(context, &document, data.data(), data.size(), &tei);
  if (status != CABLETEI_OK) {
    if (status != CABLETEI_E_INPUT) fail("encode-failed", cabletei_errmsg(context));
    job.failed = true;
  } else if (job.output.empty()) {
    std::fwrite(tei.data, 1, tei.size, stdout);
  } else if (std::string error; !write_atomically(job.output, tei.data, tei.size, error)) {
    fail("unwritable-output", error);
  }
  cabletei_buffer_free(&tei);
  cabletei_context_free(context);
}

int usage_error(const std::string& message) {
  std::cerr << "cabletei encode: " << message << "\n";
  return 2;
}

// Fills in the output path of every job; returns a usage message on conflict.
std::string plan_outputs(const EncodeRequest& r, std::vector<Job>& jobs) {
  if (r.inputs.size() == 1) {
    jobs.push_back({r.inputs[0], r.output, {}, false});
    if (!r.output.empty() && fs::is_directory(r.output))
      jobs[0].output =
          (fs::path(r.output) / (fs::path(r.inputs[0]).stem().string() + ".xml")).string();
    return "";
  }
  if (r.output.empty()) return "several inputs need -o DIRECTORY";
  std::error_code ec;
  fs::create_directories(r.output, ec);
  if (!fs::is_directory(r.output)) return "-o " + r.output + " is not a directory";
  std::map<std::string, std::string> taken;
  for (const std::string& input : r.inputs) {
    if (input == "-") return "standard input can only be read alone";
    std::string out = (fs::path(r.output) / (fs::path(input).stem().string() + ".xml")).string();
    if (auto [it, fresh] = taken.emplace(out, input); !fresh)
      return input + " and " + it->second + " would both be written to " + out;
    jobs.push_back({input, out, {}, false});
  }
  return "";
}

}  // namespace

int run_encode(const EncodeRequest& r) {
  if (r.no_style && !r.styles.empty())
    return usage_error("--style and --no-style exclude each other");
  std::vector<Job> jobs;
  if (std::string problem = plan_outputs(r, jobs); !problem.empty()) return usage_error(problem);
  bool inputs_ok = true;
  std::vector<std::string> support = {r.persons, r.terms};
  support.insert(support.end(), r.styles.begin(), r.styles.end());
  for (const std::string& path : support)
    if (!path.empty() && !is_readable(path)) {
      std::cerr << format_diagnostic({path, "unreadable-input", "cannot read " + path, 2, 0, 0},
                                     r.diagnostics)
                << "\n";
      inputs_ok = false;
    }
  if (!inputs_ok) return 1;
  unsigned workers = r.jobs ? r.jobs : std::max(1u, std::thread::hardware_concurrency());
  workers = std::min<unsigned>(workers, static_cast<unsigned>(jobs.size()));
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < jobs.size();) encode_one(jobs[i]);
  };
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  bool failed = false;
  for (const Job& job : jobs) {
    for (const Diagnostic& d : job.diagnostics)
      std::cerr << format_diagnostic(d, r.diagnostics) << "\n";
    failed = failed || job.failed;
  }
  return failed ? 1 : 0;
}

}  // namespace cli
