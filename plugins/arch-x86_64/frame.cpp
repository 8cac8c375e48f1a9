// Frame layout. Every function keeps a frame pointer:
//
//   [rbp + 16 ...]      incoming stack arguments (fixed objects)
//   [rbp + 8]           return address
//   [rbp + 0]           caller's rbp
//   [rbp - 8 ...]       callee-saved registers this function uses (pushed)
//   ...                 frame objects: IR stack slots, spill slots, register
//                       save area, temporaries (negative offsets from rbp)
//   [rsp + 0 ...]       outgoing stack arguments of calls
//
// The prologue is `push %rbp; mov %rsp,%rbp; push <saved>...; sub $n,%rsp`
// with n chosen so %rsp is 16-byte aligned (the psABI requires it at every
// call), the epilogue `lea -8k(%rbp),%rsp; pop <saved>...; pop %rbp`.
// %rbp is 16-byte aligned after the prologue (the call pushed 8 bytes onto
// an aligned stack, push %rbp 8 more), so objects aligned to 16 or less
// get aligned offsets; objects that want more are over-allocated and
// their addresses aligned at run time (isel's FrameAddr). Dynamic allocas
// move %rsp below the outgoing area and return %rsp + that area, which is
// why the area's size is known when the function is encoded.
#include <algorithm>

#include "codegen.hpp"

namespace kit::x86_64 {

FrameLayout layout_frame(ModuleContext& cx, MFunction& mf) {
  FrameLayout fl;
  for (Reg r : {RBX, R12, R13, R14, R15})
    if (mf.callee_saved_used & bit(r)) fl.saved.push_back(r);
  (void)cx;
  fl.push_bytes = static_cast<uint32_t>(8 * fl.saved.size());
  uint64_t off = fl.push_bytes;
  for (FrameObject& o : mf.frame) {
    if (o.fixed) continue;
    uint64_t a = std::min<uint32_t>(std::max<uint32_t>(o.align, 1), 16);
    off = (off + o.size + a - 1) / a * a;
    o.offset = -static_cast<int64_t>(off);
  }
  uint64_t outgoing = (mf.outgoing_area + 15) / 16 * 16;
  mf.outgoing_area = static_cast<uint32_t>(outgoing);
  uint64_t total = (off + outgoing + 15) / 16 * 16;
  fl.sub = static_cast<uint32_t>(total - fl.push_bytes);
  if (total > INT32_MAX) cx.unsupported("stack frame larger than 2 GiB");
  return fl;
}

}  // namespace kit::x86_64
