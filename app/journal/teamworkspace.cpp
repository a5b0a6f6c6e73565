// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamworkspace.h"

#include "journal/journal.h"
#include "journal/journalnotifier.h"
#include "journal/sqltransaction.h"
#include "journal/teamdirectoryhistory.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace Lesspay::Core {

namespace {

// Every statement may run again on an installed workspace (install() is idempotent).
const QStringList &layerStatements()
{
    static const QStringList s{
        // Roles are the server's, shared by every workspace database on it. The admin role does
        // not inherit: an admin manages members without being a preparer or an approver.
        QStringLiteral(
            "DO $$ BEGIN "
            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lesspay_viewer') THEN CREATE ROLE lesspay_viewer "
            "NOLOGIN; END IF; "
            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lesspay_preparer') THEN CREATE ROLE "
            "lesspay_preparer NOLOGIN; END IF; "
            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lesspay_approver') THEN CREATE ROLE "
            "lesspay_approver NOLOGIN; END IF; "
            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lesspay_admin') THEN CREATE ROLE lesspay_admin "
            "NOLOGIN NOINHERIT; END IF; END $$"),
        QStringLiteral("GRANT lesspay_viewer TO lesspay_preparer"),
        QStringLiteral("GRANT lesspay_viewer TO lesspay_approver"),
        QStringLiteral("GRANT lesspay_viewer, lesspay_preparer, lesspay_approver TO lesspay_admin WITH ADMIN OPTION"),

        // Who made what, stamped by the server.
        QStringLiteral("ALTER TABLE drafts ADD COLUMN IF NOT EXISTS created_by TEXT NOT NULL DEFAULT session_user"),
        QStringLiteral("ALTER TABLE batches ADD COLUMN IF NOT EXISTS prepared_by TEXT NOT NULL DEFAULT session_user"),
        // open -> requested -> approved | rejected; bound to the SHA-256 of the frozen body.
        QStringLiteral("ALTER TABLE batches ADD COLUMN IF NOT EXISTS approval_state TEXT NOT NULL DEFAULT 'open' "
                       "CHECK (approval_state IN ('open', 'requested', 'approved', 'rejected'))"),
        QStringLiteral("ALTER TABLE batches ADD COLUMN IF NOT EXISTS body_sha256 TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE batches ADD COLUMN IF NOT EXISTS approvals_required INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS batches_approval ON batches(approval_state)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS approvals (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                       "batch_id BIGINT NOT NULL REFERENCES batches(id), approver TEXT NOT NULL, decision TEXT NOT "
                       "NULL CHECK (decision IN ('approve', 'reject')), comment TEXT NOT NULL DEFAULT '', "
                       "body_sha256 TEXT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now(), UNIQUE (batch_id, "
                       "approver))"),
        // Which batches need approval and from how many people: the rule with the most approvers
        // among those that match the profile and currency ('*' matches any) and whose amount the
        // batch's total exceeds (NULL: always). No rule matches: no approval needed.
        QStringLiteral("CREATE TABLE IF NOT EXISTS approval_policy (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY "
                       "KEY, profile_id TEXT NOT NULL DEFAULT '*', currency TEXT NOT NULL DEFAULT '*', above_amount "
                       "TEXT, approvers INTEGER NOT NULL CHECK (approvers IN (1, 2)))"),
        QStringLiteral("INSERT INTO approval_policy (profile_id, currency, above_amount, approvers) SELECT '*', '*', "
                       "NULL, 1 WHERE NOT EXISTS (SELECT 1 FROM approval_policy)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS audit_log (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at "
                       "TIMESTAMPTZ NOT NULL DEFAULT now(), actor TEXT NOT NULL DEFAULT session_user, action TEXT "
                       "NOT NULL, batch_id BIGINT, detail TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS lesspay_team (version INTEGER NOT NULL)"),

        // The audit log is append-only, for its owner too.
        QStringLiteral("CREATE OR REPLACE FUNCTION lesspay_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log"),
        QStringLiteral("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE "
                       "FUNCTION lesspay_audit_append_only()"),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log"),
        QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE "
                       "FUNCTION lesspay_audit_append_only()"),

        // A frozen batch stays as it was frozen, and only an approved body is sent.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION lesspay_guard_batch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.body IS DISTINCT FROM OLD.body OR NEW.request_id IS DISTINCT FROM OLD.request_id OR "
            "NEW.profile_id IS DISTINCT FROM OLD.profile_id OR NEW.currency IS DISTINCT FROM OLD.currency OR "
            "NEW.total_amount IS DISTINCT FROM OLD.total_amount OR NEW.detail_count IS DISTINCT FROM "
            "OLD.detail_count OR NEW.draft_id IS DISTINCT FROM OLD.draft_id OR NEW.prepared_by IS DISTINCT FROM "
            "OLD.prepared_by THEN RAISE EXCEPTION 'batch % is frozen: it cannot change', OLD.request_id; END IF; "
            "IF NEW.state = 'sending' AND OLD.state IS DISTINCT FROM 'sending' AND (NEW.approval_state <> "
            "'approved' OR encode(sha256(NEW.body), 'hex') <> NEW.body_sha256) THEN RAISE EXCEPTION 'batch % is "
            "not approved: it cannot be sent', OLD.request_id; END IF; RETURN NEW; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS batches_guard ON batches"),
        QStringLiteral("CREATE TRIGGER batches_guard BEFORE UPDATE ON batches FOR EACH ROW EXECUTE FUNCTION "
                       "lesspay_guard_batch()"),
        QStringLiteral("CREATE OR REPLACE FUNCTION lesspay_guard_batch_delete() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN RAISE EXCEPTION 'a frozen batch is never deleted'; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS batches_no_delete ON batches"),
        QStringLiteral("CREATE TRIGGER batches_no_delete BEFORE DELETE ON batches FOR EACH ROW EXECUTE FUNCTION "
                       "lesspay_guard_batch_delete()"),

        // The audit entries, written as the definer (nobody else may insert) with session_user,
        // the person logged in, whatever function they called.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION lesspay_audit_batch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET "
            "search_path FROM CURRENT AS $$ BEGIN "
            "IF TG_OP = 'INSERT' THEN INSERT INTO audit_log (actor, action, batch_id, detail) VALUES "
            "(session_user, 'frozen', NEW.id, NEW.request_id); RETURN NULL; END IF; "
            "IF NEW.approval_state IS DISTINCT FROM OLD.approval_state THEN INSERT INTO audit_log (actor, action, "
            "batch_id, detail) VALUES (session_user, 'approval_' || NEW.approval_state, NEW.id, NEW.request_id); END "
            "IF; "
            "IF NEW.state IS DISTINCT FROM OLD.state THEN INSERT INTO audit_log (actor, action, batch_id, detail) "
            "VALUES (session_user, 'state_' || NEW.state, NEW.id, NEW.request_id); END IF; RETURN NULL; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS batches_audit ON batches"),
        QStringLiteral("CREATE TRIGGER batches_audit AFTER INSERT OR UPDATE ON batches FOR EACH ROW EXECUTE FUNCTION "
                       "lesspay_audit_batch()"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION lesspay_audit_decision() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
            "SET search_path FROM CURRENT AS $$ BEGIN INSERT INTO audit_log (actor, action, batch_id, detail) VALUES "
            "(session_user, NEW.decision, NEW.batch_id, NEW.comment); RETURN NULL; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS approvals_audit ON approvals"),
        QStringLiteral("CREATE TRIGGER approvals_audit AFTER INSERT ON approvals FOR EACH ROW EXECUTE FUNCTION "
                       "lesspay_audit_decision()"),

        // The four actions that change who may send a batch.
        // How many approvers a batch needs under the policy as it is now; asked when approval is
        // requested and again when the batch is marked sending (the policy may have grown since).
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION lesspay_approvals_required(p_profile_id TEXT, p_currency TEXT, p_total TEXT) "
            "RETURNS INTEGER LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$ "
            "SELECT COALESCE(MAX(p.approvers), 0)::INTEGER FROM approval_policy p WHERE p.profile_id IN ('*', "
            "p_profile_id) AND p.currency IN ('*', p_currency) AND (p.above_amount IS NULL OR p_total::numeric > "
            "p.above_amount::numeric) $$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION lesspay_request_approval(p_request_id TEXT, p_body_sha256 TEXT) RETURNS TEXT "
            "LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$ DECLARE b batches%ROWTYPE; "
            "required INTEGER; BEGIN "
            "SELECT * INTO b FROM batches WHERE request_id = p_request_id FOR UPDATE; "
            "IF NOT FOUND THEN RAISE EXCEPTION 'no batch %', p_request_id; END IF; "
            "IF NOT pg_has_role(session_user, 'lesspay_preparer', 'USAGE') THEN RAISE EXCEPTION 'only a preparer "
            "requests approval'; END IF; "
            "IF b.prepared_by <> session_user THEN RAISE EXCEPTION 'only % requests approval of batch %', "
            "b.prepared_by, p_request_id; END IF; "
            "IF b.approval_state <> 'open' THEN RAISE EXCEPTION 'approval of batch % was already requested', "
            "p_request_id; END IF; "
            "IF encode(sha256(b.body), 'hex') <> lower(p_body_sha256) THEN RAISE EXCEPTION 'batch % is not the "
            "body that was reviewed', p_request_id; END IF; "
            "required := lesspay_approvals_required(b.profile_id, b.currency, b.total_amount); "
            "UPDATE batches SET body_sha256 = lower(p_body_sha256), approvals_required = required, approval_state = "
            "CASE WHEN required = 0 THEN 'approved' ELSE 'requested' END WHERE id = b.id; "
            "RETURN CASE WHEN required = 0 THEN 'approved' ELSE 'requested' END; END $$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION lesspay_decide(p_request_id TEXT, p_body_sha256 TEXT, p_decision TEXT, "
            "p_comment TEXT) RETURNS TEXT LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$ "
            "DECLARE b batches%ROWTYPE; approved INTEGER; BEGIN "
            "SELECT * INTO b FROM batches WHERE request_id = p_request_id FOR UPDATE; "
            "IF NOT FOUND THEN RAISE EXCEPTION 'no batch %', p_request_id; END IF; "
            "IF NOT pg_has_role(session_user, 'lesspay_approver', 'USAGE') THEN RAISE EXCEPTION 'only an approver "
            "approves or rejects'; END IF; "
            "IF b.prepared_by = session_user THEN RAISE EXCEPTION 'nobody approves or rejects their own batch'; END "
            "IF; "
            "SELECT count(*) INTO approved FROM approvals a WHERE a.batch_id = b.id AND a.decision = 'approve' AND "
            "a.body_sha256 = b.body_sha256; "
            // An approved batch that the policy grown since approval no longer covers takes the
            // missing approvals (lesspay_mark_sending refuses it until then).
            "IF NOT (b.approval_state = 'requested' OR (b.approval_state = 'approved' AND b.send_count = 0 AND "
            "approved < lesspay_approvals_required(b.profile_id, b.currency, b.total_amount))) THEN RAISE EXCEPTION "
            "'batch % is not waiting for approval', p_request_id; END IF; "
            "IF EXISTS (SELECT 1 FROM approvals a WHERE a.batch_id = b.id AND a.approver = session_user) THEN RAISE "
            "EXCEPTION '% already decided on batch %', session_user, p_request_id; END IF; "
            "IF lower(p_body_sha256) <> b.body_sha256 OR encode(sha256(b.body), 'hex') <> b.body_sha256 THEN RAISE "
            "EXCEPTION 'the decision is for another body than batch %', p_request_id; END IF; "
            "INSERT INTO approvals (batch_id, approver, decision, comment, body_sha256) VALUES (b.id, session_user, "
            "p_decision, COALESCE(p_comment, ''), b.body_sha256); "
            "IF p_decision = 'reject' THEN UPDATE batches SET approval_state = 'rejected' WHERE id = b.id; RETURN "
            "'rejected'; END IF; "
            "approved := approved + 1; "
            "IF approved >= GREATEST(b.approvals_required, lesspay_approvals_required(b.profile_id, b.currency, "
            "b.total_amount)) THEN UPDATE batches SET approval_state = 'approved' WHERE id = b.id; RETURN "
            "'approved'; END IF; RETURN 'requested'; END $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION lesspay_approve(p_request_id TEXT, p_body_sha256 TEXT, p_comment "
                       "TEXT) RETURNS TEXT LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$ SELECT "
                       "lesspay_decide(p_request_id, p_body_sha256, 'approve', p_comment) $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION lesspay_reject(p_request_id TEXT, p_body_sha256 TEXT, p_comment "
                       "TEXT) RETURNS TEXT LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$ SELECT "
                       "lesspay_decide(p_request_id, p_body_sha256, 'reject', p_comment) $$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION lesspay_mark_sending(p_batch_id BIGINT, p_at BIGINT) RETURNS void LANGUAGE "
            "plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$ DECLARE b batches%ROWTYPE; approved "
            "INTEGER; BEGIN "
            "IF NOT pg_has_role(session_user, 'lesspay_approver', 'USAGE') THEN RAISE EXCEPTION 'only an approver "
            "sends'; END IF; "
            "SELECT * INTO b FROM batches WHERE id = p_batch_id FOR UPDATE; "
            "IF NOT FOUND THEN RAISE EXCEPTION 'no batch %', p_batch_id; END IF; "
            "IF b.approval_state <> 'approved' THEN RAISE EXCEPTION 'batch % is not approved: it cannot be sent', "
            "b.request_id; END IF; "
            "IF b.body_sha256 = '' OR encode(sha256(b.body), 'hex') <> b.body_sha256 THEN RAISE EXCEPTION 'batch % "
            "is not the body that was approved: it cannot be sent', b.request_id; END IF; "
            // The first send only: a re-send after "not found" repeats bytes already released under
            // the same request_id, which Lesspay never pays twice (and an imported batch sent from a
            // personal journal has no approvals here to count).
            "IF b.send_count = 0 THEN "
            "SELECT count(*) INTO approved FROM approvals a WHERE a.batch_id = b.id AND a.decision = 'approve' AND "
            "a.body_sha256 = b.body_sha256; "
            "IF approved < GREATEST(b.approvals_required, lesspay_approvals_required(b.profile_id, b.currency, "
            "b.total_amount)) THEN RAISE EXCEPTION 'batch % is not approved under the current policy: it cannot be "
            "sent', b.request_id; END IF; END IF; "
            "UPDATE batches SET state = 'sending', send_count = send_count + 1, last_sent_at = p_at, not_found_since "
            "= 0, not_found_count = 0, updated_at = p_at WHERE id = p_batch_id; END $$"),
        // The duplicate-payment warning sees the whole team's batches, whatever row-level security
        // shows this person, and learns only what the warning needs: no account, no name, no body.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION lesspay_same_payments(p_recipients TEXT[], p_amounts BIGINT[], p_since BIGINT, "
            "p_exclude TEXT) RETURNS TABLE (probe INTEGER, request_id TEXT, mch_order_id TEXT, amount TEXT, state "
            "TEXT, status TEXT, created_at BIGINT, prepared_by TEXT) LANGUAGE sql STABLE SECURITY DEFINER SET "
            "search_path FROM CURRENT AS $$ "
            "SELECT p.i::INTEGER, b.request_id, d.mch_order_id, d.amount, b.state, d.status, b.created_at, "
            "b.prepared_by FROM unnest(p_recipients, p_amounts) WITH ORDINALITY AS p(rk, ak, i) JOIN batch_details d "
            "ON d.recipient_key = p.rk AND d.amount_key = p.ak JOIN batches b ON b.id = d.batch_id WHERE "
            "b.created_at >= p_since AND b.request_id <> p_exclude AND b.state <> 'rejected' AND b.approval_state <> "
            "'rejected' AND b.order_status <> 'FAILED' AND d.status <> 'FAILED' ORDER BY p.i, b.created_at DESC $$"),
        // The same, only the payment recorded last per probe (JournalQueries::latestSamePayments):
        // the newest first through batch_details_same_payment, stopping at the first that counts.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION lesspay_latest_same_payments(p_recipients TEXT[], p_amounts BIGINT[], p_since "
            "BIGINT, p_exclude TEXT) RETURNS TABLE (probe INTEGER, request_id TEXT, mch_order_id TEXT, amount TEXT, "
            "state TEXT, status TEXT, created_at BIGINT, prepared_by TEXT) LANGUAGE sql STABLE SECURITY DEFINER SET "
            "search_path FROM CURRENT AS $$ "
            "SELECT p.i::INTEGER, h.request_id, h.mch_order_id, h.amount, h.state, h.status, h.created_at, "
            "h.prepared_by FROM unnest(p_recipients, p_amounts) WITH ORDINALITY AS p(rk, ak, i) CROSS JOIN LATERAL "
            "(SELECT b.request_id, d.mch_order_id, d.amount, b.state, d.status, b.created_at, b.prepared_by FROM "
            "batch_details d JOIN batches b ON b.id = d.batch_id WHERE d.recipient_key = p.rk AND d.amount_key = "
            "p.ak AND b.created_at >= p_since AND b.request_id <> p_exclude AND b.state <> 'rejected' AND "
            "b.approval_state <> 'rejected' AND b.order_status <> 'FAILED' AND d.status <> 'FAILED' ORDER BY "
            "d.batch_id DESC LIMIT 1) h $$"),
        QStringLiteral(
            "REVOKE ALL ON FUNCTION lesspay_latest_same_payments(TEXT[], BIGINT[], BIGINT, TEXT) FROM PUBLIC"),
        QStringLiteral(
            "GRANT EXECUTE ON FUNCTION lesspay_latest_same_payments(TEXT[], BIGINT[], BIGINT, TEXT) TO lesspay_viewer"),
        QStringLiteral("REVOKE ALL ON FUNCTION lesspay_same_payments(TEXT[], BIGINT[], BIGINT, TEXT) FROM PUBLIC"),
        QStringLiteral(
            "GRANT EXECUTE ON FUNCTION lesspay_same_payments(TEXT[], BIGINT[], BIGINT, TEXT) TO lesspay_viewer"),
        QStringLiteral("REVOKE ALL ON FUNCTION lesspay_approvals_required(TEXT, TEXT, TEXT) FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON FUNCTION lesspay_request_approval(TEXT, TEXT), lesspay_decide(TEXT, TEXT, TEXT, "
                       "TEXT), lesspay_approve(TEXT, TEXT, TEXT), lesspay_reject(TEXT, TEXT, TEXT), "
                       "lesspay_mark_sending(BIGINT, BIGINT) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION lesspay_request_approval(TEXT, TEXT) TO lesspay_preparer"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION lesspay_approve(TEXT, TEXT, TEXT), lesspay_reject(TEXT, TEXT, "
                       "TEXT), lesspay_mark_sending(BIGINT, BIGINT) TO lesspay_approver"),

        // Rows: everyone in the workspace reads everything; a draft is changed by its author, a
        // batch is frozen by the person logged in and moves on only once approved.
        QStringLiteral("ALTER TABLE drafts ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS drafts_read ON drafts"),
        QStringLiteral("CREATE POLICY drafts_read ON drafts FOR SELECT USING (true)"),
        QStringLiteral("DROP POLICY IF EXISTS drafts_insert ON drafts"),
        QStringLiteral("CREATE POLICY drafts_insert ON drafts FOR INSERT WITH CHECK (created_by = session_user)"),
        QStringLiteral("DROP POLICY IF EXISTS drafts_update ON drafts"),
        QStringLiteral("CREATE POLICY drafts_update ON drafts FOR UPDATE USING (created_by = session_user) WITH CHECK "
                       "(created_by = session_user)"),
        QStringLiteral("DROP POLICY IF EXISTS drafts_delete ON drafts"),
        QStringLiteral("CREATE POLICY drafts_delete ON drafts FOR DELETE USING (created_by = session_user)"),
        QStringLiteral("ALTER TABLE batches ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS batches_read ON batches"),
        QStringLiteral("CREATE POLICY batches_read ON batches FOR SELECT USING (true)"),
        QStringLiteral("DROP POLICY IF EXISTS batches_insert ON batches"),
        QStringLiteral("CREATE POLICY batches_insert ON batches FOR INSERT WITH CHECK (prepared_by = session_user AND "
                       "approval_state = 'open' AND state = 'frozen' AND send_count = 0)"),
        QStringLiteral("DROP POLICY IF EXISTS batches_update ON batches"),
        QStringLiteral("CREATE POLICY batches_update ON batches FOR UPDATE USING (approval_state = 'approved')"),
        QStringLiteral("ALTER TABLE batch_details ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS details_read ON batch_details"),
        QStringLiteral("CREATE POLICY details_read ON batch_details FOR SELECT USING (true)"),
        QStringLiteral("DROP POLICY IF EXISTS details_insert ON batch_details"),
        QStringLiteral("CREATE POLICY details_insert ON batch_details FOR INSERT WITH CHECK (EXISTS (SELECT 1 FROM "
                       "batches b WHERE b.id = batch_id AND b.prepared_by = session_user AND b.approval_state = "
                       "'open'))"),
        QStringLiteral("DROP POLICY IF EXISTS details_update ON batch_details"),
        QStringLiteral("CREATE POLICY details_update ON batch_details FOR UPDATE USING (EXISTS (SELECT 1 FROM batches "
                       "b WHERE b.id = batch_id AND b.approval_state = 'approved'))"),

        // Tables: read by everyone in the workspace; written per role, per column where a role
        // may change only part of a row.
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO lesspay_viewer, lesspay_admin"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON drafts, draft_origins TO lesspay_preparer"),
        QStringLiteral("GRANT INSERT ON batches, batch_details, batch_snapshots TO lesspay_preparer"),
        QStringLiteral("GRANT UPDATE (state, order_status, pay_order_id, fail_reason, last_error, send_count, "
                       "not_found_since, not_found_count, updated_at, last_sent_at) ON batches TO lesspay_approver"),
        QStringLiteral("GRANT UPDATE (status, fail_reason, detail_id, channel_order_no, updated_at) ON batch_details "
                       "TO lesspay_approver"),
        QStringLiteral("GRANT INSERT ON events, batch_snapshots, detail_snapshots TO lesspay_approver"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON batch_leases TO lesspay_approver"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON approval_policy TO lesspay_admin"),
    };
    return s;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString TeamWorkspace::roleName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("lesspay_viewer");
    case Role::Preparer:
        return QStringLiteral("lesspay_preparer");
    case Role::Approver:
        return QStringLiteral("lesspay_approver");
    case Role::Admin:
        return QStringLiteral("lesspay_admin");
    }
    return {};
}

bool TeamWorkspace::install(Journal &journal, QString *error)
{
    if (!journal.isServer())
        return fail(error, tr("A team workspace needs a PostgreSQL database; %1 is a file.").arg(journal.path()));
    QSqlDatabase db = journal.database();
    SqlTransaction tx(db);
    if (!tx.begin())
        return fail(error, tx.error());
    QSqlQuery q(db);
    // The recipient directory's server-written history comes after the layer's own grants.
    for (const QString &statement : layerStatements() + TeamDirectoryHistory::statements()) {
        if (!q.exec(statement))
            return fail(error, tr("Cannot set up the team workspace: %1").arg(q.lastError().text()));
    }
    if (!q.exec(QStringLiteral("DELETE FROM lesspay_team"))
        || !q.exec(QStringLiteral("INSERT INTO lesspay_team (version) VALUES (%1)").arg(LayerVersion)))
        return fail(error, tr("Cannot set up the team workspace: %1").arg(q.lastError().text()));
    q.finish();
    if (!tx.commit())
        return fail(error, tx.error());
    // Approval decisions notify open consoles too, now that their table exists.
    return JournalNotifier::installTriggers(journal, error);
}

bool TeamWorkspace::isInstalled(const Journal &journal)
{
    if (!journal.isServer())
        return false;
    QSqlQuery q(journal.database());
    return q.exec(QStringLiteral("SELECT to_regclass('lesspay_team') IS NOT NULL")) && q.next() && q.value(0).toBool();
}

bool TeamWorkspace::hasRole(const Journal &journal, Role role)
{
    if (!isInstalled(journal))
        return false;
    QSqlQuery q(journal.database());
    q.prepare(QStringLiteral("SELECT pg_has_role(session_user, ?, 'USAGE')"));
    q.addBindValue(roleName(role));
    return q.exec() && q.next() && q.value(0).toBool();
}

bool TeamWorkspace::addMember(Journal &journal, const QString &user, Role role, const QString &password, QString *error)
{
    if (!journal.isServer())
        return fail(error, tr("A team workspace needs a PostgreSQL database; %1 is a file.").arg(journal.path()));
    QSqlDatabase db = journal.database();
    QSqlDriver *driver = db.driver();
    const QString name = driver->escapeIdentifier(user, QSqlDriver::TableName);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(user);
    if (!q.exec())
        return fail(error, q.lastError().text());
    const bool exists = q.next();
    q.finish();
    QString statement = exists ? QStringLiteral("ALTER ROLE ") + name + QStringLiteral(" LOGIN")
                               : QStringLiteral("CREATE ROLE ") + name + QStringLiteral(" LOGIN");
    if (role == Role::Admin)
        statement += QStringLiteral(" CREATEROLE");
    if (!password.isEmpty()) {
        QSqlField field(QStringLiteral("password"), QMetaType(QMetaType::QString));
        field.setValue(password);
        statement += QStringLiteral(" PASSWORD ") + driver->formatValue(field);
    }
    if (!q.exec(statement) || !q.exec(QStringLiteral("GRANT ") + roleName(role) + QStringLiteral(" TO ") + name))
        return fail(error, tr("Cannot add %1 to the team workspace: %2").arg(user, q.lastError().text()));
    return true;
}

} // namespace Lesspay::Core
