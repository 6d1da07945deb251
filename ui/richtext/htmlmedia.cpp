// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/richtext/htmlmedia.h"

#include "core/commands/filecommands.h"
#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"

#include <QIODevice>

namespace Parcours {

namespace {

const FileRef *findFile(const std::vector<FileRef> &files, const QString &area, const QString &name)
{
    for (const FileRef &file : files) {
        if (file.area == area && file.item == 0 && file.path == QLatin1String("/")
            && file.name == name)
            return &file;
    }
    return nullptr;
}

} // namespace

HtmlMedia::~HtmlMedia() = default;

QImage HtmlMedia::loadImage(CourseDocument *document, const QString &sha1) const
{
    const auto cached = m_cache.constFind(sha1);
    if (cached != m_cache.cend())
        return *cached;
    QImage image;
    // A file whose content never reached the store (a bundled sample) shows as missing.
    if (!sha1.isEmpty() && document->store()->hasMedia(sha1)) {
        if (std::unique_ptr<QIODevice> device = document->store()->openMedia(sha1))
            image = QImage::fromData(device->readAll());
    }
    m_cache.insert(sha1, image);
    return image;
}

NodeHtmlMedia::NodeHtmlMedia(
    CourseDocument *document, std::function<Node *()> node, const QString &area)
    : m_document(document)
    , m_node(std::move(node))
    , m_area(area)
{ }

QImage NodeHtmlMedia::image(const QString &name) const
{
    const Node *node = m_node();
    if (!node)
        return QImage();
    const std::vector<FileRef> files = nodeFiles(node);
    const FileRef *file = findFile(files, m_area, name);
    return file ? loadImage(m_document, file->sha1) : QImage();
}

std::optional<QString> NodeHtmlMedia::addImage(
    QIODevice *content, const QString &fileName, QString *errorString)
{
    Node *node = m_node();
    if (!node)
        return std::nullopt;
    const std::optional<FileRef> file
        = pushAddFile(m_document, node, content, fileName, m_area, errorString);
    if (!file)
        return std::nullopt;
    return file->name;
}

void NodeHtmlMedia::beginInsert(const QString &text)
{
    m_document->beginMacro(text);
}

void NodeHtmlMedia::endInsert()
{
    m_document->endMacro();
}

PendingHtmlMedia::PendingHtmlMedia(
    CourseDocument *document, std::vector<FileRef> files, const QString &area)
    : m_document(document)
    , m_files(std::move(files))
    , m_area(area)
{ }

QImage PendingHtmlMedia::image(const QString &name) const
{
    const FileRef *file = findFile(m_files, m_area, name);
    return file ? loadImage(m_document, file->sha1) : QImage();
}

std::optional<QString> PendingHtmlMedia::addImage(
    QIODevice *content, const QString &fileName, QString *errorString)
{
    FileRef file;
    file.area = m_area;
    file.name = uniqueFileName(m_files, m_area, fileName);
    file.mimeType = detectMimeType(fileName, content);
    if (!m_document->store()->addMedia(content, &file.sha1, errorString))
        return std::nullopt;
    file.size = m_document->store()->mediaSize(file.sha1);
    m_files.push_back(file);
    m_pending.append(file);
    return file.name;
}

} // namespace Parcours
