// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/filecommands.h"
#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Parcours;

namespace {

QByteArray snap(const CourseDocument *doc)
{
    return QJsonDocument(doc->snapshot()).toJson(QJsonDocument::Indented);
}

// The 8-byte PNG signature and an IHDR start: enough for QMimeDatabase to see a PNG by content.
QByteArray pngBytes()
{
    return QByteArray::fromHex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
}

QByteArray readAll(CourseStore *store, const QString &sha1)
{
    auto device = store->openMedia(sha1);
    return device ? device->readAll() : QByteArray();
}

/** A sequential device that hands out size bytes of a pattern in small pieces, like a pipe. */
class PipeDevice : public QIODevice
{
public:
    explicit PipeDevice(qint64 size)
        : m_size(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_done >= m_size && QIODevice::atEnd(); }
    qint64 bytesAvailable() const override
    {
        return (m_size - m_done) + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>({maxSize, m_size - m_done, 4096});
        for (qint64 i = 0; i < n; ++i)
            data[i] = static_cast<char>((m_done + i) % 251);
        m_done += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_done = 0;
};

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<CourseDocument> doc;
    Section *section = nullptr;
    Activity *resource = nullptr;
    Activity *folder = nullptr;

    bool build()
    {
        QString error;
        doc = CourseDocument::create(dir.filePath(QStringLiteral("t.parcours")), &error);
        if (!doc) {
            qWarning() << error;
            return false;
        }
        section = static_cast<Section *>(
            pushAddNode(doc.get(), doc->course(), 0, newSection(doc.get())));
        resource = static_cast<Activity *>(
            pushAddNode(doc.get(), section, 0, newActivity(doc.get(), ActivityKind::Resource)));
        folder = static_cast<Activity *>(
            pushAddNode(doc.get(), section, 1, newActivity(doc.get(), ActivityKind::Folder)));
        doc->undoStack()->clear();
        return section && resource && folder;
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return QString();
        return path;
    }
};

QStringList names(const Node *node, const QString &area = QStringLiteral("content"))
{
    QStringList result;
    for (const FileRef &f : filesInArea(node, area))
        result.append(f.name);
    return result;
}

} // namespace

/** File commands: add, remove, rename and main file of a node's files, each one undo step. */
class TestFileCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addFromDeviceStoresBlobAndUndoes();
    void addFromPathDetectsTypeAndSize();
    void addStreamsASequentialDevice();
    void addMakesNamesUnique();
    void uniqueFileName_data();
    void uniqueFileName();
    void separateAddsAreSeparateUndoSteps();
    void addFilesIsOneUndoStep();
    void addFilesAddsNothingWhenOneFails();
    void worksOnEveryNodeWithFiles();
    void removeRedoUndoRedo();
    void renameRedoUndoRedo();
    void renameRefusesBadNames();
    void resourceMainFile();
    void readOnlyDocumentRefusesFiles();
};

void TestFileCommands::addFromDeviceStoresBlobAndUndoes()
{
    Fixture f;
    QVERIFY(f.build());
    const QByteArray before = snap(f.doc.get());
    QBuffer buffer;
    buffer.setData(pngBytes());
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QString error;
    const auto ref = pushAddFile(f.doc.get(), f.folder, &buffer, QStringLiteral("photo.png"),
        QStringLiteral("content"), &error);
    QVERIFY2(ref, qPrintable(error));
    QCOMPARE(ref->name, QStringLiteral("photo.png"));
    QCOMPARE(ref->area, QStringLiteral("content"));
    QCOMPARE(ref->path, QStringLiteral("/"));
    QCOMPARE(ref->mimeType, QStringLiteral("image/png"));
    QCOMPARE(ref->size, pngBytes().size());
    QCOMPARE(readAll(f.doc->store(), ref->sha1), pngBytes());
    QCOMPARE(f.folder->data().files.size(), size_t(1));
    QCOMPARE(f.folder->data().files.front(), *ref);
    QCOMPARE(f.doc->undoStack()->count(), 1);
    const QByteArray after = snap(f.doc.get());

    f.doc->undoStack()->undo();
    QVERIFY(f.folder->data().files.empty());
    QCOMPARE(snap(f.doc.get()), before);
    f.doc->undoStack()->redo();
    QCOMPARE(snap(f.doc.get()), after);
    // The blob is still there for redo: the store is content-addressed.
    QCOMPARE(readAll(f.doc->store(), ref->sha1), pngBytes());
}

void TestFileCommands::addFromPathDetectsTypeAndSize()
{
    Fixture f;
    QVERIFY(f.build());
    const QByteArray text = "Bonjour à tous\n";
    const QString path = f.writeFile(QStringLiteral("notes.txt"), text);
    QVERIFY(!path.isEmpty());
    QString error;
    const auto ref = pushAddFile(f.doc.get(), f.folder, path, QStringLiteral("content"), &error);
    QVERIFY2(ref, qPrintable(error));
    QCOMPARE(ref->name, QStringLiteral("notes.txt"));
    QCOMPARE(ref->mimeType, QStringLiteral("text/plain"));
    QCOMPARE(ref->size, text.size());
    QCOMPARE(readAll(f.doc->store(), ref->sha1), text);

    // A missing file is refused with a message naming it, and nothing is pushed.
    const auto missing = pushAddFile(f.doc.get(), f.folder, f.dir.filePath(QStringLiteral("nope")),
        QStringLiteral("content"), &error);
    QVERIFY(!missing);
    QVERIFY2(error.contains(QStringLiteral("nope")), qPrintable(error));
    QCOMPARE(f.doc->undoStack()->count(), 1);
}

void TestFileCommands::addStreamsASequentialDevice()
{
    Fixture f;
    QVERIFY(f.build());
    const qint64 size = 3 * 1024 * 1024 + 17;
    PipeDevice pipe(size);
    QString error;
    const auto ref = pushAddFile(f.doc.get(), f.folder, &pipe, QStringLiteral("data.bin"),
        QStringLiteral("content"), &error);
    QVERIFY2(ref, qPrintable(error));
    QCOMPARE(ref->size, size);
    QCOMPARE(f.doc->store()->mediaSize(ref->sha1), size);
    auto device = f.doc->store()->openMedia(ref->sha1);
    QVERIFY(device);
    const QByteArray head = device->read(300);
    QCOMPARE(head.size(), 300);
    QCOMPARE(static_cast<unsigned char>(head.at(251)), 0u);
    QCOMPARE(static_cast<unsigned char>(head.at(252)), 1u);
}

void TestFileCommands::addMakesNamesUnique()
{
    Fixture f;
    QVERIFY(f.build());
    const QString content = QStringLiteral("content");
    for (const QByteArray &data : {QByteArray("a"), QByteArray("b"), QByteArray("c")}) {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        QVERIFY(pushAddFile(f.doc.get(), f.folder, &buffer, QStringLiteral("photo.png"), content));
    }
    // Another case of the same name is the same name on Windows and macOS.
    QBuffer upper;
    upper.setData("d");
    upper.open(QIODevice::ReadOnly);
    QVERIFY(pushAddFile(f.doc.get(), f.folder, &upper, QStringLiteral("PHOTO.png"), content));
    QCOMPARE(names(f.folder),
        QStringList({QStringLiteral("photo.png"), QStringLiteral("photo (2).png"),
            QStringLiteral("photo (3).png"), QStringLiteral("PHOTO (4).png")}));
    // Another area has names of its own.
    QBuffer intro;
    intro.setData("e");
    intro.open(QIODevice::ReadOnly);
    const auto introRef = pushAddFile(
        f.doc.get(), f.folder, &intro, QStringLiteral("photo.png"), QStringLiteral("intro"));
    QVERIFY(introRef);
    QCOMPARE(introRef->name, QStringLiteral("photo.png"));
}

void TestFileCommands::uniqueFileName_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const QStringList photo {QStringLiteral("photo.png")};
    QTest::newRow("free") << photo << QStringLiteral("autre.png") << QStringLiteral("autre.png");
    QTest::newRow("taken") << photo << QStringLiteral("photo.png")
                           << QStringLiteral("photo (2).png");
    QTest::newRow("numbered continues")
        << QStringList {QStringLiteral("photo.png"), QStringLiteral("photo (2).png")}
        << QStringLiteral("photo (2).png") << QStringLiteral("photo (3).png");
    QTest::newRow("no extension") << QStringList {QStringLiteral("LISEZMOI")}
                                  << QStringLiteral("LISEZMOI") << QStringLiteral("LISEZMOI (2)");
    QTest::newRow("dot file") << QStringList {QStringLiteral(".cache")} << QStringLiteral(".cache")
                              << QStringLiteral(".cache (2)");
    QTest::newRow("tar.gz") << QStringList {QStringLiteral("archive.tar.gz")}
                            << QStringLiteral("archive.tar.gz")
                            << QStringLiteral("archive (2).tar.gz");
    QTest::newRow("several dots") << QStringList {QStringLiteral("cours v1.2.pdf")}
                                  << QStringLiteral("cours v1.2.pdf")
                                  << QStringLiteral("cours v1.2 (2).pdf");
}

void TestFileCommands::uniqueFileName()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    std::vector<FileRef> files;
    for (const QString &n : existing) {
        FileRef ref;
        ref.area = QStringLiteral("content");
        ref.name = n;
        files.push_back(ref);
    }
    QCOMPARE(Parcours::uniqueFileName(files, QStringLiteral("content"), name), expected);
    // Another path or item does not clash.
    QCOMPARE(Parcours::uniqueFileName(
                 files, QStringLiteral("content"), name, 0, QStringLiteral("/images/")),
        name);
    QCOMPARE(Parcours::uniqueFileName(files, QStringLiteral("content"), name, 1), name);
}

void TestFileCommands::separateAddsAreSeparateUndoSteps()
{
    Fixture f;
    QVERIFY(f.build());
    const QString a = f.writeFile(QStringLiteral("a.txt"), "a");
    const QString b = f.writeFile(QStringLiteral("b.txt"), "b");
    QVERIFY(pushAddFile(f.doc.get(), f.folder, a, QStringLiteral("content")));
    QVERIFY(pushAddFile(f.doc.get(), f.folder, b, QStringLiteral("content")));
    // A plain SetNodeField on the same files, pushed next, does not swallow them either.
    std::vector<FileRef> files = f.folder->data().files;
    files.front().author = QStringLiteral("Anne");
    QVERIFY((SetNodeField<Activity, std::vector<FileRef>>::push(f.doc.get(), f.folder,
        &ActivityData::files, files, NodeField::Files, QStringLiteral("Author"))));
    QCOMPARE(f.doc->undoStack()->count(), 3);
    f.doc->undoStack()->undo();
    f.doc->undoStack()->undo();
    QCOMPARE(names(f.folder), QStringList {QStringLiteral("a.txt")});
    QCOMPARE(f.doc->undoStack()->undoText(), QStringLiteral("Add file a.txt"));
}

void TestFileCommands::addFilesIsOneUndoStep()
{
    Fixture f;
    QVERIFY(f.build());
    const QByteArray before = snap(f.doc.get());
    const QString a = f.writeFile(QStringLiteral("a.txt"), "contenu a");
    const QString b = f.writeFile(QStringLiteral("b.pdf"), "%PDF-1.4\n");
    QString error;
    const auto added
        = pushAddFiles(f.doc.get(), f.folder, {a, b, a}, QStringLiteral("content"), &error);
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(added->size(), 3);
    QCOMPARE(names(f.folder),
        QStringList(
            {QStringLiteral("a.txt"), QStringLiteral("b.pdf"), QStringLiteral("a (2).txt")}));
    QCOMPARE(added->at(1).mimeType, QStringLiteral("application/pdf"));
    // The same content twice is stored once.
    QCOMPARE(added->at(0).sha1, added->at(2).sha1);
    qint64 count = 0;
    qint64 bytes = 0;
    f.doc->store()->mediaTotals(&count, &bytes);
    QCOMPARE(count, 2);
    QCOMPARE(f.doc->undoStack()->count(), 1);
    const QByteArray after = snap(f.doc.get());
    f.doc->undoStack()->undo();
    QCOMPARE(snap(f.doc.get()), before);
    f.doc->undoStack()->redo();
    QCOMPARE(snap(f.doc.get()), after);
}

void TestFileCommands::addFilesAddsNothingWhenOneFails()
{
    Fixture f;
    QVERIFY(f.build());
    const QString a = f.writeFile(QStringLiteral("a.txt"), "a");
    const QString missing = f.dir.filePath(QStringLiteral("absent.txt"));
    QString error;
    QVERIFY(!pushAddFiles(f.doc.get(), f.folder, {a, missing}, QStringLiteral("content"), &error));
    QVERIFY2(error.contains(QStringLiteral("absent.txt")), qPrintable(error));
    QVERIFY(f.folder->data().files.empty());
    QCOMPARE(f.doc->undoStack()->count(), 0);
}

void TestFileCommands::worksOnEveryNodeWithFiles()
{
    Fixture f;
    QVERIFY(f.build());
    const QString path = f.writeFile(QStringLiteral("image.png"), pngBytes());
    auto *category
        = pushAddNode(f.doc.get(), f.doc->questionBank(), 0, newQuestionCategory(f.doc.get()));
    auto *question = static_cast<Question *>(
        pushAddNode(f.doc.get(), category, 0, newQuestion(f.doc.get(), QuestionType::Essay)));
    QVERIFY(question);
    const QList<std::pair<Node *, QString>> targets {{f.doc->course(), QStringLiteral("summary")},
        {f.section, QStringLiteral("summary")}, {f.folder, QStringLiteral("intro")},
        {question, QStringLiteral("questiontext")}};
    for (const auto &[node, area] : targets) {
        QString error;
        const auto ref = pushAddFile(f.doc.get(), node, path, area, &error);
        QVERIFY2(ref, qPrintable(error));
        QCOMPARE(names(node, area), QStringList {QStringLiteral("image.png")});
        QVERIFY(pushRenameFile(f.doc.get(), node, *ref, QStringLiteral("renamed.png")));
        QVERIFY(pushRemoveFile(f.doc.get(), node, filesInArea(node, area).constFirst()));
        QVERIFY(filesInArea(node, area).isEmpty());
    }
    // The bank and categories hold no files.
    QString error;
    QVERIFY(!pushAddFile(f.doc.get(), category, path, QStringLiteral("x"), &error));
    QVERIFY(!error.isEmpty());
}

void TestFileCommands::removeRedoUndoRedo()
{
    Fixture f;
    QVERIFY(f.build());
    const auto added = pushAddFiles(f.doc.get(), f.folder,
        {f.writeFile(QStringLiteral("a.txt"), "a"), f.writeFile(QStringLiteral("b.txt"), "b"),
            f.writeFile(QStringLiteral("c.txt"), "c")},
        QStringLiteral("content"));
    QVERIFY(added);
    const QByteArray before = snap(f.doc.get());
    QVERIFY(pushRemoveFiles(f.doc.get(), f.folder, {added->at(0), added->at(2)}));
    QCOMPARE(names(f.folder), QStringList {QStringLiteral("b.txt")});
    QCOMPARE(f.doc->undoStack()->undoText(), QStringLiteral("Remove 2 files"));
    const QByteArray after = snap(f.doc.get());
    f.doc->undoStack()->undo();
    QCOMPARE(snap(f.doc.get()), before);
    f.doc->undoStack()->redo();
    QCOMPARE(snap(f.doc.get()), after);
    // Removing a file that is not there changes nothing.
    QVERIFY(!pushRemoveFile(f.doc.get(), f.folder, added->at(0)));
}

void TestFileCommands::renameRedoUndoRedo()
{
    Fixture f;
    QVERIFY(f.build());
    const auto ref = pushAddFile(f.doc.get(), f.folder,
        f.writeFile(QStringLiteral("image.png"), pngBytes()), QStringLiteral("content"));
    QVERIFY(ref);
    const QByteArray before = snap(f.doc.get());
    QString error;
    const auto renamed
        = pushRenameFile(f.doc.get(), f.folder, *ref, QStringLiteral("  Schéma.png "), &error);
    QVERIFY2(renamed, qPrintable(error));
    QCOMPARE(renamed->name, QStringLiteral("Schéma.png"));
    QCOMPARE(renamed->sha1, ref->sha1);
    QCOMPARE(names(f.folder), QStringList {QStringLiteral("Schéma.png")});
    const QByteArray after = snap(f.doc.get());
    f.doc->undoStack()->undo();
    QCOMPARE(snap(f.doc.get()), before);
    f.doc->undoStack()->redo();
    QCOMPARE(snap(f.doc.get()), after);
    // A new extension gives the type it names.
    const auto asPdf = pushRenameFile(f.doc.get(), f.folder, *renamed, QStringLiteral("x.pdf"));
    QVERIFY(asPdf);
    QCOMPARE(asPdf->mimeType, QStringLiteral("application/pdf"));
}

void TestFileCommands::renameRefusesBadNames()
{
    Fixture f;
    QVERIFY(f.build());
    const auto added = pushAddFiles(f.doc.get(), f.folder,
        {f.writeFile(QStringLiteral("a.txt"), "a"), f.writeFile(QStringLiteral("b.txt"), "b")},
        QStringLiteral("content"));
    QVERIFY(added);
    const int count = f.doc->undoStack()->count();
    for (const QString &bad : {QString(), QStringLiteral("  "), QStringLiteral("x/y.txt"),
             QStringLiteral("x\\y.txt"), QStringLiteral(".."), QStringLiteral("B.TXT")}) {
        QString error;
        QVERIFY2(
            !pushRenameFile(f.doc.get(), f.folder, added->at(0), bad, &error), qPrintable(bad));
        QVERIFY2(!error.isEmpty(), qPrintable(bad));
    }
    // The same name is a no-op without a message; a change of case is a rename.
    QString error;
    QVERIFY(!pushRenameFile(f.doc.get(), f.folder, added->at(0), QStringLiteral("a.txt"), &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(f.doc->undoStack()->count(), count);
    QVERIFY(pushRenameFile(f.doc.get(), f.folder, added->at(0), QStringLiteral("A.txt")));
}

void TestFileCommands::resourceMainFile()
{
    Fixture f;
    QVERIFY(f.build());
    const QString content = QStringLiteral("content");
    const auto first
        = pushAddFile(f.doc.get(), f.resource, f.writeFile(QStringLiteral("a.pdf"), "a"), content);
    const auto second
        = pushAddFile(f.doc.get(), f.resource, f.writeFile(QStringLiteral("b.pdf"), "b"), content);
    QVERIFY(first && second);
    // The first file of a resource is its main file; the next ones are not.
    QCOMPARE(first->sortOrder, 1);
    QCOMPARE(second->sortOrder, 0);
    QCOMPARE(mainFile(f.resource)->name, QStringLiteral("a.pdf"));

    const QByteArray before = snap(f.doc.get());
    QVERIFY(pushSetMainFile(f.doc.get(), f.resource, *second));
    QCOMPARE(mainFile(f.resource)->name, QStringLiteral("b.pdf"));
    const auto files = filesInArea(f.resource, content);
    QCOMPARE(files.at(0).sortOrder, 0);
    QCOMPARE(files.at(1).sortOrder, 1);
    QCOMPARE(f.doc->undoStack()->undoText(), QStringLiteral("Set b.pdf as the main file"));
    // Already the main file: nothing to do.
    QVERIFY(!pushSetMainFile(f.doc.get(), f.resource, *second));
    f.doc->undoStack()->undo();
    QCOMPARE(snap(f.doc.get()), before);
    f.doc->undoStack()->redo();

    // Removing the main file makes the remaining one the main file.
    QVERIFY(pushRemoveFile(f.doc.get(), f.resource, files.at(1)));
    QCOMPARE(filesInArea(f.resource, content).constFirst().sortOrder, 1);

    // A folder has no main file.
    const auto inFolder
        = pushAddFile(f.doc.get(), f.folder, f.writeFile(QStringLiteral("c.pdf"), "c"), content);
    QVERIFY(inFolder);
    QCOMPARE(inFolder->sortOrder, 0);
    QVERIFY(!pushSetMainFile(f.doc.get(), f.folder, *inFolder));
    QVERIFY(!mainFile(f.folder));
}

void TestFileCommands::readOnlyDocumentRefusesFiles()
{
    Fixture f;
    QVERIFY(f.build());
    const auto ref = pushAddFile(f.doc.get(), f.folder, f.writeFile(QStringLiteral("a.txt"), "a"),
        QStringLiteral("content"));
    QVERIFY(ref);
    auto second = CourseDocument::open(f.doc->filePath());
    QVERIFY(second);
    QVERIFY(second->isReadOnly());
    Node *folder = second->node(f.folder->id());
    QVERIFY(folder);
    QString error;
    QVERIFY(!pushAddFile(second.get(), folder, f.writeFile(QStringLiteral("b.txt"), "b"),
        QStringLiteral("content"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!pushRenameFile(second.get(), folder, *ref, QStringLiteral("c.txt"), &error));
    QVERIFY(!pushRemoveFile(second.get(), folder, *ref));
    QCOMPARE(names(folder), QStringList {QStringLiteral("a.txt")});
}

QTEST_GUILESS_MAIN(TestFileCommands)
#include "tst_filecommands.moc"
