// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/filecommands.h"

#include "core/commands/setnodefield.h"
#include "core/storage/coursestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

#include <algorithm>

namespace Parcours {

namespace {

using Files = std::vector<FileRef>;

// A SetNodeField on `files` that never merges: each add, remove or rename is its own undo step,
// even when the previous step changed the same node's files.
template<class N> class SetNodeFiles : public SetNodeField<N, Files>
{
public:
    using SetNodeField<N, Files>::SetNodeField;
    int id() const override { return static_cast<int>(CommandId::None); }
};

template<class N>
bool pushFilesAs(CourseDocument *document, Node *node, Files files, const QString &text)
{
    auto *typed = static_cast<N *>(node);
    if (typed->data().files == files)
        return false;
    return document->push(new SetNodeFiles<N>(
        document, typed, &N::Data::files, std::move(files), NodeField::Files, text));
}

bool pushFiles(CourseDocument *document, Node *node, Files files, const QString &text)
{
    switch (node->type()) {
    case NodeType::Course:
        return pushFilesAs<Course>(document, node, std::move(files), text);
    case NodeType::Section:
        return pushFilesAs<Section>(document, node, std::move(files), text);
    case NodeType::Activity:
        return pushFilesAs<Activity>(document, node, std::move(files), text);
    case NodeType::Question:
        return pushFilesAs<Question>(document, node, std::move(files), text);
    case NodeType::QuestionBank:
    case NodeType::QuestionCategory:
        break;
    }
    return false;
}

bool isResource(const Node *node)
{
    return node->type() == NodeType::Activity
        && static_cast<const Activity *>(node)->kind() == ActivityKind::Resource;
}

bool isResourceContent(const Node *node, const QString &area)
{
    return isResource(node) && area == QLatin1String("content");
}

bool fail(QString *errorString, const QString &message)
{
    if (errorString)
        *errorString = message;
    return false;
}

// Checks that node can take a change of its files; the message says why not.
bool canEdit(CourseDocument *document, const Node *node, QString *errorString)
{
    if (!node || !hasFiles(node))
        return fail(errorString, Command::tr("This element cannot hold files."));
    if (document->isReadOnly())
        return fail(errorString, document->readOnlyReason());
    return true;
}

// In a Resource, a main file must exist when the content area has files: Moodle shows the file
// with sortorder 1, and the exporter writes sortOrder as it is.
void ensureMainFile(const Node *node, Files *files)
{
    if (!isResource(node))
        return;
    auto content = [](const FileRef &f) { return f.area == QLatin1String("content"); };
    const bool hasMain = std::any_of(files->cbegin(), files->cend(),
        [&](const FileRef &f) { return content(f) && f.sortOrder == 1; });
    if (hasMain)
        return;
    auto first = std::find_if(files->begin(), files->end(), content);
    if (first != files->end())
        first->sortOrder = 1;
}

Files::iterator findFile(Files &files, const FileRef &file)
{
    return std::find_if(
        files.begin(), files.end(), [&](const FileRef &f) { return sameFile(f, file); });
}

QString addText(const QList<FileRef> &added)
{
    if (added.size() == 1)
        return Command::tr("Add file %1").arg(added.first().name);
    return Command::tr("Add %n files", nullptr, static_cast<int>(added.size()));
}

// Gives ref a unique name among files and the main-file rank a Resource expects, and appends it.
FileRef appendFile(const Node *node, Files *files, FileRef ref)
{
    ref.name = uniqueFileName(*files, ref.area, ref.name, ref.item, ref.path);
    ref.sortOrder = 0;
    if (isResourceContent(node, ref.area)) {
        const bool empty = std::none_of(files->cbegin(), files->cend(),
            [](const FileRef &f) { return f.area == QLatin1String("content"); });
        if (empty)
            ref.sortOrder = 1;
    }
    files->push_back(ref);
    return ref;
}

} // namespace

std::vector<FileRef> nodeFiles(const Node *node)
{
    if (!node)
        return {};
    switch (node->type()) {
    case NodeType::Course:
        return static_cast<const Course *>(node)->data().files;
    case NodeType::Section:
        return static_cast<const Section *>(node)->data().files;
    case NodeType::Activity:
        return static_cast<const Activity *>(node)->data().files;
    case NodeType::Question:
        return static_cast<const Question *>(node)->data().files;
    case NodeType::QuestionBank:
    case NodeType::QuestionCategory:
        break;
    }
    return {};
}

bool hasFiles(const Node *node)
{
    if (!node)
        return false;
    const NodeType type = node->type();
    return type == NodeType::Course || type == NodeType::Section || type == NodeType::Activity
        || type == NodeType::Question;
}

QList<FileRef> filesInArea(const Node *node, const QString &area)
{
    QList<FileRef> result;
    for (const FileRef &f : nodeFiles(node)) {
        if (f.area == area && f.item == 0)
            result.append(f);
    }
    return result;
}

bool sameFile(const FileRef &a, const FileRef &b)
{
    return a.area == b.area && a.item == b.item && a.path == b.path && a.name == b.name;
}

QString uniqueFileName(
    const Files &files, const QString &area, const QString &name, int item, const QString &path)
{
    auto taken = [&](const QString &candidate) {
        return std::any_of(files.cbegin(), files.cend(), [&](const FileRef &f) {
            return f.area == area && f.item == item && f.path == path
                && f.name.compare(candidate, Qt::CaseInsensitive) == 0;
        });
    };
    if (!taken(name))
        return name;
    // Split "photo.png" into "photo" and ".png"; keep ".tar.gz" whole. A leading dot is part of
    // the stem (".hidden" has no extension).
    qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot > 0 && name.left(dot).endsWith(QLatin1String(".tar"), Qt::CaseInsensitive))
        dot -= 4;
    QString stem = dot > 0 ? name.left(dot) : name;
    const QString suffix = dot > 0 ? name.mid(dot) : QString();
    // "photo (2).png" taken again continues at "photo (3).png" rather than "photo (2) (2).png".
    int number = 2;
    static const QRegularExpression numbered(QStringLiteral("^(.*) \\((\\d+)\\)$"));
    const QRegularExpressionMatch match = numbered.match(stem);
    if (match.hasMatch()) {
        stem = match.captured(1);
        number = match.captured(2).toInt() + 1;
    }
    for (;; ++number) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(stem).arg(number).arg(suffix);
        if (!taken(candidate))
            return candidate;
    }
}

QString detectMimeType(const QString &fileName, QIODevice *content)
{
    const QMimeDatabase db;
    const QMimeType type = content ? db.mimeTypeForFileNameAndData(fileName, content)
                                   : db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    return type.isValid() ? type.name() : QStringLiteral("application/octet-stream");
}

std::optional<FileRef> pushAddFile(CourseDocument *document,
    Node *node,
    QIODevice *content,
    const QString &fileName,
    const QString &area,
    QString *errorString)
{
    if (!canEdit(document, node, errorString))
        return std::nullopt;
    const QString name = fileName.trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        fail(errorString, Command::tr("\"%1\" is not a valid file name.").arg(fileName));
        return std::nullopt;
    }
    // Detect the type before the store reads the device to its end (it only peeks).
    FileRef ref;
    ref.area = area;
    ref.name = name;
    ref.mimeType = detectMimeType(name, content);
    if (!document->store()->addMedia(content, &ref.sha1, errorString))
        return std::nullopt;
    ref.size = document->store()->mediaSize(ref.sha1);
    Files files = nodeFiles(node);
    ref = appendFile(node, &files, ref);
    if (!pushFiles(document, node, std::move(files), addText({ref}))) {
        fail(errorString, document->readOnlyReason());
        return std::nullopt;
    }
    return ref;
}

std::optional<FileRef> pushAddFile(CourseDocument *document,
    Node *node,
    const QString &path,
    const QString &area,
    QString *errorString)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(errorString,
            Command::tr("Cannot read %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    return pushAddFile(document, node, &file, QFileInfo(path).fileName(), area, errorString);
}

std::optional<QList<FileRef>> pushAddFiles(CourseDocument *document,
    Node *node,
    const QStringList &paths,
    const QString &area,
    QString *errorString)
{
    if (!canEdit(document, node, errorString))
        return std::nullopt;
    QList<FileRef> stored;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(errorString,
                Command::tr("Cannot read %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString()));
            return std::nullopt;
        }
        FileRef ref;
        ref.area = area;
        ref.name = QFileInfo(path).fileName();
        ref.mimeType = detectMimeType(ref.name, &file);
        if (!document->store()->addMedia(&file, &ref.sha1, errorString))
            return std::nullopt;
        ref.size = document->store()->mediaSize(ref.sha1);
        stored.append(ref);
    }
    return pushAddStoredFiles(document, node, stored, errorString);
}

std::optional<QList<FileRef>> pushAddStoredFiles(
    CourseDocument *document, Node *node, const QList<FileRef> &files, QString *errorString)
{
    if (!canEdit(document, node, errorString))
        return std::nullopt;
    if (files.isEmpty())
        return QList<FileRef> {};
    Files all = nodeFiles(node);
    QList<FileRef> added;
    for (const FileRef &file : files) {
        if (!document->store()->hasMedia(file.sha1)) {
            fail(errorString,
                Command::tr("The content of %1 is not in the project file.").arg(file.name));
            return std::nullopt;
        }
        added.append(appendFile(node, &all, file));
    }
    if (!pushFiles(document, node, std::move(all), addText(added))) {
        fail(errorString, document->readOnlyReason());
        return std::nullopt;
    }
    return added;
}

bool pushRemoveFiles(CourseDocument *document, Node *node, const QList<FileRef> &files)
{
    if (!canEdit(document, node, nullptr))
        return false;
    Files all = nodeFiles(node);
    QStringList names;
    for (const FileRef &file : files) {
        auto it = findFile(all, file);
        if (it == all.end())
            continue;
        names.append(it->name);
        all.erase(it);
    }
    if (names.isEmpty())
        return false;
    ensureMainFile(node, &all);
    const QString text = names.size() == 1
        ? Command::tr("Remove file %1").arg(names.first())
        : Command::tr("Remove %n files", nullptr, static_cast<int>(names.size()));
    return pushFiles(document, node, std::move(all), text);
}

bool pushRemoveFile(CourseDocument *document, Node *node, const FileRef &file)
{
    return pushRemoveFiles(document, node, {file});
}

std::optional<FileRef> pushRenameFile(CourseDocument *document,
    Node *node,
    const FileRef &file,
    const QString &newName,
    QString *errorString)
{
    if (!canEdit(document, node, errorString))
        return std::nullopt;
    Files all = nodeFiles(node);
    auto it = findFile(all, file);
    if (it == all.end()) {
        fail(errorString, Command::tr("The file %1 is no longer there.").arg(file.name));
        return std::nullopt;
    }
    const QString name = newName.trimmed();
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")
        || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        fail(errorString,
            Command::tr("\"%1\" is not a valid file name: it must not be empty nor hold / or \\.")
                .arg(newName));
        return std::nullopt;
    }
    if (name == it->name) {
        fail(errorString, QString());
        return std::nullopt;
    }
    const bool taken = std::any_of(all.cbegin(), all.cend(), [&](const FileRef &f) {
        return &f != &*it && f.area == it->area && f.item == it->item && f.path == it->path
            && f.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    if (taken) {
        fail(errorString, Command::tr("Another file is already named %1.").arg(name));
        return std::nullopt;
    }
    const QString oldName = it->name;
    it->name = name;
    // A new extension may mean a new type; a name that says nothing keeps the detected one.
    const QString byName = detectMimeType(name);
    if (byName != QLatin1String("application/octet-stream"))
        it->mimeType = byName;
    const FileRef renamed = *it;
    if (!pushFiles(document, node, std::move(all),
            Command::tr("Rename file %1 to %2").arg(oldName, name))) {
        fail(errorString, document->readOnlyReason());
        return std::nullopt;
    }
    return renamed;
}

bool pushSetMainFile(CourseDocument *document, Node *node, const FileRef &file)
{
    if (!node || !isResource(node) || document->isReadOnly())
        return false;
    Files all = nodeFiles(node);
    auto it = findFile(all, file);
    if (it == all.end() || it->area != QLatin1String("content"))
        return false;
    for (FileRef &f : all) {
        if (f.area == QLatin1String("content"))
            f.sortOrder = sameFile(f, file) ? 1 : 0;
    }
    return pushFiles(
        document, node, std::move(all), Command::tr("Set %1 as the main file").arg(file.name));
}

std::optional<FileRef> mainFile(const Node *node)
{
    if (!node || !isResource(node))
        return std::nullopt;
    std::optional<FileRef> first;
    for (const FileRef &f : nodeFiles(node)) {
        if (f.area != QLatin1String("content"))
            continue;
        if (f.sortOrder == 1)
            return f;
        if (!first)
            first = f;
    }
    return first;
}

} // namespace Parcours
