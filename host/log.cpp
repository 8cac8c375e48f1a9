#include "log.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "paths.hpp"

namespace kit::host {

void init_logging(bool verbose) {
  auto logger = spdlog::stderr_color_mt("kit");
  logger->set_pattern("kit: %^%l%$: %v");
  spdlog::level::level_enum level = spdlog::level::warn;
  std::string env = getenv_string("KIT_LOG");
  if (!env.empty()) level = spdlog::level::from_str(env);
  if (getenv_string("KIT_PLUGIN_DEBUG") == "1" && level > spdlog::level::debug)
    level = spdlog::level::debug;
  if (verbose && level > spdlog::level::debug) level = spdlog::level::debug;
  logger->set_level(level);
  spdlog::set_default_logger(logger);
}

void log_debug(const std::string& msg) { spdlog::debug("{}", msg); }
void log_info(const std::string& msg) { spdlog::info("{}", msg); }
void log_warn(const std::string& msg) { spdlog::warn("{}", msg); }

}  // namespace kit::host
