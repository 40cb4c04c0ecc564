// SPDX-License-Identifier: GPL-3.0-or-later
// The kernels for the Debian baseline (x86-64: SSE2), the path every CPU can run.
#define VB_KERNELS_NS baseline
#define VB_KERNELS_TABLE kBaselineTable
#include "kernels_impl.h"
