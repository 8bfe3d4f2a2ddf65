<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} is already running; its window is shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} is already running: see its icon in the system tray.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks offered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks on your own</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Breathe into your upper back. Let it widen as you inhale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now to the right. Same squeeze, same rounding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now to the left. Same squeeze, same rounding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flashlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay rounded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>dddd d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>to the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET {number} OF {sets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided · turn {turn} · hold {hold} · back {back}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-paced · press Space (or click the figure) after each rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session now? What you did is saved.
Esc ends it · any other key keeps going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · press P to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides: now to the right in {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides: now to the left in {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nice set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST · SET {number} OF {sets} DONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nice set. Breathe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: set {number} of {sets}, starting {side}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End early? Esc again ends and saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slightly rounded, like a baby crunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sets} × {reps} each way
{about_minutes} · {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your upper back was built to rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the movement is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it stiffens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs your upper back is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SESSION COMPLETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SESSION SAVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Your upper back moved today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good start. What you did is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rotations}: {sides}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your history. Next time, aim for the full {sets} × {reps} each way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: {value} · optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional · 0 loose, 10 very tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate tightness (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{day}: nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sat {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, longest stretch {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{offered} ({outcomes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{routines} done, {reps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tightness {value} / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {facts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{check_ins}, from {first} to {last} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to compare last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as same days last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arrow} {amount} vs same days last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arrow} {amount} vs last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk Mobility – Weekly history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to this week (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this week or your whole history as CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-back tightness check-ins, 0 loose to 10 very tight (○ before a routine, ● after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week, {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week, {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week, {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{routines} on {days} of 7 days · {reps} · {own}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Home or This week to come back to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk Mobility fills this page while it runs in the tray: time spent sitting, the breaks it offers and the rotation routines you do. Keep it running while you work, and take the next break it offers. Or start a routine now from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history starts on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is before Desk Mobility started keeping your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk Mobility was not running, or you had the week off. A week away from the desk is good for the back too. Press Home to see this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest unbroken stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved when offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break on your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {rows} of this week to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {rows} of your whole history to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoTray</name>
    <message>
        <source>Your desktop has no system tray, so Desk Mobility lives in this small window. Closing it keeps the app running; start Desk Mobility again to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Time to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{routine}, {about_minutes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated thoracic rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been sitting for {duration}.
{routine}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>could not write {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks</source>
        <extracomment>&quot;system&quot; follows the desktop; the rest are the languages the app ships (English is the source).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break after sitting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous sitting before a break is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle or locked at least this long resets the sitting clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still sitting while idle up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or thinking without input still counts as sitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Snooze postpones a due break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer an ignored break again after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A due break that gets no answer is offered again, gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks are only due on these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break is due before this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break is due after this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait while a window is fullscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, presentations and games are not interrupted; the break waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets of the drill per break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps each direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotations to each side in every set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided tempo: time to rotate to end range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause at end range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided tempo: pause at the end of the turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided tempo: time to come back to centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown between sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided: the tempo counts for you. Self-paced: press Space for each rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacing sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A soft tick at each rep and a tone at each direction change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loudness of pacing sounds and the chime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show key poses instead of a continuous animation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Desk Mobility when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce a due break with a desktop notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime with the notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short sound when a break is due (never during quiet times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the week in the weekly history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the app; “system” follows your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a finite number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a time like &quot;08:30&quot;, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of days like [&quot;mon&quot;], got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a natural break ({natural} min) must be shorter than the sitting interval ({sit} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short idle ({idle} s) must be shorter than a natural break ({natural} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one working day, or no break is ever due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours end ({end}) before they start ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: {reason}; using the default {default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: unknown setting, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: reset with {other}; using the default {default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings conflict with each other; all defaults are in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on this computer</source>
        <extracomment>The languages with a translation, as the settings name them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <extracomment>How a choice reads in the dialog; the file keeps the short value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-paced (Space per rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in your region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{minimum} to {maximum}</source>
        <extracomment>Settings that only matter while another one is on: (key, predicate on pending values). Mnemonic letters the standard buttons already use (OK, Apply, Cancel, Restore Defaults).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not apply the settings: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{setting}” ({section})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix {where} to apply. Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Sitting for {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sitting} · snoozed until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sitting} · break waiting until the fullscreen window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sitting} · time for a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sitting} · outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sitting} · next break in {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity cannot be read here: counting unlocked time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder or file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program holds the database locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your activity cannot be saved right now because {reason}. It is kept in memory and saved as soon as the disk accepts it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of your history could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history file could not be read because it is damaged. It was moved to {moved} and a new history starts now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history ({path}) was written by a newer version of Desk Mobility (schema {version}; this version knows up to {known}). It is shown read-only and left unchanged; new activity is not saved until you update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history ({path}) cannot be saved because {reason}. Past weeks are shown, but new activity is not saved until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history cannot be saved to {path} because {reason}. Desk Mobility keeps running and remembers today&apos;s activity until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Desk Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Week</name>
    <message>
        <source>Time sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-back tightness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
