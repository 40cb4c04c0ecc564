// SPDX-License-Identifier: GPL-3.0-or-later
// The kernels of kernels.h, included once per compiled path: kernels_baseline.cpp (the Debian baseline, SSE2) and
// kernels_x86_64_v3.cpp (-march=x86-64-v3). VB_KERNELS_NS names the path's namespace, VB_KERNELS_TABLE its table.
// Both translation units are compiled with -ffp-contract=off: the compiler never fuses a multiply and an add, so
// the exact kernels do the same IEEE operations on both paths; the block products fuse explicitly where FMA exists.
// Plain loops and GCC vector types (4 doubles: one AVX register, two SSE2 registers), no library calls.
#include "kernels.h"

#include <array>
#include <cmath>
#include <cstring>
#include <utility>
#if defined(__FMA__)
#include <immintrin.h>
#endif

// The 4-double vector type only lives inside this file's inlined helpers: no ABI crosses a function boundary.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace vb::mcda::kernels::VB_KERNELS_NS {

namespace {

using i64 = std::int64_t;
typedef double v4d __attribute__((vector_size(32)));

inline v4d load4(const double *p)
{
    v4d v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline void store4(double *p, v4d v)
{
    std::memcpy(p, &v, sizeof v);
}

inline v4d splat(double x)
{
    return v4d{x, x, x, x};
}

/** c + a·b: one rounding where the CPU has FMA, two elsewhere. */
inline v4d madd(v4d a, v4d b, v4d c)
{
#if defined(__FMA__)
    return (v4d)_mm256_fmadd_pd((__m256d)a, (__m256d)b, (__m256d)c);
#else
    return a * b + c;
#endif
}

inline v4d vmax(v4d a, v4d b)
{
    return a < b ? b : a; // std::max(a, b) element-wise
}

void normalizeColumn(const double *x, i64 n, int op, double a, double b, double *r, double *lo, double *hi)
{
    switch (static_cast<ColumnOp>(op)) {
    case ColumnOp::Copy:
        for (i64 i = 0; i < n; ++i)
            r[i] = x[i];
        break;
    case ColumnOp::Ones:
        for (i64 i = 0; i < n; ++i)
            r[i] = 1.0;
        break;
    case ColumnOp::Divide:
        for (i64 i = 0; i < n; ++i)
            r[i] = x[i] / a;
        break;
    case ColumnOp::OneMinusDivide:
        for (i64 i = 0; i < n; ++i)
            r[i] = 1.0 - x[i] / a;
        break;
    case ColumnOp::MinusDivide:
        for (i64 i = 0; i < n; ++i)
            r[i] = (x[i] - a) / b;
        break;
    case ColumnOp::FromDivide:
        for (i64 i = 0; i < n; ++i)
            r[i] = (a - x[i]) / b;
        break;
    case ColumnOp::RatioOrOne:
        for (i64 i = 0; i < n; ++i)
            r[i] = x[i] == 0.0 ? 1.0 : a / x[i];
        break;
    case ColumnOp::InverseDivide:
        for (i64 i = 0; i < n; ++i)
            r[i] = (1.0 / x[i]) / a;
        break;
    }
    double l = r[0], h = r[0];
    for (i64 i = 1; i < n; ++i) {
        l = r[i] < l ? r[i] : l;
        h = r[i] > h ? r[i] : h;
    }
    *lo = l;
    *hi = h;
}

void minMax(const double *x, i64 n, double *lo, double *hi)
{
    double l = x[0], h = x[0];
    for (i64 i = 1; i < n; ++i) {
        l = x[i] < l ? x[i] : l;
        h = x[i] > h ? x[i] : h;
    }
    *lo = l;
    *hi = h;
}

void topsisColumn(const double *r, i64 n, double hi, double lo, double w, double *dp, double *dm)
{
    for (i64 i = 0; i < n; ++i) {
        const double p = (hi - r[i]) * w, q = (r[i] - lo) * w;
        dp[i] = dp[i] + p * p;
        dm[i] = dm[i] + q * q;
    }
}

void topsisFinish(double *dp, double *dm, double *c, i64 n)
{
    for (i64 i = 0; i < n; ++i) {
        const double p = std::sqrt(dp[i]), q = std::sqrt(dm[i]);
        dp[i] = p;
        dm[i] = q;
        const double s = p + q;
        c[i] = s > 0.0 ? q / s : 0.5;
    }
}

/** Samples per register tile: 4 where there are 16 vector registers of 4 doubles, 2 with SSE2's 16 of 2. */
#if defined(__AVX__)
constexpr i64 kTileSamples = 4;
#else
constexpr i64 kTileSamples = 2;
#endif

template<int C>
inline void productTile(const double *a, i64 m, const double *W, double *S, i64 lds)
{
    v4d lo[C], hi[C];
    for (int c = 0; c < C; ++c)
        lo[c] = hi[c] = splat(0.0);
    for (i64 j = 0; j < m; ++j) {
        const v4d a0 = load4(a + j * kPanel), a1 = load4(a + j * kPanel + 4);
        for (int c = 0; c < C; ++c) {
            const v4d w = splat(W[c * m + j]);
            lo[c] = madd(a0, w, lo[c]);
            hi[c] = madd(a1, w, hi[c]);
        }
    }
    for (int c = 0; c < C; ++c) {
        store4(S + c * lds, lo[c]);
        store4(S + c * lds + 4, hi[c]);
    }
}

void product(const double *A, i64 np, i64 m, const double *W, i64 b, double *S, i64 lds)
{
    for (i64 p = 0; p < np; p += kPanel) {
        const double *a = A + p * m;
        for (i64 k = 0; k < b; k += kTileSamples)
            productTile<kTileSamples>(a, m, W + k * m, S + k * lds + p, lds);
    }
}

void productMax(const double *A, i64 np, i64 m, const double *W, i64 b, double *S, double *R, i64 lds)
{
    constexpr int C = 2;
    for (i64 p = 0; p < np; p += kPanel) {
        const double *a = A + p * m;
        for (i64 k = 0; k < b; k += C) {
            v4d s0[C], s1[C], r0[C], r1[C];
            for (int c = 0; c < C; ++c)
                s0[c] = s1[c] = r0[c] = r1[c] = splat(0.0);
            for (i64 j = 0; j < m; ++j) {
                const v4d a0 = load4(a + j * kPanel), a1 = load4(a + j * kPanel + 4);
                for (int c = 0; c < C; ++c) {
                    const v4d w = splat(W[(k + c) * m + j]);
                    const v4d t0 = w * a0, t1 = w * a1; // VIKOR's term wⱼ·Nᵢⱼ, rounded once on both paths
                    s0[c] += t0;
                    s1[c] += t1;
                    r0[c] = vmax(r0[c], t0);
                    r1[c] = vmax(r1[c], t1);
                }
            }
            for (int c = 0; c < C; ++c) {
                store4(S + (k + c) * lds + p, s0[c]);
                store4(S + (k + c) * lds + p + 4, s1[c]);
                store4(R + (k + c) * lds + p, r0[c]);
                store4(R + (k + c) * lds + p + 4, r1[c]);
            }
        }
    }
}

/** Monotone map double → uint64 (a < b ⇒ key(a) ≤ key(b)); −0.0 and 0.0 stay adjacent. */
inline std::uint64_t orderedKey(double x)
{
    std::uint64_t u = 0;
    std::memcpy(&u, &x, sizeof u);
    return (u >> 63) ? ~u : (u | 0x8000000000000000ULL);
}

/** Radix sort on the top 32 bits of orderedKey (passes whose digit is the same everywhere skipped): for scores
 *  that the bucket sort cannot spread (non-finite values, heavy clusters). */
void radixOrder(const double *s, i64 n, bool higherIsBetter, int *order, std::uint64_t *scratch)
{
    std::uint64_t *a = scratch, *b = scratch + n;
    std::array<std::array<std::uint32_t, 256>, 4> hist{};
    for (i64 i = 0; i < n; ++i) {
        std::uint64_t k = orderedKey(s[i]);
        if (higherIsBetter)
            k = ~k;
        const std::uint64_t packed = (k & 0xFFFFFFFF00000000ULL) | static_cast<std::uint32_t>(i);
        a[i] = packed;
        for (int d = 0; d < 4; ++d)
            ++hist[static_cast<std::size_t>(d)][(packed >> (32 + 8 * d)) & 0xFF];
    }
    for (int d = 0; d < 4; ++d) {
        auto &h = hist[static_cast<std::size_t>(d)];
        const int shift = 32 + 8 * d;
        if (h[(a[0] >> shift) & 0xFF] == static_cast<std::uint32_t>(n))
            continue; // every key has the same digit here
        std::uint32_t sum = 0;
        for (auto &c : h) {
            const std::uint32_t t = c;
            c = sum;
            sum += t;
        }
        for (i64 i = 0; i < n; ++i)
            b[h[(a[i] >> shift) & 0xFF]++] = a[i];
        std::swap(a, b);
    }
    for (i64 i = 0; i < n; ++i)
        order[i] = static_cast<int>(a[i] & 0xFFFFFFFFu);
}

void sortByScore(const double *s, i64 n, bool higherIsBetter, int *order, std::uint32_t *scratch32)
{
    if (n <= 0)
        return;
    auto *scratch = reinterpret_cast<std::uint64_t *>(scratch32); // 8-byte aligned by the caller
    double lo = s[0], hi = s[0];
    bool nan = false;
    for (i64 i = 0; i < n; ++i) {
        lo = s[i] < lo ? s[i] : lo;
        hi = s[i] > hi ? s[i] : hi;
        nan |= s[i] != s[i];
    }
    const double range = hi - lo;
    if (!nan && range > 0.0 && std::isfinite(range) && n >= 32) {
        // Bucket sort on the actual range: n buckets, bucket((s − lo)·scale) is monotone in s, so only scores in
        // one bucket can be out of order, and the insertion pass below orders them (on a contiguous copy of the
        // keys, best first as ascending: −s when higher is better). Heavily clustered scores would make the
        // insertion pass quadratic: past 8n moves it stops, and the radix sort below takes over.
        const i64 nb = n;
        const double scale = static_cast<double>(nb) / range;
        double *key = reinterpret_cast<double *>(scratch);     // n
        std::uint32_t *id = scratch32 + 2 * n, *count = id + n; // n, nb + 1
        for (i64 k = 0; k <= nb; ++k)
            count[k] = 0;
        for (i64 i = 0; i < n; ++i) {
            i64 k = static_cast<i64>((s[i] - lo) * scale);
            k = k < nb - 1 ? k : nb - 1;
            if (higherIsBetter)
                k = nb - 1 - k;
            id[i] = static_cast<std::uint32_t>(k);
            ++count[k + 1];
        }
        for (i64 k = 1; k <= nb; ++k)
            count[k] += count[k - 1];
        for (i64 i = 0; i < n; ++i) {
            const std::uint32_t at = count[id[i]]++;
            order[at] = static_cast<int>(i);
            key[at] = higherIsBetter ? -s[i] : s[i];
        }
        // Equal scores share a bucket in index order and are never moved (strict <): ties stay by index.
        i64 budget = 8 * n;
        for (i64 i = 1; i < n && budget >= 0; ++i) {
            const double x = key[i];
            if (!(x < key[i - 1]))
                continue;
            const int v = order[i];
            i64 j = i - 1;
            while (j >= 0 && x < key[j]) {
                key[j + 1] = key[j];
                order[j + 1] = order[j];
                --j;
            }
            budget -= i - 1 - j;
            key[j + 1] = x;
            order[j + 1] = v;
        }
        if (budget >= 0)
            return;
    }
    radixOrder(s, n, higherIsBetter, order, scratch);
    // Scores equal in their top 32 bits are in index order; an insertion pass orders them exactly.
    const auto before = [&](int x, int y) {
        return higherIsBetter ? s[x] > s[y] || (s[x] == s[y] && x < y) : s[x] < s[y] || (s[x] == s[y] && x < y);
    };
    for (i64 i = 1; i < n; ++i) {
        const int v = order[i];
        i64 j = i - 1;
        while (j >= 0 && before(v, order[j])) {
            order[j + 1] = order[j];
            --j;
        }
        order[j + 1] = v;
    }
}

} // namespace

} // namespace vb::mcda::kernels::VB_KERNELS_NS

namespace vb::mcda::kernels {

extern const Table VB_KERNELS_TABLE;
const Table VB_KERNELS_TABLE = {
    VB_KERNELS_NS::normalizeColumn, VB_KERNELS_NS::minMax,  VB_KERNELS_NS::topsisColumn, VB_KERNELS_NS::topsisFinish,
    VB_KERNELS_NS::product,         VB_KERNELS_NS::productMax, VB_KERNELS_NS::sortByScore,
};

} // namespace vb::mcda::kernels
