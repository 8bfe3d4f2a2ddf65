<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccessibleCounts</name>
    <message numerus="yes">
        <source>%n seconds of rest left</source>
        <translation>
            <numerusform>休息还剩 %Ln 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>请注意</translation>
    </message>
    <message>
        <source>… and {count} more; the log has them all: {log}</source>
        <translation>……等另外 {count} 条；日志中有全部内容：{log}</translation>
    </message>
    <message>
        <source>The guide could not open</source>
        <translation>无法打开指导窗口</translation>
    </message>
    <message>
        <source>{app} is already running; its window is shown again.</source>
        <translation>{app} 已在运行；已重新显示它的窗口。</translation>
    </message>
    <message>
        <source>{app} is already running: see its icon in the system tray.</source>
        <translation>{app} 已在运行：请在系统托盘中查看它的图标。</translation>
    </message>
</context>
<context>
    <name>CSV</name>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>utc_offset</source>
        <translation>UTC 偏移</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>tightness</source>
        <translation>紧绷度</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>start_utc</source>
        <translation>开始（UTC）</translation>
    </message>
    <message>
        <source>end_utc</source>
        <translation>结束（UTC）</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>约 %Ln 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%Ln 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%Ln 组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations</source>
        <translation>
            <numerusform>%Ln 次旋转</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routines</source>
        <translation>
            <numerusform>%Ln 次训练</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks offered</source>
        <translation>
            <numerusform>提醒休息 %Ln 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks on your own</source>
        <translation>
            <numerusform>主动休息 %Ln 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>自评 %Ln 次</numerusform>
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
            <numerusform>等另外 %Ln 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Breathe into your upper back. Let it widen as you inhale.</source>
        <translation>向上背部吸气。吸气时让它扩张开来。</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Now to the right. Same squeeze, same rounding.</source>
        <translation>现在转向右侧。保持同样的夹紧，同样的弓背。</translation>
    </message>
    <message>
        <source>Now to the left. Same squeeze, same rounding.</source>
        <translation>现在转向左侧。保持同样的夹紧，同样的弓背。</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>换边</translation>
    </message>
    <message>
        <source>The flashlight</source>
        <translation>手电筒</translation>
    </message>
    <message>
        <source>Stay rounded</source>
        <translation>保持弓背</translation>
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
        <translation>计一次</translation>
    </message>
    <message>
        <source>Counts one rotation, like Space</source>
        <translation>计一次旋转，与空格键相同</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>to the right</source>
        <translation>向右</translation>
    </message>
    <message>
        <source>to the left</source>
        <translation>向左</translation>
    </message>
    <message>
        <source>SET {number} OF {sets}</source>
        <translation>第 {number} 组，共 {sets} 组</translation>
    </message>
    <message>
        <source>Guided · turn {turn} · hold {hold} · back {back}</source>
        <translation>引导节奏 · 转动 {turn} · 停留 {hold} · 回正 {back}</translation>
    </message>
    <message>
        <source>Self-paced · press Space (or click the figure) after each rotation</source>
        <translation>自定节奏 · 每次旋转后按空格键（或点击人物）</translation>
    </message>
    <message>
        <source>End the session now? What you did is saved.
Esc ends it · any other key keeps going</source>
        <translation>现在结束训练吗？已完成的部分都已保存。
按 Esc 结束 · 按其他任意键继续</translation>
    </message>
    <message>
        <source>Paused · press P to resume</source>
        <translation>已暂停 · 按 P 继续</translation>
    </message>
    <message>
        <source>Switch sides: now to the right in {seconds}</source>
        <translation>换边：{seconds}后转向右侧</translation>
    </message>
    <message>
        <source>Switch sides: now to the left in {seconds}</source>
        <translation>换边：{seconds}后转向左侧</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Nice set.</source>
        <translation>这组很棒。</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>跳过休息</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>REST · SET {number} OF {sets} DONE</source>
        <translation>休息 · 第 {number} 组（共 {sets} 组）已完成</translation>
    </message>
    <message>
        <source>Nice set. Breathe.</source>
        <translation>这组很棒。调整呼吸。</translation>
    </message>
    <message>
        <source>Next: set {number} of {sets}, starting {side}.</source>
        <translation>下一组：第 {number} 组，共 {sets} 组，先{side}。</translation>
    </message>
    <message>
        <source>End early? Esc again ends and saves</source>
        <translation>提前结束吗？再按一次 Esc 结束并保存</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>活动休息</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>Slightly rounded, like a baby crunch</source>
        <translation>微微弓背，像做一个小幅卷腹</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>你的上背部现在有多紧绷？</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>为什么有用</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <translation>引导节奏</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>自定节奏</translation>
    </message>
    <message>
        <source>{sets} × {reps} each way
{about_minutes} · {mode}</source>
        <translation>每侧 {sets} × {reps}
{about_minutes} · {mode}</translation>
    </message>
    <message>
        <source>Your upper back was built to rotate</source>
        <translation>你的上背部天生就该旋转</translation>
    </message>
    <message>
        <source>What the movement is</source>
        <translation>这是什么动作</translation>
    </message>
    <message>
        <source>Why it stiffens</source>
        <translation>为什么会僵硬</translation>
    </message>
    <message>
        <source>What you get</source>
        <translation>你能得到什么</translation>
    </message>
    <message>
        <source>Signs your upper back is locked</source>
        <translation>上背部被“锁住”的迹象</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>本周训练</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>现在呢？你的上背部有多紧绷？</translation>
    </message>
    <message>
        <source>SESSION COMPLETE</source>
        <translation>训练完成</translation>
    </message>
    <message>
        <source>SESSION SAVED</source>
        <translation>训练已保存</translation>
    </message>
    <message>
        <source>Well done. Your upper back moved today.</source>
        <translation>做得好。今天你的上背部活动开了。</translation>
    </message>
    <message>
        <source>Good start. What you did is saved.</source>
        <translation>好的开始。已完成的部分都已保存。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{count} {side}</source>
        <translation>{side} {count} 次</translation>
    </message>
    <message>
        <source>{rotations}: {sides}.</source>
        <translation>{rotations}：{sides}。</translation>
    </message>
    <message>
        <source>REPS</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>第 {number} 组</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>已保存到你的历史记录。</translation>
    </message>
    <message>
        <source>Saved to your history. Next time, aim for the full {sets} × {reps} each way.</source>
        <translation>已保存到你的历史记录。下次争取完成每侧完整的 {sets} × {reps}。</translation>
    </message>
    <message>
        <source>Before: {value} · optional</source>
        <translation>之前：{value} · 可选</translation>
    </message>
    <message>
        <source>Optional · 0 loose, 10 very tight</source>
        <translation>可选 · 0 放松，10 非常紧绷</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>End and save</source>
        <translation>结束并保存</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>计一次</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Rate tightness</source>
        <translation>评估紧绷度</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>清除评估</translation>
    </message>
    <message>
        <source>Undo rep</source>
        <translation>撤销一次</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>提前结束</translation>
    </message>
</context>
<context>
    <name>GuideAccessibility</name>
    <message>
        <source>Optional. 0 is loose, 10 very tight. Arrow keys move the choice, Delete clears it.</source>
        <translation>可选。0 为放松，10 为非常紧绷。方向键改变选择，Delete 键清除。</translation>
    </message>
    <message>
        <source>%1, loose</source>
        <translation>%1，放松</translation>
    </message>
    <message>
        <source>%1, very tight</source>
        <translation>%1，非常紧绷</translation>
    </message>
    <message>
        <source>Figure: the starting position</source>
        <translation>人物：起始姿势</translation>
    </message>
    <message>
        <source>A person sits upright on a chair, a block squeezed between the thighs, upper back slightly rounded, turned to the right. A beam from the breastbone shows the turn; the small top view shows the hips still square.</source>
        <translation>一个人端坐在椅子上，大腿间夹着一块砖，上背部微微弓起，转向右侧。从胸骨发出的光束显示转动；小小的俯视图显示髋部仍然端正。</translation>
    </message>
    <message>
        <source>Side view: the rounded upper back</source>
        <translation>侧视图：微微弓起的上背部</translation>
    </message>
    <message>
        <source>Seen from the side, the upper back is slightly rounded, like a baby crunch.</source>
        <translation>从侧面看，上背部微微弓起，像做一个小幅卷腹。</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>你的上背部现在有多紧绷？</translation>
    </message>
    <message>
        <source>What the movement is, why the upper back stiffens and what it gives (W).</source>
        <translation>这是什么动作、上背部为什么会僵硬，以及它带来什么（W）。</translation>
    </message>
    <message>
        <source>Start the drill (Enter).</source>
        <translation>开始练习（回车键）。</translation>
    </message>
    <message>
        <source>Figure: resting</source>
        <translation>人物：休息</translation>
    </message>
    <message>
        <source>The person sits upright and faces forward, breathing between sets.</source>
        <translation>这个人端坐，面向前方，在组间呼吸。</translation>
    </message>
    <message>
        <source>Figure: the finished turn</source>
        <translation>人物：转到位的姿势</translation>
    </message>
    <message>
        <source>The person sits upright, upper back turned to the left, hips square.</source>
        <translation>这个人端坐，上背部转向左侧，髋部端正。</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>现在呢？你的上背部有多紧绷？</translation>
    </message>
    <message>
        <source>Rep counter</source>
        <translation>次数计数器</translation>
    </message>
    <message>
        <source>Rest countdown</source>
        <translation>休息倒计时</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>%1 of %2 to the right, set %4 of %5</source>
        <translation>向右 %1/%2，第 %4 组，共 %5 组</translation>
    </message>
    <message>
        <source>%1 of %2 to the left, set %4 of %5</source>
        <translation>向左 %1/%2，第 %4 组，共 %5 组</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the right and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>一个人坐在椅子上，把上背部转向右侧再回到中间，髋部和膝盖朝前。从胸骨发出的光束像手电筒一样扫过；小小的俯视图显示肚脐仍然朝前。</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the left and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>一个人坐在椅子上，把上背部转向左侧再回到中间，髋部和膝盖朝前。从胸骨发出的光束像手电筒一样扫过；小小的俯视图显示肚脐仍然朝前。</translation>
    </message>
    <message>
        <source>Press it, or Space, after each rotation.</source>
        <translation>每次旋转后按下它或空格键。</translation>
    </message>
    <message>
        <source>Animated figure</source>
        <translation>动画人物</translation>
    </message>
    <message>
        <source>Rest is over</source>
        <translation>休息结束</translation>
    </message>
</context>
<context>
    <name>GuideNarration</name>
    <message>
        <source>End the session now? Escape ends it and saves, any other key keeps going.</source>
        <translation>现在结束训练吗？按 Esc 结束并保存，按其他任意键继续。</translation>
    </message>
    <message>
        <source>Keep going.</source>
        <translation>继续。</translation>
    </message>
    <message>
        <source>Paused. Press P to resume.</source>
        <translation>已暂停。按 P 继续。</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>已继续。</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the right.</source>
        <translation>第 %1 组，共 %2 组，向右。</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the left.</source>
        <translation>第 %1 组，共 %2 组，向左。</translation>
    </message>
    <message>
        <source>Set %1 of %2 done.</source>
        <translation>第 %1 组（共 %2 组）完成。</translation>
    </message>
    <message>
        <source>Session complete.</source>
        <translation>训练完成。</translation>
    </message>
    <message>
        <source>Session ended. What you did is saved.</source>
        <translation>训练已结束。已完成的部分都已保存。</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1/%2。</translation>
    </message>
    <message>
        <source>Switch sides: now to the right.</source>
        <translation>换边：现在向右。</translation>
    </message>
    <message>
        <source>Switch sides: now to the left.</source>
        <translation>换边：现在向左。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>勿扰</translation>
    </message>
    <message>
        <source>fullscreen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>{day}: nothing recorded.</source>
        <translation>{day}：没有记录。</translation>
    </message>
    <message>
        <source>sat {duration}</source>
        <translation>久坐 {duration}</translation>
    </message>
    <message>
        <source>, longest stretch {duration}</source>
        <translation>，最长连续久坐 {duration}</translation>
    </message>
    <message>
        <source>{count} taken</source>
        <translation>已休息 {count}</translation>
    </message>
    <message>
        <source>{count} snoozed</source>
        <translation>已推迟 {count}</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>已跳过 {count}</translation>
    </message>
    <message>
        <source>{count} missed</source>
        <translation>已错过 {count}</translation>
    </message>
    <message>
        <source>{offered} ({outcomes})</source>
        <translation>{offered}（{outcomes}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{routines} done, {reps}</source>
        <translation>完成 {routines}，{reps}</translation>
    </message>
    <message>
        <source>tightness {value} / 10</source>
        <translation>紧绷度 {value} / 10</translation>
    </message>
    <message>
        <source>quiet time {duration}</source>
        <translation>安静时段 {duration}</translation>
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
        <translation>本周图表</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · 今天</translation>
    </message>
    <message>
        <source>{routines} ✓  {reps} reps</source>
        <translation>{routines} ✓  {reps} 次</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>紧绷度趋势</translation>
    </message>
    <message>
        <source>{check_ins}, from {first} to {last} out of 10</source>
        <translation>{check_ins}，满分 10 分，从 {first} 到 {last}</translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation>{value} / {total}</translation>
    </message>
    <message>
        <source>nothing to compare last week</source>
        <translation>上周没有可比较的数据</translation>
    </message>
    <message>
        <source>same as last week</source>
        <translation>与上周相同</translation>
    </message>
    <message>
        <source>same as same days last week</source>
        <translation>与上周同期相同</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs same days last week</source>
        <translation>比上周同期 {arrow} {amount}</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs last week</source>
        <translation>比上周 {arrow} {amount}</translation>
    </message>
    <message>
        <source>Desk Mobility – Weekly history</source>
        <translation>Desk Mobility – 每周历史</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一周</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>上一周（Alt+左方向键）</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Back to this week (Home)</source>
        <translation>回到本周（Home）</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一周 ›</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>下一周（Alt+右方向键）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save this week or your whole history as CSV (Ctrl+E)</source>
        <translation>将本周或全部历史记录保存为 CSV（Ctrl+E）</translation>
    </message>
    <message>
        <source>This week…</source>
        <translation>本周…</translation>
    </message>
    <message>
        <source>All history…</source>
        <translation>全部历史记录…</translation>
    </message>
    <message>
        <source>Upper-back tightness check-ins, 0 loose to 10 very tight (○ before a routine, ● after)</source>
        <translation>上背部紧绷度自评，0 放松到 10 非常紧绷（○ 训练前，● 训练后）</translation>
    </message>
    <message>
        <source>Your history could not be read.</source>
        <translation>无法读取你的历史记录。</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>This week, {span}</source>
        <translation>本周，{span}</translation>
    </message>
    <message>
        <source>Last week, {span}</source>
        <translation>上周，{span}</translation>
    </message>
    <message>
        <source>Week, {span}</source>
        <translation>周，{span}</translation>
    </message>
    <message>
        <source>{routines} on {days} of 7 days · {reps} · {own}</source>
        <translation>7 天中有 {days} 天完成 {routines} · {reps} · {own}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>这一周还没有开始。</translation>
    </message>
    <message>
        <source>Press Home or This week to come back to today.</source>
        <translation>按 Home 键或“本周”回到今天。</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week.</source>
        <translation>本周还没有记录。</translation>
    </message>
    <message>
        <source>Desk Mobility fills this page while it runs in the tray: time spent sitting, the breaks it offers and the rotation routines you do. Keep it running while you work, and take the next break it offers. Or start a routine now from the tray menu.</source>
        <translation>Desk Mobility 在系统托盘中运行时会填写这一页：你久坐的时间、它提醒的休息，以及你完成的旋转训练。工作时让它保持运行，并接受它下一次提醒的休息。也可以现在就从托盘菜单开始一次训练。</translation>
    </message>
    <message>
        <source>Your history starts on {date}.</source>
        <translation>你的历史记录从 {date} 开始。</translation>
    </message>
    <message>
        <source>Nothing recorded this week.</source>
        <translation>本周没有记录。</translation>
    </message>
    <message>
        <source>This is before Desk Mobility started keeping your history.</source>
        <translation>这是在 Desk Mobility 开始记录你的历史之前。</translation>
    </message>
    <message>
        <source>Desk Mobility was not running, or you had the week off. A week away from the desk is good for the back too. Press Home to see this week.</source>
        <translation>Desk Mobility 当时没有运行，或者你这周休假了。离开办公桌一周对背部也有好处。按 Home 键查看本周。</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>久坐</translation>
    </message>
    <message>
        <source>longest unbroken stretch</source>
        <translation>最长连续久坐</translation>
    </message>
    <message>
        <source>quiet time (calls, do not disturb)</source>
        <translation>安静时段（通话、勿扰）</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>休息：</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>已休息</translation>
    </message>
    <message>
        <source>moved when offered</source>
        <translation>提醒时活动了</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>break on your own</source>
        <translation>主动休息</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>将历史记录导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>Saved {rows} of this week to {path}</source>
        <translation>已将本周的 {rows}保存到 {path}</translation>
    </message>
    <message>
        <source>Saved {rows} of your whole history to {path}</source>
        <translation>已将全部历史记录的 {rows}保存到 {path}</translation>
    </message>
</context>
<context>
    <name>HistoryAccessibility</name>
    <message>
        <source>Week chart</source>
        <translation>本周图表</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>紧绷度趋势</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Enter</source>
        <translation>回车键</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>退格键</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>any key</source>
        <translation>任意键</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格键</translation>
    </message>
</context>
<context>
    <name>NarrationCounts</name>
    <message numerus="yes">
        <source>Rest for %n seconds.</source>
        <translation>
            <numerusform>休息 %Ln 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations.</source>
        <translation>
            <numerusform>%Ln 次旋转。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of rest left.</source>
        <translation>
            <numerusform>休息还剩 %Ln 秒。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoTray</name>
    <message>
        <source>Your desktop has no system tray, so Desk Mobility lives in this small window. Closing it keeps the app running; start Desk Mobility again to bring it back.</source>
        <translation>你的桌面没有系统托盘，所以 Desk Mobility 住在这个小窗口里。关闭窗口后应用会继续运行；再次启动 Desk Mobility 即可让它回来。</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Time to move</source>
        <translation>该活动一下了</translation>
    </message>
    <message>
        <source>{routine}, {about_minutes}</source>
        <translation>{routine}，{about_minutes}</translation>
    </message>
    <message>
        <source>Seated thoracic rotation</source>
        <translation>坐姿胸椎旋转</translation>
    </message>
    <message>
        <source>You have been sitting for {duration}.
{routine}.</source>
        <translation>你已经坐了 {duration}。
{routine}。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>推迟 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Click to open the folder.</source>
        <translation>点击打开文件夹。</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>you are on a call</source>
        <translation>你正在通话</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>勿扰模式已开启</translation>
    </message>
    <message>
        <source>a window is fullscreen</source>
        <translation>有窗口处于全屏</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>could not write {location}</source>
        <translation>无法写入 {location}</translation>
    </message>
    <message>
        <source>could not be saved: {error}</source>
        <translation>无法保存：{error}</translation>
    </message>
    <message>
        <source>Breaks</source>
        <extracomment>&quot;system&quot; follows the desktop; the rest are the languages the app ships (English is the source).</extracomment>
        <translation>休息</translation>
    </message>
    <message>
        <source>Break after sitting for</source>
        <translation>久坐多久后休息</translation>
    </message>
    <message>
        <source>Continuous sitting before a break is due.</source>
        <translation>连续久坐多长时间后需要休息。</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>离开这么久算作休息</translation>
    </message>
    <message>
        <source>Idle or locked at least this long resets the sitting clock.</source>
        <translation>空闲或锁屏至少这么久，久坐计时会重新开始。</translation>
    </message>
    <message>
        <source>Still sitting while idle up to</source>
        <translation>空闲多久内仍算久坐</translation>
    </message>
    <message>
        <source>Reading or thinking without input still counts as sitting.</source>
        <translation>没有输入时的阅读或思考仍算作久坐。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>推迟时长</translation>
    </message>
    <message>
        <source>How long Snooze postpones a due break.</source>
        <translation>“推迟”会把到期的休息推后多久。</translation>
    </message>
    <message>
        <source>Offer an ignored break again after</source>
        <translation>忽略的休息多久后再次提醒</translation>
    </message>
    <message>
        <source>A due break that gets no answer is offered again, gently.</source>
        <translation>没有回应的到期休息会被温和地再次提醒。</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Breaks are only due on these days.</source>
        <translation>只在这些日子提醒休息。</translation>
    </message>
    <message>
        <source>Working hours from</source>
        <translation>工作时间开始</translation>
    </message>
    <message>
        <source>No break is due before this time.</source>
        <translation>此时间之前不提醒休息。</translation>
    </message>
    <message>
        <source>Working hours until</source>
        <translation>工作时间结束</translation>
    </message>
    <message>
        <source>No break is due after this time.</source>
        <translation>此时间之后不提醒休息。</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>安静时段</translation>
    </message>
    <message>
        <source>Wait while a window is fullscreen</source>
        <translation>有全屏窗口时等待</translation>
    </message>
    <message>
        <source>Calls, presentations and games are not interrupted; the break waits.</source>
        <translation>通话、演示和游戏不会被打断；休息会等待。</translation>
    </message>
    <message>
        <source>Wait while you are on a call</source>
        <translation>通话时等待</translation>
    </message>
    <message>
        <source>While another program uses the microphone or camera, a due break waits.</source>
        <translation>其他程序使用麦克风或摄像头时，到期的休息会等待。</translation>
    </message>
    <message>
        <source>Respect do not disturb</source>
        <translation>遵从勿扰模式</translation>
    </message>
    <message>
        <source>While the desktop&apos;s do not disturb is on, a due break waits.</source>
        <translation>桌面开启勿扰模式时，到期的休息会等待。</translation>
    </message>
    <message>
        <source>Wait for a pause in typing of</source>
        <translation>等待打字停顿</translation>
    </message>
    <message>
        <source>A due break&apos;s notification waits until input stops this long (0: show at once).</source>
        <translation>到期休息的通知会等到输入停止这么久后再显示（0：立即显示）。</translation>
    </message>
    <message>
        <source>Wait for a pause at most</source>
        <translation>最多等待停顿</translation>
    </message>
    <message>
        <source>Typing without a pause this long still gets the notification.</source>
        <translation>即使这么久一直在打字，通知仍会显示。</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>组数</translation>
    </message>
    <message>
        <source>Sets of the drill per break.</source>
        <translation>每次休息练习的组数。</translation>
    </message>
    <message>
        <source>Reps each direction</source>
        <translation>每侧次数</translation>
    </message>
    <message>
        <source>Rotations to each side in every set.</source>
        <translation>每组中向每一侧旋转的次数。</translation>
    </message>
    <message>
        <source>Seconds to turn</source>
        <translation>转动秒数</translation>
    </message>
    <message>
        <source>Guided tempo: time to rotate to end range.</source>
        <translation>引导节奏：转到最大幅度所用的时间。</translation>
    </message>
    <message>
        <source>Pause at end range</source>
        <translation>最大幅度停留</translation>
    </message>
    <message>
        <source>Guided tempo: pause at the end of the turn.</source>
        <translation>引导节奏：转动结束时的停留。</translation>
    </message>
    <message>
        <source>Seconds to return</source>
        <translation>回正秒数</translation>
    </message>
    <message>
        <source>Guided tempo: time to come back to centre.</source>
        <translation>引导节奏：回到中间所用的时间。</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>组间休息</translation>
    </message>
    <message>
        <source>Countdown between sets.</source>
        <translation>组间的倒计时。</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>计数方式</translation>
    </message>
    <message>
        <source>Guided: the tempo counts for you. Self-paced: press Space for each rep.</source>
        <translation>引导节奏：节奏为你计数。自定节奏：每做一次按一下空格键。</translation>
    </message>
    <message>
        <source>Pacing sounds</source>
        <translation>节奏提示音</translation>
    </message>
    <message>
        <source>A soft tick at each rep and a tone at each direction change.</source>
        <translation>每次一声轻柔的滴答，每次换边一个提示音。</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Loudness of pacing sounds and the chime.</source>
        <translation>节奏提示音和铃声的音量。</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>减少动画</translation>
    </message>
    <message>
        <source>Show key poses instead of a continuous animation.</source>
        <translation>显示关键姿势，而不是连续动画。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <source>Start Desk Mobility when you log in.</source>
        <translation>登录时启动 Desk Mobility。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Announce a due break with a desktop notification.</source>
        <translation>用桌面通知提醒到期的休息。</translation>
    </message>
    <message>
        <source>Chime with the notification</source>
        <translation>通知时播放铃声</translation>
    </message>
    <message>
        <source>A short sound when a break is due (never during quiet times).</source>
        <translation>到了休息时间时响一声短音（安静时段除外）。</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>每周开始于</translation>
    </message>
    <message>
        <source>First day of the week in the weekly history.</source>
        <translation>每周历史中一周的第一天。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the app; “system” follows your desktop.</source>
        <translation>应用的语言；“system”表示跟随桌面。</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>应为 true 或 false，实际为 {value}</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>应为数字，实际为 {value}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>应为整数，实际为 {value}</translation>
    </message>
    <message>
        <source>expected a finite number, got {value}</source>
        <translation>应为有限的数字，实际为 {value}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} 低于最小值 {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} 高于最大值 {maximum}</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} 不在 {choices} 之中</translation>
    </message>
    <message>
        <source>expected a time like &quot;08:30&quot;, got {value}</source>
        <translation>应为类似 &quot;08:30&quot; 的时间，实际为 {value}</translation>
    </message>
    <message>
        <source>expected a list of days like [&quot;mon&quot;], got {value}</source>
        <translation>应为类似 [&quot;mon&quot;] 的日期列表，实际为 {value}</translation>
    </message>
    <message>
        <source>unknown day {day}</source>
        <translation>未知的日期 {day}</translation>
    </message>
    <message>
        <source>a natural break ({natural} min) must be shorter than the sitting interval ({sit} min)</source>
        <translation>自然休息（{natural} 分钟）必须短于久坐间隔（{sit} 分钟）</translation>
    </message>
    <message>
        <source>short idle ({idle} s) must be shorter than a natural break ({natural} min)</source>
        <translation>短暂空闲（{idle} 秒）必须短于自然休息（{natural} 分钟）</translation>
    </message>
    <message>
        <source>choose at least one working day, or no break is ever due</source>
        <translation>请至少选择一个工作日，否则永远不会提醒休息</translation>
    </message>
    <message>
        <source>working hours end ({end}) before they start ({start})</source>
        <translation>工作时间的结束（{end}）早于开始（{start}）</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>未知的设置</translation>
    </message>
    <message>
        <source>{key}: {reason}; using the default {default}</source>
        <translation>{key}：{reason}；使用默认值 {default}</translation>
    </message>
    <message>
        <source>[{name}] is written as a list of tables [[{name}]]; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] 被写成了表列表 [[{name}]]；它的设置应放在一个 [{name}] 表中。其中的内容都未应用。</translation>
    </message>
    <message>
        <source>[{name}] is written as a value; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] 被写成了一个值；它的设置应放在一个 [{name}] 表中。其中的内容都未应用。</translation>
    </message>
    <message>
        <source>Unknown section {names}, not applied.</source>
        <translation>未知的分区 {names}，未应用。</translation>
    </message>
    <message>
        <source>Unknown sections {names}, not applied.</source>
        <translation>未知的分区 {names}，未应用。</translation>
    </message>
    <message>
        <source>Unknown setting {names}, ignored.</source>
        <translation>未知的设置 {names}，已忽略。</translation>
    </message>
    <message>
        <source>Unknown settings {names}, ignored.</source>
        <translation>未知的设置 {names}，已忽略。</translation>
    </message>
    <message>
        <source>In the wrong place, not applied: {names}.</source>
        <translation>位置不对，未应用：{names}。</translation>
    </message>
    <message>
        <source>{name} (it belongs under [{section}])</source>
        <translation>{name}（应放在 [{section}] 下）</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} 等另外 {count} 项</translation>
    </message>
    <message>
        <source>{key}: reset with {other}; using the default {default}</source>
        <translation>{key}：已随 {other} 一起重置；使用默认值 {default}</translation>
    </message>
    <message>
        <source>settings conflict with each other; all defaults are in use</source>
        <translation>设置之间相互冲突；全部使用默认值</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <extracomment>The languages with a translation, as the settings name them. Each language in its own words, as a language menu shows it (Qt&apos;s own names vary with the region, e.g. &quot;español de España&quot;).</extracomment>
        <translation>与此电脑一致</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <extracomment>How a choice reads in the dialog; the file keeps the short value.</extracomment>
        <translation>引导节奏</translation>
    </message>
    <message>
        <source>Self-paced (Space per rep)</source>
        <translation>自定节奏（每次按空格键）</translation>
    </message>
    <message>
        <source>As in your region</source>
        <translation>与你所在地区一致</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{minimum} to {maximum}</source>
        <extracomment>Settings that only matter while another one is on: (key, predicate on pending values). Mnemonic letters the standard buttons already use (OK, Apply, Cancel, Restore Defaults).</extracomment>
        <translation>{minimum} 至 {maximum}</translation>
    </message>
    <message>
        <source>{app} Settings</source>
        <translation>{app} 设置</translation>
    </message>
    <message>
        <source>Could not apply the settings: {error}</source>
        <translation>无法应用设置：{error}</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>设置分区</translation>
    </message>
    <message>
        <source>“{setting}” ({section})</source>
        <translation>“{setting}”（{section}）</translation>
    </message>
    <message>
        <source>Fix {where} to apply. Nothing has changed yet.</source>
        <translation>请修正 {where} 后再应用。目前尚未做任何更改。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Sitting for {duration}</source>
        <translation>已久坐 {duration}</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>暂停到 {time}</translation>
    </message>
    <message>
        <source>{sitting} · snoozed until {time}</source>
        <translation>{sitting} · 推迟到 {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting until the fullscreen window closes</source>
        <translation>{sitting} · 休息正在等待全屏窗口关闭</translation>
    </message>
    <message>
        <source>{why} since {time}</source>
        <translation>自 {time} 起{why}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting: {why}</source>
        <translation>{sitting} · 休息等待中：{why}</translation>
    </message>
    <message>
        <source>{sitting} · quiet: {why}</source>
        <translation>{sitting} · 安静：{why}</translation>
    </message>
    <message>
        <source>{sitting} · time for a break (shown at a pause in your typing)</source>
        <translation>{sitting} · 该休息了（将在你停止打字时显示）</translation>
    </message>
    <message>
        <source>{sitting} · time for a break</source>
        <translation>{sitting} · 该休息了</translation>
    </message>
    <message>
        <source>{sitting} · outside working hours</source>
        <translation>{sitting} · 非工作时间</translation>
    </message>
    <message>
        <source>{sitting} · next break in {duration}</source>
        <translation>{sitting} · {duration}后下一次休息</translation>
    </message>
    <message>
        <source>Reminding you anyway, despite the quiet time.</source>
        <translation>尽管处于安静时段，仍提醒你。</translation>
    </message>
    <message>
        <source>Activity cannot be read here: counting unlocked time.</source>
        <translation>此处无法读取活动：按未锁屏时间计算。</translation>
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
        <translation>磁盘已满：你的历史记录保留在内存中，有空间时就会保存。</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>文件夹 {folder} 是只读的</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the folder or file is read-only</source>
        <translation>文件夹或文件是只读的</translation>
    </message>
    <message>
        <source>another program holds the database locked</source>
        <translation>另一个程序锁定了数据库</translation>
    </message>
    <message>
        <source>Your activity cannot be saved right now because {reason}. It is kept in memory and saved as soon as the disk accepts it again.</source>
        <translation>现在无法保存你的活动，因为{reason}。它会保留在内存中，一旦磁盘可以写入就会保存。</translation>
    </message>
    <message>
        <source>Part of your history could not be saved ({reason}).</source>
        <translation>部分历史记录无法保存（{reason}）。</translation>
    </message>
    <message>
        <source>Your history file could not be read because it is damaged. It was moved to {moved} and a new history starts now.</source>
        <translation>你的历史记录文件已损坏，无法读取。它已被移到 {moved}，现在开始新的历史记录。</translation>
    </message>
    <message>
        <source>Your history ({path}) was written by a newer version of Desk Mobility (schema {version}; this version knows up to {known}). It is shown read-only and left unchanged; new activity is not saved until you update.</source>
        <translation>你的历史记录（{path}）由更新版本的 Desk Mobility 写入（架构 {version}；此版本最高支持 {known}）。它以只读方式显示且不会被更改；在你更新之前不会保存新的活动。</translation>
    </message>
    <message>
        <source>Your history ({path}) cannot be saved because {reason}. Past weeks are shown, but new activity is not saved until this is fixed.</source>
        <translation>你的历史记录（{path}）无法保存，因为{reason}。过去几周会显示，但在问题解决之前不会保存新的活动。</translation>
    </message>
    <message>
        <source>Your history cannot be saved to {path} because {reason}. Desk Mobility keeps running and remembers today&apos;s activity until you quit.</source>
        <translation>你的历史记录无法保存到 {path}，因为{reason}。Desk Mobility 会继续运行，并在你退出前记住今天的活动。</translation>
    </message>
    <message>
        <source>Your history could not be read ({reason}).</source>
        <translation>无法读取你的历史记录（{reason}）。</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Start break now</source>
        <translation>立即开始休息</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>跳过这次休息</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>直到明天</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>恢复提醒</translation>
    </message>
    <message>
        <source>Remind me anyway</source>
        <translation>仍然提醒我</translation>
    </message>
    <message>
        <source>Offer breaks now, despite the call or do not disturb</source>
        <translation>现在就提醒休息，无论是否在通话或勿扰</translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation>每周历史</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit Desk Mobility</source>
        <translation>退出 Desk Mobility</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>推迟 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>暂停提醒</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
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
        <translation>{hours}小时{minutes}分</translation>
    </message>
</context>
<context>
    <name>Week</name>
    <message>
        <source>Time sitting</source>
        <translation>久坐时间</translation>
    </message>
    <message>
        <source>Longest stretch</source>
        <translation>最长连续久坐</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>已休息次数</translation>
    </message>
    <message>
        <source>Routines done</source>
        <translation>完成的训练</translation>
    </message>
    <message>
        <source>Routine streak</source>
        <translation>连续训练天数</translation>
    </message>
    <message>
        <source>Upper-back tightness</source>
        <translation>上背部紧绷度</translation>
    </message>
</context>
</TS>
