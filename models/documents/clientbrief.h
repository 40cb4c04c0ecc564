// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The client brief (客戶需求分析報告, T1.3): the association's background and rules, its past editions as a table
// and a chart, its traditions and how each format holds them, the attendance forecast with its interval, the
// format decision and the fallback plan. A client document: it shows no cost, surplus, break-even or cost of
// switching (those stay in venuebid-cli format-decision, the planner's view). HTML for app/documents.

#include "formatdecision.h"

#include <optional>
#include <string>
#include <vector>

namespace vb::documents {

enum class BriefLangs { En, ZhTW, Both };

/** One point of the attendance chart. */
struct ChartPoint {
    double x = 0, y = 0;
};

/** The attendance chart as SVG (a small subset: line, polyline, circle, rect, text), drawn to width × height user
 *  units: the past editions' totals by year, and the forecast point for targetYear with its interval [low, high].
 *  The document writer paints the same SVG into the PDF as vectors (app/documents/documentwriter.cpp). */
[[nodiscard]] std::string attendanceChartSvg(const std::vector<ChartPoint> &history, std::optional<int> targetYear, std::optional<double> point,
                                             std::optional<double> low, std::optional<double> high, const std::string &historyLabel,
                                             const std::string &forecastLabel, int width = 600, int height = 250);

/** The client's attendance as the client brief draws it (attendanceChartSvg): the past editions' known totals by year
 *  and, from `forecast` (forecastAttendance), its chosen method's point for the coming edition with the 95 %
 *  interval. The bid book shows the same chart. "" without a client section. */
[[nodiscard]] std::string attendanceHistoryChart(const Project &p, const std::optional<ForecastReport> &forecast, Lang l, int width = 600,
                                                 int height = 250);

/** The client brief in one language or both (Chinese first, then English). */
[[nodiscard]] std::string clientBriefHtml(const Project &p, BriefLangs langs);

} // namespace vb::documents
