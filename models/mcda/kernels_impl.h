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
#if defined(__SSE2__)
#include <immintrin.h> // the square root of a vector (and FMA where the path has it)
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

/** lo and hi of x, and whether every value is finite (exponent bits not all ones), kVec values at a time in the
 *  path's native vector width: a 4-double vector select on SSE2 is lowered element by element, far slower than
 *  two 2-double ones. A tie between −0.0 and 0.0 may resolve either way (no caller sees the sign of a zero here). */
#if defined(__AVX__)
constexpr int kVec = 4;
#else
constexpr int kVec = 2;
#endif
typedef double vnd __attribute__((vector_size(8 * kVec)));
typedef std::uint64_t vnu __attribute__((vector_size(8 * kVec)));

/** extremes() and sumSquaresExtremes(): the vector lanes folded into l, h and special (the exponent bits of a
 *  non-finite value). */
inline void foldLanes(const vnd &lv, const vnd &hv, const vnu &sp, double &l, double &h, std::uint64_t &special)
{
    for (int k = 0; k < kVec; ++k) {
        l = lv[k] < l ? lv[k] : l;
        h = hv[k] > h ? hv[k] : h;
        special |= sp[k];
    }
}

/** Then the values x[from, n) one by one; stores lo and hi and returns whether every value was finite. */
inline bool scalarTail(const double *x, i64 from, i64 n, double l, double h, std::uint64_t special, double *lo, double *hi)
{
    for (i64 i = from; i < n; ++i) {
        l = x[i] < l ? x[i] : l;
        h = x[i] > h ? x[i] : h;
        std::uint64_t u = 0;
        std::memcpy(&u, x + i, sizeof u);
        special |= (u & 0x7FF0000000000000ULL) == 0x7FF0000000000000ULL;
    }
    *lo = l;
    *hi = h;
    return special == 0;
}

bool extremes(const double *x, i64 n, double *lo, double *hi)
{
    double l = x[0], h = x[0];
    std::uint64_t special = 0;
    const i64 body = n / kVec * kVec;
    if (body > 0) {
        vnd lv, hv;
        std::memcpy(&lv, x, sizeof lv);
        hv = lv;
        vnu sp{};
        const vnu expo = vnu{} + 0x7FF0000000000000ULL;
        for (i64 i = 0; i < body; i += kVec) {
            vnd v;
            std::memcpy(&v, x + i, sizeof v);
            lv = v < lv ? v : lv;
            hv = v > hv ? v : hv;
            vnu u;
            std::memcpy(&u, &v, sizeof u);
            sp |= (vnu)((u & expo) == expo); // all ones where the exponent is: an infinity or a NaN
        }
        foldLanes(lv, hv, sp, l, h, special);
    }
    return scalarTail(x, body, n, l, h, special, lo, hi);
}

/** Σ x² added in exactly the order of Eigen 3.4's vectorised sum with 2-double packets (x.squaredNorm() in a TU
 *  built for SSE2): partial sums of the elements i ≡ 0, 1, 2, 3 (mod 4) over the first n − n mod 4 (two packets
 *  of two), then (s₀ + s₂) and (s₁ + s₃), each plus one of the next two elements when n mod 4 ≥ 2, then their sum,
 *  then the last element when n is odd; for n < 4 the packet x₀², x₁² then x₂²; n = 1: x₀². Squares are never
 *  −0, so starting the partial sums at 0 instead of at the first packet changes no bit. In the same pass, as
 *  extremes(): lo, hi and whether every x is finite. */
bool sumSquaresExtremes(const double *x, i64 n, double *ss, double *lo, double *hi)
{
    if (n < 4) {
        double res = x[0] * x[0];
        if (n >= 2)
            res = res + x[1] * x[1];
        if (n == 3)
            res = res + x[2] * x[2];
        *ss = res;
        return extremes(x, n, lo, hi);
    }
    const i64 n4 = n / 4 * 4, n2 = n / 2 * 2;
    v4d acc = splat(0.0);
    vnd lv, hv;
    std::memcpy(&lv, x, sizeof lv);
    hv = lv;
    vnu sp{};
    const vnu expo = vnu{} + 0x7FF0000000000000ULL;
    for (i64 i = 0; i < n4; i += 4) {
        const v4d v = load4(x + i);
        acc = acc + v * v;
        for (int h = 0; h < 4 / kVec; ++h) {
            vnd part;
            std::memcpy(&part, x + i + h * kVec, sizeof part);
            lv = part < lv ? part : lv;
            hv = part > hv ? part : hv;
            vnu u;
            std::memcpy(&u, &part, sizeof u);
            sp |= (vnu)((u & expo) == expo);
        }
    }
    double t0 = acc[0] + acc[2], t1 = acc[1] + acc[3];
    if (n2 > n4) {
        t0 = t0 + x[n4] * x[n4];
        t1 = t1 + x[n4 + 1] * x[n4 + 1];
    }
    double res = t0 + t1;
    if (n2 < n)
        res = res + x[n - 1] * x[n - 1];
    *ss = res;
    double l = lv[0], h = hv[0];
    std::uint64_t special = 0;
    foldLanes(lv, hv, sp, l, h, special);
    return scalarTail(x, n4, n, l, h, special, lo, hi);
}

/** topsisColumn on r = op(x) computed on the fly (the same operations as normalizeColumn), without storing r. */
template<typename Op>
inline void topsisRawLoop(const double *x, i64 n, double hi, double lo, double w, double *dp, double *dm, Op op)
{
    for (i64 i = 0; i < n; ++i) {
        const double r = op(x[i]);
        const double p = (hi - r) * w, q = (r - lo) * w;
        dp[i] = dp[i] + p * p;
        dm[i] = dm[i] + q * q;
    }
}

void topsisRawColumn(const double *x, i64 n, int op, double a, double b, double hi, double lo, double w, double *dp, double *dm)
{
    switch (static_cast<ColumnOp>(op)) {
    case ColumnOp::Copy:
        topsisRawLoop(x, n, hi, lo, w, dp, dm, [](double v) { return v; });
        break;
    case ColumnOp::Ones:
        topsisRawLoop(x, n, hi, lo, w, dp, dm, [](double) { return 1.0; });
        break;
    case ColumnOp::Divide:
        topsisRawLoop(x, n, hi, lo, w, dp, dm, [a](double v) { return v / a; });
        break;
    case ColumnOp::OneMinusDivide:
        topsisRawLoop(x, n, hi, lo, w, dp, dm, [a](double v) { return 1.0 - v / a; });
        break;
    case ColumnOp::MinusDivide:
        topsisRawLoop(x, n, hi, lo, w, dp, dm, [a, b](double v) { return (v - a) / b; });
        break;
    case ColumnOp::FromDivide:
        topsisRawLoop(x, n, hi, lo, w, dp, dm, [a, b](double v) { return (a - v) / b; });
        break;
    case ColumnOp::RatioOrOne:
        topsisRawLoop(x, n, hi, lo, w, dp, dm, [a](double v) { return v == 0.0 ? 1.0 : a / v; });
        break;
    case ColumnOp::InverseDivide:
        topsisRawLoop(x, n, hi, lo, w, dp, dm, [a](double v) { return (1.0 / v) / a; });
        break;
    }
}

/** Square roots of kVec doubles: the IEEE square root, correctly rounded like std::sqrt. */
inline vnd vsqrt(vnd v)
{
#if defined(__AVX__)
    return (vnd)_mm256_sqrt_pd((__m256d)v);
#elif defined(__SSE2__)
    return (vnd)_mm_sqrt_pd((__m128d)v);
#else
    for (int k = 0; k < kVec; ++k)
        v[k] = std::sqrt(v[k]);
    return v;
#endif
}

void topsisFinish(double *dp, double *dm, double *c, i64 n)
{
    // kVec at a time (c may be dp: each element is read before it is written); the division runs on every
    // element, by 1 where s is not positive, and the select then takes 0.5 there: the scalar tail's results.
    const i64 body = n / kVec * kVec;
    const vnd zero{}, one = zero + 1.0, half = zero + 0.5;
    for (i64 i = 0; i < body; i += kVec) {
        vnd p, q;
        std::memcpy(&p, dp + i, sizeof p);
        std::memcpy(&q, dm + i, sizeof q);
        p = vsqrt(p);
        q = vsqrt(q);
        std::memcpy(dp + i, &p, sizeof p);
        std::memcpy(dm + i, &q, sizeof q);
        const vnd s = p + q;
        const vnd ratio = q / (s > zero ? s : one);
        const vnd r = s > zero ? ratio : half;
        std::memcpy(c + i, &r, sizeof r);
    }
    for (i64 i = body; i < n; ++i) {
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
 *  that the fixed-point sort cannot spread (non-finite values, heavy clusters). */
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

/** Orders scores that are all finite and not all equal (range = hi − lo > 0, finite) with a stable LSD radix sort
 *  of a fixed-point image of each score: q = ⌊(s − lo)·scale⌋, at most qmax. Each step (subtraction, product by a
 *  positive constant, truncation, clamp) is monotone, so s < t ⇒ q(s) ≤ q(t): the sort by q (two passes of D bits,
 *  each item q and index packed in 32 bits, so equal q stay in index order) is the order by score except inside
 *  runs of equal q, where an insertion pass by the exact score puts distinct scores right (strict comparison: equal
 *  scores keep their index order). Scores spread over the range give runs of one; a cluster that the grid cannot
 *  separate makes the insertion pass long: past 8n moves it gives up (false) and the caller falls back.
 *  scratch: 2n + 2·2^11 words. */
template<bool Higher>
bool fixedPointOrder(const double *s, i64 n, double lo, double range, int *order, std::uint32_t *scratch)
{
    int idxBits = 1;
    while ((i64(1) << idxBits) < n)
        ++idxBits;
    if (idxBits > 16)
        return false; // fewer than 16 bits left for q: the caller's radix sort
    // Digit bits: about one counter per score and pass (2^D ≈ n: the counters cost no more than the scores), at
    // most 11, and q (2D bits) and the index must share 32 bits.
    int D = idxBits > 6 ? idxBits : 6;
    D = D < (32 - idxBits) / 2 ? D : (32 - idxBits) / 2;
    D = D < 11 ? D : 11;
    const int qBits = 2 * D;
    const std::uint32_t qmax = (std::uint32_t(1) << qBits) - 1, mask = (std::uint32_t(1) << D) - 1, imask = (std::uint32_t(1) << idxBits) - 1;
    const double scale = static_cast<double>(qmax) / range;
    if (!(scale <= 1e300))
        return false; // a range so small (subnormal) that the scale overflows: the product would be ∞ or NaN
    std::uint32_t *a = scratch, *b = scratch + n, *h0 = scratch + 2 * n, *h1 = h0 + (std::uint32_t(1) << D);
    // The keys: a loop the compiler vectorises (s − lo ≤ range, so the product is at most qmax·(1 + 2⁻⁵¹) < 2³¹).
    for (i64 i = 0; i < n; ++i) {
        std::int32_t q = static_cast<std::int32_t>((s[i] - lo) * scale);
        q = q < static_cast<std::int32_t>(qmax) ? q : static_cast<std::int32_t>(qmax);
        if (Higher)
            q = static_cast<std::int32_t>(qmax) - q;
        a[i] = (static_cast<std::uint32_t>(q) << idxBits) | static_cast<std::uint32_t>(i);
    }
    for (std::uint32_t k = 0; k <= mask; ++k)
        h0[k] = h1[k] = 0;
    for (i64 i = 0; i < n; ++i) {
        ++h0[(a[i] >> idxBits) & mask];
        ++h1[a[i] >> (idxBits + D)];
    }
    std::uint32_t s0 = 0, s1 = 0;
    for (std::uint32_t k = 0; k <= mask; ++k) {
        const std::uint32_t t0 = h0[k], t1 = h1[k];
        h0[k] = s0;
        h1[k] = s1;
        s0 += t0;
        s1 += t1;
    }
    for (i64 i = 0; i < n; ++i)
        b[h0[(a[i] >> idxBits) & mask]++] = a[i];
    for (i64 i = 0; i < n; ++i)
        a[h1[b[i] >> (idxBits + D)]++] = b[i];
    i64 budget = 8 * n;
    order[0] = static_cast<int>(a[0] & imask);
    for (i64 p = 1; p < n; ++p) {
        const int v = static_cast<int>(a[p] & imask);
        order[p] = v;
        if ((a[p] ^ a[p - 1]) > imask)
            continue; // a larger q: already in place
        const double x = s[v];
        i64 j = p - 1;
        while (j >= 0 && (Higher ? x > s[order[j]] : x < s[order[j]])) {
            order[j + 1] = order[j];
            --j;
        }
        order[j + 1] = v;
        budget -= p - 1 - j;
        if (budget < 0)
            return false;
    }
    return true;
}

void sortByScore(const double *s, i64 n, bool higherIsBetter, int *order, std::uint32_t *scratch32)
{
    if (n <= 0)
        return;
    auto *scratch = reinterpret_cast<std::uint64_t *>(scratch32); // 8-byte aligned by the caller
    double lo = 0.0, hi = 0.0;
    if (extremes(s, n, &lo, &hi)) {
        // Every score finite: the order is the one stable order by score, whichever way it is found.
        if (n < 32) {
            for (i64 p = 0; p < n; ++p) {
                const double x = s[p];
                i64 j = p - 1;
                while (j >= 0 && (higherIsBetter ? x > s[order[j]] : x < s[order[j]])) {
                    order[j + 1] = order[j];
                    --j;
                }
                order[j + 1] = static_cast<int>(p);
            }
            return;
        }
        const double range = hi - lo;
        if (range > 0.0 && std::isfinite(range) &&
            (higherIsBetter ? fixedPointOrder<true>(s, n, lo, range, order, scratch32) : fixedPointOrder<false>(s, n, lo, range, order, scratch32)))
            return;
    }
    radixOrder(s, n, higherIsBetter, order, scratch);
    // Scores equal in their top 32 bits are in index order; an insertion pass orders them exactly.
    const auto before = [&](int x, int y) {
        return higherIsBetter ? s[x] > s[y] || (s[x] == s[y] && x < y) : s[x] < s[y] || (s[x] == s[y] && x < y);
    };
    for (i64 k = 1; k < n; ++k) {
        const int v = order[k];
        i64 j = k - 1;
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
    VB_KERNELS_NS::normalizeColumn, VB_KERNELS_NS::minMax,     VB_KERNELS_NS::topsisColumn, VB_KERNELS_NS::topsisFinish,
    VB_KERNELS_NS::product,         VB_KERNELS_NS::productMax, VB_KERNELS_NS::sortByScore,  VB_KERNELS_NS::extremes,
    VB_KERNELS_NS::topsisRawColumn, VB_KERNELS_NS::sumSquaresExtremes,
};

} // namespace vb::mcda::kernels
