// Loading a house style (see style_set.hpp): scripts and modules compiled once to bytecode,
// authority lists loaded and indexed, and the Lua prelude that defines List.
#include "style/style_set.hpp"

#include <filesystem>

#include "io/read_file.hpp"

namespace cabletei {
namespace {

namespace fs = std::filesystem;

// List methods, in Lua: run once per document state with (List metatable, tei module).
constexpr const char* kPrelude = R"lua(
local List, tei = ...
List.__index = List
local function new(t) return setmetatable(t or {}, List) end
function List:map(f)
  local out = new()
  for i = 1, #self do out[i] = f(self[i], i) end
  return out
end
function List:filter(f)
  local out = new()
  for i = 1, #self do if f(self[i], i) then out[#out + 1] = self[i] end end
  return out
end
function List:find(x)
  for i = 1, #self do
    local v = self[i]
    if (type(x) == "function" and x(v, i)) or v == x then return v, i end
  end
  return nil
end
function List:includes(x) return (select(2, self:find(function(v) return v == x end))) ~= nil end
function List:extend(other)
  for i = 1, #other do self[#self + 1] = other[i] end
  return self
end
List.insert = table.insert
List.remove = table.remove
function List:clone() local out = new() for i = 1, #self do out[i] = self[i] end return out end
)lua";

StyleLoadError from_script_error(const ScriptError& e, const std::string& file) {
  return {e.file.empty() ? file : e.file, static_cast<std::size_t>(e.line), 0, e.message};
}

std::optional<StyleLoadError> compile_file(const std::string& path, StyleSet::Chunk& chunk) {
  std::string source;
  if (!read_file(path, source)) return StyleLoadError{path, 0, 0, "cannot read the script"};
  chunk.name = path;
  if (auto e = LuaSandbox::compile(source, path, chunk.bytecode))
    return from_script_error(*e, path);
  return std::nullopt;
}

// "frus.dates" -> "frus/dates"; empty for names that are not dotted identifiers.
std::string module_path(const std::string& name) {
  std::string out;
  bool start = true;
  for (char c : name) {
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                (!start && ((c >= '0' && c <= '9') || c == '-'));
    if (c == '.' && !start) {
      out += '/';
      start = true;
      continue;
    }
    if (!word) return "";
    out += c;
    start = false;
  }
  return start ? "" : out;
}

std::optional<StyleLoadError> load_list(const std::string& path, AuthorityKind kind,
                                        std::unique_ptr<AuthorityBinding>& out) {
  if (path.empty()) return std::nullopt;
  auto loaded = load_authority_list(path, kind);
  if (auto* e = std::get_if<AuthorityError>(&loaded))
    return StyleLoadError{e->file, e->line, e->column, e->message};
  out = std::make_unique<AuthorityBinding>(std::get<AuthorityList>(std::move(loaded)));
  return std::nullopt;
}

}  // namespace

std::string StyleLoadError::to_string() const {
  std::string out = file;
  if (line) out += ":" + std::to_string(line);
  if (line && column) out += ":" + std::to_string(column);
  return out + ": " + message;
}

std::variant<std::shared_ptr<const StyleSet>, std::vector<StyleLoadError>> StyleSet::load(
    const StyleOptions& options) {
  auto style = std::make_shared<StyleSet>();
  std::vector<StyleLoadError> errors;
  for (const std::string& path : options.scripts) {
    Chunk chunk;
    if (auto e = compile_file(path, chunk))
      errors.push_back(*e);
    else
      style->scripts_.push_back(std::move(chunk));
    std::string folder = fs::path(path).parent_path().string();
    style->folders_.push_back(folder.empty() ? "." : folder);
  }
  style->folders_.insert(style->folders_.end(), options.folders.begin(), options.folders.end());
  if (auto e = load_list(options.persons, AuthorityKind::persons, style->persons_))
    errors.push_back(*e);
  if (auto e = load_list(options.terms, AuthorityKind::terms, style->terms_)) errors.push_back(*e);
  style->prelude_.name = "=prelude";
  if (auto e = LuaSandbox::compile(kPrelude, "prelude", style->prelude_.bytecode))
    errors.push_back(from_script_error(*e, "prelude"));
  style->params_ = options.params;
  style->limits_ = options.limits;
  if (!errors.empty()) return errors;
  return std::shared_ptr<const StyleSet>(std::move(style));
}

std::optional<std::string> StyleSet::module_named_like(std::string_view tail) const {
  std::lock_guard<std::mutex> lock(modules_mutex_);
  for (const auto& [name, module] : modules_)
    if (auto* chunk = std::get_if<std::unique_ptr<Chunk>>(&module))
      if (std::string_view((*chunk)->name).ends_with(tail)) return (*chunk)->name;
  return std::nullopt;
}

// Finds and compiles module `name` in `folders`: the first of folder/a/b.lua and
// folder/a/b/init.lua that exists, in folder order.
static std::variant<std::unique_ptr<StyleSet::Chunk>, StyleLoadError> find_module(
    const std::string& name, const std::vector<std::string>& folders) {
  std::string relative = module_path(name);
  if (relative.empty())
    return StyleLoadError{"", 0, 0, "'" + name + "' is not a module name (use a.b.c)"};
  std::string tried;
  for (const std::string& folder : folders)
    for (const std::string& candidate :
         {folder + "/" + relative + ".lua", folder + "/" + relative + "/init.lua"}) {
      tried += "\n\tno file '" + candidate + "'";
      if (!fs::is_regular_file(candidate)) continue;
      auto chunk = std::make_unique<StyleSet::Chunk>();
      if (auto e = compile_file(candidate, *chunk)) return *e;
      return chunk;
    }
  return StyleLoadError{"", 0, 0, "module '" + name + "' not found in the style folders:" + tried};
}

std::variant<const StyleSet::Chunk*, StyleLoadError> StyleSet::module(
    const std::string& name) const {
  std::lock_guard<std::mutex> lock(modules_mutex_);
  auto it = modules_.find(name);
  if (it == modules_.end()) it = modules_.emplace(name, find_module(name, folders_)).first;
  if (auto* chunk = std::get_if<std::unique_ptr<Chunk>>(&it->second)) return chunk->get();
  return std::get<StyleLoadError>(it->second);
}

}  // namespace cabletei
