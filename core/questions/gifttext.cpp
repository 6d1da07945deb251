// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questions/gifttext.h"

namespace Parcours::Gift {

qsizetype findUnescaped(const QString &text, const QString &needle, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (QStringView(text).mid(i).startsWith(needle))
            return i;
    }
    return -1;
}

QString unescape(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 == text.size()) {
            result += c;
            continue;
        }
        const QChar next = text.at(i + 1);
        if (next == QLatin1Char('n')) {
            result += QLatin1Char('\n');
            ++i;
        } else if (QStringLiteral("~=#{}:\\").contains(next)) {
            result += next;
            ++i;
        } else {
            result += c;
        }
    }
    return result;
}

QString escape(const QString &text)
{
    QString result;
    result.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            result += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            continue;
        else if (QStringLiteral("~=#{}:\\").contains(c))
            result += QLatin1Char('\\') + c;
        else
            result += c;
    }
    return result;
}

QString takeFormat(const QString &text, TextFormat *format)
{
    static const struct
    {
        const char *tag;
        TextFormat format;
    } s_formats[] = {{"[html]", TextFormat::Html}, {"[moodle]", TextFormat::Moodle},
        {"[plain]", TextFormat::Plain}, {"[markdown]", TextFormat::Markdown}};
    for (const auto &f : s_formats) {
        if (text.startsWith(QLatin1String(f.tag), Qt::CaseInsensitive)) {
            *format = f.format;
            return text.mid(qsizetype(qstrlen(f.tag)));
        }
    }
    return text;
}

QString toHtml(const QString &text, TextFormat format)
{
    if (format == TextFormat::Html)
        return text;
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('<'))
            result += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            result += QLatin1String("&gt;");
        else if (c == QLatin1Char('&'))
            result += QLatin1String("&amp;");
        else if (c == QLatin1Char('\n'))
            result += QLatin1String("<br>");
        else
            result += c;
    }
    return result;
}

bool isPlain(const QString &html)
{
    for (const QChar c : html) {
        if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('&')
            || c == QLatin1Char('\n'))
            return false;
    }
    return true;
}

} // namespace Parcours::Gift
