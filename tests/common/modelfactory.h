// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/activity.h"
#include "core/model/coursedocument.h"

#include <QMetaEnum>

#include <type_traits>

/**
 * Test helpers that give every field of a value struct a value different from its default, so
 * that round-trip tests cover every field, including fields added later, without listing them.
 */
namespace Parcours::Test {

class Filler
{
public:
    explicit Filler(int seed)
        : m_seed(seed)
    { }

    template<class T> void fill(T &value)
    {
        ++m_seed;
        if constexpr (Json::Reflectable<T>) {
            T::reflect(value, [this](const char *, auto &field) { fill(field); });
        } else if constexpr (std::is_same_v<T, bool>) {
            value = !value;
        } else if constexpr (std::is_same_v<T, QString>) {
            value = QStringLiteral("«texte %1» <b>é</b> & \"q\"").arg(m_seed);
        } else if constexpr (std::is_same_v<T, QStringList>) {
            value
                = {QStringLiteral("mot %1").arg(m_seed), QStringLiteral("mot %1").arg(m_seed + 1)};
        } else if constexpr (std::is_same_v<T, QJsonObject>) {
            value = QJsonObject {{QStringLiteral("k%1").arg(m_seed), m_seed}};
        } else if constexpr (std::is_same_v<T, double>) {
            value = m_seed + 0.25;
        } else if constexpr (std::is_enum_v<T>) {
            const QMetaEnum e = QMetaEnum::fromType<T>();
            value = static_cast<T>(e.value((m_seed % (e.keyCount() - 1)) + 1));
        } else if constexpr (std::is_integral_v<T>) {
            value = static_cast<T>(m_seed);
        } else if constexpr (Json::IsOptional<T>::value) {
            typename T::value_type v {};
            fill(v);
            value = v;
        } else if constexpr (Json::IsVector<T>::value) {
            // Recursive types (restriction sets, mind map nodes) stop at a small depth.
            value.clear();
            if (m_depth >= 3)
                return;
            ++m_depth;
            value.resize(2);
            for (auto &item : value)
                fill(item);
            --m_depth;
        } else if constexpr (std::is_same_v<T, QMap<QString, QString>>) {
            value = {
                {QStringLiteral("a%1.xml").arg(m_seed), QStringLiteral("<x>%1</x>").arg(m_seed)}};
        }
    }

private:
    int m_seed;
    int m_depth = 0;
};

/** An ActivityData of the kind with every common and kind-specific field set. */
inline ActivityData filledActivity(ActivityKind kind, int seed)
{
    ActivityData data;
    Filler filler(seed);
    ActivityData::reflectCommon(data, [&filler](const char *, auto &field) { filler.fill(field); });
    data.settings = defaultSettings(kind);
    std::visit([&filler](auto &s) { filler.fill(s); }, data.settings);
    return data;
}

template<class D> D filled(int seed)
{
    D data;
    Filler(seed).fill(data);
    return data;
}

} // namespace Parcours::Test
