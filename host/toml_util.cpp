#include "toml_util.hpp"

#include <fstream>
#include <sstream>

namespace kit::host {

static Error from_parse_error(const toml::parse_error& e, const std::string& fallback) {
  const auto& src = e.source();
  SourceLoc loc{src.path ? *src.path : fallback, static_cast<uint32_t>(src.begin.line),
                static_cast<uint32_t>(src.begin.column)};
  return Error(loc, "malformed TOML: " + std::string(e.description()));
}

toml::table parse_toml_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(SourceLoc{path}, "cannot read file");
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_toml_text(ss.str(), path);
}

toml::table parse_toml_text(std::string_view text, const std::string& source_name) {
  try {
    return toml::parse(text, source_name);
  } catch (const toml::parse_error& e) {
    throw from_parse_error(e, source_name);
  }
}

std::string toml_string(const toml::node& n, std::string_view key) {
  if (auto s = n.as_string()) return s->get();
  throw Error(toml_loc(n), "'" + std::string(key) + "' must be a string");
}

std::vector<std::string> toml_string_array(const toml::node& n, std::string_view key) {
  const toml::array* a = n.as_array();
  if (!a) throw Error(toml_loc(n), "'" + std::string(key) + "' must be an array of strings");
  std::vector<std::string> out;
  for (const toml::node& e : *a) {
    auto s = e.as_string();
    if (!s) throw Error(toml_loc(e), "'" + std::string(key) + "' must be an array of strings");
    out.push_back(s->get());
  }
  return out;
}

bool toml_bool(const toml::node& n, std::string_view key) {
  if (auto b = n.as_boolean()) return b->get();
  throw Error(toml_loc(n), "'" + std::string(key) + "' must be true or false");
}

int64_t toml_int(const toml::node& n, std::string_view key) {
  if (auto i = n.as_integer()) return i->get();
  throw Error(toml_loc(n), "'" + std::string(key) + "' must be an integer");
}

const toml::table& toml_table(const toml::node& n, std::string_view key) {
  if (auto t = n.as_table()) return *t;
  throw Error(toml_loc(n), "'" + std::string(key) + "' must be a table");
}

}  // namespace kit::host
