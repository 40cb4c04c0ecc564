// SPDX-License-Identifier: GPL-3.0-or-later
// Performance target: recomputing a 2,000-line budget after one edit takes ≤ 5 ms (docs/PERFORMANCE.md).
#include "budget.h"
#include "budgetcalc.h"
#include "projectformat.h"

#include <QTest>

#include <algorithm>
#include <chrono>

using namespace vb;

class TestBudgetBench : public QObject
{
    Q_OBJECT

    Project m_project;
    Budget m_budget;

    /** One edit (a quantity) and the full recompute the budget page does: 3 formats × 3 scenarios, break-even,
     *  ROI, exposure, and the ranked levers of each format. */
    Money editAndRecompute(std::size_t i)
    {
        m_budget.lines[i % m_budget.lines.size()].quantityHundredths += (i % 2 ? -100 : 100);
        const auto s = computeBudget(m_project, m_budget);
        Money sink = s.formats[0].likely.costs.total;
        for (auto f : kAllFormats)
            sink += static_cast<Money>(revenueLevers(m_project, m_budget, f, Lang::En).size());
        return sink;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto r = loadProjectFile(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");
        QVERIFY(r.ok());
        m_project = *r.project;
        m_budget = budgetOf(m_project);
        QVERIFY(!m_budget.lines.empty());
        const std::size_t base = m_budget.lines.size();
        for (std::size_t i = base; i < 2000; ++i) {
            auto l = m_budget.lines[i % base];
            l.id += "_" + std::to_string(i);
            m_budget.lines.push_back(std::move(l));
        }
        QCOMPARE(m_budget.lines.size(), std::size_t(2000));
    }

    void recompute2000Lines()
    {
        std::vector<double> ms;
        Money sink = 0;
        for (std::size_t i = 0; i < 200; ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            sink += editAndRecompute(i);
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        }
        std::sort(ms.begin(), ms.end());
        qInfo("2000-line budget, edit + recompute: median %.3f ms, max %.3f ms (target <= 5 ms)", ms[ms.size() / 2], ms.back());
        QVERIFY(sink != 0);
        // Generous guard against regressions on a loaded CI machine; the figure itself is in docs/PERFORMANCE.md.
        QVERIFY2(ms[ms.size() / 2] <= 25.0, "median recompute above 25 ms");
    }

    void benchmark()
    {
        std::size_t i = 0;
        QBENCHMARK {
            (void)editAndRecompute(i++);
        }
    }
};

QTEST_GUILESS_MAIN(TestBudgetBench)
#include "tst_budget_bench.moc"
