// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/values.h"

#include <QHash>
#include <QImage>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QIODevice;

namespace Parcours {

class CourseDocument;
class Node;

/**
 * Where the images of an HtmlEditor live: it resolves "@@PLUGINFILE@@/name" to an image and
 * stores inserted images. An insertion is bracketed by beginInsert()/endInsert() so that the
 * stored file and the HTML that refers to it can be one undo step.
 */
class HtmlMedia
{
public:
    virtual ~HtmlMedia();

    /** The image of the file called name, null when there is none or it is not an image. */
    virtual QImage image(const QString &name) const = 0;
    /**
     * Stores content (read to its end) as an image file named after fileName, made unique.
     * Returns the file's final name, or nullopt with a translated message.
     */
    virtual std::optional<QString> addImage(
        QIODevice *content, const QString &fileName, QString *errorString)
        = 0;
    virtual void beginInsert(const QString &text) { Q_UNUSED(text) }
    virtual void endInsert() { }

protected:
    /** Decodes the media blob sha1 of document's store, cached. */
    QImage loadImage(CourseDocument *document, const QString &sha1) const;

private:
    mutable QHash<QString, QImage> m_cache;
};

/**
 * The files of one node's area (a section's "summary", an activity's "intro", a page's
 * "content", …): images are added with pushAddFile() and the insertion is one document macro.
 */
class NodeHtmlMedia : public HtmlMedia
{
public:
    /** node is asked each time, so that one form can show several nodes in turn. */
    NodeHtmlMedia(CourseDocument *document, std::function<Node *()> node, const QString &area);

    QImage image(const QString &name) const override;
    std::optional<QString> addImage(
        QIODevice *content, const QString &fileName, QString *errorString) override;
    void beginInsert(const QString &text) override;
    void endInsert() override;

private:
    CourseDocument *m_document;
    std::function<Node *()> m_node;
    QString m_area;
};

/**
 * For a dialog that applies its changes at once on OK: the contents go to the media store at
 * once (the store is content-addressed, an unused blob costs nothing), the FileRefs wait in
 * pendingFiles() until the dialog adds them (pushAddStoredFiles) in its own undo step.
 */
class PendingHtmlMedia : public HtmlMedia
{
public:
    PendingHtmlMedia(CourseDocument *document, std::vector<FileRef> files, const QString &area);

    QImage image(const QString &name) const override;
    std::optional<QString> addImage(
        QIODevice *content, const QString &fileName, QString *errorString) override;

    const QList<FileRef> &pendingFiles() const { return m_pending; }

private:
    CourseDocument *m_document;
    std::vector<FileRef> m_files;
    QString m_area;
    QList<FileRef> m_pending;
};

} // namespace Parcours
