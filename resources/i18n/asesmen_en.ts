<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessAction</name>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="35"/>
        <source>masuk</source>
        <translation>sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="36"/>
        <source>menambah pengguna</source>
        <translation>add a user</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="37"/>
        <source>mengimpor bundel</source>
        <translation>import bundles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="38"/>
        <source>memeriksa lembar hasil</source>
        <translation>check a result sheet</translation>
    </message>
</context>
<context>
    <name>AssessorsPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="777"/>
        <source>Daftar asesor</source>
        <translation>Assessor list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="779"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="779"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="779"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="780"/>
        <source>Akun pengguna</source>
        <translation>User account</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="782"/>
        <source>Nama asesor baru</source>
        <translation>New assessor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="783"/>
        <source>Nama lengkap dengan gelar</source>
        <translation>Full name with titles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="785"/>
        <source>NIP asesor baru</source>
        <translation>New assessor&apos;s NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="786"/>
        <source>18 digit, boleh kosong</source>
        <translation>18 digits, optional</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="787"/>
        <source>&amp;Ketua tim</source>
        <translation>Lead ass&amp;essor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="788"/>
        <source>Asesor baru adalah ketua tim</source>
        <translation>The new assessor is the lead assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="790"/>
        <source>Akun pengguna asesor baru</source>
        <translation>New assessor&apos;s user account</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="791"/>
        <source>&amp;Tambah asesor</source>
        <translation>Add assess&amp;or</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="792"/>
        <source>Tambah asesor</source>
        <translation>Add assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="794"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="795"/>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="797"/>
        <source>Ak&amp;un:</source>
        <translation>Acco&amp;unt:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="802"/>
        <source>Asesor baru</source>
        <translation>New assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="807"/>
        <source>Asesor yang menilai dalam sesi ini. Tautkan akun pengguna agar penilaian yang dimasukkan dengan akun itu tercatat atas nama asesor tersebut.</source>
        <translation>The assessors who rate in this session. Link a user account so that ratings entered with that account are recorded in that assessor&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="820"/>
        <source>Ketua tim</source>
        <translation>Lead assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="820"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="829"/>
        <source>— tidak ditautkan —</source>
        <translation>— not linked —</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="838"/>
        <source>Belum ada akun pengguna lokal</source>
        <translation>No local user accounts yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="847"/>
        <source>Asesor {name} ditambahkan.</source>
        <translation>Assessor {name} added.</translation>
    </message>
</context>
<context>
    <name>AssignmentPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="865"/>
        <source>Penugasan asesor</source>
        <translation>Assessor assignment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="866"/>
        <source>Satu baris per peserta, satu kolom per simulasi: asesor yang menilai</source>
        <translation>One row per assessee, one column per simulation: the assessor who rates</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="870"/>
        <source>Ringkasan penugasan</source>
        <translation>Assignment summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="909"/>
        <source>Juga ditugaskan: {names}</source>
        <translation>Also assigned: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="913"/>
        <source>peserta</source>
        <translation>assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="913"/>
        <source>simulasi</source>
        <translation>simulations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="914"/>
        <source>asesor</source>
        <translation>assessors</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="915"/>
        <source>Penugasan dapat diisi setelah ada {what}.</source>
        <translation>Assignments can be made once there are {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="916"/>
        <source> dan </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="920"/>
        <source>Asesor yang menilai tiap peserta pada tiap simulasi (matriks asesor).</source>
        <translation>The assessor who rates each assessee in each simulation (assessor matrix).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="922"/>
        <source>Pilih asesor yang menilai tiap peserta pada tiap simulasi (matriks asesor); pilihan langsung tersimpan.</source>
        <translation>Choose the assessor who rates each assessee in each simulation (assessor matrix); each choice is saved at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="923"/>
        <source> Nama bercetak miring: penugasan sudah berisi penilaian dan terkunci.</source>
        <translation> Italic cells: the assignment already holds ratings and is locked.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="926"/>
        <source>{filled} dari {total} sel terisi.</source>
        <translation>{filled} of {total} cells filled.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="928"/>
        <source>Beban asesor: {list}.</source>
        <translation>Assessor workload: {list}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="935"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="935"/>
        <source>Peserta</source>
        <translation>Assessee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="938"/>
        <source>NIP {nip} · jabatan sasaran {position}</source>
        <translation>NIP {nip} · target position {position}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="944"/>
        <source>Sudah dinilai: penugasan tidak dapat diubah</source>
        <translation>Already rated: the assignment cannot be changed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="953"/>
        <source>— belum ditugaskan —</source>
        <translation>— not assigned —</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="956"/>
        <source>Asesor untuk {assessee} pada {simulation}</source>
        <translation>Assessor for {assessee} in {simulation}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="971"/>
        <source>{assessor} menilai {assessee} pada {sim}.</source>
        <translation>{assessor} rates {assessee} in {sim}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="972"/>
        <source>Penugasan {assessee} pada {sim} dikosongkan.</source>
        <translation>Assignment of {assessee} in {sim} cleared.</translation>
    </message>
</context>
<context>
    <name>CentralFirstRunDialog</name>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="189"/>
        <source>Penyiapan awal – Basis data pusat BKD</source>
        <translation>Initial setup – BKD central database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="190"/>
        <source>Basis data pusat BKD yang baru</source>
        <translation>New BKD central database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="192"/>
        <source>Basis data pusat ini belum memiliki pengguna. Buat akun administrator BKD pertama; administrator kemudian menambahkan operator (impor bundel, kunci tepercaya) dan analis (melihat dan mengekspor hasil).</source>
        <translation>This central database has no users yet. Create the first BKD administrator account; the administrator then adds operators (bundle import, trusted keys) and analysts (viewing and exporting results).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="195"/>
        <source>Basis data: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="196"/>
        <source>Lokasi basis data pusat</source>
        <translation>Central database location</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="199"/>
        <source>beserta gelar</source>
        <translation>with titles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="201"/>
        <source>Simpan administrator</source>
        <translation>Save administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="209"/>
        <source>Isi nama pengguna dan nama lengkap administrator.</source>
        <translation>Enter the administrator&apos;s username and full name.</translation>
    </message>
</context>
<context>
    <name>CentralImportWidget</name>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="184"/>
        <location filename="../../desktop/gui/central_import.py" line="186"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="184"/>
        <location filename="../../desktop/gui/central_import.py" line="186"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="184"/>
        <location filename="../../desktop/gui/central_import.py" line="186"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="184"/>
        <source>Sesi</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="185"/>
        <source>Peserta</source>
        <translation>Assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="186"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="198"/>
        <location filename="../../desktop/gui/central_import.py" line="245"/>
        <source>Impor bundel</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="200"/>
        <source>Pilih bundel dari flashdisk (berkas .bundle.zip), atau seluruh foldernya. Setiap bundel diperiksa sepenuhnya (tanda tangan pusat asesmen, enkripsi, isi dan segel) sebelum disimpan; bundel yang sama tidak pernah diimpor dua kali dan isi yang berbeda tidak pernah menimpa.</source>
        <translation>Choose bundles from a flash drive (.bundle.zip files), or a whole folder of them. Every bundle is checked in full (assessment centre signature, encryption, contents and seal) before it is stored; the same bundle is never imported twice, and differing contents never overwrite what is stored.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="205"/>
        <source>Bundel yang akan diimpor</source>
        <translation>Bundles to import</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="208"/>
        <source>Tambah &amp;berkas…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="209"/>
        <source>Tambah berkas bundel</source>
        <translation>Add bundle files</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="210"/>
        <source>Tambah berkas bundel (Ctrl+O)</source>
        <translation>Add bundle files (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="211"/>
        <source>Tambah &amp;folder…</source>
        <translation>Add f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="212"/>
        <source>Tambah semua bundel dalam folder</source>
        <translation>Add all bundles in a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="213"/>
        <source>&amp;Hapus dari daftar</source>
        <translation>&amp;Remove from list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="214"/>
        <source>Hapus bundel terpilih dari daftar</source>
        <translation>Remove the selected bundles from the list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="215"/>
        <source>&amp;Kosongkan</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="216"/>
        <source>Kosongkan daftar bundel</source>
        <translation>Clear the bundle list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="224"/>
        <source>Daftar b&amp;undel:</source>
        <translation>B&amp;undle list:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="227"/>
        <source>Berkas kunci BKD</source>
        <translation>BKD key file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="227"/>
        <source>bkd-age.key</source>
        <translation>bkd-age.key</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="228"/>
        <source>Pi&amp;lih…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="229"/>
        <location filename="../../desktop/gui/central_import.py" line="460"/>
        <source>Pilih berkas kunci BKD</source>
        <translation>Choose the BKD key file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="233"/>
        <source>Kata sandi kunci BKD</source>
        <translation>BKD key password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="234"/>
        <location filename="../../desktop/gui/central_import.py" line="484"/>
        <source>Ditanyakan sekali selama Asesmen terbuka; tidak pernah disimpan.</source>
        <translation>Asked once while Asesmen is open; never stored.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="237"/>
        <source>Kunci BK&amp;D:</source>
        <translation>BK&amp;D key:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="238"/>
        <source>Kata &amp;sandi kunci:</source>
        <translation>Key pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="244"/>
        <location filename="../../desktop/gui/central_import.py" line="704"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="249"/>
        <source>Kemajuan impor</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="251"/>
        <source>%v dari %m bundel</source>
        <translation>%v of %m bundles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="253"/>
        <source>Bundel yang sedang diimpor</source>
        <translation>Bundle being imported</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="254"/>
        <source>H&amp;entikan</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="255"/>
        <source>Hentikan impor setelah bundel ini</source>
        <translation>Stop the import after this bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="256"/>
        <source>Berhenti sebelum bundel berikutnya; bundel yang sedang diimpor selesai utuh atau dibatalkan utuh (Esc)</source>
        <translation>Stops before the next bundle; the bundle being imported is either completed in full or rolled back in full (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="262"/>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="277"/>
        <source>Hasil impor per berkas</source>
        <translation>Import results per file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="278"/>
        <source>Hasil impor</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="282"/>
        <source>Ringkasan impor</source>
        <translation>Import summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="283"/>
        <source>Terbitkan &amp;tanda terima…</source>
        <translation>Issue recei&amp;pts…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="284"/>
        <source>Terbitkan tanda terima untuk bundel yang diterapkan</source>
        <translation>Issue receipts for the applied bundles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="291"/>
        <source>Tanda terima</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="310"/>
        <source>Riwayat impor basis data pusat</source>
        <translation>Central database import history</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="311"/>
        <source>Riwayat impor</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="395"/>
        <source>Tidak ada berkas {suffix} di folder {folder}.</source>
        <translation>No {suffix} files in the folder {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="426"/>
        <source>Pilih bundel</source>
        <translation>Choose bundles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="427"/>
        <source>Bundel Asesmen (*.bundle.zip);;Semua berkas (*)</source>
        <translation>Asesmen bundles (*.bundle.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="436"/>
        <source>Pilih folder berisi bundel (mis. flashdisk)</source>
        <translation>Choose a folder containing bundles (e.g. a flash drive)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="462"/>
        <source>Kunci BKD (*.key *.txt);;Semua berkas (*)</source>
        <translation>BKD key (*.key *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="480"/>
        <source>kunci sudah terbuka</source>
        <translation>key already unlocked</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="481"/>
        <source>Kunci BKD terbuka sampai Asesmen ditutup; kata sandi tidak disimpan.</source>
        <translation>The BKD key stays unlocked until Asesmen is closed; the password is not stored.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="497"/>
        <source>Tambahkan dulu berkas bundel yang akan diimpor.</source>
        <translation>First add the bundle files to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="502"/>
        <source>Pilih berkas kunci BKD (bkd-age.key) untuk membuka bundel.</source>
        <translation>Choose the BKD key file (bkd-age.key) to open the bundles.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="528"/>
        <source>Membuka kunci BKD…</source>
        <translation>Unlocking the BKD key…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="538"/>
        <source>Berhenti setelah bundel yang sedang diimpor…</source>
        <translation>Stopping after the bundle being imported…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="546"/>
        <source>Mengimpor {i} dari {n}: {name}</source>
        <translation>Importing {i} of {n}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="573"/>
        <source>diterapkan</source>
        <translation>applied</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="573"/>
        <source>sudah diimpor</source>
        <translation>already imported</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="574"/>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="574"/>
        <source>konflik</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="588"/>
        <source>{n} diterapkan</source>
        <translation>{n} applied</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="589"/>
        <source>{n} sudah diimpor</source>
        <translation>{n} already imported</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="590"/>
        <source>{n} ditolak</source>
        <translation>{n} rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="592"/>
        <source>{n} konflik</source>
        <translation>{n} in conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="596"/>
        <source>Dihentikan: {n} bundel belum diimpor (tetap di daftar).</source>
        <translation>Stopped: bundles not imported yet: {n} (they stay in the list).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="598"/>
        <source>Selesai.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="598"/>
        <source>Dihentikan.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="659"/>
        <source>{n} percobaan impor</source>
        <translation>Import attempts: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="660"/>
        <source>{shown} terbaru dari {n} percobaan impor</source>
        <translation>Latest {shown} of {n} import attempts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="672"/>
        <source>Riwayat impor tidak dapat dibaca: {message}</source>
        <translation>The import history cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="694"/>
        <source>{n} tanda terima ditulis ke {folder}</source>
        <translation>Receipts written to {folder}: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="703"/>
        <source>&amp;Impor {n} bundel</source>
        <translation>&amp;Import bundles ({n})</translation>
    </message>
</context>
<context>
    <name>CentralLoginDialog</name>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="243"/>
        <source>Masuk – Basis data pusat BKD</source>
        <translation>Sign in – BKD central database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="251"/>
        <source>Membuka basis data pusat…</source>
        <translation>Opening the central database…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="257"/>
        <source>Basis data pusat BKD</source>
        <translation>BKD central database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="259"/>
        <source>Lokasi basis data pusat</source>
        <translation>Central database location</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="262"/>
        <source>Masuk dengan akun BKD Anda untuk melanjutkan.</source>
        <translation>Sign in with your BKD account to continue.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="264"/>
        <source>Keadaan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="277"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CentralRole</name>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="171"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="173"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="175"/>
        <source>Analis</source>
        <translation>Analyst</translation>
    </message>
</context>
<context>
    <name>CentralStartup</name>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="120"/>
        <source>pengandar basis data tidak terpasang ({name})</source>
        <translation>database driver not installed ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="123"/>
        <source>berkas tidak dapat dibuat atau dibaca ({reason})</source>
        <translation>the file cannot be created or read ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_login.py" line="128"/>
        <source>Basis data pusat tidak dapat dibuka: {detail}. Lokasi: {where}</source>
        <translation>The central database cannot be opened: {detail}. Location: {where}</translation>
    </message>
</context>
<context>
    <name>CentralUsersWidget</name>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="62"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="62"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="62"/>
        <location filename="../../desktop/gui/central_users.py" line="63"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="63"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="63"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="63"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="64"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="64"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="87"/>
        <source>Daftar pengguna BKD</source>
        <translation>BKD user list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="88"/>
        <source>Pengguna BKD</source>
        <translation>BKD users</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="91"/>
        <source>Administrator: semua. Operator: impor bundel dan kunci tepercaya. Analis: melihat dan mengekspor hasil.</source>
        <translation>Administrator: everything. Operator: bundle import and trusted keys. Analyst: viewing and exporting results.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="96"/>
        <source>Tambah pengguna BKD</source>
        <translation>Add a BKD user</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="112"/>
        <source>Riwayat akses data pribadi</source>
        <translation>Personal data access history</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="114"/>
        <source>Setiap kali data pegawai dilihat atau diekspor tercatat di sini dan tidak dapat diubah (UU 27/2022 tentang Pelindungan Data Pribadi). Saring menurut NIP untuk riwayat akses seorang pegawai.</source>
        <translation>Every time employee data is viewed or exported, it is recorded here and cannot be changed (UU 27/2022 on Personal Data Protection). Filter by NIP for one employee&apos;s access history.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="116"/>
        <source>Saring menurut NIP</source>
        <translation>Filter by NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="116"/>
        <source>NIP, mis. 19820314 200604 2 901</source>
        <translation>NIP, e.g. 19820314 200604 2 901</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="120"/>
        <source>Saring menurut pengguna</source>
        <translation>Filter by user</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="122"/>
        <source>Tam&amp;pilkan</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="123"/>
        <source>Tampilkan riwayat akses</source>
        <translation>Show the access history</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="125"/>
        <source>&amp;NIP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="127"/>
        <source>Pen&amp;gguna:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="135"/>
        <source>Pesan kesalahan riwayat akses</source>
        <translation>Access history error message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="141"/>
        <source>Riwayat akses</source>
        <translation>Access history</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="143"/>
        <source>Jumlah entri riwayat akses</source>
        <translation>Number of access history entries</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="164"/>
        <source>Daftar pengguna tidak dapat dibaca: {message}</source>
        <translation>The user list cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="170"/>
        <source>Akun Anda</source>
        <translation>Your account</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="172"/>
        <source>{n} pengguna</source>
        <translation>Users: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="176"/>
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="192"/>
        <source>{username} ditambahkan sebagai {role}.</source>
        <translation>{username} added as {role}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="209"/>
        <source>NIP harus 18 angka (spasi boleh), mis. 19820314 200604 2 901.</source>
        <translation>The NIP must be 18 digits (spaces allowed), e.g. 19820314 200604 2 901.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="215"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="228"/>
        <source>{n} entri untuk saringan ini</source>
        <translation>Entries for this filter: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="230"/>
        <source>{n} entri terbaru</source>
        <translation>Latest entries: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="232"/>
        <source>(hanya {limit} terbaru ditampilkan)</source>
        <translation>(only the latest {limit} shown)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="240"/>
        <source>{n} orang</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_users.py" line="247"/>
        <source>Riwayat akses tidak dapat dibaca: {message}</source>
        <translation>The access history cannot be read: {message}</translation>
    </message>
</context>
<context>
    <name>CentralWindow</name>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="60"/>
        <source>Asesmen BKD — {name}</source>
        <translation>Asesmen BKD — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="73"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="76"/>
        <source>Tutup Asesmen</source>
        <translation>Close Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="78"/>
        <source>&amp;Tentang Asesmen</source>
        <translation>&amp;About Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="82"/>
        <source>Bahasa antarmuka; berlaku setelah Asesmen dibuka ulang</source>
        <translation>Interface language; takes effect after Asesmen is restarted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="87"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="89"/>
        <source>&amp;Halaman</source>
        <translation>Pa&amp;ges</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="90"/>
        <source>B&amp;ahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="92"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="97"/>
        <source>Halaman</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="109"/>
        <source>Impor bundel</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="113"/>
        <source>Kunci tepercaya</source>
        <translation>Trusted keys</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="118"/>
        <source>Periksa lembar</source>
        <translation>Check sheets</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="122"/>
        <source>Pengguna &amp;&amp; riwayat akses</source>
        <translation>Users &amp;&amp; access history</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="128"/>
        <source>Peran Anda belum memberi akses ke halaman mana pun. Hubungi administrator BKD.</source>
        <translation>Your role does not give access to any page yet. Contact the BKD administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="131"/>
        <source>Asesmen BKD</source>
        <translation>Asesmen BKD</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="150"/>
        <source>Basis data pusat: {where}</source>
        <translation>Central database: {where}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="151"/>
        <source>Lokasi basis data pusat</source>
        <translation>Central database location</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="153"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="155"/>
        <source>Pengguna yang masuk</source>
        <translation>Signed-in user</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="190"/>
        <source>Riwayat akses tidak dapat dicatat: {message}</source>
        <translation>The access history cannot be recorded: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="218"/>
        <source>Bahasa antarmuka disimpan: {language}. Berlaku setelah Asesmen dibuka kembali.</source>
        <translation>Interface language saved: {language}. It takes effect after Asesmen is opened again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="223"/>
        <source>Tentang Asesmen</source>
        <translation>About Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_window.py" line="224"/>
        <source>Asesmen {version}

Ruang kerja BKD: impor bundel hasil penilaian kompetensi ASN, kunci tepercaya, pemeriksaan lembar hasil, talenta dan kebutuhan pelatihan.</source>
        <translation>Asesmen {version}

BKD workspace: import of ASN competency assessment result bundles, trusted keys, result sheet checks, talent and training needs.</translation>
    </message>
</context>
<context>
    <name>CheckSheetWidget</name>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="118"/>
        <location filename="../../desktop/gui/check_sheet.py" line="245"/>
        <source>Periksa lembar hasil</source>
        <translation>Check a result sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="124"/>
        <source>Ketik kode verifikasi yang tercetak di bagian bawah lembar hasil. Kode dicocokkan dengan hasil yang disegel dan diimpor ke basis data pusat. Isi juga yang tercetak di lembar untuk membandingkannya.</source>
        <translation>Type the verification code printed at the bottom of the result sheet. The code is matched against the sealed results imported into the central database. Also fill in what is printed on the sheet to compare it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="129"/>
        <source>Basis data pusat</source>
        <translation>Central database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="130"/>
        <source>berkas .sqlite atau URL, mis. postgresql://bkd@server/pusat</source>
        <translation>.sqlite file or URL, e.g. postgresql://bkd@server/pusat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="132"/>
        <source>&amp;Pilih…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="133"/>
        <source>Pilih berkas basis data pusat</source>
        <translation>Choose the central database file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="138"/>
        <source>Kode verifikasi</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="138"/>
        <source>mis. 9FC1-18D9-0F67</source>
        <translation>e.g. 9FC1-18D9-0F67</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="145"/>
        <source>Kode terbaca</source>
        <translation>Code as read</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="147"/>
        <source>NIP yang tercetak</source>
        <translation>Printed NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="147"/>
        <source>mis. 19820314 200604 2 901</source>
        <translation>e.g. 19820314 200604 2 901</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="148"/>
        <source>JPM yang tercetak</source>
        <translation>Printed JPM</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="148"/>
        <source>mis. 96,30</source>
        <translation>e.g. 96,30</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="149"/>
        <source>Kategori yang tercetak</source>
        <translation>Printed category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="149"/>
        <source>kode, mis. O atau MS</source>
        <translation>code, e.g. O or MS</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="150"/>
        <source>Yang tercetak di lembar (boleh dikosongkan)</source>
        <translation>Printed on the sheet (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="152"/>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="153"/>
        <source>&amp;JPM (%):</source>
        <translation>&amp;JPM (%):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="154"/>
        <source>K&amp;ategori:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="158"/>
        <source>&amp;Basis data pusat:</source>
        <translation>Central &amp;database:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="160"/>
        <source>&amp;Kode verifikasi:</source>
        <translation>&amp;Verification code:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="171"/>
        <source>P&amp;eriksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="172"/>
        <source>Periksa kode verifikasi</source>
        <translation>Check the verification code</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="173"/>
        <source>Periksa (Enter)</source>
        <translation>Check (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="176"/>
        <source>Keadaan pemeriksaan</source>
        <translation>Check status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="184"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="198"/>
        <source>Hasil pemeriksaan</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="202"/>
        <source>Keterangan hasil pemeriksaan</source>
        <translation>Check result details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="207"/>
        <source>Perbedaan</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="208"/>
        <source>Tersimpan di basis data pusat:</source>
        <translation>Stored in the central database:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="253"/>
        <location filename="../../desktop/gui/check_sheet.py" line="443"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="254"/>
        <location filename="../../desktop/gui/check_sheet.py" line="442"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="255"/>
        <source>Jabatan sasaran</source>
        <translation>Target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="256"/>
        <location filename="../../desktop/gui/check_sheet.py" line="442"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="257"/>
        <location filename="../../desktop/gui/check_sheet.py" line="442"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="258"/>
        <source>Sesi</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="259"/>
        <source>Penyelenggara</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="260"/>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="307"/>
        <source>Isi lokasi basis data pusat: berkas .sqlite atau URL.</source>
        <translation>Enter the location of the central database: a .sqlite file or a URL.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="313"/>
        <source>Berkas basis data pusat tidak ditemukan: {path}</source>
        <translation>Central database file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="317"/>
        <source>Berkas {path} kosong: itu bukan basis data pusat.</source>
        <translation>The file {path} is empty: it is not a central database.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="322"/>
        <source>Kode verifikasi tidak sah: 12 angka atau huruf A–F, mis. 9FC1-18D9-0F67.</source>
        <translation>Invalid verification code: 12 digits or letters A–F, e.g. 9FC1-18D9-0F67.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="330"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="339"/>
        <source>Pilih basis data pusat</source>
        <translation>Choose the central database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="340"/>
        <source>Basis data SQLite (*.sqlite *.sqlite3 *.db);;Semua berkas (*)</source>
        <translation>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="373"/>
        <source>Basis data pusat tidak dapat dibaca: {message}</source>
        <translation>The central database cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="386"/>
        <source>Terbaca sebagai {code}</source>
        <translation>Read as {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="389"/>
        <source>{n} dari 12 karakter; hanya angka 0–9 dan huruf A–F</source>
        <translation>{n} of 12 characters; only digits 0–9 and letters A–F</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="391"/>
        <source>Huruf kecil, spasi dan tanda hubung boleh; huruf O dibaca angka 0.</source>
        <translation>Lower-case letters, spaces and hyphens are allowed; the letter O is read as the digit 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="399"/>
        <source>✓ COCOK</source>
        <translation>✓ MATCHES</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="400"/>
        <source>Lembar ini sesuai dengan hasil yang disegel dan tersimpan di basis data pusat.</source>
        <translation>This sheet matches the sealed results stored in the central database.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="403"/>
        <source>✗ TIDAK COCOK</source>
        <translation>✗ DOES NOT MATCH</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="405"/>
        <source>Tidak ada lembar hasil dengan kode ini di basis data pusat. Periksa ketikan kode; bila benar, lembar ini tidak berasal dari sesi yang sudah diimpor.</source>
        <translation>There is no result sheet with this code in the central database. Check how the code was typed; if it is correct, this sheet does not come from a session that has been imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="409"/>
        <source>Kode ini ada, tetapi isi lembar berbeda dengan yang tersimpan:</source>
        <translation>This code exists, but the sheet differs from what is stored:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="446"/>
        <source>• {what}: tercetak {printed}, tersimpan {stored}</source>
        <translation>• {what}: printed {printed}, stored {stored}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="462"/>
        <source>{date} (masih berlaku)</source>
        <translation>{date} (still valid)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/check_sheet.py" line="463"/>
        <source>{date} (sudah tidak berlaku)</source>
        <translation>{date} (expired)</translation>
    </message>
</context>
<context>
    <name>CompetencyRow</name>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="335"/>
        <source>Status simpan {name}</source>
        <translation>Save status of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="339"/>
        <source>Kesalahan {name}</source>
        <translation>Error for {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="342"/>
        <source>Bukti perilaku {name}</source>
        <translation>Behavioural evidence for {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="343"/>
        <source>Bukti perilaku: apa yang dikatakan atau dilakukan peserta…</source>
        <translation>Behavioural evidence: what the assessee said or did…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="407"/>
        <source>(tidak ada bukti perilaku)</source>
        <translation>(no behavioural evidence)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="425"/>
        <source>Level {n}: {title}</source>
        <translation>Level {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="418"/>
        <source>Belum ada level</source>
        <translation>No level yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="424"/>
        <source>antara {low} dan {high}</source>
        <translation>between {low} and {high}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="435"/>
        <source>✓ tersimpan</source>
        <translation>✓ saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="435"/>
        <source>⚠ belum tersimpan</source>
        <translation>⚠ not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="436"/>
        <source>● belum tersimpan</source>
        <translation>● not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="436"/>
        <source>○ belum dinilai</source>
        <translation>○ not rated</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="441"/>
        <source>pilih level agar bukti perilaku dapat disimpan</source>
        <translation>choose a level so that the behavioural evidence can be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="444"/>
        <source>lengkapi level dan bukti perilaku sebelum formulir dikirim</source>
        <translation>add a level and behavioural evidence before the form is submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="445"/>
        <source>lengkapi bukti perilaku sebelum formulir dikirim</source>
        <translation>add behavioural evidence before the form is submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="446"/>
        <source>pilih level sebelum formulir dikirim</source>
        <translation>choose a level before the form is submitted</translation>
    </message>
</context>
<context>
    <name>DeliveryWidget</name>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="564"/>
        <source>Pengiriman ke BKD</source>
        <translation>Delivery to BKD</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="566"/>
        <source>Sesi tersegel dikirim ke BKD sebagai bundel aman: terenkripsi untuk BKD dan bertanda tangan pusat asesmen. Setelah BKD mengimpornya, BKD mengirim tanda terima; setelah tanda terima dicatat, salinan lokal sesi boleh dihapus dari laptop ini.</source>
        <translation>Sealed sessions are sent to BKD as secure bundles: encrypted for BKD and signed by the assessment centre. Once BKD has imported a bundle, it sends a receipt; once the receipt is recorded, the local copy of the session may be deleted from this laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="573"/>
        <source>Kunci publik BKD yang terpasang</source>
        <translation>Installed BKD public key</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="575"/>
        <source>&amp;Pasang kunci publik BKD…</source>
        <translation>&amp;Install BKD public key…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="576"/>
        <source>Pilih berkas kunci publik BKD</source>
        <translation>Choose the BKD public key file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="586"/>
        <source>Sesi tersegel dan status pengirimannya</source>
        <translation>Sealed sessions and their delivery status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="588"/>
        <source>Sesi</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="588"/>
        <source>Peserta</source>
        <translation>Assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="588"/>
        <source>Disegel</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="588"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="588"/>
        <source>Bundel</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="589"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="593"/>
        <source>Belum ada sesi tersegel. Sesi dapat diekspor setelah rapat integrasi ditutup dan sesinya disegel.</source>
        <translation>No sealed sessions yet. A session can be exported once the integration meeting has been closed and the session sealed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="598"/>
        <source>&amp;Ekspor bundel…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="599"/>
        <source>Ekspor sesi terpilih sebagai bundel aman untuk BKD</source>
        <translation>Export the selected sessions as a secure bundle for BKD</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="601"/>
        <source>Ekspor sesi terpilih (Ctrl+E)</source>
        <translation>Export the selected sessions (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="602"/>
        <source>Impor &amp;tanda terima…</source>
        <translation>Import &amp;receipts…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="603"/>
        <source>Impor tanda terima dari BKD</source>
        <translation>Import receipts from BKD</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="604"/>
        <source>&amp;Hapus salinan lokal…</source>
        <translation>&amp;Delete local copy…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="605"/>
        <source>Hapus salinan lokal sesi yang sudah diterima BKD</source>
        <translation>Delete the local copy of sessions already received by BKD</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="607"/>
        <source>Hanya untuk sesi yang sudah diterima BKD (Delete)</source>
        <translation>Only for sessions already received by BKD (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="614"/>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="616"/>
        <source>Keterangan kemajuan</source>
        <translation>Progress details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="616"/>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="616"/>
        <source>Henti&amp;kan</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="616"/>
        <source>Hentikan</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="701"/>
        <source>Belum diekspor</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="702"/>
        <source>Diekspor</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="703"/>
        <source>Diterima BKD</source>
        <translation>Received by BKD</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="704"/>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="709"/>
        <source>belum pernah diekspor</source>
        <translation>never exported</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="711"/>
        <source>diekspor {when} oleh {who}; menunggu tanda terima BKD</source>
        <translation>exported {when} by {who}; awaiting the BKD receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="714"/>
        <source>diterima BKD {when}; tanda terima dicatat {recorded}</source>
        <translation>received by BKD {when}; receipt recorded {recorded}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="716"/>
        <source>salinan lokal dihapus {when} oleh {who}; diterima BKD {received}</source>
        <translation>local copy deleted {when} by {who}; received by BKD {received}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="759"/>
        <source>Kunci publik BKD belum dipasang: pilih berkas bkd.age.pub dari BKD (dipakai untuk ekspor dan untuk memeriksa tanda terima).</source>
        <translation>BKD public key not installed: choose the bkd.age.pub file from BKD (used for exports and to check receipts).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="763"/>
        <source>kunci tanda terima ID {id}</source>
        <translation>receipt key ID {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="765"/>
        <source>tanpa kunci tanda terima</source>
        <translation>no receipt key</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="766"/>
        <source>Kunci publik BKD: {path} ({receipt})</source>
        <translation>BKD public key: {path} ({receipt})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="796"/>
        <source>Kunci publik BKD</source>
        <translation>BKD public key</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="797"/>
        <source>Kunci publik BKD (*.pub);;Semua berkas (*)</source>
        <translation>BKD public key (*.pub);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="808"/>
        <source>Bukan berkas kunci publik BKD: {reason}</source>
        <translation>Not a BKD public key file: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="835"/>
        <source>Bundel {name} ({count} sesi) ditulis ke {folder}. Serahkan ke BKD; setelah BKD mengimpornya, impor tanda terimanya di sini.</source>
        <translation>Bundle {name} (sessions: {count}) written to {folder}. Hand it to BKD; once BKD has imported it, import its receipt here.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="839"/>
        <source>Kunci pusat asesmen baru dibuat: serahkan {path} ke BKD untuk daftar kepercayaannya.</source>
        <translation>New assessment centre key created: hand {path} to BKD for its trust list.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="854"/>
        <source>Tanda terima BKD</source>
        <translation>BKD receipts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="855"/>
        <source>Tanda terima BKD (*.receipt.zip);;Semua berkas (*)</source>
        <translation>BKD receipts (*.receipt.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="864"/>
        <source>Pasang kunci publik BKD dulu: tanda terima diperiksa dengan kunci itu.</source>
        <translation>Install the BKD public key first: receipts are checked with that key.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="879"/>
        <source>Memeriksa tanda terima…</source>
        <translation>Checking receipts…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="886"/>
        <source>{count} tanda terima dicatat: sesinya kini berstatus diterima BKD.</source>
        <translation>Receipts recorded: {count}. The sessions are now marked as received by BKD.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="890"/>
        <source>{count} tanda terima sudah tercatat sebelumnya.</source>
        <translation>Receipts already recorded earlier: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="917"/>
        <source>Menghapus salinan lokal…</source>
        <translation>Deleting the local copy…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="920"/>
        <source>Salinan lokal sesi &apos;{title}&apos; dihapus ({count} peserta). Yang tersisa hanya catatan tanpa data pribadi.</source>
        <translation>Local copy of session &apos;{title}&apos; deleted (assessees: {count}). Only a record without personal data remains.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="924"/>
        <source>Perhatian: {count} salinan cadangan basis data di {folder} masih memuat data sesi ini; hapus bila tidak diperlukan.</source>
        <translation>Note: backup copies of the database in {folder} ({count}) still contain this session&apos;s data; delete them if they are not needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="978"/>
        <source>Dihentikan. Tanda terima yang sudah diperiksa tetap tercatat.</source>
        <translation>Stopped. Receipts already checked stay recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="1015"/>
        <source>1 tanda terima dicatat: sesinya kini berstatus diterima BKD.</source>
        <translation>1 receipt recorded: the session is now marked as received by BKD.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="168"/>
        <source>Judul sesi</source>
        <translation>Session title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="170"/>
        <source>Tujuan penilaian</source>
        <translation>Assessment purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="171"/>
        <source>Pengisian jabatan</source>
        <translation>Filling a position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="172"/>
        <source>Pemetaan kompetensi</source>
        <translation>Competency mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="173"/>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="174"/>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="176"/>
        <source>— belum ditentukan —</source>
        <translation>— not set —</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="178"/>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="180"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="182"/>
        <source>Penyelenggara</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="184"/>
        <source>Pimpinan penyelenggara</source>
        <translation>Head of the provider</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="185"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="186"/>
        <source>Simpan rincian sesi</source>
        <translation>Save session details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="188"/>
        <source>Simpan rincian sesi (Ctrl+S)</source>
        <translation>Save session details (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="189"/>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="190"/>
        <source>Batalkan perubahan rincian</source>
        <translation>Discard changes to the details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="192"/>
        <source>Tujuan menentukan skema kategori hasil: pengisian jabatan MS / MMS / KMS, pemetaan O / CO / KO.</source>
        <translation>The purpose sets the result category scheme: filling a position MS / MMS / KMS, mapping O / CO / KO.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="198"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="202"/>
        <source>J&amp;udul:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="202"/>
        <source>&amp;Tujuan:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="205"/>
        <source>Tan&amp;ggal:</source>
        <translation>Dat&amp;es:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="208"/>
        <source>T&amp;empat:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="208"/>
        <source>&amp;Instansi:</source>
        <translation>Agen&amp;cy:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="209"/>
        <source>Pe&amp;nyelenggara:</source>
        <translation>P&amp;rovider:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="210"/>
        <source>Pimpinan pen&amp;yelenggara:</source>
        <translation>Head &amp;of the provider:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="216"/>
        <source>Rincian sesi penilaian</source>
        <translation>Assessment session details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="240"/>
        <source>Langkah skala penilaian</source>
        <translation>Rating scale step</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="245"/>
        <source>Keterangan skala penilaian</source>
        <translation>Rating scale note</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="246"/>
        <source>S&amp;kala penilaian:</source>
        <translation>Rating &amp;scale:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="252"/>
        <source>Skala penilaian individual</source>
        <translation>Individual rating scale</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="269"/>
        <source>Level bulat ({levels})</source>
        <translation>Whole levels ({levels})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="270"/>
        <source>Setengah level ({levels})</source>
        <translation>Half levels ({levels})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="276"/>
        <source>Sesi sudah disegel: skala hanya dapat dilihat.</source>
        <translation>The session is sealed: the scale is read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="278"/>
        <source>Tidak dapat diubah lagi: sesi ini sudah memiliki {n} penilaian, dan penilaian tidak pernah dibaca ulang dengan skala lain.</source>
        <translation>Can no longer be changed: this session already holds ratings ({n}), and ratings are never re-read on another scale.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="281"/>
        <source>Dapat diubah selama sesi belum memiliki penilaian.</source>
        <translation>Can be changed as long as the session has no ratings.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="283"/>
        <source>Skala untuk penilaian per simulasi. Usulan (median), level akhir, standar jabatan, JPM dan kategori tetap level bulat: usulan dibulatkan dengan aturan pembulatan sesi.</source>
        <translation>The scale for the ratings per simulation. The proposal (median), final level, position standard, JPM and category stay whole levels: the proposal is rounded with the session&apos;s rounding rule.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="291"/>
        <source>Skala penilaian tersimpan: {scale}.</source>
        <translation>Rating scale saved: {scale}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="340"/>
        <source>Rincian sesi tersimpan.</source>
        <translation>Session details saved.</translation>
    </message>
</context>
<context>
    <name>ExpiryPage</name>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1041"/>
        <location filename="../../desktop/gui/talent_views.py" line="1044"/>
        <location filename="../../desktop/gui/talent_views.py" line="1049"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1041"/>
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1041"/>
        <source>Segera berakhir</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1044"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1044"/>
        <source>Jabatan sasaran</source>
        <translation>Target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1044"/>
        <source>Disegel</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1045"/>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1045"/>
        <source>Sisa</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1049"/>
        <source>Semua unit kerja</source>
        <translation>All work units</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1052"/>
        <source>Berakhir dalam (hari)</source>
        <translation>Ending within (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1056"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1059"/>
        <source>&amp;Unit kerja:</source>
        <translation>Work &amp;unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1059"/>
        <source>&amp;Berakhir dalam:</source>
        <translation>&amp;Ending within:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1060"/>
        <source>Ekspor masa berlaku ke Excel</source>
        <translation>Export validity to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1060"/>
        <source>Ekspor masa berlaku ke PDF</source>
        <translation>Export validity to PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1061"/>
        <source>Ringkasan masa berlaku</source>
        <translation>Validity summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1062"/>
        <source>Per unit kerja</source>
        <translation>Per work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1065"/>
        <source>Hasil yang kedaluwarsa atau segera berakhir</source>
        <translation>Results that have expired or expire soon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1067"/>
        <source>Masa berlaku hasil</source>
        <translation>Validity of results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1074"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1081"/>
        <source>{total} hasil terbaru sudah kedaluwarsa atau berakhir dalam {days} hari (sebelum {horizon}): {expired} kedaluwarsa.</source>
        <translation>Latest results expired or ending within {days} days (before {horizon}): {total}, of which {expired} expired.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1089"/>
        <source>{n} hari lalu</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1090"/>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1096"/>
        <source>{n} orang</source>
        <translation>People: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1097"/>
        <source>{shown} dari {n} orang (yang paling dulu berakhir); ekspor untuk daftar lengkap</source>
        <translation>{shown} of {n} people (those ending soonest); export for the full list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1109"/>
        <source>Ekspor masa berlaku</source>
        <translation>Export validity</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="148"/>
        <location filename="../../desktop/gui/delivery.py" line="234"/>
        <source>Ekspor bundel untuk BKD</source>
        <translation>Export bundle for BKD</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="161"/>
        <source>{count} sesi tersegel dalam satu bundel aman: {titles}</source>
        <translation>Sealed sessions in one secure bundle ({count}): {titles}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="166"/>
        <source>Berkas kunci publik BKD</source>
        <translation>BKD public key file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="168"/>
        <location filename="../../desktop/gui/delivery.py" line="175"/>
        <location filename="../../desktop/gui/delivery.py" line="191"/>
        <source>Pilih…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="168"/>
        <source>Pilih berkas kunci publik BKD</source>
        <translation>Choose the BKD public key file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="174"/>
        <source>Berkas kunci tanda tangan pusat asesmen</source>
        <translation>Assessment centre signing key file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="175"/>
        <source>Pilih berkas kunci tanda tangan pusat</source>
        <translation>Choose the centre&apos;s signing key file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="181"/>
        <source>Kata sandi kunci pusat asesmen</source>
        <translation>Assessment centre key password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="182"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="185"/>
        <source>Ulangi kata sandi kunci baru</source>
        <translation>Repeat the new key&apos;s password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="189"/>
        <location filename="../../desktop/gui/delivery.py" line="336"/>
        <source>Folder tujuan bundel</source>
        <translation>Bundle destination folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="190"/>
        <source>mis. flashdisk: /media/…</source>
        <translation>e.g. a flash drive: /media/…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="191"/>
        <source>Pilih folder tujuan</source>
        <translation>Choose the destination folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="200"/>
        <source>Kunci publik &amp;BKD:</source>
        <translation>&amp;BKD public key:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="204"/>
        <source>&amp;Kunci pusat asesmen:</source>
        <translation>Assessment centre &amp;key:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="208"/>
        <source>Kata &amp;sandi kunci:</source>
        <translation>Key pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="212"/>
        <source>&amp;Folder tujuan:</source>
        <translation>Destination &amp;folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="217"/>
        <source>Pesan ekspor</source>
        <translation>Export message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="219"/>
        <source>Keterangan kemajuan</source>
        <translation>Progress details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="219"/>
        <source>Kemajuan ekspor</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="219"/>
        <source>&amp;Hentikan</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="220"/>
        <source>Hentikan ekspor sebelum bundel ditulis</source>
        <translation>Stop the export before the bundle is written</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="222"/>
        <source>&amp;Ekspor</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="223"/>
        <source>Ekspor bundel</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="225"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="226"/>
        <source>Tutup tanpa mengekspor</source>
        <translation>Close without exporting</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="287"/>
        <source>Berkas bkd.age.pub dari BKD: bundel dienkripsi untuk BKD saja.</source>
        <translation>The bkd.age.pub file from BKD: the bundle is encrypted for BKD only.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="291"/>
        <source>Berkas tidak ditemukan.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="296"/>
        <source>Bukan berkas kunci publik BKD (tidak memuat baris age1…).</source>
        <translation>Not a BKD public key file (it has no age1… line).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="299"/>
        <source>kunci tanda terima ID {id}</source>
        <translation>receipt key ID {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="301"/>
        <source>tanpa kunci tanda terima (berkas lama: minta yang baru dari BKD)</source>
        <translation>no receipt key (old file: ask BKD for a new one)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="302"/>
        <source>Penerima {recipient}; {receipt}.</source>
        <translation>Recipient {recipient}; {receipt}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="311"/>
        <location filename="../../desktop/gui/delivery.py" line="366"/>
        <source>Pilih berkas kunci tanda tangan pusat asesmen.</source>
        <translation>Choose the assessment centre signing key file.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="314"/>
        <source>Berkas ini belum ada: kunci baru dibuat dengan kata sandi di bawah (minimal {n} karakter), dan kunci publiknya (centre.pub) ditulis di sampingnya untuk diserahkan ke BKD.</source>
        <translation>This file does not exist yet: a new key is created with the password below (at least {n} characters), and its public key (centre.pub) is written next to it, to be handed to BKD.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="319"/>
        <source>Kunci pusat asesmen ID {id}.</source>
        <translation>Assessment centre key ID {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="321"/>
        <source>Bukan berkas kunci tanda tangan pusat asesmen.</source>
        <translation>Not an assessment centre signing key file.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="325"/>
        <source>Kunci publik BKD</source>
        <translation>BKD public key</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="326"/>
        <source>Kunci publik BKD (*.pub);;Semua berkas (*)</source>
        <translation>BKD public key (*.pub);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="331"/>
        <source>Kunci tanda tangan pusat asesmen</source>
        <translation>Assessment centre signing key</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="332"/>
        <source>Kunci rahasia (*.key);;Semua berkas (*)</source>
        <translation>Secret keys (*.key);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="362"/>
        <source>Pilih berkas kunci publik BKD (bkd.age.pub).</source>
        <translation>Choose the BKD public key file (bkd.age.pub).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="364"/>
        <source>Berkas kunci publik BKD tidak ditemukan: {path}</source>
        <translation>BKD public key file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="369"/>
        <source>Ketik kata sandi kunci pusat asesmen.</source>
        <translation>Type the assessment centre key password.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="372"/>
        <source>Kata sandi kunci baru minimal {n} karakter.</source>
        <translation>The new key&apos;s password must be at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="374"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="377"/>
        <source>Pilih folder tujuan (mis. flashdisk).</source>
        <translation>Choose the destination folder (e.g. a flash drive).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="379"/>
        <source>Folder tujuan tidak ditemukan: {path} (flashdisk belum terpasang?)</source>
        <translation>Destination folder not found: {path} (is the flash drive plugged in?)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="408"/>
        <location filename="../../desktop/gui/delivery.py" line="434"/>
        <source>Membuka kunci…</source>
        <translation>Unlocking the key…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="425"/>
        <source>Menghentikan…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="436"/>
        <source>Mengenkripsi dan menulis bundel…</source>
        <translation>Encrypting and writing the bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="438"/>
        <source>Menyiapkan sesi {n} dari {total}: {title}</source>
        <translation>Preparing session {n} of {total}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="454"/>
        <source>Ekspor gagal: {reason}</source>
        <translation>Export failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="462"/>
        <source>Ekspor dihentikan: tidak ada bundel yang ditulis.</source>
        <translation>Export stopped: no bundle was written.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/gui/login.py" line="236"/>
        <source>Penyiapan awal – Asesmen</source>
        <translation>Initial setup – Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="237"/>
        <source>Selamat datang di Asesmen</source>
        <translation>Welcome to Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="239"/>
        <source>Sebelum mulai, isi profil pusat asesmen (dicetak pada setiap lembar hasil) dan buat akun administrator pertama. Administrator kemudian menambahkan akun ketua tim dan asesor.</source>
        <translation>Before you start, fill in the assessment centre&apos;s profile (printed on every result sheet) and create the first administrator account. The administrator then adds the accounts of lead assessors and assessors.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="242"/>
        <source>Nama pusat asesmen</source>
        <translation>Assessment centre name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="243"/>
        <source>mis. UPT Penilaian Kompetensi BKD Provinsi Banten</source>
        <translation>e.g. UPT Penilaian Kompetensi BKD Provinsi Banten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="244"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="244"/>
        <source>mis. Badan Kepegawaian Daerah Provinsi Banten</source>
        <translation>e.g. Badan Kepegawaian Daerah Provinsi Banten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="245"/>
        <source>Pimpinan penyelenggara</source>
        <translation>Head of the provider</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="245"/>
        <source>nama lengkap beserta gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="246"/>
        <source>Pusat asesmen</source>
        <translation>Assessment centre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="248"/>
        <source>&amp;Nama pusat asesmen:</source>
        <translation>Assessment centre &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="249"/>
        <source>&amp;Instansi:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="250"/>
        <source>Pi&amp;mpinan penyelenggara:</source>
        <translation>&amp;Head of the provider:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="263"/>
        <source>Nama pengguna administrator</source>
        <translation>Administrator username</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="264"/>
        <source>huruf, angka, titik atau garis bawah</source>
        <translation>letters, digits, dots or underscores</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="265"/>
        <source>Nama lengkap administrator</source>
        <translation>Administrator&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="266"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="267"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="268"/>
        <source>Minimal {n} karakter.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="253"/>
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="270"/>
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="271"/>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="272"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="273"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="279"/>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="281"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="256"/>
        <source>Simpan profil dan administrator</source>
        <translation>Save the profile and the administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="283"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="320"/>
        <source>Lengkapi nama pusat asesmen, instansi dan pimpinan penyelenggara.</source>
        <translation>Fill in the assessment centre name, the agency and the head of the provider.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="340"/>
        <source>Kata sandi dan ulangannya tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="354"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>FormStatus</name>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="71"/>
        <source>✓ terkirim</source>
        <translation>✓ submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="73"/>
        <source>◐ draf {rated}/{total}</source>
        <translation>◐ draft {rated}/{total}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="74"/>
        <source>○ belum diisi</source>
        <translation>○ not started</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="192"/>
        <source>Sesi “{title}” sudah disegel: peserta tidak dapat ditambahkan.</source>
        <translation>Session “{title}” is sealed: assessees cannot be added.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="195"/>
        <source>Impor peserta</source>
        <translation>Import assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="227"/>
        <location filename="../../desktop/gui/import_wizard.py" line="258"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="228"/>
        <location filename="../../desktop/gui/import_wizard.py" line="258"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="229"/>
        <location filename="../../desktop/gui/import_wizard.py" line="258"/>
        <source>Golongan</source>
        <translation>Grade (golongan)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="230"/>
        <source>Jabatan saat ini</source>
        <translation>Current position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="231"/>
        <location filename="../../desktop/gui/import_wizard.py" line="258"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="232"/>
        <location filename="../../desktop/gui/import_wizard.py" line="259"/>
        <source>Jabatan sasaran</source>
        <translation>Target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="233"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="234"/>
        <source>Jenis pegawai</source>
        <translation>Employee type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="262"/>
        <source>Pilih berkas</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="262"/>
        <source>Petakan kolom</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="262"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="262"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="267"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="280"/>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="280"/>
        <source>&amp;Hentikan</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="280"/>
        <source>Hentikan proses yang berjalan</source>
        <translation>Stop the running process</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="283"/>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="284"/>
        <source>Kembali ke langkah sebelumnya</source>
        <translation>Back to the previous step</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="285"/>
        <source>&amp;Lanjut</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="286"/>
        <source>Lanjut ke langkah berikutnya</source>
        <translation>Go to the next step</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="254"/>
        <source>&amp;Impor peserta</source>
        <translation>&amp;Import assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="289"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="290"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="291"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="292"/>
        <source>Batal dan tutup tanpa mengimpor</source>
        <translation>Cancel and close without importing</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="312"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="240"/>
        <source>Pilih lembar kerja daftar peserta dari BKD: berkas Excel (.xlsx, lembar pertama yang dibaca) atau CSV. Baris judul di atas baris nama kolom boleh ada; setiap baris berikutnya adalah satu peserta.</source>
        <translation>Choose the BKD&apos;s assessee list spreadsheet: an Excel file (.xlsx; the first sheet is read) or a CSV file. Title rows above the row of column names are allowed; every row after it is one assessee.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="323"/>
        <source>Kolom yang dikenali: {fields}. Wajib: {required}.</source>
        <translation>Recognised columns: {fields}. Required: {required}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="327"/>
        <source>Lokasi berkas</source>
        <translation>File location</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="328"/>
        <source>Lokasi berkas .xlsx atau .csv</source>
        <translation>Location of the .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="331"/>
        <source>Kosongkan lokasi berkas</source>
        <translation>Clear the file location</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="332"/>
        <source>&amp;Berkas:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="334"/>
        <source>&amp;Telusuri…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="335"/>
        <source>Telusuri berkas</source>
        <translation>Browse for a file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="244"/>
        <source>Jabatan sasaran pada sesi ini: {names}. Isi kolom jabatan sasaran di berkas harus sama persis dengan salah satu nama ini.</source>
        <translation>Target positions in this session: {names}. The target position column in the file must match one of these names exactly.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="248"/>
        <source>Sesi ini belum memiliki jabatan sasaran. Tambahkan jabatan sasaran dahulu: tanpa itu tidak ada peserta yang dapat diimpor.</source>
        <translation>This session has no target positions yet. Add the target positions first: without them no assessees can be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="250"/>
        <source>Jabatan sasaran sesi</source>
        <translation>Target positions of the session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="370"/>
        <source>Kolom untuk {field}</source>
        <translation>Column for {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="386"/>
        <source>Keadaan pemetaan</source>
        <translation>Mapping status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="389"/>
        <source>Pratinjau baris berkas</source>
        <translation>Preview of the file&apos;s rows</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="416"/>
        <source>Ringkasan pemeriksaan</source>
        <translation>Check summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="418"/>
        <source>Keterangan pemeriksaan</source>
        <translation>Check notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="258"/>
        <location filename="../../desktop/gui/import_wizard.py" line="420"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="420"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="420"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="420"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="422"/>
        <location filename="../../desktop/gui/import_wizard.py" line="426"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="425"/>
        <source>Baris bermasalah</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="259"/>
        <source>Peserta siap diimpor</source>
        <translation>Assessees ready to import</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="429"/>
        <source>Hasil pemeriksaan</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="434"/>
        <source>&amp;Simpan laporan masalah…</source>
        <translation>&amp;Save problem report…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="435"/>
        <source>Simpan laporan masalah sebagai CSV</source>
        <translation>Save the problem report as CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="437"/>
        <source>Baca dan periksa &amp;ulang</source>
        <translation>Re-read and check a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="438"/>
        <source>Baca ulang berkas dan periksa lagi</source>
        <translation>Re-read the file and check it again</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="439"/>
        <source>Setelah lembar kerja diperbaiki dan disimpan</source>
        <translation>After the spreadsheet has been corrected and saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="442"/>
        <source>Laporan tersimpan</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="459"/>
        <source>Hasil impor</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="534"/>
        <source>Langkah {n} dari {total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="596"/>
        <source>Pilih daftar peserta</source>
        <translation>Choose the assessee list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="603"/>
        <source>Lembar kerja (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="615"/>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="618"/>
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="643"/>
        <source>(kolom {letter} tanpa judul)</source>
        <translation>(column {letter}, no heading)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="645"/>
        <source>{header} (kolom {letter})</source>
        <translation>{header} (column {letter})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="656"/>
        <source>(tidak dipakai)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="663"/>
        <source>Tentukan kolom berkas “{name}” untuk setiap isian. Pilihan awal ditebak dari nama kolom; isian bertanda * wajib.</source>
        <translation>Choose the column of “{name}” for each field. The initial choices are guessed from the column names; fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="666"/>
        <source>&amp;Pratinjau: {shown} dari {total} baris data</source>
        <translation>&amp;Preview: {shown} of {total} data rows</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="719"/>
        <source>tidak dipakai</source>
        <translation>not used</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="741"/>
        <source>Isian wajib belum dipetakan: {fields}.</source>
        <translation>Required fields not mapped yet: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="743"/>
        <source>Semua isian wajib sudah dipetakan. Lanjut untuk memeriksa setiap baris.</source>
        <translation>All required fields are mapped. Choose Next to check every row.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="745"/>
        <source>Perhatikan: satu kolom dipakai untuk beberapa isian ({columns}).</source>
        <translation>Note: one column is used for several fields ({columns}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="761"/>
        <source>Memeriksa {count} baris…</source>
        <translation>Checking {count} rows…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="789"/>
        <source>Masalah ({n})</source>
        <translation>Problems ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="790"/>
        <source>Peringatan ({n})</source>
        <translation>Warnings ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="791"/>
        <source>Siap diimpor ({n})</source>
        <translation>Ready to import ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="798"/>
        <source>{ready} baris siap diimpor, {bad} baris bermasalah</source>
        <translation>Rows ready to import: {ready} · rows with problems: {bad}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="771"/>
        <source>Tidak ada peserta yang diimpor selama masih ada masalah. Perbaiki baris-baris di bawah pada lembar kerja (atau simpan laporan masalah untuk petugas BKD), simpan berkasnya, lalu baca dan periksa ulang.</source>
        <translation>No assessees are imported while problems remain. Correct the rows below in the spreadsheet (or save a problem report for the BKD staff), save the file, then re-read and check it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="803"/>
        <source>{ready} baris siap diimpor, tidak ada baris bermasalah</source>
        <translation>Rows ready to import: {ready} · no rows with problems</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="774"/>
        <source>Semua peserta didaftarkan sekaligus dalam satu langkah; jika gagal, tidak ada yang diimpor.</source>
        <translation>All assessees are registered together in a single step; if it fails, nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="807"/>
        <source>Periksa peringatan: peringatan tidak menghalangi impor.</source>
        <translation>Review the warnings: warnings do not block the import.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="778"/>
        <source>&amp;Impor {n} peserta</source>
        <translation>&amp;Import assessees ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="834"/>
        <source>Simpan laporan masalah</source>
        <translation>Save problem report</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="835"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="841"/>
        <source>Laporan tidak dapat disimpan: {reason}</source>
        <translation>The report cannot be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="844"/>
        <source>Laporan disimpan: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="862"/>
        <source>Mengimpor {n} peserta…</source>
        <translation>Importing assessees ({n})…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="876"/>
        <source>{n} peserta diimpor</source>
        <translation>Assessees imported: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="878"/>
        <source>Peserta terdaftar pada sesi “{title}”.</source>
        <translation>The assessees are registered in session “{title}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="879"/>
        <source>Peserta terdaftar pada sesi ini.</source>
        <translation>The assessees are registered in this session.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="906"/>
        <source>Menghentikan…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="928"/>
        <source>Impor gagal: {message}. Tidak ada peserta yang diimpor.</source>
        <translation>Import failed: {message}. No assessees were imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="931"/>
        <source>Pemeriksaan gagal: {message}</source>
        <translation>Check failed: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="941"/>
        <source>Pemeriksaan dihentikan.</source>
        <translation>Check stopped.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_wizard.py" line="942"/>
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
    <name>LevelChart</name>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="457"/>
        <source>Grafik perubahan level kompetensi</source>
        <translation>Chart of competency level changes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="485"/>
        <location filename="../../desktop/gui/talent_views.py" line="502"/>
        <source>Belum ada asesmen.</source>
        <translation>No assessments yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="566"/>
        <source>standar jabatan sasaran terakhir</source>
        <translation>latest target position standard</translation>
    </message>
</context>
<context>
    <name>LevelSelector</name>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="154"/>
        <source>Level kompetensi {name}</source>
        <translation>Competency level for {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="157"/>
        <source>Tekan {first}–{last} untuk memilih level; koma sesudah angka menambah setengah level; tersimpan langsung</source>
        <translation>Press {first}–{last} to choose a level; a decimal point after the digit adds half a level; saved at once</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="159"/>
        <source>Tekan {first}–{last} untuk memilih level; tersimpan langsung</source>
        <translation>Press {first}–{last} to choose a level; saved at once</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="176"/>
        <source>Level {n}: {title}</source>
        <translation>Level {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="183"/>
        <source>di antara level {low} dan {high}</source>
        <translation>between levels {low} and {high}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="184"/>
        <source>Level {n}: {title} (angka {low} lalu koma)</source>
        <translation>Level {n}: {title} (digit {low}, then a point)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="186"/>
        <source>Level {n}</source>
        <translation>Level {n}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/gui/login.py" line="372"/>
        <source>Masuk – Asesmen</source>
        <translation>Sign in – Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="389"/>
        <source>Pusat asesmen</source>
        <translation>Assessment centre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="392"/>
        <source>Masuk dengan akun Anda untuk melanjutkan.</source>
        <translation>Sign in with your account to continue.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="400"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="401"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="403"/>
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="404"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="406"/>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="408"/>
        <location filename="../../desktop/gui/login.py" line="409"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="410"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="454"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="462"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Incorrect username or password.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="473"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="126"/>
        <source>&amp;Sesi baru…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="128"/>
        <source>Buat sesi penilaian baru</source>
        <translation>Create a new assessment session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="129"/>
        <source>&amp;Impor peserta…</source>
        <translation>&amp;Import assessees…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="131"/>
        <source>Impor peserta sesi terpilih dari berkas .xlsx atau .csv</source>
        <translation>Import assessees into the selected session from an .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="132"/>
        <source>&amp;Cetak atau simpan lembar hasil…</source>
        <translation>&amp;Print or save result sheets…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="134"/>
        <source>Lembar hasil sesi terpilih: simpan sebagai PDF atau cetak</source>
        <translation>Result sheets of the selected session: save as PDF or print</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="135"/>
        <source>&amp;Formulir observasi kosong…</source>
        <translation>Blank &amp;observation forms…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="137"/>
        <source>Formulir observasi kertas untuk setiap penugasan sesi terpilih (cadangan bila tidak ada komputer)</source>
        <translation>Paper observation forms for every assignment of the selected session (the fallback when no computer is at hand)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="138"/>
        <source>&amp;Periksa lembar hasil (BKD)…</source>
        <translation>&amp;Check a result sheet (BKD)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="140"/>
        <source>Cocokkan kode verifikasi lembar hasil kertas dengan basis data pusat BKD</source>
        <translation>Match the verification code of a paper result sheet against the BKD central database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="141"/>
        <source>&amp;Muat data contoh…</source>
        <translation>&amp;Load sample data…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="143"/>
        <source>Tambahkan satu sesi fiktif dengan enam peserta untuk mencoba aplikasi</source>
        <translation>Add one fictional session with six assessees to try the application</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="144"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="147"/>
        <source>Tutup Asesmen</source>
        <translation>Close Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="148"/>
        <source>&amp;Tentang Asesmen</source>
        <translation>&amp;About Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="150"/>
        <source>Versi dan keterangan aplikasi</source>
        <translation>Version and information about the application</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="153"/>
        <source>Bahasa antarmuka; berlaku setelah Asesmen dibuka ulang</source>
        <translation>Interface language; takes effect after Asesmen is restarted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="157"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="167"/>
        <source>B&amp;ahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="169"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="174"/>
        <source>Daftar sesi penilaian</source>
        <translation>Assessment sessions list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="175"/>
        <source>Pilih satu sesi untuk melihat hasil pesertanya</source>
        <translation>Select a session to see its assessees&apos; results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="179"/>
        <source>Belum ada sesi penilaian. Untuk mencoba Asesmen, muat data contoh: satu sesi fiktif dengan enam peserta yang sudah dinilai (menu Berkas › Muat data contoh).</source>
        <translation>No assessment sessions yet. To try Asesmen, load the sample data: one fictional session with six assessees who have already been rated (menu File › Load sample data).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="181"/>
        <source>Belum ada sesi penilaian</source>
        <translation>No assessment sessions yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="182"/>
        <location filename="../../desktop/gui/main_window.py" line="183"/>
        <location filename="../../desktop/gui/main_window.py" line="552"/>
        <source>Muat data contoh</source>
        <translation>Load sample data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="199"/>
        <source>Sesi penilaian</source>
        <translation>Assessment sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="203"/>
        <source>Hasil peserta</source>
        <translation>Assessee results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="204"/>
        <source>Peserta sesi terpilih dengan JPM dan kategorinya</source>
        <translation>Assessees of the selected session with their JPM and category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="210"/>
        <location filename="../../desktop/gui/main_window.py" line="424"/>
        <source>Hasil penilaian</source>
        <translation>Assessment results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="226"/>
        <source>Pemberitahuan</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="227"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="228"/>
        <source>Tutup pemberitahuan</source>
        <translation>Close notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="256"/>
        <source>Halaman</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="258"/>
        <source>Ringkasan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="259"/>
        <source>Pilih atau buat sesi penilaian pada halaman Ringkasan.</source>
        <translation>Select or create an assessment session on the Overview page.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="261"/>
        <source>Persiapan</source>
        <translation>Setup</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="270"/>
        <source>Pengiriman ke BKD</source>
        <translation>Delivery to BKD</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="273"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="287"/>
        <source>Penilaian</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="287"/>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="288"/>
        <source>Rapat integrasi</source>
        <translation>Integration meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="292"/>
        <source>Rapat integrasi dipimpin oleh ketua tim; hasilnya tampil pada halaman Ringkasan.</source>
        <translation>The integration meeting is chaired by the lead assessor; its results appear on the Overview page.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="304"/>
        <source>Sesi ini belum memiliki asesor. Tambahkan asesor pada halaman Persiapan.</source>
        <translation>This session has no assessors yet. Add assessors on the Setup page.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="307"/>
        <source>Anda belum terdaftar sebagai asesor pada sesi ini. Ketua tim atau administrator menambahkan Anda pada halaman Persiapan › Asesor.</source>
        <translation>You are not registered as an assessor in this session yet. The lead assessor or an administrator adds you on the Setup › Assessors page.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="327"/>
        <source>Formulir ini bukan milik Anda.</source>
        <translation>This form is not yours.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="340"/>
        <source>Basis data: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="341"/>
        <source>Lokasi basis data</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="379"/>
        <source>Daftar sesi tidak dapat dibaca: {message}</source>
        <translation>The session list cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="426"/>
        <source>Pilih sesi penilaian di atas untuk melihat hasil pesertanya.</source>
        <translation>Select an assessment session above to see its assessees&apos; results.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="429"/>
        <source>Hasil penilaian: {title}</source>
        <translation>Assessment results: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="435"/>
        <source>Hasil tidak dapat dibaca: {message}</source>
        <translation>The results cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="438"/>
        <source>Sesi ini belum memiliki peserta.</source>
        <translation>This session has no assessees yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="441"/>
        <source>Belum ada hasil. Hasil seorang peserta tampil setelah level akhir semua kompetensinya ditetapkan dalam rapat integrasi.</source>
        <translation>No results yet. An assessee&apos;s results appear once the final levels of all their competencies have been set in the integration meeting.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="448"/>
        <source>{shown} dari {total} peserta sudah memiliki level akhir; peserta lain belum tampil.</source>
        <translation>{shown} of {total} assessees have final levels; the others are not shown yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="457"/>
        <source>kode segel {code}, hasil berlaku sampai {date}</source>
        <translation>seal code {code}, results valid until {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="460"/>
        <source>draf: belum disegel</source>
        <translation>draft: not sealed yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="509"/>
        <source>Simpan formulir observasi ke folder</source>
        <translation>Save observation forms to a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="521"/>
        <source>Formulir observasi</source>
        <translation>Observation forms</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="521"/>
        <source>Menyusun formulir observasi…</source>
        <translation>Preparing observation forms…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="523"/>
        <source>Formulir observasi tersimpan di {folder}: {count}</source>
        <translation>Observation forms saved in {folder}: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="529"/>
        <source>Periksa lembar hasil</source>
        <translation>Check a result sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="541"/>
        <source>Membuat sesi contoh…</source>
        <translation>Creating the sample session…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="542"/>
        <source>Mendaftarkan peserta…</source>
        <translation>Registering assessees…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="543"/>
        <source>Menyimpan penilaian asesor…</source>
        <translation>Saving assessor ratings…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="552"/>
        <source>Memuat data contoh…</source>
        <translation>Loading sample data…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="556"/>
        <source>Data contoh dimuat sebagai sesi draf.</source>
        <translation>Sample data loaded as a draft session.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="562"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="590"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="621"/>
        <source>{task} gagal: {message}</source>
        <translation>{task} failed: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="629"/>
        <source>{task} dibatalkan.</source>
        <translation>{task} cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="651"/>
        <source>Bahasa antarmuka tidak berubah.</source>
        <translation>The interface language is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="654"/>
        <source>Bahasa antarmuka disimpan: {language}. Perubahan berlaku setelah Asesmen ditutup dan dibuka kembali.</source>
        <translation>Interface language saved: {language}. The change takes effect after Asesmen is closed and opened again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="664"/>
        <source>Tentang Asesmen</source>
        <translation>About Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="665"/>
        <source>Asesmen {version}

Penilaian kompetensi Aparatur Sipil Negara, berjalan luring (offline). Data contoh di dalamnya sepenuhnya fiktif.</source>
        <translation>Asesmen {version}

Competency assessment of Indonesian civil servants (ASN), working offline. The sample data it contains is entirely fictional.</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="631"/>
        <source>Matriks kompetensi dan simulasi</source>
        <translation>Competency and simulation matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="632"/>
        <source>Centang simulasi yang mengungkap tiap kompetensi</source>
        <translation>Tick the simulations that measure each competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="635"/>
        <source>Ringkasan matriks</source>
        <translation>Matrix summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="636"/>
        <source>Belum ada simulasi. Pilih metode di tab Simulasi lebih dahulu.</source>
        <translation>No simulations yet. Choose the methods on the Simulations tab first.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="661"/>
        <source>Centang simulasi yang mengungkap tiap kompetensi; perubahan langsung tersimpan.</source>
        <translation>Tick the simulations that measure each competency; changes are saved at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="662"/>
        <source>Simulasi yang mengungkap tiap kompetensi.</source>
        <translation>The simulations that measure each competency.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="663"/>
        <source>Setiap kompetensi yang dipersyaratkan perlu diungkap oleh sedikitnya {n} simulasi.</source>
        <translation>Every required competency must be measured by at least {n} simulations.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="666"/>
        <source>✓ tanpa kotak: sudah dinilai, tidak dapat dihapus dari matriks.</source>
        <translation>✓ without a box: already rated, cannot be removed from the matrix.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="686"/>
        <source>kurang dari {n} simulasi</source>
        <translation>fewer than {n} simulations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="689"/>
        <source>tidak dipersyaratkan jabatan mana pun</source>
        <translation>not required by any position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="691"/>
        <source>tidak dipersyaratkan</source>
        <translation>not required</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="693"/>
        <source>memadai</source>
        <translation>sufficient</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="709"/>
        <source>{enough} dari {total} kompetensi yang dipersyaratkan diungkap oleh sedikitnya {n} simulasi.</source>
        <translation>{enough} of {total} required competencies are measured by at least {n} simulations.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="712"/>
        <source>Kurang dari {n} simulasi: {list}.</source>
        <translation>Fewer than {n} simulations: {list}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="715"/>
        <source>Tidak dipersyaratkan jabatan mana pun: {list}.</source>
        <translation>Not required by any position: {list}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="718"/>
        <source>Belum ada jabatan sasaran: semua kompetensi dianggap dipersyaratkan.</source>
        <translation>No target positions yet: all competencies count as required.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="726"/>
        <source>Kompetensi</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="726"/>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="726"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="733"/>
        <source>{code} {name} · {simulation}</source>
        <translation>{code} {name} · {simulation}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="735"/>
        <source>Sudah dinilai: tidak dapat dihapus dari matriks</source>
        <translation>Already rated: cannot be removed from the matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="740"/>
        <source>{competency} diungkap oleh {simulation}</source>
        <translation>{competency} measured by {simulation}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="763"/>
        <source>{code} kini diungkap oleh {sim}.</source>
        <translation>{code} is now measured by {sim}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="764"/>
        <source>{code} tidak lagi diungkap oleh {sim}.</source>
        <translation>{code} is no longer measured by {sim}.</translation>
    </message>
</context>
<context>
    <name>MeetingWidget</name>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="174"/>
        <source>Pemberitahuan rapat integrasi</source>
        <translation>Integration meeting notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="180"/>
        <source>Rapat integrasi</source>
        <translation>Integration meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="181"/>
        <source>&amp;Keputusan per peserta</source>
        <translation>&amp;Decisions per assessee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="182"/>
        <source>&amp;Statistik antar-penilai</source>
        <translation>&amp;Inter-rater statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="225"/>
        <source>Status rapat integrasi</source>
        <translation>Integration meeting status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="228"/>
        <source>Level akhir yang sudah ditetapkan</source>
        <translation>Final levels set</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="234"/>
        <source>Sedang menyimpan</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="236"/>
        <source>&amp;Buka rapat integrasi</source>
        <translation>&amp;Open integration meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="237"/>
        <source>Buka rapat integrasi</source>
        <translation>Open integration meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="239"/>
        <source>Semua formulir harus sudah dikirim. Sesudah rapat dibuka, penilaian individual terkunci.</source>
        <translation>All forms must have been submitted. Once the meeting is open, individual ratings are locked.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="240"/>
        <source>Setujui semua &amp;usulan</source>
        <translation>Approve all &amp;proposals</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="241"/>
        <source>Setujui semua usulan</source>
        <translation>Approve all proposals</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="243"/>
        <source>Mencatat usulan sebagai level akhir untuk setiap kompetensi yang belum final dan buktinya cukup, disetujui oleh asesor yang menilainya. Keputusan yang sudah ada tidak diubah.</source>
        <translation>Records the proposal as the final level of every competency that is not final yet and has enough evidence, agreed by the assessors who rated it. Existing decisions are not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="245"/>
        <location filename="../../desktop/gui/meeting.py" line="1391"/>
        <source>&amp;Tutup rapat dan segel</source>
        <translation>&amp;Close meeting and seal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="247"/>
        <source>Tutup rapat dan segel</source>
        <translation>Close meeting and seal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="249"/>
        <source>Alasan kembali ke penilaian</source>
        <translation>Reason for going back to rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="250"/>
        <location filename="../../desktop/gui/meeting.py" line="651"/>
        <source>alasan kembali ke penilaian</source>
        <translation>reason for going back to rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="252"/>
        <source>Bila sebuah kompetensi perlu simulasi atau penugasan tambahan: rapat ditutup sementara, persiapan dan penilaian terbuka kembali, keputusan yang sudah ada tetap. Tercatat di log audit.</source>
        <translation>When a competency needs an extra simulation or assignment: the meeting is closed for now, setup and rating reopen, and existing decisions stay. Recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="254"/>
        <source>Kembali ke &amp;penilaian</source>
        <translation>Back to &amp;rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="255"/>
        <source>Kembali ke penilaian</source>
        <translation>Back to rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="256"/>
        <source>&amp;Buka segel untuk koreksi</source>
        <translation>&amp;Unseal for correction</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="257"/>
        <source>Buka kembali sesi tersegel untuk koreksi</source>
        <translation>Reopen the sealed session for correction</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="259"/>
        <source>Hanya ketua asesor atau administrator, dengan alasan: rapat integrasi berjalan lagi, dan menyegel ulang membuat revisi baru yang diterapkan BKD sebagai amandemen. Tercatat di log audit.</source>
        <translation>Lead assessor or administrator only, with a reason: the integration meeting runs again, and sealing again makes a new revision that BKD applies as an amendment. Recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="261"/>
        <location filename="../../desktop/gui/meeting.py" line="430"/>
        <location filename="../../desktop/gui/meeting.py" line="521"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="262"/>
        <source>Batal menyegel</source>
        <translation>Cancel sealing</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="295"/>
        <source>&amp;Agenda rapat</source>
        <translation>Meeting &amp;agenda</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="298"/>
        <source>Urutan agenda</source>
        <translation>Agenda order</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="299"/>
        <source>Perlu dibahas dulu</source>
        <translation>To discuss first</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="300"/>
        <source>Nomor peserta</source>
        <translation>Assessee number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="301"/>
        <source>&amp;Urutkan:</source>
        <translation>Sor&amp;t:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="304"/>
        <source>Agenda rapat: peserta</source>
        <translation>Meeting agenda: assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="306"/>
        <source>Peserta dengan paling banyak kompetensi yang perlu dibahas di atas; Enter membuka kisinya</source>
        <translation>Assessees with the most competencies to discuss at the top; Enter opens their grid</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="329"/>
        <source>Kisi integrasi</source>
        <translation>Integration grid</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="331"/>
        <source>Satu baris per kompetensi. Angka 1–5: level akhir; Enter: terima usulan; F2: ubah penilaian sel</source>
        <translation>One row per competency. Digits 1–5: final level; Enter: accept the proposal; F2: change the cell&apos;s rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="338"/>
        <source>Angka 1–5: level akhir baris terpilih · Enter: terima usulan · Ctrl+Enter: simpan dengan alasan · Esc: batal · F2: ubah penilaian sel · Alt+PgDn/PgUp: peserta berikutnya/sebelumnya</source>
        <translation>Digits 1–5: final level of the selected row · Enter: accept the proposal · Ctrl+Enter: save with a reason · Esc: cancel · F2: change the cell&apos;s rating · Alt+PgDn/PgUp: next/previous assessee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="392"/>
        <source>Penilaian dan bukti perilaku kompetensi ini</source>
        <translation>Ratings and behavioural evidence for this competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="398"/>
        <source>Level akhir tersimpan</source>
        <translation>Saved final level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="406"/>
        <source>Level akhir:</source>
        <translation>Final level:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="409"/>
        <source>Terima usulan</source>
        <translation>Accept proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="410"/>
        <source>Terima usulan sebagai level akhir</source>
        <translation>Accept the proposal as the final level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="411"/>
        <source>Enter pada kisi</source>
        <translation>Enter in the grid</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="413"/>
        <source>Ubah p&amp;enilaian…</source>
        <translation>Change ratin&amp;g…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="414"/>
        <source>Ubah penilaian individual</source>
        <translation>Change an individual rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="416"/>
        <source>Amandemen satu penilaian individual dengan alasan (F2 pada sel simulasi); tercatat di log audit</source>
        <translation>Amend one individual rating, with a reason (F2 on a simulation cell); recorded in the audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="419"/>
        <source>A&amp;lasan:</source>
        <translation>Reaso&amp;n:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="421"/>
        <source>Alasan level akhir</source>
        <translation>Reason for the final level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="423"/>
        <source>Wajib bila level akhir berbeda dari usulan: bukti perilaku mana yang menentukan</source>
        <translation>Required when the final level differs from the proposal: which behavioural evidence decided it</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="426"/>
        <source>Simpan keputusan</source>
        <translation>Save decision</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="427"/>
        <source>Simpan level akhir dan alasan</source>
        <translation>Save the final level and the reason</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="428"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="431"/>
        <source>Batalkan level yang belum disimpan</source>
        <translation>Discard the unsaved level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="432"/>
        <location filename="../../desktop/gui/meeting.py" line="523"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="435"/>
        <source>Disetujui oleh:</source>
        <translation>Agreed by:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="444"/>
        <source>Pemberitahuan keputusan</source>
        <translation>Decision notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="495"/>
        <source>Ubah penilaian individual (amandemen)</source>
        <translation>Change an individual rating (amendment)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="498"/>
        <source>Penilaian individual terkunci sejak rapat dibuka. Amandemen dicatat di log audit bersama level lama, level baru, alasan, dan nama Anda; level akhir yang sudah ditetapkan tidak ikut berubah.</source>
        <translation>Individual ratings have been locked since the meeting opened. The amendment is recorded in the audit log with the old level, the new level, the reason and your name; final levels already set do not change.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="502"/>
        <source>Penilaian yang diubah</source>
        <translation>Rating to change</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="504"/>
        <source>Level baru</source>
        <translation>New level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="506"/>
        <source>Bukti perilaku</source>
        <translation>Behavioural evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="510"/>
        <source>Alasan amandemen</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="511"/>
        <source>wajib: mengapa penilaian ini diubah</source>
        <translation>required: why this rating is changed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="516"/>
        <source>Pemberitahuan amandemen</source>
        <translation>Amendment notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="518"/>
        <location filename="../../desktop/gui/meeting.py" line="519"/>
        <source>Simpan amandemen</source>
        <translation>Save amendment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="522"/>
        <source>Batalkan amandemen</source>
        <translation>Cancel the amendment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="527"/>
        <source>&amp;Penilaian:</source>
        <translation>Ratin&amp;g:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="528"/>
        <source>Level &amp;baru:</source>
        <translation>New &amp;level:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="529"/>
        <source>Bukti pe&amp;rilaku:</source>
        <translation>Behavioural &amp;evidence:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="530"/>
        <source>Alasan &amp;amandemen:</source>
        <translation>A&amp;mendment reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="564"/>
        <source>Level akhir {n}</source>
        <translation>Final level {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="581"/>
        <source>Data rapat tidak dapat dibaca: {message}</source>
        <translation>The meeting data cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="650"/>
        <source>alasan koreksi</source>
        <translation>reason for the correction</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="657"/>
        <source>Rapat integrasi belum dibuka</source>
        <translation>Integration meeting not opened yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="659"/>
        <source>Membuka rapat mengunci semua penilaian individual: sesudahnya penilaian hanya dapat diubah melalui amandemen dengan alasan, yang tercatat di log audit. Semua formulir harus sudah dikirim. Kisi di bawah hanya pratinjau.</source>
        <translation>Opening the meeting locks all individual ratings: after that, ratings can only be changed through an amendment with a reason, which is recorded in the audit log. All forms must have been submitted. The grid below is only a preview.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="663"/>
        <source>Rapat integrasi berlangsung</source>
        <translation>Integration meeting in progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="664"/>
        <source>{done} dari {total} level akhir ditetapkan</source>
        <translation>{done} of {total} final levels set</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="677"/>
        <source>Sesi tersegel · kode segel {code}</source>
        <translation>Session sealed · seal code {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="680"/>
        <source>Disegel {when}. {done} level akhir final; hasil hanya dapat dibaca, dicetak, dan diekspor.</source>
        <translation>Sealed {when}. Final levels: {done}. The results can only be read, printed and exported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="685"/>
        <source>Menutup rapat dan menyegel sesi; klik dua kali untuk memastikan</source>
        <translation>Closes the meeting and seals the session; click twice to confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="686"/>
        <source>Tersedia setelah semua level akhir ditetapkan ({left} lagi)</source>
        <translation>Available once all final levels are set ({left} to go)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="727"/>
        <source>✓ {done}/{total} final</source>
        <translation>✓ {done}/{total} final</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="729"/>
        <source>{done}/{total} final</source>
        <translation>{done}/{total} final</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="731"/>
        <source>⚑ {n} perlu dibahas</source>
        <translation>⚑ {n} to discuss</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="733"/>
        <source>{n} sudah dibahas</source>
        <translation>{n} discussed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="735"/>
        <source>tidak ada yang perlu dibahas</source>
        <translation>nothing to discuss</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="739"/>
        <source>{divergent} kompetensi dengan penilaian berbeda jauh, {insufficient} dengan bukti kurang dari {min} simulasi</source>
        <translation>Competencies with widely differing ratings: {divergent}; with evidence from fewer than {min} simulations: {insufficient}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="789"/>
        <source>Belum ada peserta</source>
        <translation>No assessees yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="796"/>
        <source>NIP {nip} · jabatan sasaran {position} · {done}/{total} level akhir final</source>
        <translation>NIP {nip} · target position {position} · {done}/{total} final levels set</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="813"/>
        <source>Kompetensi</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="813"/>
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="815"/>
        <location filename="../../desktop/gui/meeting.py" line="1035"/>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="815"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="815"/>
        <source>Level akhir</source>
        <translation>Final level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="824"/>
        <source>Usulan konsensus: {method} semua penilaian kompetensi ini (aturan sesi)</source>
        <translation>Consensus proposal: the {method} of all ratings of this competency (session rule)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="842"/>
        <location filename="../../desktop/gui/meeting.py" line="1064"/>
        <location filename="../../desktop/gui/meeting.py" line="1226"/>
        <source>{simulation} · {assessor}: level {level}</source>
        <translation>{simulation} · {assessor}: level {level}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="883"/>
        <source>⚠ bukti &lt; {min} simulasi</source>
        <translation>⚠ evidence &lt; {min} simulations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="885"/>
        <location filename="../../desktop/gui/meeting.py" line="1012"/>
        <source>⚑ {text}</source>
        <translation>⚑ {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="892"/>
        <source>● {level} …</source>
        <translation>● {level} …</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="893"/>
        <source>Belum disimpan: tulis alasannya, lalu Ctrl+Enter</source>
        <translation>Not saved: write the reason, then Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="897"/>
        <source>Belum ditetapkan</source>
        <translation>Not set yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="905"/>
        <source>Disetujui oleh: {names}</source>
        <translation>Agreed by: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="907"/>
        <source>Alasan: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="912"/>
        <source>Asesor: {who}
Tanda: ⚑ perlu dibahas · ⚠ bukti kurang · ✓ final · ✎ berbeda dari usulan (beralasan) atau penilaian diamandemen</source>
        <translation>Assessors: {who}
Marks: ⚑ to discuss · ⚠ insufficient evidence · ✓ final · ✎ differs from the proposal (with a reason) or rating amended</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="977"/>
        <source>Disetujui oleh {name}</source>
        <translation>Agreed by {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="993"/>
        <source>Level akhir ditetapkan setelah rapat integrasi dibuka. Usulan di kisi masih dapat berubah selama formulir belum dikirim.</source>
        <translation>Final levels are set once the integration meeting is open. The proposals in the grid can still change while forms have not been submitted.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="996"/>
        <source>Sesi sudah disegel: keputusan hanya dapat dibaca.</source>
        <translation>The session is sealed: the decisions are read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1004"/>
        <source>{code} {name} · standar {standard} · usulan {proposal}</source>
        <translation>{code} {name} · standard {standard} · proposal {proposal}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1009"/>
        <source>⚠ Bukti baru dari {n} simulasi (minimal {min}): level akhir belum dapat ditetapkan.</source>
        <translation>⚠ Evidence from only {n} simulations (minimum {min}): the final level cannot be set yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1017"/>
        <source>belum ditetapkan</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1020"/>
        <source>✓ level akhir {level} tersimpan</source>
        <translation>✓ final level {level} saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1040"/>
        <source>Tidak ada usulan</source>
        <translation>No proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1042"/>
        <source>usulan {level} · belum dapat ditetapkan</source>
        <translation>proposal {level} · cannot be set yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1044"/>
        <source>usulan {level} (garis putus) · Enter = terima</source>
        <translation>proposal {level} (dashed) · Enter = accept</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1063"/>
        <source>(tanpa bukti perilaku)</source>
        <translation>(no behavioural evidence)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1068"/>
        <source>✎ diamandemen oleh {actor}: {old} → {new}; alasan: {reason}</source>
        <translation>✎ amended by {actor}: {old} → {new}; reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1075"/>
        <source>Level akhir {level} · disetujui oleh: {names}</source>
        <translation>Final level {level} · agreed by: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1077"/>
        <source>alasan: {reason}</source>
        <translation>reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1079"/>
        <source>Belum ada penilaian untuk kompetensi ini.</source>
        <translation>No ratings for this competency yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1094"/>
        <source>Tunggu sebentar: perubahan sebelumnya sedang disimpan.</source>
        <translation>Please wait: the previous change is being saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1097"/>
        <source>Sesi ini sudah disegel: level akhir dan penilaian tidak dapat diubah.</source>
        <translation>This session is sealed: final levels and ratings cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1101"/>
        <source>Rapat integrasi belum dibuka: level akhir belum dapat ditetapkan.</source>
        <translation>The integration meeting is not open yet: final levels cannot be set.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1120"/>
        <source>Level {level} berbeda dari usulan {proposal}: tulis alasannya, lalu Ctrl+Enter untuk menyimpan (Esc: batal).</source>
        <translation>Level {level} differs from the proposal {proposal}: write the reason, then press Ctrl+Enter to save (Esc: cancel).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1133"/>
        <source>Baris ini sudah final ({level}); ketik angka untuk mengubahnya.</source>
        <translation>This row is already final ({level}); type a digit to change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1137"/>
        <source>Tidak ada usulan untuk {name}: pilih level dengan angka {first}–{last}.</source>
        <translation>No proposal for {name}: choose a level with the digits {first}–{last}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1160"/>
        <source>Dibatalkan: level akhir tidak diubah.</source>
        <translation>Cancelled: the final level was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1173"/>
        <source>Centang sedikitnya satu asesor pada “Disetujui oleh”.</source>
        <translation>Tick at least one assessor under “Agreed by”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1178"/>
        <source>Level akhir {level} tetap; tidak ada yang diubah.</source>
        <translation>Final level {level} stays; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1187"/>
        <location filename="../../desktop/gui/meeting.py" line="1279"/>
        <source>Basis data tidak dapat menyimpan ({detail}); coba lagi.</source>
        <translation>The database cannot save ({detail}); try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1192"/>
        <source>✓ {code} {name}: level akhir {level} tersimpan.</source>
        <translation>✓ {code} {name}: final level {level} saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1204"/>
        <source>Semua kompetensi {name} sudah final; Alt+PgDn: peserta berikutnya.</source>
        <translation>All competencies of {name} are final; Alt+PgDn: next assessee.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1217"/>
        <source>Kompetensi ini belum memiliki penilaian untuk diubah.</source>
        <translation>This competency has no ratings to change yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1237"/>
        <source>Ubah penilaian individual (amandemen): {code} {name} · {assessee}</source>
        <translation>Change an individual rating (amendment): {code} {name} · {assessee}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1269"/>
        <source>Tidak ada yang diubah: pilih level baru atau ubah bukti perilaku.</source>
        <translation>Nothing changed: choose a new level or change the behavioural evidence.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1287"/>
        <source>✓ Amandemen tersimpan dan tercatat di log audit: {simulation} · {assessor}, {code} level {old} → {new}; alasan: {reason}</source>
        <translation>✓ Amendment saved and recorded in the audit log: {simulation} · {assessor}, {code} level {old} → {new}; reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1313"/>
        <source>Rapat belum dapat dibuka: {message}</source>
        <translation>The meeting cannot be opened yet: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1318"/>
        <source>Basis data tidak dapat menyimpan ({detail}).</source>
        <translation>The database cannot save ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1323"/>
        <source>Rapat integrasi dibuka. Penilaian individual kini terkunci; perubahan hanya melalui amandemen dengan alasan.</source>
        <translation>Integration meeting opened. Individual ratings are now locked; changes only through an amendment with a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1333"/>
        <source>Segel dibuka untuk koreksi: rapat integrasi berjalan lagi. Segel ulang, lalu kirim revisinya ke BKD.</source>
        <translation>Seal opened for correction: the integration meeting runs again. Seal again, then send the revision to BKD.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1339"/>
        <source>Rapat ditutup sementara: persiapan dan penilaian terbuka kembali.</source>
        <translation>Meeting closed for now: setup and rating are open again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1362"/>
        <source>Mencatat usulan…</source>
        <translation>Recording proposals…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1372"/>
        <source>Menutup rapat menyegel sesi: level akhir dan penilaian tidak dapat diubah lagi, dan kode segel dicetak pada setiap lembar hasil. Klik “Ya, segel sekarang” untuk melanjutkan, atau Batal.</source>
        <translation>Closing the meeting seals the session: final levels and ratings can no longer be changed, and the seal code is printed on every result sheet. Click “Yes, seal now” to continue, or Cancel.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1380"/>
        <source>Menyegel sesi…</source>
        <translation>Sealing the session…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1391"/>
        <source>Ya, &amp;segel sekarang</source>
        <translation>Yes, &amp;seal now</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1410"/>
        <source>(satu transaksi; tunggu sampai selesai)</source>
        <translation>(one transaction; wait until it finishes)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1421"/>
        <source>{n} level akhir dicatat dari usulan.</source>
        <translation>Final levels recorded from proposals: {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1423"/>
        <source>{n} kompetensi belum dapat ditetapkan karena buktinya kurang.</source>
        <translation>Competencies that cannot be set yet for lack of evidence: {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1427"/>
        <source>Rapat ditutup dan sesi disegel. Kode segel: {code}.</source>
        <translation>Meeting closed and session sealed. Seal code: {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1436"/>
        <source>Sesi tidak dapat disegel</source>
        <translation>The session cannot be sealed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1436"/>
        <source>Usulan tidak dapat dicatat</source>
        <translation>The proposals cannot be recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meeting.py" line="1437"/>
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
    <name>NewUserForm</name>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="54"/>
        <source>Nama pengguna baru</source>
        <translation>New user&apos;s username</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="54"/>
        <source>huruf, angka, titik atau garis bawah</source>
        <translation>letters, digits, dots or underscores</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="56"/>
        <source>Nama lengkap pengguna baru</source>
        <translation>New user&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="56"/>
        <source>beserta gelar</source>
        <translation>with titles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="58"/>
        <source>Peran pengguna baru</source>
        <translation>New user&apos;s role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="61"/>
        <source>Kata sandi pengguna baru</source>
        <translation>New user&apos;s password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="62"/>
        <source>Ulangi kata sandi pengguna baru</source>
        <translation>Repeat the new user&apos;s password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="66"/>
        <source>Minimal {n} karakter. Sampaikan kata sandi langsung kepada penggunanya.</source>
        <translation>At least {n} characters. Give the password to the user in person.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="68"/>
        <source>&amp;Tambah pengguna</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="69"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="70"/>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="72"/>
        <source>Keterangan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="76"/>
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="77"/>
        <source>Nama &amp;lengkap:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="78"/>
        <source>P&amp;eran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="79"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="80"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="102"/>
        <source>Kata sandi dan ulangannya tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/user_form.py" line="114"/>
        <location filename="../../desktop/gui/user_form.py" line="133"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>NineBoxPage</name>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="748"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="748"/>
        <location filename="../../desktop/gui/talent_views.py" line="754"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="748"/>
        <source>Jabatan sasaran</source>
        <translation>Target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="748"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="749"/>
        <source>Potensial</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="749"/>
        <source>Predikat kinerja</source>
        <translation>Performance rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="749"/>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="753"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="753"/>
        <source>Hasil terbaru</source>
        <translation>Latest results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="754"/>
        <source>Semua unit kerja</source>
        <translation>All work units</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="755"/>
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="755"/>
        <source>Semua jenis jabatan</source>
        <translation>All position types</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="759"/>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="759"/>
        <source>&amp;Unit kerja:</source>
        <translation>Work &amp;unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="760"/>
        <source>&amp;Jenis jabatan:</source>
        <translation>&amp;Position type:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="761"/>
        <source>Ekspor 9-box ke Excel</source>
        <translation>Export the 9-box to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="761"/>
        <source>Ekspor 9-box ke PDF</source>
        <translation>Export the 9-box to PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="805"/>
        <source>Potensial ↑</source>
        <translation>Potential ↑</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="806"/>
        <source>Kinerja →</source>
        <translation>Performance →</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="818"/>
        <source>Ringkasan 9-box</source>
        <translation>9-box summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="820"/>
        <source>Lihat pegawai tanpa data kinerja</source>
        <translation>Show employees without performance data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="827"/>
        <source>Kotak terpilih</source>
        <translation>Selected box</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="828"/>
        <source>Pilih sebuah kotak untuk melihat pegawai di dalamnya.</source>
        <translation>Choose a box to see the employees in it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="830"/>
        <source>Pegawai dalam kotak</source>
        <translation>Employees in the box</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="832"/>
        <source>Talenta 9-box</source>
        <translation>Talent 9-box</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="856"/>
        <source>Menghitung 9-box…</source>
        <translation>Computing the 9-box…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="863"/>
        <source>{count} orang
{label}</source>
        <translation>People: {count}
{label}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="867"/>
        <source>Kotak {box}: {label}, {count} orang</source>
        <translation>Box {box}: {label}, people: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="870"/>
        <source>{total} pegawai dengan hasil asesmen; {placed} dipetakan, {pool} di antaranya dalam kelompok talenta (kotak berwarna hijau).</source>
        <translation>Employees with assessment results: {total}; mapped: {placed}, of whom {pool} are in the talent pool (green boxes).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="872"/>
        <source>{n} tanpa data kinerja…</source>
        <translation>Without performance data: {n}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="878"/>
        <source>kotak {box}</source>
        <translation>box {box}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="895"/>
        <source>Memuat pegawai…</source>
        <translation>Loading employees…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="900"/>
        <source>Kotak {box}: {label}</source>
        <translation>Box {box}: {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="903"/>
        <source>Rekomendasi: {list}.</source>
        <translation>Recommendations: {list}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="904"/>
        <source>Pegawai ini belum memiliki predikat kinerja dari e-kinerja: impor data e-kinerja untuk memetakan mereka.</source>
        <translation>These employees have no performance rating from e-kinerja yet: import e-kinerja data to map them.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="909"/>
        <source>kedaluwarsa</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="916"/>
        <source>{n} orang</source>
        <translation>People: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="917"/>
        <source>{shown} dari {n} orang (JPM tertinggi lebih dulu); ekspor untuk daftar lengkap</source>
        <translation>{shown} of {n} people (highest JPM first); export for the full list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="921"/>
        <source>Ekspor 9-box</source>
        <translation>Export 9-box</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1124"/>
        <location filename="../../desktop/gui/talent_views.py" line="1130"/>
        <source>Impor data e-kinerja</source>
        <translation>Import e-kinerja data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1126"/>
        <source>Predikat kinerja pegawai dari ekspor e-kinerja (.xlsx atau .csv: NIP, tahun, predikat) menjadi sumbu kinerja 9-box. Kolomnya dipetakan dan setiap baris diperiksa seperti impor peserta; tidak ada yang diimpor selama masih ada masalah.</source>
        <translation>Employees&apos; performance ratings from an e-kinerja export (.xlsx or .csv: NIP, year, rating) become the performance axis of the 9-box. The columns are mapped and every row is checked as in the assessee import; nothing is imported while problems remain.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1129"/>
        <source>&amp;Pilih berkas e-kinerja…</source>
        <translation>&amp;Choose e-kinerja file…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1133"/>
        <source>Hasil impor e-kinerja</source>
        <translation>Result of the e-kinerja import</translation>
    </message>
</context>
<context>
    <name>PerformanceWizard</name>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="36"/>
        <source>Impor data e-kinerja</source>
        <translation>Import e-kinerja data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="40"/>
        <location filename="../../desktop/gui/performance_wizard.py" line="55"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="40"/>
        <location filename="../../desktop/gui/performance_wizard.py" line="55"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="40"/>
        <location filename="../../desktop/gui/performance_wizard.py" line="55"/>
        <source>Predikat kinerja</source>
        <translation>Performance rating</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="41"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="45"/>
        <source>Pilih ekspor e-kinerja: berkas Excel (.xlsx, lembar pertama) atau CSV, satu baris per pegawai dan tahun. Baris judul di atas baris nama kolom boleh ada. Predikat: Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang (PermenPANRB 6/2022).</source>
        <translation>Choose an e-kinerja export: an Excel file (.xlsx, first sheet) or CSV, one row per employee and year. Title rows above the row of column names are allowed. Ratings: Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang (PermenPANRB 6/2022).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="48"/>
        <source>Satu predikat per NIP dan tahun; tahun yang sama diimpor lagi menggantikan predikatnya (diberi peringatan lebih dulu). NIP yang belum punya hasil asesmen tetap disimpan.</source>
        <translation>One rating per NIP and year; importing the same year again replaces its rating (with a warning first). NIPs without assessment results yet are stored as well.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="52"/>
        <source>&amp;Impor data kinerja</source>
        <translation>&amp;Import performance data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="55"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="56"/>
        <source>Baris siap diimpor</source>
        <translation>Rows ready to import</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="59"/>
        <source>Pilih ekspor e-kinerja</source>
        <translation>Choose the e-kinerja export</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="62"/>
        <source>Tidak ada data yang diimpor selama masih ada masalah. Perbaiki baris-baris di bawah pada lembar kerja (atau simpan laporan masalah), simpan berkasnya, lalu baca dan periksa ulang.</source>
        <translation>No data is imported while problems remain. Correct the rows below in the spreadsheet (or save a problem report), save the file, then re-read and check it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="64"/>
        <source>Semua baris disimpan sekaligus dalam satu langkah; jika gagal, tidak ada yang diimpor.</source>
        <translation>All rows are saved together in a single step; if it fails, nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="67"/>
        <source>&amp;Impor {n} baris</source>
        <translation>&amp;Import rows ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="80"/>
        <source>Mengimpor {n} baris…</source>
        <translation>Importing rows ({n})…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="86"/>
        <source>Data kinerja diimpor</source>
        <translation>Performance data imported</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/performance_wizard.py" line="87"/>
        <source>{added} baru, {replaced} diganti, {unchanged} sama. Sumbu kinerja 9-box memakai predikat terbaru setiap pegawai.</source>
        <translation>New: {added}, replaced: {replaced}, unchanged: {unchanged}. The 9-box performance axis uses each employee&apos;s latest rating.</translation>
    </message>
</context>
<context>
    <name>PositionsPage</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="366"/>
        <source>Standar kompetensi jabatan sasaran</source>
        <translation>Competency standards of the target positions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="367"/>
        <source>Satu baris per jabatan, satu kolom per kompetensi: level standar</source>
        <translation>One row per position, one column per competency: the standard level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="371"/>
        <source>Belum ada jabatan sasaran. Tambahkan jabatan di bawah atau impor Standar Kompetensi Jabatan (SKJ) dari lembar kerja .xlsx/.csv.</source>
        <translation>No target positions yet. Add a position below or import the position competency standards (SKJ) from an .xlsx/.csv spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="374"/>
        <source>Nama jabatan baru</source>
        <translation>New position name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="375"/>
        <source>Nama jabatan, mis. Sekretaris Dinas</source>
        <translation>Position name, e.g. Sekretaris Dinas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="379"/>
        <source>Jenis jabatan baru</source>
        <translation>New position type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="380"/>
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="382"/>
        <source>Level standar awal untuk semua kompetensi</source>
        <translation>Initial standard level for all competencies</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="384"/>
        <source>&amp;Tambah jabatan</source>
        <translation>Add &amp;position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="385"/>
        <source>Tambah jabatan sasaran</source>
        <translation>Add target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="386"/>
        <source>&amp;Hapus jabatan</source>
        <translation>&amp;Remove position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="387"/>
        <source>Hapus jabatan sasaran terpilih</source>
        <translation>Remove the selected target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="388"/>
        <source>&amp;Impor SKJ…</source>
        <translation>&amp;Import SKJ…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="389"/>
        <source>Impor standar kompetensi jabatan dari lembar kerja</source>
        <translation>Import position competency standards from a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="391"/>
        <source>Lembar kerja .xlsx atau .csv: satu baris per jabatan, kolom Jabatan, Jenis (boleh tidak ada) dan satu kolom per kompetensi (kode M.1 … atau nama kompetensi)</source>
        <translation>An .xlsx or .csv spreadsheet: one row per position, with the columns Jabatan (position), Jenis (type, optional) and one column per competency (code M.1 … or competency name)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="397"/>
        <source>&amp;Level awal:</source>
        <translation>Initial le&amp;vel:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="416"/>
        <source>Jabatan baru</source>
        <translation>New position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="452"/>
        <source>Level standar tiap kompetensi per jabatan (Standar Kompetensi Jabatan).</source>
        <translation>The standard level of each competency per position (position competency standard, SKJ).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="454"/>
        <source>Level standar tiap kompetensi per jabatan (Standar Kompetensi Jabatan). Pilih &quot;—&quot; bila kompetensi tidak dipersyaratkan jabatan itu. Setiap perubahan langsung tersimpan.</source>
        <translation>The standard level of each competency per position (position competency standard, SKJ). Choose &quot;—&quot; when the position does not require the competency. Every change is saved at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="465"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="465"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="465"/>
        <source>Peserta</source>
        <translation>Assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="469"/>
        <source>Jumlah peserta dengan jabatan sasaran ini</source>
        <translation>Number of assessees with this target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="481"/>
        <source>Standar {code} {name} untuk {position}</source>
        <translation>Standard for {code} {name} in {position}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="504"/>
        <source>Standar {code} untuk {position} tersimpan: {level}.</source>
        <translation>Standard for {code} in {position} saved: {level}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="518"/>
        <source>Jabatan ini masih menjadi jabatan sasaran peserta</source>
        <translation>This position is still the target position of assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="528"/>
        <source>nama jabatan wajib diisi</source>
        <translation>the position name is required</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="535"/>
        <source>Jabatan {name} ditambahkan dengan level standar {level}.</source>
        <translation>Position {name} added with standard level {level}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="545"/>
        <source>Jabatan {name} dihapus.</source>
        <translation>Position {name} removed.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../desktop/gui/printing.py" line="333"/>
        <location filename="../../desktop/gui/printing.py" line="343"/>
        <source>Cetak lembar hasil</source>
        <translation>Print result sheets</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="339"/>
        <source>Memuat peserta dan register cetak…</source>
        <translation>Loading assessees and the print register…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="346"/>
        <location filename="../../desktop/gui/printing.py" line="384"/>
        <source>Status sesi</source>
        <translation>Session status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="350"/>
        <source>Peringatan: lembar belum final</source>
        <translation>Warning: sheets not final</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="356"/>
        <source>&amp;Peserta</source>
        <translation>&amp;Assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="357"/>
        <source>Peserta yang lembarnya dibuat</source>
        <translation>Assessees whose sheets are produced</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="358"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="358"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="358"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="358"/>
        <source>Jabatan sasaran</source>
        <translation>Target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="358"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="359"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="359"/>
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="361"/>
        <source>Spasi mencentang atau melepas peserta yang terpilih</source>
        <translation>Space ticks or unticks the selected assessee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="362"/>
        <source>Pilih sem&amp;ua</source>
        <translation>Select a&amp;ll</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="363"/>
        <source>Pilih semua peserta</source>
        <translation>Select all assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="364"/>
        <source>&amp;Kosongkan</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="365"/>
        <source>Lepas semua peserta</source>
        <translation>Deselect all assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="369"/>
        <source>Jumlah peserta terpilih</source>
        <translation>Number of selected assessees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="372"/>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="373"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="374"/>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation>F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="375"/>
        <source>K&amp;ertas:</source>
        <translation>Pap&amp;er:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="377"/>
        <source>Sertakan &amp;rekapitulasi sesi (rekapitulasi.pdf) saat menyimpan PDF</source>
        <translation>Include the session &amp;recap (rekapitulasi.pdf) when saving PDFs</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="378"/>
        <source>Sertakan rekapitulasi sesi saat menyimpan PDF</source>
        <translation>Include the session recap when saving PDFs</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="381"/>
        <source>Re&amp;gister cetak</source>
        <translation>Print re&amp;gister</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="382"/>
        <source>Register cetak sesi ini</source>
        <translation>Print register of this session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="383"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="383"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="383"/>
        <source>Peserta</source>
        <translation>Assessee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="383"/>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="383"/>
        <source>Salinan ke-</source>
        <translation>Copy no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="384"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="386"/>
        <source>Belum ada lembar yang dicetak dari sesi ini.</source>
        <translation>No sheets have been printed from this session yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="393"/>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="395"/>
        <source>&amp;Buka folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="396"/>
        <source>Buka folder tempat PDF disimpan</source>
        <translation>Open the folder where the PDFs were saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="401"/>
        <source>Keterangan kemajuan</source>
        <translation>Progress details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="401"/>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="401"/>
        <source>&amp;Hentikan</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="402"/>
        <source>Hentikan setelah lembar yang sedang dibuat</source>
        <translation>Stop after the sheet being produced</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="404"/>
        <source>&amp;Simpan sebagai PDF ke folder…</source>
        <translation>&amp;Save as PDF to folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="405"/>
        <source>Simpan lembar terpilih sebagai PDF ke folder</source>
        <translation>Save the selected sheets as PDF to a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="407"/>
        <source>Simpan sebagai PDF (Ctrl+S)</source>
        <translation>Save as PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="408"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="409"/>
        <source>Cetak lembar terpilih ke printer</source>
        <translation>Print the selected sheets on a printer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="411"/>
        <source>Pilih printer dan jumlah salinan (Ctrl+P)</source>
        <translation>Choose the printer and the number of copies (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="412"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="413"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="504"/>
        <source>Menyimpan PDF ke {folder}…</source>
        <translation>Saving PDFs to {folder}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="539"/>
        <source>perintah cetak &apos;{command}&apos; tidak ditemukan: simpan sebagai PDF lalu cetak dari penampil PDF</source>
        <translation>print command &apos;{command}&apos; not found: save as PDF, then print from a PDF viewer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="541"/>
        <source>printer menolak pekerjaan cetak: {detail}</source>
        <translation>the printer rejected the print job: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="542"/>
        <source>printer bawaan</source>
        <translation>the default printer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="543"/>
        <source>Mencetak ke {printer}…</source>
        <translation>Printing to {printer}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="553"/>
        <source>Cetak lembar hasil – {title}</source>
        <translation>Print result sheets – {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="557"/>
        <source>Sesi disegel · kode segel {code} · berlaku sampai {until}. Setiap lembar membawa kode verifikasi yang dapat diperiksa BKD.</source>
        <translation>Session sealed · seal code {code} · valid until {until}. Every sheet carries a verification code that BKD can check.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="562"/>
        <source>Sesi belum disegel ({status}).</source>
        <translation>Session not sealed yet ({status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="565"/>
        <source>⚠ BELUM FINAL: sesi ini belum disegel, jadi setiap lembar dicetak dengan tanda air “BELUM FINAL” dan tanpa kode verifikasi. Lembar ini hanya untuk pemeriksaan, bukan hasil resmi.</source>
        <translation>⚠ NOT FINAL: this session is not sealed yet, so every sheet is printed with a “DRAFT / BELUM FINAL” watermark and without a verification code. These sheets are for review only, not official results.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="572"/>
        <source>Belum ada lembar hasil: level akhir setiap peserta ditetapkan dalam rapat integrasi.</source>
        <translation>No result sheets yet: each assessee&apos;s final levels are set in the integration meeting.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="577"/>
        <source>penilaian berjalan</source>
        <translation>rating in progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="578"/>
        <source>rapat integrasi</source>
        <translation>integration meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="579"/>
        <source>disegel</source>
        <translation>sealed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="624"/>
        <source>{n}×</source>
        <translation>{n}×</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="638"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="638"/>
        <source>BELUM FINAL</source>
        <translation>NOT FINAL</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="671"/>
        <source>{n} dari {total} peserta dipilih</source>
        <translation>{n} of {total} assessees selected</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="698"/>
        <source>Simpan PDF ke folder</source>
        <translation>Save PDFs to folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="712"/>
        <source>perintah cetak &apos;lp&apos; tidak ditemukan: simpan sebagai PDF lalu cetak dari penampil PDF</source>
        <translation>print command &apos;lp&apos; not found: save as PDF, then print from a PDF viewer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="724"/>
        <source>Tidak ada printer terpasang: simpan sebagai PDF lalu cetak dari penampil PDF.</source>
        <translation>No printer installed: save as PDF, then print from a PDF viewer.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="735"/>
        <source>Cetak {n} lembar hasil</source>
        <translation>Print result sheets ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="737"/>
        <source>(BELUM FINAL)</source>
        <translation>(NOT FINAL)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="742"/>
        <source>Pilih sebuah printer; untuk berkas PDF pakai “Simpan sebagai PDF ke folder…”.</source>
        <translation>Choose a printer; for PDF files use “Save as PDF to folder…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="769"/>
        <source>Menghentikan setelah lembar yang sedang dibuat…</source>
        <translation>Stopping after the sheet being produced…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="777"/>
        <source>Mencetak</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="777"/>
        <source>Menyimpan</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="779"/>
        <source>{verb} {n} dari {total}: {name}</source>
        <translation>{verb} {n} of {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="780"/>
        <source>rekapitulasi</source>
        <translation>recap</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="809"/>
        <source>Lembar hasil tidak dapat dimuat: {message}</source>
        <translation>The result sheets cannot be loaded: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="814"/>
        <source>{message} ({n} lembar sudah dicetak dan tercatat)</source>
        <translation>{message} (sheets already printed and recorded: {n})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="819"/>
        <source>PDF tidak tersimpan: {message}</source>
        <translation>PDF not saved: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="840"/>
        <source>Memuat register cetak…</source>
        <translation>Loading the print register…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="847"/>
        <source>Dihentikan: {n} dari {total} berkas PDF tersimpan di {folder}.</source>
        <translation>Stopped: {n} of {total} PDF files saved in {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="850"/>
        <source>{n} berkas PDF tersimpan di {folder}.</source>
        <translation>PDF files saved in {folder}: {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="852"/>
        <source>Lembar bertanda air “BELUM FINAL”.</source>
        <translation>The sheets carry a “DRAFT / BELUM FINAL” watermark.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="860"/>
        <source>Dihentikan: {n} dari {total} lembar dikirim ke printer dan tercatat di register cetak.</source>
        <translation>Stopped: {n} of {total} sheets sent to the printer and recorded in the print register.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="863"/>
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
    <name>PurgeDialog</name>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="480"/>
        <source>Hapus salinan lokal</source>
        <translation>Delete local copy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="484"/>
        <source>Sesi &lt;b&gt;{title}&lt;/b&gt; sudah diterima BKD pada {received} (tanda terima dicatat {recorded}).&lt;br&gt;&lt;br&gt;Yang dihapus dari laptop ini: data {count} peserta (nama, NIP, jabatan), semua penilaian dan bukti perilaku, level akhir, serta log audit sesi ini.&lt;br&gt;Yang tersisa: catatan tanpa data pribadi (judul sesi, kode segel, bundel, tanda terima, siapa menghapus dan kapan).&lt;br&gt;&lt;br&gt;Lembar hasil dan bundel yang sudah tersimpan di tempat lain tidak ikut terhapus. Penghapusan ini tidak dapat dibatalkan.</source>
        <translation>Session &lt;b&gt;{title}&lt;/b&gt; was received by BKD on {received} (receipt recorded {recorded}).&lt;br&gt;&lt;br&gt;Deleted from this laptop: the data of {count} assessees (name, NIP, position), all ratings and behavioural evidence, final levels, and this session&apos;s audit log.&lt;br&gt;What remains: a record without personal data (session title, seal code, bundle, receipt, who deleted it and when).&lt;br&gt;&lt;br&gt;Result sheets and bundles already stored elsewhere are not deleted. This deletion cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="496"/>
        <source>Saya &amp;mengerti: data sesi ini tidak dapat dikembalikan dari aplikasi</source>
        <translation>I &amp;understand: this session&apos;s data cannot be restored from the application</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="498"/>
        <source>Konfirmasi penghapusan salinan lokal</source>
        <translation>Confirm deletion of the local copy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="499"/>
        <source>&amp;Hapus salinan lokal</source>
        <translation>&amp;Delete local copy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="500"/>
        <source>Hapus salinan lokal sesi ini</source>
        <translation>Delete the local copy of this session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="503"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="504"/>
        <source>Batal, jangan hapus</source>
        <translation>Cancel, do not delete</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/delivery.py" line="511"/>
        <source>Hapus salinan lokal sesi ini?</source>
        <translation>Delete the local copy of this session?</translation>
    </message>
</context>
<context>
    <name>RatingFormWidget</name>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="513"/>
        <source>Formulir saya</source>
        <translation>My forms</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="518"/>
        <source>Daftar formulir penilaian</source>
        <translation>List of rating forms</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="519"/>
        <source>Pilih formulir; Enter membuka kompetensi pertamanya</source>
        <translation>Choose a form; Enter opens its first competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="543"/>
        <source>{first}–{last}: beri level (langsung tersimpan) lalu lanjut · koma tepat sesudah angka: +½ untuk kompetensi tadi (3 lalu koma = {half}; mengetik {half} juga bisa) · ←/→: geser ½ level, Enter: pilih · Tab: bukti perilaku · Ctrl+Enter: kompetensi berikutnya (dari kotak bukti) atau kirim formulir · ↑/↓: pindah kompetensi</source>
        <translation>{first}–{last}: set the level (saved at once) and move on · a point right after the digit: +½ for that competency (3 then a point = {half}; typing {half} also works) · ←/→: move by ½ level, Enter: choose · Tab: behavioural evidence · Ctrl+Enter: next competency (from the evidence box) or submit the form · ↑/↓: move between competencies</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="549"/>
        <source>{first}–{last}: beri level (langsung tersimpan) lalu lanjut · Tab: bukti perilaku · Ctrl+Enter: kompetensi berikutnya (dari kotak bukti) atau kirim formulir · ↑/↓: pindah kompetensi</source>
        <translation>{first}–{last}: set the level (saved at once) and move on · Tab: behavioural evidence · Ctrl+Enter: next competency (from the evidence box) or submit the form · ↑/↓: move between competencies</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="558"/>
        <source>Pemberitahuan formulir</source>
        <translation>Form notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="576"/>
        <location filename="../../desktop/gui/rating_form.py" line="577"/>
        <source>Kirim formulir</source>
        <translation>Submit form</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="579"/>
        <source>Mengirim formulir ke ketua tim (Ctrl+Enter). Setelah dikirim formulir hanya dapat dibaca.</source>
        <translation>Submits the form to the lead assessor (Ctrl+Enter). Once submitted, the form is read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="596"/>
        <source>Deskripsi level</source>
        <translation>Level descriptions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="599"/>
        <source>Deskripsi level kompetensi</source>
        <translation>Competency level descriptions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="659"/>
        <source>Formulir tidak dapat dibaca: {message}</source>
        <translation>The forms cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="673"/>
        <source>Belum ada formulir penilaian untuk {assessor} pada sesi ini.</source>
        <translation>No rating forms for {assessor} in this session yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="721"/>
        <source>{name} (NIP {nip}) · {simulation} · {status}</source>
        <translation>{name} (NIP {nip}) · {simulation} · {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="750"/>
        <source>Formulir tidak dapat dibuka: {message}</source>
        <translation>The form cannot be opened: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="802"/>
        <source>Formulir penilaian</source>
        <translation>Rating form</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="842"/>
        <source>Sesi ini sudah disegel: formulir hanya dapat dibaca.</source>
        <translation>This session is sealed: the form is read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="844"/>
        <source>Formulir ini sudah dikirim: hanya dapat dibaca.</source>
        <translation>This form has been submitted: it is read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="846"/>
        <source>Perubahan yang belum tersimpan tidak dapat disimpan lagi: {names}.</source>
        <translation>Unsaved changes can no longer be saved: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="858"/>
        <source>terkirim</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="858"/>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="859"/>
        <source>belum diisi</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="861"/>
        <source>NIP {nip} · peserta no. {no} · simulasi {simulation} · asesor {assessor} · status {status}</source>
        <translation>NIP {nip} · participant no. {no} · simulation {simulation} · assessor {assessor} · status {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="871"/>
        <source>{rated} dari {total} kompetensi berlevel, {evidence} dengan bukti perilaku</source>
        <translation>{rated} of {total} competencies with a level, {evidence} with behavioural evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="958"/>
        <source>✓ level terpilih</source>
        <translation>✓ chosen level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="960"/>
        <source>◐ level terpilih {n} di antara level {low} dan {high}</source>
        <translation>◐ chosen level {n} between levels {low} and {high}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="963"/>
        <source>▶ disorot</source>
        <translation>▶ highlighted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="963"/>
        <source>▶ disorot {n}</source>
        <translation>▶ highlighted {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="968"/>
        <source>Level {n}</source>
        <translation>Level {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="975"/>
        <source>Deskripsi level: {name}</source>
        <translation>Level descriptions: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="1035"/>
        <source>Koma menambah setengah level tepat sesudah angka: mis. 3 lalu koma memberi {half}.</source>
        <translation>A point right after a digit adds half a level: e.g. 3 then a point gives {half}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="1042"/>
        <source>Sesi ini memakai level bulat (diatur pada Persiapan › Rincian): {name} tetap {level}.</source>
        <translation>This session uses whole levels (set under Setup › Details): {name} stays {level}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="1048"/>
        <source>{level} adalah level tertinggi: {name} tetap {level}.</source>
        <translation>{level} is the highest level: {name} stays {level}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="1091"/>
        <source>basis data tidak dapat menyimpan ({detail}); nilai tetap di layar, tekan lagi untuk mencoba</source>
        <translation>the database cannot save ({detail}); the value stays on screen, press again to retry</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="1103"/>
        <source>Sesi ini sudah disegel: penilaian tidak dapat diubah.</source>
        <translation>This session is sealed: ratings cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="1104"/>
        <source>Formulir ini sudah dikirim: penilaian tidak dapat diubah.</source>
        <translation>This form has been submitted: ratings cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="1123"/>
        <location filename="../../desktop/gui/rating_form.py" line="1144"/>
        <source>Formulir tidak dapat dikirim: {message}</source>
        <translation>The form cannot be submitted: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="1133"/>
        <source>Formulir terkirim. Formulir ini kini hanya dapat dibaca.</source>
        <translation>Form submitted. It is now read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_form.py" line="1148"/>
        <source>Formulir belum dapat dikirim. Lengkapi level dan bukti perilaku untuk: {names}.</source>
        <translation>The form cannot be submitted yet. Add the level and behavioural evidence for: {names}.</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <location filename="../../desktop/gui/rating_page.py" line="26"/>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_page.py" line="28"/>
        <source>Formulir &amp;asesor:</source>
        <translation>&amp;Assessor&apos;s forms:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rating_page.py" line="30"/>
        <source>Penilaian dari formulir kertas diketik atas nama asesornya; log audit mencatat siapa yang mengetik.</source>
        <translation>Ratings from paper forms are typed in on behalf of their assessor; the audit log records who typed them.</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="758"/>
        <location filename="../../desktop/gui/central_import.py" line="799"/>
        <source>Terbitkan tanda terima</source>
        <translation>Issue receipts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="765"/>
        <source>Tanda terima untuk {n} bundel yang baru saja diterapkan.</source>
        <translation>Receipts for the bundles just applied ({n}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="766"/>
        <source>Tanda terima untuk setiap bundel yang pernah diterapkan.</source>
        <translation>Receipts for every bundle ever applied.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="768"/>
        <source>Serahkan berkas .receipt.zip kepada pusat asesmen pengirimnya; pusat asesmen baru boleh menghapus salinan lokalnya setelah tanda terima diimpor.</source>
        <translation>Hand the .receipt.zip files to the assessment centres that sent the bundles; an assessment centre may delete its local copy only after the receipt has been imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="772"/>
        <location filename="../../desktop/gui/central_import.py" line="832"/>
        <source>Folder tujuan tanda terima</source>
        <translation>Receipt destination folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="774"/>
        <source>Pi&amp;lih…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="775"/>
        <source>Pilih folder tujuan</source>
        <translation>Choose the destination folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="776"/>
        <source>Berkas kunci tanda terima BKD</source>
        <translation>BKD receipt key file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="776"/>
        <source>bkd-receipt.key</source>
        <translation>bkd-receipt.key</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="779"/>
        <source>Pil&amp;ih…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="780"/>
        <source>Pilih berkas kunci tanda terima</source>
        <translation>Choose the receipt key file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="781"/>
        <source>Kata sandi kunci tanda terima</source>
        <translation>Receipt key password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="786"/>
        <source>&amp;Folder tujuan:</source>
        <translation>Destination &amp;folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="787"/>
        <source>&amp;Kunci tanda terima:</source>
        <translation>Receipt &amp;key:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="795"/>
        <source>Kata &amp;sandi:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="796"/>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="798"/>
        <source>&amp;Terbitkan</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="801"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="810"/>
        <source>Tanda terima bundel</source>
        <translation>Bundle receipts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="838"/>
        <source>Pilih kunci tanda terima BKD</source>
        <translation>Choose the BKD receipt key</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="839"/>
        <source>Kunci tanda terima (*.key);;Semua berkas (*)</source>
        <translation>Receipt keys (*.key);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="850"/>
        <source>Pilih folder tujuan tanda terima.</source>
        <translation>Choose the destination folder for the receipts.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="854"/>
        <source>Pilih berkas kunci tanda terima BKD (bkd-receipt.key).</source>
        <translation>Choose the BKD receipt key file (bkd-receipt.key).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="858"/>
        <source>Ketik kata sandi kunci tanda terima.</source>
        <translation>Type the receipt key password.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="880"/>
        <location filename="../../desktop/gui/central_import.py" line="901"/>
        <source>Menandatangani…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/central_import.py" line="887"/>
        <source>{n} tanda terima ditulis.</source>
        <translation>Receipts written: {n}.</translation>
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
        <location filename="../../desktop/gui/users.py" line="28"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="30"/>
        <source>Ketua Tim</source>
        <translation>Lead Assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="31"/>
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
        <location filename="../../desktop/gui/setup_pages.py" line="562"/>
        <source>Metode simulasi</source>
        <translation>Simulation methods</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="563"/>
        <source>Centang metode yang dipakai dalam sesi ini</source>
        <translation>Tick the methods used in this session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="599"/>
        <source>  — dipakai dalam penilaian</source>
        <translation>  — used in ratings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="600"/>
        <source>Sudah dipakai dalam penilaian: tidak dapat dihapus</source>
        <translation>Already used in ratings: cannot be removed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="601"/>
        <source>Metode simulasi yang dipakai dalam sesi ini.</source>
        <translation>The simulation methods used in this session.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="602"/>
        <source>Centang metode simulasi yang dipakai dalam sesi ini; perubahan langsung tersimpan. Simulasi yang sudah dipakai dalam penilaian tidak dapat dihapus.</source>
        <translation>Tick the simulation methods used in this session; changes are saved at once. Simulations already used in ratings cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="606"/>
        <source>{n} simulasi dipakai: {names}.</source>
        <translation>Simulations used ({n}): {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="607"/>
        <source>Belum ada simulasi yang dipilih.</source>
        <translation>No simulations chosen yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="614"/>
        <source>Simulasi {code} ditambahkan.</source>
        <translation>Simulation {code} added.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="617"/>
        <source>Simulasi {code} dihapus dari sesi.</source>
        <translation>Simulation {code} removed from the session.</translation>
    </message>
</context>
<context>
    <name>SkjFile</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="1040"/>
        <source>Impor Standar Kompetensi Jabatan</source>
        <translation>Import Position Competency Standards (SKJ)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="1041"/>
        <source>Lembar kerja (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>SkjImportDialog</name>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="983"/>
        <source>Impor SKJ: {name}</source>
        <translation>Import SKJ: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="987"/>
        <source>Jabatan dalam berkas SKJ</source>
        <translation>Positions in the SKJ file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="989"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="989"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="989"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="994"/>
        <source>tidak berubah</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="994"/>
        <source>diganti</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="995"/>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="1005"/>
        <source>Masalah dan catatan pada berkas</source>
        <translation>Problems and notes in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="1006"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="1007"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="1013"/>
        <source>{added} jabatan baru, {updated} jabatan yang standarnya diganti, {same} jabatan tidak berubah. Impor sekarang?</source>
        <translation>New positions: {added}; positions whose standards are replaced: {updated}; unchanged positions: {same}. Import now?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="1017"/>
        <source>{n} masalah pada berkas: perbaiki berkasnya dahulu; tidak ada yang diimpor.</source>
        <translation>Problems in the file: {n}. Correct the file first; nothing has been imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="1021"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="1023"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="1033"/>
        <source>baris {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_pages.py" line="1033"/>
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
    <name>TalentPage</name>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="191"/>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="196"/>
        <source>Keadaan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="196"/>
        <source>Kemajuan ekspor</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="196"/>
        <source>H&amp;entikan</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="196"/>
        <source>Hentikan ekspor</source>
        <translation>Stop the export</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="227"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="241"/>
        <source>Mengekspor ke {name}…</source>
        <translation>Exporting to {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="253"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="253"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="297"/>
        <source>Ekspor dihentikan; tidak ada berkas yang ditulis.</source>
        <translation>Export stopped; no file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="312"/>
        <source>Diekspor ke {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="314"/>
        <source>({n} orang).</source>
        <translation>(people: {n}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="375"/>
        <source>Ekspor E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="379"/>
        <source>Ekspor P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>TalentViews</name>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1187"/>
        <source>Impor e-kinerja</source>
        <translation>Import e-kinerja</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1188"/>
        <source>Rekam jejak</source>
        <translation>Track record</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1189"/>
        <source>Talenta 9-box</source>
        <translation>Talent 9-box</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1190"/>
        <source>Kebutuhan pelatihan</source>
        <translation>Training needs</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1192"/>
        <source>Masa berlaku</source>
        <translation>Validity</translation>
    </message>
</context>
<context>
    <name>TrackRecordPage</name>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="582"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="582"/>
        <location filename="../../desktop/gui/talent_views.py" line="612"/>
        <source>Asesmen</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="584"/>
        <source>Disegel</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="584"/>
        <source>Sesi · penyelenggara</source>
        <translation>Session · provider</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="584"/>
        <source>Jabatan sasaran · jenis · unit</source>
        <translation>Target position · type · unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="585"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="585"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="585"/>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="586"/>
        <location filename="../../desktop/gui/talent_views.py" line="699"/>
        <source>Kompetensi</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="594"/>
        <source>Cari NIP atau nama</source>
        <translation>Search by NIP or name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="595"/>
        <source>NIP (boleh sebagian) atau nama, mis. 19791105 atau Dodi</source>
        <translation>NIP (or part of it) or name, e.g. 19791105 or Dodi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="597"/>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="598"/>
        <source>Cari pegawai</source>
        <translation>Search employees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="600"/>
        <source>C&amp;ari ASN:</source>
        <translation>Find AS&amp;N:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="603"/>
        <source>Hasil pencarian</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="607"/>
        <source>Nama pegawai</source>
        <translation>Employee name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="611"/>
        <source>Cari seorang ASN, lalu pilih namanya untuk melihat rekam jejaknya.</source>
        <translation>Search for an ASN, then choose the name to see their track record.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="614"/>
        <source>Level per kompetensi</source>
        <translation>Levels per competency</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="619"/>
        <source>&amp;Asesmen:</source>
        <translation>&amp;Assessments:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="620"/>
        <source>&amp;Level per kompetensi dan perubahannya:</source>
        <translation>&amp;Levels per competency and their changes:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="625"/>
        <source>Rekam jejak ASN</source>
        <translation>ASN track record</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="636"/>
        <source>Ketik NIP atau nama yang dicari.</source>
        <translation>Type the NIP or name to search for.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="639"/>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="647"/>
        <source>{n} pegawai ditemukan</source>
        <translation>Employees found: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="648"/>
        <source>Tidak ada pegawai dengan NIP atau nama itu.</source>
        <translation>No employee with that NIP or name.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="661"/>
        <source>Memuat rekam jejak…</source>
        <translation>Loading the track record…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="667"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="667"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="669"/>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="674"/>
        <source>predikat kinerja {list}</source>
        <translation>performance rating {list}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="676"/>
        <source>belum ada data e-kinerja</source>
        <translation>no e-kinerja data yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="680"/>
        <source>kedaluwarsa</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="685"/>
        <source>revisi {n} (amandemen; JPM semula {jpm})</source>
        <translation>revision {n} (amendment; JPM first sealed {jpm})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="687"/>
        <source>revisi {n} (amandemen)</source>
        <translation>revision {n} (amendment)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="699"/>
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="699"/>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="730"/>
        <source>{level} (semula {original})</source>
        <translation>{level} (first sealed {original})</translation>
    </message>
</context>
<context>
    <name>TrainingNeedsPage</name>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="936"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="936"/>
        <location filename="../../desktop/gui/talent_views.py" line="941"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="936"/>
        <source>Jabatan sasaran</source>
        <translation>Target position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="936"/>
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="937"/>
        <source>Capaian</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="937"/>
        <source>Selisih</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="937"/>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="941"/>
        <source>Semua unit kerja</source>
        <translation>All work units</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="942"/>
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="942"/>
        <source>Semua jenis jabatan</source>
        <translation>All position types</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="946"/>
        <source>&amp;Unit kerja:</source>
        <translation>Work &amp;unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="946"/>
        <source>&amp;Jenis jabatan:</source>
        <translation>&amp;Position type:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="947"/>
        <source>Ekspor kebutuhan pelatihan ke Excel</source>
        <translation>Export training needs to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="948"/>
        <source>Ringkasan kebutuhan pelatihan</source>
        <translation>Training needs summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="951"/>
        <source>Kebutuhan per kompetensi dan jenis pengembangan</source>
        <translation>Needs per competency and development type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="952"/>
        <source>Kompetensi · jenis pengembangan / unit kerja · jenis jabatan</source>
        <translation>Competency · development type / work unit · position type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="953"/>
        <source>Orang</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="961"/>
        <source>Pilih sebuah kebutuhan untuk melihat pegawainya.</source>
        <translation>Choose a need to see its employees.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="963"/>
        <source>Pegawai dengan kebutuhan ini</source>
        <translation>Employees with this need</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="964"/>
        <source>Kebutuhan pelatihan</source>
        <translation>Training needs</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="971"/>
        <source>Menghitung kebutuhan…</source>
        <translation>Computing the needs…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="977"/>
        <source>{n} dari {total} pegawai dengan hasil asesmen yang masih berlaku memiliki kompetensi di bawah standar jabatan sasarannya.</source>
        <translation>{n} of {total} employees with still-valid assessment results have competencies below the standard of their target position.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="993"/>
        <source>Tidak ada kebutuhan pengembangan untuk saringan ini.</source>
        <translation>No development needs for this filter.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1014"/>
        <source>Semua unit kerja dan jenis jabatan</source>
        <translation>All work units and position types</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1016"/>
        <source>Memuat pegawai…</source>
        <translation>Loading employees…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1025"/>
        <source>{n} orang</source>
        <translation>People: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/talent_views.py" line="1028"/>
        <source>Ekspor kebutuhan pelatihan</source>
        <translation>Export training needs</translation>
    </message>
</context>
<context>
    <name>TrustListWidget</name>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="57"/>
        <source>Pusat asesmen</source>
        <translation>Assessment centre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="57"/>
        <source>ID kunci</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="57"/>
        <source>Ditambahkan</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="58"/>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="66"/>
        <source>Kunci tepercaya</source>
        <translation>Trusted keys</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="68"/>
        <source>Bundel hanya diterima bila ditandatangani kunci pusat asesmen yang ada di daftar ini dan belum dicabut. Terima berkas kunci publik (centre.pub) langsung dari pusat asesmen, lalu cocokkan ID kuncinya dengan pusat tersebut, mis. lewat telepon.</source>
        <translation>A bundle is accepted only if it is signed with an assessment centre key that is on this list and has not been revoked. Get the public key file (centre.pub) directly from the assessment centre, then check its key ID with that centre, e.g. by telephone.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="73"/>
        <source>Daftar kunci tepercaya</source>
        <translation>Trusted key list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="75"/>
        <source>Jumlah kunci</source>
        <translation>Number of keys</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="77"/>
        <source>&amp;Cabut kunci terpilih…</source>
        <translation>&amp;Revoke selected key…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="78"/>
        <source>Cabut kunci terpilih</source>
        <translation>Revoke the selected key</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="79"/>
        <source>Cabut kunci terpilih (Delete pada daftar)</source>
        <translation>Revoke the selected key (Delete in the list)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="91"/>
        <source>Konfirmasi pencabutan</source>
        <translation>Confirm revocation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="93"/>
        <source>Ya, cabut kunci</source>
        <translation>Yes, revoke the key</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="94"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="95"/>
        <source>Batal mencabut</source>
        <translation>Cancel revocation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="105"/>
        <source>Nama pusat asesmen</source>
        <translation>Assessment centre name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="105"/>
        <source>mis. UPT Penilaian Kompetensi BKD Kota</source>
        <translation>e.g. UPT Penilaian Kompetensi BKD Kota</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="106"/>
        <source>Berkas kunci publik</source>
        <translation>Public key file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="106"/>
        <source>centre.pub</source>
        <translation>centre.pub</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="107"/>
        <source>P&amp;ilih…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="108"/>
        <source>Pilih berkas kunci publik</source>
        <translation>Choose the public key file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="112"/>
        <source>&amp;Tambah ke daftar</source>
        <translation>&amp;Add to list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="113"/>
        <source>Tambah kunci ke daftar kepercayaan</source>
        <translation>Add the key to the trust list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="116"/>
        <source>&amp;Nama pusat asesmen:</source>
        <translation>Assessment centre &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="117"/>
        <source>&amp;Berkas kunci publik:</source>
        <translation>Public key &amp;file:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="125"/>
        <source>Tambah kunci pusat asesmen</source>
        <translation>Add an assessment centre key</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="128"/>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="130"/>
        <source>Keterangan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="164"/>
        <source>Daftar kunci tidak dapat dibaca: {message}</source>
        <translation>The key list cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="167"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="168"/>
        <source>Dicabut: bundel bertanda tangan kunci ini ditolak</source>
        <translation>Revoked: bundles signed with this key are rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="172"/>
        <source>{n} kunci aktif, {r} dicabut</source>
        <translation>Active keys: {n}, revoked: {r}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="193"/>
        <source>Pilih berkas kunci publik pusat asesmen</source>
        <translation>Choose the assessment centre&apos;s public key file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="194"/>
        <source>Kunci publik minisign (*.pub);;Semua berkas (*)</source>
        <translation>minisign public keys (*.pub);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="210"/>
        <source>Isi nama pusat asesmen pemilik kunci.</source>
        <translation>Enter the name of the assessment centre that owns the key.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="214"/>
        <source>Pilih berkas kunci publik (centre.pub) dari pusat asesmen.</source>
        <translation>Choose the public key file (centre.pub) from the assessment centre.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="226"/>
        <source>Kunci {key_id} milik {name} ditambahkan ke daftar kepercayaan.</source>
        <translation>Key {key_id} of {name} added to the trust list.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="238"/>
        <source>Cabut kunci {key_id} milik {name}? Sejak saat ini setiap bundel yang ditandatangani kunci ini ditolak. Pencabutan tidak dapat dibatalkan: kunci ini tidak dapat dipercaya lagi.</source>
        <translation>Revoke key {key_id} of {name}? From now on every bundle signed with this key is rejected. Revocation cannot be undone: this key can never be trusted again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="241"/>
        <source>Cabut kunci {key_id}</source>
        <translation>Revoke key {key_id}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/trust_list.py" line="266"/>
        <source>Kunci {key_id} ({name}) dicabut.</source>
        <translation>Key {key_id} ({name}) revoked.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../desktop/gui/users.py" line="43"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="43"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="43"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="65"/>
        <source>Akun Anda</source>
        <translation>Your account</translation>
    </message>
</context>
<context>
    <name>UsersWidget</name>
    <message>
        <location filename="../../desktop/gui/users.py" line="96"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="99"/>
        <source>Daftar pengguna</source>
        <translation>User list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="104"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="112"/>
        <source>Hanya administrator yang dapat menambah pengguna. Anda masuk sebagai {name} ({role}).</source>
        <translation>Only administrators can add users. You are signed in as {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="118"/>
        <source>Keterangan hak akses</source>
        <translation>Access rights note</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="142"/>
        <source>Daftar pengguna tidak dapat dibaca: {message}</source>
        <translation>The user list cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="145"/>
        <source>{n} pengguna</source>
        <translation>Users: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/users.py" line="156"/>
        <source>Pengguna {username} ditambahkan sebagai {role}.</source>
        <translation>User {username} added as {role}.</translation>
    </message>
</context>
</TS>
