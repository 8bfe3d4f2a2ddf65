<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessibleCounts</name>
    <message numerus="yes">
        <source>%n seconds of rest left</source>
        <translation>
            <numerusform>noch %Ln Sekunde Ruhe</numerusform>
            <numerusform>noch %Ln Sekunden Ruhe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Bitte beachten</translation>
    </message>
    <message>
        <source>… and {count} more; the log has them all: {log}</source>
        <translation>… und {count} weitere; das Protokoll enthält alle: {log}</translation>
    </message>
    <message>
        <source>The guide could not open</source>
        <translation>Die Anleitung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{app} is already running; its window is shown again.</source>
        <translation>{app} läuft bereits; sein Fenster wird wieder angezeigt.</translation>
    </message>
    <message>
        <source>{app} is already running: see its icon in the system tray.</source>
        <translation>{app} läuft bereits: Sie finden das Symbol im Infobereich der Taskleiste.</translation>
    </message>
</context>
<context>
    <name>CSV</name>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>utc_offset</source>
        <translation>UTC-Versatz</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>tightness</source>
        <translation>Verspannung</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>start_utc</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>end_utc</source>
        <translation>Ende (UTC)</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>etwa %Ln Minute</numerusform>
            <numerusform>etwa %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%Ln Wiederholung</numerusform>
            <numerusform>%Ln Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%Ln Satz</numerusform>
            <numerusform>%Ln Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations</source>
        <translation>
            <numerusform>%Ln Rotation</numerusform>
            <numerusform>%Ln Rotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routines</source>
        <translation>
            <numerusform>%Ln Einheit</numerusform>
            <numerusform>%Ln Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks offered</source>
        <translation>
            <numerusform>%Ln Pause angeboten</numerusform>
            <numerusform>%Ln Pausen angeboten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks on your own</source>
        <translation>
            <numerusform>%Ln Pause aus eigenem Antrieb</numerusform>
            <numerusform>%Ln Pausen aus eigenem Antrieb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%Ln Einschätzung</numerusform>
            <numerusform>%Ln Einschätzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %Ln weiteres</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Breathe into your upper back. Let it widen as you inhale.</source>
        <translation>Atmen Sie in den oberen Rücken. Lassen Sie ihn beim Einatmen weit werden.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>Now to the right. Same squeeze, same rounding.</source>
        <translation>Jetzt nach rechts. Gleicher Druck, gleiche Rundung.</translation>
    </message>
    <message>
        <source>Now to the left. Same squeeze, same rounding.</source>
        <translation>Jetzt nach links. Gleicher Druck, gleiche Rundung.</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>The flashlight</source>
        <translation>Die Taschenlampe</translation>
    </message>
    <message>
        <source>Stay rounded</source>
        <translation>Rund bleiben</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>L</source>
        <comment>the user&apos;s left side: a letter or a very short word</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the user&apos;s right side: a letter or a very short word</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Wiederholung zählen</translation>
    </message>
    <message>
        <source>Counts one rotation, like Space</source>
        <translation>Zählt eine Rotation, wie die Leertaste</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>to the right</source>
        <translation>nach rechts</translation>
    </message>
    <message>
        <source>to the left</source>
        <translation>nach links</translation>
    </message>
    <message>
        <source>SET {number} OF {sets}</source>
        <translation>SATZ {number} VON {sets}</translation>
    </message>
    <message>
        <source>Guided · turn {turn} · hold {hold} · back {back}</source>
        <translation>Vorgegebenes Tempo · drehen {turn} · halten {hold} · zurück {back}</translation>
    </message>
    <message>
        <source>Self-paced · press Space (or click the figure) after each rotation</source>
        <translation>Eigenes Tempo · nach jeder Rotation Leertaste drücken (oder auf die Figur klicken)</translation>
    </message>
    <message>
        <source>End the session now? What you did is saved.
Esc ends it · any other key keeps going</source>
        <translation>Die Einheit jetzt beenden? Was Sie geschafft haben, ist gespeichert.
Esc beendet · jede andere Taste macht weiter</translation>
    </message>
    <message>
        <source>Paused · press P to resume</source>
        <translation>Pausiert · P drücken zum Fortsetzen</translation>
    </message>
    <message>
        <source>Switch sides: now to the right in {seconds}</source>
        <translation>Seite wechseln: gleich nach rechts in {seconds}</translation>
    </message>
    <message>
        <source>Switch sides: now to the left in {seconds}</source>
        <translation>Seite wechseln: gleich nach links in {seconds}</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>Nice set.</source>
        <translation>Guter Satz.</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Ruhepause überspringen</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>REST · SET {number} OF {sets} DONE</source>
        <translation>RUHEPAUSE · SATZ {number} VON {sets} GESCHAFFT</translation>
    </message>
    <message>
        <source>Nice set. Breathe.</source>
        <translation>Guter Satz. Durchatmen.</translation>
    </message>
    <message>
        <source>Next: set {number} of {sets}, starting {side}.</source>
        <translation>Als Nächstes: Satz {number} von {sets}, beginnend {side}.</translation>
    </message>
    <message>
        <source>End early? Esc again ends and saves</source>
        <translation>Früher aufhören? Noch einmal Esc beendet und speichert</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>Bewegungspause</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Slightly rounded, like a baby crunch</source>
        <translation>Leicht gerundet, wie bei einem Mini-Crunch</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>Wie verspannt ist Ihr oberer Rücken gerade?</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Warum das hilft</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <translation>Vorgegebenes Tempo</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>Eigenes Tempo</translation>
    </message>
    <message>
        <source>{sets} × {reps} each way
{about_minutes} · {mode}</source>
        <translation>{sets} × {reps} je Seite
{about_minutes} · {mode}</translation>
    </message>
    <message>
        <source>Your upper back was built to rotate</source>
        <translation>Ihr oberer Rücken ist zum Drehen gemacht</translation>
    </message>
    <message>
        <source>What the movement is</source>
        <translation>Was die Bewegung ist</translation>
    </message>
    <message>
        <source>Why it stiffens</source>
        <translation>Warum er steif wird</translation>
    </message>
    <message>
        <source>What you get</source>
        <translation>Was Sie davon haben</translation>
    </message>
    <message>
        <source>Signs your upper back is locked</source>
        <translation>Zeichen für einen blockierten oberen Rücken</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotationen</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Einheiten diese Woche</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>Und jetzt? Wie verspannt ist Ihr oberer Rücken?</translation>
    </message>
    <message>
        <source>SESSION COMPLETE</source>
        <translation>EINHEIT ABGESCHLOSSEN</translation>
    </message>
    <message>
        <source>SESSION SAVED</source>
        <translation>EINHEIT GESPEICHERT</translation>
    </message>
    <message>
        <source>Well done. Your upper back moved today.</source>
        <translation>Gut gemacht. Ihr oberer Rücken hat sich heute bewegt.</translation>
    </message>
    <message>
        <source>Good start. What you did is saved.</source>
        <translation>Ein guter Anfang. Was Sie geschafft haben, ist gespeichert.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{count} {side}</source>
        <translation>{count} {side}</translation>
    </message>
    <message>
        <source>{rotations}: {sides}.</source>
        <translation>{rotations}: {sides}.</translation>
    </message>
    <message>
        <source>REPS</source>
        <translation>WIEDERHOLUNGEN</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Satz {number}</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>In Ihrem Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Saved to your history. Next time, aim for the full {sets} × {reps} each way.</source>
        <translation>In Ihrem Verlauf gespeichert. Nächstes Mal: die vollen {sets} × {reps} je Seite.</translation>
    </message>
    <message>
        <source>Before: {value} · optional</source>
        <translation>Vorher: {value} · freiwillig</translation>
    </message>
    <message>
        <source>Optional · 0 loose, 10 very tight</source>
        <translation>Freiwillig · 0 locker, 10 sehr verspannt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>End and save</source>
        <translation>Beenden und speichern</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Wiederholung zählen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Rate tightness</source>
        <translation>Verspannung einschätzen</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Einschätzung löschen</translation>
    </message>
    <message>
        <source>Undo rep</source>
        <translation>Wiederholung zurücknehmen</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>Früher aufhören</translation>
    </message>
</context>
<context>
    <name>GuideAccessibility</name>
    <message>
        <source>Optional. 0 is loose, 10 very tight. Arrow keys move the choice, Delete clears it.</source>
        <translation>Freiwillig. 0 ist locker, 10 sehr verspannt. Pfeiltasten ändern die Wahl, Entf löscht sie.</translation>
    </message>
    <message>
        <source>%1, loose</source>
        <translation>%1, locker</translation>
    </message>
    <message>
        <source>%1, very tight</source>
        <translation>%1, sehr verspannt</translation>
    </message>
    <message>
        <source>Figure: the starting position</source>
        <translation>Figur: die Ausgangsposition</translation>
    </message>
    <message>
        <source>A person sits upright on a chair, a block squeezed between the thighs, upper back slightly rounded, turned to the right. A beam from the breastbone shows the turn; the small top view shows the hips still square.</source>
        <translation>Eine Person sitzt aufrecht auf einem Stuhl, ein Block zwischen den Oberschenkeln, der obere Rücken leicht gerundet, nach rechts gedreht. Ein Lichtkegel vom Brustbein zeigt die Drehung; die kleine Draufsicht zeigt die Hüften weiter gerade.</translation>
    </message>
    <message>
        <source>Side view: the rounded upper back</source>
        <translation>Seitenansicht: der gerundete obere Rücken</translation>
    </message>
    <message>
        <source>Seen from the side, the upper back is slightly rounded, like a baby crunch.</source>
        <translation>Von der Seite gesehen ist der obere Rücken leicht gerundet, wie bei einem Mini-Crunch.</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>Wie verspannt ist Ihr oberer Rücken gerade?</translation>
    </message>
    <message>
        <source>What the movement is, why the upper back stiffens and what it gives (W).</source>
        <translation>Was die Bewegung ist, warum der obere Rücken steif wird und was sie bringt (W).</translation>
    </message>
    <message>
        <source>Start the drill (Enter).</source>
        <translation>Die Übung starten (Eingabe).</translation>
    </message>
    <message>
        <source>Figure: resting</source>
        <translation>Figur: Ruhepause</translation>
    </message>
    <message>
        <source>The person sits upright and faces forward, breathing between sets.</source>
        <translation>Die Person sitzt aufrecht, blickt nach vorn und atmet zwischen den Sätzen.</translation>
    </message>
    <message>
        <source>Figure: the finished turn</source>
        <translation>Figur: die vollendete Drehung</translation>
    </message>
    <message>
        <source>The person sits upright, upper back turned to the left, hips square.</source>
        <translation>Die Person sitzt aufrecht, der obere Rücken nach links gedreht, die Hüften gerade.</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>Und jetzt? Wie verspannt ist Ihr oberer Rücken?</translation>
    </message>
    <message>
        <source>Rep counter</source>
        <translation>Wiederholungszähler</translation>
    </message>
    <message>
        <source>Rest countdown</source>
        <translation>Countdown der Ruhepause</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>%1 of %2 to the right, set %4 of %5</source>
        <translation>%1 von %2 nach rechts, Satz %4 von %5</translation>
    </message>
    <message>
        <source>%1 of %2 to the left, set %4 of %5</source>
        <translation>%1 von %2 nach links, Satz %4 von %5</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the right and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>Eine Person sitzt auf einem Stuhl und dreht den oberen Rücken nach rechts und zurück zur Mitte, Hüften und Knie zeigen nach vorn. Ein Lichtkegel vom Brustbein schwenkt wie eine Taschenlampe; die kleine Draufsicht zeigt den Bauchnabel weiter nach vorn gerichtet.</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the left and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>Eine Person sitzt auf einem Stuhl und dreht den oberen Rücken nach links und zurück zur Mitte, Hüften und Knie zeigen nach vorn. Ein Lichtkegel vom Brustbein schwenkt wie eine Taschenlampe; die kleine Draufsicht zeigt den Bauchnabel weiter nach vorn gerichtet.</translation>
    </message>
    <message>
        <source>Press it, or Space, after each rotation.</source>
        <translation>Drücken Sie sie oder die Leertaste nach jeder Rotation.</translation>
    </message>
    <message>
        <source>Animated figure</source>
        <translation>Animierte Figur</translation>
    </message>
    <message>
        <source>Rest is over</source>
        <translation>Die Ruhepause ist vorbei</translation>
    </message>
</context>
<context>
    <name>GuideNarration</name>
    <message>
        <source>End the session now? Escape ends it and saves, any other key keeps going.</source>
        <translation>Die Einheit jetzt beenden? Esc beendet und speichert, jede andere Taste macht weiter.</translation>
    </message>
    <message>
        <source>Keep going.</source>
        <translation>Weiter geht’s.</translation>
    </message>
    <message>
        <source>Paused. Press P to resume.</source>
        <translation>Pausiert. P drücken zum Fortsetzen.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Es geht weiter.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the right.</source>
        <translation>Satz %1 von %2, nach rechts.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the left.</source>
        <translation>Satz %1 von %2, nach links.</translation>
    </message>
    <message>
        <source>Set %1 of %2 done.</source>
        <translation>Satz %1 von %2 geschafft.</translation>
    </message>
    <message>
        <source>Session complete.</source>
        <translation>Einheit abgeschlossen.</translation>
    </message>
    <message>
        <source>Session ended. What you did is saved.</source>
        <translation>Einheit beendet. Was Sie geschafft haben, ist gespeichert.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 von %2.</translation>
    </message>
    <message>
        <source>Switch sides: now to the right.</source>
        <translation>Seite wechseln: jetzt nach rechts.</translation>
    </message>
    <message>
        <source>Switch sides: now to the left.</source>
        <translation>Seite wechseln: jetzt nach links.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>fullscreen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>{day}: nothing recorded.</source>
        <translation>{day}: nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>sat {duration}</source>
        <translation>{duration} gesessen</translation>
    </message>
    <message>
        <source>, longest stretch {duration}</source>
        <translation>, längste Sitzphase {duration}</translation>
    </message>
    <message>
        <source>{count} taken</source>
        <translation>{count} genommen</translation>
    </message>
    <message>
        <source>{count} snoozed</source>
        <translation>{count} aufgeschoben</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} übersprungen</translation>
    </message>
    <message>
        <source>{count} missed</source>
        <translation>{count} verpasst</translation>
    </message>
    <message>
        <source>{offered} ({outcomes})</source>
        <translation>{offered} ({outcomes})</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{routines} done, {reps}</source>
        <translation>{routines} abgeschlossen, {reps}</translation>
    </message>
    <message>
        <source>tightness {value} / 10</source>
        <translation>Verspannung {value} / 10</translation>
    </message>
    <message>
        <source>quiet time {duration}</source>
        <translation>Ruhezeit {duration}</translation>
    </message>
    <message>
        <source>{day}: {facts}.</source>
        <translation>{day}: {facts}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>{total} ({reasons})</source>
        <translation>{total} ({reasons})</translation>
    </message>
    <message>
        <source>{reason} {duration}</source>
        <translation>{reason} {duration}</translation>
    </message>
    <message>
        <source>Week chart</source>
        <translation>Wochendiagramm</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · heute</translation>
    </message>
    <message>
        <source>{routines} ✓  {reps} reps</source>
        <translation>{routines} ✓  {reps} Wdh.</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>Verlauf der Verspannung</translation>
    </message>
    <message>
        <source>{check_ins}, from {first} to {last} out of 10</source>
        <translation>{check_ins}, von {first} bis {last} von 10</translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation>{value} von {total}</translation>
    </message>
    <message>
        <source>nothing to compare last week</source>
        <translation>kein Vergleich mit letzter Woche möglich</translation>
    </message>
    <message>
        <source>same as last week</source>
        <translation>wie letzte Woche</translation>
    </message>
    <message>
        <source>same as same days last week</source>
        <translation>wie an denselben Tagen letzter Woche</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs same days last week</source>
        <translation>{arrow} {amount} ggü. denselben Tagen letzter Woche</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs last week</source>
        <translation>{arrow} {amount} ggü. letzter Woche</translation>
    </message>
    <message>
        <source>Desk Mobility – Weekly history</source>
        <translation>Desk Mobility – Wochenverlauf</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Vorherige</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Vorherige Woche (Alt+Links)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Back to this week (Home)</source>
        <translation>Zurück zu dieser Woche (Pos1)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Nächste ›</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Nächste Woche (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save this week or your whole history as CSV (Ctrl+E)</source>
        <translation>Diese Woche oder den ganzen Verlauf als CSV speichern (Strg+E)</translation>
    </message>
    <message>
        <source>This week…</source>
        <translation>Diese Woche…</translation>
    </message>
    <message>
        <source>All history…</source>
        <translation>Gesamter Verlauf…</translation>
    </message>
    <message>
        <source>Upper-back tightness check-ins, 0 loose to 10 very tight (○ before a routine, ● after)</source>
        <translation>Einschätzungen der Verspannung im oberen Rücken, 0 locker bis 10 sehr verspannt (○ vor einer Einheit, ● danach)</translation>
    </message>
    <message>
        <source>Your history could not be read.</source>
        <translation>Ihr Verlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>This week, {span}</source>
        <translation>Diese Woche, {span}</translation>
    </message>
    <message>
        <source>Last week, {span}</source>
        <translation>Letzte Woche, {span}</translation>
    </message>
    <message>
        <source>Week, {span}</source>
        <translation>Woche, {span}</translation>
    </message>
    <message>
        <source>{routines} on {days} of 7 days · {reps} · {own}</source>
        <translation>{routines} an {days} von 7 Tagen · {reps} · {own}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>Diese Woche hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Press Home or This week to come back to today.</source>
        <translation>Pos1 oder „Diese Woche“ bringt Sie zurück zu heute.</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week.</source>
        <translation>Diese Woche ist noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Desk Mobility fills this page while it runs in the tray: time spent sitting, the breaks it offers and the rotation routines you do. Keep it running while you work, and take the next break it offers. Or start a routine now from the tray menu.</source>
        <translation>Desk Mobility füllt diese Seite, während es im Infobereich läuft: die Zeit im Sitzen, die angebotenen Pausen und Ihre Rotationseinheiten. Lassen Sie es beim Arbeiten laufen und nehmen Sie die nächste angebotene Pause an. Oder starten Sie jetzt eine Einheit über das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>Your history starts on {date}.</source>
        <translation>Ihr Verlauf beginnt am {date}.</translation>
    </message>
    <message>
        <source>Nothing recorded this week.</source>
        <translation>Diese Woche ist nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>This is before Desk Mobility started keeping your history.</source>
        <translation>Das war, bevor Desk Mobility Ihren Verlauf aufgezeichnet hat.</translation>
    </message>
    <message>
        <source>Desk Mobility was not running, or you had the week off. A week away from the desk is good for the back too. Press Home to see this week.</source>
        <translation>Desk Mobility lief nicht, oder Sie hatten die Woche frei. Eine Woche fern vom Schreibtisch tut dem Rücken auch gut. Pos1 zeigt diese Woche.</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <source>longest unbroken stretch</source>
        <translation>längste Sitzphase am Stück</translation>
    </message>
    <message>
        <source>quiet time (calls, do not disturb)</source>
        <translation>Ruhezeit (Anrufe, Nicht stören)</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Pausen:</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>genommen</translation>
    </message>
    <message>
        <source>moved when offered</source>
        <translation>bei Angebot bewegt</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>aufgeschoben</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>break on your own</source>
        <translation>Pause aus eigenem Antrieb</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Saved {rows} of this week to {path}</source>
        <translation>{rows} dieser Woche in {path} gespeichert</translation>
    </message>
    <message>
        <source>Saved {rows} of your whole history to {path}</source>
        <translation>{rows} Ihres gesamten Verlaufs in {path} gespeichert</translation>
    </message>
</context>
<context>
    <name>HistoryAccessibility</name>
    <message>
        <source>Week chart</source>
        <translation>Wochendiagramm</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>Verlauf der Verspannung</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Rücktaste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>any key</source>
        <translation>beliebige Taste</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
</context>
<context>
    <name>NarrationCounts</name>
    <message numerus="yes">
        <source>Rest for %n seconds.</source>
        <translation>
            <numerusform>Ruhe für %Ln Sekunde.</numerusform>
            <numerusform>Ruhe für %Ln Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations.</source>
        <translation>
            <numerusform>%Ln Rotation.</numerusform>
            <numerusform>%Ln Rotationen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of rest left.</source>
        <translation>
            <numerusform>Noch %Ln Sekunde Ruhe.</numerusform>
            <numerusform>Noch %Ln Sekunden Ruhe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoTray</name>
    <message>
        <source>Your desktop has no system tray, so Desk Mobility lives in this small window. Closing it keeps the app running; start Desk Mobility again to bring it back.</source>
        <translation>Ihr Desktop hat keinen Infobereich, deshalb wohnt Desk Mobility in diesem kleinen Fenster. Wenn Sie es schließen, läuft die App weiter; starten Sie Desk Mobility erneut, um es zurückzuholen.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Time to move</source>
        <translation>Zeit für Bewegung</translation>
    </message>
    <message>
        <source>{routine}, {about_minutes}</source>
        <translation>{routine}, {about_minutes}</translation>
    </message>
    <message>
        <source>Seated thoracic rotation</source>
        <translation>Brustwirbelsäulenrotation im Sitzen</translation>
    </message>
    <message>
        <source>You have been sitting for {duration}.
{routine}.</source>
        <translation>Sie sitzen seit {duration}.
{routine}.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} Min. aufschieben</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Click to open the folder.</source>
        <translation>Klicken, um den Ordner zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>you are on a call</source>
        <translation>Sie sind in einem Anruf</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>„Nicht stören“ ist an</translation>
    </message>
    <message>
        <source>a window is fullscreen</source>
        <translation>ein Fenster ist im Vollbild</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>could not write {location}</source>
        <translation>{location} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>could not be saved: {error}</source>
        <translation>konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Breaks</source>
        <extracomment>&quot;system&quot; follows the desktop; the rest are the languages the app ships (English is the source).</extracomment>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Break after sitting for</source>
        <translation>Pause nach einer Sitzzeit von</translation>
    </message>
    <message>
        <source>Continuous sitting before a break is due.</source>
        <translation>So lange ununterbrochen sitzen, bis eine Pause fällig ist.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>So lange weg zählt als Pause</translation>
    </message>
    <message>
        <source>Idle or locked at least this long resets the sitting clock.</source>
        <translation>Mindestens so lange inaktiv oder gesperrt setzt die Sitzuhr zurück.</translation>
    </message>
    <message>
        <source>Still sitting while idle up to</source>
        <translation>Gilt als Sitzen bei Inaktivität bis</translation>
    </message>
    <message>
        <source>Reading or thinking without input still counts as sitting.</source>
        <translation>Lesen oder Nachdenken ohne Eingabe zählt weiter als Sitzen.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Aufschieben um</translation>
    </message>
    <message>
        <source>How long Snooze postpones a due break.</source>
        <translation>So lange schiebt „Aufschieben“ eine fällige Pause hinaus.</translation>
    </message>
    <message>
        <source>Offer an ignored break again after</source>
        <translation>Ignorierte Pause erneut anbieten nach</translation>
    </message>
    <message>
        <source>A due break that gets no answer is offered again, gently.</source>
        <translation>Eine fällige Pause ohne Antwort wird behutsam erneut angeboten.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>Breaks are only due on these days.</source>
        <translation>Pausen sind nur an diesen Tagen fällig.</translation>
    </message>
    <message>
        <source>Working hours from</source>
        <translation>Arbeitszeit von</translation>
    </message>
    <message>
        <source>No break is due before this time.</source>
        <translation>Vor dieser Uhrzeit ist keine Pause fällig.</translation>
    </message>
    <message>
        <source>Working hours until</source>
        <translation>Arbeitszeit bis</translation>
    </message>
    <message>
        <source>No break is due after this time.</source>
        <translation>Nach dieser Uhrzeit ist keine Pause fällig.</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <source>Wait while a window is fullscreen</source>
        <translation>Warten, solange ein Fenster im Vollbild ist</translation>
    </message>
    <message>
        <source>Calls, presentations and games are not interrupted; the break waits.</source>
        <translation>Anrufe, Präsentationen und Spiele werden nicht unterbrochen; die Pause wartet.</translation>
    </message>
    <message>
        <source>Wait while you are on a call</source>
        <translation>Warten, solange Sie telefonieren</translation>
    </message>
    <message>
        <source>While another program uses the microphone or camera, a due break waits.</source>
        <translation>Solange ein anderes Programm Mikrofon oder Kamera nutzt, wartet eine fällige Pause.</translation>
    </message>
    <message>
        <source>Respect do not disturb</source>
        <translation>„Nicht stören“ beachten</translation>
    </message>
    <message>
        <source>While the desktop&apos;s do not disturb is on, a due break waits.</source>
        <translation>Solange „Nicht stören“ am Desktop an ist, wartet eine fällige Pause.</translation>
    </message>
    <message>
        <source>Wait for a pause in typing of</source>
        <translation>Auf eine Tipppause warten von</translation>
    </message>
    <message>
        <source>A due break&apos;s notification waits until input stops this long (0: show at once).</source>
        <translation>Die Benachrichtigung einer fälligen Pause wartet, bis so lange keine Eingabe kommt (0: sofort zeigen).</translation>
    </message>
    <message>
        <source>Wait for a pause at most</source>
        <translation>Höchstens auf eine Tipppause warten</translation>
    </message>
    <message>
        <source>Typing without a pause this long still gets the notification.</source>
        <translation>Wer so lange ohne Pause tippt, bekommt die Benachrichtigung trotzdem.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Sets of the drill per break.</source>
        <translation>Sätze der Übung pro Pause.</translation>
    </message>
    <message>
        <source>Reps each direction</source>
        <translation>Wiederholungen je Seite</translation>
    </message>
    <message>
        <source>Rotations to each side in every set.</source>
        <translation>Rotationen zu jeder Seite in jedem Satz.</translation>
    </message>
    <message>
        <source>Seconds to turn</source>
        <translation>Sekunden zum Drehen</translation>
    </message>
    <message>
        <source>Guided tempo: time to rotate to end range.</source>
        <translation>Vorgegebenes Tempo: Zeit bis zur Endposition.</translation>
    </message>
    <message>
        <source>Pause at end range</source>
        <translation>Halten in der Endposition</translation>
    </message>
    <message>
        <source>Guided tempo: pause at the end of the turn.</source>
        <translation>Vorgegebenes Tempo: Pause am Ende der Drehung.</translation>
    </message>
    <message>
        <source>Seconds to return</source>
        <translation>Sekunden zurück</translation>
    </message>
    <message>
        <source>Guided tempo: time to come back to centre.</source>
        <translation>Vorgegebenes Tempo: Zeit zurück zur Mitte.</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Ruhe zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Countdown between sets.</source>
        <translation>Countdown zwischen den Sätzen.</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>Guided: the tempo counts for you. Self-paced: press Space for each rep.</source>
        <translation>Vorgegebenes Tempo: das Tempo zählt für Sie. Eigenes Tempo: Leertaste bei jeder Wiederholung.</translation>
    </message>
    <message>
        <source>Pacing sounds</source>
        <translation>Taktgeräusche</translation>
    </message>
    <message>
        <source>A soft tick at each rep and a tone at each direction change.</source>
        <translation>Ein leises Ticken bei jeder Wiederholung und ein Ton bei jedem Seitenwechsel.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Loudness of pacing sounds and the chime.</source>
        <translation>Lautstärke der Taktgeräusche und des Signaltons.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>Show key poses instead of a continuous animation.</source>
        <translation>Schlüsselhaltungen statt einer durchgehenden Animation zeigen.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start Desk Mobility when you log in.</source>
        <translation>Desk Mobility starten, wenn Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Announce a due break with a desktop notification.</source>
        <translation>Eine fällige Pause mit einer Desktop-Benachrichtigung ankündigen.</translation>
    </message>
    <message>
        <source>Chime with the notification</source>
        <translation>Signalton zur Benachrichtigung</translation>
    </message>
    <message>
        <source>A short sound when a break is due (never during quiet times).</source>
        <translation>Ein kurzer Ton, wenn eine Pause fällig ist (nie in stillen Zeiten).</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>Woche beginnt am</translation>
    </message>
    <message>
        <source>First day of the week in the weekly history.</source>
        <translation>Erster Tag der Woche im Wochenverlauf.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the app; “system” follows your desktop.</source>
        <translation>Die Sprache der App; „system“ folgt Ihrem Desktop.</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>erwartet true oder false, erhalten: {value}</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>erwartet eine Zahl, erhalten: {value}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>erwartet eine ganze Zahl, erhalten: {value}</translation>
    </message>
    <message>
        <source>expected a finite number, got {value}</source>
        <translation>erwartet eine endliche Zahl, erhalten: {value}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} liegt unter dem Minimum {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} liegt über dem Maximum {maximum}</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} ist keiner von {choices}</translation>
    </message>
    <message>
        <source>expected a time like &quot;08:30&quot;, got {value}</source>
        <translation>erwartet eine Uhrzeit wie &quot;08:30&quot;, erhalten: {value}</translation>
    </message>
    <message>
        <source>expected a list of days like [&quot;mon&quot;], got {value}</source>
        <translation>erwartet eine Liste von Tagen wie [&quot;mon&quot;], erhalten: {value}</translation>
    </message>
    <message>
        <source>unknown day {day}</source>
        <translation>unbekannter Tag {day}</translation>
    </message>
    <message>
        <source>a natural break ({natural} min) must be shorter than the sitting interval ({sit} min)</source>
        <translation>eine natürliche Pause ({natural} Min.) muss kürzer sein als das Sitzintervall ({sit} Min.)</translation>
    </message>
    <message>
        <source>short idle ({idle} s) must be shorter than a natural break ({natural} min)</source>
        <translation>kurze Inaktivität ({idle} s) muss kürzer sein als eine natürliche Pause ({natural} Min.)</translation>
    </message>
    <message>
        <source>choose at least one working day, or no break is ever due</source>
        <translation>wählen Sie mindestens einen Arbeitstag, sonst ist nie eine Pause fällig</translation>
    </message>
    <message>
        <source>working hours end ({end}) before they start ({start})</source>
        <translation>die Arbeitszeit endet ({end}), bevor sie beginnt ({start})</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>unbekannte Einstellung</translation>
    </message>
    <message>
        <source>{key}: {reason}; using the default {default}</source>
        <translation>{key}: {reason}; es gilt der Standardwert {default}</translation>
    </message>
    <message>
        <source>[{name}] is written as a list of tables [[{name}]]; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] ist als Liste von Tabellen [[{name}]] geschrieben; seine Einstellungen gehören in eine einzige [{name}]-Tabelle. Nichts davon wurde übernommen.</translation>
    </message>
    <message>
        <source>[{name}] is written as a value; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] ist als Wert geschrieben; seine Einstellungen gehören in eine einzige [{name}]-Tabelle. Nichts davon wurde übernommen.</translation>
    </message>
    <message>
        <source>Unknown section {names}, not applied.</source>
        <translation>Unbekannter Abschnitt {names}, nicht übernommen.</translation>
    </message>
    <message>
        <source>Unknown sections {names}, not applied.</source>
        <translation>Unbekannte Abschnitte {names}, nicht übernommen.</translation>
    </message>
    <message>
        <source>Unknown setting {names}, ignored.</source>
        <translation>Unbekannte Einstellung {names}, ignoriert.</translation>
    </message>
    <message>
        <source>Unknown settings {names}, ignored.</source>
        <translation>Unbekannte Einstellungen {names}, ignoriert.</translation>
    </message>
    <message>
        <source>In the wrong place, not applied: {names}.</source>
        <translation>An der falschen Stelle, nicht übernommen: {names}.</translation>
    </message>
    <message>
        <source>{name} (it belongs under [{section}])</source>
        <translation>{name} (gehört unter [{section}])</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere</translation>
    </message>
    <message>
        <source>{key}: reset with {other}; using the default {default}</source>
        <translation>{key}: mit {other} zurückgesetzt; es gilt der Standardwert {default}</translation>
    </message>
    <message>
        <source>settings conflict with each other; all defaults are in use</source>
        <translation>Einstellungen widersprechen sich; es gelten alle Standardwerte</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <extracomment>The languages with a translation, as the settings name them. Each language in its own words, as a language menu shows it (Qt&apos;s own names vary with the region, e.g. &quot;español de España&quot;).</extracomment>
        <translation>Wie auf diesem Computer</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <extracomment>How a choice reads in the dialog; the file keeps the short value.</extracomment>
        <translation>Vorgegebenes Tempo</translation>
    </message>
    <message>
        <source>Self-paced (Space per rep)</source>
        <translation>Eigenes Tempo (Leertaste je Wiederholung)</translation>
    </message>
    <message>
        <source>As in your region</source>
        <translation>Wie in Ihrer Region</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{minimum} to {maximum}</source>
        <extracomment>Settings that only matter while another one is on: (key, predicate on pending values). Mnemonic letters the standard buttons already use (OK, Apply, Cancel, Restore Defaults).</extracomment>
        <translation>{minimum} bis {maximum}</translation>
    </message>
    <message>
        <source>{app} Settings</source>
        <translation>{app} – Einstellungen</translation>
    </message>
    <message>
        <source>Could not apply the settings: {error}</source>
        <translation>Die Einstellungen konnten nicht übernommen werden: {error}</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>“{setting}” ({section})</source>
        <translation>„{setting}“ ({section})</translation>
    </message>
    <message>
        <source>Fix {where} to apply. Nothing has changed yet.</source>
        <translation>Korrigieren Sie {where}, um zu übernehmen. Noch wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Sitting for {duration}</source>
        <translation>Seit {duration} im Sitzen</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Pausiert bis {time}</translation>
    </message>
    <message>
        <source>{sitting} · snoozed until {time}</source>
        <translation>{sitting} · aufgeschoben bis {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting until the fullscreen window closes</source>
        <translation>{sitting} · Pause wartet, bis das Vollbildfenster geschlossen ist</translation>
    </message>
    <message>
        <source>{why} since {time}</source>
        <translation>{why} seit {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting: {why}</source>
        <translation>{sitting} · Pause wartet: {why}</translation>
    </message>
    <message>
        <source>{sitting} · quiet: {why}</source>
        <translation>{sitting} · Ruhezeit: {why}</translation>
    </message>
    <message>
        <source>{sitting} · time for a break (shown at a pause in your typing)</source>
        <translation>{sitting} · Zeit für eine Pause (erscheint bei einer Tipppause)</translation>
    </message>
    <message>
        <source>{sitting} · time for a break</source>
        <translation>{sitting} · Zeit für eine Pause</translation>
    </message>
    <message>
        <source>{sitting} · outside working hours</source>
        <translation>{sitting} · außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>{sitting} · next break in {duration}</source>
        <translation>{sitting} · nächste Pause in {duration}</translation>
    </message>
    <message>
        <source>Reminding you anyway, despite the quiet time.</source>
        <translation>Erinnerung trotz Ruhezeit.</translation>
    </message>
    <message>
        <source>Activity cannot be read here: counting unlocked time.</source>
        <translation>Aktivität kann hier nicht gelesen werden: gezählt wird die entsperrte Zeit.</translation>
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
        <translation>Der Datenträger ist voll: Ihr Verlauf bleibt im Speicher und wird gespeichert, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>der Ordner {folder} ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the folder or file is read-only</source>
        <translation>der Ordner oder die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>another program holds the database locked</source>
        <translation>ein anderes Programm hält die Datenbank gesperrt</translation>
    </message>
    <message>
        <source>Your activity cannot be saved right now because {reason}. It is kept in memory and saved as soon as the disk accepts it again.</source>
        <translation>Ihre Aktivität kann gerade nicht gespeichert werden, weil {reason}. Sie bleibt im Speicher und wird gespeichert, sobald der Datenträger sie wieder annimmt.</translation>
    </message>
    <message>
        <source>Part of your history could not be saved ({reason}).</source>
        <translation>Ein Teil Ihres Verlaufs konnte nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>Your history file could not be read because it is damaged. It was moved to {moved} and a new history starts now.</source>
        <translation>Ihre Verlaufsdatei konnte nicht gelesen werden, weil sie beschädigt ist. Sie wurde nach {moved} verschoben, und ein neuer Verlauf beginnt jetzt.</translation>
    </message>
    <message>
        <source>Your history ({path}) was written by a newer version of Desk Mobility (schema {version}; this version knows up to {known}). It is shown read-only and left unchanged; new activity is not saved until you update.</source>
        <translation>Ihr Verlauf ({path}) wurde von einer neueren Version von Desk Mobility geschrieben (Schema {version}; diese Version kennt bis {known}). Er wird nur lesend angezeigt und nicht verändert; neue Aktivität wird erst nach einem Update gespeichert.</translation>
    </message>
    <message>
        <source>Your history ({path}) cannot be saved because {reason}. Past weeks are shown, but new activity is not saved until this is fixed.</source>
        <translation>Ihr Verlauf ({path}) kann nicht gespeichert werden, weil {reason}. Vergangene Wochen werden angezeigt, aber neue Aktivität wird erst gespeichert, wenn das behoben ist.</translation>
    </message>
    <message>
        <source>Your history cannot be saved to {path} because {reason}. Desk Mobility keeps running and remembers today&apos;s activity until you quit.</source>
        <translation>Ihr Verlauf kann nicht in {path} gespeichert werden, weil {reason}. Desk Mobility läuft weiter und merkt sich die heutige Aktivität, bis Sie es beenden.</translation>
    </message>
    <message>
        <source>Your history could not be read ({reason}).</source>
        <translation>Ihr Verlauf konnte nicht gelesen werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Start break now</source>
        <translation>Pause jetzt starten</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Diese Pause überspringen</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Für 30 Minuten</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Remind me anyway</source>
        <translation>Trotzdem erinnern</translation>
    </message>
    <message>
        <source>Offer breaks now, despite the call or do not disturb</source>
        <translation>Pausen jetzt anbieten, trotz Anruf oder „Nicht stören“</translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation>Wochenverlauf</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit Desk Mobility</source>
        <translation>Desk Mobility beenden</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} Min. aufschieben</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} Min. {seconds} s</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <translation>{hours} Std. {minutes}</translation>
    </message>
</context>
<context>
    <name>Week</name>
    <message>
        <source>Time sitting</source>
        <translation>Zeit im Sitzen</translation>
    </message>
    <message>
        <source>Longest stretch</source>
        <translation>Längste Sitzphase</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Genommene Pausen</translation>
    </message>
    <message>
        <source>Routines done</source>
        <translation>Abgeschlossene Einheiten</translation>
    </message>
    <message>
        <source>Routine streak</source>
        <translation>Einheiten in Folge</translation>
    </message>
    <message>
        <source>Upper-back tightness</source>
        <translation>Verspannung im oberen Rücken</translation>
    </message>
</context>
</TS>
