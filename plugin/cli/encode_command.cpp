// `cabletei encode`: validates the request, encodes the inputs in parallel (one context per
// worker) and writes each TEI file through a temporary file and a rename.
#include "encode_command.hpp"

#include <cabletei.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <regex>
#include <sstream>
#include <thread>

#include "io/installed_folder.hpp"

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

// One worker's context, kept for all its jobs (so that the house-style sandbox is too);
// diagnostics go to the job in hand.
struct Worker {
  cabletei_context* context = nullptr;
  Job* job = nullptr;

  Worker() {
    cabletei_options options{};
    options.struct_size = sizeof options;
    options.on_diagnostic = collect;
    options.user = this;
    if (cabletei_context_new(&options, &context) != CABLETEI_OK) context = nullptr;
  }
  ~Worker() { cabletei_context_free(context); }
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  static void collect(void* user, const cabletei_diagnostic* d) {
    Job* job = static_cast<Worker*>(user)->job;
    job->diagnostics.push_back({d->file ? d->file : "", d->code ? d->code : "",
                                d->message ? d->message : "", d->severity, d->line, d->column,
                                d->script ? d->script : "", d->script_line});
  }
};

void encode_one(Worker& worker, Job& job, const cabletei_style* style) {
  worker.job = &job;
  std::string file = job.input == "-" ? "<stdin>" : job.input;
  auto fail = [&](const std::string& code, const std::string& message) {
    job.diagnostics.push_back({file, code, message, CABLETEI_ERROR, 0, 0, "", 0});
    job.failed = true;
  };
  if (!worker.context) return fail("no-memory", "out of memory");
  std::string data;
  if (!read_all(job.input, data)) return fail("unreadable-input", "cannot read " + file);
  cabletei_document document{};
  document.struct_size = sizeof document;
  document.file = file.c_str();
  document.style = style;
  std::string number = number_from_name(job.input);
  if (!number.empty()) document.number = number.c_str();
  cabletei_buffer tei{};
  cabletei_status status =
      cabletei_encode(worker.context, &document, data.data(), data.size(), &tei);
  if (status != CABLETEI_OK) {
    if (status != CABLETEI_E_INPUT) fail("encode-failed", cabletei_errmsg(worker.context));
    job.failed = true;
  } else if (job.output.empty()) {
    std::fwrite(tei.data, 1, tei.size, stdout);
  } else if (std::string error; !write_atomically(job.output, tei.data, tei.size, error)) {
    fail("unwritable-output", error);
  }
  cabletei_buffer_free(&tei);
}

int usage_error(const std::string& message) {
  std::cerr << "cabletei encode: " << message << "\n";
  return 2;
}

std::vector<const char*> c_strings(const std::vector<std::string>& items) {
  std::vector<const char*> out;
  for (const std::string& s : items) out.push_back(s.c_str());
  return out;
}

void print_load_problem(void* user, const cabletei_diagnostic* d) {
  auto* style = static_cast<DiagnosticStyle*>(user);
  std::cerr << format_diagnostic(
                   {d->file ? d->file : "", d->code ? d->code : "", d->message ? d->message : "",
                    d->severity, d->line, d->column, "", 0},
                   *style)
            << "\n";
}

// Loads the house style of the request (nullptr with `failed` false for --no-style).
cabletei_style* load_style(const EncodeRequest& r, bool& failed) {
  failed = false;
  if (r.no_style) return nullptr;
  std::string defaults = default_style_dir();
  std::vector<std::string> scripts = r.styles;
  if (scripts.empty()) scripts.push_back((fs::path(defaults) / "frus.lua").string());
  std::vector<std::string> folders = {defaults};
  auto script_ptrs = c_strings(scripts);
  auto folder_ptrs = c_strings(folders);
  auto param_ptrs = c_strings(r.params);
  DiagnosticStyle diagnostics = r.diagnostics;
  cabletei_style_options options{};
  options.struct_size = sizeof options;
  options.scripts = script_ptrs.data();
  options.script_count = script_ptrs.size();
  options.folders = folder_ptrs.data();
  options.folder_count = folder_ptrs.size();
  options.persons = r.persons.empty() ? nullptr : r.persons.c_str();
  options.terms = r.terms.empty() ? nullptr : r.terms.c_str();
  options.params = param_ptrs.data();
  options.param_count = param_ptrs.size();
  options.on_diagnostic = print_load_problem;
  options.user = &diagnostics;
  cabletei_style* style = nullptr;
  failed = cabletei_style_new(&options, &style) != CABLETEI_OK;
  return style;
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

std::string default_style_dir() {
  return cabletei::installed_folder("CABLETEI_STYLE_DIR", "lua", "frus.lua",
                                    CABLETEI_SOURCE_STYLE_DIR);
}

int run_encode(const EncodeRequest& r) {
  if (r.no_style && !r.styles.empty())
    return usage_error("--style and --no-style exclude each other");
  for (const std::string& p : r.params)
    if (p.find('=') == std::string::npos || p.front() == '=')
      return usage_error("--param " + p + ": expected NAME=VALUE");
  std::vector<Job> jobs;
  if (std::string problem = plan_outputs(r, jobs); !problem.empty()) return usage_error(problem);
  bool style_failed = false;
  std::unique_ptr<cabletei_style, void (*)(cabletei_style*)> style(load_style(r, style_failed),
                                                                   cabletei_style_free);
  if (style_failed) return 1;
  unsigned workers = r.jobs ? r.jobs : std::max(1u, std::thread::hardware_concurrency());
  workers = std::min<unsigned>(workers, static_cast<unsigned>(jobs.size()));
  std::atomic<size_t> next{0};
  auto work = [&] {
    Worker worker;
    for (size_t i; (i = next++) < jobs.size();) encode_one(worker, jobs[i], style.get());
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
