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
    void sortByScoreIsStableSort();
    void smaaSameOnEveryThreadCount_data();
    void smaaSameOnEveryThreadCount();
    void smaaSameOnBothPaths();
    void smaaBlockMethodsMatchPerSampleScores();
    void smaaCancelAndProgressOnThreads();
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
    const auto p = randomProblem(777, 11, Method::TOPSIS, 4);
    const Eigen::VectorXd w = effectiveWeights(p);
    for (Normalization norm : {Normalization::Vector, Normalization::MinMax, Normalization::Sum}) {
        const auto a = topsis(normalize(p.X, p.directions, norm), w);
        const auto b = topsis(p.X, p.directions, norm, w);
        QVERIFY(a.closeness == b.closeness);
        QVERIFY(a.dPlus == b.dPlus);
        QVERIFY(a.dMinus == b.dMinus);
    }
    // A textbook check: two alternatives, one criterion; the better one is the ideal (closeness 1).
    Eigen::MatrixXd X(2, 1);
    X << 3.0, 4.0;
    const auto t = topsis(X, {Direction::Benefit}, Normalization::Vector, Eigen::VectorXd::Ones(1));
    QCOMPARE(t.closeness(1), 1.0);
    QCOMPARE(t.closeness(0), 0.0);
    QCOMPARE(t.dPlus(0), 0.2); // (4 − 3)/5
}

void TestMcdaKernels::sortByScoreIsStableSort()
{
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    for (int n : {1, 5, 31, 32, 100, 1000, 10000}) {
        for (int shape = 0; shape < 4; ++shape) {
            std::vector<double> s(static_cast<std::size_t>(n));
            for (int i = 0; i < n; ++i) {
                const double x = u(rng);
                switch (shape) {
                case 0: s[static_cast<std::size_t>(i)] = x; break;                          // spread
                case 1: s[static_cast<std::size_t>(i)] = std::floor(x * 7.0); break;        // many exact ties
                case 2: s[static_cast<std::size_t>(i)] = i == 0 ? 1e300 : x * 1e-9; break;  // a cluster and an outlier
                case 3: s[static_cast<std::size_t>(i)] = i % 2 ? -0.0 : 0.0; break;         // signed zeros
                }
            }
            for (bool higher : {true, false}) {
                std::vector<int> ref(static_cast<std::size_t>(n));
                std::iota(ref.begin(), ref.end(), 0);
                std::stable_sort(ref.begin(), ref.end(), [&](int a, int b) {
                    return higher ? s[static_cast<std::size_t>(a)] > s[static_cast<std::size_t>(b)] : s[static_cast<std::size_t>(a)] < s[static_cast<std::size_t>(b)];
                });
                for (KernelPath path : paths()) {
                    std::vector<int> order(static_cast<std::size_t>(n));
                    std::vector<std::uint64_t> scratch(static_cast<std::size_t>(kernels::orderScratch(n)));
                    kernels::tableOf(path)->sortByScore(s.data(), n, higher, order.data(), reinterpret_cast<std::uint32_t *>(scratch.data()));
                    if (shape == 3) { // −0.0 == 0.0: any order of the zeros is a correct one; compare the values
                        for (int i = 0; i < n; ++i)
                            QCOMPARE(s[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])], 0.0);
                        continue;
                    }
                    QVERIFY2(order == ref, qPrintable(QString("n %1 shape %2 %3").arg(n).arg(shape).arg(kernelPathName(path))));
                }
            }
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

QTEST_GUILESS_MAIN(TestMcdaKernels)
#include "tst_mcda_kernels.moc"
