<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>AhpController</name>
    <message>
        <source>Evaluator 1</source>
        <translation>評估者 1</translation>
    </message>
    <message>
        <source>1/9 extremely less</source>
        <translation>1/9 極不重要</translation>
    </message>
    <message>
        <source>1/8</source>
        <translation>1/8</translation>
    </message>
    <message>
        <source>1/7 very strongly less</source>
        <translation>1/7 非常不重要</translation>
    </message>
    <message>
        <source>1/6</source>
        <translation>1/6</translation>
    </message>
    <message>
        <source>1/5 strongly less</source>
        <translation>1/5 明顯較不重要</translation>
    </message>
    <message>
        <source>1/4</source>
        <translation>1/4</translation>
    </message>
    <message>
        <source>1/3 moderately less</source>
        <translation>1/3 稍不重要</translation>
    </message>
    <message>
        <source>1/2</source>
        <translation>1/2</translation>
    </message>
    <message>
        <source>1 equal</source>
        <translation>1 同等重要</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3 moderately more</source>
        <translation>3 稍重要</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 strongly more</source>
        <translation>5 明顯重要</translation>
    </message>
    <message>
        <source>6</source>
        <translation>6</translation>
    </message>
    <message>
        <source>7 very strongly more</source>
        <translation>7 非常重要</translation>
    </message>
    <message>
        <source>8</source>
        <translation>8</translation>
    </message>
    <message>
        <source>9 extremely more</source>
        <translation>9 極重要</translation>
    </message>
    <message>
        <source>Evaluator %1</source>
        <translation>評估者 %1</translation>
    </message>
    <message>
        <source>Most inconsistent judgement: %1 vs %2 is %3; %4 would bring CR to %5.</source>
        <translation>最不一致的判斷：%1 對 %2 為 %3；改為 %4 可使 CR 降至 %5。</translation>
    </message>
    <message>
        <source>AHP group mode</source>
        <translation>AHP 群體模式</translation>
    </message>
    <message>
        <source>AHP judgement: %1 vs %2</source>
        <translation>AHP 判斷：%1 對 %2</translation>
    </message>
    <message>
        <source>AHP evaluator added</source>
        <translation>新增 AHP 評估者</translation>
    </message>
</context>
<context>
    <name>AhpPage</name>
    <message>
        <source>Each cell says how much more important the row criterion is than the column criterion (Saaty's scale 1–9; the mirror cell is the reciprocal). CR ≤ 0.10 is consistent. Apply turns the priorities into the project's weights (one undo step).</source>
        <translation>每一格表示列準則相對於欄準則的重要程度（Saaty 1–9 尺度；對稱格為倒數）。CR ≤ 0.10 即為一致。按「套用為權重」會把優先權重設為專案權重（可一步復原）。</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>評估者</translation>
    </message>
    <message>
        <source>Add evaluator</source>
        <translation>新增評估者</translation>
    </message>
    <message>
        <source>Group: geometric mean of all evaluators</source>
        <translation>群體決策：所有評估者的幾何平均</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先權重</translation>
    </message>
    <message>
        <source>λmax %1 · CR %2 · %3</source>
        <translation>λmax %1 · CR %2 · %3</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Apply as weights</source>
        <translation>套用為權重</translation>
    </message>
</context>
<context>
    <name>BidBookController</name>
    <message>
        <source>no venue passes the must-haves</source>
        <translation>沒有場地通過必要條件</translation>
    </message>
    <message>
        <source>%1, rank %2 of %3 (%4)</source>
        <translation>%1，第 %2 名，共 %3 個（%4）</translation>
    </message>
    <message>
        <source>%1 · %2 (recommended format)</source>
        <translation>%1 · %2（建議型式）</translation>
    </message>
    <message>
        <source>%1 · %2 (chosen by the bid team)</source>
        <translation>%1 · %2（申辦團隊選定）</translation>
    </message>
    <message>
        <source>Bid book: %1</source>
        <translation>競標企劃書：%1</translation>
    </message>
    <message>
        <source>Another document is still being written.</source>
        <translation>另一份文件仍在產生中。</translation>
    </message>
    <message>
        <source>The project has no tender: the outline maps the proposal to the tender's evaluation items.</source>
        <translation>專案中沒有招標資料：大綱需對應招標之評選項目。</translation>
    </message>
    <message>
        <source>Unknown document kind: %1</source>
        <translation>未知的文件種類：%1</translation>
    </message>
    <message>
        <source>Letter: expected who it is from.</source>
        <translation>信函：請輸入來函單位。</translation>
    </message>
    <message>
        <source>Letter from %1</source>
        <translation>來自 %1 的信函</translation>
    </message>
    <message>
        <source>Letter received</source>
        <translation>信函已取得</translation>
    </message>
    <message>
        <source>Letter requested</source>
        <translation>信函已請求</translation>
    </message>
    <message>
        <source>Letter removed</source>
        <translation>已移除信函</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未開啟專案。</translation>
    </message>
    <message>
        <source>Nothing to export: no project is open.</source>
        <translation>沒有可匯出的內容：尚未開啟專案。</translation>
    </message>
</context>
<context>
    <name>BidPage</name>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Bid proposal</source>
        <translation>競標企劃書</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>提案：%1</translation>
    </message>
    <message>
        <source>Bid book…</source>
        <translation>競標企劃書…</translation>
    </message>
    <message>
        <source>Pitch deck (16:9)…</source>
        <translation>申辦簡報（16:9）…</translation>
    </message>
    <message>
        <source>服務建議書 outline…</source>
        <translation>服務建議書大綱…</translation>
    </message>
    <message>
        <source>Chapters (%1 of %2 written in this language)</source>
        <translation>章節（本語言已撰寫 %1／%2）</translation>
    </message>
    <message>
        <source>Tables and figures (ranking, budget, destinations, CO2e, risks) are filled in from the project; write the narrative of each chapter here. Switch the language to write the other version.</source>
        <translation>表格與數據（排名、預算、目的地、CO2e、風險）由專案自動帶入；請在此撰寫各章內文。切換語言即可撰寫另一語言版本。</translation>
    </message>
    <message>
        <source>written</source>
        <translation>已撰寫</translation>
    </message>
    <message>
        <source>to write</source>
        <translation>待撰寫</translation>
    </message>
    <message>
        <source>Narrative of this chapter…</source>
        <translation>本章內文…</translation>
    </message>
    <message>
        <source>Letters of invitation and support</source>
        <translation>邀請函與支持函</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已取得</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>已請求</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>儲存文件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文件 (*.odt)</translation>
    </message>
    <message>
        <source>No letters recorded yet.</source>
        <translation>尚未記錄任何信函。</translation>
    </message>
    <message>
        <source>From (host society, convention bureau, city, venue…)</source>
        <translation>來函單位（主辦學會、會議局、市政府、場地…）</translation>
    </message>
    <message>
        <source>Add letter</source>
        <translation>新增信函</translation>
    </message>
    <message>
        <source>Internal annex…</source>
        <translation>內部附錄…</translation>
    </message>
    <message>
        <source>Rankings, what it would take to win and tender margins: for the bid team, not for the client</source>
        <translation>排名、勝出所需條件與評選差距：僅供競標團隊，不提供給客戶</translation>
    </message>
</context>
<context>
    <name>BudgetController</name>
    <message>
        <source>Service charge %1 · business tax %2 on subtotal + service charge · contingency %3 · management fee %4</source>
        <translation>服務費 %1 · 營業稅 %2（以小計加服務費計）· 準備金 %3 · 管理費 %4</translation>
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
        <source>Pessimistic</source>
        <translation>悲觀</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>可能</translation>
    </message>
    <message>
        <source>Optimistic</source>
        <translation>樂觀</translation>
    </message>
    <message>
        <source>never (fee ≤ cost per attendee)</source>
        <translation>無法損益兩平（費用 ≤ 每人成本）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>The project has no budget.</source>
        <translation>此專案沒有預算。</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <source>No such quote version.</source>
        <translation>沒有這個報價版本。</translation>
    </message>
    <message>
        <source>Budget edit</source>
        <translation>修改預算</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>At the adverse exchange rates: total incl. tax %1, surplus %2</source>
        <translation>不利匯率下：合計（含稅）%1，損益 %2</translation>
    </message>
    <message>
        <source>The Excel quote holds the cost and the markup: export it as the cost sheet.</source>
        <translation>Excel 報價含成本與加成：請以成本表匯出。</translation>
    </message>
    <message>
        <source>Move budget line: %1</source>
        <translation>移動預算項目：%1</translation>
    </message>
    <message>
        <source>Move revenue item: %1</source>
        <translation>移動收入項目：%1</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Add budget line</source>
        <translation>新增預算項目</translation>
    </message>
    <message>
        <source>Budget line %1</source>
        <translation>預算項目 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>說明（英文）</translation>
    </message>
    <message>
        <source>Description (Chinese)</source>
        <translation>說明（中文）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>計量基準</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Quoted by the supplier</source>
        <translation>廠商已報價</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Business tax</source>
        <translation>營業稅</translation>
    </message>
    <message>
        <source>Added to the amount (未稅)</source>
        <translation>外加（未稅）</translation>
    </message>
    <message>
        <source>Inside the amount (含稅)</source>
        <translation>內含（含稅）</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>免稅</translation>
    </message>
    <message>
        <source>Service charge</source>
        <translation>服務費</translation>
    </message>
    <message>
        <source>The venue's service charge applies</source>
        <translation>適用場地服務費</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>辦理形式</translation>
    </message>
    <message>
        <source>On site</source>
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
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>Amounts in TWD excl. tax (未稅) per format; double-click a quantity or unit cost to edit it. The same numbers: venuebid-cli budget PROJECT --format json.</source>
        <translation>各會議型式的金額為新臺幣未稅金額；雙擊數量或單價即可修改。相同數字可由 venuebid-cli budget PROJECT --format json 重現。</translation>
    </message>
    <message>
        <source>Total excl. tax (未稅): %1</source>
        <translation>合計（未稅）：%1</translation>
    </message>
    <message>
        <source>Total incl. tax (含稅): %1</source>
        <translation>合計（含稅）：%1</translation>
    </message>
    <message>
        <source>Edited here, not saved to the file (recomputed in %1 ms)</source>
        <translation>已在此修改，尚未存入檔案（重新計算 %1 毫秒）</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Excel 活頁簿…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the budget</source>
        <translation>匯出預算</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Organiser registered for business tax</source>
        <translation>主辦單位已辦營業登記</translation>
    </message>
    <message>
        <source>Business tax on contingency</source>
        <translation>準備金課營業稅</translation>
    </message>
    <message>
        <source>Business tax on management fee</source>
        <translation>管理費課營業稅</translation>
    </message>
    <message>
        <source>Management fee on contingency</source>
        <translation>準備金計收管理費</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Subtotal (未稅)</source>
        <translation>小計（未稅）</translation>
    </message>
    <message>
        <source>Service charge</source>
        <translation>服務費</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>準備金</translation>
    </message>
    <message>
        <source>Management fee</source>
        <translation>管理費</translation>
    </message>
    <message>
        <source>Business tax</source>
        <translation>營業稅</translation>
    </message>
    <message>
        <source>Total incl. tax</source>
        <translation>合計（含稅）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Output tax in revenue</source>
        <translation>收入內含銷項稅額</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>損益</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投資報酬率</translation>
    </message>
    <message>
        <source>Break-even: %1 attendees (margin of safety %2); fee %3, after fixed income %4</source>
        <translation>損益兩平：%1 人（安全邊際 %2）；報名費 %3，扣除固定收入後 %4</translation>
    </message>
    <message>
        <source>Hide the scenario breakdown</source>
        <translation>隱藏各情境明細</translation>
    </message>
    <message>
        <source>Show the scenario breakdown</source>
        <translation>顯示各情境明細</translation>
    </message>
    <message>
        <source>Revenue compared</source>
        <translation>比較用收入</translation>
    </message>
    <message>
        <source>Cost compared</source>
        <translation>比較用成本</translation>
    </message>
    <message>
        <source>Surplus and ROI compare revenue and cost before tax: the organiser is registered for business tax (output tax taken out of fees, sponsorship and exhibition income; input tax credited).</source>
        <translation>損益與投資報酬率以未稅收入與未稅成本比較：主辦單位已辦營業登記（報名費、贊助及展覽收入扣除內含銷項稅額；進項稅額可扣抵）。</translation>
    </message>
    <message>
        <source>Surplus and ROI compare the cost incl. tax with the revenue as received: the organiser is not registered for business tax, so the tax is a cost.</source>
        <translation>損益與投資報酬率以含稅成本與實收收入比較：主辦單位未辦營業登記，營業稅為成本。</translation>
    </message>
    <message>
        <source>%1 attendees, set on the overview</source>
        <translation>%1 人（於總覽設定）</translation>
    </message>
    <message>
        <source>Add budget line…</source>
        <translation>新增預算項目…</translation>
    </message>
    <message>
        <source>Change line…</source>
        <translation>變更項目…</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>刪除項目</translation>
    </message>
    <message>
        <source>Click a line to see how its figure is made: unit cost × quantity × basis, service charge, business tax and exchange rate.</source>
        <translation>點選項目即可查看金額的計算方式：單價 × 數量 × 計量基準、服務費、營業稅與匯率。</translation>
    </message>
    <message>
        <source>How the line is made, at the likely attendance (TWD):</source>
        <translation>此項目的計算方式（預估出席人數，新臺幣）：</translation>
    </message>
    <message>
        <source>On site</source>
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
        <source>This project has no budget yet: add its first line below.</source>
        <translation>此專案尚無預算：請在下方新增第一個項目。</translation>
    </message>
    <message>
        <source>Break-even chart of the format:</source>
        <translation>損益平衡圖的辦理形式：</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>預算項目</translation>
    </message>
    <message>
        <source>Costs by category</source>
        <translation>各類別成本</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>損益兩平</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <source>Lines, excl. tax (未稅)</source>
        <translation>明細合計（未稅）</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>準備金</translation>
    </message>
    <message>
        <source>Management fee</source>
        <translation>管理費</translation>
    </message>
    <message>
        <source>Total excl. tax (未稅)</source>
        <translation>合計（未稅）</translation>
    </message>
    <message>
        <source>Business tax</source>
        <translation>營業稅</translation>
    </message>
    <message>
        <source>Total incl. tax (含稅)</source>
        <translation>合計（含稅）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>計量基準</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>On-site (TWD)</source>
        <translation>實體（新臺幣）</translation>
    </message>
    <message>
        <source>Hybrid (TWD)</source>
        <translation>混合（新臺幣）</translation>
    </message>
    <message>
        <source>Online (TWD)</source>
        <translation>線上（新臺幣）</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save chart as SVG…</source>
        <translation>圖表另存為 SVG…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 向量圖（*.svg）</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 圖片（*.png）</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
</context>
<context>
    <name>ClientController</name>
    <message>
        <source>no seats stated</source>
        <translation>未註明座位</translation>
    </message>
    <message>
        <source>Client profile</source>
        <translation>客戶資料</translation>
    </message>
    <message>
        <source>Client rules</source>
        <translation>客戶規定</translation>
    </message>
    <message>
        <source>Edition %1</source>
        <translation>%1 年會議</translation>
    </message>
    <message>
        <source>Add edition %1</source>
        <translation>新增 %1 年會議</translation>
    </message>
    <message>
        <source>Delete edition</source>
        <translation>刪除此屆</translation>
    </message>
    <message>
        <source>Programme element</source>
        <translation>節目項目</translation>
    </message>
    <message>
        <source>Add programme element</source>
        <translation>新增節目項目</translation>
    </message>
    <message>
        <source>Delete programme element</source>
        <translation>刪除節目項目</translation>
    </message>
    <message>
        <source>Local-culture element</source>
        <translation>在地文化項目</translation>
    </message>
    <message>
        <source>Add local-culture element</source>
        <translation>新增在地文化項目</translation>
    </message>
    <message>
        <source>Delete local-culture element</source>
        <translation>刪除在地文化項目</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Move programme element: %1</source>
        <translation>移動節目項目：%1</translation>
    </message>
    <message>
        <source>Move local-culture element: %1</source>
        <translation>移動在地文化項目：%1</translation>
    </message>
    <message>
        <source>Move edition: %1</source>
        <translation>移動屆次：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>The client's background, history and traditions. An empty cell is unknown, not 0; ≈ marks an estimate. The forecast page turns the history into attendance scenarios. The same data: venuebid-cli forecast PROJECT.</source>
        <translation>客戶的背景、歷屆資料與傳統。空白欄位表示不明，不是 0；≈ 表示估計值。預測頁會將歷屆資料轉為出席人數情境。相同資料：venuebid-cli forecast PROJECT。</translation>
    </message>
    <message>
        <source>This project has no client history yet. Add the association's name below to start one.</source>
        <translation>此專案尚無客戶歷史資料。請在下方輸入學會名稱以開始建立。</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>學會</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名稱（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名稱（中文）</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列簡稱</translation>
    </message>
    <message>
        <source>Every (years)</source>
        <translation>每幾年一屆</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>輪辦方式</translation>
    </message>
    <message>
        <source>between continents</source>
        <translation>各洲輪辦</translation>
    </message>
    <message>
        <source>fixed place</source>
        <translation>固定地點</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Regions in order</source>
        <translation>輪辦地區（依序）</translation>
    </message>
    <message>
        <source>Preferred month</source>
        <translation>偏好月份</translation>
    </message>
    <message>
        <source>Source (URL)</source>
        <translation>來源（網址）</translation>
    </message>
    <message>
        <source>Rules of the association</source>
        <translation>學會規定</translation>
    </message>
    <message>
        <source>The member fee is below the non-member fee</source>
        <translation>會員報名費低於非會員</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未載明</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Visa-free entry for every delegate is required</source>
        <translation>須讓所有與會者免簽入境</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>刪除規定</translation>
    </message>
    <message>
        <source>Another rule</source>
        <translation>其他規定</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>新增規定</translation>
    </message>
    <message>
        <source>Past editions</source>
        <translation>歷屆會議</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Non-members</source>
        <translation>非會員</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>學生</translation>
    </message>
    <message>
        <source>Exhibitors</source>
        <translation>參展人員</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>≈ Est.</source>
        <translation>≈ 估計</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>資料日期</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Delete edition</source>
        <translation>刪除此屆</translation>
    </message>
    <message>
        <source>Add edition</source>
        <translation>新增一屆</translation>
    </message>
    <message>
        <source>Edition %1, %2</source>
        <translation>%1 年，%2</translation>
    </message>
    <message>
        <source>Basis of the estimate</source>
        <translation>估計依據</translation>
    </message>
    <message>
        <source>Accompanying persons</source>
        <translation>隨行人員</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>媒體</translation>
    </message>
    <message>
        <source>Registrations (days before: registered)</source>
        <translation>報名進度（會前天數: 報名人數）</translation>
    </message>
    <message>
        <source>Fixed programme (traditions)</source>
        <translation>固定節目（傳統）</translation>
    </message>
    <message>
        <source>A mandatory element excludes every venue that cannot hold it; the reason is shown under the element.</source>
        <translation>必要項目會排除無法容納它的場地；原因顯示在該項目下方。</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>banquet</source>
        <translation>宴會</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>no parallel sessions</source>
        <translation>不排平行場次</translation>
    </message>
    <message>
        <source>Delete programme element</source>
        <translation>刪除節目項目</translation>
    </message>
    <message>
        <source>Excludes: %1</source>
        <translation>排除：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Add element</source>
        <translation>新增項目</translation>
    </message>
    <message>
        <source>Local culture for the social programme</source>
        <translation>社交節目的在地文化</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>at</source>
        <translation>於</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Delete local-culture element</source>
        <translation>刪除在地文化項目</translation>
    </message>
    <message>
        <source>Add culture element</source>
        <translation>新增文化項目</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>從 CSV 匯入…</translation>
    </message>
    <message>
        <source>Import past editions from CSV</source>
        <translation>從 CSV 匯入歷屆資料</translation>
    </message>
    <message>
        <source>Import past editions from %1</source>
        <translation>從 %1 匯入歷屆資料</translation>
    </message>
    <message>
        <source>Choose a UTF-8 CSV file with a header row: year, city_en or city_zh, then columns such as country, region, format, total, member, fee_member_early, sponsorship, source, as_of, estimate, basis. Empty cells are unknown.</source>
        <translation>請選擇含標題列的 UTF-8 CSV 檔：year、city_en 或 city_zh，以及 country、region、format、total、member、fee_member_early、sponsorship、source、as_of、estimate、basis 等欄位。空白儲存格表示未知。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>e.g. Europe</source>
        <translation>例如 歐洲</translation>
    </message>
    <message>
        <source>Currency of fees and sponsorship</source>
        <translation>報名費與贊助的幣別</translation>
    </message>
    <message>
        <source>Satisfaction scale (best score)</source>
        <translation>滿意度量表（最高分）</translation>
    </message>
    <message>
        <source>Fee: member, early</source>
        <translation>報名費：會員早鳥</translation>
    </message>
    <message>
        <source>Fee: member, late</source>
        <translation>報名費：會員一般</translation>
    </message>
    <message>
        <source>Fee: non-member, early</source>
        <translation>報名費：非會員早鳥</translation>
    </message>
    <message>
        <source>Fee: non-member, late</source>
        <translation>報名費：非會員一般</translation>
    </message>
    <message>
        <source>Fee: student</source>
        <translation>報名費：學生</translation>
    </message>
    <message>
        <source>Fee: online</source>
        <translation>報名費：線上</translation>
    </message>
    <message>
        <source>Abstracts submitted</source>
        <translation>投稿摘要數</translation>
    </message>
    <message>
        <source>Abstracts accepted</source>
        <translation>錄取摘要數</translation>
    </message>
    <message>
        <source>Exhibition area (m²)</source>
        <translation>展覽面積 (m²)</translation>
    </message>
    <message>
        <source>Sponsorship income</source>
        <translation>贊助收入</translation>
    </message>
    <message>
        <source>Satisfaction score</source>
        <translation>滿意度分數</translation>
    </message>
    <message>
        <source>at the congress venue</source>
        <translation>於大會場地舉行</translation>
    </message>
    <message>
        <source>online / hybrid:</source>
        <translation>線上／混合：</translation>
    </message>
    <message>
        <source>how it is held online</source>
        <translation>線上如何舉行</translation>
    </message>
</context>
<context>
    <name>ContractController</name>
    <message>
        <source>No project is open.</source>
        <translation>尚未開啟專案。</translation>
    </message>
    <message>
        <source>Start a contract</source>
        <translation>建立合約</translation>
    </message>
    <message>
        <source>No contract: start one first.</source>
        <translation>尚無合約：請先建立。</translation>
    </message>
    <message>
        <source>Government client</source>
        <translation>政府機關客戶</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>乙方</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>活動名稱</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>管轄法院</translation>
    </message>
    <message>
        <source>Choose a quote version.</source>
        <translation>請選擇報價版本。</translation>
    </message>
    <message>
        <source>Agreed quote version</source>
        <translation>議定的報價版本</translation>
    </message>
    <message>
        <source>Type a percentage.</source>
        <translation>請輸入百分比。</translation>
    </message>
    <message>
        <source>Performance bond</source>
        <translation>履約保證金</translation>
    </message>
    <message>
        <source>Late-penalty cap</source>
        <translation>逾期違約金上限</translation>
    </message>
    <message>
        <source>Type a rate in ‰.</source>
        <translation>請輸入千分比（‰）。</translation>
    </message>
    <message>
        <source>Late penalty per day</source>
        <translation>每日逾期違約金</translation>
    </message>
    <message>
        <source>Late penalty of a part</source>
        <translation>部分遲延違約金</translation>
    </message>
    <message>
        <source>Unknown stamp-duty type: %1</source>
        <translation>未知的印花稅類別：%1</translation>
    </message>
    <message>
        <source>Stamp duty</source>
        <translation>印花稅</translation>
    </message>
    <message>
        <source>GDPR processor terms</source>
        <translation>GDPR 受託處理者條款</translation>
    </message>
    <message>
        <source>Unknown setting: %1</source>
        <translation>未知的設定：%1</translation>
    </message>
    <message>
        <source>Unknown status: %1</source>
        <translation>未知的狀態：%1</translation>
    </message>
    <message>
        <source>Contract status: %1</source>
        <translation>合約狀態：%1</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>付款期程</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>簽署人</translation>
    </message>
    <message>
        <source>Delete signatory</source>
        <translation>刪除簽署人</translation>
    </message>
    <message>
        <source>No such row.</source>
        <translation>沒有這一列。</translation>
    </message>
    <message>
        <source>Type a whole number of days.</source>
        <translation>請輸入整數天數。</translation>
    </message>
    <message>
        <source>Cancellation scale</source>
        <translation>取消費率表</translation>
    </message>
    <message>
        <source>Postponement scale</source>
        <translation>延期費率表</translation>
    </message>
    <message>
        <source>Clause: %1</source>
        <translation>條款：%1</translation>
    </message>
    <message>
        <source>Nothing to export: the project has no contract.</source>
        <translation>無可匯出：本專案沒有合約。</translation>
    </message>
    <message>
        <source>Another document is still being written.</source>
        <translation>另一份文件仍在產生中。</translation>
    </message>
    <message>
        <source>The agreed quote version does not exist: choose one first.</source>
        <translation>議定的報價版本不存在：請先選擇。</translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <source>This project has no contract yet (section "contract", docs/project-format.md).</source>
        <translation>本專案尚無合約（「contract」區段，見 docs/project-format.md）。</translation>
    </message>
    <message>
        <source>Start a contract</source>
        <translation>建立合約</translation>
    </message>
    <message>
        <source>Contract in Chinese…</source>
        <translation>中文合約…</translation>
    </message>
    <message>
        <source>Contract in English…</source>
        <translation>英文合約…</translation>
    </message>
    <message>
        <source>Bilingual…</source>
        <translation>中英對照…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Parties and event</source>
        <translation>立約雙方與活動</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Event (as the contract names it)</source>
        <translation>活動（合約所載名稱）</translation>
    </message>
    <message>
        <source>Court of first instance</source>
        <translation>第一審管轄法院</translation>
    </message>
    <message>
        <source>Government client (機關/廠商 instead of 甲方/乙方)</source>
        <translation>政府機關客戶（以機關／廠商取代甲方／乙方）</translation>
    </message>
    <message>
        <source>EU attendees register (GDPR Art. 28 processor terms)</source>
        <translation>有歐盟與會者報名（GDPR 第 28 條受託處理者條款）</translation>
    </message>
    <message>
        <source>Status and signatures</source>
        <translation>狀態與簽署</translation>
    </message>
    <message>
        <source>on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>設定狀態</translation>
    </message>
    <message>
        <source>Agreeing records the agreed quote version's amounts as the budget gives them that day; a later change of the budget or the quote is listed under Differences, never changed silently.</source>
        <translation>議定時記下當日預算算出的議定報價版本金額；之後預算或報價若有變動，列於「與議定金額的差異」，不會默默改變。</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>立約人</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表人</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>標價</translation>
    </message>
    <message>
        <source>Agreed quote version</source>
        <translation>議定的報價版本</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>TWD</source>
        <translation>新臺幣</translation>
    </message>
    <message>
        <source>Payment schedule (of the total incl. tax)</source>
        <translation>付款期程（以含稅總價計）</translation>
    </message>
    <message>
        <source>Milestone (Chinese)</source>
        <translation>付款階段（中文）</translation>
    </message>
    <message>
        <source>Milestone (English)</source>
        <translation>付款階段（英文）</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount (TWD)</source>
        <translation>金額（新臺幣）</translation>
    </message>
    <message>
        <source>Sum: %1</source>
        <translation>合計：%1</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>新增付款階段</translation>
    </message>
    <message>
        <source>Apply the schedule</source>
        <translation>套用付款期程</translation>
    </message>
    <message>
        <source>Undo changes to the schedule</source>
        <translation>還原付款期程的修改</translation>
    </message>
    <message>
        <source>Late penalty and performance bond</source>
        <translation>逾期違約金與履約保證金</translation>
    </message>
    <message>
        <source>Per day of delay</source>
        <translation>每逾期一日</translation>
    </message>
    <message>
        <source>Cap (of the price)</source>
        <translation>上限（占契約價金）</translation>
    </message>
    <message>
        <source>A delayed part, per day</source>
        <translation>部分遲延，每日</translation>
    </message>
    <message>
        <source>Performance bond</source>
        <translation>履約保證金</translation>
    </message>
    <message>
        <source>The cap is at most 20 % of the price (Regulations for Procurement Contracts, Art. 45); no performance bond by default for services (Government Procurement Act Art. 30).</source>
        <translation>上限不得超過契約價金的 20 %（採購契約要項第 45 點）；勞務採購預設不收履約保證金（政府採購法第 30 條）。</translation>
    </message>
    <message>
        <source>Cancellation and postponement (of the price before tax)</source>
        <translation>取消與延期（以未稅價計）</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起算</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Postponement</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <source>days before</source>
        <translation>天前</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>新增一列</translation>
    </message>
    <message>
        <source>Save row</source>
        <translation>儲存此列</translation>
    </message>
    <message>
        <source>Type the days and the percent.</source>
        <translation>請輸入天數與百分比。</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>刪除此列</translation>
    </message>
    <message>
        <source>Stamp duty</source>
        <translation>印花稅</translation>
    </message>
    <message>
        <source>The contract is</source>
        <translation>契約性質</translation>
    </message>
    <message>
        <source>Source: Stamp Tax Act (印花稅法) Art. 5 (a contract for work, 承攬契據, is a taxable document) and Art. 7 (1 ‰ of the amount); a pure mandate (委任) is not among the taxable documents. The type is yours to choose for each contract.</source>
        <translation>出處：印花稅法第 5 條（承攬契據為應稅憑證）及第 7 條（按金額千分之一）；純委任契約不在應稅憑證之列。契約性質由您逐案選擇。</translation>
    </message>
    <message>
        <source>Clause texts</source>
        <translation>條款文字</translation>
    </message>
    <message>
        <source>or a new clause, id:</source>
        <translation>或新增條款，代號：</translation>
    </message>
    <message>
        <source>Write it</source>
        <translation>撰寫</translation>
    </message>
    <message>
        <source>Title (a new clause)</source>
        <translation>標題（新條款）</translation>
    </message>
    <message>
        <source>Text in Chinese, added to the article</source>
        <translation>中文條文，附加於該條</translation>
    </message>
    <message>
        <source>Text in English, added to the article</source>
        <translation>英文條文，附加於該條</translation>
    </message>
    <message>
        <source>Preview (the project's figures filled in; export for the layout)</source>
        <translation>預覽（已填入本專案數字；版面請匯出檢視）</translation>
    </message>
    <message>
        <source>Differences from the agreed amounts</source>
        <translation>與議定金額的差異</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>議定</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>Amounts owed on a date</source>
        <translation>某日應付金額</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>late by</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>計算</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>錯誤：</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Rules and their sources: docs/deal.md. Same numbers: venuebid-cli contract PROJECT --on DATE; the document: venuebid-cli report PROJECT --kind contract.</source>
        <translation>規則與出處：docs/deal.md。相同數字：venuebid-cli contract PROJECT --on DATE；文件：venuebid-cli report PROJECT --kind contract。</translation>
    </message>
    <message>
        <source>Export with warnings?</source>
        <translation>含警告匯出？</translation>
    </message>
    <message>
        <source>The contract has these warnings. Export it with them listed on its first page?</source>
        <translation>合約有下列警告。要匯出並將警告列於第一頁嗎？</translation>
    </message>
    <message>
        <source>Save the contract</source>
        <translation>儲存合約</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文件 (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>清空表單</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <source>Drag a slider to change a criterion's share; the other weights keep their proportions and the total stays 100 %. The ranking on the right follows at once. Undo with Ctrl+Z.</source>
        <translation>拖曳滑桿即可調整準則的權重；其他權重維持原有比例，總和保持 100 %。右側排名即時更新。按 Ctrl+Z 可復原。</translation>
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
    <message>
        <source>Reference weights</source>
        <translation>參考權重</translation>
    </message>
    <message>
        <source>From the data of the ranked venues (entropy, CRITIC) or from the criteria's importance order (rank-order centroid). Use one to replace the weights (undoable).</source>
        <translation>依排名場地的資料（熵權法、CRITIC）或準則的重要性順序（順位重心法）計算。可選用其中一組取代目前權重（可復原）。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>準則</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>熵權法</translation>
    </message>
    <message>
        <source>Rank order (ROC)</source>
        <translation>重要性順序 (ROC)</translation>
    </message>
    <message>
        <source>Use entropy</source>
        <translation>使用熵權法</translation>
    </message>
    <message>
        <source>Use CRITIC</source>
        <translation>使用 CRITIC</translation>
    </message>
    <message>
        <source>Use rank order</source>
        <translation>使用重要性順序</translation>
    </message>
    <message>
        <source>Importance order</source>
        <translation>重要性順序</translation>
    </message>
    <message>
        <source>Most important first; drag a criterion by its handle (≡) or move it with the arrows. The rank-order (ROC) column above follows; "Use rank order" applies it.</source>
        <translation>最重要者在前；拖曳準則的把手（≡）或以箭頭調整順序。上方的重要性順序 (ROC) 欄會隨之更新，按「使用重要性順序」即可套用。</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Rename, change, move or delete this criterion</source>
        <translation>重新命名、變更、移動或刪除此準則</translation>
    </message>
    <message>
        <source>Add criterion…</source>
        <translation>新增準則…</translation>
    </message>
</context>
<context>
    <name>CriterionEditorDialog</name>
    <message>
        <source>Add criterion</source>
        <translation>新增準則</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>準則 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名稱（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名稱（中文）</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
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
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>The venues' values are read from their facts of the same name (add them in the venue editor); the other criteria's weights are rescaled so that they sum to 100 %.</source>
        <translation>場地的數值取自同名的場地資料（可在場地編輯器中新增）；其他準則的權重會等比例調整，合計仍為 100 %。</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>確定刪除</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>選擇 CSV 檔案</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import only the valid rows?</source>
        <translation>只匯入有效的列？</translation>
    </message>
    <message>
        <source>%1 valid row(s) will be imported and %2 row(s) with errors left out.</source>
        <translation>將匯入 %1 個有效列，略過 %2 個有錯誤的列。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Import valid rows only…</source>
        <translation>只匯入有效列…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 row(s): %2 valid, %3 with errors. Nothing is imported until you choose Import.</source>
        <translation>共 %1 列：%2 列有效，%3 列有錯誤。按下「匯入」之前不會匯入任何資料。</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正確</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>DestinationEditDialog</name>
    <message>
        <source>Add comparison criterion</source>
        <translation>新增比較準則</translation>
    </message>
    <message>
        <source>Comparison criterion %1</source>
        <translation>比較準則 %1</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>新增目的地</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>目的地 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名稱（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名稱（中文）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Bid offer</source>
        <translation>申辦條件</translation>
    </message>
    <message>
        <source>We can change our value (subsidy, fee, rate …)</source>
        <translation>我方可調整此數值（補助、費用、房價…）</translation>
    </message>
    <message>
        <source>Each destination's value</source>
        <translation>各目的地的數值</translation>
    </message>
    <message>
        <source>Value on each criterion</source>
        <translation>各準則的數值</translation>
    </message>
    <message>
        <source>No destination yet: the values come with each destination.</source>
        <translation>尚無目的地：數值隨各目的地填寫。</translation>
    </message>
    <message>
        <source>No criterion yet: add the host's criteria first.</source>
        <translation>尚無準則：請先新增主辦學會的準則。</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>來源網址</translation>
    </message>
    <message>
        <source>Or estimated as</source>
        <translation>或估計方式</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>資料日期</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>New or changed values take where they come from: a source URL, or how they were estimated, and the date they were true. Without them they are kept as unsourced, and the overview lists them.</source>
        <translation>新增或變更的數值請註明出處：來源網址或估計方式，以及數值成立的日期。未註明者仍會保留，標示為未註明來源，並列於總覽頁。</translation>
    </message>
</context>
<context>
    <name>DestinationsController</name>
    <message>
        <source>We rank first.</source>
        <translation>我方排名第一。</translation>
    </message>
    <message>
        <source>Smallest change that puts us first: %1 from %2 to %3 (verified by re-scoring).</source>
        <translation>讓我方排名第一的最小變動：%1 由 %2 調整為 %3（已重新評分驗證）。</translation>
    </message>
    <message>
        <source>No single change on a criterion we control puts us first.</source>
        <translation>調整任何單一可控準則都無法讓我方排名第一。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未開啟專案。</translation>
    </message>
    <message>
        <source>Our offer: %1</source>
        <translation>我方條件：%1</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>愈低愈好</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>愈高愈好</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>權重 %1</translation>
    </message>
    <message>
        <source>we control it</source>
        <translation>我方可調整</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（無單位）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Move destination: %1</source>
        <translation>移動目的地：%1</translation>
    </message>
    <message>
        <source>Move comparison criterion: %1</source>
        <translation>移動比較準則：%1</translation>
    </message>
</context>
<context>
    <name>DestinationsPage</name>
    <message>
        <source>(us)</source>
        <translation>（我方）</translation>
    </message>
    <message>
        <source>Criterion by criterion</source>
        <translation>逐項準則比較</translation>
    </message>
    <message>
        <source>wins</source>
        <translation>勝</translation>
    </message>
    <message>
        <source>loses</source>
        <translation>負</translation>
    </message>
    <message>
        <source>ties</source>
        <translation>平手</translation>
    </message>
    <message>
        <source>best competitor: %1 (%2)</source>
        <translation>最佳競爭者：%1（%2）</translation>
    </message>
    <message>
        <source>What it would take to win</source>
        <translation>勝出所需條件</translation>
    </message>
    <message>
        <source>verified by re-scoring</source>
        <translation>已重新評分驗證</translation>
    </message>
    <message>
        <source>Offer this</source>
        <translation>採用此條件</translation>
    </message>
    <message>
        <source>This project has no destination comparison yet: add the host association's criteria, then our destination and the competing ones, below.</source>
        <translation>此專案尚無目的地比較：請在下方先新增主辦學會的準則，再新增我方與競爭的目的地。</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>變更…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>The host's criteria</source>
        <translation>主辦學會的準則</translation>
    </message>
    <message>
        <source>Add criterion…</source>
        <translation>新增準則…</translation>
    </message>
    <message>
        <source>our destination</source>
        <translation>我方目的地</translation>
    </message>
    <message>
        <source>competing</source>
        <translation>競爭者</translation>
    </message>
    <message>
        <source>Add destination…</source>
        <translation>新增目的地…</translation>
    </message>
    <message>
        <source>Our destination and the competing ones</source>
        <translation>我方與競爭目的地</translation>
    </message>
</context>
<context>
    <name>EditionImportController</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n edition(s)</source>
        <translation><numerusform>匯入 %n 屆資料</numerusform></translation>
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
    <name>ExcludedModel</name>
    <message>
        <source>; </source>
        <comment>between sentences</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>ForecastController</name>
    <message>
        <source>No project is open.</source>
        <translation>尚未開啟專案。</translation>
    </message>
    <message>
        <source>Accepting sets the expected attendance of each format: on site %1; hybrid %2 on site and %3 online (online share %4); online %5.</source>
        <translation>採用後各形式的預估人數為：實體 %1；混合式實體 %2、線上 %3（線上比例 %4）；線上 %5。</translation>
    </message>
    <message>
        <source>The budget's attendance scenarios become %1 % / 100 % / %2 % of the likely attendance.</source>
        <translation>預算的出席情境改為可能人數的 %1 % / 100 % / %2 %。</translation>
    </message>
    <message>
        <source>Forecast method</source>
        <translation>預測方法</translation>
    </message>
    <message>
        <source>Moving-average window</source>
        <translation>移動平均屆數</translation>
    </message>
    <message>
        <source>Destination adjustment</source>
        <translation>目的地調整</translation>
    </message>
    <message>
        <source>Use forecast as scenarios</source>
        <translation>採用預測為情境</translation>
    </message>
    <message>
        <source>Override attendance scenarios</source>
        <translation>自訂出席人數情境</translation>
    </message>
    <message>
        <source>Registrations so far</source>
        <translation>目前報名數</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source>The coming edition's attendance from the client's past editions: trends with 95 % prediction intervals, a moving average, and the registration pace against past editions. The same numbers: venuebid-cli forecast PROJECT --method METHOD.</source>
        <translation>依客戶歷屆資料預測本屆出席人數：含 95 % 預測區間的趨勢、移動平均，以及與歷屆比較的報名進度。相同數字：venuebid-cli forecast PROJECT --method METHOD。</translation>
    </message>
    <message>
        <source>Forecast method</source>
        <translation>預測方法</translation>
    </message>
    <message>
        <source>Moving average over</source>
        <translation>移動平均取</translation>
    </message>
    <message>
        <source>editions</source>
        <translation>屆</translation>
    </message>
    <message>
        <source>This project has no client history: add past editions on the Client history page.</source>
        <translation>此專案沒有客戶歷史資料：請在「客戶歷史」頁新增歷屆會議。</translation>
    </message>
    <message>
        <source>%1 in %2: %3 participants (95 %: %4 to %5), from %6 editions</source>
        <translation>%1，%2 年：%3 人（95 %：%4 至 %5），依 %6 屆資料</translation>
    </message>
    <message>
        <source>History and forecast</source>
        <translation>歷屆與預測</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Dots: past editions (hollow: an estimate). Line and shaded band: the trend and its 95 % prediction interval. At the right: the forecast with its interval.</source>
        <translation>圓點：歷屆會議（空心為估計值）。線與陰影帶：趨勢及其 95 % 預測區間。最右側：本屆預測與其區間。</translation>
    </message>
    <message>
        <source>Registration pace</source>
        <translation>報名進度</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>報名人數</translation>
    </message>
    <message>
        <source>days before the opening</source>
        <translation>距開幕天數</translation>
    </message>
    <message>
        <source>Every method</source>
        <translation>各種方法</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>評分方法</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>屆數</translation>
    </message>
    <message>
        <source>95 % low</source>
        <translation>95 % 下限</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>點估計</translation>
    </message>
    <message>
        <source>95 % high</source>
        <translation>95 % 上限</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Destination adjustment</source>
        <translation>目的地調整</translation>
    </message>
    <message>
        <source>On-site part %</source>
        <translation>實體部分 %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Source (URL)</source>
        <translation>來源（網址）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Attendance scenarios of the project</source>
        <translation>專案採用的出席人數情境</translation>
    </message>
    <message>
        <source>Use as scenarios</source>
        <translation>採用為情境</translation>
    </message>
    <message>
        <source>or your own: low</source>
        <translation>或自訂：低</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>可能</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>Registrations so far (date: registered)</source>
        <translation>目前報名數（日期: 已報名人數）</translation>
    </message>
    <message>
        <source>Registrations so far, before %1 (date: registered)</source>
        <translation>目前報名數，%1 之前（日期: 已報名人數）</translation>
    </message>
    <message>
        <source>Source, basis and date are optional: a value without a source (or a basis) or a date is kept as unsourced, and the overview lists it.</source>
        <translation>來源、依據與資料日期皆可留白：未註明來源（或依據）或資料日期的數值仍會保留，標示為未註明來源，並列於總覽頁。</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>資料日期</translation>
    </message>
    <message>
        <source>or basis of the estimate</source>
        <translation>或估計依據</translation>
    </message>
</context>
<context>
    <name>InspectionController</name>
    <message>
        <source>not scored</source>
        <translation>未評分</translation>
    </message>
    <message>
        <source>%1 / 5 (%2 of %3 items scored)</source>
        <translation>%1 / 5（%3 項中已評 %2 項）</translation>
    </message>
    <message>
        <source>no inspection recorded</source>
        <translation>尚無場勘紀錄</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>No criterion takes its values from the inspections (value_from "inspection").</source>
        <translation>沒有準則取用場勘分數（value_from "inspection"）。</translation>
    </message>
    <message>
        <source>The latest inspection's score feeds: %1.</source>
        <translation>最近一次場勘分數用於：%1。</translation>
    </message>
    <message>
        <source>The project has no venues.</source>
        <translation>專案中沒有場地。</translation>
    </message>
    <message>
        <source>Inspector: expected a name.</source>
        <translation>勘查人員：請輸入姓名。</translation>
    </message>
    <message>
        <source>Date: expected YYYY-MM-DD, found "%1".</source>
        <translation>日期：格式應為 YYYY-MM-DD，輸入為「%1」。</translation>
    </message>
    <message>
        <source>%1: expected a score from 1 to 5, or 0 when not checked.</source>
        <translation>%1：分數應為 1 至 5，未檢查則為 0。</translation>
    </message>
    <message>
        <source>Site inspection: %1</source>
        <translation>場勘：%1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未開啟專案。</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>勘查人員</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>分數：%1</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <source>Score (0 = not checked)</source>
        <translation>分數（0 = 未檢查）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Save inspection</source>
        <translation>儲存場勘</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Inspections of this venue</source>
        <translation>此場地的場勘紀錄</translation>
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
    <message>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>Revenue estimate</source>
        <translation>收入預估</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>報價</translation>
    </message>
    <message>
        <source>Criteria and weights</source>
        <translation>評估準則與權重</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感度分析</translation>
    </message>
    <message>
        <source>AHP weights</source>
        <translation>AHP 權重</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>目的地比較</translation>
    </message>
    <message>
        <source>Tender scoring</source>
        <translation>最有利標評分</translation>
    </message>
    <message>
        <source>Quote review</source>
        <translation>報價比較</translation>
    </message>
    <message>
        <source>Site inspection</source>
        <translation>場勘</translation>
    </message>
    <message>
        <source>Bid book</source>
        <translation>競標企劃書</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（已不存在）</translation>
    </message>
    <message>
        <source>Remove missing files</source>
        <translation>移除已不存在的檔案</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>議價</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>Client history</source>
        <translation>客戶歷史</translation>
    </message>
    <message>
        <source>Attendance forecast</source>
        <translation>出席人數預測</translation>
    </message>
</context>
<context>
    <name>MoveButtons</name>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>NegotiationController</name>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>底價</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標價</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>開價</translation>
    </message>
    <message>
        <source>BATNA</source>
        <translation>BATNA</translation>
    </message>
    <message>
        <source>Client's ceiling</source>
        <translation>客戶上限</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未開啟專案。</translation>
    </message>
    <message>
        <source>Start the negotiation plan</source>
        <translation>建立議價規劃</translation>
    </message>
    <message>
        <source>No negotiation plan: start one first.</source>
        <translation>尚無議價規劃：請先建立。</translation>
    </message>
    <message>
        <source>Unknown format: %1</source>
        <translation>未知的活動型式：%1</translation>
    </message>
    <message>
        <source>Negotiated format</source>
        <translation>議價的活動型式</translation>
    </message>
    <message>
        <source>Unknown fee model: %1</source>
        <translation>未知的收費模式：%1</translation>
    </message>
    <message>
        <source>Fee model</source>
        <translation>收費模式</translation>
    </message>
    <message>
        <source>Type a percentage.</source>
        <translation>請輸入百分比。</translation>
    </message>
    <message>
        <source>Minimum margin</source>
        <translation>最低毛利率</translation>
    </message>
    <message>
        <source>Target margin</source>
        <translation>目標毛利率</translation>
    </message>
    <message>
        <source>Opening price</source>
        <translation>開價</translation>
    </message>
    <message>
        <source>Government tender</source>
        <translation>政府採購</translation>
    </message>
    <message>
        <source>Round limit</source>
        <translation>回合上限</translation>
    </message>
    <message>
        <source>Unknown setting: %1</source>
        <translation>未知的設定：%1</translation>
    </message>
    <message>
        <source>Type a whole amount in TWD.</source>
        <translation>請輸入新臺幣整數金額。</translation>
    </message>
    <message>
        <source>Concession %1</source>
        <translation>讓步 %1</translation>
    </message>
    <message>
        <source>Delete concession %1</source>
        <translation>刪除讓步 %1</translation>
    </message>
    <message>
        <source>Type the offer as a whole amount in TWD.</source>
        <translation>請以新臺幣整數金額輸入出價。</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>新增回合</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 回合</translation>
    </message>
    <message>
        <source>Delete round %1</source>
        <translation>刪除第 %1 回合</translation>
    </message>
</context>
<context>
    <name>NegotiationPage</name>
    <message>
        <source>This project has no negotiation plan yet (section "negotiation", docs/project-format.md).</source>
        <translation>本專案尚無議價規劃（「negotiation」區段，見 docs/project-format.md）。</translation>
    </message>
    <message>
        <source>Start a negotiation plan</source>
        <translation>建立議價規劃</translation>
    </message>
    <message>
        <source>Internal: this page shows our cost, margins and walk-away price. Never show it or its export to the client.</source>
        <translation>內部資料：本頁顯示我方成本、毛利率與底線價格。切勿讓客戶看到本頁或其匯出檔。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Negotiated format</source>
        <translation>議價的活動型式</translation>
    </message>
    <message>
        <source>Fee model</source>
        <translation>收費模式</translation>
    </message>
    <message>
        <source>Minimum margin</source>
        <translation>最低毛利率</translation>
    </message>
    <message>
        <source>Target margin</source>
        <translation>目標毛利率</translation>
    </message>
    <message>
        <source>BATNA (our best alternative)</source>
        <translation>BATNA（我方最佳替代方案）</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未載明</translation>
    </message>
    <message>
        <source>Client's ceiling (estimate)</source>
        <translation>客戶可接受上限（估計）</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Opening price</source>
        <translation>開價</translation>
    </message>
    <message>
        <source>Government tender (最有利標)</source>
        <translation>政府採購（最有利標）</translation>
    </message>
    <message>
        <source>rounds at most</source>
        <translation>回合為上限</translation>
    </message>
    <message>
        <source>The fee model is a setting: no public typical percentage for a PCO's fee was found. Floor = cost ÷ (1 − minimum margin); target = cost ÷ (1 − target margin); prices before tax.</source>
        <translation>收費模式為設定值：查無公開的 PCO 典型收費比例。底價 = 成本 ÷ (1 − 最低毛利率)；目標價 = 成本 ÷ (1 − 目標毛利率)；均為未稅價。</translation>
    </message>
    <message>
        <source>Price range and zone of possible agreement</source>
        <translation>價格範圍與可能的協議空間</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>TWD, before tax</source>
        <translation>新臺幣，未稅</translation>
    </message>
    <message>
        <source>Price before tax (TWD); the green band is the zone of possible agreement</source>
        <translation>未稅價（新臺幣）；綠色區段為可能的協議空間</translation>
    </message>
    <message>
        <source>Concession steps (decreasing; never below the floor %1)</source>
        <translation>讓步步驟（遞減；不得低於底價 %1）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Concession</source>
        <translation>讓步</translation>
    </message>
    <message>
        <source>Price before tax</source>
        <translation>未稅價</translation>
    </message>
    <message>
        <source>Incl. tax</source>
        <translation>含稅</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Blocked: below the floor</source>
        <translation>不可：低於底價</translation>
    </message>
    <message>
        <source>above the floor</source>
        <translation>高於底價</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>新增讓步</translation>
    </message>
    <message>
        <source>Save step</source>
        <translation>儲存讓步</translation>
    </message>
    <message>
        <source>Type the amount the price comes down by.</source>
        <translation>請輸入降價金額。</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>刪除讓步</translation>
    </message>
    <message>
        <source>Trade-offs: little cost to us, worth more to the client</source>
        <translation>交換條件：我方成本低、對客戶價值高</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>預算項目</translation>
    </message>
    <message>
        <source>Cost in this format</source>
        <translation>此型式的成本</translation>
    </message>
    <message>
        <source>Why it is worth more to the client</source>
        <translation>為何對客戶價值較高</translation>
    </message>
    <message>
        <source>Negotiation log</source>
        <translation>議價紀錄</translation>
    </message>
    <message>
        <source>Government tender: the negotiation of a most-advantageous tender (最有利標) follows Government Procurement Act Art. 56 — the rounds are limited as the tender documents state, and every round is recorded.</source>
        <translation>政府採購：最有利標的協商依政府採購法第 56 條辦理——協商次數依招標文件所定為限，每一回合均應記錄。</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>回合</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Offer by</source>
        <translation>出價方</translation>
    </message>
    <message>
        <source>Offer before tax</source>
        <translation>未稅出價</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>我方讓步</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>我方取得</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 回合</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新增）</translation>
    </message>
    <message>
        <source>Given / received</source>
        <translation>讓步／取得</translation>
    </message>
    <message>
        <source>concessions given</source>
        <translation>我方讓步</translation>
    </message>
    <message>
        <source>concessions received</source>
        <translation>我方取得</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>新增回合</translation>
    </message>
    <message>
        <source>Save round</source>
        <translation>儲存回合</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>新回合</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>刪除回合</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>錯誤：</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Rules and their sources: docs/deal.md. Same numbers: venuebid-cli negotiation PROJECT; the internal sheet: venuebid-cli report PROJECT --kind negotiation.</source>
        <translation>規則與出處：docs/deal.md。相同數字：venuebid-cli negotiation PROJECT；內部議價表：venuebid-cli report PROJECT --kind negotiation。</translation>
    </message>
    <message>
        <source>Margin on the price</source>
        <translation>毛利率</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>新專案</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>e.g. Asia-Pacific Congress of Cardiology 2029</source>
        <translation>例如：2029 亞太心臟學大會</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>The association or company that hosts the event</source>
        <translation>主辦活動的學會或公司</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最後一天</translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation>預估出席人數</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>a whole number of 0 or more</source>
        <translation>大於或等於 0 的整數</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>a number of 0 or more</source>
        <translation>大於或等於 0 的數字</translation>
    </message>
    <message>
        <source>a whole amount in TWD</source>
        <translation>新臺幣整數金額</translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>a percentage of 0 or more</source>
        <translation>大於或等於 0 的百分比</translation>
    </message>
    <message>
        <source>Expected %1; the field is empty.</source>
        <translation>應為%1，但欄位是空的。</translation>
    </message>
    <message>
        <source>Expected %1, found "%2".</source>
        <translation>應為%1，而輸入的是「%2」。</translation>
    </message>
    <message>
        <source>"%1" is ambiguous: the comma may separate thousands (%2) or decimals (%3); type %2 or %3.</source>
        <translation>「%1」有歧義：逗號可能是千分位（%2）或小數點（%3）；請輸入 %2 或 %3。</translation>
    </message>
    <message>
        <source>"%1" has thousand separators in the wrong places: digits are grouped in threes, as in 1,234,567.</source>
        <translation>「%1」的千分位位置不對：數字應每三位一組，例如 1,234,567。</translation>
    </message>
    <message>
        <source>"%1" is not a whole number: expected %2.</source>
        <translation>「%1」不是整數：應為%2。</translation>
    </message>
    <message>
        <source>"%1" has more than %2 decimals.</source>
        <translation>「%1」的小數超過 %2 位。</translation>
    </message>
    <message>
        <source>"%1" is negative: expected %2.</source>
        <translation>「%1」是負數：應為%2。</translation>
    </message>
    <message>
        <source>"%1" is too large: expected at most %2.</source>
        <translation>「%1」太大：最多為 %2。</translation>
    </message>
    <message>
        <source>"%1" is too small: expected at least %2.</source>
        <translation>「%1」太小：最少為 %2。</translation>
    </message>
    <message>
        <source>"%1" is in %2: expected %3.</source>
        <translation>「%1」的幣別是 %2：應為%3。</translation>
    </message>
    <message>
        <source>Unknown kind of number "%1": expected count, integer, decimal, money or percent.</source>
        <translation>不明的數字種類「%1」：應為 count、integer、decimal、money 或 percent。</translation>
    </message>
</context>
<context>
    <name>OpenFileDialog</name>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
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
    <message>
        <source>Edit a value and press Enter; tick must-have to exclude venues that fail it. Every change can be undone.</source>
        <translation>修改數值後按 Enter；勾選「必要條件」即排除未符合的場地。每項變更都可復原。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Attendance per format</source>
        <translation>各形式出席人數</translation>
    </message>
    <message>
        <source>The one attendance every page and document uses: budget, revenue, quote review, CO2e and the bid documents. The on-site format's total is the expected attendance above.</source>
        <translation>各頁面與文件共用的唯一出席人數：預算、收入、報價審查、CO2e 與投標文件皆使用此數。實體形式的合計即為上方的預估出席人數。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>People on site</source>
        <translation>實體出席人數</translation>
    </message>
    <message>
        <source>People online</source>
        <translation>線上出席人數</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>1 fact without a source or an as-of date</source>
        <translation>1 項資料未註明來源或資料日期</translation>
    </message>
    <message>
        <source>%1 facts without a source or an as-of date</source>
        <translation>%1 項資料未註明來源或資料日期</translation>
    </message>
    <message>
        <source>They count like any other value. Choose one to open the page where it is edited and give its source and date.</source>
        <translation>這些資料仍照常計算。點選一項即開啟編輯該資料的頁面，補上來源與資料日期。</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1——%2——%3</translation>
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
        <source>No project is open.</source>
        <translation>尚未開啟專案。</translation>
    </message>
    <message>
        <source>Event: enter the event's name.</source>
        <translation>活動：請輸入活動名稱。</translation>
    </message>
    <message>
        <source>First day: a date as YYYY-MM-DD.</source>
        <translation>第一天：請以 YYYY-MM-DD 輸入日期。</translation>
    </message>
    <message>
        <source>Last day: on or after the first day.</source>
        <translation>最後一天：須在第一天當天或之後。</translation>
    </message>
    <message>
        <source>Last day: a date as YYYY-MM-DD.</source>
        <translation>最後一天：請以 YYYY-MM-DD 輸入日期。</translation>
    </message>
    <message>
        <source>Expected attendance: a whole number of people, at least 1.</source>
        <translation>預估人數：至少 1 人的整數。</translation>
    </message>
    <message>
        <source>Expected attendance: %1</source>
        <translation>期望出席：%1</translation>
    </message>
    <message>
        <source>a new project</source>
        <translation>新專案</translation>
    </message>
</context>
<context>
    <name>QuotePage</name>
    <message>
        <source>No quote versions yet.</source>
        <translation>尚無報價版本。</translation>
    </message>
    <message>
        <source>Excl. tax (未稅) %1 · business tax %2 · incl. tax (含稅) %3</source>
        <translation>未稅 %1 · 營業稅 %2 · 含稅 %3</translation>
    </message>
    <message>
        <source>Payment terms: %1</source>
        <translation>付款條件：%1</translation>
    </message>
    <message>
        <source>The budget changed after this version was issued.</source>
        <translation>此版本發出後預算已變更。</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>變更：%1</translation>
    </message>
    <message>
        <source>Export quote</source>
        <translation>匯出報價單</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Quote = budget cost per category + markup − discount + 5 % business tax. The same documents: venuebid-cli quote PROJECT --version N --out quote.pdf, and with --cost-sheet the internal cost sheet.</source>
        <translation>報價 = 各類別預算成本 + 加成 − 折扣 + 5% 營業稅。相同文件可由 venuebid-cli quote PROJECT --version N --out quote.pdf 產生，加上 --cost-sheet 則為內部成本表。</translation>
    </message>
    <message>
        <source>Export quote…</source>
        <translation>匯出報價單…</translation>
    </message>
    <message>
        <source>Export cost sheet (internal)…</source>
        <translation>匯出成本表（內部）…</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文件 (*.odt)</translation>
    </message>
    <message>
        <source>Export cost sheet (internal)</source>
        <translation>匯出成本表（內部）</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>新版本…</translation>
    </message>
</context>
<context>
    <name>QuoteReviewController</name>
    <message>
        <source>No exchange rate for %1: not comparable, not scored.</source>
        <translation>%1 無匯率：無法比較，未納入評分。</translation>
    </message>
    <message>
        <source>does not include: %1 — estimate %2 added</source>
        <translation>未含：%1 — 以估計 %2 補足</translation>
    </message>
    <message>
        <source>%1 unknown: scored as the worst known score</source>
        <translation>%1 未知：以已知最差分數計</translation>
    </message>
    <message>
        <source>Best overall: %1.</source>
        <translation>綜合最佳：%1。</translation>
    </message>
    <message>
        <source>Cheapest on the same scope: %1.</source>
        <translation>同範圍最便宜：%1。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未開啟專案。</translation>
    </message>
    <message>
        <source>Quote score: %1</source>
        <translation>報價評分：%1</translation>
    </message>
    <message>
        <source>Per attendee over %1 attendees (set for this review); method %2; tax %3 %</source>
        <translation>以 %1 位出席者計算每人金額（本次審查設定）；方法 %2；稅率 %3 %</translation>
    </message>
    <message>
        <source>Per attendee over %1 attendees (the expected attendance on the overview); method %2; tax %3 %</source>
        <translation>以 %1 位出席者計算每人金額（總覽的預估出席人數）；方法 %2；稅率 %3 %</translation>
    </message>
    <message>
        <source>Add quote: %1</source>
        <translation>新增報價：%1</translation>
    </message>
    <message>
        <source>Edit quote: %1</source>
        <translation>編輯報價：%1</translation>
    </message>
    <message>
        <source>Delete quote: %1</source>
        <translation>刪除報價：%1</translation>
    </message>
</context>
<context>
    <name>QuoteVersionDialog</name>
    <message>
        <source>New quote version</source>
        <translation>新版報價</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>發出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>報價日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Format quoted</source>
        <translation>報價型式</translation>
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
        <source>Markup (internal)</source>
        <translation>加成（內部）</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>Payment terms (English)</source>
        <translation>付款條件（英文）</translation>
    </message>
    <message>
        <source>Payment terms (Chinese)</source>
        <translation>付款條件（中文）</translation>
    </message>
    <message>
        <source>What changed (English)</source>
        <translation>變更說明（英文）</translation>
    </message>
    <message>
        <source>What changed (Chinese)</source>
        <translation>變更說明（中文）</translation>
    </message>
    <message>
        <source>Prices shown</source>
        <translation>價格呈現</translation>
    </message>
    <message>
        <source>by category</source>
        <translation>依類別</translation>
    </message>
    <message>
        <source>line by line</source>
        <translation>逐項列出</translation>
    </message>
    <message>
        <source>The client sees the prices, the discount, the validity, the payment terms and what changed; never the markup.</source>
        <translation>客戶看到的是價格、折扣、有效期限、付款條件與變更說明，不會看到加成。</translation>
    </message>
</context>
<context>
    <name>QuoteVersionModel</name>
    <message>
        <source>markup %1 · discount %2 · valid until %3</source>
        <translation>加成 %1 · 折扣 %2 · 有效期限 %3</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>Every quote on one basis: converted to the base currency, service charge and business tax included, and each item it leaves out priced at the project's own estimate, so that all totals cover the same scope.</source>
        <translation>所有報價以同一基準比較：換算為本位幣、含服務費與營業稅，報價未含的項目以本專案自己的估計補足，使每個總額涵蓋相同範圍。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>報價廠商</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>報價金額</translation>
    </message>
    <message>
        <source>Tax and service incl.</source>
        <translation>含稅含服務費</translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation>缺項估計</translation>
    </message>
    <message>
        <source>Comparable total</source>
        <translation>同範圍總額</translation>
    </message>
    <message>
        <source>Per attendee</source>
        <translation>每人</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>no FX rate</source>
        <translation>無匯率</translation>
    </message>
    <message>
        <source>best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <source>Normalisation and scoring: docs/bids.md. Same numbers: venuebid-cli quotes PROJECT.</source>
        <translation>正規化與評分方式：docs/bids.md。相同數字：venuebid-cli quotes PROJECT。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No quotes received yet: add the first one below. It is compared on one basis with the ones that follow, by price per attendee until you add criteria.</source>
        <translation>尚未收到報價：請在下方新增第一份。之後的報價都會換算成同一基準比較；在新增評比準則之前，依每人價格排序。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Add a received quote</source>
        <translation>新增收到的報價</translation>
    </message>
    <message>
        <source>Edit the quote from %1</source>
        <translation>編輯 %1 的報價</translation>
    </message>
    <message>
        <source>e.g. Taipei International Convention Center</source>
        <translation>例如 台北國際會議中心</translation>
    </message>
    <message>
        <source>Amount quoted</source>
        <translation>報價金額</translation>
    </message>
    <message>
        <source>excl. tax (未稅)</source>
        <translation>未稅</translation>
    </message>
    <message>
        <source>incl. tax (含稅)</source>
        <translation>含稅</translation>
    </message>
    <message>
        <source>tax exempt</source>
        <translation>免稅</translation>
    </message>
    <message>
        <source>no service charge</source>
        <translation>無服務費</translation>
    </message>
    <message>
        <source>plus 10 % service charge</source>
        <translation>另加 10 % 服務費</translation>
    </message>
    <message>
        <source>service charge included</source>
        <translation>已含服務費</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>涵蓋項目</translation>
    </message>
    <message>
        <source>%1 (estimate %2)</source>
        <translation>%1（估計 %2）</translation>
    </message>
    <message>
        <source>An item left out is priced at the estimate, so that every quote covers the same scope.</source>
        <translation>報價未涵蓋的項目以估計金額補上，使每份報價的範圍相同。</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>新增報價</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>儲存變更</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RankingController</name>
    <message>
        <source>Nothing to report: no project is open.</source>
        <translation>沒有可產生報告的內容：尚未開啟專案。</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between sentences</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Excluded: fail a must-have requirement (%1)</source>
        <translation>排除：未符合必要條件（%1）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>評分方法</translation>
    </message>
    <message>
        <source>Weighted sum (WSM)</source>
        <translation>加權總和法 (WSM)</translation>
    </message>
    <message>
        <source>Weighted product (WPM)</source>
        <translation>加權乘積法 (WPM)</translation>
    </message>
    <message>
        <source>Scores are VIKOR's Q: lower is better.</source>
        <translation>分數為 VIKOR 的 Q 值：愈低愈好。</translation>
    </message>
    <message>
        <source>An unknown value counts as the worst known value of its criterion, marked ⚠. The same numbers: venuebid-cli rank PROJECT --method %1.</source>
        <translation>未知數值以該準則已知的最差值計算，並以 ⚠ 標示。相同數字可由 venuebid-cli rank PROJECT --method %1 重現。</translation>
    </message>
    <message>
        <source>Where the methods agree</source>
        <translation>各評分方法的一致性</translation>
    </message>
    <message>
        <source>All four methods rank the same venue first.</source>
        <translation>四種方法的第一名相同。</translation>
    </message>
    <message>
        <source>The methods disagree on the winner: check the weights and the sensitivity page.</source>
        <translation>各方法的第一名不同：請檢查權重與敏感度分析頁。</translation>
    </message>
    <message>
        <source>Rows in italics are ranked differently by at least one method.</source>
        <translation>斜體列表示至少有一種方法給出不同名次。</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Suitability report…</source>
        <translation>場地適用性評估報告…</translation>
    </message>
    <message>
        <source>Weighted-sum contributions:</source>
        <translation>加權總和的各準則貢獻：</translation>
    </message>
    <message>
        <source>Save the suitability report</source>
        <translation>儲存場地適用性評估報告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文件 (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Ranked venues (%1)</source>
        <translation>排名場地（%1）</translation>
    </message>
    <message>
        <source>Saved %1, all venues in %2</source>
        <translation>已儲存 %1，所有場地見 %2</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unsaved changes found</source>
        <translation>發現尚未儲存的變更</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <source>Recover the unsaved changes of "%1" from %2?</source>
        <translation>要復原「%1」尚未儲存的變更嗎？（自動保存於 %2）</translation>
    </message>
</context>
<context>
    <name>RequirementsController</name>
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
    <message>
        <source>No project is open.</source>
        <translation>尚未開啟專案。</translation>
    </message>
    <message>
        <source>unknown requirement %1</source>
        <translation>未知的需求項目 %1</translation>
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
        <source>People on site: %1</source>
        <translation>實體出席人數：%1</translation>
    </message>
    <message>
        <source>People online: %1</source>
        <translation>線上出席人數：%1</translation>
    </message>
    <message>
        <source>That is more people than VenueBid can count (at most 1,000,000,000).</source>
        <translation>人數超過 VenueBid 可計算的上限（最多 1,000,000,000）。</translation>
    </message>
    <message>
        <source>A format needs at least one person, on site or online.</source>
        <translation>每種形式至少需要一位出席者（實體或線上）。</translation>
    </message>
    <message>
        <source>%1 needs a value: a whole number of 1 or more.</source>
        <translation>「%1」必須填寫：1 以上的整數。</translation>
    </message>
    <message>
        <source>%1 is a must-have, so it needs a value. Untick must-have first to clear it.</source>
        <translation>「%1」是必要條件，必須有值。請先取消勾選「必要條件」再清除。</translation>
    </message>
    <message>
        <source>%1 needs a whole number of 1 or more.</source>
        <translation>「%1」須為 1 以上的整數。</translation>
    </message>
    <message>
        <source>Type a value for %1 before making it a must-have.</source>
        <translation>請先輸入「%1」的數值，再設為必要條件。</translation>
    </message>
</context>
<context>
    <name>RevenueItemDialog</name>
    <message>
        <source>Add revenue item</source>
        <translation>新增收入項目</translation>
    </message>
    <message>
        <source>Revenue item %1</source>
        <translation>收入項目 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名稱（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名稱（中文）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Fee per attendee</source>
        <translation>每人費用</translation>
    </message>
    <message>
        <source>Amount per unit</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付費者</translation>
    </message>
    <message>
        <source>on-site attendees</source>
        <translation>實體與會者</translation>
    </message>
    <message>
        <source>online attendees</source>
        <translation>線上與會者</translation>
    </message>
    <message>
        <source>Share of them</source>
        <translation>其中比例</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>booths</source>
        <translation>攤位</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>平方公尺</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>辦理形式</translation>
    </message>
    <message>
        <source>On site</source>
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
        <source>Source (optional)</source>
        <translation>來源（選填）</translation>
    </message>
</context>
<context>
    <name>RevenuePage</name>
    <message>
        <source>Revenue: %1</source>
        <translation>收入：%1</translation>
    </message>
    <message>
        <source>Cost incl. tax: %1</source>
        <translation>成本（含稅）：%1</translation>
    </message>
    <message>
        <source>Surplus: %1</source>
        <translation>損益：%1</translation>
    </message>
    <message>
        <source>Break-even attendees: %1</source>
        <translation>損益兩平人數：%1</translation>
    </message>
    <message>
        <source>ROI: %1</source>
        <translation>投資報酬率：%1</translation>
    </message>
    <message>
        <source>Paid before revenue arrives: %1; peak exposure %2 (%3); ceiling %4</source>
        <translation>收入前須先支付：%1；最高資金缺口 %2（%3）；上限 %4</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>%1: %2 attendees, surplus %3, ROI %4</source>
        <translation>%1：%2 人，損益 %3，投資報酬率 %4</translation>
    </message>
    <message>
        <source>Levers, largest effect first</source>
        <translation>增加收入的方法（效果由大到小）</translation>
    </message>
    <message>
        <source>Revenue items (TWD: on-site / hybrid / online)</source>
        <translation>收入項目（新臺幣：實體／混合／線上）</translation>
    </message>
    <message>
        <source>count %1</source>
        <translation>數量 %1</translation>
    </message>
    <message>
        <source>Break-even attendance Q = F / (P − V); ROI = (revenue − cost) / cost × 100, compared as the tax basis below states. The same numbers: venuebid-cli budget PROJECT --format json.</source>
        <translation>損益兩平人數 Q = F / (P − V)；投資報酬率 = (收入 − 成本) / 成本 × 100，依下方稅務基礎比較。相同數字：venuebid-cli budget PROJECT --format json。</translation>
    </message>
    <message>
        <source>Output tax in revenue: %1; revenue before tax: %2</source>
        <translation>收入內含銷項稅額：%1；未稅收入：%2</translation>
    </message>
    <message>
        <source>Cost excl. tax (input tax credited): %1</source>
        <translation>成本（未稅，進項稅額可扣抵）：%1</translation>
    </message>
    <message>
        <source>Margin of safety: %1 attendees</source>
        <translation>安全邊際：%1 人</translation>
    </message>
    <message>
        <source>Break-even fee for %1 payers: %2 before fixed income, %3 after</source>
        <translation>%1 位付費者的損益兩平報名費：未計固定收入 %2，扣除固定收入後 %3</translation>
    </message>
    <message>
        <source>%1 attendees, set on the overview</source>
        <translation>%1 人（於總覽設定）</translation>
    </message>
    <message>
        <source>This project has no revenue estimate yet: add its revenue items below (registration fees, sponsorship, exhibition, subsidies).</source>
        <translation>此專案尚無收入估算：請在下方新增收入項目（報名費、贊助、展覽、補助）。</translation>
    </message>
    <message>
        <source>Add revenue item…</source>
        <translation>新增收入項目…</translation>
    </message>
    <message>
        <source>Change item…</source>
        <translation>變更項目…</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>刪除項目</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
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
    <message>
        <source>No scenario selected.</source>
        <translation>未選擇情境。</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>情境：%1</translation>
    </message>
    <message>
        <source>Flights, domestic (kg CO2e per passenger-km)</source>
        <translation>國內航班（每人公里 kg CO2e）</translation>
    </message>
    <message>
        <source>Flights, short haul (kg CO2e per passenger-km)</source>
        <translation>短程航班（每人公里 kg CO2e）</translation>
    </message>
    <message>
        <source>Flights, long haul (kg CO2e per passenger-km)</source>
        <translation>長程航班（每人公里 kg CO2e）</translation>
    </message>
    <message>
        <source>Distance uplift (× great-circle distance)</source>
        <translation>距離加成（× 大圓距離）</translation>
    </message>
    <message>
        <source>Local ground transport (kg CO2e per passenger-km)</source>
        <translation>在地地面交通（每人公里 kg CO2e）</translation>
    </message>
    <message>
        <source>Hotel (kg CO2e per room-night)</source>
        <translation>住宿（每間夜 kg CO2e）</translation>
    </message>
    <message>
        <source>Online participation (kg CO2e per participant)</source>
        <translation>線上參與（每位參與者 kg CO2e）</translation>
    </message>
    <message>
        <source>%1: expected a number ≥ 0, or nothing when unknown.</source>
        <translation>%1：應為 ≥ 0 的數字，未知則留空。</translation>
    </message>
    <message>
        <source>CO2e factor: %1</source>
        <translation>碳排係數：%1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未開啟專案。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Add scenario: %1</source>
        <translation>新增情境：%1</translation>
    </message>
    <message>
        <source>Delete scenario: %1</source>
        <translation>刪除情境：%1</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>機率</translation>
    </message>
    <message>
        <source>On-site attendance change</source>
        <translation>實體出席變化</translation>
    </message>
    <message>
        <source>Online attendance change</source>
        <translation>線上參與變化</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the effects of a scenario</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>Move scenario: %1</source>
        <translation>移動情境：%1</translation>
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
    <message>
        <source>Surplus without incidents: %1</source>
        <translation>無事件時盈餘：%1</translation>
    </message>
    <message>
        <source>Expected surplus: %1</source>
        <translation>期望盈餘：%1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>p %</source>
        <translation>機率 %</translation>
    </message>
    <message>
        <source>L</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>I</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>on-site %</source>
        <translation>實體 %</translation>
    </message>
    <message>
        <source>online %</source>
        <translation>線上 %</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>備案</translation>
    </message>
    <message>
        <source>on-site</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>CO2e factors and their sources</source>
        <translation>碳排係數與來源</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>source URL</source>
        <translation>來源網址</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>資料日期</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Add a risk scenario</source>
        <translation>新增風險情境</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>in Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>natural hazard</source>
        <translation>天然災害</translation>
    </message>
    <message>
        <source>human-made</source>
        <translation>人為因素</translation>
    </message>
    <message>
        <source>technological</source>
        <translation>技術因素</translation>
    </message>
    <message>
        <source>venue closed</source>
        <translation>場館關閉</translation>
    </message>
    <message>
        <source>of those lost, join online %</source>
        <translation>流失者改為線上參加 %</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>新增情境</translation>
    </message>
    <message>
        <source>Percentages: the probability of the scenario around the event; the change of on-site and online attendance (-60 = 60 % fewer). The scenarios are alternatives: their probabilities add up to at most 100 %.</source>
        <translation>皆為百分比：情境在會議期間發生的機率；實體與線上出席人數的變化（-60 表示減少 60 %）。各情境互斥：機率合計至多 100 %。</translation>
    </message>
</context>
<context>
    <name>SensitivityController</name>
    <message>
        <source>at %1 → %2</source>
        <translation>權重 %1 時 → %2</translation>
    </message>
    <message>
        <source>never changes the winner</source>
        <translation>不會改變第一名</translation>
    </message>
    <message>
        <source>The smallest single change that changes the winner: %1 from %2 to %3 makes %4 the winner.</source>
        <translation>改變第一名所需的最小單一變動：%1 由 %2 調整為 %3，第一名將變為 %4。</translation>
    </message>
    <message>
        <source>No single weight change makes another venue the winner.</source>
        <translation>任何單一權重變動都不會改變第一名。</translation>
    </message>
    <message>
        <source>SMAA refused: %1</source>
        <translation>SMAA 無法執行：%1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n sample(s); no result shown.</source>
        <translation><numerusform>已在 %n 個樣本後取消；不顯示結果。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n weight sample(s), seed 1, uniform on the simplex.</source>
        <translation><numerusform>%n 組權重樣本，亂數種子 1，於單形上均勻抽樣。</numerusform></translation>
    </message>
    <message>
        <source>The %1 best of %2 ranked venues under the current weights, analysed on their own; a venue ranked below them is not considered (venuebid-cli sensitivity --top-k %1).</source>
        <translation>依目前權重排名前 %1 名的場地（共 %2 個排名場地），單獨分析；排名在其後的場地不列入考量（venuebid-cli sensitivity --top-k %1）。</translation>
    </message>
    <message>
        <source>the number of samples is outside what SMAA accepts.</source>
        <translation>樣本數超出 SMAA 接受的範圍。</translation>
    </message>
    <message>
        <source>the project is too large for this many samples; choose fewer samples.</source>
        <translation>專案太大，無法用這麼多樣本計算；請減少樣本數。</translation>
    </message>
    <message>
        <source>there are too many venues for a full rank table.</source>
        <translation>場地太多，無法列出完整的名次表。</translation>
    </message>
    <message>
        <source>the weight limits cannot hold together (they must allow weights that add up to 100 %).</source>
        <translation>權重上下限彼此矛盾（須容許權重合計為 100 %）。</translation>
    </message>
    <message>
        <source>too few weight samples meet the limits and the importance order; widen the limits.</source>
        <translation>符合上下限與重要性順序的權重樣本太少；請放寬上下限。</translation>
    </message>
    <message>
        <source>the request cannot be computed.</source>
        <translation>無法計算此要求。</translation>
    </message>
</context>
<context>
    <name>SensitivityPage</name>
    <message>
        <source>Weight stability</source>
        <translation>權重穩定區間</translation>
    </message>
    <message>
        <source>SMAA-2 rank acceptability</source>
        <translation>SMAA-2 名次接受度</translation>
    </message>
    <message>
        <source>Weights drawn uniformly at random; each bar shows how often the venue takes rank 1 (green), 2, 3 … across the samples.</source>
        <translation>權重隨機均勻抽樣；每條長條顯示該場地在各樣本中取得第 1 名（綠色）、第 2、3 名…的比例。</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>樣本數</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>rank 1: %1 %</source>
        <translation>第 1 名：%1 %</translation>
    </message>
    <message>
        <source>Method: %1. Changing one weight rescales the others in proportion. The green band is where %2 stays first; the blue band is where the whole ranking stays the same. Same numbers: venuebid-cli sensitivity PROJECT --method %3.</source>
        <translation>評分方法：%1。調整單一權重時，其他權重依比例縮放。綠色區間為 %2 維持第一名的權重範圍；藍色區間為整體排名不變的範圍。相同數字可由 venuebid-cli sensitivity PROJECT --method %3 重現。</translation>
    </message>
</context>
<context>
    <name>SvgChartItem</name>
    <message>
        <source>Give the file name the ending .svg (a drawing) or .png (a picture).</source>
        <translation>請將檔名結尾設為 .svg（向量圖）或 .png（圖片）。</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>尚無可儲存的圖表。</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Check that the folder exists and can be written to.</source>
        <translation>無法將圖表寫入 %1。請確認資料夾存在且可寫入。</translation>
    </message>
</context>
<context>
    <name>TenderController</name>
    <message>
        <source>No project is open.</source>
        <translation>尚未開啟專案。</translation>
    </message>
    <message>
        <source>Tender method: %1</source>
        <translation>評選方式：%1</translation>
    </message>
    <message>
        <source>No such method.</source>
        <translation>沒有這種評選方式。</translation>
    </message>
    <message>
        <source>Add evaluation item: %1</source>
        <translation>新增評選項目：%1</translation>
    </message>
    <message>
        <source>Evaluation item: %1</source>
        <translation>評選項目：%1</translation>
    </message>
    <message>
        <source>Delete evaluation item: %1</source>
        <translation>刪除評選項目：%1</translation>
    </message>
    <message>
        <source>Add committee member: %1</source>
        <translation>新增評選委員：%1</translation>
    </message>
    <message>
        <source>Delete committee member: %1</source>
        <translation>刪除評選委員：%1</translation>
    </message>
    <message>
        <source>Score sheet: %1 on %2</source>
        <translation>評分表：%1 評 %2</translation>
    </message>
    <message>
        <source>Start the tender</source>
        <translation>建立標案</translation>
    </message>
    <message>
        <source>Add bidder: %1</source>
        <translation>新增投標廠商：%1</translation>
    </message>
    <message>
        <source>Delete bidder: %1</source>
        <translation>刪除投標廠商：%1</translation>
    </message>
    <message>
        <source>Move evaluation item: %1</source>
        <translation>移動評選項目：%1</translation>
    </message>
    <message>
        <source>Move bidder: %1</source>
        <translation>移動投標廠商：%1</translation>
    </message>
    <message>
        <source>Move committee member: %1</source>
        <translation>移動評選委員：%1</translation>
    </message>
</context>
<context>
    <name>TenderPage</name>
    <message>
        <source>Bidder</source>
        <translation>投標廠商</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分數</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>及格</translation>
    </message>
    <message>
        <source>Rank (總評分法)</source>
        <translation>名次（總評分法）</translation>
    </message>
    <message>
        <source>Rank sum (序位法)</source>
        <translation>序位和（序位法）</translation>
    </message>
    <message>
        <source>First places</source>
        <translation>第一名票數</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Winner by method</source>
        <translation>各評選方法的得標者</translation>
    </message>
    <message>
        <source>Warnings and conventions</source>
        <translation>警告與約定設定</translation>
    </message>
    <message>
        <source>Rules and their sources (some marked to verify): docs/bids.md. Same numbers: venuebid-cli tender PROJECT.</source>
        <translation>規則與出處（部分標示待查證）：docs/bids.md。相同數字可由 venuebid-cli tender PROJECT 重現。</translation>
    </message>
    <message>
        <source>Our bid (%1): margin per item</source>
        <translation>我方（%1）各評選項目差距</translation>
    </message>
    <message>
        <source>Evaluation item</source>
        <translation>評選項目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>配分</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>Best competitor</source>
        <translation>最佳競爭者</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Score sheet (評分總表): each member's total, his rank in brackets</source>
        <translation>評分總表：各委員評分總計（括號內為該委員評定之序位）</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>評選委員</translation>
    </message>
    <message>
        <source>Result by bidder (method of the tender: %1)</source>
        <translation>各廠商評定結果（本案評定方式：%1）</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>標價</translation>
    </message>
    <message>
        <source>Price ÷ score</source>
        <translation>標價÷總分</translation>
    </message>
    <message>
        <source>Decided rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Conventions applied</source>
        <translation>採用之評定方式</translation>
    </message>
    <message>
        <source>Method and evaluation items</source>
        <translation>評選方式與評選項目</translation>
    </message>
    <message>
        <source>Method of the tender</source>
        <translation>本案評選方式</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>item, in English</source>
        <translation>項目（英文）</translation>
    </message>
    <message>
        <source>in Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>other item</source>
        <translation>其他項目</translation>
    </message>
    <message>
        <source>price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>presentation and Q&amp;A</source>
        <translation>簡報及答詢</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>新增項目</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>評選委員會</translation>
    </message>
    <message>
        <source>outside expert</source>
        <translation>外聘專家學者</translation>
    </message>
    <message>
        <source>internal member</source>
        <translation>內聘委員</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>member's name</source>
        <translation>委員姓名</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>新增委員</translation>
    </message>
    <message>
        <source>Enter a score sheet</source>
        <translation>輸入評分表</translation>
    </message>
    <message>
        <source>%1 (of %2 points)</source>
        <translation>%1（配分 %2）</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未評分</translation>
    </message>
    <message>
        <source>Save score sheet</source>
        <translation>儲存評分表</translation>
    </message>
    <message>
        <source>Every attending member has scored every bidder on every item.</source>
        <translation>每位出席委員皆已就每一項目評分每家廠商。</translation>
    </message>
    <message>
        <source>This project has no tender yet. Start one below: its title and method, the first evaluation item and the first committee member; bidders, items and members are added after.</source>
        <translation>此專案尚無標案。請在下方建立：標案名稱與評選方式、第一個評選項目及第一位評選委員；投標廠商、項目與委員可於之後新增。</translation>
    </message>
    <message>
        <source>Tender title (English)</source>
        <translation>標案名稱（英文）</translation>
    </message>
    <message>
        <source>Tender title (Chinese)</source>
        <translation>標案名稱（中文）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>評分方法</translation>
    </message>
    <message>
        <source>First evaluation item</source>
        <translation>第一個評選項目</translation>
    </message>
    <message>
        <source>e.g. Event plan</source>
        <translation>例：活動企劃</translation>
    </message>
    <message>
        <source>Its points</source>
        <translation>配分</translation>
    </message>
    <message>
        <source>First committee member</source>
        <translation>第一位評選委員</translation>
    </message>
    <message>
        <source>Start the tender</source>
        <translation>建立標案</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>投標廠商</translation>
    </message>
    <message>
        <source>bidder's name</source>
        <translation>廠商名稱</translation>
    </message>
    <message>
        <source>price (if known)</source>
        <translation>報價（如已知）</translation>
    </message>
    <message>
        <source>Add bidder</source>
        <translation>新增投標廠商</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>尚未儲存的變更</translation>
    </message>
    <message>
        <source>Save the changes to "%1" before continuing? Changes you do not save are lost.</source>
        <translation>繼續之前要儲存「%1」的變更嗎？未儲存的變更將會遺失。</translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation>保留到下次</translation>
    </message>
    <message>
        <source>Save the changes to "%1" before continuing? Changes you discard are lost; changes you keep for later are offered the next time VenueBid starts.</source>
        <translation>繼續之前要儲存「%1」的變更嗎？捨棄的變更將會遺失；保留到下次的變更，會在下次啟動 VenueBid 時詢問是否復原。</translation>
    </message>
</context>
<context>
    <name>UnsourcedTag</name>
    <message>
        <source>unsourced</source>
        <translation>未註明來源</translation>
    </message>
    <message>
        <source>unsourced: %1</source>
        <translation>未註明來源：%1</translation>
    </message>
</context>
<context>
    <name>VenueEditorDialog</name>
    <message>
        <source>Plenary seats</source>
        <translation>主會場座位數</translation>
    </message>
    <message>
        <source>Meeting rooms</source>
        <translation>會議室數</translation>
    </message>
    <message>
        <source>Exhibition area (m²)</source>
        <translation>展覽面積 (m²)</translation>
    </message>
    <message>
        <source>Exhibition booths</source>
        <translation>標準攤位數</translation>
    </message>
    <message>
        <source>Hotel rooms nearby</source>
        <translation>鄰近飯店客房數</translation>
    </message>
    <message>
        <source>Minutes to the airport</source>
        <translation>至機場分鐘數</translation>
    </message>
    <message>
        <source>Venue rental</source>
        <translation>場地租金</translation>
    </message>
    <message>
        <source>Add venue</source>
        <translation>新增場地</translation>
    </message>
    <message>
        <source>Edit venue %1</source>
        <translation>編輯場地 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>ISO code, e.g. TW</source>
        <translation>ISO 代碼，例如 TW</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名稱（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名稱（英文）</translation>
    </message>
    <message>
        <source>City (Chinese)</source>
        <translation>城市（中文）</translation>
    </message>
    <message>
        <source>City (English)</source>
        <translation>城市（英文）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候選場地</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>競爭場館</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>資料日期</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Estimate basis</source>
        <translation>估算依據</translation>
    </message>
    <message>
        <source>how the estimate was made</source>
        <translation>估算方式</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was saved.</source>
        <translation><numerusform>%n 個問題：未儲存任何變更。</numerusform></translation>
    </message>
    <message>
        <source>An empty value means unknown (never 0). Give a known value its source URL (or "estimate" with a basis) and as-of date; without them it is kept as unsourced and the overview lists it.</source>
        <translation>空白代表未知（絕不當作 0）。已知的數值請附來源網址（或勾選「估計」並說明依據）及資料日期；未註明者仍會保留，標示為未註明來源，並列於總覽頁。</translation>
    </message>
</context>
<context>
    <name>VenueImportController</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
</context>
<context>
    <name>VenueImportDialog</name>
    <message>
        <source>Import venues from CSV</source>
        <translation>從 CSV 匯入場地</translation>
    </message>
    <message>
        <source>Import venues from %1</source>
        <translation>從 %1 匯入場地</translation>
    </message>
    <message>
        <source>Choose a UTF-8 CSV file with a header row (id, name_zh, name_en, then fact columns such as plenary_seats). Empty cells are unknown.</source>
        <translation>請選擇 UTF-8 編碼、含標題列的 CSV 檔（id、name_zh、name_en，再加上 plenary_seats 等事實欄位）。空白儲存格代表未知。</translation>
    </message>
</context>
<context>
    <name>VenueLibraryController</name>
    <message>
        <source>No project is open.</source>
        <translation>尚未開啟專案。</translation>
    </message>
    <message>
        <source>Add venue %1</source>
        <translation>新增場地 %1</translation>
    </message>
    <message>
        <source>There is no venue "%1".</source>
        <translation>沒有場地「%1」。</translation>
    </message>
    <message>
        <source>Edit venue %1</source>
        <translation>編輯場地 %1</translation>
    </message>
    <message>
        <source>Delete venue %1</source>
        <translation>刪除場地 %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n venue(s)</source>
        <translation><numerusform>匯入 %n 個場地</numerusform></translation>
    </message>
    <message>
        <source>Plenary seats</source>
        <translation>主會場座位數</translation>
    </message>
    <message>
        <source>Meeting rooms</source>
        <translation>會議室數</translation>
    </message>
    <message>
        <source>Exhibition area (m²)</source>
        <translation>展覽面積 (m²)</translation>
    </message>
    <message>
        <source>Exhibition booths</source>
        <translation>標準攤位數</translation>
    </message>
    <message>
        <source>Hotel rooms nearby</source>
        <translation>鄰近飯店客房數</translation>
    </message>
    <message>
        <source>Minutes to the airport</source>
        <translation>至機場分鐘數</translation>
    </message>
    <message>
        <source>Venue rental</source>
        <translation>場地租金</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>資料日期</translation>
    </message>
    <message>
        <source>source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估計</translation>
    </message>
    <message>
        <source>estimate basis</source>
        <translation>估計依據</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名稱（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名稱（英文）</translation>
    </message>
    <message>
        <source>City (Chinese)</source>
        <translation>城市（中文）</translation>
    </message>
    <message>
        <source>City (English)</source>
        <translation>城市（英文）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>A site inspection still names this venue. Delete the inspection or choose another venue there first.</source>
        <translation>仍有場勘紀錄指定此場地。請先刪除該場勘，或在該處改選其他場地。</translation>
    </message>
    <message>
        <source>A risk scenario's fallback plan still names this venue. Change the fallback venue first.</source>
        <translation>仍有風險情境的備案指定此場地。請先更改備案場地。</translation>
    </message>
    <message>
        <source>A received quote is for this venue. Change or delete the quote first.</source>
        <translation>仍有收到的報價屬於此場地。請先更改或刪除該報價。</translation>
    </message>
    <message>
        <source>The bid book proposes this venue. Choose another venue for the bid book first.</source>
        <translation>競標企劃書提案的是此場地。請先為企劃書改選其他場地。</translation>
    </message>
    <message>
        <source>A destination in the comparison names this venue. Change that destination first.</source>
        <translation>目的地比較中仍有目的地指定此場地。請先更改該目的地。</translation>
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
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>匯入 CSV…</translation>
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
        <source>Delete venue %1?</source>
        <translation>刪除場地 %1？</translation>
    </message>
    <message>
        <source>The venue and its facts are removed from the project. Undo brings them back.</source>
        <translation>場地及其所有資料將從專案移除；可用「復原」找回。</translation>
    </message>
    <message>
        <source>The venue was not deleted</source>
        <translation>場地未刪除</translation>
    </message>
</context>
</TS>