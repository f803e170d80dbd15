<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS">
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Back up the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A complete copy of the vault, encrypted with the same passphrase. Choose a folder (the copy gets a dated name) or a new file name; nothing is ever overwritten. Keep it on another disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up into this folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File name…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file name for the backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a folder for the backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roundtable vaults (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up to %1. It opens with this vault's passphrase.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>That passphrase does not unlock this file. Check it and try again (or the file is not a Roundtable vault).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This vault is damaged: its integrity check failed. Nothing was changed; open a backup copy instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This vault is already open in another Roundtable window or program. Close it there, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This vault was made by a newer version of Roundtable. Update Roundtable to open it; the file was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk refused the operation (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something unexpected went wrong (%1). Nothing was changed; please report it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Vault locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the vault instead of unlocking it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The new language applies fully the next time Roundtable starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try the &amp;demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export summary…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;bundle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import bundle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event &amp;setup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Roundtable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock after &amp;idle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Capture and publish unattributed summaries of meetings held under the Chatham House Rule.&lt;/p&gt;&lt;p&gt;Everything stays in one encrypted file per event; nothing goes over the network.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anywhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capturing (once a vault is open)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewVaultCard</name>
        <message numerus="yes">
            <source>Too short: at least %1 characters (%n so far).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fair. A few more words make it much stronger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weak. Use a longer passphrase, for example four unrelated words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New event vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where to save the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vault file location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Themes, one per line (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One theme per line (optional; you can add them later)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember this vault in the recent list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;hemes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> The two passphrases differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the new vault as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roundtable vaults (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already exists; Roundtable never overwrites a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the event a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase must be at least %1 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Unlock</name>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlocking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the vault's passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock &lt;b&gt;%1&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Capture what was said under the Chatham House Rule — never who said it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent vaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent vaults. Tick “Remember this vault” to keep one here; only its location is stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget the selected vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a vault file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember this vault in the recent list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try the demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A fictional roundtable (Subotica, June 2016) with themes, an agenda, remarks and protected names. It is created in a temporary folder and removed when you close it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its passphrase, if you lock it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roundtable vaults (%1);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no such file.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
