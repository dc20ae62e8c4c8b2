<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../innerspace/gui/messages.py" line="22"/>
        <source>That passphrase doesn&apos;t open this journal. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/messages.py" line="24"/>
        <source>That recovery key doesn&apos;t open this journal. Check it letter by letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/messages.py" line="27"/>
        <source>The journal files seem to be damaged, so they could not be opened. Nothing has been changed. If you have a backup, it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/messages.py" line="31"/>
        <source>The journal files could not be found in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/messages.py" line="34"/>
        <source>This journal was saved by a newer version of InnerSpace. Please update the app to open it; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/messages.py" line="40"/>
        <source>The files could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/messages.py" line="41"/>
        <source>Something went wrong. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="84"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="87"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="91"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="95"/>
        <source>&amp;About InnerSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="106"/>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="118"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="122"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="125"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="161"/>
        <source>You opened your journal with your recovery key. If you have forgotten your passphrase, you can choose a new one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="239"/>
        <source>Your passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="274"/>
        <source>About InnerSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="277"/>
        <source>InnerSpace %1

A private, offline, encrypted journal. Everything stays on this computer.

InnerSpace is not an emergency service and does not replace therapy. If you are in danger, please call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../innerspace/gui/security_dialogs.py" line="54"/>
        <location filename="../../innerspace/gui/security_dialogs.py" line="71"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security_dialogs.py" line="56"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security_dialogs.py" line="57"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security_dialogs.py" line="59"/>
        <source>Type the new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security_dialogs.py" line="61"/>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security_dialogs.py" line="62"/>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security_dialogs.py" line="64"/>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security_dialogs.py" line="80"/>
        <source>Your journal stays as it is; only the lock on its key changes. Your recovery key keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security_dialogs.py" line="98"/>
        <source>The new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateJournalScreen</name>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="92"/>
        <source>Welcome to InnerSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="96"/>
        <source>A private place to write, reflect and notice your own patterns — between therapy sessions, or simply for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="103"/>
        <source>It stays on this computer. No account, no cloud, nothing is ever sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="105"/>
        <source>It is encrypted with a passphrase only you know. Anyone who copies the files sees only scrambled data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="109"/>
        <source>It locks itself when you step away, and keeps your words safe if the computer crashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="117"/>
        <source>InnerSpace is a journal, not a replacement for therapy or emergency care. If you are in danger or thinking of harming yourself, please contact your local emergency number or a crisis line now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="125"/>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="134"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="138"/>
        <source>You will type it each time you open your journal. A short sentence or a few unrelated words work well. If you forget it, only your recovery key can open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="145"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="147"/>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="148"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="150"/>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="153"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="156"/>
        <source>Creating your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="160"/>
        <source>Creating your journal… This takes a moment on purpose: it makes guessing your passphrase very slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="167"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="169"/>
        <source>Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="190"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="193"/>
        <source>Open my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/create_journal_screen.py" line="212"/>
        <source>The two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="76"/>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="77"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="87"/>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="177"/>
        <source>Star this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="88"/>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="94"/>
        <source>Write whatever is on your mind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="95"/>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="97"/>
        <source>Preview of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="99"/>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="100"/>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="107"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="108"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="109"/>
        <source>Save this entry (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="110"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="111"/>
        <source>Delete this entry; you can undo right after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="177"/>
        <source>Unstar this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/entry_editor.py" line="186"/>
        <source>Words: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="85"/>
        <location filename="../../innerspace/gui/journal_screen.py" line="238"/>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="86"/>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="90"/>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="91"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="96"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="97"/>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="98"/>
        <source>Order of search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="102"/>
        <source>Show entries with tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="103"/>
        <location filename="../../innerspace/gui/journal_screen.py" line="605"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="106"/>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="108"/>
        <source>Show only starred entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="114"/>
        <source>Choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="124"/>
        <location filename="../../innerspace/gui/journal_screen.py" line="125"/>
        <source>Go to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="131"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="137"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="139"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="140"/>
        <source>Lock your journal now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="155"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="156"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="157"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="167"/>
        <source>Search summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="186"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="188"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="240"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="242"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="244"/>
        <source>&amp;Go to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="245"/>
        <source>S&amp;tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="246"/>
        <source>&amp;Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="247"/>
        <source>Show &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="248"/>
        <source>Show &amp;all entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="334"/>
        <location filename="../../innerspace/gui/journal_screen.py" line="480"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="347"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="445"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="454"/>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="464"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="471"/>
        <source>Draft kept safe at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="492"/>
        <source>Could not save. Your text is still here; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="506"/>
        <source>Restored unsaved writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="509"/>
        <source>We brought back what you were writing last time. It is saved as a draft; press Save when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="520"/>
        <source>Entry deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="560"/>
        <source>Your entries will appear here.

Write your first one on the right — a sentence is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="565"/>
        <source>No entries match what you chose to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="587"/>
        <source>Entries found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="590"/>
        <source>Nothing matches that search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="592"/>
        <source>No entries contain those words. Try fewer words, or a word start with *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal_screen.py" line="630"/>
        <source>Showing entries up to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../innerspace/gui/security_dialogs.py" line="135"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security_dialogs.py" line="144"/>
        <source>Your recovery key was shown once, when you created your journal, and is not stored anywhere — so it cannot be shown again. You can make a new one now. The old key will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security_dialogs.py" line="151"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security_dialogs.py" line="154"/>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security_dialogs.py" line="164"/>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security_dialogs.py" line="174"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../innerspace/gui/widgets/passphrase_field.py" line="39"/>
        <location filename="../../innerspace/gui/widgets/passphrase_field.py" line="58"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/passphrase_field.py" line="40"/>
        <location filename="../../innerspace/gui/widgets/passphrase_field.py" line="60"/>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/passphrase_field.py" line="58"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/passphrase_field.py" line="60"/>
        <source>Hide passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../innerspace/gui/widgets/recovery_key_view.py" line="33"/>
        <source>This recovery key opens your journal if you ever forget your passphrase. It is shown only now. Keep it somewhere safe and private, away from this computer — on paper, or in a password manager. Without your passphrase and without this key, nobody can open your journal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/recovery_key_view.py" line="49"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/recovery_key_view.py" line="50"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/recovery_key_view.py" line="51"/>
        <source>&amp;Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/recovery_key_view.py" line="52"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/recovery_key_view.py" line="58"/>
        <source>I stored my recovery key safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/recovery_key_view.py" line="86"/>
        <source>Copied. Paste it somewhere safe, then clear your clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/recovery_key_view.py" line="91"/>
        <source>Save recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/recovery_key_view.py" line="93"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/recovery_key_view.py" line="99"/>
        <source>InnerSpace recovery key

%1

Keep this private.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/recovery_key_view.py" line="108"/>
        <source>Could not save there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/recovery_key_view.py" line="114"/>
        <source>Saved. Move the file somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/recovery_key_view.py" line="123"/>
        <source>InnerSpace recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/recovery_key_view.py" line="125"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="34"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="39"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="40"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="43"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="45"/>
        <source>Same as my system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="46"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="47"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="53"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="54"/>
        <source>Text size for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="57"/>
        <source>Comfort and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="59"/>
        <source>&amp;Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="60"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="61"/>
        <source>Writing &amp;text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="63"/>
        <source>Passphrase and recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="64"/>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="66"/>
        <source>New recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings_dialog.py" line="74"/>
        <source>Settings are stored unencrypted and never contain anything you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../innerspace/gui/widgets/passphrase_field.py" line="73"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/passphrase_field.py" line="92"/>
        <source>A few unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/passphrase_field.py" line="95"/>
        <source>Too short: please use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/passphrase_field.py" line="99"/>
        <source>Weak: someone with your files could guess this. Add words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/passphrase_field.py" line="100"/>
        <source>Fair. One or two more words would make it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/passphrase_field.py" line="101"/>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/passphrase_field.py" line="102"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <location filename="../../innerspace/gui/widgets/tags_field.py" line="28"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/widgets/tags_field.py" line="29"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../innerspace/gui/unlock_screen.py" line="30"/>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/unlock_screen.py" line="31"/>
        <location filename="../../innerspace/gui/unlock_screen.py" line="76"/>
        <source>Type your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/unlock_screen.py" line="32"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/unlock_screen.py" line="35"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/unlock_screen.py" line="36"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/unlock_screen.py" line="43"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/unlock_screen.py" line="46"/>
        <source>Opening your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/unlock_screen.py" line="48"/>
        <location filename="../../innerspace/gui/unlock_screen.py" line="77"/>
        <source>Use my recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/unlock_screen.py" line="51"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/unlock_screen.py" line="72"/>
        <source>Type the recovery key you stored when you began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/unlock_screen.py" line="73"/>
        <source>Use my passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/unlock_screen.py" line="92"/>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
