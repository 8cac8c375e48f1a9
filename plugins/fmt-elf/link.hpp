// The ELF linker's entry point, called by ElfFormat::link (plugin.cpp). The
// linker (link*.cpp, write_image.cpp, dynamic*.cpp) defines it.
#pragma once

#include "kit/arch.hpp"
#include "kit/diag.hpp"
#include "kit/link/options.hpp"
#include "kit/target.hpp"

namespace kit::elf {

// Links options.inputs into options.output (written atomically). Problems
// go to diags; returns false if any error was reported, and then no output
// file exists.
bool elf_link(const kit::link::Options& options, const kit::TargetSpec& target,
              const kit::ArchPlugin& arch, kit::Diagnostics& diags);

}  // namespace kit::elf
