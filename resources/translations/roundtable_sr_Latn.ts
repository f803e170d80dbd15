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
        <message>
            <source>Save the vault as…</source>
            <translation>Sačuvaj trezor kao…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Sačuvaj</translation>
        </message>
        <message>
            <source>%1 was deleted or moved while open, so nothing more can be saved to it. Everything open here, and the text you are typing, is still safe in memory: save it to a new file.</source>
            <translation>Datoteka %1 je obrisana ili premeštena dok je bila otvorena, pa se u nju više ništa ne može sačuvati. Sve što je ovde otvoreno, kao i tekst koji upisujete, i dalje je bezbedno u memoriji: sačuvajte ga u novu datoteku.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Čuvanje…</translation>
        </message>
        <message>
            <source>Saved to %1. Lock (Ctrl+L) and open that file to carry on; the text you were typing comes back as its draft.</source>
            <translation>Sačuvano u %1. Zaključajte (Ctrl+L) i otvorite tu datoteku da biste nastavili; tekst koji ste upisivali vraća se kao njen nacrt.</translation>
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
            <source>“%1” %2.</source>
            <translation>„%1“ %2.</translation>
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
            <source>Roundtable bundles (*%1);;All files (*)</source>
            <translation>Roundtable paketi (*%1);;Sve datoteke (*)</translation>
        </message>
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
            <source>Import a bundle</source>
            <translation>Uvoz paketa</translation>
        </message>
        <message>
            <source>&amp;Preview import</source>
            <translation>&amp;Pregledaj uvoz</translation>
        </message>
        <message>
            <source>Import this bundle</source>
            <translation>Uvezi ovaj paket</translation>
        </message>
        <message>
            <source>Choose the bundle file (%1)</source>
            <translation>Izaberite datoteku paketa (%1)</translation>
        </message>
        <message>
            <source>Bundle:</source>
            <translation>Paket:</translation>
        </message>
        <message>
            <source>What the import will do</source>
            <translation>Šta će uvoz uraditi</translation>
        </message>
        <message>
            <source>Merge the remarks another laptop exported. You see what the import will do before anything changes: new remarks, newer edits, deletions, and any conflict with how it is resolved. A backup is taken before the import, and importing the same bundle twice adds nothing.</source>
            <translation>Spojite izjave koje je izvezao drugi računar. Pre bilo kakve promene vidite šta će uvoz uraditi: nove izjave, novije izmene, brisanja i svaki sukob sa načinom na koji je rešen. Pre uvoza pravi se rezervna kopija, a dvostruki uvoz istog paketa ne dodaje ništa.</translation>
        </message>
        <message>
            <source>Backing up the vault and merging the bundle…</source>
            <translation>Pravljenje rezervne kopije trezora i spajanje paketa…</translation>
        </message>
        <message>
            <source>Type the bundle's passphrase.</source>
            <translation>Upišite lozinku paketa.</translation>
        </message>
        <message>
            <source>Decrypting the bundle and working out the merge…</source>
            <translation>Dešifrovanje paketa i priprema spajanja…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Uvezi</translation>
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
            <source>Could not save: %1 — your text is still in the editor</source>
            <translation>Nije sačuvano: %1 — vaš tekst je i dalje u unosu</translation>
        </message>
        <message>
            <source>Saved to disk at %1 as %2</source>
            <translation>Sačuvano na disk u %1 kao: %2</translation>
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
            <source>Right-click to replace with “%1” or another wording.</source>
            <translation>Desni klik za zamenu sa „%1“ ili drugom formulacijom.</translation>
        </message>
        <message>
            <source>Replace with “%1”</source>
            <translation>Zameni sa „%1“</translation>
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
        <message>
            <source>The selected remark in full</source>
            <translation>Cela izabrana izjava</translation>
        </message>
    </context>
    <context>
        <name>CountsChart</name>
        <message>
            <source>Remarks per theme and kind</source>
            <translation>Izjave po temama i vrstama</translation>
        </message>
    </context>
    <context>
        <name>Curation</name>
        <message numerus="yes">
            <source>Merge %n remarks</source>
            <translation>
                <numerusform>Spajanje %n izjave</numerusform>
                <numerusform>Spajanje %n izjave</numerusform>
                <numerusform>Spajanje %n izjava</numerusform>
            </translation>
        </message>
        <message>
            <source>Split merged remark</source>
            <translation>Razdvajanje spojene izjave</translation>
        </message>
        <message>
            <source>Move remark</source>
            <translation>premeštanje izjave</translation>
        </message>
        <message>
            <source>Could not read the remark: %1</source>
            <extracomment>Called after a finding is dismissed: (remark id, finding).</extracomment>
            <translation>Izjava nije mogla da se pročita: %1</translation>
        </message>
        <message>
            <source>Could not delete the remark: %1</source>
            <translation>Izjava nije mogla da se obriše: %1</translation>
        </message>
        <message>
            <source>Remark deleted (Ctrl+Z brings it back)</source>
            <translation>Izjava je obrisana (Ctrl+Z je vraća)</translation>
        </message>
        <message>
            <source>Could not change the remark: %1</source>
            <translation>Izjava nije mogla da se izmeni: %1</translation>
        </message>
        <message>
            <source>Remark changed (the earlier wording is kept)</source>
            <translation>Izjava je izmenjena (raniji tekst se čuva)</translation>
        </message>
        <message>
            <source>Could not re-file the remark: %1</source>
            <translation>Izjava nije mogla da se premesti: %1</translation>
        </message>
        <message>
            <source>Could not reword the remark: %1</source>
            <translation>Izjava nije mogla da se preformuliše: %1</translation>
        </message>
        <message>
            <source>Reword for the summary</source>
            <translation>Preformuliši za sažetak</translation>
        </message>
        <message>
            <source>Use the original</source>
            <translation>Koristi izvorni tekst</translation>
        </message>
        <message>
            <source>Reworded for the summary (the captured text is kept)</source>
            <translation>Preformulisano za sažetak (zabeleženi tekst se čuva)</translation>
        </message>
        <message>
            <source>The summary uses the captured text again</source>
            <translation>Sažetak ponovo koristi zabeleženi tekst</translation>
        </message>
        <message>
            <source>Could not dismiss the finding: %1</source>
            <translation>Upozorenje nije moglo da se odbaci: %1</translation>
        </message>
        <message>
            <source>Exclude from the summary</source>
            <translation>Isključi iz sažetka</translation>
        </message>
        <message>
            <source>Include in the summary</source>
            <translation>Uključi u sažetak</translation>
        </message>
        <message>
            <source>Left out of the summary (Ctrl+Z takes it back)</source>
            <translation>Izostavljeno iz sažetka (Ctrl+Z to poništava)</translation>
        </message>
        <message>
            <source>In the summary</source>
            <translation>U sažetku</translation>
        </message>
        <message>
            <source>Mark as a key point</source>
            <translation>Označi kao ključnu tačku</translation>
        </message>
        <message>
            <source>Unmark key point</source>
            <translation>Ukloni oznaku ključne tačke</translation>
        </message>
        <message>
            <source>Key point marked</source>
            <translation>Ključna tačka je označena</translation>
        </message>
        <message>
            <source>No longer a key point</source>
            <translation>Više nije ključna tačka</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n remarks)</source>
            <translation>
                <numerusform>%1 (%n izjava)</numerusform>
                <numerusform>%1 (%n izjave)</numerusform>
                <numerusform>%1 (%n izjava)</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not merge the remarks: %1</source>
            <translation>Izjave nisu mogle da se spoje: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n remarks merged into one (the originals are kept)</source>
            <translation>
                <numerusform>%n izjava je spojena u jednu (izvorne se čuvaju)</numerusform>
                <numerusform>%n izjave su spojene u jednu (izvorne se čuvaju)</numerusform>
                <numerusform>%n izjava je spojeno u jednu (izvorne se čuvaju)</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not split the remark: %1</source>
            <translation>Izjava nije mogla da se razdvoji: %1</translation>
        </message>
        <message numerus="yes">
            <source>Split into %n remarks</source>
            <translation>
                <numerusform>Razdvojeno na %n izjavu</numerusform>
                <numerusform>Razdvojeno na %n izjave</numerusform>
                <numerusform>Razdvojeno na %n izjava</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not move the remark: %1</source>
            <translation>Izjava nije mogla da se pomeri: %1</translation>
        </message>
    </context>
    <context>
        <name>DemoCopyDialog</name>
        <message>
            <source>Save a copy of the demo</source>
            <translation>Sačuvaj kopiju demoa</translation>
        </message>
        <message>
            <source>&amp;Save copy</source>
            <translation>&amp;Sačuvaj kopiju</translation>
        </message>
        <message>
            <source>Save the demo as</source>
            <translation>Sačuvaj demo kao</translation>
        </message>
        <message>
            <source>Vault file</source>
            <translation>Datoteka trezora</translation>
        </message>
        <message>
            <source>Roundtable vaults (*%1)</source>
            <translation>Roundtable trezori (*%1)</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nova lozinka</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Ponovo</translation>
        </message>
        <message>
            <source>The copy keeps everything done in the demo and gets a passphrase of its own (at least %1 characters). The demo itself is then closed and deleted.</source>
            <translation>Kopija čuva sve što je urađeno u demou i dobija sopstvenu lozinku (najmanje %1 znakova). Sam demo se zatim zatvara i briše.</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Sačuvaj u:</translation>
        </message>
        <message>
            <source>New passphrase:</source>
            <translation>Nova lozinka:</translation>
        </message>
        <message>
            <source>Again:</source>
            <translation>Ponovo:</translation>
        </message>
        <message>
            <source>Writing the copy…</source>
            <translation>Upisivanje kopije…</translation>
        </message>
    </context>
    <context>
        <name>DismissDialog</name>
        <message>
            <source>Dismiss the finding with this reason?</source>
            <translation>Odbaciti upozorenje s ovim razlogom?</translation>
        </message>
        <message>
            <source>A reason was typed.</source>
            <translation>Razlog je upisan.</translation>
        </message>
    </context>
    <context>
        <name>DropFolder</name>
        <message>
            <source>Bundle written to the drop folder: %1</source>
            <translation>Paket je upisan u zajedničku fasciklu: %1</translation>
        </message>
        <message>
            <source>The bundle could not be written to the drop folder: %1</source>
            <translation>Paket nije mogao da se upiše u zajedničku fasciklu: %1</translation>
        </message>
    </context>
    <context>
        <name>DropFolderDialog</name>
        <message>
            <source>Drop folder</source>
            <translation>Zajednička fascikla</translation>
        </message>
        <message>
            <source>&amp;Preview import</source>
            <translation>&amp;Pregledaj uvoz</translation>
        </message>
        <message>
            <source>Choose the drop folder</source>
            <translation>Izaberite zajedničku fasciklu</translation>
        </message>
        <message>
            <source>Write this laptop's bundle here at the end of each session</source>
            <translation>Upiši paket ovog računara ovde na kraju svake sesije</translation>
        </message>
        <message>
            <source>Bundle passphrase</source>
            <translation>Lozinka paketa</translation>
        </message>
        <message>
            <source>Bundles found</source>
            <translation>Pronađeni paketi</translation>
        </message>
        <message>
            <source>A folder your laptops share by USB stick, Syncthing or a network drive. Roundtable looks for other laptops' bundles there and offers to import them; it never connects to a network itself. The bundle passphrase opens their bundles and, if you tick the box, encrypts yours when you close or lock the vault.</source>
            <translation>Fascikla koju vaši računari dele preko USB memorije, programa Syncthing ili mrežnog diska. Roundtable u njoj traži pakete drugih računara i nudi da ih uveze; sam se nikad ne povezuje na mrežu. Lozinka paketa otvara njihove pakete i, ako označite polje, šifruje vaš kada zatvorite ili zaključate trezor.</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Fascikla:</translation>
        </message>
        <message>
            <source>Bundle pass&amp;phrase:</source>
            <translation>&amp;Lozinka paketa:</translation>
        </message>
        <message>
            <source>Choose a folder to watch.</source>
            <translation>Izaberite fasciklu koju treba pratiti.</translation>
        </message>
        <message numerus="yes">
            <source>%n new bundles: %1</source>
            <translation>
                <numerusform>%n novi paket: %1</numerusform>
                <numerusform>%n nova paketa: %1</numerusform>
                <numerusform>%n novih paketa: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>No new bundles in the folder.</source>
            <translation>U fascikli nema novih paketa.</translation>
        </message>
        <message>
            <source>The bundle passphrase needs at least %1 characters.</source>
            <translation>Lozinka paketa mora imati najmanje %1 znakova.</translation>
        </message>
        <message>
            <source>Your bundle will be written to the folder when you close or lock the vault.</source>
            <translation>Vaš paket biće upisan u fasciklu kada zatvorite ili zaključate trezor.</translation>
        </message>
        <message>
            <source>Backing up the vault and merging the bundles…</source>
            <translation>Pravljenje rezervne kopije trezora i spajanje paketa…</translation>
        </message>
        <message>
            <source>Type the bundle passphrase.</source>
            <translation>Upišite lozinku paketa.</translation>
        </message>
        <message>
            <source>Decrypting the bundles and working out the merge…</source>
            <translation>Dešifrovanje paketa i priprema spajanja…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Uvezi</translation>
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
        <message>
            <source>Summary language</source>
            <translation>Jezik sažetka</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Naziv:</translation>
        </message>
        <message>
            <source>Su&amp;btitle:</source>
            <translation>Pod&amp;naslov:</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>&amp;Mesto:</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>&amp;Datumi:</translation>
        </message>
        <message>
            <source>&amp;Conveners (one a line):</source>
            <translation>&amp;Organizatori (jedan po redu):</translation>
        </message>
        <message>
            <source>&amp;Rule statement:</source>
            <translation>Izjava o p&amp;ravilu:</translation>
        </message>
        <message>
            <source>Summary &amp;language:</source>
            <translation>&amp;Jezik sažetka:</translation>
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
            <source>Write remarks and syntheses in Cyrillic script</source>
            <translation>Napiši izjave i sinteze ćirilicom</translation>
        </message>
        <message>
            <source>Write remarks and syntheses in Latin script</source>
            <translation>Napiši izjave i sinteze latinicom</translation>
        </message>
        <message>
            <source>What the script option changes</source>
            <translation>Šta menja izbor pisma</translation>
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
            <source>To resolve a finding in a remark, double-click it (or press Enter on it) to go to the remark in the list of saved remarks, where Ctrl+R rewords it for the summary, Ctrl+Shift+X excludes it, right-click → Dismiss a finding records why it is harmless. Syntheses and the executive summary are written in Review (F9), beside their theme's remarks.</source>
            <translation>Da biste rešili upozorenje u izjavi, dvaput kliknite na njega (ili pritisnite Enter) i prećićete na izjavu u spisku sačuvanih izjava, gde je Ctrl+R preformuliše za sažetak, Ctrl+Shift+X je isključuje, a desni klik → Odbaci upozorenje beleži zašto je bezopasno. Sinteze i rezime pišu se u Pregledu (F9), pored izjava svoje teme.</translation>
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
        <message>
            <source>Writing the %1 summary…</source>
            <translation>Upisivanje sažetka (%1)…</translation>
        </message>
        <message numerus="yes">
            <source>Changes %n texts.</source>
            <translation>
                <numerusform>Menja %n tekst.</numerusform>
                <numerusform>Menja %n teksta.</numerusform>
                <numerusform>Menja %n tekstova.</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept as written: %1.</source>
            <translation>Ostaje kako je napisano: %1.</translation>
        </message>
    </context>
    <context>
        <name>ExportPane</name>
        <message>
            <source>Export folder</source>
            <translation>Fascikla za izvoz</translation>
        </message>
        <message>
            <source>E&amp;xport selected formats</source>
            <translation>I&amp;zvezi izabrane formate</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Otvori</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Prikaži u &amp;fascikli</translation>
        </message>
        <message>
            <source>Not exported: %1 is not a folder.</source>
            <translation>Nije izvezeno: %1 nije fascikla.</translation>
        </message>
        <message>
            <source>Tick at least one format.</source>
            <translation>Označite bar jedan format.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Izvoz…</translation>
        </message>
        <message numerus="yes">
            <source>Not exported: %n unresolved findings. Fix them in the Findings tab.</source>
            <translation>
                <numerusform>Nije izvezeno: %n nerešeno upozorenje. Rešite ga na kartici Upozorenja.</numerusform>
                <numerusform>Nije izvezeno: %n nerešena upozorenja. Rešite ih na kartici Upozorenja.</numerusform>
                <numerusform>Nije izvezeno: %n nerešenih upozorenja. Rešite ih na kartici Upozorenja.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>Nije izvezeno: %1</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Upisano: %1</translation>
        </message>
    </context>
    <context>
        <name>FileRules</name>
        <message>
            <source>The bundle passphrase needs at least %1 characters.</source>
            <extracomment>Export formats as offered in the dialog (key, name, suffix), from the export's one list.</extracomment>
            <translation>Lozinka paketa mora imati najmanje %1 znakova.</translation>
        </message>
        <message>
            <source>The two bundle passphrases differ; type the same one twice.</source>
            <translation>Dve lozinke paketa se razlikuju; upišite istu dva puta.</translation>
        </message>
        <message>
            <source>Checking every text of the summary for names, roles and affiliations…</source>
            <extracomment>How many words of a remark name it in the pre-flight. The remark to go to from this row ('' for a synthesis, a theme or the summary).</extracomment>
            <translation>Proveravanje svakog teksta sažetka na imena, uloge i pripadnost…</translation>
        </message>
        <message>
            <source>The check could not run: %1</source>
            <translation>Provera nije mogla da se izvrši: %1</translation>
        </message>
        <message>
            <source>No unresolved findings: nothing in the summary looks attributable.</source>
            <translation>Nema nerešenih upozorenja: ništa u sažetku ne izgleda kao da se može pripisati.</translation>
        </message>
        <message numerus="yes">
            <source>%n unresolved findings in %1. Resolve them in the app (reword, dismiss with a reason, or exclude the remark), or check each one and export anyway.</source>
            <translation>
                <numerusform>%n nerešeno upozorenje u %1. Rešite ga u aplikaciji (preformulišite, odbacite uz razlog ili isključite izjavu) ili ga proverite i ipak izvezite.</numerusform>
                <numerusform>%n nerešena upozorenja u %1. Rešite ih u aplikaciji (preformulišite, odbacite uz razlog ili isključite izjavu) ili proverite svako i ipak izvezite.</numerusform>
                <numerusform>%n nerešenih upozorenja u %1. Rešite ih u aplikaciji (preformulišite, odbacite uz razlog ili isključite izjavu) ili proverite svako i ipak izvezite.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n texts</source>
            <translation>
                <numerusform>%n tekstu</numerusform>
                <numerusform>%n teksta</numerusform>
                <numerusform>%n tekstova</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was written: %n unresolved findings appeared since the check.</source>
            <translation>
                <numerusform>Ništa nije upisano: od provere se pojavilo %n nerešeno upozorenje.</numerusform>
                <numerusform>Ništa nije upisano: od provere su se pojavila %n nerešena upozorenja.</numerusform>
                <numerusform>Ništa nije upisano: od provere se pojavilo %n nerešenih upozorenja.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n remarks</source>
            <translation>
                <numerusform>%n izjava</numerusform>
                <numerusform>%n izjave</numerusform>
                <numerusform>%n izjava</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n themes</source>
            <translation>
                <numerusform>%n tema</numerusform>
                <numerusform>%n teme</numerusform>
                <numerusform>%n tema</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the %1 summary to %2, %3: %4 in %5.</source>
            <translation>Sažetak (%1) upisan je u %2, %3: %4, %5.</translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n strana</numerusform>
                <numerusform>%n strane</numerusform>
                <numerusform>%n strana</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the %1 summary to %2: %4 in %5.</source>
            <translation>Sažetak (%1) upisan je u %2: %4, %5.</translation>
        </message>
        <message numerus="yes">
            <source>Exported despite %n unresolved findings: read it before sharing it.</source>
            <translation>
                <numerusform>Izvezeno uprkos %n nerešenom upozorenju: pročitajte ga pre nego što ga podelite.</numerusform>
                <numerusform>Izvezeno uprkos %n nerešena upozorenja: pročitajte ga pre nego što ga podelite.</numerusform>
                <numerusform>Izvezeno uprkos %n nerešenih upozorenja: pročitajte ga pre nego što ga podelite.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n remarks written to %1.</source>
            <translation>
                <numerusform>%n izjava je upisana u %1.</numerusform>
                <numerusform>%n izjave su upisane u %1.</numerusform>
                <numerusform>%n izjava je upisano u %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Added %1, updated %2, already present %3.</source>
            <translation>Dodato: %1, izmenjeno: %2, već postoji: %3.</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %1; %n conflicts, resolved.</source>
            <translation>
                <numerusform>Obrisano: %1; rešen sukob: %n.</numerusform>
                <numerusform>Obrisano: %1; rešeni sukobi: %n.</numerusform>
                <numerusform>Obrisano: %1; rešeni sukobi: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>nema</translation>
        </message>
        <message numerus="yes">
            <source>The import will add %1, update %2 and delete %n remarks;</source>
            <translation>
                <numerusform>Uvoz će dodati %1, izmeniti %2 i obrisati %n izjavu;</numerusform>
                <numerusform>Uvoz će dodati %1, izmeniti %2 i obrisati %n izjave;</numerusform>
                <numerusform>Uvoz će dodati %1, izmeniti %2 i obrisati %n izjava;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n remarks are already here.</source>
            <translation>
                <numerusform>%n izjava je već ovde.</numerusform>
                <numerusform>%n izjave su već ovde.</numerusform>
                <numerusform>%n izjava je već ovde.</numerusform>
            </translation>
        </message>
        <message>
            <source>New themes: %1.</source>
            <translation>Nove teme: %1.</translation>
        </message>
        <message>
            <source>New agenda sessions: %1.</source>
            <translation>Nove sesije dnevnog reda: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts, each resolved by the merge rules:</source>
            <translation>
                <numerusform>%n sukob, rešen pravilima spajanja:</numerusform>
                <numerusform>%n sukoba, svaki rešen pravilima spajanja:</numerusform>
                <numerusform>%n sukoba, svaki rešen pravilima spajanja:</numerusform>
            </translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>Nema sukoba.</translation>
        </message>
        <message>
            <source>Nothing has changed yet: press Import to merge it (a backup is taken first).</source>
            <translation>Još se ništa nije promenilo: pritisnite Uvezi da biste ga spojili (prvo se pravi rezervna kopija).</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>Unresolved findings</source>
            <extracomment>The user picked a neutral wording: (FindingRow, Replacement).</extracomment>
            <translation>Nerešena upozorenja</translation>
        </message>
        <message>
            <source>Re&amp;place with…</source>
            <translation>&amp;Zameni sa…</translation>
        </message>
        <message>
            <source>Replace the words with a neutral wording</source>
            <translation>Zameni reči neutralnom formulacijom</translation>
        </message>
        <message>
            <source>Re&amp;word…</source>
            <extracomment>The menu of neutral wordings while it is open (tests drive it by keyboard).</extracomment>
            <translation>P&amp;reformuliši…</translation>
        </message>
        <message>
            <source>E&amp;xclude remark</source>
            <translation>&amp;Isključi izjavu</translation>
        </message>
        <message>
            <source>&amp;Dismiss…</source>
            <translation>&amp;Odbaci…</translation>
        </message>
        <message>
            <source>No unresolved findings: the export will go through.</source>
            <translation>Nema nerešenih upozorenja: izvoz će proći.</translation>
        </message>
        <message numerus="yes">
            <source>%n unresolved findings the export would refuse. Enter jumps to one.</source>
            <translation>
                <numerusform>%n nerešeno upozorenje zbog kojeg bi izvoz bio odbijen. Enter vodi do njega.</numerusform>
                <numerusform>%n nerešena upozorenja zbog kojih bi izvoz bio odbijen. Enter vodi do njih.</numerusform>
                <numerusform>%n nerešenih upozorenja zbog kojih bi izvoz bio odbijen. Enter vodi do njih.</numerusform>
            </translation>
        </message>
        <message>
            <source>Neutral wordings</source>
            <translation>Neutralne formulacije</translation>
        </message>
        <message>
            <source>For example “%1”</source>
            <translation>Na primer „%1“</translation>
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
        <name>GuardReasons</name>
        <message>
            <source>names a protected person: %1</source>
            <translation>navodi zaštićenu osobu: %1</translation>
        </message>
        <message numerus="yes">
            <source>names a protected person: %1 (or %n other protected terms)</source>
            <translation>
                <numerusform>navodi zaštićenu osobu: %1 (ili još %n zaštićeni pojam)</numerusform>
                <numerusform>navodi zaštićenu osobu: %1 (ili još %n zaštićena pojma)</numerusform>
                <numerusform>navodi zaštićenu osobu: %1 (ili još %n zaštićenih pojmova)</numerusform>
            </translation>
        </message>
        <message>
            <source>names a protected organisation: %1</source>
            <translation>navodi zaštićenu organizaciju: %1</translation>
        </message>
        <message numerus="yes">
            <source>names a protected organisation: %1 (or %n other protected terms)</source>
            <translation>
                <numerusform>navodi zaštićenu organizaciju: %1 (ili još %n zaštićeni pojam)</numerusform>
                <numerusform>navodi zaštićenu organizaciju: %1 (ili još %n zaštićena pojma)</numerusform>
                <numerusform>navodi zaštićenu organizaciju: %1 (ili još %n zaštićenih pojmova)</numerusform>
            </translation>
        </message>
        <message>
            <source>names a protected role: %1</source>
            <translation>navodi zaštićenu ulogu: %1</translation>
        </message>
        <message numerus="yes">
            <source>names a protected role: %1 (or %n other protected terms)</source>
            <translation>
                <numerusform>navodi zaštićenu ulogu: %1 (ili još %n zaštićeni pojam)</numerusform>
                <numerusform>navodi zaštićenu ulogu: %1 (ili još %n zaštićena pojma)</numerusform>
                <numerusform>navodi zaštićenu ulogu: %1 (ili još %n zaštićenih pojmova)</numerusform>
            </translation>
        </message>
        <message>
            <source>names a protected place: %1</source>
            <translation>navodi zaštićeno mesto: %1</translation>
        </message>
        <message numerus="yes">
            <source>names a protected place: %1 (or %n other protected terms)</source>
            <translation>
                <numerusform>navodi zaštićeno mesto: %1 (ili još %n zaštićeni pojam)</numerusform>
                <numerusform>navodi zaštićeno mesto: %1 (ili još %n zaštićena pojma)</numerusform>
                <numerusform>navodi zaštićeno mesto: %1 (ili još %n zaštićenih pojmova)</numerusform>
            </translation>
        </message>
        <message>
            <source>names a protected term: %1</source>
            <translation>navodi zaštićen pojam: %1</translation>
        </message>
        <message numerus="yes">
            <source>names a protected term: %1 (or %n other protected terms)</source>
            <translation>
                <numerusform>navodi zaštićen pojam: %1 (ili još %n zaštićeni pojam)</numerusform>
                <numerusform>navodi zaštićen pojam: %1 (ili još %n zaštićena pojma)</numerusform>
                <numerusform>navodi zaštićen pojam: %1 (ili još %n zaštićenih pojmova)</numerusform>
            </translation>
        </message>
        <message>
            <source>initials of a protected person: %1</source>
            <translation>inicijali zaštićene osobe: %1</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (uniqueness): '%1'</source>
            <translation>može otkriti učesnika eliminacijom (jedinstvenost): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (order of speaking): '%1'</source>
            <translation>može otkriti učesnika eliminacijom (redosled govornika): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (a small group): '%1'</source>
            <translation>može otkriti učesnika eliminacijom (mala grupa): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (an event role): '%1'</source>
            <translation>može otkriti učesnika eliminacijom (uloga na događaju): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (a description of one person): '%1'</source>
            <translation>može otkriti učesnika eliminacijom (opis jedne osobe): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (who runs something): '%1'</source>
            <translation>može otkriti učesnika eliminacijom (ko nečim rukovodi): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (tied to a named person): '%1'</source>
            <translation>može otkriti učesnika eliminacijom (veza sa imenovanom osobom): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (describes a named person): '%1'</source>
            <translation>može otkriti učesnika eliminacijom (opis imenovane osobe): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (where a named person is from): '%1'</source>
            <translation>može otkriti učesnika eliminacijom (odakle je imenovana osoba): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (who else was there): '%1'</source>
            <translation>može otkriti učesnika eliminacijom (ko je još bio prisutan): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (a description of one organisation): '%1'</source>
            <translation>može otkriti učesnika eliminacijom (opis jedne organizacije): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (the only body of its kind on the list, %1): '%2'</source>
            <translation>može otkriti učesnika eliminacijom (jedino telo te vrste na spisku, %1): „%2“</translation>
        </message>
        <message>
            <source>looks like a personal name: %1</source>
            <translation>liči na lično ime: %1</translation>
        </message>
        <message>
            <source>looks like a personal name (Serbian surname): %1</source>
            <translation>liči na lično ime (srpsko prezime): %1</translation>
        </message>
        <message>
            <source>a title followed by a name: %1</source>
            <translation>titula praćena imenom: %1</translation>
        </message>
        <message>
            <source>gives an e-mail address</source>
            <translation>navodi adresu e-pošte</translation>
        </message>
        <message>
            <source>gives a social media handle</source>
            <translation>navodi nalog na društvenim mrežama</translation>
        </message>
        <message>
            <source>gives a web address</source>
            <translation>navodi veb-adresu</translation>
        </message>
        <message>
            <source>gives a phone number</source>
            <translation>navodi broj telefona</translation>
        </message>
        <message>
            <source>gives a phone number (in words)</source>
            <translation>navodi broj telefona (rečima)</translation>
        </message>
        <message>
            <source>gives an e-mail address (in words)</source>
            <translation>navodi adresu e-pošte (rečima)</translation>
        </message>
        <message>
            <source>says which body a named person is from: %1</source>
            <translation>navodi iz koje je institucije imenovana osoba: %1</translation>
        </message>
        <message>
            <source>names a local body by the event's town: %1</source>
            <translation>navodi lokalnu instituciju po gradu događaja: %1</translation>
        </message>
        <message>
            <source>names the speaker's organisation (not on the list): %1</source>
            <translation>navodi organizaciju govornika (nije na spisku): %1</translation>
        </message>
        <message>
            <source>the speaker identifies their own organisation or role</source>
            <translation>govornik navodi sopstvenu organizaciju ili ulogu</translation>
        </message>
        <message>
            <source>names the speaker's sector (this event flags sector-level affiliation): %1</source>
            <translation>navodi sektor govornika (ovaj događaj označava i pripadnost na nivou sektora): %1</translation>
        </message>
        <message>
            <source>high</source>
            <translation>visoka</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>srednja</translation>
        </message>
        <message>
            <source>low</source>
            <translation>niska</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacija</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Uloga</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Mesto</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titula</translation>
        </message>
        <message>
            <source>Self-reference</source>
            <translation>Govornik o sebi</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Kontakt podaci</translation>
        </message>
        <message>
            <source>Identification by elimination</source>
            <translation>Prepoznavanje eliminacijom</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>Pripadnost</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Ostalo</translation>
        </message>
    </context>
    <context>
        <name>JoinKitDialog</name>
        <message>
            <source>Event kits (*%1);;All files (*)</source>
            <translation>Kompleti događaja (*%1);;Sve datoteke (*)</translation>
        </message>
        <message>
            <source>Roundtable vaults (*%1)</source>
            <translation>Roundtable trezori (*%1)</translation>
        </message>
        <message>
            <source>Join an event from a kit</source>
            <translation>Pridružite se događaju iz kompleta</translation>
        </message>
        <message>
            <source>&amp;Join the event</source>
            <translation>&amp;Pridruži se događaju</translation>
        </message>
        <message>
            <source>Open the event kit</source>
            <translation>Otvori komplet događaja</translation>
        </message>
        <message>
            <source>Event kit</source>
            <translation>Komplet događaja</translation>
        </message>
        <message>
            <source>The kit the organiser sent (*%1)</source>
            <translation>Komplet koji je poslao organizator (*%1)</translation>
        </message>
        <message>
            <source>Kit passphrase</source>
            <translation>Lozinka kompleta</translation>
        </message>
        <message>
            <source>Save the new vault as</source>
            <translation>Sačuvaj novi trezor kao</translation>
        </message>
        <message>
            <source>New vault file</source>
            <translation>Datoteka novog trezora</translation>
        </message>
        <message>
            <source>Where to save your vault for this event</source>
            <translation>Gde da se sačuva vaš trezor za ovaj događaj</translation>
        </message>
        <message>
            <source>Vault passphrase</source>
            <translation>Lozinka trezora</translation>
        </message>
        <message>
            <source>Repeat the vault passphrase</source>
            <translation>Ponovite lozinku trezora</translation>
        </message>
        <message>
            <source>The organiser's kit holds the event's details, themes, agenda, protected terms and participants list, and no remarks. Your vault gets its own passphrase; the kit's passphrase is only for opening the kit.</source>
            <translation>Komplet organizatora sadrži podatke o događaju, teme, dnevni red, zaštićene pojmove i spisak učesnika, ali ne i izjave. Vaš trezor dobija sopstvenu lozinku; lozinka kompleta služi samo za otvaranje kompleta.</translation>
        </message>
        <message>
            <source>&amp;Kit:</source>
            <translation>&amp;Komplet:</translation>
        </message>
        <message>
            <source>Kit pass&amp;phrase:</source>
            <translation>&amp;Lozinka kompleta:</translation>
        </message>
        <message>
            <source>&amp;New vault:</source>
            <translation>&amp;Novi trezor:</translation>
        </message>
        <message>
            <source>&amp;Vault passphrase:</source>
            <translation>Lozinka &amp;trezora:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>P&amp;onovite:</translation>
        </message>
        <message>
            <source>Choose the kit and where to save your vault.</source>
            <translation>Izaberite komplet i mesto gde da se sačuva vaš trezor.</translation>
        </message>
        <message>
            <source>Type the kit's passphrase.</source>
            <translation>Upišite lozinku kompleta.</translation>
        </message>
        <message>
            <source>Opening the kit and creating your vault…</source>
            <translation>Otvaranje kompleta i pravljenje vašeg trezora…</translation>
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
            <source>&amp;Export summary…</source>
            <translation>&amp;Izvezi sažetak…</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation>&amp;Rezervna kopija…</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Sačuvaj &amp;kao…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Vrati iz rezervne kopije…</translation>
        </message>
        <message>
            <source>Export &amp;bundle…</source>
            <translation>Izvezi &amp;paket…</translation>
        </message>
        <message>
            <source>&amp;Import bundle…</source>
            <translation>&amp;Uvezi paket…</translation>
        </message>
        <message>
            <source>&amp;Drop folder…</source>
            <translation>Zajednička &amp;fascikla…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Iz&amp;laz</translation>
        </message>
        <message>
            <source>Event &amp;setup…</source>
            <translation>&amp;Podešavanje događaja…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>Zaključaj &amp;sada</translation>
        </message>
        <message>
            <source>&amp;About Roundtable</source>
            <translation>&amp;O programu Roundtable</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Prečice na tastaturi</translation>
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
            <source>Note: %1</source>
            <translation>Napomena: %1</translation>
        </message>
        <message>
            <source>Close the demo</source>
            <translation>Zatvaranje demoa</translation>
        </message>
        <message>
            <source>Closing the demo deletes it, with everything done in it.</source>
            <translation>Zatvaranjem se demo briše, zajedno sa svim što je u njemu urađeno.</translation>
        </message>
        <message>
            <source>To keep a copy, unlock it first and choose Save a copy….</source>
            <translation>Da biste zadržali kopiju, prvo ga otključajte i izaberite Sačuvaj kopiju….</translation>
        </message>
        <message>
            <source>Close and &amp;delete</source>
            <translation>Zatvori i &amp;obriši</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Save a copy as a vault of your own first?</source>
            <translation>Da li prvo da sačuvate kopiju kao sopstveni trezor?</translation>
        </message>
        <message>
            <source>&amp;Save a copy…</source>
            <translation>&amp;Sačuvaj kopiju…</translation>
        </message>
        <message>
            <source>The demo was saved as %1.</source>
            <translation>Demo je sačuvan kao %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n new bundles in the drop folder: File → Drop folder… to import</source>
            <translation>
                <numerusform>%n novi paket u zajedničkoj fascikli: Datoteka → Zajednička fascikla… za uvoz</numerusform>
                <numerusform>%n nova paketa u zajedničkoj fascikli: Datoteka → Zajednička fascikla… za uvoz</numerusform>
                <numerusform>%n novih paketa u zajedničkoj fascikli: Datoteka → Zajednička fascikla… za uvoz</numerusform>
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
        <name>MergeDialog</name>
        <message numerus="yes">
            <source>Merge %n remarks</source>
            <translation>
                <numerusform>Spajanje %n izjave</numerusform>
                <numerusform>Spajanje %n izjave</numerusform>
                <numerusform>Spajanje %n izjava</numerusform>
            </translation>
        </message>
        <message>
            <source>Remarks being merged</source>
            <translation>Izjave koje se spajaju</translation>
        </message>
        <message>
            <source>The remarks (kept, and shown with the merged one)</source>
            <translation>Izjave (zadržavaju se i prikazuju uz spojenu)</translation>
        </message>
        <message>
            <source>&amp;Wording of the merged remark</source>
            <translation>&amp;Tekst spojene izjave</translation>
        </message>
        <message>
            <source>Merged wording</source>
            <translation>Tekst spojene izjave</translation>
        </message>
        <message>
            <source>Merge (Ctrl+Enter)</source>
            <translation>Spoji (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Spoji</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>%1, line %2: %3</source>
            <translation>%1, red %2: %3</translation>
        </message>
        <message>
            <source>%1: %2; %3</source>
            <translation>%1: %2; %3</translation>
        </message>
        <message>
            <source>%1 contains a NUL character</source>
            <translation>%1 sadrži znak NUL</translation>
        </message>
        <message>
            <source>%1 is %2 characters long; the limit is %3 (split it into several remarks)</source>
            <translation>%1 – %2 znakova; granica je %3 (podelite tekst na više izjava)</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>%1 – nema teksta</translation>
        </message>
        <message>
            <source>%1 must be text</source>
            <translation>%1 mora biti tekst</translation>
        </message>
        <message>
            <source>%1: %2 between tables</source>
            <translation>%1: %2 između tabela</translation>
        </message>
        <message>
            <source>%1: %2 their authentication check</source>
            <translation>%1: %2 proveru autentičnosti</translation>
        </message>
        <message>
            <source>%1: %2; nothing was written. Restore the vault from a backup (roundtable restore), or keep both files for an expert</source>
            <translation>%1: %2; ništa nije upisano. Vratite trezor iz rezervne kopije (roundtable restore) ili sačuvajte obe datoteke za stručnjaka</translation>
        </message>
        <message>
            <source>%1: cannot write the %2 (%3); nothing was changed</source>
            <translation>%1: ne može da se upiše %2 (%3); ništa nije promenjeno</translation>
        </message>
        <message>
            <source>%1: not a Roundtable bundle</source>
            <translation>%1: nije Roundtable paket</translation>
        </message>
        <message>
            <source>%1: the %2 could not be written (%3)</source>
            <translation>%1: nije moglo da se upiše: %2 (%3)</translation>
        </message>
        <message>
            <source>%1: the backup could not be written (%2)</source>
            <translation>%1: rezervna kopija nije mogla da se upiše (%2)</translation>
        </message>
        <message>
            <source>%1: the backup folder cannot be made (%2)</source>
            <translation>%1: fascikla za rezervne kopije ne može da se napravi (%2)</translation>
        </message>
        <message>
            <source>%1: the bundle holds one remark twice; nothing was imported</source>
            <translation>%1: paket sadrži jednu izjavu dvaput; ništa nije uvezeno</translation>
        </message>
        <message>
            <source>%1: the bundle holds remark %2 twice</source>
            <translation>%1: paket sadrži izjavu %2 dvaput</translation>
        </message>
        <message>
            <source>%1: the bundle is damaged (impossible key parameters)</source>
            <translation>%1: paket je oštećen (nemogući parametri ključa)</translation>
        </message>
        <message>
            <source>%1: the bundle is damaged (it is cut short)</source>
            <translation>%1: paket je oštećen (skraćen je)</translation>
        </message>
        <message>
            <source>%1: the bundle is damaged (unknown format %2)</source>
            <translation>%1: paket je oštećen (nepoznat format %2)</translation>
        </message>
        <message>
            <source>%1: the bundle is damaged or altered (its contents fail authentication)</source>
            <translation>%1: paket je oštećen ili izmenjen (sadržaj ne prolazi proveru autentičnosti)</translation>
        </message>
        <message>
            <source>%1: the bundle is damaged or altered (its header changed)</source>
            <translation>%1: paket je oštećen ili izmenjen (zaglavlje mu je promenjeno)</translation>
        </message>
        <message>
            <source>%1: the bundle's %2 is not valid</source>
            <translation>%1: u paketu nije ispravno: %2</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are cut short</source>
            <translation>%1: sadržaj paketa je skraćen</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are incomplete or padded</source>
            <translation>%1: sadržaj paketa je nepotpun ili dopunjen</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are nested too deeply to be a Roundtable bundle</source>
            <translation>%1: sadržaj paketa je previše ugnežđen da bi bio Roundtable paket</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are not a Roundtable bundle</source>
            <translation>%1: sadržaj paketa nije Roundtable paket</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are not the size they claim</source>
            <translation>%1: sadržaj paketa nije navedene veličine</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are not valid</source>
            <translation>%1: sadržaj paketa nije ispravan</translation>
        </message>
        <message>
            <source>%1: the bundle's contents cannot be read</source>
            <translation>%1: sadržaj paketa ne može da se pročita</translation>
        </message>
        <message>
            <source>%1: the bundle's contents unpack to more than %2 MiB, the limit (nothing was imported)</source>
            <translation>%1: raspakovan sadržaj paketa premašuje granicu od %2 MiB (ništa nije uvezeno)</translation>
        </message>
        <message>
            <source>%1: the bundle's contents would take %2 MiB once unpacked; the limit is %3 MiB (nothing was imported)</source>
            <translation>%1: raspakovan sadržaj paketa zauzeo bi %2 MiB; granica je %3 MiB (ništa nije uvezeno)</translation>
        </message>
        <message>
            <source>%1: the database structure is damaged</source>
            <translation>%1: struktura baze podataka je oštećena</translation>
        </message>
        <message>
            <source>%1: the disk is full; nothing more could be saved</source>
            <translation>%1: disk je pun; ništa više nije moglo da se sačuva</translation>
        </message>
        <message>
            <source>%1: the disk refused to read or write the vault</source>
            <translation>%1: disk je odbio čitanje ili upis trezora</translation>
        </message>
        <message>
            <source>%1: the file is empty; it is not a Roundtable vault</source>
            <translation>%1: datoteka je prazna; nije Roundtable trezor</translation>
        </message>
        <message>
            <source>%1: the file is too small to be a Roundtable vault</source>
            <translation>%1: datoteka je premala da bi bila Roundtable trezor</translation>
        </message>
        <message>
            <source>%1: the passphrase could not be changed (%2)</source>
            <translation>%1: lozinka nije mogla da se promeni (%2)</translation>
        </message>
        <message>
            <source>%1: the restore could not be written (%2)</source>
            <translation>%1: vraćeni trezor nije mogao da se upiše (%2)</translation>
        </message>
        <message>
            <source>%1: the start of the vault (page 1) is damaged, though the passphrase is right; restore it from a backup (roundtable restore)</source>
            <translation>%1: početak trezora (stranica 1) je oštećen, iako je lozinka tačna; vratite ga iz rezervne kopije (roundtable restore)</translation>
        </message>
        <message>
            <source>%1: the vault cannot be written (read-only file or disk)</source>
            <translation>%1: u trezor ne može da se upisuje (datoteka ili disk samo za čitanje)</translation>
        </message>
        <message>
            <source>%1: the vault could not be used (%2)</source>
            <translation>%1: trezor nije mogao da se koristi (%2)</translation>
        </message>
        <message>
            <source>%1: the vault file was deleted, moved or replaced while open; nothing more is saved to it. Use Save as… to keep what is open</source>
            <translation>%1: datoteka trezora je obrisana, premeštena ili zamenjena dok je bila otvorena; u nju se više ništa ne čuva. Izaberite Sačuvaj kao… da zadržite ono što je otvoreno</translation>
        </message>
        <message>
            <source>%1: the vault has no device record</source>
            <translation>%1: trezor nema zapis o uređaju</translation>
        </message>
        <message>
            <source>%1: the vault is damaged (%2 page(s) fail their authentication check); nothing was written. Restore it from a backup (roundtable restore)</source>
            <translation>%1: trezor je oštećen (broj stranica koje ne prolaze proveru autentičnosti: %2); ništa nije upisano. Vratite ga iz rezervne kopije (roundtable restore)</translation>
        </message>
        <message>
            <source>%1: the vault is damaged (integrity check failed)</source>
            <translation>%1: trezor je oštećen (provera celovitosti nije uspela)</translation>
        </message>
        <message>
            <source>%1: the vault is in use (it is already open in this Roundtable window)</source>
            <translation>%1: trezor je u upotrebi (već je otvoren u ovom prozoru programa Roundtable)</translation>
        </message>
        <message>
            <source>%1: the vault is in use by another Roundtable window or process</source>
            <translation>%1: trezor koristi drugi prozor programa Roundtable ili drugi proces</translation>
        </message>
        <message>
            <source>%1: the vault was never finished (its creation was interrupted)</source>
            <translation>%1: trezor nikad nije dovršen (njegovo pravljenje je prekinuto)</translation>
        </message>
        <message>
            <source>%1: the vault was replaced while it was being opened (its passphrase was being changed?); open it again</source>
            <translation>%1: trezor je zamenjen dok se otvarao (da li mu se menjala lozinka?); otvorite ga ponovo</translation>
        </message>
        <message>
            <source>%1: the vault's schema version record is damaged</source>
            <translation>%1: zapis o verziji šeme trezora je oštećen</translation>
        </message>
        <message>
            <source>%1: this SQLCipher database is not a Roundtable vault</source>
            <translation>%1: ova SQLCipher baza podataka nije Roundtable trezor</translation>
        </message>
        <message>
            <source>%1: this bundle was made by a newer version of Roundtable (bundle format %2); update Roundtable to import it</source>
            <translation>%1: ovaj paket je napravila novija verzija programa Roundtable (format paketa %2); ažurirajte Roundtable da biste ga uvezli</translation>
        </message>
        <message>
            <source>%1: this bundle was made by a newer version of Roundtable; update Roundtable</source>
            <translation>%1: ovaj paket je napravila novija verzija programa Roundtable; ažurirajte Roundtable</translation>
        </message>
        <message>
            <source>%1: this is %2, not a Roundtable vault</source>
            <translation>%1: ovo je %2, a ne Roundtable trezor</translation>
        </message>
        <message>
            <source>%1: this is a bundle of remarks, not an event kit (make one with 'roundtable bundle export VAULT OUT --setup')</source>
            <translation>%1: ovo je paket izjava, a ne komplet događaja (napravite ga komandom „roundtable bundle export VAULT OUT --setup“)</translation>
        </message>
        <message>
            <source>%1: this vault was made by a newer version of Roundtable (schema %2); update Roundtable to open it</source>
            <translation>%1: ovaj trezor je napravila novija verzija programa Roundtable (šema %2); ažurirajte Roundtable da biste ga otvorili</translation>
        </message>
        <message>
            <source>%1: unexpected schema revision</source>
            <translation>%1: neočekivana revizija šeme</translation>
        </message>
        <message>
            <source>%1: wrong bundle passphrase</source>
            <translation>%1: pogrešna lozinka paketa</translation>
        </message>
        <message>
            <source>%1: wrong passphrase, or not a Roundtable vault</source>
            <translation>%1: pogrešna lozinka ili ovo nije Roundtable trezor</translation>
        </message>
        <message>
            <source>%1: wrong passphrase, or not a Roundtable vault, or the start of the file is damaged (if you are sure of the passphrase, restore from a backup)</source>
            <translation>%1: pogrešna lozinka, ovo nije Roundtable trezor ili je početak datoteke oštećen (ako ste sigurni u lozinku, vratite trezor iz rezervne kopije)</translation>
        </message>
        <message numerus="yes">
            <source>%n broken references</source>
            <translation>
                <numerusform>%n neispravna veza</numerusform>
                <numerusform>%n neispravne veze</numerusform>
                <numerusform>%n neispravnih veza</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fields</source>
            <translation>
                <numerusform>%n polje</numerusform>
                <numerusform>%n polja</numerusform>
                <numerusform>%n polja</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages fail</source>
            <translation>
                <numerusform>%n stranica ne prolazi</numerusform>
                <numerusform>%n stranice ne prolaze</numerusform>
                <numerusform>%n stranica ne prolazi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n remarks</source>
            <translation>
                <numerusform>%n izjava</numerusform>
                <numerusform>%n izjave</numerusform>
                <numerusform>%n izjava</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unresolved findings</source>
            <translation>
                <numerusform>%n nerešeno upozorenje</numerusform>
                <numerusform>%n nerešena upozorenja</numerusform>
                <numerusform>%n nerešenih upozorenja</numerusform>
            </translation>
        </message>
        <message>
            <source>'%1' here, '%2' in the bundle</source>
            <translation>„%1“ ovde, „%2“ u paketu</translation>
        </message>
        <message>
            <source>SQLCipher setting %1 is %2, not %3; this build cannot be trusted with a vault</source>
            <translation>SQLCipher podešavanje %1 je %2, a ne %3; ovoj verziji programa ne može se poveriti trezor</translation>
        </message>
        <message>
            <source>SQLite extension loading is not disabled</source>
            <translation>učitavanje SQLite proširenja nije isključeno</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>PDF dokument</translation>
        </message>
        <message>
            <source>a Roundtable bundle</source>
            <translation>Roundtable paket</translation>
        </message>
        <message>
            <source>a ZIP archive (or an Office document)</source>
            <translation>ZIP arhiva (ili Office dokument)</translation>
        </message>
        <message>
            <source>a backup cannot replace the vault itself</source>
            <translation>rezervna kopija ne može da zameni sam trezor</translation>
        </message>
        <message>
            <source>a colour is written #RRGGBB</source>
            <translation>boja se piše kao #RRGGBB</translation>
        </message>
        <message>
            <source>a deleted or already merged remark cannot be merged</source>
            <translation>obrisana ili već spojena izjava ne može da se spoji</translation>
        </message>
        <message>
            <source>a participant's name is empty</source>
            <translation>ime učesnika je prazno</translation>
        </message>
        <message>
            <source>a passphrase or path cannot contain a NUL character</source>
            <translation>lozinka ili putanja ne može da sadrži znak NUL</translation>
        </message>
        <message>
            <source>a protected term is empty</source>
            <translation>zaštićeni pojam je prazan</translation>
        </message>
        <message>
            <source>a quoted field opened on this line is never closed</source>
            <translation>polje pod navodnicima otvoreno u ovom redu nikad se ne zatvara</translation>
        </message>
        <message>
            <source>a theme named %1 already exists</source>
            <translation>tema pod nazivom %1 već postoji</translation>
        </message>
        <message>
            <source>a theme shortcut is a digit from 1 to 9</source>
            <translation>prečica teme je cifra od 1 do 9</translation>
        </message>
        <message>
            <source>already exists; Roundtable never overwrites a file</source>
            <translation>već postoji; Roundtable nikad ne zamenjuje datoteku</translation>
        </message>
        <message>
            <source>already exists; a %1 never overwrites a file</source>
            <translation>već postoji; %1 nikad ne zamenjuje datoteku</translation>
        </message>
        <message>
            <source>already exists; a backup never overwrites a file</source>
            <translation>već postoji; rezervna kopija nikad ne zamenjuje datoteku</translation>
        </message>
        <message>
            <source>already exists; a bundle never overwrites a file</source>
            <translation>već postoji; paket nikad ne zamenjuje datoteku</translation>
        </message>
        <message>
            <source>already exists; use --force to replace it</source>
            <translation>već postoji; upotrebite --force da je zamenite</translation>
        </message>
        <message>
            <source>an agenda session titled %1 already exists</source>
            <translation>sesija dnevnog reda pod nazivom %1 već postoji</translation>
        </message>
        <message>
            <source>an unencrypted SQLite database</source>
            <translation>nešifrovana SQLite baza podataka</translation>
        </message>
        <message>
            <source>appeared meanwhile; nothing was restored</source>
            <translation>pojavila se u međuvremenu; ništa nije vraćeno</translation>
        </message>
        <message>
            <source>automatic backup failed: %1</source>
            <translation>automatska rezervna kopija nije uspela: %1</translation>
        </message>
        <message>
            <source>has %1 where the header has %2</source>
            <translation>ima %1, a zaglavlje ih ima %2</translation>
        </message>
        <message>
            <source>bundle</source>
            <translation>paket</translation>
        </message>
        <message numerus="yes">
            <source>%n texts</source>
            <translation>
                <numerusform>%n tekst</numerusform>
                <numerusform>%n teksta</numerusform>
                <numerusform>%n tekstova</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot be created (%1)</source>
            <translation>ne može da se napravi (%1)</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>ne može da se pročita (%1)</translation>
        </message>
        <message>
            <source>cannot be read (permission denied)</source>
            <translation>ne može da se pročita (pristup nije dozvoljen)</translation>
        </message>
        <message>
            <source>choose two or more remarks to merge</source>
            <translation>izaberite dve ili više izjava za spajanje</translation>
        </message>
        <message>
            <source>column</source>
            <translation>kolona</translation>
        </message>
        <message>
            <source>column %1: %2</source>
            <translation>kolona %1: %2</translation>
        </message>
        <message>
            <source>column %1: is not valid JSON (%2)</source>
            <translation>kolona %1: nije ispravan JSON (%2)</translation>
        </message>
        <message>
            <source>column theme: unknown theme (this vault has: %1; use --create-themes to add it)</source>
            <translation>kolona „theme“: nepoznata tema (ovaj trezor ima: %1; upotrebite --create-themes da je dodate)</translation>
        </message>
        <message>
            <source>columns</source>
            <translation>kolone</translation>
        </message>
        <message>
            <source>deleted: a deletion always wins</source>
            <translation>obrisana: brisanje uvek ima prednost</translation>
        </message>
        <message>
            <source>file</source>
            <translation>datoteka</translation>
        </message>
        <message>
            <source>has no 'name' column; expected the header name,organisation,role,email,phone</source>
            <translation>nema kolonu „name“; očekuje se zaglavlje name,organisation,role,email,phone</translation>
        </message>
        <message>
            <source>has no 'term' column; expected the header term,kind,aliases</source>
            <translation>nema kolonu „term“; očekuje se zaglavlje term,kind,aliases</translation>
        </message>
        <message>
            <source>holds a header but no remarks</source>
            <translation>sadrži zaglavlje, ali nijednu izjavu</translation>
        </message>
        <message>
            <source>holds a number too large to read</source>
            <translation>sadrži broj prevelik za čitanje</translation>
        </message>
        <message>
            <source>holds an invalid character (a lone surrogate such as \ud800)</source>
            <translation>sadrži neispravan znak (usamljeni surogat kao što je \ud800)</translation>
        </message>
        <message>
            <source>holds no remarks</source>
            <translation>ne sadrži nijednu izjavu</translation>
        </message>
        <message>
            <source>is a folder, not a bundle</source>
            <translation>je fascikla, a ne paket</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>je fascikla, a ne datoteka</translation>
        </message>
        <message>
            <source>is a folder, not a vault</source>
            <translation>je fascikla, a ne trezor</translation>
        </message>
        <message>
            <source>is a folder; give a file name to write the summary to</source>
            <translation>je fascikla; navedite naziv datoteke u koju se upisuje sažetak</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>je prazna</translation>
        </message>
        <message>
            <source>is empty: there is nothing to import</source>
            <translation>je prazna: nema šta da se uveze</translation>
        </message>
        <message>
            <source>is empty; expected the header name,organisation,role,email,phone</source>
            <translation>je prazna; očekuje se zaglavlje name,organisation,role,email,phone</translation>
        </message>
        <message>
            <source>is empty; expected the header term,kind,aliases</source>
            <translation>je prazna; očekuje se zaglavlje term,kind,aliases</translation>
        </message>
        <message>
            <source>is nested too deeply to be a remark</source>
            <translation>je previše ugnežđena da bi bila izjava</translation>
        </message>
        <message>
            <source>is not valid CSV (%1)</source>
            <translation>nije ispravan CSV (%1)</translation>
        </message>
        <message>
            <source>is not valid UTF-8</source>
            <translation>nije ispravan UTF-8</translation>
        </message>
        <message>
            <source>is the vault itself; choose another file name</source>
            <translation>je sam trezor; izaberite drugi naziv datoteke</translation>
        </message>
        <message>
            <source>is the vault itself; give a backup to restore from</source>
            <translation>je sam trezor; navedite rezervnu kopiju iz koje se vraća</translation>
        </message>
        <message>
            <source>is too large (%1 MB at most)</source>
            <translation>je prevelika (najviše %1 MB)</translation>
        </message>
        <message>
            <source>is too large to be a Roundtable bundle</source>
            <translation>je prevelika da bi bila Roundtable paket</translation>
        </message>
        <message>
            <source>kept '%1' (the later rename)</source>
            <translation>zadržan je naziv „%1“ (kasnija promena naziva)</translation>
        </message>
        <message>
            <source>kept as written: %1</source>
            <translation>zadržano kako je napisano: %1</translation>
        </message>
        <message>
            <source>kept the later edit (from the bundle); the other wording is kept as a revision</source>
            <translation>zadržana je kasnija izmena (iz paketa); druga formulacija se čuva kao revizija</translation>
        </message>
        <message>
            <source>kept the later edit (made here); the other wording is kept as a revision</source>
            <translation>zadržana je kasnija izmena (napravljena ovde); druga formulacija se čuva kao revizija</translation>
        </message>
        <message>
            <source>lacks the text field %1</source>
            <translation>nedostaje tekstualno polje %1</translation>
        </message>
        <message>
            <source>lists no participants</source>
            <translation>ne navodi nijednog učesnika</translation>
        </message>
        <message>
            <source>merge split on one side and its remark edited on the other</source>
            <translation>spajanje razdvojeno na jednoj strani, a njegova izjava izmenjena na drugoj</translation>
        </message>
        <message>
            <source>must be a JSON object</source>
            <translation>mora biti JSON objekat</translation>
        </message>
        <message>
            <source>no such agenda session</source>
            <translation>ta sesija dnevnog reda ne postoji</translation>
        </message>
        <message>
            <source>no such bundle</source>
            <translation>taj paket ne postoji</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>ta datoteka ne postoji</translation>
        </message>
        <message>
            <source>no such remark</source>
            <translation>ta izjava ne postoji</translation>
        </message>
        <message>
            <source>no such theme</source>
            <translation>ta tema ne postoji</translation>
        </message>
        <message>
            <source>no such theme or agenda session</source>
            <translation>ta tema ili sesija dnevnog reda ne postoji</translation>
        </message>
        <message>
            <source>no such vault</source>
            <translation>taj trezor ne postoji</translation>
        </message>
        <message>
            <source>only a single word (letters, with - or ' inside) can be added</source>
            <translation>može se dodati samo jedna reč (slova, sa - ili ' unutar reči)</translation>
        </message>
        <message>
            <source>participant %1</source>
            <translation>učesnik %1</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>pristup nije dozvoljen</translation>
        </message>
        <message>
            <source>protected term %1</source>
            <translation>zaštićeni pojam %1</translation>
        </message>
        <message>
            <source>remark %1</source>
            <translation>izjava %1</translation>
        </message>
        <message>
            <source>remark deleted on one side and edited on the other</source>
            <translation>izjava obrisana na jednoj strani, a izmenjena na drugoj</translation>
        </message>
        <message>
            <source>remark edited on both sides</source>
            <translation>izjava izmenjena na obe strane</translation>
        </message>
        <message>
            <source>removed %1 file(s) an interrupted run had left beside the vault (%2)</source>
            <translation>uklonjene su datoteke koje je prekinut rad ostavio pored trezora (%1: %2)</translation>
        </message>
        <message>
            <source>session %1</source>
            <translation>sesija %1</translation>
        </message>
        <message>
            <source>shortcut Ctrl+%1 is not free</source>
            <translation>prečica Ctrl+%1 je zauzeta</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>sažetak</translation>
        </message>
        <message>
            <source>temporary tables would be written to files</source>
            <translation>privremene tabele bi se upisivale u datoteke</translation>
        </message>
        <message>
            <source>the %1 is too long (%2 characters at most)</source>
            <translation>%1 – predugačko (najviše %2 znakova)</translation>
        </message>
        <message>
            <source>the bundle's %1 carries a time more than %2 days ahead of this laptop's clock; check the date on the laptop that wrote it (nothing was imported)</source>
            <translation>%1 u paketu nosi vreme koje je više od %2 dana ispred sata ovog računara; proverite datum na računaru koji je napravio paket (ništa nije uvezeno)</translation>
        </message>
        <message>
            <source>the bundle's %1 is %2 characters long; the limit is %3 (nothing was imported)</source>
            <translation>u paketu %1 ima %2 znakova; granica je %3 (ništa nije uvezeno)</translation>
        </message>
        <message>
            <source>the bundled SQLite is %1; Roundtable needs at least %2 (it fixes a WAL corruption bug)</source>
            <translation>priloženi SQLite je verzije %1; Roundtable traži najmanje %2 (ona ispravlja grešku koja oštećuje WAL)</translation>
        </message>
        <message>
            <source>the change conflicts with what the vault holds (a duplicate name, or a theme or session that no longer exists)</source>
            <translation>izmena se kosi sa onim što trezor sadrži (dvostruki naziv ili tema ili sesija koja više ne postoji)</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>disk je pun</translation>
        </message>
        <message>
            <source>the disk quota is exhausted</source>
            <translation>kvota na disku je potrošena</translation>
        </message>
        <message>
            <source>the executive summary is too long (200,000 characters at most)</source>
            <translation>rezime je predugačak (najviše 200.000 znakova)</translation>
        </message>
        <message>
            <source>the field %1 must be text</source>
            <translation>polje %1 mora biti tekst</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>fascikla ne postoji</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>fascikla je samo za čitanje</translation>
        </message>
        <message>
            <source>the header lacks the %1 %2; expected theme,kind,session,text</source>
            <translation>u zaglavlju nedostaje %1 (%2); očekuje se theme,kind,session,text</translation>
        </message>
        <message>
            <source>the header line is not valid CSV (a quoted field is never closed?)</source>
            <translation>red zaglavlja nije ispravan CSV (polje pod navodnicima se ne zatvara?)</translation>
        </message>
        <message>
            <source>the name is empty</source>
            <translation>ime je prazno</translation>
        </message>
        <message>
            <source>the participants list is empty</source>
            <translation>spisak učesnika je prazan</translation>
        </message>
        <message>
            <source>the passphrase cannot contain a NUL character</source>
            <translation>lozinka ne može da sadrži znak NUL</translation>
        </message>
        <message>
            <source>the passphrase is empty or only white space</source>
            <translation>lozinka je prazna ili sadrži samo razmake</translation>
        </message>
        <message>
            <source>the passphrase must be at least %1 characters long</source>
            <translation>lozinka mora imati najmanje %1 znakova</translation>
        </message>
        <message>
            <source>the reason</source>
            <translation>razlog</translation>
        </message>
        <message>
            <source>the remark</source>
            <translation>izjava</translation>
        </message>
        <message>
            <source>the remark is shown on its own again</source>
            <translation>izjava se ponovo prikazuje zasebno</translation>
        </message>
        <message>
            <source>the session title</source>
            <translation>naslov sesije</translation>
        </message>
        <message>
            <source>the synthesis is too long (200,000 characters at most)</source>
            <translation>sinteza je predugačka (najviše 200.000 znakova)</translation>
        </message>
        <message>
            <source>the term %1 is already listed on line %2</source>
            <translation>pojam %1 je već naveden u redu %2</translation>
        </message>
        <message>
            <source>the term is empty</source>
            <translation>pojam je prazan</translation>
        </message>
        <message>
            <source>the theme %1 still holds %2; move them first</source>
            <translation>tema %1 još sadrži: %2; prvo ih premestite</translation>
        </message>
        <message>
            <source>the theme is empty</source>
            <translation>tema je prazna</translation>
        </message>
        <message>
            <source>the theme is kept with its remarks</source>
            <translation>tema se zadržava sa svojim izjavama</translation>
        </message>
        <message>
            <source>the theme is recreated with its remarks</source>
            <translation>tema se ponovo pravi sa svojim izjavama</translation>
        </message>
        <message>
            <source>the theme name</source>
            <translation>naziv teme</translation>
        </message>
        <message>
            <source>the title</source>
            <translation>naslov</translation>
        </message>
        <message>
            <source>the vault file had vanished; everything was saved to %1</source>
            <translation>datoteka trezora je nestala; sve je sačuvano u %1</translation>
        </message>
        <message>
            <source>the vault is locked</source>
            <translation>trezor je zaključan</translation>
        </message>
        <message>
            <source>the word is empty</source>
            <translation>reč je prazna</translation>
        </message>
        <message>
            <source>the word is longer than %1 characters</source>
            <translation>reč je duža od %1 znakova</translation>
        </message>
        <message>
            <source>the word must be text</source>
            <translation>reč mora biti tekst</translation>
        </message>
        <message>
            <source>theme %1</source>
            <translation>tema %1</translation>
        </message>
        <message>
            <source>theme '%1' was deleted here; the bundle files %2 under it</source>
            <translation>tema „%1“ je ovde obrisana; paket pod njom ima: %2</translation>
        </message>
        <message>
            <source>theme '%1' was deleted in the bundle; here, %2 filed under it</source>
            <translation>tema „%1“ je obrisana u paketu; ovde su pod njom: %2</translation>
        </message>
        <message>
            <source>theme deleted on one side and used on the other</source>
            <translation>tema obrisana na jednoj strani, a korišćena na drugoj</translation>
        </message>
        <message>
            <source>theme renamed on both sides</source>
            <translation>tema preimenovana na obe strane</translation>
        </message>
        <message>
            <source>this name is already listed on line %1</source>
            <translation>ovo ime je već navedeno u redu %1</translation>
        </message>
        <message>
            <source>this remark is not a merge of others</source>
            <translation>ova izjava nije spoj drugih</translation>
        </message>
        <message>
            <source>transliterated %1 to Cyrillic</source>
            <translation>preslovljeno na ćirilicu: %1</translation>
        </message>
        <message>
            <source>transliterated %1 to Latin</source>
            <translation>preslovljeno na latinicu: %1</translation>
        </message>
        <message>
            <source>transliteration is for a Serbian summary (sr-Latn or sr-Cyrl)</source>
            <translation>preslovljavanje je za sažetak na srpskom (sr-Latn ili sr-Cyrl)</translation>
        </message>
        <message>
            <source>unknown column %1; use name,organisation,role,email,phone</source>
            <translation>nepoznata kolona %1; koristite name,organisation,role,email,phone</translation>
        </message>
        <message>
            <source>unknown export format %1; use one of %2</source>
            <translation>nepoznat format izvoza %1; koristite jedan od: %2</translation>
        </message>
        <message>
            <source>unknown kind %1; use one of %2</source>
            <translation>nepoznata vrsta %1; koristite jednu od: %2</translation>
        </message>
        <message>
            <source>unknown kind; use one of %1</source>
            <translation>nepoznata vrsta; koristite jednu od: %1</translation>
        </message>
        <message>
            <source>unknown status %1; use one of %2</source>
            <translation>nepoznat status %1; koristite jedan od: %2</translation>
        </message>
        <message>
            <source>unknown term kind %1</source>
            <translation>nepoznata vrsta pojma %1</translation>
        </message>
        <message>
            <source>“%1” (theme '%2')</source>
            <translation>„%1“ (tema „%2“)</translation>
        </message>
    </context>
    <context>
        <name>NewVaultCard</name>
        <message numerus="yes">
            <source>Too short: at least %1 characters (%n so far).</source>
            <extracomment>``create_fn(path, passphrase, title=..., themes=[...])`` -&gt; the open vault (run in a worker). Which field a problem is about (the card puts the keyboard there).</extracomment>
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
            <source>The folder %1 cannot be written to; choose another.</source>
            <translation>U fasciklu %1 ne može da se upisuje; izaberite drugu.</translation>
        </message>
        <message>
            <source>Give the event a title.</source>
            <translation>Dajte naziv događaju.</translation>
        </message>
        <message>
            <source>The passphrase must be at least %1 characters long.</source>
            <translation>Lozinka mora imati najmanje %1 znakova.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Dve lozinke se razlikuju.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPane</name>
        <message>
            <source>&amp;Preview the summary</source>
            <translation>&amp;Pregledaj sažetak</translation>
        </message>
        <message>
            <source>Export &amp;dialog (one format, with its pre-flight)…</source>
            <translation>&amp;Dijalog za izvoz (jedan format, s prethodnom proverom)…</translation>
        </message>
        <message>
            <source>Summary preview</source>
            <translation>Pregled sažetka</translation>
        </message>
        <message numerus="yes">
            <source>%n remarks still to review</source>
            <translation>
                <numerusform>još %n izjava za pregled</numerusform>
                <numerusform>još %n izjave za pregled</numerusform>
                <numerusform>još %n izjava za pregled</numerusform>
            </translation>
        </message>
        <message>
            <source>unresolved findings: open the Findings tab to check</source>
            <translation>nerešena upozorenja: otvorite karticu Upozorenja da biste proverili</translation>
        </message>
        <message numerus="yes">
            <source>%n unresolved findings</source>
            <translation>
                <numerusform>%n nerešeno upozorenje</numerusform>
                <numerusform>%n nerešena upozorenja</numerusform>
                <numerusform>%n nerešenih upozorenja</numerusform>
            </translation>
        </message>
        <message>
            <source>every theme has a synthesis</source>
            <translation>svaka tema ima sintezu</translation>
        </message>
        <message numerus="yes">
            <source>%n themes without a synthesis: %1</source>
            <translation>
                <numerusform>%n tema bez sinteze: %1</numerusform>
                <numerusform>%n teme bez sinteze: %1</numerusform>
                <numerusform>%n tema bez sinteze: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Before the summary goes out</source>
            <translation>Pre nego što sažetak bude objavljen</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsImport</name>
        <message>
            <source>Import &amp;participants…</source>
            <translation>Uvezi &amp;učesnike…</translation>
        </message>
        <message>
            <source>Import a participants list as protected terms</source>
            <translation>Uvezi spisak učesnika kao zaštićene pojmove</translation>
        </message>
        <message>
            <source>Strict event: also flag sector-level affiliation (“a ministry representative”, “someone from civil society”)</source>
            <translation>Strog događaj: označi i pripadnost na nivou sektora („predstavnik ministarstva“, „neko iz civilnog društva“)</translation>
        </message>
        <message>
            <source>Flag sector-level affiliation</source>
            <translation>Označi pripadnost na nivou sektora</translation>
        </message>
        <message>
            <source>Import participants</source>
            <translation>Uvoz učesnika</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV datoteke (*.csv);;Sve datoteke (*)</translation>
        </message>
        <message>
            <source>Nothing imported: %1</source>
            <translation>Ništa nije uvezeno: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n participants added, %1 updated;</source>
            <translation>
                <numerusform>Dodat je %n učesnik, izmenjeno: %1;</numerusform>
                <numerusform>Dodata su %n učesnika, izmenjeno: %1;</numerusform>
                <numerusform>Dodato je %n učesnika, izmenjeno: %1;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n protected terms added, %1 updated.</source>
            <translation>
                <numerusform>dodat je %n zaštićeni pojam, izmenjeno: %1.</numerusform>
                <numerusform>dodata su %n zaštićena pojma, izmenjeno: %1.</numerusform>
                <numerusform>dodato je %n zaštićenih pojmova, izmenjeno: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nije sačuvano: %1</translation>
        </message>
        <message>
            <source>Sector-level affiliation is now flagged.</source>
            <translation>Pripadnost na nivou sektora se sada označava.</translation>
        </message>
        <message>
            <source>Sector-level affiliation is no longer flagged.</source>
            <translation>Pripadnost na nivou sektora se više ne označava.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsReview</name>
        <message>
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacija</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Uloga</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Mesto</translation>
        </message>
        <message>
            <source>Import participants</source>
            <translation>Uvoz učesnika</translation>
        </message>
        <message>
            <source>Review the terms generated from the participants list</source>
            <translation>Pregledajte pojmove napravljene iz spiska učesnika</translation>
        </message>
        <message numerus="yes">
            <source>%n participants give %1.</source>
            <translation>
                <numerusform>%n učesnik daje %1.</numerusform>
                <numerusform>%n učesnika daju %1.</numerusform>
                <numerusform>%n učesnika daje %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n protected terms</source>
            <translation>
                <numerusform>%n zaštićeni pojam</numerusform>
                <numerusform>%n zaštićena pojma</numerusform>
                <numerusform>%n zaštićenih pojmova</numerusform>
            </translation>
        </message>
        <message>
            <source>Generated aliases are ticked: untick (Space) any you do not want. The list stays in the vault and is never exported.</source>
            <translation>Napravljeni drugi oblici su označeni: skinite oznaku (razmaknica) sa onih koje ne želite. Spisak ostaje u trezoru i nikad se ne izvozi.</translation>
        </message>
        <message>
            <source>Generated protected terms and aliases</source>
            <translation>Napravljeni zaštićeni pojmovi i drugi oblici</translation>
        </message>
        <message>
            <source>Term or alias</source>
            <translation>Pojam ili drugi oblik</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>generated alias</source>
            <translation>napravljen drugi oblik</translation>
        </message>
        <message>
            <source>Save the participants and their protected terms</source>
            <translation>Sačuvaj učesnike i njihove zaštićene pojmove</translation>
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
        <message>
            <source>Reworded for the summary. As captured:</source>
            <translation>Preformulisano za sažetak. Kako je zabeleženo:</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>when opened</source>
            <translation>pri otvaranju</translation>
        </message>
        <message>
            <source>when closed</source>
            <translation>pri zatvaranju</translation>
        </message>
        <message>
            <source>while working</source>
            <translation>tokom rada</translation>
        </message>
        <message>
            <source>before a bundle import</source>
            <translation>pre uvoza paketa</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>pre nadogradnje</translation>
        </message>
        <message numerus="yes">
            <source>%n remarks</source>
            <translation>
                <numerusform>%n izjava</numerusform>
                <numerusform>%n izjave</numerusform>
                <numerusform>%n izjava</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore %1 from a backup</source>
            <translation>Vraćanje datoteke %1 iz rezervne kopije</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Vraćanje iz rezervne kopije</translation>
        </message>
        <message>
            <source>Choose a backup. The current file is kept beside it under a name ending in “.replaced-…”, never overwritten. Type the passphrase the backup was made with.</source>
            <translation>Izaberite rezervnu kopiju. Trenutna datoteka čuva se pored nje pod nazivom koji se završava sa „.replaced-…“ i nikad se ne prepisuje. Upišite lozinku s kojom je kopija napravljena.</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Rezervne kopije, najnovije prve</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Lozinka</translation>
        </message>
        <message>
            <source>Passphrase of the backup</source>
            <translation>Lozinka rezervne kopije</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Vrati</translation>
        </message>
        <message>
            <source>No automatic backups of %1 were found.</source>
            <translation>Nije pronađena nijedna automatska rezervna kopija datoteke %1.</translation>
        </message>
        <message>
            <source>Type the backup's passphrase.</source>
            <translation>Upišite lozinku rezervne kopije.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Vraćanje…</translation>
        </message>
        <message>
            <source>Restored %1. The previous file was kept as %2.</source>
            <translation>Datoteka %1 je vraćena. Prethodna datoteka je sačuvana kao %2.</translation>
        </message>
        <message>
            <source>Restored %1.</source>
            <translation>Datoteka %1 je vraćena.</translation>
        </message>
    </context>
    <context>
        <name>ReviewFixes</name>
        <message>
            <source>Replace wording in a theme heading</source>
            <translation>Zamena reči u naslovu teme</translation>
        </message>
        <message>
            <source>Could not change the theme: %1</source>
            <translation>Tema nije mogla da se izmeni: %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <source>Theme</source>
            <extracomment>What a drag of rows carries: the dragged remarks' ids, one per line (never their text, which must not reach another application through the drag-and-drop system).</extracomment>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stanje</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Izjava</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>Za pregled</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Pregledano</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Isključeno</translation>
        </message>
        <message>
            <source>Key point</source>
            <translation>Ključna tačka</translation>
        </message>
        <message>
            <source>Reworded</source>
            <translation>Preformulisano</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Spojeno</translation>
        </message>
        <message>
            <source>Unresolved findings</source>
            <translation>Nerešena upozorenja</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Moguć duplikat</translation>
        </message>
    </context>
    <context>
        <name>ReviewWorkspace</name>
        <message>
            <source>Review workspace</source>
            <extracomment>The synthesis (or executive summary) being typed reached the vault. Review changed the vault beyond remarks (a fix in a theme heading): a vault.types.Changes for the other views.</extracomment>
            <translation>Radni prostor za pregled</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Teme</translation>
        </message>
        <message>
            <source>Search (Ctrl+F): any case, diacritics or script</source>
            <translation>Pretraga (Ctrl+F): bilo koja veličina slova, dijakritici ili pismo</translation>
        </message>
        <message>
            <source>Search remarks</source>
            <translation>Pretraži izjave</translation>
        </message>
        <message>
            <source>Serbian word forms</source>
            <translation>Srpski oblici reči</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>Filter po vrsti</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filter po stanju</translation>
        </message>
        <message>
            <source>Session filter</source>
            <translation>Filter po sesiji</translation>
        </message>
        <message>
            <source>Flag filter</source>
            <translation>Filter po oznaci</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Izjave</translation>
        </message>
        <message>
            <source>Remark, findings and overview</source>
            <translation>Izjava, upozorenja i pregled</translation>
        </message>
        <message>
            <source>Remark detail</source>
            <translation>Pojedinosti izjave</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Izjava</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Upozorenja</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Zbirni prikaz</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>Rezime</translation>
        </message>
        <message>
            <source>Synthesis</source>
            <translation>Sinteza</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Pretraga</translation>
        </message>
        <message>
            <source>Next hit</source>
            <translation>Sledeći pogodak</translation>
        </message>
        <message>
            <source>Previous hit</source>
            <translation>Prethodni pogodak</translation>
        </message>
        <message>
            <source>Move up in its theme</source>
            <translation>Pomeri naviše u temi</translation>
        </message>
        <message>
            <source>Move down in its theme</source>
            <translation>Pomeri naniže u temi</translation>
        </message>
        <message>
            <source>Exclude / include</source>
            <translation>Isključi / uključi</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Označi kao pregledano</translation>
        </message>
        <message>
            <source>Key point</source>
            <translation>Ključna tačka</translation>
        </message>
        <message>
            <source>Merge selected remarks</source>
            <translation>Spoji izabrane izjave</translation>
        </message>
        <message>
            <source>Split a merged remark</source>
            <translation>Razdvoji spojenu izjavu</translation>
        </message>
        <message>
            <source>Reword for the summary</source>
            <translation>Preformuliši za sažetak</translation>
        </message>
        <message>
            <source>Insert this remark's wording in the synthesis</source>
            <translation>Umetni tekst ove izjave u sintezu</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Opozovi</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ponovi</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>Sve vrste</translation>
        </message>
        <message>
            <source>Every status</source>
            <translation>Sva stanja</translation>
        </message>
        <message>
            <source>Every day and session</source>
            <translation>Svi dani i sesije</translation>
        </message>
        <message>
            <source>Day %1</source>
            <translation>Dan %1</translation>
        </message>
        <message>
            <source>No flag filter</source>
            <translation>Sve oznake</translation>
        </message>
        <message>
            <source>All themes</source>
            <translation>Sve teme</translation>
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation>Pretraga nije uspela: %1</translation>
        </message>
        <message>
            <source>All themes (%1)</source>
            <translation>Sve teme (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n remarks shown</source>
            <translation>
                <numerusform>Prikazano %1 od %n izjave</numerusform>
                <numerusform>Prikazano %1 od %n izjave</numerusform>
                <numerusform>Prikazano %1 od %n izjava</numerusform>
            </translation>
        </message>
        <message>
            <source>no match</source>
            <translation>nema pogodaka</translation>
        </message>
        <message numerus="yes">
            <source>%n matches</source>
            <translation>
                <numerusform>%n pogodak</numerusform>
                <numerusform>%n pogotka</numerusform>
                <numerusform>%n pogodaka</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 od %2</translation>
        </message>
        <message>
            <source>as captured</source>
            <translation>kako je zabeleženo</translation>
        </message>
        <message>
            <source>Left out of the summary.</source>
            <translation>Izostavljeno iz sažetka.</translation>
        </message>
        <message>
            <source>Listed under “%1” as a key point, in the facilitator's wording.</source>
            <translation>Navodi se pod temom „%1“ kao ključna tačka, u tekstu moderatora.</translation>
        </message>
        <message>
            <source>Listed under “%1” as a key point, as captured.</source>
            <translation>Navodi se pod temom „%1“ kao ključna tačka, kako je zabeleženo.</translation>
        </message>
        <message>
            <source>Listed under “%1”, in the facilitator's wording.</source>
            <translation>Navodi se pod temom „%1“, u tekstu moderatora.</translation>
        </message>
        <message>
            <source>Listed under “%1”, as captured.</source>
            <translation>Navodi se pod temom „%1“, kako je zabeleženo.</translation>
        </message>
        <message>
            <source>Captured</source>
            <translation>Zabeleženo</translation>
        </message>
        <message>
            <source>Summary wording</source>
            <translation>Tekst za sažetak</translation>
        </message>
        <message>
            <source>&lt;b&gt;Export:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Izvoz:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>Could not read the remark's history: %1</source>
            <translation>Istorija izjave nije mogla da se pročita: %1</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Merged from %n remarks&lt;/b&gt; (Ctrl+Shift+M splits):</source>
            <translation>
                <numerusform>&lt;b&gt;Spojeno od %n izjave&lt;/b&gt; (Ctrl+Shift+M razdvaja):</numerusform>
                <numerusform>&lt;b&gt;Spojeno od %n izjave&lt;/b&gt; (Ctrl+Shift+M razdvaja):</numerusform>
                <numerusform>&lt;b&gt;Spojeno od %n izjava&lt;/b&gt; (Ctrl+Shift+M razdvaja):</numerusform>
            </translation>
        </message>
        <message>
            <source>captured</source>
            <translation>zabeleženo</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>sažetak</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nema)</translation>
        </message>
        <message>
            <source>Earlier wordings</source>
            <translation>Raniji tekstovi</translation>
        </message>
        <message>
            <source>Could not read the synthesis: %1</source>
            <translation>Sinteza nije mogla da se pročita: %1</translation>
        </message>
        <message>
            <source>Synthesis of “%1”</source>
            <translation>Sinteza teme „%1“</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nije sačuvano: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved · ⚠ %n possible attributions</source>
            <translation>
                <numerusform>Sačuvano · ⚠ %n moguće pripisivanje</numerusform>
                <numerusform>Sačuvano · ⚠ %n moguća pripisivanja</numerusform>
                <numerusform>Sačuvano · ⚠ %n mogućih pripisivanja</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Sačuvano</translation>
        </message>
        <message>
            <source>To reorder by dragging, pick one theme on the left: the order is kept per theme.</source>
            <translation>Da biste menjali redosled prevlačenjem, izaberite jednu temu levo: redosled se čuva po temi.</translation>
        </message>
        <message>
            <source>To reorder by dragging, sort by the Theme column (ascending): the table now shows another order than the summary's.</source>
            <translation>Da biste menjali redosled prevlačenjem, sortirajte po koloni Tema (rastuće): tabela sada prikazuje drugačiji redosled od onog u sažetku.</translation>
        </message>
        <message>
            <source>To reorder by dragging, clear the search and the filters: the table shows only some of this theme's remarks.</source>
            <translation>Da biste menjali redosled prevlačenjem, obrišite pretragu i filtere: tabela prikazuje samo neke izjave ove teme.</translation>
        </message>
        <message>
            <source>Moved the remark; Ctrl+Z puts it back.</source>
            <translation>Izjava je premeštena; Ctrl+Z je vraća.</translation>
        </message>
        <message numerus="yes">
            <source>Moved %n remarks; Ctrl+Z puts them back.</source>
            <translation>
                <numerusform>Premeštena je %n izjava; Ctrl+Z ih vraća.</numerusform>
                <numerusform>Premeštene su %n izjave; Ctrl+Z ih vraća.</numerusform>
                <numerusform>Premešteno je %n izjava; Ctrl+Z ih vraća.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select two or more remarks to merge (Shift+click)</source>
            <translation>Izaberite dve ili više izjava za spajanje (Shift+klik)</translation>
        </message>
        <message>
            <source>This remark is not a merge of others</source>
            <translation>Ova izjava nije nastala spajanjem drugih</translation>
        </message>
        <message>
            <source>Could not check the summary: %1</source>
            <translation>Sažetak nije mogao da se proveri: %1</translation>
        </message>
        <message>
            <source>Name or description of theme “%1”</source>
            <translation>Naziv ili opis teme „%1“</translation>
        </message>
        <message>
            <source>Findings (%1)</source>
            <translation>Upozorenja (%1)</translation>
        </message>
        <message>
            <source>A theme needs a name.</source>
            <translation>Tema mora da ima naziv.</translation>
        </message>
        <message>
            <source>Could not change the synthesis: %1</source>
            <translation>Sinteza nije mogla da se izmeni: %1</translation>
        </message>
        <message>
            <source>Could not dismiss: %1</source>
            <translation>Odbacivanje nije uspelo: %1</translation>
        </message>
        <message>
            <source>Could not read the syntheses: %1</source>
            <translation>Sinteze nisu mogle da se pročitaju: %1</translation>
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
        <message>
            <source>Save the new wording?</source>
            <translation>Sačuvati novi tekst?</translation>
        </message>
        <message>
            <source>The wording for the summary was changed.</source>
            <translation>Tekst za sažetak je izmenjen.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Event setup</source>
            <extracomment>The same moments as ``changed``, saying what changed (a vault.types.Changes). The user chose "Write the syntheses in Review"; emitted once the dialog has closed.</extracomment>
            <translation>Podešavanje događaja</translation>
        </message>
        <message>
            <source>Event setup sections</source>
            <translation>Delovi podešavanja događaja</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Događaj</translation>
        </message>
        <message>
            <source>T&amp;hemes</source>
            <translation>&amp;Teme</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>Dnevni &amp;red</translation>
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
            <source>&amp;Save</source>
            <translation>&amp;Sačuvaj</translation>
        </message>
        <message>
            <source>event fields</source>
            <extracomment>The Save / Discard / Cancel question while it is up (for tests and the lock).</extracomment>
            <translation>podaci o događaju</translation>
        </message>
        <message>
            <source>theme descriptions</source>
            <translation>opisi tema</translation>
        </message>
        <message>
            <source>protected terms</source>
            <translation>zaštićeni pojmovi</translation>
        </message>
        <message>
            <source>Save the event fields, theme descriptions and protected terms</source>
            <translation>Sačuvaj podatke o događaju, opise tema i zaštićene pojmove</translation>
        </message>
        <message>
            <source>Write the s&amp;yntheses in Review</source>
            <translation>Napišite s&amp;inteze u Pregledu</translation>
        </message>
        <message>
            <source>Write the syntheses in Review</source>
            <translation>Napišite sinteze u Pregledu</translation>
        </message>
        <message>
            <source>Closes Event setup and opens Review with the synthesis editor: the executive summary and each theme's synthesis, written beside the theme's remarks.</source>
            <translation>Zatvara podešavanje događaja i otvara Pregled sa uređivačem sinteza: rezime i sinteza svake teme pišu se pored izjava te teme.</translation>
        </message>
        <message>
            <source>Unsaved changes (%1): Ctrl+S saves them.</source>
            <translation>Nesačuvane izmene (%1): Ctrl+S ih čuva.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Sačuvano.</translation>
        </message>
        <message>
            <source>Imported into the table but not saved: %1</source>
            <translation>Uvezeno u tabelu, ali nije sačuvano: %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nije sačuvano: %1</translation>
        </message>
        <message>
            <source>Save the changes before closing Event setup?</source>
            <translation>Sačuvati izmene pre zatvaranja Podešavanja događaja?</translation>
        </message>
        <message>
            <source>Not saved yet: %1.</source>
            <translation>Još nije sačuvano: %1.</translation>
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
        <message>
            <source>Nothing imported: %1</source>
            <translation>Ništa nije uvezeno: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n terms added, %1 updated and saved.</source>
            <translation>
                <numerusform>Dodat je %n pojam, izmenjeno: %1, i sačuvano.</numerusform>
                <numerusform>Dodata su %n pojma, izmenjeno: %1, i sačuvano.</numerusform>
                <numerusform>Dodato je %n pojmova, izmenjeno: %1, i sačuvano.</numerusform>
            </translation>
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
            <source>Description of the selected theme</source>
            <translation>Opis izabrane teme</translation>
        </message>
        <message>
            <source>A sentence or two the summary prints under the theme's name (optional)</source>
            <translation>Rečenica ili dve koje sažetak štampa ispod naziva teme (nije obavezno)</translation>
        </message>
        <message>
            <source>Descr&amp;iption (printed under the theme's name):</source>
            <translation>O&amp;pis (štampa se ispod naziva teme):</translation>
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
            <source>Could not undo “%1”: %2</source>
            <translation>Nije moglo da se opozove „%1“: %2</translation>
        </message>
        <message>
            <source>Could not redo “%1”: %2</source>
            <translation>Nije moglo ponovo da se uradi „%1“: %2</translation>
        </message>
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
            <source>Restore from &amp;backup…</source>
            <translation>Vrati iz &amp;rezervne kopije…</translation>
        </message>
        <message>
            <source>Restore the vault from one of its backups</source>
            <translation>Vrati trezor iz jedne od njegovih rezervnih kopija</translation>
        </message>
        <message>
            <source>Type the vault's passphrase.</source>
            <translation>Upišite lozinku trezora.</translation>
        </message>
        <message>
            <source>Preparing search after the update: %1 of %2 remarks…</source>
            <translation>Pripremam pretragu posle ažuriranja: %1 od %2 izjava…</translation>
        </message>
        <message>
            <source>Restored from the backup. Type the passphrase to open it.</source>
            <translation>Vraćeno iz rezervne kopije. Upišite lozinku da biste ga otvorili.</translation>
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
        <name>Unsaved</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Nesačuvane izmene</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Sačuvaj</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>&amp;Odbaci izmene</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
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
            <source>All files (*)</source>
            <translation>Sve datoteke (*)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <extracomment>A path the platform dialog already asked "replace?" about. Where the platform dialog starts while the field is empty.</extracomment>
            <translation>Izaberi…</translation>
        </message>
        <message>
            <source>Choose: %1</source>
            <translation>Izaberi: %1</translation>
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
            <source>That remark is in another agenda session: choose the session (Ctrl+Shift+S).</source>
            <translation>Ta izjava je u drugoj sesiji dnevnog reda: izaberite sesiju (Ctrl+Shift+S).</translation>
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
            <source>&amp;Undo</source>
            <translation>&amp;Opozovi</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ponovi</translation>
        </message>
        <message>
            <source>Theme: %1</source>
            <translation>Tema: %1</translation>
        </message>
        <message>
            <source>Choose a theme (its key is shown beside it)</source>
            <translation>Izaberite temu (njena prečica je prikazana pored nje)</translation>
        </message>
        <message>
            <source>Could not read the recovered text: %1</source>
            <translation>Povraćeni tekst nije mogao da se pročita: %1</translation>
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
            <source>⚠ Not saved: the vault file was deleted or moved</source>
            <translation>⚠ Nije sačuvano: datoteka trezora je obrisana ili premeštena</translation>
        </message>
        <message>
            <source>✓ Saved %1</source>
            <translation>✓ Sačuvano %1</translation>
        </message>
    </context>
</TS>
