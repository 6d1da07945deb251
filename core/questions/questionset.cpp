// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questions/questionset.h"

#include "core/commands/nodecommands.h"
#include "core/model/coursedocument.h"
#include "core/questions/aiken.h"
#include "core/questions/giftparser.h"
#include "core/questions/moodlexml.h"
#include "core/storage/coursestore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <map>

namespace Parcours {

namespace {

/** Decodes Windows-1252: Latin-1 except for the printable characters at 0x80–0x9f. */
QString fromWindows1252(const QByteArray &data)
{
    static const char16_t s_high[32]
        = {0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
            0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
            0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178};
    QString text;
    text.reserve(data.size());
    for (const char c : data) {
        const auto byte = static_cast<unsigned char>(c);
        text.append(
            byte >= 0x80 && byte < 0xa0 ? QChar(s_high[byte - 0x80]) : QChar(char16_t(byte)));
    }
    return text;
}

} // namespace

std::optional<QuestionFormat> QuestionFile::formatFromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("gift") || suffix == QLatin1String("txt"))
        return QuestionFormat::Gift;
    if (suffix == QLatin1String("xml"))
        return QuestionFormat::MoodleXml;
    if (suffix == QLatin1String("aiken"))
        return QuestionFormat::Aiken;
    return std::nullopt;
}

bool QuestionFile::read(
    const QString &fileName, QuestionFormat format, QuestionSet *set, QString *errorString)
{
    const QString display = QDir::toNativeSeparators(fileName);
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorString)
            *errorString = tr("Cannot read %1: %2").arg(display, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    QString error;
    bool ok = false;
    bool windows = false;
    if (format == QuestionFormat::MoodleXml) {
        MoodleXmlReader reader;
        ok = reader.read(data, display, set);
        error = reader.errorString();
    } else {
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder.decode(data);
        if (decoder.hasError()) {
            // Files saved by Windows editors are often in Windows-1252, not UTF-8.
            text = fromWindows1252(data);
            windows = true;
        }
        if (format == QuestionFormat::Gift) {
            GiftParser parser;
            ok = parser.parse(text, set);
            error = parser.errorString();
        } else {
            Aiken parser;
            ok = parser.parse(text, set);
            error = parser.errorString();
        }
    }
    if (ok && windows)
        set->warnings.prepend(tr("%1 is not UTF-8 text; it was read as Windows-1252 (Western "
                                 "European). Check the accented letters.")
                                  .arg(display));
    if (!ok && errorString)
        *errorString = tr("Cannot import %1: %2 Nothing was imported; correct the file and "
                          "import it again.")
                           .arg(display, error);
    return ok;
}

QStringList QuestionFile::splitCategoryPath(const QString &path)
{
    QString text = path.trimmed();
    // Moodle writes a literal slash in a name as "//".
    const QChar placeholder(0xe000);
    text.replace(QLatin1String("//"), QString(placeholder));
    QStringList parts = text.split(QLatin1Char('/'));
    for (QString &part : parts)
        part = part.replace(placeholder, QLatin1Char('/')).trimmed();
    parts.removeAll(QString());
    if (!parts.isEmpty() && parts.constFirst().startsWith(QLatin1Char('$'))
        && parts.constFirst().endsWith(QLatin1Char('$')))
        parts.removeFirst();
    if (!parts.isEmpty()
        && parts.constFirst().compare(QLatin1String("top"), Qt::CaseInsensitive) == 0)
        parts.removeFirst();
    return parts;
}

QString QuestionFile::joinCategoryPath(const QStringList &path)
{
    QString result = QStringLiteral("$course$/top");
    for (QString name : path)
        result += QLatin1Char('/') + name.replace(QLatin1Char('/'), QLatin1String("//"));
    return result;
}

QuestionCategory *QuestionFile::findCategory(
    const CourseDocument &document, const QStringList &path)
{
    Node *node = document.questionBank();
    for (const QString &name : path) {
        Node *found = nullptr;
        for (int i = 0; i < node->childCount() && !found; ++i) {
            Node *child = node->childAt(i);
            if (child->type() == NodeType::QuestionCategory && child->displayName() == name)
                found = child;
        }
        if (!found)
            return nullptr;
        node = found;
    }
    return node->type() == NodeType::QuestionCategory ? static_cast<QuestionCategory *>(node)
                                                      : nullptr;
}

bool QuestionFile::import(CourseDocument *document,
    const QuestionSet &set,
    const QStringList &base,
    int *added,
    QString *errorString)
{
    if (document->isReadOnly()) {
        if (errorString)
            *errorString = document->readOnlyReason();
        return false;
    }
    if (set.questions.empty() && set.categories.empty()) {
        if (added)
            *added = 0;
        return true;
    }
    // Media first: the store is content-addressed, so a failed import leaves only unused blobs.
    std::vector<QuestionData> questions;
    questions.reserve(set.questions.size());
    for (const QuestionEntry &entry : set.questions) {
        QuestionData data = entry.data;
        for (size_t i = 0; i < entry.fileData.size() && i < data.files.size(); ++i) {
            QByteArray bytes = entry.fileData[i];
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            QString sha1;
            QString error;
            if (!document->store()->addMedia(&buffer, &sha1, &error)) {
                if (errorString)
                    *errorString = tr("Cannot store the file %1 of “%2”: %3")
                                       .arg(data.files[i].name, data.name, error);
                return false;
            }
            data.files[i].sha1 = sha1;
        }
        questions.push_back(std::move(data));
    }

    std::map<QStringList, Node *> categories;
    const auto declared = [&set, &base](const QStringList &path) -> const CategoryEntry * {
        for (const CategoryEntry &entry : set.categories) {
            if (base + entry.path == path)
                return &entry;
        }
        return nullptr;
    };
    const auto ensure = [&](QStringList path) -> Node * {
        if (path.isEmpty()) {
            Node *bank = document->questionBank();
            for (int i = 0; i < bank->childCount(); ++i) {
                if (bank->childAt(i)->type() == NodeType::QuestionCategory)
                    return bank->childAt(i);
            }
            path = {tr("Imported questions")};
        }
        const auto known = categories.find(path);
        if (known != categories.end())
            return known->second;
        Node *node = document->questionBank();
        QStringList sofar;
        for (const QString &name : path) {
            sofar.append(name);
            Node *found = nullptr;
            for (int i = 0; i < node->childCount() && !found; ++i) {
                Node *child = node->childAt(i);
                if (child->type() == NodeType::QuestionCategory && child->displayName() == name)
                    found = child;
            }
            if (!found) {
                QuestionCategoryData data;
                data.name = name;
                if (const CategoryEntry *entry = declared(sofar)) {
                    data.info = entry->info;
                    data.idNumber = entry->idNumber;
                }
                found = pushAddNode(document, node, node->childCount(),
                    makeNode<QuestionCategory>(document->allocateId(), data));
                if (!found)
                    return nullptr;
            }
            node = found;
        }
        categories[path] = node;
        return node;
    };

    int count = 0;
    bool ok = true;
    document->beginMacro(tr("Import %n question(s)", nullptr, int(questions.size())));
    for (const CategoryEntry &category : set.categories) {
        if (!ensure(base + category.path)) {
            ok = false;
            break;
        }
    }
    for (size_t i = 0; ok && i < questions.size(); ++i) {
        Node *category = ensure(base + set.questions[i].category);
        ok = category
            && pushAddNode(document, category, category->childCount(),
                makeNode<Question>(document->allocateId(), questions[i]));
        count += ok ? 1 : 0;
    }
    document->endMacro();
    if (!ok) {
        if (errorString)
            *errorString = document->isReadOnly() ? document->readOnlyReason()
                                                  : tr("The questions could not be added.");
        return false;
    }
    if (added)
        *added = count;
    return true;
}

std::optional<QuestionSet> QuestionFile::collect(
    const CourseDocument &document, const QStringList &path)
{
    QuestionSet set;
    const auto walk
        = [&set](const Node *category, const QStringList &categoryPath, auto &&self) -> void {
        for (int i = 0; i < category->childCount(); ++i) {
            const Node *child = category->childAt(i);
            if (child->type() == NodeType::Question) {
                QuestionEntry entry;
                entry.category = categoryPath;
                entry.data = static_cast<const Question *>(child)->data();
                set.questions.push_back(std::move(entry));
            } else if (child->type() == NodeType::QuestionCategory) {
                const auto &data = static_cast<const QuestionCategory *>(child)->data();
                const QStringList childPath = categoryPath + QStringList {data.name};
                set.categories.push_back({childPath, data.info, data.idNumber});
                self(child, childPath, self);
            }
        }
    };
    if (path.isEmpty()) {
        walk(document.questionBank(), {}, walk);
        return set;
    }
    const QuestionCategory *category = findCategory(document, path);
    if (!category)
        return std::nullopt;
    set.categories.push_back({path, category->data().info, category->data().idNumber});
    walk(category, path, walk);
    return set;
}

} // namespace Parcours
