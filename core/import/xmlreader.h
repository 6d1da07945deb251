// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

struct _xmlDoc;
struct _xmlNode;

namespace Parcours {

/**
 * A read-only view of one element of an XmlDocument. It does not own anything and is valid
 * while its document lives. A default-constructed (null) element answers every query with a
 * null element, an empty list or a null string, so lookups can be chained without checks:
 * `doc->root().child("information").childText("name")`.
 */
class XmlElement
{
public:
    XmlElement() = default;
    explicit XmlElement(_xmlNode *node)
        : m_node(node)
    { }

    bool isNull() const { return m_node == nullptr; }
    explicit operator bool() const { return m_node != nullptr; }

    /** Local name ("activity"). */
    QString name() const;
    /** Line of the start tag in the source, for messages. */
    int line() const;

    /** First child element named name (any element when name is empty). */
    XmlElement child(QLatin1String name = {}) const;
    /** Follows a path of child names separated by '/': `path("contents/activities")`. */
    XmlElement path(QLatin1String path) const;
    /** All child elements named name (all child elements when name is empty), in order. */
    QList<XmlElement> children(QLatin1String name = {}) const;
    /** The next sibling element named name (any when empty). */
    XmlElement nextSibling(QLatin1String name = {}) const;

    /**
     * All text below the element. Moodle's null marker `$@NULL@$` gives a null QString; an
     * empty element gives an empty but non-null QString, so the two stay distinct.
     */
    QString text() const;
    /** True when the element's text is Moodle's null marker `$@NULL@$`. */
    bool isNullValue() const;
    /** text() of child(name); null when the child is missing or null. */
    QString childText(QLatin1String name) const;
    /**
     * childText(name) as an integer; defaultValue (and *ok false) when missing, null, empty or
     * not a number.
     */
    qint64 childInt(QLatin1String name, qint64 defaultValue = 0, bool *ok = nullptr) const;

    /** Value of the attribute, or a null QString when absent. */
    QString attribute(QLatin1String name) const;

    /** The element and its content as XML text (its "outer XML"), as parsed. */
    QString toXml() const;

private:
    _xmlNode *m_node = nullptr;
};

/**
 * A parsed XML document read safely with libxml2: no network access, no DTD loading, no entity
 * substitution, default size limits (no XML_PARSE_HUGE), and any document that declares a
 * DOCTYPE is refused outright, so external entities (XXE) and entity expansion ("billion
 * laughs") can never happen. Moodle never writes a DOCTYPE. Input must be UTF-8, whatever its
 * declaration says.
 *
 * Errors: the loaders return nullptr and put in *errorString a translated message that names
 * displayName (the file as the user knows it, e.g. "course.mbz: moodle_backup.xml"), the line,
 * and libxml2's reason.
 */
class XmlDocument
{
    Q_DECLARE_TR_FUNCTIONS(XmlDocument)

public:
    /** libxml2 refuses a text node over 10 MB unless told that large ones are expected. */
    enum class TextNodes { Limited, Large };

    /**
     * Parses data. TextNodes::Large lifts libxml2's 10 MB limit on one text node (for Moodle
     * question files embedding big images); it stays safe because a DOCTYPE, and so any entity,
     * stops the parse before anything is expanded. The caller bounds the data's size.
     */
    static std::unique_ptr<XmlDocument> fromData(const QByteArray &data,
        const QString &displayName,
        QString *errorString = nullptr,
        TextNodes textNodes = TextNodes::Limited);
    /** Reads fileName; displayName defaults to its native path. */
    static std::unique_ptr<XmlDocument> fromFile(
        const QString &fileName, const QString &displayName = {}, QString *errorString = nullptr);
    ~XmlDocument();
    XmlDocument(const XmlDocument &) = delete;
    XmlDocument &operator=(const XmlDocument &) = delete;

    XmlElement root() const;

private:
    explicit XmlDocument(_xmlDoc *doc);

    _xmlDoc *m_doc;
};

} // namespace Parcours
