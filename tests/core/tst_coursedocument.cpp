// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

QByteArray snap(const CourseDocument *doc)
{
    return QJsonDocument(doc->snapshot()).toJson(QJsonDocument::Indented);
}

} // namespace

/** CourseDocument: creating, opening, the node index, macros and the file behind the edits. */
class TestCourseDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createMakesAnEmptyParcours();
    void createRefusesAnExistingFile();
    void openReportsAMissingFile();
    void openRefusesAForeignFile();
    void indexFollowsInsertAndRemove();
    void idsAreNeverReused();
    void macroIsOneUndoStep();
    void macroUndoAndRedoAreOneTransaction();
    void editsAreStoredAsTheyHappen();
    void resetContentClearsHistory();
    void secondOpenIsReadOnly();
};

void TestCourseDocument::createMakesAnEmptyParcours()
{
    QTemporaryDir dir;
    QString error;
    auto doc = CourseDocument::create(dir.filePath(u"new.parcours"_s), &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(!doc->isReadOnly());
    QCOMPARE(doc->course()->childCount(), 0);
    QCOMPARE(doc->questionBank()->childCount(), 0);
    QCOMPARE(doc->node(doc->course()->id()), doc->course());
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(QFile::exists(dir.filePath(u"new.parcours"_s)));
    QCOMPARE(doc->filePath(), dir.filePath(u"new.parcours"_s));
}

void TestCourseDocument::createRefusesAnExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"taken.parcours"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not mine");
    file.close();
    QString error;
    QVERIFY(!CourseDocument::create(path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not mine"));
}

void TestCourseDocument::openReportsAMissingFile()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!CourseDocument::open(dir.filePath(u"missing.parcours"_s), &error));
    QVERIFY(error.contains(u"missing.parcours"_s));
}

void TestCourseDocument::openRefusesAForeignFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"foreign.parcours"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QString error;
    QVERIFY(!CourseDocument::open(path, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(QFileInfo(path).size(), 4096);
}

void TestCourseDocument::indexFollowsInsertAndRemove()
{
    QTemporaryDir dir;
    auto doc = CourseDocument::create(dir.filePath(u"index.parcours"_s));
    QVERIFY(doc);
    CourseDocument *d = doc.get();
    Node *section = pushAddNode(d, d->course(), 0, newSection(d));
    Node *page = pushAddNode(d, section, 0, newActivity(d, ActivityKind::Page));
    QCOMPARE(d->node(page->id()), page);
    QCOMPARE(d->nodeAs<Activity>(page->id()), page);
    QCOMPARE(d->nodeAs<Section>(page->id()), nullptr);
    // Removing a section takes its activities out of the index; undo puts them back.
    QVERIFY(pushRemoveNode(d, section));
    QCOMPARE(d->node(section->id()), nullptr);
    QCOMPARE(d->node(page->id()), nullptr);
    d->undoStack()->undo();
    QCOMPARE(d->node(page->id()), page);
    QCOMPARE(page->parent(), section);
}

void TestCourseDocument::idsAreNeverReused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ids.parcours"_s);
    NodeId undoneId = 0;
    {
        auto doc = CourseDocument::create(path);
        QVERIFY(doc);
        Node *section = pushAddNode(doc.get(), doc->course(), 0, newSection(doc.get()));
        undoneId = section->id();
        doc->undoStack()->undo();
    }
    auto doc = CourseDocument::open(path);
    QVERIFY(doc);
    QCOMPARE(doc->course()->childCount(), 0);
    const NodeId next = doc->allocateId();
    QVERIFY2(next > undoneId, qPrintable(u"id %1 after an undone %2"_s.arg(next).arg(undoneId)));
    QVERIFY(doc->allocateId() > next);
}

void TestCourseDocument::macroIsOneUndoStep()
{
    QTemporaryDir dir;
    auto doc = CourseDocument::create(dir.filePath(u"macro.parcours"_s));
    QVERIFY(doc);
    CourseDocument *d = doc.get();
    const QByteArray before = snap(d);
    d->beginMacro(u"Build"_s);
    Node *section = pushAddNode(d, d->course(), 0, newSection(d));
    pushAddNode(d, section, 0, newActivity(d, ActivityKind::Quiz));
    pushAddNode(d, section, 1, newActivity(d, ActivityKind::Forum));
    d->endMacro();
    QCOMPARE(d->undoStack()->count(), 1);
    QCOMPARE(d->undoStack()->undoText(), u"Build"_s);
    const QByteArray after = snap(d);
    d->undoStack()->undo();
    QCOMPARE(snap(d), before);
    d->undoStack()->redo();
    QCOMPARE(snap(d), after);
}

// Another reader of the file sees only committed transactions: while a macro is being undone or
// redone it must still see the state from before, never half of the macro.
static int committedSections(const QString &path)
{
    QString error;
    std::unique_ptr<CourseStore> reader = CourseStore::open(path, true, &error);
    std::unique_ptr<Course> course;
    std::unique_ptr<QuestionBank> bank;
    if (!reader || !reader->load(&course, &bank, &error)) {
        qWarning("%s", qPrintable(error));
        return -1;
    }
    return course->childCount();
}

void TestCourseDocument::macroUndoAndRedoAreOneTransaction()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"atomic.parcours"_s);
    auto doc = CourseDocument::create(path);
    QVERIFY(doc);
    CourseDocument *d = doc.get();
    d->beginMacro(u"Two sections"_s);
    pushAddNode(d, d->course(), 0, newSection(d));
    pushAddNode(d, d->course(), 1, newSection(d));
    d->endMacro();
    QCOMPARE(committedSections(path), 2);

    QList<int> seen;
    const auto record = [&] { seen.append(committedSections(path)); };
    connect(d, &CourseDocument::nodeRemoved, this, record);
    connect(d, &CourseDocument::nodeInserted, this, record);
    d->undoStack()->undo();
    QCOMPARE(seen, QList<int>({2, 2}));
    QCOMPARE(committedSections(path), 0);
    seen.clear();
    d->undoStack()->redo();
    QCOMPARE(seen, QList<int>({0, 0}));
    QCOMPARE(committedSections(path), 2);
}

void TestCourseDocument::editsAreStoredAsTheyHappen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"stored.parcours"_s);
    QByteArray expected;
    {
        auto doc = CourseDocument::create(path);
        QVERIFY(doc);
        CourseDocument *d = doc.get();
        Node *s1 = pushAddNode(d, d->course(), 0, newSection(d));
        Node *s2 = pushAddNode(d, d->course(), 1, newSection(d));
        Node *quiz = pushAddNode(d, s1, 0, newActivity(d, ActivityKind::Quiz));
        pushAddNode(d, s2, 0, newActivity(d, ActivityKind::Page));
        QVERIFY(pushMoveNode(d, quiz, s2, 1));
        QVERIFY((SetNodeField<Course, QString>::push(d, d->course(), &CourseData::title,
            u"Accueillir en maternelle"_s, NodeField::Name, u"Rename"_s)));
        QVERIFY(pushRemoveNode(d, s1));
        d->undoStack()->undo();
        d->undoStack()->undo();
        d->undoStack()->redo();
        expected = snap(d);
    }
    auto doc = CourseDocument::open(path);
    QVERIFY(doc);
    QCOMPARE(snap(doc.get()), expected);
    QCOMPARE(doc->course()->data().title, u"Accueillir en maternelle"_s);
    // A reopened file starts with an empty history.
    QCOMPARE(doc->undoStack()->count(), 0);
}

void TestCourseDocument::resetContentClearsHistory()
{
    QTemporaryDir dir;
    auto doc = CourseDocument::create(dir.filePath(u"reset.parcours"_s));
    QVERIFY(doc);
    CourseDocument *d = doc.get();
    pushAddNode(d, d->course(), 0, newSection(d));
    QCOMPARE(d->undoStack()->count(), 1);
    QSignalSpy reset(d, &CourseDocument::contentReset);
    CourseData data;
    data.title = u"Nouveau"_s;
    QVERIFY(d->resetContent(
        makeNode<Course>(d->allocateId(), data), std::make_unique<QuestionBank>(d->allocateId())));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(d->undoStack()->count(), 0);
    QCOMPARE(d->course()->data().title, u"Nouveau"_s);
    QCOMPARE(d->course()->childCount(), 0);
}

void TestCourseDocument::secondOpenIsReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.parcours"_s);
    auto first = CourseDocument::create(path);
    QVERIFY(first);
    auto second = CourseDocument::open(path);
    QVERIFY(second);
    QVERIFY(second->isReadOnly());
    QVERIFY(!second->readOnlyReason().isEmpty());
    QVERIFY(
        !second->push(new AddNode(second.get(), second->course(), 0, newSection(second.get()))));
    QCOMPARE(second->course()->childCount(), 0);
    QVERIFY(!first->isReadOnly());
}

QTEST_GUILESS_MAIN(TestCourseDocument)
#include "tst_coursedocument.moc"
