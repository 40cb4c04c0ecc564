// SPDX-License-Identifier: GPL-3.0-or-later
// Chooses the kernel path once, at the first use: x86-64-v3 when the CPU (and the OS, for the AVX registers)
// supports it, else the baseline. VENUEBID_KERNELS=baseline in the environment forces the baseline (benchmarks).
#include "kernels.h"

#include <atomic>
#include <cstdlib>
#include <cstring>

namespace vb::mcda {

namespace kernels {
extern const Table kBaselineTable;
extern const Table *const kX86_64_V3;
} // namespace kernels

namespace {

bool cpuRunsX86_64_V3()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    __builtin_cpu_init();
#if defined(__clang__)
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2") &&
           __builtin_cpu_supports("popcnt");
#else
    return __builtin_cpu_supports("x86-64-v3"); // AVX, AVX2, BMI1, BMI2, F16C, FMA, LZCNT, MOVBE, XSAVE, with OS support
#endif
#else
    return false;
#endif
}

KernelPath startupPath()
{
    const char *env = std::getenv("VENUEBID_KERNELS");
    if (env && std::strcmp(env, "baseline") == 0)
        return KernelPath::Baseline;
    return kernelPathSupported(KernelPath::X86_64_V3) ? KernelPath::X86_64_V3 : KernelPath::Baseline;
}

std::atomic<int> &current()
{
    static std::atomic<int> path{static_cast<int>(startupPath())};
    return path;
}

} // namespace

KernelPath kernelPath()
{
    return static_cast<KernelPath>(current().load(std::memory_order_relaxed));
}

bool kernelPathSupported(KernelPath path)
{
    if (path == KernelPath::Baseline)
        return true;
    static const bool v3 = kernels::kX86_64_V3 != nullptr && cpuRunsX86_64_V3();
    return v3;
}

bool setKernelPath(KernelPath path)
{
    if (!kernelPathSupported(path))
        return false;
    current().store(static_cast<int>(path), std::memory_order_relaxed);
    return true;
}

const char *kernelPathName(KernelPath path)
{
    return path == KernelPath::X86_64_V3 ? "x86-64-v3" : "baseline";
}

namespace kernels {

const Table *tableOf(KernelPath path)
{
    return path == KernelPath::X86_64_V3 ? kX86_64_V3 : &kBaselineTable;
}

const Table &table()
{
    return kernelPath() == KernelPath::X86_64_V3 ? *kX86_64_V3 : kBaselineTable;
}

} // namespace kernels
} // namespace vb::mcda
