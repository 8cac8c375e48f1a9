// kit ranlib: (re)write the symbol index of static libraries, like
// `kit ar s`. Members and their headers are kept; the index lists each
// member's defined global symbols as the target's format plugin reads them.
#include <iostream>

#include "../driver/toolchain.hpp"
#include "commands.hpp"
#include "kit/atomic_file.hpp"
#include "kit/obj/archive.hpp"
#include "objtools.hpp"

namespace kit::host {

Args take_target(Context& ctx, const Args& args);

std::vector<std::string> archive_member_symbols(const FormatPlugin& format,
                                                std::span<const uint8_t> data,
                                                const std::string& label);

static int ranlib_main(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, raw);
  std::vector<std::string> files;
  for (const std::string& a : args) {
    if (a == "-D" || a == "-U" || a == "-t") continue;  // deterministic either way: members are kept
    if (a == "-v" || a == "-V" || a == "--version") {
      std::cout << version_text();
      return 0;
    }
    if (a.size() > 1 && a[0] == '-')
      throw Error("ranlib: unrecognized option '" + a + "' (see 'kit help ranlib')");
    files.push_back(a);
  }
  if (files.empty()) throw Error("ranlib: no archive specified (see 'kit help ranlib')");
  Toolchain tc(ctx, ctx.target());
  FormatPlugin& format = tc.format(KIT_CAP_READ_OBJECT);
  for (const std::string& path : files) {
    std::vector<uint8_t> bytes = objtools::read_file(path);
    if (!obj::is_archive(bytes)) throw Error(SourceLoc{path}, "file format not recognized");
    obj::Archive a = obj::Archive::parse(bytes, path);
    if (a.thin()) throw Error(SourceLoc{path}, "kit ranlib cannot index thin archives yet");
    std::vector<obj::NewArchiveMember> members(a.members().size());
    for (size_t i = 0; i < members.size(); ++i) {
      const obj::ArchiveMember& m = a.members()[i];
      members[i].name = std::string(m.name);
      members[i].data = m.data;
      members[i].date = m.date;
      members[i].uid = m.uid;
      members[i].gid = m.gid;
      members[i].mode = m.mode;
      members[i].symbols = archive_member_symbols(format, m.data, path + "(" + members[i].name + ")");
    }
    obj::ArchiveWriteOptions wo;
    wo.deterministic = false;
    write_file_atomically(path, obj::write_archive(members, wo));
  }
  return 0;
}

int cmd_ranlib(Context& ctx, const Args& raw) {
  return objtools::rethrow_in_host([&] { return ranlib_main(ctx, raw); });
}

}  // namespace kit::host
