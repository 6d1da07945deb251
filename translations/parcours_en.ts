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
    <name>MbzImporter</name>
    <message numerus="yes">
        <source>%n block(s) of the course were left out.</source>
        <translation>
            <numerusform>%n block of the course was left out.</numerusform>
            <numerusform>%n blocks of the course were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s) of the course were left out.</source>
        <translation>
            <numerusform>%n calendar event of the course was left out.</numerusform>
            <numerusform>%n calendar events of the course were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quiz &quot;%1&quot; has %n random or missing question(s); they were left out. Add them again in Moodle.</source>
        <translation>
            <numerusform>The quiz &quot;%1&quot; has %n random or missing question; it was left out. Add it again in Moodle.</numerusform>
            <numerusform>The quiz &quot;%1&quot; has %n random or missing questions; they were left out. Add them again in Moodle.</numerusform>
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
