<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Amount</name>
    <message>
        <source>The amount is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount may contain only digits and one decimal point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount must not carry a sign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount is in scientific notation; write it out in full digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount must not contain thousands separators.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount needs digits on both sides of the decimal point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This currency takes no decimals.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>This currency takes at most %n decimal(s).</source>
        <translation><numerusform>This currency takes at most %n decimal.</numerusform><numerusform>This currency takes at most %n decimals.</numerusform></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>Success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lesspay refused the request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered with an HTTP error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the server failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server redirected the request; payment calls never follow redirects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request was not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: code %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (HTTP %2 to %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BankRecipientDialog</name>
    <message>
        <source>Add bank recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order &amp;ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bank name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bank &amp;country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bank country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a code or a name, e.g. PH or Philippines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;SWIFT/BIC:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SWIFT or BIC code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>8 or 11 characters, e.g. BNORPHMM</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BatchState</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking with Lesspay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>This draft was already submitted and can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Order ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bank country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wallet holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wallet account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wallet account type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deposit key type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deposit key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot prepare the journal %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal was written by a newer version of the console (schema %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot upgrade the journal: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The batch body has no request_id or no details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The batch could not be recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frozen for sending</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core</name>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is larger than the import limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This system cannot decode the chosen text encoding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text is not valid UTF-8. The file was probably saved as Windows-1252 (Western European); open it again with that encoding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text is not valid UTF-16.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a quoted field starts here and is never closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text follows a closing quote; a quote inside a quoted field must be doubled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record is too long (is a quote missing?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record has too many fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another payout in this batch has the same order ID.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::ApiClient</name>
    <message>
        <source>No app secret is available for this profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::Batch</name>
    <message>
        <source>The request ID must be 1 to 64 letters, digits, '_' or '-'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the batch currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 payouts are not enabled for this profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The way type of the profile is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The way code of the profile is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The notify URL must be an http or https URL with a host.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::BatchModel</name>
    <message>
        <source>Bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holder name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deposit key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::Checker</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contains an invisible control character (U+%1); retype the value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 characters are allowed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The order ID may contain only letters A-Z, digits, '_' and '-'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account type must be individual or business.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account number may contain only letters and digits (spaces and dashes are removed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account number must have 4 to 34 letters or digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not an ISO 3166-1 two-letter country code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A SWIFT/BIC code has 8 or 11 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A SWIFT/BIC code has only letters and digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters 5 and 6 of a SWIFT/BIC code must be a country code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a SWIFT test and training code; real payments cannot reach it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SWIFT/BIC code belongs to %1, the bank country is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No e-wallet provider is offered for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not offered for %1; choose one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deposit key type must be phone, email, cpf, cnpj or random.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the phone number with its country code, e.g. +63 917 123 4567.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone number has an unknown country code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone number has the wrong length for its country.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not in any number range known for its country; check it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone key %1 is not the same number as the wallet account number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a valid e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A random key is a UUID like 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The all-zero UUID is not a key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CPF has 11 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CNPJ has 12 letters or digits followed by 2 check digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A number of one repeated digit is never issued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check digits do not match; the number has a typo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The destination must be bank or ewallet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignored for a bank payout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignored for an e-wallet payout.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::ConnectionTester</name>
    <message>
        <source>The credentials work: the server accepted the signed request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server rejected the signature (HTTP 401): the secret or the APPID is wrong.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::KeychainSecretStore</name>
    <message>
        <source>no answer after %1 ms</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::LocalSandboxLauncher</name>
    <message>
        <source>the Local sandbox profile was removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The APPID is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The base URL must be an http or https URL with a host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A production base URL must use https.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The supported-banks path must start with '/'.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::RecipientImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::SandboxProcess</name>
    <message>
        <source>the sandbox did not report its port within %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sandbox is already running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lesspay-sandbox program was not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sandbox could not be started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sandbox stopped unexpectedly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sandbox exited with code %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::SecretResult</name>
    <message>
        <source>saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no secret saved, or the keychain is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keychain unavailable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keychain did not answer in time: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::Settings</name>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a valid settings file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::SpreadsheetDamage</name>
    <message>
        <source>%1 looks like a mobile number whose leading 0 a spreadsheet removed (0%1). Check the number; it was imported as written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CPF has 11 digits; %1 has %2. A spreadsheet probably removed leading zeros: format the column as Text and export again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CNPJ has 14 digits; %1 has %2. A spreadsheet probably removed leading zeros: format the column as Text and export again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in scientific notation: a spreadsheet shortened the number and the original digits are lost. Format the column as Text and export again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 looks like a date: a spreadsheet probably converted the number. Format the column as Text and export again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Ui::AboutDialog</name>
    <message>
        <source>About Lesspay Payout Console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lesspay Payout Console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepare, submit and track payout batches to bank accounts and e-wallets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This program is free software, licensed under the &lt;a href="%1"&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Ui::BankRecipientDialog</name>
    <message>
        <source>Amount in %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchEditProxyModel</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchEditor</name>
    <message>
        <source>Request ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Way type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Way code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notify URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated by the console; it identifies this batch at Lesspay and is never reused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://example.com/lesspay/notify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Request ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notify URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Way &amp;type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Way c&amp;ode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add bank row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add e-wallet row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add bank recipient…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add e-wallet recipient…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show account numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide account numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit way type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit way code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit notify URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change currency</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation><numerusform>Duplicate %n row</numerusform><numerusform>Duplicate %n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation><numerusform>Delete %n row</numerusform><numerusform>Delete %n rows</numerusform></translation>
    </message>
    <message>
        <source>Add bank recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add e-wallet recipient</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchItemDelegate</name>
    <message>
        <source>Bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Ui::DepositKeyInput</name>
    <message>
        <source>CPF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CNPJ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random key (UUID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>000.000.000-00 (11 digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>00.000.000/0000-00 (14 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+63 917 123 4567 (with country code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Ui::FirstRunPage</name>
    <message>
        <source>Welcome to Lesspay Payout Console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepare payout batches to bank accounts and e-wallets, check every recipient as you type, submit the batch and follow each payout to its final status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try it safely with the local sandbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The console comes with a local sandbox: a server on this computer that behaves like Lesspay. It checks signatures and recipient details, moves payouts through their statuses and can simulate failures. No real money moves and no account is needed, so you can try everything right away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a real profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When you are ready to pay for real, add a profile with the App ID, the app secret and the API address that Lesspay gave you for that environment (UAT or production). Switch between profiles at any time; the sandbox profile stays available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where your secret lives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The app secret is kept in your system keyring (GNOME Keyring, KWallet or KeePassXC), never in a file. Profiles, without secrets, are saved in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start from the CSV template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the CSV template, fill in one row per payout in your spreadsheet (bank columns for bank transfers, e-wallet columns for e-wallets) and import it. The console checks every row and shows what needs fixing before anything is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the local &amp;sandbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a real &amp;profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the CSV &amp;template…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Ui::ProfileEditorDialog</name>
    <message>
        <source>Local sandbox (started by the console)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lesspay UAT (test host)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the profile "%1" and its saved secret?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set when the sandbox starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local sandbox's secret is generated by the console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saved on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not understood and left out: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Ui::RecipientDialog</name>
    <message>
        <source>%1 problem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Ui::SummaryBar</name>
    <message>
        <source>Next problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the next cell with an error or a warning (F8)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message>
        <source>Total: too large to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(%n amount(s) not counted)</source>
        <translation><numerusform>(%n amount not counted)</numerusform><numerusform>(%n amounts not counted)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted by Lesspay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome unknown: being reconciled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Ui::WalletRecipientDialog</name>
    <message>
        <source>Amount in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No e-wallet provider for %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production: payouts sent with this profile move real money.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;APPID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App secret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Set secret…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>appSecret from Lesspay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Way &amp;type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BANK_TRANSFER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Way &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;otify URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrencies:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ISO 4217 codes separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overrides of the decimals a currency may carry, e.g. IDR=0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IDR=0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-wallet &amp;providers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Providers beyond the built-in table, one currency per line, e.g. PHP: Coins.ph, Maya</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supported-&amp;banks path:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecipientImporter</name>
    <message>
        <source>The row has %1 cells but the header only %2; the cells beyond the header were not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row has %1 cells but the header %2; the missing cells were read as empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WalletRecipientDialog</name>
    <message>
        <source>Add e-wallet recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order &amp;ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wallet &amp;holder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wallet holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wallet a&amp;ccount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wallet account number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number, email or wallet ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deposit &amp;key type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deposit key type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Deposit key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deposit key</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
