// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The engine's hot loops, compiled twice (kernels_impl.h): for the Debian baseline (SSE2) and for x86-64-v3
// (AVX2, FMA). One path is chosen at the first use from what the CPU supports (kernels.cpp), so the one binary runs
// everywhere and uses the vector units where they exist.
//
// Exact kernels (normalisation, TOPSIS distances, ordering) do the same IEEE operations in the same order on both
// paths, so they give the same bits. The SMAA block products use FMA on x86-64-v3: their scores agree with the
// baseline within a few ulps (tested within 1e-12 relative), which changes a rank only for scores closer than that.

#include <cstdint>

namespace vb::mcda {

enum class KernelPath { Baseline, X86_64_V3 };

/** The path in use: x86-64-v3 when the CPU supports it, unless VENUEBID_KERNELS=baseline is set. */
[[nodiscard]] KernelPath kernelPath();
[[nodiscard]] bool kernelPathSupported(KernelPath path);
/** Switches the path for the whole process (tests and benchmarks); false when the CPU cannot run it. */
bool setKernelPath(KernelPath path);
[[nodiscard]] const char *kernelPathName(KernelPath path);

namespace kernels {

/** Rows of the packed SMAA matrices come in panels of this many (padded with zeros). */
inline constexpr std::int64_t kPanel = 8;
/** Samples of a block product come in groups of this many (padded with zero weights). */
inline constexpr std::int64_t kSampleStep = 4;

/** Element-wise column normalisations (models/mcda/normalize.cpp computes the constants a and b). */
enum class ColumnOp : int {
    Copy,           ///< r = x
    Ones,           ///< r = 1
    Divide,         ///< r = x / a
    OneMinusDivide, ///< r = 1 − x / a
    MinusDivide,    ///< r = (x − a) / b
    FromDivide,     ///< r = (a − x) / b
    RatioOrOne,     ///< r = a / x, 1 where x = 0
    InverseDivide,  ///< r = (1 / x) / a
};

struct Table {
    /** r[i] = op(x[i]); lo and hi receive the extremes of r (n ≥ 1). */
    void (*normalizeColumn)(const double *x, std::int64_t n, int op, double a, double b, double *r, double *lo, double *hi);
    /** lo and hi of x (n ≥ 1). */
    void (*minMax)(const double *x, std::int64_t n, double *lo, double *hi);
    /** dp[i] += ((hi − r[i])·w)², dm[i] += ((r[i] − lo)·w)². */
    void (*topsisColumn)(const double *r, std::int64_t n, double hi, double lo, double w, double *dp, double *dm);
    /** dp = √dp, dm = √dm, c = dm/(dp + dm), 0.5 where both are 0. */
    void (*topsisFinish)(double *dp, double *dm, double *c, std::int64_t n);
    /** S (np × b, leading dimension lds) = A·W: A packed in panels of kPanel rows (np/kPanel panels of m × kPanel),
     *  W m × b column-major (leading dimension m); np a multiple of kPanel, b of kSampleStep. */
    void (*product)(const double *A, std::int64_t np, std::int64_t m, const double *W, std::int64_t b, double *S, std::int64_t lds);
    /** The same with S = A·W and R = maxⱼ Aᵢⱼ·Wⱼₖ (VIKOR's S and R; R starts at 0). */
    void (*productMax)(const double *A, std::int64_t np, std::int64_t m, const double *W, std::int64_t b, double *S, double *R, std::int64_t lds);
    /** Orders 0..n−1 by s, best first, ties by index; scratch: orderScratch(n) 32-bit words. */
    void (*sortByScore)(const double *s, std::int64_t n, bool higherIsBetter, int *order, std::uint32_t *scratch);
    /** lo and hi of x (n ≥ 1; a tie between −0.0 and 0.0 may give either) and whether every x is finite. */
    bool (*extremes)(const double *x, std::int64_t n, double *lo, double *hi);
    /** topsisColumn on r = op(x) (normalizeColumn's operations, so the same bits) without storing r; hi and lo are
     *  the extremes of r, which the caller knows. */
    void (*topsisRawColumn)(const double *x, std::int64_t n, int op, double a, double b, double hi, double lo, double w, double *dp, double *dm);
    /** Σ x² in the order of Eigen 3.4's sum with 2-double packets (the baseline build's squaredNorm(), bit for
     *  bit), with extremes()'s results in the same pass (n ≥ 1). */
    bool (*sumSquaresExtremes)(const double *x, std::int64_t n, double *ss, double *lo, double *hi);
};

/** 32-bit words of scratch that Table::sortByScore needs for n scores. */
[[nodiscard]] constexpr std::int64_t orderScratch(std::int64_t n) { return 4 * n + 4096 + 8; }

/** The table of the path in use. */
[[nodiscard]] const Table &table();
/** The table of a path (nullptr when it is not compiled in). */
[[nodiscard]] const Table *tableOf(KernelPath path);

} // namespace kernels
} // namespace vb::mcda
