<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccessibleCounts</name>
    <message numerus="yes">
        <source>%n seconds of rest left</source>
        <translation>
            <numerusform>queda %Ln segundo de descanso</numerusform>
            <numerusform>quedan %Ln segundos de descanso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Ten en cuenta</translation>
    </message>
    <message>
        <source>… and {count} more; the log has them all: {log}</source>
        <translation>… y {count} más; el registro los tiene todos: {log}</translation>
    </message>
    <message>
        <source>The guide could not open</source>
        <translation>No se pudo abrir la guía</translation>
    </message>
    <message>
        <source>{app} is already running; its window is shown again.</source>
        <translation>{app} ya se está ejecutando; su ventana se muestra de nuevo.</translation>
    </message>
    <message>
        <source>{app} is already running: see its icon in the system tray.</source>
        <translation>{app} ya se está ejecutando: busca su icono en la bandeja del sistema.</translation>
    </message>
</context>
<context>
    <name>CSV</name>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>utc_offset</source>
        <translation>desfase UTC</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>tightness</source>
        <translation>rigidez</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>detalle</translation>
    </message>
    <message>
        <source>start_utc</source>
        <translation>inicio (UTC)</translation>
    </message>
    <message>
        <source>end_utc</source>
        <translation>fin (UTC)</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>unos %Ln minuto</numerusform>
            <numerusform>unos %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%Ln repetición</numerusform>
            <numerusform>%Ln repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%Ln serie</numerusform>
            <numerusform>%Ln series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations</source>
        <translation>
            <numerusform>%Ln rotación</numerusform>
            <numerusform>%Ln rotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routines</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks offered</source>
        <translation>
            <numerusform>%Ln pausa ofrecida</numerusform>
            <numerusform>%Ln pausas ofrecidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks on your own</source>
        <translation>
            <numerusform>%Ln pausa por tu cuenta</numerusform>
            <numerusform>%Ln pausas por tu cuenta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%Ln valoración</numerusform>
            <numerusform>%Ln valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %Ln más</numerusform>
            <numerusform>y %Ln más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Breathe into your upper back. Let it widen as you inhale.</source>
        <translation>Respira hacia la parte alta de la espalda. Deja que se ensanche al inhalar.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Now to the right. Same squeeze, same rounding.</source>
        <translation>Ahora hacia la derecha. La misma presión, el mismo redondeo.</translation>
    </message>
    <message>
        <source>Now to the left. Same squeeze, same rounding.</source>
        <translation>Ahora hacia la izquierda. La misma presión, el mismo redondeo.</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>The flashlight</source>
        <translation>La linterna</translation>
    </message>
    <message>
        <source>Stay rounded</source>
        <translation>Mantén la espalda redondeada</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
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
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>L</source>
        <comment>the user&apos;s left side: a letter or a very short word</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the user&apos;s right side: a letter or a very short word</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Contar una repetición</translation>
    </message>
    <message>
        <source>Counts one rotation, like Space</source>
        <translation>Cuenta una rotación, como Espacio</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>to the right</source>
        <translation>hacia la derecha</translation>
    </message>
    <message>
        <source>to the left</source>
        <translation>hacia la izquierda</translation>
    </message>
    <message>
        <source>SET {number} OF {sets}</source>
        <translation>SERIE {number} DE {sets}</translation>
    </message>
    <message>
        <source>Guided · turn {turn} · hold {hold} · back {back}</source>
        <translation>Ritmo guiado · girar {turn} · mantener {hold} · volver {back}</translation>
    </message>
    <message>
        <source>Self-paced · press Space (or click the figure) after each rotation</source>
        <translation>A tu ritmo · pulsa Espacio (o haz clic en la figura) tras cada rotación</translation>
    </message>
    <message>
        <source>End the session now? What you did is saved.
Esc ends it · any other key keeps going</source>
        <translation>¿Terminar la sesión ahora? Lo que has hecho queda guardado.
Esc la termina · cualquier otra tecla sigue</translation>
    </message>
    <message>
        <source>Paused · press P to resume</source>
        <translation>En pausa · pulsa P para continuar</translation>
    </message>
    <message>
        <source>Switch sides: now to the right in {seconds}</source>
        <translation>Cambio de lado: ahora hacia la derecha en {seconds}</translation>
    </message>
    <message>
        <source>Switch sides: now to the left in {seconds}</source>
        <translation>Cambio de lado: ahora hacia la izquierda en {seconds}</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Nice set.</source>
        <translation>Buena serie.</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Omitir el descanso</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <source>REST · SET {number} OF {sets} DONE</source>
        <translation>DESCANSO · SERIE {number} DE {sets} HECHA</translation>
    </message>
    <message>
        <source>Nice set. Breathe.</source>
        <translation>Buena serie. Respira.</translation>
    </message>
    <message>
        <source>Next: set {number} of {sets}, starting {side}.</source>
        <translation>Siguiente: serie {number} de {sets}, empezando {side}.</translation>
    </message>
    <message>
        <source>End early? Esc again ends and saves</source>
        <translation>¿Terminar antes? Pulsa Esc otra vez para terminar y guardar</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>Pausa activa</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Slightly rounded, like a baby crunch</source>
        <translation>Ligeramente redondeada, como un mini abdominal</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>¿Qué tan rígida está ahora la parte alta de tu espalda?</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Por qué ayuda</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <translation>Ritmo guiado</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>A tu ritmo</translation>
    </message>
    <message>
        <source>{sets} × {reps} each way
{about_minutes} · {mode}</source>
        <translation>{sets} × {reps} por lado
{about_minutes} · {mode}</translation>
    </message>
    <message>
        <source>Your upper back was built to rotate</source>
        <translation>La parte alta de tu espalda está hecha para girar</translation>
    </message>
    <message>
        <source>What the movement is</source>
        <translation>Qué es el movimiento</translation>
    </message>
    <message>
        <source>Why it stiffens</source>
        <translation>Por qué se pone rígida</translation>
    </message>
    <message>
        <source>What you get</source>
        <translation>Qué ganas</translation>
    </message>
    <message>
        <source>Signs your upper back is locked</source>
        <translation>Señales de una espalda alta bloqueada</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotaciones</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sesiones esta semana</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>¿Y ahora? ¿Qué tan rígida está la parte alta de tu espalda?</translation>
    </message>
    <message>
        <source>SESSION COMPLETE</source>
        <translation>SESIÓN COMPLETADA</translation>
    </message>
    <message>
        <source>SESSION SAVED</source>
        <translation>SESIÓN GUARDADA</translation>
    </message>
    <message>
        <source>Well done. Your upper back moved today.</source>
        <translation>Bien hecho. La parte alta de tu espalda se ha movido hoy.</translation>
    </message>
    <message>
        <source>Good start. What you did is saved.</source>
        <translation>Buen comienzo. Lo que has hecho queda guardado.</translation>
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
        <translation>REPETICIONES</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Serie {number}</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>Guardado en tu historial.</translation>
    </message>
    <message>
        <source>Saved to your history. Next time, aim for the full {sets} × {reps} each way.</source>
        <translation>Guardado en tu historial. La próxima vez, intenta las {sets} × {reps} completas por lado.</translation>
    </message>
    <message>
        <source>Before: {value} · optional</source>
        <translation>Antes: {value} · opcional</translation>
    </message>
    <message>
        <source>Optional · 0 loose, 10 very tight</source>
        <translation>Opcional · 0 suelta, 10 muy rígida</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>End and save</source>
        <translation>Terminar y guardar</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Contar una repetición</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Rate tightness</source>
        <translation>Valorar la rigidez</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Borrar la valoración</translation>
    </message>
    <message>
        <source>Undo rep</source>
        <translation>Deshacer repetición</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>Terminar antes</translation>
    </message>
</context>
<context>
    <name>GuideAccessibility</name>
    <message>
        <source>Optional. 0 is loose, 10 very tight. Arrow keys move the choice, Delete clears it.</source>
        <translation>Opcional. 0 es suelta, 10 muy rígida. Las flechas cambian la elección, Supr la borra.</translation>
    </message>
    <message>
        <source>%1, loose</source>
        <translation>%1, suelta</translation>
    </message>
    <message>
        <source>%1, very tight</source>
        <translation>%1, muy rígida</translation>
    </message>
    <message>
        <source>Figure: the starting position</source>
        <translation>Figura: la posición inicial</translation>
    </message>
    <message>
        <source>A person sits upright on a chair, a block squeezed between the thighs, upper back slightly rounded, turned to the right. A beam from the breastbone shows the turn; the small top view shows the hips still square.</source>
        <translation>Una persona está sentada erguida en una silla, con un bloque apretado entre los muslos y la parte alta de la espalda ligeramente redondeada, girada hacia la derecha. Un haz que sale del esternón muestra el giro; la pequeña vista superior muestra las caderas todavía rectas.</translation>
    </message>
    <message>
        <source>Side view: the rounded upper back</source>
        <translation>Vista lateral: la espalda alta redondeada</translation>
    </message>
    <message>
        <source>Seen from the side, the upper back is slightly rounded, like a baby crunch.</source>
        <translation>Vista de lado, la parte alta de la espalda está ligeramente redondeada, como un mini abdominal.</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>¿Qué tan rígida está ahora la parte alta de tu espalda?</translation>
    </message>
    <message>
        <source>What the movement is, why the upper back stiffens and what it gives (W).</source>
        <translation>Qué es el movimiento, por qué se pone rígida la espalda alta y qué aporta (W).</translation>
    </message>
    <message>
        <source>Start the drill (Enter).</source>
        <translation>Empezar el ejercicio (Intro).</translation>
    </message>
    <message>
        <source>Figure: resting</source>
        <translation>Figura: descanso</translation>
    </message>
    <message>
        <source>The person sits upright and faces forward, breathing between sets.</source>
        <translation>La persona está sentada erguida, mira al frente y respira entre series.</translation>
    </message>
    <message>
        <source>Figure: the finished turn</source>
        <translation>Figura: el giro terminado</translation>
    </message>
    <message>
        <source>The person sits upright, upper back turned to the left, hips square.</source>
        <translation>La persona está sentada erguida, con la parte alta de la espalda girada hacia la izquierda y las caderas rectas.</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>¿Y ahora? ¿Qué tan rígida está la parte alta de tu espalda?</translation>
    </message>
    <message>
        <source>Rep counter</source>
        <translation>Contador de repeticiones</translation>
    </message>
    <message>
        <source>Rest countdown</source>
        <translation>Cuenta atrás del descanso</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>%1 of %2 to the right, set %4 of %5</source>
        <translation>%1 de %2 hacia la derecha, serie %4 de %5</translation>
    </message>
    <message>
        <source>%1 of %2 to the left, set %4 of %5</source>
        <translation>%1 de %2 hacia la izquierda, serie %4 de %5</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the right and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>Una persona sentada en una silla gira la parte alta de la espalda hacia la derecha y vuelve al centro, con caderas y rodillas mirando al frente. Un haz que sale del esternón barre como una linterna; la pequeña vista superior muestra el ombligo todavía mirando al frente.</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the left and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>Una persona sentada en una silla gira la parte alta de la espalda hacia la izquierda y vuelve al centro, con caderas y rodillas mirando al frente. Un haz que sale del esternón barre como una linterna; la pequeña vista superior muestra el ombligo todavía mirando al frente.</translation>
    </message>
    <message>
        <source>Press it, or Space, after each rotation.</source>
        <translation>Púlsala, o pulsa Espacio, tras cada rotación.</translation>
    </message>
    <message>
        <source>Animated figure</source>
        <translation>Figura animada</translation>
    </message>
    <message>
        <source>Rest is over</source>
        <translation>El descanso ha terminado</translation>
    </message>
</context>
<context>
    <name>GuideNarration</name>
    <message>
        <source>End the session now? Escape ends it and saves, any other key keeps going.</source>
        <translation>¿Terminar la sesión ahora? Esc la termina y la guarda; cualquier otra tecla sigue.</translation>
    </message>
    <message>
        <source>Keep going.</source>
        <translation>Seguimos.</translation>
    </message>
    <message>
        <source>Paused. Press P to resume.</source>
        <translation>En pausa. Pulsa P para continuar.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Continuamos.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the right.</source>
        <translation>Serie %1 de %2, hacia la derecha.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the left.</source>
        <translation>Serie %1 de %2, hacia la izquierda.</translation>
    </message>
    <message>
        <source>Set %1 of %2 done.</source>
        <translation>Serie %1 de %2 hecha.</translation>
    </message>
    <message>
        <source>Session complete.</source>
        <translation>Sesión completada.</translation>
    </message>
    <message>
        <source>Session ended. What you did is saved.</source>
        <translation>Sesión terminada. Lo que has hecho queda guardado.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 de %2.</translation>
    </message>
    <message>
        <source>Switch sides: now to the right.</source>
        <translation>Cambio de lado: ahora hacia la derecha.</translation>
    </message>
    <message>
        <source>Switch sides: now to the left.</source>
        <translation>Cambio de lado: ahora hacia la izquierda.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>no molestar</translation>
    </message>
    <message>
        <source>fullscreen</source>
        <translation>pantalla completa</translation>
    </message>
    <message>
        <source>{day}: nothing recorded.</source>
        <translation>{day}: nada registrado.</translation>
    </message>
    <message>
        <source>sat {duration}</source>
        <translation>sentado {duration}</translation>
    </message>
    <message>
        <source>, longest stretch {duration}</source>
        <translation>, periodo sentado más largo {duration}</translation>
    </message>
    <message>
        <source>{count} taken</source>
        <translation>{count} tomadas</translation>
    </message>
    <message>
        <source>{count} snoozed</source>
        <translation>{count} pospuestas</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} omitidas</translation>
    </message>
    <message>
        <source>{count} missed</source>
        <translation>{count} perdidas</translation>
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
        <translation>{routines} completadas, {reps}</translation>
    </message>
    <message>
        <source>tightness {value} / 10</source>
        <translation>rigidez {value} / 10</translation>
    </message>
    <message>
        <source>quiet time {duration}</source>
        <translation>tiempo de silencio {duration}</translation>
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
        <translation>Gráfico de la semana</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · hoy</translation>
    </message>
    <message>
        <source>{routines} ✓  {reps} reps</source>
        <translation>{routines} ✓  {reps} rep.</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>Evolución de la rigidez</translation>
    </message>
    <message>
        <source>{check_ins}, from {first} to {last} out of 10</source>
        <translation>{check_ins}, de {first} a {last} sobre 10</translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation>{value} de {total}</translation>
    </message>
    <message>
        <source>nothing to compare last week</source>
        <translation>nada con qué comparar la semana pasada</translation>
    </message>
    <message>
        <source>same as last week</source>
        <translation>igual que la semana pasada</translation>
    </message>
    <message>
        <source>same as same days last week</source>
        <translation>igual que los mismos días de la semana pasada</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs same days last week</source>
        <translation>{arrow} {amount} frente a los mismos días de la semana pasada</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs last week</source>
        <translation>{arrow} {amount} frente a la semana pasada</translation>
    </message>
    <message>
        <source>Desk Mobility – Weekly history</source>
        <translation>Desk Mobility – Historial semanal</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Semana anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Back to this week (Home)</source>
        <translation>Volver a esta semana (Inicio)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Semana siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save this week or your whole history as CSV (Ctrl+E)</source>
        <translation>Guardar esta semana o todo tu historial como CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>This week…</source>
        <translation>Esta semana…</translation>
    </message>
    <message>
        <source>All history…</source>
        <translation>Todo el historial…</translation>
    </message>
    <message>
        <source>Upper-back tightness check-ins, 0 loose to 10 very tight (○ before a routine, ● after)</source>
        <translation>Valoraciones de rigidez de la parte alta de la espalda, de 0 suelta a 10 muy rígida (○ antes de una sesión, ● después)</translation>
    </message>
    <message>
        <source>Your history could not be read.</source>
        <translation>No se pudo leer tu historial.</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>This week, {span}</source>
        <translation>Esta semana, {span}</translation>
    </message>
    <message>
        <source>Last week, {span}</source>
        <translation>La semana pasada, {span}</translation>
    </message>
    <message>
        <source>Week, {span}</source>
        <translation>Semana, {span}</translation>
    </message>
    <message>
        <source>{routines} on {days} of 7 days · {reps} · {own}</source>
        <translation>{routines} en {days} de 7 días · {reps} · {own}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>Esta semana aún no ha empezado.</translation>
    </message>
    <message>
        <source>Press Home or This week to come back to today.</source>
        <translation>Pulsa Inicio o Esta semana para volver a hoy.</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week.</source>
        <translation>Aún no hay nada registrado esta semana.</translation>
    </message>
    <message>
        <source>Desk Mobility fills this page while it runs in the tray: time spent sitting, the breaks it offers and the rotation routines you do. Keep it running while you work, and take the next break it offers. Or start a routine now from the tray menu.</source>
        <translation>Desk Mobility llena esta página mientras se ejecuta en la bandeja: el tiempo que pasas sentado, las pausas que ofrece y las sesiones de rotación que haces. Déjalo funcionando mientras trabajas y acepta la próxima pausa que te ofrezca. O empieza una sesión ahora desde el menú de la bandeja.</translation>
    </message>
    <message>
        <source>Your history starts on {date}.</source>
        <translation>Tu historial empieza el {date}.</translation>
    </message>
    <message>
        <source>Nothing recorded this week.</source>
        <translation>No hay nada registrado esta semana.</translation>
    </message>
    <message>
        <source>This is before Desk Mobility started keeping your history.</source>
        <translation>Esto es anterior a que Desk Mobility empezara a guardar tu historial.</translation>
    </message>
    <message>
        <source>Desk Mobility was not running, or you had the week off. A week away from the desk is good for the back too. Press Home to see this week.</source>
        <translation>Desk Mobility no se estaba ejecutando, o tuviste la semana libre. Una semana lejos del escritorio también le sienta bien a la espalda. Pulsa Inicio para ver esta semana.</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>longest unbroken stretch</source>
        <translation>periodo sentado más largo sin interrupción</translation>
    </message>
    <message>
        <source>quiet time (calls, do not disturb)</source>
        <translation>tiempo de silencio (llamadas, no molestar)</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Pausas:</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>tomadas</translation>
    </message>
    <message>
        <source>moved when offered</source>
        <translation>te moviste al ofrecerla</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>pospuestas</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitidas</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdidas</translation>
    </message>
    <message>
        <source>break on your own</source>
        <translation>pausa por tu cuenta</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>No se pudo escribir {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {rows} of this week to {path}</source>
        <translation>{rows} de esta semana guardadas en {path}</translation>
    </message>
    <message>
        <source>Saved {rows} of your whole history to {path}</source>
        <translation>{rows} de todo tu historial guardadas en {path}</translation>
    </message>
</context>
<context>
    <name>HistoryAccessibility</name>
    <message>
        <source>Week chart</source>
        <translation>Gráfico de la semana</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>Evolución de la rigidez</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retroceso</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>any key</source>
        <translation>cualquier tecla</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
</context>
<context>
    <name>NarrationCounts</name>
    <message numerus="yes">
        <source>Rest for %n seconds.</source>
        <translation>
            <numerusform>Descanso de %Ln segundo.</numerusform>
            <numerusform>Descanso de %Ln segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations.</source>
        <translation>
            <numerusform>%Ln rotación.</numerusform>
            <numerusform>%Ln rotaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of rest left.</source>
        <translation>
            <numerusform>Queda %Ln segundo de descanso.</numerusform>
            <numerusform>Quedan %Ln segundos de descanso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoTray</name>
    <message>
        <source>Your desktop has no system tray, so Desk Mobility lives in this small window. Closing it keeps the app running; start Desk Mobility again to bring it back.</source>
        <translation>Tu escritorio no tiene bandeja del sistema, así que Desk Mobility vive en esta pequeña ventana. Al cerrarla, la aplicación sigue funcionando; vuelve a iniciar Desk Mobility para recuperarla.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Time to move</source>
        <translation>Hora de moverse</translation>
    </message>
    <message>
        <source>{routine}, {about_minutes}</source>
        <translation>{routine}, {about_minutes}</translation>
    </message>
    <message>
        <source>Seated thoracic rotation</source>
        <translation>Rotación torácica sentado</translation>
    </message>
    <message>
        <source>You have been sitting for {duration}.
{routine}.</source>
        <translation>Llevas {duration} sentado.
{routine}.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Click to open the folder.</source>
        <translation>Haz clic para abrir la carpeta.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>you are on a call</source>
        <translation>estás en una llamada</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>«No molestar» está activado</translation>
    </message>
    <message>
        <source>a window is fullscreen</source>
        <translation>una ventana está a pantalla completa</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>could not write {location}</source>
        <translation>no se pudo escribir {location}</translation>
    </message>
    <message>
        <source>could not be saved: {error}</source>
        <translation>no se pudieron guardar: {error}</translation>
    </message>
    <message>
        <source>Breaks</source>
        <extracomment>&quot;system&quot; follows the desktop; the rest are the languages the app ships (English is the source).</extracomment>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Break after sitting for</source>
        <translation>Pausa tras estar sentado</translation>
    </message>
    <message>
        <source>Continuous sitting before a break is due.</source>
        <translation>Tiempo sentado sin interrupción antes de que toque una pausa.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>Ausente este tiempo cuenta como pausa</translation>
    </message>
    <message>
        <source>Idle or locked at least this long resets the sitting clock.</source>
        <translation>Inactivo o bloqueado al menos este tiempo reinicia el reloj de estar sentado.</translation>
    </message>
    <message>
        <source>Still sitting while idle up to</source>
        <translation>Sigues sentado si estás inactivo hasta</translation>
    </message>
    <message>
        <source>Reading or thinking without input still counts as sitting.</source>
        <translation>Leer o pensar sin tocar nada sigue contando como estar sentado.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Posponer durante</translation>
    </message>
    <message>
        <source>How long Snooze postpones a due break.</source>
        <translation>Cuánto retrasa Posponer una pausa pendiente.</translation>
    </message>
    <message>
        <source>Offer an ignored break again after</source>
        <translation>Volver a ofrecer una pausa ignorada tras</translation>
    </message>
    <message>
        <source>A due break that gets no answer is offered again, gently.</source>
        <translation>Una pausa pendiente sin respuesta se vuelve a ofrecer, con suavidad.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <source>Breaks are only due on these days.</source>
        <translation>Las pausas solo tocan estos días.</translation>
    </message>
    <message>
        <source>Working hours from</source>
        <translation>Horario laboral desde</translation>
    </message>
    <message>
        <source>No break is due before this time.</source>
        <translation>No toca ninguna pausa antes de esta hora.</translation>
    </message>
    <message>
        <source>Working hours until</source>
        <translation>Horario laboral hasta</translation>
    </message>
    <message>
        <source>No break is due after this time.</source>
        <translation>No toca ninguna pausa después de esta hora.</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Silencio</translation>
    </message>
    <message>
        <source>Wait while a window is fullscreen</source>
        <translation>Esperar mientras una ventana está a pantalla completa</translation>
    </message>
    <message>
        <source>Calls, presentations and games are not interrupted; the break waits.</source>
        <translation>Las llamadas, presentaciones y juegos no se interrumpen; la pausa espera.</translation>
    </message>
    <message>
        <source>Wait while you are on a call</source>
        <translation>Esperar mientras estás en una llamada</translation>
    </message>
    <message>
        <source>While another program uses the microphone or camera, a due break waits.</source>
        <translation>Mientras otro programa usa el micrófono o la cámara, una pausa pendiente espera.</translation>
    </message>
    <message>
        <source>Respect do not disturb</source>
        <translation>Respetar «No molestar»</translation>
    </message>
    <message>
        <source>While the desktop&apos;s do not disturb is on, a due break waits.</source>
        <translation>Mientras «No molestar» está activado en el escritorio, una pausa pendiente espera.</translation>
    </message>
    <message>
        <source>Wait for a pause in typing of</source>
        <translation>Esperar una pausa al escribir de</translation>
    </message>
    <message>
        <source>A due break&apos;s notification waits until input stops this long (0: show at once).</source>
        <translation>La notificación de una pausa pendiente espera a que dejes de escribir este tiempo (0: mostrar al momento).</translation>
    </message>
    <message>
        <source>Wait for a pause at most</source>
        <translation>Esperar una pausa como máximo</translation>
    </message>
    <message>
        <source>Typing without a pause this long still gets the notification.</source>
        <translation>Si escribes sin parar este tiempo, la notificación aparece igualmente.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Sets of the drill per break.</source>
        <translation>Series del ejercicio por pausa.</translation>
    </message>
    <message>
        <source>Reps each direction</source>
        <translation>Repeticiones por lado</translation>
    </message>
    <message>
        <source>Rotations to each side in every set.</source>
        <translation>Rotaciones hacia cada lado en cada serie.</translation>
    </message>
    <message>
        <source>Seconds to turn</source>
        <translation>Segundos para girar</translation>
    </message>
    <message>
        <source>Guided tempo: time to rotate to end range.</source>
        <translation>Ritmo guiado: tiempo para girar hasta el final del recorrido.</translation>
    </message>
    <message>
        <source>Pause at end range</source>
        <translation>Pausa al final del recorrido</translation>
    </message>
    <message>
        <source>Guided tempo: pause at the end of the turn.</source>
        <translation>Ritmo guiado: pausa al final del giro.</translation>
    </message>
    <message>
        <source>Seconds to return</source>
        <translation>Segundos para volver</translation>
    </message>
    <message>
        <source>Guided tempo: time to come back to centre.</source>
        <translation>Ritmo guiado: tiempo para volver al centro.</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>Countdown between sets.</source>
        <translation>Cuenta atrás entre series.</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Conteo</translation>
    </message>
    <message>
        <source>Guided: the tempo counts for you. Self-paced: press Space for each rep.</source>
        <translation>Ritmo guiado: el tempo cuenta por ti. A tu ritmo: pulsa Espacio en cada repetición.</translation>
    </message>
    <message>
        <source>Pacing sounds</source>
        <translation>Sonidos de ritmo</translation>
    </message>
    <message>
        <source>A soft tick at each rep and a tone at each direction change.</source>
        <translation>Un tic suave en cada repetición y un tono en cada cambio de lado.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Loudness of pacing sounds and the chime.</source>
        <translation>Volumen de los sonidos de ritmo y del aviso.</translation>
    </message>
    <message>
        <source>%</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Movimiento reducido</translation>
    </message>
    <message>
        <source>Show key poses instead of a continuous animation.</source>
        <translation>Mostrar posturas clave en lugar de una animación continua.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>Start Desk Mobility when you log in.</source>
        <translation>Iniciar Desk Mobility cuando inicies sesión.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Announce a due break with a desktop notification.</source>
        <translation>Anunciar una pausa pendiente con una notificación del escritorio.</translation>
    </message>
    <message>
        <source>Chime with the notification</source>
        <translation>Aviso sonoro con la notificación</translation>
    </message>
    <message>
        <source>A short sound when a break is due (never during quiet times).</source>
        <translation>Un sonido breve cuando toca una pausa (nunca en momentos de silencio).</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>La semana empieza el</translation>
    </message>
    <message>
        <source>First day of the week in the weekly history.</source>
        <translation>Primer día de la semana en el historial semanal.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the app; “system” follows your desktop.</source>
        <translation>El idioma de la aplicación; «system» sigue a tu escritorio.</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>se esperaba true o false, se obtuvo {value}</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>se esperaba un número, se obtuvo {value}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>se esperaba un número entero, se obtuvo {value}</translation>
    </message>
    <message>
        <source>expected a finite number, got {value}</source>
        <translation>se esperaba un número finito, se obtuvo {value}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} está por debajo del mínimo {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} está por encima del máximo {maximum}</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} no es uno de {choices}</translation>
    </message>
    <message>
        <source>expected a time like &quot;08:30&quot;, got {value}</source>
        <translation>se esperaba una hora como &quot;08:30&quot;, se obtuvo {value}</translation>
    </message>
    <message>
        <source>expected a list of days like [&quot;mon&quot;], got {value}</source>
        <translation>se esperaba una lista de días como [&quot;mon&quot;], se obtuvo {value}</translation>
    </message>
    <message>
        <source>unknown day {day}</source>
        <translation>día desconocido {day}</translation>
    </message>
    <message>
        <source>a natural break ({natural} min) must be shorter than the sitting interval ({sit} min)</source>
        <translation>una pausa natural ({natural} min) debe ser más corta que el intervalo sentado ({sit} min)</translation>
    </message>
    <message>
        <source>short idle ({idle} s) must be shorter than a natural break ({natural} min)</source>
        <translation>la inactividad breve ({idle} s) debe ser más corta que una pausa natural ({natural} min)</translation>
    </message>
    <message>
        <source>choose at least one working day, or no break is ever due</source>
        <translation>elige al menos un día laborable; si no, nunca tocará una pausa</translation>
    </message>
    <message>
        <source>working hours end ({end}) before they start ({start})</source>
        <translation>el horario laboral termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>ajuste desconocido</translation>
    </message>
    <message>
        <source>{key}: {reason}; using the default {default}</source>
        <translation>{key}: {reason}; se usa el valor predeterminado {default}</translation>
    </message>
    <message>
        <source>[{name}] is written as a list of tables [[{name}]]; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] está escrito como una lista de tablas [[{name}]]; sus ajustes van en una sola tabla [{name}]. No se aplicó nada de ello.</translation>
    </message>
    <message>
        <source>[{name}] is written as a value; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] está escrito como un valor; sus ajustes van en una sola tabla [{name}]. No se aplicó nada de ello.</translation>
    </message>
    <message>
        <source>Unknown section {names}, not applied.</source>
        <translation>Sección desconocida {names}, no aplicada.</translation>
    </message>
    <message>
        <source>Unknown sections {names}, not applied.</source>
        <translation>Secciones desconocidas {names}, no aplicadas.</translation>
    </message>
    <message>
        <source>Unknown setting {names}, ignored.</source>
        <translation>Ajuste desconocido {names}, ignorado.</translation>
    </message>
    <message>
        <source>Unknown settings {names}, ignored.</source>
        <translation>Ajustes desconocidos {names}, ignorados.</translation>
    </message>
    <message>
        <source>In the wrong place, not applied: {names}.</source>
        <translation>En el lugar equivocado, no aplicado: {names}.</translation>
    </message>
    <message>
        <source>{name} (it belongs under [{section}])</source>
        <translation>{name} (va en [{section}])</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} y {count} más</translation>
    </message>
    <message>
        <source>{key}: reset with {other}; using the default {default}</source>
        <translation>{key}: restablecido junto con {other}; se usa el valor predeterminado {default}</translation>
    </message>
    <message>
        <source>settings conflict with each other; all defaults are in use</source>
        <translation>los ajustes se contradicen; se usan todos los valores predeterminados</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <extracomment>The languages with a translation, as the settings name them. Each language in its own words, as a language menu shows it (Qt&apos;s own names vary with the region, e.g. &quot;español de España&quot;).</extracomment>
        <translation>Como en este equipo</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <extracomment>How a choice reads in the dialog; the file keeps the short value.</extracomment>
        <translation>Ritmo guiado</translation>
    </message>
    <message>
        <source>Self-paced (Space per rep)</source>
        <translation>A tu ritmo (Espacio en cada repetición)</translation>
    </message>
    <message>
        <source>As in your region</source>
        <translation>Como en tu región</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{minimum} to {maximum}</source>
        <extracomment>Settings that only matter while another one is on: (key, predicate on pending values). Mnemonic letters the standard buttons already use (OK, Apply, Cancel, Restore Defaults).</extracomment>
        <translation>de {minimum} a {maximum}</translation>
    </message>
    <message>
        <source>{app} Settings</source>
        <translation>Ajustes de {app}</translation>
    </message>
    <message>
        <source>Could not apply the settings: {error}</source>
        <translation>No se pudieron aplicar los ajustes: {error}</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de los ajustes</translation>
    </message>
    <message>
        <source>“{setting}” ({section})</source>
        <translation>«{setting}» ({section})</translation>
    </message>
    <message>
        <source>Fix {where} to apply. Nothing has changed yet.</source>
        <translation>Corrige {where} para aplicar. Todavía no ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Sitting for {duration}</source>
        <translation>Sentado desde hace {duration}</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>En pausa hasta las {time}</translation>
    </message>
    <message>
        <source>{sitting} · snoozed until {time}</source>
        <translation>{sitting} · pospuesta hasta las {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting until the fullscreen window closes</source>
        <translation>{sitting} · la pausa espera a que se cierre la ventana a pantalla completa</translation>
    </message>
    <message>
        <source>{why} since {time}</source>
        <translation>{why} desde las {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting: {why}</source>
        <translation>{sitting} · la pausa espera: {why}</translation>
    </message>
    <message>
        <source>{sitting} · quiet: {why}</source>
        <translation>{sitting} · silencio: {why}</translation>
    </message>
    <message>
        <source>{sitting} · time for a break (shown at a pause in your typing)</source>
        <translation>{sitting} · hora de una pausa (se muestra cuando dejes de escribir)</translation>
    </message>
    <message>
        <source>{sitting} · time for a break</source>
        <translation>{sitting} · hora de una pausa</translation>
    </message>
    <message>
        <source>{sitting} · outside working hours</source>
        <translation>{sitting} · fuera del horario laboral</translation>
    </message>
    <message>
        <source>{sitting} · next break in {duration}</source>
        <translation>{sitting} · próxima pausa en {duration}</translation>
    </message>
    <message>
        <source>Reminding you anyway, despite the quiet time.</source>
        <translation>Te lo recuerda igualmente, pese al tiempo de silencio.</translation>
    </message>
    <message>
        <source>Activity cannot be read here: counting unlocked time.</source>
        <translation>Aquí no se puede leer la actividad: se cuenta el tiempo desbloqueado.</translation>
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
        <translation>El disco está lleno: tu historial se mantiene en memoria y se guardará cuando haya espacio.</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>la carpeta {folder} es de solo lectura</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the folder or file is read-only</source>
        <translation>la carpeta o el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>another program holds the database locked</source>
        <translation>otro programa mantiene bloqueada la base de datos</translation>
    </message>
    <message>
        <source>Your activity cannot be saved right now because {reason}. It is kept in memory and saved as soon as the disk accepts it again.</source>
        <translation>Tu actividad no se puede guardar ahora mismo porque {reason}. Se mantiene en memoria y se guardará en cuanto el disco la acepte de nuevo.</translation>
    </message>
    <message>
        <source>Part of your history could not be saved ({reason}).</source>
        <translation>No se pudo guardar parte de tu historial ({reason}).</translation>
    </message>
    <message>
        <source>Your history file could not be read because it is damaged. It was moved to {moved} and a new history starts now.</source>
        <translation>No se pudo leer tu archivo de historial porque está dañado. Se ha movido a {moved} y ahora empieza un historial nuevo.</translation>
    </message>
    <message>
        <source>Your history ({path}) was written by a newer version of Desk Mobility (schema {version}; this version knows up to {known}). It is shown read-only and left unchanged; new activity is not saved until you update.</source>
        <translation>Tu historial ({path}) lo escribió una versión más reciente de Desk Mobility (esquema {version}; esta versión conoce hasta el {known}). Se muestra en solo lectura y sin cambios; la nueva actividad no se guarda hasta que actualices.</translation>
    </message>
    <message>
        <source>Your history ({path}) cannot be saved because {reason}. Past weeks are shown, but new activity is not saved until this is fixed.</source>
        <translation>Tu historial ({path}) no se puede guardar porque {reason}. Se muestran las semanas pasadas, pero la nueva actividad no se guarda hasta que se resuelva.</translation>
    </message>
    <message>
        <source>Your history cannot be saved to {path} because {reason}. Desk Mobility keeps running and remembers today&apos;s activity until you quit.</source>
        <translation>Tu historial no se puede guardar en {path} porque {reason}. Desk Mobility sigue funcionando y recuerda la actividad de hoy hasta que lo cierres.</translation>
    </message>
    <message>
        <source>Your history could not be read ({reason}).</source>
        <translation>No se pudo leer tu historial ({reason}).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Start break now</source>
        <translation>Hacer una pausa ahora</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Omitir esta pausa</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Durante 30 minutos</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reanudar los recordatorios</translation>
    </message>
    <message>
        <source>Remind me anyway</source>
        <translation>Recordármelo igualmente</translation>
    </message>
    <message>
        <source>Offer breaks now, despite the call or do not disturb</source>
        <translation>Ofrecer pausas ahora, pese a la llamada o a «No molestar»</translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation>Historial semanal</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Quit Desk Mobility</source>
        <translation>Salir de Desk Mobility</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Pausar los recordatorios</translation>
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
        <translation>Tiempo sentado</translation>
    </message>
    <message>
        <source>Longest stretch</source>
        <translation>Periodo sentado más largo</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Pausas tomadas</translation>
    </message>
    <message>
        <source>Routines done</source>
        <translation>Sesiones completadas</translation>
    </message>
    <message>
        <source>Routine streak</source>
        <translation>Racha de sesiones</translation>
    </message>
    <message>
        <source>Upper-back tightness</source>
        <translation>Rigidez de la espalda alta</translation>
    </message>
</context>
</TS>
