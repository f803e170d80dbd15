<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS">
    <context>
        <name>AgendaTab</name>
        <message>
            <source>Agenda sessions</source>
            <translation>Sesije dnevnog reda</translation>
        </message>
        <message>
            <source>Session title</source>
            <translation>Naziv sesije</translation>
        </message>
        <message>
            <source>Day of the event</source>
            <translation>Dan događaja</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Vreme</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Naziv:</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Dan:</translation>
        </message>
        <message>
            <source>Ti&amp;me:</source>
            <translation>&amp;Vreme:</translation>
        </message>
        <message>
            <source>&amp;Add as new session</source>
            <translation>Dod&amp;aj kao novu sesiju</translation>
        </message>
        <message>
            <source>Add the session</source>
            <translation>Dodaj sesiju</translation>
        </message>
        <message>
            <source>&amp;Update selected</source>
            <translation>&amp;Izmeni izabranu</translation>
        </message>
        <message>
            <source>Update the selected session</source>
            <translation>Izmeni izabranu sesiju</translation>
        </message>
        <message>
            <source>De&amp;lete selected</source>
            <translation>O&amp;briši izabranu</translation>
        </message>
        <message>
            <source>Delete the selected session</source>
            <translation>Obriši izabranu sesiju</translation>
        </message>
        <message>
            <source>Day %1, </source>
            <translation>Dan %1, </translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Back up the vault</source>
            <translation>Rezervna kopija trezora</translation>
        </message>
        <message>
            <source>&amp;Back up</source>
            <translation>&amp;Napravi kopiju</translation>
        </message>
        <message>
            <source>A complete copy of the vault, encrypted with the same passphrase. Choose a folder (the copy gets a dated name) or a new file name; nothing is ever overwritten. Keep it on another disk.</source>
            <translation>Potpuna kopija trezora, šifrovana istom lozinkom. Izaberite fasciklu (kopija dobija naziv sa datumom) ili novi naziv datoteke; ništa se nikad ne zamenjuje. Čuvajte je na drugom disku.</translation>
        </message>
        <message>
            <source>Back up into this folder</source>
            <translation>Napravi kopiju u ovoj fascikli</translation>
        </message>
        <message>
            <source>Backup destination</source>
            <translation>Odredište rezervne kopije</translation>
        </message>
        <message>
            <source>File name…</source>
            <translation>Naziv datoteke…</translation>
        </message>
        <message>
            <source>Choose a file name for the backup</source>
            <translation>Izaberite naziv datoteke za rezervnu kopiju</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>Fascikla…</translation>
        </message>
        <message>
            <source>Choose a folder for the backup</source>
            <translation>Izaberite fasciklu za rezervnu kopiju</translation>
        </message>
        <message>
            <source>Back up to:</source>
            <translation>Kopija u:</translation>
        </message>
        <message>
            <source>Roundtable vaults (%1)</source>
            <translation>Roundtable trezori (%1)</translation>
        </message>
        <message>
            <source>Writing the backup…</source>
            <translation>Upisivanje rezervne kopije…</translation>
        </message>
        <message>
            <source>Backed up to %1. It opens with this vault's passphrase.</source>
            <translation>Kopija je sačuvana u %1. Otvara se lozinkom ovog trezora.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Recovered text</source>
            <translation>Vraćeni tekst</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Vrati</translation>
        </message>
        <message>
            <source>Restore the recovered text</source>
            <translation>Vrati sačuvani tekst</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Odbaci</translation>
        </message>
        <message>
            <source>Discard the recovered text</source>
            <translation>Odbaci sačuvani tekst</translation>
        </message>
        <message>
            <source>Unsaved text from %1 was recovered — Restore / Discard</source>
            <translation>Nesačuvani tekst od %1 je vraćen — Vrati / Odbaci</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Stanje čuvanja</translation>
        </message>
        <message>
            <source>Dismiss a finding</source>
            <translation>Odbaci upozorenje</translation>
        </message>
        <message>
            <source>Why is it safe to keep?</source>
            <translation>Zašto je bezbedno zadržati ga?</translation>
        </message>
        <message>
            <source>Reason for dismissing</source>
            <translation>Razlog odbacivanja</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Odbaci</translation>
        </message>
    </context>
    <context>
        <name>BundleDialogs</name>
        <message>
            <source>Export a bundle</source>
            <translation>Izvoz paketa</translation>
        </message>
        <message>
            <source>&amp;Export bundle</source>
            <translation>&amp;Izvezi paket</translation>
        </message>
        <message>
            <source>Write the bundle to</source>
            <translation>Upiši paket u</translation>
        </message>
        <message>
            <source>Bundle file</source>
            <translation>Datoteka paketa</translation>
        </message>
        <message>
            <source>Bundle passphrase</source>
            <translation>Lozinka paketa</translation>
        </message>
        <message>
            <source>Bundle passphrase again</source>
            <translation>Ponovljena lozinka paketa</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Sačuvaj u:</translation>
        </message>
        <message>
            <source>Bundle passphrase:</source>
            <translation>Lozinka paketa:</translation>
        </message>
        <message>
            <source>Again:</source>
            <translation>Ponovo:</translation>
        </message>
        <message>
            <source>Every captured remark (deletions too) in one encrypted file, to merge into the vault on another laptop. It has its own passphrase, at least %1 characters: give it to the other note-taker in person, not with the file. No protected terms or summaries travel.</source>
            <translation>Sve zabeležene izjave (i brisanja) u jednoj šifrovanoj datoteci, za spajanje sa trezorom na drugom računaru. Paket ima sopstvenu lozinku od najmanje %1 znakova: predajte je drugom zapisničaru lično, ne uz datoteku. Zaštićeni pojmovi i sažeci se ne prenose.</translation>
        </message>
        <message>
            <source>Encrypting the bundle…</source>
            <translation>Šifrovanje paketa…</translation>
        </message>
        <message>
            <source>Choose the bundle file (%1)</source>
            <translation>Izaberite datoteku paketa (%1)</translation>
        </message>
        <message>
            <source>Type the bundle's passphrase.</source>
            <translation>Upišite lozinku paketa.</translation>
        </message>
    </context>
    <context>
        <name>CaptureController</name>
        <message>
            <source>an unexpected error (%1)</source>
            <translation>neočekivana greška (%1)</translation>
        </message>
        <message>
            <source>Could not save: choose a theme first (Ctrl+1 … Ctrl+9)</source>
            <translation>Nije sačuvano: prvo izaberite temu (Ctrl+1 … Ctrl+9)</translation>
        </message>
        <message>
            <source>Could not discard the recovered text: %1</source>
            <translation>Vraćeni tekst nije mogao da se odbaci: %1</translation>
        </message>
        <message>
            <source>Could not keep a safety copy: %1 — keep the app open</source>
            <translation>Sigurnosna kopija nije mogla da se sačuva: %1 — ne zatvarajte program</translation>
        </message>
    </context>
    <context>
        <name>CaptureEditor</name>
        <message>
            <source>Remark editor</source>
            <extracomment>The user chose "Not identifying here" on an underlined span.</extracomment>
            <translation>Unos izjave</translation>
        </message>
        <message>
            <source>Type the remark; Ctrl+Enter saves it under the current theme and kind.</source>
            <translation>Upišite izjavu; Ctrl+Enter je čuva pod trenutnom temom i vrstom.</translation>
        </message>
        <message>
            <source>Type the remark as it is spoken. Ctrl+Enter saves it.</source>
            <translation>Upišite izjavu onako kako je izgovorena. Ctrl+Enter je čuva.</translation>
        </message>
        <message>
            <source>Not identifying here (dismiss)</source>
            <translation>Ovde ne otkriva identitet (odbaci)</translation>
        </message>
    </context>
    <context>
        <name>CaptureView</name>
        <message>
            <source>(no agenda session)</source>
            <translation>(bez sesije dnevnog reda)</translation>
        </message>
        <message>
            <source>Day %1</source>
            <translation>Dan %1</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Teme</translation>
        </message>
        <message>
            <source>&amp;Themes (Ctrl+1 … Ctrl+9)</source>
            <translation>&amp;Teme (Ctrl+1 … Ctrl+9)</translation>
        </message>
        <message>
            <source>Kind of remark</source>
            <translation>Vrsta izjave</translation>
        </message>
        <message>
            <source>&amp;Kind (Alt+1 … Alt+6; stays until you change it)</source>
            <translation>&amp;Vrsta (Alt+1 … Alt+6; ostaje dok je ne promenite)</translation>
        </message>
        <message>
            <source>Agenda session</source>
            <translation>Sesija dnevnog reda</translation>
        </message>
        <message>
            <source>Agenda &amp;session (Ctrl+Shift+S)</source>
            <translation>&amp;Sesija dnevnog reda (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Current theme</source>
            <translation>Trenutna tema</translation>
        </message>
        <message>
            <source>Save remark (Ctrl+Enter)</source>
            <translation>Sačuvaj izjavu (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Save remark</source>
            <translation>Sačuvaj izjavu</translation>
        </message>
        <message>
            <source>Nothing saved yet</source>
            <translation>Još ništa nije sačuvano</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>Poslednje čuvanje</translation>
        </message>
        <message>
            <source>&amp;Remarks (%1)</source>
            <translation>&amp;Izjave (%1)</translation>
        </message>
        <message>
            <source>Guard findings in the editor</source>
            <translation>Upozorenja čuvara u unosu</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>That passphrase does not unlock this file. Check it and try again (or the file is not a Roundtable vault).</source>
            <translation>Ova lozinka ne otključava datoteku. Proverite je i pokušajte ponovo (ili datoteka nije Roundtable trezor).</translation>
        </message>
        <message>
            <source>This vault is damaged: its integrity check failed. Nothing was changed; open a backup copy instead.</source>
            <translation>Trezor je oštećen: provera celovitosti nije uspela. Ništa nije promenjeno; otvorite rezervnu kopiju.</translation>
        </message>
        <message>
            <source>This vault is already open in another Roundtable window or program. Close it there, then try again.</source>
            <translation>Trezor je već otvoren u drugom prozoru programa Roundtable ili u drugom programu. Zatvorite ga tamo, pa pokušajte ponovo.</translation>
        </message>
        <message>
            <source>This vault was made by a newer version of Roundtable. Update Roundtable to open it; the file was not changed.</source>
            <translation>Trezor je napravljen novijom verzijom programa Roundtable. Ažurirajte Roundtable da biste ga otvorili; datoteka nije promenjena.</translation>
        </message>
        <message>
            <source>The disk refused the operation (%1).</source>
            <translation>Disk je odbio radnju (%1).</translation>
        </message>
        <message>
            <source>Something unexpected went wrong (%1). Nothing was changed; please report it.</source>
            <translation>Došlo je do neočekivane greške (%1). Ništa nije promenjeno; molimo vas da je prijavite.</translation>
        </message>
    </context>
    <context>
        <name>EventTab</name>
        <message>
            <source>Event title</source>
            <translation>Naziv događaja</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>Podnaslov</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Mesto održavanja</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Datumi</translation>
        </message>
        <message>
            <source>Conveners, one a line</source>
            <translation>Organizatori, jedan po redu</translation>
        </message>
        <message>
            <source>Rule statement</source>
            <translation>Izjava o pravilu</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export summary</source>
            <translation>Izvoz sažetka</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Izvezi</translation>
        </message>
        <message>
            <source>An unattributed summary of every remark not excluded. Times, capture order and the protected terms never leave the vault.</source>
            <translation>Sažetak bez navođenja autora svih izjava koje nisu isključene. Vremena, redosled beleženja i zaštićeni pojmovi nikad ne napuštaju trezor.</translation>
        </message>
        <message>
            <source>Format: %1</source>
            <translation>Format: %1</translation>
        </message>
        <message>
            <source>Export the summary to</source>
            <translation>Izvezi sažetak u</translation>
        </message>
        <message>
            <source>Destination file</source>
            <translation>Odredišna datoteka</translation>
        </message>
        <message>
            <source>Name agenda sessions</source>
            <translation>Navedi sesije dnevnog reda</translation>
        </message>
        <message>
            <source>Show each remark's agenda session title (never a day or time).</source>
            <translation>Prikaži naziv sesije dnevnog reda uz svaku izjavu (nikad dan ili vreme).</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Sačuvaj u:</translation>
        </message>
        <message>
            <source>Attribution check</source>
            <translation>Provera pripisivanja</translation>
        </message>
        <message>
            <source>Attribution check result</source>
            <translation>Rezultat provere pripisivanja</translation>
        </message>
        <message>
            <source>Unresolved findings</source>
            <translation>Nerešena upozorenja</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Reči</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Zašto</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Gde</translation>
        </message>
        <message>
            <source>How to resolve findings</source>
            <translation>Kako rešiti upozorenja</translation>
        </message>
        <message>
            <source>I have checked these findings; export anyway</source>
            <translation>Proverio sam ova upozorenja; ipak izvezi</translation>
        </message>
        <message>
            <source>Running the attribution check…</source>
            <translation>Provera pripisivanja je u toku…</translation>
        </message>
        <message>
            <source>%1 already exists. Press Export again to replace it.</source>
            <translation>%1 već postoji. Pritisnite Izvezi ponovo da biste je zamenili.</translation>
        </message>
    </context>
    <context>
        <name>Guard</name>
        <message numerus="yes">
            <source>⚠ %n possible attributions: hover the underline, right-click</source>
            <translation>
                <numerusform>⚠ %n moguće pripisivanje: zadržite miš na podvučenom, desni klik</numerusform>
                <numerusform>⚠ %n moguća pripisivanja: zadržite miš na podvučenom, desni klik</numerusform>
                <numerusform>⚠ %n mogućih pripisivanja: zadržite miš na podvučenom, desni klik</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>Observation</source>
            <translation>Zapažanje</translation>
        </message>
        <message>
            <source>Challenge</source>
            <translation>Izazov</translation>
        </message>
        <message>
            <source>Good practice</source>
            <translation>Dobra praksa</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Naučena lekcija</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Preporuka</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pitanje</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Jezik</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Vault locked</source>
            <translation>Trezor je zaključan</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Zaključano</translation>
        </message>
        <message>
            <source>Close vault</source>
            <translation>Zatvori trezor</translation>
        </message>
        <message>
            <source>Close the vault instead of unlocking it</source>
            <translation>Zatvori trezor umesto da ga otključaš</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The new language applies fully the next time Roundtable starts.</source>
            <translation>Novi jezik će se potpuno primeniti pri sledećem pokretanju programa Roundtable.</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>The "Close the demo" question while it is up.</extracomment>
            <translation>Stanje</translation>
        </message>
        <message>
            <source>&amp;New vault…</source>
            <translation>&amp;Novi trezor…</translation>
        </message>
        <message>
            <source>&amp;Open vault…</source>
            <translation>&amp;Otvori trezor…</translation>
        </message>
        <message>
            <source>Try the &amp;demo</source>
            <translation>Isprobaj &amp;demo</translation>
        </message>
        <message>
            <source>&amp;Close vault</source>
            <translation>&amp;Zatvori trezor</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Pregled</translation>
        </message>
        <message>
            <source>Capture ⇄ Review (F9)</source>
            <translation>Unos ⇄ Pregled (F9)</translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minut</numerusform>
                <numerusform>%n minuta</numerusform>
                <numerusform>%n minuta</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datoteka</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Događaj</translation>
        </message>
        <message>
            <source>Lock after &amp;idle</source>
            <translation>Zaključaj posle &amp;neaktivnosti</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>P&amp;rikaz</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>P&amp;omoć</translation>
        </message>
        <message numerus="yes">
            <source>Locks after %n min idle · Ctrl+L locks now</source>
            <translation>
                <numerusform>Zaključava se posle %n min neaktivnosti · Ctrl+L zaključava odmah</numerusform>
                <numerusform>Zaključava se posle %n min neaktivnosti · Ctrl+L zaključava odmah</numerusform>
                <numerusform>Zaključava se posle %n min neaktivnosti · Ctrl+L zaključava odmah</numerusform>
            </translation>
        </message>
        <message>
            <source>About %1</source>
            <translation>O programu %1</translation>
        </message>
        <message>
            <source>&lt;p&gt;Capture and publish unattributed summaries of meetings held under the Chatham House Rule.&lt;/p&gt;&lt;p&gt;Everything stays in one encrypted file per event; nothing goes over the network.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Beleženje i objavljivanje sažetaka bez navođenja autora sa sastanaka koji se održavaju po pravilu Chatham House.&lt;/p&gt;&lt;p&gt;Sve ostaje u jednoj šifrovanoj datoteci po događaju; ništa ne ide preko mreže.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>Bilo gde</translation>
        </message>
        <message>
            <source>Capturing (once a vault is open)</source>
            <translation>Beleženje (kada je trezor otvoren)</translation>
        </message>
    </context>
    <context>
        <name>NewVaultCard</name>
        <message numerus="yes">
            <source>Too short: at least %1 characters (%n so far).</source>
            <translation>
                <numerusform>Prekratko: najmanje %1 znakova (zasad %n).</numerusform>
                <numerusform>Prekratko: najmanje %1 znakova (zasad %n).</numerusform>
                <numerusform>Prekratko: najmanje %1 znakova (zasad %n).</numerusform>
            </translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Jaka.</translation>
        </message>
        <message>
            <source>Fair. A few more words make it much stronger.</source>
            <translation>Solidna. Još nekoliko reči je čini mnogo jačom.</translation>
        </message>
        <message>
            <source>Weak. Use a longer passphrase, for example four unrelated words.</source>
            <translation>Slaba. Upotrebite dužu lozinku, na primer četiri nepovezane reči.</translation>
        </message>
        <message>
            <source>New event vault</source>
            <translation>Novi trezor događaja</translation>
        </message>
        <message>
            <source>Where to save the vault</source>
            <translation>Gde da se sačuva trezor</translation>
        </message>
        <message>
            <source>Vault file location</source>
            <translation>Lokacija datoteke trezora</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Izaberi…</translation>
        </message>
        <message>
            <source>Choose where to save the vault</source>
            <translation>Izaberite gde da se sačuva trezor</translation>
        </message>
        <message>
            <source>Event title</source>
            <translation>Naziv događaja</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Lozinka</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Ponovite lozinku</translation>
        </message>
        <message>
            <source>Themes, one per line (optional)</source>
            <translation>Teme, jedna po redu (nije obavezno)</translation>
        </message>
        <message>
            <source>One theme per line (optional; you can add them later)</source>
            <translation>Jedna tema po redu (nije obavezno; možete ih dodati kasnije)</translation>
        </message>
        <message>
            <source>Remember this vault in the recent list</source>
            <translation>Zapamti ovaj trezor na spisku nedavnih</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Napravi trezor</translation>
        </message>
        <message>
            <source>Create the vault</source>
            <translation>Napravi trezor</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datoteka:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Naziv:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Lozinka:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Ponovo:</translation>
        </message>
        <message>
            <source>T&amp;hemes:</source>
            <translation>&amp;Teme:</translation>
        </message>
        <message>
            <source> The two passphrases differ.</source>
            <translation> Lozinke se razlikuju.</translation>
        </message>
        <message>
            <source>Save the new vault as</source>
            <translation>Sačuvaj novi trezor kao</translation>
        </message>
        <message>
            <source>Roundtable vaults (%1)</source>
            <translation>Roundtable trezori (%1)</translation>
        </message>
        <message>
            <source>Choose where to save the vault.</source>
            <translation>Izaberite gde da se sačuva trezor.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Fascikla %1 ne postoji.</translation>
        </message>
        <message>
            <source>%1 already exists; Roundtable never overwrites a file.</source>
            <translation>%1 već postoji; Roundtable nikad ne zamenjuje datoteku.</translation>
        </message>
        <message>
            <source>Give the event a title.</source>
            <translation>Dajte naziv događaju.</translation>
        </message>
    </context>
    <context>
        <name>RemarkList</name>
        <message>
            <source>E&amp;xclude from the summary</source>
            <translation>Is&amp;ključi iz sažetka</translation>
        </message>
        <message>
            <source>Include in the &amp;summary</source>
            <translation>Uključi u &amp;sažetak</translation>
        </message>
        <message>
            <source>Saved remarks</source>
            <extracomment>The selected remark's whole current text ('' when none is selected).</extracomment>
            <translation>Sačuvane izjave</translation>
        </message>
        <message>
            <source>&amp;Edit text</source>
            <translation>&amp;Izmeni tekst</translation>
        </message>
        <message>
            <source>&amp;Delete remark</source>
            <translation>&amp;Obriši izjavu</translation>
        </message>
        <message>
            <source>&amp;Move to theme…</source>
            <translation>&amp;Premesti u temu…</translation>
        </message>
        <message>
            <source>Change &amp;kind…</source>
            <translation>Promeni &amp;vrstu…</translation>
        </message>
        <message>
            <source>Key &amp;point</source>
            <translation>&amp;Ključna tačka</translation>
        </message>
        <message>
            <source>&amp;Reword for the summary…</source>
            <translation>P&amp;reformuliši za sažetak…</translation>
        </message>
        <message>
            <source>Move to theme</source>
            <translation>Premesti u temu</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Dismiss a &amp;finding</source>
            <translation>Odbaci &amp;upozorenje</translation>
        </message>
    </context>
    <context>
        <name>RemarkModel</name>
        <message>
            <source>Time</source>
            <translation>Vreme</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Izjava</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sažetak</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Isključeno</translation>
        </message>
        <message>
            <source>★ Key point</source>
            <translation>★ Ključna tačka</translation>
        </message>
        <message>
            <source>✎ Reworded</source>
            <translation>✎ Preformulisano</translation>
        </message>
        <message>
            <source>Left out of the summary (Ctrl+Shift+X includes it again)</source>
            <translation>Izostavljeno iz sažetka (Ctrl+Shift+X ga ponovo uključuje)</translation>
        </message>
        <message>
            <source>Listed first in its theme as a key point (Ctrl+Shift+K)</source>
            <translation>Navodi se prvo u svojoj temi kao ključna tačka (Ctrl+Shift+K)</translation>
        </message>
        <message>
            <source>The summary uses the facilitator's wording (Ctrl+R changes it)</source>
            <translation>Sažetak koristi formulaciju moderatora (Ctrl+R je menja)</translation>
        </message>
        <message>
            <source>Left out of the summary.</source>
            <extracomment>The user finished editing a remark's text in place: (remark id, new text).</extracomment>
            <translation>Izostavljeno iz sažetka.</translation>
        </message>
        <message>
            <source>May attribute this remark:</source>
            <translation>Može otkriti autora ove izjave:</translation>
        </message>
    </context>
    <context>
        <name>RewordDialog</name>
        <message>
            <source>Possible attributions are underlined; right-click to fix.</source>
            <translation>Moguća pripisivanja su podvučena; desni klik za ispravku.</translation>
        </message>
        <message>
            <source>Reword for the summary</source>
            <translation>Preformuliši za sažetak</translation>
        </message>
        <message>
            <source>As &amp;captured (kept unchanged):</source>
            <translation>Kako je &amp;zabeleženo (ostaje nepromenjeno):</translation>
        </message>
        <message>
            <source>Remark as captured</source>
            <translation>Izjava kako je zabeležena</translation>
        </message>
        <message>
            <source>&amp;Wording for the summary:</source>
            <translation>&amp;Formulacija za sažetak:</translation>
        </message>
        <message>
            <source>Wording for the summary</source>
            <translation>Formulacija za sažetak</translation>
        </message>
        <message>
            <source>Guard findings in the wording</source>
            <translation>Upozorenja čuvara u formulaciji</translation>
        </message>
        <message>
            <source>&amp;Save wording</source>
            <translation>&amp;Sačuvaj formulaciju</translation>
        </message>
        <message>
            <source>Save the wording for the summary</source>
            <translation>Sačuvaj formulaciju za sažetak</translation>
        </message>
        <message>
            <source>Use the &amp;original</source>
            <translation>Koristi &amp;izvornik</translation>
        </message>
        <message>
            <source>Use the original wording in the summary</source>
            <translation>Koristi izvornu formulaciju u sažetku</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Event setup</source>
            <extracomment>The same moments as ``changed``, saying what changed (a vault.types.Changes).</extracomment>
            <translation>Podešavanje događaja</translation>
        </message>
        <message>
            <source>Event setup sections</source>
            <translation>Delovi podešavanja događaja</translation>
        </message>
        <message>
            <source>&amp;Protected terms</source>
            <translation>&amp;Zaštićeni pojmovi</translation>
        </message>
        <message>
            <source>Setup status</source>
            <translation>Stanje podešavanja</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <extracomment>The Save / Discard / Cancel question while it is up (for tests and the lock).</extracomment>
            <translation>Nije sačuvano: %1</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Save the remark</source>
            <translation>Sačuvaj izjavu</translation>
        </message>
        <message>
            <source>Choose the agenda session</source>
            <translation>Izaberi sesiju dnevnog reda</translation>
        </message>
        <message>
            <source>Go to the editor</source>
            <translation>Idi na unos</translation>
        </message>
        <message>
            <source>Go to the list of remarks</source>
            <translation>Idi na spisak izjava</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source> or </source>
            <translation> ili </translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Prečice na tastaturi</translation>
        </message>
    </context>
    <context>
        <name>Spelling</name>
        <message>
            <source>No suggestions</source>
            <translation>Nema predloga</translation>
        </message>
        <message>
            <source>Add “%1” to the event's dictionary</source>
            <translation>Dodaj „%1“ u rečnik događaja</translation>
        </message>
        <message>
            <source>Spell-check is off: the Enchant library is not installed.</source>
            <translation>Provera pravopisa je isključena: biblioteka Enchant nije instalirana.</translation>
        </message>
        <message>
            <source>Spell-check is off: no dictionary for this language is installed.</source>
            <translation>Provera pravopisa je isključena: nije instaliran rečnik za ovaj jezik.</translation>
        </message>
        <message>
            <source>Spell-check is off (%1).</source>
            <translation>Provera pravopisa je isključena (%1).</translation>
        </message>
    </context>
    <context>
        <name>SummaryTab</name>
        <message>
            <source>Summary texts</source>
            <extracomment>The list's key for the executive summary (themes are keyed by their id).</extracomment>
            <translation>Tekstovi sažetka</translation>
        </message>
        <message>
            <source>&amp;Texts:</source>
            <translation>&amp;Tekstovi:</translation>
        </message>
        <message>
            <source>Summary text</source>
            <translation>Tekst sažetka</translation>
        </message>
        <message>
            <source>Guard findings in the summary text</source>
            <translation>Upozorenja čuvara u tekstu sažetka</translation>
        </message>
        <message>
            <source>Could not dismiss the finding: %1</source>
            <translation>Upozorenje nije moglo da se odbaci: %1</translation>
        </message>
    </context>
    <context>
        <name>TermsModel</name>
        <message>
            <source>Term</source>
            <translation>Pojam</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Other spellings (separated by ;)</source>
            <translation>Drugi oblici (razdvojeni sa ;)</translation>
        </message>
    </context>
    <context>
        <name>TermsTab</name>
        <message>
            <source>Kind of term</source>
            <translation>Vrsta pojma</translation>
        </message>
        <message>
            <source>Protected terms</source>
            <extracomment>Terms read from a CSV file and merged into the table (the dialog saves them at once).</extracomment>
            <translation>Zaštićeni pojmovi</translation>
        </message>
        <message>
            <source>&amp;Add term</source>
            <translation>&amp;Dodaj pojam</translation>
        </message>
        <message>
            <source>Add a protected term</source>
            <translation>Dodaj zaštićeni pojam</translation>
        </message>
        <message>
            <source>&amp;Delete term</source>
            <translation>&amp;Obriši pojam</translation>
        </message>
        <message>
            <source>Delete the selected term</source>
            <translation>Obriši izabrani pojam</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Uvezi CSV…</translation>
        </message>
        <message>
            <source>Import protected terms from a CSV file</source>
            <translation>Uvezi zaštićene pojmove iz CSV datoteke</translation>
        </message>
        <message>
            <source>Import result</source>
            <translation>Rezultat uvoza</translation>
        </message>
        <message>
            <source>The guard warns when these appear in a remark. They are never exported.</source>
            <translation>Čuvar upozorava kada se ovi pojmovi pojave u izjavi. Nikad se ne izvoze.</translation>
        </message>
        <message>
            <source>Import protected terms</source>
            <translation>Uvoz zaštićenih pojmova</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV datoteke (*.csv);;Sve datoteke (*)</translation>
        </message>
    </context>
    <context>
        <name>ThemeModel</name>
        <message numerus="yes">
            <source>%n remarks</source>
            <translation>
                <numerusform>%n izjava</numerusform>
                <numerusform>%n izjave</numerusform>
                <numerusform>%n izjava</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2, shortcut %3</source>
            <translation>%1, %2, prečica %3</translation>
        </message>
        <message>
            <source>%1: %2. Select with %3.</source>
            <translation>%1: %2. Bira se sa %3.</translation>
        </message>
    </context>
    <context>
        <name>ThemesTab</name>
        <message>
            <source>Themes</source>
            <extracomment>A description was typed (the dialog's status line follows it).</extracomment>
            <translation>Teme</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Dodaj…</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Pre&amp;imenuj…</translation>
        </message>
        <message>
            <source>Rename the selected theme</source>
            <translation>Preimenuj izabranu temu</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Pomeri na&amp;gore</translation>
        </message>
        <message>
            <source>Move the selected theme up</source>
            <translation>Pomeri izabranu temu nagore</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Pomeri na&amp;dole</translation>
        </message>
        <message>
            <source>Move the selected theme down</source>
            <translation>Pomeri izabranu temu nadole</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>&amp;Boja…</translation>
        </message>
        <message>
            <source>Choose the selected theme's colour</source>
            <translation>Izaberi boju izabrane teme</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Obriši</translation>
        </message>
        <message>
            <source>Delete the selected theme</source>
            <translation>Obriši izabranu temu</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nijedna</translation>
        </message>
        <message>
            <source>Shortcut digit (Ctrl+digit)</source>
            <translation>Cifra prečice (Ctrl+cifra)</translation>
        </message>
        <message>
            <source>Shortcut Ctrl+&amp;digit:</source>
            <translation>Prečica Ctrl+&amp;cifra:</translation>
        </message>
        <message>
            <source>Add a theme</source>
            <extracomment>Typed descriptions not yet saved, by theme id (Save writes them).</extracomment>
            <translation>Dodaj temu</translation>
        </message>
        <message>
            <source>Theme name:</source>
            <translation>Naziv teme:</translation>
        </message>
        <message>
            <source>Rename the theme</source>
            <translation>Preimenuj temu</translation>
        </message>
        <message>
            <source>Theme colour</source>
            <translation>Boja teme</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Delete remark</source>
            <translation>brisanje izjave</translation>
        </message>
        <message>
            <source>Edit remark</source>
            <translation>izmenu izjave</translation>
        </message>
        <message>
            <source>Move remark</source>
            <translation>premeštanje izjave</translation>
        </message>
        <message>
            <source>Mark remark as %1</source>
            <translation>označavanje izjave kao %1</translation>
        </message>
    </context>
    <context>
        <name>Unlock</name>
        <message>
            <source>Passphrase</source>
            <translation>Lozinka</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Otključaj</translation>
        </message>
        <message>
            <source>Unlock the vault</source>
            <translation>Otključaj trezor</translation>
        </message>
        <message>
            <source>Unlocking</source>
            <translation>Otključavanje</translation>
        </message>
        <message>
            <source>Preparing search after the update: %1 of %2 remarks…</source>
            <translation>Pripremam pretragu posle ažuriranja: %1 od %2 izjava…</translation>
        </message>
        <message>
            <source>Unlock %1</source>
            <translation>Otključavanje: %1</translation>
        </message>
        <message>
            <source>Unlock vault</source>
            <translation>Otključavanje trezora</translation>
        </message>
        <message>
            <source>Unlock &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Otključaj &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Capture what was said under the Chatham House Rule — never who said it.</source>
            <translation>Beležite šta je rečeno po pravilu Chatham House — nikad ko je to rekao.</translation>
        </message>
        <message>
            <source>Join an event from a kit…</source>
            <translation>Pridružite se događaju iz kompleta…</translation>
        </message>
        <message>
            <source>Join an event from a kit</source>
            <translation>Pridružite se događaju iz kompleta</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Dobro došli</translation>
        </message>
        <message>
            <source>Open a vault</source>
            <translation>Otvaranje trezora</translation>
        </message>
        <message>
            <source>Recent vaults</source>
            <translation>Nedavni trezori</translation>
        </message>
        <message>
            <source>No recent vaults. Tick “Remember this vault” to keep one here; only its location is stored.</source>
            <translation>Nema nedavnih trezora. Označite „Zapamti ovaj trezor“ da biste ga čuvali ovde; pamti se samo njegova lokacija.</translation>
        </message>
        <message>
            <source>Open selected</source>
            <translation>Otvori izabrani</translation>
        </message>
        <message>
            <source>Forget</source>
            <translation>Zaboravi</translation>
        </message>
        <message>
            <source>Forget the selected vault</source>
            <translation>Zaboravi izabrani trezor</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Potraži…</translation>
        </message>
        <message>
            <source>Open a vault file</source>
            <translation>Otvori datoteku trezora</translation>
        </message>
        <message>
            <source>Remember this vault in the recent list</source>
            <translation>Zapamti ovaj trezor na spisku nedavnih</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Isprobajte demo</translation>
        </message>
        <message>
            <source>A fictional roundtable (Subotica, June 2016) with themes, an agenda, remarks and protected names. It is created in a temporary folder and removed when you close it.</source>
            <translation>Izmišljeni okrugli sto (Subotica, jun 2016) sa temama, dnevnim redom, izjavama i zaštićenim imenima. Pravi se u privremenoj fascikli i briše kada ga zatvorite.</translation>
        </message>
        <message>
            <source>Its passphrase, if you lock it:</source>
            <translation>Njegova lozinka, ako ga zaključate:</translation>
        </message>
        <message>
            <source>Demo passphrase</source>
            <translation>Lozinka demo trezora</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>Otvori demo</translation>
        </message>
        <message>
            <source>Roundtable vaults (%1);;All files (*)</source>
            <translation>Roundtable trezori (%1);;Sve datoteke (*)</translation>
        </message>
        <message>
            <source>%1: no such file.</source>
            <translation>%1: datoteka ne postoji.</translation>
        </message>
    </context>
    <context>
        <name>WorkDialog</name>
        <message>
            <source>Choose…</source>
            <extracomment>A path the platform dialog already asked "replace?" about. Where the platform dialog starts while the field is empty.</extracomment>
            <translation>Izaberi…</translation>
        </message>
        <message>
            <source>Working</source>
            <extracomment>What the user fills in: disabled while the work runs.</extracomment>
            <translation>U toku</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Capture workspace</source>
            <extracomment>A safety copy of the editor's text reached the vault.</extracomment>
            <translation>Radni prostor za beleženje</translation>
        </message>
        <message>
            <source>Capturing</source>
            <translation>Beleženje</translation>
        </message>
        <message>
            <source>In the list of saved remarks (%1)</source>
            <translation>Na spisku sačuvanih izjava (%1)</translation>
        </message>
        <message>
            <source>Save remark</source>
            <translation>Sačuvaj izjavu</translation>
        </message>
        <message>
            <source>Choose agenda session</source>
            <translation>Izaberi sesiju dnevnog reda</translation>
        </message>
        <message>
            <source>Go to editor</source>
            <translation>Idi na unos</translation>
        </message>
        <message>
            <source>Go to saved remarks</source>
            <translation>Idi na sačuvane izjave</translation>
        </message>
        <message>
            <source>Kind: %1</source>
            <translation>Vrsta: %1</translation>
        </message>
        <message>
            <source>Theme: %1</source>
            <translation>Tema: %1</translation>
        </message>
        <message>
            <source>No theme yet: add one in Event setup</source>
            <translation>Još nema tema: dodajte ih u Podešavanju događaja</translation>
        </message>
        <message>
            <source>&amp;Remarks in this session: %1 (%2)</source>
            <translation>&amp;Izjave u ovoj sesiji: %1 (%2)</translation>
        </message>
        <message>
            <source>&amp;Remarks in all sessions: %1 (%2)</source>
            <translation>&amp;Izjave u svim sesijama: %1 (%2)</translation>
        </message>
        <message>
            <source>✓ Saved %1</source>
            <translation>✓ Sačuvano %1</translation>
        </message>
    </context>
</TS>
