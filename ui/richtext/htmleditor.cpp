// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/richtext/htmleditor.h"

#include "ui/filedialog.h"
#include "ui/richtext/htmlmedia.h"
#include "ui/richtext/linkdialog.h"
#include "ui/richtext/tabledialog.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTextList>
#include <QTextTable>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace Internal {

/** Resolves "@@PLUGINFILE@@/name" images through the editor's media. */
class MediaTextDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;
    HtmlMedia *media = nullptr;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type == QTextDocument::ImageResource) {
            const QString file = HtmlClean::pluginFileName(name.toString());
            if (!file.isEmpty()) {
                const QImage image = media ? media->image(file) : QImage();
                return image.isNull() ? QVariant(missingImage()) : QVariant(forDisplay(image));
            }
        }
        return QTextDocument::loadResource(type, name);
    }

public:
    /** Large photos shown at a width the form has room for; the HTML keeps their size. */
    static QImage forDisplay(const QImage &image)
    {
        constexpr int maxWidth = 640;
        return image.width() > maxWidth ? image.scaledToWidth(maxWidth, Qt::SmoothTransformation)
                                        : image;
    }

private:
    static QImage missingImage()
    {
        QImage image(48, 48, QImage::Format_ARGB32);
        image.fill(QColor(0xe0, 0xe0, 0xe0));
        return image;
    }
};

/** The visual view: grows with its text, pastes images and clean HTML only. */
class RichTextEdit : public QTextEdit
{
public:
    explicit RichTextEdit(HtmlEditor *editor)
        : m_editor(editor)
    { }

    QSize sizeHint() const override
    {
        const int line = fontMetrics().lineSpacing();
        const int content = int(document()->size().height()) + 2 * frameWidth() + line / 2;
        return {QTextEdit::sizeHint().width(), std::clamp(content, line * 6, line * 24)};
    }
    QSize minimumSizeHint() const override
    {
        return {QTextEdit::minimumSizeHint().width(), fontMetrics().lineSpacing() * 5};
    }

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override
    {
        return source->hasImage() || QTextEdit::canInsertFromMimeData(source);
    }

    void insertFromMimeData(const QMimeData *source) override
    {
        if (source->hasImage()) {
            m_editor->insertImage(qvariant_cast<QImage>(source->imageData()), u"image.png"_s);
            return;
        }
        if (source->hasUrls()) {
            bool inserted = false;
            for (const QUrl &url : source->urls()) {
                if (!url.isLocalFile() || QImageReader::imageFormat(url.toLocalFile()).isEmpty())
                    continue;
                QFile file(url.toLocalFile());
                if (file.open(QIODevice::ReadOnly))
                    inserted = m_editor->insertImage(&file, QFileInfo(file).fileName()) || inserted;
            }
            if (inserted)
                return;
        }
        if (source->hasHtml()) {
            // Pasted pages bring fonts, colours and scripts: only what Moodle keeps comes in.
            textCursor().insertFragment(
                QTextDocumentFragment::fromHtml(HtmlClean::forEditor(source->html()), document()));
            ensureCursorVisible();
            return;
        }
        insertPlainText(source->text());
    }

    void contextMenuEvent(QContextMenuEvent *event) override
    {
        std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
        if (extendContextMenu)
            extendContextMenu(menu.get());
        menu->exec(event->globalPos());
    }

public:
    std::function<void(QMenu *)> extendContextMenu;

private:
    HtmlEditor *m_editor;
};

} // namespace Internal

namespace {

enum BlockStyle { Paragraph, Heading1, Heading2, Heading3, Preformatted };

/** Heading levels of the style combo: Moodle's editors use h3–h5 under the page's headings. */
constexpr int headingLevels[] = {0, 3, 4, 5};

/**
 * The range a format change applies to: the selection, else the word the cursor is inside (as
 * in word processors; at the end of a word, only what is typed next changes).
 */
QTextCursor wordOrSelection(QTextCursor cursor)
{
    if (cursor.hasSelection())
        return cursor;
    const QString text = cursor.block().text();
    const int position = cursor.positionInBlock();
    if (position > 0 && position < text.size() && text.at(position - 1).isLetterOrNumber()
        && text.at(position).isLetterOrNumber())
        cursor.select(QTextCursor::WordUnderCursor);
    return cursor;
}

/** Selects the whole link the cursor is on (consecutive fragments with the same href). */
QTextCursor linkUnderCursor(const QTextCursor &cursor)
{
    const QString href = cursor.charFormat().anchorHref();
    QTextCursor result(cursor);
    if (href.isEmpty())
        return result;
    const QTextBlock block = cursor.block();
    int start = -1;
    int end = -1;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const bool inLink = fragment.charFormat().anchorHref() == href;
        const int fragmentEnd = fragment.position() + fragment.length();
        if (inLink && start < 0)
            start = fragment.position();
        if (inLink)
            end = fragmentEnd;
        if (!inLink && start >= 0) {
            if (end >= cursor.position())
                break;
            start = end = -1;
        }
    }
    if (start >= 0) {
        result.setPosition(start);
        result.setPosition(end, QTextCursor::KeepAnchor);
    }
    return result;
}

/** Applies change to the character format of every fragment in cursor's selection. */
void changeCharFormat(QTextCursor cursor, const std::function<void(QTextCharFormat &)> &change)
{
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    // Collected first: setting a format splits and merges the fragments being walked.
    struct Range
    {
        int from;
        int to;
        QTextCharFormat format;
    };
    QList<Range> ranges;
    for (QTextBlock block = cursor.document()->findBlock(start);
         block.isValid() && block.position() <= end; block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int from = std::max(start, fragment.position());
            const int to = std::min(end, fragment.position() + fragment.length());
            if (from >= to)
                continue;
            QTextCharFormat format = fragment.charFormat();
            change(format);
            ranges.append({from, to, format});
        }
    }
    QTextCursor edit(cursor.document());
    edit.beginEditBlock();
    for (const Range &range : std::as_const(ranges)) {
        edit.setPosition(range.from);
        edit.setPosition(range.to, QTextCursor::KeepAnchor);
        edit.setCharFormat(range.format);
    }
    edit.endEditBlock();
}

} // namespace

HtmlEditor::HtmlEditor(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar)
    , m_styleCombo(new QComboBox)
    , m_stack(new QStackedWidget)
    , m_textEdit(new Internal::RichTextEdit(this))
    , m_sourceEdit(new QPlainTextEdit)
    , m_notice(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_toolBar->setObjectName(u"htmlToolBar"_s);
    m_toolBar->setAccessibleName(tr("Formatting"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    layout->addWidget(m_toolBar);

    m_notice->setObjectName(u"sourceNoticeLabel"_s);
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(4);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *document = new Internal::MediaTextDocument(m_textEdit);
    document->setDefaultStyleSheet(
        u"h3 { font-size: x-large; } h4 { font-size: large; } h5 { font-size: medium; }"_s);
    m_textEdit->setDocument(document);
    m_textEdit->setObjectName(u"richTextEdit"_s);
    m_textEdit->setTabChangesFocus(true);
    m_textEdit->setAcceptRichText(true);
    m_textEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(document->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged,
        m_textEdit, [this] {
            m_textEdit->updateGeometry();
            updateGeometry();
        });
    m_sourceEdit->setObjectName(u"sourcePlainTextEdit"_s);
    m_sourceEdit->setTabChangesFocus(true);
    m_sourceEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sourceEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_sourceEdit->setMinimumHeight(m_sourceEdit->fontMetrics().lineSpacing() * 6);
    m_stack->addWidget(m_textEdit);
    m_stack->addWidget(m_sourceEdit);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_textEdit);

    buildToolBar();
    connect(m_textEdit, &QTextEdit::textChanged, this, &HtmlEditor::onRichChanged);
    connect(m_textEdit, &QTextEdit::cursorPositionChanged, this, &HtmlEditor::updateActions);
    connect(m_textEdit, &QTextEdit::currentCharFormatChanged, this, &HtmlEditor::updateActions);
    connect(m_sourceEdit, &QPlainTextEdit::textChanged, this, &HtmlEditor::onSourceChanged);
    updateActions();
}

HtmlEditor::~HtmlEditor() = default;

QAction *HtmlEditor::addAction(const QString &objectName,
    const QString &iconName,
    const QString &text,
    const QString &iconText,
    const QKeySequence &shortcut)
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, this);
    action->setObjectName(objectName);
    action->setIconText(iconText);
    QString toolTip = text;
    toolTip.remove(QLatin1Char('&'));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        toolTip = tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText));
    }
    action->setToolTip(toolTip);
    // On the editor too, so that the shortcut works while typing.
    QWidget::addAction(action);
    m_toolBar->addAction(action);
    if (QWidget *button = m_toolBar->widgetForAction(action)) {
        button->setAccessibleName(text.isEmpty() ? iconText : QString(text).remove(u'&'));
        button->setFocusPolicy(Qt::NoFocus);
        button->installEventFilter(this);
    }
    return action;
}

void HtmlEditor::buildToolBar()
{
    m_styleCombo->setObjectName(u"styleComboBox"_s);
    m_styleCombo->setAccessibleName(tr("Paragraph style"));
    m_styleCombo->setToolTip(tr("Paragraph style"));
    m_styleCombo->addItem(tr("Paragraph"));
    m_styleCombo->addItem(tr("Heading 1"));
    m_styleCombo->addItem(tr("Heading 2"));
    m_styleCombo->addItem(tr("Heading 3"));
    m_styleCombo->addItem(tr("Preformatted"));
    m_styleCombo->setFocusPolicy(Qt::NoFocus);
    m_styleCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_styleCombo->installEventFilter(this);
    m_toolBar->addWidget(m_styleCombo);
    connect(m_styleCombo, &QComboBox::activated, this, &HtmlEditor::applyBlockStyle);

    m_boldAction = addAction(
        u"boldAction"_s, u"format-text-bold"_s, tr("Bold"), tr("B"), QKeySequence::Bold);
    m_italicAction = addAction(
        u"italicAction"_s, u"format-text-italic"_s, tr("Italic"), tr("I"), QKeySequence::Italic);
    m_underlineAction = addAction(u"underlineAction"_s, u"format-text-underline"_s, tr("Underline"),
        tr("U"), QKeySequence::Underline);
    m_strikeAction = addAction(
        u"strikeAction"_s, u"format-text-strikethrough"_s, tr("Strikethrough"), tr("S"));
    for (QAction *action : {m_boldAction, m_italicAction, m_underlineAction, m_strikeAction})
        action->setCheckable(true);
    connect(m_boldAction, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        mergeFormat(format);
    });
    connect(m_italicAction, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        mergeFormat(format);
    });
    connect(m_underlineAction, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontUnderline(on);
        mergeFormat(format);
    });
    connect(m_strikeAction, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontStrikeOut(on);
        mergeFormat(format);
    });
    // Without an icon theme, the letters show what they do.
    const auto letterFont = [this](QAction *action, const std::function<void(QFont &)> &style) {
        QWidget *button = m_toolBar->widgetForAction(action);
        if (!button || !action->icon().isNull())
            return;
        QFont font = button->font();
        style(font);
        button->setFont(font);
    };
    letterFont(m_boldAction, [](QFont &f) { f.setBold(true); });
    letterFont(m_italicAction, [](QFont &f) { f.setItalic(true); });
    letterFont(m_underlineAction, [](QFont &f) { f.setUnderline(true); });
    letterFont(m_strikeAction, [](QFont &f) { f.setStrikeOut(true); });
    m_toolBar->addSeparator();

    m_bulletAction = addAction(
        u"bulletListAction"_s, u"format-list-unordered"_s, tr("Bulleted list"), tr("•"));
    m_numberedAction = addAction(
        u"numberedListAction"_s, u"format-list-ordered"_s, tr("Numbered list"), tr("1."));
    m_bulletAction->setCheckable(true);
    m_numberedAction->setCheckable(true);
    connect(m_bulletAction, &QAction::triggered, this,
        [this] { toggleList(QTextListFormat::ListDisc); });
    connect(m_numberedAction, &QAction::triggered, this,
        [this] { toggleList(QTextListFormat::ListDecimal); });
    m_outdentAction = addAction(
        u"outdentAction"_s, u"format-indent-less"_s, tr("Decrease list level"), tr("⇤"));
    m_indentAction
        = addAction(u"indentAction"_s, u"format-indent-more"_s, tr("Increase list level"), tr("⇥"));
    connect(m_outdentAction, &QAction::triggered, this, [this] { changeIndent(-1); });
    connect(m_indentAction, &QAction::triggered, this, [this] { changeIndent(1); });
    m_toolBar->addSeparator();

    m_linkAction = addAction(u"linkAction"_s, u"insert-link"_s, tr("Link…"), tr("Link"),
        QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_linkAction, &QAction::triggered, this, &HtmlEditor::editLink);
    m_imageAction
        = addAction(u"imageAction"_s, u"insert-image"_s, tr("Insert an image…"), tr("Image"));
    connect(m_imageAction, &QAction::triggered, this, &HtmlEditor::insertImageFromFile);
    m_tableAction
        = addAction(u"tableAction"_s, u"insert-table"_s, tr("Insert a table…"), tr("Table"));
    connect(m_tableAction, &QAction::triggered, this, &HtmlEditor::insertTable);

    auto *tableMenu = new QMenu(this);
    tableMenu->setObjectName(u"tableMenu"_s);
    const auto tableAction
        = [this, tableMenu](const QString &name, const QString &text,
              const std::function<void(QTextTable *, const QTextTableCell &)> &run) {
              QAction *action = tableMenu->addAction(text);
              action->setObjectName(name);
              connect(action, &QAction::triggered, this, [this, run] {
                  QTextCursor cursor = m_textEdit->textCursor();
                  if (QTextTable *table = cursor.currentTable()) {
                      cursor.beginEditBlock();
                      run(table, table->cellAt(cursor));
                      cursor.endEditBlock();
                  }
              });
              m_tableActions.append(action);
          };
    tableAction(u"rowAboveAction"_s, tr("Insert a row &above"),
        [](QTextTable *t, const QTextTableCell &c) { t->insertRows(c.row(), 1); });
    tableAction(u"rowBelowAction"_s, tr("Insert a row &below"),
        [](QTextTable *t, const QTextTableCell &c) { t->insertRows(c.row() + c.rowSpan(), 1); });
    tableAction(u"columnBeforeAction"_s, tr("Insert a column &before"),
        [](QTextTable *t, const QTextTableCell &c) { t->insertColumns(c.column(), 1); });
    tableAction(u"columnAfterAction"_s, tr("Insert a column a&fter"),
        [](QTextTable *t, const QTextTableCell &c) {
            t->insertColumns(c.column() + c.columnSpan(), 1);
        });
    tableMenu->addSeparator();
    tableAction(u"removeRowAction"_s, tr("Delete the &row"),
        [](QTextTable *t, const QTextTableCell &c) { t->removeRows(c.row(), 1); });
    tableAction(u"removeColumnAction"_s, tr("Delete the &column"),
        [](QTextTable *t, const QTextTableCell &c) { t->removeColumns(c.column(), 1); });
    tableAction(u"removeTableAction"_s, tr("Delete the &table"),
        [](QTextTable *t, const QTextTableCell &) { t->removeRows(0, t->rows()); });
    // The arrow of the table button holds the row and column commands (also in the text's
    // context menu, for the keyboard).
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_tableAction))) {
        button->setMenu(tableMenu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
    static_cast<Internal::RichTextEdit *>(m_textEdit)->extendContextMenu = [this](QMenu *menu) {
        if (!m_textEdit->textCursor().currentTable())
            return;
        menu->addSeparator();
        for (QAction *action : std::as_const(m_tableActions))
            menu->addAction(action);
    };
    m_toolBar->addSeparator();

    m_clearAction = addAction(
        u"clearFormattingAction"_s, u"edit-clear"_s, tr("Clear formatting"), tr("Clear"));
    connect(m_clearAction, &QAction::triggered, this, &HtmlEditor::clearFormatting);
    m_sourceAction = addAction(u"sourceAction"_s, u"text-html"_s, tr("HTML source"), tr("HTML"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_sourceAction->setCheckable(true);
    connect(m_sourceAction, &QAction::triggered, this, [this](bool on) {
        m_userSource = on;
        setSourceView(on);
    });

    m_focusToolBarAction = new QAction(tr("Go to the formatting toolbar"), this);
    m_focusToolBarAction->setObjectName(u"focusToolBarAction"_s);
    m_focusToolBarAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_F10));
    m_focusToolBarAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(m_focusToolBarAction);
    connect(m_focusToolBarAction, &QAction::triggered, this, &HtmlEditor::focusToolBar);
}

QSize HtmlEditor::sizeHint() const
{
    const QSize toolBar = m_toolBar->sizeHint();
    const QSize view = m_stack->currentWidget()->sizeHint();
    const int notice = m_notice->isVisible() ? m_notice->sizeHint().height() : 0;
    return {std::max(toolBar.width(), view.width()), toolBar.height() + view.height() + notice + 4};
}

void HtmlEditor::setMedia(std::unique_ptr<HtmlMedia> media)
{
    m_media = std::move(media);
    static_cast<Internal::MediaTextDocument *>(m_textEdit->document())->media = m_media.get();
    updateActions();
}

void HtmlEditor::setFieldName(const QString &name)
{
    setAccessibleName(name);
    m_textEdit->setAccessibleName(name);
    m_sourceEdit->setAccessibleName(tr("%1 (HTML source)").arg(name));
}

void HtmlEditor::setHtml(const QString &html)
{
    m_html = html;
    const QStringList unsupported = HtmlClean::unsupportedParts(html);
    if (!unsupported.isEmpty() || m_userSource) {
        {
            const QSignalBlocker blocker(m_sourceEdit);
            m_loading = true;
            m_sourceEdit->setPlainText(html);
            m_loading = false;
        }
        setSourceView(true);
        // The visual view would show an older text: it is loaded when the user goes back.
        return;
    }
    loadRich(html);
    setSourceView(false);
}

void HtmlEditor::loadRich(const QString &html)
{
    const int position = m_textEdit->textCursor().position();
    m_loading = true;
    {
        const QSignalBlocker blocker(m_textEdit);
        QTextDocument *document = m_textEdit->document();
        document->setHtml(HtmlClean::forEditor(html, &m_links));
        // Room in the cells to click and type; the HTML keeps none of it.
        const QList<QTextFrame *> frames = document->rootFrame()->childFrames();
        for (QTextFrame *frame : frames) {
            if (auto *table = qobject_cast<QTextTable *>(frame)) {
                QTextTableFormat format = table->format();
                format.setCellPadding(4);
                format.setCellSpacing(0);
                format.setBorderCollapse(true);
                format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
                table->setFormat(format);
            }
        }
        document->clearUndoRedoStacks();
    }
    m_loadedHtml = html;
    m_loadedClean = HtmlClean::clean(m_textEdit->document()->toHtml(), m_links);
    m_loading = false;
    // After an undo, the cursor stays about where it was.
    QTextCursor cursor(m_textEdit->document());
    cursor.setPosition(std::min(position, m_textEdit->document()->characterCount() - 1));
    m_textEdit->setTextCursor(cursor);
    updateActions();
}

bool HtmlEditor::isSourceView() const
{
    return m_stack->currentWidget() == m_sourceEdit;
}

bool HtmlEditor::setSourceView(bool source)
{
    const bool hadFocus = m_stack->currentWidget()->hasFocus();
    bool switched = true;
    if (source) {
        if (!isSourceView() && m_sourceEdit->toPlainText() != m_html) {
            m_loading = true;
            m_sourceEdit->setPlainText(m_html);
            m_loading = false;
        }
        const QStringList unsupported = HtmlClean::unsupportedParts(m_html);
        if (unsupported.isEmpty())
            hideNotice();
        else
            showNotice(tr("This content holds elements that the visual editor cannot show (%1): "
                          "it is shown as HTML source so that nothing is lost.")
                           .arg(unsupported.join(tr(", "))));
        m_stack->setCurrentWidget(m_sourceEdit);
    } else {
        const QStringList unsupported = HtmlClean::unsupportedParts(m_html);
        if (!unsupported.isEmpty()) {
            showNotice(tr("This content holds elements that the visual editor cannot show (%1): "
                          "it is shown as HTML source so that nothing is lost.")
                           .arg(unsupported.join(tr(", "))));
            m_stack->setCurrentWidget(m_sourceEdit);
            switched = false;
        } else {
            if (isSourceView() || m_loadedHtml != m_html)
                loadRich(m_html);
            hideNotice();
            m_stack->setCurrentWidget(m_textEdit);
        }
    }
    setFocusProxy(m_stack->currentWidget());
    if (hadFocus)
        m_stack->currentWidget()->setFocus();
    {
        const QSignalBlocker blocker(m_sourceAction);
        m_sourceAction->setChecked(isSourceView());
    }
    updateActions();
    updateGeometry();
    return switched;
}

void HtmlEditor::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->show();
}

void HtmlEditor::hideNotice()
{
    m_notice->hide();
}

void HtmlEditor::onRichChanged()
{
    if (m_loading)
        return;
    const QString cleaned = HtmlClean::clean(m_textEdit->document()->toHtml(), m_links);
    // Back to what was loaded: the value as it was, not its clean form.
    const QString value = cleaned == m_loadedClean ? m_loadedHtml : cleaned;
    if (value == m_html)
        return;
    m_html = value;
    Q_EMIT htmlChanged(m_html);
}

void HtmlEditor::onSourceChanged()
{
    if (m_loading)
        return;
    const QString text = m_sourceEdit->toPlainText();
    if (text == m_html)
        return;
    m_html = text;
    Q_EMIT htmlChanged(m_html);
}

void HtmlEditor::updateActions()
{
    const bool rich = !isSourceView();
    const QTextCursor cursor = m_textEdit->textCursor();
    const QTextCharFormat format = m_textEdit->currentCharFormat();
    const QTextBlockFormat block = cursor.blockFormat();
    const QTextList *list = cursor.currentList();
    const bool inTable = cursor.currentTable() != nullptr;

    for (QAction *action : {m_boldAction, m_italicAction, m_underlineAction, m_strikeAction,
             m_bulletAction, m_numberedAction, m_linkAction, m_tableAction, m_clearAction})
        action->setEnabled(rich);
    m_styleCombo->setEnabled(rich);
    m_imageAction->setEnabled(rich && m_media);
    m_outdentAction->setEnabled(rich && list);
    m_indentAction->setEnabled(rich && list);
    for (QAction *action : std::as_const(m_tableActions))
        action->setEnabled(rich && inTable);

    // Headings are bold by themselves.
    m_boldAction->setChecked(format.fontWeight() >= QFont::DemiBold && block.headingLevel() == 0);
    m_italicAction->setChecked(format.fontItalic());
    m_underlineAction->setChecked(format.fontUnderline() && !format.isAnchor());
    m_strikeAction->setChecked(format.fontStrikeOut());
    const auto style = list ? list->format().style() : QTextListFormat::ListStyleUndefined;
    m_bulletAction->setChecked(list && style != QTextListFormat::ListDecimal);
    m_numberedAction->setChecked(list && style == QTextListFormat::ListDecimal);
    m_linkAction->setChecked(false);

    int index = Paragraph;
    if (block.nonBreakableLines())
        index = Preformatted;
    for (int i = Heading1; i <= Heading3; ++i) {
        if (block.headingLevel() == headingLevels[i])
            index = i;
    }
    if (block.headingLevel() > 0 && index == Paragraph)
        index = -1; // another heading level (h1, h2, h6 written elsewhere)
    const QSignalBlocker blocker(m_styleCombo);
    m_styleCombo->setCurrentIndex(rich ? index : -1);
}

void HtmlEditor::focusToolBar()
{
    if (m_styleCombo->isEnabled())
        m_styleCombo->setFocus(Qt::ShortcutFocusReason);
    else
        m_toolBar->widgetForAction(m_sourceAction)->setFocus(Qt::ShortcutFocusReason);
}

bool HtmlEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        m_stack->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    if (key->key() != Qt::Key_Left && key->key() != Qt::Key_Right)
        return QWidget::eventFilter(watched, event);
    // Arrows move along the toolbar's enabled controls, as in TinyMCE.
    QList<QWidget *> controls;
    for (QAction *action : m_toolBar->actions()) {
        QWidget *widget = m_toolBar->widgetForAction(action);
        if (widget && widget->isVisible() && widget->isEnabled() && !action->isSeparator())
            controls.append(widget);
    }
    const qsizetype index = controls.indexOf(qobject_cast<QWidget *>(watched));
    if (index < 0 || controls.isEmpty())
        return QWidget::eventFilter(watched, event);
    const qsizetype step = key->key() == Qt::Key_Right ? 1 : -1;
    controls.at((index + step + controls.size()) % controls.size())->setFocus(Qt::TabFocusReason);
    return true;
}

void HtmlEditor::applyBlockStyle(int index)
{
    QTextCursor cursor = m_textEdit->textCursor();
    cursor.beginEditBlock();
    QTextBlockFormat block;
    block.setHeadingLevel(index >= Heading1 && index <= Heading3 ? headingLevels[index] : 0);
    block.setNonBreakableLines(index == Preformatted);
    cursor.mergeBlockFormat(block);

    QTextCursor whole(cursor);
    whole.setPosition(cursor.selectionStart());
    whole.movePosition(QTextCursor::StartOfBlock);
    const int end = cursor.selectionEnd();
    whole.setPosition(end, QTextCursor::KeepAnchor);
    whole.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    const auto apply = [index](QTextCharFormat &format) {
        format.setProperty(QTextFormat::FontSizeAdjustment,
            index >= Heading1 && index <= Heading3 ? 3 - index : 0);
        format.setFontWeight(index >= Heading1 && index <= Heading3 ? QFont::Bold : QFont::Normal);
        if (index == Preformatted) {
            format.setFontFamilies({u"monospace"_s});
            format.setFontFixedPitch(true);
        } else {
            format.clearProperty(QTextFormat::FontFamilies);
            format.clearProperty(QTextFormat::FontFixedPitch);
        }
    };
    changeCharFormat(whole, apply);
    QTextCharFormat current = cursor.charFormat();
    apply(current);
    cursor.setCharFormat(current);
    cursor.endEditBlock();
    m_textEdit->setTextCursor(cursor);
    m_textEdit->setCurrentCharFormat(current);
    m_textEdit->setFocus();
}

void HtmlEditor::mergeFormat(const QTextCharFormat &format)
{
    QTextCursor cursor = wordOrSelection(m_textEdit->textCursor());
    cursor.mergeCharFormat(format);
    m_textEdit->mergeCurrentCharFormat(format);
    m_textEdit->setFocus();
}

void HtmlEditor::toggleList(int style)
{
    QTextCursor cursor = m_textEdit->textCursor();
    cursor.beginEditBlock();
    const auto listStyle = static_cast<QTextListFormat::Style>(style);
    if (QTextList *list = cursor.currentList()) {
        const bool numbered = list->format().style() == QTextListFormat::ListDecimal;
        if (numbered == (listStyle == QTextListFormat::ListDecimal)) {
            // The same kind again: the blocks leave the list.
            const QTextBlock last = cursor.document()->findBlock(cursor.selectionEnd());
            for (QTextBlock block = cursor.document()->findBlock(cursor.selectionStart());
                 block.isValid(); block = block.next()) {
                if (QTextList *blockList = block.textList())
                    blockList->remove(block);
                QTextCursor blockCursor(block);
                QTextBlockFormat format = block.blockFormat();
                format.setIndent(0);
                blockCursor.setBlockFormat(format);
                if (block == last)
                    break;
            }
        } else {
            QTextListFormat format = list->format();
            format.setStyle(listStyle);
            list->setFormat(format);
        }
    } else {
        QTextListFormat format;
        format.setStyle(listStyle);
        format.setIndent(1);
        cursor.createList(format);
    }
    cursor.endEditBlock();
    updateActions();
    m_textEdit->setFocus();
}

void HtmlEditor::changeIndent(int delta)
{
    QTextCursor cursor = m_textEdit->textCursor();
    QTextList *list = cursor.currentList();
    if (!list)
        return;
    cursor.beginEditBlock();
    QTextListFormat format = list->format();
    const int indent = format.indent() + delta;
    if (indent < 1) {
        list->remove(cursor.block());
        QTextBlockFormat block = cursor.blockFormat();
        block.setIndent(0);
        cursor.setBlockFormat(block);
    } else {
        format.setIndent(indent);
        // A nested level alternates the bullet like browsers do; numbers stay numbers.
        if (format.style() != QTextListFormat::ListDecimal)
            format.setStyle(indent % 2 ? QTextListFormat::ListDisc : QTextListFormat::ListCircle);
        // Join the list of that level just above, if any, so that the HTML stays one list.
        QTextList *target = nullptr;
        const QTextBlock previous = cursor.block().previous();
        for (QTextBlock block = previous; block.isValid() && block.textList();
             block = block.previous()) {
            const int level = block.textList()->format().indent();
            if (level == indent) {
                target = block.textList();
                break;
            }
            if (level < indent)
                break;
        }
        if (target) {
            list->remove(cursor.block());
            target->add(cursor.block());
        } else {
            cursor.createList(format);
        }
    }
    cursor.endEditBlock();
    updateActions();
    m_textEdit->setFocus();
}

void HtmlEditor::editLink()
{
    QTextCursor cursor = m_textEdit->textCursor();
    const QString href = cursor.charFormat().anchorHref();
    if (!href.isEmpty() && !cursor.hasSelection())
        cursor = linkUnderCursor(cursor);
    LinkDialog dialog(this);
    dialog.setEditing(!href.isEmpty());
    dialog.setUrl(href);
    dialog.setText(cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char(' ')));
    const LinkAttributes attributes = m_links.value(href);
    dialog.setLinkTitle(attributes.title);
    dialog.setNewWindow(attributes.target == "_blank"_L1);
    const int result = dialog.exec();
    if (result == QDialog::Rejected)
        return;
    cursor.beginEditBlock();
    if (result == LinkDialog::RemoveLink) {
        changeCharFormat(cursor, [](QTextCharFormat &format) {
            format.setAnchor(false);
            format.clearProperty(QTextFormat::AnchorHref);
            format.clearForeground();
            format.setFontUnderline(false);
        });
    } else {
        const QString url = dialog.url();
        LinkAttributes linkAttributes;
        linkAttributes.title = dialog.linkTitle();
        if (dialog.newWindow()) {
            linkAttributes.target = u"_blank"_s;
            linkAttributes.rel = u"noopener"_s;
        }
        m_links.insert(url, linkAttributes);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorHref(url);
        format.setForeground(palette().link());
        format.setFontUnderline(true);
        const QString text = dialog.text().isEmpty() ? url : dialog.text();
        if (text != cursor.selectedText()) {
            QTextCharFormat inserted = cursor.charFormat();
            inserted.merge(format);
            cursor.insertText(text, inserted);
            // Typing after the link does not extend it.
            QTextCharFormat after = inserted;
            after.setAnchor(false);
            after.clearProperty(QTextFormat::AnchorHref);
            after.clearForeground();
            after.setFontUnderline(false);
            m_textEdit->setTextCursor(cursor);
            m_textEdit->setCurrentCharFormat(after);
        } else {
            cursor.mergeCharFormat(format);
        }
    }
    cursor.endEditBlock();
    // The link's title or target may have changed without the text changing.
    onRichChanged();
    m_textEdit->setFocus();
}

void HtmlEditor::insertTable()
{
    TableDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextCursor cursor = m_textEdit->textCursor();
    cursor.beginEditBlock();
    QTextTableFormat format;
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(dialog.headerRow() ? 1 : 0);
    QTextTable *table = cursor.insertTable(dialog.rows(), dialog.columns(), format);
    if (dialog.headerRow()) {
        // As Moodle shows header cells: bold and centred.
        for (int column = 0; column < table->columns(); ++column) {
            QTextCursor cell = table->cellAt(0, column).firstCursorPosition();
            QTextBlockFormat block = cell.blockFormat();
            block.setAlignment(Qt::AlignHCenter);
            cell.setBlockFormat(block);
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            cell.setBlockCharFormat(bold);
            cell.setCharFormat(bold);
        }
    }
    cursor.endEditBlock();
    m_textEdit->setTextCursor(table->cellAt(0, 0).firstCursorPosition());
    m_textEdit->setFocus();
}

bool HtmlEditor::insertImage(QIODevice *content, const QString &fileName)
{
    if (!m_media || isSourceView())
        return false;
    const qint64 start = content->pos();
    QImageReader reader(content);
    const QImage image = reader.read();
    if (image.isNull() || !content->seek(start)) {
        showNotice(tr("“%1” is not an image that can be shown.").arg(fileName));
        return false;
    }
    QString error;
    m_media->beginInsert(tr("Insert the image “%1”").arg(fileName));
    const std::optional<QString> name = m_media->addImage(content, fileName, &error);
    if (name) {
        const QString src = HtmlClean::pluginFileSrc(*name);
        m_textEdit->document()->addResource(QTextDocument::ImageResource, QUrl(src),
            Internal::MediaTextDocument::forDisplay(image));
        QTextImageFormat format;
        format.setName(src);
        format.setProperty(QTextFormat::ImageAltText, QFileInfo(*name).completeBaseName());
        m_textEdit->textCursor().insertImage(format);
    }
    m_media->endInsert();
    if (!name) {
        showNotice(tr("The image could not be added: %1").arg(error));
        return false;
    }
    if (!isSourceView())
        hideNotice();
    m_textEdit->setFocus();
    return true;
}

bool HtmlEditor::insertImage(const QImage &image, const QString &fileName)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    if (image.isNull() || !image.save(&buffer, "PNG"))
        return false;
    buffer.seek(0);
    return insertImage(&buffer, fileName);
}

void HtmlEditor::insertImageFromFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Insert an image"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showNotice(tr("The image could not be added: %1").arg(file.errorString()));
        return;
    }
    insertImage(&file, QFileInfo(path).fileName());
}

void HtmlEditor::clearFormatting()
{
    QTextCursor cursor = m_textEdit->textCursor();
    if (!cursor.hasSelection()) {
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    }
    cursor.beginEditBlock();
    // Links stay: removing one is the link dialog's job.
    changeCharFormat(cursor, [](QTextCharFormat &format) {
        QTextCharFormat plain;
        if (format.isAnchor()) {
            plain.setAnchor(true);
            plain.setAnchorHref(format.anchorHref());
            plain.setForeground(format.foreground());
            plain.setFontUnderline(true);
        }
        format = plain;
    });
    QTextBlockFormat block;
    block.setHeadingLevel(0);
    block.setNonBreakableLines(false);
    block.setAlignment(Qt::AlignLeft);
    cursor.mergeBlockFormat(block);
    cursor.endEditBlock();
    m_textEdit->setCurrentCharFormat(QTextCharFormat());
    updateActions();
    m_textEdit->setFocus();
}

} // namespace Parcours
