// kit __rewrite-object IN OUT (hidden, for tests and developers): reads a
// relocatable object with the target's format plugin and writes it back
// from the object model, so a round trip through kit's reader and writer
// can be checked with readelf and other linkers. An archive is rewritten
// member by member (by position: same-named members stay apart) into a
// new archive with a fresh symbol index; members that are not objects are
// copied.
#include "../driver/toolchain.hpp"
#include "commands.hpp"
#include "kit/atomic_file.hpp"
#include "kit/obj/archive.hpp"
#include "kit/obj/object.hpp"
#include "objtools.hpp"

namespace kit::host {

Args take_target(Context& ctx, const Args& args);
std::vector<std::string> archive_member_symbols(const FormatPlugin& format,
                                                std::span<const uint8_t> data,
                                                const std::string& label);

static int rewrite_object_main(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, raw);
  if (args.size() != 2) throw Error("__rewrite-object: usage: kit __rewrite-object IN OUT");
  Toolchain tc(ctx, ctx.target());
  FormatPlugin& format = tc.format(KIT_CAP_READ_OBJECT | KIT_CAP_WRITE_OBJECT);
  ArchPlugin& arch = tc.arch(0);
  std::vector<uint8_t> bytes = objtools::read_file(args[0]);
  if (!obj::is_archive(bytes)) {
    auto object = format.read_object(bytes, args[0], arch);
    write_file_atomically(args[1], format.write_object(*object, tc.target(), arch));
    return 0;
  }
  obj::Archive a = obj::Archive::parse(bytes, args[0]);
  if (a.thin()) throw Error(SourceLoc{args[0]}, "cannot rewrite a thin archive");
  std::vector<std::vector<uint8_t>> rewritten(a.members().size());
  std::vector<obj::NewArchiveMember> members(a.members().size());
  for (size_t i = 0; i < members.size(); ++i) {
    const obj::ArchiveMember& m = a.members()[i];
    std::string label = args[0] + "(" + std::string(m.name) + ")";
    if (format.is_object(m.data)) {
      auto object = format.read_object(m.data, label, arch);
      rewritten[i] = format.write_object(*object, tc.target(), arch);
    } else {
      rewritten[i].assign(m.data.begin(), m.data.end());
    }
    members[i].name = std::string(m.name);
    members[i].data = rewritten[i];
    members[i].symbols = archive_member_symbols(format, rewritten[i], label);
  }
  write_file_atomically(args[1], obj::write_archive(members));
  return 0;
}

int cmd_rewrite_object(Context& ctx, const Args& raw) {
  return objtools::rethrow_in_host([&] { return rewrite_object_main(ctx, raw); });
}

}  // namespace kit::host
