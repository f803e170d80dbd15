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
            <source>Choose the bundle file (%1)</source>
            <translation>Choose the bundle file (%1)</translation>
        </message>
        <message>
            <source>Type the bundle's passphrase.</source>
            <translation>Type the bundle's passphrase.</translation>
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
        <name>NewVaultCard</name>
        <message numerus="yes">
            <source>Too short: at least %1 characters (%n so far).</source>
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
            <source>Give the event a title.</source>
            <translation>Give the event a title.</translation>
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
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Event setup</source>
            <extracomment>The same moments as ``changed``, saying what changed (a vault.types.Changes).</extracomment>
            <translation>Event setup</translation>
        </message>
        <message>
            <source>Event setup sections</source>
            <translation>Event setup sections</translation>
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
            <source>Not saved: %1</source>
            <extracomment>The Save / Discard / Cancel question while it is up (for tests and the lock).</extracomment>
            <translation>Not saved: %1</translation>
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
        <name>SummaryTab</name>
        <message>
            <source>Summary texts</source>
            <extracomment>The list's key for the executive summary (themes are keyed by their id).</extracomment>
            <translation>Summary texts</translation>
        </message>
        <message>
            <source>&amp;Texts:</source>
            <translation>&amp;Texts:</translation>
        </message>
        <message>
            <source>Summary text</source>
            <translation>Summary text</translation>
        </message>
        <message>
            <source>Guard findings in the summary text</source>
            <translation>Guard findings in the summary text</translation>
        </message>
        <message>
            <source>Could not dismiss the finding: %1</source>
            <translation>Could not dismiss the finding: %1</translation>
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
            <source>Preparing search after the update: %1 of %2 remarks…</source>
            <translation>Preparing search after the update: %1 of %2 remarks…</translation>
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
            <source>Choose…</source>
            <extracomment>A path the platform dialog already asked "replace?" about. Where the platform dialog starts while the field is empty.</extracomment>
            <translation>Choose…</translation>
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
            <source>Theme: %1</source>
            <translation>Theme: %1</translation>
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
            <source>✓ Saved %1</source>
            <translation>✓ Saved %1</translation>
        </message>
    </context>
</TS>
