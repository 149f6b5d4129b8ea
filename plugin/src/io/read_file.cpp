// Whole-file reads through an ifstream in binary mode (see read_file.hpp).
#include "io/read_file.hpp"

#include <fstream>
#include <iterator>

namespace cabletei {

bool read_file(const std::filesystem::path& path, std::string& out) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), {});
  return !in.bad();
}

}  // namespace cabletei
