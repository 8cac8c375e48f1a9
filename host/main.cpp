// kit: the host executable. Parses the global options (Boost.Program_options),
// recognizes multicall names (kit-cc, aarch64-windows-kit-cc), and hands the
// rest of the command line to the command, which routes work to plugins.
#include <boost/program_options.hpp>
#include <cstdio>
#include <iostream>

#include "commands/commands.hpp"
#include "log.hpp"

namespace po = boost::program_options;
using namespace kit;
using namespace kit::host;

namespace {

// Prints an error the way compilers do: "file:line:col: error: msg" when it
// has a location, "kit: error: msg" when not.
void print_error(const std::exception& e) {
  if (auto* ke = dynamic_cast<const Error*>(&e); ke && !ke->loc().file.empty())
    std::cerr << ke->loc().str() << ": error: " << ke->message() << "\n";
  else
    std::cerr << "kit: error: " << e.what() << "\n";
}

// "aarch64-windows-kit-cc" -> {target "aarch64-windows", command "cc"}.
bool parse_multicall(std::string name, std::string& target, std::string& command) {
  if (name.size() > 4 && name.compare(name.size() - 4, 4, ".exe") == 0)
    name.resize(name.size() - 4);
  size_t pos = name.rfind("kit-");
  if (pos == std::string::npos || (pos > 0 && name[pos - 1] != '-')) return false;
  command = name.substr(pos + 4);
  target = pos > 0 ? name.substr(0, pos - 1) : "";
  return true;
}

int run(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  GlobalOptions global;
  std::string command;
  std::string self = std::filesystem::path(argc > 0 ? argv[0] : "kit").filename().string();
  std::string mc_target, mc_command;
  if (parse_multicall(self, mc_target, mc_command)) {
    const Command* c = find_command(mc_command);
    if (!c || !c->toolchain)
      throw Error("'" + self + "': '" + mc_command + "' is not a toolchain command kit can be "
                  "called as (kit-cc, kit-ld, kit-ar, kit-nm, kit-cpp, ...)");
    global.target = mc_target;
    init_logging(false);
    Context ctx(global);
    return c->run(ctx, args);
  }

  // Global options come before the command; everything after belongs to it.
  size_t split = 0;
  while (split < args.size() && !args[split].empty() && args[split][0] == '-') {
    if ((args[split] == "--target" || args[split] == "--config") && split + 1 < args.size())
      ++split;
    ++split;
  }
  po::options_description desc("global options");
  desc.add_options()("target", po::value<std::string>(), "target triple")(
      "config", po::value<std::vector<std::string>>(), "configuration file")(
      "verbose,v", "log debug messages")("version", "print the version")("help,h", "help");
  po::variables_map vm;
  std::vector<std::string> head(args.begin(), args.begin() + static_cast<long>(split));
  try {
    po::store(po::command_line_parser(head).options(desc).run(), vm);
  } catch (const po::error& e) {
    throw Error(std::string(e.what()) + " (see 'kit help')");
  }
  if (vm.count("target")) global.target = vm["target"].as<std::string>();
  if (vm.count("config")) global.config_files = vm["config"].as<std::vector<std::string>>();
  global.verbose = vm.count("verbose") > 0;
  init_logging(global.verbose);
  Context ctx(global);
  if (vm.count("version")) return cmd_version(ctx, {});
  if (split >= args.size() || vm.count("help")) return cmd_help(ctx, {});
  command = args[split];
  std::vector<std::string> rest(args.begin() + static_cast<long>(split) + 1, args.end());
  if (command == "__conformance-child") return cmd_conformance_child(ctx, rest);
  if (command == "--help" || command == "-h") return cmd_help(ctx, rest);
  const Command* c = find_command(command);
  if (!c) throw Error("unknown command '" + command + "' (see 'kit help')");
  return c->run(ctx, rest);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    print_error(e);
    return 1;
  }
}
