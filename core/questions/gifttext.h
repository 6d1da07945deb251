// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/** Text helpers shared by the GIFT parser and writer. */
namespace Parcours::Gift {

/** The text formats GIFT names in brackets before a question's text. */
enum class TextFormat { Moodle, Html, Plain, Markdown };

/** Index of the first occurrence of needle at or after from that no backslash escapes, or -1. */
qsizetype findUnescaped(const QString &text, const QString &needle, qsizetype from);
/** Resolves GIFT's escapes (`\~ \= \# \{ \} \: \\`, `\n` as a line break). */
QString unescape(const QString &text);
/** Escapes GIFT's special characters and line breaks. */
QString escape(const QString &text);
/** Removes a leading `[html]`, `[moodle]`, `[plain]` or `[markdown]` and reports it. */
QString takeFormat(const QString &text, TextFormat *format);
/** Text in format as HTML: HTML unchanged, other formats escaped with line breaks as <br>. */
QString toHtml(const QString &text, TextFormat format);
/** True when html reads the same written as plain text (no markup, entity or line break). */
bool isPlain(const QString &html);

} // namespace Parcours::Gift
