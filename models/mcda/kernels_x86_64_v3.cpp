// SPDX-License-Identifier: GPL-3.0-or-later
// The kernels for x86-64-v3 (AVX2, FMA): compiled with -march=x86-64-v3 (models/CMakeLists.txt), run only where
// the CPU reports that level (kernels.cpp). Elsewhere, or on another architecture, the table is absent.
#if defined(__x86_64__) && defined(__AVX2__) && defined(__FMA__)
#define VB_KERNELS_NS x86_64_v3
#define VB_KERNELS_TABLE kX86_64_V3Table
#include "kernels_impl.h"
namespace vb::mcda::kernels {
extern const Table *const kX86_64_V3;
const Table *const kX86_64_V3 = &kX86_64_V3Table;
} // namespace vb::mcda::kernels
#else
#include "kernels.h"
namespace vb::mcda::kernels {
extern const Table *const kX86_64_V3;
const Table *const kX86_64_V3 = nullptr;
} // namespace vb::mcda::kernels
#endif
