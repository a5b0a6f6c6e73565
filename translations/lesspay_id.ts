<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>Amount</name>
    <message>
        <source>The amount is empty.</source>
        <translation>Jumlah masih kosong.</translation>
    </message>
    <message>
        <source>The amount may contain only digits and one decimal point.</source>
        <translation>Jumlah hanya boleh berisi angka dan satu titik desimal.</translation>
    </message>
    <message>
        <source>The amount must not carry a sign.</source>
        <translation>Jumlah tidak boleh diberi tanda plus atau minus.</translation>
    </message>
    <message>
        <source>The amount is in scientific notation; write it out in full digits.</source>
        <translation>Jumlah ditulis dalam notasi ilmiah; tuliskan dengan angka lengkap.</translation>
    </message>
    <message>
        <source>The amount must not contain thousands separators.</source>
        <translation>Jumlah tidak boleh berisi pemisah ribuan.</translation>
    </message>
    <message>
        <source>The amount needs digits on both sides of the decimal point.</source>
        <translation>Harus ada angka di kedua sisi titik desimal.</translation>
    </message>
    <message>
        <source>This currency takes no decimals.</source>
        <translation>Mata uang ini tidak memakai desimal.</translation>
    </message>
    <message numerus="yes">
        <source>This currency takes at most %n decimal(s).</source>
        <translation><numerusform>Mata uang ini memakai paling banyak %n desimal.</numerusform></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Jumlah terlalu besar.</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>Success</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Lesspay refused the request</source>
        <translation>Lesspay menolak permintaan</translation>
    </message>
    <message>
        <source>The server answered with an HTTP error</source>
        <translation>Server menjawab dengan galat HTTP</translation>
    </message>
    <message>
        <source>The connection to the server failed</source>
        <translation>Koneksi ke server gagal</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Server tidak menjawab tepat waktu</translation>
    </message>
    <message>
        <source>The server's answer could not be read</source>
        <translation>Jawaban server tidak dapat dibaca</translation>
    </message>
    <message>
        <source>The server redirected the request; payment calls never follow redirects</source>
        <translation>Server mengalihkan permintaan; panggilan pembayaran tidak pernah mengikuti pengalihan</translation>
    </message>
    <message>
        <source>The request was not sent</source>
        <translation>Permintaan tidak dikirim</translation>
    </message>
    <message>
        <source>%1: code %2, %3</source>
        <translation>%1: kode %2, %3</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 (HTTP %2 to %3)</source>
        <translation>%1 (HTTP %2 ke %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BankRecipientDialog</name>
    <message>
        <source>Add bank recipient</source>
        <translation>Tambah penerima bank</translation>
    </message>
    <message>
        <source>Order &amp;ID:</source>
        <translation>&amp;ID pesanan:</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID pesanan</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>Nama &amp;pemilik rekening:</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Nama pemilik rekening</translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation>&amp;Nomor rekening:</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nomor rekening</translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation>Jenis &amp;rekening:</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Jenis rekening</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Perorangan</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Badan usaha</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>&amp;Bank:</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Nama bank</translation>
    </message>
    <message>
        <source>Bank &amp;country:</source>
        <translation>Ne&amp;gara bank:</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>Negara bank</translation>
    </message>
    <message>
        <source>Type a code or a name, e.g. PH or Philippines</source>
        <translation>Ketik kode atau nama, misalnya PH atau Philippines</translation>
    </message>
    <message>
        <source>&amp;SWIFT/BIC:</source>
        <translation>&amp;SWIFT/BIC:</translation>
    </message>
    <message>
        <source>SWIFT or BIC code</source>
        <translation>Kode SWIFT atau BIC</translation>
    </message>
    <message>
        <source>8 or 11 characters, e.g. BNORPHMM</source>
        <translation>8 atau 11 karakter, misalnya BNORPHMM</translation>
    </message>
</context>
<context>
    <name>BatchState</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Siap dikirim</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Mengirim</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Hasil belum diketahui</translation>
    </message>
    <message>
        <source>Checking with Lesspay</source>
        <translation>Memeriksa ke Lesspay</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu tindakan</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Baris %1, kolom %2: %3</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>This draft was already submitted and can no longer change.</source>
        <translation>Draf ini sudah dikirim dan tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Draf tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Order ID</source>
        <translation>ID pesanan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Nama pemilik rekening</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nomor rekening</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Jenis rekening</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>Negara bank</translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation>SWIFT/BIC</translation>
    </message>
    <message>
        <source>Wallet holder</source>
        <translation>Pemilik dompet</translation>
    </message>
    <message>
        <source>Wallet account</source>
        <translation>Akun dompet</translation>
    </message>
    <message>
        <source>Wallet account type</source>
        <translation>Jenis akun dompet</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>Deposit key type</source>
        <translation>Jenis kunci setoran</translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation>Kunci setoran</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Tidak dapat membuat %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Tidak dapat membuka jurnal %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the journal %1: %2</source>
        <translation>Tidak dapat menyiapkan jurnal %1: %2</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of the console (schema %1).</source>
        <translation>Jurnal ini ditulis oleh versi konsol yang lebih baru (skema %1).</translation>
    </message>
    <message>
        <source>Cannot upgrade the journal: %1</source>
        <translation>Tidak dapat memperbarui jurnal: %1</translation>
    </message>
    <message>
        <source>The batch body has no request_id or no details.</source>
        <translation>Isi batch tidak memiliki request_id atau rincian.</translation>
    </message>
    <message>
        <source>The batch could not be recorded: %1</source>
        <translation>Batch tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>Frozen for sending</source>
        <translation>Dikunci untuk dikirim</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core</name>
    <message>
        <source>The file could not be read.</source>
        <translation>File tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The file is larger than the import limit.</source>
        <translation>File melebihi batas ukuran impor.</translation>
    </message>
    <message>
        <source>This system cannot decode the chosen text encoding.</source>
        <translation>Sistem ini tidak dapat membaca pengodean teks yang dipilih.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8. The file was probably saved as Windows-1252 (Western European); open it again with that encoding.</source>
        <translation>teks bukan UTF-8 yang valid. File kemungkinan disimpan sebagai Windows-1252 (Eropa Barat); buka lagi dengan pengodean itu.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-16.</source>
        <translation>teks bukan UTF-16 yang valid.</translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed.</source>
        <translation>kolom berkutip dimulai di sini dan tidak pernah ditutup.</translation>
    </message>
    <message>
        <source>text follows a closing quote; a quote inside a quoted field must be doubled.</source>
        <translation>ada teks setelah tanda kutip penutup; tanda kutip di dalam kolom berkutip harus ditulis ganda.</translation>
    </message>
    <message>
        <source>the record is too long (is a quote missing?).</source>
        <translation>rekaman terlalu panjang (apakah ada tanda kutip yang hilang?).</translation>
    </message>
    <message>
        <source>the record has too many fields.</source>
        <translation>rekaman memiliki terlalu banyak kolom.</translation>
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
        <translation>Tidak ada rahasia aplikasi untuk profil ini.</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>Isi permintaan bukan objek JSON.</translation>
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
        <translation>Bank</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID pesanan</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Holder name</source>
        <translation>Nama pemilik</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nomor rekening</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Jenis rekening</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation>SWIFT/BIC</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Jenis kunci</translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation>Kunci setoran</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Checker</name>
    <message>
        <source>This field is required.</source>
        <translation>Kolom ini wajib diisi.</translation>
    </message>
    <message>
        <source>Contains an invisible control character (U+%1); retype the value.</source>
        <translation>Berisi karakter kontrol yang tidak terlihat (U+%1); ketik ulang nilainya.</translation>
    </message>
    <message>
        <source>At most %1 characters are allowed here.</source>
        <translation>Paling banyak %1 karakter diizinkan di sini.</translation>
    </message>
    <message>
        <source>The order ID may contain only letters A-Z, digits, '_' and '-'.</source>
        <translation>ID pesanan hanya boleh berisi huruf A-Z, angka, '_' dan '-'.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Jumlah harus lebih besar dari nol.</translation>
    </message>
    <message>
        <source>The account type must be individual or business.</source>
        <translation>Jenis rekening harus perorangan atau badan usaha.</translation>
    </message>
    <message>
        <source>The account number may contain only letters and digits (spaces and dashes are removed).</source>
        <translation>Nomor rekening hanya boleh berisi huruf dan angka (spasi dan tanda hubung dihapus).</translation>
    </message>
    <message>
        <source>The account number must have 4 to 34 letters or digits.</source>
        <translation>Nomor rekening harus terdiri dari 4 sampai 34 huruf atau angka.</translation>
    </message>
    <message>
        <source>Not an ISO 3166-1 two-letter country code.</source>
        <translation>Bukan kode negara dua huruf ISO 3166-1.</translation>
    </message>
    <message>
        <source>A SWIFT/BIC code has 8 or 11 characters.</source>
        <translation>Kode SWIFT/BIC terdiri dari 8 atau 11 karakter.</translation>
    </message>
    <message>
        <source>A SWIFT/BIC code has only letters and digits.</source>
        <translation>Kode SWIFT/BIC hanya berisi huruf dan angka.</translation>
    </message>
    <message>
        <source>Characters 5 and 6 of a SWIFT/BIC code must be a country code.</source>
        <translation>Karakter ke-5 dan ke-6 kode SWIFT/BIC harus berupa kode negara.</translation>
    </message>
    <message>
        <source>This is a SWIFT test and training code; real payments cannot reach it.</source>
        <translation>Ini adalah kode uji dan pelatihan SWIFT; pembayaran sungguhan tidak dapat sampai ke sana.</translation>
    </message>
    <message>
        <source>The SWIFT/BIC code belongs to %1, the bank country is %2.</source>
        <translation>Kode SWIFT/BIC milik %1, sedangkan negara bank adalah %2.</translation>
    </message>
    <message>
        <source>No e-wallet provider is offered for %1.</source>
        <translation>Tidak ada penyedia dompet digital untuk %1.</translation>
    </message>
    <message>
        <source>Not offered for %1; choose one of: %2.</source>
        <translation>Tidak tersedia untuk %1; pilih salah satu dari: %2.</translation>
    </message>
    <message>
        <source>The deposit key type must be phone, email, cpf, cnpj or random.</source>
        <translation>Jenis kunci setoran harus phone, email, cpf, cnpj, atau random.</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>Bukan nomor telepon.</translation>
    </message>
    <message>
        <source>Write the phone number with its country code, e.g. +63 917 123 4567.</source>
        <translation>Tulis nomor telepon dengan kode negaranya, misalnya +63 917 123 4567.</translation>
    </message>
    <message>
        <source>The phone number has an unknown country code.</source>
        <translation>Kode negara nomor telepon tidak dikenal.</translation>
    </message>
    <message>
        <source>The phone number has the wrong length for its country.</source>
        <translation>Panjang nomor telepon tidak sesuai untuk negaranya.</translation>
    </message>
    <message>
        <source>%1 is not in any number range known for its country; check it.</source>
        <translation>%1 tidak termasuk rentang nomor yang dikenal untuk negaranya; periksa kembali.</translation>
    </message>
    <message>
        <source>The phone key %1 is not the same number as the wallet account number.</source>
        <translation>Kunci telepon %1 bukan nomor yang sama dengan nomor akun dompet.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address.</source>
        <translation>Bukan alamat email yang valid.</translation>
    </message>
    <message>
        <source>A random key is a UUID like 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>Kunci acak adalah UUID seperti 123e4567-e89b-12d3-a456-426614174000.</translation>
    </message>
    <message>
        <source>The all-zero UUID is not a key.</source>
        <translation>UUID yang semuanya nol bukan kunci.</translation>
    </message>
    <message>
        <source>A CPF has 11 digits.</source>
        <translation>CPF terdiri dari 11 angka.</translation>
    </message>
    <message>
        <source>A CNPJ has 12 letters or digits followed by 2 check digits.</source>
        <translation>CNPJ terdiri dari 12 huruf atau angka diikuti 2 angka pemeriksa.</translation>
    </message>
    <message>
        <source>A number of one repeated digit is never issued.</source>
        <translation>Nomor yang hanya berisi satu angka berulang tidak pernah diterbitkan.</translation>
    </message>
    <message>
        <source>The check digits do not match; the number has a typo.</source>
        <translation>Angka pemeriksa tidak cocok; nomor ini salah ketik.</translation>
    </message>
    <message>
        <source>The destination must be bank or ewallet.</source>
        <translation>Tujuan harus bank atau ewallet.</translation>
    </message>
    <message>
        <source>Ignored for a bank payout.</source>
        <translation>Diabaikan untuk pembayaran ke bank.</translation>
    </message>
    <message>
        <source>Ignored for an e-wallet payout.</source>
        <translation>Diabaikan untuk pembayaran ke dompet digital.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::ConnectionTester</name>
    <message>
        <source>The credentials work: the server accepted the signed request.</source>
        <translation>Kredensial berfungsi: server menerima permintaan yang ditandatangani.</translation>
    </message>
    <message>
        <source>The server rejected the signature (HTTP 401): the secret or the APPID is wrong.</source>
        <translation>Server menolak tanda tangan (HTTP 401): rahasia atau APPID salah.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::KeychainSecretStore</name>
    <message>
        <source>no answer after %1 ms</source>
        <translation>tidak ada jawaban setelah %1 md</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::LocalSandboxLauncher</name>
    <message>
        <source>the Local sandbox profile was removed</source>
        <translation>profil sandbox lokal telah dihapus</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox lokal</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Profil memerlukan nama.</translation>
    </message>
    <message>
        <source>The APPID is missing.</source>
        <translation>APPID belum diisi.</translation>
    </message>
    <message>
        <source>The base URL must be an http or https URL with a host.</source>
        <translation>URL dasar harus berupa URL http atau https yang memiliki host.</translation>
    </message>
    <message>
        <source>A production base URL must use https.</source>
        <translation>URL dasar produksi harus memakai https.</translation>
    </message>
    <message>
        <source>The supported-banks path must start with '/'.</source>
        <translation>Jalur daftar bank yang didukung harus diawali '/'.</translation>
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
        <translation>sandbox tidak melaporkan port-nya dalam %1 md</translation>
    </message>
    <message>
        <source>the sandbox is already running</source>
        <translation>sandbox sudah berjalan</translation>
    </message>
    <message>
        <source>the lesspay-sandbox program was not found</source>
        <translation>program lesspay-sandbox tidak ditemukan</translation>
    </message>
    <message>
        <source>the sandbox could not be started: %1</source>
        <translation>sandbox tidak dapat dijalankan: %1</translation>
    </message>
    <message>
        <source>the sandbox stopped unexpectedly</source>
        <translation>sandbox berhenti secara tak terduga</translation>
    </message>
    <message>
        <source>the sandbox exited with code %1</source>
        <translation>sandbox keluar dengan kode %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::SecretResult</name>
    <message>
        <source>saved</source>
        <translation>tersimpan</translation>
    </message>
    <message>
        <source>no secret saved, or the keychain is locked</source>
        <translation>tidak ada rahasia yang tersimpan, atau keyring terkunci</translation>
    </message>
    <message>
        <source>keychain unavailable: %1</source>
        <translation>keyring tidak tersedia: %1</translation>
    </message>
    <message>
        <source>the keychain did not answer in time: %1</source>
        <translation>keyring tidak menjawab tepat waktu: %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Settings</name>
    <message>
        <source>cannot write %1</source>
        <translation>tidak dapat menulis %1</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file</source>
        <translation>%1 bukan file pengaturan yang valid</translation>
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
        <translation>Tentang Konsol Pembayaran Lesspay</translation>
    </message>
    <message>
        <source>Lesspay Payout Console</source>
        <translation>Konsol Pembayaran Lesspay</translation>
    </message>
    <message>
        <source>Prepare, submit and track payout batches to bank accounts and e-wallets.</source>
        <translation>Siapkan, kirim, dan pantau batch pembayaran ke rekening bank dan dompet digital.</translation>
    </message>
    <message>
        <source>This program is free software, licensed under the &lt;a href="%1"&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty.</source>
        <translation>Program ini adalah perangkat lunak bebas dengan lisensi &lt;a href="%1"&gt;GNU General Public License versi 3 atau yang lebih baru&lt;/a&gt;. Program ini disediakan tanpa jaminan apa pun.</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>&amp;Salin informasi versi</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (dibangun dengan %2)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistem operasi</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Disalin ke papan klip.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BankRecipientDialog</name>
    <message>
        <source>Amount in %1</source>
        <translation>Jumlah dalam %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchEditProxyModel</name>
    <message>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchEditor</name>
    <message>
        <source>Request ID</source>
        <translation>ID permintaan</translation>
    </message>
    <message>
        <source>Way type</source>
        <translation>Jenis kanal</translation>
    </message>
    <message>
        <source>Way code</source>
        <translation>Kode kanal</translation>
    </message>
    <message>
        <source>Notify URL</source>
        <translation>URL notifikasi</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Generated by the console; it identifies this batch at Lesspay and is never reused</source>
        <translation>Dibuat oleh konsol; mengidentifikasi batch ini di Lesspay dan tidak pernah dipakai ulang</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>https://example.com/lesspay/notify</source>
        <translation>https://example.com/lesspay/notify</translation>
    </message>
    <message>
        <source>&amp;Request ID:</source>
        <translation>ID pe&amp;rmintaan:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Mata uang:</translation>
    </message>
    <message>
        <source>&amp;Notify URL:</source>
        <translation>URL &amp;notifikasi:</translation>
    </message>
    <message>
        <source>Way &amp;type:</source>
        <translation>&amp;Jenis kanal:</translation>
    </message>
    <message>
        <source>Way c&amp;ode:</source>
        <translation>&amp;Kode kanal:</translation>
    </message>
    <message>
        <source>Add bank row</source>
        <translation>Tambah baris bank</translation>
    </message>
    <message>
        <source>Add e-wallet row</source>
        <translation>Tambah baris dompet digital</translation>
    </message>
    <message>
        <source>Add bank recipient…</source>
        <translation>Tambah penerima bank…</translation>
    </message>
    <message>
        <source>Add e-wallet recipient…</source>
        <translation>Tambah penerima dompet digital…</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Gandakan baris</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Kosongkan sel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Tempel</translation>
    </message>
    <message>
        <source>Show account numbers</source>
        <translation>Tampilkan nomor rekening</translation>
    </message>
    <message>
        <source>Hide account numbers</source>
        <translation>Sembunyikan nomor rekening</translation>
    </message>
    <message>
        <source>Edit way type</source>
        <translation>Ubah jenis kanal</translation>
    </message>
    <message>
        <source>Edit way code</source>
        <translation>Ubah kode kanal</translation>
    </message>
    <message>
        <source>Edit notify URL</source>
        <translation>Ubah URL notifikasi</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>Ganti mata uang</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation><numerusform>Gandakan %n baris</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation><numerusform>Hapus %n baris</numerusform></translation>
    </message>
    <message>
        <source>Add bank recipient</source>
        <translation>Tambah penerima bank</translation>
    </message>
    <message>
        <source>Add e-wallet recipient</source>
        <translation>Tambah penerima dompet digital</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchItemDelegate</name>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Perorangan</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Badan usaha</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::DepositKeyInput</name>
    <message>
        <source>CPF</source>
        <translation>CPF</translation>
    </message>
    <message>
        <source>CNPJ</source>
        <translation>CNPJ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Random key (UUID)</source>
        <translation>Kunci acak (UUID)</translation>
    </message>
    <message>
        <source>000.000.000-00 (11 digits)</source>
        <translation>000.000.000-00 (11 angka)</translation>
    </message>
    <message>
        <source>00.000.000/0000-00 (14 characters)</source>
        <translation>00.000.000/0000-00 (14 karakter)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nama@contoh.com</translation>
    </message>
    <message>
        <source>+63 917 123 4567 (with country code)</source>
        <translation>+63 917 123 4567 (dengan kode negara)</translation>
    </message>
    <message>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::FirstRunPage</name>
    <message>
        <source>Welcome to Lesspay Payout Console</source>
        <translation>Selamat datang di Konsol Pembayaran Lesspay</translation>
    </message>
    <message>
        <source>Prepare payout batches to bank accounts and e-wallets, check every recipient as you type, submit the batch and follow each payout to its final status.</source>
        <translation>Siapkan batch pembayaran ke rekening bank dan dompet digital, periksa setiap penerima saat Anda mengetik, kirim batch, lalu pantau setiap pembayaran hingga status akhirnya.</translation>
    </message>
    <message>
        <source>Try it safely with the local sandbox</source>
        <translation>Coba dengan aman di sandbox lokal</translation>
    </message>
    <message>
        <source>The console comes with a local sandbox: a server on this computer that behaves like Lesspay. It checks signatures and recipient details, moves payouts through their statuses and can simulate failures. No real money moves and no account is needed, so you can try everything right away.</source>
        <translation>Konsol ini dilengkapi sandbox lokal: server di komputer ini yang bekerja seperti Lesspay. Sandbox memeriksa tanda tangan dan data penerima, menjalankan pembayaran melalui setiap statusnya, dan dapat menyimulasikan kegagalan. Tidak ada uang sungguhan yang berpindah dan tidak perlu akun, jadi Anda bisa langsung mencoba semuanya.</translation>
    </message>
    <message>
        <source>Add a real profile</source>
        <translation>Tambahkan profil sungguhan</translation>
    </message>
    <message>
        <source>When you are ready to pay for real, add a profile with the App ID, the app secret and the API address that Lesspay gave you for that environment (UAT or production). Switch between profiles at any time; the sandbox profile stays available.</source>
        <translation>Jika Anda siap melakukan pembayaran sungguhan, tambahkan profil berisi App ID, rahasia aplikasi (app secret), dan alamat API yang diberikan Lesspay untuk lingkungan tersebut (UAT atau produksi). Anda dapat berpindah profil kapan saja; profil sandbox tetap tersedia.</translation>
    </message>
    <message>
        <source>Where your secret lives</source>
        <translation>Di mana rahasia Anda disimpan</translation>
    </message>
    <message>
        <source>The app secret is kept in your system keyring (GNOME Keyring, KWallet or KeePassXC), never in a file. Profiles, without secrets, are saved in %1.</source>
        <translation>Rahasia aplikasi disimpan di keyring sistem Anda (GNOME Keyring, KWallet, atau KeePassXC), tidak pernah di dalam file. Profil, tanpa rahasianya, disimpan di %1.</translation>
    </message>
    <message>
        <source>Start from the CSV template</source>
        <translation>Mulai dari templat CSV</translation>
    </message>
    <message>
        <source>Save the CSV template, fill in one row per payout in your spreadsheet (bank columns for bank transfers, e-wallet columns for e-wallets) and import it. The console checks every row and shows what needs fixing before anything is sent.</source>
        <translation>Simpan templat CSV, isi satu baris per pembayaran di spreadsheet Anda (kolom bank untuk transfer bank, kolom dompet digital untuk dompet digital), lalu impor. Konsol memeriksa setiap baris dan menunjukkan apa yang perlu diperbaiki sebelum apa pun dikirim.</translation>
    </message>
    <message>
        <source>Open the local &amp;sandbox</source>
        <translation>Buka &amp;sandbox lokal</translation>
    </message>
    <message>
        <source>Add a real &amp;profile…</source>
        <translation>Tambahkan &amp;profil sungguhan…</translation>
    </message>
    <message>
        <source>Save the CSV &amp;template…</source>
        <translation>Simpan &amp;templat CSV…</translation>
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
        <translation>Masalah %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::SummaryBar</name>
    <message>
        <source>Next problem</source>
        <translation>Masalah berikutnya</translation>
    </message>
    <message>
        <source>Go to the next cell with an error or a warning (F8)</source>
        <translation>Ke sel berikutnya yang memiliki galat atau peringatan (F8)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n baris</numerusform></translation>
    </message>
    <message>
        <source>Total: too large to send</source>
        <translation>Total: terlalu besar untuk dikirim</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n amount(s) not counted)</source>
        <translation><numerusform>(%n jumlah tidak dihitung)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n galat</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n peringatan</numerusform></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <source>Accepted by Lesspay</source>
        <translation>Diterima oleh Lesspay</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Outcome unknown: being reconciled</source>
        <translation>Hasil belum diketahui: sedang direkonsiliasi</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::WalletRecipientDialog</name>
    <message>
        <source>Amount in %1</source>
        <translation>Jumlah dalam %1</translation>
    </message>
    <message>
        <source>No e-wallet provider for %1</source>
        <translation>Tidak ada penyedia dompet digital untuk %1</translation>
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
        <translation>&amp;Jenis kanal:</translation>
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
        <translation>Tambah penerima dompet digital</translation>
    </message>
    <message>
        <source>Order &amp;ID:</source>
        <translation>&amp;ID pesanan:</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID pesanan</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Wallet &amp;holder:</source>
        <translation>Nama pemilik &amp;dompet:</translation>
    </message>
    <message>
        <source>Wallet holder</source>
        <translation>Pemilik dompet</translation>
    </message>
    <message>
        <source>Wallet a&amp;ccount:</source>
        <translation>N&amp;omor akun dompet:</translation>
    </message>
    <message>
        <source>Wallet account number</source>
        <translation>Nomor akun dompet</translation>
    </message>
    <message>
        <source>Phone number, email or wallet ID</source>
        <translation>Nomor telepon, email, atau ID dompet</translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation>Jenis &amp;rekening:</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Jenis rekening</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Perorangan</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Badan usaha</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>P&amp;enyedia:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>Deposit &amp;key type:</source>
        <translation>Jenis &amp;kunci setoran:</translation>
    </message>
    <message>
        <source>Deposit key type</source>
        <translation>Jenis kunci setoran</translation>
    </message>
    <message>
        <source>&amp;Deposit key:</source>
        <translation>Kunci &amp;setoran:</translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation>Kunci setoran</translation>
    </message>
</context>
</TS>
