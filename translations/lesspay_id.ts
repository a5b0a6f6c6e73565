<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AdviceRenderer</name>
    <message>
        <source>Payment advice</source>
        <translation>Pemberitahuan pembayaran</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Dari %1</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Nominal yang dibayar</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>Tanggal dibayar</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>tidak tercatat</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pembayar</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Channel order number</source>
        <translation>Nomor pesanan kanal</translation>
    </message>
    <message>
        <source>not given by the channel</source>
        <translation>tidak diberikan oleh kanal</translation>
    </message>
    <message>
        <source>Lesspay order</source>
        <translation>Pesanan Lesspay</translation>
    </message>
    <message>
        <source>Batch request ID</source>
        <translation>ID permintaan batch</translation>
    </message>
    <message>
        <source>%1 paid this amount through Lesspay. Please quote the reference when you contact them about this payment. Account numbers are shown with their last four characters only.</source>
        <translation>%1 membayar nominal ini melalui Lesspay. Sebutkan referensi saat menghubungi mereka tentang pembayaran ini. Nomor rekening hanya ditampilkan empat karakter terakhirnya.</translation>
    </message>
</context>
<context>
    <name>Amount</name>
    <message>
        <source>The amount is empty.</source>
        <translation>Nominal masih kosong.</translation>
    </message>
    <message>
        <source>The amount may contain only digits and one decimal point.</source>
        <translation>Nominal hanya boleh berisi angka dan satu titik desimal.</translation>
    </message>
    <message>
        <source>The amount must not carry a sign.</source>
        <translation>Nominal tidak boleh diberi tanda plus atau minus.</translation>
    </message>
    <message>
        <source>The amount is in scientific notation; write it out in full digits.</source>
        <translation>Nominal ditulis dalam notasi ilmiah; tuliskan dengan angka lengkap.</translation>
    </message>
    <message>
        <source>The amount must not contain thousands separators.</source>
        <translation>Nominal tidak boleh berisi pemisah ribuan.</translation>
    </message>
    <message>
        <source>The amount needs digits on both sides of the decimal point.</source>
        <translation>Nominal harus memiliki angka di kedua sisi titik desimal.</translation>
    </message>
    <message>
        <source>This currency takes no decimals.</source>
        <translation>Mata uang ini tidak memakai desimal.</translation>
    </message>
    <message numerus="yes">
        <source>This currency takes at most %n decimal(s).</source>
        <translation>
            <numerusform>Mata uang ini memakai paling banyak %n desimal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Nominal terlalu besar.</translation>
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
        <source>The server&apos;s answer could not be read</source>
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
    <message>
        <source>The server could not be reached</source>
        <translation>Server tidak dapat dihubungi</translation>
    </message>
</context>
<context>
    <name>BankListCheck</name>
    <message>
        <source>%1 is the SWIFT/BIC code of %2 in the supported banks list, not of %3.</source>
        <translation>Dalam daftar bank yang didukung, %1 adalah kode SWIFT/BIC milik %2, bukan milik %3.</translation>
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
        <translation>&amp;Nominal:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nominal</translation>
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
        <translation>N&amp;omor rekening:</translation>
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
        <translation>Kode atau nama, misalnya PH atau Philippines</translation>
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
    <name>Batch</name>
    <message>
        <source>Another payout in this batch has the same order ID.</source>
        <translation>Ada pembayaran lain dalam batch ini dengan ID pesanan yang sama.</translation>
    </message>
    <message>
        <source>The request ID must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>ID permintaan harus terdiri dari 1 sampai 64 huruf, angka, &apos;_&apos; atau &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Choose the batch currency.</source>
        <translation>Pilih mata uang batch.</translation>
    </message>
    <message>
        <source>%1 payouts are not enabled for this profile.</source>
        <translation>Pembayaran %1 tidak diaktifkan untuk profil ini.</translation>
    </message>
    <message>
        <source>The way type of the profile is missing.</source>
        <translation>Jenis kanal pada profil belum diisi.</translation>
    </message>
    <message>
        <source>The way code of the profile is missing.</source>
        <translation>Kode kanal pada profil belum diisi.</translation>
    </message>
    <message>
        <source>The notify URL must be an http or https URL with a host.</source>
        <translation>URL notifikasi harus berupa URL http atau https yang memiliki host.</translation>
    </message>
</context>
<context>
    <name>BatchPhase</name>
    <message>
        <source>The server did not confirm this batch.</source>
        <translation>Server tidak mengonfirmasi batch ini.</translation>
    </message>
    <message>
        <source>Last problem: %1.</source>
        <translation>Masalah terakhir: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The console is asking Lesspay whether it arrived (next check in %n s); it will never send it as a new batch.</source>
        <translation>
            <numerusform>Konsol sedang menanyakan ke Lesspay apakah batch ini sudah sampai (pemeriksaan berikutnya dalam %n detik); konsol tidak akan pernah mengirimnya sebagai batch baru.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console is asking Lesspay whether it arrived; it will never send it as a new batch.</source>
        <translation>Konsol sedang menanyakan ke Lesspay apakah batch ini sudah sampai; konsol tidak akan pernah mengirimnya sebagai batch baru.</translation>
    </message>
    <message numerus="yes">
        <source>Lesspay has answered &quot;not found&quot; %n time(s) since %1.</source>
        <translation>
            <numerusform>Sejak %1, Lesspay sudah %n kali menjawab &quot;tidak ditemukan&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only if Lesspay keeps saying it never received the batch does the console send the very same batch again (same request_id, same contents), which Lesspay accepts at most once.</source>
        <translation>Hanya jika Lesspay terus menyatakan tidak pernah menerima batch ini, konsol mengirim ulang batch yang persis sama (request_id dan isi yang sama), yang diterima Lesspay paling banyak satu kali.</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>Perlu ditangani petugas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Sebagian dibayar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Belum diketahui</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Mengirim</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Sedang ditinjau</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>Sedang dibayar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>The batch is recorded and is being sent to Lesspay.</source>
        <translation>Batch sudah dicatat dan sedang dikirim ke Lesspay.</translation>
    </message>
    <message>
        <source>The console stopped working on this batch: %1 Nothing will be sent again; please check the batch with Lesspay before doing anything else.</source>
        <translation>Konsol berhenti memproses batch ini: %1 Tidak ada yang akan dikirim ulang; periksa batch ini dengan Lesspay sebelum melakukan hal lain.</translation>
    </message>
    <message>
        <source>Lesspay reported a conflict.</source>
        <translation>Lesspay melaporkan konflik.</translation>
    </message>
    <message>
        <source>Lesspay refused the batch, nothing was paid: %1</source>
        <translation>Lesspay menolak batch ini, tidak ada yang dibayar: %1</translation>
    </message>
    <message>
        <source>Lesspay accepted the batch (%1) and is reviewing it. The console checks its status regularly.</source>
        <translation>Lesspay menerima batch ini (%1) dan sedang meninjaunya. Konsol memeriksa statusnya secara berkala.</translation>
    </message>
    <message>
        <source>Lesspay approved the batch and is paying: %1 paid, %2 failed, %3 in progress.</source>
        <translation>Lesspay menyetujui batch ini dan sedang membayar: %1 dibayar, %2 gagal, %3 sedang diproses.</translation>
    </message>
    <message>
        <source>Every payout of this batch was paid (%1).</source>
        <translation>Semua pembayaran dalam batch ini sudah dibayar (%1).</translation>
    </message>
    <message>
        <source>%1 payouts were paid and %2 failed. A new draft from the failed payouts retries only those.</source>
        <translation>%1 pembayaran berhasil dan %2 gagal. Draf baru dari pembayaran yang gagal hanya mengulang pembayaran tersebut.</translation>
    </message>
    <message>
        <source>No payout of this batch was paid.</source>
        <translation>Tidak ada pembayaran dalam batch ini yang dibayar.</translation>
    </message>
    <message>
        <source>No payout of this batch was paid: %1</source>
        <translation>Tidak ada pembayaran dalam batch ini yang dibayar: %1</translation>
    </message>
    <message>
        <source>Lesspay reports the status &quot;%1&quot;, whose meaning for payouts is not documented. The console keeps checking it slowly.</source>
        <translation>Lesspay melaporkan status &quot;%1&quot;, yang artinya untuk pembayaran tidak didokumentasikan. Konsol terus memeriksanya secara perlahan.</translation>
    </message>
    <message>
        <source>Not sent: %1. Lesspay cannot have this batch, and the console will not try again on its own. Fix the cause, then press &quot;Send again&quot;: the batch goes out unchanged, with the same request_id.</source>
        <translation>Tidak terkirim: %1. Lesspay tidak mungkin memiliki batch ini, dan konsol tidak akan mencoba lagi sendiri. Perbaiki penyebabnya, lalu tekan &quot;Kirim lagi&quot;: batch dikirim tanpa perubahan, dengan request_id yang sama.</translation>
    </message>
    <message>
        <source>no connection was made</source>
        <translation>tidak ada koneksi yang terbentuk</translation>
    </message>
</context>
<context>
    <name>BatchReportBuilder</name>
    <message>
        <source>Bank transfers</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <source>E-wallets</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Local sandbox (no real money)</source>
        <translation>Sandbox lokal (tanpa uang sungguhan)</translation>
    </message>
    <message>
        <source>Lesspay UAT test host (no real money)</source>
        <translation>Host uji Lesspay UAT (tanpa uang sungguhan)</translation>
    </message>
    <message>
        <source>PRODUCTION: real money</source>
        <translation>PRODUKSI: uang sungguhan</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Server khusus</translation>
    </message>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation>Tidak ada batch %1 di jurnal.</translation>
    </message>
    <message>
        <source>The batch as it was sent cannot be read back from the journal.</source>
        <translation>Batch sebagaimana dikirim tidak dapat dibaca kembali dari jurnal.</translation>
    </message>
    <message>
        <source>%1 (not in the settings)</source>
        <translation>%1 (tidak ada di pengaturan)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Belum diketahui</translation>
    </message>
    <message>
        <source>Prepared: frozen in the journal with the exact request body</source>
        <translation>Disiapkan: dibekukan di jurnal bersama isi permintaan yang persis</translation>
    </message>
    <message>
        <source>Sent to Lesspay</source>
        <translation>Dikirim ke Lesspay</translation>
    </message>
    <message>
        <source>Sent again (the same bytes)</source>
        <translation>Dikirim lagi (byte yang sama)</translation>
    </message>
    <message>
        <source>Accepted by Lesspay</source>
        <translation>Diterima oleh Lesspay</translation>
    </message>
    <message>
        <source>Final status: %1</source>
        <translation>Status akhir: %1</translation>
    </message>
    <message>
        <source>Not sent yet (review before submitting)</source>
        <translation>Belum dikirim (tinjauan sebelum mengirim)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Belum dikirim</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Persetujuan diajukan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Disetujui: %1</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
    <message>
        <source>No approval is recorded for this batch: the workspace&apos;s approval policy asked for none.</source>
        <translation>Tidak ada persetujuan yang tercatat untuk batch ini: kebijakan persetujuan ruang kerja tidak memintanya.</translation>
    </message>
    <message>
        <source>No approval is recorded for this batch yet.</source>
        <translation>Belum ada persetujuan yang tercatat untuk batch ini.</translation>
    </message>
</context>
<context>
    <name>BatchResultsExport</name>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation>Tidak ada batch %1 di jurnal.</translation>
    </message>
    <message>
        <source>The batch as it was sent cannot be read back from the journal.</source>
        <translation>Batch sebagaimana dikirim tidak dapat dibaca kembali dari jurnal.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
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
    <message>
        <source>Not sent</source>
        <translation>Tidak terkirim</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>The file is larger than the import limit of %1 MiB. Split it into smaller files or raise the limit in the settings.</source>
        <translation>Berkas melebihi batas impor %1 MiB. Pecah menjadi berkas yang lebih kecil atau naikkan batasnya di pengaturan.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Berkas tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>This system cannot decode the chosen text encoding.</source>
        <translation>Sistem ini tidak dapat membaca pengodean teks yang dipilih.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8. The file was probably saved as Windows-1252 (Western European); open it again with that encoding.</source>
        <translation>teks bukan UTF-8 yang valid. Berkas kemungkinan disimpan sebagai Windows-1252 (Eropa Barat); buka lagi dengan pengodean itu.</translation>
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
</context>
<context>
    <name>DetailValidator</name>
    <message>
        <source>This field is required.</source>
        <translation>Kolom ini wajib diisi.</translation>
    </message>
    <message>
        <source>Contains a broken character (an unpaired UTF-16 surrogate); retype the value.</source>
        <translation>Berisi karakter rusak (surrogate UTF-16 tanpa pasangan); ketik ulang nilainya.</translation>
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
        <source>The order ID may contain only letters A-Z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>ID pesanan hanya boleh berisi huruf A-Z, angka, &apos;_&apos; dan &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Nominal harus lebih besar dari nol.</translation>
    </message>
    <message>
        <source>The account type must be individual or business.</source>
        <translation>Jenis akun harus perorangan atau badan usaha.</translation>
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
        <translation>Jenis kunci penerima harus phone, email, cpf, cnpj, atau random.</translation>
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
    <message>
        <source>%1 does not take %2 keys; use one of: %3.</source>
        <translation>%1 tidak menerima kunci jenis %2; gunakan salah satu dari: %3.</translation>
    </message>
    <message>
        <source>%1 is a number of another country; %2 pays to numbers of %3 (+%4).</source>
        <translation>%1 adalah nomor negara lain; %2 hanya membayar ke nomor %3 (+%4).</translation>
    </message>
    <message>
        <source>The bank is in %1, but the batch pays in %2, the currency of %3.</source>
        <translation>Bank ini berada di %1, tetapi batch membayar dalam %2, mata uang %3.</translation>
    </message>
</context>
<context>
    <name>DirectoryCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 has no payee_name column: it is not a directory file.</source>
        <translation>%1 tidak memiliki kolom payee_name: ini bukan berkas direktori penerima.</translation>
    </message>
    <message>
        <source>Row %1: the payee has no name.</source>
        <translation>Baris %1: penerima tidak memiliki nama.</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3: %4</source>
        <translation>Baris %1 (%2): %3: %4</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Baris %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 could not be read as a workbook: %2</source>
        <translation>%1 tidak dapat dibaca sebagai buku kerja: %2</translation>
    </message>
    <message>
        <source>%1 has no sheet to read.</source>
        <translation>%1 tidak memiliki lembar untuk dibaca.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 kosong.</translation>
    </message>
</context>
<context>
    <name>DirectoryStore</name>
    <message>
        <source>The payee could not be saved: %1</source>
        <translation>Penerima tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>namanya kosong.</translation>
    </message>
    <message>
        <source>The payee no longer exists.</source>
        <translation>Penerima ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Akun tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Akun ini sudah tidak ada.</translation>
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
    <message>
        <source>The draft could not be linked to its batch: %1</source>
        <translation>Draf tidak dapat ditautkan ke batch-nya: %1</translation>
    </message>
    <message>
        <source>The draft could not be renamed: %1</source>
        <translation>Draf tidak dapat diganti namanya: %1</translation>
    </message>
    <message>
        <source>The draft could not be deleted: %1</source>
        <translation>Draf tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>This draft was submitted: its batch keeps it, so it cannot be deleted.</source>
        <translation>Draf ini sudah dikirim: batch-nya menyimpannya, jadi draf ini tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>This draft no longer exists.</source>
        <translation>Draf ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Only the person who prepared this draft can rename or delete it.</source>
        <translation>Hanya orang yang menyiapkan draf ini yang dapat mengganti nama atau menghapusnya.</translation>
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
        <translation>Nominal</translation>
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
        <translation>Jenis kunci penerima</translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation>Kunci penerima</translation>
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
    <message>
        <source>The batch cannot be read from the team workspace: %1</source>
        <translation>Batch tidak dapat dibaca dari ruang kerja tim: %1</translation>
    </message>
    <message>
        <source>Batch %1 was rejected by an approver: it is not sent.</source>
        <translation>Batch %1 ditolak oleh pemberi persetujuan: batch tidak dikirim.</translation>
    </message>
    <message>
        <source>Batch %1 is not approved yet: in a team workspace a batch is sent only once approved.</source>
        <translation>Batch %1 belum disetujui: di ruang kerja tim, batch hanya dikirim setelah disetujui.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded or sent.</source>
        <translation>Dibatalkan: tidak ada yang dicatat atau dikirim.</translation>
    </message>
</context>
<context>
    <name>JournalImport</name>
    <message>
        <source>The import stopped (%1): %2</source>
        <translation>Impor berhenti (%1): %2</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::ApiClient</name>
    <message>
        <source>No app secret is available for this profile.</source>
        <translation>Tidak ada kunci rahasia aplikasi untuk profil ini.</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>Isi permintaan bukan objek JSON.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::ApprovalQueueModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID permintaan</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Disusun oleh</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Persetujuan</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::BatchFilterProxyModel</name>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu tindakan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang diproses</translation>
    </message>
    <message>
        <source>Unknown (being checked)</source>
        <translation>Belum diketahui (sedang diperiksa)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Sebagian dibayar</translation>
    </message>
    <message>
        <source>Failed or rejected</source>
        <translation>Gagal atau ditolak</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>Perlu ditangani petugas</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::BatchListModel</name>
    <message>
        <source>%1 paid, %2 failed, %3 pending</source>
        <translation>%1 dibayar, %2 gagal, %3 diproses</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID permintaan</translation>
    </message>
    <message>
        <source>Lesspay order</source>
        <translation>Pesanan Lesspay</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Payouts paid / failed / pending</source>
        <translation>Pembayaran dibayar / gagal / diproses</translation>
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
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Holder name</source>
        <translation>Nama pemilik</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nomor akun</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Jenis akun</translation>
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
        <translation>Kunci penerima</translation>
    </message>
    <message>
        <source>Row %1 of this batch pays the same account the same amount.</source>
        <translation>Baris %1 dalam batch ini membayar rekening yang sama dengan nominal yang sama.</translation>
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
        <translation>Server menolak tanda tangan (HTTP 401): kunci rahasia atau APPID salah.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::DetailStatusModel</name>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Diproses</translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation>Diproses (%1)</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID pesanan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fail reason</source>
        <translation>Alasan gagal</translation>
    </message>
    <message>
        <source>Channel order no.</source>
        <translation>No. pesanan kanal</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::DirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Last amount</source>
        <translation>Nominal terakhir</translation>
    </message>
    <message>
        <source>Last paid</source>
        <translation>Terakhir dibayar</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::DraftSession</name>
    <message>
        <source>Row %1 (%2, %3): the account differs from the payee&apos;s saved details or changed lately. Confirm the row in the review before sending.</source>
        <translation>Baris %1 (%2, %3): akun berbeda dari data penerima yang tersimpan atau baru saja diubah. Konfirmasikan baris ini di tinjauan sebelum mengirim.</translation>
    </message>
    <message>
        <source>This is not the request of the batch&apos;s last review. Review the batch again.</source>
        <translation>Ini bukan permintaan dari tinjauan terakhir batch ini. Tinjau batch ini lagi.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded or sent.</source>
        <translation>Dibatalkan: tidak ada yang dicatat atau dikirim.</translation>
    </message>
    <message>
        <source>The draft is being reviewed or submitted. Delete it once that has ended.</source>
        <translation>Draf sedang ditinjau atau dikirim. Hapus setelah proses itu selesai.</translation>
    </message>
    <message>
        <source>The open draft&apos;s changes are not in the journal yet: it stays open until the team database is back and they are written.</source>
        <translation>Perubahan pada draf yang terbuka belum masuk ke jurnal: draf tetap terbuka sampai basis data tim tersedia lagi dan perubahan itu ditulis.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::JournalConnectionMonitor</name>
    <message>
        <source>The team database cannot be reached: nothing is sent until the connection is back.</source>
        <translation>Basis data tim tidak dapat dihubungi: tidak ada yang dikirim sampai koneksi pulih.</translation>
    </message>
    <message>
        <source>The team database refuses this login (password or role changed): nothing is sent until it accepts it again.</source>
        <translation>Basis data tim menolak login ini (kata sandi atau peran diubah): tidak ada yang dikirim sampai login diterima lagi.</translation>
    </message>
    <message>
        <source>The team database was upgraded by a newer version of the console: update this console. Nothing is written meanwhile.</source>
        <translation>Basis data tim ditingkatkan oleh versi konsol yang lebih baru: perbarui konsol ini. Sementara itu tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Server menutup koneksi.</translation>
    </message>
    <message>
        <source>Schema %1, this console knows %2.</source>
        <translation>Skema %1, konsol ini mengenal %2.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::JournalSidebarModel</name>
    <message>
        <source>Drafts</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted batches</source>
        <translation>Batch yang dikirim</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Draf %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n row(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Terakhir diubah %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Dibuat %1</translation>
    </message>
    <message>
        <source>Made from the failed payouts of batch %1</source>
        <translation>Dibuat dari pembayaran yang gagal pada batch %1</translation>
    </message>
    <message>
        <source>Retries the failed payouts of batch %1</source>
        <translation>Mengulang pembayaran yang gagal pada batch %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::KeychainSecretStore</name>
    <message>
        <source>no answer after %1 ms</source>
        <translation>tidak ada jawaban setelah %1 md</translation>
    </message>
    <message>
        <source>no keyring is set up, and making one would ask for a new keyring password</source>
        <translation>belum ada keyring yang disiapkan, dan membuatnya akan meminta kata sandi keyring baru</translation>
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
    <message>
        <source>the secret kept in memory for this run was lost</source>
        <translation>kunci rahasia yang disimpan di memori untuk sesi ini hilang</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::OneShotExchange</name>
    <message>
        <source>the address %1 is neither http nor https; nothing was sent</source>
        <translation>alamat %1 bukan http maupun https; tidak ada yang dikirim</translation>
    </message>
    <message>
        <source>this build has no TLS support; nothing was sent</source>
        <translation>versi ini tidak mendukung TLS; tidak ada yang dikirim</translation>
    </message>
    <message>
        <source>no complete answer within the deadline</source>
        <translation>tidak ada jawaban lengkap sebelum batas waktu</translation>
    </message>
    <message>
        <source>the server&apos;s answer has oversized headers</source>
        <translation>jawaban server memiliki header yang terlalu besar</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP/1.1</source>
        <translation>jawaban server bukan HTTP/1.1</translation>
    </message>
    <message>
        <source>the server&apos;s answer has a broken chunked body</source>
        <translation>jawaban server memiliki isi chunked yang rusak</translation>
    </message>
    <message>
        <source>the server&apos;s answer has an unusable Content-Length</source>
        <translation>jawaban server memiliki Content-Length yang tidak dapat dipakai</translation>
    </message>
    <message>
        <source>the server&apos;s answer is too long</source>
        <translation>jawaban server terlalu panjang</translation>
    </message>
    <message>
        <source>no connection to %1 could be made in time; nothing was sent</source>
        <translation>koneksi ke %1 tidak dapat dibuat tepat waktu; tidak ada yang dikirim</translation>
    </message>
    <message>
        <source>the server&apos;s certificate expired on %1</source>
        <translation>sertifikat server kedaluwarsa pada %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is valid only from %1</source>
        <translation>sertifikat server baru berlaku mulai %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is self-signed and not trusted</source>
        <translation>sertifikat server ditandatangani sendiri dan tidak dipercaya</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for %1, not for %2</source>
        <translation>sertifikat server untuk %1, bukan untuk %2</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was revoked</source>
        <translation>sertifikat server telah dicabut</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not signed by a trusted authority</source>
        <translation>sertifikat server tidak ditandatangani oleh otoritas tepercaya</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was not accepted: %1</source>
        <translation>sertifikat server tidak diterima: %1</translation>
    </message>
    <message>
        <source>the proxy %1 did not open a connection to %2 (%3)</source>
        <translation>proxy %1 tidak membuka koneksi ke %2 (%3)</translation>
    </message>
    <message>
        <source>the host name %1 could not be found</source>
        <translation>nama host %1 tidak ditemukan</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 menolak koneksi</translation>
    </message>
    <message>
        <source>the secure connection to %1 could not be set up (%2)</source>
        <translation>koneksi aman ke %1 tidak dapat dibuat (%2)</translation>
    </message>
    <message>
        <source>the network to %1 is unreachable (%2)</source>
        <translation>jaringan ke %1 tidak dapat dijangkau (%2)</translation>
    </message>
    <message>
        <source>the connection to %1 failed (%2)</source>
        <translation>koneksi ke %1 gagal (%2)</translation>
    </message>
    <message>
        <source>%1; nothing was sent</source>
        <translation>%1; tidak ada yang dikirim</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::PayeeDirectory</name>
    <message>
        <source>%1 is a saved payee, not paid yet.</source>
        <translation>%1 adalah penerima tersimpan, belum pernah dibayar.</translation>
    </message>
    <message>
        <source>%1 was last paid %2 %3 on %4.</source>
        <translation>%1 terakhir dibayar %2 %3 pada %4.</translation>
    </message>
    <message>
        <source>The payee no longer exists.</source>
        <translation>Penerima ini sudah tidak ada.</translation>
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
        <source>The supported-banks path must start with &apos;/&apos;.</source>
        <translation>Jalur daftar bank yang didukung harus diawali &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The notify URL must be an http or https URL with a host.</source>
        <translation>URL notifikasi harus berupa URL http atau https yang memiliki host.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Reconciler</name>
    <message>
        <source>Resumed: asking Lesspay whether the batch arrived</source>
        <translation>Dilanjutkan: menanyakan ke Lesspay apakah batch sudah sampai</translation>
    </message>
    <message>
        <source>Accepted by Lesspay</source>
        <translation>Diterima oleh Lesspay</translation>
    </message>
    <message>
        <source>Lesspay already has this request_id: asking for it</source>
        <translation>Lesspay sudah memiliki request_id ini: sedang menanyakannya</translation>
    </message>
    <message>
        <source>Lesspay holds a different batch under this request_id</source>
        <translation>Lesspay menyimpan batch lain dengan request_id ini</translation>
    </message>
    <message>
        <source>Found at Lesspay</source>
        <translation>Ditemukan di Lesspay</translation>
    </message>
    <message>
        <source>Lesspay reports %1 %2 for this request_id; the console sent %3 %4.</source>
        <translation>Lesspay melaporkan %1 %2 untuk request_id ini; konsol mengirim %3 %4.</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>dikirim oleh %1</translation>
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
        <translation>tidak ada kunci rahasia yang tersimpan, atau keyring terkunci</translation>
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
        <translation>%1 bukan berkas pengaturan yang valid</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::SubmissionEngine</name>
    <message>
        <source>The batch was saved but could not be sent: no connection is set up for its profile.</source>
        <translation>Batch sudah disimpan tetapi tidak dapat dikirim: belum ada koneksi untuk profilnya.</translation>
    </message>
    <message>
        <source>Only a batch that was not sent can be sent again.</source>
        <translation>Hanya batch yang tidak terkirim yang dapat dikirim lagi.</translation>
    </message>
    <message>
        <source>Sent again by a person</source>
        <translation>Dikirim lagi oleh petugas</translation>
    </message>
    <message>
        <source>The batch could not be sent: no connection is set up for its profile.</source>
        <translation>Batch tidak dapat dikirim: belum ada koneksi untuk profilnya.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::WorkbookDamage</name>
    <message>
        <source>The cell holds a formula without a saved value (the program that saved the workbook did not calculate it). Open the workbook in Excel or LibreOffice, save it and import it again.</source>
        <translation>Sel berisi rumus tanpa nilai tersimpan (program yang menyimpan workbook tidak menghitungnya). Buka workbook di Excel atau LibreOffice, simpan, lalu impor lagi.</translation>
    </message>
    <message>
        <source>The cell holds the error %1 instead of a value.</source>
        <translation>Sel berisi galat %1, bukan nilai.</translation>
    </message>
    <message>
        <source>The amount cell holds a date (%1); a date is never read as an amount.</source>
        <translation>Sel nominal berisi tanggal (%1); tanggal tidak pernah dibaca sebagai nominal.</translation>
    </message>
    <message>
        <source>The cell holds a date (%1): the spreadsheet probably took the value for a date. Format the column as Text, type the value again and save.</source>
        <translation>Sel berisi tanggal (%1): spreadsheet mungkin mengira nilainya tanggal. Format kolom sebagai Teks, ketik ulang nilainya, lalu simpan.</translation>
    </message>
    <message>
        <source>The cell holds the logical value %1, not a value for this field.</source>
        <translation>Sel berisi nilai logika %1, bukan nilai untuk kolom ini.</translation>
    </message>
    <message>
        <source>%1 is stored as a number of more than 15 digits: Excel keeps only the first 15, so the rest are lost. Format the column as Text, type the value again and save.</source>
        <translation>%1 disimpan sebagai angka lebih dari 15 digit: Excel hanya menyimpan 15 digit pertama, sisanya hilang. Format kolom sebagai Teks, ketik ulang nilainya, lalu simpan.</translation>
    </message>
    <message>
        <source>The amount is stored with binary noise beyond the digits the cell shows; it was read as %1, the value the cell shows.</source>
        <translation>Nominal disimpan dengan sisa pembulatan biner di luar digit yang ditampilkan sel; dibaca sebagai %1, nilai yang ditampilkan sel.</translation>
    </message>
    <message>
        <source>The amount&apos;s number format shows currency text; the number %1 was read without it. Check that it is in the batch&apos;s currency.</source>
        <translation>Format angka nominal menampilkan teks mata uang; angka %1 dibaca tanpa teks itu. Periksa bahwa nominal dalam mata uang batch.</translation>
    </message>
    <message>
        <source>%1 is stored as a number, so a leading 0 or + would have been dropped. Check it; format the column as Text to keep such values as typed.</source>
        <translation>%1 disimpan sebagai angka, sehingga 0 atau + di depan bisa hilang. Periksa; format kolom sebagai Teks agar nilai seperti ini tetap sesuai ketikan.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxExporter</name>
    <message>
        <source>Lesspay payout template (%1)</source>
        <translation>Templat pembayaran Lesspay (%1)</translation>
    </message>
    <message>
        <source>Fill the Payouts sheet: one payout per row, below the header. Replace or delete the two example rows.</source>
        <translation>Isi sheet Payouts: satu pembayaran per baris, di bawah header. Ganti atau hapus dua baris contoh.</translation>
    </message>
    <message>
        <source>destination_type: bank or ewallet. Fill the bank_ columns for a bank account, the e_wallet. columns for an e-wallet.</source>
        <translation>destination_type: bank atau ewallet. Isi kolom bank_ untuk rekening bank, kolom e_wallet. untuk dompet digital.</translation>
    </message>
    <message>
        <source>Account numbers, phone numbers and keys are text cells: type them with their leading zeros and +. Do not change these columns to a number format.</source>
        <translation>Nomor rekening, nomor telepon, dan kunci adalah sel teks: ketik lengkap dengan 0 dan + di depan. Jangan ubah kolom ini ke format angka.</translation>
    </message>
    <message>
        <source>The lists in the account type, provider and key type columns offer the values the console accepts.</source>
        <translation>Daftar pilihan di kolom jenis akun, penyedia, dan jenis kunci berisi nilai yang diterima konsol.</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>Workbook tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>mch_order_id: your unique reference for the payout. amount: a number with at most %n decimal(s), in %1.</source>
        <translation>
            <numerusform>mch_order_id: referensi unik Anda untuk pembayaran. amount: nominal berupa angka dengan paling banyak %n desimal, dalam %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the workbook in the Lesspay console (File &gt; Import…, which reads CSV files and workbooks) or with lesspay-cli validate.</source>
        <translation>Impor workbook di konsol Lesspay (Berkas &gt; Impor…, yang membaca berkas CSV dan workbook) atau dengan lesspay-cli validate.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxPackage</name>
    <message>
        <source>The workbook could not be read.</source>
        <translation>Workbook tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The workbook is larger than %1 MB, the limit for an import.</source>
        <translation>Workbook lebih besar dari %1 MB, batas untuk impor.</translation>
    </message>
    <message>
        <source>The file is not a workbook: its zip directory is missing or damaged.</source>
        <translation>Berkas ini bukan workbook: direktori zip-nya tidak ada atau rusak.</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 parts; workbooks have a few dozen.</source>
        <translation>Workbook berisi lebih dari %1 bagian; workbook biasanya hanya berisi beberapa puluh.</translation>
    </message>
    <message>
        <source>The workbook&apos;s zip directory is damaged.</source>
        <translation>Direktori zip workbook rusak.</translation>
    </message>
    <message>
        <source>The workbook is encrypted. Save it without a password and import it again.</source>
        <translation>Workbook dienkripsi. Simpan tanpa kata sandi lalu impor lagi.</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>Workbook tidak memiliki bagian %1.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to %2 MB, more than the limit of %3 MB: the file was refused.</source>
        <translation>Bagian workbook %1 berukuran %2 MB setelah diekstrak, melebihi batas %3 MB: berkas ditolak.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 cannot be unpacked.</source>
        <translation>Bagian workbook %1 tidak dapat diekstrak.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is damaged and cannot be unpacked.</source>
        <translation>Bagian workbook %1 rusak dan tidak dapat diekstrak.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is damaged (its checksum is wrong).</source>
        <translation>Bagian workbook %1 rusak (checksum-nya salah).</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to more than %2 MB: the file was refused.</source>
        <translation>Bagian workbook %1 berukuran lebih dari %2 MB setelah diekstrak: berkas ditolak.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to more than %2 times its packed size, which no spreadsheet program writes: the file was refused as a zip bomb.</source>
        <translation>Bagian workbook %1 setelah diekstrak lebih dari %2 kali ukuran terkompresinya, yang tidak pernah ditulis program spreadsheet: berkas ditolak sebagai zip bomb.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is larger than %2 MB: the file was refused.</source>
        <translation>Bagian workbook %1 lebih besar dari %2 MB: berkas ditolak.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxReader</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is not well-formed XML (line %2: %3).</source>
        <translation>Bagian workbook %1 bukan XML yang valid (baris %2: %3).</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 declares a document type, which workbooks never do: the file was refused.</source>
        <translation>Bagian workbook %1 mendeklarasikan jenis dokumen, yang tidak pernah dilakukan workbook: berkas ditolak.</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx). OpenDocument spreadsheets (.ods) and other formats: save the sheet as .xlsx or CSV.</source>
        <translation>Berkas ini arsip zip tetapi bukan workbook Excel (.xlsx). Untuk spreadsheet OpenDocument (.ods) dan format lain: simpan sheet sebagai .xlsx atau CSV.</translation>
    </message>
    <message>
        <source>The file is a zip archive but holds no workbook.</source>
        <translation>Berkas ini arsip zip tetapi tidak berisi workbook.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Workbook tidak memiliki worksheet.</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 distinct texts: the file was refused.</source>
        <translation>Workbook berisi lebih dari %1 teks berbeda: berkas ditolak.</translation>
    </message>
    <message>
        <source>The file is an Excel 97-2003 workbook (.xls) or a workbook protected by a password, which the console cannot read. In Excel, save it as &quot;Excel Workbook (.xlsx)&quot; without a password, or as &quot;CSV UTF-8&quot;.</source>
        <translation>Berkas ini adalah workbook Excel 97-2003 (.xls) atau workbook yang dilindungi kata sandi, yang tidak dapat dibaca konsol. Di Excel, simpan sebagai &quot;Excel Workbook (.xlsx)&quot; tanpa kata sandi, atau sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxSheetRows</name>
    <message>
        <source>The sheet&apos;s rows are out of order.</source>
        <translation>Urutan baris pada sheet tidak benar.</translation>
    </message>
    <message>
        <source>A cell has an invalid reference.</source>
        <translation>Sebuah sel memiliki referensi yang tidak valid.</translation>
    </message>
    <message>
        <source>A cell lies beyond column %1.</source>
        <translation>Sebuah sel berada di luar kolom %1.</translation>
    </message>
    <message>
        <source>A cell refers to a shared text that does not exist.</source>
        <translation>Sebuah sel merujuk ke teks bersama yang tidak ada.</translation>
    </message>
    <message>
        <source>A number cell holds %1, which is no number.</source>
        <translation>Sel angka berisi %1, yang bukan angka.</translation>
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
        <source>This program is free software, licensed under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty.</source>
        <translation>Program ini adalah perangkat lunak bebas dengan lisensi &lt;a href=&quot;%1&quot;&gt;GNU General Public License versi 3 atau yang lebih baru&lt;/a&gt;. Program ini disediakan tanpa jaminan apa pun.</translation>
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
    <name>Lesspay::Ui::ApprovalsPage</name>
    <message>
        <source>Review and &amp;approve…</source>
        <translation>Periksa dan se&amp;tujui…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>T&amp;olak…</translation>
    </message>
    <message>
        <source>Send to &amp;Lesspay</source>
        <translation>&amp;Kirim ke Lesspay</translation>
    </message>
    <message>
        <source>Opens the batch in the review, as it was frozen; approving asks for a comment.</source>
        <translation>Membuka batch di tinjauan, persis seperti saat dibekukan; menyetujui meminta komentar.</translation>
    </message>
    <message>
        <source>Sends the approved batch with this computer&apos;s profile and its appSecret.</source>
        <translation>Mengirim batch yang disetujui dengan profil komputer ini dan appSecret-nya.</translation>
    </message>
    <message>
        <source>Only an approver sends an approved batch.</source>
        <translation>Hanya penyetuju yang mengirim batch yang disetujui.</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>Menunggu persetujuan Anda</translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation>Disetujui, belum dikirim</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Batch %1 cannot be read: its frozen request is not a payout batch.</source>
        <translation>Batch %1 tidak dapat dibaca: permintaannya yang dibekukan bukan batch pembayaran.</translation>
    </message>
    <message>
        <source>Review batch %1 for approval</source>
        <translation>Tinjau batch %1 untuk persetujuan</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Setujui…</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Setujui %1</translation>
    </message>
    <message>
        <source>Comment (kept with your approval):</source>
        <translation>Komentar (disimpan bersama persetujuan Anda):</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Tidak disetujui</translation>
    </message>
    <message>
        <source>The workspace did not accept the approval of %1: %2</source>
        <translation>Ruang kerja tidak menerima persetujuan %1: %2</translation>
    </message>
    <message>
        <source>%1 is approved and may be sent.</source>
        <translation>%1 disetujui dan boleh dikirim.</translation>
    </message>
    <message>
        <source>Your approval of %1 is recorded; it needs another approver.</source>
        <translation>Persetujuan Anda untuk %1 tercatat; masih perlu penyetuju lain.</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Tolak %1</translation>
    </message>
    <message>
        <source>Why do you reject it? The preparer reads this:</source>
        <translation>Mengapa Anda menolaknya? Penyusun akan membaca ini:</translation>
    </message>
    <message>
        <source>Rejection not recorded</source>
        <translation>Penolakan tidak tercatat</translation>
    </message>
    <message>
        <source>The workspace did not accept the rejection of %1: %2</source>
        <translation>Ruang kerja tidak menerima penolakan %1: %2</translation>
    </message>
    <message>
        <source>%1 is rejected; it will not be sent.</source>
        <translation>%1 ditolak; tidak akan dikirim.</translation>
    </message>
    <message>
        <source>%1 was prepared with a profile this computer does not have; add the profile to send it.</source>
        <translation>%1 disusun dengan profil yang tidak ada di komputer ini; tambahkan profil itu untuk mengirimnya.</translation>
    </message>
    <message>
        <source>%1 is on its way to Lesspay; the Batches page follows it.</source>
        <translation>%1 sedang dikirim ke Lesspay; halaman Batch memantaunya.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchDetailWidget</name>
    <message>
        <source>Export results</source>
        <translation>Ekspor hasil</translation>
    </message>
    <message>
        <source>Export &amp;results…</source>
        <translation>Ekspor &amp;hasil…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Select a request or response to see its body (account data masked).</source>
        <translation>Pilih permintaan atau respons untuk melihat isinya (data akun disamarkan).</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Requests and responses</source>
        <translation>Permintaan dan respons</translation>
    </message>
    <message>
        <source>No batch selected</source>
        <translation>Tidak ada batch yang dipilih</translation>
    </message>
    <message>
        <source>Select a batch above to see its payouts, its timeline and its history.</source>
        <translation>Pilih batch di atas untuk melihat pembayaran, linimasa, dan riwayatnya.</translation>
    </message>
    <message>
        <source>This batch is no longer in the journal.</source>
        <translation>Batch ini sudah tidak ada di jurnal.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · Lesspay %2 · %3</source>
        <translation>%1 · Lesspay %2 · %3</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Batch: %1</translation>
    </message>
    <message>
        <source>Payout %1</source>
        <translation>Pembayaran %1</translation>
    </message>
    <message>
        <source>%1-failed.csv</source>
        <translation>%1-gagal.csv</translation>
    </message>
    <message>
        <source>%1-results.csv</source>
        <translation>%1-hasil.csv</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 disimpan.</translation>
    </message>
    <message>
        <source>Payouts of the batch</source>
        <translation>Pembayaran dalam batch</translation>
    </message>
    <message>
        <source>Timeline of the batch</source>
        <translation>Linimasa batch</translation>
    </message>
    <message>
        <source>Body of the selected request or response</source>
        <translation>Isi permintaan atau respons yang dipilih</translation>
    </message>
    <message>
        <source>Refresh th&amp;is batch</source>
        <translation>S&amp;egarkan batch ini</translation>
    </message>
    <message>
        <source>Export f&amp;ailed…</source>
        <translation>Ekspor &amp;yang gagal…</translation>
    </message>
    <message>
        <source>New draft from failed pa&amp;youts</source>
        <translation>Draf bar&amp;u dari pembayaran gagal</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Kirim &amp;lagi</translation>
    </message>
    <message>
        <source>Sends the batch unchanged, with the same request_id, once the cause is fixed.</source>
        <translation>Mengirim batch tanpa perubahan, dengan request_id yang sama, setelah penyebabnya diperbaiki.</translation>
    </message>
    <message>
        <source>Save the batch report as a PDF file</source>
        <translation>Simpan laporan batch sebagai berkas PDF</translation>
    </message>
    <message>
        <source>Write a PDF for each paid payout to tell its payee what was paid</source>
        <translation>Tulis PDF untuk setiap pembayaran yang dibayar agar penerimanya tahu apa yang dibayarkan</translation>
    </message>
    <message>
        <source>Payment advice is written for the paid payouts of a final batch</source>
        <translation>Pemberitahuan pembayaran ditulis untuk pembayaran yang dibayar dari batch yang sudah final</translation>
    </message>
    <message>
        <source>Payment advice names the payer: enter the payer name of this batch&apos;s profile in Settings → Profiles first.</source>
        <translation>Pemberitahuan pembayaran menyebut pembayar: isi dulu nama pembayar pada profil batch ini di Pengaturan → Profil.</translation>
    </message>
    <message>
        <source>Payment ad&amp;vice…</source>
        <translation>K&amp;witansi pembayaran…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Simpan sebagai PD&amp;F…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Print the batch report: totals, every payout and the audit trail (%1)</source>
        <translation>Cetak laporan batch: total, setiap pembayaran, dan jejak audit (%1)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Berkas CSV (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Retries the failed payouts of batch %1</source>
        <translation>Mengulang pembayaran yang gagal pada batch %1</translation>
    </message>
    <message>
        <source>Export failed payouts</source>
        <translation>Ekspor pembayaran yang gagal</translation>
    </message>
    <message>
        <source>The failed payouts were not saved to %1: %2</source>
        <translation>Pembayaran yang gagal tidak tersimpan ke %1: %2</translation>
    </message>
    <message>
        <source>The results were not saved to %1: %2</source>
        <translation>Hasil tidak tersimpan ke %1: %2</translation>
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
        <translation>&amp;ID permintaan:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Mata uang:</translation>
    </message>
    <message>
        <source>&amp;Notify URL:</source>
        <translation>&amp;URL notifikasi:</translation>
    </message>
    <message>
        <source>Way &amp;type:</source>
        <translation>&amp;Jenis kanal:</translation>
    </message>
    <message>
        <source>Way c&amp;ode:</source>
        <translation>K&amp;ode kanal:</translation>
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
        <translation>
            <numerusform>Gandakan %n baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Hapus %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Add bank recipient</source>
        <translation>Tambah penerima bank</translation>
    </message>
    <message>
        <source>Add e-wallet recipient</source>
        <translation>Tambah penerima dompet digital</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Baris %1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New draft from this batch</source>
        <translation>Draf baru dari batch ini</translation>
    </message>
    <message>
        <source>New draft from &amp;this batch</source>
        <translation>Draf baru dari ba&amp;tch ini</translation>
    </message>
    <message>
        <source>Copy the rows of this submitted batch into a new draft with a new request ID</source>
        <translation>Salin baris-baris batch yang sudah dikirim ini ke draf baru dengan ID permintaan baru</translation>
    </message>
    <message>
        <source>Submitted as %1: this is exactly what was sent to Lesspay, and it cannot be changed. To send these payouts again or changed, start a new draft from this batch.</source>
        <translation>Dikirim sebagai %1: inilah persis yang dikirim ke Lesspay, dan tidak dapat diubah. Untuk mengirim pembayaran ini lagi atau dengan perubahan, buat draf baru dari batch ini.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>baris %1</translation>
    </message>
    <message numerus="yes">
        <source>Change the currency of this draft from %1 to %2? Its %n row(s) keep their amounts as typed, paid in %2.</source>
        <translation>
            <numerusform>Ubah mata uang draf ini dari %1 ke %2? %n barisnya tetap memakai nominal seperti yang diketik, dibayar dalam %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bank row(s) are not in %1, the country of %2, and will be flagged: %3.</source>
        <translation>
            <numerusform>%n baris bank tidak berada di %1, negara %2, dan akan ditandai: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add payees…</source>
        <translation>Tambah penerima…</translation>
    </message>
    <message>
        <source>Save to directory</source>
        <translation>Simpan ke direktori penerima</translation>
    </message>
    <message>
        <source>Fill from %1</source>
        <translation>Isi dari %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n payee(s)</source>
        <translation>
            <numerusform>Tambah %n penerima</numerusform>
        </translation>
    </message>
    <message>
        <source>Update payee</source>
        <translation>Perbarui penerima</translation>
    </message>
    <message>
        <source>%1 is saved with other account details. Replace the saved account with this row&apos;s? Choose No to keep both accounts.</source>
        <translation>%1 tersimpan dengan data akun lain. Ganti akun tersimpan dengan akun baris ini? Pilih Tidak untuk menyimpan keduanya.</translation>
    </message>
    <message>
        <source>Open payee in directory</source>
        <translation>Buka penerima di direktori penerima</translation>
    </message>
    <message>
        <source>Bank row</source>
        <translation>Baris bank</translation>
    </message>
    <message>
        <source>E-wallet row</source>
        <translation>Baris dompet digital</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Tambah penerima</translation>
    </message>
    <message>
        <source>Add a recipient through a form, or payees saved in the directory</source>
        <translation>Tambahkan penerima lewat formulir, atau penerima yang tersimpan di direktori penerima</translation>
    </message>
    <message>
        <source>Made from the failed payouts of batch %1</source>
        <translation>Dibuat dari pembayaran yang gagal pada batch %1</translation>
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
    <message>
        <source>%1, row %2</source>
        <translation>%1, baris %2</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchNotifier</name>
    <message>
        <source>Batch paid</source>
        <translation>Batch dibayar</translation>
    </message>
    <message>
        <source>Batch partly paid</source>
        <translation>Batch dibayar sebagian</translation>
    </message>
    <message>
        <source>Batch failed</source>
        <translation>Batch gagal</translation>
    </message>
    <message>
        <source>Batch rejected</source>
        <translation>Batch ditolak</translation>
    </message>
    <message>
        <source>Batch needs a person</source>
        <translation>Batch perlu ditangani petugas</translation>
    </message>
    <message>
        <source>Batch updated</source>
        <translation>Batch diperbarui</translation>
    </message>
    <message>
        <source>Every payout of %1 was paid.</source>
        <translation>Semua pembayaran %1 sudah dibayar.</translation>
    </message>
    <message>
        <source>Some payouts of %1 failed; see the Batches view.</source>
        <translation>Sebagian pembayaran %1 gagal; lihat tampilan Batch.</translation>
    </message>
    <message>
        <source>No payout of %1 was paid; see the Batches view.</source>
        <translation>Tidak ada pembayaran %1 yang dibayar; lihat tampilan Batch.</translation>
    </message>
    <message>
        <source>Lesspay refused %1; nothing was paid.</source>
        <translation>Lesspay menolak %1; tidak ada yang dibayar.</translation>
    </message>
    <message>
        <source>The console stopped on %1; please check it with Lesspay.</source>
        <translation>Konsol berhenti memproses %1; periksa dengan Lesspay.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchesView</name>
    <message>
        <source>&amp;To</source>
        <translation>Sa&amp;mpai</translation>
    </message>
    <message>
        <source>Search request ID, Lesspay order, profile, total…</source>
        <translation>Cari ID permintaan, pesanan Lesspay, profil, total…</translation>
    </message>
    <message>
        <source>Show the batches that failed, were partly paid or need a person</source>
        <translation>Tampilkan batch yang gagal, dibayar sebagian, atau perlu ditangani petugas</translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation>Segarkan se&amp;karang</translation>
    </message>
    <message>
        <source>Batches (%1)</source>
        <translation>Batch (%1)</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter status</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Dibuat sejak</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Dibuat sampai</translation>
    </message>
    <message>
        <source>Search batches</source>
        <translation>Cari batch</translation>
    </message>
    <message>
        <source>Submitted batches</source>
        <translation>Batch yang sudah dikirim</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Perlu tindakan: %1</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Dar&amp;i</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>The batch cannot be sent from here.</source>
        <translation>Batch tidak dapat dikirim dari sini.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ColumnMappingDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <source>Check which field each column holds. Columns set to “Ignore” are not imported.</source>
        <translation>Periksa kolom mana berisi data apa. Kolom yang diatur ke “Abaikan” tidak diimpor.</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Data untuk kolom %1</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(kolom %1)</translation>
    </message>
    <message>
        <source>Decimal separator of the amounts</source>
        <translation>Pemisah desimal nominal</translation>
    </message>
    <message>
        <source>Point: 1234.56</source>
        <translation>Titik: 1234.56</translation>
    </message>
    <message>
        <source>Comma: 1234,56</source>
        <translation>Koma: 1234,56</translation>
    </message>
    <message>
        <source>Amounts use a &amp;decimal:</source>
        <translation>Nominal memakai &amp;desimal:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → not an amount</source>
        <translation>%1 → bukan nominal</translation>
    </message>
    <message>
        <source>Most amounts of this file cannot be read with a decimal point. With a decimal comma, “%1” reads as %2: choose the separator the file means.</source>
        <translation>Sebagian besar nominal dalam berkas ini tidak dapat dibaca dengan titik desimal. Dengan koma desimal, “%1” terbaca sebagai %2: pilih pemisah yang dimaksud berkas ini.</translation>
    </message>
    <message>
        <source>Most amounts of this file cannot be read with a decimal comma. With a decimal point, “%1” reads as %2: choose the separator the file means.</source>
        <translation>Sebagian besar nominal dalam berkas ini tidak dapat dibaca dengan koma desimal. Dengan titik desimal, “%1” terbaca sebagai %2: pilih pemisah yang dimaksud berkas ini.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::CsvFlow</name>
    <message>
        <source>Import recipients</source>
        <translation>Impor penerima</translation>
    </message>
    <message>
        <source>Export recipients</source>
        <translation>Ekspor penerima</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Laporan impor</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n baris diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column mapping was remembered.</source>
        <translation>Tidak ada pemetaan kolom yang diingat.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n remembered column mapping(s); the next import of such a file asks again.</source>
        <translation>
            <numerusform>%n pemetaan kolom yang diingat telah dilupakan; impor berikutnya untuk berkas seperti itu akan bertanya lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Berkas penerima (*.csv *.xlsx);;Berkas CSV (*.csv);;Workbook Excel (*.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Berkas CSV (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported</source>
        <translation>
            <numerusform>%n baris diimpor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to look at</source>
        <translation>
            <numerusform>%n masalah perlu diperiksa</numerusform>
        </translation>
    </message>
    <message>
        <source>Export not saved</source>
        <translation>Ekspor tidak tersimpan</translation>
    </message>
    <message>
        <source>The recipients could not be saved to %1: %2</source>
        <translation>Penerima tidak dapat disimpan ke %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1, readable only by you: it holds full account numbers.</source>
        <translation>Diekspor ke %1, hanya dapat dibaca oleh Anda: berkas ini memuat nomor rekening lengkap.</translation>
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
        <translation>nama@example.com</translation>
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
    <name>Lesspay::Ui::DirectoryPage</name>
    <message>
        <source>Search name, reference, tag or notes</source>
        <translation>Cari nama, referensi, label atau catatan</translation>
    </message>
    <message>
        <source>Search payees</source>
        <translation>Cari penerima</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Export directory…</source>
        <translation>Ekspor direktori penerima…</translation>
    </message>
    <message>
        <source>Import directory…</source>
        <translation>Impor direktori penerima…</translation>
    </message>
    <message>
        <source>Payee details</source>
        <translation>Rincian penerima</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Direktori penerima</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Semua label</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Akun:</translation>
    </message>
    <message>
        <source>E-wallet %1 %2, key %3</source>
        <translation>Dompet digital %1 %2, kunci penerima %3</translation>
    </message>
    <message>
        <source>Bank %1 (%2) %3</source>
        <translation>Bank %1 (%2) %3</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>diubah %1</translation>
    </message>
    <message>
        <source>Payouts:</source>
        <translation>Pembayaran:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>diproses</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Perubahan:</translation>
    </message>
    <message>
        <source>Export directory</source>
        <translation>Ekspor direktori penerima</translation>
    </message>
    <message>
        <source>The directory was written to %1 with full account numbers; only you can read the file.</source>
        <translation>Direktori penerima ditulis ke %1 dengan nomor rekening lengkap; hanya Anda yang dapat membaca berkas ini.</translation>
    </message>
    <message>
        <source>Import directory</source>
        <translation>Impor direktori penerima</translation>
    </message>
    <message numerus="yes">
        <source>%n payee(s) added</source>
        <translation>
            <numerusform>%n penerima ditambahkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) added</source>
        <translation>
            <numerusform>%n akun ditambahkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplikat dilewati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n baris ditolak</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payee to see its accounts, its payouts and the history of its changes.</source>
        <translation>Pilih penerima untuk melihat rekeningnya, pembayarannya, dan riwayat perubahannya.</translation>
    </message>
    <message>
        <source>New payee…</source>
        <translation>Penerima baru…</translation>
    </message>
    <message>
        <source>Edit payee…</source>
        <translation>Ubah penerima…</translation>
    </message>
    <message>
        <source>Delete payee</source>
        <translation>Hapus penerima</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Berkas CSV (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Directory files (*.csv *.xlsx);;All files (*)</source>
        <translation>Berkas direktori penerima (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and %n saved account(s) from the directory? The history of its changes stays.</source>
        <translation>
            <numerusform>Hapus %1 dan %n akun tersimpan dari direktori penerima? Riwayat perubahannya tetap disimpan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::DirectorySettingsDialog</name>
    <message>
        <source>Changed-account warning</source>
        <translation>Peringatan perubahan akun</translation>
    </message>
    <message>
        <source>Days a changed account is flagged</source>
        <translation>Berapa hari akun yang berubah ditandai</translation>
    </message>
    <message>
        <source>A row paying a saved payee&apos;s account that was added or changed within this many days is flagged in the editor and the review, and a person must confirm it before Production. An account that is none of the payee&apos;s saved ones is always flagged.</source>
        <translation>Baris yang membayar ke akun tersimpan penerima yang ditambahkan atau diubah dalam jangka hari ini ditandai di editor dan di tinjauan, dan harus dikonfirmasi oleh seseorang sebelum Produksi. Akun yang bukan salah satu akun tersimpan penerima selalu ditandai.</translation>
    </message>
    <message>
        <source>Flag changed accounts for (&amp;days):</source>
        <translation>Tandai akun yang berubah selama (&amp;hari):</translation>
    </message>
    <message>
        <source>Changed-&amp;account warning…</source>
        <translation>Peringatan perubahan &amp;akun…</translation>
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
        <translation>Jika Anda siap melakukan pembayaran sungguhan, tambahkan profil berisi App ID, kunci rahasia aplikasi (app secret), dan alamat API yang diberikan Lesspay untuk lingkungan tersebut (UAT atau produksi). Anda dapat berpindah profil kapan saja; profil sandbox tetap tersedia.</translation>
    </message>
    <message>
        <source>Where your secret lives</source>
        <translation>Di mana kunci rahasia Anda disimpan</translation>
    </message>
    <message>
        <source>The app secret is kept in your system keyring (GNOME Keyring, KWallet or KeePassXC), never in a file. Profiles, without secrets, are saved in %1.</source>
        <translation>Kunci rahasia aplikasi disimpan di keyring sistem Anda (GNOME Keyring, KWallet, atau KeePassXC), tidak pernah di dalam berkas. Profil, tanpa kunci rahasianya, disimpan di %1.</translation>
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
        <source>Save the CSV &amp;template…</source>
        <translation>Simpan templat &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>Selamat datan&amp;g</translation>
    </message>
    <message>
        <source>Open the &amp;local sandbox</source>
        <translation>Buka sandbox &amp;lokal</translation>
    </message>
    <message>
        <source>Add a real pr&amp;ofile…</source>
        <translation>&amp;Tambahkan profil sungguhan…</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>Halaman &amp;sambutan</translation>
    </message>
    <message>
        <source>&amp;About Lesspay Payout Console</source>
        <translation>&amp;Tentang Konsol Pembayaran Lesspay</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::JournalSidebar</name>
    <message>
        <source>Drafts</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted batches</source>
        <translation>Batch yang sudah dikirim</translation>
    </message>
    <message>
        <source>Dr&amp;afts</source>
        <translation>Dra&amp;f</translation>
    </message>
    <message>
        <source>Sub&amp;mitted</source>
        <translation>Sudah di&amp;kirim</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Draft not renamed</source>
        <translation>Nama draf tidak diganti</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Hapus draf</translation>
    </message>
    <message numerus="yes">
        <source>Delete the draft &quot;%1&quot; with its %n row(s)? It cannot be brought back.</source>
        <translation>
            <numerusform>Hapus draf &quot;%1&quot; beserta %n barisnya? Draf tidak dapat dikembalikan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft not deleted</source>
        <translation>Draf tidak dihapus</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Bahasa &amp;sistem</translation>
    </message>
    <message>
        <source>The new language applies the next time the console starts.</source>
        <translation>Bahasa baru berlaku saat konsol dijalankan lagi.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::MainWindow</name>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Draf</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>Draf &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>&amp;Kirim…</translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation>&amp;Masalah berikutnya</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka te&amp;rbaru</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>B&amp;atch</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>The draft could not be opened.</source>
        <translation>Draf tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Draft damaged</source>
        <translation>Draf rusak</translation>
    </message>
    <message>
        <source>The rows of this draft could not be read.</source>
        <translation>Baris-baris draf ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Draf tersimpan.</translation>
    </message>
    <message>
        <source>PRODUCTION profile “%1”: payouts submitted here move real money.</source>
        <translation>Profil PRODUKSI “%1”: pembayaran yang dikirim di sini memindahkan uang sungguhan.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Tanpa profil</translation>
    </message>
    <message>
        <source>Review and submit the batch (Ctrl+Return)</source>
        <translation>Tinjau dan kirim batch (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Sending needs the profile&apos;s secret</source>
        <translation>Pengiriman memerlukan kunci rahasia profil</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Draf %1</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Draf baru</translation>
    </message>
    <message>
        <source>Lesspay Payout Console</source>
        <translation>Konsol Pembayaran Lesspay</translation>
    </message>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation>Sandbox lokal tidak dapat dijalankan: %1</translation>
    </message>
    <message>
        <source>Forget remembered &amp;column mappings</source>
        <translation>Lupakan pemetaan &amp;kolom yang diingat</translation>
    </message>
    <message>
        <source>Imports remember the columns you matched for each kind of file; forget them so that the next import asks again.</source>
        <translation>Impor mengingat kolom yang Anda cocokkan untuk setiap jenis berkas; lupakan agar impor berikutnya bertanya lagi.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Urungkan %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ulangi %1</translation>
    </message>
    <message>
        <source>New draft made from the submitted batch.</source>
        <translation>Draf baru dibuat dari batch yang sudah dikirim.</translation>
    </message>
    <message>
        <source>The new draft could not be saved.</source>
        <translation>Draf baru tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Request &amp;approval…</source>
        <translation>&amp;Ajukan persetujuan…</translation>
    </message>
    <message>
        <source>This draft was already frozen as %1 and its approval asked for.</source>
        <translation>Draf ini sudah dibekukan sebagai %1 dan persetujuannya sudah diajukan.</translation>
    </message>
    <message>
        <source>Approval not requested</source>
        <translation>Persetujuan tidak diajukan</translation>
    </message>
    <message>
        <source>Batch %1 is frozen, but the workspace did not take the request for its approval: %2</source>
        <translation>Batch %1 sudah dibekukan, tetapi ruang kerja tidak menerima pengajuan persetujuannya: %2</translation>
    </message>
    <message>
        <source>Batch %1 needs no approval: an approver can send it now.</source>
        <translation>Batch %1 tidak perlu persetujuan: penyetuju dapat mengirimnya sekarang.</translation>
    </message>
    <message>
        <source>Batch %1 waits for approval.</source>
        <translation>Batch %1 menunggu persetujuan.</translation>
    </message>
    <message>
        <source>Review the batch and ask the team to approve it (Ctrl+Return)</source>
        <translation>Tinjau batch dan minta tim menyetujuinya (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Draft %1 was changed elsewhere while the team database was out of reach: your edits were saved as draft %2.</source>
        <translation>Draf %1 diubah di tempat lain selama basis data tim tidak dapat dihubungi: perubahan Anda disimpan sebagai draf %2.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::OverviewWidget</name>
    <message>
        <source>Today&apos;s batches</source>
        <translation>Batch hari ini</translation>
    </message>
    <message>
        <source>Paid today</source>
        <translation>Dibayar hari ini</translation>
    </message>
    <message>
        <source>Nothing paid yet</source>
        <translation>Belum ada yang dibayar</translation>
    </message>
    <message>
        <source>Today&apos;s batches: %1</source>
        <translation>Batch hari ini: %1</translation>
    </message>
    <message>
        <source>%1 (payouts: %2)</source>
        <translation>%1 (pembayaran: %2)</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::PayeeDialog</name>
    <message>
        <source>E-wallet %1 %2, %3</source>
        <translation>Dompet digital %1 %2, %3</translation>
    </message>
    <message>
        <source>Bank %1 (%2) %3, %4</source>
        <translation>Bank %1 (%2) %3, %4</translation>
    </message>
    <message>
        <source>E&amp;dit account…</source>
        <translation>&amp;Ubah akun…</translation>
    </message>
    <message>
        <source>Re&amp;move account</source>
        <translation>&amp;Hapus akun</translation>
    </message>
    <message>
        <source>Edit payee</source>
        <translation>Ubah penerima</translation>
    </message>
    <message>
        <source>New payee</source>
        <translation>Penerima baru</translation>
    </message>
    <message>
        <source>Your own reference, like a supplier number</source>
        <translation>Referensi Anda sendiri, misalnya nomor pemasok</translation>
    </message>
    <message>
        <source>Comma-separated, like suppliers, monthly</source>
        <translation>Dipisahkan koma, misalnya pemasok, bulanan</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referensi:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>A&amp;kun:</translation>
    </message>
    <message>
        <source>Add &amp;bank account…</source>
        <translation>Tambah rekening &amp;bank…</translation>
    </message>
    <message>
        <source>Add &amp;e-wallet account…</source>
        <translation>Tambah akun &amp;dompet digital…</translation>
    </message>
    <message>
        <source>A payee needs a name.</source>
        <translation>Penerima memerlukan nama.</translation>
    </message>
    <message>
        <source>A payee needs at least one bank or e-wallet account.</source>
        <translation>Penerima memerlukan setidaknya satu rekening bank atau akun dompet digital.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::PayeePickerDialog</name>
    <message>
        <source>Add payees</source>
        <translation>Tambah penerima</translation>
    </message>
    <message>
        <source>Search name, reference, tag or notes</source>
        <translation>Cari nama, referensi, label atau catatan</translation>
    </message>
    <message>
        <source>Search payees</source>
        <translation>Cari penerima</translation>
    </message>
    <message>
        <source>Select the payees to pay again (Ctrl or Shift for several). Each gets a row with its first saved account and the amount it was last paid.</source>
        <translation>Pilih penerima yang akan dibayar lagi (Ctrl atau Shift untuk beberapa). Masing-masing mendapat satu baris dengan akun tersimpan pertamanya dan nominal pembayaran terakhirnya.</translation>
    </message>
    <message>
        <source>Add to draft</source>
        <translation>Tambahkan ke draf</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ProfileEditorDialog</name>
    <message>
        <source>Local sandbox (started by the console)</source>
        <translation>Sandbox lokal (dijalankan oleh konsol)</translation>
    </message>
    <message>
        <source>Lesspay UAT (test host)</source>
        <translation>Lesspay UAT (host uji)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produksi</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>URL dasar khusus</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Hapus profil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its saved secret?</source>
        <translation>Hapus profil &quot;%1&quot; beserta kunci rahasia yang tersimpan?</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (produksi)</translation>
    </message>
    <message>
        <source>set when the sandbox starts</source>
        <translation>diatur saat sandbox dijalankan</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s secret is generated by the console.</source>
        <translation>Kunci rahasia sandbox lokal dibuat oleh konsol.</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>menyimpan…</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>belum disimpan</translation>
    </message>
    <message>
        <source>saved on %1</source>
        <translation>disimpan pada %1</translation>
    </message>
    <message>
        <source>Not understood and left out: %1</source>
        <translation>Tidak dipahami dan diabaikan: %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Profil baru</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Menguji…</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Lingkungan</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <source>LOCAL SANDBOX</source>
        <translation>SANDBOX LOKAL</translation>
    </message>
    <message>
        <source>TEST · Lesspay UAT</source>
        <translation>UJI · Lesspay UAT</translation>
    </message>
    <message>
        <source>PRODUCTION · real money</source>
        <translation>PRODUKSI · uang sungguhan</translation>
    </message>
    <message>
        <source>CUSTOM SERVER</source>
        <translation>SERVER KHUSUS</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::RecipientCsv</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>Berkas tidak memiliki baris header.</translation>
    </message>
    <message>
        <source>No row could be read.</source>
        <translation>Tidak ada baris yang dapat dibaca.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Spreadsheets on Western Windows save CSV files as Windows-1252: read it again that way?</source>
        <translation>%1 bukan teks UTF-8. Spreadsheet di Windows versi Barat menyimpan berkas CSV sebagai Windows-1252: baca ulang dengan pengodean itu?</translation>
    </message>
    <message>
        <source>The columns remembered for files like this one would read most of its amounts as invalid. Check them and the decimal separator before importing.</source>
        <translation>Dengan kolom yang diingat untuk berkas seperti ini, sebagian besar nominalnya akan terbaca tidak valid. Periksa kolom dan pemisah desimal sebelum mengimpor.</translation>
    </message>
    <message>
        <source>row %1, line %2 of the file</source>
        <translation>baris %1, baris ke-%2 dalam berkas</translation>
    </message>
    <message>
        <source>line %1 of the file (not imported)</source>
        <translation>baris ke-%1 dalam berkas (tidak diimpor)</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>The workbook has several sheets. Import the recipients from:</source>
        <translation>Workbook memiliki beberapa sheet. Impor penerima dari:</translation>
    </message>
    <message>
        <source>%1, column %2 (%3)</source>
        <translation>%1, kolom %2 (%3)</translation>
    </message>
    <message>
        <source>The file&apos;s permissions could not be limited to you: %1</source>
        <translation>Izin berkas tidak dapat dibatasi hanya untuk Anda: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… dan %n lainnya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::RecipientDialog</name>
    <message>
        <source>%1 problem</source>
        <translation>Masalah %1</translation>
    </message>
    <message>
        <source>Amount in %1, like %2</source>
        <translation>Nominal dalam %1, misalnya %2</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ReportActions</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the payment advice</source>
        <translation>Folder untuk pemberitahuan pembayaran</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Cetak laporan</translation>
    </message>
    <message>
        <source>%1-report.pdf</source>
        <translation>%1-laporan.pdf</translation>
    </message>
    <message>
        <source>%1-review.pdf</source>
        <translation>%1-tinjauan.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Writing the report of %n payout(s)…</source>
        <translation>
            <numerusform>Menulis laporan %n pembayaran…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 disimpan.</translation>
    </message>
    <message>
        <source>The PDF was not written: cancelled.</source>
        <translation>PDF tidak ditulis: dibatalkan.</translation>
    </message>
    <message>
        <source>Payout batch %1</source>
        <translation>Batch pembayaran %1</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n payout(s)…</source>
        <translation>
            <numerusform>Menata %n pembayaran…</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Pencetakan dibatalkan.</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>%1 dikirim ke printer.</translation>
    </message>
    <message>
        <source>This batch has no paid payouts to write advice for.</source>
        <translation>Batch ini tidak punya pembayaran yang dibayar untuk dibuatkan pemberitahuan.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n payment advice(s)…</source>
        <translation>
            <numerusform>Menulis %n pemberitahuan pembayaran…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n payment advice(s) to %1.</source>
        <translation>
            <numerusform>%n pemberitahuan pembayaran ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n payment advice(s).</source>
        <translation>
            <numerusform>Dibatalkan setelah %n pemberitahuan pembayaran.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::StatusIndicators</name>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>Profil: %1 (%2)</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Tanpa profil</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Tidak terhubung</translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation>Sandbox berhenti</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Menjalankan sandbox lokal…</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Sandbox berjalan di %1</translation>
    </message>
    <message>
        <source>Sandbox failed to start</source>
        <translation>Sandbox gagal dijalankan</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Keychain: reading…</source>
        <translation>Keyring: sedang membaca…</translation>
    </message>
    <message>
        <source>Keychain: secret available</source>
        <translation>Keyring: kunci rahasia tersedia</translation>
    </message>
    <message>
        <source>Keychain unavailable: secret kept in memory for this run only</source>
        <translation>Keyring tidak tersedia: kunci rahasia hanya disimpan di memori selama sesi ini</translation>
    </message>
    <message>
        <source>Keychain: no secret saved, or the keychain is locked</source>
        <translation>Keyring: tidak ada kunci rahasia tersimpan, atau keyring terkunci</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation>Keyring tidak tersedia: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Read the secret from the keychain again (after unlocking it)</source>
        <translation>Baca lagi kunci rahasia dari keyring (setelah membukanya)</translation>
    </message>
    <message>
        <source>Keychain: %1. The local sandbox uses a new secret kept in memory for this run.</source>
        <translation>Keyring: %1. Sandbox lokal memakai kunci rahasia baru yang hanya disimpan di memori selama sesi ini.</translation>
    </message>
    <message>
        <source>Team database: connected</source>
        <translation>Basis data tim: terhubung</translation>
    </message>
    <message>
        <source>Team database: unreachable, reconnecting… (since %1)</source>
        <translation>Basis data tim: tidak terjangkau, menghubungkan ulang… (sejak %1)</translation>
    </message>
    <message>
        <source>Team database: password refused (since %1)</source>
        <translation>Basis data tim: kata sandi ditolak (sejak %1)</translation>
    </message>
    <message>
        <source>Team database: upgraded by a newer console (since %1)</source>
        <translation>Basis data tim: ditingkatkan oleh konsol yang lebih baru (sejak %1)</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::SubmitFlow</name>
    <message>
        <source>Saving the draft and writing its request…</source>
        <translation>Menyimpan draf dan menulis permintaannya…</translation>
    </message>
    <message>
        <source>The batch has problems to fix before it can be sent.</source>
        <translation>Batch ini memiliki masalah yang harus diperbaiki sebelum dapat dikirim.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>Tinjau dan kirim</translation>
    </message>
    <message>
        <source>Review cancelled: the draft was saved, nothing was sent.</source>
        <translation>Tinjauan dibatalkan: draf telah disimpan, tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Tidak dikirim</translation>
    </message>
    <message>
        <source>The draft could not be saved, so it was not sent.</source>
        <translation>Draf tidak dapat disimpan, jadi tidak dikirim.</translation>
    </message>
    <message>
        <source>Recording the batch in the journal before sending it…</source>
        <translation>Mencatat batch di jurnal sebelum mengirimnya…</translation>
    </message>
    <message>
        <source>This draft was already submitted as %1.</source>
        <translation>Draf ini sudah dikirim sebagai %1.</translation>
    </message>
    <message>
        <source>Request &amp;approval</source>
        <translation>&amp;Ajukan persetujuan</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::SubmitReviewDialog</name>
    <message>
        <source>Review and submit</source>
        <translation>Tinjau dan kirim</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Lingkungan:</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>ID permintaan:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Mata uang:</translation>
    </message>
    <message>
        <source>Bank payouts:</source>
        <translation>Pembayaran ke bank:</translation>
    </message>
    <message>
        <source>E-wallet payouts:</source>
        <translation>Pembayaran ke dompet digital:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>This sends real money. Type the number of payouts and the total to confirm.</source>
        <translation>Ini mengirim uang sungguhan. Ketik banyaknya pembayaran dan total nominal untuk konfirmasi.</translation>
    </message>
    <message>
        <source>Number of payouts</source>
        <translation>Banyaknya pembayaran</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>Total nominal</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>misalnya %1</translation>
    </message>
    <message>
        <source>Number of &amp;payouts:</source>
        <translation>Banyaknya &amp;pembayaran:</translation>
    </message>
    <message>
        <source>&amp;Total (%1):</source>
        <translation>&amp;Total (%1):</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Kirim</translation>
    </message>
    <message>
        <source>Show &amp;request</source>
        <translation>Tampilkan pe&amp;rmintaan</translation>
    </message>
    <message>
        <source>POST /api/global/payout/batch/create-order</source>
        <translation>POST /api/global/payout/batch/create-order</translation>
    </message>
    <message>
        <source>Sign string (the secret is not shown):</source>
        <translation>String tanda tangan (kunci rahasia tidak ditampilkan):</translation>
    </message>
    <message>
        <source>Hide &amp;request</source>
        <translation>Sembunyikan pe&amp;rmintaan</translation>
    </message>
    <message>
        <source>Type the total as it is shown above, like %1.</source>
        <translation>Ketik total seperti yang ditampilkan di atas, misalnya %1.</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Simpan sebagai PD&amp;F…</translation>
    </message>
    <message>
        <source>Changed payee details</source>
        <translation>Data penerima berubah</translation>
    </message>
    <message>
        <source>These rows pay saved payees at details that are not their saved ones or that changed lately. Tick each row you have checked with the payee.</source>
        <translation>Baris-baris ini membayar penerima tersimpan ke data yang berbeda dari yang tersimpan atau yang baru saja diubah. Centang setiap baris yang sudah Anda periksa dengan penerimanya.</translation>
    </message>
    <message>
        <source>These rows pay saved payees at details that are not their saved ones or that changed lately.</source>
        <translation>Baris-baris ini membayar penerima tersimpan ke data yang berbeda dari yang tersimpan atau yang baru saja diubah.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3, account %4</source>
        <translation>Baris %1, %2: %3, akun %4</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>&amp;Formatted</source>
        <translation>&amp;Berformat</translation>
    </message>
    <message>
        <source>The request&apos;s body with a line per field, for reading; every value as it is sent.</source>
        <translation>Isi permintaan dengan satu baris per kolom agar mudah dibaca; setiap nilai persis seperti yang dikirim.</translation>
    </message>
    <message>
        <source>&amp;Exact bytes</source>
        <translation>Byte a&amp;sli</translation>
    </message>
    <message>
        <source>The request&apos;s body exactly as it is sent and signed.</source>
        <translation>Isi permintaan persis seperti yang dikirim dan ditandatangani.</translation>
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
        <translation>
            <numerusform>%n baris</numerusform>
        </translation>
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
        <translation>
            <numerusform>(%n nominal tidak dihitung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n galat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n peringatan</numerusform>
        </translation>
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
        <translation>Hasil belum diketahui: sedang diperiksa ke Lesspay</translation>
    </message>
    <message>
        <source>Fix the rows in a new draft (File → New draft) and submit that one.</source>
        <translation>Perbaiki baris-baris itu di draf baru (Berkas → Draf baru) lalu kirim draf tersebut.</translation>
    </message>
    <message>
        <source>the console asks Lesspay about %1 until it knows; nothing is sent twice</source>
        <translation>konsol menanyakan %1 ke Lesspay sampai hasilnya pasti; tidak ada yang dikirim dua kali</translation>
    </message>
    <message>
        <source>Fix the cause, then press “Send again” on the Batches page.</source>
        <translation>Perbaiki penyebabnya, lalu tekan “Kirim lagi” di halaman Batch.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::WalletRecipientDialog</name>
    <message>
        <source>No e-wallet provider for %1</source>
        <translation>Tidak ada penyedia dompet digital untuk %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::WorkspaceDialog</name>
    <message>
        <source>This &amp;computer</source>
        <translation>&amp;Komputer ini</translation>
    </message>
    <message>
        <source>&amp;Team database (PostgreSQL)</source>
        <translation>Basis data &amp;tim (PostgreSQL)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Ruang kerja</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the saved one</source>
        <translation>Disimpan di keyring sistem; kosongkan untuk mempertahankan yang tersimpan</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com, atau folder soket seperti /run/postgresql</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>Otoritas sertifikat sistem</translation>
    </message>
    <message>
        <source>The journal is a file on this computer, for one person.</source>
        <translation>Jurnal adalah berkas di komputer ini, untuk satu orang.</translation>
    </message>
    <message>
        <source>The journal is the team&apos;s shared database: approvals, and everyone sees every batch.</source>
        <translation>Jurnal adalah basis data bersama tim: ada persetujuan, dan semua orang melihat setiap batch.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Basis &amp;data:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>Berkas &amp;CA:</translation>
    </message>
    <message>
        <source>Over the network the server&apos;s certificate is always checked (sslmode=verify-full).</source>
        <translation>Melalui jaringan, sertifikat server selalu diperiksa (sslmode=verify-full).</translation>
    </message>
    <message>
        <source>The console opens the chosen journal when it starts again.</source>
        <translation>Konsol membuka jurnal yang dipilih saat dimulai lagi.</translation>
    </message>
    <message>
        <source>&amp;Workspace…</source>
        <translation>&amp;Ruang kerja…</translation>
    </message>
    <message>
        <source>Certificate authority of the team&apos;s database</source>
        <translation>Otoritas sertifikat basis data tim</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::WorkspaceStartup</name>
    <message>
        <source>Lesspay Payout Console</source>
        <translation>Konsol Pembayaran Lesspay</translation>
    </message>
    <message>
        <source>The team workspace %1 could not be opened: %2</source>
        <translation>Ruang kerja tim %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>The journal could not be opened: %1</source>
        <translation>Jurnal tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>Nothing was written to it. Check the workspace settings, or quit and try later.</source>
        <translation>Tidak ada yang ditulis ke sana. Periksa pengaturan ruang kerja, atau keluar dan coba lagi nanti.</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>Pengaturan &amp;ruang kerja…</translation>
    </message>
</context>
<context>
    <name>PayeeAccountForm</name>
    <message>
        <source>Payee&apos;s e-wallet account</source>
        <translation>Akun dompet digital penerima</translation>
    </message>
    <message>
        <source>Payee&apos;s bank account</source>
        <translation>Rekening bank penerima</translation>
    </message>
</context>
<context>
    <name>PayeeMatch</name>
    <message>
        <source>%1 is a saved payee, but this account is not one of their saved accounts. Check that the new details really come from them before paying.</source>
        <translation>%1 adalah penerima tersimpan, tetapi akun ini bukan salah satu akun tersimpannya. Pastikan data baru ini benar-benar berasal dari penerima sebelum membayar.</translation>
    </message>
    <message>
        <source>The saved account of %1 was changed on %2. Check that the change really came from them before paying.</source>
        <translation>Akun tersimpan %1 diubah pada %2. Pastikan perubahan ini benar-benar berasal dari penerima sebelum membayar.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be laid out</source>
        <translation>PDF tidak dapat ditata</translation>
    </message>
    <message>
        <source>Payout batch %1</source>
        <translation>Batch pembayaran %1</translation>
    </message>
    <message>
        <source>Payment advice</source>
        <translation>Pemberitahuan pembayaran</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
</context>
<context>
    <name>PriorPaymentChecker</name>
    <message>
        <source>Already paid to this recipient with the same amount in batch %1 (%2).</source>
        <translation>Sudah dibayar ke penerima ini dengan nominal yang sama di batch %1 (%2).</translation>
    </message>
    <message>
        <source>The same recipient and amount are pending in batch %1 (%2, %3).</source>
        <translation>Penerima dan nominal yang sama masih diproses di batch %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Already paid to this recipient with the same amount in batch %1 (%2, prepared by %3).</source>
        <translation>Sudah dibayar ke penerima ini dengan nominal yang sama di batch %1 (%2, disiapkan oleh %3).</translation>
    </message>
    <message>
        <source>The same recipient and amount are pending in batch %1 (%2, %3, prepared by %4).</source>
        <translation>Penerima dan nominal yang sama masih diproses di batch %1 (%2, %3, disiapkan oleh %4).</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Production: payouts sent with this profile move real money.</source>
        <translation>Produksi: pembayaran yang dikirim dengan profil ini memindahkan uang sungguhan.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Lingkungan:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;URL dasar:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>Kunci rahasia aplikasi:</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>belum disimpan</translation>
    </message>
    <message>
        <source>&amp;Set secret…</source>
        <translation>&amp;Atur kunci rahasia…</translation>
    </message>
    <message>
        <source>appSecret from Lesspay</source>
        <translation>appSecret dari Lesspay</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Kunci rahasia aplikasi</translation>
    </message>
    <message>
        <source>Save secret</source>
        <translation>Simpan kunci rahasia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>BANK_TRANSFER</source>
        <translation>BANK_TRANSFER</translation>
    </message>
    <message>
        <source>Way &amp;code:</source>
        <translation>&amp;Kode kanal:</translation>
    </message>
    <message>
        <source>N&amp;otify URL:</source>
        <translation>URL n&amp;otifikasi:</translation>
    </message>
    <message>
        <source>C&amp;urrencies:</source>
        <translation>&amp;Mata uang:</translation>
    </message>
    <message>
        <source>ISO 4217 codes separated by commas</source>
        <translation>Kode ISO 4217 dipisahkan koma</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>&amp;Desimal:</translation>
    </message>
    <message>
        <source>Overrides of the decimals a currency may carry, e.g. IDR=0</source>
        <translation>Mengganti banyaknya desimal yang boleh dipakai suatu mata uang, misalnya IDR=0</translation>
    </message>
    <message>
        <source>IDR=0</source>
        <translation>IDR=0</translation>
    </message>
    <message>
        <source>E-wallet &amp;providers:</source>
        <translation>&amp;Penyedia dompet digital:</translation>
    </message>
    <message>
        <source>Providers beyond the built-in table, one currency per line, e.g. PHP: Coins.ph, Maya</source>
        <translation>Penyedia di luar tabel bawaan, satu mata uang per baris, misalnya PHP: Coins.ph, Maya</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Cek koneksi</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation>&amp;Simpan profil</translation>
    </message>
    <message>
        <source>APP&amp;ID:</source>
        <translation>APP&amp;ID:</translation>
    </message>
    <message>
        <source>Wa&amp;y type:</source>
        <translation>&amp;Jenis kanal:</translation>
    </message>
    <message>
        <source>Supported-banks pat&amp;h:</source>
        <translation>Jalur daftar &amp;bank:</translation>
    </message>
    <message>
        <source>Your company&apos;s name as payees should read it on a payment advice</source>
        <translation>Nama perusahaan Anda sebagaimana dibaca penerima pada pemberitahuan pembayaran</translation>
    </message>
    <message>
        <source>Payer na&amp;me:</source>
        <translation>Nama pemba&amp;yar:</translation>
    </message>
</context>
<context>
    <name>RecipientImporter</name>
    <message>
        <source>The row has %1 cells but the header only %2; the cells beyond the header were not imported.</source>
        <translation>Baris ini memiliki %1 sel, tetapi header hanya %2; sel di luar header tidak diimpor.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header %2; the missing cells were read as empty.</source>
        <translation>Baris ini memiliki %1 sel, sedangkan header %2; sel yang kurang dibaca sebagai kosong.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>The import was canceled; nothing was imported.</source>
        <translation>Impor dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>Workbook tidak memiliki sheet %1.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Payout batch report</source>
        <translation>Laporan batch pembayaran</translation>
    </message>
    <message>
        <source>Payout batch review (not sent)</source>
        <translation>Tinjauan batch pembayaran (belum dikirim)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Lingkungan</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID permintaan</translation>
    </message>
    <message>
        <source>Lesspay order</source>
        <translation>Pesanan Lesspay</translation>
    </message>
    <message>
        <source>none (not accepted by Lesspay)</source>
        <translation>tidak ada (tidak diterima Lesspay)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>Status batch</translation>
    </message>
    <message>
        <source>Request body SHA-256</source>
        <translation>SHA-256 isi permintaan</translation>
    </message>
    <message>
        <source>Request body size</source>
        <translation>Ukuran isi permintaan</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Laporan dibuat</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Nominal (%1)</translation>
    </message>
    <message>
        <source>By destination type</source>
        <translation>Menurut jenis tujuan</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Menurut status</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Nothing has been sent: this is the review before submitting.</source>
        <translation>Belum ada yang dikirim: ini tinjauan sebelum mengirim.</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (profil %2)</translation>
    </message>
    <message>
        <source>No approvals are recorded for this batch: the console has no approval step, and the journal records the profile a batch was sent with, not a person.</source>
        <translation>Tidak ada persetujuan yang tercatat untuk batch ini: konsol tidak punya langkah persetujuan, dan jurnal mencatat profil yang dipakai mengirim batch, bukan orangnya.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID pesanan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Bank or provider</source>
        <translation>Bank atau penyedia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fail reason</source>
        <translation>Alasan gagal</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n payout(s)</source>
        <translation>
            <numerusform>%1: %n pembayaran</numerusform>
        </translation>
    </message>
    <message>
        <source>Request ID %1 · SHA-256 %2…</source>
        <translation>ID permintaan %1 · SHA-256 %2…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Payout batch report · %1 · %2</source>
        <translation>Laporan batch pembayaran · %1 · %2</translation>
    </message>
    <message>
        <source>Brought forward</source>
        <translation>Pindahan dari halaman sebelumnya</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Dibawa ke halaman berikutnya</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (oleh %2)</translation>
    </message>
</context>
<context>
    <name>ResultPrinter</name>
    <message>
        <source>error: %1</source>
        <translation>galat: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>peringatan: %1</translation>
    </message>
    <message>
        <source>possible duplicate: %1 pays the same recipient and amount as %2 in batch %3 (%4)</source>
        <translation>kemungkinan duplikat: %1 membayar penerima dan nominal yang sama dengan %2 di batch %3 (%4)</translation>
    </message>
    <message>
        <source>too large to add up (beyond %1 minor units)</source>
        <translation>terlalu besar untuk dijumlahkan (lebih dari %1 satuan terkecil)</translation>
    </message>
    <message numerus="yes">
        <source>valid: %n row(s), total %1</source>
        <translation>
            <numerusform>valid: %n baris, total %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>invalid: %n row(s)</source>
        <translation>
            <numerusform>tidak valid: %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>&quot;3 errors, 1 warning&quot;: the two counts of a validation</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n galat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n peringatan</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting approval (not requested yet)</source>
        <translation>Menunggu persetujuan (belum diajukan)</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation>Disetujui, belum dikirim</translation>
    </message>
    <message>
        <source>Rejected by an approver: not sent</source>
        <translation>Ditolak oleh penyetuju: tidak dikirim</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>belum diketahui</translation>
    </message>
    <message numerus="yes">
        <source>in %n detail(s)</source>
        <translation>
            <numerusform>dalam %n rincian</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 paid, %2 failed, %3 pending</source>
        <translation>%1 dibayar, %2 gagal, %3 diproses</translation>
    </message>
</context>
<context>
    <name>RetryDraftBuilder</name>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation>Tidak ada batch %1 di jurnal.</translation>
    </message>
    <message>
        <source>This batch needs a person: check it with Lesspay before retrying any payout.</source>
        <translation>Batch ini perlu ditangani petugas: periksa dengan Lesspay sebelum mengulang pembayaran apa pun.</translation>
    </message>
    <message>
        <source>Lesspay has not confirmed this batch yet; a retry now could pay twice.</source>
        <translation>Lesspay belum mengonfirmasi batch ini; mengulang sekarang bisa membayar dua kali.</translation>
    </message>
    <message>
        <source>This batch is still in progress; wait until every payout is paid or failed.</source>
        <translation>Batch ini masih diproses; tunggu sampai setiap pembayaran berhasil atau gagal.</translation>
    </message>
    <message>
        <source>Lesspay refused the whole batch, so no payout has a result to retry.</source>
        <translation>Lesspay menolak seluruh batch, jadi tidak ada pembayaran yang hasilnya bisa diulang.</translation>
    </message>
    <message>
        <source>Payout %1 is still pending; wait until every payout is paid or failed.</source>
        <translation>Pembayaran %1 masih diproses; tunggu sampai setiap pembayaran berhasil atau gagal.</translation>
    </message>
    <message>
        <source>No payout of this batch failed.</source>
        <translation>Tidak ada pembayaran yang gagal dalam batch ini.</translation>
    </message>
    <message>
        <source>A draft with the failed payouts of this batch already exists; use that one.</source>
        <translation>Draf berisi pembayaran gagal dari batch ini sudah ada; gunakan draf itu.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed payout(s) can go into a new draft.</source>
        <translation>
            <numerusform>%n pembayaran gagal dapat dimasukkan ke draf baru.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch as it was sent cannot be read back from the journal.</source>
        <translation>Batch sebagaimana dikirim tidak dapat dibaca kembali dari jurnal.</translation>
    </message>
    <message>
        <source>The failed payouts do not match the batch as it was sent.</source>
        <translation>Pembayaran yang gagal tidak cocok dengan batch sebagaimana dikirim.</translation>
    </message>
    <message>
        <source>Failed payouts of %1</source>
        <translation>Pembayaran gagal dari %1</translation>
    </message>
    <message numerus="yes">
        <source>New draft &quot;%1&quot; with %n payout(s).</source>
        <translation>
            <numerusform>Draf baru &quot;%1&quot; dengan %n pembayaran.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadsheetDamage</name>
    <message>
        <source>%1 looks like a mobile number whose leading 0 a spreadsheet removed (0%1). Check the number; it was imported as written.</source>
        <translation>%1 tampak seperti nomor ponsel yang angka 0 di depannya dihapus oleh spreadsheet (0%1). Periksa nomornya; nomor diimpor apa adanya.</translation>
    </message>
    <message>
        <source>A CPF has 11 digits; %1 has %2. A spreadsheet probably removed leading zeros: format the column as Text and export again.</source>
        <translation>CPF terdiri dari 11 angka; %1 memiliki %2. Spreadsheet mungkin menghapus angka 0 di depan: format kolom sebagai Teks lalu ekspor ulang.</translation>
    </message>
    <message>
        <source>A CNPJ has 14 digits; %1 has %2. A spreadsheet probably removed leading zeros: format the column as Text and export again.</source>
        <translation>CNPJ terdiri dari 14 angka; %1 memiliki %2. Spreadsheet mungkin menghapus angka 0 di depan: format kolom sebagai Teks lalu ekspor ulang.</translation>
    </message>
    <message>
        <source>%1 is in scientific notation: a spreadsheet shortened the number and the original digits are lost. Format the column as Text and export again.</source>
        <translation>%1 ditulis dalam notasi ilmiah: spreadsheet memendekkan nomor dan angka aslinya hilang. Format kolom sebagai Teks lalu ekspor ulang.</translation>
    </message>
    <message>
        <source>%1 looks like a date: a spreadsheet probably converted the number. Format the column as Text and export again.</source>
        <translation>%1 tampak seperti tanggal: spreadsheet mungkin mengubah nomornya. Format kolom sebagai Teks lalu ekspor ulang.</translation>
    </message>
</context>
<context>
    <name>TeamApprovals</name>
    <message>
        <source>There is no batch %1 in the workspace.</source>
        <translation>Tidak ada batch %1 di ruang kerja.</translation>
    </message>
</context>
<context>
    <name>TeamAudit</name>
    <message>
        <source>Prepared by %1</source>
        <translation>Disusun oleh %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>disetujui oleh %1</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>ditolak oleh %1</translation>
    </message>
    <message>
        <source>rejected by %1 (%2)</source>
        <translation>ditolak oleh %1 (%2)</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>dikirim oleh %1</translation>
    </message>
    <message>
        <source>%1 froze the batch</source>
        <translation>%1 membekukan batch</translation>
    </message>
    <message>
        <source>%1 asked for approval</source>
        <translation>%1 mengajukan persetujuan</translation>
    </message>
    <message>
        <source>%1 approved it</source>
        <translation>%1 menyetujuinya</translation>
    </message>
    <message>
        <source>%1 approved it: %2</source>
        <translation>%1 menyetujuinya: %2</translation>
    </message>
    <message>
        <source>%1 rejected it</source>
        <translation>%1 menolaknya</translation>
    </message>
    <message>
        <source>%1 rejected it: %2</source>
        <translation>%1 menolaknya: %2</translation>
    </message>
    <message>
        <source>The batch is approved</source>
        <translation>Batch disetujui</translation>
    </message>
    <message>
        <source>The batch is rejected</source>
        <translation>Batch ditolak</translation>
    </message>
    <message>
        <source>%1 sent it</source>
        <translation>%1 mengirimnya</translation>
    </message>
    <message>
        <source>%1 recorded the state %2</source>
        <translation>%1 mencatat status %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TeamWorkspace</name>
    <message>
        <source>A team workspace needs a PostgreSQL database; %1 is a file.</source>
        <translation>Ruang kerja tim memerlukan basis data PostgreSQL; %1 adalah berkas.</translation>
    </message>
    <message>
        <source>Cannot set up the team workspace: %1</source>
        <translation>Tidak dapat menyiapkan ruang kerja tim: %1</translation>
    </message>
    <message>
        <source>Cannot add %1 to the team workspace: %2</source>
        <translation>Tidak dapat menambahkan %1 ke ruang kerja tim: %2</translation>
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
        <translation>&amp;Nominal:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nominal</translation>
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
        <translation>Jenis &amp;akun:</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Jenis akun</translation>
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
        <translation>&amp;Penyedia:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>Deposit &amp;key type:</source>
        <translation>Jenis &amp;kunci penerima:</translation>
    </message>
    <message>
        <source>Deposit key type</source>
        <translation>Jenis kunci penerima</translation>
    </message>
    <message>
        <source>&amp;Deposit key:</source>
        <translation>Kunci p&amp;enerima:</translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation>Kunci penerima</translation>
    </message>
</context>
<context>
    <name>WorkspaceSetting</name>
    <message>
        <source>Enter the database server&apos;s host name.</source>
        <translation>Masukkan nama host server basis data.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Port harus antara 1 dan 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the team&apos;s database.</source>
        <translation>Masukkan nama basis data tim.</translation>
    </message>
    <message>
        <source>Enter your database user name.</source>
        <translation>Masukkan nama pengguna basis data Anda.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Berkas CA %1 tidak ada.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Prepare, submit and track Lesspay payout batches.</source>
        <translation>Siapkan, kirim, dan pantau batch pembayaran Lesspay.</translation>
    </message>
    <message>
        <source>The console opens the chosen journal when it starts again.</source>
        <translation>Konsol membuka jurnal yang dipilih saat dimulai lagi.</translation>
    </message>
</context>
</TS>
