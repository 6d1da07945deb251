<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s) into %1.</source>
        <translation>
            <numerusform>Imported %n question into %1.</numerusform>
            <numerusform>Imported %n questions into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n question(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n question to %1.</numerusform>
            <numerusform>Wrote %n questions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message numerus="yes">
        <source>Add %n files</source>
        <translation>
            <numerusform>Add %n file</numerusform>
            <numerusform>Add %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n files</source>
        <translation>
            <numerusform>Remove %n file</numerusform>
            <numerusform>Remove %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseSummary</name>
    <message numerus="yes">
        <source>Media: %n file(s), %1</source>
        <translation>
            <numerusform>Media: %n file, %1</numerusform>
            <numerusform>Media: %n files, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>Editable: %n section(s)</source>
        <translation>
            <numerusform>Editable: %n section</numerusform>
            <numerusform>Editable: %n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept as Moodle wrote them and exported unchanged, not editable: %n item(s)</source>
        <translation>
            <numerusform>Kept as Moodle wrote it and exported unchanged, not editable: %n item</numerusform>
            <numerusform>Kept as Moodle wrote them and exported unchanged, not editable: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) on what was left out or changed, below.</source>
        <translation>
            <numerusform>%n remark on what was left out or changed, below.</numerusform>
            <numerusform>%n remarks on what was left out or changed, below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MbzImporter</name>
    <message numerus="yes">
        <source>%n block(s) of the course were left out.</source>
        <translation type="vanished">
            <numerusform>%n block of the course was left out.</numerusform>
            <numerusform>%n blocks of the course were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s) of the course were left out.</source>
        <translation type="vanished">
            <numerusform>%n calendar event of the course was left out.</numerusform>
            <numerusform>%n calendar events of the course were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quiz &quot;%1&quot; has %n random or missing question(s); they were left out. Add them again in Moodle.</source>
        <translation type="vanished">
            <numerusform>The quiz &quot;%1&quot; has %n random or missing question; it was left out. Add it again in Moodle.</numerusform>
            <numerusform>The quiz &quot;%1&quot; has %n random or missing questions; they were left out. Add them again in Moodle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The block &quot;%1&quot; is kept without its %n file(s); add them to the block again in Moodle.</source>
        <translation>
            <numerusform>The block &quot;%1&quot; is kept without its %n file; add them to the block again in Moodle.</numerusform>
            <numerusform>The block &quot;%1&quot; is kept without its %n files; add them to the block again in Moodle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s) of the course</source>
        <translation>
            <numerusform>%n calendar event of the course</numerusform>
            <numerusform>%n calendar events of the course</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s) of &quot;%1&quot;</source>
        <translation>
            <numerusform>%n calendar event of &quot;%1&quot;</numerusform>
            <numerusform>%n calendar events of &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of the course (left out: create them again in Moodle)</source>
        <translation>
            <numerusform>%n group of the course (left out: create them again in Moodle)</numerusform>
            <numerusform>%n groups of the course (left out: create them again in Moodle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags of %n question(s) of the bank</source>
        <translation>
            <numerusform>Tags of %n question of the bank</numerusform>
            <numerusform>Tags of %n questions of the bank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quiz &quot;%1&quot; used a set version of %n question(s); it now uses their latest version.</source>
        <translation>
            <numerusform>The quiz &quot;%1&quot; used a set version of %n question; it now uses their latest version.</numerusform>
            <numerusform>The quiz &quot;%1&quot; used a set version of %n questions; it now uses their latest version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quiz &quot;%1&quot; has %n question(s) missing from the backup; they were left out. Add them again in Moodle.</source>
        <translation>
            <numerusform>The quiz &quot;%1&quot; has %n question missing from the backup; they were left out. Add them again in Moodle.</numerusform>
            <numerusform>The quiz &quot;%1&quot; has %n questions missing from the backup; they were left out. Add them again in Moodle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parcours::FilesEditor</name>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform>
            <numerusform>Adding %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parcours::MainWindow</name>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported from %1 into the question bank (Edit → Undo takes them back).</source>
        <translation>
            <numerusform>%n question imported from %1 into the question bank (Edit → Undo takes it back).</numerusform>
            <numerusform>%n questions imported from %1 into the question bank (Edit → Undo takes them back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported.</source>
        <translation>
            <numerusform>%n question imported.</numerusform>
            <numerusform>%n questions imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) exported to %1.</source>
        <translation>
            <numerusform>%n question exported to %1.</numerusform>
            <numerusform>%n questions exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) exported.</source>
        <translation>
            <numerusform>%n question exported.</numerusform>
            <numerusform>%n questions exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parcours::QuestionBankView</name>
    <message numerus="yes">
        <source>%n question(s) found in the whole bank</source>
        <translation>
            <numerusform>%n question found in the whole bank</numerusform>
            <numerusform>%n questions found in the whole bank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) in this category</source>
        <translation>
            <numerusform>%n question in this category</numerusform>
            <numerusform>%n questions in this category</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz(zes)</source>
        <translation>
            <numerusform>%n quiz</numerusform>
            <numerusform>%n quizzes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n question(s)</source>
        <translation>
            <numerusform>Duplicate %n question</numerusform>
            <numerusform>Duplicate %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n question(s)</source>
        <translation>
            <numerusform>Delete %n question</numerusform>
            <numerusform>Delete %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parcours::QuizEditor</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to fix (see the icons)</source>
        <translation>
            <numerusform>%n question to fix (see the icons)</numerusform>
            <numerusform>%n questions to fix (see the icons)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n question(s) from the bank to “%1”</source>
        <translation>
            <numerusform>Add %n question from the bank to “%1”</numerusform>
            <numerusform>Add %n questions from the bank to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaginate “%1”: %n question(s) per page</source>
        <translation>
            <numerusform>Repaginate “%1”: %n question per page</numerusform>
            <numerusform>Repaginate “%1”: %n questions per page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionFile</name>
    <message numerus="yes">
        <source>Import %n question(s)</source>
        <translation>
            <numerusform>Import %n question</numerusform>
            <numerusform>Import %n questions</numerusform>
        </translation>
    </message>
</context>
</TS>
