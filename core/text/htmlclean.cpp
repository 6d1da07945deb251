// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/htmlclean.h"

#include <QSet>
#include <QUrl>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// ---- libxml2 access ----

struct DocDeleter
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

DocPtr parse(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    if (utf8.trimmed().isEmpty())
        return nullptr;
    return DocPtr(htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
        HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NODEFDTD));
}

QString str(const xmlChar *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

QString nameOf(const xmlNode *node)
{
    return str(node->name).toLower();
}

QString attribute(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    const QString result = str(value);
    xmlFree(value);
    return result;
}

bool hasAttribute(const xmlNode *node, const char *name)
{
    return xmlHasProp(node, reinterpret_cast<const xmlChar *>(name)) != nullptr;
}

/** The declarations of a style attribute, property names lowercased. */
QHash<QString, QString> styleOf(const xmlNode *node)
{
    QHash<QString, QString> style;
    for (const QString &declaration : attribute(node, "style").split(QLatin1Char(';'))) {
        const qsizetype colon = declaration.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        style.insert(declaration.left(colon).trimmed().toLower(),
            declaration.mid(colon + 1).trimmed().toLower());
    }
    return style;
}

const xmlNode *findBody(const xmlNode *node)
{
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (nameOf(node) == "body"_L1)
            return node;
        if (const xmlNode *body = findBody(node->children))
            return body;
    }
    return nullptr;
}

bool isQtDocument(const xmlNode *node)
{
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (nameOf(node) == "meta"_L1 && attribute(node, "name") == "qrichtext"_L1)
            return true;
        if (nameOf(node) != "body"_L1 && isQtDocument(node->children))
            return true;
    }
    return false;
}

// ---- The clean model: blocks holding runs of formatted inline items ----

enum Format : int {
    Strong = 0x1,
    Em = 0x2,
    Underline = 0x4,
    Strike = 0x8,
    Sub = 0x10,
    Sup = 0x20,
    Code = 0x40,
};
constexpr int formatCount = 7;
const char *const formatTags[formatCount] = {"strong", "em", "u", "s", "sub", "sup", "code"};

struct Link
{
    QString href;
    LinkAttributes attributes;
    bool operator==(const Link &) const = default;
};

struct Inline
{
    enum class Kind { Text, Break, Image } kind = Kind::Text;
    QString text;
    int format = 0;
    /** Index in Cleaner::m_links, -1 for none. */
    int link = -1;
    QString src, alt, width, height;
};

struct Block
{
    enum class Kind { Paragraph, Heading, Pre, Quote, List, Item, Table, Row, Cell, Rule };
    Kind kind = Kind::Paragraph;
    int level = 0;
    QString align;
    bool ordered = false;
    bool header = false;
    QString colspan, rowspan;
    std::vector<Inline> inlines;
    std::vector<Block> children;
    /** Table: has a border. */
    bool border = false;
};

Block makeBlock(Block::Kind kind)
{
    Block block;
    block.kind = kind;
    return block;
}

struct Context
{
    int format = 0;
    int link = -1;
    bool pre = false;
    /** Formats the block shows by itself (bold in headings and header cells): not written. */
    int implied = 0;
};

bool isBlockTag(const QString &tag)
{
    static const QSet<QString> tags = {u"p"_s, u"div"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s,
        u"h5"_s, u"h6"_s, u"pre"_s, u"blockquote"_s, u"ul"_s, u"ol"_s, u"li"_s, u"table"_s,
        u"thead"_s, u"tbody"_s, u"tfoot"_s, u"tr"_s, u"td"_s, u"th"_s, u"hr"_s, u"section"_s,
        u"article"_s, u"header"_s, u"footer"_s, u"aside"_s, u"nav"_s, u"main"_s, u"figure"_s,
        u"figcaption"_s, u"address"_s, u"dl"_s, u"dt"_s, u"dd"_s, u"center"_s, u"caption"_s};
    return tags.contains(tag);
}

/** Elements dropped with all they hold. */
bool isDroppedTag(const QString &tag)
{
    static const QSet<QString> tags
        = {u"head"_s, u"script"_s, u"style"_s, u"meta"_s, u"title"_s, u"link"_s, u"iframe"_s,
            u"object"_s, u"embed"_s, u"video"_s, u"audio"_s, u"source"_s, u"track"_s, u"noscript"_s,
            u"template"_s, u"form"_s, u"input"_s, u"button"_s, u"select"_s, u"textarea"_s, u"svg"_s,
            u"math"_s, u"canvas"_s, u"frame"_s, u"frameset"_s, u"applet"_s, u"param"_s, u"base"_s};
    return tags.contains(tag);
}

QString alignOf(const xmlNode *node)
{
    QString align = styleOf(node).value(u"text-align"_s);
    if (align.isEmpty())
        align = attribute(node, "align").toLower();
    static const QSet<QString> kept = {u"center"_s, u"right"_s, u"justify"_s};
    return kept.contains(align) ? align : QString();
}

bool isWhitespace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t')
        || c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

/** Builds the clean model from a parsed document, then writes it out. */
class Cleaner
{
public:
    Cleaner(const LinkAttributeMap &links, bool qt)
        : m_linkMap(links)
        , m_qt(qt)
    { }

    std::vector<Block> build(const xmlNode *parent)
    {
        std::vector<Block> blocks;
        addBlocks(parent, blocks, Context());
        normalize(blocks, true);
        return blocks;
    }

    QString write(const std::vector<Block> &blocks) const
    {
        QStringList parts;
        for (const Block &block : blocks)
            parts.append(writeBlock(block));
        return parts.join(QLatin1Char('\n'));
    }

    /** Extra attributes of the links seen, by href. */
    LinkAttributeMap linkAttributes() const
    {
        LinkAttributeMap map;
        for (const Link &link : m_links) {
            if (link.attributes != LinkAttributes() && !map.contains(link.href))
                map.insert(link.href, link.attributes);
        }
        return map;
    }

private:
    // ---- Building ----

    /** The paragraph that collects loose inline content at the end of blocks. */
    static Block &openParagraph(std::vector<Block> &blocks, bool &open)
    {
        if (!open) {
            blocks.push_back(Block());
            open = true;
        }
        return blocks.back();
    }

    void addBlocks(const xmlNode *parent, std::vector<Block> &blocks, const Context &context)
    {
        bool open = false;
        for (const xmlNode *node = parent->children; node; node = node->next) {
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                const QString text = str(node->content);
                // Whitespace between blocks is layout of the source, not content.
                if (!open && std::all_of(text.cbegin(), text.cend(), isWhitespace))
                    continue;
                addInline(node, openParagraph(blocks, open).inlines, context);
                continue;
            }
            if (node->type != XML_ELEMENT_NODE)
                continue;
            const QString tag = nameOf(node);
            if (isDroppedTag(tag))
                continue;
            if (!isBlockTag(tag)) {
                addInline(node, openParagraph(blocks, open).inlines, context);
                continue;
            }
            open = false;
            addBlock(node, tag, blocks, context);
        }
    }

    void addBlock(
        const xmlNode *node, const QString &tag, std::vector<Block> &blocks, const Context &context)
    {
        using K = Block::Kind;
        const bool heading
            = tag.size() == 2 && tag.at(0) == QLatin1Char('h') && tag.at(1).isDigit();
        if (tag == "p"_L1 || heading) {
            Block block;
            Context inner = context;
            if (tag != "p"_L1) {
                block.kind = K::Heading;
                block.level = tag.at(1).digitValue();
                inner.implied |= Strong;
            }
            block.align = alignOf(node);
            addInlineChildren(node, block.inlines, inner);
            // Qt writes a block quote as paragraphs indented on both sides.
            const auto style = styleOf(node);
            if (m_qt && tag == "p"_L1 && style.value(u"margin-left"_s) == "40px"_L1
                && style.value(u"margin-right"_s) == "40px"_L1) {
                if (blocks.empty() || blocks.back().kind != K::Quote)
                    blocks.push_back(makeBlock(K::Quote));
                blocks.back().children.push_back(std::move(block));
                return;
            }
            blocks.push_back(std::move(block));
        } else if (tag == "pre"_L1) {
            Block block = makeBlock(K::Pre);
            Context inner = context;
            inner.pre = true;
            addInlineChildren(node, block.inlines, inner);
            blocks.push_back(std::move(block));
        } else if (tag == "blockquote"_L1) {
            Block block = makeBlock(K::Quote);
            addBlocks(node, block.children, context);
            blocks.push_back(std::move(block));
        } else if (tag == "ul"_L1 || tag == "ol"_L1) {
            Block list = makeBlock(K::List);
            list.ordered = tag == "ol"_L1;
            for (const xmlNode *child = node->children; child; child = child->next) {
                if (child->type != XML_ELEMENT_NODE)
                    continue;
                Block item = makeBlock(K::Item);
                if (nameOf(child) == "li"_L1) {
                    addBlocks(child, item.children, context);
                } else if (nameOf(child) == "ul"_L1 || nameOf(child) == "ol"_L1) {
                    // A list directly in a list belongs to the item before it.
                    if (!list.children.empty()) {
                        addBlock(child, nameOf(child), list.children.back().children, context);
                        continue;
                    }
                    addBlock(child, nameOf(child), item.children, context);
                } else {
                    continue;
                }
                list.children.push_back(std::move(item));
            }
            blocks.push_back(std::move(list));
        } else if (tag == "li"_L1) {
            // An item outside a list: its content.
            addBlocks(node, blocks, context);
        } else if (tag == "table"_L1) {
            Block table = makeBlock(K::Table);
            table.border = attribute(node, "border").toInt() > 0;
            addRows(node, table, false, context);
            // A table without a head whose first row is all header cells: that row is its head.
            if (!table.children.empty() && !table.children.front().header) {
                Block &first = table.children.front();
                const bool allHeaders = !first.children.empty()
                    && std::all_of(first.children.cbegin(), first.children.cend(),
                        [](const Block &cell) { return cell.header; });
                if (allHeaders)
                    first.header = true;
            }
            blocks.push_back(std::move(table));
        } else if (tag == "hr"_L1) {
            blocks.push_back(makeBlock(K::Rule));
        } else if (tag == "tr"_L1 || tag == "td"_L1 || tag == "th"_L1 || tag == "thead"_L1
            || tag == "tbody"_L1 || tag == "tfoot"_L1) {
            // Table parts outside a table: their content.
            addBlocks(node, blocks, context);
        } else {
            // div, section, … : their content, loose inline runs becoming paragraphs.
            addBlocks(node, blocks, context);
        }
    }

    void addRows(const xmlNode *parent, Block &table, bool head, const Context &context)
    {
        for (const xmlNode *node = parent->children; node; node = node->next) {
            if (node->type != XML_ELEMENT_NODE)
                continue;
            const QString tag = nameOf(node);
            if (tag == "thead"_L1 || tag == "tbody"_L1 || tag == "tfoot"_L1) {
                addRows(node, table, tag == "thead"_L1, context);
                continue;
            }
            if (tag != "tr"_L1)
                continue;
            Block row = makeBlock(Block::Kind::Row);
            row.header = head;
            for (const xmlNode *cellNode = node->children; cellNode; cellNode = cellNode->next) {
                if (cellNode->type != XML_ELEMENT_NODE)
                    continue;
                const QString cellTag = nameOf(cellNode);
                if (cellTag != "td"_L1 && cellTag != "th"_L1)
                    continue;
                Block cell = makeBlock(Block::Kind::Cell);
                cell.header = cellTag == "th"_L1;
                cell.align = alignOf(cellNode);
                const int colspan = attribute(cellNode, "colspan").toInt();
                const int rowspan = attribute(cellNode, "rowspan").toInt();
                if (colspan > 1)
                    cell.colspan = QString::number(colspan);
                if (rowspan > 1)
                    cell.rowspan = QString::number(rowspan);
                addBlocks(cellNode, cell.children, context);
                row.children.push_back(std::move(cell));
            }
            table.children.push_back(std::move(row));
        }
    }

    void addInlineChildren(const xmlNode *parent, std::vector<Inline> &inlines, const Context &c)
    {
        for (const xmlNode *node = parent->children; node; node = node->next)
            addInline(node, inlines, c);
    }

    void addInline(const xmlNode *node, std::vector<Inline> &inlines, const Context &context)
    {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            Inline item;
            item.text = str(node->content);
            item.format = context.format;
            item.link = context.link;
            inlines.push_back(std::move(item));
            return;
        }
        if (node->type != XML_ELEMENT_NODE)
            return;
        const QString tag = nameOf(node);
        if (isDroppedTag(tag))
            return;
        Context inner = context;
        if (tag == "br"_L1) {
            Inline item;
            item.kind = Inline::Kind::Break;
            item.link = context.link;
            inlines.push_back(std::move(item));
            return;
        }
        if (tag == "img"_L1) {
            Inline item;
            item.kind = Inline::Kind::Image;
            item.src = attribute(node, "src").trimmed();
            if (item.src.isEmpty() || !HtmlClean::isSafeHref(item.src))
                return;
            item.alt = attribute(node, "alt");
            const int width = attribute(node, "width").toInt();
            const int height = attribute(node, "height").toInt();
            if (width > 0)
                item.width = QString::number(width);
            if (height > 0)
                item.height = QString::number(height);
            item.format = context.format;
            item.link = context.link;
            inlines.push_back(std::move(item));
            return;
        }
        if (tag == "strong"_L1 || tag == "b"_L1) {
            inner.format |= Strong;
        } else if (tag == "em"_L1 || tag == "i"_L1 || tag == "cite"_L1) {
            inner.format |= Em;
        } else if (tag == "u"_L1 || tag == "ins"_L1) {
            inner.format |= Underline;
        } else if (tag == "s"_L1 || tag == "strike"_L1 || tag == "del"_L1) {
            inner.format |= Strike;
        } else if (tag == "sub"_L1) {
            inner.format |= Sub;
        } else if (tag == "sup"_L1) {
            inner.format |= Sup;
        } else if (tag == "code"_L1 || tag == "tt"_L1 || tag == "kbd"_L1 || tag == "samp"_L1) {
            inner.format |= Code;
        } else if (tag == "a"_L1) {
            const QString href = attribute(node, "href").trimmed();
            if (context.link < 0 && !href.isEmpty() && HtmlClean::isSafeHref(href)) {
                Link link {href, m_linkMap.value(href)};
                if (hasAttribute(node, "title") || hasAttribute(node, "target")
                    || hasAttribute(node, "rel")) {
                    link.attributes = {attribute(node, "title"), attribute(node, "target"),
                        attribute(node, "rel")};
                }
                inner.link = linkIndex(link);
            }
        }
        if (node->properties && hasAttribute(node, "style"))
            inner.format = applyStyle(styleOf(node), inner.format);
        addInlineChildren(node, inlines, inner);
    }

    int applyStyle(const QHash<QString, QString> &style, int format) const
    {
        const QString weight = style.value(u"font-weight"_s);
        if (weight == "bold"_L1 || weight == "bolder"_L1 || weight.toInt() >= 600)
            format |= Strong;
        if (style.value(u"font-style"_s) == "italic"_L1
            || style.value(u"font-style"_s) == "oblique"_L1)
            format |= Em;
        const QString decoration = style.value(u"text-decoration"_s);
        if (decoration.contains("underline"_L1))
            format |= Underline;
        if (decoration.contains("line-through"_L1))
            format |= Strike;
        const QString align = style.value(u"vertical-align"_s);
        if (align == "super"_L1)
            format |= Sup;
        else if (align == "sub"_L1)
            format |= Sub;
        const QString family = style.value(u"font-family"_s);
        if (family.contains("monospace"_L1) || family.contains("courier"_L1))
            format |= Code;
        return format;
    }

    int linkIndex(const Link &link)
    {
        const qsizetype index = m_links.indexOf(link);
        if (index >= 0)
            return int(index);
        m_links.append(link);
        return int(m_links.size() - 1);
    }

    // ---- Normalizing ----

    static bool isEmptyParagraph(const Block &block)
    {
        return block.kind == Block::Kind::Paragraph
            && std::all_of(block.inlines.cbegin(), block.inlines.cend(),
                [](const Inline &i) { return i.kind == Inline::Kind::Break; });
    }

    void normalize(std::vector<Block> &blocks, bool top)
    {
        using K = Block::Kind;
        std::vector<Block> result;
        for (Block &block : blocks) {
            switch (block.kind) {
            case K::Paragraph:
            case K::Heading:
                normalizeInlines(block.inlines, block.kind == K::Heading ? Strong : 0);
                // A paragraph with nothing at all (not even a line break) shows nothing.
                if (block.kind == K::Paragraph && block.inlines.empty())
                    continue;
                break;
            case K::Pre:
                normalizePre(block.inlines);
                // Qt writes one <pre> per line: consecutive ones are one preformatted text.
                if (!result.empty() && result.back().kind == K::Pre) {
                    Inline newline;
                    newline.text = u"\n"_s;
                    result.back().inlines.push_back(newline);
                    for (Inline &item : block.inlines)
                        result.back().inlines.push_back(std::move(item));
                    mergeText(result.back().inlines);
                    continue;
                }
                break;
            case K::Quote:
                normalize(block.children, false);
                if (block.children.empty())
                    continue;
                if (!result.empty() && result.back().kind == K::Quote) {
                    for (Block &child : block.children)
                        result.back().children.push_back(std::move(child));
                    continue;
                }
                break;
            case K::List:
                for (Block &item : block.children)
                    normalize(item.children, false);
                break;
            case K::Table:
                for (Block &row : block.children) {
                    for (Block &cell : row.children) {
                        for (Block &child : cell.children) {
                            if (child.kind != K::Paragraph && child.kind != K::Heading)
                                continue;
                            if (child.align.isEmpty())
                                child.align = cell.align;
                            // Qt shows header cells bold and centred by itself; a header cell
                            // outside the head becomes a bold data cell.
                            if (row.header) {
                                stripFormat(child.inlines, Strong);
                                if (child.align == "center"_L1)
                                    child.align.clear();
                            } else if (cell.header) {
                                for (Inline &item : child.inlines)
                                    item.format |= Strong;
                            }
                        }
                        normalize(cell.children, false);
                    }
                }
                break;
            default:
                break;
            }
            result.push_back(std::move(block));
        }
        if (top) {
            while (!result.empty() && isEmptyParagraph(result.back()))
                result.pop_back();
        }
        blocks = std::move(result);
    }

    static void stripFormat(std::vector<Inline> &inlines, int format)
    {
        for (Inline &item : inlines)
            item.format &= ~format;
    }

    static void mergeText(std::vector<Inline> &inlines)
    {
        std::vector<Inline> merged;
        for (Inline &item : inlines) {
            if (item.kind == Inline::Kind::Text && item.text.isEmpty())
                continue;
            if (!merged.empty() && item.kind == Inline::Kind::Text
                && merged.back().kind == Inline::Kind::Text && merged.back().format == item.format
                && merged.back().link == item.link) {
                merged.back().text += item.text;
                continue;
            }
            merged.push_back(std::move(item));
        }
        inlines = std::move(merged);
    }

    void normalizePre(std::vector<Inline> &inlines)
    {
        // Qt writes an empty line of a preformatted text as a <pre> holding only a break.
        if (std::all_of(inlines.cbegin(), inlines.cend(),
                [](const Inline &i) { return i.kind == Inline::Kind::Break; }))
            inlines.clear();
        for (Inline &item : inlines) {
            item.format &= ~Code;
            if (item.kind == Inline::Kind::Break) {
                item.kind = Inline::Kind::Text;
                item.text = u"\n"_s;
            }
        }
        mergeText(inlines);
        // A newline right after <pre> is not content, as in browsers.
        if (!inlines.empty() && inlines.front().kind == Inline::Kind::Text
            && inlines.front().text.startsWith(QLatin1Char('\n')))
            inlines.front().text.remove(0, 1);
        mergeText(inlines);
    }

    /** Collapses whitespace as a browser shows it and drops what shows nothing. */
    void normalizeInlines(std::vector<Inline> &inlines, int implied)
    {
        stripFormat(inlines, implied);
        for (Inline &item : inlines) {
            // Underline and colour are how links look, not formatting.
            if (item.link >= 0)
                item.format &= ~Underline;
        }
        bool space = true; // at the start of a block or after a break: no leading space
        for (Inline &item : inlines) {
            if (item.kind == Inline::Kind::Break) {
                space = true;
                continue;
            }
            if (item.kind == Inline::Kind::Image) {
                space = false;
                continue;
            }
            QString text;
            text.reserve(item.text.size());
            for (const QChar c : std::as_const(item.text)) {
                if (isWhitespace(c)) {
                    if (!space)
                        text.append(QLatin1Char(' '));
                    space = true;
                } else {
                    text.append(c);
                    space = false;
                }
            }
            item.text = text;
        }
        // Trailing spaces before a break and at the end show nothing.
        bool trimming = true;
        for (auto it = inlines.rbegin(); it != inlines.rend(); ++it) {
            if (it->kind == Inline::Kind::Break) {
                trimming = true;
                continue;
            }
            if (it->kind == Inline::Kind::Image) {
                trimming = false;
                continue;
            }
            if (!trimming)
                continue;
            while (it->text.endsWith(QLatin1Char(' ')))
                it->text.chop(1);
            if (!it->text.isEmpty())
                trimming = false;
        }
        mergeText(inlines);
        // Formatting around nothing but spaces is not seen; the space keeps the outer format.
        for (Inline &item : inlines) {
            if (item.kind == Inline::Kind::Text && item.text.trimmed().isEmpty())
                item.format &= ~(Strong | Em | Sub | Sup | Code);
        }
        mergeText(inlines);
        // A break that ends a block with content shows nothing.
        const bool hasContent = std::any_of(inlines.cbegin(), inlines.cend(),
            [](const Inline &i) { return i.kind != Inline::Kind::Break; });
        if (hasContent) {
            while (!inlines.empty() && inlines.back().kind == Inline::Kind::Break)
                inlines.pop_back();
        } else if (inlines.size() > 1) {
            inlines.resize(1);
        }
    }

    // ---- Writing ----

    static QString escape(const QString &text, bool attribute)
    {
        QString out;
        out.reserve(text.size() + 8);
        for (const QChar c : text) {
            switch (c.unicode()) {
            case '&':
                out += "&amp;"_L1;
                break;
            case '<':
                out += "&lt;"_L1;
                break;
            case '>':
                out += "&gt;"_L1;
                break;
            case '"':
                out += attribute ? "&quot;"_L1 : "\""_L1;
                break;
            case 0xa0:
                out += "&nbsp;"_L1;
                break;
            default:
                out += c;
            }
        }
        return out;
    }

    static QString attr(const char *name, const QString &value)
    {
        return u" %1=\"%2\""_s.arg(QLatin1StringView(name), escape(value, true));
    }

    QString writeItem(const Inline &item) const
    {
        switch (item.kind) {
        case Inline::Kind::Break:
            return u"<br>"_s;
        case Inline::Kind::Image: {
            QString out = u"<img"_s + attr("src", item.src) + attr("alt", item.alt);
            if (!item.width.isEmpty())
                out += attr("width", item.width);
            if (!item.height.isEmpty())
                out += attr("height", item.height);
            return out + u">"_s;
        }
        case Inline::Kind::Text:
            break;
        }
        return escape(item.text, false);
    }

    /** Writes items [begin, end), opening the formats not open yet in canonical order. */
    QString writeFormatted(
        const std::vector<Inline> &items, size_t begin, size_t end, int open) const
    {
        QString out;
        size_t i = begin;
        while (i < end) {
            const int remaining
                = items[i].kind == Inline::Kind::Break ? 0 : items[i].format & ~open;
            if (!remaining) {
                out += writeItem(items[i]);
                ++i;
                continue;
            }
            int bit = 0;
            while (!(remaining & (1 << bit)))
                ++bit;
            const int format = 1 << bit;
            size_t j = i;
            while (j < end && items[j].kind != Inline::Kind::Break && (items[j].format & format))
                ++j;
            const QLatin1StringView tag(formatTags[bit]);
            out += u"<%1>"_s.arg(tag) + writeFormatted(items, i, j, open | format)
                + u"</%1>"_s.arg(tag);
            i = j;
        }
        return out;
    }

    QString writeInlines(const std::vector<Inline> &items) const
    {
        QString out;
        size_t i = 0;
        while (i < items.size()) {
            const int linkIndex = items[i].link;
            size_t j = i;
            if (linkIndex < 0) {
                while (j < items.size() && items[j].link < 0)
                    ++j;
                out += writeFormatted(items, i, j, 0);
            } else {
                const Link &link = m_links.at(linkIndex);
                while (j < items.size() && items[j].link >= 0 && m_links.at(items[j].link) == link)
                    ++j;
                out += u"<a"_s + attr("href", link.href);
                if (!link.attributes.title.isEmpty())
                    out += attr("title", link.attributes.title);
                if (!link.attributes.target.isEmpty())
                    out += attr("target", link.attributes.target);
                if (!link.attributes.rel.isEmpty())
                    out += attr("rel", link.attributes.rel);
                out += u">"_s + writeFormatted(items, i, j, 0) + u"</a>"_s;
            }
            i = j;
        }
        return out;
    }

    static QString alignAttribute(const QString &align)
    {
        return align.isEmpty() ? QString() : attr("style", u"text-align: %1;"_s.arg(align));
    }

    /** The content of a list item or a cell: a lone paragraph is written without its <p>. */
    QString writeContainer(const std::vector<Block> &children) const
    {
        const auto paragraphs = std::count_if(children.cbegin(), children.cend(),
            [](const Block &b) { return b.kind != Block::Kind::List; });
        QString out;
        for (const Block &child : children) {
            if (paragraphs == 1 && child.kind == Block::Kind::Paragraph && child.align.isEmpty()) {
                if (!isEmptyParagraph(child))
                    out += writeInlines(child.inlines);
            } else {
                out += writeBlock(child);
            }
        }
        return out;
    }

    QString writeBlock(const Block &block) const
    {
        using K = Block::Kind;
        switch (block.kind) {
        case K::Paragraph:
            if (isEmptyParagraph(block))
                return u"<p%1><br></p>"_s.arg(alignAttribute(block.align));
            return u"<p%1>%2</p>"_s.arg(alignAttribute(block.align), writeInlines(block.inlines));
        case K::Heading:
            return u"<h%1%2>%3</h%1>"_s.arg(QString::number(block.level),
                alignAttribute(block.align), writeInlines(block.inlines));
        case K::Pre:
            return u"<pre>"_s + writeInlines(block.inlines) + u"</pre>"_s;
        case K::Quote: {
            QString out = u"<blockquote>"_s;
            for (const Block &child : block.children)
                out += writeBlock(child);
            return out + u"</blockquote>"_s;
        }
        case K::List: {
            const QString tag = block.ordered ? u"ol"_s : u"ul"_s;
            QString out = u"<"_s + tag + u">"_s;
            for (const Block &item : block.children)
                out += u"<li>"_s + writeContainer(item.children) + u"</li>"_s;
            return out + u"</"_s + tag + u">"_s;
        }
        case K::Table: {
            QString out = block.border ? u"<table border=\"1\">"_s : u"<table>"_s;
            QString head, body;
            for (const Block &row : block.children) {
                QString cells;
                for (const Block &cell : row.children) {
                    const QString tag = row.header ? u"th"_s : u"td"_s;
                    cells += u"<"_s + tag;
                    if (!cell.colspan.isEmpty())
                        cells += attr("colspan", cell.colspan);
                    if (!cell.rowspan.isEmpty())
                        cells += attr("rowspan", cell.rowspan);
                    cells += u">"_s + writeContainer(cell.children) + u"</"_s + tag + u">"_s;
                }
                (row.header ? head : body) += u"<tr>"_s + cells + u"</tr>"_s;
            }
            if (!head.isEmpty())
                out += u"<thead>"_s + head + u"</thead>"_s;
            if (!body.isEmpty())
                out += u"<tbody>"_s + body + u"</tbody>"_s;
            return out + u"</table>"_s;
        }
        case K::Rule:
            return u"<hr>"_s;
        case K::Item:
        case K::Row:
        case K::Cell:
            break;
        }
        return QString();
    }

    const LinkAttributeMap &m_linkMap;
    QList<Link> m_links;
    bool m_qt;
};

QString cleanDocument(const QString &html, const LinkAttributeMap &links, LinkAttributeMap *seen)
{
    const DocPtr doc = parse(html);
    if (!doc)
        return QString();
    const xmlNode *root = xmlDocGetRootElement(doc.get());
    if (!root)
        return QString();
    const xmlNode *body = findBody(root);
    Cleaner cleaner(links, isQtDocument(root));
    const std::vector<Block> blocks = cleaner.build(body ? body : root->parent);
    if (seen)
        *seen = cleaner.linkAttributes();
    return cleaner.write(blocks);
}

// ---- What the editor cannot keep ----

void collectUnsupported(const xmlNode *node, QStringList *parts)
{
    static const QSet<QString> allowed = {u"html"_s, u"head"_s, u"body"_s, u"p"_s, u"div"_s,
        u"br"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"strong"_s, u"b"_s, u"em"_s,
        u"i"_s, u"u"_s, u"s"_s, u"strike"_s, u"del"_s, u"sub"_s, u"sup"_s, u"code"_s, u"ul"_s,
        u"ol"_s, u"li"_s, u"a"_s, u"img"_s, u"table"_s, u"thead"_s, u"tbody"_s, u"tr"_s, u"th"_s,
        u"td"_s, u"blockquote"_s, u"pre"_s, u"hr"_s, u"span"_s};
    static const QHash<QString, QSet<QString>> attributes = {
        {u"a"_s, {u"href"_s, u"title"_s, u"target"_s, u"rel"_s}},
        {u"img"_s, {u"src"_s, u"alt"_s, u"width"_s, u"height"_s, u"class"_s}},
        {u"td"_s, {u"colspan"_s, u"rowspan"_s, u"style"_s}},
        {u"th"_s, {u"colspan"_s, u"rowspan"_s, u"scope"_s, u"style"_s}},
        {u"table"_s, {u"border"_s}},
    };
    static const QSet<QString> aligned
        = {u"p"_s, u"div"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s};
    const auto add = [parts](const QString &part) {
        if (!parts->contains(part))
            parts->append(part);
    };
    for (; node; node = node->next) {
        switch (node->type) {
        case XML_COMMENT_NODE:
            add(HtmlClean::tr("HTML comments"));
            continue;
        case XML_PI_NODE:
            add(HtmlClean::tr("processing instructions"));
            continue;
        case XML_ELEMENT_NODE:
            break;
        default:
            continue;
        }
        const QString tag = nameOf(node);
        if (!allowed.contains(tag)) {
            add(u"<%1>"_s.arg(tag));
            continue;
        }
        for (const xmlAttr *a = node->properties; a; a = a->next) {
            const QString name = str(a->name).toLower();
            if (name == "style"_L1
                && (aligned.contains(tag) || attributes.value(tag).contains(name))) {
                const auto style = styleOf(node);
                const bool onlyAlign = std::all_of(style.keyBegin(), style.keyEnd(),
                    [](const QString &key) { return key == "text-align"_L1; });
                if (onlyAlign)
                    continue;
            } else if (name == "class"_L1 && tag == "img"_L1) {
                // The classes Moodle's editors put on every image they insert.
                const QStringList classes
                    = attribute(node, "class").split(QLatin1Char(' '), Qt::SkipEmptyParts);
                const bool editorClasses
                    = std::all_of(classes.cbegin(), classes.cend(), [](const QString &c) {
                          return c == "img-fluid"_L1 || c == "img-responsive"_L1
                              || c.startsWith("atto_image_button_"_L1);
                      });
                if (editorClasses)
                    continue;
            } else if (name != "style"_L1 && attributes.value(tag).contains(name)) {
                continue;
            }
            if (name == "style"_L1)
                add(HtmlClean::tr("style attributes"));
            else if (name == "class"_L1)
                add(HtmlClean::tr("class attributes"));
            else
                add(HtmlClean::tr("the %1 attribute of <%2>").arg(name, tag));
        }
        collectUnsupported(node->children, parts);
    }
}

} // namespace

QString HtmlClean::clean(const QString &html, const LinkAttributeMap &links)
{
    return cleanDocument(html, links, nullptr);
}

QString HtmlClean::forEditor(const QString &html, LinkAttributeMap *links)
{
    LinkAttributeMap seen;
    const QString cleaned = cleanDocument(html, {}, &seen);
    if (links)
        *links = seen;
    return cleaned;
}

QStringList HtmlClean::unsupportedParts(const QString &html)
{
    QStringList parts;
    const DocPtr doc = parse(html);
    if (doc)
        collectUnsupported(doc->children, &parts);
    return parts;
}

bool HtmlClean::isSafeHref(const QString &href)
{
    QString scheme;
    for (const QChar c : href) {
        // Browsers ignore whitespace and control characters inside a scheme ("java\nscript:").
        if (c.unicode() <= 0x20)
            continue;
        if (c == QLatin1Char(':'))
            break;
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#'))
            return true;
        scheme += c.toLower();
    }
    return scheme != "javascript"_L1 && scheme != "vbscript"_L1 && scheme != "data"_L1;
}

QString HtmlClean::pluginFileName(const QString &src)
{
    static const QString prefix = u"@@PLUGINFILE@@/"_s;
    if (!src.startsWith(prefix))
        return QString();
    return QUrl::fromPercentEncoding(src.mid(prefix.size()).toUtf8());
}

QString HtmlClean::pluginFileSrc(const QString &name)
{
    return u"@@PLUGINFILE@@/"_s + QString::fromUtf8(QUrl::toPercentEncoding(name, "/()"));
}

} // namespace Parcours
