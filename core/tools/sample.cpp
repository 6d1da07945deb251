// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tools/sample.h"

#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>

namespace Parcours {

namespace {

const QString s_description = QStringLiteral(":/sample/sample.json");
const QString s_mediaDir = QStringLiteral(":/sample/media/");

/** Adds the files a node's data names to the store and completes their references. */
bool completeFiles(QJsonObject *data, CourseStore *store, QString *errorString)
{
    static const QMimeDatabase mimeDatabase;
    QJsonArray files = data->value(QStringLiteral("files")).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QJsonObject file = files.at(i).toObject();
        const QString name = file.value(QStringLiteral("name")).toString();
        QFile source(s_mediaDir + name);
        if (!source.open(QIODevice::ReadOnly)) {
            if (errorString)
                *errorString = Sample::tr("The sample's file %1 is missing from the application: "
                                          "reinstall Parcours Studio.")
                                   .arg(name);
            return false;
        }
        QString sha1;
        if (!store->addMedia(&source, &sha1, errorString))
            return false;
        file.insert(QStringLiteral("sha1"), sha1);
        file.insert(QStringLiteral("size"), source.size());
        if (file.value(QStringLiteral("mimeType")).toString().isEmpty())
            file.insert(QStringLiteral("mimeType"),
                mimeDatabase.mimeTypeForFile(name, QMimeDatabase::MatchExtension).name());
        files.replace(i, file);
    }
    if (!files.isEmpty())
        data->insert(QStringLiteral("files"), files);
    return true;
}

bool completeNode(QJsonObject *node, CourseStore *store, QString *errorString)
{
    QJsonObject data = node->value(QStringLiteral("data")).toObject();
    if (!completeFiles(&data, store, errorString))
        return false;
    node->insert(QStringLiteral("data"), data);
    QJsonArray children = node->value(QStringLiteral("children")).toArray();
    for (qsizetype i = 0; i < children.size(); ++i) {
        QJsonObject child = children.at(i).toObject();
        if (!completeNode(&child, store, errorString))
            return false;
        children.replace(i, child);
    }
    if (!children.isEmpty())
        node->insert(QStringLiteral("children"), children);
    return true;
}

} // namespace

QJsonObject Sample::description(QString *errorString)
{
    QFile file(s_description);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorString)
            *errorString = tr("The sample parcours is missing from the application: reinstall "
                              "Parcours Studio.");
        return QJsonObject();
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject()) {
        if (errorString)
            *errorString = tr("The sample parcours is damaged (%1 at offset %2): reinstall "
                              "Parcours Studio.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset);
        return QJsonObject();
    }
    return json.object();
}

bool Sample::build(CourseDocument *document, QString *errorString)
{
    QJsonObject json = description(errorString);
    if (json.isEmpty())
        return false;
    for (const QString &key : {QStringLiteral("course"), QStringLiteral("questionBank")}) {
        QJsonObject root = json.value(key).toObject();
        if (!completeNode(&root, document->store(), errorString))
            return false;
        json.insert(key, root);
    }
    std::unique_ptr<Course> course;
    std::unique_ptr<QuestionBank> bank;
    QString error;
    if (!CourseDocument::treeFromSnapshot(json, &course, &bank, &error)) {
        if (errorString)
            *errorString
                = tr("The sample parcours is damaged (%1): reinstall Parcours Studio.").arg(error);
        return false;
    }
    return document->resetContent(std::move(course), std::move(bank), errorString);
}

} // namespace Parcours
