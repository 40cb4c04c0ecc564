// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring-engine benchmarks for docs/PERFORMANCE.md (not a timed test): `cmake --build B --target bench_mcda && B/tests/bench_mcda`.
#include "mcda.h"
#include "smaa.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace vb::mcda;

namespace {

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
        p.directions.push_back(j % 3 == 0 ? vb::Direction::Cost : vb::Direction::Benefit);
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

void report(const char *what, int runs, const std::function<void()> &f)
{
    std::vector<double> ms;
    for (int k = 0; k < runs; ++k) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-58s median %9.4f ms   min %9.4f ms   (%d runs)\n", what, ms[ms.size() / 2], ms.front(), runs);
}

long peakRssKb()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

} // namespace

int main()
{
    volatile double sink = 0;
    {
        const auto p = randomProblem(10000, 24, Method::TOPSIS, 1);
        report("TOPSIS 10,000 x 24 (normalise + score + rank)", 200, [&] { sink = sink + score(p).scores(0); });
    }
    {
        auto p = randomProblem(1000, 20, Method::WSM, 2);
        const Eigen::MatrixXd R = normalize(p.X, p.directions, Normalization::MaxLinear);
        Eigen::VectorXd w = p.weights;
        int k = 0;
        report("re-rank WSM 1,000 x 20 after one weight change", 2000, [&] {
            w(k % 20) += 0.001; // the slider moves: new weights, same normalised matrix
            ++k;
            const Eigen::VectorXd s = wsm(R, normalizedWeights(w));
            sink = sink + competitionRanks(s)[0];
        });
    }
    {
        const auto p = randomProblem(1000, 20, Method::WSM, 3);
        SmaaOptions o;
        o.samples = 10000;
        report("SMAA 1,000 x 20, 10,000 samples, full rank acceptability", 7, [&] { sink = sink + smaa(p, o).confidence.sum(); });
        o.topK = 1;
        report("SMAA 1,000 x 20, 10,000 samples, rank 1 + central weights", 15, [&] { sink = sink + smaa(p, o).confidence.sum(); });
    }
    {
        const long before = peakRssKb();
        const auto p = randomProblem(10000, 24, Method::WSM, 4);
        SmaaOptions o;
        o.samples = 1000;
        o.topK = 10;
        report("SMAA 10,000 x 24, 1,000 samples, top-10", 3, [&] { sink = sink + smaa(p, o).confidence.sum(); });
        std::printf("  peak resident memory: %.1f MB (before this case: %.1f MB)\n", static_cast<double>(peakRssKb()) / 1024.0,
                    static_cast<double>(before) / 1024.0);
    }
    return 0;
}
