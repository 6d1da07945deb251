// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

typedef struct _xmlBuffer xmlBuffer;
typedef struct _xmlTextWriter xmlTextWriter;

namespace Parcours {

/**
 * Builds one XML file of a Moodle backup in memory with libxml2's streaming writer, in Moodle's
 * dialect: the prologue `<?xml version="1.0" encoding="UTF-8"?>`, 2-space indentation, text
 * escaped as entities, control characters removed and CRLF turned into LF, NULL written as the
 * literal `$@NULL@$`.
 *
 * Usage: start("quiz"); attribute("id", 5); text("name", …); … end(); bytes().
 */
class XmlBuilder
{
public:
    /** The literal Moodle writes for a database NULL. */
    static QString nullValue() { return QStringLiteral("$@NULL@$"); }

    XmlBuilder();
    ~XmlBuilder();
    XmlBuilder(const XmlBuilder &) = delete;
    XmlBuilder &operator=(const XmlBuilder &) = delete;

    void start(const char *name);
    void attribute(const char *name, const QString &value);
    void attribute(const char *name, qint64 value);
    /** Closes the current element (an empty one as `<x></x>`, as Moodle does). */
    void end();
    /** An element holding text. */
    void text(const char *name, const QString &value);
    void number(const char *name, qint64 value);
    /** A decimal with a fixed number of decimals ("10.00000"). */
    void decimal(const char *name, double value, int decimals);
    void null(const char *name);
    void optionalNumber(const char *name, std::optional<qint64> value);
    /** An empty list element (`<tags></tags>`). */
    void empty(const char *name);
    /** Copies already serialised XML as is (opaque payloads). */
    void raw(const QByteArray &xml);

    /** Finishes the document and returns its bytes. */
    QByteArray bytes();

    /** Text as Moodle stores it in XML: control characters dropped, CRLF/CR → LF. */
    static QByteArray clean(const QString &value);

private:
    xmlBuffer *m_buffer;
    xmlTextWriter *m_writer;
};

} // namespace Parcours
