<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AccessibleCounts</name>
    <message numerus="yes">
        <source>%n seconds of rest left</source>
        <translation>
            <numerusform>została %Ln sekunda odpoczynku</numerusform>
            <numerusform>zostały %Ln sekundy odpoczynku</numerusform>
            <numerusform>zostało %Ln sekund odpoczynku</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>… and {count} more; the log has them all: {log}</source>
        <translation>… i jeszcze {count}; dziennik zawiera wszystkie: {log}</translation>
    </message>
    <message>
        <source>The guide could not open</source>
        <translation>Nie udało się otworzyć przewodnika</translation>
    </message>
    <message>
        <source>{app} is already running; its window is shown again.</source>
        <translation>{app} już działa; jego okno jest znów widoczne.</translation>
    </message>
    <message>
        <source>{app} is already running: see its icon in the system tray.</source>
        <translation>{app} już działa: jego ikona jest w zasobniku systemowym.</translation>
    </message>
</context>
<context>
    <name>CSV</name>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>start</source>
        <translation>początek</translation>
    </message>
    <message>
        <source>end</source>
        <translation>koniec</translation>
    </message>
    <message>
        <source>utc_offset</source>
        <translation>przesunięcie UTC</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>rodzaj</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuty</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>wynik</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>powtórzenia</translation>
    </message>
    <message>
        <source>tightness</source>
        <translation>sztywność</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>szczegóły</translation>
    </message>
    <message>
        <source>start_utc</source>
        <translation>początek (UTC)</translation>
    </message>
    <message>
        <source>end_utc</source>
        <translation>koniec (UTC)</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>około %Ln minuty</numerusform>
            <numerusform>około %Ln minut</numerusform>
            <numerusform>około %Ln minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%Ln powtórzenie</numerusform>
            <numerusform>%Ln powtórzenia</numerusform>
            <numerusform>%Ln powtórzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%Ln seria</numerusform>
            <numerusform>%Ln serie</numerusform>
            <numerusform>%Ln serii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations</source>
        <translation>
            <numerusform>%Ln rotacja</numerusform>
            <numerusform>%Ln rotacje</numerusform>
            <numerusform>%Ln rotacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routines</source>
        <translation>
            <numerusform>%Ln sesja</numerusform>
            <numerusform>%Ln sesje</numerusform>
            <numerusform>%Ln sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks offered</source>
        <translation>
            <numerusform>%Ln zaproponowana przerwa</numerusform>
            <numerusform>%Ln zaproponowane przerwy</numerusform>
            <numerusform>%Ln zaproponowanych przerw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks on your own</source>
        <translation>
            <numerusform>%Ln przerwa z własnej inicjatywy</numerusform>
            <numerusform>%Ln przerwy z własnej inicjatywy</numerusform>
            <numerusform>%Ln przerw z własnej inicjatywy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%Ln ocena</numerusform>
            <numerusform>%Ln oceny</numerusform>
            <numerusform>%Ln ocen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%Ln wiersz</numerusform>
            <numerusform>%Ln wiersze</numerusform>
            <numerusform>%Ln wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i %Ln inny</numerusform>
            <numerusform>i %Ln inne</numerusform>
            <numerusform>i %Ln innych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Breathe into your upper back. Let it widen as you inhale.</source>
        <translation>Oddychaj w górną część pleców. Pozwól jej się rozszerzyć przy wdechu.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Odpoczynek</translation>
    </message>
    <message>
        <source>Now to the right. Same squeeze, same rounding.</source>
        <translation>Teraz w prawo. Ten sam ucisk, to samo zaokrąglenie.</translation>
    </message>
    <message>
        <source>Now to the left. Same squeeze, same rounding.</source>
        <translation>Teraz w lewo. Ten sam ucisk, to samo zaokrąglenie.</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Zmień stronę</translation>
    </message>
    <message>
        <source>The flashlight</source>
        <translation>Latarka</translation>
    </message>
    <message>
        <source>Stay rounded</source>
        <translation>Zostań zaokrąglony</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d MMMM</translation>
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
        <translation>dddd, d MMMM yyyy</translation>
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
        <translation>P</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Policz powtórzenie</translation>
    </message>
    <message>
        <source>Counts one rotation, like Space</source>
        <translation>Liczy jedną rotację, jak Spacja</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>to the right</source>
        <translation>w prawo</translation>
    </message>
    <message>
        <source>to the left</source>
        <translation>w lewo</translation>
    </message>
    <message>
        <source>SET {number} OF {sets}</source>
        <translation>SERIA {number} Z {sets}</translation>
    </message>
    <message>
        <source>Guided · turn {turn} · hold {hold} · back {back}</source>
        <translation>Tempo prowadzone · obrót {turn} · przytrzymanie {hold} · powrót {back}</translation>
    </message>
    <message>
        <source>Self-paced · press Space (or click the figure) after each rotation</source>
        <translation>Własne tempo · naciśnij Spację (lub kliknij postać) po każdej rotacji</translation>
    </message>
    <message>
        <source>End the session now? What you did is saved.
Esc ends it · any other key keeps going</source>
        <translation>Zakończyć sesję teraz? To, co zrobiłeś, jest zapisane.
Esc kończy · każdy inny klawisz kontynuuje</translation>
    </message>
    <message>
        <source>Paused · press P to resume</source>
        <translation>Wstrzymano · naciśnij P, aby wznowić</translation>
    </message>
    <message>
        <source>Switch sides: now to the right in {seconds}</source>
        <translation>Zmiana strony: zaraz w prawo za {seconds}</translation>
    </message>
    <message>
        <source>Switch sides: now to the left in {seconds}</source>
        <translation>Zmiana strony: zaraz w lewo za {seconds}</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Odpoczynek</translation>
    </message>
    <message>
        <source>Nice set.</source>
        <translation>Dobra seria.</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Pomiń odpoczynek</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>odpoczynek</translation>
    </message>
    <message>
        <source>REST · SET {number} OF {sets} DONE</source>
        <translation>ODPOCZYNEK · SERIA {number} Z {sets} ZROBIONA</translation>
    </message>
    <message>
        <source>Nice set. Breathe.</source>
        <translation>Dobra seria. Oddychaj.</translation>
    </message>
    <message>
        <source>Next: set {number} of {sets}, starting {side}.</source>
        <translation>Dalej: seria {number} z {sets}, zaczynając {side}.</translation>
    </message>
    <message>
        <source>End early? Esc again ends and saves</source>
        <translation>Zakończyć wcześniej? Esc jeszcze raz kończy i zapisuje</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>Przerwa na ruch</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Zanim zaczniesz</translation>
    </message>
    <message>
        <source>Slightly rounded, like a baby crunch</source>
        <translation>Lekko zaokrąglone, jak przy mini brzuszku</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>Jak sztywna jest teraz górna część twoich pleców?</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Dlaczego to pomaga</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <translation>Tempo prowadzone</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>Własne tempo</translation>
    </message>
    <message>
        <source>{sets} × {reps} each way
{about_minutes} · {mode}</source>
        <translation>{sets} × {reps} na stronę
{about_minutes} · {mode}</translation>
    </message>
    <message>
        <source>Your upper back was built to rotate</source>
        <translation>Górna część pleców jest stworzona do obracania</translation>
    </message>
    <message>
        <source>What the movement is</source>
        <translation>Na czym polega ruch</translation>
    </message>
    <message>
        <source>Why it stiffens</source>
        <translation>Dlaczego sztywnieje</translation>
    </message>
    <message>
        <source>What you get</source>
        <translation>Co zyskujesz</translation>
    </message>
    <message>
        <source>Signs your upper back is locked</source>
        <translation>Oznaki zablokowanej górnej części pleców</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotacje</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sesje w tym tygodniu</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>A teraz? Jak sztywna jest górna część twoich pleców?</translation>
    </message>
    <message>
        <source>SESSION COMPLETE</source>
        <translation>SESJA UKOŃCZONA</translation>
    </message>
    <message>
        <source>SESSION SAVED</source>
        <translation>SESJA ZAPISANA</translation>
    </message>
    <message>
        <source>Well done. Your upper back moved today.</source>
        <translation>Brawo. Górna część twoich pleców dziś się poruszała.</translation>
    </message>
    <message>
        <source>Good start. What you did is saved.</source>
        <translation>Dobry początek. To, co zrobiłeś, jest zapisane.</translation>
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
        <translation>POWTÓRZENIA</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Seria {number}</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>Zapisano w historii.</translation>
    </message>
    <message>
        <source>Saved to your history. Next time, aim for the full {sets} × {reps} each way.</source>
        <translation>Zapisano w historii. Następnym razem spróbuj pełnych {sets} × {reps} na stronę.</translation>
    </message>
    <message>
        <source>Before: {value} · optional</source>
        <translation>Przed: {value} · opcjonalnie</translation>
    </message>
    <message>
        <source>Optional · 0 loose, 10 very tight</source>
        <translation>Opcjonalnie · 0 luźno, 10 bardzo sztywno</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>End and save</source>
        <translation>Zakończ i zapisz</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Policz powtórzenie</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Rate tightness</source>
        <translation>Oceń sztywność</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Wyczyść ocenę</translation>
    </message>
    <message>
        <source>Undo rep</source>
        <translation>Cofnij powtórzenie</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Włącz dźwięk</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Wycisz</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>Zakończ wcześniej</translation>
    </message>
</context>
<context>
    <name>GuideAccessibility</name>
    <message>
        <source>Optional. 0 is loose, 10 very tight. Arrow keys move the choice, Delete clears it.</source>
        <translation>Opcjonalnie. 0 to luźno, 10 bardzo sztywno. Strzałki zmieniają wybór, Delete go czyści.</translation>
    </message>
    <message>
        <source>%1, loose</source>
        <translation>%1, luźno</translation>
    </message>
    <message>
        <source>%1, very tight</source>
        <translation>%1, bardzo sztywno</translation>
    </message>
    <message>
        <source>Figure: the starting position</source>
        <translation>Postać: pozycja wyjściowa</translation>
    </message>
    <message>
        <source>A person sits upright on a chair, a block squeezed between the thighs, upper back slightly rounded, turned to the right. A beam from the breastbone shows the turn; the small top view shows the hips still square.</source>
        <translation>Osoba siedzi prosto na krześle, z kostką ściśniętą między udami, górna część pleców lekko zaokrąglona i obrócona w prawo. Snop światła z mostka pokazuje obrót; mały widok z góry pokazuje, że biodra wciąż są prosto.</translation>
    </message>
    <message>
        <source>Side view: the rounded upper back</source>
        <translation>Widok z boku: zaokrąglona górna część pleców</translation>
    </message>
    <message>
        <source>Seen from the side, the upper back is slightly rounded, like a baby crunch.</source>
        <translation>Z boku widać, że górna część pleców jest lekko zaokrąglona, jak przy mini brzuszku.</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>Jak sztywna jest teraz górna część twoich pleców?</translation>
    </message>
    <message>
        <source>What the movement is, why the upper back stiffens and what it gives (W).</source>
        <translation>Na czym polega ruch, dlaczego górna część pleców sztywnieje i co daje (W).</translation>
    </message>
    <message>
        <source>Start the drill (Enter).</source>
        <translation>Zacznij ćwiczenie (Enter).</translation>
    </message>
    <message>
        <source>Figure: resting</source>
        <translation>Postać: odpoczynek</translation>
    </message>
    <message>
        <source>The person sits upright and faces forward, breathing between sets.</source>
        <translation>Osoba siedzi prosto, patrzy przed siebie i oddycha między seriami.</translation>
    </message>
    <message>
        <source>Figure: the finished turn</source>
        <translation>Postać: zakończony obrót</translation>
    </message>
    <message>
        <source>The person sits upright, upper back turned to the left, hips square.</source>
        <translation>Osoba siedzi prosto, górna część pleców obrócona w lewo, biodra prosto.</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>A teraz? Jak sztywna jest górna część twoich pleców?</translation>
    </message>
    <message>
        <source>Rep counter</source>
        <translation>Licznik powtórzeń</translation>
    </message>
    <message>
        <source>Rest countdown</source>
        <translation>Odliczanie odpoczynku</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>%1 of %2 to the right, set %4 of %5</source>
        <translation>%1 z %2 w prawo, seria %4 z %5</translation>
    </message>
    <message>
        <source>%1 of %2 to the left, set %4 of %5</source>
        <translation>%1 z %2 w lewo, seria %4 z %5</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the right and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>Osoba na krześle obraca górną część pleców w prawo i wraca do środka, biodra i kolana skierowane do przodu. Snop światła z mostka przesuwa się jak latarka; mały widok z góry pokazuje pępek wciąż skierowany do przodu.</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the left and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>Osoba na krześle obraca górną część pleców w lewo i wraca do środka, biodra i kolana skierowane do przodu. Snop światła z mostka przesuwa się jak latarka; mały widok z góry pokazuje pępek wciąż skierowany do przodu.</translation>
    </message>
    <message>
        <source>Press it, or Space, after each rotation.</source>
        <translation>Naciśnij ją lub Spację po każdej rotacji.</translation>
    </message>
    <message>
        <source>Animated figure</source>
        <translation>Animowana postać</translation>
    </message>
    <message>
        <source>Rest is over</source>
        <translation>Odpoczynek się skończył</translation>
    </message>
</context>
<context>
    <name>GuideNarration</name>
    <message>
        <source>End the session now? Escape ends it and saves, any other key keeps going.</source>
        <translation>Zakończyć sesję teraz? Esc kończy i zapisuje, każdy inny klawisz kontynuuje.</translation>
    </message>
    <message>
        <source>Keep going.</source>
        <translation>Kontynuujemy.</translation>
    </message>
    <message>
        <source>Paused. Press P to resume.</source>
        <translation>Wstrzymano. Naciśnij P, aby wznowić.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Wznowiono.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the right.</source>
        <translation>Seria %1 z %2, w prawo.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the left.</source>
        <translation>Seria %1 z %2, w lewo.</translation>
    </message>
    <message>
        <source>Set %1 of %2 done.</source>
        <translation>Seria %1 z %2 zrobiona.</translation>
    </message>
    <message>
        <source>Session complete.</source>
        <translation>Sesja ukończona.</translation>
    </message>
    <message>
        <source>Session ended. What you did is saved.</source>
        <translation>Sesja zakończona. To, co zrobiłeś, jest zapisane.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 z %2.</translation>
    </message>
    <message>
        <source>Switch sides: now to the right.</source>
        <translation>Zmiana strony: teraz w prawo.</translation>
    </message>
    <message>
        <source>Switch sides: now to the left.</source>
        <translation>Zmiana strony: teraz w lewo.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>calls</source>
        <translation>rozmowy</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>nie przeszkadzać</translation>
    </message>
    <message>
        <source>fullscreen</source>
        <translation>pełny ekran</translation>
    </message>
    <message>
        <source>{day}: nothing recorded.</source>
        <translation>{day}: nic nie zapisano.</translation>
    </message>
    <message>
        <source>sat {duration}</source>
        <translation>siedzenie {duration}</translation>
    </message>
    <message>
        <source>, longest stretch {duration}</source>
        <translation>, najdłuższy okres siedzenia {duration}</translation>
    </message>
    <message>
        <source>{count} taken</source>
        <translation>przyjęte: {count}</translation>
    </message>
    <message>
        <source>{count} snoozed</source>
        <translation>odłożone: {count}</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>pominięte: {count}</translation>
    </message>
    <message>
        <source>{count} missed</source>
        <translation>przegapione: {count}</translation>
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
        <translation>ukończone: {routines}, {reps}</translation>
    </message>
    <message>
        <source>tightness {value} / 10</source>
        <translation>sztywność {value} / 10</translation>
    </message>
    <message>
        <source>quiet time {duration}</source>
        <translation>czas ciszy {duration}</translation>
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
        <translation>Wykres tygodnia</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · dziś</translation>
    </message>
    <message>
        <source>{routines} ✓  {reps} reps</source>
        <translation>{routines} ✓  {reps} powt.</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>Przebieg sztywności</translation>
    </message>
    <message>
        <source>{check_ins}, from {first} to {last} out of 10</source>
        <translation>{check_ins}, od {first} do {last} na 10</translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation>{value} z {total}</translation>
    </message>
    <message>
        <source>nothing to compare last week</source>
        <translation>brak danych z zeszłego tygodnia do porównania</translation>
    </message>
    <message>
        <source>same as last week</source>
        <translation>tak samo jak w zeszłym tygodniu</translation>
    </message>
    <message>
        <source>same as same days last week</source>
        <translation>tak samo jak w te same dni zeszłego tygodnia</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs same days last week</source>
        <translation>{arrow} {amount} wobec tych samych dni zeszłego tygodnia</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs last week</source>
        <translation>{arrow} {amount} wobec zeszłego tygodnia</translation>
    </message>
    <message>
        <source>Desk Mobility – Weekly history</source>
        <translation>Desk Mobility – historia tygodnia</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Poprzedni</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Poprzedni tydzień (Alt+Lewo)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <source>Back to this week (Home)</source>
        <translation>Wróć do tego tygodnia (Home)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Następny ›</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Następny tydzień (Alt+Prawo)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Save this week or your whole history as CSV (Ctrl+E)</source>
        <translation>Zapisz ten tydzień lub całą historię jako CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>This week…</source>
        <translation>Ten tydzień…</translation>
    </message>
    <message>
        <source>All history…</source>
        <translation>Cała historia…</translation>
    </message>
    <message>
        <source>Upper-back tightness check-ins, 0 loose to 10 very tight (○ before a routine, ● after)</source>
        <translation>Oceny sztywności górnej części pleców, od 0 luźno do 10 bardzo sztywno (○ przed sesją, ● po niej)</translation>
    </message>
    <message>
        <source>Your history could not be read.</source>
        <translation>Nie udało się odczytać twojej historii.</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>This week, {span}</source>
        <translation>Ten tydzień, {span}</translation>
    </message>
    <message>
        <source>Last week, {span}</source>
        <translation>Zeszły tydzień, {span}</translation>
    </message>
    <message>
        <source>Week, {span}</source>
        <translation>Tydzień, {span}</translation>
    </message>
    <message>
        <source>{routines} on {days} of 7 days · {reps} · {own}</source>
        <translation>{routines} w {days} z 7 dni · {reps} · {own}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>Ten tydzień jeszcze się nie zaczął.</translation>
    </message>
    <message>
        <source>Press Home or This week to come back to today.</source>
        <translation>Naciśnij Home lub Ten tydzień, aby wrócić do dziś.</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week.</source>
        <translation>W tym tygodniu nic jeszcze nie zapisano.</translation>
    </message>
    <message>
        <source>Desk Mobility fills this page while it runs in the tray: time spent sitting, the breaks it offers and the rotation routines you do. Keep it running while you work, and take the next break it offers. Or start a routine now from the tray menu.</source>
        <translation>Desk Mobility wypełnia tę stronę, gdy działa w zasobniku: czas spędzony na siedzeniu, proponowane przerwy i twoje sesje rotacji. Zostaw go włączonego podczas pracy i przyjmij następną zaproponowaną przerwę. Albo zacznij sesję teraz z menu w zasobniku.</translation>
    </message>
    <message>
        <source>Your history starts on {date}.</source>
        <translation>Twoja historia zaczyna się {date}.</translation>
    </message>
    <message>
        <source>Nothing recorded this week.</source>
        <translation>W tym tygodniu nic nie zapisano.</translation>
    </message>
    <message>
        <source>This is before Desk Mobility started keeping your history.</source>
        <translation>To było, zanim Desk Mobility zaczął prowadzić twoją historię.</translation>
    </message>
    <message>
        <source>Desk Mobility was not running, or you had the week off. A week away from the desk is good for the back too. Press Home to see this week.</source>
        <translation>Desk Mobility nie działał albo miałeś wolny tydzień. Tydzień z dala od biurka też dobrze robi plecom. Naciśnij Home, aby zobaczyć ten tydzień.</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>siedzenie</translation>
    </message>
    <message>
        <source>longest unbroken stretch</source>
        <translation>najdłuższy nieprzerwany okres siedzenia</translation>
    </message>
    <message>
        <source>quiet time (calls, do not disturb)</source>
        <translation>czas ciszy (rozmowy, nie przeszkadzać)</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Przerwy:</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>przyjęte</translation>
    </message>
    <message>
        <source>moved when offered</source>
        <translation>ruch przy propozycji</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>odłożone</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięte</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>przegapione</translation>
    </message>
    <message>
        <source>break on your own</source>
        <translation>przerwa z własnej inicjatywy</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Eksportuj historię jako CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Nie udało się zapisać {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {rows} of this week to {path}</source>
        <translation>Zapisano {rows} z tego tygodnia w {path}</translation>
    </message>
    <message>
        <source>Saved {rows} of your whole history to {path}</source>
        <translation>Zapisano {rows} z całej historii w {path}</translation>
    </message>
</context>
<context>
    <name>HistoryAccessibility</name>
    <message>
        <source>Week chart</source>
        <translation>Wykres tygodnia</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>Przebieg sztywności</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Wynik eksportu</translation>
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
        <translation>dowolny klawisz</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spacja</translation>
    </message>
</context>
<context>
    <name>NarrationCounts</name>
    <message numerus="yes">
        <source>Rest for %n seconds.</source>
        <translation>
            <numerusform>Odpoczynek przez %Ln sekundę.</numerusform>
            <numerusform>Odpoczynek przez %Ln sekundy.</numerusform>
            <numerusform>Odpoczynek przez %Ln sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations.</source>
        <translation>
            <numerusform>%Ln rotacja.</numerusform>
            <numerusform>%Ln rotacje.</numerusform>
            <numerusform>%Ln rotacji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of rest left.</source>
        <translation>
            <numerusform>Została %Ln sekunda odpoczynku.</numerusform>
            <numerusform>Zostały %Ln sekundy odpoczynku.</numerusform>
            <numerusform>Zostało %Ln sekund odpoczynku.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoTray</name>
    <message>
        <source>Your desktop has no system tray, so Desk Mobility lives in this small window. Closing it keeps the app running; start Desk Mobility again to bring it back.</source>
        <translation>Twój pulpit nie ma zasobnika systemowego, więc Desk Mobility mieszka w tym małym oknie. Zamknięcie go nie wyłącza aplikacji; uruchom Desk Mobility ponownie, aby je przywrócić.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Time to move</source>
        <translation>Czas się ruszyć</translation>
    </message>
    <message>
        <source>{routine}, {about_minutes}</source>
        <translation>{routine}, {about_minutes}</translation>
    </message>
    <message>
        <source>Seated thoracic rotation</source>
        <translation>Rotacja odcinka piersiowego na siedząco</translation>
    </message>
    <message>
        <source>You have been sitting for {duration}.
{routine}.</source>
        <translation>Siedzisz od {duration}.
{routine}.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Odłóż o {minutes} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Click to open the folder.</source>
        <translation>Kliknij, aby otworzyć folder.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>you are on a call</source>
        <translation>trwa twoja rozmowa</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>tryb „Nie przeszkadzać” jest włączony</translation>
    </message>
    <message>
        <source>a window is fullscreen</source>
        <translation>okno jest na pełnym ekranie</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>could not write {location}</source>
        <translation>nie udało się zapisać {location}</translation>
    </message>
    <message>
        <source>could not be saved: {error}</source>
        <translation>nie udało się zapisać: {error}</translation>
    </message>
    <message>
        <source>Breaks</source>
        <extracomment>&quot;system&quot; follows the desktop; the rest are the languages the app ships (English is the source).</extracomment>
        <translation>Przerwy</translation>
    </message>
    <message>
        <source>Break after sitting for</source>
        <translation>Przerwa po siedzeniu przez</translation>
    </message>
    <message>
        <source>Continuous sitting before a break is due.</source>
        <translation>Nieprzerwane siedzenie, zanim przypadnie przerwa.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>Nieobecność tak długa liczy się jako przerwa</translation>
    </message>
    <message>
        <source>Idle or locked at least this long resets the sitting clock.</source>
        <translation>Bezczynność lub blokada co najmniej tak długo zeruje licznik siedzenia.</translation>
    </message>
    <message>
        <source>Still sitting while idle up to</source>
        <translation>Nadal siedzisz przy bezczynności do</translation>
    </message>
    <message>
        <source>Reading or thinking without input still counts as sitting.</source>
        <translation>Czytanie lub myślenie bez dotykania klawiatury nadal liczy się jako siedzenie.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Odłóż o</translation>
    </message>
    <message>
        <source>How long Snooze postpones a due break.</source>
        <translation>O ile Odłóż przesuwa należną przerwę.</translation>
    </message>
    <message>
        <source>Offer an ignored break again after</source>
        <translation>Ponów zignorowaną przerwę po</translation>
    </message>
    <message>
        <source>A due break that gets no answer is offered again, gently.</source>
        <translation>Należna przerwa bez odpowiedzi jest łagodnie proponowana ponownie.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Dni robocze</translation>
    </message>
    <message>
        <source>Breaks are only due on these days.</source>
        <translation>Przerwy przypadają tylko w te dni.</translation>
    </message>
    <message>
        <source>Working hours from</source>
        <translation>Godziny pracy od</translation>
    </message>
    <message>
        <source>No break is due before this time.</source>
        <translation>Przed tą godziną nie przypada żadna przerwa.</translation>
    </message>
    <message>
        <source>Working hours until</source>
        <translation>Godziny pracy do</translation>
    </message>
    <message>
        <source>No break is due after this time.</source>
        <translation>Po tej godzinie nie przypada żadna przerwa.</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Cisza</translation>
    </message>
    <message>
        <source>Wait while a window is fullscreen</source>
        <translation>Czekaj, gdy okno jest na pełnym ekranie</translation>
    </message>
    <message>
        <source>Calls, presentations and games are not interrupted; the break waits.</source>
        <translation>Rozmowy, prezentacje i gry nie są przerywane; przerwa czeka.</translation>
    </message>
    <message>
        <source>Wait while you are on a call</source>
        <translation>Czekaj podczas rozmowy</translation>
    </message>
    <message>
        <source>While another program uses the microphone or camera, a due break waits.</source>
        <translation>Gdy inny program używa mikrofonu lub kamery, należna przerwa czeka.</translation>
    </message>
    <message>
        <source>Respect do not disturb</source>
        <translation>Szanuj tryb „Nie przeszkadzać”</translation>
    </message>
    <message>
        <source>While the desktop&apos;s do not disturb is on, a due break waits.</source>
        <translation>Gdy na pulpicie włączony jest tryb „Nie przeszkadzać”, należna przerwa czeka.</translation>
    </message>
    <message>
        <source>Wait for a pause in typing of</source>
        <translation>Czekaj na przerwę w pisaniu trwającą</translation>
    </message>
    <message>
        <source>A due break&apos;s notification waits until input stops this long (0: show at once).</source>
        <translation>Powiadomienie o należnej przerwie czeka, aż przez tyle czasu nic nie wpiszesz (0: pokaż od razu).</translation>
    </message>
    <message>
        <source>Wait for a pause at most</source>
        <translation>Czekaj na przerwę w pisaniu najwyżej</translation>
    </message>
    <message>
        <source>Typing without a pause this long still gets the notification.</source>
        <translation>Pisanie bez przerwy przez tyle czasu i tak kończy się powiadomieniem.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ćwiczenie</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Sets of the drill per break.</source>
        <translation>Serie ćwiczenia na przerwę.</translation>
    </message>
    <message>
        <source>Reps each direction</source>
        <translation>Powtórzenia na stronę</translation>
    </message>
    <message>
        <source>Rotations to each side in every set.</source>
        <translation>Rotacje w każdą stronę w każdej serii.</translation>
    </message>
    <message>
        <source>Seconds to turn</source>
        <translation>Sekundy na obrót</translation>
    </message>
    <message>
        <source>Guided tempo: time to rotate to end range.</source>
        <translation>Tempo prowadzone: czas obrotu do skrajnej pozycji.</translation>
    </message>
    <message>
        <source>Pause at end range</source>
        <translation>Przytrzymanie w skrajnej pozycji</translation>
    </message>
    <message>
        <source>Guided tempo: pause at the end of the turn.</source>
        <translation>Tempo prowadzone: pauza na końcu obrotu.</translation>
    </message>
    <message>
        <source>Seconds to return</source>
        <translation>Sekundy na powrót</translation>
    </message>
    <message>
        <source>Guided tempo: time to come back to centre.</source>
        <translation>Tempo prowadzone: czas powrotu do środka.</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Odpoczynek między seriami</translation>
    </message>
    <message>
        <source>Countdown between sets.</source>
        <translation>Odliczanie między seriami.</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Liczenie</translation>
    </message>
    <message>
        <source>Guided: the tempo counts for you. Self-paced: press Space for each rep.</source>
        <translation>Tempo prowadzone: tempo liczy za ciebie. Własne tempo: naciśnij Spację przy każdym powtórzeniu.</translation>
    </message>
    <message>
        <source>Pacing sounds</source>
        <translation>Dźwięki tempa</translation>
    </message>
    <message>
        <source>A soft tick at each rep and a tone at each direction change.</source>
        <translation>Ciche tyknięcie przy każdym powtórzeniu i ton przy każdej zmianie strony.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Głośność</translation>
    </message>
    <message>
        <source>Loudness of pacing sounds and the chime.</source>
        <translation>Głośność dźwięków tempa i sygnału.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Ograniczony ruch</translation>
    </message>
    <message>
        <source>Show key poses instead of a continuous animation.</source>
        <translation>Pokazuj kluczowe pozycje zamiast ciągłej animacji.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Uruchamiaj po zalogowaniu</translation>
    </message>
    <message>
        <source>Start Desk Mobility when you log in.</source>
        <translation>Uruchamiaj Desk Mobility, gdy się logujesz.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>Announce a due break with a desktop notification.</source>
        <translation>Zapowiadaj należną przerwę powiadomieniem na pulpicie.</translation>
    </message>
    <message>
        <source>Chime with the notification</source>
        <translation>Sygnał z powiadomieniem</translation>
    </message>
    <message>
        <source>A short sound when a break is due (never during quiet times).</source>
        <translation>Krótki dźwięk, gdy przypada przerwa (nigdy w czasie ciszy).</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>Tydzień zaczyna się w</translation>
    </message>
    <message>
        <source>First day of the week in the weekly history.</source>
        <translation>Pierwszy dzień tygodnia w historii tygodnia.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The language of the app; “system” follows your desktop.</source>
        <translation>Język aplikacji; „system” oznacza język pulpitu.</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>oczekiwano true lub false, otrzymano {value}</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>oczekiwano liczby, otrzymano {value}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>oczekiwano liczby całkowitej, otrzymano {value}</translation>
    </message>
    <message>
        <source>expected a finite number, got {value}</source>
        <translation>oczekiwano liczby skończonej, otrzymano {value}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} jest poniżej minimum {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} jest powyżej maksimum {maximum}</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} nie należy do: {choices}</translation>
    </message>
    <message>
        <source>expected a time like &quot;08:30&quot;, got {value}</source>
        <translation>oczekiwano godziny w rodzaju &quot;08:30&quot;, otrzymano {value}</translation>
    </message>
    <message>
        <source>expected a list of days like [&quot;mon&quot;], got {value}</source>
        <translation>oczekiwano listy dni w rodzaju [&quot;mon&quot;], otrzymano {value}</translation>
    </message>
    <message>
        <source>unknown day {day}</source>
        <translation>nieznany dzień {day}</translation>
    </message>
    <message>
        <source>a natural break ({natural} min) must be shorter than the sitting interval ({sit} min)</source>
        <translation>naturalna przerwa ({natural} min) musi być krótsza niż czas siedzenia ({sit} min)</translation>
    </message>
    <message>
        <source>short idle ({idle} s) must be shorter than a natural break ({natural} min)</source>
        <translation>krótka bezczynność ({idle} s) musi być krótsza niż naturalna przerwa ({natural} min)</translation>
    </message>
    <message>
        <source>choose at least one working day, or no break is ever due</source>
        <translation>wybierz co najmniej jeden dzień roboczy, inaczej żadna przerwa nigdy nie przypadnie</translation>
    </message>
    <message>
        <source>working hours end ({end}) before they start ({start})</source>
        <translation>godziny pracy kończą się ({end}), zanim się zaczną ({start})</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>nieznane ustawienie</translation>
    </message>
    <message>
        <source>{key}: {reason}; using the default {default}</source>
        <translation>{key}: {reason}; użyto wartości domyślnej {default}</translation>
    </message>
    <message>
        <source>[{name}] is written as a list of tables [[{name}]]; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] zapisano jako listę tabel [[{name}]]; jego ustawienia należą do jednej tabeli [{name}]. Nic z niej nie zastosowano.</translation>
    </message>
    <message>
        <source>[{name}] is written as a value; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] zapisano jako wartość; jego ustawienia należą do jednej tabeli [{name}]. Nic z niej nie zastosowano.</translation>
    </message>
    <message>
        <source>Unknown section {names}, not applied.</source>
        <translation>Nieznana sekcja {names}, nie zastosowano.</translation>
    </message>
    <message>
        <source>Unknown sections {names}, not applied.</source>
        <translation>Nieznane sekcje {names}, nie zastosowano.</translation>
    </message>
    <message>
        <source>Unknown setting {names}, ignored.</source>
        <translation>Nieznane ustawienie {names}, pominięte.</translation>
    </message>
    <message>
        <source>Unknown settings {names}, ignored.</source>
        <translation>Nieznane ustawienia {names}, pominięte.</translation>
    </message>
    <message>
        <source>In the wrong place, not applied: {names}.</source>
        <translation>W złym miejscu, nie zastosowano: {names}.</translation>
    </message>
    <message>
        <source>{name} (it belongs under [{section}])</source>
        <translation>{name} (należy do [{section}])</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} i jeszcze {count}</translation>
    </message>
    <message>
        <source>{key}: reset with {other}; using the default {default}</source>
        <translation>{key}: zresetowano razem z {other}; użyto wartości domyślnej {default}</translation>
    </message>
    <message>
        <source>settings conflict with each other; all defaults are in use</source>
        <translation>ustawienia są ze sobą sprzeczne; użyto wszystkich wartości domyślnych</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <extracomment>The languages with a translation, as the settings name them. Each language in its own words, as a language menu shows it (Qt&apos;s own names vary with the region, e.g. &quot;español de España&quot;).</extracomment>
        <translation>Jak na tym komputerze</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <extracomment>How a choice reads in the dialog; the file keeps the short value.</extracomment>
        <translation>Tempo prowadzone</translation>
    </message>
    <message>
        <source>Self-paced (Space per rep)</source>
        <translation>Własne tempo (Spacja przy każdym powtórzeniu)</translation>
    </message>
    <message>
        <source>As in your region</source>
        <translation>Jak w twoim regionie</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Poniedziałek</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Niedziela</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{minimum} to {maximum}</source>
        <extracomment>Settings that only matter while another one is on: (key, predicate on pending values). Mnemonic letters the standard buttons already use (OK, Apply, Cancel, Restore Defaults).</extracomment>
        <translation>od {minimum} do {maximum}</translation>
    </message>
    <message>
        <source>{app} Settings</source>
        <translation>{app} – ustawienia</translation>
    </message>
    <message>
        <source>Could not apply the settings: {error}</source>
        <translation>Nie udało się zastosować ustawień: {error}</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sekcje ustawień</translation>
    </message>
    <message>
        <source>“{setting}” ({section})</source>
        <translation>„{setting}” ({section})</translation>
    </message>
    <message>
        <source>Fix {where} to apply. Nothing has changed yet.</source>
        <translation>Popraw {where}, aby zastosować. Nic jeszcze się nie zmieniło.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Sitting for {duration}</source>
        <translation>Siedzisz od {duration}</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Wstrzymano do {time}</translation>
    </message>
    <message>
        <source>{sitting} · snoozed until {time}</source>
        <translation>{sitting} · odłożona do {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting until the fullscreen window closes</source>
        <translation>{sitting} · przerwa czeka, aż okno pełnoekranowe się zamknie</translation>
    </message>
    <message>
        <source>{why} since {time}</source>
        <translation>{why} od {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting: {why}</source>
        <translation>{sitting} · przerwa czeka: {why}</translation>
    </message>
    <message>
        <source>{sitting} · quiet: {why}</source>
        <translation>{sitting} · cisza: {why}</translation>
    </message>
    <message>
        <source>{sitting} · time for a break (shown at a pause in your typing)</source>
        <translation>{sitting} · czas na przerwę (pojawi się, gdy przestaniesz pisać)</translation>
    </message>
    <message>
        <source>{sitting} · time for a break</source>
        <translation>{sitting} · czas na przerwę</translation>
    </message>
    <message>
        <source>{sitting} · outside working hours</source>
        <translation>{sitting} · poza godzinami pracy</translation>
    </message>
    <message>
        <source>{sitting} · next break in {duration}</source>
        <translation>{sitting} · następna przerwa za {duration}</translation>
    </message>
    <message>
        <source>Reminding you anyway, despite the quiet time.</source>
        <translation>Przypominam mimo czasu ciszy.</translation>
    </message>
    <message>
        <source>Activity cannot be read here: counting unlocked time.</source>
        <translation>Tu nie da się odczytać aktywności: liczony jest czas bez blokady ekranu.</translation>
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
        <translation>Dysk jest pełny: twoja historia jest w pamięci i zostanie zapisana, gdy zwolni się miejsce.</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>folder {folder} jest tylko do odczytu</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <source>the folder or file is read-only</source>
        <translation>folder lub plik jest tylko do odczytu</translation>
    </message>
    <message>
        <source>another program holds the database locked</source>
        <translation>inny program blokuje bazę danych</translation>
    </message>
    <message>
        <source>Your activity cannot be saved right now because {reason}. It is kept in memory and saved as soon as the disk accepts it again.</source>
        <translation>Nie można teraz zapisać twojej aktywności, ponieważ {reason}. Jest przechowywana w pamięci i zostanie zapisana, gdy dysk znów ją przyjmie.</translation>
    </message>
    <message>
        <source>Part of your history could not be saved ({reason}).</source>
        <translation>Nie udało się zapisać części twojej historii ({reason}).</translation>
    </message>
    <message>
        <source>Your history file could not be read because it is damaged. It was moved to {moved} and a new history starts now.</source>
        <translation>Nie udało się odczytać pliku historii, ponieważ jest uszkodzony. Przeniesiono go do {moved} i teraz zaczyna się nowa historia.</translation>
    </message>
    <message>
        <source>Your history ({path}) was written by a newer version of Desk Mobility (schema {version}; this version knows up to {known}). It is shown read-only and left unchanged; new activity is not saved until you update.</source>
        <translation>Twoją historię ({path}) zapisała nowsza wersja Desk Mobility (schemat {version}; ta wersja zna schematy do {known}). Jest wyświetlana tylko do odczytu i pozostaje bez zmian; nowa aktywność nie jest zapisywana, dopóki nie zaktualizujesz aplikacji.</translation>
    </message>
    <message>
        <source>Your history ({path}) cannot be saved because {reason}. Past weeks are shown, but new activity is not saved until this is fixed.</source>
        <translation>Nie można zapisać twojej historii ({path}), ponieważ {reason}. Minione tygodnie są widoczne, ale nowa aktywność nie jest zapisywana, dopóki to nie zostanie naprawione.</translation>
    </message>
    <message>
        <source>Your history cannot be saved to {path} because {reason}. Desk Mobility keeps running and remembers today&apos;s activity until you quit.</source>
        <translation>Nie można zapisać twojej historii w {path}, ponieważ {reason}. Desk Mobility działa dalej i pamięta dzisiejszą aktywność, dopóki go nie zamkniesz.</translation>
    </message>
    <message>
        <source>Your history could not be read ({reason}).</source>
        <translation>Nie udało się odczytać twojej historii ({reason}).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation>Uruchamianie…</translation>
    </message>
    <message>
        <source>Start break now</source>
        <translation>Zrób przerwę teraz</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Pomiń tę przerwę</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Na 30 minut</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Na 1 godzinę</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Do jutra</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Wznów przypomnienia</translation>
    </message>
    <message>
        <source>Remind me anyway</source>
        <translation>Przypomnij mimo to</translation>
    </message>
    <message>
        <source>Offer breaks now, despite the call or do not disturb</source>
        <translation>Proponuj przerwy teraz, mimo rozmowy lub trybu „Nie przeszkadzać”</translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation>Historia tygodnia</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <source>Quit Desk Mobility</source>
        <translation>Zakończ Desk Mobility</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Odłóż o {minutes} min</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Wstrzymaj przypomnienia</translation>
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
        <translation>{hours} godz. {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} godz.</translation>
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
        <translation>{hours} godz. {minutes}</translation>
    </message>
</context>
<context>
    <name>Week</name>
    <message>
        <source>Time sitting</source>
        <translation>Czas siedzenia</translation>
    </message>
    <message>
        <source>Longest stretch</source>
        <translation>Najdłuższy okres siedzenia</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Przyjęte przerwy</translation>
    </message>
    <message>
        <source>Routines done</source>
        <translation>Ukończone sesje</translation>
    </message>
    <message>
        <source>Routine streak</source>
        <translation>Dni z sesją z rzędu</translation>
    </message>
    <message>
        <source>Upper-back tightness</source>
        <translation>Sztywność górnej części pleców</translation>
    </message>
</context>
</TS>
