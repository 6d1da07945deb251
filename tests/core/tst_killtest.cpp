// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/activity.h"
#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>

#include <sqlite3.h>

#include <cstdio>

using namespace Parcours;

namespace {

/** Sets the title of a section (what a SetNodeTitle command does). */
class SetTitle : public QUndoCommand
{
public:
    SetTitle(CourseDocument *doc, Section *section, const QString &title)
        : m_doc(doc)
        , m_section(section)
        , m_new(section->data())
        , m_old(section->data())
    {
        m_new.title = title;
    }
    void redo() override { m_doc->setData(m_section, m_new, NodeField::Name); }
    void undo() override { m_doc->setData(m_section, m_old, NodeField::Name); }

private:
    CourseDocument *m_doc;
    Section *m_section;
    SectionData m_new;
    SectionData m_old;
};

/** Appends a page with about 2 KB of HTML to a section. */
class AddPage : public QUndoCommand
{
public:
    AddPage(CourseDocument *doc, Section *section, const QString &name)
        : m_doc(doc)
        , m_section(section)
        , m_id(doc->allocateId())
        , m_name(name)
    { }
    void redo() override
    {
        auto page = std::make_unique<Activity>(m_id);
        page->dataFromJson(QJsonObject {{QStringLiteral("name"), m_name},
            {QStringLiteral("kind"), QStringLiteral("Page")},
            {QStringLiteral("description"),
                QStringLiteral("<p>%1</p>").arg(QString(2000, QLatin1Char('x')))}});
        m_doc->insertNode(m_section, m_section->childCount(), std::move(page));
    }
    void undo() override { m_doc->takeNode(m_section, m_doc->node(m_id)->row()); }

private:
    CourseDocument *m_doc;
    Section *m_section;
    NodeId m_id;
    QString m_name;
};

QString pageName(int edit)
{
    return QStringLiteral("page %1").arg(edit);
}

bool addsPage(int edit)
{
    return edit % 3 == 0;
}

/**
 * The --child mode: opens the file and edits it in a loop until killed. Edit n sets the first
 * section's title to "edit n" and, for every third n, appends the page "page n", in one macro
 * (one transaction). n is printed once push has returned, that is once the edit is committed.
 */
int runChild(const QString &file, int first)
{
    QString error;
    std::unique_ptr<CourseDocument> doc = CourseDocument::open(file, &error);
    if (!doc || doc->isReadOnly()) {
        fprintf(stderr, "child: %s\n", qPrintable(doc ? doc->readOnlyReason() : error));
        return 2;
    }
    auto *section = static_cast<Section *>(doc->course()->childAt(0));
    for (int n = first;; ++n) {
        doc->beginMacro(QStringLiteral("edit"));
        doc->push(new SetTitle(doc.get(), section, QStringLiteral("edit %1").arg(n)));
        if (addsPage(n))
            doc->push(new AddPage(doc.get(), section, pageName(n)));
        doc->endMacro();
        if (doc->isReadOnly()) {
            fprintf(stderr, "child: %s\n", qPrintable(doc->readOnlyReason()));
            return 3;
        }
        printf("%d\n", n);
        fflush(stdout);
    }
}

QString quickCheck(const QString &file)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            result
                = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return result;
}

} // namespace

/** kill -9 at random moments loses at most the edit in flight, and never needs a recovery. */
class TestKillTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesAtMostTheEditInFlight();
    void killedCreationLeavesNoHalfMadeProject();
};

void TestKillTest::killedWriterLosesAtMostTheEditInFlight()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("kill.parcours"));
    QString error;
    {
        std::unique_ptr<CourseDocument> doc = CourseDocument::create(file, &error);
        QVERIFY2(doc, qPrintable(error));
        // One section, built through a snapshot (the tree API belongs to the document).
        std::unique_ptr<Course> c;
        std::unique_ptr<QuestionBank> b;
        const QJsonObject snapshot {
            {QStringLiteral("course"),
                QJsonObject {{QStringLiteral("id"), 1},
                    {QStringLiteral("type"), QStringLiteral("Course")},
                    {QStringLiteral("children"),
                        QJsonArray {QJsonObject {{QStringLiteral("id"), 3},
                            {QStringLiteral("type"), QStringLiteral("Section")},
                            {QStringLiteral("data"),
                                QJsonObject {
                                    {QStringLiteral("title"), QStringLiteral("edit 0")}}}}}}}},
            {QStringLiteral("questionBank"),
                QJsonObject {{QStringLiteral("id"), 2},
                    {QStringLiteral("type"), QStringLiteral("QuestionBank")}}}};
        QVERIFY2(CourseDocument::treeFromSnapshot(snapshot, &c, &b, &error), qPrintable(error));
        QVERIFY2(doc->resetContent(std::move(c), std::move(b), &error), qPrintable(error));
    }

    QRandomGenerator random(20261123);
    const int rounds = 60;
    int lastCommitted = 0;
    int roundsWithEdits = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child"), file, QString::number(lastCommitted + 1)});
        QVERIFY(child.waitForStarted(10000));
        // Kill at a random moment: three rounds in four in the middle of the edit loop (after
        // its first edit), the others while the child may still be starting or opening the file.
        const bool whileEditing = round % 4 != 0;
        if (whileEditing)
            QVERIFY(child.waitForReadyRead(10000));
        QTest::qWait(static_cast<int>(random.bounded(whileEditing ? 0 : 20, 60)));
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        // The last line may be cut by the kill: only complete lines were committed for sure.
        int reported = lastCommitted;
        for (int i = 0; i + 1 < lines.size(); ++i)
            reported = lines.at(i).toInt();
        if (reported > lastCommitted)
            ++roundsWithEdits;

        QCOMPARE(quickCheck(file), QStringLiteral("ok"));
        std::unique_ptr<CourseDocument> doc = CourseDocument::open(file, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY2(!doc->isReadOnly(), qPrintable(doc->readOnlyReason()));
        auto *section = static_cast<Section *>(doc->course()->childAt(0));
        // Every reported edit is there; at most one more (committed, killed before printing).
        const int stored = section->data().title.mid(5).toInt();
        QVERIFY2(stored == reported || stored == reported + 1,
            qPrintable(QStringLiteral("round %1: reported %2, stored %3")
                           .arg(round)
                           .arg(reported)
                           .arg(stored)));
        // The page of each stored edit is there, in order, and no other.
        int expectedPages = 0;
        for (int n = 1; n <= stored; ++n) {
            if (!addsPage(n))
                continue;
            QVERIFY2(expectedPages < section->childCount(), qPrintable(pageName(n)));
            QCOMPARE(
                static_cast<Activity *>(section->childAt(expectedPages))->data().name, pageName(n));
            ++expectedPages;
        }
        QCOMPARE(section->childCount(), expectedPages);
        lastCommitted = stored;
    }
    qInfo("%d rounds, %d with edits, %d edits committed, %lld ms", rounds, roundsWithEdits,
        lastCommitted, static_cast<long long>(timer.elapsed()));
    // The kills did land in the middle of editing, not only before the first edit.
    QVERIFY(roundsWithEdits >= rounds * 3 / 4);
}

void TestKillTest::killedCreationLeavesNoHalfMadeProject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QRandomGenerator random(7);
    int next = 0;
    for (int round = 0; round < 20; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--create"), dir.path(), QString::number(next)});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY(child.waitForReadyRead(10000));
        QTest::qWait(static_cast<int>(random.bounded(0, 30)));
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (int i = 0; i + 1 < lines.size(); ++i)
            next = std::max(next, lines.at(i).toInt() + 1);
        // The one being created when the kill came may or may not exist, but never half made.
        next += 1;
    }
    const QStringList projects = QDir(dir.path()).entryList({QStringLiteral("*.parcours")});
    QVERIFY(projects.size() >= 20);
    // Kills that came during a creation leave its temporary file, never a project.
    qInfo("%lld projects, %lld creations cut by the kill", static_cast<long long>(projects.size()),
        static_cast<long long>(QDir(dir.path()).entryList({QStringLiteral("*.part")}).size()));
    for (const QString &name : projects) {
        QString error;
        std::unique_ptr<CourseDocument> doc = CourseDocument::open(dir.filePath(name), &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY2(!doc->isReadOnly(), qPrintable(doc->readOnlyReason()));
    }
}

/**
 * The --create mode: creates projects p<first>.parcours, p<first+1>.parcours… in dir until
 * killed, printing each number once the project is complete.
 */
static int runCreator(const QString &dir, int first)
{
    for (int n = first;; ++n) {
        QString error;
        const QString file = QStringLiteral("%1/p%2.parcours").arg(dir).arg(n);
        if (!CourseDocument::create(file, &error)) {
            fprintf(stderr, "creator: %s\n", qPrintable(error));
            return 2;
        }
        printf("%d\n", n);
        fflush(stdout);
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    if (argc == 4 && qstrcmp(argv[1], "--create") == 0)
        return runCreator(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    TestKillTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killtest.moc"
