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
            <source>Choose the bundle file (%1)</source>
            <translation>Изаберите датотеку пакета (%1)</translation>
        </message>
        <message>
            <source>Type the bundle's passphrase.</source>
            <translation>Упишите лозинку пакета.</translation>
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
        <name>NewVaultCard</name>
        <message numerus="yes">
            <source>Too short: at least %1 characters (%n so far).</source>
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
            <source>Give the event a title.</source>
            <translation>Дајте назив догађају.</translation>
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
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Event setup</source>
            <extracomment>The same moments as ``changed``, saying what changed (a vault.types.Changes).</extracomment>
            <translation>Подешавање догађаја</translation>
        </message>
        <message>
            <source>Event setup sections</source>
            <translation>Делови подешавања догађаја</translation>
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
            <source>Not saved: %1</source>
            <extracomment>The Save / Discard / Cancel question while it is up (for tests and the lock).</extracomment>
            <translation>Није сачувано: %1</translation>
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
        <name>SummaryTab</name>
        <message>
            <source>Summary texts</source>
            <extracomment>The list's key for the executive summary (themes are keyed by their id).</extracomment>
            <translation>Текстови сажетка</translation>
        </message>
        <message>
            <source>&amp;Texts:</source>
            <translation>&amp;Текстови:</translation>
        </message>
        <message>
            <source>Summary text</source>
            <translation>Текст сажетка</translation>
        </message>
        <message>
            <source>Guard findings in the summary text</source>
            <translation>Упозорења чувара у тексту сажетка</translation>
        </message>
        <message>
            <source>Could not dismiss the finding: %1</source>
            <translation>Упозорење није могло да се одбаци: %1</translation>
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
            <source>Preparing search after the update: %1 of %2 remarks…</source>
            <translation>Припремам претрагу после ажурирања: %1 од %2 изјава…</translation>
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
            <source>Choose…</source>
            <extracomment>A path the platform dialog already asked "replace?" about. Where the platform dialog starts while the field is empty.</extracomment>
            <translation>Изабери…</translation>
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
            <source>Theme: %1</source>
            <translation>Тема: %1</translation>
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
            <source>✓ Saved %1</source>
            <translation>✓ Сачувано %1</translation>
        </message>
    </context>
</TS>
