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
</TS>
