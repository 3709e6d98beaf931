<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssessorsPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="693"/>
        <source>Daftar asesor</source>
        <translation>Assessor list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="695"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="695"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="695"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="696"/>
        <source>Akun pengguna</source>
        <translation>User account</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="698"/>
        <source>Nama asesor baru</source>
        <translation>New assessor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="699"/>
        <source>Nama lengkap dengan gelar</source>
        <translation>Full name with titles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="701"/>
        <source>NIP asesor baru</source>
        <translation>New assessor&apos;s NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="702"/>
        <source>18 digit, boleh kosong</source>
        <translation>18 digits, optional</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="703"/>
        <source>&amp;Ketua tim</source>
        <translation>Lead ass&amp;essor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="704"/>
        <source>Asesor baru adalah ketua tim</source>
        <translation>The new assessor is the lead assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="706"/>
        <source>Akun pengguna asesor baru</source>
        <translation>New assessor&apos;s user account</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="707"/>
        <source>&amp;Tambah asesor</source>
        <translation>Add assess&amp;or</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="708"/>
        <source>Tambah asesor</source>
        <translation>Add assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="710"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="711"/>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="713"/>
        <source>Ak&amp;un:</source>
        <translation>Acco&amp;unt:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="718"/>
        <source>Asesor baru</source>
        <translation>New assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="723"/>
        <source>Asesor yang menilai dalam sesi ini. Tautkan akun pengguna agar penilaian yang dimasukkan dengan akun itu tercatat atas nama asesor tersebut.</source>
        <translation>The assessors who rate in this session. Link a user account so that ratings entered with that account are recorded in that assessor&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="736"/>
        <source>Ketua tim</source>
        <translation>Lead assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="736"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="745"/>
        <source>— tidak ditautkan —</source>
        <translation>— not linked —</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="754"/>
        <source>Belum ada akun pengguna lokal</source>
        <translation>No local user accounts yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="763"/>
        <source>Asesor {name} ditambahkan.</source>
        <translation>Assessor {name} added.</translation>
    </message>
</context>
<context>
    <name>AssignmentPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="782"/>
        <source>Penugasan asesor</source>
        <translation>Assessor assignment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="783"/>
        <source>Satu baris per peserta, satu kolom per simulasi: asesor yang menilai</source>
        <translation>One row per assessee, one column per simulation: the assessor who rates</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="787"/>
        <source>Ringkasan penugasan</source>
        <translation>Assignment summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="826"/>
        <source>Juga ditugaskan: {names}</source>
        <translation>Also assigned: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="830"/>
        <source>peserta</source>
        <translation>assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="830"/>
        <source>simulasi</source>
        <translation>simulations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="831"/>
        <source>asesor</source>
        <translation>assessors</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="832"/>
        <source>Penugasan dapat diisi setelah ada {what}.</source>
        <translation>Assignments can be made once there are {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="833"/>
        <source> dan </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="837"/>
        <source>Asesor yang menilai tiap peserta pada tiap simulasi (matriks asesor).</source>
        <translation>The assessor who rates each assessee in each simulation (assessor matrix).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="839"/>
        <source>Pilih asesor yang menilai tiap peserta pada tiap simulasi (matriks asesor); pilihan langsung tersimpan.</source>
        <translation>Choose the assessor who rates each assessee in each simulation (assessor matrix); each choice is saved at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="840"/>
        <source> Nama bercetak miring: penugasan sudah berisi penilaian dan terkunci.</source>
        <translation> Italic cells: the assignment already holds ratings and is locked.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="843"/>
        <source>{filled} dari {total} sel terisi.</source>
        <translation>{filled} of {total} cells filled.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="845"/>
        <source>Beban asesor: {list}.</source>
        <translation>Assessor workload: {list}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="854"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="854"/>
        <source>Peserta</source>
        <translation>Assessee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="858"/>
        <source>NIP {nip} · jabatan sasaran {position}</source>
        <translation>NIP {nip} · target position {position}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="864"/>
        <source>Sudah dinilai: penugasan tidak dapat diubah</source>
        <translation>Already rated: the assignment cannot be changed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="873"/>
        <source>— belum ditugaskan —</source>
        <translation>— not assigned —</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="876"/>
        <source>Asesor untuk {assessee} pada {simulation}</source>
        <translation>Assessor for {assessee} in {simulation}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="891"/>
        <source>{assessor} menilai {assessee} pada {sim}.</source>
        <translation>{assessor} rates {assessee} in {sim}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="892"/>
        <source>Penugasan {assessee} pada {sim} dikosongkan.</source>
        <translation>Assignment of {assessee} in {sim} cleared.</translation>
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
        <location filename="../../desktop/gui/setup_pages.py" line="133"/>
        <source>Judul sesi</source>
        <translation>Session title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="135"/>
        <source>Tujuan penilaian</source>
        <translation>Assessment purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="136"/>
        <source>Pengisian jabatan</source>
        <translation>Filling a position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="137"/>
        <source>Pemetaan kompetensi</source>
        <translation>Competency mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="138"/>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="139"/>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="141"/>
        <source>— belum ditentukan —</source>
        <translation>— not set —</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="143"/>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="145"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="147"/>
        <source>Penyelenggara</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="149"/>
        <source>Pimpinan penyelenggara</source>
        <translation>Head of the provider</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="150"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="151"/>
        <source>Simpan rincian sesi</source>
        <translation>Save session details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="153"/>
        <source>Simpan rincian sesi (Ctrl+S)</source>
        <translation>Save session details (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="154"/>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="155"/>
        <source>Batalkan perubahan rincian</source>
        <translation>Discard changes to the details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="157"/>
        <source>Tujuan menentukan skema kategori hasil: pengisian jabatan MS / MMS / KMS, pemetaan O / CO / KO.</source>
        <translation>The purpose sets the result category scheme: filling a position MS / MMS / KMS, mapping O / CO / KO.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="163"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="167"/>
        <source>J&amp;udul:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="167"/>
        <source>&amp;Tujuan:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="170"/>
        <source>Tan&amp;ggal:</source>
        <translation>Dat&amp;es:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="173"/>
        <source>T&amp;empat:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="173"/>
        <source>&amp;Instansi:</source>
        <translation>Agen&amp;cy:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="174"/>
        <source>Pe&amp;nyelenggara:</source>
        <translation>P&amp;rovider:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="175"/>
        <source>Pimpinan pen&amp;yelenggara:</source>
        <translation>Head &amp;of the provider:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="181"/>
        <source>Rincian sesi penilaian</source>
        <translation>Assessment session details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="246"/>
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
        <location filename="../../desktop/gui/import_wizard.py" line="231"/>
        <source>Sesi “{title}” sudah disegel: peserta tidak dapat ditambahkan.</source>
        <translation>Session “{title}” is sealed: assessees cannot be added.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="234"/>
        <location filename="../../desktop/gui/import_wizard.py" line="298"/>
        <source>Impor peserta</source>
        <translation>Import assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="248"/>
        <location filename="../../desktop/gui/import_wizard.py" line="442"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="249"/>
        <location filename="../../desktop/gui/import_wizard.py" line="442"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="250"/>
        <location filename="../../desktop/gui/import_wizard.py" line="442"/>
        <source>Golongan</source>
        <translation>Grade (golongan)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="251"/>
        <source>Jabatan saat ini</source>
        <translation>Current position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="252"/>
        <location filename="../../desktop/gui/import_wizard.py" line="442"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="253"/>
        <location filename="../../desktop/gui/import_wizard.py" line="443"/>
        <source>Jabatan sasaran</source>
        <translation>Target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="254"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="255"/>
        <source>Jenis pegawai</source>
        <translation>Employee type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="260"/>
        <source>Pilih berkas</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="260"/>
        <source>Petakan kolom</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="260"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="260"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="265"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="280"/>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="283"/>
        <source>&amp;Hentikan</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="284"/>
        <source>Hentikan proses yang berjalan</source>
        <translation>Stop the running process</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="293"/>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="294"/>
        <source>Kembali ke langkah sebelumnya</source>
        <translation>Back to the previous step</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="295"/>
        <source>&amp;Lanjut</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="296"/>
        <source>Lanjut ke langkah berikutnya</source>
        <translation>Go to the next step</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="297"/>
        <location filename="../../desktop/gui/import_wizard.py" line="802"/>
        <source>&amp;Impor peserta</source>
        <translation>&amp;Import assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="299"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="300"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="301"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="302"/>
        <source>Batal dan tutup tanpa mengimpor</source>
        <translation>Cancel and close without importing</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="322"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="332"/>
        <source>Pilih lembar kerja daftar peserta dari BKD: berkas Excel (.xlsx, lembar pertama yang dibaca) atau CSV. Baris judul di atas baris nama kolom boleh ada; setiap baris berikutnya adalah satu peserta.</source>
        <translation>Choose the BKD&apos;s assessee list spreadsheet: an Excel file (.xlsx; the first sheet is read) or a CSV file. Title rows above the row of column names are allowed; every row after it is one assessee.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="335"/>
        <source>Kolom yang dikenali: {fields}. Wajib: {required}.</source>
        <translation>Recognised columns: {fields}. Required: {required}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="339"/>
        <source>Lokasi berkas</source>
        <translation>File location</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="340"/>
        <source>Lokasi berkas .xlsx atau .csv</source>
        <translation>Location of the .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="343"/>
        <source>Kosongkan lokasi berkas</source>
        <translation>Clear the file location</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="344"/>
        <source>&amp;Berkas:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="346"/>
        <source>&amp;Telusuri…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="347"/>
        <source>Telusuri berkas</source>
        <translation>Browse for a file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="354"/>
        <source>Jabatan sasaran pada sesi ini: {names}. Isi kolom jabatan sasaran di berkas harus sama persis dengan salah satu nama ini.</source>
        <translation>Target positions in this session: {names}. The target position column in the file must match one of these names exactly.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="358"/>
        <source>Sesi ini belum memiliki jabatan sasaran. Tambahkan jabatan sasaran dahulu: tanpa itu tidak ada peserta yang dapat diimpor.</source>
        <translation>This session has no target positions yet. Add the target positions first: without them no assessees can be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="361"/>
        <source>Jabatan sasaran sesi</source>
        <translation>Target positions of the session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="388"/>
        <source>Kolom untuk {field}</source>
        <translation>Column for {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="404"/>
        <source>Keadaan pemetaan</source>
        <translation>Mapping status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="407"/>
        <source>Pratinjau baris berkas</source>
        <translation>Preview of the file&apos;s rows</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="434"/>
        <source>Ringkasan pemeriksaan</source>
        <translation>Check summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="436"/>
        <source>Keterangan pemeriksaan</source>
        <translation>Check notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="438"/>
        <location filename="../../desktop/gui/import_wizard.py" line="442"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="438"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="438"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="438"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="440"/>
        <location filename="../../desktop/gui/import_wizard.py" line="446"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="445"/>
        <source>Baris bermasalah</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="447"/>
        <source>Peserta siap diimpor</source>
        <translation>Assessees ready to import</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="449"/>
        <source>Hasil pemeriksaan</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="454"/>
        <source>&amp;Simpan laporan masalah…</source>
        <translation>&amp;Save problem report…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="455"/>
        <source>Simpan laporan masalah sebagai CSV</source>
        <translation>Save the problem report as CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="457"/>
        <source>Baca dan periksa &amp;ulang</source>
        <translation>Re-read and check a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="458"/>
        <source>Baca ulang berkas dan periksa lagi</source>
        <translation>Re-read the file and check it again</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="459"/>
        <source>Setelah lembar kerja diperbaiki dan disimpan</source>
        <translation>After the spreadsheet has been corrected and saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="462"/>
        <source>Laporan tersimpan</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="479"/>
        <source>Hasil impor</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="556"/>
        <source>Langkah {n} dari {total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="621"/>
        <source>Pilih daftar peserta</source>
        <translation>Choose the assessee list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="622"/>
        <source>Lembar kerja (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="630"/>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="632"/>
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="657"/>
        <source>(kolom {letter} tanpa judul)</source>
        <translation>(column {letter}, no heading)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="659"/>
        <source>{header} (kolom {letter})</source>
        <translation>{header} (column {letter})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="670"/>
        <source>(tidak dipakai)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="677"/>
        <source>Tentukan kolom berkas “{name}” untuk setiap isian. Pilihan awal ditebak dari nama kolom; isian bertanda * wajib.</source>
        <translation>Choose the column of “{name}” for each field. The initial choices are guessed from the column names; fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="680"/>
        <source>&amp;Pratinjau: {shown} dari {total} baris data</source>
        <translation>&amp;Preview: {shown} of {total} data rows</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="733"/>
        <source>tidak dipakai</source>
        <translation>not used</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="755"/>
        <source>Isian wajib belum dipetakan: {fields}.</source>
        <translation>Required fields not mapped yet: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="757"/>
        <source>Semua isian wajib sudah dipetakan. Lanjut untuk memeriksa setiap baris.</source>
        <translation>All required fields are mapped. Choose Next to check every row.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="759"/>
        <source>Perhatikan: satu kolom dipakai untuk beberapa isian ({columns}).</source>
        <translation>Note: one column is used for several fields ({columns}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="771"/>
        <source>Memeriksa {count} baris…</source>
        <translation>Checking {count} rows…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="788"/>
        <source>Masalah ({n})</source>
        <translation>Problems ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="789"/>
        <source>Peringatan ({n})</source>
        <translation>Warnings ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="790"/>
        <source>Siap diimpor ({n})</source>
        <translation>Ready to import ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="796"/>
        <source>{ready} baris siap diimpor, {bad} baris bermasalah</source>
        <translation>Rows ready to import: {ready} · rows with problems: {bad}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="799"/>
        <source>Tidak ada peserta yang diimpor selama masih ada masalah. Perbaiki baris-baris di bawah pada lembar kerja (atau simpan laporan masalah untuk petugas BKD), simpan berkasnya, lalu baca dan periksa ulang.</source>
        <translation>No assessees are imported while problems remain. Correct the rows below in the spreadsheet (or save a problem report for the BKD staff), save the file, then re-read and check it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="804"/>
        <source>{ready} baris siap diimpor, tidak ada baris bermasalah</source>
        <translation>Rows ready to import: {ready} · no rows with problems</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="806"/>
        <source>Semua peserta didaftarkan sekaligus dalam satu langkah; jika gagal, tidak ada yang diimpor.</source>
        <translation>All assessees are registered together in a single step; if it fails, nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="809"/>
        <source>Periksa peringatan: peringatan tidak menghalangi impor.</source>
        <translation>Review the warnings: warnings do not block the import.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="811"/>
        <source>&amp;Impor {n} peserta</source>
        <translation>&amp;Import assessees ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="836"/>
        <source>Simpan laporan masalah</source>
        <translation>Save problem report</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="837"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="843"/>
        <source>Laporan tidak dapat disimpan: {reason}</source>
        <translation>The report cannot be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="846"/>
        <source>Laporan disimpan: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="867"/>
        <source>Mengimpor {n} peserta…</source>
        <translation>Importing assessees ({n})…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="874"/>
        <source>{n} peserta diimpor</source>
        <translation>Assessees imported: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="876"/>
        <source>Peserta terdaftar pada sesi “{title}”.</source>
        <translation>The assessees are registered in session “{title}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="877"/>
        <source>Peserta terdaftar pada sesi ini.</source>
        <translation>The assessees are registered in this session.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="904"/>
        <source>Menghentikan…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="926"/>
        <source>Impor gagal: {message}. Tidak ada peserta yang diimpor.</source>
        <translation>Import failed: {message}. No assessees were imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="929"/>
        <source>Pemeriksaan gagal: {message}</source>
        <translation>Check failed: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="939"/>
        <source>Pemeriksaan dihentikan.</source>
        <translation>Check stopped.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="940"/>
        <source>Pembacaan berkas dihentikan.</source>
        <translation>Reading the file stopped.</translation>
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
        <location filename="../../desktop/gui/main_window.py" line="139"/>
        <source>&amp;Sesi baru…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="141"/>
        <source>Buat sesi penilaian baru</source>
        <translation>Create a new assessment session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="142"/>
        <source>&amp;Impor peserta…</source>
        <translation>&amp;Import assessees…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="144"/>
        <source>Impor peserta sesi terpilih dari berkas .xlsx atau .csv</source>
        <translation>Import assessees into the selected session from an .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="145"/>
        <source>&amp;Muat data contoh…</source>
        <translation>&amp;Load sample data…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="147"/>
        <source>Tambahkan satu sesi fiktif dengan enam peserta untuk mencoba aplikasi</source>
        <translation>Add one fictional session with six assessees to try the application</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="148"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="151"/>
        <source>Tutup Asesmen</source>
        <translation>Close Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="152"/>
        <source>&amp;Tentang Asesmen</source>
        <translation>&amp;About Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="154"/>
        <source>Versi dan keterangan aplikasi</source>
        <translation>Version and information about the application</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="164"/>
        <source>Bahasa antarmuka; berlaku setelah Asesmen dibuka ulang</source>
        <translation>Interface language; takes effect after Asesmen is restarted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="169"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="176"/>
        <source>B&amp;ahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="178"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="183"/>
        <source>Daftar sesi penilaian</source>
        <translation>Assessment sessions list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="184"/>
        <source>Pilih satu sesi untuk melihat hasil pesertanya</source>
        <translation>Select a session to see its assessees&apos; results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="188"/>
        <source>Belum ada sesi penilaian. Untuk mencoba Asesmen, muat data contoh: satu sesi fiktif dengan enam peserta yang sudah dinilai (menu Berkas › Muat data contoh).</source>
        <translation>No assessment sessions yet. To try Asesmen, load the sample data: one fictional session with six assessees who have already been rated (menu File › Load sample data).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="190"/>
        <source>Belum ada sesi penilaian</source>
        <translation>No assessment sessions yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="191"/>
        <location filename="../../desktop/gui/main_window.py" line="192"/>
        <location filename="../../desktop/gui/main_window.py" line="499"/>
        <source>Muat data contoh</source>
        <translation>Load sample data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="208"/>
        <source>Sesi penilaian</source>
        <translation>Assessment sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="212"/>
        <source>Hasil peserta</source>
        <translation>Assessee results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="213"/>
        <source>Peserta sesi terpilih dengan JPM dan kategorinya</source>
        <translation>Assessees of the selected session with their JPM and category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="219"/>
        <location filename="../../desktop/gui/main_window.py" line="417"/>
        <source>Hasil penilaian</source>
        <translation>Assessment results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="235"/>
        <source>Pemberitahuan</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="236"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="237"/>
        <source>Tutup pemberitahuan</source>
        <translation>Close notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="265"/>
        <source>Halaman</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="267"/>
        <source>Ringkasan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="268"/>
        <source>Pilih atau buat sesi penilaian pada halaman Ringkasan.</source>
        <translation>Select or create an assessment session on the Overview page.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="270"/>
        <source>Persiapan</source>
        <translation>Setup</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="277"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="292"/>
        <source>Penilaian</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="292"/>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="301"/>
        <source>Sesi ini belum memiliki asesor. Tambahkan asesor pada halaman Persiapan.</source>
        <translation>This session has no assessors yet. Add assessors on the Setup page.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="304"/>
        <source>Anda belum terdaftar sebagai asesor pada sesi ini. Ketua tim atau administrator menambahkan Anda pada halaman Persiapan › Asesor.</source>
        <translation>You are not registered as an assessor in this session yet. The lead assessor or an administrator adds you on the Setup › Assessors page.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="324"/>
        <source>Formulir ini bukan milik Anda.</source>
        <translation>This form is not yours.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="337"/>
        <source>Basis data: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="338"/>
        <source>Lokasi basis data</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="374"/>
        <source>Daftar sesi tidak dapat dibaca: {message}</source>
        <translation>The session list cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="419"/>
        <source>Pilih sesi penilaian di atas untuk melihat hasil pesertanya.</source>
        <translation>Select an assessment session above to see its assessees&apos; results.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="422"/>
        <source>Hasil penilaian: {title}</source>
        <translation>Assessment results: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="428"/>
        <source>Hasil tidak dapat dibaca: {message}</source>
        <translation>The results cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="431"/>
        <source>Sesi ini belum memiliki peserta.</source>
        <translation>This session has no assessees yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="434"/>
        <source>Belum ada hasil. Hasil seorang peserta tampil setelah level akhir semua kompetensinya ditetapkan dalam rapat integrasi.</source>
        <translation>No results yet. An assessee&apos;s results appear once the final levels of all their competencies have been set in the integration meeting.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="441"/>
        <source>{shown} dari {total} peserta sudah memiliki level akhir; peserta lain belum tampil.</source>
        <translation>{shown} of {total} assessees have final levels; the others are not shown yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="450"/>
        <source>kode segel {code}, hasil berlaku sampai {date}</source>
        <translation>seal code {code}, results valid until {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="453"/>
        <source>draf: belum disegel</source>
        <translation>draft: not sealed yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="488"/>
        <source>Membuat sesi contoh…</source>
        <translation>Creating the sample session…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="489"/>
        <source>Mendaftarkan peserta…</source>
        <translation>Registering assessees…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="490"/>
        <source>Menyimpan penilaian asesor…</source>
        <translation>Saving assessor ratings…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="499"/>
        <source>Memuat data contoh…</source>
        <translation>Loading sample data…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="503"/>
        <source>Data contoh dimuat sebagai sesi draf.</source>
        <translation>Sample data loaded as a draft session.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="509"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="537"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="568"/>
        <source>{task} gagal: {message}</source>
        <translation>{task} failed: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="576"/>
        <source>{task} dibatalkan.</source>
        <translation>{task} cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="598"/>
        <source>Bahasa antarmuka tidak berubah.</source>
        <translation>The interface language is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="601"/>
        <source>Bahasa antarmuka disimpan: {language}. Perubahan berlaku setelah Asesmen ditutup dan dibuka kembali.</source>
        <translation>Interface language saved: {language}. The change takes effect after Asesmen is closed and opened again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="611"/>
        <source>Tentang Asesmen</source>
        <translation>About Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="612"/>
        <source>Asesmen {version}

Penilaian kompetensi Aparatur Sipil Negara, berjalan luring (offline). Data contoh di dalamnya sepenuhnya fiktif.</source>
        <translation>Asesmen {version}

Competency assessment of Indonesian civil servants (ASN), working offline. The sample data it contains is entirely fictional.</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="543"/>
        <source>Matriks kompetensi dan simulasi</source>
        <translation>Competency and simulation matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="544"/>
        <source>Centang simulasi yang mengungkap tiap kompetensi</source>
        <translation>Tick the simulations that measure each competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="547"/>
        <source>Ringkasan matriks</source>
        <translation>Matrix summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="548"/>
        <source>Belum ada simulasi. Pilih metode di tab Simulasi lebih dahulu.</source>
        <translation>No simulations yet. Choose the methods on the Simulations tab first.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="573"/>
        <source>Centang simulasi yang mengungkap tiap kompetensi; perubahan langsung tersimpan.</source>
        <translation>Tick the simulations that measure each competency; changes are saved at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="574"/>
        <source>Simulasi yang mengungkap tiap kompetensi.</source>
        <translation>The simulations that measure each competency.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="575"/>
        <source>Setiap kompetensi yang dipersyaratkan perlu diungkap oleh sedikitnya {n} simulasi.</source>
        <translation>Every required competency must be measured by at least {n} simulations.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="578"/>
        <source>✓ tanpa kotak: sudah dinilai, tidak dapat dihapus dari matriks.</source>
        <translation>✓ without a box: already rated, cannot be removed from the matrix.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="598"/>
        <source>kurang dari {n} simulasi</source>
        <translation>fewer than {n} simulations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="601"/>
        <source>tidak dipersyaratkan jabatan mana pun</source>
        <translation>not required by any position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="603"/>
        <source>tidak dipersyaratkan</source>
        <translation>not required</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="605"/>
        <source>memadai</source>
        <translation>sufficient</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="621"/>
        <source>{enough} dari {total} kompetensi yang dipersyaratkan diungkap oleh sedikitnya {n} simulasi.</source>
        <translation>{enough} of {total} required competencies are measured by at least {n} simulations.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="624"/>
        <source>Kurang dari {n} simulasi: {list}.</source>
        <translation>Fewer than {n} simulations: {list}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="627"/>
        <source>Tidak dipersyaratkan jabatan mana pun: {list}.</source>
        <translation>Not required by any position: {list}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="630"/>
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
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="326"/>
        <source>Sesi penilaian baru</source>
        <translation>New assessment session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="329"/>
        <source>Judul sesi</source>
        <translation>Session title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="330"/>
        <source>mis. Seleksi Terbuka JPT Pratama 2026</source>
        <translation>e.g. Seleksi Terbuka JPT Pratama 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="332"/>
        <source>Tujuan penilaian</source>
        <translation>Assessment purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="333"/>
        <source>Pengisian jabatan</source>
        <translation>Filling a position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="334"/>
        <source>Pemetaan kompetensi</source>
        <translation>Competency mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="336"/>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="339"/>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="348"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="351"/>
        <source>&amp;Buat sesi</source>
        <translation>&amp;Create session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="354"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="359"/>
        <source>&amp;Judul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="360"/>
        <source>&amp;Tujuan:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="361"/>
        <source>Tanggal &amp;mulai:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="362"/>
        <source>Tanggal s&amp;elesai:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="365"/>
        <source>Jabatan sasaran, simulasi, asesor dan penugasan diisi setelah sesi dibuat.</source>
        <translation>Target positions, simulations, assessors and assignments are filled in after the session is created.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="383"/>
        <source>Sesi belum dibuat: {message}</source>
        <translation>Session not created: {message}</translation>
    </message>
</context>
<context>
    <name>PositionsPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="273"/>
        <source>Standar kompetensi jabatan sasaran</source>
        <translation>Competency standards of the target positions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="274"/>
        <source>Satu baris per jabatan, satu kolom per kompetensi: level standar</source>
        <translation>One row per position, one column per competency: the standard level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="278"/>
        <source>Belum ada jabatan sasaran. Tambahkan jabatan di bawah atau impor Standar Kompetensi Jabatan (SKJ) dari lembar kerja .xlsx/.csv.</source>
        <translation>No target positions yet. Add a position below or import the position competency standards (SKJ) from an .xlsx/.csv spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="281"/>
        <source>Nama jabatan baru</source>
        <translation>New position name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="282"/>
        <source>Nama jabatan, mis. Sekretaris Dinas</source>
        <translation>Position name, e.g. Sekretaris Dinas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="286"/>
        <source>Jenis jabatan baru</source>
        <translation>New position type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="287"/>
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="289"/>
        <source>Level standar awal untuk semua kompetensi</source>
        <translation>Initial standard level for all competencies</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="291"/>
        <source>&amp;Tambah jabatan</source>
        <translation>Add &amp;position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="292"/>
        <source>Tambah jabatan sasaran</source>
        <translation>Add target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="293"/>
        <source>&amp;Hapus jabatan</source>
        <translation>&amp;Remove position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="294"/>
        <source>Hapus jabatan sasaran terpilih</source>
        <translation>Remove the selected target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="295"/>
        <source>&amp;Impor SKJ…</source>
        <translation>&amp;Import SKJ…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="296"/>
        <source>Impor standar kompetensi jabatan dari lembar kerja</source>
        <translation>Import position competency standards from a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="298"/>
        <source>Lembar kerja .xlsx atau .csv: satu baris per jabatan, kolom Jabatan, Jenis (boleh tidak ada) dan satu kolom per kompetensi (kode M.1 … atau nama kompetensi)</source>
        <translation>An .xlsx or .csv spreadsheet: one row per position, with the columns Jabatan (position), Jenis (type, optional) and one column per competency (code M.1 … or competency name)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="304"/>
        <source>&amp;Level awal:</source>
        <translation>Initial le&amp;vel:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="323"/>
        <source>Jabatan baru</source>
        <translation>New position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="359"/>
        <source>Level standar tiap kompetensi per jabatan (Standar Kompetensi Jabatan).</source>
        <translation>The standard level of each competency per position (position competency standard, SKJ).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="361"/>
        <source>Level standar tiap kompetensi per jabatan (Standar Kompetensi Jabatan). Pilih &quot;—&quot; bila kompetensi tidak dipersyaratkan jabatan itu. Setiap perubahan langsung tersimpan.</source>
        <translation>The standard level of each competency per position (position competency standard, SKJ). Choose &quot;—&quot; when the position does not require the competency. Every change is saved at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="375"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="375"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="375"/>
        <source>Peserta</source>
        <translation>Assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="379"/>
        <source>Jumlah peserta dengan jabatan sasaran ini</source>
        <translation>Number of assessees with this target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="391"/>
        <source>Standar {code} {name} untuk {position}</source>
        <translation>Standard for {code} {name} in {position}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="414"/>
        <source>Standar {code} untuk {position} tersimpan: {level}.</source>
        <translation>Standard for {code} in {position} saved: {level}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="428"/>
        <source>Jabatan ini masih menjadi jabatan sasaran peserta</source>
        <translation>This position is still the target position of assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="438"/>
        <source>nama jabatan wajib diisi</source>
        <translation>the position name is required</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="445"/>
        <source>Jabatan {name} ditambahkan dengan level standar {level}.</source>
        <translation>Position {name} added with standard level {level}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="455"/>
        <source>Jabatan {name} dihapus.</source>
        <translation>Position {name} removed.</translation>
    </message>
</context>
<context>
    <name>ProgressBoardWidget</name>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="83"/>
        <source>Kemajuan pengisian formulir</source>
        <translation>Form progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="89"/>
        <source>Ringkasan kemajuan</source>
        <translation>Progress summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="91"/>
        <source>Hanya yang &amp;belum selesai</source>
        <translation>Only &amp;unfinished</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="92"/>
        <source>Hanya peserta yang formulirnya belum selesai</source>
        <translation>Only assessees whose forms are unfinished</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="93"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="94"/>
        <source>Muat ulang papan kemajuan</source>
        <translation>Reload the progress board</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="95"/>
        <source>Baca ulang status formulir dari basis data (F5)</source>
        <translation>Read the form statuses from the database again (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="99"/>
        <source>Pemberitahuan papan kemajuan</source>
        <translation>Progress board notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="102"/>
        <source>Papan kemajuan formulir</source>
        <translation>Form progress board</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="104"/>
        <source>Baris peserta, kolom simulasi; klik ganda atau Enter pada sel membuka formulirnya</source>
        <translation>Assessees in rows, simulations in columns; double-click a cell or press Enter on it to open its form</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="119"/>
        <source>Belum ada penugasan asesor pada sesi ini.</source>
        <translation>No assessor assignments in this session yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="124"/>
        <source>○ belum diisi · ◐ draf (kompetensi berlevel/jumlah) · ✓ terkirim — klik ganda atau Enter pada sel untuk membuka formulirnya</source>
        <translation>○ not started · ◐ draft (competencies with a level/total) · ✓ submitted — double-click a cell or press Enter on it to open its form</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="155"/>
        <source>⚠ Papan kemajuan tidak dapat dibaca: {message}</source>
        <translation>⚠ The progress board cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="184"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="184"/>
        <source>Peserta</source>
        <translation>Assessee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="184"/>
        <source>Terkirim</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="190"/>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="194"/>
        <location filename="../../desktop/gui/progress_board.py" line="206"/>
        <location filename="../../desktop/gui/progress_board.py" line="209"/>
        <source>{done}/{total}</source>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="200"/>
        <source>Terkirim per simulasi</source>
        <translation>Submitted per simulation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="215"/>
        <source>{done} dari {total} formulir terkirim · {drafts} draf · {missing} belum diisi</source>
        <translation>{done} of {total} forms submitted · {drafts} draft · {missing} not started</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="236"/>
        <source>Tidak ada asesor yang ditugaskan</source>
        <translation>No assessor assigned</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="247"/>
        <source>terkirim</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="249"/>
        <source>draf, {rated} dari {total} kompetensi berlevel</source>
        <translation>draft, {rated} of {total} competencies with a level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="251"/>
        <source>belum diisi</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_board.py" line="252"/>
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
        <location filename="../../desktop/gui/models.py" line="119"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="119"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="119"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="119"/>
        <source>Jabatan sasaran</source>
        <translation>Target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="120"/>
        <source>JPM (%)</source>
        <translation>JPM (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="120"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="151"/>
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
        <location filename="../../desktop/gui/session_setup.py" line="86"/>
        <source>Persiapan sesi penilaian</source>
        <translation>Assessment session setup</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="100"/>
        <source>Sesi tersegel</source>
        <translation>Sealed session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="112"/>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="117"/>
        <source>Bagian persiapan sesi</source>
        <translation>Session setup sections</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="124"/>
        <source>&amp;Rincian</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="125"/>
        <source>&amp;Jabatan sasaran</source>
        <translation>&amp;Target positions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="126"/>
        <source>&amp;Simulasi</source>
        <translation>&amp;Simulations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="127"/>
        <source>&amp;Matriks</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="128"/>
        <source>&amp;Asesor</source>
        <translation>&amp;Assessors</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="129"/>
        <source>&amp;Penugasan</source>
        <translation>Assi&amp;gnment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="168"/>
        <source>Sesi tidak dapat dibaca: {message}</source>
        <translation>The session cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="174"/>
        <source>Persiapan sesi: {title}</source>
        <translation>Session setup: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="179"/>
        <source>Sesi ini sudah disegel (kode segel {code}): rincian, jabatan, simulasi, matriks, asesor dan penugasan hanya dapat dilihat, tidak dapat diubah.</source>
        <translation>This session is sealed (seal code {code}): details, positions, simulations, matrix, assessors and assignment can be viewed but not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="187"/>
        <source>{n} kompetensi diungkap kurang dari {min} simulasi</source>
        <translation>Competencies measured by fewer than {min} simulations: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="191"/>
        <source>Pengisian jabatan</source>
        <translation>Filling a position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="192"/>
        <source>Pemetaan kompetensi</source>
        <translation>Competency mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="194"/>
        <source>{n} peserta</source>
        <translation>Assessees: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="195"/>
        <source>tersegel</source>
        <translation>sealed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="195"/>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="205"/>
        <source>Sesi sudah disegel: data tidak dapat diubah.</source>
        <translation>The session is sealed: its data cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="211"/>
        <source>Tidak tersimpan: {message}</source>
        <translation>Not saved: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="258"/>
        <source>Memeriksa {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="258"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="259"/>
        <source>Impor SKJ</source>
        <translation>Import SKJ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="301"/>
        <source>SKJ diimpor: {added} jabatan baru, {updated} jabatan diperbarui.</source>
        <translation>SKJ imported: new positions {added}, updated positions {updated}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="307"/>
        <source>Berkas SKJ tidak dapat dibaca: {message}</source>
        <translation>The SKJ file cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session_setup.py" line="312"/>
        <source>Impor SKJ dibatalkan; tidak ada yang diubah.</source>
        <translation>SKJ import cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../desktop/gui/models.py" line="54"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="54"/>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="54"/>
        <source>Tanggal</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="54"/>
        <source>Peserta</source>
        <translation>Assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="82"/>
        <source>Pemetaan</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="83"/>
        <source>Pengisian jabatan</source>
        <translation>Filling a position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="87"/>
        <source>Tersegel · {code}</source>
        <translation>Sealed · {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="88"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models.py" line="101"/>
        <source>Kode segel {code}; berlaku sampai {date}</source>
        <translation>Seal code {code}; valid until {date}</translation>
    </message>
</context>
<context>
    <name>SimulationsPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="473"/>
        <source>Metode simulasi</source>
        <translation>Simulation methods</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="474"/>
        <source>Centang metode yang dipakai dalam sesi ini</source>
        <translation>Tick the methods used in this session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="510"/>
        <source>  — dipakai dalam penilaian</source>
        <translation>  — used in ratings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="511"/>
        <source>Sudah dipakai dalam penilaian: tidak dapat dihapus</source>
        <translation>Already used in ratings: cannot be removed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="512"/>
        <source>Metode simulasi yang dipakai dalam sesi ini.</source>
        <translation>The simulation methods used in this session.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="513"/>
        <source>Centang metode simulasi yang dipakai dalam sesi ini; perubahan langsung tersimpan. Simulasi yang sudah dipakai dalam penilaian tidak dapat dihapus.</source>
        <translation>Tick the simulation methods used in this session; changes are saved at once. Simulations already used in ratings cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="517"/>
        <source>{n} simulasi dipakai: {names}.</source>
        <translation>Simulations used ({n}): {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="518"/>
        <source>Belum ada simulasi yang dipilih.</source>
        <translation>No simulations chosen yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="525"/>
        <source>Simulasi {code} ditambahkan.</source>
        <translation>Simulation {code} added.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="528"/>
        <source>Simulasi {code} dihapus dari sesi.</source>
        <translation>Simulation {code} removed from the session.</translation>
    </message>
</context>
<context>
    <name>SkjFile</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="960"/>
        <source>Impor Standar Kompetensi Jabatan</source>
        <translation>Import Position Competency Standards (SKJ)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="961"/>
        <source>Lembar kerja (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>SkjImportDialog</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="903"/>
        <source>Impor SKJ: {name}</source>
        <translation>Import SKJ: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="907"/>
        <source>Jabatan dalam berkas SKJ</source>
        <translation>Positions in the SKJ file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="909"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="909"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="909"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="914"/>
        <source>tidak berubah</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="914"/>
        <source>diganti</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="915"/>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="925"/>
        <source>Masalah dan catatan pada berkas</source>
        <translation>Problems and notes in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="926"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="927"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="933"/>
        <source>{added} jabatan baru, {updated} jabatan yang standarnya diganti, {same} jabatan tidak berubah. Impor sekarang?</source>
        <translation>New positions: {added}; positions whose standards are replaced: {updated}; unchanged positions: {same}. Import now?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="937"/>
        <source>{n} masalah pada berkas: perbaiki berkasnya dahulu; tidak ada yang diimpor.</source>
        <translation>Problems in the file: {n}. Correct the file first; nothing has been imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="941"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="943"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="953"/>
        <source>baris {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="953"/>
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
        <location filename="../../desktop/gui/users.py" line="98"/>
        <source>Akun Anda</source>
        <translation>Your account</translation>
    </message>
</context>
<context>
    <name>UsersWidget</name>
    <message>
        <location filename="../../desktop/gui/users.py" line="131"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="134"/>
        <source>Daftar pengguna</source>
        <translation>User list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="146"/>
        <source>Nama pengguna baru</source>
        <translation>New user&apos;s username</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="146"/>
        <source>huruf, angka, titik atau garis bawah</source>
        <translation>letters, digits, dots or underscores</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="149"/>
        <source>Nama lengkap pengguna baru</source>
        <translation>New user&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="149"/>
        <source>beserta gelar</source>
        <translation>with titles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="152"/>
        <source>Peran pengguna baru</source>
        <translation>New user&apos;s role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="155"/>
        <source>Kata sandi pengguna baru</source>
        <translation>New user&apos;s password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="157"/>
        <source>Ulangi kata sandi pengguna baru</source>
        <translation>Repeat the new user&apos;s password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="159"/>
        <source>Minimal {n} karakter. Sampaikan kata sandi langsung kepada penggunanya.</source>
        <translation>At least {n} characters. Give the password to the user in person.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="161"/>
        <source>&amp;Tambah pengguna</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="162"/>
        <location filename="../../desktop/gui/users.py" line="181"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="163"/>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="165"/>
        <source>Keterangan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="169"/>
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="170"/>
        <source>Nama &amp;lengkap:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="171"/>
        <source>P&amp;eran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="172"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="173"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="185"/>
        <source>Hanya administrator yang dapat menambah pengguna. Anda masuk sebagai {name} ({role}).</source>
        <translation>Only administrators can add users. You are signed in as {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="191"/>
        <source>Keterangan hak akses</source>
        <translation>Access rights note</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="224"/>
        <source>Daftar pengguna tidak dapat dibaca: {message}</source>
        <translation>The user list cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="227"/>
        <source>{n} pengguna</source>
        <translation>Users: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="250"/>
        <source>Kata sandi dan ulangannya tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="262"/>
        <location filename="../../desktop/gui/users.py" line="285"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="272"/>
        <source>Pengguna {username} ditambahkan sebagai {role}.</source>
        <translation>User {username} added as {role}.</translation>
    </message>
</context>
</TS>
