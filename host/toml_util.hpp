// Small helpers over toml++ that turn type mistakes into located kit::Errors.
// Only config.cpp and manifest.cpp include this (toml++ is a large header).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "kit/diag.hpp"

namespace kit::host {

inline SourceLoc toml_loc(const toml::node& n) {
  const auto& src = n.source();
  return SourceLoc{src.path ? *src.path : std::string(), static_cast<uint32_t>(src.begin.line),
                   static_cast<uint32_t>(src.begin.column)};
}

// Parses a file or text; a syntax error becomes kit::Error at file:line:col.
toml::table parse_toml_file(const std::string& path);
toml::table parse_toml_text(std::string_view text, const std::string& source_name);

std::string toml_string(const toml::node& n, std::string_view key);
std::vector<std::string> toml_string_array(const toml::node& n, std::string_view key);
bool toml_bool(const toml::node& n, std::string_view key);
int64_t toml_int(const toml::node& n, std::string_view key);
const toml::table& toml_table(const toml::node& n, std::string_view key);

}  // namespace kit::host
