// kit __rewrite-object IN OUT (hidden, for tests and developers): reads a
// relocatable object with the target's format plugin and writes it back
// from the object model, so a round trip through kit's reader and writer
// can be checked with readelf and other linkers.
#include "../driver/toolchain.hpp"
#include "commands.hpp"
#include "kit/atomic_file.hpp"
#include "kit/obj/object.hpp"
#include "objtools.hpp"

namespace kit::host {

Args take_target(Context& ctx, const Args& args);

int cmd_rewrite_object(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, raw);
  if (args.size() != 2) throw Error("__rewrite-object: usage: kit __rewrite-object IN OUT");
  Toolchain tc(ctx, ctx.target());
  FormatPlugin& format = tc.format(KIT_CAP_READ_OBJECT | KIT_CAP_WRITE_OBJECT);
  ArchPlugin& arch = tc.arch(0);
  std::vector<uint8_t> bytes = objtools::read_file(args[0]);
  auto object = format.read_object(bytes, args[0], arch);
  write_file_atomically(args[1], format.write_object(*object, tc.target(), arch));
  return 0;
}

}  // namespace kit::host
