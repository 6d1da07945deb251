// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/htmlclean.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QIODevice;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTextCharFormat;
class QTextCursor;
class QTextEdit;
class QToolBar;

namespace Parcours {

class HtmlMedia;

/**
 * The editor of an HTML field: a visual view (QTextEdit) with a compact toolbar (paragraph
 * style, bold/italic/underline/strike, lists and their level, links, tables, images, clear
 * formatting) and an « HTML source » view (QPlainTextEdit).
 *
 * html() is the field's value. It changes only when the user edits: the visual view gives
 * HtmlClean::clean() of its document, the source view its text as typed. htmlChanged() is
 * emitted synchronously on each change, so that the form pushes its command at once (the
 * commands merge consecutive typing). Loading a value with setHtml() never emits.
 *
 * A value the visual view would mangle (HtmlClean::unsupportedParts(): iframes, scripts, classes,
 * styles…) opens in the source view with a notice, and the visual view stays out of reach for
 * it; nothing is lost. A value loaded and left untouched is never rewritten.
 *
 * Images: with a media (setMedia()), "@@PLUGINFILE@@/name" images show the node's files, and an
 * image inserted from a file or pasted is stored through the media and referenced as
 * "@@PLUGINFILE@@/name"; storing the file and changing the HTML are one undo step
 * (HtmlMedia::beginInsert/endInsert around both). Without a media, images cannot be inserted.
 *
 * Keyboard: Ctrl+B/I/U, Ctrl+K (link), Ctrl+Shift+H (source view), Alt+F10 moves to the toolbar
 * (arrows move along it, Escape goes back to the text). Tab leaves the editor, as in the rest
 * of the form.
 */
class HtmlEditor : public QWidget
{
    Q_OBJECT

public:
    explicit HtmlEditor(QWidget *parent = nullptr);
    ~HtmlEditor() override;

    QString html() const { return m_html; }
    /** Loads a value (no htmlChanged()); the view depends on what it holds. */
    void setHtml(const QString &html);

    bool isSourceView() const;
    /**
     * Switches views. Returns false (and stays in the source view with a notice) when the
     * source holds what the visual view cannot show.
     */
    bool setSourceView(bool source);

    /** Takes ownership; nullptr disables image insertion. */
    void setMedia(std::unique_ptr<HtmlMedia> media);
    HtmlMedia *media() const { return m_media.get(); }

    /** Sets the accessible names of the views after the field's name. */
    void setFieldName(const QString &name);

    /** Stores content as an image named after fileName and inserts it at the cursor. */
    bool insertImage(QIODevice *content, const QString &fileName);
    /** Same for an image in memory (pasted), stored as PNG. */
    bool insertImage(const QImage &image, const QString &fileName);

    QTextEdit *textEdit() const { return m_textEdit; }
    QPlainTextEdit *sourceEdit() const { return m_sourceEdit; }
    QToolBar *toolBar() const { return m_toolBar; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void htmlChanged(const QString &html);

private:
    QAction *addAction(const QString &objectName,
        const QString &iconName,
        const QString &text,
        const QString &iconText,
        const QKeySequence &shortcut = {});
    void buildToolBar();
    void loadRich(const QString &html);
    void showNotice(const QString &text);
    void hideNotice();

    void onRichChanged();
    void onSourceChanged();
    void updateActions();
    void focusToolBar();

    void applyBlockStyle(int index);
    void mergeFormat(const QTextCharFormat &format);
    void toggleList(int style);
    void changeIndent(int delta);
    void editLink();
    void insertTable();
    void insertImageFromFile();
    void clearFormatting();

    bool eventFilter(QObject *watched, QEvent *event) override;

    QString m_html;
    /** What was loaded into the visual view and its clean form: an edit that comes back to the
     * clean form gives back the value as loaded. */
    QString m_loadedHtml;
    QString m_loadedClean;
    LinkAttributeMap m_links;
    bool m_loading = false;
    bool m_userSource = false;
    std::unique_ptr<HtmlMedia> m_media;

    QToolBar *m_toolBar;
    QComboBox *m_styleCombo;
    QStackedWidget *m_stack;
    QTextEdit *m_textEdit;
    QPlainTextEdit *m_sourceEdit;
    QLabel *m_notice;
    QAction *m_boldAction;
    QAction *m_italicAction;
    QAction *m_underlineAction;
    QAction *m_strikeAction;
    QAction *m_bulletAction;
    QAction *m_numberedAction;
    QAction *m_outdentAction;
    QAction *m_indentAction;
    QAction *m_linkAction;
    QAction *m_tableAction;
    QList<QAction *> m_tableActions;
    QAction *m_imageAction;
    QAction *m_clearAction;
    QAction *m_sourceAction;
    QAction *m_focusToolBarAction;
};

} // namespace Parcours
