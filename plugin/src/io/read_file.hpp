// Reading a whole file into memory, for the stages that take their input from files (style
// scripts, rendering input, a typeset PDF).
#pragma once

#include <filesystem>
#include <string>

namespace cabletei {

// Reads the file at `path` (bytes as they are) into `out`. Returns false for a file that
// cannot be opened or read, or a folder.
bool read_file(const std::filesystem::path& path, std::string& out);

}  // namespace cabletei
