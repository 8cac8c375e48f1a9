// Spelling of names in kit IR text; the rules are in names.hpp.
#include "names.hpp"

#include <charconv>

namespace kit::ir::detail {

namespace {
const char kHex[] = "0123456789abcdef";

bool is_bare(std::string_view s) {
  if (s.empty()) return false;
  bool all_digits = true;
  for (unsigned char c : s) {
    if (!is_ident_char(c)) return false;
    if (c < '0' || c > '9') all_digits = false;
  }
  return !all_digits;
}
}  // namespace

void append_quoted(std::string& out, std::string_view s) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c >= 0x20 && c < 0x7f) {
          out += static_cast<char>(c);
        } else {
          out += "\\x";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        }
    }
  }
  out += '"';
}

void append_name(std::string& out, char sigil, std::string_view name) {
  out += sigil;
  if (is_bare(name))
    out += name;
  else
    append_quoted(out, name);
}

void append_uint(std::string& out, uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void append_int(std::string& out, int64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

bool produces_value(const Module& m, const Inst& inst) {
  if (!has_type(inst.op)) return false;
  if (inst.type >= m.type_count()) return true;  // broken, but print it as a value
  if (inst.op == Op::Call) {
    const TypeInfo& t = m.type(inst.type);
    return t.kind == TypeKind::Func && t.elem != m.void_type();
  }
  return inst.type != m.void_type();
}

void NameSpace::assign(const Module& m, const std::vector<StrId>& ids,
                       std::vector<uint32_t>& scratch) {
  m_ = &m;
  entries_.clear();
  generated_.clear();
  entries_.reserve(ids.size());
  // scratch[id]: bit 0 = some entity here is named id, bit 1 = taken.
  for (StrId id : ids)
    if (id && id < scratch.size()) scratch[id] |= 1;
  std::unordered_set<std::string> fresh;
  uint32_t next_num = 0;
  for (StrId id : ids) {
    if (!id || id >= scratch.size()) {
      entries_.push_back(Entry{0, next_num++, false});
      continue;
    }
    if (!(scratch[id] & 2)) {
      scratch[id] |= 2;
      entries_.push_back(Entry{id, 0, false});
      continue;
    }
    std::string_view base = m.str(id);
    std::string cand;
    for (uint64_t n = 1;; ++n) {
      cand.assign(base);
      cand += '.';
      append_uint(cand, n);
      StrId cid = m.names().find(cand);
      if (cid && cid < scratch.size() && (scratch[cid] & 1)) continue;
      if (fresh.count(cand)) continue;
      break;
    }
    fresh.insert(cand);
    entries_.push_back(Entry{0, static_cast<uint32_t>(generated_.size()), true});
    generated_.push_back(std::move(cand));
  }
  for (StrId id : ids)
    if (id < scratch.size()) scratch[id] = 0;
}

void NameSpace::append(std::string& out, char sigil, uint32_t entity) const {
  if (entity >= entries_.size()) {
    out += sigil;
    out += "?";
    append_uint(out, entity);
    return;
  }
  const Entry& e = entries_[entity];
  if (e.generated) {
    append_name(out, sigil, generated_[e.num]);
  } else if (e.id) {
    append_name(out, sigil, m_->str(e.id));
  } else {
    out += sigil;
    append_uint(out, e.num);
  }
}

std::string NameSpace::spelled(char sigil, uint32_t entity) const {
  std::string s;
  append(s, sigil, entity);
  return s;
}

void TypeNames::build(const Module& m, std::vector<uint32_t>& scratch) {
  m_ = &m;
  std::vector<StrId> ids;
  record_entity_.assign(m.type_count(), ~0u);
  for (TypeId t = 0; t < m.type_count(); ++t) {
    if (m.type(t).kind != TypeKind::Record) continue;
    record_entity_[t] = static_cast<uint32_t>(ids.size());
    ids.push_back(m.type(t).name);
  }
  records_.assign(m, ids, scratch);
}

void TypeNames::append_record_name(std::string& out, TypeId t) const {
  records_.append(out, '%', t < record_entity_.size() ? record_entity_[t] : ~0u);
}

void TypeNames::append(std::string& out, TypeId t, unsigned depth) const {
  if (t >= m_->type_count() || depth > 200) {
    out += "?type";
    return;
  }
  const TypeInfo& ti = m_->type(t);
  switch (ti.kind) {
    case TypeKind::Void: out += "void"; return;
    case TypeKind::Int:
      out += 'i';
      append_uint(out, ti.bits);
      return;
    case TypeKind::Float:
      out += 'f';
      append_uint(out, ti.bits);
      return;
    case TypeKind::Ptr: out += "ptr"; return;
    case TypeKind::Record: append_record_name(out, t); return;
    case TypeKind::Array:
      out += '[';
      append_uint(out, ti.count);
      out += " x ";
      append(out, ti.elem, depth + 1);
      out += ']';
      return;
    case TypeKind::Func: append_func(out, t, nullptr, depth); return;
  }
  out += "?type";
}

void TypeNames::append_func(std::string& out, TypeId t, const NameSpace* params,
                            unsigned depth) const {
  const TypeInfo& ti = m_->type(t);
  append(out, ti.elem, depth + 1);
  out += " (";
  auto ps = m_->params(t);
  for (size_t i = 0; i < ps.size(); ++i) {
    if (i) out += ", ";
    append(out, ps[i], depth + 1);
    if (params) {
      out += ' ';
      params->append(out, '%', static_cast<uint32_t>(i));
    }
  }
  if (ti.variadic) out += ps.empty() ? "..." : ", ...";
  out += ')';
}

void FunctionNames::build(const Module& m, const Function& f, std::vector<uint32_t>& scratch) {
  std::vector<StrId> ids;
  num_params = static_cast<uint32_t>(f.param_names.size());
  if (f.global < m.global_count()) {
    TypeId t = m.global(f.global).type;
    if (t < m.type_count() && m.type(t).kind == TypeKind::Func) num_params = m.type(t).num;
  }
  for (uint32_t i = 0; i < num_params; ++i)
    ids.push_back(i < f.param_names.size() ? f.param_names[i] : 0);
  num_slots = static_cast<uint32_t>(f.slots.size());
  for (const StackSlot& s : f.slots) ids.push_back(s.name);
  inst_entity.assign(f.insts.size(), kNone);
  for (const Block& b : f.blocks) {
    for (uint32_t i : b.insts) {
      if (i >= f.insts.size() || inst_entity[i] != kNone) continue;
      if (!produces_value(m, f.insts[i])) continue;
      inst_entity[i] = static_cast<uint32_t>(ids.size());
      ids.push_back(i < f.inst_names.size() ? f.inst_names[i] : 0);
    }
  }
  values.assign(m, ids, scratch);
  ids.clear();
  for (const Block& b : f.blocks) ids.push_back(b.name);
  blocks.assign(m, ids, scratch);
}

void FunctionNames::append_value(std::string& out, Value v) const {
  uint32_t entity = kNone;
  switch (v.tag()) {
    case Value::Arg:
      if (v.index() < num_params) entity = v.index();
      break;
    case Value::Slot:
      if (v.index() < num_slots) entity = num_params + v.index();
      break;
    case Value::Inst:
      if (v.index() < inst_entity.size()) entity = inst_entity[v.index()];
      break;
    default:
      break;
  }
  if (entity == kNone) {
    out += "%?";
    append_uint(out, v.tag());
    out += '.';
    append_uint(out, v.index());
    return;
  }
  values.append(out, '%', entity);
}

void FunctionNames::append_block(std::string& out, uint32_t block) const {
  blocks.append(out, '^', block);
}

}  // namespace kit::ir::detail
