<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccessibleCounts</name>
    <message numerus="yes">
        <source>%n seconds of rest left</source>
        <translation>
            <numerusform>بقيت %Ln ثانية راحة</numerusform>
            <numerusform>بقيت ثانية واحدة راحة</numerusform>
            <numerusform>بقيت ثانيتان راحة</numerusform>
            <numerusform>بقيت %Ln ثوانٍ راحة</numerusform>
            <numerusform>بقيت %Ln ثانية راحة</numerusform>
            <numerusform>بقيت %Ln ثانية راحة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>يُرجى الانتباه</translation>
    </message>
    <message>
        <source>… and {count} more; the log has them all: {log}</source>
        <translation>… و{count} غيرها؛ السجل يحويها كلها: {log}</translation>
    </message>
    <message>
        <source>The guide could not open</source>
        <translation>تعذّر فتح الدليل</translation>
    </message>
    <message>
        <source>{app} is already running; its window is shown again.</source>
        <translation>{app} يعمل بالفعل؛ عُرضت نافذته مرة أخرى.</translation>
    </message>
    <message>
        <source>{app} is already running: see its icon in the system tray.</source>
        <translation>{app} يعمل بالفعل: تجد أيقونته في علبة النظام.</translation>
    </message>
</context>
<context>
    <name>CSV</name>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>end</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>utc_offset</source>
        <translation>فرق التوقيت عن UTC</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>tightness</source>
        <translation>الشدّ</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>start_utc</source>
        <translation>البداية (UTC)</translation>
    </message>
    <message>
        <source>end_utc</source>
        <translation>النهاية (UTC)</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>نحو %Ln دقيقة</numerusform>
            <numerusform>نحو دقيقة واحدة</numerusform>
            <numerusform>نحو دقيقتين</numerusform>
            <numerusform>نحو %Ln دقائق</numerusform>
            <numerusform>نحو %Ln دقيقة</numerusform>
            <numerusform>نحو %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%Ln تكرار</numerusform>
            <numerusform>تكرار واحد</numerusform>
            <numerusform>تكراران</numerusform>
            <numerusform>%Ln تكرارات</numerusform>
            <numerusform>%Ln تكرارًا</numerusform>
            <numerusform>%Ln تكرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%Ln مجموعة</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%Ln مجموعات</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations</source>
        <translation>
            <numerusform>%Ln دوران</numerusform>
            <numerusform>دوران واحد</numerusform>
            <numerusform>دورانان</numerusform>
            <numerusform>%Ln دورانات</numerusform>
            <numerusform>%Ln دورانًا</numerusform>
            <numerusform>%Ln دوران</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routines</source>
        <translation>
            <numerusform>%Ln جلسة</numerusform>
            <numerusform>جلسة واحدة</numerusform>
            <numerusform>جلستان</numerusform>
            <numerusform>%Ln جلسات</numerusform>
            <numerusform>%Ln جلسة</numerusform>
            <numerusform>%Ln جلسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks offered</source>
        <translation>
            <numerusform>%Ln استراحة مقترحة</numerusform>
            <numerusform>استراحة مقترحة واحدة</numerusform>
            <numerusform>استراحتان مقترحتان</numerusform>
            <numerusform>%Ln استراحات مقترحة</numerusform>
            <numerusform>%Ln استراحة مقترحة</numerusform>
            <numerusform>%Ln استراحة مقترحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks on your own</source>
        <translation>
            <numerusform>%Ln استراحة بمبادرتك</numerusform>
            <numerusform>استراحة واحدة بمبادرتك</numerusform>
            <numerusform>استراحتان بمبادرتك</numerusform>
            <numerusform>%Ln استراحات بمبادرتك</numerusform>
            <numerusform>%Ln استراحة بمبادرتك</numerusform>
            <numerusform>%Ln استراحة بمبادرتك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%Ln تقييم</numerusform>
            <numerusform>تقييم واحد</numerusform>
            <numerusform>تقييمان</numerusform>
            <numerusform>%Ln تقييمات</numerusform>
            <numerusform>%Ln تقييمًا</numerusform>
            <numerusform>%Ln تقييم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%Ln صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و%Ln غيرها</numerusform>
            <numerusform>وواحد غيره</numerusform>
            <numerusform>واثنان غيرهما</numerusform>
            <numerusform>و%Ln غيرها</numerusform>
            <numerusform>و%Ln غيرها</numerusform>
            <numerusform>و%Ln غيرها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Breathe into your upper back. Let it widen as you inhale.</source>
        <translation>تنفّس نحو أعلى ظهرك. دعه يتّسع مع الشهيق.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>راحة</translation>
    </message>
    <message>
        <source>Now to the right. Same squeeze, same rounding.</source>
        <translation>الآن إلى اليمين. الضغط نفسه، والتقوّس نفسه.</translation>
    </message>
    <message>
        <source>Now to the left. Same squeeze, same rounding.</source>
        <translation>الآن إلى اليسار. الضغط نفسه، والتقوّس نفسه.</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>بدّل الجانب</translation>
    </message>
    <message>
        <source>The flashlight</source>
        <translation>المصباح اليدوي</translation>
    </message>
    <message>
        <source>Stay rounded</source>
        <translation>حافظ على التقوّس</translation>
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
        <translation>يسار</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the user&apos;s right side: a letter or a very short word</comment>
        <translation>يمين</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>احسب تكرارًا</translation>
    </message>
    <message>
        <source>Counts one rotation, like Space</source>
        <translation>يحسب دورانًا واحدًا، مثل مفتاح المسافة</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>to the right</source>
        <translation>إلى اليمين</translation>
    </message>
    <message>
        <source>to the left</source>
        <translation>إلى اليسار</translation>
    </message>
    <message>
        <source>SET {number} OF {sets}</source>
        <translation>المجموعة {number} من {sets}</translation>
    </message>
    <message>
        <source>Guided · turn {turn} · hold {hold} · back {back}</source>
        <translation>إيقاع موجَّه · الدوران {turn} · الثبات {hold} · العودة {back}</translation>
    </message>
    <message>
        <source>Self-paced · press Space (or click the figure) after each rotation</source>
        <translation>بإيقاعك الخاص · اضغط مسافة (أو انقر على الشكل) بعد كل دوران</translation>
    </message>
    <message>
        <source>End the session now? What you did is saved.
Esc ends it · any other key keeps going</source>
        <translation>إنهاء الجلسة الآن؟ ما أنجزته محفوظ.
Esc ينهيها · أي مفتاح آخر للمتابعة</translation>
    </message>
    <message>
        <source>Paused · press P to resume</source>
        <translation>متوقف مؤقتًا · اضغط P للاستئناف</translation>
    </message>
    <message>
        <source>Switch sides: now to the right in {seconds}</source>
        <translation>تبديل الجانب: إلى اليمين بعد {seconds}</translation>
    </message>
    <message>
        <source>Switch sides: now to the left in {seconds}</source>
        <translation>تبديل الجانب: إلى اليسار بعد {seconds}</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>راحة</translation>
    </message>
    <message>
        <source>Nice set.</source>
        <translation>مجموعة رائعة.</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>تخطَّ الراحة</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>راحة</translation>
    </message>
    <message>
        <source>REST · SET {number} OF {sets} DONE</source>
        <translation>راحة · انتهت المجموعة {number} من {sets}</translation>
    </message>
    <message>
        <source>Nice set. Breathe.</source>
        <translation>مجموعة رائعة. تنفّس.</translation>
    </message>
    <message>
        <source>Next: set {number} of {sets}, starting {side}.</source>
        <translation>التالي: المجموعة {number} من {sets}، بدءًا {side}.</translation>
    </message>
    <message>
        <source>End early? Esc again ends and saves</source>
        <translation>إنهاء مبكر؟ اضغط Esc مرة أخرى للإنهاء والحفظ</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>استراحة حركة</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>قبل أن تبدأ</translation>
    </message>
    <message>
        <source>Slightly rounded, like a baby crunch</source>
        <translation>مقوّس قليلًا، كتمرين بطن خفيف</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>ما مدى شدّ أعلى ظهرك الآن؟</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>لماذا يفيد هذا</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <translation>إيقاع موجَّه</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>بإيقاعك الخاص</translation>
    </message>
    <message>
        <source>{sets} × {reps} each way
{about_minutes} · {mode}</source>
        <translation>{sets} × {reps} لكل جانب
{about_minutes} · {mode}</translation>
    </message>
    <message>
        <source>Your upper back was built to rotate</source>
        <translation>أعلى ظهرك خُلق ليدور</translation>
    </message>
    <message>
        <source>What the movement is</source>
        <translation>ما هذه الحركة</translation>
    </message>
    <message>
        <source>Why it stiffens</source>
        <translation>لماذا يتيبّس</translation>
    </message>
    <message>
        <source>What you get</source>
        <translation>ما الذي تكسبه</translation>
    </message>
    <message>
        <source>Signs your upper back is locked</source>
        <translation>علامات تيبّس أعلى الظهر</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>الدورانات</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>جلسات هذا الأسبوع</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>والآن؟ ما مدى شدّ أعلى ظهرك؟</translation>
    </message>
    <message>
        <source>SESSION COMPLETE</source>
        <translation>اكتملت الجلسة</translation>
    </message>
    <message>
        <source>SESSION SAVED</source>
        <translation>حُفظت الجلسة</translation>
    </message>
    <message>
        <source>Well done. Your upper back moved today.</source>
        <translation>أحسنت. تحرّك أعلى ظهرك اليوم.</translation>
    </message>
    <message>
        <source>Good start. What you did is saved.</source>
        <translation>بداية جيدة. ما أنجزته محفوظ.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
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
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>المجموعة {number}</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>حُفظ في سجلك.</translation>
    </message>
    <message>
        <source>Saved to your history. Next time, aim for the full {sets} × {reps} each way.</source>
        <translation>حُفظ في سجلك. في المرة القادمة، استهدف {sets} × {reps} كاملة لكل جانب.</translation>
    </message>
    <message>
        <source>Before: {value} · optional</source>
        <translation>قبل: {value} · اختياري</translation>
    </message>
    <message>
        <source>Optional · 0 loose, 10 very tight</source>
        <translation>اختياري · ٠ مرتخٍ، ١٠ مشدود جدًا</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>End and save</source>
        <translation>إنهاء وحفظ</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>احسب تكرارًا</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Rate tightness</source>
        <translation>قيّم الشدّ</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>امسح التقييم</translation>
    </message>
    <message>
        <source>Undo rep</source>
        <translation>تراجع عن تكرار</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>إلغاء الكتم</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>كتم الصوت</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>إنهاء مبكر</translation>
    </message>
</context>
<context>
    <name>GuideAccessibility</name>
    <message>
        <source>Optional. 0 is loose, 10 very tight. Arrow keys move the choice, Delete clears it.</source>
        <translation>اختياري. ٠ مرتخٍ، و١٠ مشدود جدًا. مفاتيح الأسهم تغيّر الاختيار، وحذف يمسحه.</translation>
    </message>
    <message>
        <source>%1, loose</source>
        <translation>%1، مرتخٍ</translation>
    </message>
    <message>
        <source>%1, very tight</source>
        <translation>%1، مشدود جدًا</translation>
    </message>
    <message>
        <source>Figure: the starting position</source>
        <translation>الشكل: وضعية البداية</translation>
    </message>
    <message>
        <source>A person sits upright on a chair, a block squeezed between the thighs, upper back slightly rounded, turned to the right. A beam from the breastbone shows the turn; the small top view shows the hips still square.</source>
        <translation>شخص يجلس منتصبًا على كرسي، ومكعب مضغوط بين فخذيه، وأعلى ظهره مقوّس قليلًا ومستدير إلى اليمين. شعاع من عظمة القص يُظهر الدوران؛ والمنظر الصغير من الأعلى يُظهر الوركين ما زالا مستقيمين.</translation>
    </message>
    <message>
        <source>Side view: the rounded upper back</source>
        <translation>منظر جانبي: أعلى الظهر المقوّس</translation>
    </message>
    <message>
        <source>Seen from the side, the upper back is slightly rounded, like a baby crunch.</source>
        <translation>من الجانب، يبدو أعلى الظهر مقوّسًا قليلًا، كتمرين بطن خفيف.</translation>
    </message>
    <message>
        <source>How tight is your upper back right now?</source>
        <translation>ما مدى شدّ أعلى ظهرك الآن؟</translation>
    </message>
    <message>
        <source>What the movement is, why the upper back stiffens and what it gives (W).</source>
        <translation>ما هذه الحركة، ولماذا يتيبّس أعلى الظهر، وما الذي تمنحه (W).</translation>
    </message>
    <message>
        <source>Start the drill (Enter).</source>
        <translation>ابدأ التمرين (إدخال).</translation>
    </message>
    <message>
        <source>Figure: resting</source>
        <translation>الشكل: راحة</translation>
    </message>
    <message>
        <source>The person sits upright and faces forward, breathing between sets.</source>
        <translation>يجلس الشخص منتصبًا وينظر إلى الأمام ويتنفّس بين المجموعات.</translation>
    </message>
    <message>
        <source>Figure: the finished turn</source>
        <translation>الشكل: الدوران المكتمل</translation>
    </message>
    <message>
        <source>The person sits upright, upper back turned to the left, hips square.</source>
        <translation>يجلس الشخص منتصبًا، وأعلى ظهره مستدير إلى اليسار، والوركان مستقيمان.</translation>
    </message>
    <message>
        <source>And now? How tight is your upper back?</source>
        <translation>والآن؟ ما مدى شدّ أعلى ظهرك؟</translation>
    </message>
    <message>
        <source>Rep counter</source>
        <translation>عدّاد التكرارات</translation>
    </message>
    <message>
        <source>Rest countdown</source>
        <translation>العدّ التنازلي للراحة</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>%1 of %2 to the right, set %4 of %5</source>
        <translation>%1 من %2 إلى اليمين، المجموعة %4 من %5</translation>
    </message>
    <message>
        <source>%1 of %2 to the left, set %4 of %5</source>
        <translation>%1 من %2 إلى اليسار، المجموعة %4 من %5</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the right and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>شخص يجلس على كرسي ويدير أعلى ظهره إلى اليمين ثم يعود إلى المنتصف، والوركان والركبتان متجهة إلى الأمام. شعاع من عظمة القص يجول كمصباح يدوي؛ والمنظر الصغير من الأعلى يُظهر السرّة ما زالت متجهة إلى الأمام.</translation>
    </message>
    <message>
        <source>A person sits on a chair and turns the upper back to the left and back to centre, hips and knees facing forward. A beam from the breastbone sweeps like a flashlight; the small top view shows the belly button still facing forward.</source>
        <translation>شخص يجلس على كرسي ويدير أعلى ظهره إلى اليسار ثم يعود إلى المنتصف، والوركان والركبتان متجهة إلى الأمام. شعاع من عظمة القص يجول كمصباح يدوي؛ والمنظر الصغير من الأعلى يُظهر السرّة ما زالت متجهة إلى الأمام.</translation>
    </message>
    <message>
        <source>Press it, or Space, after each rotation.</source>
        <translation>اضغطه، أو اضغط المسافة، بعد كل دوران.</translation>
    </message>
    <message>
        <source>Animated figure</source>
        <translation>شكل متحرك</translation>
    </message>
    <message>
        <source>Rest is over</source>
        <translation>انتهت الراحة</translation>
    </message>
</context>
<context>
    <name>GuideNarration</name>
    <message>
        <source>End the session now? Escape ends it and saves, any other key keeps going.</source>
        <translation>إنهاء الجلسة الآن؟ Esc ينهيها ويحفظها، وأي مفتاح آخر للمتابعة.</translation>
    </message>
    <message>
        <source>Keep going.</source>
        <translation>نتابع.</translation>
    </message>
    <message>
        <source>Paused. Press P to resume.</source>
        <translation>متوقف مؤقتًا. اضغط P للاستئناف.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>استُؤنفت.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the right.</source>
        <translation>المجموعة %1 من %2، إلى اليمين.</translation>
    </message>
    <message>
        <source>Set %1 of %2, to the left.</source>
        <translation>المجموعة %1 من %2، إلى اليسار.</translation>
    </message>
    <message>
        <source>Set %1 of %2 done.</source>
        <translation>انتهت المجموعة %1 من %2.</translation>
    </message>
    <message>
        <source>Session complete.</source>
        <translation>اكتملت الجلسة.</translation>
    </message>
    <message>
        <source>Session ended. What you did is saved.</source>
        <translation>انتهت الجلسة. ما أنجزته محفوظ.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 من %2.</translation>
    </message>
    <message>
        <source>Switch sides: now to the right.</source>
        <translation>بدّل الجانب: الآن إلى اليمين.</translation>
    </message>
    <message>
        <source>Switch sides: now to the left.</source>
        <translation>بدّل الجانب: الآن إلى اليسار.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>عدم الإزعاج</translation>
    </message>
    <message>
        <source>fullscreen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <source>{day}: nothing recorded.</source>
        <translation>{day}: لا شيء مسجّل.</translation>
    </message>
    <message>
        <source>sat {duration}</source>
        <translation>الجلوس {duration}</translation>
    </message>
    <message>
        <source>, longest stretch {duration}</source>
        <translation>، أطول فترة جلوس {duration}</translation>
    </message>
    <message>
        <source>{count} taken</source>
        <translation>{count} مأخوذة</translation>
    </message>
    <message>
        <source>{count} snoozed</source>
        <translation>{count} مؤجّلة</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} متخطّاة</translation>
    </message>
    <message>
        <source>{count} missed</source>
        <translation>{count} فائتة</translation>
    </message>
    <message>
        <source>{offered} ({outcomes})</source>
        <translation>{offered} ({outcomes})</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{routines} done, {reps}</source>
        <translation>{routines} مكتملة، {reps}</translation>
    </message>
    <message>
        <source>tightness {value} / 10</source>
        <translation>الشدّ {value} / ١٠</translation>
    </message>
    <message>
        <source>quiet time {duration}</source>
        <translation>وقت الهدوء {duration}</translation>
    </message>
    <message>
        <source>{day}: {facts}.</source>
        <translation>{day}: {facts}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
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
        <translation>مخطط الأسبوع</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · اليوم</translation>
    </message>
    <message>
        <source>{routines} ✓  {reps} reps</source>
        <translation>{routines} ✓  {reps} تكرار</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>اتجاه الشدّ</translation>
    </message>
    <message>
        <source>{check_ins}, from {first} to {last} out of 10</source>
        <translation>{check_ins}، من {first} إلى {last} من ١٠</translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation>{value} من {total}</translation>
    </message>
    <message>
        <source>nothing to compare last week</source>
        <translation>لا شيء للمقارنة مع الأسبوع الماضي</translation>
    </message>
    <message>
        <source>same as last week</source>
        <translation>مثل الأسبوع الماضي</translation>
    </message>
    <message>
        <source>same as same days last week</source>
        <translation>مثل الأيام نفسها من الأسبوع الماضي</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs same days last week</source>
        <translation>{arrow} {amount} مقارنة بالأيام نفسها من الأسبوع الماضي</translation>
    </message>
    <message>
        <source>{arrow} {amount} vs last week</source>
        <translation>{arrow} {amount} مقارنة بالأسبوع الماضي</translation>
    </message>
    <message>
        <source>Desk Mobility – Weekly history</source>
        <translation>Desk Mobility – السجل الأسبوعي</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>› السابق</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>الأسبوع السابق (Alt+يسار)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Back to this week (Home)</source>
        <translation>العودة إلى هذا الأسبوع (Home)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>التالي ‹</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>الأسبوع التالي (Alt+يمين)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Save this week or your whole history as CSV (Ctrl+E)</source>
        <translation>احفظ هذا الأسبوع أو سجلك كله بصيغة CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>This week…</source>
        <translation>هذا الأسبوع…</translation>
    </message>
    <message>
        <source>All history…</source>
        <translation>السجل كله…</translation>
    </message>
    <message>
        <source>Upper-back tightness check-ins, 0 loose to 10 very tight (○ before a routine, ● after)</source>
        <translation>تقييمات شدّ أعلى الظهر، من ٠ مرتخٍ إلى ١٠ مشدود جدًا (○ قبل الجلسة، ● بعدها)</translation>
    </message>
    <message>
        <source>Your history could not be read.</source>
        <translation>تعذّرت قراءة سجلك.</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>This week, {span}</source>
        <translation>هذا الأسبوع، {span}</translation>
    </message>
    <message>
        <source>Last week, {span}</source>
        <translation>الأسبوع الماضي، {span}</translation>
    </message>
    <message>
        <source>Week, {span}</source>
        <translation>الأسبوع، {span}</translation>
    </message>
    <message>
        <source>{routines} on {days} of 7 days · {reps} · {own}</source>
        <translation>{routines} في {days} من 7 أيام · {reps} · {own}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>لم يبدأ هذا الأسبوع بعد.</translation>
    </message>
    <message>
        <source>Press Home or This week to come back to today.</source>
        <translation>اضغط Home أو «هذا الأسبوع» للعودة إلى اليوم.</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week.</source>
        <translation>لا شيء مسجّل هذا الأسبوع بعد.</translation>
    </message>
    <message>
        <source>Desk Mobility fills this page while it runs in the tray: time spent sitting, the breaks it offers and the rotation routines you do. Keep it running while you work, and take the next break it offers. Or start a routine now from the tray menu.</source>
        <translation>يملأ Desk Mobility هذه الصفحة ما دام يعمل في علبة النظام: وقت الجلوس، والاستراحات التي يقترحها، وجلسات الدوران التي تؤديها. اتركه يعمل أثناء عملك، وخذ الاستراحة التالية التي يقترحها. أو ابدأ جلسة الآن من قائمة علبة النظام.</translation>
    </message>
    <message>
        <source>Your history starts on {date}.</source>
        <translation>يبدأ سجلك في {date}.</translation>
    </message>
    <message>
        <source>Nothing recorded this week.</source>
        <translation>لا شيء مسجّل هذا الأسبوع.</translation>
    </message>
    <message>
        <source>This is before Desk Mobility started keeping your history.</source>
        <translation>هذا قبل أن يبدأ Desk Mobility بتسجيل سجلك.</translation>
    </message>
    <message>
        <source>Desk Mobility was not running, or you had the week off. A week away from the desk is good for the back too. Press Home to see this week.</source>
        <translation>لم يكن Desk Mobility يعمل، أو كان هذا الأسبوع عطلة لك. أسبوع بعيدًا عن المكتب مفيد للظهر أيضًا. اضغط Home لرؤية هذا الأسبوع.</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>الجلوس</translation>
    </message>
    <message>
        <source>longest unbroken stretch</source>
        <translation>أطول فترة جلوس متواصل</translation>
    </message>
    <message>
        <source>quiet time (calls, do not disturb)</source>
        <translation>وقت الهدوء (المكالمات، عدم الإزعاج)</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>الاستراحات:</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>مأخوذة</translation>
    </message>
    <message>
        <source>moved when offered</source>
        <translation>تحرّكت عند الاقتراح</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>مؤجّلة</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>متخطّاة</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>فائتة</translation>
    </message>
    <message>
        <source>break on your own</source>
        <translation>استراحة بمبادرتك</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>تصدير السجل بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>تعذّرت الكتابة في {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {rows} of this week to {path}</source>
        <translation>حُفظت {rows} من هذا الأسبوع في {path}</translation>
    </message>
    <message>
        <source>Saved {rows} of your whole history to {path}</source>
        <translation>حُفظت {rows} من سجلك كله في {path}</translation>
    </message>
</context>
<context>
    <name>HistoryAccessibility</name>
    <message>
        <source>Week chart</source>
        <translation>مخطط الأسبوع</translation>
    </message>
    <message>
        <source>Tightness trend</source>
        <translation>اتجاه الشدّ</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>نتيجة التصدير</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Enter</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>مسافة للخلف</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>any key</source>
        <translation>أي مفتاح</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
</context>
<context>
    <name>NarrationCounts</name>
    <message numerus="yes">
        <source>Rest for %n seconds.</source>
        <translation>
            <numerusform>راحة لمدة %Ln ثانية.</numerusform>
            <numerusform>راحة لمدة ثانية واحدة.</numerusform>
            <numerusform>راحة لمدة ثانيتين.</numerusform>
            <numerusform>راحة لمدة %Ln ثوانٍ.</numerusform>
            <numerusform>راحة لمدة %Ln ثانية.</numerusform>
            <numerusform>راحة لمدة %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotations.</source>
        <translation>
            <numerusform>%Ln دوران.</numerusform>
            <numerusform>دوران واحد.</numerusform>
            <numerusform>دورانان.</numerusform>
            <numerusform>%Ln دورانات.</numerusform>
            <numerusform>%Ln دورانًا.</numerusform>
            <numerusform>%Ln دوران.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of rest left.</source>
        <translation>
            <numerusform>بقيت %Ln ثانية راحة.</numerusform>
            <numerusform>بقيت ثانية واحدة راحة.</numerusform>
            <numerusform>بقيت ثانيتان راحة.</numerusform>
            <numerusform>بقيت %Ln ثوانٍ راحة.</numerusform>
            <numerusform>بقيت %Ln ثانية راحة.</numerusform>
            <numerusform>بقيت %Ln ثانية راحة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoTray</name>
    <message>
        <source>Your desktop has no system tray, so Desk Mobility lives in this small window. Closing it keeps the app running; start Desk Mobility again to bring it back.</source>
        <translation>لا يوجد في سطح مكتبك علبة نظام، لذلك يعيش Desk Mobility في هذه النافذة الصغيرة. إغلاقها يُبقي التطبيق يعمل؛ شغّل Desk Mobility مرة أخرى لإعادتها.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Time to move</source>
        <translation>حان وقت الحركة</translation>
    </message>
    <message>
        <source>{routine}, {about_minutes}</source>
        <translation>{routine}، {about_minutes}</translation>
    </message>
    <message>
        <source>Seated thoracic rotation</source>
        <translation>الدوران الصدري جالسًا</translation>
    </message>
    <message>
        <source>You have been sitting for {duration}.
{routine}.</source>
        <translation>أنت جالس منذ {duration}.
{routine}.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>أجّل {minutes} د</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطَّ</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Click to open the folder.</source>
        <translation>انقر لفتح المجلد.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>you are on a call</source>
        <translation>أنت في مكالمة</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>وضع عدم الإزعاج مفعّل</translation>
    </message>
    <message>
        <source>a window is fullscreen</source>
        <translation>نافذة بملء الشاشة</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>could not write {location}</source>
        <translation>تعذّرت الكتابة في {location}</translation>
    </message>
    <message>
        <source>could not be saved: {error}</source>
        <translation>تعذّر حفظها: {error}</translation>
    </message>
    <message>
        <source>Breaks</source>
        <extracomment>&quot;system&quot; follows the desktop; the rest are the languages the app ships (English is the source).</extracomment>
        <translation>الاستراحات</translation>
    </message>
    <message>
        <source>Break after sitting for</source>
        <translation>استراحة بعد الجلوس لمدة</translation>
    </message>
    <message>
        <source>Continuous sitting before a break is due.</source>
        <translation>الجلوس المتواصل قبل أن تحين الاستراحة.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>د</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>الغياب هذه المدة يُحسب استراحة</translation>
    </message>
    <message>
        <source>Idle or locked at least this long resets the sitting clock.</source>
        <translation>الخمول أو قفل الشاشة هذه المدة على الأقل يعيد عدّاد الجلوس إلى الصفر.</translation>
    </message>
    <message>
        <source>Still sitting while idle up to</source>
        <translation>ما زلت جالسًا مع خمول حتى</translation>
    </message>
    <message>
        <source>Reading or thinking without input still counts as sitting.</source>
        <translation>القراءة أو التفكير دون لمس أي شيء ما زالا يُحسبان جلوسًا.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>ث</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>التأجيل لمدة</translation>
    </message>
    <message>
        <source>How long Snooze postpones a due break.</source>
        <translation>المدة التي يؤجّل بها «أجّل» استراحة حان وقتها.</translation>
    </message>
    <message>
        <source>Offer an ignored break again after</source>
        <translation>إعادة اقتراح استراحة متجاهَلة بعد</translation>
    </message>
    <message>
        <source>A due break that gets no answer is offered again, gently.</source>
        <translation>الاستراحة التي لا تلقى ردًّا تُقترح مرة أخرى بلطف.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>أيام العمل</translation>
    </message>
    <message>
        <source>Breaks are only due on these days.</source>
        <translation>لا تحين الاستراحات إلا في هذه الأيام.</translation>
    </message>
    <message>
        <source>Working hours from</source>
        <translation>ساعات العمل من</translation>
    </message>
    <message>
        <source>No break is due before this time.</source>
        <translation>لا تحين أي استراحة قبل هذا الوقت.</translation>
    </message>
    <message>
        <source>Working hours until</source>
        <translation>ساعات العمل حتى</translation>
    </message>
    <message>
        <source>No break is due after this time.</source>
        <translation>لا تحين أي استراحة بعد هذا الوقت.</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>الهدوء</translation>
    </message>
    <message>
        <source>Wait while a window is fullscreen</source>
        <translation>الانتظار ما دامت نافذة بملء الشاشة</translation>
    </message>
    <message>
        <source>Calls, presentations and games are not interrupted; the break waits.</source>
        <translation>لا تُقاطَع المكالمات والعروض التقديمية والألعاب؛ الاستراحة تنتظر.</translation>
    </message>
    <message>
        <source>Wait while you are on a call</source>
        <translation>الانتظار أثناء المكالمة</translation>
    </message>
    <message>
        <source>While another program uses the microphone or camera, a due break waits.</source>
        <translation>ما دام برنامج آخر يستخدم الميكروفون أو الكاميرا، تنتظر الاستراحة.</translation>
    </message>
    <message>
        <source>Respect do not disturb</source>
        <translation>احترام وضع عدم الإزعاج</translation>
    </message>
    <message>
        <source>While the desktop&apos;s do not disturb is on, a due break waits.</source>
        <translation>ما دام وضع عدم الإزعاج مفعّلًا على سطح المكتب، تنتظر الاستراحة.</translation>
    </message>
    <message>
        <source>Wait for a pause in typing of</source>
        <translation>انتظار توقف عن الكتابة لمدة</translation>
    </message>
    <message>
        <source>A due break&apos;s notification waits until input stops this long (0: show at once).</source>
        <translation>ينتظر إشعار الاستراحة حتى تتوقف الكتابة هذه المدة (0: اعرضه فورًا).</translation>
    </message>
    <message>
        <source>Wait for a pause at most</source>
        <translation>انتظار التوقف بحد أقصى</translation>
    </message>
    <message>
        <source>Typing without a pause this long still gets the notification.</source>
        <translation>الكتابة دون توقف هذه المدة لا تمنع الإشعار.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>التمرين</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Sets of the drill per break.</source>
        <translation>مجموعات التمرين في كل استراحة.</translation>
    </message>
    <message>
        <source>Reps each direction</source>
        <translation>التكرارات لكل جانب</translation>
    </message>
    <message>
        <source>Rotations to each side in every set.</source>
        <translation>الدورانات إلى كل جانب في كل مجموعة.</translation>
    </message>
    <message>
        <source>Seconds to turn</source>
        <translation>ثوانٍ للدوران</translation>
    </message>
    <message>
        <source>Guided tempo: time to rotate to end range.</source>
        <translation>إيقاع موجَّه: وقت الدوران حتى أقصى مدى.</translation>
    </message>
    <message>
        <source>Pause at end range</source>
        <translation>الثبات عند أقصى مدى</translation>
    </message>
    <message>
        <source>Guided tempo: pause at the end of the turn.</source>
        <translation>إيقاع موجَّه: توقف عند نهاية الدوران.</translation>
    </message>
    <message>
        <source>Seconds to return</source>
        <translation>ثوانٍ للعودة</translation>
    </message>
    <message>
        <source>Guided tempo: time to come back to centre.</source>
        <translation>إيقاع موجَّه: وقت العودة إلى المنتصف.</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>الراحة بين المجموعات</translation>
    </message>
    <message>
        <source>Countdown between sets.</source>
        <translation>عدّ تنازلي بين المجموعات.</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>العدّ</translation>
    </message>
    <message>
        <source>Guided: the tempo counts for you. Self-paced: press Space for each rep.</source>
        <translation>إيقاع موجَّه: الإيقاع يعدّ عنك. بإيقاعك الخاص: اضغط مسافة مع كل تكرار.</translation>
    </message>
    <message>
        <source>Pacing sounds</source>
        <translation>أصوات الإيقاع</translation>
    </message>
    <message>
        <source>A soft tick at each rep and a tone at each direction change.</source>
        <translation>نقرة خفيفة مع كل تكرار ونغمة عند كل تبديل للجانب.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Loudness of pacing sounds and the chime.</source>
        <translation>علوّ أصوات الإيقاع والجرس.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>حركة مخفّفة</translation>
    </message>
    <message>
        <source>Show key poses instead of a continuous animation.</source>
        <translation>اعرض الوضعيات الأساسية بدل رسوم متحركة متواصلة.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>البدء عند تسجيل الدخول</translation>
    </message>
    <message>
        <source>Start Desk Mobility when you log in.</source>
        <translation>شغّل Desk Mobility عند تسجيل دخولك.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>Announce a due break with a desktop notification.</source>
        <translation>أعلِن عن الاستراحة التي حان وقتها بإشعار على سطح المكتب.</translation>
    </message>
    <message>
        <source>Chime with the notification</source>
        <translation>جرس مع الإشعار</translation>
    </message>
    <message>
        <source>A short sound when a break is due (never during quiet times).</source>
        <translation>صوت قصير عندما يحين وقت الاستراحة (أبدًا في أوقات الهدوء).</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>يبدأ الأسبوع يوم</translation>
    </message>
    <message>
        <source>First day of the week in the weekly history.</source>
        <translation>أول يوم في الأسبوع في السجل الأسبوعي.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of the app; “system” follows your desktop.</source>
        <translation>لغة التطبيق؛ «system» تتبع سطح مكتبك.</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>المتوقع true أو false، والمُدخل {value}</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>المتوقع رقم، والمُدخل {value}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>المتوقع عدد صحيح، والمُدخل {value}</translation>
    </message>
    <message>
        <source>expected a finite number, got {value}</source>
        <translation>المتوقع رقم محدود، والمُدخل {value}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} أقل من الحد الأدنى {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} أكبر من الحد الأقصى {maximum}</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} ليس من بين {choices}</translation>
    </message>
    <message>
        <source>expected a time like &quot;08:30&quot;, got {value}</source>
        <translation>المتوقع وقت مثل &quot;08:30&quot;، والمُدخل {value}</translation>
    </message>
    <message>
        <source>expected a list of days like [&quot;mon&quot;], got {value}</source>
        <translation>المتوقع قائمة أيام مثل [&quot;mon&quot;]، والمُدخل {value}</translation>
    </message>
    <message>
        <source>unknown day {day}</source>
        <translation>يوم غير معروف {day}</translation>
    </message>
    <message>
        <source>a natural break ({natural} min) must be shorter than the sitting interval ({sit} min)</source>
        <translation>يجب أن تكون الاستراحة الطبيعية ({natural} د) أقصر من فترة الجلوس ({sit} د)</translation>
    </message>
    <message>
        <source>short idle ({idle} s) must be shorter than a natural break ({natural} min)</source>
        <translation>يجب أن يكون الخمول القصير ({idle} ث) أقصر من الاستراحة الطبيعية ({natural} د)</translation>
    </message>
    <message>
        <source>choose at least one working day, or no break is ever due</source>
        <translation>اختر يوم عمل واحدًا على الأقل، وإلا فلن تحين أي استراحة أبدًا</translation>
    </message>
    <message>
        <source>working hours end ({end}) before they start ({start})</source>
        <translation>تنتهي ساعات العمل ({end}) قبل أن تبدأ ({start})</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>إعداد غير معروف</translation>
    </message>
    <message>
        <source>{key}: {reason}; using the default {default}</source>
        <translation>{key}: {reason}؛ تُستخدم القيمة الافتراضية {default}</translation>
    </message>
    <message>
        <source>[{name}] is written as a list of tables [[{name}]]; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] مكتوب كقائمة جداول [[{name}]]؛ إعداداته مكانها جدول [{name}] واحد. لم يُطبَّق منه شيء.</translation>
    </message>
    <message>
        <source>[{name}] is written as a value; its settings go in one [{name}] table. Nothing in it was applied.</source>
        <translation>[{name}] مكتوب كقيمة؛ إعداداته مكانها جدول [{name}] واحد. لم يُطبَّق منه شيء.</translation>
    </message>
    <message>
        <source>Unknown section {names}, not applied.</source>
        <translation>قسم غير معروف {names}، لم يُطبَّق.</translation>
    </message>
    <message>
        <source>Unknown sections {names}, not applied.</source>
        <translation>أقسام غير معروفة {names}، لم تُطبَّق.</translation>
    </message>
    <message>
        <source>Unknown setting {names}, ignored.</source>
        <translation>إعداد غير معروف {names}، تم تجاهله.</translation>
    </message>
    <message>
        <source>Unknown settings {names}, ignored.</source>
        <translation>إعدادات غير معروفة {names}، تم تجاهلها.</translation>
    </message>
    <message>
        <source>In the wrong place, not applied: {names}.</source>
        <translation>في المكان الخطأ، لم يُطبَّق: {names}.</translation>
    </message>
    <message>
        <source>{name} (it belongs under [{section}])</source>
        <translation>{name} (مكانه تحت [{section}])</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} و{count} غيرها</translation>
    </message>
    <message>
        <source>{key}: reset with {other}; using the default {default}</source>
        <translation>{key}: أُعيد ضبطه مع {other}؛ تُستخدم القيمة الافتراضية {default}</translation>
    </message>
    <message>
        <source>settings conflict with each other; all defaults are in use</source>
        <translation>الإعدادات متعارضة؛ تُستخدم كل القيم الافتراضية</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <extracomment>The languages with a translation, as the settings name them. Each language in its own words, as a language menu shows it (Qt&apos;s own names vary with the region, e.g. &quot;español de España&quot;).</extracomment>
        <translation>كما في هذا الحاسوب</translation>
    </message>
    <message>
        <source>Guided tempo</source>
        <extracomment>How a choice reads in the dialog; the file keeps the short value.</extracomment>
        <translation>إيقاع موجَّه</translation>
    </message>
    <message>
        <source>Self-paced (Space per rep)</source>
        <translation>بإيقاعك الخاص (مسافة لكل تكرار)</translation>
    </message>
    <message>
        <source>As in your region</source>
        <translation>كما في منطقتك</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{minimum} to {maximum}</source>
        <extracomment>Settings that only matter while another one is on: (key, predicate on pending values). Mnemonic letters the standard buttons already use (OK, Apply, Cancel, Restore Defaults).</extracomment>
        <translation>من {minimum} إلى {maximum}</translation>
    </message>
    <message>
        <source>{app} Settings</source>
        <translation>إعدادات {app}</translation>
    </message>
    <message>
        <source>Could not apply the settings: {error}</source>
        <translation>تعذّر تطبيق الإعدادات: {error}</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>أقسام الإعدادات</translation>
    </message>
    <message>
        <source>“{setting}” ({section})</source>
        <translation>«{setting}» ({section})</translation>
    </message>
    <message>
        <source>Fix {where} to apply. Nothing has changed yet.</source>
        <translation>صحّح {where} للتطبيق. لم يتغيّر شيء بعد.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Sitting for {duration}</source>
        <translation>جالس منذ {duration}</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>متوقف مؤقتًا حتى {time}</translation>
    </message>
    <message>
        <source>{sitting} · snoozed until {time}</source>
        <translation>{sitting} · مؤجّلة حتى {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting until the fullscreen window closes</source>
        <translation>{sitting} · الاستراحة تنتظر إغلاق النافذة بملء الشاشة</translation>
    </message>
    <message>
        <source>{why} since {time}</source>
        <translation>{why} منذ {time}</translation>
    </message>
    <message>
        <source>{sitting} · break waiting: {why}</source>
        <translation>{sitting} · الاستراحة تنتظر: {why}</translation>
    </message>
    <message>
        <source>{sitting} · quiet: {why}</source>
        <translation>{sitting} · هدوء: {why}</translation>
    </message>
    <message>
        <source>{sitting} · time for a break (shown at a pause in your typing)</source>
        <translation>{sitting} · حان وقت الاستراحة (تظهر عند توقفك عن الكتابة)</translation>
    </message>
    <message>
        <source>{sitting} · time for a break</source>
        <translation>{sitting} · حان وقت الاستراحة</translation>
    </message>
    <message>
        <source>{sitting} · outside working hours</source>
        <translation>{sitting} · خارج ساعات العمل</translation>
    </message>
    <message>
        <source>{sitting} · next break in {duration}</source>
        <translation>{sitting} · الاستراحة التالية بعد {duration}</translation>
    </message>
    <message>
        <source>Reminding you anyway, despite the quiet time.</source>
        <translation>نذكّرك على أي حال، رغم وقت الهدوء.</translation>
    </message>
    <message>
        <source>Activity cannot be read here: counting unlocked time.</source>
        <translation>لا يمكن قراءة النشاط هنا: يُحسب الوقت والشاشة غير مقفلة.</translation>
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
        <translation>القرص ممتلئ: يُحتفظ بسجلك في الذاكرة ويُحفظ عندما تتوفر مساحة.</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>المجلد {folder} للقراءة فقط</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the folder or file is read-only</source>
        <translation>المجلد أو الملف للقراءة فقط</translation>
    </message>
    <message>
        <source>another program holds the database locked</source>
        <translation>برنامج آخر يُبقي قاعدة البيانات مقفلة</translation>
    </message>
    <message>
        <source>Your activity cannot be saved right now because {reason}. It is kept in memory and saved as soon as the disk accepts it again.</source>
        <translation>لا يمكن حفظ نشاطك الآن لأن {reason}. يُحتفظ به في الذاكرة ويُحفظ بمجرد أن يقبله القرص مرة أخرى.</translation>
    </message>
    <message>
        <source>Part of your history could not be saved ({reason}).</source>
        <translation>تعذّر حفظ جزء من سجلك ({reason}).</translation>
    </message>
    <message>
        <source>Your history file could not be read because it is damaged. It was moved to {moved} and a new history starts now.</source>
        <translation>تعذّرت قراءة ملف سجلك لأنه تالف. نُقل إلى {moved} ويبدأ الآن سجل جديد.</translation>
    </message>
    <message>
        <source>Your history ({path}) was written by a newer version of Desk Mobility (schema {version}; this version knows up to {known}). It is shown read-only and left unchanged; new activity is not saved until you update.</source>
        <translation>كُتب سجلك ({path}) بإصدار أحدث من Desk Mobility (المخطط {version}؛ هذا الإصدار يعرف حتى {known}). يُعرض للقراءة فقط ويُترك دون تغيير؛ ولا يُحفظ النشاط الجديد حتى تحدّث التطبيق.</translation>
    </message>
    <message>
        <source>Your history ({path}) cannot be saved because {reason}. Past weeks are shown, but new activity is not saved until this is fixed.</source>
        <translation>لا يمكن حفظ سجلك ({path}) لأن {reason}. تُعرض الأسابيع الماضية، لكن النشاط الجديد لا يُحفظ حتى يُصلح هذا.</translation>
    </message>
    <message>
        <source>Your history cannot be saved to {path} because {reason}. Desk Mobility keeps running and remembers today&apos;s activity until you quit.</source>
        <translation>لا يمكن حفظ سجلك في {path} لأن {reason}. يستمر Desk Mobility في العمل ويتذكّر نشاط اليوم حتى تُغلقه.</translation>
    </message>
    <message>
        <source>Your history could not be read ({reason}).</source>
        <translation>تعذّرت قراءة سجلك ({reason}).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Start break now</source>
        <translation>ابدأ الاستراحة الآن</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>تخطَّ هذه الاستراحة</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>لمدة 30 دقيقة</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>لمدة ساعة</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>حتى الغد</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>استئناف التذكيرات</translation>
    </message>
    <message>
        <source>Remind me anyway</source>
        <translation>ذكّرني على أي حال</translation>
    </message>
    <message>
        <source>Offer breaks now, despite the call or do not disturb</source>
        <translation>اقترح الاستراحات الآن، رغم المكالمة أو وضع عدم الإزعاج</translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation>السجل الأسبوعي</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Quit Desk Mobility</source>
        <translation>إنهاء Desk Mobility</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>أجّل {minutes} د</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>إيقاف التذكيرات مؤقتًا</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} س</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} د {seconds} ث</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <translation>{hours} س {minutes}</translation>
    </message>
</context>
<context>
    <name>Week</name>
    <message>
        <source>Time sitting</source>
        <translation>وقت الجلوس</translation>
    </message>
    <message>
        <source>Longest stretch</source>
        <translation>أطول فترة جلوس</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>الاستراحات المأخوذة</translation>
    </message>
    <message>
        <source>Routines done</source>
        <translation>الجلسات المكتملة</translation>
    </message>
    <message>
        <source>Routine streak</source>
        <translation>أيام متتالية بجلسة</translation>
    </message>
    <message>
        <source>Upper-back tightness</source>
        <translation>شدّ أعلى الظهر</translation>
    </message>
</context>
</TS>
