<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="128"/>
        <source>&amp;Muat data contoh…</source>
        <translation>&amp;Load sample data…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="130"/>
        <source>Tambahkan satu sesi fiktif dengan enam peserta untuk mencoba aplikasi</source>
        <translation>Add one fictional session with six assessees to try the application</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="131"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="134"/>
        <source>Tutup Asesmen</source>
        <translation>Close Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="135"/>
        <source>&amp;Tentang Asesmen</source>
        <translation>&amp;About Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="137"/>
        <source>Versi dan keterangan aplikasi</source>
        <translation>Version and information about the application</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="147"/>
        <source>Bahasa antarmuka; berlaku setelah Asesmen dibuka ulang</source>
        <translation>Interface language; takes effect after Asesmen is restarted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="152"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="156"/>
        <source>B&amp;ahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="158"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="163"/>
        <source>Daftar sesi penilaian</source>
        <translation>Assessment sessions list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="164"/>
        <source>Pilih satu sesi untuk melihat hasil pesertanya</source>
        <translation>Select a session to see its assessees&apos; results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="168"/>
        <source>Belum ada sesi penilaian. Untuk mencoba Asesmen, muat data contoh: satu sesi fiktif dengan enam peserta yang sudah dinilai (menu Berkas › Muat data contoh).</source>
        <translation>No assessment sessions yet. To try Asesmen, load the sample data: one fictional session with six assessees who have already been rated (menu File › Load sample data).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="170"/>
        <source>Belum ada sesi penilaian</source>
        <translation>No assessment sessions yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="171"/>
        <location filename="../../desktop/gui/main_window.py" line="172"/>
        <location filename="../../desktop/gui/main_window.py" line="376"/>
        <source>Muat data contoh</source>
        <translation>Load sample data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="188"/>
        <source>Sesi penilaian</source>
        <translation>Assessment sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="192"/>
        <source>Hasil peserta</source>
        <translation>Assessee results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="193"/>
        <source>Peserta sesi terpilih dengan JPM dan kategorinya</source>
        <translation>Assessees of the selected session with their JPM and category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="199"/>
        <location filename="../../desktop/gui/main_window.py" line="322"/>
        <source>Hasil penilaian</source>
        <translation>Assessment results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="215"/>
        <source>Pemberitahuan</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="216"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="217"/>
        <source>Tutup pemberitahuan</source>
        <translation>Close notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="248"/>
        <source>Basis data: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="249"/>
        <source>Lokasi basis data</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="282"/>
        <source>Daftar sesi tidak dapat dibaca: {message}</source>
        <translation>The session list cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="324"/>
        <source>Pilih sesi penilaian di atas untuk melihat hasil pesertanya.</source>
        <translation>Select an assessment session above to see its assessees&apos; results.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="327"/>
        <source>Hasil penilaian: {title}</source>
        <translation>Assessment results: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="333"/>
        <source>Hasil tidak dapat dibaca: {message}</source>
        <translation>The results cannot be read: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="336"/>
        <source>Sesi ini belum memiliki peserta.</source>
        <translation>This session has no assessees yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="339"/>
        <source>Belum ada hasil. Hasil seorang peserta tampil setelah level akhir semua kompetensinya ditetapkan dalam rapat integrasi.</source>
        <translation>No results yet. An assessee&apos;s results appear once the final levels of all their competencies have been set in the integration meeting.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="346"/>
        <source>{shown} dari {total} peserta sudah memiliki level akhir; peserta lain belum tampil.</source>
        <translation>{shown} of {total} assessees have final levels; the others are not shown yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="355"/>
        <source>kode segel {code}, hasil berlaku sampai {date}</source>
        <translation>seal code {code}, results valid until {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="358"/>
        <source>draf: belum disegel</source>
        <translation>draft: not sealed yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="365"/>
        <source>Membuat sesi contoh…</source>
        <translation>Creating the sample session…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="366"/>
        <source>Mendaftarkan peserta…</source>
        <translation>Registering assessees…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="367"/>
        <source>Menyimpan penilaian asesor…</source>
        <translation>Saving assessor ratings…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="376"/>
        <source>Memuat data contoh…</source>
        <translation>Loading sample data…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="380"/>
        <source>Data contoh dimuat sebagai sesi draf.</source>
        <translation>Sample data loaded as a draft session.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="386"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="414"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="445"/>
        <source>{task} gagal: {message}</source>
        <translation>{task} failed: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="453"/>
        <source>{task} dibatalkan.</source>
        <translation>{task} cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="475"/>
        <source>Bahasa antarmuka tidak berubah.</source>
        <translation>The interface language is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="478"/>
        <source>Bahasa antarmuka disimpan: {language}. Perubahan berlaku setelah Asesmen ditutup dan dibuka kembali.</source>
        <translation>Interface language saved: {language}. The change takes effect after Asesmen is closed and opened again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="488"/>
        <source>Tentang Asesmen</source>
        <translation>About Asesmen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="489"/>
        <source>Asesmen {version}

Penilaian kompetensi Aparatur Sipil Negara, berjalan luring (offline). Data contoh di dalamnya sepenuhnya fiktif.</source>
        <translation>Asesmen {version}

Competency assessment of Indonesian civil servants (ASN), working offline. The sample data it contains is entirely fictional.</translation>
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
    <name>Startup</name>
    <message>
        <location filename="../../desktop/gui/application.py" line="58"/>
        <source>{detail}. Lokasi: {path}</source>
        <translation>{detail}. Location: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/application.py" line="64"/>
        <source>Periksa berkas tersebut, atau buka basis data lain dengan: asesmen --store BERKAS</source>
        <translation>Check that file, or open another database with: asesmen --store FILE</translation>
    </message>
</context>
</TS>
