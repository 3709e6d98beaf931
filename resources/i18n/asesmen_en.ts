<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssessorsPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="692"/>
        <source>Daftar asesor</source>
        <translation>Assessor list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="694"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="694"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="694"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="695"/>
        <source>Akun pengguna</source>
        <translation>User account</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="697"/>
        <source>Nama asesor baru</source>
        <translation>New assessor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="698"/>
        <source>Nama lengkap dengan gelar</source>
        <translation>Full name with titles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="700"/>
        <source>NIP asesor baru</source>
        <translation>New assessor&apos;s NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="701"/>
        <source>18 digit, boleh kosong</source>
        <translation>18 digits, optional</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="702"/>
        <source>&amp;Ketua tim</source>
        <translation>Lead ass&amp;essor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="703"/>
        <source>Asesor baru adalah ketua tim</source>
        <translation>The new assessor is the lead assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="705"/>
        <source>Akun pengguna asesor baru</source>
        <translation>New assessor&apos;s user account</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="706"/>
        <source>&amp;Tambah asesor</source>
        <translation>Add assess&amp;or</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="707"/>
        <source>Tambah asesor</source>
        <translation>Add assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="709"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="710"/>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="712"/>
        <source>Ak&amp;un:</source>
        <translation>Acco&amp;unt:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="717"/>
        <source>Asesor baru</source>
        <translation>New assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="722"/>
        <source>Asesor yang menilai dalam sesi ini. Tautkan akun pengguna agar penilaian yang dimasukkan dengan akun itu tercatat atas nama asesor tersebut.</source>
        <translation>The assessors who rate in this session. Link a user account so that ratings entered with that account are recorded in that assessor&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="735"/>
        <source>Ketua tim</source>
        <translation>Lead assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="735"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="744"/>
        <source>— tidak ditautkan —</source>
        <translation>— not linked —</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="753"/>
        <source>Belum ada akun pengguna lokal</source>
        <translation>No local user accounts yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="762"/>
        <source>Asesor {name} ditambahkan.</source>
        <translation>Assessor {name} added.</translation>
    </message>
</context>
<context>
    <name>AssignmentPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="780"/>
        <source>Penugasan asesor</source>
        <translation>Assessor assignment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="781"/>
        <source>Satu baris per peserta, satu kolom per simulasi: asesor yang menilai</source>
        <translation>One row per assessee, one column per simulation: the assessor who rates</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="785"/>
        <source>Ringkasan penugasan</source>
        <translation>Assignment summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="824"/>
        <source>Juga ditugaskan: {names}</source>
        <translation>Also assigned: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="828"/>
        <source>peserta</source>
        <translation>assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="828"/>
        <source>simulasi</source>
        <translation>simulations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="829"/>
        <source>asesor</source>
        <translation>assessors</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="830"/>
        <source>Penugasan dapat diisi setelah ada {what}.</source>
        <translation>Assignments can be made once there are {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="831"/>
        <source> dan </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="835"/>
        <source>Asesor yang menilai tiap peserta pada tiap simulasi (matriks asesor).</source>
        <translation>The assessor who rates each assessee in each simulation (assessor matrix).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="837"/>
        <source>Pilih asesor yang menilai tiap peserta pada tiap simulasi (matriks asesor); pilihan langsung tersimpan.</source>
        <translation>Choose the assessor who rates each assessee in each simulation (assessor matrix); each choice is saved at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="838"/>
        <source> Nama bercetak miring: penugasan sudah berisi penilaian dan terkunci.</source>
        <translation> Italic cells: the assignment already holds ratings and is locked.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="841"/>
        <source>{filled} dari {total} sel terisi.</source>
        <translation>{filled} of {total} cells filled.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="843"/>
        <source>Beban asesor: {list}.</source>
        <translation>Assessor workload: {list}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="850"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="850"/>
        <source>Peserta</source>
        <translation>Assessee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="853"/>
        <source>NIP {nip} · jabatan sasaran {position}</source>
        <translation>NIP {nip} · target position {position}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="859"/>
        <source>Sudah dinilai: penugasan tidak dapat diubah</source>
        <translation>Already rated: the assignment cannot be changed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="868"/>
        <source>— belum ditugaskan —</source>
        <translation>— not assigned —</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="871"/>
        <source>Asesor untuk {assessee} pada {simulation}</source>
        <translation>Assessor for {assessee} in {simulation}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="886"/>
        <source>{assessor} menilai {assessee} pada {sim}.</source>
        <translation>{assessor} rates {assessee} in {sim}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="887"/>
        <source>Penugasan {assessee} pada {sim} dikosongkan.</source>
        <translation>Assignment of {assessee} in {sim} cleared.</translation>
    </message>
</context>
<context>
    <name>CheckSheetWidget</name>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="115"/>
        <location filename="../../desktop/gui/check_sheet.py" line="241"/>
        <source>Periksa lembar hasil</source>
        <translation>Check a result sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="121"/>
        <source>Ketik kode verifikasi yang tercetak di bagian bawah lembar hasil. Kode dicocokkan dengan hasil yang disegel dan diimpor ke basis data pusat. Isi juga yang tercetak di lembar untuk membandingkannya.</source>
        <translation>Type the verification code printed at the bottom of the result sheet. The code is matched against the sealed results imported into the central database. Also fill in what is printed on the sheet to compare it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="126"/>
        <source>Basis data pusat</source>
        <translation>Central database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="127"/>
        <source>berkas .sqlite atau URL, mis. postgresql://bkd@server/pusat</source>
        <translation>.sqlite file or URL, e.g. postgresql://bkd@server/pusat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="129"/>
        <source>&amp;Pilih…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="130"/>
        <source>Pilih berkas basis data pusat</source>
        <translation>Choose the central database file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="135"/>
        <source>Kode verifikasi</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="135"/>
        <source>mis. 9FC1-18D9-0F67</source>
        <translation>e.g. 9FC1-18D9-0F67</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="142"/>
        <source>Kode terbaca</source>
        <translation>Code as read</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="144"/>
        <source>NIP yang tercetak</source>
        <translation>Printed NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="144"/>
        <source>mis. 19820314 200604 2 901</source>
        <translation>e.g. 19820314 200604 2 901</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="145"/>
        <source>JPM yang tercetak</source>
        <translation>Printed JPM</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="145"/>
        <source>mis. 96,30</source>
        <translation>e.g. 96,30</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="146"/>
        <source>Kategori yang tercetak</source>
        <translation>Printed category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="146"/>
        <source>kode, mis. O atau MS</source>
        <translation>code, e.g. O or MS</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="147"/>
        <source>Yang tercetak di lembar (boleh dikosongkan)</source>
        <translation>Printed on the sheet (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="149"/>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="150"/>
        <source>&amp;JPM (%):</source>
        <translation>&amp;JPM (%):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="151"/>
        <source>K&amp;ategori:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="155"/>
        <source>&amp;Basis data pusat:</source>
        <translation>Central &amp;database:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="156"/>
        <source>&amp;Kode verifikasi:</source>
        <translation>&amp;Verification code:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="167"/>
        <source>P&amp;eriksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="168"/>
        <source>Periksa kode verifikasi</source>
        <translation>Check the verification code</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="169"/>
        <source>Periksa (Enter)</source>
        <translation>Check (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="172"/>
        <source>Keadaan pemeriksaan</source>
        <translation>Check status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="180"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="194"/>
        <source>Hasil pemeriksaan</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="198"/>
        <source>Keterangan hasil pemeriksaan</source>
        <translation>Check result details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="203"/>
        <source>Perbedaan</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="204"/>
        <source>Tersimpan di basis data pusat:</source>
        <translation>Stored in the central database:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="249"/>
        <location filename="../../desktop/gui/check_sheet.py" line="440"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="250"/>
        <location filename="../../desktop/gui/check_sheet.py" line="439"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="251"/>
        <source>Jabatan sasaran</source>
        <translation>Target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="252"/>
        <location filename="../../desktop/gui/check_sheet.py" line="439"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="253"/>
        <location filename="../../desktop/gui/check_sheet.py" line="439"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="254"/>
        <source>Sesi</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="255"/>
        <source>Penyelenggara</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="256"/>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="304"/>
        <source>Isi lokasi basis data pusat: berkas .sqlite atau URL.</source>
        <translation>Enter the location of the central database: a .sqlite file or a URL.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="310"/>
        <source>Berkas basis data pusat tidak ditemukan: {path}</source>
        <translation>Central database file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="314"/>
        <source>Berkas {path} kosong: itu bukan basis data pusat.</source>
        <translation>The file {path} is empty: it is not a central database.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="319"/>
        <source>Kode verifikasi tidak sah: 12 angka atau huruf A–F, mis. 9FC1-18D9-0F67.</source>
        <translation>Invalid verification code: 12 digits or letters A–F, e.g. 9FC1-18D9-0F67.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="327"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="336"/>
        <source>Pilih basis data pusat</source>
        <translation>Choose the central database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="337"/>
        <source>Basis data SQLite (*.sqlite *.sqlite3 *.db);;Semua berkas (*)</source>
        <translation>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="370"/>
        <source>Basis data pusat tidak dapat dibaca: {message}</source>
        <translation>The central database cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="383"/>
        <source>Terbaca sebagai {code}</source>
        <translation>Read as {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="386"/>
        <source>{n} dari 12 karakter; hanya angka 0–9 dan huruf A–F</source>
        <translation>{n} of 12 characters; only digits 0–9 and letters A–F</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="388"/>
        <source>Huruf kecil, spasi dan tanda hubung boleh; huruf O dibaca angka 0.</source>
        <translation>Lower-case letters, spaces and hyphens are allowed; the letter O is read as the digit 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="396"/>
        <source>✓ COCOK</source>
        <translation>✓ MATCHES</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="397"/>
        <source>Lembar ini sesuai dengan hasil yang disegel dan tersimpan di basis data pusat.</source>
        <translation>This sheet matches the sealed results stored in the central database.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="400"/>
        <source>✗ TIDAK COCOK</source>
        <translation>✗ DOES NOT MATCH</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="402"/>
        <source>Tidak ada lembar hasil dengan kode ini di basis data pusat. Periksa ketikan kode; bila benar, lembar ini tidak berasal dari sesi yang sudah diimpor.</source>
        <translation>There is no result sheet with this code in the central database. Check how the code was typed; if it is correct, this sheet does not come from a session that has been imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="406"/>
        <source>Kode ini ada, tetapi isi lembar berbeda dengan yang tersimpan:</source>
        <translation>This code exists, but the sheet differs from what is stored:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="443"/>
        <source>• {what}: tercetak {printed}, tersimpan {stored}</source>
        <translation>• {what}: printed {printed}, stored {stored}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="459"/>
        <source>{date} (masih berlaku)</source>
        <translation>{date} (still valid)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="460"/>
        <source>{date} (sudah tidak berlaku)</source>
        <translation>{date} (expired)</translation>
    </message>
</context>
<context>
    <name>CompetencyRow</name>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="301"/>
        <source>Status simpan {name}</source>
        <translation>Save status of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="305"/>
        <source>Kesalahan {name}</source>
        <translation>Error for {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="308"/>
        <source>Bukti perilaku {name}</source>
        <translation>Behavioural evidence for {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="309"/>
        <source>Bukti perilaku: apa yang dikatakan atau dilakukan peserta…</source>
        <translation>Behavioural evidence: what the assessee said or did…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="373"/>
        <source>(tidak ada bukti perilaku)</source>
        <translation>(no behavioural evidence)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="384"/>
        <source>Level {n}: {title}</source>
        <translation>Level {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="385"/>
        <source>Belum ada level</source>
        <translation>No level yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="395"/>
        <source>✓ tersimpan</source>
        <translation>✓ saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="395"/>
        <source>⚠ belum tersimpan</source>
        <translation>⚠ not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="396"/>
        <source>● belum tersimpan</source>
        <translation>● not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="396"/>
        <source>○ belum dinilai</source>
        <translation>○ not rated</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="401"/>
        <source>pilih level agar bukti perilaku dapat disimpan</source>
        <translation>choose a level so that the behavioural evidence can be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="404"/>
        <source>lengkapi level dan bukti perilaku sebelum formulir dikirim</source>
        <translation>add a level and behavioural evidence before the form is submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="405"/>
        <source>lengkapi bukti perilaku sebelum formulir dikirim</source>
        <translation>add behavioural evidence before the form is submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="406"/>
        <source>pilih level sebelum formulir dikirim</source>
        <translation>choose a level before the form is submitted</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="142"/>
        <source>Judul sesi</source>
        <translation>Session title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="144"/>
        <source>Tujuan penilaian</source>
        <translation>Assessment purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="145"/>
        <source>Pengisian jabatan</source>
        <translation>Filling a position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="146"/>
        <source>Pemetaan kompetensi</source>
        <translation>Competency mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="147"/>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="148"/>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="150"/>
        <source>— belum ditentukan —</source>
        <translation>— not set —</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="152"/>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="154"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="156"/>
        <source>Penyelenggara</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="158"/>
        <source>Pimpinan penyelenggara</source>
        <translation>Head of the provider</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="159"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="160"/>
        <source>Simpan rincian sesi</source>
        <translation>Save session details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="162"/>
        <source>Simpan rincian sesi (Ctrl+S)</source>
        <translation>Save session details (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="163"/>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="164"/>
        <source>Batalkan perubahan rincian</source>
        <translation>Discard changes to the details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="166"/>
        <source>Tujuan menentukan skema kategori hasil: pengisian jabatan MS / MMS / KMS, pemetaan O / CO / KO.</source>
        <translation>The purpose sets the result category scheme: filling a position MS / MMS / KMS, mapping O / CO / KO.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="172"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="176"/>
        <source>J&amp;udul:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="176"/>
        <source>&amp;Tujuan:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="179"/>
        <source>Tan&amp;ggal:</source>
        <translation>Dat&amp;es:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="182"/>
        <source>T&amp;empat:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="182"/>
        <source>&amp;Instansi:</source>
        <translation>Agen&amp;cy:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="183"/>
        <source>Pe&amp;nyelenggara:</source>
        <translation>P&amp;rovider:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="184"/>
        <source>Pimpinan pen&amp;yelenggara:</source>
        <translation>Head &amp;of the provider:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="190"/>
        <source>Rincian sesi penilaian</source>
        <translation>Assessment session details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="255"/>
        <source>Rincian sesi tersimpan.</source>
        <translation>Session details saved.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/gui/login.py" line="213"/>
        <source>Penyiapan awal – Asesmen</source>
        <translation>Initial setup – Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="220"/>
        <source>Selamat datang di Asesmen</source>
        <translation>Welcome to Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="222"/>
        <source>Sebelum mulai, isi profil pusat asesmen (dicetak pada setiap lembar hasil) dan buat akun administrator pertama. Administrator kemudian menambahkan akun ketua tim dan asesor.</source>
        <translation>Before you start, fill in the assessment centre&apos;s profile (printed on every result sheet) and create the first administrator account. The administrator then adds the accounts of lead assessors and assessors.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="225"/>
        <source>Nama pusat asesmen</source>
        <translation>Assessment centre name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="226"/>
        <source>mis. UPT Penilaian Kompetensi BKD Provinsi Banten</source>
        <translation>e.g. UPT Penilaian Kompetensi BKD Provinsi Banten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="227"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="227"/>
        <source>mis. Badan Kepegawaian Daerah Provinsi Banten</source>
        <translation>e.g. Badan Kepegawaian Daerah Provinsi Banten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="228"/>
        <source>Pimpinan penyelenggara</source>
        <translation>Head of the provider</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="228"/>
        <source>nama lengkap beserta gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="229"/>
        <source>Pusat asesmen</source>
        <translation>Assessment centre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="231"/>
        <source>&amp;Nama pusat asesmen:</source>
        <translation>Assessment centre &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="232"/>
        <source>&amp;Instansi:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="233"/>
        <source>Pi&amp;mpinan penyelenggara:</source>
        <translation>&amp;Head of the provider:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="236"/>
        <source>Nama pengguna administrator</source>
        <translation>Administrator username</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="237"/>
        <source>huruf, angka, titik atau garis bawah</source>
        <translation>letters, digits, dots or underscores</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="238"/>
        <source>Nama lengkap administrator</source>
        <translation>Administrator&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="239"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="240"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="241"/>
        <source>Minimal {n} karakter.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="242"/>
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="244"/>
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="245"/>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="246"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="247"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="251"/>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="254"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="255"/>
        <source>Simpan profil dan administrator</source>
        <translation>Save the profile and the administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="257"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="293"/>
        <source>Lengkapi nama pusat asesmen, instansi dan pimpinan penyelenggara.</source>
        <translation>Fill in the assessment centre name, the agency and the head of the provider.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="297"/>
        <source>Kata sandi dan ulangannya tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="319"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>FormStatus</name>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="63"/>
        <source>✓ terkirim</source>
        <translation>✓ submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="65"/>
        <source>◐ draf {rated}/{total}</source>
        <translation>◐ draft {rated}/{total}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="66"/>
        <source>○ belum diisi</source>
        <translation>○ not started</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="207"/>
        <source>Sesi “{title}” sudah disegel: peserta tidak dapat ditambahkan.</source>
        <translation>Session “{title}” is sealed: assessees cannot be added.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="210"/>
        <location filename="../../desktop/gui/import_wizard.py" line="268"/>
        <source>Impor peserta</source>
        <translation>Import assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="224"/>
        <location filename="../../desktop/gui/import_wizard.py" line="412"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="225"/>
        <location filename="../../desktop/gui/import_wizard.py" line="412"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="226"/>
        <location filename="../../desktop/gui/import_wizard.py" line="412"/>
        <source>Golongan</source>
        <translation>Grade (golongan)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="227"/>
        <source>Jabatan saat ini</source>
        <translation>Current position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="228"/>
        <location filename="../../desktop/gui/import_wizard.py" line="412"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="229"/>
        <location filename="../../desktop/gui/import_wizard.py" line="413"/>
        <source>Jabatan sasaran</source>
        <translation>Target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="230"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="231"/>
        <source>Jenis pegawai</source>
        <translation>Employee type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="236"/>
        <source>Pilih berkas</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="236"/>
        <source>Petakan kolom</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="236"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="236"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="241"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="255"/>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="258"/>
        <source>&amp;Hentikan</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="259"/>
        <source>Hentikan proses yang berjalan</source>
        <translation>Stop the running process</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="263"/>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="264"/>
        <source>Kembali ke langkah sebelumnya</source>
        <translation>Back to the previous step</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="265"/>
        <source>&amp;Lanjut</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="266"/>
        <source>Lanjut ke langkah berikutnya</source>
        <translation>Go to the next step</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="267"/>
        <location filename="../../desktop/gui/import_wizard.py" line="772"/>
        <source>&amp;Impor peserta</source>
        <translation>&amp;Import assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="269"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="270"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="271"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="272"/>
        <source>Batal dan tutup tanpa mengimpor</source>
        <translation>Cancel and close without importing</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="292"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="302"/>
        <source>Pilih lembar kerja daftar peserta dari BKD: berkas Excel (.xlsx, lembar pertama yang dibaca) atau CSV. Baris judul di atas baris nama kolom boleh ada; setiap baris berikutnya adalah satu peserta.</source>
        <translation>Choose the BKD&apos;s assessee list spreadsheet: an Excel file (.xlsx; the first sheet is read) or a CSV file. Title rows above the row of column names are allowed; every row after it is one assessee.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="305"/>
        <source>Kolom yang dikenali: {fields}. Wajib: {required}.</source>
        <translation>Recognised columns: {fields}. Required: {required}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="309"/>
        <source>Lokasi berkas</source>
        <translation>File location</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="310"/>
        <source>Lokasi berkas .xlsx atau .csv</source>
        <translation>Location of the .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="313"/>
        <source>Kosongkan lokasi berkas</source>
        <translation>Clear the file location</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="314"/>
        <source>&amp;Berkas:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="316"/>
        <source>&amp;Telusuri…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="317"/>
        <source>Telusuri berkas</source>
        <translation>Browse for a file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="324"/>
        <source>Jabatan sasaran pada sesi ini: {names}. Isi kolom jabatan sasaran di berkas harus sama persis dengan salah satu nama ini.</source>
        <translation>Target positions in this session: {names}. The target position column in the file must match one of these names exactly.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="328"/>
        <source>Sesi ini belum memiliki jabatan sasaran. Tambahkan jabatan sasaran dahulu: tanpa itu tidak ada peserta yang dapat diimpor.</source>
        <translation>This session has no target positions yet. Add the target positions first: without them no assessees can be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="331"/>
        <source>Jabatan sasaran sesi</source>
        <translation>Target positions of the session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="358"/>
        <source>Kolom untuk {field}</source>
        <translation>Column for {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="374"/>
        <source>Keadaan pemetaan</source>
        <translation>Mapping status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="377"/>
        <source>Pratinjau baris berkas</source>
        <translation>Preview of the file&apos;s rows</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="404"/>
        <source>Ringkasan pemeriksaan</source>
        <translation>Check summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="406"/>
        <source>Keterangan pemeriksaan</source>
        <translation>Check notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="408"/>
        <location filename="../../desktop/gui/import_wizard.py" line="412"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="408"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="408"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="408"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="410"/>
        <location filename="../../desktop/gui/import_wizard.py" line="416"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="415"/>
        <source>Baris bermasalah</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="417"/>
        <source>Peserta siap diimpor</source>
        <translation>Assessees ready to import</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="419"/>
        <source>Hasil pemeriksaan</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="424"/>
        <source>&amp;Simpan laporan masalah…</source>
        <translation>&amp;Save problem report…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="425"/>
        <source>Simpan laporan masalah sebagai CSV</source>
        <translation>Save the problem report as CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="427"/>
        <source>Baca dan periksa &amp;ulang</source>
        <translation>Re-read and check a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="428"/>
        <source>Baca ulang berkas dan periksa lagi</source>
        <translation>Re-read the file and check it again</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="429"/>
        <source>Setelah lembar kerja diperbaiki dan disimpan</source>
        <translation>After the spreadsheet has been corrected and saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="432"/>
        <source>Laporan tersimpan</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="449"/>
        <source>Hasil impor</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="526"/>
        <source>Langkah {n} dari {total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="591"/>
        <source>Pilih daftar peserta</source>
        <translation>Choose the assessee list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="592"/>
        <source>Lembar kerja (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="600"/>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="602"/>
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="627"/>
        <source>(kolom {letter} tanpa judul)</source>
        <translation>(column {letter}, no heading)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="629"/>
        <source>{header} (kolom {letter})</source>
        <translation>{header} (column {letter})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="640"/>
        <source>(tidak dipakai)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="647"/>
        <source>Tentukan kolom berkas “{name}” untuk setiap isian. Pilihan awal ditebak dari nama kolom; isian bertanda * wajib.</source>
        <translation>Choose the column of “{name}” for each field. The initial choices are guessed from the column names; fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="650"/>
        <source>&amp;Pratinjau: {shown} dari {total} baris data</source>
        <translation>&amp;Preview: {shown} of {total} data rows</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="703"/>
        <source>tidak dipakai</source>
        <translation>not used</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="725"/>
        <source>Isian wajib belum dipetakan: {fields}.</source>
        <translation>Required fields not mapped yet: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="727"/>
        <source>Semua isian wajib sudah dipetakan. Lanjut untuk memeriksa setiap baris.</source>
        <translation>All required fields are mapped. Choose Next to check every row.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="729"/>
        <source>Perhatikan: satu kolom dipakai untuk beberapa isian ({columns}).</source>
        <translation>Note: one column is used for several fields ({columns}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="741"/>
        <source>Memeriksa {count} baris…</source>
        <translation>Checking {count} rows…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="758"/>
        <source>Masalah ({n})</source>
        <translation>Problems ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="759"/>
        <source>Peringatan ({n})</source>
        <translation>Warnings ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="760"/>
        <source>Siap diimpor ({n})</source>
        <translation>Ready to import ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="766"/>
        <source>{ready} baris siap diimpor, {bad} baris bermasalah</source>
        <translation>Rows ready to import: {ready} · rows with problems: {bad}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="769"/>
        <source>Tidak ada peserta yang diimpor selama masih ada masalah. Perbaiki baris-baris di bawah pada lembar kerja (atau simpan laporan masalah untuk petugas BKD), simpan berkasnya, lalu baca dan periksa ulang.</source>
        <translation>No assessees are imported while problems remain. Correct the rows below in the spreadsheet (or save a problem report for the BKD staff), save the file, then re-read and check it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="774"/>
        <source>{ready} baris siap diimpor, tidak ada baris bermasalah</source>
        <translation>Rows ready to import: {ready} · no rows with problems</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="776"/>
        <source>Semua peserta didaftarkan sekaligus dalam satu langkah; jika gagal, tidak ada yang diimpor.</source>
        <translation>All assessees are registered together in a single step; if it fails, nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="779"/>
        <source>Periksa peringatan: peringatan tidak menghalangi impor.</source>
        <translation>Review the warnings: warnings do not block the import.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="781"/>
        <source>&amp;Impor {n} peserta</source>
        <translation>&amp;Import assessees ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="806"/>
        <source>Simpan laporan masalah</source>
        <translation>Save problem report</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="807"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="813"/>
        <source>Laporan tidak dapat disimpan: {reason}</source>
        <translation>The report cannot be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="816"/>
        <source>Laporan disimpan: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="837"/>
        <source>Mengimpor {n} peserta…</source>
        <translation>Importing assessees ({n})…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="844"/>
        <source>{n} peserta diimpor</source>
        <translation>Assessees imported: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="846"/>
        <source>Peserta terdaftar pada sesi “{title}”.</source>
        <translation>The assessees are registered in session “{title}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="847"/>
        <source>Peserta terdaftar pada sesi ini.</source>
        <translation>The assessees are registered in this session.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="874"/>
        <source>Menghentikan…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="896"/>
        <source>Impor gagal: {message}. Tidak ada peserta yang diimpor.</source>
        <translation>Import failed: {message}. No assessees were imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="899"/>
        <source>Pemeriksaan gagal: {message}</source>
        <translation>Check failed: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="909"/>
        <source>Pemeriksaan dihentikan.</source>
        <translation>Check stopped.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="910"/>
        <source>Pembacaan berkas dihentikan.</source>
        <translation>Reading the file stopped.</translation>
    </message>
</context>
<context>
    <name>InterRaterPanel</name>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="52"/>
        <location filename="../../desktop/gui/meeting_stats.py" line="62"/>
        <source>Kesepakatan antar-penilai per kompetensi</source>
        <translation>Inter-rater agreement per competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="55"/>
        <source>α Krippendorff (interval) membandingkan level yang diberikan simulasi dan asesor yang berbeda untuk peserta yang sama: 1 = sepakat penuh, 0 = setara kebetulan, di bawah 0 = lebih buruk dari kebetulan; “—” = tidak dapat dihitung (semua level sama, atau kurang dari dua penilaian). Kompetensi dengan α rendah sebaiknya dibahas lebih dulu.</source>
        <translation>Krippendorff&apos;s α (interval) compares the levels given by different simulations and assessors to the same assessee: 1 = full agreement, 0 = chance level, below 0 = worse than chance; “—” = cannot be computed (all levels equal, or fewer than two ratings). Competencies with a low α are best discussed first.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="61"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="61"/>
        <source>Kompetensi</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="61"/>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="61"/>
        <source>Peserta</source>
        <translation>Assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="61"/>
        <source>Tafsiran</source>
        <translation>Interpretation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="64"/>
        <source>Peserta dengan sedikitnya dua penilaian untuk kompetensi ini</source>
        <translation>Assessees with at least two ratings for this competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="70"/>
        <source>α keseluruhan</source>
        <translation>Overall α</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="72"/>
        <location filename="../../desktop/gui/meeting_stats.py" line="81"/>
        <source>Kecenderungan asesor</source>
        <translation>Assessor tendencies</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="75"/>
        <source>Rata-rata selisih level seorang asesor dari median penilaian lain untuk peserta dan kompetensi yang sama. {lenient} atau lebih: cenderung murah; {severe} atau kurang: cenderung ketat; di antaranya: seimbang.</source>
        <translation>An assessor&apos;s mean level difference from the median of the other ratings for the same assessee and competency. {lenient} or more: lenient; {severe} or less: severe; in between: balanced.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="80"/>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="80"/>
        <source>Rata-rata selisih</source>
        <translation>Mean difference</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="80"/>
        <source>Penilaian</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="80"/>
        <source>Kecenderungan</source>
        <translation>Tendency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="83"/>
        <source>Penilaian yang dapat dibandingkan dengan penilaian lain</source>
        <translation>Ratings that can be compared with other ratings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="120"/>
        <source>tidak dapat dihitung</source>
        <translation>cannot be computed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="123"/>
        <source>✓ sepakat</source>
        <translation>✓ agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="125"/>
        <source>cukup sepakat</source>
        <translation>moderate agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="126"/>
        <source>⚑ rendah</source>
        <translation>⚑ low</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="126"/>
        <source>⚑ rendah: bahas lebih dulu</source>
        <translation>⚑ low: discuss first</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="131"/>
        <source>cenderung murah</source>
        <translation>lenient</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="133"/>
        <source>cenderung ketat</source>
        <translation>severe</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="134"/>
        <source>seimbang</source>
        <translation>balanced</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting_stats.py" line="151"/>
        <source>α keseluruhan (semua kompetensi): {alpha} · {reading}</source>
        <translation>Overall α (all competencies): {alpha} · {reading}</translation>
    </message>
</context>
<context>
    <name>LevelSelector</name>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="142"/>
        <source>Level kompetensi {name}</source>
        <translation>Competency level for {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="144"/>
        <source>Tekan {first}–{last} untuk memilih level; tersimpan langsung</source>
        <translation>Press {first}–{last} to choose a level; saved at once</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="158"/>
        <source>Level {n}: {title}</source>
        <translation>Level {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="159"/>
        <source>Level {n}</source>
        <translation>Level {n}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/gui/login.py" line="336"/>
        <source>Masuk – Asesmen</source>
        <translation>Sign in – Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="353"/>
        <source>Pusat asesmen</source>
        <translation>Assessment centre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="356"/>
        <source>Masuk dengan akun Anda untuk melanjutkan.</source>
        <translation>Sign in with your account to continue.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="359"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="360"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="362"/>
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="363"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="365"/>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="367"/>
        <location filename="../../desktop/gui/login.py" line="368"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="370"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="404"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="420"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Incorrect username or password.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="432"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="135"/>
        <source>&amp;Sesi baru…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="137"/>
        <source>Buat sesi penilaian baru</source>
        <translation>Create a new assessment session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="138"/>
        <source>&amp;Impor peserta…</source>
        <translation>&amp;Import assessees…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="140"/>
        <source>Impor peserta sesi terpilih dari berkas .xlsx atau .csv</source>
        <translation>Import assessees into the selected session from an .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="141"/>
        <source>&amp;Cetak atau simpan lembar hasil…</source>
        <translation>&amp;Print or save result sheets…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="143"/>
        <source>Lembar hasil sesi terpilih: simpan sebagai PDF atau cetak</source>
        <translation>Result sheets of the selected session: save as PDF or print</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="144"/>
        <source>&amp;Formulir observasi kosong…</source>
        <translation>Blank &amp;observation forms…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="146"/>
        <source>Formulir observasi kertas untuk setiap penugasan sesi terpilih (cadangan bila tidak ada komputer)</source>
        <translation>Paper observation forms for every assignment of the selected session (the fallback when no computer is at hand)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="147"/>
        <source>&amp;Periksa lembar hasil (BKD)…</source>
        <translation>&amp;Check a result sheet (BKD)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="149"/>
        <source>Cocokkan kode verifikasi lembar hasil kertas dengan basis data pusat BKD</source>
        <translation>Match the verification code of a paper result sheet against the BKD central database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="150"/>
        <source>&amp;Muat data contoh…</source>
        <translation>&amp;Load sample data…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="152"/>
        <source>Tambahkan satu sesi fiktif dengan enam peserta untuk mencoba aplikasi</source>
        <translation>Add one fictional session with six assessees to try the application</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="153"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="156"/>
        <source>Tutup Asesmen</source>
        <translation>Close Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="157"/>
        <source>&amp;Tentang Asesmen</source>
        <translation>&amp;About Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="159"/>
        <source>Versi dan keterangan aplikasi</source>
        <translation>Version and information about the application</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="169"/>
        <source>Bahasa antarmuka; berlaku setelah Asesmen dibuka ulang</source>
        <translation>Interface language; takes effect after Asesmen is restarted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="174"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="184"/>
        <source>B&amp;ahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="186"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="191"/>
        <source>Daftar sesi penilaian</source>
        <translation>Assessment sessions list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="192"/>
        <source>Pilih satu sesi untuk melihat hasil pesertanya</source>
        <translation>Select a session to see its assessees&apos; results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="196"/>
        <source>Belum ada sesi penilaian. Untuk mencoba Asesmen, muat data contoh: satu sesi fiktif dengan enam peserta yang sudah dinilai (menu Berkas › Muat data contoh).</source>
        <translation>No assessment sessions yet. To try Asesmen, load the sample data: one fictional session with six assessees who have already been rated (menu File › Load sample data).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="198"/>
        <source>Belum ada sesi penilaian</source>
        <translation>No assessment sessions yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="199"/>
        <location filename="../../desktop/gui/main_window.py" line="200"/>
        <location filename="../../desktop/gui/main_window.py" line="565"/>
        <source>Muat data contoh</source>
        <translation>Load sample data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="216"/>
        <source>Sesi penilaian</source>
        <translation>Assessment sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="220"/>
        <source>Hasil peserta</source>
        <translation>Assessee results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="221"/>
        <source>Peserta sesi terpilih dengan JPM dan kategorinya</source>
        <translation>Assessees of the selected session with their JPM and category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="227"/>
        <location filename="../../desktop/gui/main_window.py" line="439"/>
        <source>Hasil penilaian</source>
        <translation>Assessment results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="243"/>
        <source>Pemberitahuan</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="244"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="245"/>
        <source>Tutup pemberitahuan</source>
        <translation>Close notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="273"/>
        <source>Halaman</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="275"/>
        <source>Ringkasan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="276"/>
        <source>Pilih atau buat sesi penilaian pada halaman Ringkasan.</source>
        <translation>Select or create an assessment session on the Overview page.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="278"/>
        <source>Persiapan</source>
        <translation>Setup</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="285"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="301"/>
        <source>Penilaian</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="301"/>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="302"/>
        <source>Rapat integrasi</source>
        <translation>Integration meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="306"/>
        <source>Rapat integrasi dipimpin oleh ketua tim; hasilnya tampil pada halaman Ringkasan.</source>
        <translation>The integration meeting is chaired by the lead assessor; its results appear on the Overview page.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="318"/>
        <source>Sesi ini belum memiliki asesor. Tambahkan asesor pada halaman Persiapan.</source>
        <translation>This session has no assessors yet. Add assessors on the Setup page.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="321"/>
        <source>Anda belum terdaftar sebagai asesor pada sesi ini. Ketua tim atau administrator menambahkan Anda pada halaman Persiapan › Asesor.</source>
        <translation>You are not registered as an assessor in this session yet. The lead assessor or an administrator adds you on the Setup › Assessors page.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="341"/>
        <source>Formulir ini bukan milik Anda.</source>
        <translation>This form is not yours.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="354"/>
        <source>Basis data: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="355"/>
        <source>Lokasi basis data</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="394"/>
        <source>Daftar sesi tidak dapat dibaca: {message}</source>
        <translation>The session list cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="441"/>
        <source>Pilih sesi penilaian di atas untuk melihat hasil pesertanya.</source>
        <translation>Select an assessment session above to see its assessees&apos; results.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="444"/>
        <source>Hasil penilaian: {title}</source>
        <translation>Assessment results: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="450"/>
        <source>Hasil tidak dapat dibaca: {message}</source>
        <translation>The results cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="453"/>
        <source>Sesi ini belum memiliki peserta.</source>
        <translation>This session has no assessees yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="456"/>
        <source>Belum ada hasil. Hasil seorang peserta tampil setelah level akhir semua kompetensinya ditetapkan dalam rapat integrasi.</source>
        <translation>No results yet. An assessee&apos;s results appear once the final levels of all their competencies have been set in the integration meeting.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="463"/>
        <source>{shown} dari {total} peserta sudah memiliki level akhir; peserta lain belum tampil.</source>
        <translation>{shown} of {total} assessees have final levels; the others are not shown yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="472"/>
        <source>kode segel {code}, hasil berlaku sampai {date}</source>
        <translation>seal code {code}, results valid until {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="475"/>
        <source>draf: belum disegel</source>
        <translation>draft: not sealed yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="522"/>
        <source>Simpan formulir observasi ke folder</source>
        <translation>Save observation forms to a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="534"/>
        <source>Formulir observasi</source>
        <translation>Observation forms</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="534"/>
        <source>Menyusun formulir observasi…</source>
        <translation>Preparing observation forms…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="536"/>
        <source>Formulir observasi tersimpan di {folder}: {count}</source>
        <translation>Observation forms saved in {folder}: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="542"/>
        <source>Periksa lembar hasil</source>
        <translation>Check a result sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="554"/>
        <source>Membuat sesi contoh…</source>
        <translation>Creating the sample session…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="555"/>
        <source>Mendaftarkan peserta…</source>
        <translation>Registering assessees…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="556"/>
        <source>Menyimpan penilaian asesor…</source>
        <translation>Saving assessor ratings…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="565"/>
        <source>Memuat data contoh…</source>
        <translation>Loading sample data…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="569"/>
        <source>Data contoh dimuat sebagai sesi draf.</source>
        <translation>Sample data loaded as a draft session.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="575"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="603"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="634"/>
        <source>{task} gagal: {message}</source>
        <translation>{task} failed: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="642"/>
        <source>{task} dibatalkan.</source>
        <translation>{task} cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="664"/>
        <source>Bahasa antarmuka tidak berubah.</source>
        <translation>The interface language is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="667"/>
        <source>Bahasa antarmuka disimpan: {language}. Perubahan berlaku setelah Asesmen ditutup dan dibuka kembali.</source>
        <translation>Interface language saved: {language}. The change takes effect after Asesmen is closed and opened again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="677"/>
        <source>Tentang Asesmen</source>
        <translation>About Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="678"/>
        <source>Asesmen {version}

Penilaian kompetensi Aparatur Sipil Negara, berjalan luring (offline). Data contoh di dalamnya sepenuhnya fiktif.</source>
        <translation>Asesmen {version}

Competency assessment of Indonesian civil servants (ASN), working offline. The sample data it contains is entirely fictional.</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="546"/>
        <source>Matriks kompetensi dan simulasi</source>
        <translation>Competency and simulation matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="547"/>
        <source>Centang simulasi yang mengungkap tiap kompetensi</source>
        <translation>Tick the simulations that measure each competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="550"/>
        <source>Ringkasan matriks</source>
        <translation>Matrix summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="551"/>
        <source>Belum ada simulasi. Pilih metode di tab Simulasi lebih dahulu.</source>
        <translation>No simulations yet. Choose the methods on the Simulations tab first.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="576"/>
        <source>Centang simulasi yang mengungkap tiap kompetensi; perubahan langsung tersimpan.</source>
        <translation>Tick the simulations that measure each competency; changes are saved at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="577"/>
        <source>Simulasi yang mengungkap tiap kompetensi.</source>
        <translation>The simulations that measure each competency.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="578"/>
        <source>Setiap kompetensi yang dipersyaratkan perlu diungkap oleh sedikitnya {n} simulasi.</source>
        <translation>Every required competency must be measured by at least {n} simulations.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="581"/>
        <source>✓ tanpa kotak: sudah dinilai, tidak dapat dihapus dari matriks.</source>
        <translation>✓ without a box: already rated, cannot be removed from the matrix.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="601"/>
        <source>kurang dari {n} simulasi</source>
        <translation>fewer than {n} simulations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="604"/>
        <source>tidak dipersyaratkan jabatan mana pun</source>
        <translation>not required by any position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="606"/>
        <source>tidak dipersyaratkan</source>
        <translation>not required</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="608"/>
        <source>memadai</source>
        <translation>sufficient</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="624"/>
        <source>{enough} dari {total} kompetensi yang dipersyaratkan diungkap oleh sedikitnya {n} simulasi.</source>
        <translation>{enough} of {total} required competencies are measured by at least {n} simulations.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="627"/>
        <source>Kurang dari {n} simulasi: {list}.</source>
        <translation>Fewer than {n} simulations: {list}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="630"/>
        <source>Tidak dipersyaratkan jabatan mana pun: {list}.</source>
        <translation>Not required by any position: {list}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="633"/>
        <source>Belum ada jabatan sasaran: semua kompetensi dianggap dipersyaratkan.</source>
        <translation>No target positions yet: all competencies count as required.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="641"/>
        <source>Kompetensi</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="641"/>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="641"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="648"/>
        <source>{code} {name} · {simulation}</source>
        <translation>{code} {name} · {simulation}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="650"/>
        <source>Sudah dinilai: tidak dapat dihapus dari matriks</source>
        <translation>Already rated: cannot be removed from the matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="655"/>
        <source>{competency} diungkap oleh {simulation}</source>
        <translation>{competency} measured by {simulation}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="678"/>
        <source>{code} kini diungkap oleh {sim}.</source>
        <translation>{code} is now measured by {sim}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="679"/>
        <source>{code} tidak lagi diungkap oleh {sim}.</source>
        <translation>{code} is no longer measured by {sim}.</translation>
    </message>
</context>
<context>
    <name>MeetingWidget</name>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="171"/>
        <source>Pemberitahuan rapat integrasi</source>
        <translation>Integration meeting notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="177"/>
        <source>Rapat integrasi</source>
        <translation>Integration meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="178"/>
        <source>&amp;Keputusan per peserta</source>
        <translation>&amp;Decisions per assessee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="179"/>
        <source>&amp;Statistik antar-penilai</source>
        <translation>&amp;Inter-rater statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="222"/>
        <source>Status rapat integrasi</source>
        <translation>Integration meeting status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="225"/>
        <source>Level akhir yang sudah ditetapkan</source>
        <translation>Final levels set</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="231"/>
        <source>Sedang menyimpan</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="233"/>
        <source>&amp;Buka rapat integrasi</source>
        <translation>&amp;Open integration meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="234"/>
        <source>Buka rapat integrasi</source>
        <translation>Open integration meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="236"/>
        <source>Semua formulir harus sudah dikirim. Sesudah rapat dibuka, penilaian individual terkunci.</source>
        <translation>All forms must have been submitted. Once the meeting is open, individual ratings are locked.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="237"/>
        <source>Setujui semua &amp;usulan</source>
        <translation>Approve all &amp;proposals</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="238"/>
        <source>Setujui semua usulan</source>
        <translation>Approve all proposals</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="240"/>
        <source>Mencatat usulan sebagai level akhir untuk setiap kompetensi yang belum final dan buktinya cukup, disetujui oleh asesor yang menilainya. Keputusan yang sudah ada tidak diubah.</source>
        <translation>Records the proposal as the final level of every competency that is not final yet and has enough evidence, agreed by the assessors who rated it. Existing decisions are not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="242"/>
        <location filename="../../desktop/gui/meeting.py" line="1349"/>
        <source>&amp;Tutup rapat dan segel</source>
        <translation>&amp;Close meeting and seal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="244"/>
        <source>Tutup rapat dan segel</source>
        <translation>Close meeting and seal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="246"/>
        <source>Alasan kembali ke penilaian</source>
        <translation>Reason for going back to rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="247"/>
        <source>alasan kembali ke penilaian</source>
        <translation>reason for going back to rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="249"/>
        <source>Bila sebuah kompetensi perlu simulasi atau penugasan tambahan: rapat ditutup sementara, persiapan dan penilaian terbuka kembali, keputusan yang sudah ada tetap. Tercatat di log audit.</source>
        <translation>When a competency needs an extra simulation or assignment: the meeting is closed for now, setup and rating reopen, and existing decisions stay. Recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="251"/>
        <source>Kembali ke &amp;penilaian</source>
        <translation>Back to &amp;rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="252"/>
        <source>Kembali ke penilaian</source>
        <translation>Back to rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="253"/>
        <location filename="../../desktop/gui/meeting.py" line="419"/>
        <location filename="../../desktop/gui/meeting.py" line="510"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="254"/>
        <source>Batal menyegel</source>
        <translation>Cancel sealing</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="284"/>
        <source>&amp;Agenda rapat</source>
        <translation>Meeting &amp;agenda</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="287"/>
        <source>Urutan agenda</source>
        <translation>Agenda order</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="288"/>
        <source>Perlu dibahas dulu</source>
        <translation>To discuss first</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="289"/>
        <source>Nomor peserta</source>
        <translation>Assessee number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="290"/>
        <source>&amp;Urutkan:</source>
        <translation>Sor&amp;t:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="293"/>
        <source>Agenda rapat: peserta</source>
        <translation>Meeting agenda: assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="295"/>
        <source>Peserta dengan paling banyak kompetensi yang perlu dibahas di atas; Enter membuka kisinya</source>
        <translation>Assessees with the most competencies to discuss at the top; Enter opens their grid</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="318"/>
        <source>Kisi integrasi</source>
        <translation>Integration grid</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="320"/>
        <source>Satu baris per kompetensi. Angka 1–5: level akhir; Enter: terima usulan; F2: ubah penilaian sel</source>
        <translation>One row per competency. Digits 1–5: final level; Enter: accept the proposal; F2: change the cell&apos;s rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="327"/>
        <source>Angka 1–5: level akhir baris terpilih · Enter: terima usulan · Ctrl+Enter: simpan dengan alasan · Esc: batal · F2: ubah penilaian sel · Alt+PgDn/PgUp: peserta berikutnya/sebelumnya</source>
        <translation>Digits 1–5: final level of the selected row · Enter: accept the proposal · Ctrl+Enter: save with a reason · Esc: cancel · F2: change the cell&apos;s rating · Alt+PgDn/PgUp: next/previous assessee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="381"/>
        <source>Penilaian dan bukti perilaku kompetensi ini</source>
        <translation>Ratings and behavioural evidence for this competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="387"/>
        <source>Level akhir tersimpan</source>
        <translation>Saved final level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="395"/>
        <source>Level akhir:</source>
        <translation>Final level:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="398"/>
        <source>Terima usulan</source>
        <translation>Accept proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="399"/>
        <source>Terima usulan sebagai level akhir</source>
        <translation>Accept the proposal as the final level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="400"/>
        <source>Enter pada kisi</source>
        <translation>Enter in the grid</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="402"/>
        <source>Ubah p&amp;enilaian…</source>
        <translation>Change ratin&amp;g…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="403"/>
        <source>Ubah penilaian individual</source>
        <translation>Change an individual rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="405"/>
        <source>Amandemen satu penilaian individual dengan alasan (F2 pada sel simulasi); tercatat di log audit</source>
        <translation>Amend one individual rating, with a reason (F2 on a simulation cell); recorded in the audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="408"/>
        <source>A&amp;lasan:</source>
        <translation>Reaso&amp;n:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="410"/>
        <source>Alasan level akhir</source>
        <translation>Reason for the final level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="412"/>
        <source>Wajib bila level akhir berbeda dari usulan: bukti perilaku mana yang menentukan</source>
        <translation>Required when the final level differs from the proposal: which behavioural evidence decided it</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="415"/>
        <source>Simpan keputusan</source>
        <translation>Save decision</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="416"/>
        <source>Simpan level akhir dan alasan</source>
        <translation>Save the final level and the reason</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="417"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="420"/>
        <source>Batalkan level yang belum disimpan</source>
        <translation>Discard the unsaved level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="421"/>
        <location filename="../../desktop/gui/meeting.py" line="512"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="424"/>
        <source>Disetujui oleh:</source>
        <translation>Agreed by:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="433"/>
        <source>Pemberitahuan keputusan</source>
        <translation>Decision notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="484"/>
        <source>Ubah penilaian individual (amandemen)</source>
        <translation>Change an individual rating (amendment)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="487"/>
        <source>Penilaian individual terkunci sejak rapat dibuka. Amandemen dicatat di log audit bersama level lama, level baru, alasan, dan nama Anda; level akhir yang sudah ditetapkan tidak ikut berubah.</source>
        <translation>Individual ratings have been locked since the meeting opened. The amendment is recorded in the audit log with the old level, the new level, the reason and your name; final levels already set do not change.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="491"/>
        <source>Penilaian yang diubah</source>
        <translation>Rating to change</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="493"/>
        <source>Level baru</source>
        <translation>New level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="495"/>
        <source>Bukti perilaku</source>
        <translation>Behavioural evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="499"/>
        <source>Alasan amandemen</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="500"/>
        <source>wajib: mengapa penilaian ini diubah</source>
        <translation>required: why this rating is changed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="505"/>
        <source>Pemberitahuan amandemen</source>
        <translation>Amendment notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="507"/>
        <location filename="../../desktop/gui/meeting.py" line="508"/>
        <source>Simpan amandemen</source>
        <translation>Save amendment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="511"/>
        <source>Batalkan amandemen</source>
        <translation>Cancel the amendment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="516"/>
        <source>&amp;Penilaian:</source>
        <translation>Ratin&amp;g:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="517"/>
        <source>Level &amp;baru:</source>
        <translation>New &amp;level:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="518"/>
        <source>Bukti pe&amp;rilaku:</source>
        <translation>Behavioural &amp;evidence:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="519"/>
        <source>Alasan &amp;amandemen:</source>
        <translation>A&amp;mendment reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="553"/>
        <source>Level akhir {n}</source>
        <translation>Final level {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="570"/>
        <source>Data rapat tidak dapat dibaca: {message}</source>
        <translation>The meeting data cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="638"/>
        <source>Rapat integrasi belum dibuka</source>
        <translation>Integration meeting not opened yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="640"/>
        <source>Membuka rapat mengunci semua penilaian individual: sesudahnya penilaian hanya dapat diubah melalui amandemen dengan alasan, yang tercatat di log audit. Semua formulir harus sudah dikirim. Kisi di bawah hanya pratinjau.</source>
        <translation>Opening the meeting locks all individual ratings: after that, ratings can only be changed through an amendment with a reason, which is recorded in the audit log. All forms must have been submitted. The grid below is only a preview.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="644"/>
        <source>Rapat integrasi berlangsung</source>
        <translation>Integration meeting in progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="645"/>
        <source>{done} dari {total} level akhir ditetapkan</source>
        <translation>{done} of {total} final levels set</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="658"/>
        <source>Sesi tersegel · kode segel {code}</source>
        <translation>Session sealed · seal code {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="661"/>
        <source>Disegel {when}. {done} level akhir final; hasil hanya dapat dibaca, dicetak, dan diekspor.</source>
        <translation>Sealed {when}. Final levels: {done}. The results can only be read, printed and exported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="666"/>
        <source>Menutup rapat dan menyegel sesi; klik dua kali untuk memastikan</source>
        <translation>Closes the meeting and seals the session; click twice to confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="667"/>
        <source>Tersedia setelah semua level akhir ditetapkan ({left} lagi)</source>
        <translation>Available once all final levels are set ({left} to go)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="708"/>
        <source>✓ {done}/{total} final</source>
        <translation>✓ {done}/{total} final</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="710"/>
        <source>{done}/{total} final</source>
        <translation>{done}/{total} final</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="712"/>
        <source>⚑ {n} perlu dibahas</source>
        <translation>⚑ {n} to discuss</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="714"/>
        <source>{n} sudah dibahas</source>
        <translation>{n} discussed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="716"/>
        <source>tidak ada yang perlu dibahas</source>
        <translation>nothing to discuss</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="720"/>
        <source>{divergent} kompetensi dengan penilaian berbeda jauh, {insufficient} dengan bukti kurang dari {min} simulasi</source>
        <translation>Competencies with widely differing ratings: {divergent}; with evidence from fewer than {min} simulations: {insufficient}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="770"/>
        <source>Belum ada peserta</source>
        <translation>No assessees yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="777"/>
        <source>NIP {nip} · jabatan sasaran {position} · {done}/{total} level akhir final</source>
        <translation>NIP {nip} · target position {position} · {done}/{total} final levels set</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="794"/>
        <source>Kompetensi</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="794"/>
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="796"/>
        <location filename="../../desktop/gui/meeting.py" line="1008"/>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="796"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="796"/>
        <source>Level akhir</source>
        <translation>Final level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="805"/>
        <source>Usulan konsensus: {method} semua penilaian kompetensi ini (aturan sesi)</source>
        <translation>Consensus proposal: the {method} of all ratings of this competency (session rule)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="823"/>
        <location filename="../../desktop/gui/meeting.py" line="1037"/>
        <location filename="../../desktop/gui/meeting.py" line="1198"/>
        <source>{simulation} · {assessor}: level {level}</source>
        <translation>{simulation} · {assessor}: level {level}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="864"/>
        <source>⚠ bukti &lt; {min} simulasi</source>
        <translation>⚠ evidence &lt; {min} simulations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="866"/>
        <location filename="../../desktop/gui/meeting.py" line="985"/>
        <source>⚑ {text}</source>
        <translation>⚑ {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="873"/>
        <source>● {level} …</source>
        <translation>● {level} …</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="874"/>
        <source>Belum disimpan: tulis alasannya, lalu Ctrl+Enter</source>
        <translation>Not saved: write the reason, then Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="878"/>
        <source>Belum ditetapkan</source>
        <translation>Not set yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="886"/>
        <source>Disetujui oleh: {names}</source>
        <translation>Agreed by: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="888"/>
        <source>Alasan: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="893"/>
        <source>Asesor: {who}
Tanda: ⚑ perlu dibahas · ⚠ bukti kurang · ✓ final · ✎ berbeda dari usulan (beralasan) atau penilaian diamandemen</source>
        <translation>Assessors: {who}
Marks: ⚑ to discuss · ⚠ insufficient evidence · ✓ final · ✎ differs from the proposal (with a reason) or rating amended</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="950"/>
        <source>Disetujui oleh {name}</source>
        <translation>Agreed by {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="966"/>
        <source>Level akhir ditetapkan setelah rapat integrasi dibuka. Usulan di kisi masih dapat berubah selama formulir belum dikirim.</source>
        <translation>Final levels are set once the integration meeting is open. The proposals in the grid can still change while forms have not been submitted.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="969"/>
        <source>Sesi sudah disegel: keputusan hanya dapat dibaca.</source>
        <translation>The session is sealed: the decisions are read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="977"/>
        <source>{code} {name} · standar {standard} · usulan {proposal}</source>
        <translation>{code} {name} · standard {standard} · proposal {proposal}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="982"/>
        <source>⚠ Bukti baru dari {n} simulasi (minimal {min}): level akhir belum dapat ditetapkan.</source>
        <translation>⚠ Evidence from only {n} simulations (minimum {min}): the final level cannot be set yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="990"/>
        <source>belum ditetapkan</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="993"/>
        <source>✓ level akhir {level} tersimpan</source>
        <translation>✓ final level {level} saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1013"/>
        <source>Tidak ada usulan</source>
        <translation>No proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1015"/>
        <source>usulan {level} · belum dapat ditetapkan</source>
        <translation>proposal {level} · cannot be set yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1017"/>
        <source>usulan {level} (garis putus) · Enter = terima</source>
        <translation>proposal {level} (dashed) · Enter = accept</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1036"/>
        <source>(tanpa bukti perilaku)</source>
        <translation>(no behavioural evidence)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1040"/>
        <source>✎ diamandemen oleh {actor}: {old} → {new}; alasan: {reason}</source>
        <translation>✎ amended by {actor}: {old} → {new}; reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1047"/>
        <source>Level akhir {level} · disetujui oleh: {names}</source>
        <translation>Final level {level} · agreed by: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1049"/>
        <source>alasan: {reason}</source>
        <translation>reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1051"/>
        <source>Belum ada penilaian untuk kompetensi ini.</source>
        <translation>No ratings for this competency yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1066"/>
        <source>Tunggu sebentar: perubahan sebelumnya sedang disimpan.</source>
        <translation>Please wait: the previous change is being saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1069"/>
        <source>Sesi ini sudah disegel: level akhir dan penilaian tidak dapat diubah.</source>
        <translation>This session is sealed: final levels and ratings cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1073"/>
        <source>Rapat integrasi belum dibuka: level akhir belum dapat ditetapkan.</source>
        <translation>The integration meeting is not open yet: final levels cannot be set.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1092"/>
        <source>Level {level} berbeda dari usulan {proposal}: tulis alasannya, lalu Ctrl+Enter untuk menyimpan (Esc: batal).</source>
        <translation>Level {level} differs from the proposal {proposal}: write the reason, then press Ctrl+Enter to save (Esc: cancel).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1105"/>
        <source>Baris ini sudah final ({level}); ketik angka untuk mengubahnya.</source>
        <translation>This row is already final ({level}); type a digit to change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1109"/>
        <source>Tidak ada usulan untuk {name}: pilih level dengan angka {first}–{last}.</source>
        <translation>No proposal for {name}: choose a level with the digits {first}–{last}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1132"/>
        <source>Dibatalkan: level akhir tidak diubah.</source>
        <translation>Cancelled: the final level was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1145"/>
        <source>Centang sedikitnya satu asesor pada “Disetujui oleh”.</source>
        <translation>Tick at least one assessor under “Agreed by”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1150"/>
        <source>Level akhir {level} tetap; tidak ada yang diubah.</source>
        <translation>Final level {level} stays; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1159"/>
        <location filename="../../desktop/gui/meeting.py" line="1250"/>
        <source>Basis data tidak dapat menyimpan ({detail}); coba lagi.</source>
        <translation>The database cannot save ({detail}); try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1164"/>
        <source>✓ {code} {name}: level akhir {level} tersimpan.</source>
        <translation>✓ {code} {name}: final level {level} saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1176"/>
        <source>Semua kompetensi {name} sudah final; Alt+PgDn: peserta berikutnya.</source>
        <translation>All competencies of {name} are final; Alt+PgDn: next assessee.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1189"/>
        <source>Kompetensi ini belum memiliki penilaian untuk diubah.</source>
        <translation>This competency has no ratings to change yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1208"/>
        <source>Ubah penilaian individual (amandemen): {code} {name} · {assessee}</source>
        <translation>Change an individual rating (amendment): {code} {name} · {assessee}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1240"/>
        <source>Tidak ada yang diubah: pilih level baru atau ubah bukti perilaku.</source>
        <translation>Nothing changed: choose a new level or change the behavioural evidence.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1258"/>
        <source>✓ Amandemen tersimpan dan tercatat di log audit: {simulation} · {assessor}, {code} level {old} → {new}; alasan: {reason}</source>
        <translation>✓ Amendment saved and recorded in the audit log: {simulation} · {assessor}, {code} level {old} → {new}; reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1283"/>
        <source>Rapat belum dapat dibuka: {message}</source>
        <translation>The meeting cannot be opened yet: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1288"/>
        <source>Basis data tidak dapat menyimpan ({detail}).</source>
        <translation>The database cannot save ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1293"/>
        <source>Rapat integrasi dibuka. Penilaian individual kini terkunci; perubahan hanya melalui amandemen dengan alasan.</source>
        <translation>Integration meeting opened. Individual ratings are now locked; changes only through an amendment with a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1311"/>
        <source>Rapat ditutup sementara: persiapan dan penilaian terbuka kembali.</source>
        <translation>Meeting closed for now: setup and rating are open again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1320"/>
        <source>Mencatat usulan…</source>
        <translation>Recording proposals…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1330"/>
        <source>Menutup rapat menyegel sesi: level akhir dan penilaian tidak dapat diubah lagi, dan kode segel dicetak pada setiap lembar hasil. Klik “Ya, segel sekarang” untuk melanjutkan, atau Batal.</source>
        <translation>Closing the meeting seals the session: final levels and ratings can no longer be changed, and the seal code is printed on every result sheet. Click “Yes, seal now” to continue, or Cancel.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1338"/>
        <source>Menyegel sesi…</source>
        <translation>Sealing the session…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1349"/>
        <source>Ya, &amp;segel sekarang</source>
        <translation>Yes, &amp;seal now</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1368"/>
        <source>(satu transaksi; tunggu sampai selesai)</source>
        <translation>(one transaction; wait until it finishes)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1379"/>
        <source>{n} level akhir dicatat dari usulan.</source>
        <translation>Final levels recorded from proposals: {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1381"/>
        <source>{n} kompetensi belum dapat ditetapkan karena buktinya kurang.</source>
        <translation>Competencies that cannot be set yet for lack of evidence: {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1385"/>
        <source>Rapat ditutup dan sesi disegel. Kode segel: {code}.</source>
        <translation>Meeting closed and session sealed. Seal code: {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1394"/>
        <source>Sesi tidak dapat disegel</source>
        <translation>The session cannot be sealed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1394"/>
        <source>Usulan tidak dapat dicatat</source>
        <translation>The proposals cannot be recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1395"/>
        <source>{what}: {message}</source>
        <translation>{what}: {message}</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="325"/>
        <source>Sesi penilaian baru</source>
        <translation>New assessment session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="328"/>
        <source>Judul sesi</source>
        <translation>Session title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="329"/>
        <source>mis. Seleksi Terbuka JPT Pratama 2026</source>
        <translation>e.g. Seleksi Terbuka JPT Pratama 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="331"/>
        <source>Tujuan penilaian</source>
        <translation>Assessment purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="332"/>
        <source>Pengisian jabatan</source>
        <translation>Filling a position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="333"/>
        <source>Pemetaan kompetensi</source>
        <translation>Competency mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="335"/>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="338"/>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="347"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="350"/>
        <source>&amp;Buat sesi</source>
        <translation>&amp;Create session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="353"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="358"/>
        <source>&amp;Judul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="359"/>
        <source>&amp;Tujuan:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="360"/>
        <source>Tanggal &amp;mulai:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="361"/>
        <source>Tanggal s&amp;elesai:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="364"/>
        <source>Jabatan sasaran, simulasi, asesor dan penugasan diisi setelah sesi dibuat.</source>
        <translation>Target positions, simulations, assessors and assignments are filled in after the session is created.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="382"/>
        <source>Sesi belum dibuat: {message}</source>
        <translation>Session not created: {message}</translation>
    </message>
</context>
<context>
    <name>PositionsPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="281"/>
        <source>Standar kompetensi jabatan sasaran</source>
        <translation>Competency standards of the target positions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="282"/>
        <source>Satu baris per jabatan, satu kolom per kompetensi: level standar</source>
        <translation>One row per position, one column per competency: the standard level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="286"/>
        <source>Belum ada jabatan sasaran. Tambahkan jabatan di bawah atau impor Standar Kompetensi Jabatan (SKJ) dari lembar kerja .xlsx/.csv.</source>
        <translation>No target positions yet. Add a position below or import the position competency standards (SKJ) from an .xlsx/.csv spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="289"/>
        <source>Nama jabatan baru</source>
        <translation>New position name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="290"/>
        <source>Nama jabatan, mis. Sekretaris Dinas</source>
        <translation>Position name, e.g. Sekretaris Dinas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="294"/>
        <source>Jenis jabatan baru</source>
        <translation>New position type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="295"/>
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="297"/>
        <source>Level standar awal untuk semua kompetensi</source>
        <translation>Initial standard level for all competencies</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="299"/>
        <source>&amp;Tambah jabatan</source>
        <translation>Add &amp;position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="300"/>
        <source>Tambah jabatan sasaran</source>
        <translation>Add target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="301"/>
        <source>&amp;Hapus jabatan</source>
        <translation>&amp;Remove position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="302"/>
        <source>Hapus jabatan sasaran terpilih</source>
        <translation>Remove the selected target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="303"/>
        <source>&amp;Impor SKJ…</source>
        <translation>&amp;Import SKJ…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="304"/>
        <source>Impor standar kompetensi jabatan dari lembar kerja</source>
        <translation>Import position competency standards from a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="306"/>
        <source>Lembar kerja .xlsx atau .csv: satu baris per jabatan, kolom Jabatan, Jenis (boleh tidak ada) dan satu kolom per kompetensi (kode M.1 … atau nama kompetensi)</source>
        <translation>An .xlsx or .csv spreadsheet: one row per position, with the columns Jabatan (position), Jenis (type, optional) and one column per competency (code M.1 … or competency name)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="312"/>
        <source>&amp;Level awal:</source>
        <translation>Initial le&amp;vel:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="331"/>
        <source>Jabatan baru</source>
        <translation>New position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="367"/>
        <source>Level standar tiap kompetensi per jabatan (Standar Kompetensi Jabatan).</source>
        <translation>The standard level of each competency per position (position competency standard, SKJ).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="369"/>
        <source>Level standar tiap kompetensi per jabatan (Standar Kompetensi Jabatan). Pilih &quot;—&quot; bila kompetensi tidak dipersyaratkan jabatan itu. Setiap perubahan langsung tersimpan.</source>
        <translation>The standard level of each competency per position (position competency standard, SKJ). Choose &quot;—&quot; when the position does not require the competency. Every change is saved at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="380"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="380"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="380"/>
        <source>Peserta</source>
        <translation>Assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="384"/>
        <source>Jumlah peserta dengan jabatan sasaran ini</source>
        <translation>Number of assessees with this target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="396"/>
        <source>Standar {code} {name} untuk {position}</source>
        <translation>Standard for {code} {name} in {position}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="419"/>
        <source>Standar {code} untuk {position} tersimpan: {level}.</source>
        <translation>Standard for {code} in {position} saved: {level}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="433"/>
        <source>Jabatan ini masih menjadi jabatan sasaran peserta</source>
        <translation>This position is still the target position of assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="443"/>
        <source>nama jabatan wajib diisi</source>
        <translation>the position name is required</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="450"/>
        <source>Jabatan {name} ditambahkan dengan level standar {level}.</source>
        <translation>Position {name} added with standard level {level}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="460"/>
        <source>Jabatan {name} dihapus.</source>
        <translation>Position {name} removed.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../desktop/gui/printing.py" line="303"/>
        <location filename="../../desktop/gui/printing.py" line="313"/>
        <source>Cetak lembar hasil</source>
        <translation>Print result sheets</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="309"/>
        <source>Memuat peserta dan register cetak…</source>
        <translation>Loading assessees and the print register…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="316"/>
        <location filename="../../desktop/gui/printing.py" line="354"/>
        <source>Status sesi</source>
        <translation>Session status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="320"/>
        <source>Peringatan: lembar belum final</source>
        <translation>Warning: sheets not final</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="326"/>
        <source>&amp;Peserta</source>
        <translation>&amp;Assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="327"/>
        <source>Peserta yang lembarnya dibuat</source>
        <translation>Assessees whose sheets are produced</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="328"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="328"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="328"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="328"/>
        <source>Jabatan sasaran</source>
        <translation>Target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="328"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="329"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="329"/>
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="331"/>
        <source>Spasi mencentang atau melepas peserta yang terpilih</source>
        <translation>Space ticks or unticks the selected assessee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="332"/>
        <source>Pilih sem&amp;ua</source>
        <translation>Select a&amp;ll</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="333"/>
        <source>Pilih semua peserta</source>
        <translation>Select all assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="334"/>
        <source>&amp;Kosongkan</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="335"/>
        <source>Lepas semua peserta</source>
        <translation>Deselect all assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="339"/>
        <source>Jumlah peserta terpilih</source>
        <translation>Number of selected assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="342"/>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="343"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="344"/>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation>F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="345"/>
        <source>K&amp;ertas:</source>
        <translation>Pap&amp;er:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="347"/>
        <source>Sertakan &amp;rekapitulasi sesi (rekapitulasi.pdf) saat menyimpan PDF</source>
        <translation>Include the session &amp;recap (rekapitulasi.pdf) when saving PDFs</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="348"/>
        <source>Sertakan rekapitulasi sesi saat menyimpan PDF</source>
        <translation>Include the session recap when saving PDFs</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="351"/>
        <source>Re&amp;gister cetak</source>
        <translation>Print re&amp;gister</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="352"/>
        <source>Register cetak sesi ini</source>
        <translation>Print register of this session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="353"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="353"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="353"/>
        <source>Peserta</source>
        <translation>Assessee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="353"/>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="353"/>
        <source>Salinan ke-</source>
        <translation>Copy no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="354"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="356"/>
        <source>Belum ada lembar yang dicetak dari sesi ini.</source>
        <translation>No sheets have been printed from this session yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="363"/>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="365"/>
        <source>&amp;Buka folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="366"/>
        <source>Buka folder tempat PDF disimpan</source>
        <translation>Open the folder where the PDFs were saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="371"/>
        <source>Keterangan kemajuan</source>
        <translation>Progress details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="373"/>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="375"/>
        <source>&amp;Hentikan</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="376"/>
        <source>Hentikan setelah lembar yang sedang dibuat</source>
        <translation>Stop after the sheet being produced</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="380"/>
        <source>&amp;Simpan sebagai PDF ke folder…</source>
        <translation>&amp;Save as PDF to folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="381"/>
        <source>Simpan lembar terpilih sebagai PDF ke folder</source>
        <translation>Save the selected sheets as PDF to a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="383"/>
        <source>Simpan sebagai PDF (Ctrl+S)</source>
        <translation>Save as PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="384"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="385"/>
        <source>Cetak lembar terpilih ke printer</source>
        <translation>Print the selected sheets on a printer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="387"/>
        <source>Pilih printer dan jumlah salinan (Ctrl+P)</source>
        <translation>Choose the printer and the number of copies (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="388"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="389"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="482"/>
        <source>Menyimpan PDF ke {folder}…</source>
        <translation>Saving PDFs to {folder}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="517"/>
        <source>perintah cetak &apos;{command}&apos; tidak ditemukan: simpan sebagai PDF lalu cetak dari penampil PDF</source>
        <translation>print command &apos;{command}&apos; not found: save as PDF, then print from a PDF viewer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="519"/>
        <source>printer menolak pekerjaan cetak: {detail}</source>
        <translation>the printer rejected the print job: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="520"/>
        <source>printer bawaan</source>
        <translation>the default printer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="521"/>
        <source>Mencetak ke {printer}…</source>
        <translation>Printing to {printer}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="531"/>
        <source>Cetak lembar hasil – {title}</source>
        <translation>Print result sheets – {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="535"/>
        <source>Sesi disegel · kode segel {code} · berlaku sampai {until}. Setiap lembar membawa kode verifikasi yang dapat diperiksa BKD.</source>
        <translation>Session sealed · seal code {code} · valid until {until}. Every sheet carries a verification code that BKD can check.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="540"/>
        <source>Sesi belum disegel ({status}).</source>
        <translation>Session not sealed yet ({status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="543"/>
        <source>⚠ BELUM FINAL: sesi ini belum disegel, jadi setiap lembar dicetak dengan tanda air “BELUM FINAL” dan tanpa kode verifikasi. Lembar ini hanya untuk pemeriksaan, bukan hasil resmi.</source>
        <translation>⚠ NOT FINAL: this session is not sealed yet, so every sheet is printed with a “DRAFT / BELUM FINAL” watermark and without a verification code. These sheets are for review only, not official results.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="550"/>
        <source>Belum ada lembar hasil: level akhir setiap peserta ditetapkan dalam rapat integrasi.</source>
        <translation>No result sheets yet: each assessee&apos;s final levels are set in the integration meeting.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="555"/>
        <source>penilaian berjalan</source>
        <translation>rating in progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="556"/>
        <source>rapat integrasi</source>
        <translation>integration meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="557"/>
        <source>disegel</source>
        <translation>sealed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="602"/>
        <source>{n}×</source>
        <translation>{n}×</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="616"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="616"/>
        <source>BELUM FINAL</source>
        <translation>NOT FINAL</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="649"/>
        <source>{n} dari {total} peserta dipilih</source>
        <translation>{n} of {total} assessees selected</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="676"/>
        <source>Simpan PDF ke folder</source>
        <translation>Save PDFs to folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="690"/>
        <source>perintah cetak &apos;lp&apos; tidak ditemukan: simpan sebagai PDF lalu cetak dari penampil PDF</source>
        <translation>print command &apos;lp&apos; not found: save as PDF, then print from a PDF viewer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="702"/>
        <source>Tidak ada printer terpasang: simpan sebagai PDF lalu cetak dari penampil PDF.</source>
        <translation>No printer installed: save as PDF, then print from a PDF viewer.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="713"/>
        <source>Cetak {n} lembar hasil</source>
        <translation>Print result sheets ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="715"/>
        <source>(BELUM FINAL)</source>
        <translation>(NOT FINAL)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="720"/>
        <source>Pilih sebuah printer; untuk berkas PDF pakai “Simpan sebagai PDF ke folder…”.</source>
        <translation>Choose a printer; for PDF files use “Save as PDF to folder…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="747"/>
        <source>Menghentikan setelah lembar yang sedang dibuat…</source>
        <translation>Stopping after the sheet being produced…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="755"/>
        <source>Mencetak</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="755"/>
        <source>Menyimpan</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="757"/>
        <source>{verb} {n} dari {total}: {name}</source>
        <translation>{verb} {n} of {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="758"/>
        <source>rekapitulasi</source>
        <translation>recap</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="787"/>
        <source>Lembar hasil tidak dapat dimuat: {message}</source>
        <translation>The result sheets cannot be loaded: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="792"/>
        <source>{message} ({n} lembar sudah dicetak dan tercatat)</source>
        <translation>{message} (sheets already printed and recorded: {n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="797"/>
        <source>PDF tidak tersimpan: {message}</source>
        <translation>PDF not saved: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="818"/>
        <source>Memuat register cetak…</source>
        <translation>Loading the print register…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="825"/>
        <source>Dihentikan: {n} dari {total} berkas PDF tersimpan di {folder}.</source>
        <translation>Stopped: {n} of {total} PDF files saved in {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="828"/>
        <source>{n} berkas PDF tersimpan di {folder}.</source>
        <translation>PDF files saved in {folder}: {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="830"/>
        <source>Lembar bertanda air “BELUM FINAL”.</source>
        <translation>The sheets carry a “DRAFT / BELUM FINAL” watermark.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="838"/>
        <source>Dihentikan: {n} dari {total} lembar dikirim ke printer dan tercatat di register cetak.</source>
        <translation>Stopped: {n} of {total} sheets sent to the printer and recorded in the print register.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="841"/>
        <source>{n} lembar dikirim ke printer dan tercatat di register cetak.</source>
        <translation>Sheets sent to the printer and recorded in the print register: {n}.</translation>
    </message>
</context>
<context>
    <name>ProgressBoardWidget</name>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="82"/>
        <source>Kemajuan pengisian formulir</source>
        <translation>Form progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="88"/>
        <source>Ringkasan kemajuan</source>
        <translation>Progress summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="90"/>
        <source>Hanya yang &amp;belum selesai</source>
        <translation>Only &amp;unfinished</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="91"/>
        <source>Hanya peserta yang formulirnya belum selesai</source>
        <translation>Only assessees whose forms are unfinished</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="92"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="93"/>
        <source>Muat ulang papan kemajuan</source>
        <translation>Reload the progress board</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="94"/>
        <source>Baca ulang status formulir dari basis data (F5)</source>
        <translation>Read the form statuses from the database again (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="98"/>
        <source>Pemberitahuan papan kemajuan</source>
        <translation>Progress board notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="101"/>
        <source>Papan kemajuan formulir</source>
        <translation>Form progress board</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="103"/>
        <source>Baris peserta, kolom simulasi; klik ganda atau Enter pada sel membuka formulirnya</source>
        <translation>Assessees in rows, simulations in columns; double-click a cell or press Enter on it to open its form</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="111"/>
        <source>Belum ada penugasan asesor pada sesi ini.</source>
        <translation>No assessor assignments in this session yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="116"/>
        <source>○ belum diisi · ◐ draf (kompetensi berlevel/jumlah) · ✓ terkirim — klik ganda atau Enter pada sel untuk membuka formulirnya</source>
        <translation>○ not started · ◐ draft (competencies with a level/total) · ✓ submitted — double-click a cell or press Enter on it to open its form</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="147"/>
        <source>⚠ Papan kemajuan tidak dapat dibaca: {message}</source>
        <translation>⚠ The progress board cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="176"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="176"/>
        <source>Peserta</source>
        <translation>Assessee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="176"/>
        <source>Terkirim</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="182"/>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="186"/>
        <location filename="../../desktop/gui/progress_board.py" line="198"/>
        <location filename="../../desktop/gui/progress_board.py" line="201"/>
        <source>{done}/{total}</source>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="192"/>
        <source>Terkirim per simulasi</source>
        <translation>Submitted per simulation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="207"/>
        <source>{done} dari {total} formulir terkirim · {drafts} draf · {missing} belum diisi</source>
        <translation>{done} of {total} forms submitted · {drafts} draft · {missing} not started</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="228"/>
        <source>Tidak ada asesor yang ditugaskan</source>
        <translation>No assessor assigned</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="239"/>
        <source>terkirim</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="241"/>
        <source>draf, {rated} dari {total} kompetensi berlevel</source>
        <translation>draft, {rated} of {total} competencies with a level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="243"/>
        <source>belum diisi</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="244"/>
        <source>{assessor}: {status}</source>
        <translation>{assessor}: {status}</translation>
    </message>
</context>
<context>
    <name>RatingFormWidget</name>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="467"/>
        <source>Formulir saya</source>
        <translation>My forms</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="472"/>
        <source>Daftar formulir penilaian</source>
        <translation>List of rating forms</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="473"/>
        <source>Pilih formulir; Enter membuka kompetensi pertamanya</source>
        <translation>Choose a form; Enter opens its first competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="494"/>
        <source>{first}–{last}: beri level (langsung tersimpan) lalu lanjut · Tab: bukti perilaku · Ctrl+Enter: kompetensi berikutnya (dari kotak bukti) atau kirim formulir · ↑/↓: pindah kompetensi</source>
        <translation>{first}–{last}: set the level (saved at once) and move on · Tab: behavioural evidence · Ctrl+Enter: next competency (from the evidence box) or submit the form · ↑/↓: move between competencies</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="502"/>
        <source>Pemberitahuan formulir</source>
        <translation>Form notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="520"/>
        <location filename="../../desktop/gui/rating_form.py" line="521"/>
        <source>Kirim formulir</source>
        <translation>Submit form</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="523"/>
        <source>Mengirim formulir ke ketua tim (Ctrl+Enter). Setelah dikirim formulir hanya dapat dibaca.</source>
        <translation>Submits the form to the lead assessor (Ctrl+Enter). Once submitted, the form is read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="540"/>
        <source>Deskripsi level</source>
        <translation>Level descriptions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="543"/>
        <source>Deskripsi level kompetensi</source>
        <translation>Competency level descriptions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="601"/>
        <source>Formulir tidak dapat dibaca: {message}</source>
        <translation>The forms cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="615"/>
        <source>Belum ada formulir penilaian untuk {assessor} pada sesi ini.</source>
        <translation>No rating forms for {assessor} in this session yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="663"/>
        <source>{name} (NIP {nip}) · {simulation} · {status}</source>
        <translation>{name} (NIP {nip}) · {simulation} · {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="692"/>
        <source>Formulir tidak dapat dibuka: {message}</source>
        <translation>The form cannot be opened: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="743"/>
        <source>Formulir penilaian</source>
        <translation>Rating form</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="782"/>
        <source>Sesi ini sudah disegel: formulir hanya dapat dibaca.</source>
        <translation>This session is sealed: the form is read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="784"/>
        <source>Formulir ini sudah dikirim: hanya dapat dibaca.</source>
        <translation>This form has been submitted: it is read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="786"/>
        <source>Perubahan yang belum tersimpan tidak dapat disimpan lagi: {names}.</source>
        <translation>Unsaved changes can no longer be saved: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="798"/>
        <source>terkirim</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="798"/>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="799"/>
        <source>belum diisi</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="801"/>
        <source>NIP {nip} · peserta no. {no} · simulasi {simulation} · asesor {assessor} · status {status}</source>
        <translation>NIP {nip} · participant no. {no} · simulation {simulation} · assessor {assessor} · status {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="811"/>
        <source>{rated} dari {total} kompetensi berlevel, {evidence} dengan bukti perilaku</source>
        <translation>{rated} of {total} competencies with a level, {evidence} with behavioural evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="894"/>
        <source>✓ level terpilih</source>
        <translation>✓ chosen level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="896"/>
        <source>▶ disorot</source>
        <translation>▶ highlighted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="900"/>
        <source>Level {n}</source>
        <translation>Level {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="907"/>
        <source>Deskripsi level: {name}</source>
        <translation>Level descriptions: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="969"/>
        <source>basis data tidak dapat menyimpan ({detail}); nilai tetap di layar, tekan lagi untuk mencoba</source>
        <translation>the database cannot save ({detail}); the value stays on screen, press again to retry</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="981"/>
        <source>Sesi ini sudah disegel: penilaian tidak dapat diubah.</source>
        <translation>This session is sealed: ratings cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="982"/>
        <source>Formulir ini sudah dikirim: penilaian tidak dapat diubah.</source>
        <translation>This form has been submitted: ratings cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="1001"/>
        <location filename="../../desktop/gui/rating_form.py" line="1022"/>
        <source>Formulir tidak dapat dikirim: {message}</source>
        <translation>The form cannot be submitted: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="1011"/>
        <source>Formulir terkirim. Formulir ini kini hanya dapat dibaca.</source>
        <translation>Form submitted. It is now read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="1026"/>
        <source>Formulir belum dapat dikirim. Lengkapi level dan bukti perilaku untuk: {names}.</source>
        <translation>The form cannot be submitted yet. Add the level and behavioural evidence for: {names}.</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <location filename="../../desktop/gui/rating_page.py" line="24"/>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_page.py" line="26"/>
        <source>Formulir &amp;asesor:</source>
        <translation>&amp;Assessor&apos;s forms:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_page.py" line="28"/>
        <source>Penilaian dari formulir kertas diketik atas nama asesornya; log audit mencatat siapa yang mengetik.</source>
        <translation>Ratings from paper forms are typed in on behalf of their assessor; the audit log records who typed them.</translation>
    </message>
</context>
<context>
    <name>ResultTableModel</name>
    <message>
        <location filename="../../desktop/gui/models.py" line="140"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="140"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="140"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="140"/>
        <source>Jabatan sasaran</source>
        <translation>Target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="141"/>
        <source>JPM (%)</source>
        <translation>JPM (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="141"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="160"/>
        <source>Jabatan saat ini: {position}</source>
        <translation>Current position: {position}</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../desktop/gui/users.py" line="48"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="50"/>
        <source>Ketua Tim</source>
        <translation>Lead Assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="51"/>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
</context>
<context>
    <name>SessionSetupWidget</name>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="85"/>
        <source>Persiapan sesi penilaian</source>
        <translation>Assessment session setup</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="99"/>
        <source>Sesi tersegel</source>
        <translation>Sealed session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="111"/>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="116"/>
        <source>Bagian persiapan sesi</source>
        <translation>Session setup sections</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="123"/>
        <source>&amp;Rincian</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="124"/>
        <source>&amp;Jabatan sasaran</source>
        <translation>&amp;Target positions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="125"/>
        <source>&amp;Simulasi</source>
        <translation>&amp;Simulations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="126"/>
        <source>&amp;Matriks</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="127"/>
        <source>&amp;Asesor</source>
        <translation>&amp;Assessors</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="128"/>
        <source>&amp;Penugasan</source>
        <translation>Assi&amp;gnment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="167"/>
        <source>Sesi tidak dapat dibaca: {message}</source>
        <translation>The session cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="173"/>
        <source>Persiapan sesi: {title}</source>
        <translation>Session setup: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="178"/>
        <source>Sesi ini sudah disegel (kode segel {code}): rincian, jabatan, simulasi, matriks, asesor dan penugasan hanya dapat dilihat, tidak dapat diubah.</source>
        <translation>This session is sealed (seal code {code}): details, positions, simulations, matrix, assessors and assignment can be viewed but not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="186"/>
        <source>{n} kompetensi diungkap kurang dari {min} simulasi</source>
        <translation>Competencies measured by fewer than {min} simulations: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="190"/>
        <source>Pengisian jabatan</source>
        <translation>Filling a position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="191"/>
        <source>Pemetaan kompetensi</source>
        <translation>Competency mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="193"/>
        <source>{n} peserta</source>
        <translation>Assessees: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="194"/>
        <source>tersegel</source>
        <translation>sealed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="194"/>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="204"/>
        <source>Sesi sudah disegel: data tidak dapat diubah.</source>
        <translation>The session is sealed: its data cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="210"/>
        <source>Tidak tersimpan: {message}</source>
        <translation>Not saved: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="257"/>
        <source>Memeriksa {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="257"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="258"/>
        <source>Impor SKJ</source>
        <translation>Import SKJ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="300"/>
        <source>SKJ diimpor: {added} jabatan baru, {updated} jabatan diperbarui.</source>
        <translation>SKJ imported: new positions {added}, updated positions {updated}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="306"/>
        <source>Berkas SKJ tidak dapat dibaca: {message}</source>
        <translation>The SKJ file cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="311"/>
        <source>Impor SKJ dibatalkan; tidak ada yang diubah.</source>
        <translation>SKJ import cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../desktop/gui/models.py" line="87"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="87"/>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="87"/>
        <source>Tanggal</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="87"/>
        <source>Peserta</source>
        <translation>Assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="88"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="103"/>
        <source>Pemetaan</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="104"/>
        <source>Pengisian jabatan</source>
        <translation>Filling a position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="108"/>
        <source>Tersegel · {code}</source>
        <translation>Sealed · {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="109"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="122"/>
        <source>Kode segel {code}; berlaku sampai {date}</source>
        <translation>Seal code {code}; valid until {date}</translation>
    </message>
</context>
<context>
    <name>SimulationsPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="477"/>
        <source>Metode simulasi</source>
        <translation>Simulation methods</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="478"/>
        <source>Centang metode yang dipakai dalam sesi ini</source>
        <translation>Tick the methods used in this session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="514"/>
        <source>  — dipakai dalam penilaian</source>
        <translation>  — used in ratings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="515"/>
        <source>Sudah dipakai dalam penilaian: tidak dapat dihapus</source>
        <translation>Already used in ratings: cannot be removed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="516"/>
        <source>Metode simulasi yang dipakai dalam sesi ini.</source>
        <translation>The simulation methods used in this session.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="517"/>
        <source>Centang metode simulasi yang dipakai dalam sesi ini; perubahan langsung tersimpan. Simulasi yang sudah dipakai dalam penilaian tidak dapat dihapus.</source>
        <translation>Tick the simulation methods used in this session; changes are saved at once. Simulations already used in ratings cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="521"/>
        <source>{n} simulasi dipakai: {names}.</source>
        <translation>Simulations used ({n}): {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="522"/>
        <source>Belum ada simulasi yang dipilih.</source>
        <translation>No simulations chosen yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="529"/>
        <source>Simulasi {code} ditambahkan.</source>
        <translation>Simulation {code} added.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="532"/>
        <source>Simulasi {code} dihapus dari sesi.</source>
        <translation>Simulation {code} removed from the session.</translation>
    </message>
</context>
<context>
    <name>SkjFile</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="955"/>
        <source>Impor Standar Kompetensi Jabatan</source>
        <translation>Import Position Competency Standards (SKJ)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="956"/>
        <source>Lembar kerja (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>SkjImportDialog</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="898"/>
        <source>Impor SKJ: {name}</source>
        <translation>Import SKJ: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="902"/>
        <source>Jabatan dalam berkas SKJ</source>
        <translation>Positions in the SKJ file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="904"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="904"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="904"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="909"/>
        <source>tidak berubah</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="909"/>
        <source>diganti</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="910"/>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="920"/>
        <source>Masalah dan catatan pada berkas</source>
        <translation>Problems and notes in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="921"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="922"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="928"/>
        <source>{added} jabatan baru, {updated} jabatan yang standarnya diganti, {same} jabatan tidak berubah. Impor sekarang?</source>
        <translation>New positions: {added}; positions whose standards are replaced: {updated}; unchanged positions: {same}. Import now?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="932"/>
        <source>{n} masalah pada berkas: perbaiki berkasnya dahulu; tidak ada yang diimpor.</source>
        <translation>Problems in the file: {n}. Correct the file first; nothing has been imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="936"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="938"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="948"/>
        <source>baris {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="948"/>
        <source>judul kolom</source>
        <translation>column headings</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/gui/application.py" line="67"/>
        <source>{detail}. Lokasi: {path}</source>
        <translation>{detail}. Location: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/application.py" line="73"/>
        <source>Periksa berkas tersebut, atau buka basis data lain dengan: asesmen --store BERKAS</source>
        <translation>Check that file, or open another database with: asesmen --store FILE</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../desktop/gui/users.py" line="63"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="63"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="63"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="85"/>
        <source>Akun Anda</source>
        <translation>Your account</translation>
    </message>
</context>
<context>
    <name>UsersWidget</name>
    <message>
        <location filename="../../desktop/gui/users.py" line="118"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="121"/>
        <source>Daftar pengguna</source>
        <translation>User list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="124"/>
        <source>Nama pengguna baru</source>
        <translation>New user&apos;s username</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="124"/>
        <source>huruf, angka, titik atau garis bawah</source>
        <translation>letters, digits, dots or underscores</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="127"/>
        <source>Nama lengkap pengguna baru</source>
        <translation>New user&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="127"/>
        <source>beserta gelar</source>
        <translation>with titles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="130"/>
        <source>Peran pengguna baru</source>
        <translation>New user&apos;s role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="133"/>
        <source>Kata sandi pengguna baru</source>
        <translation>New user&apos;s password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="135"/>
        <source>Ulangi kata sandi pengguna baru</source>
        <translation>Repeat the new user&apos;s password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="137"/>
        <source>Minimal {n} karakter. Sampaikan kata sandi langsung kepada penggunanya.</source>
        <translation>At least {n} characters. Give the password to the user in person.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="139"/>
        <source>&amp;Tambah pengguna</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="140"/>
        <location filename="../../desktop/gui/users.py" line="159"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="141"/>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="143"/>
        <source>Keterangan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="147"/>
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="148"/>
        <source>Nama &amp;lengkap:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="149"/>
        <source>P&amp;eran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="150"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="151"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="163"/>
        <source>Hanya administrator yang dapat menambah pengguna. Anda masuk sebagai {name} ({role}).</source>
        <translation>Only administrators can add users. You are signed in as {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="169"/>
        <source>Keterangan hak akses</source>
        <translation>Access rights note</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="202"/>
        <source>Daftar pengguna tidak dapat dibaca: {message}</source>
        <translation>The user list cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="205"/>
        <source>{n} pengguna</source>
        <translation>Users: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="228"/>
        <source>Kata sandi dan ulangannya tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="240"/>
        <location filename="../../desktop/gui/users.py" line="263"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="250"/>
        <source>Pengguna {username} ditambahkan sebagai {role}.</source>
        <translation>User {username} added as {role}.</translation>
    </message>
</context>
</TS>
