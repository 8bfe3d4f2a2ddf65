<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AccessibleCounts</name>
    <message numerus="yes">
        <source>%n seconds of rest left</source>
        <translation>
            <numerusform>ancora %Ln secondo di recupero</numerusform>
            <numerusform>ancora %Ln secondi di recupero</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>… and {count} more; the log has them all: {log}</source>
        <translation>… e altri {count}; il registro li contiene tutti: {log}</translation>
    </message>
    <message>
        <source>The guide could not open</source>
        <translation>Impossibile aprire la guida</translation>
    </message>
    <message>
        <source>{app} is already running; its window is shown again.</source>
        <translation>{app} è già in esecuzione; la sua finestra viene mostrata di nuovo.</translation>
    </message>
    <message>
        <source>{app} is already running: see its icon in the system tray.</source>
        <translation>{app} è già in esecuzione: trovi la sua icona nell’area di notifica.</translation>
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
        <translation>inizio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fine</translation>
    </message>
    <message>
        <source>utc_offset</source>
        <translation>scarto UTC</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuti</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>esito</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>ripetizioni</translation>
    </message>
    <message>
        <source>tightness</source>
        <translation>rigidità</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>dettaglio</translation>
    </message>
    <message>
        <source>start_utc</source>
        <translation>inizio (UTC)</translation>
    </message>
    <message>
        <source>end_utc</source>
        <translation>fine (UTC)</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>circa %Ln minuto</numerusform>
            <numerusform>circa %Ln minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%Ln ripetizione</numerusform>
            <numerusform>%Ln ripetizioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%Ln serie</numerusform>
            <numerusform>%Ln serie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%Ln giorno</numerusform>
            <numerusform>%Ln giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations</source>
        <translation>
            <numerusform>%Ln rotazione</numerusform>
            <numerusform>%Ln rotazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routines</source>
        <translation>
            <numerusform>%Ln sessione</numerusform>
            <numerusform>%Ln sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks offered</source>
        <translation>
            <numerusform>%Ln pausa proposta</numerusform>
            <numerusform>%Ln pause proposte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks on your own</source>
        <translation>
            <numerusform>%Ln pausa di tua iniziativa</numerusform>
            <numerusform>%Ln pause di tua iniziativa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%Ln valutazione</numerusform>
            <numerusform>%Ln valutazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%Ln riga</numerusform>
            <numerusform>%Ln righe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e altri %Ln</numerusform>
            <numerusform>e altri %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Breathe into your upper back. Let it widen as you inhale.</source>
        <translation>Respira nella parte alta della schiena. Lasciala allargare quando inspiri.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Recupero</translation>
    </message>
    <message>
        <source>Now to the right. Same squeeze, same rounding.</source>
        <translation>Ora verso destra. Stessa pressione, stesso arrotondamento.</translation>
    </message>
    <message>
        <source>Now to the left. Same squeeze, same rounding.</source>
        <translation>Ora verso sinistra. Stessa pressione, stesso arrotondamento.</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia lato</translation>
    </message>
    <message>
        <source>The flashlight</source>
        <translation>La torcia</translation>
    </message>
    <message>
        <source>Stay rounded</source>
        <translation>Resta arrotondato</translation>
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
        <translation>S</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the user&apos;s right side: a letter or a very short word</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Conta una ripetizione</translation>
    </message>
    <message>
        <source>Counts one rotation, like Space</source>
        <translation>Conta una rotazione, come Spazio</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>to the right</source>
        <translation>verso destra</translation>
    </message>
    <message>
        <source>to the left</source>
        <translation>verso sinistra</translation>
    </message>
    <message>
        <source>SET {number} OF {sets}</source>
        <translation>SERIE {number} DI {sets}</translation>
    </message>
    <message>
        <source>Guided · turn {turn} · hold {hold} · back {back}</source>
        <translation>Ritmo guidato · ruota {turn} · tieni {hold} · torna {back}</translation>
    </message>
    <message>
        <source>Self-paced · press Space (or click the figure) after each rotation</source>
        <translation>Al tuo ritmo · premi Spazio (o fai clic sulla figura) dopo ogni rotazione</translation>
    </message>
    <message>
        <source>End the session now? What you did is saved.
Esc ends it · any other key keeps going</source>
        <translation>Terminare la sessione adesso? Quello che hai fatto è salvato.
Esc la termina · qualsiasi altro tasto continua</translation>
    </message>
    <message>
        <source>Paused · press P to resume</source>
        <translation>In pausa · premi P per riprendere</translation>
    </message>
    <message>
        <source>Switch sides: now to the right in {seconds}</source>
        <translation>Cambio lato: ora verso destra tra {seconds}</translation>
    </message>
    <message>
        <source>Switch sides: now to the left in {seconds}</source>
        <translation>Cambio lato: ora verso sinistra tra {seconds}</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Recupero</translation>
    </message>
    <message>
        <source>Nice set.</source>
        <translation>Bella serie.</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Salta il recupero</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>recupero</translation>
    </message>
    <message>
        <source>REST · SET {number} OF {sets} DONE</source>
        <translation>RECUPERO · SERIE {number} DI {sets} FATTA</translation>
    </message>
    <message>
        <source>Nice set. Breathe.</source>
        <translation>Bella serie. Respira.</translation>
    </message>
    <message>
        <source>Next: set {number} of {sets}, starting {side}.</source>
        <translation>Prossima: serie {number} di {sets}, iniziando {side}.</translation>
    </message>
    <message>
        <source>End early? Esc again ends and saves</source>
        <translation>Terminare prima? Premi di nuovo Esc per terminare e salvare</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>Pausa attiva</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Prima di iniziare</translation>
    </message>
    <message>
        <source>Slightly rounded, like a baby crunch</source>
        <translation>Leggermente arrotondata, come un mini crunch</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>Quanto è rigida adesso la parte alta della tua schiena?</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Perché aiuta</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <translation>Ritmo guidato</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>Al tuo ritmo</translation>
    </message>
    <message>
        <source>{sets} × {reps} each way
{about_minutes} · {mode}</source>
        <translation>{sets} × {reps} per lato
{about_minutes} · {mode}</translation>
    </message>
    <message>
        <source>Your upper back was built to rotate</source>
        <translation>La parte alta della schiena è fatta per ruotare</translation>
    </message>
    <message>
        <source>What the movement is</source>
        <translation>Che cos’è il movimento</translation>
    </message>
    <message>
        <source>Why it stiffens</source>
        <translation>Perché si irrigidisce</translation>
    </message>
    <message>
        <source>What you get</source>
        <translation>Che cosa ci guadagni</translation>
    </message>
    <message>
        <source>Signs your upper back is locked</source>
        <translation>Segnali di una schiena alta bloccata</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotazioni</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sessioni questa settimana</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>E adesso? Quanto è rigida la parte alta della tua schiena?</translation>
    </message>
    <message>
        <source>SESSION COMPLETE</source>
        <translation>SESSIONE COMPLETATA</translation>
    </message>
    <message>
        <source>SESSION SAVED</source>
        <translation>SESSIONE SALVATA</translation>
    </message>
    <message>
        <source>Well done. Your upper back moved today.</source>
        <translation>Ben fatto. Oggi la parte alta della tua schiena si è mossa.</translation>
    </message>
    <message>
        <source>Good start. What you did is saved.</source>
        <translation>Un buon inizio. Quello che hai fatto è salvato.</translation>
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
        <translation>RIPETIZIONI</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Serie {number}</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>Salvato nel tuo storico.</translation>
    </message>
    <message>
        <source>Saved to your history. Next time, aim for the full {sets} × {reps} each way.</source>
        <translation>Salvato nel tuo storico. La prossima volta punta alle {sets} × {reps} complete per lato.</translation>
    </message>
    <message>
        <source>Before: {value} · optional</source>
        <translation>Prima: {value} · facoltativo</translation>
    </message>
    <message>
        <source>Optional · 0 loose, 10 very tight</source>
        <translation>Facoltativo · 0 sciolta, 10 molto rigida</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>End and save</source>
        <translation>Termina e salva</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Conta una ripetizione</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Rate tightness</source>
        <translation>Valuta la rigidità</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Cancella la valutazione</translation>
    </message>
    <message>
        <source>Undo rep</source>
        <translation>Annulla ripetizione</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Riattiva audio</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Disattiva audio</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>Termina prima</translation>
    </message>
</context>
<context>
    <name>GuideAccessibility</name>
    <message>
        <source>Optional. 0 is loose, 10 very tight. Arrow keys move the choice, Delete clears it.</source>
        <translation>Facoltativo. 0 è sciolta, 10 molto rigida. Le frecce cambiano la scelta, Canc la cancella.</translation>
    </message>
    <message>
        <source>%1, loose</source>
        <translation>%1, sciolta</translation>
    </message>
    <message>
        <source>%1, very tight</source>
        <translation>%1, molto rigida</translation>
    </message>
    <message>
        <source>Figure: the starting position</source>
        <translation>Figura: la posizione di partenza</translation>
    </message>
    <message>
        <source>A person sits upright on a chair, a block squeezed between the thighs, upper back slightly rounded, turned to the right. A beam from the breastbone shows the turn; the small top view shows the hips still square.</source>
        <translation>Una persona siede dritta su una sedia, un mattoncino stretto tra le cosce, la parte alta della schiena leggermente arrotondata, ruotata verso destra. Un fascio di luce dallo sterno mostra la rotazione; la piccola vista dall’alto mostra le anche ancora dritte.</translation>
    </message>
    <message>
        <source>Side view: the rounded upper back</source>
        <translation>Vista laterale: la schiena alta arrotondata</translation>
    </message>
    <message>
        <source>Seen from the side, the upper back is slightly rounded, like a baby crunch.</source>
        <translation>Vista di lato, la parte alta della schiena è leggermente arrotondata, come un mini crunch.</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>Quanto è rigida adesso la parte alta della tua schiena?</translation>
    </message>
    <message>
        <source>What the movement is, why the upper back stiffens and what it gives (W).</source>
        <translation>Che cos’è il movimento, perché la schiena alta si irrigidisce e che cosa dà (W).</translation>
    </message>
    <message>
        <source>Start the drill (Enter).</source>
        <translation>Inizia l’esercizio (Invio).</translation>
    </message>
    <message>
        <source>Figure: resting</source>
        <translation>Figura: recupero</translation>
    </message>
    <message>
        <source>The person sits upright and faces forward, breathing between sets.</source>
        <translation>La persona siede dritta, guarda avanti e respira tra le serie.</translation>
    </message>
    <message>
        <source>Figure: the finished turn</source>
        <translation>Figura: la rotazione completata</translation>
    </message>
    <message>
        <source>The person sits upright, upper back turned to the left, hips square.</source>
        <translation>La persona siede dritta, la parte alta della schiena ruotata verso sinistra, le anche dritte.</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>E adesso? Quanto è rigida la parte alta della tua schiena?</translation>
    </message>
    <message>
        <source>Rep counter</source>
        <translation>Contatore delle ripetizioni</translation>
    </message>
    <message>
        <source>Rest countdown</source>
        <translation>Conto alla rovescia del recupero</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>%1 of %2 to the right, set %4 of %5</source>
        <translation>%1 di %2 verso destra, serie %4 di %5</translation>
    </message>
    <message>
        <source>%1 of %2 to the left, set %4 of %5</source>
        <translation>%1 di %2 verso sinistra, serie %4 di %5</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the right and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>Una persona seduta su una sedia ruota la parte alta della schiena verso destra e torna al centro, anche e ginocchia rivolte in avanti. Un fascio di luce dallo sterno spazza come una torcia; la piccola vista dall’alto mostra l’ombelico ancora rivolto in avanti.</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the left and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>Una persona seduta su una sedia ruota la parte alta della schiena verso sinistra e torna al centro, anche e ginocchia rivolte in avanti. Un fascio di luce dallo sterno spazza come una torcia; la piccola vista dall’alto mostra l’ombelico ancora rivolto in avanti.</translation>
    </message>
    <message>
        <source>Press it, or Space, after each rotation.</source>
        <translation>Premila, o premi Spazio, dopo ogni rotazione.</translation>
    </message>
    <message>
        <source>Animated figure</source>
        <translation>Figura animata</translation>
    </message>
    <message>
        <source>Rest is over</source>
        <translation>Il recupero è finito</translation>
    </message>
</context>
<context>
    <name>GuideNarration</name>
    <message>
        <source>End the session now? Escape ends it and saves, any other key keeps going.</source>
        <translation>Terminare la sessione adesso? Esc la termina e la salva, qualsiasi altro tasto continua.</translation>
    </message>
    <message>
        <source>Keep going.</source>
        <translation>Si continua.</translation>
    </message>
    <message>
        <source>Paused. Press P to resume.</source>
        <translation>In pausa. Premi P per riprendere.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Si riprende.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the right.</source>
        <translation>Serie %1 di %2, verso destra.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the left.</source>
        <translation>Serie %1 di %2, verso sinistra.</translation>
    </message>
    <message>
        <source>Set %1 of %2 done.</source>
        <translation>Serie %1 di %2 fatta.</translation>
    </message>
    <message>
        <source>Session complete.</source>
        <translation>Sessione completata.</translation>
    </message>
    <message>
        <source>Session ended. What you did is saved.</source>
        <translation>Sessione terminata. Quello che hai fatto è salvato.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 di %2.</translation>
    </message>
    <message>
        <source>Switch sides: now to the right.</source>
        <translation>Cambio lato: ora verso destra.</translation>
    </message>
    <message>
        <source>Switch sides: now to the left.</source>
        <translation>Cambio lato: ora verso sinistra.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>calls</source>
        <translation>chiamate</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>non disturbare</translation>
    </message>
    <message>
        <source>fullscreen</source>
        <translation>schermo intero</translation>
    </message>
    <message>
        <source>{day}: nothing recorded.</source>
        <translation>{day}: niente di registrato.</translation>
    </message>
    <message>
        <source>sat {duration}</source>
        <translation>seduto {duration}</translation>
    </message>
    <message>
        <source>, longest stretch {duration}</source>
        <translation>, periodo seduto più lungo {duration}</translation>
    </message>
    <message>
        <source>{count} taken</source>
        <translation>{count} fatte</translation>
    </message>
    <message>
        <source>{count} snoozed</source>
        <translation>{count} posticipate</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} saltate</translation>
    </message>
    <message>
        <source>{count} missed</source>
        <translation>{count} perse</translation>
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
        <translation>{routines} completate, {reps}</translation>
    </message>
    <message>
        <source>tightness {value} / 10</source>
        <translation>rigidità {value} / 10</translation>
    </message>
    <message>
        <source>quiet time {duration}</source>
        <translation>momenti di quiete {duration}</translation>
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
        <translation>Grafico della settimana</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · oggi</translation>
    </message>
    <message>
        <source>{routines} ✓  {reps} reps</source>
        <translation>{routines} ✓  {reps} rip.</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>Andamento della rigidità</translation>
    </message>
    <message>
        <source>{check_ins}, from {first} to {last} out of 10</source>
        <translation>{check_ins}, da {first} a {last} su 10</translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation>{value} su {total}</translation>
    </message>
    <message>
        <source>nothing to compare last week</source>
        <translation>niente da confrontare con la settimana scorsa</translation>
    </message>
    <message>
        <source>same as last week</source>
        <translation>come la settimana scorsa</translation>
    </message>
    <message>
        <source>same as same days last week</source>
        <translation>come gli stessi giorni della settimana scorsa</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs same days last week</source>
        <translation>{arrow} {amount} rispetto agli stessi giorni della settimana scorsa</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs last week</source>
        <translation>{arrow} {amount} rispetto alla settimana scorsa</translation>
    </message>
    <message>
        <source>Desk Mobility – Weekly history</source>
        <translation>Desk Mobility – Storico settimanale</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Precedente</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Settimana precedente (Alt+Sinistra)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>Back to this week (Home)</source>
        <translation>Torna a questa settimana (Home)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Successiva ›</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Settimana successiva (Alt+Destra)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Save this week or your whole history as CSV (Ctrl+E)</source>
        <translation>Salva questa settimana o tutto lo storico come CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>This week…</source>
        <translation>Questa settimana…</translation>
    </message>
    <message>
        <source>All history…</source>
        <translation>Tutto lo storico…</translation>
    </message>
    <message>
        <source>Upper-back tightness check-ins, 0 loose to 10 very tight (○ before a routine, ● after)</source>
        <translation>Valutazioni della rigidità della parte alta della schiena, da 0 sciolta a 10 molto rigida (○ prima di una sessione, ● dopo)</translation>
    </message>
    <message>
        <source>Your history could not be read.</source>
        <translation>Non è stato possibile leggere il tuo storico.</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>This week, {span}</source>
        <translation>Questa settimana, {span}</translation>
    </message>
    <message>
        <source>Last week, {span}</source>
        <translation>Settimana scorsa, {span}</translation>
    </message>
    <message>
        <source>Week, {span}</source>
        <translation>Settimana, {span}</translation>
    </message>
    <message>
        <source>{routines} on {days} of 7 days · {reps} · {own}</source>
        <translation>{routines} in {days} giorni su 7 · {reps} · {own}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>Questa settimana non è ancora iniziata.</translation>
    </message>
    <message>
        <source>Press Home or This week to come back to today.</source>
        <translation>Premi Home o Questa settimana per tornare a oggi.</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week.</source>
        <translation>Ancora niente di registrato questa settimana.</translation>
    </message>
    <message>
        <source>Desk Mobility fills this page while it runs in the tray: time spent sitting, the breaks it offers and the rotation routines you do. Keep it running while you work, and take the next break it offers. Or start a routine now from the tray menu.</source>
        <translation>Desk Mobility riempie questa pagina mentre è attivo nell’area di notifica: il tempo passato seduto, le pause che propone e le sessioni di rotazione che fai. Lascialo attivo mentre lavori e accetta la prossima pausa che ti propone. Oppure avvia subito una sessione dal menu dell’icona.</translation>
    </message>
    <message>
        <source>Your history starts on {date}.</source>
        <translation>Il tuo storico inizia il {date}.</translation>
    </message>
    <message>
        <source>Nothing recorded this week.</source>
        <translation>Niente di registrato questa settimana.</translation>
    </message>
    <message>
        <source>This is before Desk Mobility started keeping your history.</source>
        <translation>È prima che Desk Mobility iniziasse a tenere il tuo storico.</translation>
    </message>
    <message>
        <source>Desk Mobility was not running, or you had the week off. A week away from the desk is good for the back too. Press Home to see this week.</source>
        <translation>Desk Mobility non era attivo, oppure eri in pausa questa settimana. Anche una settimana lontano dalla scrivania fa bene alla schiena. Premi Home per vedere questa settimana.</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>seduto</translation>
    </message>
    <message>
        <source>longest unbroken stretch</source>
        <translation>periodo seduto più lungo senza interruzioni</translation>
    </message>
    <message>
        <source>quiet time (calls, do not disturb)</source>
        <translation>momenti di quiete (chiamate, non disturbare)</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Pause:</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>fatte</translation>
    </message>
    <message>
        <source>moved when offered</source>
        <translation>ti sei mosso quando proposta</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>posticipate</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltate</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perse</translation>
    </message>
    <message>
        <source>break on your own</source>
        <translation>pausa di tua iniziativa</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Esporta lo storico come CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Impossibile scrivere {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {rows} of this week to {path}</source>
        <translation>{rows} di questa settimana salvate in {path}</translation>
    </message>
    <message>
        <source>Saved {rows} of your whole history to {path}</source>
        <translation>{rows} di tutto lo storico salvate in {path}</translation>
    </message>
</context>
<context>
    <name>HistoryAccessibility</name>
    <message>
        <source>Week chart</source>
        <translation>Grafico della settimana</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>Andamento della rigidità</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Esito dell’esportazione</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Enter</source>
        <translation>Invio</translation>
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
        <translation>Canc</translation>
    </message>
    <message>
        <source>any key</source>
        <translation>qualsiasi tasto</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
</context>
<context>
    <name>NarrationCounts</name>
    <message numerus="yes">
        <source>Rest for %n seconds.</source>
        <translation>
            <numerusform>Recupero di %Ln secondo.</numerusform>
            <numerusform>Recupero di %Ln secondi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations.</source>
        <translation>
            <numerusform>%Ln rotazione.</numerusform>
            <numerusform>%Ln rotazioni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of rest left.</source>
        <translation>
            <numerusform>Ancora %Ln secondo di recupero.</numerusform>
            <numerusform>Ancora %Ln secondi di recupero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoTray</name>
    <message>
        <source>Your desktop has no system tray, so Desk Mobility lives in this small window. Closing it keeps the app running; start Desk Mobility again to bring it back.</source>
        <translation>Il tuo desktop non ha un’area di notifica, quindi Desk Mobility vive in questa piccola finestra. Chiuderla lascia l’app in esecuzione; avvia di nuovo Desk Mobility per riaverla.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Time to move</source>
        <translation>È ora di muoversi</translation>
    </message>
    <message>
        <source>{routine}, {about_minutes}</source>
        <translation>{routine}, {about_minutes}</translation>
    </message>
    <message>
        <source>Seated thoracic rotation</source>
        <translation>Rotazione toracica da seduti</translation>
    </message>
    <message>
        <source>You have been sitting for {duration}.
{routine}.</source>
        <translation>Sei seduto da {duration}.
{routine}.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Posticipa di {minutes} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri la cartella</translation>
    </message>
    <message>
        <source>Click to open the folder.</source>
        <translation>Fai clic per aprire la cartella.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>you are on a call</source>
        <translation>sei in una chiamata</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>«Non disturbare» è attivo</translation>
    </message>
    <message>
        <source>a window is fullscreen</source>
        <translation>una finestra è a schermo intero</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>could not write {location}</source>
        <translation>impossibile scrivere {location}</translation>
    </message>
    <message>
        <source>could not be saved: {error}</source>
        <translation>non è stato possibile salvarle: {error}</translation>
    </message>
    <message>
        <source>Breaks</source>
        <extracomment>&quot;system&quot; follows the desktop; the rest are the languages the app ships (English is the source).</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Break after sitting for</source>
        <translation>Pausa dopo essere stato seduto per</translation>
    </message>
    <message>
        <source>Continuous sitting before a break is due.</source>
        <translation>Tempo seduto senza interruzioni prima che sia ora di una pausa.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>Un’assenza così lunga conta come pausa</translation>
    </message>
    <message>
        <source>Idle or locked at least this long resets the sitting clock.</source>
        <translation>Inattivo o bloccato almeno così a lungo azzera il contatore del tempo seduto.</translation>
    </message>
    <message>
        <source>Still sitting while idle up to</source>
        <translation>Ancora seduto se inattivo fino a</translation>
    </message>
    <message>
        <source>Reading or thinking without input still counts as sitting.</source>
        <translation>Leggere o pensare senza toccare nulla conta ancora come stare seduti.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Posticipa di</translation>
    </message>
    <message>
        <source>How long Snooze postpones a due break.</source>
        <translation>Di quanto Posticipa rimanda una pausa dovuta.</translation>
    </message>
    <message>
        <source>Offer an ignored break again after</source>
        <translation>Riproponi una pausa ignorata dopo</translation>
    </message>
    <message>
        <source>A due break that gets no answer is offered again, gently.</source>
        <translation>Una pausa dovuta senza risposta viene riproposta, con delicatezza.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Giorni lavorativi</translation>
    </message>
    <message>
        <source>Breaks are only due on these days.</source>
        <translation>Le pause sono dovute solo in questi giorni.</translation>
    </message>
    <message>
        <source>Working hours from</source>
        <translation>Orario di lavoro dalle</translation>
    </message>
    <message>
        <source>No break is due before this time.</source>
        <translation>Nessuna pausa è dovuta prima di quest’ora.</translation>
    </message>
    <message>
        <source>Working hours until</source>
        <translation>Orario di lavoro fino alle</translation>
    </message>
    <message>
        <source>No break is due after this time.</source>
        <translation>Nessuna pausa è dovuta dopo quest’ora.</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Quiete</translation>
    </message>
    <message>
        <source>Wait while a window is fullscreen</source>
        <translation>Aspetta mentre una finestra è a schermo intero</translation>
    </message>
    <message>
        <source>Calls, presentations and games are not interrupted; the break waits.</source>
        <translation>Chiamate, presentazioni e giochi non vengono interrotti; la pausa aspetta.</translation>
    </message>
    <message>
        <source>Wait while you are on a call</source>
        <translation>Aspetta mentre sei in una chiamata</translation>
    </message>
    <message>
        <source>While another program uses the microphone or camera, a due break waits.</source>
        <translation>Mentre un altro programma usa il microfono o la videocamera, una pausa dovuta aspetta.</translation>
    </message>
    <message>
        <source>Respect do not disturb</source>
        <translation>Rispetta «Non disturbare»</translation>
    </message>
    <message>
        <source>While the desktop&apos;s do not disturb is on, a due break waits.</source>
        <translation>Mentre «Non disturbare» del desktop è attivo, una pausa dovuta aspetta.</translation>
    </message>
    <message>
        <source>Wait for a pause in typing of</source>
        <translation>Aspetta una pausa nella digitazione di</translation>
    </message>
    <message>
        <source>A due break&apos;s notification waits until input stops this long (0: show at once).</source>
        <translation>La notifica di una pausa dovuta aspetta che l’input si fermi per questo tempo (0: mostrala subito).</translation>
    </message>
    <message>
        <source>Wait for a pause at most</source>
        <translation>Aspetta una pausa al massimo</translation>
    </message>
    <message>
        <source>Typing without a pause this long still gets the notification.</source>
        <translation>Se scrivi senza pause per questo tempo, la notifica arriva comunque.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Sets of the drill per break.</source>
        <translation>Serie dell’esercizio per pausa.</translation>
    </message>
    <message>
        <source>Reps each direction</source>
        <translation>Ripetizioni per lato</translation>
    </message>
    <message>
        <source>Rotations to each side in every set.</source>
        <translation>Rotazioni verso ciascun lato in ogni serie.</translation>
    </message>
    <message>
        <source>Seconds to turn</source>
        <translation>Secondi per ruotare</translation>
    </message>
    <message>
        <source>Guided tempo: time to rotate to end range.</source>
        <translation>Ritmo guidato: tempo per ruotare fino a fine corsa.</translation>
    </message>
    <message>
        <source>Pause at end range</source>
        <translation>Pausa a fine corsa</translation>
    </message>
    <message>
        <source>Guided tempo: pause at the end of the turn.</source>
        <translation>Ritmo guidato: pausa alla fine della rotazione.</translation>
    </message>
    <message>
        <source>Seconds to return</source>
        <translation>Secondi per tornare</translation>
    </message>
    <message>
        <source>Guided tempo: time to come back to centre.</source>
        <translation>Ritmo guidato: tempo per tornare al centro.</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Recupero tra le serie</translation>
    </message>
    <message>
        <source>Countdown between sets.</source>
        <translation>Conto alla rovescia tra le serie.</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Conteggio</translation>
    </message>
    <message>
        <source>Guided: the tempo counts for you. Self-paced: press Space for each rep.</source>
        <translation>Ritmo guidato: il ritmo conta per te. Al tuo ritmo: premi Spazio a ogni ripetizione.</translation>
    </message>
    <message>
        <source>Pacing sounds</source>
        <translation>Suoni di ritmo</translation>
    </message>
    <message>
        <source>A soft tick at each rep and a tone at each direction change.</source>
        <translation>Un tic leggero a ogni ripetizione e un tono a ogni cambio di lato.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Loudness of pacing sounds and the chime.</source>
        <translation>Volume dei suoni di ritmo e del segnale acustico.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Movimento ridotto</translation>
    </message>
    <message>
        <source>Show key poses instead of a continuous animation.</source>
        <translation>Mostra le posizioni chiave invece di un’animazione continua.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Avvia all’accesso</translation>
    </message>
    <message>
        <source>Start Desk Mobility when you log in.</source>
        <translation>Avvia Desk Mobility quando accedi.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Announce a due break with a desktop notification.</source>
        <translation>Annuncia una pausa dovuta con una notifica del desktop.</translation>
    </message>
    <message>
        <source>Chime with the notification</source>
        <translation>Segnale acustico con la notifica</translation>
    </message>
    <message>
        <source>A short sound when a break is due (never during quiet times).</source>
        <translation>Un breve suono quando è ora di una pausa (mai nei momenti di quiete).</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>La settimana inizia di</translation>
    </message>
    <message>
        <source>First day of the week in the weekly history.</source>
        <translation>Primo giorno della settimana nello storico settimanale.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The language of the app; “system” follows your desktop.</source>
        <translation>La lingua dell’app; «system» segue il tuo desktop.</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>atteso true o false, ricevuto {value}</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>atteso un numero, ricevuto {value}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>atteso un numero intero, ricevuto {value}</translation>
    </message>
    <message>
        <source>expected a finite number, got {value}</source>
        <translation>atteso un numero finito, ricevuto {value}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} è sotto il minimo {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} è sopra il massimo {maximum}</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} non è tra {choices}</translation>
    </message>
    <message>
        <source>expected a time like &quot;08:30&quot;, got {value}</source>
        <translation>atteso un orario come &quot;08:30&quot;, ricevuto {value}</translation>
    </message>
    <message>
        <source>expected a list of days like [&quot;mon&quot;], got {value}</source>
        <translation>attesa una lista di giorni come [&quot;mon&quot;], ricevuto {value}</translation>
    </message>
    <message>
        <source>unknown day {day}</source>
        <translation>giorno sconosciuto {day}</translation>
    </message>
    <message>
        <source>a natural break ({natural} min) must be shorter than the sitting interval ({sit} min)</source>
        <translation>una pausa naturale ({natural} min) deve essere più breve dell’intervallo da seduti ({sit} min)</translation>
    </message>
    <message>
        <source>short idle ({idle} s) must be shorter than a natural break ({natural} min)</source>
        <translation>la breve inattività ({idle} s) deve essere più breve di una pausa naturale ({natural} min)</translation>
    </message>
    <message>
        <source>choose at least one working day, or no break is ever due</source>
        <translation>scegli almeno un giorno lavorativo, altrimenti nessuna pausa è mai dovuta</translation>
    </message>
    <message>
        <source>working hours end ({end}) before they start ({start})</source>
        <translation>l’orario di lavoro finisce ({end}) prima di iniziare ({start})</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>impostazione sconosciuta</translation>
    </message>
    <message>
        <source>{key}: {reason}; using the default {default}</source>
        <translation>{key}: {reason}; si usa il valore predefinito {default}</translation>
    </message>
    <message>
        <source>[{name}] is written as a list of tables [[{name}]]; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] è scritto come una lista di tabelle [[{name}]]; le sue impostazioni vanno in un’unica tabella [{name}]. Non è stato applicato nulla.</translation>
    </message>
    <message>
        <source>[{name}] is written as a value; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] è scritto come un valore; le sue impostazioni vanno in un’unica tabella [{name}]. Non è stato applicato nulla.</translation>
    </message>
    <message>
        <source>Unknown section {names}, not applied.</source>
        <translation>Sezione sconosciuta {names}, non applicata.</translation>
    </message>
    <message>
        <source>Unknown sections {names}, not applied.</source>
        <translation>Sezioni sconosciute {names}, non applicate.</translation>
    </message>
    <message>
        <source>Unknown setting {names}, ignored.</source>
        <translation>Impostazione sconosciuta {names}, ignorata.</translation>
    </message>
    <message>
        <source>Unknown settings {names}, ignored.</source>
        <translation>Impostazioni sconosciute {names}, ignorate.</translation>
    </message>
    <message>
        <source>In the wrong place, not applied: {names}.</source>
        <translation>Nel posto sbagliato, non applicato: {names}.</translation>
    </message>
    <message>
        <source>{name} (it belongs under [{section}])</source>
        <translation>{name} (va sotto [{section}])</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} e altri {count}</translation>
    </message>
    <message>
        <source>{key}: reset with {other}; using the default {default}</source>
        <translation>{key}: reimpostata insieme a {other}; si usa il valore predefinito {default}</translation>
    </message>
    <message>
        <source>settings conflict with each other; all defaults are in use</source>
        <translation>le impostazioni si contraddicono; sono in uso tutti i valori predefiniti</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <extracomment>The languages with a translation, as the settings name them. Each language in its own words, as a language menu shows it (Qt&apos;s own names vary with the region, e.g. &quot;español de España&quot;).</extracomment>
        <translation>Come su questo computer</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <extracomment>How a choice reads in the dialog; the file keeps the short value.</extracomment>
        <translation>Ritmo guidato</translation>
    </message>
    <message>
        <source>Self-paced (Space per rep)</source>
        <translation>Al tuo ritmo (Spazio a ogni ripetizione)</translation>
    </message>
    <message>
        <source>As in your region</source>
        <translation>Come nella tua regione</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domenica</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{minimum} to {maximum}</source>
        <extracomment>Settings that only matter while another one is on: (key, predicate on pending values). Mnemonic letters the standard buttons already use (OK, Apply, Cancel, Restore Defaults).</extracomment>
        <translation>da {minimum} a {maximum}</translation>
    </message>
    <message>
        <source>{app} Settings</source>
        <translation>Impostazioni di {app}</translation>
    </message>
    <message>
        <source>Could not apply the settings: {error}</source>
        <translation>Impossibile applicare le impostazioni: {error}</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sezioni delle impostazioni</translation>
    </message>
    <message>
        <source>“{setting}” ({section})</source>
        <translation>«{setting}» ({section})</translation>
    </message>
    <message>
        <source>Fix {where} to apply. Nothing has changed yet.</source>
        <translation>Correggi {where} per applicare. Non è ancora cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Sitting for {duration}</source>
        <translation>Seduto da {duration}</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>In pausa fino alle {time}</translation>
    </message>
    <message>
        <source>{sitting} · snoozed until {time}</source>
        <translation>{sitting} · posticipata fino alle {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting until the fullscreen window closes</source>
        <translation>{sitting} · la pausa aspetta che la finestra a schermo intero si chiuda</translation>
    </message>
    <message>
        <source>{why} since {time}</source>
        <translation>{why} dalle {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting: {why}</source>
        <translation>{sitting} · la pausa aspetta: {why}</translation>
    </message>
    <message>
        <source>{sitting} · quiet: {why}</source>
        <translation>{sitting} · quiete: {why}</translation>
    </message>
    <message>
        <source>{sitting} · time for a break (shown at a pause in your typing)</source>
        <translation>{sitting} · è ora di una pausa (mostrata a una pausa nella digitazione)</translation>
    </message>
    <message>
        <source>{sitting} · time for a break</source>
        <translation>{sitting} · è ora di una pausa</translation>
    </message>
    <message>
        <source>{sitting} · outside working hours</source>
        <translation>{sitting} · fuori dall’orario di lavoro</translation>
    </message>
    <message>
        <source>{sitting} · next break in {duration}</source>
        <translation>{sitting} · prossima pausa tra {duration}</translation>
    </message>
    <message>
        <source>Reminding you anyway, despite the quiet time.</source>
        <translation>Te lo ricordo comunque, nonostante i momenti di quiete.</translation>
    </message>
    <message>
        <source>Activity cannot be read here: counting unlocked time.</source>
        <translation>Qui non è possibile leggere l’attività: si conta il tempo sbloccato.</translation>
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
        <translation>Il disco è pieno: il tuo storico resta in memoria e verrà salvato quando ci sarà spazio.</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>la cartella {folder} è di sola lettura</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the folder or file is read-only</source>
        <translation>la cartella o il file è di sola lettura</translation>
    </message>
    <message>
        <source>another program holds the database locked</source>
        <translation>un altro programma tiene bloccato il database</translation>
    </message>
    <message>
        <source>Your activity cannot be saved right now because {reason}. It is kept in memory and saved as soon as the disk accepts it again.</source>
        <translation>La tua attività non può essere salvata adesso perché {reason}. Resta in memoria e verrà salvata appena il disco la accetterà di nuovo.</translation>
    </message>
    <message>
        <source>Part of your history could not be saved ({reason}).</source>
        <translation>Non è stato possibile salvare una parte del tuo storico ({reason}).</translation>
    </message>
    <message>
        <source>Your history file could not be read because it is damaged. It was moved to {moved} and a new history starts now.</source>
        <translation>Non è stato possibile leggere il file dello storico perché è danneggiato. È stato spostato in {moved} e ora inizia un nuovo storico.</translation>
    </message>
    <message>
        <source>Your history ({path}) was written by a newer version of Desk Mobility (schema {version}; this version knows up to {known}). It is shown read-only and left unchanged; new activity is not saved until you update.</source>
        <translation>Il tuo storico ({path}) è stato scritto da una versione più recente di Desk Mobility (schema {version}; questa versione conosce fino al {known}). Viene mostrato in sola lettura e lasciato invariato; la nuova attività non viene salvata finché non aggiorni.</translation>
    </message>
    <message>
        <source>Your history ({path}) cannot be saved because {reason}. Past weeks are shown, but new activity is not saved until this is fixed.</source>
        <translation>Il tuo storico ({path}) non può essere salvato perché {reason}. Le settimane passate sono visibili, ma la nuova attività non viene salvata finché il problema non è risolto.</translation>
    </message>
    <message>
        <source>Your history cannot be saved to {path} because {reason}. Desk Mobility keeps running and remembers today&apos;s activity until you quit.</source>
        <translation>Il tuo storico non può essere salvato in {path} perché {reason}. Desk Mobility resta attivo e ricorda l’attività di oggi finché non lo chiudi.</translation>
    </message>
    <message>
        <source>Your history could not be read ({reason}).</source>
        <translation>Non è stato possibile leggere il tuo storico ({reason}).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Start break now</source>
        <translation>Fai una pausa adesso</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Salta questa pausa</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Per 30 minuti</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Per 1 ora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Fino a domani</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Riprendi i promemoria</translation>
    </message>
    <message>
        <source>Remind me anyway</source>
        <translation>Ricordamelo comunque</translation>
    </message>
    <message>
        <source>Offer breaks now, despite the call or do not disturb</source>
        <translation>Proponi le pause ora, nonostante la chiamata o «Non disturbare»</translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation>Storico settimanale</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>Quit Desk Mobility</source>
        <translation>Esci da Desk Mobility</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Posticipa di {minutes} min</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Sospendi i promemoria</translation>
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
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
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
        <translation>{hours} h {minutes}</translation>
    </message>
</context>
<context>
    <name>Week</name>
    <message>
        <source>Time sitting</source>
        <translation>Tempo seduto</translation>
    </message>
    <message>
        <source>Longest stretch</source>
        <translation>Periodo seduto più lungo</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Pause fatte</translation>
    </message>
    <message>
        <source>Routines done</source>
        <translation>Sessioni completate</translation>
    </message>
    <message>
        <source>Routine streak</source>
        <translation>Giorni di fila con una sessione</translation>
    </message>
    <message>
        <source>Upper-back tightness</source>
        <translation>Rigidità della schiena alta</translation>
    </message>
</context>
</TS>
