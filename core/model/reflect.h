// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QMetaEnum>
#include <QString>
#include <QStringList>

#include <optional>
#include <type_traits>
#include <vector>

/**
 * Field reflection for the model's value structs.
 *
 * Every value struct declares its fields once, in a static `reflect(self, visitor)` function that
 * calls `visitor("key", self.field)` for each field. From that one list come the JSON form used by
 * the project file and by snapshots, the test comparisons, and the field-by-field checks of the
 * storage round trip. Keys are stable: renaming one is a schema migration.
 *
 * Reading is lenient on purpose: a missing key keeps the field's default (so a newer field added
 * to a struct needs no migration), an unknown key is ignored, an enum name that does not exist
 * keeps the default. Structural damage (a node that is not an object) is reported by the store.
 */
namespace Parcours::Json {

template<class T>
concept Reflectable = requires(T &t)
{
    T::reflect(t, [](const char *, auto &) {});
};

template<class T> struct IsVector : std::false_type
{
};
template<class T> struct IsVector<std::vector<T>> : std::true_type
{
};
template<class T> struct IsOptional : std::false_type
{
};
template<class T> struct IsOptional<std::optional<T>> : std::true_type
{
};

template<class T> QJsonValue toJson(const T &value);
template<class T> void fromJson(const QJsonValue &json, T &value);

template<class T> QJsonObject toObject(const T &value)
{
    QJsonObject object;
    T::reflect(value, [&object](const char *key, const auto &field) {
        object.insert(QLatin1String(key), toJson(field));
    });
    return object;
}

template<class T> void fromObject(const QJsonObject &object, T &value)
{
    T::reflect(value, [&object](const char *key, auto &field) {
        const auto it = object.constFind(QLatin1String(key));
        if (it != object.constEnd())
            fromJson(*it, field);
    });
}

template<class T> QJsonValue toJson(const T &value)
{
    if constexpr (Reflectable<T>) {
        return toObject(value);
    } else if constexpr (
        std::is_same_v<T,
            bool> || std::is_same_v<T, QString> || std::is_same_v<T, QJsonObject> || std::is_same_v<T, double>) {
        return QJsonValue(value);
    } else if constexpr (std::is_same_v<T, QStringList>) {
        return QJsonArray::fromStringList(value);
    } else if constexpr (std::is_enum_v<T>) {
        return QLatin1String(QMetaEnum::fromType<T>().valueToKey(static_cast<int>(value)));
    } else if constexpr (std::is_integral_v<T>) {
        return QJsonValue(static_cast<qint64>(value));
    } else if constexpr (IsOptional<T>::value) {
        return value ? toJson(*value) : QJsonValue(QJsonValue::Null);
    } else if constexpr (IsVector<T>::value) {
        QJsonArray array;
        for (const auto &item : value)
            array.append(toJson(item));
        return array;
    } else if constexpr (std::is_same_v<T, QMap<QString, QString>>) {
        QJsonObject object;
        for (auto it = value.cbegin(); it != value.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    } else {
        static_assert(sizeof(T) == 0, "type not supported by Parcours::Json");
    }
}

template<class T> void fromJson(const QJsonValue &json, T &value)
{
    if constexpr (Reflectable<T>) {
        if (json.isObject())
            fromObject(json.toObject(), value);
    } else if constexpr (std::is_same_v<T, bool>) {
        value = json.toBool(value);
    } else if constexpr (std::is_same_v<T, QString>) {
        value = json.toString(value);
    } else if constexpr (std::is_same_v<T, QJsonObject>) {
        value = json.toObject();
    } else if constexpr (std::is_same_v<T, double>) {
        value = json.toDouble(value);
    } else if constexpr (std::is_same_v<T, QStringList>) {
        value.clear();
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array)
            value.append(item.toString());
    } else if constexpr (std::is_enum_v<T>) {
        bool ok = false;
        const int v
            = QMetaEnum::fromType<T>().keyToValue(json.toString().toLatin1().constData(), &ok);
        if (ok)
            value = static_cast<T>(v);
    } else if constexpr (std::is_integral_v<T>) {
        value = static_cast<T>(json.toInteger(static_cast<qint64>(value)));
    } else if constexpr (IsOptional<T>::value) {
        if (json.isNull() || json.isUndefined()) {
            value.reset();
        } else {
            typename T::value_type item {};
            fromJson(json, item);
            value = std::move(item);
        }
    } else if constexpr (IsVector<T>::value) {
        value.clear();
        const QJsonArray array = json.toArray();
        value.reserve(array.size());
        for (const QJsonValue &item : array) {
            typename T::value_type v {};
            fromJson(item, v);
            value.push_back(std::move(v));
        }
    } else if constexpr (std::is_same_v<T, QMap<QString, QString>>) {
        value.clear();
        const QJsonObject object = json.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            value.insert(it.key(), it.value().toString());
    } else {
        static_assert(sizeof(T) == 0, "type not supported by Parcours::Json");
    }
}

} // namespace Parcours::Json
