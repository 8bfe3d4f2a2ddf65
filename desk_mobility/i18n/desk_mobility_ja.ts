<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccessibleCounts</name>
    <message numerus="yes">
        <source>%n seconds of rest left</source>
        <translation>
            <numerusform>休憩の残り %Ln 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>… and {count} more; the log has them all: {log}</source>
        <translation>…ほか {count} 件。すべてログにあります：{log}</translation>
    </message>
    <message>
        <source>The guide could not open</source>
        <translation>ガイドを開けませんでした</translation>
    </message>
    <message>
        <source>{app} is already running; its window is shown again.</source>
        <translation>{app} はすでに実行中です。ウィンドウをもう一度表示しました。</translation>
    </message>
    <message>
        <source>{app} is already running: see its icon in the system tray.</source>
        <translation>{app} はすでに実行中です。システムトレイのアイコンをご覧ください。</translation>
    </message>
</context>
<context>
    <name>CSV</name>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>end</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>utc_offset</source>
        <translation>UTC との時差</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>tightness</source>
        <translation>こわばり</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>start_utc</source>
        <translation>開始（UTC）</translation>
    </message>
    <message>
        <source>end_utc</source>
        <translation>終了（UTC）</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>約 %Ln 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%Ln 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%Ln セット</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%Ln 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations</source>
        <translation>
            <numerusform>%Ln 回の回旋</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routines</source>
        <translation>
            <numerusform>%Ln セッション</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks offered</source>
        <translation>
            <numerusform>休憩の提案 %Ln 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks on your own</source>
        <translation>
            <numerusform>自分で取った休憩 %Ln 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>自己評価 %Ln 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Breathe into your upper back. Let it widen as you inhale.</source>
        <translation>背中の上部に息を吸い込みます。吸うときに背中が広がるのを感じてください。</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Now to the right. Same squeeze, same rounding.</source>
        <translation>次は右へ。同じ締め付け、同じ丸み。</translation>
    </message>
    <message>
        <source>Now to the left. Same squeeze, same rounding.</source>
        <translation>次は左へ。同じ締め付け、同じ丸み。</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>左右を切り替え</translation>
    </message>
    <message>
        <source>The flashlight</source>
        <translation>懐中電灯</translation>
    </message>
    <message>
        <source>Stay rounded</source>
        <translation>丸みを保つ</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>dddd d MMMM</source>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <source>d</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d日</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>L</source>
        <comment>the user&apos;s left side: a letter or a very short word</comment>
        <translation>左</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the user&apos;s right side: a letter or a very short word</comment>
        <translation>右</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>1 回数える</translation>
    </message>
    <message>
        <source>Counts one rotation, like Space</source>
        <translation>スペースキーと同じく、1 回の回旋を数えます</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>to the right</source>
        <translation>右へ</translation>
    </message>
    <message>
        <source>to the left</source>
        <translation>左へ</translation>
    </message>
    <message>
        <source>SET {number} OF {sets}</source>
        <translation>セット {number} / {sets}</translation>
    </message>
    <message>
        <source>Guided · turn {turn} · hold {hold} · back {back}</source>
        <translation>ガイド付きテンポ · 回す {turn} · 止める {hold} · 戻す {back}</translation>
    </message>
    <message>
        <source>Self-paced · press Space (or click the figure) after each rotation</source>
        <translation>自分のペース · 回旋ごとにスペースキーを押す（または図をクリック）</translation>
    </message>
    <message>
        <source>End the session now? What you did is saved.
Esc ends it · any other key keeps going</source>
        <translation>セッションを今終了しますか？ ここまでの記録は保存されています。
Esc で終了 · ほかのキーで続行</translation>
    </message>
    <message>
        <source>Paused · press P to resume</source>
        <translation>一時停止中 · P キーで再開</translation>
    </message>
    <message>
        <source>Switch sides: now to the right in {seconds}</source>
        <translation>左右を切り替え：{seconds}後に右へ</translation>
    </message>
    <message>
        <source>Switch sides: now to the left in {seconds}</source>
        <translation>左右を切り替え：{seconds}後に左へ</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Nice set.</source>
        <translation>ナイスセット。</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>休憩をスキップ</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>REST · SET {number} OF {sets} DONE</source>
        <translation>休憩 · セット {number} / {sets} 完了</translation>
    </message>
    <message>
        <source>Nice set. Breathe.</source>
        <translation>ナイスセット。呼吸を整えましょう。</translation>
    </message>
    <message>
        <source>Next: set {number} of {sets}, starting {side}.</source>
        <translation>次：セット {number} / {sets}、{side}から始めます。</translation>
    </message>
    <message>
        <source>End early? Esc again ends and saves</source>
        <translation>早めに終了しますか？ もう一度 Esc で終了して保存</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>運動休憩</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>始める前に</translation>
    </message>
    <message>
        <source>Slightly rounded, like a baby crunch</source>
        <translation>軽いクランチのように、少し丸める</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>いま、背中の上部はどのくらいこわばっていますか？</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>効果の理由</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <translation>ガイド付きテンポ</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>自分のペース</translation>
    </message>
    <message>
        <source>{sets} × {reps} each way
{about_minutes} · {mode}</source>
        <translation>左右それぞれ {sets} × {reps}
{about_minutes} · {mode}</translation>
    </message>
    <message>
        <source>Your upper back was built to rotate</source>
        <translation>背中の上部は回旋するためにできています</translation>
    </message>
    <message>
        <source>What the movement is</source>
        <translation>どんな動きか</translation>
    </message>
    <message>
        <source>Why it stiffens</source>
        <translation>こわばる理由</translation>
    </message>
    <message>
        <source>What you get</source>
        <translation>得られること</translation>
    </message>
    <message>
        <source>Signs your upper back is locked</source>
        <translation>背中の上部が固まっているサイン</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>回旋</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>今週のセッション</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>いかがですか？ 背中の上部はどのくらいこわばっていますか？</translation>
    </message>
    <message>
        <source>SESSION COMPLETE</source>
        <translation>セッション完了</translation>
    </message>
    <message>
        <source>SESSION SAVED</source>
        <translation>セッションを保存しました</translation>
    </message>
    <message>
        <source>Well done. Your upper back moved today.</source>
        <translation>お疲れさまでした。今日は背中の上部が動きました。</translation>
    </message>
    <message>
        <source>Good start. What you did is saved.</source>
        <translation>良いスタートです。ここまでの記録は保存されています。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{count} {side}</source>
        <translation>{side} {count} 回</translation>
    </message>
    <message>
        <source>{rotations}: {sides}.</source>
        <translation>{rotations}：{sides}。</translation>
    </message>
    <message>
        <source>REPS</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>セット {number}</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>履歴に保存しました。</translation>
    </message>
    <message>
        <source>Saved to your history. Next time, aim for the full {sets} × {reps} each way.</source>
        <translation>履歴に保存しました。次回は左右それぞれ {sets} × {reps} を目指しましょう。</translation>
    </message>
    <message>
        <source>Before: {value} · optional</source>
        <translation>前回：{value} · 任意</translation>
    </message>
    <message>
        <source>Optional · 0 loose, 10 very tight</source>
        <translation>任意 · 0 ほぐれている、10 とてもこわばっている</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>End and save</source>
        <translation>終了して保存</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>1 回数える</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Rate tightness</source>
        <translation>こわばりを評価</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>評価を消去</translation>
    </message>
    <message>
        <source>Undo rep</source>
        <translation>1 回取り消す</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>ミュート解除</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>早めに終了</translation>
    </message>
</context>
<context>
    <name>GuideAccessibility</name>
    <message>
        <source>Optional. 0 is loose, 10 very tight. Arrow keys move the choice, Delete clears it.</source>
        <translation>任意。0 はほぐれている、10 はとてもこわばっている。矢印キーで選択を変え、Delete で消去します。</translation>
    </message>
    <message>
        <source>%1, loose</source>
        <translation>%1、ほぐれている</translation>
    </message>
    <message>
        <source>%1, very tight</source>
        <translation>%1、とてもこわばっている</translation>
    </message>
    <message>
        <source>Figure: the starting position</source>
        <translation>図：開始の姿勢</translation>
    </message>
    <message>
        <source>A person sits upright on a chair, a block squeezed between the thighs, upper back slightly rounded, turned to the right. A beam from the breastbone shows the turn; the small top view shows the hips still square.</source>
        <translation>人が椅子にまっすぐ座り、太ももの間にブロックを挟み、背中の上部を少し丸めて右へ回旋しています。胸骨から出る光が回旋を示し、小さな上からの図では腰がまっすぐのままです。</translation>
    </message>
    <message>
        <source>Side view: the rounded upper back</source>
        <translation>横からの図：丸めた背中の上部</translation>
    </message>
    <message>
        <source>Seen from the side, the upper back is slightly rounded, like a baby crunch.</source>
        <translation>横から見ると、背中の上部は軽いクランチのように少し丸まっています。</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>いま、背中の上部はどのくらいこわばっていますか？</translation>
    </message>
    <message>
        <source>What the movement is, why the upper back stiffens and what it gives (W).</source>
        <translation>どんな動きか、背中の上部がこわばる理由、得られること（W）。</translation>
    </message>
    <message>
        <source>Start the drill (Enter).</source>
        <translation>エクササイズを開始（Enter）。</translation>
    </message>
    <message>
        <source>Figure: resting</source>
        <translation>図：休憩</translation>
    </message>
    <message>
        <source>The person sits upright and faces forward, breathing between sets.</source>
        <translation>人はまっすぐ座って前を向き、セットの合間に呼吸しています。</translation>
    </message>
    <message>
        <source>Figure: the finished turn</source>
        <translation>図：回旋しきった姿勢</translation>
    </message>
    <message>
        <source>The person sits upright, upper back turned to the left, hips square.</source>
        <translation>人はまっすぐ座り、背中の上部を左へ回旋し、腰はまっすぐです。</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>いかがですか？ 背中の上部はどのくらいこわばっていますか？</translation>
    </message>
    <message>
        <source>Rep counter</source>
        <translation>回数カウンター</translation>
    </message>
    <message>
        <source>Rest countdown</source>
        <translation>休憩のカウントダウン</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>%1 of %2 to the right, set %4 of %5</source>
        <translation>右へ %1 / %2、セット %4 / %5</translation>
    </message>
    <message>
        <source>%1 of %2 to the left, set %4 of %5</source>
        <translation>左へ %1 / %2、セット %4 / %5</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the right and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>人が椅子に座り、背中の上部を右へ回して中央に戻します。腰と膝は前を向いたままです。胸骨からの光が懐中電灯のように動き、小さな上からの図ではおへそが前を向いたままです。</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the left and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>人が椅子に座り、背中の上部を左へ回して中央に戻します。腰と膝は前を向いたままです。胸骨からの光が懐中電灯のように動き、小さな上からの図ではおへそが前を向いたままです。</translation>
    </message>
    <message>
        <source>Press it, or Space, after each rotation.</source>
        <translation>回旋するたびに、これかスペースキーを押してください。</translation>
    </message>
    <message>
        <source>Animated figure</source>
        <translation>動く図</translation>
    </message>
    <message>
        <source>Rest is over</source>
        <translation>休憩は終わりです</translation>
    </message>
</context>
<context>
    <name>GuideNarration</name>
    <message>
        <source>End the session now? Escape ends it and saves, any other key keeps going.</source>
        <translation>セッションを今終了しますか？ Esc で終了して保存、ほかのキーで続行します。</translation>
    </message>
    <message>
        <source>Keep going.</source>
        <translation>続けます。</translation>
    </message>
    <message>
        <source>Paused. Press P to resume.</source>
        <translation>一時停止中。P キーで再開します。</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>再開しました。</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the right.</source>
        <translation>セット %1 / %2、右へ。</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the left.</source>
        <translation>セット %1 / %2、左へ。</translation>
    </message>
    <message>
        <source>Set %1 of %2 done.</source>
        <translation>セット %1 / %2 完了。</translation>
    </message>
    <message>
        <source>Session complete.</source>
        <translation>セッション完了。</translation>
    </message>
    <message>
        <source>Session ended. What you did is saved.</source>
        <translation>セッションを終了しました。ここまでの記録は保存されています。</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 / %2。</translation>
    </message>
    <message>
        <source>Switch sides: now to the right.</source>
        <translation>左右を切り替え：今度は右へ。</translation>
    </message>
    <message>
        <source>Switch sides: now to the left.</source>
        <translation>左右を切り替え：今度は左へ。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>calls</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>おやすみモード</translation>
    </message>
    <message>
        <source>fullscreen</source>
        <translation>全画面</translation>
    </message>
    <message>
        <source>{day}: nothing recorded.</source>
        <translation>{day}：記録なし。</translation>
    </message>
    <message>
        <source>sat {duration}</source>
        <translation>座っていた時間 {duration}</translation>
    </message>
    <message>
        <source>, longest stretch {duration}</source>
        <translation>、最長の連続着席 {duration}</translation>
    </message>
    <message>
        <source>{count} taken</source>
        <translation>実行 {count}</translation>
    </message>
    <message>
        <source>{count} snoozed</source>
        <translation>スヌーズ {count}</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>スキップ {count}</translation>
    </message>
    <message>
        <source>{count} missed</source>
        <translation>見逃し {count}</translation>
    </message>
    <message>
        <source>{offered} ({outcomes})</source>
        <translation>{offered}（{outcomes}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{routines} done, {reps}</source>
        <translation>{routines}完了、{reps}</translation>
    </message>
    <message>
        <source>tightness {value} / 10</source>
        <translation>こわばり {value} / 10</translation>
    </message>
    <message>
        <source>quiet time {duration}</source>
        <translation>静かな時間 {duration}</translation>
    </message>
    <message>
        <source>{day}: {facts}.</source>
        <translation>{day}：{facts}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{total} ({reasons})</source>
        <translation>{total}（{reasons}）</translation>
    </message>
    <message>
        <source>{reason} {duration}</source>
        <translation>{reason} {duration}</translation>
    </message>
    <message>
        <source>Week chart</source>
        <translation>週のグラフ</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · 今日</translation>
    </message>
    <message>
        <source>{routines} ✓  {reps} reps</source>
        <translation>{routines} ✓  {reps} 回</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>こわばりの推移</translation>
    </message>
    <message>
        <source>{check_ins}, from {first} to {last} out of 10</source>
        <translation>{check_ins}、10 段階で {first} から {last}</translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation>{value} / {total}</translation>
    </message>
    <message>
        <source>nothing to compare last week</source>
        <translation>先週と比較できるデータがありません</translation>
    </message>
    <message>
        <source>same as last week</source>
        <translation>先週と同じ</translation>
    </message>
    <message>
        <source>same as same days last week</source>
        <translation>先週の同じ曜日と同じ</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs same days last week</source>
        <translation>先週の同じ曜日より {arrow} {amount}</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs last week</source>
        <translation>先週より {arrow} {amount}</translation>
    </message>
    <message>
        <source>Desk Mobility – Weekly history</source>
        <translation>Desk Mobility – 週の履歴</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 前へ</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>前の週（Alt+←）</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>Back to this week (Home)</source>
        <translation>今週に戻る（Home）</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>次へ ›</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>次の週（Alt+→）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Save this week or your whole history as CSV (Ctrl+E)</source>
        <translation>今週または全履歴を CSV で保存（Ctrl+E）</translation>
    </message>
    <message>
        <source>This week…</source>
        <translation>今週…</translation>
    </message>
    <message>
        <source>All history…</source>
        <translation>すべての履歴…</translation>
    </message>
    <message>
        <source>Upper-back tightness check-ins, 0 loose to 10 very tight (○ before a routine, ● after)</source>
        <translation>背中の上部のこわばりの自己評価。0 ほぐれている ～ 10 とてもこわばっている（○ セッション前、● 後）</translation>
    </message>
    <message>
        <source>Your history could not be read.</source>
        <translation>履歴を読み込めませんでした。</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}～{end}</translation>
    </message>
    <message>
        <source>This week, {span}</source>
        <translation>今週（{span}）</translation>
    </message>
    <message>
        <source>Last week, {span}</source>
        <translation>先週（{span}）</translation>
    </message>
    <message>
        <source>Week, {span}</source>
        <translation>週（{span}）</translation>
    </message>
    <message>
        <source>{routines} on {days} of 7 days · {reps} · {own}</source>
        <translation>7 日中 {days} 日で {routines} · {reps} · {own}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>この週はまだ始まっていません。</translation>
    </message>
    <message>
        <source>Press Home or This week to come back to today.</source>
        <translation>Home キーか「今週」で今日に戻ります。</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week.</source>
        <translation>今週はまだ記録がありません。</translation>
    </message>
    <message>
        <source>Desk Mobility fills this page while it runs in the tray: time spent sitting, the breaks it offers and the rotation routines you do. Keep it running while you work, and take the next break it offers. Or start a routine now from the tray menu.</source>
        <translation>Desk Mobility はトレイで動いている間、このページを埋めていきます。座っていた時間、提案した休憩、行った回旋のセッションです。仕事中は起動したままにして、次に提案される休憩を取ってみてください。トレイのメニューから今すぐセッションを始めることもできます。</translation>
    </message>
    <message>
        <source>Your history starts on {date}.</source>
        <translation>履歴は {date} から始まっています。</translation>
    </message>
    <message>
        <source>Nothing recorded this week.</source>
        <translation>この週の記録はありません。</translation>
    </message>
    <message>
        <source>This is before Desk Mobility started keeping your history.</source>
        <translation>これは Desk Mobility が履歴を記録し始める前の期間です。</translation>
    </message>
    <message>
        <source>Desk Mobility was not running, or you had the week off. A week away from the desk is good for the back too. Press Home to see this week.</source>
        <translation>Desk Mobility が動いていなかったか、この週はお休みでした。デスクから離れた一週間も背中には良いものです。Home キーで今週を表示します。</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>着席</translation>
    </message>
    <message>
        <source>longest unbroken stretch</source>
        <translation>最長の連続着席</translation>
    </message>
    <message>
        <source>quiet time (calls, do not disturb)</source>
        <translation>静かな時間（通話、おやすみモード）</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>休憩：</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>moved when offered</source>
        <translation>提案時に体を動かした</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>見逃し</translation>
    </message>
    <message>
        <source>break on your own</source>
        <translation>自分で取った休憩</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>履歴を CSV でエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} に書き込めませんでした：{error}</translation>
    </message>
    <message>
        <source>Saved {rows} of this week to {path}</source>
        <translation>今週の {rows}を {path} に保存しました</translation>
    </message>
    <message>
        <source>Saved {rows} of your whole history to {path}</source>
        <translation>全履歴の {rows}を {path} に保存しました</translation>
    </message>
</context>
<context>
    <name>HistoryAccessibility</name>
    <message>
        <source>Week chart</source>
        <translation>週のグラフ</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>こわばりの推移</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>エクスポートの結果</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>any key</source>
        <translation>任意のキー</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
</context>
<context>
    <name>NarrationCounts</name>
    <message numerus="yes">
        <source>Rest for %n seconds.</source>
        <translation>
            <numerusform>%Ln 秒休憩します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations.</source>
        <translation>
            <numerusform>%Ln 回の回旋。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of rest left.</source>
        <translation>
            <numerusform>休憩の残り %Ln 秒。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoTray</name>
    <message>
        <source>Your desktop has no system tray, so Desk Mobility lives in this small window. Closing it keeps the app running; start Desk Mobility again to bring it back.</source>
        <translation>お使いのデスクトップにはシステムトレイがないため、Desk Mobility はこの小さなウィンドウで動きます。閉じてもアプリは動き続けます。もう一度 Desk Mobility を起動すると戻ってきます。</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Time to move</source>
        <translation>体を動かす時間です</translation>
    </message>
    <message>
        <source>{routine}, {about_minutes}</source>
        <translation>{routine}、{about_minutes}</translation>
    </message>
    <message>
        <source>Seated thoracic rotation</source>
        <translation>座ったままの胸椎回旋</translation>
    </message>
    <message>
        <source>You have been sitting for {duration}.
{routine}.</source>
        <translation>{duration}座り続けています。
{routine}。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} 分スヌーズ</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Click to open the folder.</source>
        <translation>クリックするとフォルダーを開きます。</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>you are on a call</source>
        <translation>通話中です</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>おやすみモードがオンです</translation>
    </message>
    <message>
        <source>a window is fullscreen</source>
        <translation>ウィンドウが全画面表示です</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>could not write {location}</source>
        <translation>{location} に書き込めませんでした</translation>
    </message>
    <message>
        <source>could not be saved: {error}</source>
        <translation>保存できませんでした：{error}</translation>
    </message>
    <message>
        <source>Breaks</source>
        <extracomment>&quot;system&quot; follows the desktop; the rest are the languages the app ships (English is the source).</extracomment>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Break after sitting for</source>
        <translation>休憩までの着席時間</translation>
    </message>
    <message>
        <source>Continuous sitting before a break is due.</source>
        <translation>休憩の時間になるまでの連続着席時間です。</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>この時間離れたら休憩とみなす</translation>
    </message>
    <message>
        <source>Idle or locked at least this long resets the sitting clock.</source>
        <translation>この時間以上操作がないか画面がロックされると、着席時間がリセットされます。</translation>
    </message>
    <message>
        <source>Still sitting while idle up to</source>
        <translation>操作がなくても着席とみなす時間</translation>
    </message>
    <message>
        <source>Reading or thinking without input still counts as sitting.</source>
        <translation>入力せずに読んだり考えたりしている時間も着席として数えます。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>スヌーズの長さ</translation>
    </message>
    <message>
        <source>How long Snooze postpones a due break.</source>
        <translation>スヌーズで休憩を先送りする時間です。</translation>
    </message>
    <message>
        <source>Offer an ignored break again after</source>
        <translation>無視された休憩を再提案するまで</translation>
    </message>
    <message>
        <source>A due break that gets no answer is offered again, gently.</source>
        <translation>返事のない休憩は、控えめにもう一度提案されます。</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>勤務日</translation>
    </message>
    <message>
        <source>Breaks are only due on these days.</source>
        <translation>休憩はこの曜日だけに提案されます。</translation>
    </message>
    <message>
        <source>Working hours from</source>
        <translation>勤務時間の開始</translation>
    </message>
    <message>
        <source>No break is due before this time.</source>
        <translation>この時刻より前には休憩を提案しません。</translation>
    </message>
    <message>
        <source>Working hours until</source>
        <translation>勤務時間の終了</translation>
    </message>
    <message>
        <source>No break is due after this time.</source>
        <translation>この時刻より後には休憩を提案しません。</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>静かな時間</translation>
    </message>
    <message>
        <source>Wait while a window is fullscreen</source>
        <translation>全画面表示のウィンドウがある間は待つ</translation>
    </message>
    <message>
        <source>Calls, presentations and games are not interrupted; the break waits.</source>
        <translation>通話、プレゼンテーション、ゲームを中断しません。休憩は待機します。</translation>
    </message>
    <message>
        <source>Wait while you are on a call</source>
        <translation>通話中は待つ</translation>
    </message>
    <message>
        <source>While another program uses the microphone or camera, a due break waits.</source>
        <translation>ほかのプログラムがマイクやカメラを使っている間は、休憩を待機します。</translation>
    </message>
    <message>
        <source>Respect do not disturb</source>
        <translation>おやすみモードに従う</translation>
    </message>
    <message>
        <source>While the desktop&apos;s do not disturb is on, a due break waits.</source>
        <translation>デスクトップのおやすみモードがオンの間は、休憩を待機します。</translation>
    </message>
    <message>
        <source>Wait for a pause in typing of</source>
        <translation>入力が途切れるまで待つ時間</translation>
    </message>
    <message>
        <source>A due break&apos;s notification waits until input stops this long (0: show at once).</source>
        <translation>この時間入力が止まるまで、休憩の通知を待ちます（0：すぐに表示）。</translation>
    </message>
    <message>
        <source>Wait for a pause at most</source>
        <translation>入力の途切れを待つ最長時間</translation>
    </message>
    <message>
        <source>Typing without a pause this long still gets the notification.</source>
        <translation>この時間休みなく入力していても、通知は表示されます。</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>セット数</translation>
    </message>
    <message>
        <source>Sets of the drill per break.</source>
        <translation>1 回の休憩で行うエクササイズのセット数です。</translation>
    </message>
    <message>
        <source>Reps each direction</source>
        <translation>左右それぞれの回数</translation>
    </message>
    <message>
        <source>Rotations to each side in every set.</source>
        <translation>各セットで左右それぞれに回旋する回数です。</translation>
    </message>
    <message>
        <source>Seconds to turn</source>
        <translation>回す秒数</translation>
    </message>
    <message>
        <source>Guided tempo: time to rotate to end range.</source>
        <translation>ガイド付きテンポ：最大可動域まで回旋する時間です。</translation>
    </message>
    <message>
        <source>Pause at end range</source>
        <translation>最大可動域で止める時間</translation>
    </message>
    <message>
        <source>Guided tempo: pause at the end of the turn.</source>
        <translation>ガイド付きテンポ：回旋の終わりで止める時間です。</translation>
    </message>
    <message>
        <source>Seconds to return</source>
        <translation>戻す秒数</translation>
    </message>
    <message>
        <source>Guided tempo: time to come back to centre.</source>
        <translation>ガイド付きテンポ：中央に戻る時間です。</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>セット間の休憩</translation>
    </message>
    <message>
        <source>Countdown between sets.</source>
        <translation>セット間のカウントダウンです。</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>カウント方法</translation>
    </message>
    <message>
        <source>Guided: the tempo counts for you. Self-paced: press Space for each rep.</source>
        <translation>ガイド付きテンポ：テンポが数えてくれます。自分のペース：1 回ごとにスペースキーを押します。</translation>
    </message>
    <message>
        <source>Pacing sounds</source>
        <translation>ペース音</translation>
    </message>
    <message>
        <source>A soft tick at each rep and a tone at each direction change.</source>
        <translation>1 回ごとに小さなクリック音、左右の切り替えごとに合図の音が鳴ります。</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Loudness of pacing sounds and the chime.</source>
        <translation>ペース音とチャイムの音量です。</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>動きを減らす</translation>
    </message>
    <message>
        <source>Show key poses instead of a continuous animation.</source>
        <translation>連続したアニメーションの代わりに要所の姿勢を表示します。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Start Desk Mobility when you log in.</source>
        <translation>ログインしたときに Desk Mobility を起動します。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Announce a due break with a desktop notification.</source>
        <translation>休憩の時間をデスクトップ通知でお知らせします。</translation>
    </message>
    <message>
        <source>Chime with the notification</source>
        <translation>通知と一緒にチャイムを鳴らす</translation>
    </message>
    <message>
        <source>A short sound when a break is due (never during quiet times).</source>
        <translation>休憩の時間に短い音を鳴らします（静かにすべき時間は鳴らしません）。</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>週の始まり</translation>
    </message>
    <message>
        <source>First day of the week in the weekly history.</source>
        <translation>週の履歴で週の最初に表示する曜日です。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of the app; “system” follows your desktop.</source>
        <translation>アプリの言語です。「system」はデスクトップの設定に従います。</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>true か false が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>数値が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>整数が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>expected a finite number, got {value}</source>
        <translation>有限の数値が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} は最小値 {minimum} を下回っています</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} は最大値 {maximum} を超えています</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} は {choices} のいずれでもありません</translation>
    </message>
    <message>
        <source>expected a time like &quot;08:30&quot;, got {value}</source>
        <translation>&quot;08:30&quot; のような時刻が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>expected a list of days like [&quot;mon&quot;], got {value}</source>
        <translation>[&quot;mon&quot;] のような曜日のリストが必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>unknown day {day}</source>
        <translation>不明な曜日 {day}</translation>
    </message>
    <message>
        <source>a natural break ({natural} min) must be shorter than the sitting interval ({sit} min)</source>
        <translation>自然な休憩（{natural} 分）は着席の間隔（{sit} 分）より短くする必要があります</translation>
    </message>
    <message>
        <source>short idle ({idle} s) must be shorter than a natural break ({natural} min)</source>
        <translation>短い無操作（{idle} 秒）は自然な休憩（{natural} 分）より短くする必要があります</translation>
    </message>
    <message>
        <source>choose at least one working day, or no break is ever due</source>
        <translation>勤務日を 1 日以上選んでください。選ばないと休憩が提案されません</translation>
    </message>
    <message>
        <source>working hours end ({end}) before they start ({start})</source>
        <translation>勤務時間の終了（{end}）が開始（{start}）より前になっています</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>不明な設定</translation>
    </message>
    <message>
        <source>{key}: {reason}; using the default {default}</source>
        <translation>{key}：{reason}。既定値 {default} を使います</translation>
    </message>
    <message>
        <source>[{name}] is written as a list of tables [[{name}]]; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] がテーブルのリスト [[{name}]] として書かれています。設定は 1 つの [{name}] テーブルにまとめてください。何も適用されていません。</translation>
    </message>
    <message>
        <source>[{name}] is written as a value; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] が値として書かれています。設定は 1 つの [{name}] テーブルにまとめてください。何も適用されていません。</translation>
    </message>
    <message>
        <source>Unknown section {names}, not applied.</source>
        <translation>不明なセクション {names} は適用されていません。</translation>
    </message>
    <message>
        <source>Unknown sections {names}, not applied.</source>
        <translation>不明なセクション {names} は適用されていません。</translation>
    </message>
    <message>
        <source>Unknown setting {names}, ignored.</source>
        <translation>不明な設定 {names} は無視しました。</translation>
    </message>
    <message>
        <source>Unknown settings {names}, ignored.</source>
        <translation>不明な設定 {names} は無視しました。</translation>
    </message>
    <message>
        <source>In the wrong place, not applied: {names}.</source>
        <translation>場所が違うため適用されていません：{names}。</translation>
    </message>
    <message>
        <source>{name} (it belongs under [{section}])</source>
        <translation>{name}（[{section}] の下に置く設定です）</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} ほか {count} 件</translation>
    </message>
    <message>
        <source>{key}: reset with {other}; using the default {default}</source>
        <translation>{key}：{other} と一緒にリセットしました。既定値 {default} を使います</translation>
    </message>
    <message>
        <source>settings conflict with each other; all defaults are in use</source>
        <translation>設定どうしが矛盾しているため、すべて既定値を使います</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <extracomment>The languages with a translation, as the settings name them. Each language in its own words, as a language menu shows it (Qt&apos;s own names vary with the region, e.g. &quot;español de España&quot;).</extracomment>
        <translation>このコンピューターに合わせる</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <extracomment>How a choice reads in the dialog; the file keeps the short value.</extracomment>
        <translation>ガイド付きテンポ</translation>
    </message>
    <message>
        <source>Self-paced (Space per rep)</source>
        <translation>自分のペース（1 回ごとにスペース）</translation>
    </message>
    <message>
        <source>As in your region</source>
        <translation>地域の設定に合わせる</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{minimum} to {maximum}</source>
        <extracomment>Settings that only matter while another one is on: (key, predicate on pending values). Mnemonic letters the standard buttons already use (OK, Apply, Cancel, Restore Defaults).</extracomment>
        <translation>{minimum}～{maximum}</translation>
    </message>
    <message>
        <source>{app} Settings</source>
        <translation>{app} の設定</translation>
    </message>
    <message>
        <source>Could not apply the settings: {error}</source>
        <translation>設定を適用できませんでした：{error}</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>設定の項目</translation>
    </message>
    <message>
        <source>“{setting}” ({section})</source>
        <translation>「{setting}」（{section}）</translation>
    </message>
    <message>
        <source>Fix {where} to apply. Nothing has changed yet.</source>
        <translation>適用するには {where} を修正してください。まだ何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Sitting for {duration}</source>
        <translation>着席 {duration}</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>{time} まで一時停止中</translation>
    </message>
    <message>
        <source>{sitting} · snoozed until {time}</source>
        <translation>{sitting} · {time} までスヌーズ</translation>
    </message>
    <message>
        <source>{sitting} · break waiting until the fullscreen window closes</source>
        <translation>{sitting} · 全画面のウィンドウが閉じるまで休憩を待機中</translation>
    </message>
    <message>
        <source>{why} since {time}</source>
        <translation>{time} から{why}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting: {why}</source>
        <translation>{sitting} · 休憩を待機中：{why}</translation>
    </message>
    <message>
        <source>{sitting} · quiet: {why}</source>
        <translation>{sitting} · 静かな時間：{why}</translation>
    </message>
    <message>
        <source>{sitting} · time for a break (shown at a pause in your typing)</source>
        <translation>{sitting} · 休憩の時間です（入力が途切れたら表示します）</translation>
    </message>
    <message>
        <source>{sitting} · time for a break</source>
        <translation>{sitting} · 休憩の時間です</translation>
    </message>
    <message>
        <source>{sitting} · outside working hours</source>
        <translation>{sitting} · 勤務時間外</translation>
    </message>
    <message>
        <source>{sitting} · next break in {duration}</source>
        <translation>{sitting} · 次の休憩まで {duration}</translation>
    </message>
    <message>
        <source>Reminding you anyway, despite the quiet time.</source>
        <translation>静かな時間ですが、お知らせしています。</translation>
    </message>
    <message>
        <source>Activity cannot be read here: counting unlocked time.</source>
        <translation>この環境では操作状況を読み取れないため、ロックされていない時間を数えています。</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The disk is full: your history is kept in memory and saved when there is room.</source>
        <translation>ディスクがいっぱいです。履歴はメモリーに保持し、空きができしだい保存します。</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>フォルダー {folder} は読み取り専用です</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the folder or file is read-only</source>
        <translation>フォルダーまたはファイルが読み取り専用です</translation>
    </message>
    <message>
        <source>another program holds the database locked</source>
        <translation>別のプログラムがデータベースをロックしています</translation>
    </message>
    <message>
        <source>Your activity cannot be saved right now because {reason}. It is kept in memory and saved as soon as the disk accepts it again.</source>
        <translation>今は活動を保存できません（{reason}）。メモリーに保持し、ディスクが受け付けるようになりしだい保存します。</translation>
    </message>
    <message>
        <source>Part of your history could not be saved ({reason}).</source>
        <translation>履歴の一部を保存できませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>Your history file could not be read because it is damaged. It was moved to {moved} and a new history starts now.</source>
        <translation>履歴ファイルが壊れているため読み込めませんでした。{moved} に移動し、新しい履歴を始めます。</translation>
    </message>
    <message>
        <source>Your history ({path}) was written by a newer version of Desk Mobility (schema {version}; this version knows up to {known}). It is shown read-only and left unchanged; new activity is not saved until you update.</source>
        <translation>履歴（{path}）は新しいバージョンの Desk Mobility で書き込まれています（スキーマ {version}。このバージョンは {known} まで対応）。読み取り専用で表示し、変更しません。更新するまで新しい活動は保存されません。</translation>
    </message>
    <message>
        <source>Your history ({path}) cannot be saved because {reason}. Past weeks are shown, but new activity is not saved until this is fixed.</source>
        <translation>履歴（{path}）を保存できません（{reason}）。過去の週は表示されますが、解決するまで新しい活動は保存されません。</translation>
    </message>
    <message>
        <source>Your history cannot be saved to {path} because {reason}. Desk Mobility keeps running and remembers today&apos;s activity until you quit.</source>
        <translation>履歴を {path} に保存できません（{reason}）。Desk Mobility は動き続け、終了するまで今日の活動を覚えています。</translation>
    </message>
    <message>
        <source>Your history could not be read ({reason}).</source>
        <translation>履歴を読み込めませんでした（{reason}）。</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Start break now</source>
        <translation>今すぐ休憩する</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>この休憩をスキップ</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>30 分間</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明日まで</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>リマインダーを再開</translation>
    </message>
    <message>
        <source>Remind me anyway</source>
        <translation>それでも知らせる</translation>
    </message>
    <message>
        <source>Offer breaks now, despite the call or do not disturb</source>
        <translation>通話中やおやすみモードでも、今すぐ休憩を提案します</translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation>週の履歴</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Quit Desk Mobility</source>
        <translation>Desk Mobility を終了</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} 分スヌーズ</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>リマインダーを一時停止</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 時間</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <translation>{hours}時間{minutes}分</translation>
    </message>
</context>
<context>
    <name>Week</name>
    <message>
        <source>Time sitting</source>
        <translation>着席時間</translation>
    </message>
    <message>
        <source>Longest stretch</source>
        <translation>最長の連続着席</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>取った休憩</translation>
    </message>
    <message>
        <source>Routines done</source>
        <translation>完了したセッション</translation>
    </message>
    <message>
        <source>Routine streak</source>
        <translation>連続日数</translation>
    </message>
    <message>
        <source>Upper-back tightness</source>
        <translation>背中の上部のこわばり</translation>
    </message>
</context>
</TS>
