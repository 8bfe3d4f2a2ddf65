<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccessibleCounts</name>
    <message numerus="yes">
        <source>%n seconds of rest left</source>
        <translation>
            <numerusform>resta %Ln segundo de descanso</numerusform>
            <numerusform>restam %Ln segundos de descanso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Atenção</translation>
    </message>
    <message>
        <source>… and {count} more; the log has them all: {log}</source>
        <translation>… e mais {count}; o log tem todos: {log}</translation>
    </message>
    <message>
        <source>The guide could not open</source>
        <translation>Não foi possível abrir o guia</translation>
    </message>
    <message>
        <source>{app} is already running; its window is shown again.</source>
        <translation>{app} já está em execução; a janela dele foi mostrada de novo.</translation>
    </message>
    <message>
        <source>{app} is already running: see its icon in the system tray.</source>
        <translation>{app} já está em execução: procure o ícone na bandeja do sistema.</translation>
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
        <translation>início</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fim</translation>
    </message>
    <message>
        <source>utc_offset</source>
        <translation>deslocamento UTC</translation>
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
        <translation>repetições</translation>
    </message>
    <message>
        <source>tightness</source>
        <translation>rigidez</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>detalhe</translation>
    </message>
    <message>
        <source>start_utc</source>
        <translation>início (UTC)</translation>
    </message>
    <message>
        <source>end_utc</source>
        <translation>fim (UTC)</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>cerca de %Ln minuto</numerusform>
            <numerusform>cerca de %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%Ln repetição</numerusform>
            <numerusform>%Ln repetições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%Ln série</numerusform>
            <numerusform>%Ln séries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations</source>
        <translation>
            <numerusform>%Ln rotação</numerusform>
            <numerusform>%Ln rotações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routines</source>
        <translation>
            <numerusform>%Ln sessão</numerusform>
            <numerusform>%Ln sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks offered</source>
        <translation>
            <numerusform>%Ln pausa oferecida</numerusform>
            <numerusform>%Ln pausas oferecidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks on your own</source>
        <translation>
            <numerusform>%Ln pausa por conta própria</numerusform>
            <numerusform>%Ln pausas por conta própria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%Ln avaliação</numerusform>
            <numerusform>%Ln avaliações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%Ln linha</numerusform>
            <numerusform>%Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %Ln</numerusform>
            <numerusform>e mais %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Breathe into your upper back. Let it widen as you inhale.</source>
        <translation>Respire para a parte superior das costas. Deixe que ela se expanda ao inspirar.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Now to the right. Same squeeze, same rounding.</source>
        <translation>Agora para a direita. Mesma pressão, mesmo arredondamento.</translation>
    </message>
    <message>
        <source>Now to the left. Same squeeze, same rounding.</source>
        <translation>Agora para a esquerda. Mesma pressão, mesmo arredondamento.</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Troque de lado</translation>
    </message>
    <message>
        <source>The flashlight</source>
        <translation>A lanterna</translation>
    </message>
    <message>
        <source>Stay rounded</source>
        <translation>Mantenha-se arredondado</translation>
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
        <translation>d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
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
        <translation>E</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the user&apos;s right side: a letter or a very short word</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Contar uma repetição</translation>
    </message>
    <message>
        <source>Counts one rotation, like Space</source>
        <translation>Conta uma rotação, como o Espaço</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>to the right</source>
        <translation>para a direita</translation>
    </message>
    <message>
        <source>to the left</source>
        <translation>para a esquerda</translation>
    </message>
    <message>
        <source>SET {number} OF {sets}</source>
        <translation>SÉRIE {number} DE {sets}</translation>
    </message>
    <message>
        <source>Guided · turn {turn} · hold {hold} · back {back}</source>
        <translation>Ritmo guiado · girar {turn} · segurar {hold} · voltar {back}</translation>
    </message>
    <message>
        <source>Self-paced · press Space (or click the figure) after each rotation</source>
        <translation>No seu ritmo · pressione Espaço (ou clique na figura) após cada rotação</translation>
    </message>
    <message>
        <source>End the session now? What you did is saved.
Esc ends it · any other key keeps going</source>
        <translation>Encerrar a sessão agora? O que você fez está salvo.
Esc encerra · qualquer outra tecla continua</translation>
    </message>
    <message>
        <source>Paused · press P to resume</source>
        <translation>Pausado · pressione P para continuar</translation>
    </message>
    <message>
        <source>Switch sides: now to the right in {seconds}</source>
        <translation>Troca de lado: agora para a direita em {seconds}</translation>
    </message>
    <message>
        <source>Switch sides: now to the left in {seconds}</source>
        <translation>Troca de lado: agora para a esquerda em {seconds}</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Nice set.</source>
        <translation>Boa série.</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Pular o descanso</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <source>REST · SET {number} OF {sets} DONE</source>
        <translation>DESCANSO · SÉRIE {number} DE {sets} CONCLUÍDA</translation>
    </message>
    <message>
        <source>Nice set. Breathe.</source>
        <translation>Boa série. Respire.</translation>
    </message>
    <message>
        <source>Next: set {number} of {sets}, starting {side}.</source>
        <translation>A seguir: série {number} de {sets}, começando {side}.</translation>
    </message>
    <message>
        <source>End early? Esc again ends and saves</source>
        <translation>Encerrar antes? Esc de novo encerra e salva</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>Pausa ativa</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de começar</translation>
    </message>
    <message>
        <source>Slightly rounded, like a baby crunch</source>
        <translation>Levemente arredondada, como um mini abdominal</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>Quão rígida está a parte superior das suas costas agora?</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Por que isso ajuda</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <translation>Ritmo guiado</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>No seu ritmo</translation>
    </message>
    <message>
        <source>{sets} × {reps} each way
{about_minutes} · {mode}</source>
        <translation>{sets} × {reps} de cada lado
{about_minutes} · {mode}</translation>
    </message>
    <message>
        <source>Your upper back was built to rotate</source>
        <translation>A parte superior das suas costas foi feita para girar</translation>
    </message>
    <message>
        <source>What the movement is</source>
        <translation>O que é o movimento</translation>
    </message>
    <message>
        <source>Why it stiffens</source>
        <translation>Por que ela enrijece</translation>
    </message>
    <message>
        <source>What you get</source>
        <translation>O que você ganha</translation>
    </message>
    <message>
        <source>Signs your upper back is locked</source>
        <translation>Sinais de costas superiores travadas</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotações</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sessões nesta semana</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>E agora? Quão rígida está a parte superior das suas costas?</translation>
    </message>
    <message>
        <source>SESSION COMPLETE</source>
        <translation>SESSÃO CONCLUÍDA</translation>
    </message>
    <message>
        <source>SESSION SAVED</source>
        <translation>SESSÃO SALVA</translation>
    </message>
    <message>
        <source>Well done. Your upper back moved today.</source>
        <translation>Muito bem. A parte superior das suas costas se mexeu hoje.</translation>
    </message>
    <message>
        <source>Good start. What you did is saved.</source>
        <translation>Bom começo. O que você fez está salvo.</translation>
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
        <translation>REPETIÇÕES</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Série {number}</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>Salvo no seu histórico.</translation>
    </message>
    <message>
        <source>Saved to your history. Next time, aim for the full {sets} × {reps} each way.</source>
        <translation>Salvo no seu histórico. Na próxima vez, tente as {sets} × {reps} completas de cada lado.</translation>
    </message>
    <message>
        <source>Before: {value} · optional</source>
        <translation>Antes: {value} · opcional</translation>
    </message>
    <message>
        <source>Optional · 0 loose, 10 very tight</source>
        <translation>Opcional · 0 solta, 10 muito rígida</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>End and save</source>
        <translation>Encerrar e salvar</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Contar uma repetição</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Rate tightness</source>
        <translation>Avaliar a rigidez</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Limpar a avaliação</translation>
    </message>
    <message>
        <source>Undo rep</source>
        <translation>Desfazer repetição</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ativar som</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>Encerrar antes</translation>
    </message>
</context>
<context>
    <name>GuideAccessibility</name>
    <message>
        <source>Optional. 0 is loose, 10 very tight. Arrow keys move the choice, Delete clears it.</source>
        <translation>Opcional. 0 é solta, 10 muito rígida. As setas mudam a escolha, Delete a apaga.</translation>
    </message>
    <message>
        <source>%1, loose</source>
        <translation>%1, solta</translation>
    </message>
    <message>
        <source>%1, very tight</source>
        <translation>%1, muito rígida</translation>
    </message>
    <message>
        <source>Figure: the starting position</source>
        <translation>Figura: a posição inicial</translation>
    </message>
    <message>
        <source>A person sits upright on a chair, a block squeezed between the thighs, upper back slightly rounded, turned to the right. A beam from the breastbone shows the turn; the small top view shows the hips still square.</source>
        <translation>Uma pessoa está sentada ereta numa cadeira, com um bloco apertado entre as coxas e a parte superior das costas levemente arredondada, girada para a direita. Um feixe saindo do esterno mostra o giro; a pequena vista de cima mostra o quadril ainda reto.</translation>
    </message>
    <message>
        <source>Side view: the rounded upper back</source>
        <translation>Vista lateral: as costas superiores arredondadas</translation>
    </message>
    <message>
        <source>Seen from the side, the upper back is slightly rounded, like a baby crunch.</source>
        <translation>Vista de lado, a parte superior das costas está levemente arredondada, como um mini abdominal.</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>Quão rígida está a parte superior das suas costas agora?</translation>
    </message>
    <message>
        <source>What the movement is, why the upper back stiffens and what it gives (W).</source>
        <translation>O que é o movimento, por que as costas superiores enrijecem e o que ele traz (W).</translation>
    </message>
    <message>
        <source>Start the drill (Enter).</source>
        <translation>Começar o exercício (Enter).</translation>
    </message>
    <message>
        <source>Figure: resting</source>
        <translation>Figura: descanso</translation>
    </message>
    <message>
        <source>The person sits upright and faces forward, breathing between sets.</source>
        <translation>A pessoa está sentada ereta, olha para a frente e respira entre as séries.</translation>
    </message>
    <message>
        <source>Figure: the finished turn</source>
        <translation>Figura: o giro concluído</translation>
    </message>
    <message>
        <source>The person sits upright, upper back turned to the left, hips square.</source>
        <translation>A pessoa está sentada ereta, com a parte superior das costas girada para a esquerda e o quadril reto.</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>E agora? Quão rígida está a parte superior das suas costas?</translation>
    </message>
    <message>
        <source>Rep counter</source>
        <translation>Contador de repetições</translation>
    </message>
    <message>
        <source>Rest countdown</source>
        <translation>Contagem regressiva do descanso</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>%1 of %2 to the right, set %4 of %5</source>
        <translation>%1 de %2 para a direita, série %4 de %5</translation>
    </message>
    <message>
        <source>%1 of %2 to the left, set %4 of %5</source>
        <translation>%1 de %2 para a esquerda, série %4 de %5</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the right and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>Uma pessoa sentada numa cadeira gira a parte superior das costas para a direita e volta ao centro, com quadril e joelhos virados para a frente. Um feixe saindo do esterno varre como uma lanterna; a pequena vista de cima mostra o umbigo ainda virado para a frente.</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the left and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>Uma pessoa sentada numa cadeira gira a parte superior das costas para a esquerda e volta ao centro, com quadril e joelhos virados para a frente. Um feixe saindo do esterno varre como uma lanterna; a pequena vista de cima mostra o umbigo ainda virado para a frente.</translation>
    </message>
    <message>
        <source>Press it, or Space, after each rotation.</source>
        <translation>Pressione-a, ou o Espaço, após cada rotação.</translation>
    </message>
    <message>
        <source>Animated figure</source>
        <translation>Figura animada</translation>
    </message>
    <message>
        <source>Rest is over</source>
        <translation>O descanso acabou</translation>
    </message>
</context>
<context>
    <name>GuideNarration</name>
    <message>
        <source>End the session now? Escape ends it and saves, any other key keeps going.</source>
        <translation>Encerrar a sessão agora? Esc encerra e salva, qualquer outra tecla continua.</translation>
    </message>
    <message>
        <source>Keep going.</source>
        <translation>Vamos continuar.</translation>
    </message>
    <message>
        <source>Paused. Press P to resume.</source>
        <translation>Pausado. Pressione P para continuar.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Continuando.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the right.</source>
        <translation>Série %1 de %2, para a direita.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the left.</source>
        <translation>Série %1 de %2, para a esquerda.</translation>
    </message>
    <message>
        <source>Set %1 of %2 done.</source>
        <translation>Série %1 de %2 concluída.</translation>
    </message>
    <message>
        <source>Session complete.</source>
        <translation>Sessão concluída.</translation>
    </message>
    <message>
        <source>Session ended. What you did is saved.</source>
        <translation>Sessão encerrada. O que você fez está salvo.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 de %2.</translation>
    </message>
    <message>
        <source>Switch sides: now to the right.</source>
        <translation>Troca de lado: agora para a direita.</translation>
    </message>
    <message>
        <source>Switch sides: now to the left.</source>
        <translation>Troca de lado: agora para a esquerda.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>calls</source>
        <translation>chamadas</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>não perturbe</translation>
    </message>
    <message>
        <source>fullscreen</source>
        <translation>tela cheia</translation>
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
        <translation>, maior período sentado {duration}</translation>
    </message>
    <message>
        <source>{count} taken</source>
        <translation>{count} feitas</translation>
    </message>
    <message>
        <source>{count} snoozed</source>
        <translation>{count} adiadas</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} puladas</translation>
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
        <translation>{routines} concluídas, {reps}</translation>
    </message>
    <message>
        <source>tightness {value} / 10</source>
        <translation>rigidez {value} / 10</translation>
    </message>
    <message>
        <source>quiet time {duration}</source>
        <translation>tempo de silêncio {duration}</translation>
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
        <translation>Gráfico da semana</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · hoje</translation>
    </message>
    <message>
        <source>{routines} ✓  {reps} reps</source>
        <translation>{routines} ✓  {reps} rep.</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>Evolução da rigidez</translation>
    </message>
    <message>
        <source>{check_ins}, from {first} to {last} out of 10</source>
        <translation>{check_ins}, de {first} a {last} de 10</translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation>{value} de {total}</translation>
    </message>
    <message>
        <source>nothing to compare last week</source>
        <translation>nada para comparar com a semana passada</translation>
    </message>
    <message>
        <source>same as last week</source>
        <translation>igual à semana passada</translation>
    </message>
    <message>
        <source>same as same days last week</source>
        <translation>igual aos mesmos dias da semana passada</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs same days last week</source>
        <translation>{arrow} {amount} em relação aos mesmos dias da semana passada</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs last week</source>
        <translation>{arrow} {amount} em relação à semana passada</translation>
    </message>
    <message>
        <source>Desk Mobility – Weekly history</source>
        <translation>Desk Mobility – Histórico semanal</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Semana anterior (Alt+Esquerda)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Back to this week (Home)</source>
        <translation>Voltar para esta semana (Home)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Próxima ›</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Próxima semana (Alt+Direita)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save this week or your whole history as CSV (Ctrl+E)</source>
        <translation>Salvar esta semana ou todo o seu histórico como CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>This week…</source>
        <translation>Esta semana…</translation>
    </message>
    <message>
        <source>All history…</source>
        <translation>Todo o histórico…</translation>
    </message>
    <message>
        <source>Upper-back tightness check-ins, 0 loose to 10 very tight (○ before a routine, ● after)</source>
        <translation>Avaliações de rigidez da parte superior das costas, de 0 solta a 10 muito rígida (○ antes de uma sessão, ● depois)</translation>
    </message>
    <message>
        <source>Your history could not be read.</source>
        <translation>Não foi possível ler o seu histórico.</translation>
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
        <translation>Semana passada, {span}</translation>
    </message>
    <message>
        <source>Week, {span}</source>
        <translation>Semana, {span}</translation>
    </message>
    <message>
        <source>{routines} on {days} of 7 days · {reps} · {own}</source>
        <translation>{routines} em {days} de 7 dias · {reps} · {own}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>Esta semana ainda não começou.</translation>
    </message>
    <message>
        <source>Press Home or This week to come back to today.</source>
        <translation>Pressione Home ou Esta semana para voltar a hoje.</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week.</source>
        <translation>Nada registrado nesta semana ainda.</translation>
    </message>
    <message>
        <source>Desk Mobility fills this page while it runs in the tray: time spent sitting, the breaks it offers and the rotation routines you do. Keep it running while you work, and take the next break it offers. Or start a routine now from the tray menu.</source>
        <translation>O Desk Mobility preenche esta página enquanto fica na bandeja do sistema: o tempo que você passa sentado, as pausas que ele oferece e as sessões de rotação que você faz. Deixe-o rodando enquanto trabalha e aceite a próxima pausa oferecida. Ou comece uma sessão agora pelo menu da bandeja.</translation>
    </message>
    <message>
        <source>Your history starts on {date}.</source>
        <translation>O seu histórico começa em {date}.</translation>
    </message>
    <message>
        <source>Nothing recorded this week.</source>
        <translation>Nada registrado nesta semana.</translation>
    </message>
    <message>
        <source>This is before Desk Mobility started keeping your history.</source>
        <translation>Isso foi antes de o Desk Mobility começar a guardar o seu histórico.</translation>
    </message>
    <message>
        <source>Desk Mobility was not running, or you had the week off. A week away from the desk is good for the back too. Press Home to see this week.</source>
        <translation>O Desk Mobility não estava rodando, ou você tirou a semana de folga. Uma semana longe da mesa também faz bem para as costas. Pressione Home para ver esta semana.</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>longest unbroken stretch</source>
        <translation>maior período sentado sem pausa</translation>
    </message>
    <message>
        <source>quiet time (calls, do not disturb)</source>
        <translation>tempo de silêncio (chamadas, não perturbe)</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Pausas:</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>feitas</translation>
    </message>
    <message>
        <source>moved when offered</source>
        <translation>se mexeu quando oferecida</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>adiadas</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>puladas</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdidas</translation>
    </message>
    <message>
        <source>break on your own</source>
        <translation>pausa por conta própria</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar o histórico como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Não foi possível gravar {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {rows} of this week to {path}</source>
        <translation>{rows} desta semana salvas em {path}</translation>
    </message>
    <message>
        <source>Saved {rows} of your whole history to {path}</source>
        <translation>{rows} de todo o seu histórico salvas em {path}</translation>
    </message>
</context>
<context>
    <name>HistoryAccessibility</name>
    <message>
        <source>Week chart</source>
        <translation>Gráfico da semana</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>Evolução da rigidez</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado da exportação</translation>
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
        <translation>qualquer tecla</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espaço</translation>
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
            <numerusform>%Ln rotação.</numerusform>
            <numerusform>%Ln rotações.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of rest left.</source>
        <translation>
            <numerusform>Resta %Ln segundo de descanso.</numerusform>
            <numerusform>Restam %Ln segundos de descanso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoTray</name>
    <message>
        <source>Your desktop has no system tray, so Desk Mobility lives in this small window. Closing it keeps the app running; start Desk Mobility again to bring it back.</source>
        <translation>A sua área de trabalho não tem bandeja do sistema, então o Desk Mobility fica nesta pequena janela. Fechá-la mantém o aplicativo rodando; abra o Desk Mobility de novo para trazê-la de volta.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Time to move</source>
        <translation>Hora de se mexer</translation>
    </message>
    <message>
        <source>{routine}, {about_minutes}</source>
        <translation>{routine}, {about_minutes}</translation>
    </message>
    <message>
        <source>Seated thoracic rotation</source>
        <translation>Rotação torácica sentada</translation>
    </message>
    <message>
        <source>You have been sitting for {duration}.
{routine}.</source>
        <translation>Você está sentado há {duration}.
{routine}.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Adiar {minutes} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir a pasta</translation>
    </message>
    <message>
        <source>Click to open the folder.</source>
        <translation>Clique para abrir a pasta.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>you are on a call</source>
        <translation>você está em uma chamada</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>o “Não perturbe” está ativado</translation>
    </message>
    <message>
        <source>a window is fullscreen</source>
        <translation>uma janela está em tela cheia</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>could not write {location}</source>
        <translation>não foi possível gravar {location}</translation>
    </message>
    <message>
        <source>could not be saved: {error}</source>
        <translation>não puderam ser salvas: {error}</translation>
    </message>
    <message>
        <source>Breaks</source>
        <extracomment>&quot;system&quot; follows the desktop; the rest are the languages the app ships (English is the source).</extracomment>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Break after sitting for</source>
        <translation>Pausa após ficar sentado por</translation>
    </message>
    <message>
        <source>Continuous sitting before a break is due.</source>
        <translation>Tempo sentado sem interrupção até uma pausa ficar devida.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>Ausente por este tempo conta como pausa</translation>
    </message>
    <message>
        <source>Idle or locked at least this long resets the sitting clock.</source>
        <translation>Inativo ou bloqueado por pelo menos este tempo zera o relógio de tempo sentado.</translation>
    </message>
    <message>
        <source>Still sitting while idle up to</source>
        <translation>Ainda sentado se inativo por até</translation>
    </message>
    <message>
        <source>Reading or thinking without input still counts as sitting.</source>
        <translation>Ler ou pensar sem usar o teclado ainda conta como tempo sentado.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Adiar por</translation>
    </message>
    <message>
        <source>How long Snooze postpones a due break.</source>
        <translation>Quanto Adiar empurra uma pausa devida.</translation>
    </message>
    <message>
        <source>Offer an ignored break again after</source>
        <translation>Oferecer de novo uma pausa ignorada após</translation>
    </message>
    <message>
        <source>A due break that gets no answer is offered again, gently.</source>
        <translation>Uma pausa devida sem resposta é oferecida de novo, com delicadeza.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Dias de trabalho</translation>
    </message>
    <message>
        <source>Breaks are only due on these days.</source>
        <translation>As pausas só ficam devidas nestes dias.</translation>
    </message>
    <message>
        <source>Working hours from</source>
        <translation>Horário de trabalho a partir de</translation>
    </message>
    <message>
        <source>No break is due before this time.</source>
        <translation>Nenhuma pausa fica devida antes deste horário.</translation>
    </message>
    <message>
        <source>Working hours until</source>
        <translation>Horário de trabalho até</translation>
    </message>
    <message>
        <source>No break is due after this time.</source>
        <translation>Nenhuma pausa fica devida depois deste horário.</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Silêncio</translation>
    </message>
    <message>
        <source>Wait while a window is fullscreen</source>
        <translation>Esperar enquanto uma janela está em tela cheia</translation>
    </message>
    <message>
        <source>Calls, presentations and games are not interrupted; the break waits.</source>
        <translation>Chamadas, apresentações e jogos não são interrompidos; a pausa espera.</translation>
    </message>
    <message>
        <source>Wait while you are on a call</source>
        <translation>Esperar durante uma chamada</translation>
    </message>
    <message>
        <source>While another program uses the microphone or camera, a due break waits.</source>
        <translation>Enquanto outro programa usa o microfone ou a câmera, uma pausa devida espera.</translation>
    </message>
    <message>
        <source>Respect do not disturb</source>
        <translation>Respeitar o “Não perturbe”</translation>
    </message>
    <message>
        <source>While the desktop&apos;s do not disturb is on, a due break waits.</source>
        <translation>Enquanto o “Não perturbe” da área de trabalho está ativado, uma pausa devida espera.</translation>
    </message>
    <message>
        <source>Wait for a pause in typing of</source>
        <translation>Esperar uma pausa na digitação de</translation>
    </message>
    <message>
        <source>A due break&apos;s notification waits until input stops this long (0: show at once).</source>
        <translation>A notificação de uma pausa devida espera até a digitação parar por este tempo (0: mostrar na hora).</translation>
    </message>
    <message>
        <source>Wait for a pause at most</source>
        <translation>Esperar uma pausa no máximo</translation>
    </message>
    <message>
        <source>Typing without a pause this long still gets the notification.</source>
        <translation>Digitando sem pausa por este tempo, a notificação aparece mesmo assim.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Sets of the drill per break.</source>
        <translation>Séries do exercício por pausa.</translation>
    </message>
    <message>
        <source>Reps each direction</source>
        <translation>Repetições de cada lado</translation>
    </message>
    <message>
        <source>Rotations to each side in every set.</source>
        <translation>Rotações para cada lado em cada série.</translation>
    </message>
    <message>
        <source>Seconds to turn</source>
        <translation>Segundos para girar</translation>
    </message>
    <message>
        <source>Guided tempo: time to rotate to end range.</source>
        <translation>Ritmo guiado: tempo para girar até o fim da amplitude.</translation>
    </message>
    <message>
        <source>Pause at end range</source>
        <translation>Pausa no fim da amplitude</translation>
    </message>
    <message>
        <source>Guided tempo: pause at the end of the turn.</source>
        <translation>Ritmo guiado: pausa no fim do giro.</translation>
    </message>
    <message>
        <source>Seconds to return</source>
        <translation>Segundos para voltar</translation>
    </message>
    <message>
        <source>Guided tempo: time to come back to centre.</source>
        <translation>Ritmo guiado: tempo para voltar ao centro.</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre séries</translation>
    </message>
    <message>
        <source>Countdown between sets.</source>
        <translation>Contagem regressiva entre as séries.</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Contagem</translation>
    </message>
    <message>
        <source>Guided: the tempo counts for you. Self-paced: press Space for each rep.</source>
        <translation>Ritmo guiado: o ritmo conta por você. No seu ritmo: pressione Espaço a cada repetição.</translation>
    </message>
    <message>
        <source>Pacing sounds</source>
        <translation>Sons de ritmo</translation>
    </message>
    <message>
        <source>A soft tick at each rep and a tone at each direction change.</source>
        <translation>Um tique suave a cada repetição e um tom a cada troca de lado.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Loudness of pacing sounds and the chime.</source>
        <translation>Volume dos sons de ritmo e do aviso sonoro.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Movimento reduzido</translation>
    </message>
    <message>
        <source>Show key poses instead of a continuous animation.</source>
        <translation>Mostrar posições-chave em vez de uma animação contínua.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar ao entrar na sessão</translation>
    </message>
    <message>
        <source>Start Desk Mobility when you log in.</source>
        <translation>Iniciar o Desk Mobility quando você entrar na sessão.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Announce a due break with a desktop notification.</source>
        <translation>Avisar sobre uma pausa devida com uma notificação da área de trabalho.</translation>
    </message>
    <message>
        <source>Chime with the notification</source>
        <translation>Aviso sonoro com a notificação</translation>
    </message>
    <message>
        <source>A short sound when a break is due (never during quiet times).</source>
        <translation>Um som curto quando uma pausa fica devida (nunca em momentos de silêncio).</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>A semana começa em</translation>
    </message>
    <message>
        <source>First day of the week in the weekly history.</source>
        <translation>Primeiro dia da semana no histórico semanal.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the app; “system” follows your desktop.</source>
        <translation>O idioma do aplicativo; “system” segue a sua área de trabalho.</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>esperado true ou false, recebido {value}</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>esperado um número, recebido {value}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>esperado um número inteiro, recebido {value}</translation>
    </message>
    <message>
        <source>expected a finite number, got {value}</source>
        <translation>esperado um número finito, recebido {value}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} está abaixo do mínimo {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} está acima do máximo {maximum}</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} não é uma destas opções: {choices}</translation>
    </message>
    <message>
        <source>expected a time like &quot;08:30&quot;, got {value}</source>
        <translation>esperado um horário como &quot;08:30&quot;, recebido {value}</translation>
    </message>
    <message>
        <source>expected a list of days like [&quot;mon&quot;], got {value}</source>
        <translation>esperada uma lista de dias como [&quot;mon&quot;], recebido {value}</translation>
    </message>
    <message>
        <source>unknown day {day}</source>
        <translation>dia desconhecido {day}</translation>
    </message>
    <message>
        <source>a natural break ({natural} min) must be shorter than the sitting interval ({sit} min)</source>
        <translation>uma pausa natural ({natural} min) precisa ser menor que o intervalo sentado ({sit} min)</translation>
    </message>
    <message>
        <source>short idle ({idle} s) must be shorter than a natural break ({natural} min)</source>
        <translation>a inatividade curta ({idle} s) precisa ser menor que uma pausa natural ({natural} min)</translation>
    </message>
    <message>
        <source>choose at least one working day, or no break is ever due</source>
        <translation>escolha pelo menos um dia de trabalho, senão nenhuma pausa fica devida</translation>
    </message>
    <message>
        <source>working hours end ({end}) before they start ({start})</source>
        <translation>o horário de trabalho termina ({end}) antes de começar ({start})</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>configuração desconhecida</translation>
    </message>
    <message>
        <source>{key}: {reason}; using the default {default}</source>
        <translation>{key}: {reason}; usando o padrão {default}</translation>
    </message>
    <message>
        <source>[{name}] is written as a list of tables [[{name}]]; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] está escrito como uma lista de tabelas [[{name}]]; as configurações dele vão em uma única tabela [{name}]. Nada dele foi aplicado.</translation>
    </message>
    <message>
        <source>[{name}] is written as a value; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] está escrito como um valor; as configurações dele vão em uma única tabela [{name}]. Nada dele foi aplicado.</translation>
    </message>
    <message>
        <source>Unknown section {names}, not applied.</source>
        <translation>Seção desconhecida {names}, não aplicada.</translation>
    </message>
    <message>
        <source>Unknown sections {names}, not applied.</source>
        <translation>Seções desconhecidas {names}, não aplicadas.</translation>
    </message>
    <message>
        <source>Unknown setting {names}, ignored.</source>
        <translation>Configuração desconhecida {names}, ignorada.</translation>
    </message>
    <message>
        <source>Unknown settings {names}, ignored.</source>
        <translation>Configurações desconhecidas {names}, ignoradas.</translation>
    </message>
    <message>
        <source>In the wrong place, not applied: {names}.</source>
        <translation>No lugar errado, não aplicado: {names}.</translation>
    </message>
    <message>
        <source>{name} (it belongs under [{section}])</source>
        <translation>{name} (fica em [{section}])</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} e mais {count}</translation>
    </message>
    <message>
        <source>{key}: reset with {other}; using the default {default}</source>
        <translation>{key}: redefinida junto com {other}; usando o padrão {default}</translation>
    </message>
    <message>
        <source>settings conflict with each other; all defaults are in use</source>
        <translation>as configurações se contradizem; todos os padrões estão em uso</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <extracomment>The languages with a translation, as the settings name them. Each language in its own words, as a language menu shows it (Qt&apos;s own names vary with the region, e.g. &quot;español de España&quot;).</extracomment>
        <translation>Como neste computador</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <extracomment>How a choice reads in the dialog; the file keeps the short value.</extracomment>
        <translation>Ritmo guiado</translation>
    </message>
    <message>
        <source>Self-paced (Space per rep)</source>
        <translation>No seu ritmo (Espaço a cada repetição)</translation>
    </message>
    <message>
        <source>As in your region</source>
        <translation>Como na sua região</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Segunda-feira</translation>
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
        <translation>Configurações do {app}</translation>
    </message>
    <message>
        <source>Could not apply the settings: {error}</source>
        <translation>Não foi possível aplicar as configurações: {error}</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Seções das configurações</translation>
    </message>
    <message>
        <source>“{setting}” ({section})</source>
        <translation>“{setting}” ({section})</translation>
    </message>
    <message>
        <source>Fix {where} to apply. Nothing has changed yet.</source>
        <translation>Corrija {where} para aplicar. Nada mudou ainda.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Sitting for {duration}</source>
        <translation>Sentado há {duration}</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Pausado até {time}</translation>
    </message>
    <message>
        <source>{sitting} · snoozed until {time}</source>
        <translation>{sitting} · adiada até {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting until the fullscreen window closes</source>
        <translation>{sitting} · pausa esperando a janela em tela cheia fechar</translation>
    </message>
    <message>
        <source>{why} since {time}</source>
        <translation>{why} desde {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting: {why}</source>
        <translation>{sitting} · pausa esperando: {why}</translation>
    </message>
    <message>
        <source>{sitting} · quiet: {why}</source>
        <translation>{sitting} · silêncio: {why}</translation>
    </message>
    <message>
        <source>{sitting} · time for a break (shown at a pause in your typing)</source>
        <translation>{sitting} · hora de uma pausa (mostrada quando você parar de digitar)</translation>
    </message>
    <message>
        <source>{sitting} · time for a break</source>
        <translation>{sitting} · hora de uma pausa</translation>
    </message>
    <message>
        <source>{sitting} · outside working hours</source>
        <translation>{sitting} · fora do horário de trabalho</translation>
    </message>
    <message>
        <source>{sitting} · next break in {duration}</source>
        <translation>{sitting} · próxima pausa em {duration}</translation>
    </message>
    <message>
        <source>Reminding you anyway, despite the quiet time.</source>
        <translation>Lembrando mesmo assim, apesar do tempo de silêncio.</translation>
    </message>
    <message>
        <source>Activity cannot be read here: counting unlocked time.</source>
        <translation>A atividade não pode ser lida aqui: contando o tempo desbloqueado.</translation>
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
        <translation>O disco está cheio: seu histórico fica na memória e será salvo quando houver espaço.</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>a pasta {folder} é somente leitura</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the folder or file is read-only</source>
        <translation>a pasta ou o arquivo é somente leitura</translation>
    </message>
    <message>
        <source>another program holds the database locked</source>
        <translation>outro programa mantém o banco de dados bloqueado</translation>
    </message>
    <message>
        <source>Your activity cannot be saved right now because {reason}. It is kept in memory and saved as soon as the disk accepts it again.</source>
        <translation>A sua atividade não pode ser salva agora porque {reason}. Ela fica na memória e será salva assim que o disco aceitar de novo.</translation>
    </message>
    <message>
        <source>Part of your history could not be saved ({reason}).</source>
        <translation>Parte do seu histórico não pôde ser salva ({reason}).</translation>
    </message>
    <message>
        <source>Your history file could not be read because it is damaged. It was moved to {moved} and a new history starts now.</source>
        <translation>Não foi possível ler o seu arquivo de histórico porque ele está danificado. Ele foi movido para {moved} e um novo histórico começa agora.</translation>
    </message>
    <message>
        <source>Your history ({path}) was written by a newer version of Desk Mobility (schema {version}; this version knows up to {known}). It is shown read-only and left unchanged; new activity is not saved until you update.</source>
        <translation>O seu histórico ({path}) foi gravado por uma versão mais nova do Desk Mobility (esquema {version}; esta versão conhece até o {known}). Ele é mostrado somente para leitura e não é alterado; a nova atividade só é salva depois que você atualizar.</translation>
    </message>
    <message>
        <source>Your history ({path}) cannot be saved because {reason}. Past weeks are shown, but new activity is not saved until this is fixed.</source>
        <translation>O seu histórico ({path}) não pode ser salvo porque {reason}. As semanas passadas são mostradas, mas a nova atividade só é salva quando isso for resolvido.</translation>
    </message>
    <message>
        <source>Your history cannot be saved to {path} because {reason}. Desk Mobility keeps running and remembers today&apos;s activity until you quit.</source>
        <translation>O seu histórico não pode ser salvo em {path} porque {reason}. O Desk Mobility continua rodando e guarda a atividade de hoje até você sair.</translation>
    </message>
    <message>
        <source>Your history could not be read ({reason}).</source>
        <translation>Não foi possível ler o seu histórico ({reason}).</translation>
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
        <translation>Fazer uma pausa agora</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Pular esta pausa</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Por 30 minutos</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Por 1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Até amanhã</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Retomar os lembretes</translation>
    </message>
    <message>
        <source>Remind me anyway</source>
        <translation>Lembrar mesmo assim</translation>
    </message>
    <message>
        <source>Offer breaks now, despite the call or do not disturb</source>
        <translation>Oferecer pausas agora, apesar da chamada ou do “Não perturbe”</translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation>Histórico semanal</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Quit Desk Mobility</source>
        <translation>Sair do Desk Mobility</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Adiar {minutes} min</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Pausar os lembretes</translation>
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
        <translation>Tempo sentado</translation>
    </message>
    <message>
        <source>Longest stretch</source>
        <translation>Maior período sentado</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Pausas feitas</translation>
    </message>
    <message>
        <source>Routines done</source>
        <translation>Sessões concluídas</translation>
    </message>
    <message>
        <source>Routine streak</source>
        <translation>Sequência de sessões</translation>
    </message>
    <message>
        <source>Upper-back tightness</source>
        <translation>Rigidez das costas superiores</translation>
    </message>
</context>
</TS>
