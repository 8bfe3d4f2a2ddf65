<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccessibleCounts</name>
    <message numerus="yes">
        <source>%n seconds of rest left</source>
        <translation>
            <numerusform>encore %Ln seconde de repos</numerusform>
            <numerusform>encore %Ln secondes de repos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>À noter</translation>
    </message>
    <message>
        <source>… and {count} more; the log has them all: {log}</source>
        <translation>… et {count} autres ; le journal les contient tous : {log}</translation>
    </message>
    <message>
        <source>The guide could not open</source>
        <translation>Le guide n’a pas pu s’ouvrir</translation>
    </message>
    <message>
        <source>{app} is already running; its window is shown again.</source>
        <translation>{app} est déjà lancé ; sa fenêtre s’affiche de nouveau.</translation>
    </message>
    <message>
        <source>{app} is already running: see its icon in the system tray.</source>
        <translation>{app} est déjà lancé : son icône est dans la zone de notification.</translation>
    </message>
</context>
<context>
    <name>CSV</name>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>utc_offset</source>
        <translation>décalage UTC</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>répétitions</translation>
    </message>
    <message>
        <source>tightness</source>
        <translation>raideur</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>détail</translation>
    </message>
    <message>
        <source>start_utc</source>
        <translation>début (UTC)</translation>
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
            <numerusform>environ %Ln minute</numerusform>
            <numerusform>environ %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%Ln répétition</numerusform>
            <numerusform>%Ln répétitions</numerusform>
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
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations</source>
        <translation>
            <numerusform>%Ln rotation</numerusform>
            <numerusform>%Ln rotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routines</source>
        <translation>
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks offered</source>
        <translation>
            <numerusform>%Ln pause proposée</numerusform>
            <numerusform>%Ln pauses proposées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks on your own</source>
        <translation>
            <numerusform>%Ln pause de votre propre initiative</numerusform>
            <numerusform>%Ln pauses de votre propre initiative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%Ln évaluation</numerusform>
            <numerusform>%Ln évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Breathe into your upper back. Let it widen as you inhale.</source>
        <translation>Respirez dans le haut du dos. Laissez-le s’élargir à l’inspiration.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Now to the right. Same squeeze, same rounding.</source>
        <translation>Maintenant vers la droite. Même pression, même arrondi.</translation>
    </message>
    <message>
        <source>Now to the left. Same squeeze, same rounding.</source>
        <translation>Maintenant vers la gauche. Même pression, même arrondi.</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>The flashlight</source>
        <translation>La lampe de poche</translation>
    </message>
    <message>
        <source>Stay rounded</source>
        <translation>Restez arrondi</translation>
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
        <translation>G</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the user&apos;s right side: a letter or a very short word</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Compter une répétition</translation>
    </message>
    <message>
        <source>Counts one rotation, like Space</source>
        <translation>Compte une rotation, comme Espace</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>to the right</source>
        <translation>vers la droite</translation>
    </message>
    <message>
        <source>to the left</source>
        <translation>vers la gauche</translation>
    </message>
    <message>
        <source>SET {number} OF {sets}</source>
        <translation>SÉRIE {number} SUR {sets}</translation>
    </message>
    <message>
        <source>Guided · turn {turn} · hold {hold} · back {back}</source>
        <translation>Rythme guidé · tourner {turn} · tenir {hold} · revenir {back}</translation>
    </message>
    <message>
        <source>Self-paced · press Space (or click the figure) after each rotation</source>
        <translation>À votre rythme · appuyez sur Espace (ou cliquez sur la silhouette) après chaque rotation</translation>
    </message>
    <message>
        <source>End the session now? What you did is saved.
Esc ends it · any other key keeps going</source>
        <translation>Terminer la séance maintenant ? Ce que vous avez fait est enregistré.
Échap termine · toute autre touche continue</translation>
    </message>
    <message>
        <source>Paused · press P to resume</source>
        <translation>En pause · appuyez sur P pour reprendre</translation>
    </message>
    <message>
        <source>Switch sides: now to the right in {seconds}</source>
        <translation>Changement de côté : vers la droite dans {seconds}</translation>
    </message>
    <message>
        <source>Switch sides: now to the left in {seconds}</source>
        <translation>Changement de côté : vers la gauche dans {seconds}</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Nice set.</source>
        <translation>Belle série.</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Passer le repos</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>repos</translation>
    </message>
    <message>
        <source>REST · SET {number} OF {sets} DONE</source>
        <translation>REPOS · SÉRIE {number} SUR {sets} TERMINÉE</translation>
    </message>
    <message>
        <source>Nice set. Breathe.</source>
        <translation>Belle série. Respirez.</translation>
    </message>
    <message>
        <source>Next: set {number} of {sets}, starting {side}.</source>
        <translation>Ensuite : série {number} sur {sets}, en commençant {side}.</translation>
    </message>
    <message>
        <source>End early? Esc again ends and saves</source>
        <translation>Arrêter plus tôt ? Échap encore une fois termine et enregistre</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>Pause active</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Slightly rounded, like a baby crunch</source>
        <translation>Légèrement arrondi, comme un mini crunch</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>À quel point le haut de votre dos est-il raide en ce moment ?</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Pourquoi ça aide</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <translation>Rythme guidé</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>À votre rythme</translation>
    </message>
    <message>
        <source>{sets} × {reps} each way
{about_minutes} · {mode}</source>
        <translation>{sets} × {reps} de chaque côté
{about_minutes} · {mode}</translation>
    </message>
    <message>
        <source>Your upper back was built to rotate</source>
        <translation>Le haut de votre dos est fait pour tourner</translation>
    </message>
    <message>
        <source>What the movement is</source>
        <translation>En quoi consiste le mouvement</translation>
    </message>
    <message>
        <source>Why it stiffens</source>
        <translation>Pourquoi il se raidit</translation>
    </message>
    <message>
        <source>What you get</source>
        <translation>Ce que vous y gagnez</translation>
    </message>
    <message>
        <source>Signs your upper back is locked</source>
        <translation>Signes d’un haut du dos bloqué</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotations</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Séances cette semaine</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>Et maintenant ? À quel point le haut de votre dos est-il raide ?</translation>
    </message>
    <message>
        <source>SESSION COMPLETE</source>
        <translation>SÉANCE TERMINÉE</translation>
    </message>
    <message>
        <source>SESSION SAVED</source>
        <translation>SÉANCE ENREGISTRÉE</translation>
    </message>
    <message>
        <source>Well done. Your upper back moved today.</source>
        <translation>Bravo. Le haut de votre dos a bougé aujourd’hui.</translation>
    </message>
    <message>
        <source>Good start. What you did is saved.</source>
        <translation>Bon début. Ce que vous avez fait est enregistré.</translation>
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
        <translation>{rotations} : {sides}.</translation>
    </message>
    <message>
        <source>REPS</source>
        <translation>RÉPÉTITIONS</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Série {number}</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>Enregistré dans votre historique.</translation>
    </message>
    <message>
        <source>Saved to your history. Next time, aim for the full {sets} × {reps} each way.</source>
        <translation>Enregistré dans votre historique. La prochaine fois, visez les {sets} × {reps} complètes de chaque côté.</translation>
    </message>
    <message>
        <source>Before: {value} · optional</source>
        <translation>Avant : {value} · facultatif</translation>
    </message>
    <message>
        <source>Optional · 0 loose, 10 very tight</source>
        <translation>Facultatif · 0 souple, 10 très raide</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>End and save</source>
        <translation>Terminer et enregistrer</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Compter une répétition</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Rate tightness</source>
        <translation>Évaluer la raideur</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Effacer l’évaluation</translation>
    </message>
    <message>
        <source>Undo rep</source>
        <translation>Annuler une répétition</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Réactiver le son</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>Arrêter plus tôt</translation>
    </message>
</context>
<context>
    <name>GuideAccessibility</name>
    <message>
        <source>Optional. 0 is loose, 10 very tight. Arrow keys move the choice, Delete clears it.</source>
        <translation>Facultatif. 0 est souple, 10 très raide. Les flèches changent le choix, Suppr l’efface.</translation>
    </message>
    <message>
        <source>%1, loose</source>
        <translation>%1, souple</translation>
    </message>
    <message>
        <source>%1, very tight</source>
        <translation>%1, très raide</translation>
    </message>
    <message>
        <source>Figure: the starting position</source>
        <translation>Silhouette : la position de départ</translation>
    </message>
    <message>
        <source>A person sits upright on a chair, a block squeezed between the thighs, upper back slightly rounded, turned to the right. A beam from the breastbone shows the turn; the small top view shows the hips still square.</source>
        <translation>Une personne est assise bien droite sur une chaise, une brique serrée entre les cuisses, le haut du dos légèrement arrondi, tourné vers la droite. Un faisceau partant du sternum montre la rotation ; la petite vue de dessus montre les hanches toujours de face.</translation>
    </message>
    <message>
        <source>Side view: the rounded upper back</source>
        <translation>Vue de côté : le haut du dos arrondi</translation>
    </message>
    <message>
        <source>Seen from the side, the upper back is slightly rounded, like a baby crunch.</source>
        <translation>Vu de côté, le haut du dos est légèrement arrondi, comme un mini crunch.</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>À quel point le haut de votre dos est-il raide en ce moment ?</translation>
    </message>
    <message>
        <source>What the movement is, why the upper back stiffens and what it gives (W).</source>
        <translation>En quoi consiste le mouvement, pourquoi le haut du dos se raidit et ce qu’il apporte (W).</translation>
    </message>
    <message>
        <source>Start the drill (Enter).</source>
        <translation>Commencer l’exercice (Entrée).</translation>
    </message>
    <message>
        <source>Figure: resting</source>
        <translation>Silhouette : repos</translation>
    </message>
    <message>
        <source>The person sits upright and faces forward, breathing between sets.</source>
        <translation>La personne est assise bien droite, regarde devant elle et respire entre les séries.</translation>
    </message>
    <message>
        <source>Figure: the finished turn</source>
        <translation>Silhouette : la rotation terminée</translation>
    </message>
    <message>
        <source>The person sits upright, upper back turned to the left, hips square.</source>
        <translation>La personne est assise bien droite, le haut du dos tourné vers la gauche, les hanches de face.</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>Et maintenant ? À quel point le haut de votre dos est-il raide ?</translation>
    </message>
    <message>
        <source>Rep counter</source>
        <translation>Compteur de répétitions</translation>
    </message>
    <message>
        <source>Rest countdown</source>
        <translation>Compte à rebours du repos</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>%1 of %2 to the right, set %4 of %5</source>
        <translation>%1 sur %2 vers la droite, série %4 sur %5</translation>
    </message>
    <message>
        <source>%1 of %2 to the left, set %4 of %5</source>
        <translation>%1 sur %2 vers la gauche, série %4 sur %5</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the right and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>Une personne assise sur une chaise tourne le haut du dos vers la droite puis revient au centre, hanches et genoux face à l’avant. Un faisceau partant du sternum balaie comme une lampe de poche ; la petite vue de dessus montre le nombril toujours face à l’avant.</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the left and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>Une personne assise sur une chaise tourne le haut du dos vers la gauche puis revient au centre, hanches et genoux face à l’avant. Un faisceau partant du sternum balaie comme une lampe de poche ; la petite vue de dessus montre le nombril toujours face à l’avant.</translation>
    </message>
    <message>
        <source>Press it, or Space, after each rotation.</source>
        <translation>Appuyez dessus, ou sur Espace, après chaque rotation.</translation>
    </message>
    <message>
        <source>Animated figure</source>
        <translation>Silhouette animée</translation>
    </message>
    <message>
        <source>Rest is over</source>
        <translation>Le repos est terminé</translation>
    </message>
</context>
<context>
    <name>GuideNarration</name>
    <message>
        <source>End the session now? Escape ends it and saves, any other key keeps going.</source>
        <translation>Terminer la séance maintenant ? Échap termine et enregistre, toute autre touche continue.</translation>
    </message>
    <message>
        <source>Keep going.</source>
        <translation>On continue.</translation>
    </message>
    <message>
        <source>Paused. Press P to resume.</source>
        <translation>En pause. Appuyez sur P pour reprendre.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>On reprend.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the right.</source>
        <translation>Série %1 sur %2, vers la droite.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the left.</source>
        <translation>Série %1 sur %2, vers la gauche.</translation>
    </message>
    <message>
        <source>Set %1 of %2 done.</source>
        <translation>Série %1 sur %2 terminée.</translation>
    </message>
    <message>
        <source>Session complete.</source>
        <translation>Séance terminée.</translation>
    </message>
    <message>
        <source>Session ended. What you did is saved.</source>
        <translation>Séance arrêtée. Ce que vous avez fait est enregistré.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 sur %2.</translation>
    </message>
    <message>
        <source>Switch sides: now to the right.</source>
        <translation>Changement de côté : vers la droite.</translation>
    </message>
    <message>
        <source>Switch sides: now to the left.</source>
        <translation>Changement de côté : vers la gauche.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>calls</source>
        <translation>appels</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>ne pas déranger</translation>
    </message>
    <message>
        <source>fullscreen</source>
        <translation>plein écran</translation>
    </message>
    <message>
        <source>{day}: nothing recorded.</source>
        <translation>{day} : rien d’enregistré.</translation>
    </message>
    <message>
        <source>sat {duration}</source>
        <translation>assis {duration}</translation>
    </message>
    <message>
        <source>, longest stretch {duration}</source>
        <translation>, plus longue période assise {duration}</translation>
    </message>
    <message>
        <source>{count} taken</source>
        <translation>{count} prises</translation>
    </message>
    <message>
        <source>{count} snoozed</source>
        <translation>{count} reportées</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} passées</translation>
    </message>
    <message>
        <source>{count} missed</source>
        <translation>{count} manquées</translation>
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
        <translation>{routines} terminées, {reps}</translation>
    </message>
    <message>
        <source>tightness {value} / 10</source>
        <translation>raideur {value} / 10</translation>
    </message>
    <message>
        <source>quiet time {duration}</source>
        <translation>moments calmes {duration}</translation>
    </message>
    <message>
        <source>{day}: {facts}.</source>
        <translation>{day} : {facts}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
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
        <translation>Graphique de la semaine</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · aujourd’hui</translation>
    </message>
    <message>
        <source>{routines} ✓  {reps} reps</source>
        <translation>{routines} ✓  {reps} rép.</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>Évolution de la raideur</translation>
    </message>
    <message>
        <source>{check_ins}, from {first} to {last} out of 10</source>
        <translation>{check_ins}, de {first} à {last} sur 10</translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation>{value} sur {total}</translation>
    </message>
    <message>
        <source>nothing to compare last week</source>
        <translation>rien à comparer avec la semaine dernière</translation>
    </message>
    <message>
        <source>same as last week</source>
        <translation>comme la semaine dernière</translation>
    </message>
    <message>
        <source>same as same days last week</source>
        <translation>comme les mêmes jours la semaine dernière</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs same days last week</source>
        <translation>{arrow} {amount} par rapport aux mêmes jours la semaine dernière</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs last week</source>
        <translation>{arrow} {amount} par rapport à la semaine dernière</translation>
    </message>
    <message>
        <source>Desk Mobility – Weekly history</source>
        <translation>Desk Mobility – Historique de la semaine</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Précédente</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Semaine précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Back to this week (Home)</source>
        <translation>Revenir à cette semaine (Origine)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivante ›</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Semaine suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save this week or your whole history as CSV (Ctrl+E)</source>
        <translation>Enregistrer cette semaine ou tout votre historique en CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>This week…</source>
        <translation>Cette semaine…</translation>
    </message>
    <message>
        <source>All history…</source>
        <translation>Tout l’historique…</translation>
    </message>
    <message>
        <source>Upper-back tightness check-ins, 0 loose to 10 very tight (○ before a routine, ● after)</source>
        <translation>Évaluations de la raideur du haut du dos, de 0 souple à 10 très raide (○ avant une séance, ● après)</translation>
    </message>
    <message>
        <source>Your history could not be read.</source>
        <translation>Votre historique n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>This week, {span}</source>
        <translation>Cette semaine, {span}</translation>
    </message>
    <message>
        <source>Last week, {span}</source>
        <translation>La semaine dernière, {span}</translation>
    </message>
    <message>
        <source>Week, {span}</source>
        <translation>Semaine, {span}</translation>
    </message>
    <message>
        <source>{routines} on {days} of 7 days · {reps} · {own}</source>
        <translation>{routines} sur {days} jours sur 7 · {reps} · {own}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>Cette semaine n’a pas encore commencé.</translation>
    </message>
    <message>
        <source>Press Home or This week to come back to today.</source>
        <translation>Appuyez sur Origine ou sur Cette semaine pour revenir à aujourd’hui.</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week.</source>
        <translation>Rien d’enregistré cette semaine pour l’instant.</translation>
    </message>
    <message>
        <source>Desk Mobility fills this page while it runs in the tray: time spent sitting, the breaks it offers and the rotation routines you do. Keep it running while you work, and take the next break it offers. Or start a routine now from the tray menu.</source>
        <translation>Desk Mobility remplit cette page tant qu’il tourne dans la zone de notification : le temps passé assis, les pauses qu’il propose et vos séances de rotation. Laissez-le tourner pendant que vous travaillez et acceptez la prochaine pause qu’il propose. Ou lancez une séance dès maintenant depuis le menu de l’icône.</translation>
    </message>
    <message>
        <source>Your history starts on {date}.</source>
        <translation>Votre historique commence le {date}.</translation>
    </message>
    <message>
        <source>Nothing recorded this week.</source>
        <translation>Rien d’enregistré cette semaine.</translation>
    </message>
    <message>
        <source>This is before Desk Mobility started keeping your history.</source>
        <translation>C’était avant que Desk Mobility ne commence à tenir votre historique.</translation>
    </message>
    <message>
        <source>Desk Mobility was not running, or you had the week off. A week away from the desk is good for the back too. Press Home to see this week.</source>
        <translation>Desk Mobility ne tournait pas, ou vous étiez en congé cette semaine. Une semaine loin du bureau fait du bien au dos aussi. Appuyez sur Origine pour voir cette semaine.</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>assis</translation>
    </message>
    <message>
        <source>longest unbroken stretch</source>
        <translation>plus longue période assise d’affilée</translation>
    </message>
    <message>
        <source>quiet time (calls, do not disturb)</source>
        <translation>moments calmes (appels, ne pas déranger)</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Pauses :</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>prises</translation>
    </message>
    <message>
        <source>moved when offered</source>
        <translation>bougé quand proposée</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>reportées</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passées</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquées</translation>
    </message>
    <message>
        <source>break on your own</source>
        <translation>pause de votre propre initiative</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exporter l’historique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d’écrire {path} : {error}</translation>
    </message>
    <message>
        <source>Saved {rows} of this week to {path}</source>
        <translation>{rows} de cette semaine enregistrées dans {path}</translation>
    </message>
    <message>
        <source>Saved {rows} of your whole history to {path}</source>
        <translation>{rows} de tout votre historique enregistrées dans {path}</translation>
    </message>
</context>
<context>
    <name>HistoryAccessibility</name>
    <message>
        <source>Week chart</source>
        <translation>Graphique de la semaine</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>Évolution de la raideur</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l’export</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>any key</source>
        <translation>toute touche</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
</context>
<context>
    <name>NarrationCounts</name>
    <message numerus="yes">
        <source>Rest for %n seconds.</source>
        <translation>
            <numerusform>Repos de %Ln seconde.</numerusform>
            <numerusform>Repos de %Ln secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations.</source>
        <translation>
            <numerusform>%Ln rotation.</numerusform>
            <numerusform>%Ln rotations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of rest left.</source>
        <translation>
            <numerusform>Encore %Ln seconde de repos.</numerusform>
            <numerusform>Encore %Ln secondes de repos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoTray</name>
    <message>
        <source>Your desktop has no system tray, so Desk Mobility lives in this small window. Closing it keeps the app running; start Desk Mobility again to bring it back.</source>
        <translation>Votre bureau n’a pas de zone de notification : Desk Mobility vit donc dans cette petite fenêtre. La fermer laisse l’application tourner ; relancez Desk Mobility pour la faire revenir.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Time to move</source>
        <translation>C’est l’heure de bouger</translation>
    </message>
    <message>
        <source>{routine}, {about_minutes}</source>
        <translation>{routine}, {about_minutes}</translation>
    </message>
    <message>
        <source>Seated thoracic rotation</source>
        <translation>Rotation thoracique assise</translation>
    </message>
    <message>
        <source>You have been sitting for {duration}.
{routine}.</source>
        <translation>Vous êtes assis depuis {duration}.
{routine}.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Reporter de {minutes} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Click to open the folder.</source>
        <translation>Cliquez pour ouvrir le dossier.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>you are on a call</source>
        <translation>vous êtes en appel</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>« Ne pas déranger » est activé</translation>
    </message>
    <message>
        <source>a window is fullscreen</source>
        <translation>une fenêtre est en plein écran</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>could not write {location}</source>
        <translation>impossible d’écrire {location}</translation>
    </message>
    <message>
        <source>could not be saved: {error}</source>
        <translation>n’ont pas pu être enregistrés : {error}</translation>
    </message>
    <message>
        <source>Breaks</source>
        <extracomment>&quot;system&quot; follows the desktop; the rest are the languages the app ships (English is the source).</extracomment>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Break after sitting for</source>
        <translation>Pause après une période assise de</translation>
    </message>
    <message>
        <source>Continuous sitting before a break is due.</source>
        <translation>Temps assis sans interruption avant qu’une pause soit due.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>Une absence de cette durée compte comme une pause</translation>
    </message>
    <message>
        <source>Idle or locked at least this long resets the sitting clock.</source>
        <translation>Inactif ou verrouillé au moins aussi longtemps remet le compteur assis à zéro.</translation>
    </message>
    <message>
        <source>Still sitting while idle up to</source>
        <translation>Toujours assis en cas d’inactivité jusqu’à</translation>
    </message>
    <message>
        <source>Reading or thinking without input still counts as sitting.</source>
        <translation>Lire ou réfléchir sans toucher à rien compte encore comme être assis.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Reporter de</translation>
    </message>
    <message>
        <source>How long Snooze postpones a due break.</source>
        <translation>Durée dont Reporter repousse une pause due.</translation>
    </message>
    <message>
        <source>Offer an ignored break again after</source>
        <translation>Reproposer une pause ignorée après</translation>
    </message>
    <message>
        <source>A due break that gets no answer is offered again, gently.</source>
        <translation>Une pause due restée sans réponse est reproposée, en douceur.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Jours de travail</translation>
    </message>
    <message>
        <source>Breaks are only due on these days.</source>
        <translation>Les pauses ne sont dues que ces jours-là.</translation>
    </message>
    <message>
        <source>Working hours from</source>
        <translation>Heures de travail à partir de</translation>
    </message>
    <message>
        <source>No break is due before this time.</source>
        <translation>Aucune pause n’est due avant cette heure.</translation>
    </message>
    <message>
        <source>Working hours until</source>
        <translation>Heures de travail jusqu’à</translation>
    </message>
    <message>
        <source>No break is due after this time.</source>
        <translation>Aucune pause n’est due après cette heure.</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Moments calmes</translation>
    </message>
    <message>
        <source>Wait while a window is fullscreen</source>
        <translation>Attendre tant qu’une fenêtre est en plein écran</translation>
    </message>
    <message>
        <source>Calls, presentations and games are not interrupted; the break waits.</source>
        <translation>Les appels, présentations et jeux ne sont pas interrompus ; la pause attend.</translation>
    </message>
    <message>
        <source>Wait while you are on a call</source>
        <translation>Attendre pendant un appel</translation>
    </message>
    <message>
        <source>While another program uses the microphone or camera, a due break waits.</source>
        <translation>Tant qu’un autre programme utilise le micro ou la caméra, une pause due attend.</translation>
    </message>
    <message>
        <source>Respect do not disturb</source>
        <translation>Respecter « Ne pas déranger »</translation>
    </message>
    <message>
        <source>While the desktop&apos;s do not disturb is on, a due break waits.</source>
        <translation>Tant que « Ne pas déranger » est activé sur le bureau, une pause due attend.</translation>
    </message>
    <message>
        <source>Wait for a pause in typing of</source>
        <translation>Attendre une pause de frappe de</translation>
    </message>
    <message>
        <source>A due break&apos;s notification waits until input stops this long (0: show at once).</source>
        <translation>La notification d’une pause due attend que la saisie s’arrête aussi longtemps (0 : tout de suite).</translation>
    </message>
    <message>
        <source>Wait for a pause at most</source>
        <translation>Attendre une pause au plus</translation>
    </message>
    <message>
        <source>Typing without a pause this long still gets the notification.</source>
        <translation>Même sans pause de frappe aussi longue, la notification finit par s’afficher.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Sets of the drill per break.</source>
        <translation>Séries de l’exercice par pause.</translation>
    </message>
    <message>
        <source>Reps each direction</source>
        <translation>Répétitions de chaque côté</translation>
    </message>
    <message>
        <source>Rotations to each side in every set.</source>
        <translation>Rotations de chaque côté dans chaque série.</translation>
    </message>
    <message>
        <source>Seconds to turn</source>
        <translation>Secondes pour tourner</translation>
    </message>
    <message>
        <source>Guided tempo: time to rotate to end range.</source>
        <translation>Rythme guidé : temps pour tourner jusqu’à l’amplitude maximale.</translation>
    </message>
    <message>
        <source>Pause at end range</source>
        <translation>Pause à l’amplitude maximale</translation>
    </message>
    <message>
        <source>Guided tempo: pause at the end of the turn.</source>
        <translation>Rythme guidé : pause à la fin de la rotation.</translation>
    </message>
    <message>
        <source>Seconds to return</source>
        <translation>Secondes pour revenir</translation>
    </message>
    <message>
        <source>Guided tempo: time to come back to centre.</source>
        <translation>Rythme guidé : temps pour revenir au centre.</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Repos entre les séries</translation>
    </message>
    <message>
        <source>Countdown between sets.</source>
        <translation>Compte à rebours entre les séries.</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <source>Guided: the tempo counts for you. Self-paced: press Space for each rep.</source>
        <translation>Rythme guidé : le tempo compte pour vous. À votre rythme : appuyez sur Espace à chaque répétition.</translation>
    </message>
    <message>
        <source>Pacing sounds</source>
        <translation>Sons de rythme</translation>
    </message>
    <message>
        <source>A soft tick at each rep and a tone at each direction change.</source>
        <translation>Un léger tic à chaque répétition et une tonalité à chaque changement de côté.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Loudness of pacing sounds and the chime.</source>
        <translation>Volume des sons de rythme et du carillon.</translation>
    </message>
    <message>
        <source>%</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Animations réduites</translation>
    </message>
    <message>
        <source>Show key poses instead of a continuous animation.</source>
        <translation>Afficher les positions clés au lieu d’une animation continue.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start Desk Mobility when you log in.</source>
        <translation>Lancer Desk Mobility quand vous ouvrez votre session.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Announce a due break with a desktop notification.</source>
        <translation>Annoncer une pause due par une notification du bureau.</translation>
    </message>
    <message>
        <source>Chime with the notification</source>
        <translation>Carillon avec la notification</translation>
    </message>
    <message>
        <source>A short sound when a break is due (never during quiet times).</source>
        <translation>Un court son quand une pause est due (jamais pendant les moments calmes).</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>La semaine commence le</translation>
    </message>
    <message>
        <source>First day of the week in the weekly history.</source>
        <translation>Premier jour de la semaine dans l’historique de la semaine.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the app; “system” follows your desktop.</source>
        <translation>La langue de l’application ; « system » suit votre bureau.</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>true ou false attendu, reçu {value}</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>nombre attendu, reçu {value}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>nombre entier attendu, reçu {value}</translation>
    </message>
    <message>
        <source>expected a finite number, got {value}</source>
        <translation>nombre fini attendu, reçu {value}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} est inférieur au minimum {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} est supérieur au maximum {maximum}</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} ne fait pas partie de {choices}</translation>
    </message>
    <message>
        <source>expected a time like &quot;08:30&quot;, got {value}</source>
        <translation>heure attendue, comme &quot;08:30&quot;, reçu {value}</translation>
    </message>
    <message>
        <source>expected a list of days like [&quot;mon&quot;], got {value}</source>
        <translation>liste de jours attendue, comme [&quot;mon&quot;], reçu {value}</translation>
    </message>
    <message>
        <source>unknown day {day}</source>
        <translation>jour inconnu {day}</translation>
    </message>
    <message>
        <source>a natural break ({natural} min) must be shorter than the sitting interval ({sit} min)</source>
        <translation>une pause naturelle ({natural} min) doit être plus courte que l’intervalle assis ({sit} min)</translation>
    </message>
    <message>
        <source>short idle ({idle} s) must be shorter than a natural break ({natural} min)</source>
        <translation>une courte inactivité ({idle} s) doit être plus courte qu’une pause naturelle ({natural} min)</translation>
    </message>
    <message>
        <source>choose at least one working day, or no break is ever due</source>
        <translation>choisissez au moins un jour de travail, sinon aucune pause n’est jamais due</translation>
    </message>
    <message>
        <source>working hours end ({end}) before they start ({start})</source>
        <translation>les heures de travail finissent ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>réglage inconnu</translation>
    </message>
    <message>
        <source>{key}: {reason}; using the default {default}</source>
        <translation>{key} : {reason} ; valeur par défaut utilisée : {default}</translation>
    </message>
    <message>
        <source>[{name}] is written as a list of tables [[{name}]]; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] est écrit comme une liste de tables [[{name}]] ; ses réglages vont dans une seule table [{name}]. Rien n’en a été appliqué.</translation>
    </message>
    <message>
        <source>[{name}] is written as a value; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] est écrit comme une valeur ; ses réglages vont dans une seule table [{name}]. Rien n’en a été appliqué.</translation>
    </message>
    <message>
        <source>Unknown section {names}, not applied.</source>
        <translation>Section inconnue {names}, non appliquée.</translation>
    </message>
    <message>
        <source>Unknown sections {names}, not applied.</source>
        <translation>Sections inconnues {names}, non appliquées.</translation>
    </message>
    <message>
        <source>Unknown setting {names}, ignored.</source>
        <translation>Réglage inconnu {names}, ignoré.</translation>
    </message>
    <message>
        <source>Unknown settings {names}, ignored.</source>
        <translation>Réglages inconnus {names}, ignorés.</translation>
    </message>
    <message>
        <source>In the wrong place, not applied: {names}.</source>
        <translation>Au mauvais endroit, non appliqué : {names}.</translation>
    </message>
    <message>
        <source>{name} (it belongs under [{section}])</source>
        <translation>{name} (il va sous [{section}])</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} et {count} autres</translation>
    </message>
    <message>
        <source>{key}: reset with {other}; using the default {default}</source>
        <translation>{key} : réinitialisé avec {other} ; valeur par défaut utilisée : {default}</translation>
    </message>
    <message>
        <source>settings conflict with each other; all defaults are in use</source>
        <translation>les réglages se contredisent ; toutes les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <extracomment>The languages with a translation, as the settings name them. Each language in its own words, as a language menu shows it (Qt&apos;s own names vary with the region, e.g. &quot;español de España&quot;).</extracomment>
        <translation>Comme sur cet ordinateur</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <extracomment>How a choice reads in the dialog; the file keeps the short value.</extracomment>
        <translation>Rythme guidé</translation>
    </message>
    <message>
        <source>Self-paced (Space per rep)</source>
        <translation>À votre rythme (Espace à chaque répétition)</translation>
    </message>
    <message>
        <source>As in your region</source>
        <translation>Comme dans votre région</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{minimum} to {maximum}</source>
        <extracomment>Settings that only matter while another one is on: (key, predicate on pending values). Mnemonic letters the standard buttons already use (OK, Apply, Cancel, Restore Defaults).</extracomment>
        <translation>de {minimum} à {maximum}</translation>
    </message>
    <message>
        <source>{app} Settings</source>
        <translation>Réglages de {app}</translation>
    </message>
    <message>
        <source>Could not apply the settings: {error}</source>
        <translation>Impossible d’appliquer les réglages : {error}</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des réglages</translation>
    </message>
    <message>
        <source>“{setting}” ({section})</source>
        <translation>« {setting} » ({section})</translation>
    </message>
    <message>
        <source>Fix {where} to apply. Nothing has changed yet.</source>
        <translation>Corrigez {where} pour appliquer. Rien n’a encore changé.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Sitting for {duration}</source>
        <translation>Assis depuis {duration}</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>En pause jusqu’à {time}</translation>
    </message>
    <message>
        <source>{sitting} · snoozed until {time}</source>
        <translation>{sitting} · reportée jusqu’à {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting until the fullscreen window closes</source>
        <translation>{sitting} · la pause attend la fermeture de la fenêtre plein écran</translation>
    </message>
    <message>
        <source>{why} since {time}</source>
        <translation>{why} depuis {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting: {why}</source>
        <translation>{sitting} · la pause attend : {why}</translation>
    </message>
    <message>
        <source>{sitting} · quiet: {why}</source>
        <translation>{sitting} · moment calme : {why}</translation>
    </message>
    <message>
        <source>{sitting} · time for a break (shown at a pause in your typing)</source>
        <translation>{sitting} · c’est l’heure d’une pause (affichée à une pause de frappe)</translation>
    </message>
    <message>
        <source>{sitting} · time for a break</source>
        <translation>{sitting} · c’est l’heure d’une pause</translation>
    </message>
    <message>
        <source>{sitting} · outside working hours</source>
        <translation>{sitting} · en dehors des heures de travail</translation>
    </message>
    <message>
        <source>{sitting} · next break in {duration}</source>
        <translation>{sitting} · prochaine pause dans {duration}</translation>
    </message>
    <message>
        <source>Reminding you anyway, despite the quiet time.</source>
        <translation>Rappel quand même, malgré le moment calme.</translation>
    </message>
    <message>
        <source>Activity cannot be read here: counting unlocked time.</source>
        <translation>L’activité ne peut pas être lue ici : le temps déverrouillé est compté.</translation>
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
        <translation>Le disque est plein : votre historique est gardé en mémoire et enregistré dès qu’il y aura de la place.</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>le dossier {folder} est en lecture seule</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the folder or file is read-only</source>
        <translation>le dossier ou le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>another program holds the database locked</source>
        <translation>un autre programme bloque la base de données</translation>
    </message>
    <message>
        <source>Your activity cannot be saved right now because {reason}. It is kept in memory and saved as soon as the disk accepts it again.</source>
        <translation>Votre activité ne peut pas être enregistrée pour l’instant, car {reason}. Elle est gardée en mémoire et sera enregistrée dès que le disque l’acceptera de nouveau.</translation>
    </message>
    <message>
        <source>Part of your history could not be saved ({reason}).</source>
        <translation>Une partie de votre historique n’a pas pu être enregistrée ({reason}).</translation>
    </message>
    <message>
        <source>Your history file could not be read because it is damaged. It was moved to {moved} and a new history starts now.</source>
        <translation>Votre fichier d’historique n’a pas pu être lu, car il est endommagé. Il a été déplacé vers {moved} et un nouvel historique commence maintenant.</translation>
    </message>
    <message>
        <source>Your history ({path}) was written by a newer version of Desk Mobility (schema {version}; this version knows up to {known}). It is shown read-only and left unchanged; new activity is not saved until you update.</source>
        <translation>Votre historique ({path}) a été écrit par une version plus récente de Desk Mobility (schéma {version} ; cette version connaît jusqu’à {known}). Il est affiché en lecture seule et laissé intact ; la nouvelle activité n’est pas enregistrée tant que vous ne faites pas la mise à jour.</translation>
    </message>
    <message>
        <source>Your history ({path}) cannot be saved because {reason}. Past weeks are shown, but new activity is not saved until this is fixed.</source>
        <translation>Votre historique ({path}) ne peut pas être enregistré, car {reason}. Les semaines passées sont affichées, mais la nouvelle activité n’est pas enregistrée tant que ce n’est pas réglé.</translation>
    </message>
    <message>
        <source>Your history cannot be saved to {path} because {reason}. Desk Mobility keeps running and remembers today&apos;s activity until you quit.</source>
        <translation>Votre historique ne peut pas être enregistré dans {path}, car {reason}. Desk Mobility continue de tourner et garde l’activité du jour en mémoire jusqu’à ce que vous le quittiez.</translation>
    </message>
    <message>
        <source>Your history could not be read ({reason}).</source>
        <translation>Votre historique n’a pas pu être lu ({reason}).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Start break now</source>
        <translation>Faire une pause maintenant</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Passer cette pause</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Pendant 30 minutes</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <source>Remind me anyway</source>
        <translation>Me rappeler quand même</translation>
    </message>
    <message>
        <source>Offer breaks now, despite the call or do not disturb</source>
        <translation>Proposer les pauses maintenant, malgré l’appel ou « Ne pas déranger »</translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation>Historique de la semaine</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>Quit Desk Mobility</source>
        <translation>Quitter Desk Mobility</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Reporter de {minutes} min</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
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
        <translation>Temps assis</translation>
    </message>
    <message>
        <source>Longest stretch</source>
        <translation>Plus longue période assise</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Pauses prises</translation>
    </message>
    <message>
        <source>Routines done</source>
        <translation>Séances terminées</translation>
    </message>
    <message>
        <source>Routine streak</source>
        <translation>Jours de séance d’affilée</translation>
    </message>
    <message>
        <source>Upper-back tightness</source>
        <translation>Raideur du haut du dos</translation>
    </message>
</context>
</TS>
