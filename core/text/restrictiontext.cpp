// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/restrictiontext.h"

#include "core/model/coursedocument.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

using Format = RestrictionText::Format;

class Writer
{
public:
    Writer(const CourseDocument &document, Format format)
        : m_document(document)
        , m_html(format == Format::Html)
    { }

    QString escaped(const QString &text) const { return m_html ? text.toHtmlEscaped() : text; }

    /** A name or a value put in relief: bold in HTML, quoted in plain text when quoted. */
    QString strong(const QString &text, bool quoted = true) const
    {
        if (m_html)
            return u"<b>"_s + text.toHtmlEscaped() + u"</b>"_s;
        return quoted ? RestrictionText::tr("“%1”").arg(text) : text;
    }

    QString activityName(NodeId id) const
    {
        const Activity *activity = m_document.nodeAs<Activity>(id);
        if (!activity)
            return RestrictionText::tr("(deleted activity)");
        return activity->data().name;
    }

    QString percent(double value) const
    {
        return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
    }

    QString condition(const Condition &c) const
    {
        switch (c.type) {
        case ConditionType::Completion: {
            QString text;
            switch (c.state) {
            case CompletionState::Complete:
                text = RestrictionText::tr("The activity %1 is marked complete");
                break;
            case CompletionState::Incomplete:
                text = RestrictionText::tr("The activity %1 is not marked complete");
                break;
            case CompletionState::Passed:
                text = RestrictionText::tr("The activity %1 is complete and passed");
                break;
            case CompletionState::Failed:
                text = RestrictionText::tr("The activity %1 is complete and failed");
                break;
            }
            return escaped(text).arg(strong(activityName(c.activity)));
        }
        case ConditionType::Date: {
            const QString text = c.direction == DateDirection::From
                ? RestrictionText::tr("From %1")
                : RestrictionText::tr("Until %1");
            return escaped(text).arg(strong(RestrictionText::formatDate(c.time), false));
        }
        case ConditionType::Grade: {
            const QString name = strong(activityName(c.activity));
            if (c.minPercent && c.maxPercent) {
                return escaped(
                    RestrictionText::tr("You get a particular score in %1 (≥ %2% and < %3%)"))
                    .arg(name, percent(*c.minPercent), percent(*c.maxPercent));
            }
            if (c.minPercent) {
                return escaped(RestrictionText::tr("You achieve a required score in %1 (≥ %2%)"))
                    .arg(name, percent(*c.minPercent));
            }
            if (c.maxPercent) {
                return escaped(RestrictionText::tr("You get an appropriate score in %1 (< %2%)"))
                    .arg(name, percent(*c.maxPercent));
            }
            return escaped(RestrictionText::tr("You have a grade in %1")).arg(name);
        }
        case ConditionType::Other:
            break;
        }
        const QString type = c.raw.value(u"type"_s).toString();
        return escaped(RestrictionText::tr("A condition kept from Moodle (%1)")).arg(strong(type));
    }

    QString item(const RestrictionItem &item, bool markHidden, int depth) const
    {
        QString text;
        if (item.isSet) {
            QString heading;
            switch (item.set.op) {
            case RestrictionOp::All:
                heading = RestrictionText::tr("all of the following:");
                break;
            case RestrictionOp::Any:
                heading = RestrictionText::tr("at least one of the following:");
                break;
            case RestrictionOp::NotAll:
                heading = RestrictionText::tr("not all of the following:");
                break;
            case RestrictionOp::NotAny:
                heading = RestrictionText::tr("none of the following:");
                break;
            }
            // Moodle has no hidden flags inside nested sets.
            text = escaped(heading) + list(item.set, false, depth + 1);
        } else {
            text = condition(item.condition);
        }
        if (markHidden && item.hidden)
            text += u' ' + escaped(RestrictionText::tr("(hidden)"));
        return text;
    }

    QString list(const Restriction &set, bool markHidden, int depth) const
    {
        QString text;
        if (m_html) {
            text = u"<ul>"_s;
            for (const RestrictionItem &child : set.items)
                text += u"<li>"_s + item(child, markHidden, depth) + u"</li>"_s;
            return text + u"</ul>"_s;
        }
        const QString indent(depth * 2, u' ');
        for (const RestrictionItem &child : set.items)
            text += u'\n' + indent + u"- "_s + item(child, markHidden, depth);
        return text;
    }

    QString restriction(const Restriction &r) const
    {
        if (r.isEmpty())
            return {};
        // Moodle: All / NotAny roots hide item by item (showc), Any / NotAll roots as a whole.
        const bool itemFlags = r.op == RestrictionOp::All || r.op == RestrictionOp::NotAny;
        const bool negated = r.op == RestrictionOp::NotAll || r.op == RestrictionOp::NotAny;
        QString text;
        if (r.items.size() == 1) {
            const QString heading = negated ? RestrictionText::tr("Not available if: %1")
                                            : RestrictionText::tr("Not available unless: %1");
            text = escaped(heading).arg(item(r.items.front(), itemFlags, 0));
        } else {
            QString heading;
            switch (r.op) {
            case RestrictionOp::All:
                heading = RestrictionText::tr("Not available unless (all of):");
                break;
            case RestrictionOp::Any:
                heading = RestrictionText::tr("Not available unless (any of):");
                break;
            case RestrictionOp::NotAll:
                heading = RestrictionText::tr("Not available if (all of):");
                break;
            case RestrictionOp::NotAny:
                heading = RestrictionText::tr("Not available if (any of):");
                break;
            }
            text = escaped(heading) + list(r, itemFlags, 0);
        }
        if (!itemFlags && r.hidden)
            text = escaped(RestrictionText::tr("(hidden)")) + u' ' + text;
        return text;
    }

private:
    const CourseDocument &m_document;
    bool m_html;
};

} // namespace

QString RestrictionText::describe(
    const Restriction &restriction, const CourseDocument &document, Format format)
{
    return Writer(document, format).restriction(restriction);
}

QString RestrictionText::describeCondition(
    const Condition &condition, const CourseDocument &document, Format format)
{
    return Writer(document, format).condition(condition);
}

QString RestrictionText::formatDate(qint64 secsSinceEpoch)
{
    //: Date format of restrictions (QLocale pattern): Moodle's strftimedatetime.
    return QLocale().toString(
        QDateTime::fromSecsSinceEpoch(secsSinceEpoch), tr("d MMMM yyyy, HH:mm"));
}

} // namespace Parcours
