// Logging for kit itself (not user diagnostics): spdlog on stderr, off
// below "warn" unless -v, KIT_LOG=<level> or KIT_PLUGIN_DEBUG=1 asks.
// Only log.cpp includes spdlog.
#pragma once

#include <string>

namespace kit::host {

// level: "trace", "debug", "info", "warn", "error", "off"; empty keeps the
// environment's choice.
void init_logging(bool verbose);
void log_debug(const std::string& msg);
void log_info(const std::string& msg);
void log_warn(const std::string& msg);

}  // namespace kit::host
