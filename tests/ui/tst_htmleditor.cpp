// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/nodecommands.h"
#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "core/storage/coursestore.h"
#include "ui/coursesettingsdialog.h"
#include "ui/filedialog.h"
#include "ui/forms/sectionform.h"
#include "ui/richtext/htmleditor.h"
#include "ui/richtext/htmlmedia.h"
#include "ui/richtext/linkdialog.h"
#include "ui/richtext/tabledialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <QUndoStack>

#include <functional>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

/** Runs fill on the next modal dialog of type D, then accepts it (drives the real dialog). */
template<class D> void onNextDialog(const std::function<void(D *)> &fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
    });
}

QImage testImage()
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QPainter painter(&image);
    painter.fillRect(4, 4, 8, 8, Qt::yellow);
    return image;
}

/** For screenshots: the translations in PARCOURS_SCREENSHOT_QM (files separated by ':'). */
std::vector<std::unique_ptr<QTranslator>> installTranslators()
{
    std::vector<std::unique_ptr<QTranslator>> translators;
    const QStringList files
        = qEnvironmentVariable("PARCOURS_SCREENSHOT_QM").split(u':', Qt::SkipEmptyParts);
    for (const QString &file : files) {
        translators.push_back(std::make_unique<QTranslator>());
        if (translators.back()->load(file))
            QApplication::installTranslator(translators.back().get());
    }
    return translators;
}

} // namespace

class TestHtmlEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typingWithBoldGivesStrong();
    void headingsAndLists();
    void linkDialog();
    void clearFormattingKeepsLinks();
    void tableInsertion();
    void sourceViewEditsRoundTrip();
    void untouchedValueIsNotRewritten();
    void iframeOpensInSourceView();
    void pastedImageIsOneUndoStep();
    void imageFromFile();
    void courseSummaryImageAppliedWithTheDialog();
    void keyboard();
    void tabOrderInAForm();
    void screenshot();
    void formScreenshot();

private:
    HtmlEditor *m_editor = nullptr;
    QTextEdit *m_text = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;

    void trigger(const QString &action);
};

void TestHtmlEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_editor = new HtmlEditor;
    m_editor->resize(700, 300);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    m_text = m_editor->textEdit();
    m_text->setFocus();
}

void TestHtmlEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
    FileDialog::clearNextFileName();
}

void TestHtmlEditor::trigger(const QString &action)
{
    auto *a = m_editor->findChild<QAction *>(action);
    QVERIFY2(a, qPrintable(action));
    QVERIFY2(a->isEnabled(), qPrintable(action));
    a->trigger();
}

void TestHtmlEditor::typingWithBoldGivesStrong()
{
    QSignalSpy changed(m_editor, &HtmlEditor::htmlChanged);
    QTest::keyClicks(m_text, u"Un mot "_s);
    QTest::keyClick(m_text, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(m_editor->findChild<QAction *>(u"boldAction"_s)->isChecked());
    QTest::keyClicks(m_text, u"gras"_s);
    QTest::keyClick(m_text, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(m_text, u" et "_s);
    trigger(u"italicAction"_s);
    QTest::keyClicks(m_text, u"penche"_s);
    QCOMPARE(m_editor->html(), u"<p>Un mot <strong>gras</strong> et <em>penche</em></p>"_s);
    QVERIFY(changed.count() > 5);
    QCOMPARE(changed.last().at(0).toString(), m_editor->html());
    // The toolbar follows the cursor.
    m_text->moveCursor(QTextCursor::Start);
    m_text->moveCursor(QTextCursor::Right);
    QVERIFY(!m_editor->findChild<QAction *>(u"boldAction"_s)->isChecked());
}

void TestHtmlEditor::headingsAndLists()
{
    auto *style = m_editor->findChild<QComboBox *>(u"styleComboBox"_s);
    QTest::keyClicks(m_text, u"Objectifs"_s);
    style->activated(1);
    QTest::keyClick(m_text, Qt::Key_Return);
    style->activated(0);
    QTest::keyClicks(m_text, u"un"_s);
    trigger(u"bulletListAction"_s);
    QTest::keyClick(m_text, Qt::Key_Return);
    QTest::keyClicks(m_text, u"deux"_s);
    trigger(u"indentAction"_s);
    QCOMPARE(m_editor->html(), u"<h3>Objectifs</h3>\n<ul><li>un<ul><li>deux</li></ul></li></ul>"_s);
    trigger(u"outdentAction"_s);
    QCOMPARE(m_editor->html(), u"<h3>Objectifs</h3>\n<ul><li>un</li><li>deux</li></ul>"_s);
    trigger(u"numberedListAction"_s);
    QCOMPARE(m_editor->html(), u"<h3>Objectifs</h3>\n<ol><li>un</li><li>deux</li></ol>"_s);
    trigger(u"numberedListAction"_s);
    QCOMPARE(m_editor->html(), u"<h3>Objectifs</h3>\n<ol><li>un</li></ol>\n<p>deux</p>"_s);
    QVERIFY(!m_editor->findChild<QAction *>(u"indentAction"_s)->isEnabled());
}

void TestHtmlEditor::linkDialog()
{
    QTest::keyClicks(m_text, u"Voir le site"_s);
    m_text->moveCursor(QTextCursor::Left, QTextCursor::KeepAnchor);
    for (int i = 0; i < 3; ++i)
        m_text->moveCursor(QTextCursor::Left, QTextCursor::KeepAnchor);
    QCOMPARE(m_text->textCursor().selectedText(), u"site"_s);

    // A script address is refused; then a host gets https://.
    onNextDialog<LinkDialog>([](LinkDialog *dialog) {
        QCOMPARE(dialog->text(), u"site"_s);
        auto *url = dialog->findChild<QLineEdit *>(u"urlLineEdit"_s);
        url->setText(u"javascript:alert(1)"_s);
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(u"errorLabel"_s)->isVisibleTo(dialog));
        url->setText(u"www.reseau-canope.fr"_s);
        dialog->findChild<QLineEdit *>(u"titleLineEdit"_s)->setText(u"Canopé"_s);
        dialog->findChild<QCheckBox *>(u"newWindowCheckBox"_s)->setChecked(true);
        dialog->accept();
    });
    QTest::keyClick(m_text, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(m_editor->html(),
        u"<p>Voir le <a href=\"https://www.reseau-canope.fr\" title=\"Canopé\" target=\"_blank\" "
        "rel=\"noopener\">site</a></p>"_s);

    // On the link, the dialog edits it and can remove it.
    m_text->moveCursor(QTextCursor::End);
    m_text->moveCursor(QTextCursor::Left);
    onNextDialog<LinkDialog>([](LinkDialog *dialog) {
        QCOMPARE(dialog->url(), u"https://www.reseau-canope.fr"_s);
        QVERIFY(dialog->newWindow());
        QCOMPARE(dialog->linkTitle(), u"Canopé"_s);
        dialog->findChild<QPushButton *>(u"removeLinkButton"_s)->click();
    });
    trigger(u"linkAction"_s);
    QCOMPARE(m_editor->html(), u"<p>Voir le site</p>"_s);
}

void TestHtmlEditor::clearFormattingKeepsLinks()
{
    m_editor->setHtml(u"<h3><em>Titre</em> <a href=\"https://a.fr\"><strong>lien</strong></a></h3>"
                      "<p><u>reste</u></p>"_s);
    m_text->moveCursor(QTextCursor::Start);
    trigger(u"clearFormattingAction"_s);
    QCOMPARE(
        m_editor->html(), u"<p>Titre <a href=\"https://a.fr\">lien</a></p>\n<p><u>reste</u></p>"_s);
}

void TestHtmlEditor::tableInsertion()
{
    auto *rowBelow = m_editor->findChild<QAction *>(u"rowBelowAction"_s);
    QVERIFY(!rowBelow->isEnabled());
    onNextDialog<TableDialog>([](TableDialog *dialog) {
        dialog->findChild<QSpinBox *>(u"rowsSpinBox"_s)->setValue(2);
        dialog->findChild<QSpinBox *>(u"columnsSpinBox"_s)->setValue(2);
        dialog->accept();
    });
    trigger(u"tableAction"_s);
    QVERIFY(rowBelow->isEnabled());
    QTest::keyClicks(m_text, u"Nom"_s);
    trigger(u"rowBelowAction"_s);
    QCOMPARE(m_editor->html(),
        u"<table border=\"1\"><thead><tr><th>Nom</th><th></th></tr></thead>"
        "<tbody><tr><td></td><td></td></tr><tr><td></td><td></td></tr></tbody></table>"_s);
    trigger(u"removeColumnAction"_s);
    QCOMPARE(m_editor->html(),
        u"<table border=\"1\"><thead><tr><th></th></tr></thead>"
        "<tbody><tr><td></td></tr><tr><td></td></tr></tbody></table>"_s);
}

void TestHtmlEditor::sourceViewEditsRoundTrip()
{
    m_editor->setHtml(u"<p>Bonjour</p>"_s);
    QVERIFY(!m_editor->isSourceView());
    QCOMPARE(m_text->toPlainText(), u"Bonjour"_s);
    QSignalSpy changed(m_editor, &HtmlEditor::htmlChanged);
    trigger(u"sourceAction"_s);
    QVERIFY(m_editor->isSourceView());
    QPlainTextEdit *source = m_editor->sourceEdit();
    QVERIFY(source->isVisible());
    QCOMPARE(source->toPlainText(), u"<p>Bonjour</p>"_s);
    QVERIFY(!m_editor->findChild<QAction *>(u"boldAction"_s)->isEnabled());
    source->setFocus();
    source->moveCursor(QTextCursor::End);
    QTest::keyClicks(source, u"<h4>Suite</h4>"_s);
    QCOMPARE(m_editor->html(), u"<p>Bonjour</p><h4>Suite</h4>"_s);
    QCOMPARE(changed.last().at(0).toString(), u"<p>Bonjour</p><h4>Suite</h4>"_s);
    trigger(u"sourceAction"_s);
    QVERIFY(!m_editor->isSourceView());
    QCOMPARE(m_text->toPlainText(), u"Bonjour\nSuite"_s);
    QCOMPARE(m_text->document()->findBlockByNumber(1).blockFormat().headingLevel(), 4);
    // Going back and forth without editing changes nothing.
    const int count = changed.count();
    trigger(u"sourceAction"_s);
    trigger(u"sourceAction"_s);
    QCOMPARE(changed.count(), count);
}

void TestHtmlEditor::untouchedValueIsNotRewritten()
{
    const QString raw = u"<p>Un\n   texte</p>\n\n<p><b>écrit</b> ailleurs</p>"_s;
    QSignalSpy changed(m_editor, &HtmlEditor::htmlChanged);
    m_editor->setHtml(raw);
    QCOMPARE(m_editor->html(), raw);
    QCOMPARE(changed.count(), 0);
    m_text->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_text, u"!"_s);
    QCOMPARE(m_editor->html(), u"<p>Un texte</p>\n<p><strong>écrit</strong> ailleurs!</p>"_s);
    QTest::keyClick(m_text, Qt::Key_Backspace);
    // Back to the text as loaded: the value as it was written.
    QCOMPARE(m_editor->html(), raw);
}

void TestHtmlEditor::iframeOpensInSourceView()
{
    const QString video = u"<p>Regardez :</p>\n<p><iframe src=\"https://tube.fr/embed/x\" "
                          "width=\"560\"></iframe></p>"_s;
    QSignalSpy changed(m_editor, &HtmlEditor::htmlChanged);
    m_editor->setHtml(video);
    QVERIFY(m_editor->isSourceView());
    QCOMPARE(m_editor->sourceEdit()->toPlainText(), video);
    auto *notice = m_editor->findChild<QLabel *>(u"sourceNoticeLabel"_s);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains("<iframe>"_L1));
    QVERIFY(m_editor->findChild<QAction *>(u"sourceAction"_s)->isChecked());
    // The visual view stays out of reach.
    trigger(u"sourceAction"_s);
    QVERIFY(m_editor->isSourceView());
    QVERIFY(m_editor->findChild<QAction *>(u"sourceAction"_s)->isChecked());
    QCOMPARE(m_editor->html(), video);
    QCOMPARE(changed.count(), 0);
    // A plain field afterwards opens in the visual view again.
    m_editor->setHtml(u"<p>x</p>"_s);
    QVERIFY(!m_editor->isSourceView());
    QVERIFY(!notice->isVisible());
}

void TestHtmlEditor::pastedImageIsOneUndoStep()
{
    auto document = CourseDocument::create(m_dir->filePath(u"a.parcours"_s));
    QVERIFY(document);
    CourseDocument *d = document.get();
    auto *section = static_cast<Section *>(pushAddNode(d, d->course(), 0, newSection(d)));
    SectionForm form(d);
    form.setSection(section);
    form.show();
    auto *editor = form.findChild<HtmlEditor *>(u"summaryHtmlEditor"_s);
    QVERIFY(editor);
    QVERIFY(editor->media());
    QTextEdit *text = editor->textEdit();
    text->setFocus();
    QTest::keyClicks(text, u"Logo : "_s);
    QCOMPARE(section->data().summary, u"<p>Logo :</p>"_s);

    QUndoStack *stack = d->undoStack();
    const int before = stack->count();
    QApplication::clipboard()->setImage(testImage());
    text->paste();
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(section->data().files.size(), size_t(1));
    const FileRef file = section->data().files.front();
    QCOMPARE(file.area, u"section"_s);
    QCOMPARE(file.name, u"image.png"_s);
    QCOMPARE(file.mimeType, u"image/png"_s);
    QVERIFY(d->store()->hasMedia(file.sha1));
    QCOMPARE(section->data().summary,
        u"<p>Logo : <img src=\"@@PLUGINFILE@@/image.png\" alt=\"image\"></p>"_s);
    // The image shows the stored file.
    const QImage shown
        = text->document()
              ->resource(QTextDocument::ImageResource, QUrl(u"@@PLUGINFILE@@/image.png"_s))
              .value<QImage>();
    QCOMPARE(shown.size(), QSize(32, 24));

    // A second paste gets its own name.
    text->paste();
    QCOMPARE(section->data().files.back().name, u"image (2).png"_s);
    stack->undo();

    stack->undo();
    QCOMPARE(section->data().files.size(), size_t(0));
    QCOMPARE(section->data().summary, u"<p>Logo :</p>"_s);
    QCOMPARE(editor->html(), u"<p>Logo :</p>"_s);
    QVERIFY(!text->toHtml().contains("PLUGINFILE"_L1));
    stack->redo();
    QCOMPARE(section->data().files.size(), size_t(1));
    QVERIFY(editor->html().contains("@@PLUGINFILE@@/image.png"_L1));
}

void TestHtmlEditor::imageFromFile()
{
    // Without a media (no node), images cannot be inserted.
    QVERIFY(!m_editor->findChild<QAction *>(u"imageAction"_s)->isEnabled());

    auto document = CourseDocument::create(m_dir->filePath(u"b.parcours"_s));
    QVERIFY(document);
    CourseDocument *d = document.get();
    Node *section = pushAddNode(d, d->course(), 0, newSection(d));
    m_editor->setMedia(std::make_unique<NodeHtmlMedia>(
        d, [section] { return section; }, u"section"_s));
    const QString path = m_dir->filePath(u"plan du site.png"_s);
    QVERIFY(testImage().save(path));
    FileDialog::setNextFileName(path);
    trigger(u"imageAction"_s);
    QCOMPARE(m_editor->html(),
        u"<p><img src=\"@@PLUGINFILE@@/plan%20du%20site.png\" alt=\"plan du site\"></p>"_s);
    // A file that is not an image is refused with a notice.
    const QString text = m_dir->filePath(u"notes.txt"_s);
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("pas une image");
    file.close();
    FileDialog::setNextFileName(text);
    trigger(u"imageAction"_s);
    QVERIFY(m_editor->findChild<QLabel *>(u"sourceNoticeLabel"_s)->isVisible());
    QCOMPARE(static_cast<Section *>(section)->data().files.size(), size_t(1));
}

void TestHtmlEditor::courseSummaryImageAppliedWithTheDialog()
{
    auto document = CourseDocument::create(m_dir->filePath(u"c.parcours"_s));
    QVERIFY(document);
    CourseDocument *d = document.get();
    const int before = d->undoStack()->count();
    {
        CourseSettingsDialog dialog(d);
        auto *editor = dialog.findChild<HtmlEditor *>(u"summaryHtmlEditor"_s);
        QVERIFY(editor);
        editor->textEdit()->setFocus();
        QTest::keyClicks(editor->textEdit(), u"Bienvenue "_s);
        QVERIFY(editor->insertImage(testImage(), u"logo.png"_s));
        // Nothing changes before OK.
        QCOMPARE(d->undoStack()->count(), before);
        QVERIFY(d->course()->data().files.empty());
        dialog.accept();
    }
    QCOMPARE(d->undoStack()->count(), before + 1);
    const CourseData &course = d->course()->data();
    QCOMPARE(
        course.summary, u"<p>Bienvenue <img src=\"@@PLUGINFILE@@/logo.png\" alt=\"logo\"></p>"_s);
    QCOMPARE(course.files.size(), size_t(1));
    QCOMPARE(course.files.front().area, u"summary"_s);
    QVERIFY(d->store()->hasMedia(course.files.front().sha1));
    d->undoStack()->undo();
    QVERIFY(d->course()->data().files.empty());
    QVERIFY(d->course()->data().summary.isEmpty());
}

void TestHtmlEditor::keyboard()
{
    // Alt+F10 goes to the toolbar, arrows move along it, Escape comes back to the text.
    QTest::keyClick(m_text, Qt::Key_F10, Qt::AltModifier);
    auto *style = m_editor->findChild<QComboBox *>(u"styleComboBox"_s);
    QVERIFY(style->hasFocus());
    QTest::keyClick(style, Qt::Key_Right);
    QWidget *bold
        = m_editor->toolBar()->widgetForAction(m_editor->findChild<QAction *>(u"boldAction"_s));
    QVERIFY(bold->hasFocus());
    QCOMPARE(bold->accessibleName(), u"Bold"_s);
    QVERIFY(bold->toolTip().contains("Ctrl+B"_L1));
    QTest::keyClick(bold, Qt::Key_Space);
    QVERIFY(m_editor->findChild<QAction *>(u"boldAction"_s)->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(m_text->hasFocus());
    // Every toolbar control has an accessible name.
    for (QAction *action : m_editor->toolBar()->actions()) {
        QWidget *widget = m_editor->toolBar()->widgetForAction(action);
        if (widget && !action->isSeparator())
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void TestHtmlEditor::tabOrderInAForm()
{
    auto document = CourseDocument::create(m_dir->filePath(u"t.parcours"_s));
    QVERIFY(document);
    CourseDocument *d = document.get();
    auto *section = static_cast<Section *>(pushAddNode(d, d->course(), 0, newSection(d)));
    SectionForm form(d);
    form.setSection(section);
    form.show();
    QApplication::setActiveWindow(&form);
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto *title = form.findChild<QLineEdit *>(u"titleLineEdit"_s);
    auto *editor = form.findChild<HtmlEditor *>(u"summaryHtmlEditor"_s);
    QCOMPARE(editor->accessibleName(), u"Summary"_s);
    QCOMPARE(editor->textEdit()->accessibleName(), u"Summary"_s);
    title->setFocus();
    // The toolbar is no stop on the way: Tab goes from the title to the text, then on.
    QTest::keyClick(title, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), editor->textEdit());
    QTest::keyClick(editor->textEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form.findChild<QWidget *>(u"visibleCheckBox"_s));
}

void TestHtmlEditor::screenshot()
{
    const QString dir = qEnvironmentVariable("PARCOURS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PARCOURS_SCREENSHOT_DIR not set");
    const auto translators = installTranslators();
    HtmlEditor editor;
    editor.resize(700, 300);
    editor.show();
    editor.setHtml(u"<h3>Objectifs</h3><p>Un <strong>gras</strong> et un <a "
                   "href=\"https://a.fr\">lien</a>.</p><ul><li>un</li><li>deux</li></ul>"
                   "<table border=\"1\"><thead><tr><th>A</th><th>B</th></tr></thead><tbody>"
                   "<tr><td>1</td><td>2</td></tr></tbody></table>"_s);
    QTest::qWait(50);
    editor.grab().save(QDir(dir).filePath(u"htmleditor.png"_s));
    editor.setHtml(u"<p><iframe src=\"https://x.fr\"></iframe></p>"_s);
    QTest::qWait(50);
    editor.grab().save(QDir(dir).filePath(u"htmleditor-source.png"_s));
    LinkDialog link;
    link.setEditing(true);
    link.show();
    TableDialog table;
    table.show();
    QTest::qWait(50);
    link.grab().save(QDir(dir).filePath(u"htmleditor-link.png"_s));
    table.grab().save(QDir(dir).filePath(u"htmleditor-table.png"_s));
}

void TestHtmlEditor::formScreenshot()
{
    const QString dir = qEnvironmentVariable("PARCOURS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PARCOURS_SCREENSHOT_DIR not set");
    const auto translators = installTranslators();
    auto document = CourseDocument::create(m_dir->filePath(u"shot.parcours"_s));
    QVERIFY(document);
    CourseDocument *d = document.get();
    auto *section = static_cast<Section *>(pushAddNode(d, d->course(), 0, newSection(d)));
    SectionData data = section->data();
    data.title = u"Découvrir le parcours"_s;
    data.summary
        = u"<h3>Objectifs</h3><p>À la fin de cette section, vous saurez <strong>accueillir"
          " les élèves</strong> et <em>présenter</em> le <a href=\"https://eduscol.education.fr\">"
          "programme</a>.</p><ul><li>Lire le guide</li><li>Répondre au test</li></ul>"_s;
    SetNodeField<Section, QString>::push(
        d, section, &SectionData::summary, data.summary, NodeField::Description, u"x"_s);
    SetNodeField<Section, QString>::push(
        d, section, &SectionData::title, data.title, NodeField::Name, u"x"_s);
    SectionForm form(d);
    form.setSection(section);
    QScrollArea area;
    area.setWidget(&form);
    area.setWidgetResizable(true);
    area.resize(760, 620);
    area.show();
    QTest::qWait(100);
    area.grab().save(QDir(dir).filePath(u"htmleditor-form.png"_s));
    area.takeWidget();
}

QTEST_MAIN(TestHtmlEditor)
#include "tst_htmleditor.moc"
