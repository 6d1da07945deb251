<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Parcours::CourseDocument</name>
    <message>
        <source>Changes can no longer be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown node type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing or invalid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a %2 cannot contain a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course: the root is not a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionBank: the root is not a question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot uses the same node id twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
