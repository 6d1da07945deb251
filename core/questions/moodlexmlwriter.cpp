// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questions/moodlexml.h"

#include "core/storage/coursestore.h"

#include <QIODevice>

namespace Parcours {

namespace {

QByteArray escaped(const QString &text, bool attribute = false)
{
    QByteArray result;
    const QByteArray utf8 = text.toUtf8();
    result.reserve(utf8.size());
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n' && c != '\t')
            continue; // not allowed in XML 1.0; CR is dropped as Moodle does
        if (c == '&')
            result += "&amp;";
        else if (c == '<')
            result += "&lt;";
        else if (c == '>')
            result += "&gt;";
        else if (attribute && c == '"')
            result += "&quot;";
        else
            result += c;
    }
    return result;
}

QByteArray num(double value)
{
    return QByteArray::number(value, 'g', 12);
}

/** Writes XML to a device and remembers the first failure. */
class Output
{
public:
    Output(QIODevice *device, const CourseStore *store, const QuestionEntry *entry)
        : m_device(device)
        , m_store(store)
        , m_entry(entry)
    { }

    void raw(const QByteArray &bytes)
    {
        if (m_ok && m_device->write(bytes) != bytes.size())
            m_ok = false;
    }
    void element(const char *name, const QByteArray &value, int indent)
    {
        raw(QByteArray(indent, ' ') + '<' + name + '>' + value + "</" + name + ">\n");
    }
    void text(const char *name, const QString &value, int indent)
    {
        element(name, escaped(value), indent);
    }
    /** `<name format="html"><text>…</text><file …/></name>` with the files of area/item. */
    void rich(const char *name,
        const QString &html,
        const QString &area,
        int item,
        int indent,
        const QByteArray &extra = {})
    {
        const QByteArray pad(indent, ' ');
        raw(pad + '<' + name + " format=\"html\"" + extra + ">\n");
        element("text", escaped(html), indent + 2);
        files(area, item, indent + 2);
        raw(pad + "</" + name + ">\n");
    }
    void files(const QString &area, int item, int indent)
    {
        const std::vector<FileRef> &refs = m_entry->data.files;
        for (size_t i = 0; i < refs.size(); ++i) {
            const FileRef &ref = refs[i];
            if (ref.area != area || ref.item != item)
                continue;
            raw(QByteArray(indent, ' ') + "<file name=\"" + escaped(ref.name, true) + "\" path=\""
                + escaped(ref.path, true) + "\" encoding=\"base64\">");
            if (i < m_entry->fileData.size()) {
                raw(m_entry->fileData[i].toBase64());
            } else if (m_store) {
                QString error;
                const std::unique_ptr<QIODevice> media = m_store->openMedia(ref.sha1, &error);
                if (!media) {
                    m_missing.append(ref.name);
                } else {
                    // Multiples of 3 bytes encode without padding, so the chunks concatenate.
                    while (m_ok && !media->atEnd()) {
                        const QByteArray chunk = media->read(3 * 21846);
                        if (chunk.isEmpty())
                            break;
                        raw(chunk.toBase64());
                    }
                }
            } else {
                m_missing.append(ref.name);
            }
            raw("</file>\n");
        }
    }
    bool ok() const { return m_ok; }
    QStringList missing() const { return m_missing; }

private:
    QIODevice *m_device;
    const CourseStore *m_store;
    const QuestionEntry *m_entry;
    QStringList m_missing;
    bool m_ok = true;
};

const char *boolText(bool value)
{
    return value ? "true" : "false";
}

} // namespace

bool MoodleXmlWriter::write(const QuestionSet &set, const CourseStore *store, QIODevice *device)
{
    m_error.clear();
    m_skipped.clear();
    QuestionEntry none;
    Output header(device, store, &none);
    header.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    bool first = true;
    QStringList category;
    for (const QuestionEntry &entry : set.questions) {
        const QuestionData &q = entry.data;
        if (q.type == QuestionType::Other) {
            m_skipped.append(tr("“%1” is skipped: its type “%2” has no Moodle XML form here.")
                                 .arg(q.name, q.otherType));
            continue;
        }
        Output o(device, store, &entry);
        if (first || entry.category != category) {
            category = entry.category;
            o.raw("  <question type=\"category\">\n    <category>\n");
            o.text("text", QuestionFile::joinCategoryPath(category), 6);
            o.raw("    </category>\n");
            for (const CategoryEntry &declared : set.categories) {
                if (declared.path != category)
                    continue;
                o.raw("    <info format=\"html\">\n");
                o.text("text", declared.info, 6);
                o.raw("    </info>\n");
                o.text("idnumber", declared.idNumber, 4);
                break;
            }
            o.raw("  </question>\n");
        }
        first = false;
        const QByteArray type = q.type == QuestionType::MultiAnswer ? QByteArray("cloze")
            : q.type == QuestionType::Match                         ? QByteArray("matching")
                                                                    : qtypeName(q.type).toLatin1();
        o.raw("  <question type=\"" + type + "\">\n    <name>\n");
        o.text("text", q.name, 6);
        o.raw("    </name>\n");
        o.rich("questiontext", q.text, QStringLiteral("questiontext"), 0, 4);
        o.rich("generalfeedback", q.generalFeedback, QStringLiteral("generalfeedback"), 0, 4);
        o.element("defaultgrade", num(q.defaultMark), 4);
        o.element("penalty", num(q.penalty), 4);
        o.element("hidden", "0", 4);
        o.text("idnumber", q.idNumber, 4);

        const bool combined = q.type == QuestionType::MultiChoice || q.type == QuestionType::Match
            || q.type == QuestionType::GapSelect || q.type == QuestionType::DdWtoS;
        if (q.type == QuestionType::MultiChoice) {
            o.element("single", boolText(q.single), 4);
            o.element("shuffleanswers", boolText(q.shuffle), 4);
            o.text("answernumbering", q.numbering, 4);
            o.element("showstandardinstruction", q.showStandardInstruction ? "1" : "0", 4);
        } else if (q.type == QuestionType::Match || q.type == QuestionType::GapSelect
            || q.type == QuestionType::DdWtoS) {
            o.element("shuffleanswers", boolText(q.shuffle), 4);
        } else if (q.type == QuestionType::ShortAnswer) {
            o.element("usecase", q.caseSensitive ? "1" : "0", 4);
        }
        if (combined) {
            o.rich("correctfeedback", q.feedback.correct, QStringLiteral("correctfeedback"), 0, 4);
            o.rich("partiallycorrectfeedback", q.feedback.partiallyCorrect,
                QStringLiteral("partiallycorrectfeedback"), 0, 4);
            o.rich("incorrectfeedback", q.feedback.incorrect, QStringLiteral("incorrectfeedback"),
                0, 4);
            if (q.feedback.showNumCorrect)
                o.raw("    <shownumcorrect/>\n");
        }
        if (q.type == QuestionType::GapSelect || q.type == QuestionType::DdWtoS) {
            const char *tag = q.type == QuestionType::GapSelect ? "selectoption" : "dragbox";
            for (const Answer &a : q.answers) {
                o.raw(QByteArray("    <") + tag + ">\n");
                o.text("text", a.text, 6);
                o.element("group", QByteArray::number(a.group), 6);
                if (q.type == QuestionType::DdWtoS && a.infinite)
                    o.raw("      <infinite/>\n");
                o.raw(QByteArray("    </") + tag + ">\n");
            }
        } else if (q.type != QuestionType::MultiAnswer) {
            int index = 0;
            for (const Answer &a : q.answers) {
                const bool plainAnswer = q.type != QuestionType::MultiChoice;
                o.raw("    <answer fraction=\"" + num(a.fraction * 100) + "\" format=\""
                    + (plainAnswer ? "moodle_auto_format" : "html") + "\">\n");
                // Moodle recognises true/false answers by these exact texts.
                if (q.type == QuestionType::TrueFalse)
                    o.text(
                        "text", index == 0 ? QStringLiteral("true") : QStringLiteral("false"), 6);
                else
                    o.text("text", a.text, 6);
                o.files(QStringLiteral("answer"), index, 6);
                o.rich("feedback", a.feedback, QStringLiteral("answerfeedback"), index, 6);
                if (q.type == QuestionType::Numerical)
                    o.element("tolerance", num(a.tolerance), 6);
                o.raw("    </answer>\n");
                ++index;
            }
        }
        if (q.type == QuestionType::Numerical && !q.units.empty()) {
            o.raw("    <units>\n");
            for (const NumericalUnit &u : q.units) {
                o.raw("      <unit>\n");
                o.element("multiplier", num(u.multiplier), 8);
                o.text("unit_name", u.unit, 8);
                o.raw("      </unit>\n");
            }
            o.raw("    </units>\n");
        }
        if (q.type == QuestionType::Match) {
            int index = 0;
            for (const MatchPair &p : q.pairs) {
                o.raw("    <subquestion format=\"html\">\n");
                o.text("text", p.question, 6);
                o.files(QStringLiteral("subquestion"), index++, 6);
                o.raw("      <answer>\n");
                o.text("text", p.answer, 8);
                o.raw("      </answer>\n    </subquestion>\n");
            }
        }
        if (q.type == QuestionType::Essay) {
            const EssayOptions &e = q.essay;
            o.text("responseformat", e.responseFormat, 4);
            o.element("responserequired", e.responseRequired ? "1" : "0", 4);
            o.element("responsefieldlines", QByteArray::number(e.responseFieldLines), 4);
            o.element("minwordlimit", QByteArray::number(e.minWords), 4);
            o.element("maxwordlimit", QByteArray::number(e.maxWords), 4);
            o.element("attachments", QByteArray::number(e.attachments), 4);
            o.element("attachmentsrequired", QByteArray::number(e.attachmentsRequired), 4);
            o.rich("graderinfo", e.graderInfo, QStringLiteral("graderinfo"), 0, 4);
            o.rich(
                "responsetemplate", e.responseTemplate, QStringLiteral("responsetemplate"), 0, 4);
        }
        int hintIndex = 0;
        for (const Hint &h : q.hints) {
            o.raw("    <hint format=\"html\">\n");
            o.text("text", h.text, 6);
            o.files(QStringLiteral("hint"), hintIndex++, 6);
            if (h.showNumCorrect)
                o.raw("      <shownumcorrect/>\n");
            if (h.clearWrong)
                o.raw("      <clearwrong/>\n");
            o.raw("    </hint>\n");
        }
        o.raw("  </question>\n");
        for (const QString &name : o.missing())
            m_skipped.append(tr("the file “%1” of “%2” is missing from the media store and is "
                                "written empty.")
                                 .arg(name, q.name));
        if (!o.ok()) {
            m_error = tr("cannot write: %1").arg(device->errorString());
            return false;
        }
    }
    header.raw("</quiz>\n");
    if (!header.ok()) {
        m_error = tr("cannot write: %1").arg(device->errorString());
        return false;
    }
    return true;
}

} // namespace Parcours
