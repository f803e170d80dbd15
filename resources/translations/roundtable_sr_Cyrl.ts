<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl_RS">
    <context>
        <name>AgendaTab</name>
        <message>
            <source>Agenda sessions</source>
            <translation>Сесије дневног реда</translation>
        </message>
        <message>
            <source>Session title</source>
            <translation>Назив сесије</translation>
        </message>
        <message>
            <source>Day of the event</source>
            <translation>Дан догађаја</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Време</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Назив:</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Дан:</translation>
        </message>
        <message>
            <source>Ti&amp;me:</source>
            <translation>&amp;Време:</translation>
        </message>
        <message>
            <source>&amp;Add as new session</source>
            <translation>Дод&amp;ај као нову сесију</translation>
        </message>
        <message>
            <source>Add the session</source>
            <translation>Додај сесију</translation>
        </message>
        <message>
            <source>&amp;Update selected</source>
            <translation>&amp;Измени изабрану</translation>
        </message>
        <message>
            <source>Update the selected session</source>
            <translation>Измени изабрану сесију</translation>
        </message>
        <message>
            <source>De&amp;lete selected</source>
            <translation>О&amp;бриши изабрану</translation>
        </message>
        <message>
            <source>Delete the selected session</source>
            <translation>Обриши изабрану сесију</translation>
        </message>
        <message>
            <source>Day %1, </source>
            <translation>Дан %1, </translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Back up the vault</source>
            <translation>Резервна копија трезора</translation>
        </message>
        <message>
            <source>&amp;Back up</source>
            <translation>&amp;Направи копију</translation>
        </message>
        <message>
            <source>A complete copy of the vault, encrypted with the same passphrase. Choose a folder (the copy gets a dated name) or a new file name; nothing is ever overwritten. Keep it on another disk.</source>
            <translation>Потпуна копија трезора, шифрована истом лозинком. Изаберите фасциклу (копија добија назив са датумом) или нови назив датотеке; ништа се никад не замењује. Чувајте је на другом диску.</translation>
        </message>
        <message>
            <source>Back up into this folder</source>
            <translation>Направи копију у овој фасцикли</translation>
        </message>
        <message>
            <source>Backup destination</source>
            <translation>Одредиште резервне копије</translation>
        </message>
        <message>
            <source>File name…</source>
            <translation>Назив датотеке…</translation>
        </message>
        <message>
            <source>Choose a file name for the backup</source>
            <translation>Изаберите назив датотеке за резервну копију</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>Фасцикла…</translation>
        </message>
        <message>
            <source>Choose a folder for the backup</source>
            <translation>Изаберите фасциклу за резервну копију</translation>
        </message>
        <message>
            <source>Back up to:</source>
            <translation>Копија у:</translation>
        </message>
        <message>
            <source>Roundtable vaults (%1)</source>
            <translation>Roundtable трезори (%1)</translation>
        </message>
        <message>
            <source>Writing the backup…</source>
            <translation>Уписивање резервне копије…</translation>
        </message>
        <message>
            <source>Backed up to %1. It opens with this vault's passphrase.</source>
            <translation>Копија је сачувана у %1. Отвара се лозинком овог трезора.</translation>
        </message>
        <message>
            <source>Save the vault as…</source>
            <translation>Сачувај трезор као…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сачувај</translation>
        </message>
        <message>
            <source>%1 was deleted or moved while open, so nothing more can be saved to it. Everything open here, and the text you are typing, is still safe in memory: save it to a new file.</source>
            <translation>Датотека %1 је обрисана или премештена док је била отворена, па се у њу више ништа не може сачувати. Све што је овде отворено, као и текст који уписујете, и даље је безбедно у меморији: сачувајте га у нову датотеку.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Чување…</translation>
        </message>
        <message>
            <source>Saved to %1. Lock (Ctrl+L) and open that file to carry on; the text you were typing comes back as its draft.</source>
            <translation>Сачувано у %1. Закључајте (Ctrl+L) и отворите ту датотеку да бисте наставили; текст који сте уписивали враћа се као њен нацрт.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Recovered text</source>
            <translation>Враћени текст</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Врати</translation>
        </message>
        <message>
            <source>Restore the recovered text</source>
            <translation>Врати сачувани текст</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Одбаци</translation>
        </message>
        <message>
            <source>Discard the recovered text</source>
            <translation>Одбаци сачувани текст</translation>
        </message>
        <message>
            <source>Unsaved text from %1 was recovered — Restore / Discard</source>
            <translation>Несачувани текст од %1 је враћен — Врати / Одбаци</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Стање чувања</translation>
        </message>
        <message>
            <source>Dismiss a finding</source>
            <translation>Одбаци упозорење</translation>
        </message>
        <message>
            <source>“%1” %2.</source>
            <translation>„%1“ %2.</translation>
        </message>
        <message>
            <source>Why is it safe to keep?</source>
            <translation>Зашто је безбедно задржати га?</translation>
        </message>
        <message>
            <source>Reason for dismissing</source>
            <translation>Разлог одбацивања</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Одбаци</translation>
        </message>
    </context>
    <context>
        <name>BundleDialogs</name>
        <message>
            <source>Roundtable bundles (*%1);;All files (*)</source>
            <translation>Roundtable пакети (*%1);;Све датотеке (*)</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>Извоз пакета</translation>
        </message>
        <message>
            <source>&amp;Export bundle</source>
            <translation>&amp;Извези пакет</translation>
        </message>
        <message>
            <source>Write the bundle to</source>
            <translation>Упиши пакет у</translation>
        </message>
        <message>
            <source>Bundle file</source>
            <translation>Датотека пакета</translation>
        </message>
        <message>
            <source>Bundle passphrase</source>
            <translation>Лозинка пакета</translation>
        </message>
        <message>
            <source>Bundle passphrase again</source>
            <translation>Поновљена лозинка пакета</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Сачувај у:</translation>
        </message>
        <message>
            <source>Bundle passphrase:</source>
            <translation>Лозинка пакета:</translation>
        </message>
        <message>
            <source>Again:</source>
            <translation>Поново:</translation>
        </message>
        <message>
            <source>Every captured remark (deletions too) in one encrypted file, to merge into the vault on another laptop. It has its own passphrase, at least %1 characters: give it to the other note-taker in person, not with the file. No protected terms or summaries travel.</source>
            <translation>Све забележене изјаве (и брисања) у једној шифрованој датотеци, за спајање са трезором на другом рачунару. Пакет има сопствену лозинку од најмање %1 знакова: предајте је другом записничару лично, не уз датотеку. Заштићени појмови и сажеци се не преносе.</translation>
        </message>
        <message>
            <source>Encrypting the bundle…</source>
            <translation>Шифровање пакета…</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>Увоз пакета</translation>
        </message>
        <message>
            <source>&amp;Preview import</source>
            <translation>&amp;Прегледај увоз</translation>
        </message>
        <message>
            <source>Import this bundle</source>
            <translation>Увези овај пакет</translation>
        </message>
        <message>
            <source>Choose the bundle file (%1)</source>
            <translation>Изаберите датотеку пакета (%1)</translation>
        </message>
        <message>
            <source>Bundle:</source>
            <translation>Пакет:</translation>
        </message>
        <message>
            <source>What the import will do</source>
            <translation>Шта ће увоз урадити</translation>
        </message>
        <message>
            <source>Merge the remarks another laptop exported. You see what the import will do before anything changes: new remarks, newer edits, deletions, and any conflict with how it is resolved. A backup is taken before the import, and importing the same bundle twice adds nothing.</source>
            <translation>Спојите изјаве које је извезао други рачунар. Пре било какве промене видите шта ће увоз урадити: нове изјаве, новије измене, брисања и сваки сукоб са начином на који је решен. Пре увоза прави се резервна копија, а двоструки увоз истог пакета не додаје ништа.</translation>
        </message>
        <message>
            <source>Backing up the vault and merging the bundle…</source>
            <translation>Прављење резервне копије трезора и спајање пакета…</translation>
        </message>
        <message>
            <source>Type the bundle's passphrase.</source>
            <translation>Упишите лозинку пакета.</translation>
        </message>
        <message>
            <source>Decrypting the bundle and working out the merge…</source>
            <translation>Дешифровање пакета и припрема спајања…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Увези</translation>
        </message>
    </context>
    <context>
        <name>CaptureController</name>
        <message>
            <source>an unexpected error (%1)</source>
            <translation>неочекивана грешка (%1)</translation>
        </message>
        <message>
            <source>Could not save: choose a theme first (Ctrl+1 … Ctrl+9)</source>
            <translation>Није сачувано: прво изаберите тему (Ctrl+1 … Ctrl+9)</translation>
        </message>
        <message>
            <source>Could not save: %1 — your text is still in the editor</source>
            <translation>Није сачувано: %1 — ваш текст је и даље у уносу</translation>
        </message>
        <message>
            <source>Saved to disk at %1 as %2</source>
            <translation>Сачувано на диск у %1 као: %2</translation>
        </message>
        <message>
            <source>Could not discard the recovered text: %1</source>
            <translation>Враћени текст није могао да се одбаци: %1</translation>
        </message>
        <message>
            <source>Could not keep a safety copy: %1 — keep the app open</source>
            <translation>Сигурносна копија није могла да се сачува: %1 — не затварајте програм</translation>
        </message>
    </context>
    <context>
        <name>CaptureEditor</name>
        <message>
            <source>Remark editor</source>
            <extracomment>The user chose "Not identifying here" on an underlined span.</extracomment>
            <translation>Унос изјаве</translation>
        </message>
        <message>
            <source>Type the remark; Ctrl+Enter saves it under the current theme and kind.</source>
            <translation>Упишите изјаву; Ctrl+Enter је чува под тренутном темом и врстом.</translation>
        </message>
        <message>
            <source>Type the remark as it is spoken. Ctrl+Enter saves it.</source>
            <translation>Упишите изјаву онако како је изговорена. Ctrl+Enter је чува.</translation>
        </message>
        <message>
            <source>Right-click to replace with “%1” or another wording.</source>
            <translation>Десни клик за замену са „%1“ или другом формулацијом.</translation>
        </message>
        <message>
            <source>Replace with “%1”</source>
            <translation>Замени са „%1“</translation>
        </message>
        <message>
            <source>Not identifying here (dismiss)</source>
            <translation>Овде не открива идентитет (одбаци)</translation>
        </message>
    </context>
    <context>
        <name>CaptureView</name>
        <message>
            <source>(no agenda session)</source>
            <translation>(без сесије дневног реда)</translation>
        </message>
        <message>
            <source>Day %1</source>
            <translation>Дан %1</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Теме</translation>
        </message>
        <message>
            <source>&amp;Themes (Ctrl+1 … Ctrl+9)</source>
            <translation>&amp;Теме (Ctrl+1 … Ctrl+9)</translation>
        </message>
        <message>
            <source>Kind of remark</source>
            <translation>Врста изјаве</translation>
        </message>
        <message>
            <source>&amp;Kind (Alt+1 … Alt+6; stays until you change it)</source>
            <translation>&amp;Врста (Alt+1 … Alt+6; остаје док је не промените)</translation>
        </message>
        <message>
            <source>Agenda session</source>
            <translation>Сесија дневног реда</translation>
        </message>
        <message>
            <source>Agenda &amp;session (Ctrl+Shift+S)</source>
            <translation>&amp;Сесија дневног реда (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Current theme</source>
            <translation>Тренутна тема</translation>
        </message>
        <message>
            <source>Save remark (Ctrl+Enter)</source>
            <translation>Сачувај изјаву (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Save remark</source>
            <translation>Сачувај изјаву</translation>
        </message>
        <message>
            <source>Nothing saved yet</source>
            <translation>Још ништа није сачувано</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>Последње чување</translation>
        </message>
        <message>
            <source>&amp;Remarks (%1)</source>
            <translation>&amp;Изјаве (%1)</translation>
        </message>
        <message>
            <source>Guard findings in the editor</source>
            <translation>Упозорења чувара у уносу</translation>
        </message>
        <message>
            <source>The selected remark in full</source>
            <translation>Цела изабрана изјава</translation>
        </message>
    </context>
    <context>
        <name>CountsChart</name>
        <message>
            <source>Remarks per theme and kind</source>
            <translation>Изјаве по темама и врстама</translation>
        </message>
    </context>
    <context>
        <name>Curation</name>
        <message numerus="yes">
            <source>Merge %n remarks</source>
            <translation>
                <numerusform>Спајање %n изјаве</numerusform>
                <numerusform>Спајање %n изјаве</numerusform>
                <numerusform>Спајање %n изјава</numerusform>
            </translation>
        </message>
        <message>
            <source>Split merged remark</source>
            <translation>Раздвајање спојене изјаве</translation>
        </message>
        <message>
            <source>Move remark</source>
            <translation>премештање изјаве</translation>
        </message>
        <message>
            <source>Could not read the remark: %1</source>
            <extracomment>Called after a finding is dismissed: (remark id, finding).</extracomment>
            <translation>Изјава није могла да се прочита: %1</translation>
        </message>
        <message>
            <source>Could not delete the remark: %1</source>
            <translation>Изјава није могла да се обрише: %1</translation>
        </message>
        <message>
            <source>Remark deleted (Ctrl+Z brings it back)</source>
            <translation>Изјава је обрисана (Ctrl+Z је враћа)</translation>
        </message>
        <message>
            <source>Could not change the remark: %1</source>
            <translation>Изјава није могла да се измени: %1</translation>
        </message>
        <message>
            <source>Remark changed (the earlier wording is kept)</source>
            <translation>Изјава је измењена (ранији текст се чува)</translation>
        </message>
        <message>
            <source>Could not re-file the remark: %1</source>
            <translation>Изјава није могла да се премести: %1</translation>
        </message>
        <message>
            <source>Could not reword the remark: %1</source>
            <translation>Изјава није могла да се преформулише: %1</translation>
        </message>
        <message>
            <source>Reword for the summary</source>
            <translation>Преформулиши за сажетак</translation>
        </message>
        <message>
            <source>Use the original</source>
            <translation>Користи изворни текст</translation>
        </message>
        <message>
            <source>Reworded for the summary (the captured text is kept)</source>
            <translation>Преформулисано за сажетак (забележени текст се чува)</translation>
        </message>
        <message>
            <source>The summary uses the captured text again</source>
            <translation>Сажетак поново користи забележени текст</translation>
        </message>
        <message>
            <source>Could not dismiss the finding: %1</source>
            <translation>Упозорење није могло да се одбаци: %1</translation>
        </message>
        <message>
            <source>Exclude from the summary</source>
            <translation>Искључи из сажетка</translation>
        </message>
        <message>
            <source>Include in the summary</source>
            <translation>Укључи у сажетак</translation>
        </message>
        <message>
            <source>Left out of the summary (Ctrl+Z takes it back)</source>
            <translation>Изостављено из сажетка (Ctrl+Z то поништава)</translation>
        </message>
        <message>
            <source>In the summary</source>
            <translation>У сажетку</translation>
        </message>
        <message>
            <source>Mark as a key point</source>
            <translation>Означи као кључну тачку</translation>
        </message>
        <message>
            <source>Unmark key point</source>
            <translation>Уклони ознаку кључне тачке</translation>
        </message>
        <message>
            <source>Key point marked</source>
            <translation>Кључна тачка је означена</translation>
        </message>
        <message>
            <source>No longer a key point</source>
            <translation>Више није кључна тачка</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n remarks)</source>
            <translation>
                <numerusform>%1 (%n изјава)</numerusform>
                <numerusform>%1 (%n изјаве)</numerusform>
                <numerusform>%1 (%n изјава)</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not merge the remarks: %1</source>
            <translation>Изјаве нису могле да се споје: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n remarks merged into one (the originals are kept)</source>
            <translation>
                <numerusform>%n изјава је спојена у једну (изворне се чувају)</numerusform>
                <numerusform>%n изјаве су спојене у једну (изворне се чувају)</numerusform>
                <numerusform>%n изјава је спојено у једну (изворне се чувају)</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not split the remark: %1</source>
            <translation>Изјава није могла да се раздвоји: %1</translation>
        </message>
        <message numerus="yes">
            <source>Split into %n remarks</source>
            <translation>
                <numerusform>Раздвојено на %n изјаву</numerusform>
                <numerusform>Раздвојено на %n изјаве</numerusform>
                <numerusform>Раздвојено на %n изјава</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not move the remark: %1</source>
            <translation>Изјава није могла да се помери: %1</translation>
        </message>
    </context>
    <context>
        <name>DemoCopyDialog</name>
        <message>
            <source>Save a copy of the demo</source>
            <translation>Сачувај копију демоа</translation>
        </message>
        <message>
            <source>&amp;Save copy</source>
            <translation>&amp;Сачувај копију</translation>
        </message>
        <message>
            <source>Save the demo as</source>
            <translation>Сачувај демо као</translation>
        </message>
        <message>
            <source>Vault file</source>
            <translation>Датотека трезора</translation>
        </message>
        <message>
            <source>Roundtable vaults (*%1)</source>
            <translation>Roundtable трезори (*%1)</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Нова лозинка</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Поново</translation>
        </message>
        <message>
            <source>The copy keeps everything done in the demo and gets a passphrase of its own (at least %1 characters). The demo itself is then closed and deleted.</source>
            <translation>Копија чува све што је урађено у демоу и добија сопствену лозинку (најмање %1 знакова). Сам демо се затим затвара и брише.</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Сачувај у:</translation>
        </message>
        <message>
            <source>New passphrase:</source>
            <translation>Нова лозинка:</translation>
        </message>
        <message>
            <source>Again:</source>
            <translation>Поново:</translation>
        </message>
        <message>
            <source>Writing the copy…</source>
            <translation>Уписивање копије…</translation>
        </message>
    </context>
    <context>
        <name>DismissDialog</name>
        <message>
            <source>Dismiss the finding with this reason?</source>
            <translation>Одбацити упозорење с овим разлогом?</translation>
        </message>
        <message>
            <source>A reason was typed.</source>
            <translation>Разлог је уписан.</translation>
        </message>
    </context>
    <context>
        <name>DropFolder</name>
        <message>
            <source>Bundle written to the drop folder: %1</source>
            <translation>Пакет је уписан у заједничку фасциклу: %1</translation>
        </message>
        <message>
            <source>The bundle could not be written to the drop folder: %1</source>
            <translation>Пакет није могао да се упише у заједничку фасциклу: %1</translation>
        </message>
    </context>
    <context>
        <name>DropFolderDialog</name>
        <message>
            <source>Drop folder</source>
            <translation>Заједничка фасцикла</translation>
        </message>
        <message>
            <source>&amp;Preview import</source>
            <translation>&amp;Прегледај увоз</translation>
        </message>
        <message>
            <source>Choose the drop folder</source>
            <translation>Изаберите заједничку фасциклу</translation>
        </message>
        <message>
            <source>Write this laptop's bundle here at the end of each session</source>
            <translation>Упиши пакет овог рачунара овде на крају сваке сесије</translation>
        </message>
        <message>
            <source>Bundle passphrase</source>
            <translation>Лозинка пакета</translation>
        </message>
        <message>
            <source>Bundles found</source>
            <translation>Пронађени пакети</translation>
        </message>
        <message>
            <source>A folder your laptops share by USB stick, Syncthing or a network drive. Roundtable looks for other laptops' bundles there and offers to import them; it never connects to a network itself. The bundle passphrase opens their bundles and, if you tick the box, encrypts yours when you close or lock the vault.</source>
            <translation>Фасцикла коју ваши рачунари деле преко USB меморије, програма Syncthing или мрежног диска. Roundtable у њој тражи пакете других рачунара и нуди да их увезе; сам се никад не повезује на мрежу. Лозинка пакета отвара њихове пакете и, ако означите поље, шифрује ваш када затворите или закључате трезор.</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Фасцикла:</translation>
        </message>
        <message>
            <source>Bundle pass&amp;phrase:</source>
            <translation>&amp;Лозинка пакета:</translation>
        </message>
        <message>
            <source>Choose a folder to watch.</source>
            <translation>Изаберите фасциклу коју треба пратити.</translation>
        </message>
        <message numerus="yes">
            <source>%n new bundles: %1</source>
            <translation>
                <numerusform>%n нови пакет: %1</numerusform>
                <numerusform>%n нова пакета: %1</numerusform>
                <numerusform>%n нових пакета: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>No new bundles in the folder.</source>
            <translation>У фасцикли нема нових пакета.</translation>
        </message>
        <message>
            <source>The bundle passphrase needs at least %1 characters.</source>
            <translation>Лозинка пакета мора имати најмање %1 знакова.</translation>
        </message>
        <message>
            <source>Your bundle will be written to the folder when you close or lock the vault.</source>
            <translation>Ваш пакет биће уписан у фасциклу када затворите или закључате трезор.</translation>
        </message>
        <message>
            <source>Backing up the vault and merging the bundles…</source>
            <translation>Прављење резервне копије трезора и спајање пакета…</translation>
        </message>
        <message>
            <source>Type the bundle passphrase.</source>
            <translation>Упишите лозинку пакета.</translation>
        </message>
        <message>
            <source>Decrypting the bundles and working out the merge…</source>
            <translation>Дешифровање пакета и припрема спајања…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Увези</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>That passphrase does not unlock this file. Check it and try again (or the file is not a Roundtable vault).</source>
            <translation>Ова лозинка не откључава датотеку. Проверите је и покушајте поново (или датотека није Roundtable трезор).</translation>
        </message>
        <message>
            <source>This vault is damaged: its integrity check failed. Nothing was changed; open a backup copy instead.</source>
            <translation>Трезор је оштећен: провера целовитости није успела. Ништа није промењено; отворите резервну копију.</translation>
        </message>
        <message>
            <source>This vault is already open in another Roundtable window or program. Close it there, then try again.</source>
            <translation>Трезор је већ отворен у другом прозору програма Roundtable или у другом програму. Затворите га тамо, па покушајте поново.</translation>
        </message>
        <message>
            <source>This vault was made by a newer version of Roundtable. Update Roundtable to open it; the file was not changed.</source>
            <translation>Трезор је направљен новијом верзијом програма Roundtable. Ажурирајте Roundtable да бисте га отворили; датотека није промењена.</translation>
        </message>
        <message>
            <source>The disk refused the operation (%1).</source>
            <translation>Диск је одбио радњу (%1).</translation>
        </message>
        <message>
            <source>Something unexpected went wrong (%1). Nothing was changed; please report it.</source>
            <translation>Дошло је до неочекиване грешке (%1). Ништа није промењено; молимо вас да је пријавите.</translation>
        </message>
    </context>
    <context>
        <name>EventTab</name>
        <message>
            <source>Event title</source>
            <translation>Назив догађаја</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>Поднаслов</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Место одржавања</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Датуми</translation>
        </message>
        <message>
            <source>Conveners, one a line</source>
            <translation>Организатори, један по реду</translation>
        </message>
        <message>
            <source>Rule statement</source>
            <translation>Изјава о правилу</translation>
        </message>
        <message>
            <source>Summary language</source>
            <translation>Језик сажетка</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Назив:</translation>
        </message>
        <message>
            <source>Su&amp;btitle:</source>
            <translation>Под&amp;наслов:</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>&amp;Место:</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>&amp;Датуми:</translation>
        </message>
        <message>
            <source>&amp;Conveners (one a line):</source>
            <translation>&amp;Организатори (један по реду):</translation>
        </message>
        <message>
            <source>&amp;Rule statement:</source>
            <translation>Изјава о п&amp;равилу:</translation>
        </message>
        <message>
            <source>Summary &amp;language:</source>
            <translation>&amp;Језик сажетка:</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export summary</source>
            <translation>Извоз сажетка</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Извези</translation>
        </message>
        <message>
            <source>An unattributed summary of every remark not excluded. Times, capture order and the protected terms never leave the vault.</source>
            <translation>Сажетак без навођења аутора свих изјава које нису искључене. Времена, редослед бележења и заштићени појмови никад не напуштају трезор.</translation>
        </message>
        <message>
            <source>Format: %1</source>
            <translation>Формат: %1</translation>
        </message>
        <message>
            <source>Export the summary to</source>
            <translation>Извези сажетак у</translation>
        </message>
        <message>
            <source>Destination file</source>
            <translation>Одредишна датотека</translation>
        </message>
        <message>
            <source>Name agenda sessions</source>
            <translation>Наведи сесије дневног реда</translation>
        </message>
        <message>
            <source>Show each remark's agenda session title (never a day or time).</source>
            <translation>Прикажи назив сесије дневног реда уз сваку изјаву (никад дан или време).</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Формат:</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Сачувај у:</translation>
        </message>
        <message>
            <source>Write remarks and syntheses in Cyrillic script</source>
            <translation>Напиши изјаве и синтезе ћирилицом</translation>
        </message>
        <message>
            <source>Write remarks and syntheses in Latin script</source>
            <translation>Напиши изјаве и синтезе латиницом</translation>
        </message>
        <message>
            <source>What the script option changes</source>
            <translation>Шта мења избор писма</translation>
        </message>
        <message>
            <source>Attribution check</source>
            <translation>Провера приписивања</translation>
        </message>
        <message>
            <source>Attribution check result</source>
            <translation>Резултат провере приписивања</translation>
        </message>
        <message>
            <source>Unresolved findings</source>
            <translation>Нерешена упозорења</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Речи</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Зашто</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>To resolve a finding in a remark, double-click it (or press Enter on it) to go to the remark in the list of saved remarks, where Ctrl+R rewords it for the summary, Ctrl+Shift+X excludes it, right-click → Dismiss a finding records why it is harmless. Syntheses and the executive summary are written in Review (F9), beside their theme's remarks.</source>
            <translation>Да бисте решили упозорење у изјави, двапут кликните на њега (или притисните Enter) и прећићете на изјаву у списку сачуваних изјава, где је Ctrl+R преформулише за сажетак, Ctrl+Shift+X је искључује, а десни клик → Одбаци упозорење бележи зашто је безопасно. Синтезе и резиме пишу се у Прегледу (F9), поред изјава своје теме.</translation>
        </message>
        <message>
            <source>How to resolve findings</source>
            <translation>Како решити упозорења</translation>
        </message>
        <message>
            <source>I have checked these findings; export anyway</source>
            <translation>Проверио сам ова упозорења; ипак извези</translation>
        </message>
        <message>
            <source>Running the attribution check…</source>
            <translation>Провера приписивања је у току…</translation>
        </message>
        <message>
            <source>%1 already exists. Press Export again to replace it.</source>
            <translation>%1 већ постоји. Притисните Извези поново да бисте је заменили.</translation>
        </message>
        <message>
            <source>Writing the %1 summary…</source>
            <translation>Уписивање сажетка (%1)…</translation>
        </message>
        <message numerus="yes">
            <source>Changes %n texts.</source>
            <translation>
                <numerusform>Мења %n текст.</numerusform>
                <numerusform>Мења %n текста.</numerusform>
                <numerusform>Мења %n текстова.</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept as written: %1.</source>
            <translation>Остаје како је написано: %1.</translation>
        </message>
    </context>
    <context>
        <name>ExportPane</name>
        <message>
            <source>Export folder</source>
            <translation>Фасцикла за извоз</translation>
        </message>
        <message>
            <source>E&amp;xport selected formats</source>
            <translation>И&amp;звези изабране формате</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Отвори</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Прикажи у &amp;фасцикли</translation>
        </message>
        <message>
            <source>Not exported: %1 is not a folder.</source>
            <translation>Није извезено: %1 није фасцикла.</translation>
        </message>
        <message>
            <source>Tick at least one format.</source>
            <translation>Означите бар један формат.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Извоз…</translation>
        </message>
        <message numerus="yes">
            <source>Not exported: %n unresolved findings. Fix them in the Findings tab.</source>
            <translation>
                <numerusform>Није извезено: %n нерешено упозорење. Решите га на картици Упозорења.</numerusform>
                <numerusform>Није извезено: %n нерешена упозорења. Решите их на картици Упозорења.</numerusform>
                <numerusform>Није извезено: %n нерешених упозорења. Решите их на картици Упозорења.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>Није извезено: %1</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Уписано: %1</translation>
        </message>
    </context>
    <context>
        <name>FileRules</name>
        <message>
            <source>The bundle passphrase needs at least %1 characters.</source>
            <extracomment>Export formats as offered in the dialog (key, name, suffix), from the export's one list.</extracomment>
            <translation>Лозинка пакета мора имати најмање %1 знакова.</translation>
        </message>
        <message>
            <source>The two bundle passphrases differ; type the same one twice.</source>
            <translation>Две лозинке пакета се разликују; упишите исту два пута.</translation>
        </message>
        <message>
            <source>Checking every text of the summary for names, roles and affiliations…</source>
            <extracomment>How many words of a remark name it in the pre-flight. The remark to go to from this row ('' for a synthesis, a theme or the summary).</extracomment>
            <translation>Проверавање сваког текста сажетка на имена, улоге и припадност…</translation>
        </message>
        <message>
            <source>The check could not run: %1</source>
            <translation>Провера није могла да се изврши: %1</translation>
        </message>
        <message>
            <source>No unresolved findings: nothing in the summary looks attributable.</source>
            <translation>Нема нерешених упозорења: ништа у сажетку не изгледа као да се може приписати.</translation>
        </message>
        <message numerus="yes">
            <source>%n unresolved findings in %1. Resolve them in the app (reword, dismiss with a reason, or exclude the remark), or check each one and export anyway.</source>
            <translation>
                <numerusform>%n нерешено упозорење у %1. Решите га у апликацији (преформулишите, одбаците уз разлог или искључите изјаву) или га проверите и ипак извезите.</numerusform>
                <numerusform>%n нерешена упозорења у %1. Решите их у апликацији (преформулишите, одбаците уз разлог или искључите изјаву) или проверите свако и ипак извезите.</numerusform>
                <numerusform>%n нерешених упозорења у %1. Решите их у апликацији (преформулишите, одбаците уз разлог или искључите изјаву) или проверите свако и ипак извезите.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n texts</source>
            <translation>
                <numerusform>%n тексту</numerusform>
                <numerusform>%n текста</numerusform>
                <numerusform>%n текстова</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was written: %n unresolved findings appeared since the check.</source>
            <translation>
                <numerusform>Ништа није уписано: од провере се појавило %n нерешено упозорење.</numerusform>
                <numerusform>Ништа није уписано: од провере су се појавила %n нерешена упозорења.</numerusform>
                <numerusform>Ништа није уписано: од провере се појавило %n нерешених упозорења.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n remarks</source>
            <translation>
                <numerusform>%n изјава</numerusform>
                <numerusform>%n изјаве</numerusform>
                <numerusform>%n изјава</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n themes</source>
            <translation>
                <numerusform>%n тема</numerusform>
                <numerusform>%n теме</numerusform>
                <numerusform>%n тема</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the %1 summary to %2, %3: %4 in %5.</source>
            <translation>Сажетак (%1) уписан је у %2, %3: %4, %5.</translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n страна</numerusform>
                <numerusform>%n стране</numerusform>
                <numerusform>%n страна</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the %1 summary to %2: %4 in %5.</source>
            <translation>Сажетак (%1) уписан је у %2: %4, %5.</translation>
        </message>
        <message numerus="yes">
            <source>Exported despite %n unresolved findings: read it before sharing it.</source>
            <translation>
                <numerusform>Извезено упркос %n нерешеном упозорењу: прочитајте га пре него што га поделите.</numerusform>
                <numerusform>Извезено упркос %n нерешена упозорења: прочитајте га пре него што га поделите.</numerusform>
                <numerusform>Извезено упркос %n нерешених упозорења: прочитајте га пре него што га поделите.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n remarks written to %1.</source>
            <translation>
                <numerusform>%n изјава је уписана у %1.</numerusform>
                <numerusform>%n изјаве су уписане у %1.</numerusform>
                <numerusform>%n изјава је уписано у %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Added %1, updated %2, already present %3.</source>
            <translation>Додато: %1, измењено: %2, већ постоји: %3.</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %1; %n conflicts, resolved.</source>
            <translation>
                <numerusform>Обрисано: %1; решен сукоб: %n.</numerusform>
                <numerusform>Обрисано: %1; решени сукоби: %n.</numerusform>
                <numerusform>Обрисано: %1; решени сукоби: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>нема</translation>
        </message>
        <message numerus="yes">
            <source>The import will add %1, update %2 and delete %n remarks;</source>
            <translation>
                <numerusform>Увоз ће додати %1, изменити %2 и обрисати %n изјаву;</numerusform>
                <numerusform>Увоз ће додати %1, изменити %2 и обрисати %n изјаве;</numerusform>
                <numerusform>Увоз ће додати %1, изменити %2 и обрисати %n изјава;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n remarks are already here.</source>
            <translation>
                <numerusform>%n изјава је већ овде.</numerusform>
                <numerusform>%n изјаве су већ овде.</numerusform>
                <numerusform>%n изјава је већ овде.</numerusform>
            </translation>
        </message>
        <message>
            <source>New themes: %1.</source>
            <translation>Нове теме: %1.</translation>
        </message>
        <message>
            <source>New agenda sessions: %1.</source>
            <translation>Нове сесије дневног реда: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts, each resolved by the merge rules:</source>
            <translation>
                <numerusform>%n сукоб, решен правилима спајања:</numerusform>
                <numerusform>%n сукоба, сваки решен правилима спајања:</numerusform>
                <numerusform>%n сукоба, сваки решен правилима спајања:</numerusform>
            </translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>Нема сукоба.</translation>
        </message>
        <message>
            <source>Nothing has changed yet: press Import to merge it (a backup is taken first).</source>
            <translation>Још се ништа није променило: притисните Увези да бисте га спојили (прво се прави резервна копија).</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>Unresolved findings</source>
            <extracomment>The user picked a neutral wording: (FindingRow, Replacement).</extracomment>
            <translation>Нерешена упозорења</translation>
        </message>
        <message>
            <source>Re&amp;place with…</source>
            <translation>&amp;Замени са…</translation>
        </message>
        <message>
            <source>Replace the words with a neutral wording</source>
            <translation>Замени речи неутралном формулацијом</translation>
        </message>
        <message>
            <source>Re&amp;word…</source>
            <extracomment>The menu of neutral wordings while it is open (tests drive it by keyboard).</extracomment>
            <translation>П&amp;реформулиши…</translation>
        </message>
        <message>
            <source>E&amp;xclude remark</source>
            <translation>&amp;Искључи изјаву</translation>
        </message>
        <message>
            <source>&amp;Dismiss…</source>
            <translation>&amp;Одбаци…</translation>
        </message>
        <message>
            <source>No unresolved findings: the export will go through.</source>
            <translation>Нема нерешених упозорења: извоз ће проћи.</translation>
        </message>
        <message numerus="yes">
            <source>%n unresolved findings the export would refuse. Enter jumps to one.</source>
            <translation>
                <numerusform>%n нерешено упозорење због којег би извоз био одбијен. Enter води до њега.</numerusform>
                <numerusform>%n нерешена упозорења због којих би извоз био одбијен. Enter води до њих.</numerusform>
                <numerusform>%n нерешених упозорења због којих би извоз био одбијен. Enter води до њих.</numerusform>
            </translation>
        </message>
        <message>
            <source>Neutral wordings</source>
            <translation>Неутралне формулације</translation>
        </message>
        <message>
            <source>For example “%1”</source>
            <translation>На пример „%1“</translation>
        </message>
    </context>
    <context>
        <name>Guard</name>
        <message numerus="yes">
            <source>⚠ %n possible attributions: hover the underline, right-click</source>
            <translation>
                <numerusform>⚠ %n могуће приписивање: задржите миш на подвученом, десни клик</numerusform>
                <numerusform>⚠ %n могућа приписивања: задржите миш на подвученом, десни клик</numerusform>
                <numerusform>⚠ %n могућих приписивања: задржите миш на подвученом, десни клик</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GuardReasons</name>
        <message>
            <source>names a protected person: %1</source>
            <translation>наводи заштићену особу: %1</translation>
        </message>
        <message numerus="yes">
            <source>names a protected person: %1 (or %n other protected terms)</source>
            <translation>
                <numerusform>наводи заштићену особу: %1 (или још %n заштићени појам)</numerusform>
                <numerusform>наводи заштићену особу: %1 (или још %n заштићена појма)</numerusform>
                <numerusform>наводи заштићену особу: %1 (или још %n заштићених појмова)</numerusform>
            </translation>
        </message>
        <message>
            <source>names a protected organisation: %1</source>
            <translation>наводи заштићену организацију: %1</translation>
        </message>
        <message numerus="yes">
            <source>names a protected organisation: %1 (or %n other protected terms)</source>
            <translation>
                <numerusform>наводи заштићену организацију: %1 (или још %n заштићени појам)</numerusform>
                <numerusform>наводи заштићену организацију: %1 (или још %n заштићена појма)</numerusform>
                <numerusform>наводи заштићену организацију: %1 (или још %n заштићених појмова)</numerusform>
            </translation>
        </message>
        <message>
            <source>names a protected role: %1</source>
            <translation>наводи заштићену улогу: %1</translation>
        </message>
        <message numerus="yes">
            <source>names a protected role: %1 (or %n other protected terms)</source>
            <translation>
                <numerusform>наводи заштићену улогу: %1 (или још %n заштићени појам)</numerusform>
                <numerusform>наводи заштићену улогу: %1 (или још %n заштићена појма)</numerusform>
                <numerusform>наводи заштићену улогу: %1 (или још %n заштићених појмова)</numerusform>
            </translation>
        </message>
        <message>
            <source>names a protected place: %1</source>
            <translation>наводи заштићено место: %1</translation>
        </message>
        <message numerus="yes">
            <source>names a protected place: %1 (or %n other protected terms)</source>
            <translation>
                <numerusform>наводи заштићено место: %1 (или још %n заштићени појам)</numerusform>
                <numerusform>наводи заштићено место: %1 (или још %n заштићена појма)</numerusform>
                <numerusform>наводи заштићено место: %1 (или још %n заштићених појмова)</numerusform>
            </translation>
        </message>
        <message>
            <source>names a protected term: %1</source>
            <translation>наводи заштићен појам: %1</translation>
        </message>
        <message numerus="yes">
            <source>names a protected term: %1 (or %n other protected terms)</source>
            <translation>
                <numerusform>наводи заштићен појам: %1 (или још %n заштићени појам)</numerusform>
                <numerusform>наводи заштићен појам: %1 (или још %n заштићена појма)</numerusform>
                <numerusform>наводи заштићен појам: %1 (или још %n заштићених појмова)</numerusform>
            </translation>
        </message>
        <message>
            <source>initials of a protected person: %1</source>
            <translation>иницијали заштићене особе: %1</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (uniqueness): '%1'</source>
            <translation>може открити учесника елиминацијом (јединственост): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (order of speaking): '%1'</source>
            <translation>може открити учесника елиминацијом (редослед говорника): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (a small group): '%1'</source>
            <translation>може открити учесника елиминацијом (мала група): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (an event role): '%1'</source>
            <translation>може открити учесника елиминацијом (улога на догађају): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (a description of one person): '%1'</source>
            <translation>може открити учесника елиминацијом (опис једне особе): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (who runs something): '%1'</source>
            <translation>може открити учесника елиминацијом (ко нечим руководи): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (tied to a named person): '%1'</source>
            <translation>може открити учесника елиминацијом (веза са именованом особом): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (describes a named person): '%1'</source>
            <translation>може открити учесника елиминацијом (опис именоване особе): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (where a named person is from): '%1'</source>
            <translation>може открити учесника елиминацијом (одакле је именована особа): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (who else was there): '%1'</source>
            <translation>може открити учесника елиминацијом (ко је још био присутан): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (a description of one organisation): '%1'</source>
            <translation>може открити учесника елиминацијом (опис једне организације): „%1“</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (the only body of its kind on the list, %1): '%2'</source>
            <translation>може открити учесника елиминацијом (једино тело те врсте на списку, %1): „%2“</translation>
        </message>
        <message>
            <source>looks like a personal name: %1</source>
            <translation>личи на лично име: %1</translation>
        </message>
        <message>
            <source>looks like a personal name (Serbian surname): %1</source>
            <translation>личи на лично име (српско презиме): %1</translation>
        </message>
        <message>
            <source>a title followed by a name: %1</source>
            <translation>титула праћена именом: %1</translation>
        </message>
        <message>
            <source>gives an e-mail address</source>
            <translation>наводи адресу е-поште</translation>
        </message>
        <message>
            <source>gives a social media handle</source>
            <translation>наводи налог на друштвеним мрежама</translation>
        </message>
        <message>
            <source>gives a web address</source>
            <translation>наводи веб-адресу</translation>
        </message>
        <message>
            <source>gives a phone number</source>
            <translation>наводи број телефона</translation>
        </message>
        <message>
            <source>gives a phone number (in words)</source>
            <translation>наводи број телефона (речима)</translation>
        </message>
        <message>
            <source>gives an e-mail address (in words)</source>
            <translation>наводи адресу е-поште (речима)</translation>
        </message>
        <message>
            <source>says which body a named person is from: %1</source>
            <translation>наводи из које је институције именована особа: %1</translation>
        </message>
        <message>
            <source>names a local body by the event's town: %1</source>
            <translation>наводи локалну институцију по граду догађаја: %1</translation>
        </message>
        <message>
            <source>names the speaker's organisation (not on the list): %1</source>
            <translation>наводи организацију говорника (није на списку): %1</translation>
        </message>
        <message>
            <source>the speaker identifies their own organisation or role</source>
            <translation>говорник наводи сопствену организацију или улогу</translation>
        </message>
        <message>
            <source>names the speaker's sector (this event flags sector-level affiliation): %1</source>
            <translation>наводи сектор говорника (овај догађај означава и припадност на нивоу сектора): %1</translation>
        </message>
        <message>
            <source>high</source>
            <translation>висока</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>средња</translation>
        </message>
        <message>
            <source>low</source>
            <translation>ниска</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Особа</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организација</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Улога</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Титула</translation>
        </message>
        <message>
            <source>Self-reference</source>
            <translation>Говорник о себи</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Контакт подаци</translation>
        </message>
        <message>
            <source>Identification by elimination</source>
            <translation>Препознавање елиминацијом</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>Припадност</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Остало</translation>
        </message>
    </context>
    <context>
        <name>JoinKitDialog</name>
        <message>
            <source>Event kits (*%1);;All files (*)</source>
            <translation>Комплети догађаја (*%1);;Све датотеке (*)</translation>
        </message>
        <message>
            <source>Roundtable vaults (*%1)</source>
            <translation>Roundtable трезори (*%1)</translation>
        </message>
        <message>
            <source>Join an event from a kit</source>
            <translation>Придружите се догађају из комплета</translation>
        </message>
        <message>
            <source>&amp;Join the event</source>
            <translation>&amp;Придружи се догађају</translation>
        </message>
        <message>
            <source>Open the event kit</source>
            <translation>Отвори комплет догађаја</translation>
        </message>
        <message>
            <source>Event kit</source>
            <translation>Комплет догађаја</translation>
        </message>
        <message>
            <source>The kit the organiser sent (*%1)</source>
            <translation>Комплет који је послао организатор (*%1)</translation>
        </message>
        <message>
            <source>Kit passphrase</source>
            <translation>Лозинка комплета</translation>
        </message>
        <message>
            <source>Save the new vault as</source>
            <translation>Сачувај нови трезор као</translation>
        </message>
        <message>
            <source>New vault file</source>
            <translation>Датотека новог трезора</translation>
        </message>
        <message>
            <source>Where to save your vault for this event</source>
            <translation>Где да се сачува ваш трезор за овај догађај</translation>
        </message>
        <message>
            <source>Vault passphrase</source>
            <translation>Лозинка трезора</translation>
        </message>
        <message>
            <source>Repeat the vault passphrase</source>
            <translation>Поновите лозинку трезора</translation>
        </message>
        <message>
            <source>The organiser's kit holds the event's details, themes, agenda, protected terms and participants list, and no remarks. Your vault gets its own passphrase; the kit's passphrase is only for opening the kit.</source>
            <translation>Комплет организатора садржи податке о догађају, теме, дневни ред, заштићене појмове и списак учесника, али не и изјаве. Ваш трезор добија сопствену лозинку; лозинка комплета служи само за отварање комплета.</translation>
        </message>
        <message>
            <source>&amp;Kit:</source>
            <translation>&amp;Комплет:</translation>
        </message>
        <message>
            <source>Kit pass&amp;phrase:</source>
            <translation>&amp;Лозинка комплета:</translation>
        </message>
        <message>
            <source>&amp;New vault:</source>
            <translation>&amp;Нови трезор:</translation>
        </message>
        <message>
            <source>&amp;Vault passphrase:</source>
            <translation>Лозинка &amp;трезора:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>П&amp;оновите:</translation>
        </message>
        <message>
            <source>Choose the kit and where to save your vault.</source>
            <translation>Изаберите комплет и место где да се сачува ваш трезор.</translation>
        </message>
        <message>
            <source>Type the kit's passphrase.</source>
            <translation>Упишите лозинку комплета.</translation>
        </message>
        <message>
            <source>Opening the kit and creating your vault…</source>
            <translation>Отварање комплета и прављење вашег трезора…</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>Observation</source>
            <translation>Запажање</translation>
        </message>
        <message>
            <source>Challenge</source>
            <translation>Изазов</translation>
        </message>
        <message>
            <source>Good practice</source>
            <translation>Добра пракса</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Научена лекција</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Препорука</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Питање</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Language</source>
            <translation>Језик</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Језик</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Vault locked</source>
            <translation>Трезор је закључан</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Закључано</translation>
        </message>
        <message>
            <source>Close vault</source>
            <translation>Затвори трезор</translation>
        </message>
        <message>
            <source>Close the vault instead of unlocking it</source>
            <translation>Затвори трезор уместо да га откључаш</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The new language applies fully the next time Roundtable starts.</source>
            <translation>Нови језик ће се потпуно применити при следећем покретању програма Roundtable.</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>The "Close the demo" question while it is up.</extracomment>
            <translation>Стање</translation>
        </message>
        <message>
            <source>&amp;New vault…</source>
            <translation>&amp;Нови трезор…</translation>
        </message>
        <message>
            <source>&amp;Open vault…</source>
            <translation>&amp;Отвори трезор…</translation>
        </message>
        <message>
            <source>Try the &amp;demo</source>
            <translation>Испробај &amp;демо</translation>
        </message>
        <message>
            <source>&amp;Close vault</source>
            <translation>&amp;Затвори трезор</translation>
        </message>
        <message>
            <source>&amp;Export summary…</source>
            <translation>&amp;Извези сажетак…</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation>&amp;Резервна копија…</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Сачувај &amp;као…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Врати из резервне копије…</translation>
        </message>
        <message>
            <source>Export &amp;bundle…</source>
            <translation>Извези &amp;пакет…</translation>
        </message>
        <message>
            <source>&amp;Import bundle…</source>
            <translation>&amp;Увези пакет…</translation>
        </message>
        <message>
            <source>&amp;Drop folder…</source>
            <translation>Заједничка &amp;фасцикла…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Из&amp;лаз</translation>
        </message>
        <message>
            <source>Event &amp;setup…</source>
            <translation>&amp;Подешавање догађаја…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>Закључај &amp;сада</translation>
        </message>
        <message>
            <source>&amp;About Roundtable</source>
            <translation>&amp;О програму Roundtable</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Пречице на тастатури</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Преглед</translation>
        </message>
        <message>
            <source>Capture ⇄ Review (F9)</source>
            <translation>Унос ⇄ Преглед (F9)</translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n минут</numerusform>
                <numerusform>%n минута</numerusform>
                <numerusform>%n минута</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Датотека</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Догађај</translation>
        </message>
        <message>
            <source>Lock after &amp;idle</source>
            <translation>Закључај после &amp;неактивности</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>П&amp;риказ</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>П&amp;омоћ</translation>
        </message>
        <message numerus="yes">
            <source>Locks after %n min idle · Ctrl+L locks now</source>
            <translation>
                <numerusform>Закључава се после %n мин неактивности · Ctrl+L закључава одмах</numerusform>
                <numerusform>Закључава се после %n мин неактивности · Ctrl+L закључава одмах</numerusform>
                <numerusform>Закључава се после %n мин неактивности · Ctrl+L закључава одмах</numerusform>
            </translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Напомена: %1</translation>
        </message>
        <message>
            <source>Close the demo</source>
            <translation>Затварање демоа</translation>
        </message>
        <message>
            <source>Closing the demo deletes it, with everything done in it.</source>
            <translation>Затварањем се демо брише, заједно са свим што је у њему урађено.</translation>
        </message>
        <message>
            <source>To keep a copy, unlock it first and choose Save a copy….</source>
            <translation>Да бисте задржали копију, прво га откључајте и изаберите Сачувај копију….</translation>
        </message>
        <message>
            <source>Close and &amp;delete</source>
            <translation>Затвори и &amp;обриши</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Save a copy as a vault of your own first?</source>
            <translation>Да ли прво да сачувате копију као сопствени трезор?</translation>
        </message>
        <message>
            <source>&amp;Save a copy…</source>
            <translation>&amp;Сачувај копију…</translation>
        </message>
        <message>
            <source>The demo was saved as %1.</source>
            <translation>Демо је сачуван као %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n new bundles in the drop folder: File → Drop folder… to import</source>
            <translation>
                <numerusform>%n нови пакет у заједничкој фасцикли: Датотека → Заједничка фасцикла… за увоз</numerusform>
                <numerusform>%n нова пакета у заједничкој фасцикли: Датотека → Заједничка фасцикла… за увоз</numerusform>
                <numerusform>%n нових пакета у заједничкој фасцикли: Датотека → Заједничка фасцикла… за увоз</numerusform>
            </translation>
        </message>
        <message>
            <source>About %1</source>
            <translation>О програму %1</translation>
        </message>
        <message>
            <source>&lt;p&gt;Capture and publish unattributed summaries of meetings held under the Chatham House Rule.&lt;/p&gt;&lt;p&gt;Everything stays in one encrypted file per event; nothing goes over the network.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Бележење и објављивање сажетака без навођења аутора са састанака који се одржавају по правилу Chatham House.&lt;/p&gt;&lt;p&gt;Све остаје у једној шифрованој датотеци по догађају; ништа не иде преко мреже.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>Било где</translation>
        </message>
        <message>
            <source>Capturing (once a vault is open)</source>
            <translation>Бележење (када је трезор отворен)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message numerus="yes">
            <source>Merge %n remarks</source>
            <translation>
                <numerusform>Спајање %n изјаве</numerusform>
                <numerusform>Спајање %n изјаве</numerusform>
                <numerusform>Спајање %n изјава</numerusform>
            </translation>
        </message>
        <message>
            <source>Remarks being merged</source>
            <translation>Изјаве које се спајају</translation>
        </message>
        <message>
            <source>The remarks (kept, and shown with the merged one)</source>
            <translation>Изјаве (задржавају се и приказују уз спојену)</translation>
        </message>
        <message>
            <source>&amp;Wording of the merged remark</source>
            <translation>&amp;Текст спојене изјаве</translation>
        </message>
        <message>
            <source>Merged wording</source>
            <translation>Текст спојене изјаве</translation>
        </message>
        <message>
            <source>Merge (Ctrl+Enter)</source>
            <translation>Споји (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Споји</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>%1, line %2: %3</source>
            <translation>%1, ред %2: %3</translation>
        </message>
        <message>
            <source>%1: %2; %3</source>
            <translation>%1: %2; %3</translation>
        </message>
        <message>
            <source>%1 contains a NUL character</source>
            <translation>%1 садржи знак NUL</translation>
        </message>
        <message>
            <source>%1 is %2 characters long; the limit is %3 (split it into several remarks)</source>
            <translation>%1 – %2 знакова; граница је %3 (поделите текст на више изјава)</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>%1 – нема текста</translation>
        </message>
        <message>
            <source>%1 must be text</source>
            <translation>%1 мора бити текст</translation>
        </message>
        <message>
            <source>%1: %2 between tables</source>
            <translation>%1: %2 између табела</translation>
        </message>
        <message>
            <source>%1: %2 their authentication check</source>
            <translation>%1: %2 проверу аутентичности</translation>
        </message>
        <message>
            <source>%1: %2; nothing was written. Restore the vault from a backup (roundtable restore), or keep both files for an expert</source>
            <translation>%1: %2; ништа није уписано. Вратите трезор из резервне копије (roundtable restore) или сачувајте обе датотеке за стручњака</translation>
        </message>
        <message>
            <source>%1: cannot write the %2 (%3); nothing was changed</source>
            <translation>%1: не може да се упише %2 (%3); ништа није промењено</translation>
        </message>
        <message>
            <source>%1: not a Roundtable bundle</source>
            <translation>%1: није Roundtable пакет</translation>
        </message>
        <message>
            <source>%1: the %2 could not be written (%3)</source>
            <translation>%1: није могло да се упише: %2 (%3)</translation>
        </message>
        <message>
            <source>%1: the backup could not be written (%2)</source>
            <translation>%1: резервна копија није могла да се упише (%2)</translation>
        </message>
        <message>
            <source>%1: the backup folder cannot be made (%2)</source>
            <translation>%1: фасцикла за резервне копије не може да се направи (%2)</translation>
        </message>
        <message>
            <source>%1: the bundle holds one remark twice; nothing was imported</source>
            <translation>%1: пакет садржи једну изјаву двапут; ништа није увезено</translation>
        </message>
        <message>
            <source>%1: the bundle holds remark %2 twice</source>
            <translation>%1: пакет садржи изјаву %2 двапут</translation>
        </message>
        <message>
            <source>%1: the bundle is damaged (impossible key parameters)</source>
            <translation>%1: пакет је оштећен (немогући параметри кључа)</translation>
        </message>
        <message>
            <source>%1: the bundle is damaged (it is cut short)</source>
            <translation>%1: пакет је оштећен (скраћен је)</translation>
        </message>
        <message>
            <source>%1: the bundle is damaged (unknown format %2)</source>
            <translation>%1: пакет је оштећен (непознат формат %2)</translation>
        </message>
        <message>
            <source>%1: the bundle is damaged or altered (its contents fail authentication)</source>
            <translation>%1: пакет је оштећен или измењен (садржај не пролази проверу аутентичности)</translation>
        </message>
        <message>
            <source>%1: the bundle is damaged or altered (its header changed)</source>
            <translation>%1: пакет је оштећен или измењен (заглавље му је промењено)</translation>
        </message>
        <message>
            <source>%1: the bundle's %2 is not valid</source>
            <translation>%1: у пакету није исправно: %2</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are cut short</source>
            <translation>%1: садржај пакета је скраћен</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are incomplete or padded</source>
            <translation>%1: садржај пакета је непотпун или допуњен</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are nested too deeply to be a Roundtable bundle</source>
            <translation>%1: садржај пакета је превише угнежђен да би био Roundtable пакет</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are not a Roundtable bundle</source>
            <translation>%1: садржај пакета није Roundtable пакет</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are not the size they claim</source>
            <translation>%1: садржај пакета није наведене величине</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are not valid</source>
            <translation>%1: садржај пакета није исправан</translation>
        </message>
        <message>
            <source>%1: the bundle's contents cannot be read</source>
            <translation>%1: садржај пакета не може да се прочита</translation>
        </message>
        <message>
            <source>%1: the bundle's contents unpack to more than %2 MiB, the limit (nothing was imported)</source>
            <translation>%1: распакован садржај пакета премашује границу од %2 МиБ (ништа није увезено)</translation>
        </message>
        <message>
            <source>%1: the bundle's contents would take %2 MiB once unpacked; the limit is %3 MiB (nothing was imported)</source>
            <translation>%1: распакован садржај пакета заузео би %2 МиБ; граница је %3 МиБ (ништа није увезено)</translation>
        </message>
        <message>
            <source>%1: the database structure is damaged</source>
            <translation>%1: структура базе података је оштећена</translation>
        </message>
        <message>
            <source>%1: the disk is full; nothing more could be saved</source>
            <translation>%1: диск је пун; ништа више није могло да се сачува</translation>
        </message>
        <message>
            <source>%1: the disk refused to read or write the vault</source>
            <translation>%1: диск је одбио читање или упис трезора</translation>
        </message>
        <message>
            <source>%1: the file is empty; it is not a Roundtable vault</source>
            <translation>%1: датотека је празна; није Roundtable трезор</translation>
        </message>
        <message>
            <source>%1: the file is too small to be a Roundtable vault</source>
            <translation>%1: датотека је премала да би била Roundtable трезор</translation>
        </message>
        <message>
            <source>%1: the passphrase could not be changed (%2)</source>
            <translation>%1: лозинка није могла да се промени (%2)</translation>
        </message>
        <message>
            <source>%1: the restore could not be written (%2)</source>
            <translation>%1: враћени трезор није могао да се упише (%2)</translation>
        </message>
        <message>
            <source>%1: the start of the vault (page 1) is damaged, though the passphrase is right; restore it from a backup (roundtable restore)</source>
            <translation>%1: почетак трезора (страница 1) је оштећен, иако је лозинка тачна; вратите га из резервне копије (roundtable restore)</translation>
        </message>
        <message>
            <source>%1: the vault cannot be written (read-only file or disk)</source>
            <translation>%1: у трезор не може да се уписује (датотека или диск само за читање)</translation>
        </message>
        <message>
            <source>%1: the vault could not be used (%2)</source>
            <translation>%1: трезор није могао да се користи (%2)</translation>
        </message>
        <message>
            <source>%1: the vault file was deleted, moved or replaced while open; nothing more is saved to it. Use Save as… to keep what is open</source>
            <translation>%1: датотека трезора је обрисана, премештена или замењена док је била отворена; у њу се више ништа не чува. Изаберите Сачувај као… да задржите оно што је отворено</translation>
        </message>
        <message>
            <source>%1: the vault has no device record</source>
            <translation>%1: трезор нема запис о уређају</translation>
        </message>
        <message>
            <source>%1: the vault is damaged (%2 page(s) fail their authentication check); nothing was written. Restore it from a backup (roundtable restore)</source>
            <translation>%1: трезор је оштећен (број страница које не пролазе проверу аутентичности: %2); ништа није уписано. Вратите га из резервне копије (roundtable restore)</translation>
        </message>
        <message>
            <source>%1: the vault is damaged (integrity check failed)</source>
            <translation>%1: трезор је оштећен (провера целовитости није успела)</translation>
        </message>
        <message>
            <source>%1: the vault is in use (it is already open in this Roundtable window)</source>
            <translation>%1: трезор је у употреби (већ је отворен у овом прозору програма Roundtable)</translation>
        </message>
        <message>
            <source>%1: the vault is in use by another Roundtable window or process</source>
            <translation>%1: трезор користи други прозор програма Roundtable или други процес</translation>
        </message>
        <message>
            <source>%1: the vault was never finished (its creation was interrupted)</source>
            <translation>%1: трезор никад није довршен (његово прављење је прекинуто)</translation>
        </message>
        <message>
            <source>%1: the vault was replaced while it was being opened (its passphrase was being changed?); open it again</source>
            <translation>%1: трезор је замењен док се отварао (да ли му се мењала лозинка?); отворите га поново</translation>
        </message>
        <message>
            <source>%1: the vault's schema version record is damaged</source>
            <translation>%1: запис о верзији шеме трезора је оштећен</translation>
        </message>
        <message>
            <source>%1: this SQLCipher database is not a Roundtable vault</source>
            <translation>%1: ова SQLCipher база података није Roundtable трезор</translation>
        </message>
        <message>
            <source>%1: this bundle was made by a newer version of Roundtable (bundle format %2); update Roundtable to import it</source>
            <translation>%1: овај пакет је направила новија верзија програма Roundtable (формат пакета %2); ажурирајте Roundtable да бисте га увезли</translation>
        </message>
        <message>
            <source>%1: this bundle was made by a newer version of Roundtable; update Roundtable</source>
            <translation>%1: овај пакет је направила новија верзија програма Roundtable; ажурирајте Roundtable</translation>
        </message>
        <message>
            <source>%1: this is %2, not a Roundtable vault</source>
            <translation>%1: ово је %2, а не Roundtable трезор</translation>
        </message>
        <message>
            <source>%1: this is a bundle of remarks, not an event kit (make one with 'roundtable bundle export VAULT OUT --setup')</source>
            <translation>%1: ово је пакет изјава, а не комплет догађаја (направите га командом „roundtable bundle export VAULT OUT --setup“)</translation>
        </message>
        <message>
            <source>%1: this vault was made by a newer version of Roundtable (schema %2); update Roundtable to open it</source>
            <translation>%1: овај трезор је направила новија верзија програма Roundtable (шема %2); ажурирајте Roundtable да бисте га отворили</translation>
        </message>
        <message>
            <source>%1: unexpected schema revision</source>
            <translation>%1: неочекивана ревизија шеме</translation>
        </message>
        <message>
            <source>%1: wrong bundle passphrase</source>
            <translation>%1: погрешна лозинка пакета</translation>
        </message>
        <message>
            <source>%1: wrong passphrase, or not a Roundtable vault</source>
            <translation>%1: погрешна лозинка или ово није Roundtable трезор</translation>
        </message>
        <message>
            <source>%1: wrong passphrase, or not a Roundtable vault, or the start of the file is damaged (if you are sure of the passphrase, restore from a backup)</source>
            <translation>%1: погрешна лозинка, ово није Roundtable трезор или је почетак датотеке оштећен (ако сте сигурни у лозинку, вратите трезор из резервне копије)</translation>
        </message>
        <message numerus="yes">
            <source>%n broken references</source>
            <translation>
                <numerusform>%n неисправна веза</numerusform>
                <numerusform>%n неисправне везе</numerusform>
                <numerusform>%n неисправних веза</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fields</source>
            <translation>
                <numerusform>%n поље</numerusform>
                <numerusform>%n поља</numerusform>
                <numerusform>%n поља</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages fail</source>
            <translation>
                <numerusform>%n страница не пролази</numerusform>
                <numerusform>%n странице не пролазе</numerusform>
                <numerusform>%n страница не пролази</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n remarks</source>
            <translation>
                <numerusform>%n изјава</numerusform>
                <numerusform>%n изјаве</numerusform>
                <numerusform>%n изјава</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unresolved findings</source>
            <translation>
                <numerusform>%n нерешено упозорење</numerusform>
                <numerusform>%n нерешена упозорења</numerusform>
                <numerusform>%n нерешених упозорења</numerusform>
            </translation>
        </message>
        <message>
            <source>'%1' here, '%2' in the bundle</source>
            <translation>„%1“ овде, „%2“ у пакету</translation>
        </message>
        <message>
            <source>SQLCipher setting %1 is %2, not %3; this build cannot be trusted with a vault</source>
            <translation>SQLCipher подешавање %1 је %2, а не %3; овој верзији програма не може се поверити трезор</translation>
        </message>
        <message>
            <source>SQLite extension loading is not disabled</source>
            <translation>учитавање SQLite проширења није искључено</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>PDF документ</translation>
        </message>
        <message>
            <source>a Roundtable bundle</source>
            <translation>Roundtable пакет</translation>
        </message>
        <message>
            <source>a ZIP archive (or an Office document)</source>
            <translation>ZIP архива (или Office документ)</translation>
        </message>
        <message>
            <source>a backup cannot replace the vault itself</source>
            <translation>резервна копија не може да замени сам трезор</translation>
        </message>
        <message>
            <source>a colour is written #RRGGBB</source>
            <translation>боја се пише као #RRGGBB</translation>
        </message>
        <message>
            <source>a deleted or already merged remark cannot be merged</source>
            <translation>обрисана или већ спојена изјава не може да се споји</translation>
        </message>
        <message>
            <source>a participant's name is empty</source>
            <translation>име учесника је празно</translation>
        </message>
        <message>
            <source>a passphrase or path cannot contain a NUL character</source>
            <translation>лозинка или путања не може да садржи знак NUL</translation>
        </message>
        <message>
            <source>a protected term is empty</source>
            <translation>заштићени појам је празан</translation>
        </message>
        <message>
            <source>a quoted field opened on this line is never closed</source>
            <translation>поље под наводницима отворено у овом реду никад се не затвара</translation>
        </message>
        <message>
            <source>a theme named %1 already exists</source>
            <translation>тема под називом %1 већ постоји</translation>
        </message>
        <message>
            <source>a theme shortcut is a digit from 1 to 9</source>
            <translation>пречица теме је цифра од 1 до 9</translation>
        </message>
        <message>
            <source>already exists; Roundtable never overwrites a file</source>
            <translation>већ постоји; Roundtable никад не замењује датотеку</translation>
        </message>
        <message>
            <source>already exists; a %1 never overwrites a file</source>
            <translation>већ постоји; %1 никад не замењује датотеку</translation>
        </message>
        <message>
            <source>already exists; a backup never overwrites a file</source>
            <translation>већ постоји; резервна копија никад не замењује датотеку</translation>
        </message>
        <message>
            <source>already exists; a bundle never overwrites a file</source>
            <translation>већ постоји; пакет никад не замењује датотеку</translation>
        </message>
        <message>
            <source>already exists; use --force to replace it</source>
            <translation>већ постоји; употребите --force да је замените</translation>
        </message>
        <message>
            <source>an agenda session titled %1 already exists</source>
            <translation>сесија дневног реда под називом %1 већ постоји</translation>
        </message>
        <message>
            <source>an unencrypted SQLite database</source>
            <translation>нешифрована SQLite база података</translation>
        </message>
        <message>
            <source>appeared meanwhile; nothing was restored</source>
            <translation>појавила се у међувремену; ништа није враћено</translation>
        </message>
        <message>
            <source>automatic backup failed: %1</source>
            <translation>аутоматска резервна копија није успела: %1</translation>
        </message>
        <message>
            <source>has %1 where the header has %2</source>
            <translation>има %1, а заглавље их има %2</translation>
        </message>
        <message>
            <source>bundle</source>
            <translation>пакет</translation>
        </message>
        <message numerus="yes">
            <source>%n texts</source>
            <translation>
                <numerusform>%n текст</numerusform>
                <numerusform>%n текста</numerusform>
                <numerusform>%n текстова</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot be created (%1)</source>
            <translation>не може да се направи (%1)</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>не може да се прочита (%1)</translation>
        </message>
        <message>
            <source>cannot be read (permission denied)</source>
            <translation>не може да се прочита (приступ није дозвољен)</translation>
        </message>
        <message>
            <source>choose two or more remarks to merge</source>
            <translation>изаберите две или више изјава за спајање</translation>
        </message>
        <message>
            <source>column</source>
            <translation>колона</translation>
        </message>
        <message>
            <source>column %1: %2</source>
            <translation>колона %1: %2</translation>
        </message>
        <message>
            <source>column %1: is not valid JSON (%2)</source>
            <translation>колона %1: није исправан JSON (%2)</translation>
        </message>
        <message>
            <source>column theme: unknown theme (this vault has: %1; use --create-themes to add it)</source>
            <translation>колона „theme“: непозната тема (овај трезор има: %1; употребите --create-themes да је додате)</translation>
        </message>
        <message>
            <source>columns</source>
            <translation>колоне</translation>
        </message>
        <message>
            <source>deleted: a deletion always wins</source>
            <translation>обрисана: брисање увек има предност</translation>
        </message>
        <message>
            <source>file</source>
            <translation>датотека</translation>
        </message>
        <message>
            <source>has no 'name' column; expected the header name,organisation,role,email,phone</source>
            <translation>нема колону „name“; очекује се заглавље name,organisation,role,email,phone</translation>
        </message>
        <message>
            <source>has no 'term' column; expected the header term,kind,aliases</source>
            <translation>нема колону „term“; очекује се заглавље term,kind,aliases</translation>
        </message>
        <message>
            <source>holds a header but no remarks</source>
            <translation>садржи заглавље, али ниједну изјаву</translation>
        </message>
        <message>
            <source>holds a number too large to read</source>
            <translation>садржи број превелик за читање</translation>
        </message>
        <message>
            <source>holds an invalid character (a lone surrogate such as \ud800)</source>
            <translation>садржи неисправан знак (усамљени сурогат као што је \уд800)</translation>
        </message>
        <message>
            <source>holds no remarks</source>
            <translation>не садржи ниједну изјаву</translation>
        </message>
        <message>
            <source>is a folder, not a bundle</source>
            <translation>је фасцикла, а не пакет</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>је фасцикла, а не датотека</translation>
        </message>
        <message>
            <source>is a folder, not a vault</source>
            <translation>је фасцикла, а не трезор</translation>
        </message>
        <message>
            <source>is a folder; give a file name to write the summary to</source>
            <translation>је фасцикла; наведите назив датотеке у коју се уписује сажетак</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>је празна</translation>
        </message>
        <message>
            <source>is empty: there is nothing to import</source>
            <translation>је празна: нема шта да се увезе</translation>
        </message>
        <message>
            <source>is empty; expected the header name,organisation,role,email,phone</source>
            <translation>је празна; очекује се заглавље name,organisation,role,email,phone</translation>
        </message>
        <message>
            <source>is empty; expected the header term,kind,aliases</source>
            <translation>је празна; очекује се заглавље term,kind,aliases</translation>
        </message>
        <message>
            <source>is nested too deeply to be a remark</source>
            <translation>је превише угнежђена да би била изјава</translation>
        </message>
        <message>
            <source>is not valid CSV (%1)</source>
            <translation>није исправан CSV (%1)</translation>
        </message>
        <message>
            <source>is not valid UTF-8</source>
            <translation>није исправан UTF-8</translation>
        </message>
        <message>
            <source>is the vault itself; choose another file name</source>
            <translation>је сам трезор; изаберите други назив датотеке</translation>
        </message>
        <message>
            <source>is the vault itself; give a backup to restore from</source>
            <translation>је сам трезор; наведите резервну копију из које се враћа</translation>
        </message>
        <message>
            <source>is too large (%1 MB at most)</source>
            <translation>је превелика (највише %1 MB)</translation>
        </message>
        <message>
            <source>is too large to be a Roundtable bundle</source>
            <translation>је превелика да би била Roundtable пакет</translation>
        </message>
        <message>
            <source>kept '%1' (the later rename)</source>
            <translation>задржан је назив „%1“ (каснија промена назива)</translation>
        </message>
        <message>
            <source>kept as written: %1</source>
            <translation>задржано како је написано: %1</translation>
        </message>
        <message>
            <source>kept the later edit (from the bundle); the other wording is kept as a revision</source>
            <translation>задржана је каснија измена (из пакета); друга формулација се чува као ревизија</translation>
        </message>
        <message>
            <source>kept the later edit (made here); the other wording is kept as a revision</source>
            <translation>задржана је каснија измена (направљена овде); друга формулација се чува као ревизија</translation>
        </message>
        <message>
            <source>lacks the text field %1</source>
            <translation>недостаје текстуално поље %1</translation>
        </message>
        <message>
            <source>lists no participants</source>
            <translation>не наводи ниједног учесника</translation>
        </message>
        <message>
            <source>merge split on one side and its remark edited on the other</source>
            <translation>спајање раздвојено на једној страни, а његова изјава измењена на другој</translation>
        </message>
        <message>
            <source>must be a JSON object</source>
            <translation>мора бити JSON објекат</translation>
        </message>
        <message>
            <source>no such agenda session</source>
            <translation>та сесија дневног реда не постоји</translation>
        </message>
        <message>
            <source>no such bundle</source>
            <translation>тај пакет не постоји</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>та датотека не постоји</translation>
        </message>
        <message>
            <source>no such remark</source>
            <translation>та изјава не постоји</translation>
        </message>
        <message>
            <source>no such theme</source>
            <translation>та тема не постоји</translation>
        </message>
        <message>
            <source>no such theme or agenda session</source>
            <translation>та тема или сесија дневног реда не постоји</translation>
        </message>
        <message>
            <source>no such vault</source>
            <translation>тај трезор не постоји</translation>
        </message>
        <message>
            <source>only a single word (letters, with - or ' inside) can be added</source>
            <translation>може се додати само једна реч (слова, са - или ' унутар речи)</translation>
        </message>
        <message>
            <source>participant %1</source>
            <translation>учесник %1</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>приступ није дозвољен</translation>
        </message>
        <message>
            <source>protected term %1</source>
            <translation>заштићени појам %1</translation>
        </message>
        <message>
            <source>remark %1</source>
            <translation>изјава %1</translation>
        </message>
        <message>
            <source>remark deleted on one side and edited on the other</source>
            <translation>изјава обрисана на једној страни, а измењена на другој</translation>
        </message>
        <message>
            <source>remark edited on both sides</source>
            <translation>изјава измењена на обе стране</translation>
        </message>
        <message>
            <source>removed %1 file(s) an interrupted run had left beside the vault (%2)</source>
            <translation>уклоњене су датотеке које је прекинут рад оставио поред трезора (%1: %2)</translation>
        </message>
        <message>
            <source>session %1</source>
            <translation>сесија %1</translation>
        </message>
        <message>
            <source>shortcut Ctrl+%1 is not free</source>
            <translation>пречица Ctrl+%1 је заузета</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>сажетак</translation>
        </message>
        <message>
            <source>temporary tables would be written to files</source>
            <translation>привремене табеле би се уписивале у датотеке</translation>
        </message>
        <message>
            <source>the %1 is too long (%2 characters at most)</source>
            <translation>%1 – предугачко (највише %2 знакова)</translation>
        </message>
        <message>
            <source>the bundle's %1 carries a time more than %2 days ahead of this laptop's clock; check the date on the laptop that wrote it (nothing was imported)</source>
            <translation>%1 у пакету носи време које је више од %2 дана испред сата овог рачунара; проверите датум на рачунару који је направио пакет (ништа није увезено)</translation>
        </message>
        <message>
            <source>the bundle's %1 is %2 characters long; the limit is %3 (nothing was imported)</source>
            <translation>у пакету %1 има %2 знакова; граница је %3 (ништа није увезено)</translation>
        </message>
        <message>
            <source>the bundled SQLite is %1; Roundtable needs at least %2 (it fixes a WAL corruption bug)</source>
            <translation>приложени SQLite је верзије %1; Roundtable тражи најмање %2 (она исправља грешку која оштећује WAL)</translation>
        </message>
        <message>
            <source>the change conflicts with what the vault holds (a duplicate name, or a theme or session that no longer exists)</source>
            <translation>измена се коси са оним што трезор садржи (двоструки назив или тема или сесија која више не постоји)</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>диск је пун</translation>
        </message>
        <message>
            <source>the disk quota is exhausted</source>
            <translation>квота на диску је потрошена</translation>
        </message>
        <message>
            <source>the executive summary is too long (200,000 characters at most)</source>
            <translation>резиме је предугачак (највише 200.000 знакова)</translation>
        </message>
        <message>
            <source>the field %1 must be text</source>
            <translation>поље %1 мора бити текст</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>фасцикла не постоји</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>фасцикла је само за читање</translation>
        </message>
        <message>
            <source>the header lacks the %1 %2; expected theme,kind,session,text</source>
            <translation>у заглављу недостаје %1 (%2); очекује се theme,kind,session,text</translation>
        </message>
        <message>
            <source>the header line is not valid CSV (a quoted field is never closed?)</source>
            <translation>ред заглавља није исправан CSV (поље под наводницима се не затвара?)</translation>
        </message>
        <message>
            <source>the name is empty</source>
            <translation>име је празно</translation>
        </message>
        <message>
            <source>the participants list is empty</source>
            <translation>списак учесника је празан</translation>
        </message>
        <message>
            <source>the passphrase cannot contain a NUL character</source>
            <translation>лозинка не може да садржи знак NUL</translation>
        </message>
        <message>
            <source>the passphrase is empty or only white space</source>
            <translation>лозинка је празна или садржи само размаке</translation>
        </message>
        <message>
            <source>the passphrase must be at least %1 characters long</source>
            <translation>лозинка мора имати најмање %1 знакова</translation>
        </message>
        <message>
            <source>the reason</source>
            <translation>разлог</translation>
        </message>
        <message>
            <source>the remark</source>
            <translation>изјава</translation>
        </message>
        <message>
            <source>the remark is shown on its own again</source>
            <translation>изјава се поново приказује засебно</translation>
        </message>
        <message>
            <source>the session title</source>
            <translation>наслов сесије</translation>
        </message>
        <message>
            <source>the synthesis is too long (200,000 characters at most)</source>
            <translation>синтеза је предугачка (највише 200.000 знакова)</translation>
        </message>
        <message>
            <source>the term %1 is already listed on line %2</source>
            <translation>појам %1 је већ наведен у реду %2</translation>
        </message>
        <message>
            <source>the term is empty</source>
            <translation>појам је празан</translation>
        </message>
        <message>
            <source>the theme %1 still holds %2; move them first</source>
            <translation>тема %1 још садржи: %2; прво их преместите</translation>
        </message>
        <message>
            <source>the theme is empty</source>
            <translation>тема је празна</translation>
        </message>
        <message>
            <source>the theme is kept with its remarks</source>
            <translation>тема се задржава са својим изјавама</translation>
        </message>
        <message>
            <source>the theme is recreated with its remarks</source>
            <translation>тема се поново прави са својим изјавама</translation>
        </message>
        <message>
            <source>the theme name</source>
            <translation>назив теме</translation>
        </message>
        <message>
            <source>the title</source>
            <translation>наслов</translation>
        </message>
        <message>
            <source>the vault file had vanished; everything was saved to %1</source>
            <translation>датотека трезора је нестала; све је сачувано у %1</translation>
        </message>
        <message>
            <source>the vault is locked</source>
            <translation>трезор је закључан</translation>
        </message>
        <message>
            <source>the word is empty</source>
            <translation>реч је празна</translation>
        </message>
        <message>
            <source>the word is longer than %1 characters</source>
            <translation>реч је дужа од %1 знакова</translation>
        </message>
        <message>
            <source>the word must be text</source>
            <translation>реч мора бити текст</translation>
        </message>
        <message>
            <source>theme %1</source>
            <translation>тема %1</translation>
        </message>
        <message>
            <source>theme '%1' was deleted here; the bundle files %2 under it</source>
            <translation>тема „%1“ је овде обрисана; пакет под њом има: %2</translation>
        </message>
        <message>
            <source>theme '%1' was deleted in the bundle; here, %2 filed under it</source>
            <translation>тема „%1“ је обрисана у пакету; овде су под њом: %2</translation>
        </message>
        <message>
            <source>theme deleted on one side and used on the other</source>
            <translation>тема обрисана на једној страни, а коришћена на другој</translation>
        </message>
        <message>
            <source>theme renamed on both sides</source>
            <translation>тема преименована на обе стране</translation>
        </message>
        <message>
            <source>this name is already listed on line %1</source>
            <translation>ово име је већ наведено у реду %1</translation>
        </message>
        <message>
            <source>this remark is not a merge of others</source>
            <translation>ова изјава није спој других</translation>
        </message>
        <message>
            <source>transliterated %1 to Cyrillic</source>
            <translation>пресловљено на ћирилицу: %1</translation>
        </message>
        <message>
            <source>transliterated %1 to Latin</source>
            <translation>пресловљено на латиницу: %1</translation>
        </message>
        <message>
            <source>transliteration is for a Serbian summary (sr-Latn or sr-Cyrl)</source>
            <translation>пресловљавање је за сажетак на српском (sr-Latn или sr-Cyrl)</translation>
        </message>
        <message>
            <source>unknown column %1; use name,organisation,role,email,phone</source>
            <translation>непозната колона %1; користите name,organisation,role,email,phone</translation>
        </message>
        <message>
            <source>unknown export format %1; use one of %2</source>
            <translation>непознат формат извоза %1; користите један од: %2</translation>
        </message>
        <message>
            <source>unknown kind %1; use one of %2</source>
            <translation>непозната врста %1; користите једну од: %2</translation>
        </message>
        <message>
            <source>unknown kind; use one of %1</source>
            <translation>непозната врста; користите једну од: %1</translation>
        </message>
        <message>
            <source>unknown status %1; use one of %2</source>
            <translation>непознат статус %1; користите један од: %2</translation>
        </message>
        <message>
            <source>unknown term kind %1</source>
            <translation>непозната врста појма %1</translation>
        </message>
        <message>
            <source>“%1” (theme '%2')</source>
            <translation>„%1“ (тема „%2“)</translation>
        </message>
    </context>
    <context>
        <name>NewVaultCard</name>
        <message numerus="yes">
            <source>Too short: at least %1 characters (%n so far).</source>
            <extracomment>``create_fn(path, passphrase, title=..., themes=[...])`` -&gt; the open vault (run in a worker). Which field a problem is about (the card puts the keyboard there).</extracomment>
            <translation>
                <numerusform>Прекратко: најмање %1 знакова (засад %n).</numerusform>
                <numerusform>Прекратко: најмање %1 знакова (засад %n).</numerusform>
                <numerusform>Прекратко: најмање %1 знакова (засад %n).</numerusform>
            </translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Јака.</translation>
        </message>
        <message>
            <source>Fair. A few more words make it much stronger.</source>
            <translation>Солидна. Још неколико речи је чини много јачом.</translation>
        </message>
        <message>
            <source>Weak. Use a longer passphrase, for example four unrelated words.</source>
            <translation>Слаба. Употребите дужу лозинку, на пример четири неповезане речи.</translation>
        </message>
        <message>
            <source>New event vault</source>
            <translation>Нови трезор догађаја</translation>
        </message>
        <message>
            <source>Where to save the vault</source>
            <translation>Где да се сачува трезор</translation>
        </message>
        <message>
            <source>Vault file location</source>
            <translation>Локација датотеке трезора</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Изабери…</translation>
        </message>
        <message>
            <source>Choose where to save the vault</source>
            <translation>Изаберите где да се сачува трезор</translation>
        </message>
        <message>
            <source>Event title</source>
            <translation>Назив догађаја</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Лозинка</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Поновите лозинку</translation>
        </message>
        <message>
            <source>Themes, one per line (optional)</source>
            <translation>Теме, једна по реду (није обавезно)</translation>
        </message>
        <message>
            <source>One theme per line (optional; you can add them later)</source>
            <translation>Једна тема по реду (није обавезно; можете их додати касније)</translation>
        </message>
        <message>
            <source>Remember this vault in the recent list</source>
            <translation>Запамти овај трезор на списку недавних</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Направи трезор</translation>
        </message>
        <message>
            <source>Create the vault</source>
            <translation>Направи трезор</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Датотека:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Назив:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Лозинка:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Поново:</translation>
        </message>
        <message>
            <source>T&amp;hemes:</source>
            <translation>&amp;Теме:</translation>
        </message>
        <message>
            <source> The two passphrases differ.</source>
            <translation> Лозинке се разликују.</translation>
        </message>
        <message>
            <source>Save the new vault as</source>
            <translation>Сачувај нови трезор као</translation>
        </message>
        <message>
            <source>Roundtable vaults (%1)</source>
            <translation>Roundtable трезори (%1)</translation>
        </message>
        <message>
            <source>Choose where to save the vault.</source>
            <translation>Изаберите где да се сачува трезор.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Фасцикла %1 не постоји.</translation>
        </message>
        <message>
            <source>%1 already exists; Roundtable never overwrites a file.</source>
            <translation>%1 већ постоји; Roundtable никад не замењује датотеку.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be written to; choose another.</source>
            <translation>У фасциклу %1 не може да се уписује; изаберите другу.</translation>
        </message>
        <message>
            <source>Give the event a title.</source>
            <translation>Дајте назив догађају.</translation>
        </message>
        <message>
            <source>The passphrase must be at least %1 characters long.</source>
            <translation>Лозинка мора имати најмање %1 знакова.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Две лозинке се разликују.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPane</name>
        <message>
            <source>&amp;Preview the summary</source>
            <translation>&amp;Прегледај сажетак</translation>
        </message>
        <message>
            <source>Export &amp;dialog (one format, with its pre-flight)…</source>
            <translation>&amp;Дијалог за извоз (један формат, с претходном провером)…</translation>
        </message>
        <message>
            <source>Summary preview</source>
            <translation>Преглед сажетка</translation>
        </message>
        <message numerus="yes">
            <source>%n remarks still to review</source>
            <translation>
                <numerusform>још %n изјава за преглед</numerusform>
                <numerusform>још %n изјаве за преглед</numerusform>
                <numerusform>још %n изјава за преглед</numerusform>
            </translation>
        </message>
        <message>
            <source>unresolved findings: open the Findings tab to check</source>
            <translation>нерешена упозорења: отворите картицу Упозорења да бисте проверили</translation>
        </message>
        <message numerus="yes">
            <source>%n unresolved findings</source>
            <translation>
                <numerusform>%n нерешено упозорење</numerusform>
                <numerusform>%n нерешена упозорења</numerusform>
                <numerusform>%n нерешених упозорења</numerusform>
            </translation>
        </message>
        <message>
            <source>every theme has a synthesis</source>
            <translation>свака тема има синтезу</translation>
        </message>
        <message numerus="yes">
            <source>%n themes without a synthesis: %1</source>
            <translation>
                <numerusform>%n тема без синтезе: %1</numerusform>
                <numerusform>%n теме без синтезе: %1</numerusform>
                <numerusform>%n тема без синтезе: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Before the summary goes out</source>
            <translation>Пре него што сажетак буде објављен</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsImport</name>
        <message>
            <source>Import &amp;participants…</source>
            <translation>Увези &amp;учеснике…</translation>
        </message>
        <message>
            <source>Import a participants list as protected terms</source>
            <translation>Увези списак учесника као заштићене појмове</translation>
        </message>
        <message>
            <source>Strict event: also flag sector-level affiliation (“a ministry representative”, “someone from civil society”)</source>
            <translation>Строг догађај: означи и припадност на нивоу сектора („представник министарства“, „неко из цивилног друштва“)</translation>
        </message>
        <message>
            <source>Flag sector-level affiliation</source>
            <translation>Означи припадност на нивоу сектора</translation>
        </message>
        <message>
            <source>Import participants</source>
            <translation>Увоз учесника</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV датотеке (*.csv);;Све датотеке (*)</translation>
        </message>
        <message>
            <source>Nothing imported: %1</source>
            <translation>Ништа није увезено: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n participants added, %1 updated;</source>
            <translation>
                <numerusform>Додат је %n учесник, измењено: %1;</numerusform>
                <numerusform>Додата су %n учесника, измењено: %1;</numerusform>
                <numerusform>Додато је %n учесника, измењено: %1;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n protected terms added, %1 updated.</source>
            <translation>
                <numerusform>додат је %n заштићени појам, измењено: %1.</numerusform>
                <numerusform>додата су %n заштићена појма, измењено: %1.</numerusform>
                <numerusform>додато је %n заштићених појмова, измењено: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Није сачувано: %1</translation>
        </message>
        <message>
            <source>Sector-level affiliation is now flagged.</source>
            <translation>Припадност на нивоу сектора се сада означава.</translation>
        </message>
        <message>
            <source>Sector-level affiliation is no longer flagged.</source>
            <translation>Припадност на нивоу сектора се више не означава.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsReview</name>
        <message>
            <source>Person</source>
            <translation>Особа</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организација</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Улога</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Import participants</source>
            <translation>Увоз учесника</translation>
        </message>
        <message>
            <source>Review the terms generated from the participants list</source>
            <translation>Прегледајте појмове направљене из списка учесника</translation>
        </message>
        <message numerus="yes">
            <source>%n participants give %1.</source>
            <translation>
                <numerusform>%n учесник даје %1.</numerusform>
                <numerusform>%n учесника дају %1.</numerusform>
                <numerusform>%n учесника даје %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n protected terms</source>
            <translation>
                <numerusform>%n заштићени појам</numerusform>
                <numerusform>%n заштићена појма</numerusform>
                <numerusform>%n заштићених појмова</numerusform>
            </translation>
        </message>
        <message>
            <source>Generated aliases are ticked: untick (Space) any you do not want. The list stays in the vault and is never exported.</source>
            <translation>Направљени други облици су означени: скините ознаку (размакница) са оних које не желите. Списак остаје у трезору и никад се не извози.</translation>
        </message>
        <message>
            <source>Generated protected terms and aliases</source>
            <translation>Направљени заштићени појмови и други облици</translation>
        </message>
        <message>
            <source>Term or alias</source>
            <translation>Појам или други облик</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>generated alias</source>
            <translation>направљен други облик</translation>
        </message>
        <message>
            <source>Save the participants and their protected terms</source>
            <translation>Сачувај учеснике и њихове заштићене појмове</translation>
        </message>
    </context>
    <context>
        <name>RemarkList</name>
        <message>
            <source>E&amp;xclude from the summary</source>
            <translation>Ис&amp;кључи из сажетка</translation>
        </message>
        <message>
            <source>Include in the &amp;summary</source>
            <translation>Укључи у &amp;сажетак</translation>
        </message>
        <message>
            <source>Saved remarks</source>
            <extracomment>The selected remark's whole current text ('' when none is selected).</extracomment>
            <translation>Сачуване изјаве</translation>
        </message>
        <message>
            <source>&amp;Edit text</source>
            <translation>&amp;Измени текст</translation>
        </message>
        <message>
            <source>&amp;Delete remark</source>
            <translation>&amp;Обриши изјаву</translation>
        </message>
        <message>
            <source>&amp;Move to theme…</source>
            <translation>&amp;Премести у тему…</translation>
        </message>
        <message>
            <source>Change &amp;kind…</source>
            <translation>Промени &amp;врсту…</translation>
        </message>
        <message>
            <source>Key &amp;point</source>
            <translation>&amp;Кључна тачка</translation>
        </message>
        <message>
            <source>&amp;Reword for the summary…</source>
            <translation>П&amp;реформулиши за сажетак…</translation>
        </message>
        <message>
            <source>Move to theme</source>
            <translation>Премести у тему</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>Dismiss a &amp;finding</source>
            <translation>Одбаци &amp;упозорење</translation>
        </message>
    </context>
    <context>
        <name>RemarkModel</name>
        <message>
            <source>Time</source>
            <translation>Време</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Изјава</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Сажетак</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Искључено</translation>
        </message>
        <message>
            <source>★ Key point</source>
            <translation>★ Кључна тачка</translation>
        </message>
        <message>
            <source>✎ Reworded</source>
            <translation>✎ Преформулисано</translation>
        </message>
        <message>
            <source>Left out of the summary (Ctrl+Shift+X includes it again)</source>
            <translation>Изостављено из сажетка (Ctrl+Shift+X га поново укључује)</translation>
        </message>
        <message>
            <source>Listed first in its theme as a key point (Ctrl+Shift+K)</source>
            <translation>Наводи се прво у својој теми као кључна тачка (Ctrl+Shift+K)</translation>
        </message>
        <message>
            <source>The summary uses the facilitator's wording (Ctrl+R changes it)</source>
            <translation>Сажетак користи формулацију модератора (Ctrl+R је мења)</translation>
        </message>
        <message>
            <source>Left out of the summary.</source>
            <extracomment>The user finished editing a remark's text in place: (remark id, new text).</extracomment>
            <translation>Изостављено из сажетка.</translation>
        </message>
        <message>
            <source>May attribute this remark:</source>
            <translation>Може открити аутора ове изјаве:</translation>
        </message>
        <message>
            <source>Reworded for the summary. As captured:</source>
            <translation>Преформулисано за сажетак. Како је забележено:</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>when opened</source>
            <translation>при отварању</translation>
        </message>
        <message>
            <source>when closed</source>
            <translation>при затварању</translation>
        </message>
        <message>
            <source>while working</source>
            <translation>током рада</translation>
        </message>
        <message>
            <source>before a bundle import</source>
            <translation>пре увоза пакета</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>пре надоградње</translation>
        </message>
        <message numerus="yes">
            <source>%n remarks</source>
            <translation>
                <numerusform>%n изјава</numerusform>
                <numerusform>%n изјаве</numerusform>
                <numerusform>%n изјава</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore %1 from a backup</source>
            <translation>Враћање датотеке %1 из резервне копије</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Враћање из резервне копије</translation>
        </message>
        <message>
            <source>Choose a backup. The current file is kept beside it under a name ending in “.replaced-…”, never overwritten. Type the passphrase the backup was made with.</source>
            <translation>Изаберите резервну копију. Тренутна датотека чува се поред ње под називом који се завршава са „.replaced-…“ и никад се не преписује. Упишите лозинку с којом је копија направљена.</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Резервне копије, најновије прве</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Лозинка</translation>
        </message>
        <message>
            <source>Passphrase of the backup</source>
            <translation>Лозинка резервне копије</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Врати</translation>
        </message>
        <message>
            <source>No automatic backups of %1 were found.</source>
            <translation>Није пронађена ниједна аутоматска резервна копија датотеке %1.</translation>
        </message>
        <message>
            <source>Type the backup's passphrase.</source>
            <translation>Упишите лозинку резервне копије.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Враћање…</translation>
        </message>
        <message>
            <source>Restored %1. The previous file was kept as %2.</source>
            <translation>Датотека %1 је враћена. Претходна датотека је сачувана као %2.</translation>
        </message>
        <message>
            <source>Restored %1.</source>
            <translation>Датотека %1 је враћена.</translation>
        </message>
    </context>
    <context>
        <name>ReviewFixes</name>
        <message>
            <source>Replace wording in a theme heading</source>
            <translation>Замена речи у наслову теме</translation>
        </message>
        <message>
            <source>Could not change the theme: %1</source>
            <translation>Тема није могла да се измени: %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <source>Theme</source>
            <extracomment>What a drag of rows carries: the dragged remarks' ids, one per line (never their text, which must not reach another application through the drag-and-drop system).</extracomment>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Стање</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Изјава</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>За преглед</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Прегледано</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Искључено</translation>
        </message>
        <message>
            <source>Key point</source>
            <translation>Кључна тачка</translation>
        </message>
        <message>
            <source>Reworded</source>
            <translation>Преформулисано</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Спојено</translation>
        </message>
        <message>
            <source>Unresolved findings</source>
            <translation>Нерешена упозорења</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Могућ дупликат</translation>
        </message>
    </context>
    <context>
        <name>ReviewWorkspace</name>
        <message>
            <source>Review workspace</source>
            <extracomment>The synthesis (or executive summary) being typed reached the vault. Review changed the vault beyond remarks (a fix in a theme heading): a vault.types.Changes for the other views.</extracomment>
            <translation>Радни простор за преглед</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Теме</translation>
        </message>
        <message>
            <source>Search (Ctrl+F): any case, diacritics or script</source>
            <translation>Претрага (Ctrl+F): било која величина слова, дијакритици или писмо</translation>
        </message>
        <message>
            <source>Search remarks</source>
            <translation>Претражи изјаве</translation>
        </message>
        <message>
            <source>Serbian word forms</source>
            <translation>Српски облици речи</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>Филтер по врсти</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Филтер по стању</translation>
        </message>
        <message>
            <source>Session filter</source>
            <translation>Филтер по сесији</translation>
        </message>
        <message>
            <source>Flag filter</source>
            <translation>Филтер по ознаци</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Изјаве</translation>
        </message>
        <message>
            <source>Remark, findings and overview</source>
            <translation>Изјава, упозорења и преглед</translation>
        </message>
        <message>
            <source>Remark detail</source>
            <translation>Појединости изјаве</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Изјава</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Упозорења</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Збирни приказ</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>Резиме</translation>
        </message>
        <message>
            <source>Synthesis</source>
            <translation>Синтеза</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Претрага</translation>
        </message>
        <message>
            <source>Next hit</source>
            <translation>Следећи погодак</translation>
        </message>
        <message>
            <source>Previous hit</source>
            <translation>Претходни погодак</translation>
        </message>
        <message>
            <source>Move up in its theme</source>
            <translation>Помери навише у теми</translation>
        </message>
        <message>
            <source>Move down in its theme</source>
            <translation>Помери наниже у теми</translation>
        </message>
        <message>
            <source>Exclude / include</source>
            <translation>Искључи / укључи</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Означи као прегледано</translation>
        </message>
        <message>
            <source>Key point</source>
            <translation>Кључна тачка</translation>
        </message>
        <message>
            <source>Merge selected remarks</source>
            <translation>Споји изабране изјаве</translation>
        </message>
        <message>
            <source>Split a merged remark</source>
            <translation>Раздвоји спојену изјаву</translation>
        </message>
        <message>
            <source>Reword for the summary</source>
            <translation>Преформулиши за сажетак</translation>
        </message>
        <message>
            <source>Insert this remark's wording in the synthesis</source>
            <translation>Уметни текст ове изјаве у синтезу</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Опозови</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Понови</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>Све врсте</translation>
        </message>
        <message>
            <source>Every status</source>
            <translation>Сва стања</translation>
        </message>
        <message>
            <source>Every day and session</source>
            <translation>Сви дани и сесије</translation>
        </message>
        <message>
            <source>Day %1</source>
            <translation>Дан %1</translation>
        </message>
        <message>
            <source>No flag filter</source>
            <translation>Све ознаке</translation>
        </message>
        <message>
            <source>All themes</source>
            <translation>Све теме</translation>
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation>Претрага није успела: %1</translation>
        </message>
        <message>
            <source>All themes (%1)</source>
            <translation>Све теме (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n remarks shown</source>
            <translation>
                <numerusform>Приказано %1 од %n изјаве</numerusform>
                <numerusform>Приказано %1 од %n изјаве</numerusform>
                <numerusform>Приказано %1 од %n изјава</numerusform>
            </translation>
        </message>
        <message>
            <source>no match</source>
            <translation>нема погодака</translation>
        </message>
        <message numerus="yes">
            <source>%n matches</source>
            <translation>
                <numerusform>%n погодак</numerusform>
                <numerusform>%n поготка</numerusform>
                <numerusform>%n погодака</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 од %2</translation>
        </message>
        <message>
            <source>as captured</source>
            <translation>како је забележено</translation>
        </message>
        <message>
            <source>Left out of the summary.</source>
            <translation>Изостављено из сажетка.</translation>
        </message>
        <message>
            <source>Listed under “%1” as a key point, in the facilitator's wording.</source>
            <translation>Наводи се под темом „%1“ као кључна тачка, у тексту модератора.</translation>
        </message>
        <message>
            <source>Listed under “%1” as a key point, as captured.</source>
            <translation>Наводи се под темом „%1“ као кључна тачка, како је забележено.</translation>
        </message>
        <message>
            <source>Listed under “%1”, in the facilitator's wording.</source>
            <translation>Наводи се под темом „%1“, у тексту модератора.</translation>
        </message>
        <message>
            <source>Listed under “%1”, as captured.</source>
            <translation>Наводи се под темом „%1“, како је забележено.</translation>
        </message>
        <message>
            <source>Captured</source>
            <translation>Забележено</translation>
        </message>
        <message>
            <source>Summary wording</source>
            <translation>Текст за сажетак</translation>
        </message>
        <message>
            <source>&lt;b&gt;Export:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Извоз:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>Could not read the remark's history: %1</source>
            <translation>Историја изјаве није могла да се прочита: %1</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Merged from %n remarks&lt;/b&gt; (Ctrl+Shift+M splits):</source>
            <translation>
                <numerusform>&lt;b&gt;Спојено од %n изјаве&lt;/b&gt; (Ctrl+Shift+M раздваја):</numerusform>
                <numerusform>&lt;b&gt;Спојено од %n изјаве&lt;/b&gt; (Ctrl+Shift+M раздваја):</numerusform>
                <numerusform>&lt;b&gt;Спојено од %n изјава&lt;/b&gt; (Ctrl+Shift+M раздваја):</numerusform>
            </translation>
        </message>
        <message>
            <source>captured</source>
            <translation>забележено</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>сажетак</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нема)</translation>
        </message>
        <message>
            <source>Earlier wordings</source>
            <translation>Ранији текстови</translation>
        </message>
        <message>
            <source>Could not read the synthesis: %1</source>
            <translation>Синтеза није могла да се прочита: %1</translation>
        </message>
        <message>
            <source>Synthesis of “%1”</source>
            <translation>Синтеза теме „%1“</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Није сачувано: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved · ⚠ %n possible attributions</source>
            <translation>
                <numerusform>Сачувано · ⚠ %n могуће приписивање</numerusform>
                <numerusform>Сачувано · ⚠ %n могућа приписивања</numerusform>
                <numerusform>Сачувано · ⚠ %n могућих приписивања</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Сачувано</translation>
        </message>
        <message>
            <source>To reorder by dragging, pick one theme on the left: the order is kept per theme.</source>
            <translation>Да бисте мењали редослед превлачењем, изаберите једну тему лево: редослед се чува по теми.</translation>
        </message>
        <message>
            <source>To reorder by dragging, sort by the Theme column (ascending): the table now shows another order than the summary's.</source>
            <translation>Да бисте мењали редослед превлачењем, сортирајте по колони Тема (растуће): табела сада приказује другачији редослед од оног у сажетку.</translation>
        </message>
        <message>
            <source>To reorder by dragging, clear the search and the filters: the table shows only some of this theme's remarks.</source>
            <translation>Да бисте мењали редослед превлачењем, обришите претрагу и филтере: табела приказује само неке изјаве ове теме.</translation>
        </message>
        <message>
            <source>Moved the remark; Ctrl+Z puts it back.</source>
            <translation>Изјава је премештена; Ctrl+Z је враћа.</translation>
        </message>
        <message numerus="yes">
            <source>Moved %n remarks; Ctrl+Z puts them back.</source>
            <translation>
                <numerusform>Премештена је %n изјава; Ctrl+Z их враћа.</numerusform>
                <numerusform>Премештене су %n изјаве; Ctrl+Z их враћа.</numerusform>
                <numerusform>Премештено је %n изјава; Ctrl+Z их враћа.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select two or more remarks to merge (Shift+click)</source>
            <translation>Изаберите две или више изјава за спајање (Shift+клик)</translation>
        </message>
        <message>
            <source>This remark is not a merge of others</source>
            <translation>Ова изјава није настала спајањем других</translation>
        </message>
        <message>
            <source>Could not check the summary: %1</source>
            <translation>Сажетак није могао да се провери: %1</translation>
        </message>
        <message>
            <source>Name or description of theme “%1”</source>
            <translation>Назив или опис теме „%1“</translation>
        </message>
        <message>
            <source>Findings (%1)</source>
            <translation>Упозорења (%1)</translation>
        </message>
        <message>
            <source>A theme needs a name.</source>
            <translation>Тема мора да има назив.</translation>
        </message>
        <message>
            <source>Could not change the synthesis: %1</source>
            <translation>Синтеза није могла да се измени: %1</translation>
        </message>
        <message>
            <source>Could not dismiss: %1</source>
            <translation>Одбацивање није успело: %1</translation>
        </message>
        <message>
            <source>Could not read the syntheses: %1</source>
            <translation>Синтезе нису могле да се прочитају: %1</translation>
        </message>
    </context>
    <context>
        <name>RewordDialog</name>
        <message>
            <source>Possible attributions are underlined; right-click to fix.</source>
            <translation>Могућа приписивања су подвучена; десни клик за исправку.</translation>
        </message>
        <message>
            <source>Reword for the summary</source>
            <translation>Преформулиши за сажетак</translation>
        </message>
        <message>
            <source>As &amp;captured (kept unchanged):</source>
            <translation>Како је &amp;забележено (остаје непромењено):</translation>
        </message>
        <message>
            <source>Remark as captured</source>
            <translation>Изјава како је забележена</translation>
        </message>
        <message>
            <source>&amp;Wording for the summary:</source>
            <translation>&amp;Формулација за сажетак:</translation>
        </message>
        <message>
            <source>Wording for the summary</source>
            <translation>Формулација за сажетак</translation>
        </message>
        <message>
            <source>Guard findings in the wording</source>
            <translation>Упозорења чувара у формулацији</translation>
        </message>
        <message>
            <source>&amp;Save wording</source>
            <translation>&amp;Сачувај формулацију</translation>
        </message>
        <message>
            <source>Save the wording for the summary</source>
            <translation>Сачувај формулацију за сажетак</translation>
        </message>
        <message>
            <source>Use the &amp;original</source>
            <translation>Користи &amp;изворник</translation>
        </message>
        <message>
            <source>Use the original wording in the summary</source>
            <translation>Користи изворну формулацију у сажетку</translation>
        </message>
        <message>
            <source>Save the new wording?</source>
            <translation>Сачувати нови текст?</translation>
        </message>
        <message>
            <source>The wording for the summary was changed.</source>
            <translation>Текст за сажетак је измењен.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Event setup</source>
            <extracomment>The same moments as ``changed``, saying what changed (a vault.types.Changes). The user chose "Write the syntheses in Review"; emitted once the dialog has closed.</extracomment>
            <translation>Подешавање догађаја</translation>
        </message>
        <message>
            <source>Event setup sections</source>
            <translation>Делови подешавања догађаја</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Догађај</translation>
        </message>
        <message>
            <source>T&amp;hemes</source>
            <translation>&amp;Теме</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>Дневни &amp;ред</translation>
        </message>
        <message>
            <source>&amp;Protected terms</source>
            <translation>&amp;Заштићени појмови</translation>
        </message>
        <message>
            <source>Setup status</source>
            <translation>Стање подешавања</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сачувај</translation>
        </message>
        <message>
            <source>event fields</source>
            <extracomment>The Save / Discard / Cancel question while it is up (for tests and the lock).</extracomment>
            <translation>подаци о догађају</translation>
        </message>
        <message>
            <source>theme descriptions</source>
            <translation>описи тема</translation>
        </message>
        <message>
            <source>protected terms</source>
            <translation>заштићени појмови</translation>
        </message>
        <message>
            <source>Save the event fields, theme descriptions and protected terms</source>
            <translation>Сачувај податке о догађају, описе тема и заштићене појмове</translation>
        </message>
        <message>
            <source>Write the s&amp;yntheses in Review</source>
            <translation>Напишите с&amp;интезе у Прегледу</translation>
        </message>
        <message>
            <source>Write the syntheses in Review</source>
            <translation>Напишите синтезе у Прегледу</translation>
        </message>
        <message>
            <source>Closes Event setup and opens Review with the synthesis editor: the executive summary and each theme's synthesis, written beside the theme's remarks.</source>
            <translation>Затвара подешавање догађаја и отвара Преглед са уређивачем синтеза: резиме и синтеза сваке теме пишу се поред изјава те теме.</translation>
        </message>
        <message>
            <source>Unsaved changes (%1): Ctrl+S saves them.</source>
            <translation>Несачуване измене (%1): Ctrl+S их чува.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Сачувано.</translation>
        </message>
        <message>
            <source>Imported into the table but not saved: %1</source>
            <translation>Увезено у табелу, али није сачувано: %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Није сачувано: %1</translation>
        </message>
        <message>
            <source>Save the changes before closing Event setup?</source>
            <translation>Сачувати измене пре затварања Подешавања догађаја?</translation>
        </message>
        <message>
            <source>Not saved yet: %1.</source>
            <translation>Још није сачувано: %1.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Save the remark</source>
            <translation>Сачувај изјаву</translation>
        </message>
        <message>
            <source>Choose the agenda session</source>
            <translation>Изабери сесију дневног реда</translation>
        </message>
        <message>
            <source>Go to the editor</source>
            <translation>Иди на унос</translation>
        </message>
        <message>
            <source>Go to the list of remarks</source>
            <translation>Иди на списак изјава</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source> or </source>
            <translation> или </translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Пречице на тастатури</translation>
        </message>
    </context>
    <context>
        <name>Spelling</name>
        <message>
            <source>No suggestions</source>
            <translation>Нема предлога</translation>
        </message>
        <message>
            <source>Add “%1” to the event's dictionary</source>
            <translation>Додај „%1“ у речник догађаја</translation>
        </message>
        <message>
            <source>Spell-check is off: the Enchant library is not installed.</source>
            <translation>Провера правописа је искључена: библиотека Enchant није инсталирана.</translation>
        </message>
        <message>
            <source>Spell-check is off: no dictionary for this language is installed.</source>
            <translation>Провера правописа је искључена: није инсталиран речник за овај језик.</translation>
        </message>
        <message>
            <source>Spell-check is off (%1).</source>
            <translation>Провера правописа је искључена (%1).</translation>
        </message>
    </context>
    <context>
        <name>TermsModel</name>
        <message>
            <source>Term</source>
            <translation>Појам</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>Other spellings (separated by ;)</source>
            <translation>Други облици (раздвојени са ;)</translation>
        </message>
    </context>
    <context>
        <name>TermsTab</name>
        <message>
            <source>Kind of term</source>
            <translation>Врста појма</translation>
        </message>
        <message>
            <source>Protected terms</source>
            <extracomment>Terms read from a CSV file and merged into the table (the dialog saves them at once).</extracomment>
            <translation>Заштићени појмови</translation>
        </message>
        <message>
            <source>&amp;Add term</source>
            <translation>&amp;Додај појам</translation>
        </message>
        <message>
            <source>Add a protected term</source>
            <translation>Додај заштићени појам</translation>
        </message>
        <message>
            <source>&amp;Delete term</source>
            <translation>&amp;Обриши појам</translation>
        </message>
        <message>
            <source>Delete the selected term</source>
            <translation>Обриши изабрани појам</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Увези CSV…</translation>
        </message>
        <message>
            <source>Import protected terms from a CSV file</source>
            <translation>Увези заштићене појмове из CSV датотеке</translation>
        </message>
        <message>
            <source>Import result</source>
            <translation>Резултат увоза</translation>
        </message>
        <message>
            <source>The guard warns when these appear in a remark. They are never exported.</source>
            <translation>Чувар упозорава када се ови појмови појаве у изјави. Никад се не извозе.</translation>
        </message>
        <message>
            <source>Import protected terms</source>
            <translation>Увоз заштићених појмова</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV датотеке (*.csv);;Све датотеке (*)</translation>
        </message>
        <message>
            <source>Nothing imported: %1</source>
            <translation>Ништа није увезено: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n terms added, %1 updated and saved.</source>
            <translation>
                <numerusform>Додат је %n појам, измењено: %1, и сачувано.</numerusform>
                <numerusform>Додата су %n појма, измењено: %1, и сачувано.</numerusform>
                <numerusform>Додато је %n појмова, измењено: %1, и сачувано.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThemeModel</name>
        <message numerus="yes">
            <source>%n remarks</source>
            <translation>
                <numerusform>%n изјава</numerusform>
                <numerusform>%n изјаве</numerusform>
                <numerusform>%n изјава</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2, shortcut %3</source>
            <translation>%1, %2, пречица %3</translation>
        </message>
        <message>
            <source>%1: %2. Select with %3.</source>
            <translation>%1: %2. Бира се са %3.</translation>
        </message>
    </context>
    <context>
        <name>ThemesTab</name>
        <message>
            <source>Themes</source>
            <extracomment>A description was typed (the dialog's status line follows it).</extracomment>
            <translation>Теме</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Додај…</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Пре&amp;именуј…</translation>
        </message>
        <message>
            <source>Rename the selected theme</source>
            <translation>Преименуј изабрану тему</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Помери на&amp;горе</translation>
        </message>
        <message>
            <source>Move the selected theme up</source>
            <translation>Помери изабрану тему нагоре</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Помери на&amp;доле</translation>
        </message>
        <message>
            <source>Move the selected theme down</source>
            <translation>Помери изабрану тему надоле</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>&amp;Боја…</translation>
        </message>
        <message>
            <source>Choose the selected theme's colour</source>
            <translation>Изабери боју изабране теме</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Обриши</translation>
        </message>
        <message>
            <source>Delete the selected theme</source>
            <translation>Обриши изабрану тему</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ниједна</translation>
        </message>
        <message>
            <source>Shortcut digit (Ctrl+digit)</source>
            <translation>Цифра пречице (Ctrl+цифра)</translation>
        </message>
        <message>
            <source>Shortcut Ctrl+&amp;digit:</source>
            <translation>Пречица Ctrl+&amp;цифра:</translation>
        </message>
        <message>
            <source>Add a theme</source>
            <extracomment>Typed descriptions not yet saved, by theme id (Save writes them).</extracomment>
            <translation>Додај тему</translation>
        </message>
        <message>
            <source>Description of the selected theme</source>
            <translation>Опис изабране теме</translation>
        </message>
        <message>
            <source>A sentence or two the summary prints under the theme's name (optional)</source>
            <translation>Реченица или две које сажетак штампа испод назива теме (није обавезно)</translation>
        </message>
        <message>
            <source>Descr&amp;iption (printed under the theme's name):</source>
            <translation>О&amp;пис (штампа се испод назива теме):</translation>
        </message>
        <message>
            <source>Theme name:</source>
            <translation>Назив теме:</translation>
        </message>
        <message>
            <source>Rename the theme</source>
            <translation>Преименуј тему</translation>
        </message>
        <message>
            <source>Theme colour</source>
            <translation>Боја теме</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Could not undo “%1”: %2</source>
            <translation>Није могло да се опозове „%1“: %2</translation>
        </message>
        <message>
            <source>Could not redo “%1”: %2</source>
            <translation>Није могло поново да се уради „%1“: %2</translation>
        </message>
        <message>
            <source>Delete remark</source>
            <translation>брисање изјаве</translation>
        </message>
        <message>
            <source>Edit remark</source>
            <translation>измену изјаве</translation>
        </message>
        <message>
            <source>Move remark</source>
            <translation>премештање изјаве</translation>
        </message>
        <message>
            <source>Mark remark as %1</source>
            <translation>означавање изјаве као %1</translation>
        </message>
    </context>
    <context>
        <name>Unlock</name>
        <message>
            <source>Passphrase</source>
            <translation>Лозинка</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Откључај</translation>
        </message>
        <message>
            <source>Unlock the vault</source>
            <translation>Откључај трезор</translation>
        </message>
        <message>
            <source>Unlocking</source>
            <translation>Откључавање</translation>
        </message>
        <message>
            <source>Restore from &amp;backup…</source>
            <translation>Врати из &amp;резервне копије…</translation>
        </message>
        <message>
            <source>Restore the vault from one of its backups</source>
            <translation>Врати трезор из једне од његових резервних копија</translation>
        </message>
        <message>
            <source>Type the vault's passphrase.</source>
            <translation>Упишите лозинку трезора.</translation>
        </message>
        <message>
            <source>Preparing search after the update: %1 of %2 remarks…</source>
            <translation>Припремам претрагу после ажурирања: %1 од %2 изјава…</translation>
        </message>
        <message>
            <source>Restored from the backup. Type the passphrase to open it.</source>
            <translation>Враћено из резервне копије. Упишите лозинку да бисте га отворили.</translation>
        </message>
        <message>
            <source>Unlock %1</source>
            <translation>Откључавање: %1</translation>
        </message>
        <message>
            <source>Unlock vault</source>
            <translation>Откључавање трезора</translation>
        </message>
        <message>
            <source>Unlock &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Откључај &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>Unsaved</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Несачуване измене</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сачувај</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>&amp;Одбаци измене</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Capture what was said under the Chatham House Rule — never who said it.</source>
            <translation>Бележите шта је речено по правилу Chatham House — никад ко је то рекао.</translation>
        </message>
        <message>
            <source>Join an event from a kit…</source>
            <translation>Придружите се догађају из комплета…</translation>
        </message>
        <message>
            <source>Join an event from a kit</source>
            <translation>Придружите се догађају из комплета</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Добро дошли</translation>
        </message>
        <message>
            <source>Open a vault</source>
            <translation>Отварање трезора</translation>
        </message>
        <message>
            <source>Recent vaults</source>
            <translation>Недавни трезори</translation>
        </message>
        <message>
            <source>No recent vaults. Tick “Remember this vault” to keep one here; only its location is stored.</source>
            <translation>Нема недавних трезора. Означите „Запамти овај трезор“ да бисте га чували овде; памти се само његова локација.</translation>
        </message>
        <message>
            <source>Open selected</source>
            <translation>Отвори изабрани</translation>
        </message>
        <message>
            <source>Forget</source>
            <translation>Заборави</translation>
        </message>
        <message>
            <source>Forget the selected vault</source>
            <translation>Заборави изабрани трезор</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Потражи…</translation>
        </message>
        <message>
            <source>Open a vault file</source>
            <translation>Отвори датотеку трезора</translation>
        </message>
        <message>
            <source>Remember this vault in the recent list</source>
            <translation>Запамти овај трезор на списку недавних</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Испробајте демо</translation>
        </message>
        <message>
            <source>A fictional roundtable (Subotica, June 2016) with themes, an agenda, remarks and protected names. It is created in a temporary folder and removed when you close it.</source>
            <translation>Измишљени округли сто (Суботица, јун 2016) са темама, дневним редом, изјавама и заштићеним именима. Прави се у привременој фасцикли и брише када га затворите.</translation>
        </message>
        <message>
            <source>Its passphrase, if you lock it:</source>
            <translation>Његова лозинка, ако га закључате:</translation>
        </message>
        <message>
            <source>Demo passphrase</source>
            <translation>Лозинка демо трезора</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>Отвори демо</translation>
        </message>
        <message>
            <source>Roundtable vaults (%1);;All files (*)</source>
            <translation>Roundtable трезори (%1);;Све датотеке (*)</translation>
        </message>
        <message>
            <source>%1: no such file.</source>
            <translation>%1: датотека не постоји.</translation>
        </message>
    </context>
    <context>
        <name>WorkDialog</name>
        <message>
            <source>All files (*)</source>
            <translation>Све датотеке (*)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <extracomment>A path the platform dialog already asked "replace?" about. Where the platform dialog starts while the field is empty.</extracomment>
            <translation>Изабери…</translation>
        </message>
        <message>
            <source>Choose: %1</source>
            <translation>Изабери: %1</translation>
        </message>
        <message>
            <source>Working</source>
            <extracomment>What the user fills in: disabled while the work runs.</extracomment>
            <translation>У току</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Capture workspace</source>
            <extracomment>A safety copy of the editor's text reached the vault.</extracomment>
            <translation>Радни простор за бележење</translation>
        </message>
        <message>
            <source>Capturing</source>
            <translation>Бележење</translation>
        </message>
        <message>
            <source>In the list of saved remarks (%1)</source>
            <translation>На списку сачуваних изјава (%1)</translation>
        </message>
        <message>
            <source>That remark is in another agenda session: choose the session (Ctrl+Shift+S).</source>
            <translation>Та изјава је у другој сесији дневног реда: изаберите сесију (Ctrl+Shift+S).</translation>
        </message>
        <message>
            <source>Save remark</source>
            <translation>Сачувај изјаву</translation>
        </message>
        <message>
            <source>Choose agenda session</source>
            <translation>Изабери сесију дневног реда</translation>
        </message>
        <message>
            <source>Go to editor</source>
            <translation>Иди на унос</translation>
        </message>
        <message>
            <source>Go to saved remarks</source>
            <translation>Иди на сачуване изјаве</translation>
        </message>
        <message>
            <source>Kind: %1</source>
            <translation>Врста: %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Опозови</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Понови</translation>
        </message>
        <message>
            <source>Theme: %1</source>
            <translation>Тема: %1</translation>
        </message>
        <message>
            <source>Choose a theme (its key is shown beside it)</source>
            <translation>Изаберите тему (њена пречица је приказана поред ње)</translation>
        </message>
        <message>
            <source>Could not read the recovered text: %1</source>
            <translation>Повраћени текст није могао да се прочита: %1</translation>
        </message>
        <message>
            <source>No theme yet: add one in Event setup</source>
            <translation>Још нема тема: додајте их у Подешавању догађаја</translation>
        </message>
        <message>
            <source>&amp;Remarks in this session: %1 (%2)</source>
            <translation>&amp;Изјаве у овој сесији: %1 (%2)</translation>
        </message>
        <message>
            <source>&amp;Remarks in all sessions: %1 (%2)</source>
            <translation>&amp;Изјаве у свим сесијама: %1 (%2)</translation>
        </message>
        <message>
            <source>⚠ Not saved: the vault file was deleted or moved</source>
            <translation>⚠ Није сачувано: датотека трезора је обрисана или премештена</translation>
        </message>
        <message>
            <source>✓ Saved %1</source>
            <translation>✓ Сачувано %1</translation>
        </message>
    </context>
</TS>
