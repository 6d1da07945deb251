// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/sectionform.h"

#include "core/commands/setnodefield.h"
#include "core/model/coursedocument.h"
#include "core/model/section.h"
#include "ui/forms/restrictionbinder.h"
#include "ui/forms/restrictioneditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

template<class T>
bool setSectionField(CourseDocument *document,
    Section *section,
    T SectionData::*member,
    T value,
    NodeFields fields,
    const QString &label)
{
    return SetNodeField<Section, T>::push(document, section, member, std::move(value), fields,
        SectionForm::tr("Edit “%1” of “%2”").arg(label, section->displayName()));
}

} // namespace

SectionForm::SectionForm(CourseDocument *document, QWidget *parent)
    : NodeForm(document, parent)
{
    setObjectName(u"sectionForm"_s);
    auto *layout = new QVBoxLayout(this);
    auto *generalBox = new QGroupBox(tr("Section"));
    auto *form = new QFormLayout(generalBox);
    layout->addWidget(generalBox);

    const auto current = [this] { return section()->data(); };
    QLineEdit *titleEdit = addLineEdit(
        form, tr("&Title:"), u"titleLineEdit"_s, NodeField::Name,
        [current] { return current().title; },
        [this](const QString &text) {
            return setSectionField(
                m_document, section(), &SectionData::title, text, NodeField::Name, tr("Title"));
        });
    // An empty title is how Moodle names a section after its number: the placeholder shows
    // that name (« Sujet 3 ») without storing it. The number and the course format can change.
    const auto showDefaultName = [this, titleEdit] {
        titleEdit->setPlaceholderText(section() ? section()->defaultName() : QString());
    };
    addRefresher(NodeField::Name, showDefaultName);
    connect(document, &CourseDocument::nodeChanged, this,
        [this, showDefaultName](Node *node, NodeFields fields) {
            if (m_node && node == m_node->parent() && (fields & NodeField::Metadata))
                showDefaultName();
        });
    connect(document, &CourseDocument::nodeMoved, this, showDefaultName);
    connect(document, &CourseDocument::nodeInserted, this, showDefaultName);
    connect(document, &CourseDocument::nodeRemoved, this, showDefaultName);
    // Moodle keeps a section's files in the course's "section" area.
    addHtmlEdit(
        form, tr("&Summary:"), u"summaryHtmlEditor"_s, NodeField::Description, u"section"_s,
        [current] { return current().summary; },
        [this](const QString &text) {
            return setSectionField(m_document, section(), &SectionData::summary, text,
                NodeField::Description, tr("Summary"));
        });
    addCheckBox(
        form, tr("&Visible to participants"), u"visibleCheckBox"_s, NodeField::Visibility,
        [current] { return current().visible; },
        [this](bool on) {
            return setSectionField(m_document, section(), &SectionData::visible, on,
                NodeField::Visibility, tr("Visible"));
        });

    auto *restrictionBox = new QGroupBox(tr("Access restriction"));
    auto *restrictionLayout = new QVBoxLayout(restrictionBox);
    auto *restrictionEditor = new RestrictionEditor;
    restrictionEditor->setObjectName(u"sectionRestrictionEditor"_s);
    restrictionLayout->addWidget(restrictionEditor);
    m_restrictionBinder = new RestrictionBinder(document, restrictionEditor, this);
    layout->addWidget(restrictionBox);
    layout->addStretch(1);
    bindNode(nullptr);
}

SectionForm::~SectionForm() = default;

void SectionForm::setSection(Section *section)
{
    bindNode(section);
    if (!section)
        m_restrictionBinder->setNode(nullptr);
}

Section *SectionForm::section() const
{
    return static_cast<Section *>(m_node);
}

void SectionForm::nodeBound()
{
    m_restrictionBinder->setNode(m_node);
}

} // namespace Parcours
