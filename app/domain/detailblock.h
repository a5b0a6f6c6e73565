// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/payoutdetail.h"

#include <QStringView>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <vector>

namespace Lesspay::Core {

// Many payout rows in one text buffer: a row's values are appended to a single buffer and
// addressed by offsets, so filling a block of a thousand rows costs a few allocations instead
// of fifteen per row. view() stays valid until the block is changed again.
class DetailBlock
{
public:
    void reserve(qsizetype rows, qsizetype characters)
    {
        m_rows.reserve(std::size_t(rows));
        if (characters > m_capacity)
            grow(characters);
    }
    void clear()
    {
        m_rows.clear();
        m_size = 0;
    }

    // Starts a row with every value empty; setValue() fills the newest row.
    void appendRow() { m_rows.emplace_back(); }
    void setValue(Field field, QStringView value)
    {
        Spans &row = m_rows.back();
        row.offset[std::size_t(field)] = quint32(m_size);
        row.length[std::size_t(field)] = quint32(value.size());
        if (m_size + value.size() > m_capacity)
            grow(std::max(2 * m_capacity, m_size + value.size()));
        if (!value.isEmpty())
            std::memcpy(m_text.get() + m_size, value.utf16(), std::size_t(value.size()) * sizeof(char16_t));
        m_size += value.size();
    }

    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    qsizetype characters() const { return m_size; }

    DetailView view(qsizetype row) const { return views().view(row); }

private:
    struct Spans
    {
        std::array<quint32, FieldCount> offset = {};
        std::array<quint32, FieldCount> length = {};
    };

public:
    // The rows' storage without the block object: stays valid when the block is moved (to
    // another thread's queue, say), until it is changed or destroyed.
    class Views
    {
    public:
        DetailView view(qsizetype row) const
        {
            const Spans &spans = m_rows[row];
            DetailView view;
            for (int f = 0; f < FieldCount; ++f)
                view.setValue(Field(f),
                              QStringView(m_text + spans.offset[std::size_t(f)], spans.length[std::size_t(f)]));
            return view;
        }

    private:
        friend class DetailBlock;
        const Spans *m_rows = nullptr;
        const char16_t *m_text = nullptr;
    };
    Views views() const
    {
        Views views;
        views.m_rows = m_rows.data();
        views.m_text = m_text.get();
        return views;
    }

private:
    void grow(qsizetype capacity)
    {
        auto text = std::make_unique_for_overwrite<char16_t[]>(std::size_t(capacity));
        if (m_size > 0)
            std::memcpy(text.get(), m_text.get(), std::size_t(m_size) * sizeof(char16_t));
        m_text = std::move(text);
        m_capacity = capacity;
    }

    std::unique_ptr<char16_t[]> m_text;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
    std::vector<Spans> m_rows;
};

} // namespace Lesspay::Core
