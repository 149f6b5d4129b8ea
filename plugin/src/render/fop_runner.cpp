// Runs FOP with posix_spawnp (arguments, no shell), collects what it prints through a pipe,
// and turns SEVERE lines and a failing exit into errors, WARNING lines into warnings.
#include "render/fop_runner.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <sstream>
#include <vector>

#include "render/atomic_files.hpp"
#include "render/margin_markers.hpp"

extern char** environ;

namespace fs = std::filesystem;

namespace cabletei {
namespace {

constexpr std::size_t kMaxWarnings = 20;  // FOP can print hundreds of similar warnings

struct Spawned {
  int status = -1;      // waitpid status
  int spawn_error = 0;  // errno of the spawn (the program could not be run)
  std::string output;   // stdout and stderr together
};

// This process's environment, plus `extra` ("NAME=value") unless NAME is set already.
std::vector<std::string> environment_with(const std::string& extra) {
  std::vector<std::string> env;
  std::string name = extra.substr(0, extra.find('=') + 1);
  bool present = false;
  for (char** e = environ; *e; ++e) {
    env.emplace_back(*e);
    present = present || env.back().starts_with(name);
  }
  if (!present) env.push_back(extra);
  return env;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (std::string& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

// Runs argv[0] with `args` and `env`, stdin from /dev/null, stdout and stderr into one pipe.
Spawned run(std::vector<std::string> args, std::vector<std::string> env) {
  Spawned result;
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) {
    result.spawn_error = errno;
    return result;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 1);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 2);
  std::vector<char*> argv = pointers(args), envp = pointers(env);
  pid_t pid = 0;
  result.spawn_error = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  if (result.spawn_error == 0) {
    char buffer[4096];
    for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) != 0;) {
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) break;
      result.output.append(buffer, static_cast<std::size_t>(n));
    }
    while (::waitpid(pid, &result.status, 0) < 0 && errno == EINTR) {
    }
  }
  ::close(pipe_fds[0]);
  return result;
}

// Reports FOP's error lines (java.util.logging's SEVERE, commons-logging's [ERROR] and [FATAL])
// as errors and its warning lines (WARNING, [WARN]) as warnings; returns whether there was an
// error line.
bool report_output(const std::string& output, ErrorCollector& errors) {
  std::istringstream lines(output);
  bool severe = false;
  std::size_t warnings = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.find("SEVERE") != std::string::npos || line.starts_with("[ERROR]") ||
        line.starts_with("[FATAL]")) {
      severe = true;
      errors.add(Severity::error, "fop-error", "FOP: " + line);
    } else if ((line.starts_with("WARNING") || line.starts_with("[WARN]")) &&
               ++warnings <= kMaxWarnings) {
      errors.add(Severity::warning, "fop-warning", "FOP: " + line);
    }
  }
  if (warnings > kMaxWarnings)
    errors.add(Severity::warning, "fop-warning",
               "FOP: " + std::to_string(warnings - kMaxWarnings) + " more warnings");
  return severe;
}

// The last lines of FOP's output, for a failure that printed no SEVERE line.
std::string tail_of(const std::string& output) {
  std::size_t from = output.size() > 600 ? output.size() - 600 : 0;
  std::string tail = output.substr(from);
  while (!tail.empty() && (tail.back() == '\n' || tail.back() == '\r')) tail.pop_back();
  return tail.empty() ? "no output" : tail;
}

// Runs FOP with the settings' configuration, tagged PDF (-a), and `files` (input and output
// options).
bool run_fop(const FopSettings& settings, const std::vector<std::string>& files,
             ErrorCollector& errors) {
  std::vector<std::string> args = {settings.command};
  if (!settings.config.empty()) args.insert(args.end(), {"-c", settings.config});
  args.push_back("-a");
  args.insert(args.end(), files.begin(), files.end());
  Spawned fop = run(args, environment_with("JAVA_ARGS=" + settings.java_args));
  if (fop.spawn_error != 0) {
    errors.add(Severity::error, "fop-missing",
               "cannot run FOP ('" + settings.command + "'): " + std::strerror(fop.spawn_error) +
                   "; install Debian's fop, or give its command (--fop)");
    return false;
  }
  bool severe = report_output(fop.output, errors);
  bool exited_ok = WIFEXITED(fop.status) && WEXITSTATUS(fop.status) == 0;
  if (!exited_ok && !severe)
    errors.add(Severity::error, "fop-error", "FOP failed: " + tail_of(fop.output));
  return exited_ok && !severe;
}

// FO to PDF in one run; or, when the FO has margin page markers, FO to FOP's intermediate
// format, the markers moved (margin_markers), then the intermediate format to PDF.
bool run_layout(const FopSettings& settings, const std::string& fo, const std::string& fo_file,
                const std::string& pdf_file, ErrorCollector& errors) {
  if (!has_margin_markers(fo)) return run_fop(settings, {"-fo", fo_file, "-pdf", pdf_file}, errors);
  std::string if_file = write_temporary(pdf_file, "");
  if (if_file.empty()) {
    errors.add(Severity::error, "unwritable-output", "cannot write beside " + pdf_file);
    return false;
  }
  bool ok = run_fop(settings, {"-fo", fo_file, "-if", "application/pdf", if_file}, errors) &&
            move_markers_to_margin(if_file, errors) &&
            run_fop(settings, {"-ifin", if_file, "-pdf", pdf_file}, errors);
  std::remove(if_file.c_str());
  return ok;
}

}  // namespace

bool typeset_pdf(const FopSettings& settings, const std::string& fo, const fs::path& pdf,
                 ErrorCollector& errors) {
  std::string fo_file = write_temporary(pdf, fo);
  std::string pdf_file = fo_file.empty() ? "" : write_temporary(pdf, "");  // FOP writes it
  bool ok = !pdf_file.empty() && run_layout(settings, fo, fo_file, pdf_file, errors);
  if (pdf_file.empty())
    errors.add(Severity::error, "unwritable-output", "cannot write beside " + pdf.string());
  if (ok && std::rename(pdf_file.c_str(), pdf.c_str()) != 0) {
    errors.add(Severity::error, "unwritable-output", "cannot write " + pdf.string());
    ok = false;
  }
  if (!fo_file.empty()) std::remove(fo_file.c_str());
  if (!ok && !pdf_file.empty()) std::remove(pdf_file.c_str());
  return ok;
}

}  // namespace cabletei
