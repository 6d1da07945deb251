// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/cloze.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>

namespace Parcours {

namespace {

QString unescape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size())
            ++i;
        out.append(text.at(i));
    }
    return out;
}

/** Splits at an unescaped separator. */
QStringList splitUnescaped(const QString &text, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current.append(c);
            current.append(text.at(++i));
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

bool configure(const QString &name, ClozePart *part)
{
    const QString n = name.toUpper();
    if (n == QLatin1String("SHORTANSWER") || n == QLatin1String("SA") || n == QLatin1String("MW")) {
        part->type = QuestionType::ShortAnswer;
    } else if (n == QLatin1String("SHORTANSWER_C") || n == QLatin1String("SAC")
        || n == QLatin1String("MWC")) {
        part->type = QuestionType::ShortAnswer;
        part->caseSensitive = true;
    } else if (n == QLatin1String("NUMERICAL") || n == QLatin1String("NM")) {
        part->type = QuestionType::Numerical;
    } else {
        // Accept the long (MULTICHOICE_VS) and short (MCVS) spellings.
        QString compact = n;
        compact.replace(QLatin1Char('_'), QString());
        static const QRegularExpression shortForm(
            QStringLiteral("^(MULTICHOICE|MC|MULTIRESPONSE|MR)(V|H)?(S)?$"));
        const QRegularExpressionMatch m = shortForm.match(compact);
        if (!m.hasMatch())
            return false;
        part->type = QuestionType::MultiChoice;
        const QString kind = m.captured(1);
        part->single = kind == QLatin1String("MULTICHOICE") || kind == QLatin1String("MC");
        const QString layout = m.captured(2);
        part->layout = layout == QLatin1String("V") ? 1 : layout == QLatin1String("H") ? 2 : 0;
        if (!part->single && layout.isEmpty())
            part->layout = 1;
        part->shuffle = !m.captured(3).isEmpty();
    }
    return true;
}

} // namespace

ClozeQuestion parseCloze(const QString &text)
{
    static const QRegularExpression code(
        QStringLiteral(R"(\{(\d*):([A-Za-z_]+):((?:\\.|[^}])*)\})"));
    ClozeQuestion result;
    qsizetype last = 0;
    auto it = code.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        ClozePart part;
        part.code = m.captured(0);
        part.mark = m.captured(1).isEmpty() ? 1 : m.captured(1).toDouble();
        if (!configure(m.captured(2), &part))
            continue;
        for (const QString &raw : splitUnescaped(m.captured(3), QLatin1Char('~'))) {
            QString item = raw;
            Answer answer;
            if (item.startsWith(QLatin1Char('='))) {
                answer.fraction = 1;
                item.remove(0, 1);
            } else if (item.startsWith(QLatin1Char('%'))) {
                const qsizetype end = item.indexOf(QLatin1Char('%'), 1);
                if (end > 0) {
                    answer.fraction = item.mid(1, end - 1).toDouble() / 100.0;
                    item.remove(0, end + 1);
                }
            }
            const QStringList pieces = splitUnescaped(item, QLatin1Char('#'));
            QString value = pieces.value(0);
            answer.feedback = unescape(pieces.mid(1).join(QLatin1Char('#')));
            if (part.type == QuestionType::Numerical) {
                const QStringList number = value.split(QLatin1Char(':'));
                value = number.value(0);
                answer.tolerance = number.value(1).toDouble();
            }
            answer.text = unescape(value);
            part.answers.push_back(answer);
        }
        result.text += text.mid(last, m.capturedStart() - last);
        result.parts.append(part);
        result.text += QStringLiteral("{#%1}").arg(result.parts.size());
        last = m.capturedEnd();
    }
    result.text += text.mid(last);
    return result;
}

QString mindMapJson(const MindMapNode &root)
{
    QJsonArray nodes;
    int next = 0;
    int row = 0;
    // Leaves take consecutive rows; a parent sits at the middle of its children's rows.
    std::function<double(const MindMapNode &, const QString &, int, const QString &)> walk
        = [&](const MindMapNode &node, const QString &id, int depth, const QString &parent) {
              QJsonArray connections;
              if (!parent.isEmpty())
                  connections.append(parent);
              QStringList childIds;
              for (size_t i = 0; i < node.children.size(); ++i) {
                  childIds.append(QStringLiteral("n%1").arg(++next));
                  connections.append(childIds.last());
              }
              const qsizetype slot = nodes.size();
              nodes.append(QJsonObject());
              double y = 0;
              if (node.children.empty()) {
                  y = row++ * 80.0;
              } else {
                  double first = 0;
                  double lastY = 0;
                  for (size_t i = 0; i < node.children.size(); ++i) {
                      const double childY = walk(
                          node.children[i], childIds[static_cast<qsizetype>(i)], depth + 1, id);
                      if (i == 0)
                          first = childY;
                      lastY = childY;
                  }
                  y = (first + lastY) / 2;
              }
              QJsonObject object {{QStringLiteral("id"), id}, {QStringLiteral("label"), node.label},
                  {QStringLiteral("x"), depth * 240}, {QStringLiteral("y"), y},
                  {QStringLiteral("shape"),
                      depth == 0 ? QStringLiteral("box") : QStringLiteral("ellipse")},
                  {QStringLiteral("font"),
                      QJsonObject {{QStringLiteral("color"),
                          depth == 0 ? QStringLiteral("#ffffff") : QStringLiteral("#343434")}}},
                  {QStringLiteral("color"),
                      QJsonObject {{QStringLiteral("background"),
                          !node.color.isEmpty() ? node.color
                              : depth == 0      ? QStringLiteral("#c45400")
                                                : QStringLiteral("#97c1fc")}}},
                  {QStringLiteral("connections"), connections}};
              nodes[slot] = object;
              return y;
          };
    walk(root, QStringLiteral("n0"), 0, QString());
    return QString::fromUtf8(QJsonDocument(nodes).toJson(QJsonDocument::Compact));
}

} // namespace Parcours
