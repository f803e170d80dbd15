<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AgendaTab</name>
        <message>
            <source>Agenda sessions</source>
            <translation>Agenda sessions</translation>
        </message>
        <message>
            <source>Session title</source>
            <translation>Session title</translation>
        </message>
        <message>
            <source>Day of the event</source>
            <translation>Day of the event</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Day:</translation>
        </message>
        <message>
            <source>Ti&amp;me:</source>
            <translation>Ti&amp;me:</translation>
        </message>
        <message>
            <source>&amp;Add as new session</source>
            <translation>&amp;Add as new session</translation>
        </message>
        <message>
            <source>Add the session</source>
            <translation>Add the session</translation>
        </message>
        <message>
            <source>&amp;Update selected</source>
            <translation>&amp;Update selected</translation>
        </message>
        <message>
            <source>Update the selected session</source>
            <translation>Update the selected session</translation>
        </message>
        <message>
            <source>De&amp;lete selected</source>
            <translation>De&amp;lete selected</translation>
        </message>
        <message>
            <source>Delete the selected session</source>
            <translation>Delete the selected session</translation>
        </message>
        <message>
            <source>Day %1, </source>
            <translation>Day %1, </translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Back up the vault</source>
            <translation>Back up the vault</translation>
        </message>
        <message>
            <source>&amp;Back up</source>
            <translation>&amp;Back up</translation>
        </message>
        <message>
            <source>A complete copy of the vault, encrypted with the same passphrase. Choose a folder (the copy gets a dated name) or a new file name; nothing is ever overwritten. Keep it on another disk.</source>
            <translation>A complete copy of the vault, encrypted with the same passphrase. Choose a folder (the copy gets a dated name) or a new file name; nothing is ever overwritten. Keep it on another disk.</translation>
        </message>
        <message>
            <source>Back up into this folder</source>
            <translation>Back up into this folder</translation>
        </message>
        <message>
            <source>Backup destination</source>
            <translation>Backup destination</translation>
        </message>
        <message>
            <source>File name…</source>
            <translation>File name…</translation>
        </message>
        <message>
            <source>Choose a file name for the backup</source>
            <translation>Choose a file name for the backup</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>Folder…</translation>
        </message>
        <message>
            <source>Choose a folder for the backup</source>
            <translation>Choose a folder for the backup</translation>
        </message>
        <message>
            <source>Back up to:</source>
            <translation>Back up to:</translation>
        </message>
        <message>
            <source>Roundtable vaults (%1)</source>
            <translation>Roundtable vaults (%1)</translation>
        </message>
        <message>
            <source>Writing the backup…</source>
            <translation>Writing the backup…</translation>
        </message>
        <message>
            <source>Backed up to %1. It opens with this vault's passphrase.</source>
            <translation>Backed up to %1. It opens with this vault's passphrase.</translation>
        </message>
        <message>
            <source>Save the vault as…</source>
            <translation>Save the vault as…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>%1 was deleted or moved while open, so nothing more can be saved to it. Everything open here, and the text you are typing, is still safe in memory: save it to a new file.</source>
            <translation>%1 was deleted or moved while open, so nothing more can be saved to it. Everything open here, and the text you are typing, is still safe in memory: save it to a new file.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Saved to %1. Lock (Ctrl+L) and open that file to carry on; the text you were typing comes back as its draft.</source>
            <translation>Saved to %1. Lock (Ctrl+L) and open that file to carry on; the text you were typing comes back as its draft.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Recovered text</source>
            <translation>Recovered text</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>Restore the recovered text</source>
            <translation>Restore the recovered text</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Discard</translation>
        </message>
        <message>
            <source>Discard the recovered text</source>
            <translation>Discard the recovered text</translation>
        </message>
        <message>
            <source>Unsaved text from %1 was recovered — Restore / Discard</source>
            <translation>Unsaved text from %1 was recovered — Restore / Discard</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Save status</translation>
        </message>
        <message>
            <source>Dismiss a finding</source>
            <translation>Dismiss a finding</translation>
        </message>
        <message>
            <source>“%1” %2.</source>
            <translation>“%1” %2.</translation>
        </message>
        <message>
            <source>Why is it safe to keep?</source>
            <translation>Why is it safe to keep?</translation>
        </message>
        <message>
            <source>Reason for dismissing</source>
            <translation>Reason for dismissing</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Dismiss</translation>
        </message>
    </context>
    <context>
        <name>BundleDialogs</name>
        <message>
            <source>Roundtable bundles (*%1);;All files (*)</source>
            <translation>Roundtable bundles (*%1);;All files (*)</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>Export a bundle</translation>
        </message>
        <message>
            <source>&amp;Export bundle</source>
            <translation>&amp;Export bundle</translation>
        </message>
        <message>
            <source>Write the bundle to</source>
            <translation>Write the bundle to</translation>
        </message>
        <message>
            <source>Bundle file</source>
            <translation>Bundle file</translation>
        </message>
        <message>
            <source>Bundle passphrase</source>
            <translation>Bundle passphrase</translation>
        </message>
        <message>
            <source>Bundle passphrase again</source>
            <translation>Bundle passphrase again</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Save to:</translation>
        </message>
        <message>
            <source>Bundle passphrase:</source>
            <translation>Bundle passphrase:</translation>
        </message>
        <message>
            <source>Again:</source>
            <translation>Again:</translation>
        </message>
        <message>
            <source>Every captured remark (deletions too) in one encrypted file, to merge into the vault on another laptop. It has its own passphrase, at least %1 characters: give it to the other note-taker in person, not with the file. No protected terms or summaries travel.</source>
            <translation>Every captured remark (deletions too) in one encrypted file, to merge into the vault on another laptop. It has its own passphrase, at least %1 characters: give it to the other note-taker in person, not with the file. No protected terms or summaries travel.</translation>
        </message>
        <message>
            <source>Encrypting the bundle…</source>
            <translation>Encrypting the bundle…</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>Import a bundle</translation>
        </message>
        <message>
            <source>&amp;Preview import</source>
            <translation>&amp;Preview import</translation>
        </message>
        <message>
            <source>Import this bundle</source>
            <translation>Import this bundle</translation>
        </message>
        <message>
            <source>Choose the bundle file (%1)</source>
            <translation>Choose the bundle file (%1)</translation>
        </message>
        <message>
            <source>Bundle:</source>
            <translation>Bundle:</translation>
        </message>
        <message>
            <source>What the import will do</source>
            <translation>What the import will do</translation>
        </message>
        <message>
            <source>Merge the remarks another laptop exported. You see what the import will do before anything changes: new remarks, newer edits, deletions, and any conflict with how it is resolved. A backup is taken before the import, and importing the same bundle twice adds nothing.</source>
            <translation>Merge the remarks another laptop exported. You see what the import will do before anything changes: new remarks, newer edits, deletions, and any conflict with how it is resolved. A backup is taken before the import, and importing the same bundle twice adds nothing.</translation>
        </message>
        <message>
            <source>Backing up the vault and merging the bundle…</source>
            <translation>Backing up the vault and merging the bundle…</translation>
        </message>
        <message>
            <source>Type the bundle's passphrase.</source>
            <translation>Type the bundle's passphrase.</translation>
        </message>
        <message>
            <source>Decrypting the bundle and working out the merge…</source>
            <translation>Decrypting the bundle and working out the merge…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
    </context>
    <context>
        <name>CaptureController</name>
        <message>
            <source>an unexpected error (%1)</source>
            <translation>an unexpected error (%1)</translation>
        </message>
        <message>
            <source>Could not save: choose a theme first (Ctrl+1 … Ctrl+9)</source>
            <translation>Could not save: choose a theme first (Ctrl+1 … Ctrl+9)</translation>
        </message>
        <message>
            <source>Could not save: %1 — your text is still in the editor</source>
            <translation>Could not save: %1 — your text is still in the editor</translation>
        </message>
        <message>
            <source>Saved to disk at %1 as %2</source>
            <translation>Saved to disk at %1 as %2</translation>
        </message>
        <message>
            <source>Could not discard the recovered text: %1</source>
            <translation>Could not discard the recovered text: %1</translation>
        </message>
        <message>
            <source>Could not keep a safety copy: %1 — keep the app open</source>
            <translation>Could not keep a safety copy: %1 — keep the app open</translation>
        </message>
    </context>
    <context>
        <name>CaptureEditor</name>
        <message>
            <source>Remark editor</source>
            <extracomment>The user chose "Not identifying here" on an underlined span.</extracomment>
            <translation>Remark editor</translation>
        </message>
        <message>
            <source>Type the remark; Ctrl+Enter saves it under the current theme and kind.</source>
            <translation>Type the remark; Ctrl+Enter saves it under the current theme and kind.</translation>
        </message>
        <message>
            <source>Type the remark as it is spoken. Ctrl+Enter saves it.</source>
            <translation>Type the remark as it is spoken. Ctrl+Enter saves it.</translation>
        </message>
        <message>
            <source>Right-click to replace with “%1” or another wording.</source>
            <translation>Right-click to replace with “%1” or another wording.</translation>
        </message>
        <message>
            <source>Replace with “%1”</source>
            <translation>Replace with “%1”</translation>
        </message>
        <message>
            <source>Not identifying here (dismiss)</source>
            <translation>Not identifying here (dismiss)</translation>
        </message>
    </context>
    <context>
        <name>CaptureView</name>
        <message>
            <source>(no agenda session)</source>
            <translation>(no agenda session)</translation>
        </message>
        <message>
            <source>Day %1</source>
            <translation>Day %1</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>&amp;Themes (Ctrl+1 … Ctrl+9)</source>
            <translation>&amp;Themes (Ctrl+1 … Ctrl+9)</translation>
        </message>
        <message>
            <source>Kind of remark</source>
            <translation>Kind of remark</translation>
        </message>
        <message>
            <source>&amp;Kind (Alt+1 … Alt+6; stays until you change it)</source>
            <translation>&amp;Kind (Alt+1 … Alt+6; stays until you change it)</translation>
        </message>
        <message>
            <source>Agenda session</source>
            <translation>Agenda session</translation>
        </message>
        <message>
            <source>Agenda &amp;session (Ctrl+Shift+S)</source>
            <translation>Agenda &amp;session (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Current theme</source>
            <translation>Current theme</translation>
        </message>
        <message>
            <source>Save remark (Ctrl+Enter)</source>
            <translation>Save remark (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Save remark</source>
            <translation>Save remark</translation>
        </message>
        <message>
            <source>Nothing saved yet</source>
            <translation>Nothing saved yet</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>Last saved</translation>
        </message>
        <message>
            <source>&amp;Remarks (%1)</source>
            <translation>&amp;Remarks (%1)</translation>
        </message>
        <message>
            <source>Guard findings in the editor</source>
            <translation>Guard findings in the editor</translation>
        </message>
        <message>
            <source>The selected remark in full</source>
            <translation>The selected remark in full</translation>
        </message>
    </context>
    <context>
        <name>CountsChart</name>
        <message>
            <source>Remarks per theme and kind</source>
            <translation>Remarks per theme and kind</translation>
        </message>
    </context>
    <context>
        <name>Curation</name>
        <message numerus="yes">
            <source>Merge %n remarks</source>
            <translation>
                <numerusform>Merge %n remark</numerusform>
                <numerusform>Merge %n remarks</numerusform>
            </translation>
        </message>
        <message>
            <source>Split merged remark</source>
            <translation>Split merged remark</translation>
        </message>
        <message>
            <source>Move remark</source>
            <translation>Move remark</translation>
        </message>
        <message>
            <source>Could not read the remark: %1</source>
            <extracomment>Called after a finding is dismissed: (remark id, finding).</extracomment>
            <translation>Could not read the remark: %1</translation>
        </message>
        <message>
            <source>Could not delete the remark: %1</source>
            <translation>Could not delete the remark: %1</translation>
        </message>
        <message>
            <source>Remark deleted (Ctrl+Z brings it back)</source>
            <translation>Remark deleted (Ctrl+Z brings it back)</translation>
        </message>
        <message>
            <source>Could not change the remark: %1</source>
            <translation>Could not change the remark: %1</translation>
        </message>
        <message>
            <source>Remark changed (the earlier wording is kept)</source>
            <translation>Remark changed (the earlier wording is kept)</translation>
        </message>
        <message>
            <source>Could not re-file the remark: %1</source>
            <translation>Could not re-file the remark: %1</translation>
        </message>
        <message>
            <source>Could not reword the remark: %1</source>
            <translation>Could not reword the remark: %1</translation>
        </message>
        <message>
            <source>Reword for the summary</source>
            <translation>Reword for the summary</translation>
        </message>
        <message>
            <source>Use the original</source>
            <translation>Use the original</translation>
        </message>
        <message>
            <source>Reworded for the summary (the captured text is kept)</source>
            <translation>Reworded for the summary (the captured text is kept)</translation>
        </message>
        <message>
            <source>The summary uses the captured text again</source>
            <translation>The summary uses the captured text again</translation>
        </message>
        <message>
            <source>Could not dismiss the finding: %1</source>
            <translation>Could not dismiss the finding: %1</translation>
        </message>
        <message>
            <source>Exclude from the summary</source>
            <translation>Exclude from the summary</translation>
        </message>
        <message>
            <source>Include in the summary</source>
            <translation>Include in the summary</translation>
        </message>
        <message>
            <source>Left out of the summary (Ctrl+Z takes it back)</source>
            <translation>Left out of the summary (Ctrl+Z takes it back)</translation>
        </message>
        <message>
            <source>In the summary</source>
            <translation>In the summary</translation>
        </message>
        <message>
            <source>Mark as a key point</source>
            <translation>Mark as a key point</translation>
        </message>
        <message>
            <source>Unmark key point</source>
            <translation>Unmark key point</translation>
        </message>
        <message>
            <source>Key point marked</source>
            <translation>Key point marked</translation>
        </message>
        <message>
            <source>No longer a key point</source>
            <translation>No longer a key point</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n remarks)</source>
            <translation>
                <numerusform>%1 (%n remark)</numerusform>
                <numerusform>%1 (%n remarks)</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not merge the remarks: %1</source>
            <translation>Could not merge the remarks: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n remarks merged into one (the originals are kept)</source>
            <translation>
                <numerusform>%n remark merged into one (the original is kept)</numerusform>
                <numerusform>%n remarks merged into one (the originals are kept)</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not split the remark: %1</source>
            <translation>Could not split the remark: %1</translation>
        </message>
        <message numerus="yes">
            <source>Split into %n remarks</source>
            <translation>
                <numerusform>Split into %n remark</numerusform>
                <numerusform>Split into %n remarks</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not move the remark: %1</source>
            <translation>Could not move the remark: %1</translation>
        </message>
    </context>
    <context>
        <name>DemoCopyDialog</name>
        <message>
            <source>Save a copy of the demo</source>
            <translation>Save a copy of the demo</translation>
        </message>
        <message>
            <source>&amp;Save copy</source>
            <translation>&amp;Save copy</translation>
        </message>
        <message>
            <source>Save the demo as</source>
            <translation>Save the demo as</translation>
        </message>
        <message>
            <source>Vault file</source>
            <translation>Vault file</translation>
        </message>
        <message>
            <source>Roundtable vaults (*%1)</source>
            <translation>Roundtable vaults (*%1)</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Again</translation>
        </message>
        <message>
            <source>The copy keeps everything done in the demo and gets a passphrase of its own (at least %1 characters). The demo itself is then closed and deleted.</source>
            <translation>The copy keeps everything done in the demo and gets a passphrase of its own (at least %1 characters). The demo itself is then closed and deleted.</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Save to:</translation>
        </message>
        <message>
            <source>New passphrase:</source>
            <translation>New passphrase:</translation>
        </message>
        <message>
            <source>Again:</source>
            <translation>Again:</translation>
        </message>
        <message>
            <source>Writing the copy…</source>
            <translation>Writing the copy…</translation>
        </message>
    </context>
    <context>
        <name>DismissDialog</name>
        <message>
            <source>Dismiss the finding with this reason?</source>
            <translation>Dismiss the finding with this reason?</translation>
        </message>
        <message>
            <source>A reason was typed.</source>
            <translation>A reason was typed.</translation>
        </message>
    </context>
    <context>
        <name>DropFolder</name>
        <message>
            <source>Bundle written to the drop folder: %1</source>
            <translation>Bundle written to the drop folder: %1</translation>
        </message>
        <message>
            <source>The bundle could not be written to the drop folder: %1</source>
            <translation>The bundle could not be written to the drop folder: %1</translation>
        </message>
    </context>
    <context>
        <name>DropFolderDialog</name>
        <message>
            <source>Drop folder</source>
            <translation>Drop folder</translation>
        </message>
        <message>
            <source>&amp;Preview import</source>
            <translation>&amp;Preview import</translation>
        </message>
        <message>
            <source>Choose the drop folder</source>
            <translation>Choose the drop folder</translation>
        </message>
        <message>
            <source>Write this laptop's bundle here at the end of each session</source>
            <translation>Write this laptop's bundle here at the end of each session</translation>
        </message>
        <message>
            <source>Bundle passphrase</source>
            <translation>Bundle passphrase</translation>
        </message>
        <message>
            <source>Bundles found</source>
            <translation>Bundles found</translation>
        </message>
        <message>
            <source>A folder your laptops share by USB stick, Syncthing or a network drive. Roundtable looks for other laptops' bundles there and offers to import them; it never connects to a network itself. The bundle passphrase opens their bundles and, if you tick the box, encrypts yours when you close or lock the vault.</source>
            <translation>A folder your laptops share by USB stick, Syncthing or a network drive. Roundtable looks for other laptops' bundles there and offers to import them; it never connects to a network itself. The bundle passphrase opens their bundles and, if you tick the box, encrypts yours when you close or lock the vault.</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>Bundle pass&amp;phrase:</source>
            <translation>Bundle pass&amp;phrase:</translation>
        </message>
        <message>
            <source>Choose a folder to watch.</source>
            <translation>Choose a folder to watch.</translation>
        </message>
        <message numerus="yes">
            <source>%n new bundles: %1</source>
            <translation>
                <numerusform>%n new bundle: %1</numerusform>
                <numerusform>%n new bundles: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>No new bundles in the folder.</source>
            <translation>No new bundles in the folder.</translation>
        </message>
        <message>
            <source>The bundle passphrase needs at least %1 characters.</source>
            <translation>The bundle passphrase needs at least %1 characters.</translation>
        </message>
        <message>
            <source>Your bundle will be written to the folder when you close or lock the vault.</source>
            <translation>Your bundle will be written to the folder when you close or lock the vault.</translation>
        </message>
        <message>
            <source>Backing up the vault and merging the bundles…</source>
            <translation>Backing up the vault and merging the bundles…</translation>
        </message>
        <message>
            <source>Type the bundle passphrase.</source>
            <translation>Type the bundle passphrase.</translation>
        </message>
        <message>
            <source>Decrypting the bundles and working out the merge…</source>
            <translation>Decrypting the bundles and working out the merge…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>That passphrase does not unlock this file. Check it and try again (or the file is not a Roundtable vault).</source>
            <translation>That passphrase does not unlock this file. Check it and try again (or the file is not a Roundtable vault).</translation>
        </message>
        <message>
            <source>This vault is damaged: its integrity check failed. Nothing was changed; open a backup copy instead.</source>
            <translation>This vault is damaged: its integrity check failed. Nothing was changed; open a backup copy instead.</translation>
        </message>
        <message>
            <source>This vault is already open in another Roundtable window or program. Close it there, then try again.</source>
            <translation>This vault is already open in another Roundtable window or program. Close it there, then try again.</translation>
        </message>
        <message>
            <source>This vault was made by a newer version of Roundtable. Update Roundtable to open it; the file was not changed.</source>
            <translation>This vault was made by a newer version of Roundtable. Update Roundtable to open it; the file was not changed.</translation>
        </message>
        <message>
            <source>The disk refused the operation (%1).</source>
            <translation>The disk refused the operation (%1).</translation>
        </message>
        <message>
            <source>Something unexpected went wrong (%1). Nothing was changed; please report it.</source>
            <translation>Something unexpected went wrong (%1). Nothing was changed; please report it.</translation>
        </message>
    </context>
    <context>
        <name>EventTab</name>
        <message>
            <source>Event title</source>
            <translation>Event title</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>Subtitle</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Venue</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Conveners, one a line</source>
            <translation>Conveners, one a line</translation>
        </message>
        <message>
            <source>Rule statement</source>
            <translation>Rule statement</translation>
        </message>
        <message>
            <source>Summary language</source>
            <translation>Summary language</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Su&amp;btitle:</source>
            <translation>Su&amp;btitle:</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>&amp;Venue:</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>&amp;Dates:</translation>
        </message>
        <message>
            <source>&amp;Conveners (one a line):</source>
            <translation>&amp;Conveners (one a line):</translation>
        </message>
        <message>
            <source>&amp;Rule statement:</source>
            <translation>&amp;Rule statement:</translation>
        </message>
        <message>
            <source>Summary &amp;language:</source>
            <translation>Summary &amp;language:</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export summary</source>
            <translation>Export summary</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>An unattributed summary of every remark not excluded. Times, capture order and the protected terms never leave the vault.</source>
            <translation>An unattributed summary of every remark not excluded. Times, capture order and the protected terms never leave the vault.</translation>
        </message>
        <message>
            <source>Format: %1</source>
            <translation>Format: %1</translation>
        </message>
        <message>
            <source>Export the summary to</source>
            <translation>Export the summary to</translation>
        </message>
        <message>
            <source>Destination file</source>
            <translation>Destination file</translation>
        </message>
        <message>
            <source>Name agenda sessions</source>
            <translation>Name agenda sessions</translation>
        </message>
        <message>
            <source>Show each remark's agenda session title (never a day or time).</source>
            <translation>Show each remark's agenda session title (never a day or time).</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>Save to:</translation>
        </message>
        <message>
            <source>Write remarks and syntheses in Cyrillic script</source>
            <translation>Write remarks and syntheses in Cyrillic script</translation>
        </message>
        <message>
            <source>Write remarks and syntheses in Latin script</source>
            <translation>Write remarks and syntheses in Latin script</translation>
        </message>
        <message>
            <source>What the script option changes</source>
            <translation>What the script option changes</translation>
        </message>
        <message>
            <source>Attribution check</source>
            <translation>Attribution check</translation>
        </message>
        <message>
            <source>Attribution check result</source>
            <translation>Attribution check result</translation>
        </message>
        <message>
            <source>Unresolved findings</source>
            <translation>Unresolved findings</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Words</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>To resolve a finding in a remark, double-click it (or press Enter on it) to go to the remark in the list of saved remarks, where Ctrl+R rewords it for the summary, Ctrl+Shift+X excludes it, right-click → Dismiss a finding records why it is harmless. Syntheses and the executive summary are written in Review (F9), beside their theme's remarks.</source>
            <translation>To resolve a finding in a remark, double-click it (or press Enter on it) to go to the remark in the list of saved remarks, where Ctrl+R rewords it for the summary, Ctrl+Shift+X excludes it, right-click → Dismiss a finding records why it is harmless. Syntheses and the executive summary are written in Review (F9), beside their theme's remarks.</translation>
        </message>
        <message>
            <source>How to resolve findings</source>
            <translation>How to resolve findings</translation>
        </message>
        <message>
            <source>I have checked these findings; export anyway</source>
            <translation>I have checked these findings; export anyway</translation>
        </message>
        <message>
            <source>Running the attribution check…</source>
            <translation>Running the attribution check…</translation>
        </message>
        <message>
            <source>%1 already exists. Press Export again to replace it.</source>
            <translation>%1 already exists. Press Export again to replace it.</translation>
        </message>
        <message>
            <source>Writing the %1 summary…</source>
            <translation>Writing the %1 summary…</translation>
        </message>
        <message numerus="yes">
            <source>Changes %n texts.</source>
            <translation>
                <numerusform>Changes %n text.</numerusform>
                <numerusform>Changes %n texts.</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept as written: %1.</source>
            <translation>Kept as written: %1.</translation>
        </message>
    </context>
    <context>
        <name>ExportPane</name>
        <message>
            <source>Export folder</source>
            <translation>Export folder</translation>
        </message>
        <message>
            <source>E&amp;xport selected formats</source>
            <translation>E&amp;xport selected formats</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Show in &amp;folder</translation>
        </message>
        <message>
            <source>Not exported: %1 is not a folder.</source>
            <translation>Not exported: %1 is not a folder.</translation>
        </message>
        <message>
            <source>Tick at least one format.</source>
            <translation>Tick at least one format.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message numerus="yes">
            <source>Not exported: %n unresolved findings. Fix them in the Findings tab.</source>
            <translation>
                <numerusform>Not exported: %n unresolved finding. Fix it in the Findings tab.</numerusform>
                <numerusform>Not exported: %n unresolved findings. Fix them in the Findings tab.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>Not exported: %1</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Written: %1</translation>
        </message>
    </context>
    <context>
        <name>FileRules</name>
        <message>
            <source>The bundle passphrase needs at least %1 characters.</source>
            <extracomment>Export formats as offered in the dialog (key, name, suffix), from the export's one list.</extracomment>
            <translation>The bundle passphrase needs at least %1 characters.</translation>
        </message>
        <message>
            <source>The two bundle passphrases differ; type the same one twice.</source>
            <translation>The two bundle passphrases differ; type the same one twice.</translation>
        </message>
        <message>
            <source>Checking every text of the summary for names, roles and affiliations…</source>
            <extracomment>How many words of a remark name it in the pre-flight. The remark to go to from this row ('' for a synthesis, a theme or the summary).</extracomment>
            <translation>Checking every text of the summary for names, roles and affiliations…</translation>
        </message>
        <message>
            <source>The check could not run: %1</source>
            <translation>The check could not run: %1</translation>
        </message>
        <message>
            <source>No unresolved findings: nothing in the summary looks attributable.</source>
            <translation>No unresolved findings: nothing in the summary looks attributable.</translation>
        </message>
        <message numerus="yes">
            <source>%n unresolved findings in %1. Resolve them in the app (reword, dismiss with a reason, or exclude the remark), or check each one and export anyway.</source>
            <translation>
                <numerusform>%n unresolved finding in %1. Resolve it in the app (reword, dismiss with a reason, or exclude the remark), or check it and export anyway.</numerusform>
                <numerusform>%n unresolved findings in %1. Resolve them in the app (reword, dismiss with a reason, or exclude the remark), or check each one and export anyway.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n texts</source>
            <translation>
                <numerusform>%n text</numerusform>
                <numerusform>%n texts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was written: %n unresolved findings appeared since the check.</source>
            <translation>
                <numerusform>Nothing was written: %n unresolved finding appeared since the check.</numerusform>
                <numerusform>Nothing was written: %n unresolved findings appeared since the check.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n remarks</source>
            <translation>
                <numerusform>%n remark</numerusform>
                <numerusform>%n remarks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n themes</source>
            <translation>
                <numerusform>%n theme</numerusform>
                <numerusform>%n themes</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the %1 summary to %2, %3: %4 in %5.</source>
            <translation>Wrote the %1 summary to %2, %3: %4 in %5.</translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the %1 summary to %2: %4 in %5.</source>
            <translation>Wrote the %1 summary to %2: %4 in %5.</translation>
        </message>
        <message numerus="yes">
            <source>Exported despite %n unresolved findings: read it before sharing it.</source>
            <translation>
                <numerusform>Exported despite %n unresolved finding: read it before sharing it.</numerusform>
                <numerusform>Exported despite %n unresolved findings: read it before sharing it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n remarks written to %1.</source>
            <translation>
                <numerusform>%n remark written to %1.</numerusform>
                <numerusform>%n remarks written to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Added %1, updated %2, already present %3.</source>
            <translation>Added %1, updated %2, already present %3.</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %1; %n conflicts, resolved.</source>
            <translation>
                <numerusform>Deleted %1; %n conflict, resolved.</numerusform>
                <numerusform>Deleted %1; %n conflicts, resolved.</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message numerus="yes">
            <source>The import will add %1, update %2 and delete %n remarks;</source>
            <translation>
                <numerusform>The import will add %1, update %2 and delete %n remark;</numerusform>
                <numerusform>The import will add %1, update %2 and delete %n remarks;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n remarks are already here.</source>
            <translation>
                <numerusform>%n remark is already here.</numerusform>
                <numerusform>%n remarks are already here.</numerusform>
            </translation>
        </message>
        <message>
            <source>New themes: %1.</source>
            <translation>New themes: %1.</translation>
        </message>
        <message>
            <source>New agenda sessions: %1.</source>
            <translation>New agenda sessions: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts, each resolved by the merge rules:</source>
            <translation>
                <numerusform>%n conflict, resolved by the merge rules:</numerusform>
                <numerusform>%n conflicts, each resolved by the merge rules:</numerusform>
            </translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>No conflicts.</translation>
        </message>
        <message>
            <source>Nothing has changed yet: press Import to merge it (a backup is taken first).</source>
            <translation>Nothing has changed yet: press Import to merge it (a backup is taken first).</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>Unresolved findings</source>
            <extracomment>The user picked a neutral wording: (FindingRow, Replacement).</extracomment>
            <translation>Unresolved findings</translation>
        </message>
        <message>
            <source>Re&amp;place with…</source>
            <translation>Re&amp;place with…</translation>
        </message>
        <message>
            <source>Replace the words with a neutral wording</source>
            <translation>Replace the words with a neutral wording</translation>
        </message>
        <message>
            <source>Re&amp;word…</source>
            <extracomment>The menu of neutral wordings while it is open (tests drive it by keyboard).</extracomment>
            <translation>Re&amp;word…</translation>
        </message>
        <message>
            <source>E&amp;xclude remark</source>
            <translation>E&amp;xclude remark</translation>
        </message>
        <message>
            <source>&amp;Dismiss…</source>
            <translation>&amp;Dismiss…</translation>
        </message>
        <message>
            <source>No unresolved findings: the export will go through.</source>
            <translation>No unresolved findings: the export will go through.</translation>
        </message>
        <message numerus="yes">
            <source>%n unresolved findings the export would refuse. Enter jumps to one.</source>
            <translation>
                <numerusform>%n unresolved finding the export would refuse. Enter jumps to it.</numerusform>
                <numerusform>%n unresolved findings the export would refuse. Enter jumps to one.</numerusform>
            </translation>
        </message>
        <message>
            <source>Neutral wordings</source>
            <translation>Neutral wordings</translation>
        </message>
        <message>
            <source>For example “%1”</source>
            <translation>For example “%1”</translation>
        </message>
    </context>
    <context>
        <name>Guard</name>
        <message numerus="yes">
            <source>⚠ %n possible attributions: hover the underline, right-click</source>
            <translation>
                <numerusform>⚠ %n possible attribution: hover the underline, right-click</numerusform>
                <numerusform>⚠ %n possible attributions: hover the underline, right-click</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GuardReasons</name>
        <message>
            <source>names a protected person: %1</source>
            <translation>names a protected person: %1</translation>
        </message>
        <message numerus="yes">
            <source>names a protected person: %1 (or %n other protected terms)</source>
            <translation>
                <numerusform>names a protected person: %1 (or %n other protected term)</numerusform>
                <numerusform>names a protected person: %1 (or %n other protected terms)</numerusform>
            </translation>
        </message>
        <message>
            <source>names a protected organisation: %1</source>
            <translation>names a protected organisation: %1</translation>
        </message>
        <message numerus="yes">
            <source>names a protected organisation: %1 (or %n other protected terms)</source>
            <translation>
                <numerusform>names a protected organisation: %1 (or %n other protected term)</numerusform>
                <numerusform>names a protected organisation: %1 (or %n other protected terms)</numerusform>
            </translation>
        </message>
        <message>
            <source>names a protected role: %1</source>
            <translation>names a protected role: %1</translation>
        </message>
        <message numerus="yes">
            <source>names a protected role: %1 (or %n other protected terms)</source>
            <translation>
                <numerusform>names a protected role: %1 (or %n other protected term)</numerusform>
                <numerusform>names a protected role: %1 (or %n other protected terms)</numerusform>
            </translation>
        </message>
        <message>
            <source>names a protected place: %1</source>
            <translation>names a protected place: %1</translation>
        </message>
        <message numerus="yes">
            <source>names a protected place: %1 (or %n other protected terms)</source>
            <translation>
                <numerusform>names a protected place: %1 (or %n other protected term)</numerusform>
                <numerusform>names a protected place: %1 (or %n other protected terms)</numerusform>
            </translation>
        </message>
        <message>
            <source>names a protected term: %1</source>
            <translation>names a protected term: %1</translation>
        </message>
        <message numerus="yes">
            <source>names a protected term: %1 (or %n other protected terms)</source>
            <translation>
                <numerusform>names a protected term: %1 (or %n other protected term)</numerusform>
                <numerusform>names a protected term: %1 (or %n other protected terms)</numerusform>
            </translation>
        </message>
        <message>
            <source>initials of a protected person: %1</source>
            <translation>initials of a protected person: %1</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (uniqueness): '%1'</source>
            <translation>may identify a participant by elimination (uniqueness): '%1'</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (order of speaking): '%1'</source>
            <translation>may identify a participant by elimination (order of speaking): '%1'</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (a small group): '%1'</source>
            <translation>may identify a participant by elimination (a small group): '%1'</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (an event role): '%1'</source>
            <translation>may identify a participant by elimination (an event role): '%1'</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (a description of one person): '%1'</source>
            <translation>may identify a participant by elimination (a description of one person): '%1'</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (who runs something): '%1'</source>
            <translation>may identify a participant by elimination (who runs something): '%1'</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (tied to a named person): '%1'</source>
            <translation>may identify a participant by elimination (tied to a named person): '%1'</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (describes a named person): '%1'</source>
            <translation>may identify a participant by elimination (describes a named person): '%1'</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (where a named person is from): '%1'</source>
            <translation>may identify a participant by elimination (where a named person is from): '%1'</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (who else was there): '%1'</source>
            <translation>may identify a participant by elimination (who else was there): '%1'</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (a description of one organisation): '%1'</source>
            <translation>may identify a participant by elimination (a description of one organisation): '%1'</translation>
        </message>
        <message>
            <source>may identify a participant by elimination (the only body of its kind on the list, %1): '%2'</source>
            <translation>may identify a participant by elimination (the only body of its kind on the list, %1): '%2'</translation>
        </message>
        <message>
            <source>looks like a personal name: %1</source>
            <translation>looks like a personal name: %1</translation>
        </message>
        <message>
            <source>looks like a personal name (Serbian surname): %1</source>
            <translation>looks like a personal name (Serbian surname): %1</translation>
        </message>
        <message>
            <source>a title followed by a name: %1</source>
            <translation>a title followed by a name: %1</translation>
        </message>
        <message>
            <source>gives an e-mail address</source>
            <translation>gives an e-mail address</translation>
        </message>
        <message>
            <source>gives a social media handle</source>
            <translation>gives a social media handle</translation>
        </message>
        <message>
            <source>gives a web address</source>
            <translation>gives a web address</translation>
        </message>
        <message>
            <source>gives a phone number</source>
            <translation>gives a phone number</translation>
        </message>
        <message>
            <source>gives a phone number (in words)</source>
            <translation>gives a phone number (in words)</translation>
        </message>
        <message>
            <source>gives an e-mail address (in words)</source>
            <translation>gives an e-mail address (in words)</translation>
        </message>
        <message>
            <source>says which body a named person is from: %1</source>
            <translation>says which body a named person is from: %1</translation>
        </message>
        <message>
            <source>names a local body by the event's town: %1</source>
            <translation>names a local body by the event's town: %1</translation>
        </message>
        <message>
            <source>names the speaker's organisation (not on the list): %1</source>
            <translation>names the speaker's organisation (not on the list): %1</translation>
        </message>
        <message>
            <source>the speaker identifies their own organisation or role</source>
            <translation>the speaker identifies their own organisation or role</translation>
        </message>
        <message>
            <source>names the speaker's sector (this event flags sector-level affiliation): %1</source>
            <translation>names the speaker's sector (this event flags sector-level affiliation): %1</translation>
        </message>
        <message>
            <source>high</source>
            <translation>high</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>medium</translation>
        </message>
        <message>
            <source>low</source>
            <translation>low</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Self-reference</source>
            <translation>Self-reference</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Contact details</translation>
        </message>
        <message>
            <source>Identification by elimination</source>
            <translation>Identification by elimination</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>Affiliation</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>JoinKitDialog</name>
        <message>
            <source>Event kits (*%1);;All files (*)</source>
            <translation>Event kits (*%1);;All files (*)</translation>
        </message>
        <message>
            <source>Roundtable vaults (*%1)</source>
            <translation>Roundtable vaults (*%1)</translation>
        </message>
        <message>
            <source>Join an event from a kit</source>
            <translation>Join an event from a kit</translation>
        </message>
        <message>
            <source>&amp;Join the event</source>
            <translation>&amp;Join the event</translation>
        </message>
        <message>
            <source>Open the event kit</source>
            <translation>Open the event kit</translation>
        </message>
        <message>
            <source>Event kit</source>
            <translation>Event kit</translation>
        </message>
        <message>
            <source>The kit the organiser sent (*%1)</source>
            <translation>The kit the organiser sent (*%1)</translation>
        </message>
        <message>
            <source>Kit passphrase</source>
            <translation>Kit passphrase</translation>
        </message>
        <message>
            <source>Save the new vault as</source>
            <translation>Save the new vault as</translation>
        </message>
        <message>
            <source>New vault file</source>
            <translation>New vault file</translation>
        </message>
        <message>
            <source>Where to save your vault for this event</source>
            <translation>Where to save your vault for this event</translation>
        </message>
        <message>
            <source>Vault passphrase</source>
            <translation>Vault passphrase</translation>
        </message>
        <message>
            <source>Repeat the vault passphrase</source>
            <translation>Repeat the vault passphrase</translation>
        </message>
        <message>
            <source>The organiser's kit holds the event's details, themes, agenda, protected terms and participants list, and no remarks. Your vault gets its own passphrase; the kit's passphrase is only for opening the kit.</source>
            <translation>The organiser's kit holds the event's details, themes, agenda, protected terms and participants list, and no remarks. Your vault gets its own passphrase; the kit's passphrase is only for opening the kit.</translation>
        </message>
        <message>
            <source>&amp;Kit:</source>
            <translation>&amp;Kit:</translation>
        </message>
        <message>
            <source>Kit pass&amp;phrase:</source>
            <translation>Kit pass&amp;phrase:</translation>
        </message>
        <message>
            <source>&amp;New vault:</source>
            <translation>&amp;New vault:</translation>
        </message>
        <message>
            <source>&amp;Vault passphrase:</source>
            <translation>&amp;Vault passphrase:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <source>Choose the kit and where to save your vault.</source>
            <translation>Choose the kit and where to save your vault.</translation>
        </message>
        <message>
            <source>Type the kit's passphrase.</source>
            <translation>Type the kit's passphrase.</translation>
        </message>
        <message>
            <source>Opening the kit and creating your vault…</source>
            <translation>Opening the kit and creating your vault…</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>Observation</source>
            <translation>Observation</translation>
        </message>
        <message>
            <source>Challenge</source>
            <translation>Challenge</translation>
        </message>
        <message>
            <source>Good practice</source>
            <translation>Good practice</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lesson</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Vault locked</source>
            <translation>Vault locked</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Close vault</source>
            <translation>Close vault</translation>
        </message>
        <message>
            <source>Close the vault instead of unlocking it</source>
            <translation>Close the vault instead of unlocking it</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The new language applies fully the next time Roundtable starts.</source>
            <translation>The new language applies fully the next time Roundtable starts.</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>The "Close the demo" question while it is up.</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;New vault…</source>
            <translation>&amp;New vault…</translation>
        </message>
        <message>
            <source>&amp;Open vault…</source>
            <translation>&amp;Open vault…</translation>
        </message>
        <message>
            <source>Try the &amp;demo</source>
            <translation>Try the &amp;demo</translation>
        </message>
        <message>
            <source>&amp;Close vault</source>
            <translation>&amp;Close vault</translation>
        </message>
        <message>
            <source>&amp;Export summary…</source>
            <translation>&amp;Export summary…</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation>&amp;Back up…</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Save &amp;as…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <source>Export &amp;bundle…</source>
            <translation>Export &amp;bundle…</translation>
        </message>
        <message>
            <source>&amp;Import bundle…</source>
            <translation>&amp;Import bundle…</translation>
        </message>
        <message>
            <source>&amp;Drop folder…</source>
            <translation>&amp;Drop folder…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Event &amp;setup…</source>
            <translation>Event &amp;setup…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Lock now</translation>
        </message>
        <message>
            <source>&amp;About Roundtable</source>
            <translation>&amp;About Roundtable</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Review</translation>
        </message>
        <message>
            <source>Capture ⇄ Review (F9)</source>
            <translation>Capture ⇄ Review (F9)</translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Event</translation>
        </message>
        <message>
            <source>Lock after &amp;idle</source>
            <translation>Lock after &amp;idle</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message numerus="yes">
            <source>Locks after %n min idle · Ctrl+L locks now</source>
            <translation>
                <numerusform>Locks after %n min idle · Ctrl+L locks now</numerusform>
                <numerusform>Locks after %n min idle · Ctrl+L locks now</numerusform>
            </translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note: %1</translation>
        </message>
        <message>
            <source>Close the demo</source>
            <translation>Close the demo</translation>
        </message>
        <message>
            <source>Closing the demo deletes it, with everything done in it.</source>
            <translation>Closing the demo deletes it, with everything done in it.</translation>
        </message>
        <message>
            <source>To keep a copy, unlock it first and choose Save a copy….</source>
            <translation>To keep a copy, unlock it first and choose Save a copy….</translation>
        </message>
        <message>
            <source>Close and &amp;delete</source>
            <translation>Close and &amp;delete</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Save a copy as a vault of your own first?</source>
            <translation>Save a copy as a vault of your own first?</translation>
        </message>
        <message>
            <source>&amp;Save a copy…</source>
            <translation>&amp;Save a copy…</translation>
        </message>
        <message>
            <source>The demo was saved as %1.</source>
            <translation>The demo was saved as %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n new bundles in the drop folder: File → Drop folder… to import</source>
            <translation>
                <numerusform>%n new bundle in the drop folder: File → Drop folder… to import</numerusform>
                <numerusform>%n new bundles in the drop folder: File → Drop folder… to import</numerusform>
            </translation>
        </message>
        <message>
            <source>About %1</source>
            <translation>About %1</translation>
        </message>
        <message>
            <source>&lt;p&gt;Capture and publish unattributed summaries of meetings held under the Chatham House Rule.&lt;/p&gt;&lt;p&gt;Everything stays in one encrypted file per event; nothing goes over the network.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Capture and publish unattributed summaries of meetings held under the Chatham House Rule.&lt;/p&gt;&lt;p&gt;Everything stays in one encrypted file per event; nothing goes over the network.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>Anywhere</translation>
        </message>
        <message>
            <source>Capturing (once a vault is open)</source>
            <translation>Capturing (once a vault is open)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message numerus="yes">
            <source>Merge %n remarks</source>
            <translation>
                <numerusform>Merge %n remark</numerusform>
                <numerusform>Merge %n remarks</numerusform>
            </translation>
        </message>
        <message>
            <source>Remarks being merged</source>
            <translation>Remarks being merged</translation>
        </message>
        <message>
            <source>The remarks (kept, and shown with the merged one)</source>
            <translation>The remarks (kept, and shown with the merged one)</translation>
        </message>
        <message>
            <source>&amp;Wording of the merged remark</source>
            <translation>&amp;Wording of the merged remark</translation>
        </message>
        <message>
            <source>Merged wording</source>
            <translation>Merged wording</translation>
        </message>
        <message>
            <source>Merge (Ctrl+Enter)</source>
            <translation>Merge (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>%1, line %2: %3</source>
            <translation>%1, line %2: %3</translation>
        </message>
        <message>
            <source>%1: %2; %3</source>
            <translation>%1: %2; %3</translation>
        </message>
        <message>
            <source>%1 contains a NUL character</source>
            <translation>%1 contains a NUL character</translation>
        </message>
        <message>
            <source>%1 is %2 characters long; the limit is %3 (split it into several remarks)</source>
            <translation>%1 is %2 characters long; the limit is %3 (split it into several remarks)</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>%1 is empty</translation>
        </message>
        <message>
            <source>%1 must be text</source>
            <translation>%1 must be text</translation>
        </message>
        <message>
            <source>%1: %2 between tables</source>
            <translation>%1: %2 between tables</translation>
        </message>
        <message>
            <source>%1: %2 their authentication check</source>
            <translation>%1: %2 their authentication check</translation>
        </message>
        <message>
            <source>%1: %2; nothing was written. Restore the vault from a backup (roundtable restore), or keep both files for an expert</source>
            <translation>%1: %2; nothing was written. Restore the vault from a backup (roundtable restore), or keep both files for an expert</translation>
        </message>
        <message>
            <source>%1: cannot write the %2 (%3); nothing was changed</source>
            <translation>%1: cannot write the %2 (%3); nothing was changed</translation>
        </message>
        <message>
            <source>%1: not a Roundtable bundle</source>
            <translation>%1: not a Roundtable bundle</translation>
        </message>
        <message>
            <source>%1: the %2 could not be written (%3)</source>
            <translation>%1: the %2 could not be written (%3)</translation>
        </message>
        <message>
            <source>%1: the backup could not be written (%2)</source>
            <translation>%1: the backup could not be written (%2)</translation>
        </message>
        <message>
            <source>%1: the backup folder cannot be made (%2)</source>
            <translation>%1: the backup folder cannot be made (%2)</translation>
        </message>
        <message>
            <source>%1: the bundle holds one remark twice; nothing was imported</source>
            <translation>%1: the bundle holds one remark twice; nothing was imported</translation>
        </message>
        <message>
            <source>%1: the bundle holds remark %2 twice</source>
            <translation>%1: the bundle holds remark %2 twice</translation>
        </message>
        <message>
            <source>%1: the bundle is damaged (impossible key parameters)</source>
            <translation>%1: the bundle is damaged (impossible key parameters)</translation>
        </message>
        <message>
            <source>%1: the bundle is damaged (it is cut short)</source>
            <translation>%1: the bundle is damaged (it is cut short)</translation>
        </message>
        <message>
            <source>%1: the bundle is damaged (unknown format %2)</source>
            <translation>%1: the bundle is damaged (unknown format %2)</translation>
        </message>
        <message>
            <source>%1: the bundle is damaged or altered (its contents fail authentication)</source>
            <translation>%1: the bundle is damaged or altered (its contents fail authentication)</translation>
        </message>
        <message>
            <source>%1: the bundle is damaged or altered (its header changed)</source>
            <translation>%1: the bundle is damaged or altered (its header changed)</translation>
        </message>
        <message>
            <source>%1: the bundle's %2 is not valid</source>
            <translation>%1: the bundle's %2 is not valid</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are cut short</source>
            <translation>%1: the bundle's contents are cut short</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are incomplete or padded</source>
            <translation>%1: the bundle's contents are incomplete or padded</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are nested too deeply to be a Roundtable bundle</source>
            <translation>%1: the bundle's contents are nested too deeply to be a Roundtable bundle</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are not a Roundtable bundle</source>
            <translation>%1: the bundle's contents are not a Roundtable bundle</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are not the size they claim</source>
            <translation>%1: the bundle's contents are not the size they claim</translation>
        </message>
        <message>
            <source>%1: the bundle's contents are not valid</source>
            <translation>%1: the bundle's contents are not valid</translation>
        </message>
        <message>
            <source>%1: the bundle's contents cannot be read</source>
            <translation>%1: the bundle's contents cannot be read</translation>
        </message>
        <message>
            <source>%1: the bundle's contents unpack to more than %2 MiB, the limit (nothing was imported)</source>
            <translation>%1: the bundle's contents unpack to more than %2 MiB, the limit (nothing was imported)</translation>
        </message>
        <message>
            <source>%1: the bundle's contents would take %2 MiB once unpacked; the limit is %3 MiB (nothing was imported)</source>
            <translation>%1: the bundle's contents would take %2 MiB once unpacked; the limit is %3 MiB (nothing was imported)</translation>
        </message>
        <message>
            <source>%1: the database structure is damaged</source>
            <translation>%1: the database structure is damaged</translation>
        </message>
        <message>
            <source>%1: the disk is full; nothing more could be saved</source>
            <translation>%1: the disk is full; nothing more could be saved</translation>
        </message>
        <message>
            <source>%1: the disk refused to read or write the vault</source>
            <translation>%1: the disk refused to read or write the vault</translation>
        </message>
        <message>
            <source>%1: the file is empty; it is not a Roundtable vault</source>
            <translation>%1: the file is empty; it is not a Roundtable vault</translation>
        </message>
        <message>
            <source>%1: the file is too small to be a Roundtable vault</source>
            <translation>%1: the file is too small to be a Roundtable vault</translation>
        </message>
        <message>
            <source>%1: the passphrase could not be changed (%2)</source>
            <translation>%1: the passphrase could not be changed (%2)</translation>
        </message>
        <message>
            <source>%1: the restore could not be written (%2)</source>
            <translation>%1: the restore could not be written (%2)</translation>
        </message>
        <message>
            <source>%1: the start of the vault (page 1) is damaged, though the passphrase is right; restore it from a backup (roundtable restore)</source>
            <translation>%1: the start of the vault (page 1) is damaged, though the passphrase is right; restore it from a backup (roundtable restore)</translation>
        </message>
        <message>
            <source>%1: the vault cannot be written (read-only file or disk)</source>
            <translation>%1: the vault cannot be written (read-only file or disk)</translation>
        </message>
        <message>
            <source>%1: the vault could not be used (%2)</source>
            <translation>%1: the vault could not be used (%2)</translation>
        </message>
        <message>
            <source>%1: the vault file was deleted, moved or replaced while open; nothing more is saved to it. Use Save as… to keep what is open</source>
            <translation>%1: the vault file was deleted, moved or replaced while open; nothing more is saved to it. Use Save as… to keep what is open</translation>
        </message>
        <message>
            <source>%1: the vault has no device record</source>
            <translation>%1: the vault has no device record</translation>
        </message>
        <message>
            <source>%1: the vault is damaged (%2 page(s) fail their authentication check); nothing was written. Restore it from a backup (roundtable restore)</source>
            <translation>%1: the vault is damaged (%2 page(s) fail their authentication check); nothing was written. Restore it from a backup (roundtable restore)</translation>
        </message>
        <message>
            <source>%1: the vault is damaged (integrity check failed)</source>
            <translation>%1: the vault is damaged (integrity check failed)</translation>
        </message>
        <message>
            <source>%1: the vault is in use (it is already open in this Roundtable window)</source>
            <translation>%1: the vault is in use (it is already open in this Roundtable window)</translation>
        </message>
        <message>
            <source>%1: the vault is in use by another Roundtable window or process</source>
            <translation>%1: the vault is in use by another Roundtable window or process</translation>
        </message>
        <message>
            <source>%1: the vault was never finished (its creation was interrupted)</source>
            <translation>%1: the vault was never finished (its creation was interrupted)</translation>
        </message>
        <message>
            <source>%1: the vault was replaced while it was being opened (its passphrase was being changed?); open it again</source>
            <translation>%1: the vault was replaced while it was being opened (its passphrase was being changed?); open it again</translation>
        </message>
        <message>
            <source>%1: the vault's schema version record is damaged</source>
            <translation>%1: the vault's schema version record is damaged</translation>
        </message>
        <message>
            <source>%1: this SQLCipher database is not a Roundtable vault</source>
            <translation>%1: this SQLCipher database is not a Roundtable vault</translation>
        </message>
        <message>
            <source>%1: this bundle was made by a newer version of Roundtable (bundle format %2); update Roundtable to import it</source>
            <translation>%1: this bundle was made by a newer version of Roundtable (bundle format %2); update Roundtable to import it</translation>
        </message>
        <message>
            <source>%1: this bundle was made by a newer version of Roundtable; update Roundtable</source>
            <translation>%1: this bundle was made by a newer version of Roundtable; update Roundtable</translation>
        </message>
        <message>
            <source>%1: this is %2, not a Roundtable vault</source>
            <translation>%1: this is %2, not a Roundtable vault</translation>
        </message>
        <message>
            <source>%1: this is a bundle of remarks, not an event kit (make one with 'roundtable bundle export VAULT OUT --setup')</source>
            <translation>%1: this is a bundle of remarks, not an event kit (make one with 'roundtable bundle export VAULT OUT --setup')</translation>
        </message>
        <message>
            <source>%1: this vault was made by a newer version of Roundtable (schema %2); update Roundtable to open it</source>
            <translation>%1: this vault was made by a newer version of Roundtable (schema %2); update Roundtable to open it</translation>
        </message>
        <message>
            <source>%1: unexpected schema revision</source>
            <translation>%1: unexpected schema revision</translation>
        </message>
        <message>
            <source>%1: wrong bundle passphrase</source>
            <translation>%1: wrong bundle passphrase</translation>
        </message>
        <message>
            <source>%1: wrong passphrase, or not a Roundtable vault</source>
            <translation>%1: wrong passphrase, or not a Roundtable vault</translation>
        </message>
        <message>
            <source>%1: wrong passphrase, or not a Roundtable vault, or the start of the file is damaged (if you are sure of the passphrase, restore from a backup)</source>
            <translation>%1: wrong passphrase, or not a Roundtable vault, or the start of the file is damaged (if you are sure of the passphrase, restore from a backup)</translation>
        </message>
        <message numerus="yes">
            <source>%n broken references</source>
            <translation>
                <numerusform>%n broken reference</numerusform>
                <numerusform>%n broken references</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fields</source>
            <translation>
                <numerusform>%n field</numerusform>
                <numerusform>%n fields</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages fail</source>
            <translation>
                <numerusform>%n page fails</numerusform>
                <numerusform>%n pages fail</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n remarks</source>
            <translation>
                <numerusform>%n remark</numerusform>
                <numerusform>%n remarks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unresolved findings</source>
            <translation>
                <numerusform>%n unresolved finding</numerusform>
                <numerusform>%n unresolved findings</numerusform>
            </translation>
        </message>
        <message>
            <source>'%1' here, '%2' in the bundle</source>
            <translation>'%1' here, '%2' in the bundle</translation>
        </message>
        <message>
            <source>SQLCipher setting %1 is %2, not %3; this build cannot be trusted with a vault</source>
            <translation>SQLCipher setting %1 is %2, not %3; this build cannot be trusted with a vault</translation>
        </message>
        <message>
            <source>SQLite extension loading is not disabled</source>
            <translation>SQLite extension loading is not disabled</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>a PDF document</translation>
        </message>
        <message>
            <source>a Roundtable bundle</source>
            <translation>a Roundtable bundle</translation>
        </message>
        <message>
            <source>a ZIP archive (or an Office document)</source>
            <translation>a ZIP archive (or an Office document)</translation>
        </message>
        <message>
            <source>a backup cannot replace the vault itself</source>
            <translation>a backup cannot replace the vault itself</translation>
        </message>
        <message>
            <source>a colour is written #RRGGBB</source>
            <translation>a colour is written #RRGGBB</translation>
        </message>
        <message>
            <source>a deleted or already merged remark cannot be merged</source>
            <translation>a deleted or already merged remark cannot be merged</translation>
        </message>
        <message>
            <source>a participant's name is empty</source>
            <translation>a participant's name is empty</translation>
        </message>
        <message>
            <source>a passphrase or path cannot contain a NUL character</source>
            <translation>a passphrase or path cannot contain a NUL character</translation>
        </message>
        <message>
            <source>a protected term is empty</source>
            <translation>a protected term is empty</translation>
        </message>
        <message>
            <source>a quoted field opened on this line is never closed</source>
            <translation>a quoted field opened on this line is never closed</translation>
        </message>
        <message>
            <source>a theme named %1 already exists</source>
            <translation>a theme named %1 already exists</translation>
        </message>
        <message>
            <source>a theme shortcut is a digit from 1 to 9</source>
            <translation>a theme shortcut is a digit from 1 to 9</translation>
        </message>
        <message>
            <source>already exists; Roundtable never overwrites a file</source>
            <translation>already exists; Roundtable never overwrites a file</translation>
        </message>
        <message>
            <source>already exists; a %1 never overwrites a file</source>
            <translation>already exists; a %1 never overwrites a file</translation>
        </message>
        <message>
            <source>already exists; a backup never overwrites a file</source>
            <translation>already exists; a backup never overwrites a file</translation>
        </message>
        <message>
            <source>already exists; a bundle never overwrites a file</source>
            <translation>already exists; a bundle never overwrites a file</translation>
        </message>
        <message>
            <source>already exists; use --force to replace it</source>
            <translation>already exists; use --force to replace it</translation>
        </message>
        <message>
            <source>an agenda session titled %1 already exists</source>
            <translation>an agenda session titled %1 already exists</translation>
        </message>
        <message>
            <source>an unencrypted SQLite database</source>
            <translation>an unencrypted SQLite database</translation>
        </message>
        <message>
            <source>appeared meanwhile; nothing was restored</source>
            <translation>appeared meanwhile; nothing was restored</translation>
        </message>
        <message>
            <source>automatic backup failed: %1</source>
            <translation>automatic backup failed: %1</translation>
        </message>
        <message>
            <source>has %1 where the header has %2</source>
            <translation>has %1 where the header has %2</translation>
        </message>
        <message>
            <source>bundle</source>
            <translation>bundle</translation>
        </message>
        <message numerus="yes">
            <source>%n texts</source>
            <translation>
                <numerusform>%n text</numerusform>
                <numerusform>%n texts</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot be created (%1)</source>
            <translation>cannot be created (%1)</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>cannot be read (%1)</translation>
        </message>
        <message>
            <source>cannot be read (permission denied)</source>
            <translation>cannot be read (permission denied)</translation>
        </message>
        <message>
            <source>choose two or more remarks to merge</source>
            <translation>choose two or more remarks to merge</translation>
        </message>
        <message>
            <source>column</source>
            <translation>column</translation>
        </message>
        <message>
            <source>column %1: %2</source>
            <translation>column %1: %2</translation>
        </message>
        <message>
            <source>column %1: is not valid JSON (%2)</source>
            <translation>column %1: is not valid JSON (%2)</translation>
        </message>
        <message>
            <source>column theme: unknown theme (this vault has: %1; use --create-themes to add it)</source>
            <translation>column theme: unknown theme (this vault has: %1; use --create-themes to add it)</translation>
        </message>
        <message>
            <source>columns</source>
            <translation>columns</translation>
        </message>
        <message>
            <source>deleted: a deletion always wins</source>
            <translation>deleted: a deletion always wins</translation>
        </message>
        <message>
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <source>has no 'name' column; expected the header name,organisation,role,email,phone</source>
            <translation>has no 'name' column; expected the header name,organisation,role,email,phone</translation>
        </message>
        <message>
            <source>has no 'term' column; expected the header term,kind,aliases</source>
            <translation>has no 'term' column; expected the header term,kind,aliases</translation>
        </message>
        <message>
            <source>holds a header but no remarks</source>
            <translation>holds a header but no remarks</translation>
        </message>
        <message>
            <source>holds a number too large to read</source>
            <translation>holds a number too large to read</translation>
        </message>
        <message>
            <source>holds an invalid character (a lone surrogate such as \ud800)</source>
            <translation>holds an invalid character (a lone surrogate such as \ud800)</translation>
        </message>
        <message>
            <source>holds no remarks</source>
            <translation>holds no remarks</translation>
        </message>
        <message>
            <source>is a folder, not a bundle</source>
            <translation>is a folder, not a bundle</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>is a folder, not a file</translation>
        </message>
        <message>
            <source>is a folder, not a vault</source>
            <translation>is a folder, not a vault</translation>
        </message>
        <message>
            <source>is a folder; give a file name to write the summary to</source>
            <translation>is a folder; give a file name to write the summary to</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>is empty</translation>
        </message>
        <message>
            <source>is empty: there is nothing to import</source>
            <translation>is empty: there is nothing to import</translation>
        </message>
        <message>
            <source>is empty; expected the header name,organisation,role,email,phone</source>
            <translation>is empty; expected the header name,organisation,role,email,phone</translation>
        </message>
        <message>
            <source>is empty; expected the header term,kind,aliases</source>
            <translation>is empty; expected the header term,kind,aliases</translation>
        </message>
        <message>
            <source>is nested too deeply to be a remark</source>
            <translation>is nested too deeply to be a remark</translation>
        </message>
        <message>
            <source>is not valid CSV (%1)</source>
            <translation>is not valid CSV (%1)</translation>
        </message>
        <message>
            <source>is not valid UTF-8</source>
            <translation>is not valid UTF-8</translation>
        </message>
        <message>
            <source>is the vault itself; choose another file name</source>
            <translation>is the vault itself; choose another file name</translation>
        </message>
        <message>
            <source>is the vault itself; give a backup to restore from</source>
            <translation>is the vault itself; give a backup to restore from</translation>
        </message>
        <message>
            <source>is too large (%1 MB at most)</source>
            <translation>is too large (%1 MB at most)</translation>
        </message>
        <message>
            <source>is too large to be a Roundtable bundle</source>
            <translation>is too large to be a Roundtable bundle</translation>
        </message>
        <message>
            <source>kept '%1' (the later rename)</source>
            <translation>kept '%1' (the later rename)</translation>
        </message>
        <message>
            <source>kept as written: %1</source>
            <translation>kept as written: %1</translation>
        </message>
        <message>
            <source>kept the later edit (from the bundle); the other wording is kept as a revision</source>
            <translation>kept the later edit (from the bundle); the other wording is kept as a revision</translation>
        </message>
        <message>
            <source>kept the later edit (made here); the other wording is kept as a revision</source>
            <translation>kept the later edit (made here); the other wording is kept as a revision</translation>
        </message>
        <message>
            <source>lacks the text field %1</source>
            <translation>lacks the text field %1</translation>
        </message>
        <message>
            <source>lists no participants</source>
            <translation>lists no participants</translation>
        </message>
        <message>
            <source>merge split on one side and its remark edited on the other</source>
            <translation>merge split on one side and its remark edited on the other</translation>
        </message>
        <message>
            <source>must be a JSON object</source>
            <translation>must be a JSON object</translation>
        </message>
        <message>
            <source>no such agenda session</source>
            <translation>no such agenda session</translation>
        </message>
        <message>
            <source>no such bundle</source>
            <translation>no such bundle</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>no such file</translation>
        </message>
        <message>
            <source>no such remark</source>
            <translation>no such remark</translation>
        </message>
        <message>
            <source>no such theme</source>
            <translation>no such theme</translation>
        </message>
        <message>
            <source>no such theme or agenda session</source>
            <translation>no such theme or agenda session</translation>
        </message>
        <message>
            <source>no such vault</source>
            <translation>no such vault</translation>
        </message>
        <message>
            <source>only a single word (letters, with - or ' inside) can be added</source>
            <translation>only a single word (letters, with - or ' inside) can be added</translation>
        </message>
        <message>
            <source>participant %1</source>
            <translation>participant %1</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permission denied</translation>
        </message>
        <message>
            <source>protected term %1</source>
            <translation>protected term %1</translation>
        </message>
        <message>
            <source>remark %1</source>
            <translation>remark %1</translation>
        </message>
        <message>
            <source>remark deleted on one side and edited on the other</source>
            <translation>remark deleted on one side and edited on the other</translation>
        </message>
        <message>
            <source>remark edited on both sides</source>
            <translation>remark edited on both sides</translation>
        </message>
        <message>
            <source>removed %1 file(s) an interrupted run had left beside the vault (%2)</source>
            <translation>removed %1 file(s) an interrupted run had left beside the vault (%2)</translation>
        </message>
        <message>
            <source>session %1</source>
            <translation>session %1</translation>
        </message>
        <message>
            <source>shortcut Ctrl+%1 is not free</source>
            <translation>shortcut Ctrl+%1 is not free</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>summary</translation>
        </message>
        <message>
            <source>temporary tables would be written to files</source>
            <translation>temporary tables would be written to files</translation>
        </message>
        <message>
            <source>the %1 is too long (%2 characters at most)</source>
            <translation>the %1 is too long (%2 characters at most)</translation>
        </message>
        <message>
            <source>the bundle's %1 carries a time more than %2 days ahead of this laptop's clock; check the date on the laptop that wrote it (nothing was imported)</source>
            <translation>the bundle's %1 carries a time more than %2 days ahead of this laptop's clock; check the date on the laptop that wrote it (nothing was imported)</translation>
        </message>
        <message>
            <source>the bundle's %1 is %2 characters long; the limit is %3 (nothing was imported)</source>
            <translation>the bundle's %1 is %2 characters long; the limit is %3 (nothing was imported)</translation>
        </message>
        <message>
            <source>the bundled SQLite is %1; Roundtable needs at least %2 (it fixes a WAL corruption bug)</source>
            <translation>the bundled SQLite is %1; Roundtable needs at least %2 (it fixes a WAL corruption bug)</translation>
        </message>
        <message>
            <source>the change conflicts with what the vault holds (a duplicate name, or a theme or session that no longer exists)</source>
            <translation>the change conflicts with what the vault holds (a duplicate name, or a theme or session that no longer exists)</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>the disk quota is exhausted</source>
            <translation>the disk quota is exhausted</translation>
        </message>
        <message>
            <source>the executive summary is too long (200,000 characters at most)</source>
            <translation>the executive summary is too long (200,000 characters at most)</translation>
        </message>
        <message>
            <source>the field %1 must be text</source>
            <translation>the field %1 must be text</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>the folder does not exist</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>the folder is read-only</translation>
        </message>
        <message>
            <source>the header lacks the %1 %2; expected theme,kind,session,text</source>
            <translation>the header lacks the %1 %2; expected theme,kind,session,text</translation>
        </message>
        <message>
            <source>the header line is not valid CSV (a quoted field is never closed?)</source>
            <translation>the header line is not valid CSV (a quoted field is never closed?)</translation>
        </message>
        <message>
            <source>the name is empty</source>
            <translation>the name is empty</translation>
        </message>
        <message>
            <source>the participants list is empty</source>
            <translation>the participants list is empty</translation>
        </message>
        <message>
            <source>the passphrase cannot contain a NUL character</source>
            <translation>the passphrase cannot contain a NUL character</translation>
        </message>
        <message>
            <source>the passphrase is empty or only white space</source>
            <translation>the passphrase is empty or only white space</translation>
        </message>
        <message>
            <source>the passphrase must be at least %1 characters long</source>
            <translation>the passphrase must be at least %1 characters long</translation>
        </message>
        <message>
            <source>the reason</source>
            <translation>the reason</translation>
        </message>
        <message>
            <source>the remark</source>
            <translation>the remark</translation>
        </message>
        <message>
            <source>the remark is shown on its own again</source>
            <translation>the remark is shown on its own again</translation>
        </message>
        <message>
            <source>the session title</source>
            <translation>the session title</translation>
        </message>
        <message>
            <source>the synthesis is too long (200,000 characters at most)</source>
            <translation>the synthesis is too long (200,000 characters at most)</translation>
        </message>
        <message>
            <source>the term %1 is already listed on line %2</source>
            <translation>the term %1 is already listed on line %2</translation>
        </message>
        <message>
            <source>the term is empty</source>
            <translation>the term is empty</translation>
        </message>
        <message>
            <source>the theme %1 still holds %2; move them first</source>
            <translation>the theme %1 still holds %2; move them first</translation>
        </message>
        <message>
            <source>the theme is empty</source>
            <translation>the theme is empty</translation>
        </message>
        <message>
            <source>the theme is kept with its remarks</source>
            <translation>the theme is kept with its remarks</translation>
        </message>
        <message>
            <source>the theme is recreated with its remarks</source>
            <translation>the theme is recreated with its remarks</translation>
        </message>
        <message>
            <source>the theme name</source>
            <translation>the theme name</translation>
        </message>
        <message>
            <source>the title</source>
            <translation>the title</translation>
        </message>
        <message>
            <source>the vault file had vanished; everything was saved to %1</source>
            <translation>the vault file had vanished; everything was saved to %1</translation>
        </message>
        <message>
            <source>the vault is locked</source>
            <translation>the vault is locked</translation>
        </message>
        <message>
            <source>the word is empty</source>
            <translation>the word is empty</translation>
        </message>
        <message>
            <source>the word is longer than %1 characters</source>
            <translation>the word is longer than %1 characters</translation>
        </message>
        <message>
            <source>the word must be text</source>
            <translation>the word must be text</translation>
        </message>
        <message>
            <source>theme %1</source>
            <translation>theme %1</translation>
        </message>
        <message>
            <source>theme '%1' was deleted here; the bundle files %2 under it</source>
            <translation>theme '%1' was deleted here; the bundle files %2 under it</translation>
        </message>
        <message>
            <source>theme '%1' was deleted in the bundle; here, %2 filed under it</source>
            <translation>theme '%1' was deleted in the bundle; here, %2 filed under it</translation>
        </message>
        <message>
            <source>theme deleted on one side and used on the other</source>
            <translation>theme deleted on one side and used on the other</translation>
        </message>
        <message>
            <source>theme renamed on both sides</source>
            <translation>theme renamed on both sides</translation>
        </message>
        <message>
            <source>this name is already listed on line %1</source>
            <translation>this name is already listed on line %1</translation>
        </message>
        <message>
            <source>this remark is not a merge of others</source>
            <translation>this remark is not a merge of others</translation>
        </message>
        <message>
            <source>transliterated %1 to Cyrillic</source>
            <translation>transliterated %1 to Cyrillic</translation>
        </message>
        <message>
            <source>transliterated %1 to Latin</source>
            <translation>transliterated %1 to Latin</translation>
        </message>
        <message>
            <source>transliteration is for a Serbian summary (sr-Latn or sr-Cyrl)</source>
            <translation>transliteration is for a Serbian summary (sr-Latn or sr-Cyrl)</translation>
        </message>
        <message>
            <source>unknown column %1; use name,organisation,role,email,phone</source>
            <translation>unknown column %1; use name,organisation,role,email,phone</translation>
        </message>
        <message>
            <source>unknown export format %1; use one of %2</source>
            <translation>unknown export format %1; use one of %2</translation>
        </message>
        <message>
            <source>unknown kind %1; use one of %2</source>
            <translation>unknown kind %1; use one of %2</translation>
        </message>
        <message>
            <source>unknown kind; use one of %1</source>
            <translation>unknown kind; use one of %1</translation>
        </message>
        <message>
            <source>unknown status %1; use one of %2</source>
            <translation>unknown status %1; use one of %2</translation>
        </message>
        <message>
            <source>unknown term kind %1</source>
            <translation>unknown term kind %1</translation>
        </message>
        <message>
            <source>“%1” (theme '%2')</source>
            <translation>“%1” (theme '%2')</translation>
        </message>
    </context>
    <context>
        <name>NewVaultCard</name>
        <message numerus="yes">
            <source>Too short: at least %1 characters (%n so far).</source>
            <extracomment>``create_fn(path, passphrase, title=..., themes=[...])`` -&gt; the open vault (run in a worker). Which field a problem is about (the card puts the keyboard there).</extracomment>
            <translation>
                <numerusform>Too short: at least %1 characters (%n so far).</numerusform>
                <numerusform>Too short: at least %1 characters (%n so far).</numerusform>
            </translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Strong.</translation>
        </message>
        <message>
            <source>Fair. A few more words make it much stronger.</source>
            <translation>Fair. A few more words make it much stronger.</translation>
        </message>
        <message>
            <source>Weak. Use a longer passphrase, for example four unrelated words.</source>
            <translation>Weak. Use a longer passphrase, for example four unrelated words.</translation>
        </message>
        <message>
            <source>New event vault</source>
            <translation>New event vault</translation>
        </message>
        <message>
            <source>Where to save the vault</source>
            <translation>Where to save the vault</translation>
        </message>
        <message>
            <source>Vault file location</source>
            <translation>Vault file location</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Choose where to save the vault</source>
            <translation>Choose where to save the vault</translation>
        </message>
        <message>
            <source>Event title</source>
            <translation>Event title</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Repeat the passphrase</translation>
        </message>
        <message>
            <source>Themes, one per line (optional)</source>
            <translation>Themes, one per line (optional)</translation>
        </message>
        <message>
            <source>One theme per line (optional; you can add them later)</source>
            <translation>One theme per line (optional; you can add them later)</translation>
        </message>
        <message>
            <source>Remember this vault in the recent list</source>
            <translation>Remember this vault in the recent list</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Create vault</translation>
        </message>
        <message>
            <source>Create the vault</source>
            <translation>Create the vault</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <source>T&amp;hemes:</source>
            <translation>T&amp;hemes:</translation>
        </message>
        <message>
            <source> The two passphrases differ.</source>
            <translation> The two passphrases differ.</translation>
        </message>
        <message>
            <source>Save the new vault as</source>
            <translation>Save the new vault as</translation>
        </message>
        <message>
            <source>Roundtable vaults (%1)</source>
            <translation>Roundtable vaults (%1)</translation>
        </message>
        <message>
            <source>Choose where to save the vault.</source>
            <translation>Choose where to save the vault.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>The folder %1 does not exist.</translation>
        </message>
        <message>
            <source>%1 already exists; Roundtable never overwrites a file.</source>
            <translation>%1 already exists; Roundtable never overwrites a file.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be written to; choose another.</source>
            <translation>The folder %1 cannot be written to; choose another.</translation>
        </message>
        <message>
            <source>Give the event a title.</source>
            <translation>Give the event a title.</translation>
        </message>
        <message>
            <source>The passphrase must be at least %1 characters long.</source>
            <translation>The passphrase must be at least %1 characters long.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPane</name>
        <message>
            <source>&amp;Preview the summary</source>
            <translation>&amp;Preview the summary</translation>
        </message>
        <message>
            <source>Export &amp;dialog (one format, with its pre-flight)…</source>
            <translation>Export &amp;dialog (one format, with its pre-flight)…</translation>
        </message>
        <message>
            <source>Summary preview</source>
            <translation>Summary preview</translation>
        </message>
        <message numerus="yes">
            <source>%n remarks still to review</source>
            <translation>
                <numerusform>%n remark still to review</numerusform>
                <numerusform>%n remarks still to review</numerusform>
            </translation>
        </message>
        <message>
            <source>unresolved findings: open the Findings tab to check</source>
            <translation>unresolved findings: open the Findings tab to check</translation>
        </message>
        <message numerus="yes">
            <source>%n unresolved findings</source>
            <translation>
                <numerusform>%n unresolved finding</numerusform>
                <numerusform>%n unresolved findings</numerusform>
            </translation>
        </message>
        <message>
            <source>every theme has a synthesis</source>
            <translation>every theme has a synthesis</translation>
        </message>
        <message numerus="yes">
            <source>%n themes without a synthesis: %1</source>
            <translation>
                <numerusform>%n theme without a synthesis: %1</numerusform>
                <numerusform>%n themes without a synthesis: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Before the summary goes out</source>
            <translation>Before the summary goes out</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsImport</name>
        <message>
            <source>Import &amp;participants…</source>
            <translation>Import &amp;participants…</translation>
        </message>
        <message>
            <source>Import a participants list as protected terms</source>
            <translation>Import a participants list as protected terms</translation>
        </message>
        <message>
            <source>Strict event: also flag sector-level affiliation (“a ministry representative”, “someone from civil society”)</source>
            <translation>Strict event: also flag sector-level affiliation (“a ministry representative”, “someone from civil society”)</translation>
        </message>
        <message>
            <source>Flag sector-level affiliation</source>
            <translation>Flag sector-level affiliation</translation>
        </message>
        <message>
            <source>Import participants</source>
            <translation>Import participants</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Nothing imported: %1</source>
            <translation>Nothing imported: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n participants added, %1 updated;</source>
            <translation>
                <numerusform>%n participant added, %1 updated;</numerusform>
                <numerusform>%n participants added, %1 updated;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n protected terms added, %1 updated.</source>
            <translation>
                <numerusform>%n protected term added, %1 updated.</numerusform>
                <numerusform>%n protected terms added, %1 updated.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Sector-level affiliation is now flagged.</source>
            <translation>Sector-level affiliation is now flagged.</translation>
        </message>
        <message>
            <source>Sector-level affiliation is no longer flagged.</source>
            <translation>Sector-level affiliation is no longer flagged.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsReview</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Import participants</source>
            <translation>Import participants</translation>
        </message>
        <message>
            <source>Review the terms generated from the participants list</source>
            <translation>Review the terms generated from the participants list</translation>
        </message>
        <message numerus="yes">
            <source>%n participants give %1.</source>
            <translation>
                <numerusform>%n participant gives %1.</numerusform>
                <numerusform>%n participants give %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n protected terms</source>
            <translation>
                <numerusform>%n protected term</numerusform>
                <numerusform>%n protected terms</numerusform>
            </translation>
        </message>
        <message>
            <source>Generated aliases are ticked: untick (Space) any you do not want. The list stays in the vault and is never exported.</source>
            <translation>Generated aliases are ticked: untick (Space) any you do not want. The list stays in the vault and is never exported.</translation>
        </message>
        <message>
            <source>Generated protected terms and aliases</source>
            <translation>Generated protected terms and aliases</translation>
        </message>
        <message>
            <source>Term or alias</source>
            <translation>Term or alias</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>generated alias</source>
            <translation>generated alias</translation>
        </message>
        <message>
            <source>Save the participants and their protected terms</source>
            <translation>Save the participants and their protected terms</translation>
        </message>
    </context>
    <context>
        <name>RemarkList</name>
        <message>
            <source>E&amp;xclude from the summary</source>
            <translation>E&amp;xclude from the summary</translation>
        </message>
        <message>
            <source>Include in the &amp;summary</source>
            <translation>Include in the &amp;summary</translation>
        </message>
        <message>
            <source>Saved remarks</source>
            <extracomment>The selected remark's whole current text ('' when none is selected).</extracomment>
            <translation>Saved remarks</translation>
        </message>
        <message>
            <source>&amp;Edit text</source>
            <translation>&amp;Edit text</translation>
        </message>
        <message>
            <source>&amp;Delete remark</source>
            <translation>&amp;Delete remark</translation>
        </message>
        <message>
            <source>&amp;Move to theme…</source>
            <translation>&amp;Move to theme…</translation>
        </message>
        <message>
            <source>Change &amp;kind…</source>
            <translation>Change &amp;kind…</translation>
        </message>
        <message>
            <source>Key &amp;point</source>
            <translation>Key &amp;point</translation>
        </message>
        <message>
            <source>&amp;Reword for the summary…</source>
            <translation>&amp;Reword for the summary…</translation>
        </message>
        <message>
            <source>Move to theme</source>
            <translation>Move to theme</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Dismiss a &amp;finding</source>
            <translation>Dismiss a &amp;finding</translation>
        </message>
    </context>
    <context>
        <name>RemarkModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Remark</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Excluded</translation>
        </message>
        <message>
            <source>★ Key point</source>
            <translation>★ Key point</translation>
        </message>
        <message>
            <source>✎ Reworded</source>
            <translation>✎ Reworded</translation>
        </message>
        <message>
            <source>Left out of the summary (Ctrl+Shift+X includes it again)</source>
            <translation>Left out of the summary (Ctrl+Shift+X includes it again)</translation>
        </message>
        <message>
            <source>Listed first in its theme as a key point (Ctrl+Shift+K)</source>
            <translation>Listed first in its theme as a key point (Ctrl+Shift+K)</translation>
        </message>
        <message>
            <source>The summary uses the facilitator's wording (Ctrl+R changes it)</source>
            <translation>The summary uses the facilitator's wording (Ctrl+R changes it)</translation>
        </message>
        <message>
            <source>Left out of the summary.</source>
            <extracomment>The user finished editing a remark's text in place: (remark id, new text).</extracomment>
            <translation>Left out of the summary.</translation>
        </message>
        <message>
            <source>May attribute this remark:</source>
            <translation>May attribute this remark:</translation>
        </message>
        <message>
            <source>Reworded for the summary. As captured:</source>
            <translation>Reworded for the summary. As captured:</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>when opened</source>
            <translation>when opened</translation>
        </message>
        <message>
            <source>when closed</source>
            <translation>when closed</translation>
        </message>
        <message>
            <source>while working</source>
            <translation>while working</translation>
        </message>
        <message>
            <source>before a bundle import</source>
            <translation>before a bundle import</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>before an upgrade</translation>
        </message>
        <message numerus="yes">
            <source>%n remarks</source>
            <translation>
                <numerusform>%n remark</numerusform>
                <numerusform>%n remarks</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore %1 from a backup</source>
            <translation>Restore %1 from a backup</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>Choose a backup. The current file is kept beside it under a name ending in “.replaced-…”, never overwritten. Type the passphrase the backup was made with.</source>
            <translation>Choose a backup. The current file is kept beside it under a name ending in “.replaced-…”, never overwritten. Type the passphrase the backup was made with.</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Backups, newest first</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Passphrase of the backup</source>
            <translation>Passphrase of the backup</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>No automatic backups of %1 were found.</source>
            <translation>No automatic backups of %1 were found.</translation>
        </message>
        <message>
            <source>Type the backup's passphrase.</source>
            <translation>Type the backup's passphrase.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <source>Restored %1. The previous file was kept as %2.</source>
            <translation>Restored %1. The previous file was kept as %2.</translation>
        </message>
        <message>
            <source>Restored %1.</source>
            <translation>Restored %1.</translation>
        </message>
    </context>
    <context>
        <name>ReviewFixes</name>
        <message>
            <source>Replace wording in a theme heading</source>
            <translation>Replace wording in a theme heading</translation>
        </message>
        <message>
            <source>Could not change the theme: %1</source>
            <translation>Could not change the theme: %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <source>Theme</source>
            <extracomment>What a drag of rows carries: the dragged remarks' ids, one per line (never their text, which must not reach another application through the drag-and-drop system).</extracomment>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Remark</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>To review</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Excluded</translation>
        </message>
        <message>
            <source>Key point</source>
            <translation>Key point</translation>
        </message>
        <message>
            <source>Reworded</source>
            <translation>Reworded</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Merged</translation>
        </message>
        <message>
            <source>Unresolved findings</source>
            <translation>Unresolved findings</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Possible duplicate</translation>
        </message>
    </context>
    <context>
        <name>ReviewWorkspace</name>
        <message>
            <source>Review workspace</source>
            <extracomment>The synthesis (or executive summary) being typed reached the vault. Review changed the vault beyond remarks (a fix in a theme heading): a vault.types.Changes for the other views.</extracomment>
            <translation>Review workspace</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>Search (Ctrl+F): any case, diacritics or script</source>
            <translation>Search (Ctrl+F): any case, diacritics or script</translation>
        </message>
        <message>
            <source>Search remarks</source>
            <translation>Search remarks</translation>
        </message>
        <message>
            <source>Serbian word forms</source>
            <translation>Serbian word forms</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>Kind filter</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Status filter</translation>
        </message>
        <message>
            <source>Session filter</source>
            <translation>Session filter</translation>
        </message>
        <message>
            <source>Flag filter</source>
            <translation>Flag filter</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Remark, findings and overview</source>
            <translation>Remark, findings and overview</translation>
        </message>
        <message>
            <source>Remark detail</source>
            <translation>Remark detail</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Remark</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>Executive summary</translation>
        </message>
        <message>
            <source>Synthesis</source>
            <translation>Synthesis</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Next hit</source>
            <translation>Next hit</translation>
        </message>
        <message>
            <source>Previous hit</source>
            <translation>Previous hit</translation>
        </message>
        <message>
            <source>Move up in its theme</source>
            <translation>Move up in its theme</translation>
        </message>
        <message>
            <source>Move down in its theme</source>
            <translation>Move down in its theme</translation>
        </message>
        <message>
            <source>Exclude / include</source>
            <translation>Exclude / include</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Mark reviewed</translation>
        </message>
        <message>
            <source>Key point</source>
            <translation>Key point</translation>
        </message>
        <message>
            <source>Merge selected remarks</source>
            <translation>Merge selected remarks</translation>
        </message>
        <message>
            <source>Split a merged remark</source>
            <translation>Split a merged remark</translation>
        </message>
        <message>
            <source>Reword for the summary</source>
            <translation>Reword for the summary</translation>
        </message>
        <message>
            <source>Insert this remark's wording in the synthesis</source>
            <translation>Insert this remark's wording in the synthesis</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>Every kind</translation>
        </message>
        <message>
            <source>Every status</source>
            <translation>Every status</translation>
        </message>
        <message>
            <source>Every day and session</source>
            <translation>Every day and session</translation>
        </message>
        <message>
            <source>Day %1</source>
            <translation>Day %1</translation>
        </message>
        <message>
            <source>No flag filter</source>
            <translation>No flag filter</translation>
        </message>
        <message>
            <source>All themes</source>
            <translation>All themes</translation>
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation>Search failed: %1</translation>
        </message>
        <message>
            <source>All themes (%1)</source>
            <translation>All themes (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n remarks shown</source>
            <translation>
                <numerusform>%1 of %n remark shown</numerusform>
                <numerusform>%1 of %n remarks shown</numerusform>
            </translation>
        </message>
        <message>
            <source>no match</source>
            <translation>no match</translation>
        </message>
        <message numerus="yes">
            <source>%n matches</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>as captured</source>
            <translation>as captured</translation>
        </message>
        <message>
            <source>Left out of the summary.</source>
            <translation>Left out of the summary.</translation>
        </message>
        <message>
            <source>Listed under “%1” as a key point, in the facilitator's wording.</source>
            <translation>Listed under “%1” as a key point, in the facilitator's wording.</translation>
        </message>
        <message>
            <source>Listed under “%1” as a key point, as captured.</source>
            <translation>Listed under “%1” as a key point, as captured.</translation>
        </message>
        <message>
            <source>Listed under “%1”, in the facilitator's wording.</source>
            <translation>Listed under “%1”, in the facilitator's wording.</translation>
        </message>
        <message>
            <source>Listed under “%1”, as captured.</source>
            <translation>Listed under “%1”, as captured.</translation>
        </message>
        <message>
            <source>Captured</source>
            <translation>Captured</translation>
        </message>
        <message>
            <source>Summary wording</source>
            <translation>Summary wording</translation>
        </message>
        <message>
            <source>&lt;b&gt;Export:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Export:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>Could not read the remark's history: %1</source>
            <translation>Could not read the remark's history: %1</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Merged from %n remarks&lt;/b&gt; (Ctrl+Shift+M splits):</source>
            <translation>
                <numerusform>&lt;b&gt;Merged from %n remark&lt;/b&gt; (Ctrl+Shift+M splits):</numerusform>
                <numerusform>&lt;b&gt;Merged from %n remarks&lt;/b&gt; (Ctrl+Shift+M splits):</numerusform>
            </translation>
        </message>
        <message>
            <source>captured</source>
            <translation>captured</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>summary</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Earlier wordings</source>
            <translation>Earlier wordings</translation>
        </message>
        <message>
            <source>Could not read the synthesis: %1</source>
            <translation>Could not read the synthesis: %1</translation>
        </message>
        <message>
            <source>Synthesis of “%1”</source>
            <translation>Synthesis of “%1”</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved · ⚠ %n possible attributions</source>
            <translation>
                <numerusform>Saved · ⚠ %n possible attribution</numerusform>
                <numerusform>Saved · ⚠ %n possible attributions</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>To reorder by dragging, pick one theme on the left: the order is kept per theme.</source>
            <translation>To reorder by dragging, pick one theme on the left: the order is kept per theme.</translation>
        </message>
        <message>
            <source>To reorder by dragging, sort by the Theme column (ascending): the table now shows another order than the summary's.</source>
            <translation>To reorder by dragging, sort by the Theme column (ascending): the table now shows another order than the summary's.</translation>
        </message>
        <message>
            <source>To reorder by dragging, clear the search and the filters: the table shows only some of this theme's remarks.</source>
            <translation>To reorder by dragging, clear the search and the filters: the table shows only some of this theme's remarks.</translation>
        </message>
        <message>
            <source>Moved the remark; Ctrl+Z puts it back.</source>
            <translation>Moved the remark; Ctrl+Z puts it back.</translation>
        </message>
        <message numerus="yes">
            <source>Moved %n remarks; Ctrl+Z puts them back.</source>
            <translation>
                <numerusform>Moved %n remark; Ctrl+Z puts it back.</numerusform>
                <numerusform>Moved %n remarks; Ctrl+Z puts them back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select two or more remarks to merge (Shift+click)</source>
            <translation>Select two or more remarks to merge (Shift+click)</translation>
        </message>
        <message>
            <source>This remark is not a merge of others</source>
            <translation>This remark is not a merge of others</translation>
        </message>
        <message>
            <source>Could not check the summary: %1</source>
            <translation>Could not check the summary: %1</translation>
        </message>
        <message>
            <source>Name or description of theme “%1”</source>
            <translation>Name or description of theme “%1”</translation>
        </message>
        <message>
            <source>Findings (%1)</source>
            <translation>Findings (%1)</translation>
        </message>
        <message>
            <source>A theme needs a name.</source>
            <translation>A theme needs a name.</translation>
        </message>
        <message>
            <source>Could not change the synthesis: %1</source>
            <translation>Could not change the synthesis: %1</translation>
        </message>
        <message>
            <source>Could not dismiss: %1</source>
            <translation>Could not dismiss: %1</translation>
        </message>
        <message>
            <source>Could not read the syntheses: %1</source>
            <translation>Could not read the syntheses: %1</translation>
        </message>
    </context>
    <context>
        <name>RewordDialog</name>
        <message>
            <source>Possible attributions are underlined; right-click to fix.</source>
            <translation>Possible attributions are underlined; right-click to fix.</translation>
        </message>
        <message>
            <source>Reword for the summary</source>
            <translation>Reword for the summary</translation>
        </message>
        <message>
            <source>As &amp;captured (kept unchanged):</source>
            <translation>As &amp;captured (kept unchanged):</translation>
        </message>
        <message>
            <source>Remark as captured</source>
            <translation>Remark as captured</translation>
        </message>
        <message>
            <source>&amp;Wording for the summary:</source>
            <translation>&amp;Wording for the summary:</translation>
        </message>
        <message>
            <source>Wording for the summary</source>
            <translation>Wording for the summary</translation>
        </message>
        <message>
            <source>Guard findings in the wording</source>
            <translation>Guard findings in the wording</translation>
        </message>
        <message>
            <source>&amp;Save wording</source>
            <translation>&amp;Save wording</translation>
        </message>
        <message>
            <source>Save the wording for the summary</source>
            <translation>Save the wording for the summary</translation>
        </message>
        <message>
            <source>Use the &amp;original</source>
            <translation>Use the &amp;original</translation>
        </message>
        <message>
            <source>Use the original wording in the summary</source>
            <translation>Use the original wording in the summary</translation>
        </message>
        <message>
            <source>Save the new wording?</source>
            <translation>Save the new wording?</translation>
        </message>
        <message>
            <source>The wording for the summary was changed.</source>
            <translation>The wording for the summary was changed.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Event setup</source>
            <extracomment>The same moments as ``changed``, saying what changed (a vault.types.Changes). The user chose "Write the syntheses in Review"; emitted once the dialog has closed.</extracomment>
            <translation>Event setup</translation>
        </message>
        <message>
            <source>Event setup sections</source>
            <translation>Event setup sections</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Event</translation>
        </message>
        <message>
            <source>T&amp;hemes</source>
            <translation>T&amp;hemes</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <source>&amp;Protected terms</source>
            <translation>&amp;Protected terms</translation>
        </message>
        <message>
            <source>Setup status</source>
            <translation>Setup status</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>event fields</source>
            <extracomment>The Save / Discard / Cancel question while it is up (for tests and the lock).</extracomment>
            <translation>event fields</translation>
        </message>
        <message>
            <source>theme descriptions</source>
            <translation>theme descriptions</translation>
        </message>
        <message>
            <source>protected terms</source>
            <translation>protected terms</translation>
        </message>
        <message>
            <source>Save the event fields, theme descriptions and protected terms</source>
            <translation>Save the event fields, theme descriptions and protected terms</translation>
        </message>
        <message>
            <source>Write the s&amp;yntheses in Review</source>
            <translation>Write the s&amp;yntheses in Review</translation>
        </message>
        <message>
            <source>Write the syntheses in Review</source>
            <translation>Write the syntheses in Review</translation>
        </message>
        <message>
            <source>Closes Event setup and opens Review with the synthesis editor: the executive summary and each theme's synthesis, written beside the theme's remarks.</source>
            <translation>Closes Event setup and opens Review with the synthesis editor: the executive summary and each theme's synthesis, written beside the theme's remarks.</translation>
        </message>
        <message>
            <source>Unsaved changes (%1): Ctrl+S saves them.</source>
            <translation>Unsaved changes (%1): Ctrl+S saves them.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Imported into the table but not saved: %1</source>
            <translation>Imported into the table but not saved: %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Save the changes before closing Event setup?</source>
            <translation>Save the changes before closing Event setup?</translation>
        </message>
        <message>
            <source>Not saved yet: %1.</source>
            <translation>Not saved yet: %1.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Save the remark</source>
            <translation>Save the remark</translation>
        </message>
        <message>
            <source>Choose the agenda session</source>
            <translation>Choose the agenda session</translation>
        </message>
        <message>
            <source>Go to the editor</source>
            <translation>Go to the editor</translation>
        </message>
        <message>
            <source>Go to the list of remarks</source>
            <translation>Go to the list of remarks</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source> or </source>
            <translation> or </translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
    </context>
    <context>
        <name>Spelling</name>
        <message>
            <source>No suggestions</source>
            <translation>No suggestions</translation>
        </message>
        <message>
            <source>Add “%1” to the event's dictionary</source>
            <translation>Add “%1” to the event's dictionary</translation>
        </message>
        <message>
            <source>Spell-check is off: the Enchant library is not installed.</source>
            <translation>Spell-check is off: the Enchant library is not installed.</translation>
        </message>
        <message>
            <source>Spell-check is off: no dictionary for this language is installed.</source>
            <translation>Spell-check is off: no dictionary for this language is installed.</translation>
        </message>
        <message>
            <source>Spell-check is off (%1).</source>
            <translation>Spell-check is off (%1).</translation>
        </message>
    </context>
    <context>
        <name>TermsModel</name>
        <message>
            <source>Term</source>
            <translation>Term</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Other spellings (separated by ;)</source>
            <translation>Other spellings (separated by ;)</translation>
        </message>
    </context>
    <context>
        <name>TermsTab</name>
        <message>
            <source>Kind of term</source>
            <translation>Kind of term</translation>
        </message>
        <message>
            <source>Protected terms</source>
            <extracomment>Terms read from a CSV file and merged into the table (the dialog saves them at once).</extracomment>
            <translation>Protected terms</translation>
        </message>
        <message>
            <source>&amp;Add term</source>
            <translation>&amp;Add term</translation>
        </message>
        <message>
            <source>Add a protected term</source>
            <translation>Add a protected term</translation>
        </message>
        <message>
            <source>&amp;Delete term</source>
            <translation>&amp;Delete term</translation>
        </message>
        <message>
            <source>Delete the selected term</source>
            <translation>Delete the selected term</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Import CSV…</translation>
        </message>
        <message>
            <source>Import protected terms from a CSV file</source>
            <translation>Import protected terms from a CSV file</translation>
        </message>
        <message>
            <source>Import result</source>
            <translation>Import result</translation>
        </message>
        <message>
            <source>The guard warns when these appear in a remark. They are never exported.</source>
            <translation>The guard warns when these appear in a remark. They are never exported.</translation>
        </message>
        <message>
            <source>Import protected terms</source>
            <translation>Import protected terms</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Nothing imported: %1</source>
            <translation>Nothing imported: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n terms added, %1 updated and saved.</source>
            <translation>
                <numerusform>%n term added, %1 updated and saved.</numerusform>
                <numerusform>%n terms added, %1 updated and saved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThemeModel</name>
        <message numerus="yes">
            <source>%n remarks</source>
            <translation>
                <numerusform>%n remark</numerusform>
                <numerusform>%n remarks</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2, shortcut %3</source>
            <translation>%1, %2, shortcut %3</translation>
        </message>
        <message>
            <source>%1: %2. Select with %3.</source>
            <translation>%1: %2. Select with %3.</translation>
        </message>
    </context>
    <context>
        <name>ThemesTab</name>
        <message>
            <source>Themes</source>
            <extracomment>A description was typed (the dialog's status line follows it).</extracomment>
            <translation>Themes</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Re&amp;name…</translation>
        </message>
        <message>
            <source>Rename the selected theme</source>
            <translation>Rename the selected theme</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move the selected theme up</source>
            <translation>Move the selected theme up</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Move do&amp;wn</translation>
        </message>
        <message>
            <source>Move the selected theme down</source>
            <translation>Move the selected theme down</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>&amp;Colour…</translation>
        </message>
        <message>
            <source>Choose the selected theme's colour</source>
            <translation>Choose the selected theme's colour</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <source>Delete the selected theme</source>
            <translation>Delete the selected theme</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Shortcut digit (Ctrl+digit)</source>
            <translation>Shortcut digit (Ctrl+digit)</translation>
        </message>
        <message>
            <source>Shortcut Ctrl+&amp;digit:</source>
            <translation>Shortcut Ctrl+&amp;digit:</translation>
        </message>
        <message>
            <source>Add a theme</source>
            <extracomment>Typed descriptions not yet saved, by theme id (Save writes them).</extracomment>
            <translation>Add a theme</translation>
        </message>
        <message>
            <source>Description of the selected theme</source>
            <translation>Description of the selected theme</translation>
        </message>
        <message>
            <source>A sentence or two the summary prints under the theme's name (optional)</source>
            <translation>A sentence or two the summary prints under the theme's name (optional)</translation>
        </message>
        <message>
            <source>Descr&amp;iption (printed under the theme's name):</source>
            <translation>Descr&amp;iption (printed under the theme's name):</translation>
        </message>
        <message>
            <source>Theme name:</source>
            <translation>Theme name:</translation>
        </message>
        <message>
            <source>Rename the theme</source>
            <translation>Rename the theme</translation>
        </message>
        <message>
            <source>Theme colour</source>
            <translation>Theme colour</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Could not undo “%1”: %2</source>
            <translation>Could not undo “%1”: %2</translation>
        </message>
        <message>
            <source>Could not redo “%1”: %2</source>
            <translation>Could not redo “%1”: %2</translation>
        </message>
        <message>
            <source>Delete remark</source>
            <translation>Delete remark</translation>
        </message>
        <message>
            <source>Edit remark</source>
            <translation>Edit remark</translation>
        </message>
        <message>
            <source>Move remark</source>
            <translation>Move remark</translation>
        </message>
        <message>
            <source>Mark remark as %1</source>
            <translation>Mark remark as %1</translation>
        </message>
    </context>
    <context>
        <name>Unlock</name>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Unlock the vault</source>
            <translation>Unlock the vault</translation>
        </message>
        <message>
            <source>Unlocking</source>
            <translation>Unlocking</translation>
        </message>
        <message>
            <source>Restore from &amp;backup…</source>
            <translation>Restore from &amp;backup…</translation>
        </message>
        <message>
            <source>Restore the vault from one of its backups</source>
            <translation>Restore the vault from one of its backups</translation>
        </message>
        <message>
            <source>Type the vault's passphrase.</source>
            <translation>Type the vault's passphrase.</translation>
        </message>
        <message>
            <source>Preparing search after the update: %1 of %2 remarks…</source>
            <translation>Preparing search after the update: %1 of %2 remarks…</translation>
        </message>
        <message>
            <source>Restored from the backup. Type the passphrase to open it.</source>
            <translation>Restored from the backup. Type the passphrase to open it.</translation>
        </message>
        <message>
            <source>Unlock %1</source>
            <translation>Unlock %1</translation>
        </message>
        <message>
            <source>Unlock vault</source>
            <translation>Unlock vault</translation>
        </message>
        <message>
            <source>Unlock &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Unlock &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>Unsaved</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>&amp;Discard changes</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Capture what was said under the Chatham House Rule — never who said it.</source>
            <translation>Capture what was said under the Chatham House Rule — never who said it.</translation>
        </message>
        <message>
            <source>Join an event from a kit…</source>
            <translation>Join an event from a kit…</translation>
        </message>
        <message>
            <source>Join an event from a kit</source>
            <translation>Join an event from a kit</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>Open a vault</source>
            <translation>Open a vault</translation>
        </message>
        <message>
            <source>Recent vaults</source>
            <translation>Recent vaults</translation>
        </message>
        <message>
            <source>No recent vaults. Tick “Remember this vault” to keep one here; only its location is stored.</source>
            <translation>No recent vaults. Tick “Remember this vault” to keep one here; only its location is stored.</translation>
        </message>
        <message>
            <source>Open selected</source>
            <translation>Open selected</translation>
        </message>
        <message>
            <source>Forget</source>
            <translation>Forget</translation>
        </message>
        <message>
            <source>Forget the selected vault</source>
            <translation>Forget the selected vault</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Open a vault file</source>
            <translation>Open a vault file</translation>
        </message>
        <message>
            <source>Remember this vault in the recent list</source>
            <translation>Remember this vault in the recent list</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Try the demo</translation>
        </message>
        <message>
            <source>A fictional roundtable (Subotica, June 2016) with themes, an agenda, remarks and protected names. It is created in a temporary folder and removed when you close it.</source>
            <translation>A fictional roundtable (Subotica, June 2016) with themes, an agenda, remarks and protected names. It is created in a temporary folder and removed when you close it.</translation>
        </message>
        <message>
            <source>Its passphrase, if you lock it:</source>
            <translation>Its passphrase, if you lock it:</translation>
        </message>
        <message>
            <source>Demo passphrase</source>
            <translation>Demo passphrase</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>Open the demo</translation>
        </message>
        <message>
            <source>Roundtable vaults (%1);;All files (*)</source>
            <translation>Roundtable vaults (%1);;All files (*)</translation>
        </message>
        <message>
            <source>%1: no such file.</source>
            <translation>%1: no such file.</translation>
        </message>
    </context>
    <context>
        <name>WorkDialog</name>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <extracomment>A path the platform dialog already asked "replace?" about. Where the platform dialog starts while the field is empty.</extracomment>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Choose: %1</source>
            <translation>Choose: %1</translation>
        </message>
        <message>
            <source>Working</source>
            <extracomment>What the user fills in: disabled while the work runs.</extracomment>
            <translation>Working</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Capture workspace</source>
            <extracomment>A safety copy of the editor's text reached the vault.</extracomment>
            <translation>Capture workspace</translation>
        </message>
        <message>
            <source>Capturing</source>
            <translation>Capturing</translation>
        </message>
        <message>
            <source>In the list of saved remarks (%1)</source>
            <translation>In the list of saved remarks (%1)</translation>
        </message>
        <message>
            <source>That remark is in another agenda session: choose the session (Ctrl+Shift+S).</source>
            <translation>That remark is in another agenda session: choose the session (Ctrl+Shift+S).</translation>
        </message>
        <message>
            <source>Save remark</source>
            <translation>Save remark</translation>
        </message>
        <message>
            <source>Choose agenda session</source>
            <translation>Choose agenda session</translation>
        </message>
        <message>
            <source>Go to editor</source>
            <translation>Go to editor</translation>
        </message>
        <message>
            <source>Go to saved remarks</source>
            <translation>Go to saved remarks</translation>
        </message>
        <message>
            <source>Kind: %1</source>
            <translation>Kind: %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Theme: %1</source>
            <translation>Theme: %1</translation>
        </message>
        <message>
            <source>Choose a theme (its key is shown beside it)</source>
            <translation>Choose a theme (its key is shown beside it)</translation>
        </message>
        <message>
            <source>Could not read the recovered text: %1</source>
            <translation>Could not read the recovered text: %1</translation>
        </message>
        <message>
            <source>No theme yet: add one in Event setup</source>
            <translation>No theme yet: add one in Event setup</translation>
        </message>
        <message>
            <source>&amp;Remarks in this session: %1 (%2)</source>
            <translation>&amp;Remarks in this session: %1 (%2)</translation>
        </message>
        <message>
            <source>&amp;Remarks in all sessions: %1 (%2)</source>
            <translation>&amp;Remarks in all sessions: %1 (%2)</translation>
        </message>
        <message>
            <source>⚠ Not saved: the vault file was deleted or moved</source>
            <translation>⚠ Not saved: the vault file was deleted or moved</translation>
        </message>
        <message>
            <source>✓ Saved %1</source>
            <translation>✓ Saved %1</translation>
        </message>
    </context>
</TS>
