<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AdviceRenderer</name>
    <message>
        <source>Payment advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given by the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid this amount through Lesspay. Please quote the reference when you contact them about this payment. Account numbers are shown with their last four characters only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Amount</name>
    <message>
        <source>The amount is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount may contain only digits and one decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must not carry a sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is in scientific notation; write it out in full digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must not contain thousands separators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount needs digits on both sides of the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This currency takes no decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This currency takes at most %n decimal(s).</source>
        <translation>
            <numerusform>This currency takes at most %n decimal.</numerusform>
            <numerusform>This currency takes at most %n decimals.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request; payment calls never follow redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: code %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankListCheck</name>
    <message>
        <source>%1 is the SWIFT/BIC code of %2 in the supported banks list, not of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankRecipientDialog</name>
    <message>
        <source>Add bank recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code or a name, e.g. PH or Philippines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SWIFT/BIC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWIFT or BIC code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 or 11 characters, e.g. BNORPHMM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Another payout in this batch has the same order ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request ID must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the batch currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payouts are not enabled for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The way type of the profile is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The way code of the profile is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notify URL must be an http or https URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPhase</name>
    <message>
        <source>The server did not confirm this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The console is asking Lesspay whether it arrived (next check in %n s); it will never send it as a new batch.</source>
        <translation>
            <numerusform>The console is asking Lesspay whether it arrived (next check in %n s); it will never send it as a new batch.</numerusform>
            <numerusform>The console is asking Lesspay whether it arrived (next check in %n s); it will never send it as a new batch.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console is asking Lesspay whether it arrived; it will never send it as a new batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lesspay has answered &quot;not found&quot; %n time(s) since %1.</source>
        <translation>
            <numerusform>Lesspay has answered &quot;not found&quot; %n time since %1.</numerusform>
            <numerusform>Lesspay has answered &quot;not found&quot; %n times since %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only if Lesspay keeps saying it never received the batch does the console send the very same batch again (same request_id, same contents), which Lesspay accepts at most once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is recorded and is being sent to Lesspay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console stopped working on this batch: %1 Nothing will be sent again; please check the batch with Lesspay before doing anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay reported a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay refused the batch, nothing was paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay accepted the batch (%1) and is reviewing it. The console checks its status regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay approved the batch and is paying: %1 paid, %2 failed, %3 in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payout of this batch was paid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payouts were paid and %2 failed. A new draft from the failed payouts retries only those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payout of this batch was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payout of this batch was paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay reports the status &quot;%1&quot;, whose meaning for payouts is not documented. The console keeps checking it slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1. Lesspay cannot have this batch, and the console will not try again on its own. Fix the cause, then press &quot;Send again&quot;: the batch goes out unchanged, with the same request_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection was made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchReportBuilder</name>
    <message>
        <source>Bank transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox (no real money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay UAT test host (no real money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION: real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch as it was sent cannot be read back from the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared: frozen in the journal with the exact request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to Lesspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again (the same bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by Lesspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet (review before submitting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approval is recorded for this batch: the workspace&apos;s approval policy asked for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approval is recorded for this batch yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchResultsExport</name>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch as it was sent cannot be read back from the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchState</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with Lesspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the import limit of %1 MiB. Split it into smaller files or raise the limit in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot decode the chosen text encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8. The file was probably saved as Windows-1252 (Western European); open it again with that encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows a closing quote; a quote inside a quoted field must be doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is too long (is a quote missing?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has too many fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailValidator</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains a broken character (an unpaired UTF-16 surrogate); retype the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains an invisible control character (U+%1); retype the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters are allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order ID may contain only letters A-Z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account type must be individual or business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account number may contain only letters and digits (spaces and dashes are removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account number must have 4 to 34 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an ISO 3166-1 two-letter country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SWIFT/BIC code has 8 or 11 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SWIFT/BIC code has only letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 5 and 6 of a SWIFT/BIC code must be a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a SWIFT test and training code; real payments cannot reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SWIFT/BIC code belongs to %1, the bank country is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-wallet provider is offered for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered for %1; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit key type must be phone, email, cpf, cnpj or random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the phone number with its country code, e.g. +63 917 123 4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number has an unknown country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number has the wrong length for its country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in any number range known for its country; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone key %1 is not the same number as the wallet account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random key is a UUID like 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The all-zero UUID is not a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CPF has 11 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CNPJ has 12 letters or digits followed by 2 check digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of one repeated digit is never issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits do not match; the number has a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination must be bank or ewallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored for a bank payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored for an e-wallet payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take %2 keys; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a number of another country; %2 pays to numbers of %3 (+%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank is in %1, but the batch pays in %2, the currency of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no payee_name column: it is not a directory file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the payee has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a workbook: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryStore</name>
    <message>
        <source>The payee could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>This draft was already submitted and can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be linked to its batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was submitted: its batch keeps it, so it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person who prepared this draft can rename or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was written by a newer version of the console (schema %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch body has no request_id or no details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch cannot be read from the team workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was rejected by an approver: it is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is not approved yet: in a team workspace a batch is sent only once approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded or sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalImport</name>
    <message>
        <source>The import stopped (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::ApiClient</name>
    <message>
        <source>No app secret is available for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::ApprovalQueueModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::BatchFilterProxyModel</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (being checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::BatchListModel</name>
    <message>
        <source>%1 paid, %2 failed, %3 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts paid / failed / pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::BatchModel</name>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of this batch pays the same account the same amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::ConnectionTester</name>
    <message>
        <source>The credentials work: the server accepted the signed request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the signature (HTTP 401): the secret or the APPID is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::DetailStatusModel</name>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::DirectoryModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::DraftSession</name>
    <message>
        <source>Row %1 (%2, %3): the account differs from the payee&apos;s saved details or changed lately. Confirm the row in the review before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the request of the batch&apos;s last review. Review the batch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is being reviewed or submitted. Delete it once that has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open draft&apos;s changes are not in the journal yet: it stays open until the team database is back and they are written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::JournalConnectionMonitor</name>
    <message>
        <source>The team database cannot be reached: nothing is sent until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database refuses this login (password or role changed): nothing is sent until it accepts it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database was upgraded by a newer version of the console: update this console. Nothing is written meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1, this console knows %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::JournalSidebarModel</name>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n row(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n row</numerusform>
            <numerusform>%1 · %2 · %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the failed payouts of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries the failed payouts of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::KeychainSecretStore</name>
    <message>
        <source>no answer after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyring is set up, and making one would ask for a new keyring password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::LocalSandboxLauncher</name>
    <message>
        <source>the Local sandbox profile was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret kept in memory for this run was lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::OneShotExchange</name>
    <message>
        <source>the address %1 is neither http nor https; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build has no TLS support; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer within the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer has oversized headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP/1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer has a broken chunked body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer has an unusable Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection to %1 could be made in time; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is valid only from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is self-signed and not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for %1, not for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not signed by a trusted authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 did not open a connection to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name %1 could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection to %1 could not be set up (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network to %1 is unreachable (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::PayeeDirectory</name>
    <message>
        <source>%1 is a saved payee, not paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was last paid %2 %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The APPID is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must be an http or https URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production base URL must use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supported-banks path must start with &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notify URL must be an http or https URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Reconciler</name>
    <message>
        <source>Resumed: asking Lesspay whether the batch arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by Lesspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay already has this request_id: asking for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay holds a different batch under this request_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at Lesspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay reports %1 %2 for this request_id; the console sent %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::SandboxProcess</name>
    <message>
        <source>the sandbox did not report its port within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesspay-sandbox program was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::SecretResult</name>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret saved, or the keychain is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer in time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Settings</name>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid settings file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::SubmissionEngine</name>
    <message>
        <source>The batch was saved but could not be sent: no connection is set up for its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a batch that was not sent can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be sent: no connection is set up for its profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::WorkbookDamage</name>
    <message>
        <source>The cell holds a formula without a saved value (the program that saved the workbook did not calculate it). Open the workbook in Excel or LibreOffice, save it and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell holds the error %1 instead of a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cell holds a date (%1); a date is never read as an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell holds a date (%1): the spreadsheet probably took the value for a date. Format the column as Text, type the value again and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell holds the logical value %1, not a value for this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stored as a number of more than 15 digits: Excel keeps only the first 15, so the rest are lost. Format the column as Text, type the value again and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is stored with binary noise beyond the digits the cell shows; it was read as %1, the value the cell shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount&apos;s number format shows currency text; the number %1 was read without it. Check that it is in the batch&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stored as a number, so a leading 0 or + would have been dropped. Check it; format the column as Text to keep such values as typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxExporter</name>
    <message>
        <source>Lesspay payout template (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the Payouts sheet: one payout per row, below the header. Replace or delete the two example rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination_type: bank or ewallet. Fill the bank_ columns for a bank account, the e_wallet. columns for an e-wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account numbers, phone numbers and keys are text cells: type them with their leading zeros and +. Do not change these columns to a number format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists in the account type, provider and key type columns offer the values the console accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>mch_order_id: your unique reference for the payout. amount: a number with at most %n decimal(s), in %1.</source>
        <translation>
            <numerusform>mch_order_id: your unique reference for the payout. amount: a number with at most %n decimal, in %1.</numerusform>
            <numerusform>mch_order_id: your unique reference for the payout. amount: a number with at most %n decimals, in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the workbook in the Lesspay console (File &gt; Import…, which reads CSV files and workbooks) or with lesspay-cli validate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxPackage</name>
    <message>
        <source>The workbook could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is larger than %1 MB, the limit for an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a workbook: its zip directory is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds more than %1 parts; workbooks have a few dozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s zip directory is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is encrypted. Save it without a password and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to %2 MB, more than the limit of %3 MB: the file was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is damaged and cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is damaged (its checksum is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to more than %2 MB: the file was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to more than %2 times its packed size, which no spreadsheet program writes: the file was refused as a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is larger than %2 MB: the file was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxReader</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is not well-formed XML (line %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 declares a document type, which workbooks never do: the file was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx). OpenDocument spreadsheets (.ods) and other formats: save the sheet as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a zip archive but holds no workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds more than %1 distinct texts: the file was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an Excel 97-2003 workbook (.xls) or a workbook protected by a password, which the console cannot read. In Excel, save it as &quot;Excel Workbook (.xlsx)&quot; without a password, or as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxSheetRows</name>
    <message>
        <source>The sheet&apos;s rows are out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell has an invalid reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell lies beyond column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell refers to a shared text that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number cell holds %1, which is no number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::AboutDialog</name>
    <message>
        <source>About Lesspay Payout Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay Payout Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare, submit and track payout batches to bank accounts and e-wallets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program is free software, licensed under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ApprovalsPage</name>
    <message>
        <source>Review and &amp;approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;Lesspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the batch in the review, as it was frozen; approving asks for a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the approved batch with this computer&apos;s profile and its appSecret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approver sends an approved batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 cannot be read: its frozen request is not a payout batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review batch %1 for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (kept with your approval):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace did not accept the approval of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved and may be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your approval of %1 is recorded; it needs another approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you reject it? The preparer reads this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace did not accept the rejection of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rejected; it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was prepared with a profile this computer does not have; add the profile to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on its way to Lesspay; the Batches page follows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchDetailWidget</name>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request or response to see its body (account data masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch above to see its payouts, its timeline and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Lesspay %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-failed.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-results.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body of the selected request or response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh th&amp;is batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export f&amp;ailed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft from failed pa&amp;youts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the batch unchanged, with the same request_id, once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the batch report as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PDF for each paid payout to tell its payee what was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment advice is written for the paid payouts of a final batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment advice names the payer: enter the payer name of this batch&apos;s profile in Settings → Profiles first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment ad&amp;vice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the batch report: totals, every payout and the audit trail (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries the failed payouts of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed payouts were not saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results were not saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchEditProxyModel</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchEditor</name>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by the console; it identifies this batch at Lesspay and is never reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/lesspay/notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way c&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bank row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e-wallet row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bank recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e-wallet recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show account numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide account numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit way type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit way code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notify URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>Duplicate %n row</numerusform>
            <numerusform>Duplicate %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Add bank recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e-wallet recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft from this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft from &amp;this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the rows of this submitted batch into a new draft with a new request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted as %1: this is exactly what was sent to Lesspay, and it cannot be changed. To send these payouts again or changed, start a new draft from this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change the currency of this draft from %1 to %2? Its %n row(s) keep their amounts as typed, paid in %2.</source>
        <translation>
            <numerusform>Change the currency of this draft from %1 to %2? Its %n row keeps its amount as typed, paid in %2.</numerusform>
            <numerusform>Change the currency of this draft from %1 to %2? Its %n rows keep their amounts as typed, paid in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bank row(s) are not in %1, the country of %2, and will be flagged: %3.</source>
        <translation>
            <numerusform>%n bank row is not in %1, the country of %2, and will be flagged: %3.</numerusform>
            <numerusform>%n bank rows are not in %1, the country of %2, and will be flagged: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add payees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n payee(s)</source>
        <translation>
            <numerusform>Add %n payee</numerusform>
            <numerusform>Add %n payees</numerusform>
        </translation>
    </message>
    <message>
        <source>Update payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved with other account details. Replace the saved account with this row&apos;s? Choose No to keep both accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open payee in directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-wallet row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a recipient through a form, or payees saved in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the failed payouts of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchItemDelegate</name>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchNotifier</name>
    <message>
        <source>Batch paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payout of %1 was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some payouts of %1 failed; see the Batches view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payout of %1 was paid; see the Batches view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay refused %1; nothing was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console stopped on %1; please check it with Lesspay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchesView</name>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search request ID, Lesspay order, profile, total…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the batches that failed, were partly paid or need a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch cannot be sent from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ColumnMappingDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which field each column holds. Columns set to “Ignore” are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal separator of the amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point: 1234.56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma: 1234,56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts use a &amp;decimal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most amounts of this file cannot be read with a decimal point. With a decimal comma, “%1” reads as %2: choose the separator the file means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most amounts of this file cannot be read with a decimal comma. With a decimal point, “%1” reads as %2: choose the separator the file means.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::CsvFlow</name>
    <message>
        <source>Import recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n row imported.</numerusform>
            <numerusform>%n rows imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column mapping was remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n remembered column mapping(s); the next import of such a file asks again.</source>
        <translation>
            <numerusform>Forgot %n remembered column mapping; the next import of such a file asks again.</numerusform>
            <numerusform>Forgot %n remembered column mappings; the next import of such a file asks again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported</source>
        <translation>
            <numerusform>%n row imported</numerusform>
            <numerusform>%n rows imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to look at</source>
        <translation>
            <numerusform>%n problem to look at</numerusform>
            <numerusform>%n problems to look at</numerusform>
        </translation>
    </message>
    <message>
        <source>Export not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipients could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1, readable only by you: it holds full account numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::DepositKeyInput</name>
    <message>
        <source>CPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random key (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>000.000.000-00 (11 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00.000.000/0000-00 (14 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+63 917 123 4567 (with country code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::DirectoryPage</name>
    <message>
        <source>Search name, reference, tag or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search payees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-wallet %1 %2, key %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank %1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory was written to %1 with full account numbers; only you can read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payee(s) added</source>
        <translation>
            <numerusform>%n payee added</numerusform>
            <numerusform>%n payees added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) added</source>
        <translation>
            <numerusform>%n account added</numerusform>
            <numerusform>%n accounts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n row refused</numerusform>
            <numerusform>%n rows refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payee to see its accounts, its payouts and the history of its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New payee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit payee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory files (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and %n saved account(s) from the directory? The history of its changes stays.</source>
        <translation>
            <numerusform>Delete %1 and %n saved account from the directory? The history of its changes stays.</numerusform>
            <numerusform>Delete %1 and %n saved accounts from the directory? The history of its changes stays.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::DirectorySettingsDialog</name>
    <message>
        <source>Changed-account warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a changed account is flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row paying a saved payee&apos;s account that was added or changed within this many days is flagged in the editor and the review, and a person must confirm it before Production. An account that is none of the payee&apos;s saved ones is always flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag changed accounts for (&amp;days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed-&amp;account warning…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::FirstRunPage</name>
    <message>
        <source>Welcome to Lesspay Payout Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare payout batches to bank accounts and e-wallets, check every recipient as you type, submit the batch and follow each payout to its final status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it safely with the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console comes with a local sandbox: a server on this computer that behaves like Lesspay. It checks signatures and recipient details, moves payouts through their statuses and can simulate failures. No real money moves and no account is needed, so you can try everything right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a real profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you are ready to pay for real, add a profile with the App ID, the app secret and the API address that Lesspay gave you for that environment (UAT or production). Switch between profiles at any time; the sandbox profile stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your secret lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app secret is kept in your system keyring (GNOME Keyring, KWallet or KeePassXC), never in a file. Profiles, without secrets, are saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the CSV template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CSV template, fill in one row per payout in your spreadsheet (bank columns for bank transfers, e-wallet columns for e-wallets) and import it. The console checks every row and shows what needs fixing before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CSV &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a real pr&amp;ofile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lesspay Payout Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::JournalSidebar</name>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr&amp;afts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub&amp;mitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the draft &quot;%1&quot; with its %n row(s)? It cannot be brought back.</source>
        <translation>
            <numerusform>Delete the draft &quot;%1&quot; with its %n row? It cannot be brought back.</numerusform>
            <numerusform>Delete the draft &quot;%1&quot; with its %n rows? It cannot be brought back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::MainWindow</name>
    <message>
        <source>&amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of this draft could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION profile “%1”: payouts submitted here move real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and submit the batch (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending needs the profile&apos;s secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay Payout Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget remembered &amp;column mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports remember the columns you matched for each kind of file; forget them so that the next import asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft made from the submitted batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new draft could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was already frozen as %1 and its approval asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is frozen, but the workspace did not take the request for its approval: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 needs no approval: an approver can send it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the batch and ask the team to approve it (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 was changed elsewhere while the team database was out of reach: your edits were saved as draft %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::OverviewWidget</name>
    <message>
        <source>Today&apos;s batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing paid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s batches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (payouts: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::PayeeDialog</name>
    <message>
        <source>E-wallet %1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank %1 (%2) %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own reference, like a supplier number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, like suppliers, monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;bank account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;e-wallet account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payee needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payee needs at least one bank or e-wallet account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::PayeePickerDialog</name>
    <message>
        <source>Add payees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, reference, tag or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search payees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the payees to pay again (Ctrl or Shift for several). Each gets a row with its first saved account and the amount it was last paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ProfileEditorDialog</name>
    <message>
        <source>Local sandbox (started by the console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay UAT (test host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its saved secret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set when the sandbox starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox&apos;s secret is generated by the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not understood and left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCAL SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST · Lesspay UAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION · real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOM SERVER</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::RecipientCsv</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Spreadsheets on Western Windows save CSV files as Windows-1252: read it again that way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns remembered for files like this one would read most of its amounts as invalid. Check them and the decimal separator before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, line %2 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of the file (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has several sheets. Import the recipients from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s permissions could not be limited to you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::RecipientDialog</name>
    <message>
        <source>%1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in %1, like %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ReportActions</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the payment advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-review.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing the report of %n payout(s)…</source>
        <translation>
            <numerusform>Writing the report of %n payout…</numerusform>
            <numerusform>Writing the report of %n payouts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not written: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n payout(s)…</source>
        <translation>
            <numerusform>Laying out %n payout…</numerusform>
            <numerusform>Laying out %n payouts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch has no paid payouts to write advice for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n payment advice(s)…</source>
        <translation>
            <numerusform>Writing %n payment advice…</numerusform>
            <numerusform>Writing %n payment advices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n payment advice(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n payment advice to %1.</numerusform>
            <numerusform>Wrote %n payment advices to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n payment advice(s).</source>
        <translation>
            <numerusform>Cancelled after %n payment advice.</numerusform>
            <numerusform>Cancelled after %n payment advices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::StatusIndicators</name>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: secret available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable: secret kept in memory for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: no secret saved, or the keychain is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the secret from the keychain again (after unlocking it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: %1. The local sandbox uses a new secret kept in memory for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database: unreachable, reconnecting… (since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database: password refused (since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database: upgraded by a newer console (since %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::SubmitFlow</name>
    <message>
        <source>Saving the draft and writing its request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has problems to fix before it can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review cancelled: the draft was saved, nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved, so it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the batch in the journal before sending it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was already submitted as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::SubmitReviewDialog</name>
    <message>
        <source>Review and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank payouts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-wallet payouts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sends real money. Type the number of payouts and the total to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of &amp;payouts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /api/global/payout/batch/create-order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign string (the secret is not shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the total as it is shown above, like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed payee details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows pay saved payees at details that are not their saved ones or that changed lately. Tick each row you have checked with the payee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows pay saved payees at details that are not their saved ones or that changed lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3, account %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s body with a line per field, for reading; every value as it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exact bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s body exactly as it is sent and signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::SummaryBar</name>
    <message>
        <source>Next problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next cell with an error or a warning (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: too large to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n amount(s) not counted)</source>
        <translation>
            <numerusform>(%n amount not counted)</numerusform>
            <numerusform>(%n amounts not counted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by Lesspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: being reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rows in a new draft (File → New draft) and submit that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console asks Lesspay about %1 until it knows; nothing is sent twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause, then press “Send again” on the Batches page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::WalletRecipientDialog</name>
    <message>
        <source>No e-wallet provider for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::WorkspaceDialog</name>
    <message>
        <source>This &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team database (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is a file on this computer, for one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is the team&apos;s shared database: approvals, and everyone sees every batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the network the server&apos;s certificate is always checked (sslmode=verify-full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console opens the chosen journal when it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority of the team&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::WorkspaceStartup</name>
    <message>
        <source>Lesspay Payout Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to it. Check the workspace settings, or quit and try later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayeeAccountForm</name>
    <message>
        <source>Payee&apos;s e-wallet account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s bank account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayeeMatch</name>
    <message>
        <source>%1 is a saved payee, but this account is not one of their saved accounts. Check that the new details really come from them before paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved account of %1 was changed on %2. Check that the change really came from them before paying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be laid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriorPaymentChecker</name>
    <message>
        <source>Already paid to this recipient with the same amount in batch %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same recipient and amount are pending in batch %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already paid to this recipient with the same amount in batch %1 (%2, prepared by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same recipient and amount are pending in batch %1 (%2, %3, prepared by %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production: payouts sent with this profile move real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appSecret from Lesspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BANK_TRANSFER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otify URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 codes separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides of the decimals a currency may carry, e.g. IDR=0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDR=0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-wallet &amp;providers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers beyond the built-in table, one currency per line, e.g. PHP: Coins.ph, Maya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wa&amp;y type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported-banks pat&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company&apos;s name as payees should read it on a payment advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientImporter</name>
    <message>
        <source>The row has %1 cells but the header only %2; the cells beyond the header were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 cells but the header %2; the missing cells were read as empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was canceled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Payout batch report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout batch review (not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (not accepted by Lesspay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By destination type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent: this is the review before submitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approvals are recorded for this batch: the console has no approval step, and the journal records the profile a batch was sent with, not a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n payout(s)</source>
        <translation>
            <numerusform>%1: %n payout</numerusform>
            <numerusform>%1: %n payouts</numerusform>
        </translation>
    </message>
    <message>
        <source>Request ID %1 · SHA-256 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout batch report · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPrinter</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible duplicate: %1 pays the same recipient and amount as %2 in batch %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to add up (beyond %1 minor units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>valid: %n row(s), total %1</source>
        <translation>
            <numerusform>valid: %n row, total %1</numerusform>
            <numerusform>valid: %n rows, total %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>invalid: %n row(s)</source>
        <translation>
            <numerusform>invalid: %n row</numerusform>
            <numerusform>invalid: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>&quot;3 errors, 1 warning&quot;: the two counts of a validation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting approval (not requested yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by an approver: not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n detail(s)</source>
        <translation>
            <numerusform>in %n detail</numerusform>
            <numerusform>in %n details</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 paid, %2 failed, %3 pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetryDraftBuilder</name>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch needs a person: check it with Lesspay before retrying any payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay has not confirmed this batch yet; a retry now could pay twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch is still in progress; wait until every payout is paid or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesspay refused the whole batch, so no payout has a result to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 is still pending; wait until every payout is paid or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payout of this batch failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft with the failed payouts of this batch already exists; use that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed payout(s) can go into a new draft.</source>
        <translation>
            <numerusform>%n failed payout can go into a new draft.</numerusform>
            <numerusform>%n failed payouts can go into a new draft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch as it was sent cannot be read back from the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed payouts do not match the batch as it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed payouts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New draft &quot;%1&quot; with %n payout(s).</source>
        <translation>
            <numerusform>New draft &quot;%1&quot; with %n payout.</numerusform>
            <numerusform>New draft &quot;%1&quot; with %n payouts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadsheetDamage</name>
    <message>
        <source>%1 looks like a mobile number whose leading 0 a spreadsheet removed (0%1). Check the number; it was imported as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CPF has 11 digits; %1 has %2. A spreadsheet probably removed leading zeros: format the column as Text and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CNPJ has 14 digits; %1 has %2. A spreadsheet probably removed leading zeros: format the column as Text and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in scientific notation: a spreadsheet shortened the number and the original digits are lost. Format the column as Text and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a date: a spreadsheet probably converted the number. Format the column as Text and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamApprovals</name>
    <message>
        <source>There is no batch %1 in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamAudit</name>
    <message>
        <source>Prepared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 froze the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded the state %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamWorkspace</name>
    <message>
        <source>A team workspace needs a PostgreSQL database; %1 is a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the team workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1 to the team workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletRecipientDialog</name>
    <message>
        <source>Add e-wallet recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet &amp;holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet a&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number, email or wallet ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit &amp;key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deposit key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSetting</name>
    <message>
        <source>Enter the database server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the team&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your database user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Prepare, submit and track Lesspay payout batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console opens the chosen journal when it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
