// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questions/moodlexml.h"

#include "core/import/xmlreader.h"

#include <QCryptographicHash>
#include <QMimeDatabase>

#include <cmath>

namespace Parcours {

namespace {

bool isTrue(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("1") || v == QLatin1String("true");
}

double number(const QString &value, double defaultValue)
{
    bool ok = false;
    const double result = value.trimmed().toDouble(&ok);
    // toDouble() accepts "nan" and "inf", which no grade, tolerance or multiplier can be.
    return ok && std::isfinite(result) ? result : defaultValue;
}

QString childTextOf(const XmlElement &element, QLatin1String name)
{
    const QString text = element.child(name).childText(QLatin1String("text"));
    return text.isNull() ? QString() : text;
}

} // namespace

bool MoodleXmlReader::fail(int line, const QString &message)
{
    m_error = tr("line %1: %2").arg(line).arg(message);
    return false;
}

bool MoodleXmlReader::rich(
    const XmlElement &element, const QString &area, int item, QString *html, QuestionEntry *entry)
{
    const QString text = element.childText(QLatin1String("text"));
    *html = text.isNull() ? QString() : text;
    const QString format = element.attribute(QLatin1String("format"));
    if (!format.isEmpty() && format != QLatin1String("html") && !html->isEmpty())
        *html = html->toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    for (const XmlElement &file : element.children(QLatin1String("file"))) {
        const QString name = file.attribute(QLatin1String("name"));
        if (name.isEmpty() || name.contains(QLatin1Char('/')))
            return fail(file.line(), tr("an embedded file has no valid name."));
        const QString encoding = file.attribute(QLatin1String("encoding"));
        if (!encoding.isEmpty() && encoding != QLatin1String("base64"))
            return fail(file.line(), tr("the file “%1” is not in base64.").arg(name));
        // One pass drops the line breaks; the decoding then happens in place.
        QByteArray base64;
        {
            const QString encoded = file.text();
            base64.reserve(encoded.size());
            for (const QChar c : encoded) {
                if (!c.isSpace())
                    base64.append(c.unicode() < 128 ? char(c.unicode()) : '!');
            }
        }
        const auto decoded = QByteArray::fromBase64Encoding(
            std::move(base64), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(file.line(), tr("the file “%1” is not valid base64.").arg(name));
        FileRef ref;
        ref.area = area;
        ref.item = item;
        QString path = file.attribute(QLatin1String("path"));
        if (path.isEmpty())
            path = QStringLiteral("/");
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        if (!path.endsWith(QLatin1Char('/')))
            path.append(QLatin1Char('/'));
        ref.path = path;
        ref.name = name;
        ref.size = decoded.decoded.size();
        ref.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(name, decoded.decoded).name();
        ref.sha1 = QString::fromLatin1(
            QCryptographicHash::hash(decoded.decoded, QCryptographicHash::Sha1).toHex());
        ref.sortOrder = 0;
        entry->data.files.push_back(ref);
        entry->fileData.push_back(decoded.decoded);
    }
    return true;
}

bool MoodleXmlReader::read(const QByteArray &data, const QString &displayName, QuestionSet *set)
{
    m_error.clear();
    if (data.size() > s_maxFileSize) {
        m_error = tr("Cannot read %1: the file is larger than %2 MB, more than a question file "
                     "holds. Split the questions into several files.")
                      .arg(displayName)
                      .arg(s_maxFileSize / (1024 * 1024));
        return false;
    }
    QString error;
    const auto document
        = XmlDocument::fromData(data, displayName, &error, XmlDocument::TextNodes::Large);
    if (!document) {
        m_error = error;
        return false;
    }
    const XmlElement root = document->root();
    if (root.name() != QLatin1String("quiz"))
        return fail(root.line(),
            tr("the root element is <%1>, not <quiz>: this is not a Moodle question file.")
                .arg(root.name()));
    QuestionSet result;
    QStringList category;
    for (const XmlElement &element : root.children()) {
        if (element.name() != QLatin1String("question")) {
            result.warnings.append(
                tr("line %1: <%2> is ignored.").arg(element.line()).arg(element.name()));
            continue;
        }
        const QString type = element.attribute(QLatin1String("type"));
        if (type == QLatin1String("category")) {
            const QString path = childTextOf(element, QLatin1String("category"));
            if (path.trimmed().isEmpty())
                return fail(element.line(), tr("the category has no path."));
            category = QuestionFile::splitCategoryPath(path);
            QString info = childTextOf(element, QLatin1String("info"));
            QString idNumber = element.childText(QLatin1String("idnumber")).trimmed();
            result.categories.push_back({category, info, idNumber});
            continue;
        }
        if (!readQuestion(element, category, &result))
            return false;
    }
    *set = std::move(result);
    return true;
}

bool MoodleXmlReader::readQuestion(
    const XmlElement &element, const QStringList &category, QuestionSet *set)
{
    const QString type = element.attribute(QLatin1String("type"));
    const int line = element.line();
    QuestionEntry entry;
    entry.category = category;
    entry.line = line;
    QuestionData &q = entry.data;
    // Moodle XML names two types differently from backups.
    const auto parsedType = type == QLatin1String("cloze")
        ? std::optional(QuestionType::MultiAnswer)
        : type == QLatin1String("matching") ? std::optional(QuestionType::Match)
                                            : questionTypeFromName(type);
    if (!parsedType || *parsedType == QuestionType::Other) {
        set->warnings.append(
            tr("line %1: the question type “%2” is not supported; the question is skipped.")
                .arg(line)
                .arg(type));
        return true;
    }
    q.type = *parsedType;
    q.name = childTextOf(element, QLatin1String("name")).trimmed();
    if (q.name.isEmpty())
        return fail(line, tr("the question has no <name><text>."));
    if (!rich(element.child(QLatin1String("questiontext")), QStringLiteral("questiontext"), 0,
            &q.text, &entry))
        return false;
    if (!rich(element.child(QLatin1String("generalfeedback")), QStringLiteral("generalfeedback"), 0,
            &q.generalFeedback, &entry))
        return false;
    q.defaultMark = number(element.childText(QLatin1String("defaultgrade")),
        q.type == QuestionType::Description ? 0 : 1);
    q.penalty = number(element.childText(QLatin1String("penalty")), q.penalty);
    q.idNumber = element.childText(QLatin1String("idnumber"));
    if (q.idNumber.isNull())
        q.idNumber = QString();
    if (element.child(QLatin1String("tags")).child(QLatin1String("tag")))
        set->warnings.append(tr("line %1: the tags of “%2” are ignored.").arg(line).arg(q.name));

    const XmlElement shuffle = element.child(QLatin1String("shuffleanswers"));
    if (shuffle)
        q.shuffle = isTrue(shuffle.text());
    const XmlElement single = element.child(QLatin1String("single"));
    if (single)
        q.single = isTrue(single.text());
    const QString numbering = element.childText(QLatin1String("answernumbering"));
    if (!numbering.isEmpty())
        q.numbering = numbering.trimmed();
    q.showStandardInstruction = isTrue(element.childText(QLatin1String("showstandardinstruction")));
    q.caseSensitive = isTrue(element.childText(QLatin1String("usecase")));
    if (!rich(element.child(QLatin1String("correctfeedback")), QStringLiteral("correctfeedback"), 0,
            &q.feedback.correct, &entry)
        || !rich(element.child(QLatin1String("partiallycorrectfeedback")),
            QStringLiteral("partiallycorrectfeedback"), 0, &q.feedback.partiallyCorrect, &entry)
        || !rich(element.child(QLatin1String("incorrectfeedback")),
            QStringLiteral("incorrectfeedback"), 0, &q.feedback.incorrect, &entry))
        return false;
    q.feedback.showNumCorrect = !element.child(QLatin1String("shownumcorrect")).isNull();

    int index = 0;
    for (const XmlElement &a : element.children(QLatin1String("answer"))) {
        Answer answer;
        bool ok = false;
        // Moodle keeps 7 decimals; rounding makes "33.33333" read back as the 0.3333333 written.
        answer.fraction
            = std::round(a.attribute(QLatin1String("fraction")).toDouble(&ok) * 1e5) / 1e7;
        if (!ok || !std::isfinite(answer.fraction) || answer.fraction < -1 || answer.fraction > 1)
            return fail(a.line(),
                tr("the answer's fraction “%1” is not a percentage between -100 and 100.")
                    .arg(a.attribute(QLatin1String("fraction"))));
        if (!rich(a, QStringLiteral("answer"), index, &answer.text, &entry))
            return false;
        if (q.type == QuestionType::ShortAnswer || q.type == QuestionType::Numerical
            || q.type == QuestionType::TrueFalse)
            answer.text = a.childText(QLatin1String("text")).trimmed();
        if (!rich(a.child(QLatin1String("feedback")), QStringLiteral("answerfeedback"), index,
                &answer.feedback, &entry))
            return false;
        answer.tolerance = number(a.childText(QLatin1String("tolerance")), 0);
        q.answers.push_back(answer);
        ++index;
    }
    for (const XmlElement &unit :
        element.path(QLatin1String("units")).children(QLatin1String("unit"))) {
        NumericalUnit u;
        u.unit = unit.childText(QLatin1String("unit_name")).trimmed();
        u.multiplier = number(unit.childText(QLatin1String("multiplier")), 1);
        q.units.push_back(u);
    }
    for (const XmlElement &sub : element.children(QLatin1String("subquestion"))) {
        MatchPair pair;
        if (!rich(sub, QStringLiteral("subquestion"), int(q.pairs.size()), &pair.question, &entry))
            return false;
        pair.answer = sub.child(QLatin1String("answer")).childText(QLatin1String("text")).trimmed();
        q.pairs.push_back(pair);
    }
    for (const XmlElement &choice : element.children(QLatin1String("selectoption")))
        q.answers.push_back({choice.childText(QLatin1String("text")), 0, {}, 0,
            int(choice.childInt(QLatin1String("group"), 1)), false});
    for (const XmlElement &choice : element.children(QLatin1String("dragbox")))
        q.answers.push_back({choice.childText(QLatin1String("text")), 0, {}, 0,
            int(choice.childInt(QLatin1String("group"), 1)),
            !choice.child(QLatin1String("infinite")).isNull()});
    int hintIndex = 0;
    for (const XmlElement &h : element.children(QLatin1String("hint"))) {
        Hint hint;
        if (!rich(h, QStringLiteral("hint"), hintIndex++, &hint.text, &entry))
            return false;
        hint.showNumCorrect = !h.child(QLatin1String("shownumcorrect")).isNull();
        hint.clearWrong = !h.child(QLatin1String("clearwrong")).isNull();
        q.hints.push_back(hint);
    }
    if (q.type == QuestionType::Essay) {
        EssayOptions &e = q.essay;
        const auto text = [&](QLatin1String name, const QString &fallback) {
            const QString value = element.childText(name);
            return value.isNull() ? fallback : value.trimmed();
        };
        e.responseFormat = text(QLatin1String("responseformat"), e.responseFormat);
        e.responseRequired = isTrue(text(QLatin1String("responserequired"), QStringLiteral("1")));
        e.responseFieldLines
            = int(element.childInt(QLatin1String("responsefieldlines"), e.responseFieldLines));
        e.minWords = int(element.childInt(QLatin1String("minwordlimit"), 0));
        e.maxWords = int(element.childInt(QLatin1String("maxwordlimit"), 0));
        e.attachments = int(element.childInt(QLatin1String("attachments"), 0));
        e.attachmentsRequired = int(element.childInt(QLatin1String("attachmentsrequired"), 0));
        if (!rich(element.child(QLatin1String("graderinfo")), QStringLiteral("graderinfo"), 0,
                &e.graderInfo, &entry)
            || !rich(element.child(QLatin1String("responsetemplate")),
                QStringLiteral("responsetemplate"), 0, &e.responseTemplate, &entry))
            return false;
    }
    if (q.type == QuestionType::TrueFalse) {
        if (q.answers.size() != 2)
            return fail(
                line, tr("a true/false question has two answers, not %1.").arg(q.answers.size()));
        // Moodle's rule: answers named other than true/false are true then false.
        if (q.answers[0].text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            std::swap(q.answers[0], q.answers[1]);
        q.answers[0].text = QStringLiteral("true");
        q.answers[1].text = QStringLiteral("false");
    }
    if ((q.type == QuestionType::MultiChoice || q.type == QuestionType::ShortAnswer
            || q.type == QuestionType::Numerical)
        && q.answers.empty())
        return fail(line, tr("the question “%1” has no answer.").arg(q.name));
    if (q.type == QuestionType::Match && q.pairs.empty())
        return fail(line, tr("the matching question “%1” has no subquestion.").arg(q.name));
    set->questions.push_back(std::move(entry));
    return true;
}

} // namespace Parcours
