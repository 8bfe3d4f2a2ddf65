<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AccessibleCounts</name>
    <message numerus="yes">
        <source>%n seconds of rest left</source>
        <translation>
            <numerusform>nog %Ln seconde rust</numerusform>
            <numerusform>nog %Ln seconden rust</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>… and {count} more; the log has them all: {log}</source>
        <translation>… en nog {count}; het logboek bevat ze allemaal: {log}</translation>
    </message>
    <message>
        <source>The guide could not open</source>
        <translation>De begeleiding kon niet worden geopend</translation>
    </message>
    <message>
        <source>{app} is already running; its window is shown again.</source>
        <translation>{app} draait al; het venster wordt opnieuw getoond.</translation>
    </message>
    <message>
        <source>{app} is already running: see its icon in the system tray.</source>
        <translation>{app} draait al: je vindt het pictogram in het systeemvak.</translation>
    </message>
</context>
<context>
    <name>CSV</name>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>start</source>
        <translation>begin</translation>
    </message>
    <message>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <source>utc_offset</source>
        <translation>UTC-verschil</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>herhalingen</translation>
    </message>
    <message>
        <source>tightness</source>
        <translation>stijfheid</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>details</translation>
    </message>
    <message>
        <source>start_utc</source>
        <translation>begin (UTC)</translation>
    </message>
    <message>
        <source>end_utc</source>
        <translation>einde (UTC)</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>ongeveer %Ln minuut</numerusform>
            <numerusform>ongeveer %Ln minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%Ln herhaling</numerusform>
            <numerusform>%Ln herhalingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%Ln set</numerusform>
            <numerusform>%Ln sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations</source>
        <translation>
            <numerusform>%Ln rotatie</numerusform>
            <numerusform>%Ln rotaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routines</source>
        <translation>
            <numerusform>%Ln sessie</numerusform>
            <numerusform>%Ln sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks offered</source>
        <translation>
            <numerusform>%Ln pauze aangeboden</numerusform>
            <numerusform>%Ln pauzes aangeboden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks on your own</source>
        <translation>
            <numerusform>%Ln pauze op eigen initiatief</numerusform>
            <numerusform>%Ln pauzes op eigen initiatief</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%Ln inschatting</numerusform>
            <numerusform>%Ln inschattingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%Ln rij</numerusform>
            <numerusform>%Ln rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %Ln</numerusform>
            <numerusform>en nog %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Breathe into your upper back. Let it widen as you inhale.</source>
        <translation>Adem in naar je bovenrug. Laat hem breder worden als je inademt.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <source>Now to the right. Same squeeze, same rounding.</source>
        <translation>Nu naar rechts. Zelfde druk, zelfde bolling.</translation>
    </message>
    <message>
        <source>Now to the left. Same squeeze, same rounding.</source>
        <translation>Nu naar links. Zelfde druk, zelfde bolling.</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Wissel van kant</translation>
    </message>
    <message>
        <source>The flashlight</source>
        <translation>De zaklamp</translation>
    </message>
    <message>
        <source>Stay rounded</source>
        <translation>Blijf gebold</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
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
        <translation>Herhaling tellen</translation>
    </message>
    <message>
        <source>Counts one rotation, like Space</source>
        <translation>Telt een rotatie, zoals Spatie</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>to the right</source>
        <translation>naar rechts</translation>
    </message>
    <message>
        <source>to the left</source>
        <translation>naar links</translation>
    </message>
    <message>
        <source>SET {number} OF {sets}</source>
        <translation>SET {number} VAN {sets}</translation>
    </message>
    <message>
        <source>Guided · turn {turn} · hold {hold} · back {back}</source>
        <translation>Begeleid tempo · draaien {turn} · vasthouden {hold} · terug {back}</translation>
    </message>
    <message>
        <source>Self-paced · press Space (or click the figure) after each rotation</source>
        <translation>Eigen tempo · druk na elke rotatie op Spatie (of klik op de figuur)</translation>
    </message>
    <message>
        <source>End the session now? What you did is saved.
Esc ends it · any other key keeps going</source>
        <translation>De sessie nu beëindigen? Wat je gedaan hebt, is opgeslagen.
Esc beëindigt · elke andere toets gaat door</translation>
    </message>
    <message>
        <source>Paused · press P to resume</source>
        <translation>Gepauzeerd · druk op P om verder te gaan</translation>
    </message>
    <message>
        <source>Switch sides: now to the right in {seconds}</source>
        <translation>Wissel van kant: zo naar rechts over {seconds}</translation>
    </message>
    <message>
        <source>Switch sides: now to the left in {seconds}</source>
        <translation>Wissel van kant: zo naar links over {seconds}</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <source>Nice set.</source>
        <translation>Mooie set.</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Rust overslaan</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>rust</translation>
    </message>
    <message>
        <source>REST · SET {number} OF {sets} DONE</source>
        <translation>RUST · SET {number} VAN {sets} KLAAR</translation>
    </message>
    <message>
        <source>Nice set. Breathe.</source>
        <translation>Mooie set. Adem.</translation>
    </message>
    <message>
        <source>Next: set {number} of {sets}, starting {side}.</source>
        <translation>Volgende: set {number} van {sets}, beginnend {side}.</translation>
    </message>
    <message>
        <source>End early? Esc again ends and saves</source>
        <translation>Eerder stoppen? Nog een keer Esc beëindigt en slaat op</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>Beweegpauze</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Voordat je begint</translation>
    </message>
    <message>
        <source>Slightly rounded, like a baby crunch</source>
        <translation>Licht gebold, zoals bij een mini-crunch</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>Hoe stijf is je bovenrug nu?</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Waarom dit helpt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <translation>Begeleid tempo</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>Eigen tempo</translation>
    </message>
    <message>
        <source>{sets} × {reps} each way
{about_minutes} · {mode}</source>
        <translation>{sets} × {reps} per kant
{about_minutes} · {mode}</translation>
    </message>
    <message>
        <source>Your upper back was built to rotate</source>
        <translation>Je bovenrug is gemaakt om te draaien</translation>
    </message>
    <message>
        <source>What the movement is</source>
        <translation>Wat de beweging is</translation>
    </message>
    <message>
        <source>Why it stiffens</source>
        <translation>Waarom hij stijf wordt</translation>
    </message>
    <message>
        <source>What you get</source>
        <translation>Wat het je oplevert</translation>
    </message>
    <message>
        <source>Signs your upper back is locked</source>
        <translation>Tekenen van een vastzittende bovenrug</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotaties</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sessies deze week</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>En nu? Hoe stijf is je bovenrug?</translation>
    </message>
    <message>
        <source>SESSION COMPLETE</source>
        <translation>SESSIE VOLTOOID</translation>
    </message>
    <message>
        <source>SESSION SAVED</source>
        <translation>SESSIE OPGESLAGEN</translation>
    </message>
    <message>
        <source>Well done. Your upper back moved today.</source>
        <translation>Goed gedaan. Je bovenrug heeft vandaag bewogen.</translation>
    </message>
    <message>
        <source>Good start. What you did is saved.</source>
        <translation>Goed begin. Wat je gedaan hebt, is opgeslagen.</translation>
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
        <translation>HERHALINGEN</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Set {number}</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>Opgeslagen in je geschiedenis.</translation>
    </message>
    <message>
        <source>Saved to your history. Next time, aim for the full {sets} × {reps} each way.</source>
        <translation>Opgeslagen in je geschiedenis. Probeer volgende keer de volle {sets} × {reps} per kant.</translation>
    </message>
    <message>
        <source>Before: {value} · optional</source>
        <translation>Vooraf: {value} · optioneel</translation>
    </message>
    <message>
        <source>Optional · 0 loose, 10 very tight</source>
        <translation>Optioneel · 0 soepel, 10 heel stijf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>End and save</source>
        <translation>Beëindigen en opslaan</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Herhaling tellen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Rate tightness</source>
        <translation>Stijfheid inschatten</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Inschatting wissen</translation>
    </message>
    <message>
        <source>Undo rep</source>
        <translation>Herhaling ongedaan maken</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Geluid aan</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Geluid uit</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>Eerder stoppen</translation>
    </message>
</context>
<context>
    <name>GuideAccessibility</name>
    <message>
        <source>Optional. 0 is loose, 10 very tight. Arrow keys move the choice, Delete clears it.</source>
        <translation>Optioneel. 0 is soepel, 10 heel stijf. De pijltoetsen veranderen de keuze, Delete wist hem.</translation>
    </message>
    <message>
        <source>%1, loose</source>
        <translation>%1, soepel</translation>
    </message>
    <message>
        <source>%1, very tight</source>
        <translation>%1, heel stijf</translation>
    </message>
    <message>
        <source>Figure: the starting position</source>
        <translation>Figuur: de beginhouding</translation>
    </message>
    <message>
        <source>A person sits upright on a chair, a block squeezed between the thighs, upper back slightly rounded, turned to the right. A beam from the breastbone shows the turn; the small top view shows the hips still square.</source>
        <translation>Iemand zit rechtop op een stoel, een blok tussen de dijen geklemd, de bovenrug licht gebold en naar rechts gedraaid. Een lichtbundel vanaf het borstbeen toont de draai; het kleine bovenaanzicht toont de heupen nog recht.</translation>
    </message>
    <message>
        <source>Side view: the rounded upper back</source>
        <translation>Zijaanzicht: de gebolde bovenrug</translation>
    </message>
    <message>
        <source>Seen from the side, the upper back is slightly rounded, like a baby crunch.</source>
        <translation>Van opzij gezien is de bovenrug licht gebold, zoals bij een mini-crunch.</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>Hoe stijf is je bovenrug nu?</translation>
    </message>
    <message>
        <source>What the movement is, why the upper back stiffens and what it gives (W).</source>
        <translation>Wat de beweging is, waarom de bovenrug stijf wordt en wat het oplevert (W).</translation>
    </message>
    <message>
        <source>Start the drill (Enter).</source>
        <translation>De oefening starten (Enter).</translation>
    </message>
    <message>
        <source>Figure: resting</source>
        <translation>Figuur: rust</translation>
    </message>
    <message>
        <source>The person sits upright and faces forward, breathing between sets.</source>
        <translation>De persoon zit rechtop, kijkt naar voren en ademt tussen de sets.</translation>
    </message>
    <message>
        <source>Figure: the finished turn</source>
        <translation>Figuur: de voltooide draai</translation>
    </message>
    <message>
        <source>The person sits upright, upper back turned to the left, hips square.</source>
        <translation>De persoon zit rechtop, de bovenrug naar links gedraaid, de heupen recht.</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>En nu? Hoe stijf is je bovenrug?</translation>
    </message>
    <message>
        <source>Rep counter</source>
        <translation>Herhalingenteller</translation>
    </message>
    <message>
        <source>Rest countdown</source>
        <translation>Aftellen van de rust</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>%1 of %2 to the right, set %4 of %5</source>
        <translation>%1 van %2 naar rechts, set %4 van %5</translation>
    </message>
    <message>
        <source>%1 of %2 to the left, set %4 of %5</source>
        <translation>%1 van %2 naar links, set %4 van %5</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the right and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>Iemand op een stoel draait de bovenrug naar rechts en terug naar het midden, heupen en knieën naar voren. Een lichtbundel vanaf het borstbeen zwaait als een zaklamp; het kleine bovenaanzicht toont de navel nog naar voren.</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the left and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>Iemand op een stoel draait de bovenrug naar links en terug naar het midden, heupen en knieën naar voren. Een lichtbundel vanaf het borstbeen zwaait als een zaklamp; het kleine bovenaanzicht toont de navel nog naar voren.</translation>
    </message>
    <message>
        <source>Press it, or Space, after each rotation.</source>
        <translation>Druk erop, of op Spatie, na elke rotatie.</translation>
    </message>
    <message>
        <source>Animated figure</source>
        <translation>Bewegende figuur</translation>
    </message>
    <message>
        <source>Rest is over</source>
        <translation>De rust is voorbij</translation>
    </message>
</context>
<context>
    <name>GuideNarration</name>
    <message>
        <source>End the session now? Escape ends it and saves, any other key keeps going.</source>
        <translation>De sessie nu beëindigen? Esc beëindigt en slaat op, elke andere toets gaat door.</translation>
    </message>
    <message>
        <source>Keep going.</source>
        <translation>We gaan door.</translation>
    </message>
    <message>
        <source>Paused. Press P to resume.</source>
        <translation>Gepauzeerd. Druk op P om verder te gaan.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Verder.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the right.</source>
        <translation>Set %1 van %2, naar rechts.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the left.</source>
        <translation>Set %1 van %2, naar links.</translation>
    </message>
    <message>
        <source>Set %1 of %2 done.</source>
        <translation>Set %1 van %2 klaar.</translation>
    </message>
    <message>
        <source>Session complete.</source>
        <translation>Sessie voltooid.</translation>
    </message>
    <message>
        <source>Session ended. What you did is saved.</source>
        <translation>Sessie beëindigd. Wat je gedaan hebt, is opgeslagen.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 van %2.</translation>
    </message>
    <message>
        <source>Switch sides: now to the right.</source>
        <translation>Wissel van kant: nu naar rechts.</translation>
    </message>
    <message>
        <source>Switch sides: now to the left.</source>
        <translation>Wissel van kant: nu naar links.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>calls</source>
        <translation>gesprekken</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>niet storen</translation>
    </message>
    <message>
        <source>fullscreen</source>
        <translation>schermvullend</translation>
    </message>
    <message>
        <source>{day}: nothing recorded.</source>
        <translation>{day}: niets vastgelegd.</translation>
    </message>
    <message>
        <source>sat {duration}</source>
        <translation>{duration} gezeten</translation>
    </message>
    <message>
        <source>, longest stretch {duration}</source>
        <translation>, langste zitperiode {duration}</translation>
    </message>
    <message>
        <source>{count} taken</source>
        <translation>{count} genomen</translation>
    </message>
    <message>
        <source>{count} snoozed</source>
        <translation>{count} uitgesteld</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} overgeslagen</translation>
    </message>
    <message>
        <source>{count} missed</source>
        <translation>{count} gemist</translation>
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
        <translation>{routines} voltooid, {reps}</translation>
    </message>
    <message>
        <source>tightness {value} / 10</source>
        <translation>stijfheid {value} / 10</translation>
    </message>
    <message>
        <source>quiet time {duration}</source>
        <translation>stille tijd {duration}</translation>
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
        <translation>Weekgrafiek</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · vandaag</translation>
    </message>
    <message>
        <source>{routines} ✓  {reps} reps</source>
        <translation>{routines} ✓  {reps} herh.</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>Verloop van de stijfheid</translation>
    </message>
    <message>
        <source>{check_ins}, from {first} to {last} out of 10</source>
        <translation>{check_ins}, van {first} naar {last} op 10</translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation>{value} van {total}</translation>
    </message>
    <message>
        <source>nothing to compare last week</source>
        <translation>niets om mee te vergelijken vorige week</translation>
    </message>
    <message>
        <source>same as last week</source>
        <translation>gelijk aan vorige week</translation>
    </message>
    <message>
        <source>same as same days last week</source>
        <translation>gelijk aan dezelfde dagen vorige week</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs same days last week</source>
        <translation>{arrow} {amount} t.o.v. dezelfde dagen vorige week</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs last week</source>
        <translation>{arrow} {amount} t.o.v. vorige week</translation>
    </message>
    <message>
        <source>Desk Mobility – Weekly history</source>
        <translation>Desk Mobility – Weekoverzicht</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Vorige</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Vorige week (Alt+Links)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Back to this week (Home)</source>
        <translation>Terug naar deze week (Home)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Volgende ›</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Volgende week (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Save this week or your whole history as CSV (Ctrl+E)</source>
        <translation>Deze week of je hele geschiedenis als CSV opslaan (Ctrl+E)</translation>
    </message>
    <message>
        <source>This week…</source>
        <translation>Deze week…</translation>
    </message>
    <message>
        <source>All history…</source>
        <translation>Hele geschiedenis…</translation>
    </message>
    <message>
        <source>Upper-back tightness check-ins, 0 loose to 10 very tight (○ before a routine, ● after)</source>
        <translation>Inschattingen van de stijfheid van de bovenrug, van 0 soepel tot 10 heel stijf (○ vóór een sessie, ● erna)</translation>
    </message>
    <message>
        <source>Your history could not be read.</source>
        <translation>Je geschiedenis kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>This week, {span}</source>
        <translation>Deze week, {span}</translation>
    </message>
    <message>
        <source>Last week, {span}</source>
        <translation>Vorige week, {span}</translation>
    </message>
    <message>
        <source>Week, {span}</source>
        <translation>Week, {span}</translation>
    </message>
    <message>
        <source>{routines} on {days} of 7 days · {reps} · {own}</source>
        <translation>{routines} op {days} van de 7 dagen · {reps} · {own}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>Deze week is nog niet begonnen.</translation>
    </message>
    <message>
        <source>Press Home or This week to come back to today.</source>
        <translation>Druk op Home of Deze week om terug te gaan naar vandaag.</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week.</source>
        <translation>Deze week is er nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>Desk Mobility fills this page while it runs in the tray: time spent sitting, the breaks it offers and the rotation routines you do. Keep it running while you work, and take the next break it offers. Or start a routine now from the tray menu.</source>
        <translation>Desk Mobility vult deze pagina terwijl het in het systeemvak draait: de tijd die je zit, de pauzes die het aanbiedt en de rotatiesessies die je doet. Laat het draaien terwijl je werkt en neem de volgende pauze die het aanbiedt. Of start nu een sessie via het menu in het systeemvak.</translation>
    </message>
    <message>
        <source>Your history starts on {date}.</source>
        <translation>Je geschiedenis begint op {date}.</translation>
    </message>
    <message>
        <source>Nothing recorded this week.</source>
        <translation>Deze week is er niets vastgelegd.</translation>
    </message>
    <message>
        <source>This is before Desk Mobility started keeping your history.</source>
        <translation>Dit is van vóór de tijd dat Desk Mobility je geschiedenis bijhoudt.</translation>
    </message>
    <message>
        <source>Desk Mobility was not running, or you had the week off. A week away from the desk is good for the back too. Press Home to see this week.</source>
        <translation>Desk Mobility draaide niet, of je had de week vrij. Een week weg van het bureau is ook goed voor je rug. Druk op Home om deze week te zien.</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>zitten</translation>
    </message>
    <message>
        <source>longest unbroken stretch</source>
        <translation>langste zitperiode aan één stuk</translation>
    </message>
    <message>
        <source>quiet time (calls, do not disturb)</source>
        <translation>stille tijd (gesprekken, niet storen)</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Pauzes:</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>genomen</translation>
    </message>
    <message>
        <source>moved when offered</source>
        <translation>bewogen bij het aanbod</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <source>break on your own</source>
        <translation>pauze op eigen initiatief</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Geschiedenis als CSV exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Kon {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <source>Saved {rows} of this week to {path}</source>
        <translation>{rows} van deze week opgeslagen in {path}</translation>
    </message>
    <message>
        <source>Saved {rows} of your whole history to {path}</source>
        <translation>{rows} van je hele geschiedenis opgeslagen in {path}</translation>
    </message>
</context>
<context>
    <name>HistoryAccessibility</name>
    <message>
        <source>Week chart</source>
        <translation>Weekgrafiek</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>Verloop van de stijfheid</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultaat van de export</translation>
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
        <translation>elke toets</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
</context>
<context>
    <name>NarrationCounts</name>
    <message numerus="yes">
        <source>Rest for %n seconds.</source>
        <translation>
            <numerusform>Rust van %Ln seconde.</numerusform>
            <numerusform>Rust van %Ln seconden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations.</source>
        <translation>
            <numerusform>%Ln rotatie.</numerusform>
            <numerusform>%Ln rotaties.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of rest left.</source>
        <translation>
            <numerusform>Nog %Ln seconde rust.</numerusform>
            <numerusform>Nog %Ln seconden rust.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoTray</name>
    <message>
        <source>Your desktop has no system tray, so Desk Mobility lives in this small window. Closing it keeps the app running; start Desk Mobility again to bring it back.</source>
        <translation>Je bureaublad heeft geen systeemvak, dus woont Desk Mobility in dit kleine venster. Als je het sluit, blijft de app draaien; start Desk Mobility opnieuw om het terug te halen.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Time to move</source>
        <translation>Tijd om te bewegen</translation>
    </message>
    <message>
        <source>{routine}, {about_minutes}</source>
        <translation>{routine}, {about_minutes}</translation>
    </message>
    <message>
        <source>Seated thoracic rotation</source>
        <translation>Thoracale rotatie zittend</translation>
    </message>
    <message>
        <source>You have been sitting for {duration}.
{routine}.</source>
        <translation>Je zit al {duration}.
{routine}.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} min uitstellen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Click to open the folder.</source>
        <translation>Klik om de map te openen.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>you are on a call</source>
        <translation>je bent in gesprek</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>‘Niet storen’ staat aan</translation>
    </message>
    <message>
        <source>a window is fullscreen</source>
        <translation>een venster is schermvullend</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>could not write {location}</source>
        <translation>kon {location} niet schrijven</translation>
    </message>
    <message>
        <source>could not be saved: {error}</source>
        <translation>konden niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <source>Breaks</source>
        <extracomment>&quot;system&quot; follows the desktop; the rest are the languages the app ships (English is the source).</extracomment>
        <translation>Pauzes</translation>
    </message>
    <message>
        <source>Break after sitting for</source>
        <translation>Pauze na zitten gedurende</translation>
    </message>
    <message>
        <source>Continuous sitting before a break is due.</source>
        <translation>Onafgebroken zitten voordat een pauze aan de beurt is.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>Zo lang weg telt als een pauze</translation>
    </message>
    <message>
        <source>Idle or locked at least this long resets the sitting clock.</source>
        <translation>Minstens zo lang inactief of vergrendeld zet de zitklok terug.</translation>
    </message>
    <message>
        <source>Still sitting while idle up to</source>
        <translation>Nog zittend bij inactiviteit tot</translation>
    </message>
    <message>
        <source>Reading or thinking without input still counts as sitting.</source>
        <translation>Lezen of nadenken zonder invoer telt nog als zitten.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Uitstellen met</translation>
    </message>
    <message>
        <source>How long Snooze postpones a due break.</source>
        <translation>Hoe lang Uitstellen een pauze opschuift.</translation>
    </message>
    <message>
        <source>Offer an ignored break again after</source>
        <translation>Genegeerde pauze opnieuw aanbieden na</translation>
    </message>
    <message>
        <source>A due break that gets no answer is offered again, gently.</source>
        <translation>Een pauze zonder antwoord wordt rustig opnieuw aangeboden.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <source>Breaks are only due on these days.</source>
        <translation>Pauzes zijn alleen op deze dagen aan de beurt.</translation>
    </message>
    <message>
        <source>Working hours from</source>
        <translation>Werktijd vanaf</translation>
    </message>
    <message>
        <source>No break is due before this time.</source>
        <translation>Vóór dit tijdstip is er geen pauze aan de beurt.</translation>
    </message>
    <message>
        <source>Working hours until</source>
        <translation>Werktijd tot</translation>
    </message>
    <message>
        <source>No break is due after this time.</source>
        <translation>Na dit tijdstip is er geen pauze aan de beurt.</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Stille tijd</translation>
    </message>
    <message>
        <source>Wait while a window is fullscreen</source>
        <translation>Wachten zolang een venster schermvullend is</translation>
    </message>
    <message>
        <source>Calls, presentations and games are not interrupted; the break waits.</source>
        <translation>Gesprekken, presentaties en games worden niet onderbroken; de pauze wacht.</translation>
    </message>
    <message>
        <source>Wait while you are on a call</source>
        <translation>Wachten tijdens een gesprek</translation>
    </message>
    <message>
        <source>While another program uses the microphone or camera, a due break waits.</source>
        <translation>Zolang een ander programma de microfoon of camera gebruikt, wacht een pauze.</translation>
    </message>
    <message>
        <source>Respect do not disturb</source>
        <translation>‘Niet storen’ respecteren</translation>
    </message>
    <message>
        <source>While the desktop&apos;s do not disturb is on, a due break waits.</source>
        <translation>Zolang ‘Niet storen’ van het bureaublad aan staat, wacht een pauze.</translation>
    </message>
    <message>
        <source>Wait for a pause in typing of</source>
        <translation>Wachten op een typpauze van</translation>
    </message>
    <message>
        <source>A due break&apos;s notification waits until input stops this long (0: show at once).</source>
        <translation>De melding van een pauze wacht tot je zo lang niets invoert (0: meteen tonen).</translation>
    </message>
    <message>
        <source>Wait for a pause at most</source>
        <translation>Hoogstens wachten op een typpauze</translation>
    </message>
    <message>
        <source>Typing without a pause this long still gets the notification.</source>
        <translation>Wie zo lang zonder pauze typt, krijgt de melding toch.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sets</translation>
    </message>
    <message>
        <source>Sets of the drill per break.</source>
        <translation>Sets van de oefening per pauze.</translation>
    </message>
    <message>
        <source>Reps each direction</source>
        <translation>Herhalingen per kant</translation>
    </message>
    <message>
        <source>Rotations to each side in every set.</source>
        <translation>Rotaties naar elke kant in elke set.</translation>
    </message>
    <message>
        <source>Seconds to turn</source>
        <translation>Seconden om te draaien</translation>
    </message>
    <message>
        <source>Guided tempo: time to rotate to end range.</source>
        <translation>Begeleid tempo: tijd om tot de eindpositie te draaien.</translation>
    </message>
    <message>
        <source>Pause at end range</source>
        <translation>Pauze in de eindpositie</translation>
    </message>
    <message>
        <source>Guided tempo: pause at the end of the turn.</source>
        <translation>Begeleid tempo: pauze aan het eind van de draai.</translation>
    </message>
    <message>
        <source>Seconds to return</source>
        <translation>Seconden om terug te keren</translation>
    </message>
    <message>
        <source>Guided tempo: time to come back to centre.</source>
        <translation>Begeleid tempo: tijd om terug te keren naar het midden.</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Rust tussen de sets</translation>
    </message>
    <message>
        <source>Countdown between sets.</source>
        <translation>Aftellen tussen de sets.</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Tellen</translation>
    </message>
    <message>
        <source>Guided: the tempo counts for you. Self-paced: press Space for each rep.</source>
        <translation>Begeleid tempo: het tempo telt voor je. Eigen tempo: druk op Spatie bij elke herhaling.</translation>
    </message>
    <message>
        <source>Pacing sounds</source>
        <translation>Tempogeluiden</translation>
    </message>
    <message>
        <source>A soft tick at each rep and a tone at each direction change.</source>
        <translation>Een zachte tik bij elke herhaling en een toon bij elke kantwissel.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Loudness of pacing sounds and the chime.</source>
        <translation>Volume van de tempogeluiden en het belsignaal.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Minder beweging</translation>
    </message>
    <message>
        <source>Show key poses instead of a continuous animation.</source>
        <translation>Sleutelhoudingen tonen in plaats van een doorlopende animatie.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Starten bij aanmelden</translation>
    </message>
    <message>
        <source>Start Desk Mobility when you log in.</source>
        <translation>Desk Mobility starten wanneer je je aanmeldt.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Announce a due break with a desktop notification.</source>
        <translation>Een pauze aankondigen met een bureaubladmelding.</translation>
    </message>
    <message>
        <source>Chime with the notification</source>
        <translation>Belsignaal bij de melding</translation>
    </message>
    <message>
        <source>A short sound when a break is due (never during quiet times).</source>
        <translation>Een kort geluid als er een pauze aan de beurt is (nooit tijdens stille momenten).</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>Week begint op</translation>
    </message>
    <message>
        <source>First day of the week in the weekly history.</source>
        <translation>Eerste dag van de week in het weekoverzicht.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The language of the app; “system” follows your desktop.</source>
        <translation>De taal van de app; ‘system’ volgt je bureaublad.</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>true of false verwacht, {value} gekregen</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>een getal verwacht, {value} gekregen</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>een geheel getal verwacht, {value} gekregen</translation>
    </message>
    <message>
        <source>expected a finite number, got {value}</source>
        <translation>een eindig getal verwacht, {value} gekregen</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} ligt onder het minimum {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} ligt boven het maximum {maximum}</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} is niet een van {choices}</translation>
    </message>
    <message>
        <source>expected a time like &quot;08:30&quot;, got {value}</source>
        <translation>een tijd zoals &quot;08:30&quot; verwacht, {value} gekregen</translation>
    </message>
    <message>
        <source>expected a list of days like [&quot;mon&quot;], got {value}</source>
        <translation>een lijst met dagen zoals [&quot;mon&quot;] verwacht, {value} gekregen</translation>
    </message>
    <message>
        <source>unknown day {day}</source>
        <translation>onbekende dag {day}</translation>
    </message>
    <message>
        <source>a natural break ({natural} min) must be shorter than the sitting interval ({sit} min)</source>
        <translation>een natuurlijke pauze ({natural} min) moet korter zijn dan de zittijd ({sit} min)</translation>
    </message>
    <message>
        <source>short idle ({idle} s) must be shorter than a natural break ({natural} min)</source>
        <translation>kort inactief ({idle} s) moet korter zijn dan een natuurlijke pauze ({natural} min)</translation>
    </message>
    <message>
        <source>choose at least one working day, or no break is ever due</source>
        <translation>kies minstens één werkdag, anders is er nooit een pauze aan de beurt</translation>
    </message>
    <message>
        <source>working hours end ({end}) before they start ({start})</source>
        <translation>de werktijd eindigt ({end}) voordat hij begint ({start})</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>onbekende instelling</translation>
    </message>
    <message>
        <source>{key}: {reason}; using the default {default}</source>
        <translation>{key}: {reason}; de standaardwaarde {default} wordt gebruikt</translation>
    </message>
    <message>
        <source>[{name}] is written as a list of tables [[{name}]]; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] is geschreven als een lijst van tabellen [[{name}]]; de instellingen horen in één [{name}]-tabel. Niets ervan is toegepast.</translation>
    </message>
    <message>
        <source>[{name}] is written as a value; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] is geschreven als een waarde; de instellingen horen in één [{name}]-tabel. Niets ervan is toegepast.</translation>
    </message>
    <message>
        <source>Unknown section {names}, not applied.</source>
        <translation>Onbekende sectie {names}, niet toegepast.</translation>
    </message>
    <message>
        <source>Unknown sections {names}, not applied.</source>
        <translation>Onbekende secties {names}, niet toegepast.</translation>
    </message>
    <message>
        <source>Unknown setting {names}, ignored.</source>
        <translation>Onbekende instelling {names}, genegeerd.</translation>
    </message>
    <message>
        <source>Unknown settings {names}, ignored.</source>
        <translation>Onbekende instellingen {names}, genegeerd.</translation>
    </message>
    <message>
        <source>In the wrong place, not applied: {names}.</source>
        <translation>Op de verkeerde plek, niet toegepast: {names}.</translation>
    </message>
    <message>
        <source>{name} (it belongs under [{section}])</source>
        <translation>{name} (hoort onder [{section}])</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} en nog {count}</translation>
    </message>
    <message>
        <source>{key}: reset with {other}; using the default {default}</source>
        <translation>{key}: teruggezet samen met {other}; de standaardwaarde {default} wordt gebruikt</translation>
    </message>
    <message>
        <source>settings conflict with each other; all defaults are in use</source>
        <translation>instellingen spreken elkaar tegen; alle standaardwaarden worden gebruikt</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <extracomment>The languages with a translation, as the settings name them. Each language in its own words, as a language menu shows it (Qt&apos;s own names vary with the region, e.g. &quot;español de España&quot;).</extracomment>
        <translation>Zoals op deze computer</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <extracomment>How a choice reads in the dialog; the file keeps the short value.</extracomment>
        <translation>Begeleid tempo</translation>
    </message>
    <message>
        <source>Self-paced (Space per rep)</source>
        <translation>Eigen tempo (Spatie per herhaling)</translation>
    </message>
    <message>
        <source>As in your region</source>
        <translation>Zoals in je regio</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{minimum} to {maximum}</source>
        <extracomment>Settings that only matter while another one is on: (key, predicate on pending values). Mnemonic letters the standard buttons already use (OK, Apply, Cancel, Restore Defaults).</extracomment>
        <translation>{minimum} tot {maximum}</translation>
    </message>
    <message>
        <source>{app} Settings</source>
        <translation>Instellingen van {app}</translation>
    </message>
    <message>
        <source>Could not apply the settings: {error}</source>
        <translation>Kon de instellingen niet toepassen: {error}</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Onderdelen van de instellingen</translation>
    </message>
    <message>
        <source>“{setting}” ({section})</source>
        <translation>‘{setting}’ ({section})</translation>
    </message>
    <message>
        <source>Fix {where} to apply. Nothing has changed yet.</source>
        <translation>Verbeter {where} om toe te passen. Er is nog niets veranderd.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Sitting for {duration}</source>
        <translation>Zit al {duration}</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Gepauzeerd tot {time}</translation>
    </message>
    <message>
        <source>{sitting} · snoozed until {time}</source>
        <translation>{sitting} · uitgesteld tot {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting until the fullscreen window closes</source>
        <translation>{sitting} · pauze wacht tot het schermvullende venster dicht is</translation>
    </message>
    <message>
        <source>{why} since {time}</source>
        <translation>{why} sinds {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting: {why}</source>
        <translation>{sitting} · pauze wacht: {why}</translation>
    </message>
    <message>
        <source>{sitting} · quiet: {why}</source>
        <translation>{sitting} · stille tijd: {why}</translation>
    </message>
    <message>
        <source>{sitting} · time for a break (shown at a pause in your typing)</source>
        <translation>{sitting} · tijd voor een pauze (getoond bij een typpauze)</translation>
    </message>
    <message>
        <source>{sitting} · time for a break</source>
        <translation>{sitting} · tijd voor een pauze</translation>
    </message>
    <message>
        <source>{sitting} · outside working hours</source>
        <translation>{sitting} · buiten de werktijd</translation>
    </message>
    <message>
        <source>{sitting} · next break in {duration}</source>
        <translation>{sitting} · volgende pauze over {duration}</translation>
    </message>
    <message>
        <source>Reminding you anyway, despite the quiet time.</source>
        <translation>Toch een herinnering, ondanks de stille tijd.</translation>
    </message>
    <message>
        <source>Activity cannot be read here: counting unlocked time.</source>
        <translation>Activiteit kan hier niet worden gelezen: ontgrendelde tijd wordt geteld.</translation>
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
        <translation>De schijf is vol: je geschiedenis blijft in het geheugen en wordt opgeslagen zodra er ruimte is.</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>de map {folder} is alleen-lezen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the folder or file is read-only</source>
        <translation>de map of het bestand is alleen-lezen</translation>
    </message>
    <message>
        <source>another program holds the database locked</source>
        <translation>een ander programma houdt de database vergrendeld</translation>
    </message>
    <message>
        <source>Your activity cannot be saved right now because {reason}. It is kept in memory and saved as soon as the disk accepts it again.</source>
        <translation>Je activiteit kan nu niet worden opgeslagen, omdat {reason}. Ze blijft in het geheugen en wordt opgeslagen zodra de schijf haar weer aanneemt.</translation>
    </message>
    <message>
        <source>Part of your history could not be saved ({reason}).</source>
        <translation>Een deel van je geschiedenis kon niet worden opgeslagen ({reason}).</translation>
    </message>
    <message>
        <source>Your history file could not be read because it is damaged. It was moved to {moved} and a new history starts now.</source>
        <translation>Je geschiedenisbestand kon niet worden gelezen, omdat het beschadigd is. Het is verplaatst naar {moved} en er begint nu een nieuwe geschiedenis.</translation>
    </message>
    <message>
        <source>Your history ({path}) was written by a newer version of Desk Mobility (schema {version}; this version knows up to {known}). It is shown read-only and left unchanged; new activity is not saved until you update.</source>
        <translation>Je geschiedenis ({path}) is geschreven door een nieuwere versie van Desk Mobility (schema {version}; deze versie kent tot {known}). Ze wordt alleen-lezen getoond en niet gewijzigd; nieuwe activiteit wordt pas opgeslagen als je bijwerkt.</translation>
    </message>
    <message>
        <source>Your history ({path}) cannot be saved because {reason}. Past weeks are shown, but new activity is not saved until this is fixed.</source>
        <translation>Je geschiedenis ({path}) kan niet worden opgeslagen, omdat {reason}. Vorige weken worden getoond, maar nieuwe activiteit wordt pas opgeslagen als dit is opgelost.</translation>
    </message>
    <message>
        <source>Your history cannot be saved to {path} because {reason}. Desk Mobility keeps running and remembers today&apos;s activity until you quit.</source>
        <translation>Je geschiedenis kan niet worden opgeslagen in {path}, omdat {reason}. Desk Mobility blijft draaien en onthoudt de activiteit van vandaag tot je het afsluit.</translation>
    </message>
    <message>
        <source>Your history could not be read ({reason}).</source>
        <translation>Je geschiedenis kon niet worden gelezen ({reason}).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <source>Start break now</source>
        <translation>Nu pauze nemen</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Deze pauze overslaan</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>30 minuten</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Tot morgen</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Herinneringen hervatten</translation>
    </message>
    <message>
        <source>Remind me anyway</source>
        <translation>Toch herinneren</translation>
    </message>
    <message>
        <source>Offer breaks now, despite the call or do not disturb</source>
        <translation>Nu pauzes aanbieden, ondanks het gesprek of ‘Niet storen’</translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation>Weekoverzicht</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>Quit Desk Mobility</source>
        <translation>Desk Mobility afsluiten</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} min uitstellen</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Herinneringen pauzeren</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} u {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} u</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <translation>{hours} u {minutes}</translation>
    </message>
</context>
<context>
    <name>Week</name>
    <message>
        <source>Time sitting</source>
        <translation>Tijd zittend</translation>
    </message>
    <message>
        <source>Longest stretch</source>
        <translation>Langste zitperiode</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Genomen pauzes</translation>
    </message>
    <message>
        <source>Routines done</source>
        <translation>Voltooide sessies</translation>
    </message>
    <message>
        <source>Routine streak</source>
        <translation>Dagen op rij met een sessie</translation>
    </message>
    <message>
        <source>Upper-back tightness</source>
        <translation>Stijfheid van de bovenrug</translation>
    </message>
</context>
</TS>
