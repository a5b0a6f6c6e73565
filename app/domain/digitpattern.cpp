// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "digitpattern.h"

#include <algorithm>
#include <map>
#include <memory>

namespace Lesspay::Core {

namespace {

constexpr quint16 AnyDigit = 0x3FF;
constexpr int MaxRepeat = 64; // longer than any phone number; bounds the automaton

// Syntax tree of a pattern.
struct Node
{
    enum class Kind { Set, Concat, Alternation, Repeat } kind = Kind::Set;
    quint16 digits = 0; // Set: the digits it matches, one bit each
    std::vector<std::unique_ptr<Node>> children;
    int min = 1; // Repeat
    int max = 1; // Repeat; -1: unbounded
};

class Parser
{
public:
    explicit Parser(std::string_view text)
        : m_text(text)
    {}

    std::unique_ptr<Node> parse()
    {
        auto node = alternation();
        return node && m_pos == m_text.size() ? std::move(node) : nullptr;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    std::unique_ptr<Node> alternation()
    {
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Alternation;
        for (;;) {
            auto branch = concatenation();
            if (!branch)
                return nullptr;
            node->children.push_back(std::move(branch));
            if (peek() != '|')
                return node;
            ++m_pos;
        }
    }

    std::unique_ptr<Node> concatenation()
    {
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Concat;
        while (!atEnd() && peek() != '|' && peek() != ')') {
            auto item = repetition();
            if (!item)
                return nullptr;
            node->children.push_back(std::move(item));
        }
        return node;
    }

    std::unique_ptr<Node> repetition()
    {
        auto node = atom();
        while (node && !atEnd()) {
            int min = 0;
            int max = 0;
            const char c = peek();
            if (c == '?' || c == '*' || c == '+') {
                ++m_pos;
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : -1;
            } else if (c == '{') {
                ++m_pos;
                if (!number(min))
                    return nullptr;
                max = min;
                if (peek() == ',') {
                    ++m_pos;
                    max = -1;
                    if (peek() != '}' && !number(max))
                        return nullptr;
                }
                if (peek() != '}' || (max >= 0 && max < min))
                    return nullptr;
                ++m_pos;
            } else {
                break;
            }
            if (peek() == '?' || peek() == '+')
                return nullptr; // lazy or possessive: not in this subset
            auto repeat = std::make_unique<Node>();
            repeat->kind = Node::Kind::Repeat;
            repeat->min = min;
            repeat->max = max;
            repeat->children.push_back(std::move(node));
            node = std::move(repeat);
        }
        return node;
    }

    bool number(int &out)
    {
        const std::size_t start = m_pos;
        out = 0;
        while (isDigit(peek()) && out <= MaxRepeat)
            out = out * 10 + (m_text[m_pos++] - '0');
        return m_pos > start && out <= MaxRepeat;
    }

    std::unique_ptr<Node> atom()
    {
        const char c = peek();
        if (isDigit(c)) {
            ++m_pos;
            return set(quint16(1u << (c - '0')));
        }
        if (c == '\\') {
            ++m_pos;
            if (peek() != 'd')
                return nullptr;
            ++m_pos;
            return set(AnyDigit);
        }
        if (c == '[')
            return digitClass();
        if (c == '(') {
            ++m_pos;
            if (peek() == '?') {
                if (m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != ':')
                    return nullptr; // lookarounds, named groups: not in this subset
                m_pos += 2;
            }
            auto inner = alternation();
            if (!inner || peek() != ')')
                return nullptr;
            ++m_pos;
            return inner;
        }
        return nullptr;
    }

    std::unique_ptr<Node> digitClass()
    {
        ++m_pos; // [
        quint16 digits = 0;
        bool first = true;
        while (!atEnd() && (peek() != ']' || first)) {
            first = false;
            quint16 item = 0;
            if (peek() == '\\') {
                ++m_pos;
                if (peek() != 'd')
                    return nullptr;
                ++m_pos;
                item = AnyDigit;
            } else if (isDigit(peek())) {
                const int low = m_text[m_pos++] - '0';
                int high = low;
                if (peek() == '-' && m_pos + 1 < m_text.size() && isDigit(m_text[m_pos + 1])) {
                    high = m_text[m_pos + 1] - '0';
                    m_pos += 2;
                }
                if (high < low)
                    return nullptr;
                for (int d = low; d <= high; ++d)
                    item |= quint16(1u << d);
            } else {
                return nullptr; // negation, letters, other escapes
            }
            digits |= item;
        }
        if (peek() != ']')
            return nullptr;
        ++m_pos;
        return set(digits);
    }

    static std::unique_ptr<Node> set(quint16 digits)
    {
        auto node = std::make_unique<Node>();
        node->digits = digits;
        return node;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

// Thompson construction: states with digit edges and empty edges.
class Nfa
{
public:
    struct State
    {
        quint16 digits = 0; // the edge to `target` taken on these digits
        int target = -1;
        std::vector<int> empty;
    };

    int add()
    {
        m_states.emplace_back();
        return int(m_states.size()) - 1;
    }
    const State &state(int id) const { return m_states[std::size_t(id)]; }
    int size() const { return int(m_states.size()); }

    // Builds the fragment of `node` from `from`; returns its end state.
    int build(const Node &node, int from)
    {
        switch (node.kind) {
        case Node::Kind::Set: {
            // Every fragment ends on a fresh state, so `from` has no digit edge yet.
            const int to = add();
            m_states[std::size_t(from)].digits = node.digits;
            m_states[std::size_t(from)].target = to;
            return to;
        }
        case Node::Kind::Concat: {
            int at = from;
            for (const auto &child : node.children)
                at = build(*child, at);
            return at;
        }
        case Node::Kind::Alternation: {
            const int end = add();
            for (const auto &child : node.children) {
                const int start = add();
                m_states[std::size_t(from)].empty.push_back(start);
                m_states[std::size_t(build(*child, start))].empty.push_back(end);
            }
            return end;
        }
        case Node::Kind::Repeat: {
            const Node &child = *node.children.front();
            int at = from;
            for (int i = 0; i < node.min; ++i)
                at = build(child, at);
            if (node.max < 0) {
                // Zero or more further copies: a loop through one copy.
                const int loop = add();
                m_states[std::size_t(at)].empty.push_back(loop);
                const int end = add();
                m_states[std::size_t(loop)].empty.push_back(end);
                const int copy = add();
                m_states[std::size_t(loop)].empty.push_back(copy);
                m_states[std::size_t(build(child, copy))].empty.push_back(loop);
                return end;
            }
            const int end = add();
            for (int i = node.min; i < node.max; ++i) {
                m_states[std::size_t(at)].empty.push_back(end);
                const int copy = add();
                m_states[std::size_t(at)].empty.push_back(copy);
                at = build(child, copy);
            }
            m_states[std::size_t(at)].empty.push_back(end);
            return end;
        }
        }
        return from;
    }

    // Adds the states reachable by empty edges; keeps the set sorted.
    void close(std::vector<int> &set) const
    {
        std::vector<int> stack = set;
        std::vector<bool> seen(m_states.size());
        for (const int s : set)
            seen[std::size_t(s)] = true;
        while (!stack.empty()) {
            const int s = stack.back();
            stack.pop_back();
            for (const int t : m_states[std::size_t(s)].empty) {
                if (!seen[std::size_t(t)]) {
                    seen[std::size_t(t)] = true;
                    set.push_back(t);
                    stack.push_back(t);
                }
            }
        }
        std::sort(set.begin(), set.end());
    }

private:
    std::vector<State> m_states;
};

} // namespace

std::optional<DigitPattern> DigitPattern::compile(std::string_view pattern, int maxStates)
{
    const std::unique_ptr<Node> tree = Parser(pattern).parse();
    if (!tree)
        return std::nullopt;
    Nfa nfa;
    const int start = nfa.add();
    const int accept = nfa.build(*tree, start);
    if (nfa.size() > 1000000)
        return std::nullopt;

    // Subset construction over the ten digits.
    DigitPattern dfa;
    std::map<std::vector<int>, int> ids;
    std::vector<std::vector<int>> sets;
    const auto intern = [&](std::vector<int> set) {
        nfa.close(set);
        const auto [it, added] = ids.emplace(set, int(sets.size()));
        if (added) {
            sets.push_back(std::move(set));
            dfa.m_next.emplace_back();
            dfa.m_accepting.push_back(std::binary_search(sets.back().begin(), sets.back().end(), accept));
        }
        return it->second;
    };
    intern({start});
    for (std::size_t id = 0; id < sets.size(); ++id) {
        if (int(sets.size()) > maxStates)
            return std::nullopt;
        for (int digit = 0; digit < 10; ++digit) {
            std::vector<int> next;
            for (const int s : sets[id]) {
                const Nfa::State &state = nfa.state(s);
                if (state.digits & (1u << digit))
                    next.push_back(state.target);
            }
            dfa.m_next[id][std::size_t(digit)] = next.empty() ? -1 : intern(std::move(next));
        }
    }
    return dfa;
}

bool DigitPattern::matches(QStringView digits) const
{
    qint32 state = 0;
    for (const QChar c : digits) {
        const unsigned digit = unsigned(c.unicode() - u'0');
        if (digit > 9)
            return false;
        state = m_next[std::size_t(state)][digit];
        if (state < 0)
            return false;
    }
    return m_accepting[std::size_t(state)];
}

} // namespace Lesspay::Core
