// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring-engine benchmarks for docs/PERFORMANCE.md (not a timed test): `cmake --build build --target bench_mcda && build/tests/bench_mcda`,
// or scripts/bench-engine for the figures beside NumPy's in one run.
//   bench_mcda [--threads N] [--kernels baseline|x86-64-v3] [CASE...]   CASE: topsis rerank full rank1 topsis-smaa
//   memory (default: all). SMAA runs on N threads (default: every core).
#include "kernels.h"
#include "mcda.h"
#include "smaa.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
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

int main(int argc, char **argv)
{
    int threads = 0;
    std::vector<std::string> cases;
    for (int a = 1; a < argc; ++a) {
        const std::string arg = argv[a];
        if (arg == "--threads" && a + 1 < argc) {
            threads = std::atoi(argv[++a]);
        } else if (arg == "--kernels" && a + 1 < argc) {
            const std::string k = argv[++a];
            if (!setKernelPath(k == "baseline" ? KernelPath::Baseline : KernelPath::X86_64_V3)) {
                std::fprintf(stderr, "bench_mcda: kernels %s not supported on this CPU\n", k.c_str());
                return 2;
            }
        } else {
            cases.push_back(arg);
        }
    }
    const auto want = [&](const char *name) { return cases.empty() || std::find(cases.begin(), cases.end(), name) != cases.end(); };
    std::printf("kernels %s, SMAA threads %d\n", kernelPathName(kernelPath()), smaaThreads(threads));
    volatile double sink = 0;
    if (want("topsis")) {
        const auto p = randomProblem(10000, 24, Method::TOPSIS, 1);
        report("TOPSIS 10,000 x 24 (normalise + score + rank)", 200, [&] { sink = sink + score(p).scores(0); });
    }
    if (want("rerank")) {
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
    if (want("full") || want("rank1")) {
        const auto p = randomProblem(1000, 20, Method::WSM, 3);
        SmaaOptions o;
        o.samples = 10000;
        o.threads = threads;
        if (want("full"))
            report("SMAA 1,000 x 20, 10,000 samples, full rank acceptability", 15, [&] { sink = sink + smaa(p, o).confidence.sum(); });
        o.topK = 1;
        if (want("rank1"))
            report("SMAA 1,000 x 20, 10,000 samples, rank 1 + central weights", 31, [&] { sink = sink + smaa(p, o).confidence.sum(); });
    }
    if (want("topsis-smaa")) {
        const auto p = randomProblem(10000, 24, Method::TOPSIS, 5);
        SmaaOptions o;
        o.samples = 1000;
        o.topK = 10;
        o.threads = threads;
        report("TOPSIS-SMAA 10,000 x 24, 1,000 samples, top-10", 11, [&] { sink = sink + smaa(p, o).confidence.sum(); });
    }
    if (want("memory")) {
        const long before = peakRssKb();
        const auto p = randomProblem(10000, 24, Method::WSM, 4);
        SmaaOptions o;
        o.samples = 1000;
        o.topK = 10;
        o.threads = threads;
        report("SMAA 10,000 x 24, 1,000 samples, top-10", 3, [&] { sink = sink + smaa(p, o).confidence.sum(); });
        std::printf("  peak resident memory: %.1f MB (before this case: %.1f MB)\n", static_cast<double>(peakRssKb()) / 1024.0,
                    static_cast<double>(before) / 1024.0);
    }
    return 0;
}
