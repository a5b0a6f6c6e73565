// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamdirectoryhistory.h"

#include "journal/directorystore.h"

namespace Lesspay::Core {

namespace {

// A column's value as the history shows it: masked for account numbers and keys.
QString shown(Field field, const QString &expression)
{
    return DirectoryStore::isSensitive(field) ? QStringLiteral("lesspay_mask(") + expression + u')' : expression;
}

// The one-line summary of an account row (`r` is NEW or OLD), as DirectoryStore::summary writes it.
QString summary(const QString &r)
{
    return QStringLiteral("CASE WHEN %1.destination_type = 'ewallet' THEN %1.wallet_provider || ' ' || "
                          "lesspay_mask(%1.wallet_account_number) ELSE %1.bank_swift_code || ' ' || "
                          "lesspay_mask(%1.bank_account_no) END")
        .arg(r);
}

// The triggers that stamp and record directory writes, with their tables.
const QList<std::pair<QString, QString>> &serverTriggers()
{
    static const QList<std::pair<QString, QString>> t{
        {QStringLiteral("payees"), QStringLiteral("payees_stamp")},
        {QStringLiteral("payees"), QStringLiteral("payees_history")},
        {QStringLiteral("payee_accounts"), QStringLiteral("payee_accounts_stamp")},
        {QStringLiteral("payee_accounts"), QStringLiteral("payee_accounts_history")},
    };
    return t;
}

QStringList alterTriggers(const QString &how)
{
    QStringList out;
    for (const auto &[table, trigger] : serverTriggers())
        out.append(QStringLiteral("ALTER TABLE %1 %2 TRIGGER %3").arg(table, how, trigger));
    return out;
}

} // namespace

QStringList TeamDirectoryHistory::suspendForImport()
{
    return alterTriggers(QStringLiteral("DISABLE"));
}

QStringList TeamDirectoryHistory::resumeAfterImport()
{
    // The import gave the history rows ids of its own: the server's numbering goes on after them.
    return alterTriggers(QStringLiteral("ENABLE"))
           << QStringLiteral("SELECT setval('payee_changes_seq', (SELECT COALESCE(MAX(id), 0) + 1 FROM payee_changes), "
                             "false)");
}

QStringList TeamDirectoryHistory::statements()
{
    const QList<Field> fields = DirectoryStore::accountFields();
    const QStringList &columns = DirectoryStore::accountColumns();
    QString fieldChanges;
    QStringList differs;
    for (int i = 0; i < fields.size(); ++i) {
        const QString &c = columns.at(i);
        fieldChanges +=
            QStringLiteral("IF NEW.%1 IS DISTINCT FROM OLD.%1 THEN PERFORM lesspay_payee_change(NEW.payee_id, "
                           "NEW.id, '%2', %3, %4); END IF; ")
                .arg(c, fieldKey(fields.at(i)), shown(fields.at(i), QStringLiteral("OLD.") + c),
                     shown(fields.at(i), QStringLiteral("NEW.") + c));
        differs.append(QStringLiteral("NEW.%1 IS DISTINCT FROM OLD.%1").arg(c));
    }
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION lesspay_ms(t TIMESTAMPTZ) RETURNS BIGINT LANGUAGE sql IMMUTABLE AS "
                       "$$ SELECT (extract(epoch FROM t) * 1000)::BIGINT $$"),
        // LogMasker::maskValue: the last four characters, the rest stars.
        QStringLiteral("CREATE OR REPLACE FUNCTION lesspay_mask(v TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$ "
                       "SELECT CASE WHEN length(v) <= 4 THEN repeat('*', length(v)) ELSE '****' || right(v, 4) END "
                       "$$"),
        QStringLiteral("CREATE SEQUENCE IF NOT EXISTS payee_changes_seq"),
        QStringLiteral("SELECT setval('payee_changes_seq', (SELECT COALESCE(MAX(id), 0) + 1 FROM payee_changes), "
                       "false)"),
        QStringLiteral("ALTER TABLE payee_changes ALTER COLUMN id SET DEFAULT nextval('payee_changes_seq')"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION lesspay_payee_change(p_payee BIGINT, p_account BIGINT, p_what TEXT, p_old "
            "TEXT, p_new TEXT) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$ INSERT "
            "INTO payee_changes (payee_id, account_id, at, who, what, old_value, new_value) VALUES (p_payee, "
            "p_account, lesspay_ms(now()), session_user, p_what, COALESCE(p_old, ''), COALESCE(p_new, '')) $$"),
        QStringLiteral("REVOKE ALL ON FUNCTION lesspay_payee_change(BIGINT, BIGINT, TEXT, TEXT, TEXT) FROM PUBLIC"),

        // Payees: stamped by the server, every change recorded.
        QStringLiteral("CREATE OR REPLACE FUNCTION lesspay_payee_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "IF TG_OP = 'INSERT' THEN NEW.created_at := lesspay_ms(now()); ELSE NEW.created_at := "
                       "OLD.created_at; END IF; NEW.updated_at := lesspay_ms(now()); RETURN NEW; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS payees_stamp ON payees"),
        QStringLiteral("CREATE TRIGGER payees_stamp BEFORE INSERT OR UPDATE ON payees FOR EACH ROW EXECUTE FUNCTION "
                       "lesspay_payee_stamp()"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION lesspay_payee_history() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET "
            "search_path FROM CURRENT AS $$ BEGIN "
            "IF TG_OP = 'INSERT' THEN PERFORM lesspay_payee_change(NEW.id, 0, 'payee.created', '', NEW.name); "
            "ELSIF TG_OP = 'DELETE' THEN PERFORM lesspay_payee_change(OLD.id, 0, 'payee.removed', OLD.name, ''); "
            "ELSE "
            "IF NEW.name IS DISTINCT FROM OLD.name THEN PERFORM lesspay_payee_change(NEW.id, 0, 'payee.name', "
            "OLD.name, NEW.name); END IF; "
            "IF NEW.reference IS DISTINCT FROM OLD.reference THEN PERFORM lesspay_payee_change(NEW.id, 0, "
            "'payee.reference', OLD.reference, NEW.reference); END IF; "
            "IF NEW.notes IS DISTINCT FROM OLD.notes THEN PERFORM lesspay_payee_change(NEW.id, 0, 'payee.notes', "
            "OLD.notes, NEW.notes); END IF; "
            "IF NEW.tags IS DISTINCT FROM OLD.tags THEN PERFORM lesspay_payee_change(NEW.id, 0, 'payee.tags', "
            "OLD.tags, NEW.tags); END IF; "
            "END IF; RETURN NULL; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS payees_history ON payees"),
        QStringLiteral("CREATE TRIGGER payees_history AFTER INSERT OR UPDATE OR DELETE ON payees FOR EACH ROW EXECUTE "
                       "FUNCTION lesspay_payee_history()"),

        // Accounts: the times that decide the changed-account warning come from the server. An
        // account saved with its new payee (same transaction) is not a change; any other new or
        // edited account is one, now. An account never moves to another payee.
        QStringLiteral("CREATE OR REPLACE FUNCTION lesspay_account_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN "
                       "IF TG_OP = 'INSERT' THEN NEW.created_at := lesspay_ms(now()); "
                       "NEW.changed_at := CASE WHEN EXISTS (SELECT 1 FROM payees p WHERE p.id = NEW.payee_id AND "
                       "p.created_at = lesspay_ms(now())) THEN 0 ELSE lesspay_ms(now()) END; RETURN NEW; END IF; "
                       "IF NEW.payee_id IS DISTINCT FROM OLD.payee_id THEN RAISE EXCEPTION 'an account stays with its "
                       "payee'; END IF; "
                       "NEW.created_at := OLD.created_at; "
                       "IF ")
            + differs.join(QStringLiteral(" OR "))
            + QStringLiteral(" THEN NEW.changed_at := lesspay_ms(now()); ELSE NEW.changed_at := OLD.changed_at; END "
                             "IF; RETURN NEW; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS payee_accounts_stamp ON payee_accounts"),
        QStringLiteral("CREATE TRIGGER payee_accounts_stamp BEFORE INSERT OR UPDATE ON payee_accounts FOR EACH ROW "
                       "EXECUTE FUNCTION lesspay_account_stamp()"),
        QStringLiteral("CREATE OR REPLACE FUNCTION lesspay_account_history() RETURNS trigger LANGUAGE plpgsql SECURITY "
                       "DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
                       "IF TG_OP = 'INSERT' THEN PERFORM lesspay_payee_change(NEW.payee_id, NEW.id, 'account.added', "
                       "'', ")
            + summary(QStringLiteral("NEW"))
            + QStringLiteral("); ELSIF TG_OP = 'DELETE' THEN PERFORM lesspay_payee_change(OLD.payee_id, OLD.id, "
                             "'account.removed', ")
            + summary(QStringLiteral("OLD")) + QStringLiteral(", ''); ELSE ") + fieldChanges
            + QStringLiteral("END IF; RETURN NULL; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS payee_accounts_history ON payee_accounts"),
        QStringLiteral("CREATE TRIGGER payee_accounts_history AFTER INSERT OR UPDATE OR DELETE ON payee_accounts FOR "
                       "EACH ROW EXECUTE FUNCTION lesspay_account_history()"),

        // The history is append-only, for its owner too, and nobody inserts into it directly.
        QStringLiteral("CREATE OR REPLACE FUNCTION lesspay_payee_history_append_only() RETURNS trigger LANGUAGE "
                       "plpgsql AS $$ BEGIN RAISE EXCEPTION 'the payee history is append-only'; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS payee_changes_no_change ON payee_changes"),
        QStringLiteral("CREATE TRIGGER payee_changes_no_change BEFORE UPDATE OR DELETE ON payee_changes FOR EACH ROW "
                       "EXECUTE FUNCTION lesspay_payee_history_append_only()"),
        QStringLiteral("DROP TRIGGER IF EXISTS payee_changes_no_truncate ON payee_changes"),
        QStringLiteral("CREATE TRIGGER payee_changes_no_truncate BEFORE TRUNCATE ON payee_changes FOR EACH STATEMENT "
                       "EXECUTE FUNCTION lesspay_payee_history_append_only()"),
        QStringLiteral("REVOKE ALL ON payees, payee_accounts, payee_changes FROM PUBLIC"),
        QStringLiteral("GRANT SELECT ON payees, payee_accounts, payee_changes TO lesspay_viewer, lesspay_admin"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON payees, payee_accounts TO lesspay_preparer"),
    };
}

} // namespace Lesspay::Core
