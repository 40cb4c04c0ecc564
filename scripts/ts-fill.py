#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills app/i18n/venuebid_zh_TW.ts from the glossary below (run after `cmake --build build --target venuebid_lupdate`).
Unknown source texts are listed and left unfinished, so lrelease falls back to English for them."""
import sys
import xml.etree.ElementTree as ET

ZH = {
    # Issue 5: budget, revenue estimate, quote
    "Service charge %1 · business tax %2 on subtotal + service charge · contingency %3 · management fee %4":
        "服務費 %1 · 營業稅 %2（以小計加服務費計）· 準備金 %3 · 管理費 %4",
    "On-site": "實體",
    "Hybrid": "混合",
    "Online": "線上",
    "Pessimistic": "悲觀",
    "Likely": "可能",
    "Optimistic": "樂觀",
    "never (fee ≤ cost per attendee)": "無法損益兩平（費用 ≤ 每人成本）",
    "The project has no budget.": "此專案沒有預算。",
    "Cannot write %1": "無法寫入 %1",
    "No such quote version.": "沒有這個報價版本。",
    "Amounts in TWD excl. tax (未稅) per format; double-click a quantity or unit cost to edit it. The same numbers: venuebid-cli budget PROJECT --format json.":
        "各會議型式的金額為新臺幣未稅金額；雙擊數量或單價即可修改。相同數字可由 venuebid-cli budget PROJECT --format json 重現。",
    "This project has no budget yet (the \"budget\" section of the project file).": "此專案尚無預算（專案檔的 \"budget\" 區段）。",
    "%1 attendees": "%1 人",
    "Total excl. tax (未稅): %1": "合計（未稅）：%1",
    "Total incl. tax (含稅): %1": "合計（含稅）：%1",
    "Edited here, not saved to the file (recomputed in %1 ms)": "已在此修改，尚未存入檔案（重新計算 %1 毫秒）",
    "Lines, excl. tax (未稅)": "明細合計（未稅）",
    "Contingency": "準備金",
    "Management fee": "管理費",
    "Total excl. tax (未稅)": "合計（未稅）",
    "Business tax": "營業稅",
    "Total incl. tax (含稅)": "合計（含稅）",
    "Item": "項目",
    "Unit cost": "單價",
    "Currency": "幣別",
    "Basis": "計量基準",
    "Quantity": "數量",
    "On-site (TWD)": "實體（新臺幣）",
    "Hybrid (TWD)": "混合（新臺幣）",
    "Online (TWD)": "線上（新臺幣）",
    "Budget": "預算",
    "Revenue estimate": "收入預估",
    "Quote": "報價",
    "Quote = budget cost per category + markup − discount + 5 % business tax. The same document: venuebid-cli quote PROJECT --version N --out quote.pdf.":
        "報價 = 各類別預算成本 + 加成 − 折扣 + 5% 營業稅。相同文件可由 venuebid-cli quote PROJECT --version N --out quote.pdf 產生。",
    "No quote versions yet.": "尚無報價版本。",
    "Export…": "匯出…",
    "Excl. tax (未稅) %1 · business tax %2 · incl. tax (含稅) %3": "未稅 %1 · 營業稅 %2 · 含稅 %3",
    "Payment terms: %1": "付款條件：%1",
    "The budget changed after this version was issued.": "此版本發出後預算已變更。",
    "Changes: %1": "變更：%1",
    "Export quote": "匯出報價單",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Excel workbook (*.xlsx)": "Excel 活頁簿 (*.xlsx)",
    "markup %1 · discount %2 · valid until %3": "加成 %1 · 折扣 %2 · 有效期限 %3",
    "Break-even attendance Q = F / (P − V); ROI = (revenue − cost) / cost × 100, cost incl. tax. The same numbers: venuebid-cli budget PROJECT --format json.":
        "損益兩平人數 Q = F / (P − V)；投資報酬率 = (收入 − 成本) / 成本 × 100，成本為含稅。相同數字可由 venuebid-cli budget PROJECT --format json 重現。",
    "This project has no revenue estimate yet (the \"revenue\" section of the project file).": "此專案尚無收入預估（專案檔的 \"revenue\" 區段）。",
    "Revenue: %1": "收入：%1",
    "Cost incl. tax: %1": "成本（含稅）：%1",
    "Surplus: %1": "損益：%1",
    "Break-even attendees: %1": "損益兩平人數：%1",
    "ROI: %1": "投資報酬率：%1",
    "Paid before revenue arrives: %1; peak exposure %2 (%3); ceiling %4": "收入前須先支付：%1；最高資金缺口 %2（%3）；上限 %4",
    "Scenarios": "情境",
    "%1: %2 attendees, surplus %3, ROI %4": "%1：%2 人，損益 %3，投資報酬率 %4",
    "Levers, largest effect first": "增加收入的方法（效果由大到小）",
    "Revenue items (TWD: on-site / hybrid / online)": "收入項目（新臺幣：實體／混合／線上）",
    "count %1": "數量 %1",
    "Could not open %1": "無法開啟 %1",
    "%n problem(s) found. Nothing was changed; fix the file and open it again.": "發現 %n 個問題。未做任何變更；請修正檔案後再開啟。",
    "Overview": "專案概覽",
    "Venues": "場地",
    "Ranking": "排名",
    "Open…": "開啟…",
    "Save": "儲存",
    "Save As…": "另存新檔…",
    "No project": "未開啟專案",
    "Language": "語言",
    "Open project": "開啟專案",
    "VenueBid projects (*.venuebid.json)": "VenueBid 專案 (*.venuebid.json)",
    "JSON files (*.json)": "JSON 檔案 (*.json)",
    "Save project as": "專案另存新檔",
    "Save failed": "儲存失敗",
    "Saved %1": "已儲存 %1",
    "No project is open. Use Open… to choose a *.venuebid.json file.": "尚未開啟專案。請按「開啟…」選擇 *.venuebid.json 檔案。",
    "Client: %1": "客戶：%1",
    "%1 venues (%2 competitor venues) · file %3": "%1 個場地（其中 %2 個競爭城市場地）· 檔案 %3",
    "Requirements": "需求",
    "must-have": "必要條件",
    "Criteria and weights": "評估準則與權重",
    "higher is better": "愈高愈好",
    "lower is better": "愈低愈好",
    "File warnings": "檔案警告",
    "Nothing to save: no project is open.": "沒有可儲存的內容：尚未開啟專案。",
    "The project was not saved; the previous file is unchanged.\n%1": "專案未儲存；原檔案保持不變。\n%1",
    "not set": "未設定",
    "Dates": "日期",
    "Days": "天數",
    "Expected attendance": "預估出席人數",
    "Plenary seats": "主會場座位數",
    "Breakout rooms": "分組會議室",
    "Exhibition area (m²)": "展覽面積 (m²)",
    "Hotel room-nights": "住房間夜數",
    "Venue budget ceiling (TWD)": "場地預算上限（新臺幣）",
    "Weighted sum of max-linear normalised values with the project's weights. An unknown value counts as the worst known value of its criterion, marked ⚠. The same numbers: venuebid-cli rank PROJECT.":
        "以專案權重對最大值線性正規化後的數值加權加總。未知數值以該準則已知的最差值計算，並以 ⚠ 標示。相同數字可由 venuebid-cli rank PROJECT 重現。",
    "unknown: %1": "未知：%1",
    "Excluded: fail a must-have requirement (%1)": "排除：未符合必要條件（%1）",
    "#%1": "第 %1 名",
    "excluded": "已排除",
    "competitor": "競爭對手",
    "unknown": "未知",
    " (est.)": "（估計）",
    "Venue": "場地",
    "City": "城市",
    "Rank": "名次",
    "Click a column title to sort. Unknown facts stay unknown (never 0); hover a value to see its source and date. (est.) marks an estimate.":
        "點選欄位標題即可排序。未知資料一律顯示為未知（不會當作 0）；將游標移到數值上可看到來源與日期。（估計）表示估計值。",
    "Source: %1": "來源：%1",
    "No source": "無來源",
    "As of: %1": "資料日期：%1",
    "Drag a slider to change a criterion's share; the other weights keep their proportions and the total stays 100 %. The ranking on the right follows at once. Undo with Ctrl+Z.":
        "拖曳滑桿即可調整準則的權重；其他權重維持原有比例，總和保持 100 %。右側排名即時更新。按 Ctrl+Z 可復原。",
    "Criteria & weights": "準則與權重",
    "Undo": "復原",
    "Method": "評分方法",
    "Sensitivity": "敏感度分析",
    "at %1 → %2": "權重 %1 時 → %2",
    "never changes the winner": "不會改變第一名",
    "The smallest single change that changes the winner: %1 from %2 to %3 makes %4 the winner.": "改變第一名所需的最小單一變動：%1 由 %2 調整為 %3，第一名將變為 %4。",
    "No single weight change makes another venue the winner.": "任何單一權重變動都不會改變第一名。",
    "SMAA refused: %1": "SMAA 無法執行：%1",
    "Cancelled after %n sample(s); no result shown.": "已在 %n 個樣本後取消；不顯示結果。",
    "%n weight sample(s), seed 1, uniform on the simplex.": "%n 組權重樣本，亂數種子 1，於單形上均勻抽樣。",
    "Method: %1. Changing one weight rescales the others in proportion. The green band is where %2 stays first; the blue band is where the whole ranking stays the same. Same numbers: venuebid-cli sensitivity PROJECT --method %1.":
        "評分方法：%1。調整單一權重時，其他權重依比例縮放。綠色區間為 %2 維持第一名的權重範圍；藍色區間為整體排名不變的範圍。相同數字可由 venuebid-cli sensitivity PROJECT --method %1 重現。",
    "Weight stability": "權重穩定區間",
    "SMAA-2 rank acceptability": "SMAA-2 名次接受度",
    "Weights drawn uniformly at random; each bar shows how often the venue takes rank 1 (green), 2, 3 … across the samples.": "權重隨機均勻抽樣；每條長條顯示該場地在各樣本中取得第 1 名（綠色）、第 2、3 名…的比例。",
    "Samples": "樣本數",
    "Run": "執行",
    "Cancel": "取消",
    "rank 1: %1 %": "第 1 名：%1 %",
    "Weighted sum (WSM)": "加權總和法 (WSM)",
    "Weighted product (WPM)": "加權乘積法 (WPM)",
    "Scores are VIKOR's Q: lower is better.": "分數為 VIKOR 的 Q 值：愈低愈好。",
    "An unknown value counts as the worst known value of its criterion, marked ⚠. The same numbers: venuebid-cli rank PROJECT --method %1.":
        "未知數值以該準則已知的最差值計算，並以 ⚠ 標示。相同數字可由 venuebid-cli rank PROJECT --method %1 重現。",
    "Where the methods agree": "各評分方法的一致性",
    "All four methods rank the same venue first.": "四種方法的第一名相同。",
    "The methods disagree on the winner: check the weights and the sensitivity page.": "各方法的第一名不同：請檢查權重與敏感度分析頁。",
    "Rows in italics are ranked differently by at least one method.": "斜體列表示至少有一種方法給出不同名次。",
    "Redo": "重做",
    # Issue 4: scenarios page (formats, risk scenarios, contingency plan, CO2e)
    "Scenarios, CO2e": "風險情境與碳排",
    "On-site": "實體",
    "Hybrid": "混合",
    "Online": "線上",
    "venue closed": "場館關閉",
    "on-site attendance %1": "實體出席 %1",
    "online attendance %1": "線上參與 %1",
    "%1 of those lost join online (hybrid)": "流失者中 %1 改為線上參與（混合）",
    "no effect on attendance": "不影響出席",
    "no sustainability section in the project": "專案沒有永續（sustainability）區段",
    "Options are every candidate venue on site and hybrid, plus online, scored with the project's criteria. Scenarios are mutually exclusive; expected attendance weighs each scenario by its probability. The same numbers: venuebid-cli options, scenarios and co2e PROJECT.":
        "方案為每個候選場地的實體與混合型式，加上線上型式，依專案準則評分。各情境互斥；期望出席人數以各情境機率加權。相同數字可由 venuebid-cli options、scenarios 與 co2e PROJECT 重現。",
    "Recommended format: %1": "建議型式：%1",
    "Risk scenarios": "風險情境",
    "The project has no risk scenarios.": "此專案沒有風險情境。",
    "Scenario": "情境",
    "Probability": "機率",
    "Risk (L × I)": "風險分數",
    "Effects": "影響",
    "Expected result and CO2e per format": "各型式的期望結果與碳排放",
    "%1 (recommended)": "%1（建議）",
    "Attendance without incidents: %1": "無事故時出席：%1",
    "Expected attendance: %1": "期望出席：%1",
    "Risk exposure: %1": "風險暴露：%1",
    "Worst scenario: %1": "最不利情境：%1",
    "CO2e (known parts): %1 t": "碳排放（已知部分）：%1 公噸",
    "of which flights, both legs: %1 t": "其中航班（來回）：%1 公噸",
    "Partial, missing: %1": "不完整，缺少：%1",
    "Contingency plan": "應變計畫",
    "Fallback: %1": "備案：%1",
    "No fallback planned": "尚無備案",
    "Decide by %1 (D−%2)": "決策期限 %1（D−%2）",
    "Keeps fewer attendees than %1; consider it instead.": "保留的出席人數少於%1，建議改用%1。",
}

def main(path):
    tree = ET.parse(path)
    missing = []
    for msg in tree.iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if src in ZH:
            text = ZH[src]
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                ET.SubElement(tr, "numerusform").text = text
                tr.text = None
            else:
                tr.text = text
        else:
            missing.append(src)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print("untranslated:", m, file=sys.stderr)
    return 1 if missing else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "app/i18n/venuebid_zh_TW.ts"))
