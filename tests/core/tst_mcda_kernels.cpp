// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's hot kernels on both compiled paths (mcda/kernels.h: the baseline and x86-64-v3 where the CPU has
// it), and SMAA on several thread counts: the same results whatever the path (within 1e-12 relative for the block
// products, bit for bit elsewhere) and whatever the thread count (bit for bit).
#include "kernels.h"
#include "mcda.h"
#include "smaa.h"
#include "tolerance.h"

#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <numeric>
#include <random>

using namespace vb;
using namespace vb::mcda;
using vb::test::kTolerance;

namespace {

// The kernels' specification, not a test tolerance: the block products on every path agree with Eigen (and with each
// other) to 1e-12 RELATIVE to the magnitude of the result (mcda/kernels.h). It happens to equal kTolerance, but it is
// a property of the code under test and changes only if that specification does.
constexpr double kKernelAgreement = 1e-12;

DecisionProblem randomProblem(Eigen::Index n, Eigen::Index m, Method method, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(1.0, 100.0);
    DecisionProblem p;
    p.X.resize(n, m);
    for (Eigen::Index j = 0; j < m; ++j)
        for (Eigen::Index i = 0; i < n; ++i)
            p.X(i, j) = u(rng);
    p.weights = Eigen::VectorXd::Constant(m, 1.0 / static_cast<double>(m));
    for (Eigen::Index j = 0; j < m; ++j) {
        p.directions.push_back(j % 3 == 0 ? Direction::Cost : Direction::Benefit);
        p.criteria.push_back("C" + std::to_string(j + 1));
    }
    p.preferences.resize(static_cast<std::size_t>(m));
    p.weightBounds.resize(static_cast<std::size_t>(m));
    p.ranks.resize(static_cast<std::size_t>(m));
    for (Eigen::Index i = 0; i < n; ++i)
        p.alternatives.push_back("A" + std::to_string(i + 1));
    p.method = method;
    return p;
}

/** Restores the process's kernel path at the end of a test. */
struct PathGuard {
    KernelPath saved = kernelPath();
    ~PathGuard() { setKernelPath(saved); }
};

bool sameSmaa(const SmaaResult &a, const SmaaResult &b)
{
    return a.samples == b.samples && a.rankAcceptability == b.rankAcceptability && a.centralWeights == b.centralWeights &&
           a.confidence == b.confidence;
}

/** The paths to compare: the baseline, and x86-64-v3 when this CPU runs it. */
std::vector<KernelPath> paths()
{
    std::vector<KernelPath> v{KernelPath::Baseline};
    if (kernelPathSupported(KernelPath::X86_64_V3))
        v.push_back(KernelPath::X86_64_V3);
    return v;
}

} // namespace

class TestMcdaKernels : public QObject
{
    Q_OBJECT
private slots:
    void dispatch();
    void productAgainstEigen();
    void productPathsAgree();
    void exactKernelsBitIdentical();
    void topsisFusedIsTopsis();
    void sumSquaresIsEigens();
    void sortByScoreIsStableSort();
    void smaaSampleRanksHandComputed();
    void smaaSampleRanksAreCompetitionRanks();
    void smaaSameOnEveryThreadCount_data();
    void smaaSameOnEveryThreadCount();
    void smaaSameOnBothPaths();
    void smaaBlockMethodsMatchPerSampleScores();
    void smaaCancelAndProgressOnThreads();
    void smaaCountsPastSixteenBits();
};

void TestMcdaKernels::dispatch()
{
    PathGuard guard;
    QVERIFY(kernelPathSupported(KernelPath::Baseline));
    QVERIFY(setKernelPath(KernelPath::Baseline));
    QCOMPARE(kernelPath(), KernelPath::Baseline);
    QCOMPARE(&kernels::table(), kernels::tableOf(KernelPath::Baseline));
    QCOMPARE(QString(kernelPathName(KernelPath::X86_64_V3)), QString("x86-64-v3"));
#if defined(__x86_64__)
    __builtin_cpu_init();
    const bool avx2fma = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    QCOMPARE(kernelPathSupported(KernelPath::X86_64_V3), avx2fma);
    if (avx2fma) {
        QVERIFY(setKernelPath(KernelPath::X86_64_V3));
        QCOMPARE(&kernels::table(), kernels::tableOf(KernelPath::X86_64_V3));
        QVERIFY(kernels::tableOf(KernelPath::X86_64_V3) != kernels::tableOf(KernelPath::Baseline));
    }
#endif
}

void TestMcdaKernels::productAgainstEigen()
{
    // A small exact case: A = [[1, 2], [3, 4], [5, 6]] (padded to 8 rows), W = [[1, 0.5], [2, 0.25]] (2 samples + 2 pad).
    for (KernelPath path : paths()) {
        const auto *k = kernels::tableOf(path);
        std::vector<double> A(8 * 2, 0.0);
        const double a[3][2] = {{1, 2}, {3, 4}, {5, 6}};
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 2; ++j)
                A[static_cast<std::size_t>(j * 8 + i)] = a[i][j];
        const double W[8] = {1, 2, 0.5, 0.25, 0, 0, 0, 0}; // m × 4 column-major
        std::vector<double> S(8 * 4, -1.0), R(8 * 4, -1.0);
        k->product(A.data(), 8, 2, W, 4, S.data(), 8);
        QCOMPARE(S[0], 5.0);  // 1·1 + 2·2
        QCOMPARE(S[1], 11.0); // 3 + 8
        QCOMPARE(S[2], 17.0);
        QCOMPARE(S[8], 1.0);  // 1·0.5 + 2·0.25
        QCOMPARE(S[10], 4.0); // 2.5 + 1.5
        QCOMPARE(S[3], 0.0);  // padding row
        k->productMax(A.data(), 8, 2, W, 4, S.data(), R.data(), 8);
        QCOMPARE(S[1], 11.0);
        QCOMPARE(R[1], 8.0);  // max(3·1, 4·2)
        QCOMPARE(R[10], 2.5); // max(5·0.5, 6·0.25)
    }
    // Random: against Eigen within 1e-12 relative on every path.
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const Eigen::Index n = 203, np = 208, m = 17, b = 12;
    Eigen::MatrixXd M(n, m), W(m, b);
    for (Eigen::Index j = 0; j < m; ++j)
        for (Eigen::Index i = 0; i < n; ++i)
            M(i, j) = u(rng);
    for (Eigen::Index k = 0; k < b; ++k)
        for (Eigen::Index j = 0; j < m; ++j)
            W(j, k) = u(rng);
    std::vector<double> A(static_cast<std::size_t>(np * m), 0.0);
    for (Eigen::Index j = 0; j < m; ++j)
        for (Eigen::Index i = 0; i < n; ++i)
            A[static_cast<std::size_t>((i / 8) * m * 8 + j * 8 + i % 8)] = M(i, j);
    const Eigen::MatrixXd ref = M * W;
    for (KernelPath path : paths()) {
        Eigen::MatrixXd S(np, b);
        kernels::tableOf(path)->product(A.data(), np, m, W.data(), b, S.data(), np);
        const double err = ((S.topRows(n) - ref).array().abs() / ref.array().abs()).maxCoeff();
        QVERIFY2(err < kKernelAgreement, qPrintable(QString("%1: %2").arg(kernelPathName(path)).arg(err)));
    }
}

void TestMcdaKernels::productPathsAgree()
{
    if (!kernelPathSupported(KernelPath::X86_64_V3))
        QSKIP("this CPU has no x86-64-v3: only the baseline path can run");
    std::mt19937_64 rng(9);
    std::uniform_real_distribution<double> u(-3.0, 5.0);
    const Eigen::Index np = 1000, m = 24, b = 64;
    std::vector<double> A(static_cast<std::size_t>(np * m));
    for (auto &x : A)
        x = u(rng);
    Eigen::MatrixXd W(m, b);
    for (Eigen::Index k = 0; k < b; ++k)
        for (Eigen::Index j = 0; j < m; ++j)
            W(j, k) = std::abs(u(rng));
    Eigen::MatrixXd S0(np, b), S1(np, b), R0(np, b), R1(np, b);
    kernels::tableOf(KernelPath::Baseline)->product(A.data(), np, m, W.data(), b, S0.data(), np);
    kernels::tableOf(KernelPath::X86_64_V3)->product(A.data(), np, m, W.data(), b, S1.data(), np);
    // Relative to the sum of the magnitudes (the scale of the rounding: cancellation can make the result itself tiny).
    Eigen::MatrixXd mag(np, b);
    std::vector<double> absA(A.size());
    std::transform(A.begin(), A.end(), absA.begin(), [](double x) { return std::abs(x); });
    kernels::tableOf(KernelPath::Baseline)->product(absA.data(), np, m, W.data(), b, mag.data(), np);
    QVERIFY(((S0 - S1).array().abs() / mag.array()).maxCoeff() < kKernelAgreement);
    kernels::tableOf(KernelPath::Baseline)->productMax(absA.data(), np, m, W.data(), b, S0.data(), R0.data(), np);
    kernels::tableOf(KernelPath::X86_64_V3)->productMax(absA.data(), np, m, W.data(), b, S1.data(), R1.data(), np);
    QVERIFY(R0 == R1); // one rounding per term on both paths
    QVERIFY(((S0 - S1).array().abs() / S0.array().abs()).maxCoeff() < kKernelAgreement);
}

void TestMcdaKernels::exactKernelsBitIdentical()
{
    PathGuard guard;
    auto p = randomProblem(1001, 9, Method::TOPSIS, 3);
    p.X(5, 2) = 0.0; // max_linear cost: 1 where x = 0; sum cost: the column becomes ones
    p.X.col(4).setConstant(7.0); // zero range
    for (Normalization norm : {Normalization::None, Normalization::Vector, Normalization::MinMax, Normalization::MaxLinear, Normalization::Sum}) {
        std::vector<Eigen::MatrixXd> R;
        std::vector<ScoreResult> s;
        for (KernelPath path : paths()) {
            QVERIFY(setKernelPath(path));
            R.push_back(normalize(p.X, p.directions, norm));
            p.normalization = norm;
            s.push_back(score(p));
        }
        for (std::size_t k = 1; k < R.size(); ++k) {
            QVERIFY(R[k] == R[0]);
            QVERIFY(s[k].scores == s[0].scores);
            QVERIFY(s[k].ranks == s[0].ranks);
        }
    }
    // Known values: max_linear cost is min/x with 1 where x = 0.
    Eigen::MatrixXd X(3, 1);
    X << 2.0, 0.0, 4.0;
    const auto R = normalize(X, {Direction::Cost}, Normalization::MaxLinear);
    QCOMPARE(R(0, 0), 0.0 / 2.0);
    QCOMPARE(R(1, 0), 1.0);
    const auto V = normalize(X, {Direction::Benefit}, Normalization::Vector);
    QCOMPARE(V(2, 0), 4.0 / std::sqrt(20.0));
}

void TestMcdaKernels::topsisFusedIsTopsis()
{
    PathGuard guard;
    auto p = randomProblem(777, 11, Method::TOPSIS, 4);
    // Columns that take the other ways through addTopsisDistances(): all negative (max_linear divides by a negative
    // maximum: decreasing), signed zeros, a zero column (ones), a constant one, a zero in a cost column (min/x with
    // 1 at 0: not monotone, stored), huge and tiny magnitudes (the overflow scaling), and an infinity.
    p.X.col(1) = -p.X.col(1);
    for (Eigen::Index i = 0; i < p.X.rows(); i += 3)
        p.X(i, 2) = i % 2 ? -0.0 : 0.0;
    p.X.col(4).setZero();
    p.X.col(5).setConstant(3.5);
    p.X(7, 6) = 0.0; // column 6 is a cost column (j % 3 == 0)
    p.X.col(7) *= 1e306;
    p.X.col(8) *= 1e-300;
    Eigen::MatrixXd withInf = p.X;
    withInf(3, 9) = INFINITY;
    const Eigen::VectorXd w = effectiveWeights(p);
    const auto same = [](const TopsisResult &a, const TopsisResult &b) {
        // NaN where the infinity makes it: compare the bits
        return std::memcmp(a.closeness.data(), b.closeness.data(), sizeof(double) * a.closeness.size()) == 0 &&
               std::memcmp(a.dPlus.data(), b.dPlus.data(), sizeof(double) * a.dPlus.size()) == 0 &&
               std::memcmp(a.dMinus.data(), b.dMinus.data(), sizeof(double) * a.dMinus.size()) == 0;
    };
    for (KernelPath path : paths()) {
        QVERIFY(setKernelPath(path));
        for (Normalization norm : {Normalization::None, Normalization::Vector, Normalization::MinMax, Normalization::MaxLinear, Normalization::Sum}) {
            for (const Eigen::MatrixXd *X : {&p.X, &withInf}) {
                const auto a = topsis(normalize(*X, p.directions, norm), w);
                const auto b = topsis(*X, p.directions, norm, w);
                QVERIFY2(same(a, b), qPrintable(QString("%1 normalisation %2").arg(kernelPathName(path)).arg(normalizationName(norm))));
            }
        }
    }
    // A textbook check: two alternatives, one criterion; the better one is the ideal (closeness 1).
    Eigen::MatrixXd X(2, 1);
    X << 3.0, 4.0;
    const auto t = topsis(X, {Direction::Benefit}, Normalization::Vector, Eigen::VectorXd::Ones(1));
    QCOMPARE(t.closeness(1), 1.0);
    QCOMPARE(t.closeness(0), 0.0);
    QCOMPARE(t.dPlus(0), 0.2); // (4 − 3)/5
    // Cost criterion, vector: r = 1 − x/5 = (0.4, 0.2); the ideal is 0.4 (x = 3): closeness 1 for #0, 0 for #1.
    const auto c = topsis(X, {Direction::Cost}, Normalization::Vector, Eigen::VectorXd::Ones(1));
    QCOMPARE(c.closeness(0), 1.0);
    QCOMPARE(c.closeness(1), 0.0);
    QCOMPARE(c.dMinus(0), (1.0 - 3.0 / 5.0) - (1.0 - 4.0 / 5.0)); // 0.4 − 0.2, in the kernel's operations
}

void TestMcdaKernels::sumSquaresIsEigens()
{
    // TOPSIS's vector normalisation takes ‖x‖ from the kernel's one pass (with the extremes) where this build's Eigen
    // adds in pairs of doubles: it must be Eigen's squaredNorm() bit for bit, for every length (the partial sums and
    // the odd elements at the end) and wherever the column starts in memory, on every path.
    constexpr bool pairs = EIGEN_WORLD_VERSION == 3 && EIGEN_MAJOR_VERSION == 4 && bool(Eigen::internal::packet_traits<double>::Vectorizable) &&
                           Eigen::internal::packet_traits<double>::size == 2;
    if (!pairs)
        QSKIP("this build's Eigen does not add in pairs: TOPSIS uses Eigen's norm");
    std::mt19937_64 rng(29);
    std::uniform_real_distribution<double> u(-50.0, 100.0);
    Eigen::VectorXd buffer(10010);
    for (auto &x : buffer)
        x = u(rng) * std::ldexp(1.0, static_cast<int>(rng() % 40) - 20); // magnitudes that round differently by order
    for (KernelPath path : paths()) {
        const auto *k = kernels::tableOf(path);
        for (Eigen::Index start : {0, 1, 2, 3}) {
            for (Eigen::Index n : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 17, 63, 64, 65, 66, 67, 1001, 10000}) {
                const Eigen::Ref<const Eigen::VectorXd> x = buffer.segment(start, n);
                double ss = 0.0, lo = 0.0, hi = 0.0;
                QVERIFY(k->sumSquaresExtremes(x.data(), n, &ss, &lo, &hi));
                const double ref = x.squaredNorm();
                QVERIFY2(std::memcmp(&ss, &ref, sizeof ss) == 0,
                         qPrintable(QString("%1 start %2 n %3: %4 vs %5").arg(kernelPathName(path)).arg(start).arg(n).arg(ss, 0, 'g', 17).arg(ref, 0, 'g', 17)));
                QCOMPARE(lo, x.minCoeff());
                QCOMPARE(hi, x.maxCoeff());
            }
        }
        double ss = 0.0, lo = 0.0, hi = 0.0;
        const double withNan[5] = {1.0, 2.0, NAN, 3.0, 4.0};
        QVERIFY(!k->sumSquaresExtremes(withNan, 5, &ss, &lo, &hi)); // not finite: TOPSIS takes Eigen's way
        const double three[3] = {3.0, -4.0, 12.0};
        QVERIFY(k->sumSquaresExtremes(three, 3, &ss, &lo, &hi));
        QCOMPARE(ss, 169.0); // 9 + 16 + 144
        QCOMPARE(lo, -4.0);
        QCOMPARE(hi, 12.0);
    }
}

void TestMcdaKernels::sortByScoreIsStableSort()
{
    // Against std::stable_sort (ties by index) on every path: scores spread or in clusters, many exact ties, ties
    // closer than the fixed-point grid, ±0 (equal: index order), negative values, an outlier that squeezes the rest
    // into one grid cell (the radix fallback), infinities (the radix path), subnormal scores whose range is too
    // small for the grid's scale (the radix path) and sizes around the paths' limits
    // (n < 32: insertion; 2^16 < n: the index no longer fits beside the key: radix).
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    for (int n : {1, 2, 5, 31, 32, 33, 100, 1000, 1024, 1025, 2000, 10000, 65536, 70000}) {
        for (int shape = 0; shape < 9; ++shape) {
            if (n > 10000 && shape > 2)
                continue; // the large sizes only for the paths' limits
            std::vector<double> s(static_cast<std::size_t>(n));
            for (int i = 0; i < n; ++i) {
                const double x = u(rng);
                double &v = s[static_cast<std::size_t>(i)];
                switch (shape) {
                case 0: v = x; break;                                   // spread
                case 1: v = std::floor(x * 7.0); break;                 // many exact ties
                case 2: v = i == 0 ? 1e300 : x * 1e-9; break;           // a cluster and an outlier
                case 3: v = i % 2 ? -0.0 : 0.0; break;                  // signed zeros only
                case 4: v = 0.5 + std::floor(x * 40.0) * 1e-15; break; // ties and gaps below the grid
                case 5: v = x < 0.3 ? -0.0 : x < 0.6 ? 0.0 : x - 0.8; break; // ±0 among negative and positive
                case 6: v = i == 1 ? INFINITY : i == 2 ? -INFINITY : x; break; // infinities
                case 7: v = std::ldexp(x, static_cast<int>(x * 200) - 100); break; // many binades
                case 8: v = x * 1e-310; break;                                 // subnormal: the grid's scale overflows
                }
            }
            for (bool higher : {true, false}) {
                std::vector<int> ref(static_cast<std::size_t>(n));
                std::iota(ref.begin(), ref.end(), 0);
                std::stable_sort(ref.begin(), ref.end(), [&](int a, int b) {
                    return higher ? s[static_cast<std::size_t>(a)] > s[static_cast<std::size_t>(b)] : s[static_cast<std::size_t>(a)] < s[static_cast<std::size_t>(b)];
                });
                for (KernelPath path : paths()) {
                    std::vector<int> order(static_cast<std::size_t>(n), -1);
                    std::vector<std::uint64_t> scratch(static_cast<std::size_t>((kernels::orderScratch(n) + 1) / 2));
                    kernels::tableOf(path)->sortByScore(s.data(), n, higher, order.data(), reinterpret_cast<std::uint32_t *>(scratch.data()));
                    QVERIFY2(order == ref, qPrintable(QString("n %1 shape %2 %3 %4").arg(n).arg(shape).arg(higher).arg(kernelPathName(path))));
                }
            }
        }
    }
}

/** SMAA's tie rule by its definition (std::stable_sort, then the chain of 1e-12·max(1, |best|)), for comparison. */
static std::vector<int> referenceSampleRanks(const Eigen::VectorXd &s)
{
    const auto n = static_cast<std::size_t>(s.size());
    std::vector<int> order(n), ranks(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return s(a) > s(b); });
    const double tol = 1e-12 * std::max(1.0, std::abs(s(order[0])));
    int rank = 1;
    for (std::size_t pos = 0; pos < n; ++pos) {
        if (pos > 0 && s(order[pos]) < s(order[pos - 1]) - tol)
            rank = static_cast<int>(pos) + 1;
        ranks[static_cast<std::size_t>(order[pos])] = rank;
    }
    return ranks;
}

void TestMcdaKernels::smaaSampleRanksHandComputed()
{
    PathGuard guard;
    for (KernelPath path : paths()) {
        QVERIFY(setKernelPath(path));
        // Order 0.9 + 5e-13 (#4), 0.9 (#1): 5e-13 apart, within 1e-12 · max(1, 0.9): both rank 1; 0.5 (#0, #2)
        // rank 3; 0.1 ranks 5. Top 2: ranks beyond 2 are 0.
        Eigen::VectorXd s(5);
        s << 0.5, 0.9, 0.5, 0.1, 0.9 + 5e-13;
        QCOMPARE(smaaSampleRanks(s), (std::vector<int>{3, 1, 3, 5, 1}));
        QCOMPARE(smaaSampleRanks(s, 2), (std::vector<int>{0, 1, 0, 0, 1}));
        // A chain: each score 0.8e-12 below the one before it shares its rank, although the third is 1.6e-12
        // below the best; then 1e-11 below: rank 4.
        Eigen::VectorXd c(4);
        c << 1.0, 1.0 - 0.8e-12, 1.0 - 1.6e-12, 1.0 - 1.16e-11;
        QCOMPARE(smaaSampleRanks(c), (std::vector<int>{1, 1, 1, 4}));
        // Scores above 1 in magnitude: the tolerance is relative, 1e-12 · 1000 = 1e-9.
        Eigen::VectorXd big(3);
        big << 1000.0, 1000.0 - 5e-10, 1000.0 - 2e-9;
        QCOMPARE(smaaSampleRanks(big), (std::vector<int>{1, 1, 3}));
        // ±0 are equal; lower is better by negation, as smaa() does for VIKOR's Q.
        Eigen::VectorXd z(4);
        z << 0.0, -0.0, -1.0, 2.0;
        QCOMPARE(smaaSampleRanks(z), (std::vector<int>{2, 2, 4, 1}));
        QCOMPARE(smaaSampleRanks(-z), (std::vector<int>{2, 2, 1, 4}));
    }
}

void TestMcdaKernels::smaaSampleRanksAreCompetitionRanks()
{
    // The ranking smaa() runs per sample against competitionRanks() on data where their tolerances cannot differ
    // (exact ties; other gaps far above both), both directions (lower is better by negation, as for VIKOR), ±0, on
    // both paths; and against the tie rule's own definition on data with gaps at the tolerance.
    PathGuard guard;
    std::mt19937_64 rng(23);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    for (KernelPath path : paths()) {
        QVERIFY(setKernelPath(path));
        for (int round = 0; round < 60; ++round) {
            const int n = 1 + static_cast<int>(rng() % 2500);
            const int levels = 2 + static_cast<int>(rng() % 200); // few levels: many exact ties
            const double offset = round % 3 == 0 ? -0.5 : 0.0;    // negative scores too
            Eigen::VectorXd s(n);
            for (int i = 0; i < n; ++i)
                s(i) = std::floor(u(rng) * levels) / levels + offset;
            for (int i = 0; i < n; i += 5)
                s(i) = round % 2 ? 0.0 : -0.0; // signed zeros among them
            QVERIFY2(smaaSampleRanks(s) == competitionRanks(s, true), qPrintable(QString("round %1 n %2").arg(round).arg(n)));
            QVERIFY2(smaaSampleRanks(-s) == competitionRanks(s, false), qPrintable(QString("round %1 n %2 lower").arg(round).arg(n)));
            QVERIFY(smaaSampleRanks(s) == referenceSampleRanks(s));
            // Near-ties at the tolerance (1e-12 · max(1, |best|)): gaps of 0.5e-12 and 2e-12 in a run.
            Eigen::VectorXd t(n);
            const int clusters = 1 + static_cast<int>(rng() % 100);
            for (int i = 0; i < n; ++i)
                t(i) = std::floor(u(rng) * clusters) / clusters + static_cast<double>(rng() % 64) * (rng() % 2 ? 0.5e-12 : 2e-12);
            QVERIFY2(smaaSampleRanks(t) == referenceSampleRanks(t), qPrintable(QString("round %1 n %2 near").arg(round).arg(n)));
            QVERIFY(smaaSampleRanks(-t) == referenceSampleRanks(-t));
        }
    }
}

void TestMcdaKernels::smaaSameOnEveryThreadCount_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("topK");
    QTest::addColumn<bool>("bounds");
    QTest::newRow("wsm full") << int(Method::WSM) << 40 << 0 << false;
    QTest::newRow("wsm rank 1") << int(Method::WSM) << 300 << 1 << false;
    QTest::newRow("wsm top-5 bounds") << int(Method::WSM) << 300 << 5 << true;
    QTest::newRow("wpm full") << int(Method::WPM) << 30 << 0 << false;
    QTest::newRow("topsis top-3") << int(Method::TOPSIS) << 500 << 3 << false;
    QTest::newRow("topsis full") << int(Method::TOPSIS) << 25 << 0 << false;
    QTest::newRow("vikor full") << int(Method::VIKOR) << 25 << 0 << false;
    QTest::newRow("promethee2 full") << int(Method::PROMETHEE2) << 12 << 0 << false;
}

void TestMcdaKernels::smaaSameOnEveryThreadCount()
{
    QFETCH(int, method);
    QFETCH(int, n);
    QFETCH(int, topK);
    QFETCH(bool, bounds);
    auto p = randomProblem(n, 6, static_cast<Method>(method), 21);
    if (bounds)
        p.weightBounds[1] = std::pair{0.1, 0.4};
    SmaaOptions o;
    o.samples = 1001; // not a multiple of any block size: a short last block
    o.seed = 17;
    o.topK = topK;
    o.threads = 1;
    const auto one = smaa(p, o);
    QVERIFY(one.error.empty());
    QCOMPARE(one.samples, std::uint64_t(1001));
    QCOMPARE(one.threads, 1);
    // Every sample ranks at least one alternative first.
    QVERIFY(one.rankAcceptability.col(0).sum() >= 1.0 - kTolerance);
    for (int threads : {2, 3, 8}) {
        o.threads = threads;
        const auto r = smaa(p, o);
        QVERIFY(r.threads > 1);
        QVERIFY2(sameSmaa(one, r), qPrintable(QString("threads %1").arg(threads)));
    }
}

void TestMcdaKernels::smaaSameOnBothPaths()
{
    if (!kernelPathSupported(KernelPath::X86_64_V3))
        QSKIP("this CPU has no x86-64-v3: only the baseline path can run");
    PathGuard guard;
    for (Method method : {Method::WSM, Method::WPM, Method::TOPSIS, Method::VIKOR}) {
        const auto p = randomProblem(200, 8, method, 31);
        SmaaOptions o;
        o.samples = 2000;
        o.topK = 10;
        o.threads = 2;
        QVERIFY(setKernelPath(KernelPath::Baseline));
        const auto a = smaa(p, o);
        QVERIFY(setKernelPath(KernelPath::X86_64_V3));
        const auto b = smaa(p, o);
        QVERIFY2(sameSmaa(a, b), methodName(method));
    }
}

void TestMcdaKernels::smaaBlockMethodsMatchPerSampleScores()
{
    // With one sample, the block product must rank like the method itself with those weights: rank 1 is the winner
    // of scoreWith() with the sampled weights (the central weights of the winner are that sample).
    for (Method method : {Method::WSM, Method::WPM, Method::TOPSIS, Method::VIKOR}) {
        const auto p = randomProblem(60, 5, method, 41);
        SmaaOptions o;
        o.samples = 1;
        o.seed = 3;
        const auto r = smaa(p, o);
        Eigen::Index winner = -1;
        QCOMPARE(r.rankAcceptability.col(0).sum(), 1.0);
        r.rankAcceptability.col(0).maxCoeff(&winner);
        const auto s = scoreWith(p, r.centralWeights.row(winner).transpose());
        QCOMPARE(s.ranks[static_cast<std::size_t>(winner)], 1);
        QCOMPARE(r.confidence(winner), 1.0);
        // The full ranking: rank acceptability is a permutation matrix equal to the method's ranks.
        for (Eigen::Index i = 0; i < p.X.rows(); ++i)
            QCOMPARE(r.rankAcceptability(i, s.ranks[static_cast<std::size_t>(i)] - 1), 1.0);
    }
}

void TestMcdaKernels::smaaCancelAndProgressOnThreads()
{
    const auto p = randomProblem(100, 5, Method::WSM, 51);
    SmaaOptions o;
    o.samples = 200000;
    o.threads = 2;
    std::atomic<bool> cancel{false};
    o.cancel = &cancel;
    int calls = 0;
    double last = 0;
    o.progress = [&](double f) {
        QVERIFY(f >= last);
        last = f;
        if (++calls == 3)
            cancel = true; // the user presses cancel while the threads run
    };
    const auto r = smaa(p, o);
    QVERIFY(r.cancelled);
    QVERIFY(r.samples > 0);
    QVERIFY(r.samples < o.samples);
    QVERIFY(last < 1.0);
    cancel = false;
    o.samples = 5000;
    calls = 0;
    last = 0;
    o.progress = [&](double f) {
        QVERIFY(f >= last);
        last = f;
        ++calls;
    };
    const auto full = smaa(p, o);
    QVERIFY(!full.cancelled);
    QCOMPARE(full.samples, std::uint64_t(5000));
    QCOMPARE(last, 1.0);
    QVERIFY(calls > 1);
}

void TestMcdaKernels::smaaCountsPastSixteenBits()
{
    // The full matrix counts in 16 bits and passes them on to 32 bits before 65,535 samples of one thread: one
    // thread with 70,001 samples passes them on once, eight threads never; the results must be the same, and every
    // alternative must have exactly one rank per sample (its counts, recovered as acceptability × samples, sum to
    // 70,001).
    const auto p = randomProblem(12, 4, Method::WSM, 61);
    SmaaOptions o;
    o.samples = 70001;
    o.seed = 5;
    o.threads = 1;
    const auto one = smaa(p, o);
    o.threads = 8;
    const auto eight = smaa(p, o);
    QVERIFY(sameSmaa(one, eight));
    QCOMPARE(one.samples, std::uint64_t(70001));
    for (Eigen::Index i = 0; i < one.rankAcceptability.rows(); ++i) {
        std::int64_t total = 0;
        for (Eigen::Index c = 0; c < one.rankAcceptability.cols(); ++c)
            total += std::llround(one.rankAcceptability(i, c) * 70001.0);
        QCOMPARE(total, std::int64_t(70001));
    }
}

QTEST_GUILESS_MAIN(TestMcdaKernels)
#include "tst_mcda_kernels.moc"
