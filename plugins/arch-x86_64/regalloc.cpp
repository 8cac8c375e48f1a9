// Register allocation: linear scan over live intervals (Poletto & Sarkar,
// "Linear Scan Register Allocation", 1999), with fixed-register ranges and
// spill-everywhere.
//
// Why this allocator. kit compiles at -O0 speed (tcc is the yardstick),
// so the allocator must be linear-ish, yet -O0 code should not be absurd:
// values that live in one block stay in registers, values that cross calls
// go to callee-saved registers, and only when registers run out does a
// value live in its stack slot.
//
// 1. Positions. Instructions are numbered in layout order; instruction k
//    reads at 2k and writes at 2k+1.
// 2. Liveness. A virtual register that appears in one block only and is
//    written before it is read there is local: its interval is the span of
//    its occurrences. The others get a classic backward dataflow (live-in =
//    use + (live-out - def)) over bit sets indexed by the global registers
//    only, which keeps memory small for the huge functions of real C code.
// 3. Intervals. Each virtual register gets one interval: the hull of its
//    occurrences and of the blocks it is live into or out of. (No holes and
//    no splitting: simple and deterministic; a loop-carried value occupies
//    its register through the whole loop.)
// 4. Fixed ranges. Physical registers named by instructions (call
//    arguments and results, rax/rdx of divisions, %cl, clobbers of calls)
//    form short ranges inside a block; a virtual register may take physical
//    register R only if its interval does not overlap one of R's ranges. So
//    an interval that crosses a call cannot take a caller-saved register.
// 5. Scan. Intervals by increasing start; a register is free when no active
//    interval holds it and no fixed range blocks it; copies to and from
//    physical or already assigned registers are hints, so most copies
//    vanish. When nothing is free, the interval (active or current) that
//    ends last and could use the register is spilled.
// 6. Rewrite. A spilled register lives in an 8-byte frame slot: each
//    instruction that reads it loads it into a scratch register first
//    (r11, r10 / xmm15, xmm14, never allocated), each write stores it
//    after. Copies and plain moves read or write the slot directly.
#include <algorithm>

#include "codegen.hpp"

namespace kit::x86_64 {

namespace {

struct Interval {
  uint32_t vreg;
  int64_t start = INT64_MAX, end = -1;
  RegClass cls;
  uint32_t reg = kNoReg;
  uint32_t spill = ~0u;  // frame object when spilled
  uint32_t hint = kNoReg;
};

template <class F>
void for_each_reg(MInst& i, F&& f) {
  for (MOperand& o : i.ops) {
    if (o.kind == MOperand::Reg) f(o.reg, (o.flags & kUse) != 0, (o.flags & kDef) != 0);
  }
  if (i.has_mem() && (i.addr.kind == MAddr::kRegBase || i.addr.kind == MAddr::kFrame)) {
    if (i.addr.base != kNoVReg) f(i.addr.base, true, false);
    if (i.addr.index != kNoVReg) f(i.addr.index, true, false);
  }
}

bool ends_block(MOp op) {
  return op == MOp::Jmp || op == MOp::JmpInd || op == MOp::Ret || op == MOp::TailCall ||
         op == MOp::TailCallInd || op == MOp::JumpTable;
}

class Allocator {
 public:
  Allocator(ModuleContext& cx, MFunction& f) : cx_(cx), f_(f) {}
  void run();

 private:
  ModuleContext& cx_;
  MFunction& f_;
  std::vector<std::vector<std::pair<int64_t, int64_t>>> fixed_;  // by physical register
  std::vector<Interval> iv_;
  std::vector<int64_t> bstart_, bend_;

  bool fixed_conflict(uint32_t preg, int64_t s, int64_t e) const {
    const auto& v = fixed_[preg];
    // v is sorted by start; find the first range that ends at or after s.
    auto it = std::lower_bound(v.begin(), v.end(), s,
                               [](const std::pair<int64_t, int64_t>& r, int64_t x) { return r.first < x; });
    if (it != v.begin()) {
      auto p = std::prev(it);
      if (p->second >= s) return true;
    }
    for (; it != v.end() && it->first <= e; ++it)
      if (it->second >= s) return true;
    return false;
  }
  void successors();
  void liveness_and_intervals();
  void scan();
  void rewrite();
};

void Allocator::successors() {
  // Blocks reached by indirect branches: those whose address is taken.
  std::vector<uint32_t> addr_taken;
  for (const MBlock& b : f_.blocks)
    for (const MInst& i : b.insts)
      if (i.has_mem() && i.addr.kind == MAddr::kBlock) addr_taken.push_back(i.addr.sym);
  std::sort(addr_taken.begin(), addr_taken.end());
  addr_taken.erase(std::unique(addr_taken.begin(), addr_taken.end()), addr_taken.end());
  std::vector<uint32_t> next(f_.blocks.size(), ~0u);
  for (size_t k = 0; k + 1 < f_.order.size(); ++k) next[f_.order[k]] = f_.order[k + 1];
  for (uint32_t b : f_.order) {
    MBlock& blk = f_.blocks[b];
    blk.succs.clear();
    bool falls = true;
    for (const MInst& i : blk.insts) {
      if (i.op == MOp::Jmp || i.op == MOp::Jcc) blk.succs.push_back(i.target);
      if (i.op == MOp::JumpTable)
        for (uint32_t t : f_.tables[i.target].targets) blk.succs.push_back(t);
      if (i.op == MOp::JmpInd) {
        // The listed targets, and (for safety) every block whose address is
        // taken in this function.
        const auto& t = f_.indirect[i.target];
        blk.succs.insert(blk.succs.end(), t.begin(), t.end());
        blk.succs.insert(blk.succs.end(), addr_taken.begin(), addr_taken.end());
      }
    }
    if (!blk.insts.empty()) {
      MOp last = blk.insts.back().op;
      if (ends_block(last) || last == MOp::Ud2) falls = false;
    }
    if (falls && next[b] != ~0u) blk.succs.push_back(next[b]);
    std::sort(blk.succs.begin(), blk.succs.end());
    blk.succs.erase(std::unique(blk.succs.begin(), blk.succs.end()), blk.succs.end());
  }
}

void Allocator::liveness_and_intervals() {
  const uint32_t nv = f_.num_vregs();
  const size_t nb = f_.blocks.size();
  iv_.resize(nv);
  for (uint32_t v = 0; v < nv; ++v) {
    iv_[v].vreg = kFirstVReg + v;
    iv_[v].cls = f_.vreg_class[v];
  }
  fixed_.assign(kNumPhysRegs, {});
  bstart_.assign(nb, 0);
  bend_.assign(nb, 0);

  // Positions, occurrences, local/global classification, fixed ranges.
  std::vector<uint32_t> home(nv, ~0u);   // the single block a vreg appears in, or ~1u
  std::vector<uint8_t> read_first(nv, 0);
  int64_t k = 0;
  for (uint32_t b : f_.order) {
    bstart_[b] = 2 * k;
    int64_t open[kNumPhysRegs], last[kNumPhysRegs];
    for (uint32_t r = 0; r < kNumPhysRegs; ++r) open[r] = last[r] = -1;
    auto close = [&](uint32_t r) {
      if (open[r] >= 0) fixed_[r].push_back({open[r], std::max(open[r], last[r])});
      open[r] = last[r] = -1;
    };
    for (MInst& i : f_.blocks[b].insts) {
      int64_t u = 2 * k, d = 2 * k + 1;
      auto phys_use = [&](uint32_t r) {
        if (!is_phys(r) || r == RSP || r == RBP) return;
        if (open[r] < 0) open[r] = bstart_[b];
        last[r] = std::max(last[r], u);
      };
      auto phys_def = [&](uint32_t r) {
        if (!is_phys(r) || r == RSP || r == RBP) return;
        close(r);
        open[r] = d;
        last[r] = d;
      };
      for_each_reg(i, [&](uint32_t& r, bool use, bool) {
        if (use) {
          if (is_vreg(r)) {
            Interval& x = iv_[r - kFirstVReg];
            x.start = std::min(x.start, u);
            x.end = std::max(x.end, u);
            uint32_t v = r - kFirstVReg;
            if (home[v] == ~0u) {
              home[v] = b;
              read_first[v] = 1;
            } else if (home[v] != b) {
              home[v] = ~1u;
            }
          } else {
            phys_use(r);
          }
        }
      });
      for (uint32_t m = i.imp_uses; m; m &= m - 1) phys_use(static_cast<uint32_t>(__builtin_ctz(m)));
      for_each_reg(i, [&](uint32_t& r, bool use, bool def) {
        (void)use;
        if (!def) return;
        if (is_vreg(r)) {
          Interval& x = iv_[r - kFirstVReg];
          x.start = std::min(x.start, d);
          x.end = std::max(x.end, d);
          uint32_t v = r - kFirstVReg;
          if (home[v] == ~0u) home[v] = b;
          else if (home[v] != b) home[v] = ~1u;
        } else {
          phys_def(r);
        }
      });
      for (uint32_t m = i.imp_defs; m; m &= m - 1) phys_def(static_cast<uint32_t>(__builtin_ctz(m)));
      ++k;
    }
    bend_[b] = std::max<int64_t>(2 * k - 1, bstart_[b]);
    for (uint32_t r = 0; r < kNumPhysRegs; ++r) close(r);
  }
  for (auto& v : fixed_) std::sort(v.begin(), v.end());

  // Global registers: dataflow over bit sets indexed by them alone.
  std::vector<uint32_t> gindex(nv, ~0u), gvregs;
  for (uint32_t v = 0; v < nv; ++v)
    if (home[v] == ~1u || read_first[v]) {
      gindex[v] = static_cast<uint32_t>(gvregs.size());
      gvregs.push_back(v);
    }
  const size_t ng = gvregs.size();
  if (ng == 0) return;
  const size_t words = (ng + 63) / 64;
  std::vector<uint64_t> use(nb * words, 0), def(nb * words, 0), in(nb * words, 0), out(nb * words, 0);
  auto setb = [&](std::vector<uint64_t>& s, size_t blk, uint32_t g) { s[blk * words + g / 64] |= uint64_t{1} << (g % 64); };
  auto getb = [&](const std::vector<uint64_t>& s, size_t blk, uint32_t g) {
    return (s[blk * words + g / 64] >> (g % 64)) & 1;
  };
  for (uint32_t b : f_.order) {
    for (MInst& i : f_.blocks[b].insts) {
      for_each_reg(i, [&](uint32_t& r, bool u, bool) {
        if (u && is_vreg(r) && gindex[r - kFirstVReg] != ~0u && !getb(def, b, gindex[r - kFirstVReg]))
          setb(use, b, gindex[r - kFirstVReg]);
      });
      for_each_reg(i, [&](uint32_t& r, bool, bool d) {
        if (d && is_vreg(r) && gindex[r - kFirstVReg] != ~0u) setb(def, b, gindex[r - kFirstVReg]);
      });
    }
  }
  bool changed = true;
  std::vector<uint64_t> tmp(words);
  while (changed) {
    changed = false;
    for (size_t oi = f_.order.size(); oi-- > 0;) {
      uint32_t b = f_.order[oi];
      std::fill(tmp.begin(), tmp.end(), 0);
      for (uint32_t s : f_.blocks[b].succs)
        for (size_t w = 0; w < words; ++w) tmp[w] |= in[s * words + w];
      for (size_t w = 0; w < words; ++w) {
        out[b * words + w] = tmp[w];
        uint64_t ni = use[b * words + w] | (tmp[w] & ~def[b * words + w]);
        if (ni != in[b * words + w]) {
          in[b * words + w] = ni;
          changed = true;
        }
      }
    }
  }
  for (uint32_t b : f_.order) {
    for (size_t w = 0; w < words; ++w) {
      uint64_t li = in[b * words + w], lo = out[b * words + w];
      for (uint64_t m = li | lo; m; m &= m - 1) {
        uint32_t g = static_cast<uint32_t>(w * 64 + __builtin_ctzll(m));
        Interval& x = iv_[gvregs[g]];
        uint64_t bitm = m & -m;
        if (li & bitm) {
          x.start = std::min(x.start, bstart_[b]);
          x.end = std::max(x.end, bstart_[b]);
        }
        if (lo & bitm) {
          x.end = std::max(x.end, bend_[b]);
          x.start = std::min(x.start, bend_[b]);
        }
      }
    }
  }
}

void Allocator::scan() {
  // Hints from copies.
  std::vector<std::vector<uint32_t>> partners(iv_.size());
  for (uint32_t b : f_.order)
    for (MInst& i : f_.blocks[b].insts)
      if (i.op == MOp::Copy && i.ops[0].kind == MOperand::Reg && i.ops[1].kind == MOperand::Reg) {
        uint32_t a = i.ops[0].reg, c = i.ops[1].reg;
        if (is_vreg(a) && is_phys(c) && iv_[a - kFirstVReg].hint == kNoReg) iv_[a - kFirstVReg].hint = c;
        if (is_vreg(c) && is_phys(a) && iv_[c - kFirstVReg].hint == kNoReg) iv_[c - kFirstVReg].hint = a;
        if (is_vreg(a) && is_vreg(c)) {
          partners[a - kFirstVReg].push_back(c);
          partners[c - kFirstVReg].push_back(a);
        }
      }
  std::vector<uint32_t> order;
  for (uint32_t v = 0; v < iv_.size(); ++v)
    if (iv_[v].end >= 0) order.push_back(v);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return iv_[a].start < iv_[b].start; });

  const uint32_t callee_saved = cx_.abi->callee_saved();
  std::vector<uint32_t> active;  // indices into iv_, holding registers
  auto spill = [&](Interval& x) {
    x.reg = kNoReg;
    x.spill = f_.new_frame_object(8, 8);
  };
  for (uint32_t v : order) {
    Interval& cur = iv_[v];
    active.erase(std::remove_if(active.begin(), active.end(), [&](uint32_t a) { return iv_[a].end < cur.start; }),
                 active.end());
    uint32_t busy = 0;
    for (uint32_t a : active) busy |= bit(iv_[a].reg);
    auto usable = [&](uint32_t r) { return !(busy & bit(r)) && !fixed_conflict(r, cur.start, cur.end); };
    uint32_t chosen = kNoReg;
    auto try_hint = [&](uint32_t h) {
      if (chosen == kNoReg && h != kNoReg && is_phys(h) && f_.cls(h) == cur.cls) {
        for (Reg r : cx_.abi->allocation_order(cur.cls))
          if (r == h && usable(h)) chosen = h;
      }
    };
    try_hint(cur.hint);
    for (uint32_t p : partners[v]) try_hint(iv_[p - kFirstVReg].reg);
    if (chosen == kNoReg)
      for (Reg r : cx_.abi->allocation_order(cur.cls))
        if (usable(r)) {
          chosen = r;
          break;
        }
    if (chosen != kNoReg) {
      cur.reg = chosen;
      active.push_back(v);
      continue;
    }
    // Spill the interval that ends last among those whose register cur could take.
    int64_t best_end = cur.end;
    int best = -1;
    for (size_t k = 0; k < active.size(); ++k) {
      Interval& a = iv_[active[k]];
      if (a.cls != cur.cls || a.end <= best_end) continue;
      if (fixed_conflict(a.reg, cur.start, cur.end)) continue;
      best_end = a.end;
      best = static_cast<int>(k);
    }
    if (best < 0) {
      spill(cur);
      continue;
    }
    Interval& victim = iv_[active[best]];
    cur.reg = victim.reg;
    spill(victim);
    active[best] = v;
  }
  for (const Interval& x : iv_)
    if (x.reg != kNoReg && (callee_saved & bit(x.reg))) f_.callee_saved_used |= bit(x.reg);
}

void Allocator::rewrite() {
  for (uint32_t b : f_.order) {
    std::vector<MInst> out;
    out.reserve(f_.blocks[b].insts.size());
    for (MInst i : f_.blocks[b].insts) {
      auto spilled = [&](uint32_t r) { return is_vreg(r) && iv_[r - kFirstVReg].reg == kNoReg; };
      auto slot = [&](uint32_t r) { return MAddr::frame_obj(iv_[r - kFirstVReg].spill); };
      auto assigned = [&](uint32_t r) -> uint32_t { return is_vreg(r) ? iv_[r - kFirstVReg].reg : r; };
      // Copies and register moves touch the slot directly.
      if ((i.op == MOp::Copy || (i.op == MOp::Mov && i.size == 8)) && i.ops[0].kind == MOperand::Reg &&
          i.ops[1].kind == MOperand::Reg) {
        uint32_t d = i.ops[0].reg, s = i.ops[1].reg;
        bool xmm = f_.cls(d) == RegClass::Xmm;
        if (spilled(d) != spilled(s)) {
          MInst m;
          if (spilled(s)) {
            m.op = xmm ? MOp::Sse : MOp::Mov;
            m.aux = uint8_t(Sse::Movsd);
            m.ops[0] = MOperand::def(assigned(d));
            m.ops[1] = MOperand::mem();
            m.addr = slot(s);
          } else {
            m.op = xmm ? MOp::SseStore : MOp::Mov;
            m.aux = uint8_t(SseStore::Movsd);
            m.ops[0] = MOperand::mem();
            m.ops[1] = MOperand::use(assigned(s));
            m.addr = slot(d);
          }
          out.push_back(m);
          continue;
        }
      }
      // A spilled operand the instruction can take from memory is read (or,
      // for ALU destinations, read-modified-written) in its slot directly.
      if (!i.has_mem()) {
        auto scalar_sse = [](uint8_t op) {
          Sse s = Sse(op);
          return s != Sse::Movaps && s != Sse::Movapd && s != Sse::Xorps && s != Sse::Xorpd &&
                 s != Sse::Andps && s != Sse::Andpd && s != Sse::Orps && s != Sse::Andnps &&
                 s != Sse::MovdToXmm;
        };
        MOperand& a = i.ops[0];
        MOperand& c = i.ops[1];
        bool src_ok = i.op == MOp::Alu || i.op == MOp::Imul || i.op == MOp::Movzx || i.op == MOp::Movsx ||
                      i.op == MOp::Mov || i.op == MOp::Cmov || i.op == MOp::Bsr || i.op == MOp::Bsf ||
                      (i.op == MOp::Sse && scalar_sse(i.aux));
        if (src_ok && c.kind == MOperand::Reg && c.flags == kUse && spilled(c.reg) &&
            !(a.kind == MOperand::Reg && a.reg == c.reg)) {
          i.addr = slot(c.reg);
          c = MOperand::mem();
        } else if (i.op == MOp::Alu && a.kind == MOperand::Reg && spilled(a.reg) &&
                   !(c.kind == MOperand::Reg && (c.reg == a.reg || spilled(c.reg)))) {
          i.addr = slot(a.reg);
          a = MOperand::mem();
        } else if (i.op == MOp::Mov && a.kind == MOperand::Reg && spilled(a.reg) && c.kind == MOperand::Imm &&
                   (i.size <= 4 || (c.imm >= INT32_MIN && c.imm <= INT32_MAX))) {
          i.addr = slot(a.reg);
          a = MOperand::mem();
        }
      }
      // Scratch registers for spilled operands.
      uint32_t gscratch[2] = {kScratchGpr0, kScratchGpr1}, xscratch[2] = {kScratchXmm0, kScratchXmm1};
      if (i.op == MOp::JumpTable) std::swap(gscratch[0], gscratch[1]);  // the expansion uses r11
      unsigned ng = 0, nx = 0;
      std::vector<std::pair<uint32_t, uint32_t>> map;  // vreg -> scratch
      std::vector<MInst> after;
      auto scratch_for = [&](uint32_t r) -> uint32_t {
        for (auto& [v, s] : map)
          if (v == r) return s;
        bool xmm = f_.cls(r) == RegClass::Xmm;
        if ((xmm ? nx : ng) >= 2) cx_.unsupported("internal error: too many spilled operands in one instruction");
        uint32_t s = xmm ? xscratch[nx++] : gscratch[ng++];
        map.push_back({r, s});
        return s;
      };
      std::vector<MInst> before;
      for_each_reg(i, [&](uint32_t& r, bool use, bool def) {
        if (!spilled(r)) {
          r = assigned(r);
          return;
        }
        uint32_t v = r;
        bool fresh = true;
        for (auto& [mv, s] : map)
          if (mv == v) fresh = false;
        uint32_t s = scratch_for(v);
        bool xmm = f_.cls(v) == RegClass::Xmm;
        if (use && fresh) {
          MInst ld;
          ld.op = xmm ? MOp::Sse : MOp::Mov;
          ld.aux = uint8_t(Sse::Movsd);
          ld.ops[0] = MOperand::def(s);
          ld.ops[1] = MOperand::mem();
          ld.addr = slot(v);
          before.push_back(ld);
        }
        if (def) {
          bool dup = false;
          for (const MInst& a : after)
            if (a.addr.frame == iv_[v - kFirstVReg].spill && a.addr.kind == MAddr::kFrame) dup = true;
          if (!dup) {
            MInst st;
            st.op = xmm ? MOp::SseStore : MOp::Mov;
            st.aux = uint8_t(SseStore::Movsd);
            st.ops[0] = MOperand::mem();
            st.ops[1] = MOperand::use(s);
            st.addr = slot(v);
            after.push_back(st);
          }
        }
        r = s;
      });
      out.insert(out.end(), before.begin(), before.end());
      out.push_back(i);
      out.insert(out.end(), after.begin(), after.end());
    }
    f_.blocks[b].insts = std::move(out);
  }
}

void Allocator::run() {
  successors();
  liveness_and_intervals();
  scan();
  rewrite();
}

}  // namespace

void allocate_registers(ModuleContext& cx, MFunction& mf) { Allocator(cx, mf).run(); }

}  // namespace kit::x86_64
