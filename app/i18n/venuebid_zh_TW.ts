<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>CriteriaPage</name>
    <message>
        <source>Drag a slider to change a criterion's share; the other weights keep their proportions and the total stays 100 %. The ranking on the right follows at once. Undo with Ctrl+Z.</source>
        <translation>拖曳滑桿即可調整準則的權重；其他權重維持原有比例，總和保持 100 %。右側排名即時更新。按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>Criteria and weights</source>
        <translation>評估準則與權重</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>愈高愈好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>愈低愈好</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
</context>
<context>
    <name>ErrorsDialog</name>
    <message>
        <source>Could not open %1</source>
        <translation>無法開啟 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing was changed; fix the file and open it again.</source>
        <translation><numerusform>發現 %n 個問題。未做任何變更；請修正檔案後再開啟。</numerusform></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>專案概覽</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存新檔…</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>未開啟專案</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <source>VenueBid projects (*.venuebid.json)</source>
        <translation>VenueBid 專案 (*.venuebid.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>專案另存新檔</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>儲存失敗</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Criteria &amp; weights</source>
        <translation>準則與權重</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Scenarios, CO2e</source>
        <translation>風險情境與碳排</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>No project is open. Use Open… to choose a *.venuebid.json file.</source>
        <translation>尚未開啟專案。請按「開啟…」選擇 *.venuebid.json 檔案。</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>客戶：%1</translation>
    </message>
    <message>
        <source>%1 venues (%2 competitor venues) · file %3</source>
        <translation>%1 個場地（其中 %2 個競爭城市場地）· 檔案 %3</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>must-have</source>
        <translation>必要條件</translation>
    </message>
    <message>
        <source>Criteria and weights</source>
        <translation>評估準則與權重</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>愈高愈好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>愈低愈好</translation>
    </message>
    <message>
        <source>File warnings</source>
        <translation>檔案警告</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>Nothing to save: no project is open.</source>
        <translation>沒有可儲存的內容：尚未開啟專案。</translation>
    </message>
    <message>
        <source>The project was not saved; the previous file is unchanged.
%1</source>
        <translation>專案未儲存；原檔案保持不變。
%1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation>預估出席人數</translation>
    </message>
    <message>
        <source>Plenary seats</source>
        <translation>主會場座位數</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>分組會議室</translation>
    </message>
    <message>
        <source>Exhibition area (m²)</source>
        <translation>展覽面積 (m²)</translation>
    </message>
    <message>
        <source>Hotel room-nights</source>
        <translation>住房間夜數</translation>
    </message>
    <message>
        <source>Venue budget ceiling (TWD)</source>
        <translation>場地預算上限（新臺幣）</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Weighted sum of max-linear normalised values with the project's weights. An unknown value counts as the worst known value of its criterion, marked ⚠. The same numbers: venuebid-cli rank PROJECT.</source>
        <translation>以專案權重對最大值線性正規化後的數值加權加總。未知數值以該準則已知的最差值計算，並以 ⚠ 標示。相同數字可由 venuebid-cli rank PROJECT 重現。</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>Excluded: fail a must-have requirement (%1)</source>
        <translation>排除：未符合必要條件（%1）</translation>
    </message>
</context>
<context>
    <name>ScenarioController</name>
    <message>
        <source>venue closed</source>
        <translation>場館關閉</translation>
    </message>
    <message>
        <source>on-site attendance %1</source>
        <translation>實體出席 %1</translation>
    </message>
    <message>
        <source>online attendance %1</source>
        <translation>線上參與 %1</translation>
    </message>
    <message>
        <source>%1 of those lost join online (hybrid)</source>
        <translation>流失者中 %1 改為線上參與（混合）</translation>
    </message>
    <message>
        <source>no effect on attendance</source>
        <translation>不影響出席</translation>
    </message>
    <message>
        <source>no sustainability section in the project</source>
        <translation>專案沒有永續（sustainability）區段</translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <source>Options are every candidate venue on site and hybrid, plus online, scored with the project's criteria. Scenarios are mutually exclusive; expected attendance weighs each scenario by its probability. The same numbers: venuebid-cli options, scenarios and co2e PROJECT.</source>
        <translation>方案為每個候選場地的實體與混合型式，加上線上型式，依專案準則評分。各情境互斥；期望出席人數以各情境機率加權。相同數字可由 venuebid-cli options、scenarios 與 co2e PROJECT 重現。</translation>
    </message>
    <message>
        <source>Recommended format: %1</source>
        <translation>建議型式：%1</translation>
    </message>
    <message>
        <source>Risk scenarios</source>
        <translation>風險情境</translation>
    </message>
    <message>
        <source>The project has no risk scenarios.</source>
        <translation>此專案沒有風險情境。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>機率</translation>
    </message>
    <message>
        <source>Risk (L × I)</source>
        <translation>風險分數</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Expected result and CO2e per format</source>
        <translation>各型式的期望結果與碳排放</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1（建議）</translation>
    </message>
    <message>
        <source>Attendance without incidents: %1</source>
        <translation>無事故時出席：%1</translation>
    </message>
    <message>
        <source>Expected attendance: %1</source>
        <translation>期望出席：%1</translation>
    </message>
    <message>
        <source>Risk exposure: %1</source>
        <translation>風險暴露：%1</translation>
    </message>
    <message>
        <source>Worst scenario: %1</source>
        <translation>最不利情境：%1</translation>
    </message>
    <message>
        <source>CO2e (known parts): %1 t</source>
        <translation>碳排放（已知部分）：%1 公噸</translation>
    </message>
    <message>
        <source>of which flights, both legs: %1 t</source>
        <translation>其中航班（來回）：%1 公噸</translation>
    </message>
    <message>
        <source>Partial, missing: %1</source>
        <translation>不完整，缺少：%1</translation>
    </message>
    <message>
        <source>Contingency plan</source>
        <translation>應變計畫</translation>
    </message>
    <message>
        <source>Fallback: %1</source>
        <translation>備案：%1</translation>
    </message>
    <message>
        <source>No fallback planned</source>
        <translation>尚無備案</translation>
    </message>
    <message>
        <source>Decide by %1 (D−%2)</source>
        <translation>決策期限 %1（D−%2）</translation>
    </message>
    <message>
        <source>Keeps fewer attendees than %1; consider it instead.</source>
        <translation>保留的出席人數少於%1，建議改用%1。</translation>
    </message>
</context>
<context>
    <name>VenueTableModel</name>
    <message>
        <source>#%1</source>
        <translation>第 %1 名</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation>（估計）</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <source>Click a column title to sort. Unknown facts stay unknown (never 0); hover a value to see its source and date. (est.) marks an estimate.</source>
        <translation>點選欄位標題即可排序。未知資料一律顯示為未知（不會當作 0）；將游標移到數值上可看到來源與日期。（估計）表示估計值。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>無來源</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation>資料日期：%1</translation>
    </message>
</context>
</TS>