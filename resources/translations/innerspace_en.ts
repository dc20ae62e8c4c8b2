<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="22"/>
        <source>That passphrase doesn&apos;t open this journal. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="24"/>
        <source>That recovery key doesn&apos;t open this journal. Check it letter by letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="27"/>
        <source>The journal files seem to be damaged, so they could not be opened. Nothing has been changed. If you have a backup, it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="31"/>
        <source>The journal files could not be found in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="34"/>
        <source>This journal was saved by a newer version of InnerSpace. Please update the app to open it; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="40"/>
        <source>The files could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="41"/>
        <source>Something went wrong. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityLogForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="32"/>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="33"/>
        <source>A walk, a phone call, washing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="35"/>
        <source>When you did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="38"/>
        <source>Pleasure, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="39"/>
        <source>Sense of achievement, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="40"/>
        <source>Mood before, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="41"/>
        <source>Mood after, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="42"/>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="109"/>
        <source>Anything else you noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="54"/>
        <source> / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="62"/>
        <source>What did you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="64"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="68"/>
        <source>How was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="70"/>
        <source>0 is none at all and 10 is as much as you can imagine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="77"/>
        <source>Pleasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="78"/>
        <source>How much you enjoyed it, even a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="82"/>
        <source>Sense of achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="84"/>
        <source>How much it felt like getting something done. Small tasks count, especially on a hard day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="94"/>
        <source>Your mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="95"/>
        <source>0 is the lowest you feel and 10 the best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="102"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="102"/>
        <source>Just before you started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="103"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="103"/>
        <source>Once you had finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="141"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="142"/>
        <source>Activity and mood log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="81"/>
        <source>InnerSpace — sample journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="119"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="122"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="126"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="130"/>
        <source>&amp;About InnerSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="133"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="135"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="137"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="139"/>
        <source>&amp;Context tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="141"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="150"/>
        <location filename="../../innerspace/gui/main_window.py" line="179"/>
        <location filename="../../innerspace/gui/main_window.py" line="254"/>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="153"/>
        <location filename="../../innerspace/gui/main_window.py" line="255"/>
        <location filename="../../innerspace/gui/main_window.py" line="304"/>
        <source>&amp;Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="156"/>
        <location filename="../../innerspace/gui/main_window.py" line="256"/>
        <location filename="../../innerspace/gui/main_window.py" line="310"/>
        <source>P&amp;rompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="159"/>
        <source>Support &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="200"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="204"/>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="209"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="216"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="265"/>
        <source>You opened your journal with your recovery key. If you have forgotten your passphrase, you can choose a new one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="401"/>
        <source>Your last unsaved words could not be kept when the journal locked. Type your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="470"/>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="573"/>
        <source>Your passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="612"/>
        <source>About InnerSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="615"/>
        <source>InnerSpace %1

A private, offline, encrypted journal. Everything stays on this computer.

InnerSpace is not an emergency service and does not replace therapy. If you are in danger, please call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <location filename="../../innerspace/gui/data/backup_schedule.py" line="147"/>
        <source>Your backup was saved in the journal folder, but the copy in your other folder couldn&apos;t be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backup_schedule.py" line="153"/>
        <source>Backup saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backup_schedule.py" line="157"/>
        <source>The backup couldn&apos;t be made. Your journal is unchanged. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="56"/>
        <source>Backups are encrypted. One is made when you close InnerSpace and once a day while it is open. Each opens with the passphrase or recovery key you had on the day it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="63"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="65"/>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="73"/>
        <source>Backups in your journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="77"/>
        <source>Backups in your &amp;journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="79"/>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="80"/>
        <source>&amp;Restore from this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="83"/>
        <source>A copy somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="85"/>
        <source>Folder for an extra copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="86"/>
        <source>C&amp;hoose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="87"/>
        <source>&amp;Stop copying there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="96"/>
        <source>A USB stick or another disk keeps your journal safe if this computer fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="105"/>
        <source>How many to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="108"/>
        <source>Keep this many of the newest backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="111"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="112"/>
        <source>Also keep one backup a month for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="114"/>
        <source>&amp;Newest backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="115"/>
        <source>Plus one a &amp;month for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="170"/>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="182"/>
        <source>Choose a folder for an extra copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="202"/>
        <source>No extra copy is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="205"/>
        <source>A copy also goes to: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyScanForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="141"/>
        <source>How does your body feel as a whole, now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="144"/>
        <source>A few words are plenty. You can also leave this empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathePage</name>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="51"/>
        <source>Breathing pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="59"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="60"/>
        <source>How many minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="61"/>
        <source>Keep the circle still (words only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="63"/>
        <location filename="../../innerspace/gui/support/support_now.py" line="70"/>
        <location filename="../../innerspace/gui/support/support_now.py" line="85"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="68"/>
        <source>Breathing instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="72"/>
        <source>&amp;Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="73"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="89"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <location filename="../../innerspace/gui/support/breathing_guide.py" line="38"/>
        <source>Breathing guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/breathing_guide.py" line="69"/>
        <source>Stopped. Breathe however feels natural.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/breathing_guide.py" line="79"/>
        <source>Well done. Notice how you feel now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/breathing_guide.py" line="87"/>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/breathing_guide.py" line="88"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/breathing_guide.py" line="89"/>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/breathing_guide.py" line="90"/>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/breathing_guide.py" line="122"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="45"/>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="57"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="47"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="50"/>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="66"/>
        <source>Your journal stays as it is; only the lock on its key changes. Your recovery key keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="106"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="175"/>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="108"/>
        <source>Show %1 as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="175"/>
        <source>Show as chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChosenEmotionsModel</name>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_models.py" line="114"/>
        <source>%1, strength %2 of 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="66"/>
        <source>Before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="68"/>
        <source>Content note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="72"/>
        <source>Go at your own pace. You can stop and ground yourself whenever you need to; breathing and grounding are one click away in Support now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextTagsDialog</name>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="64"/>
        <source>Context tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="67"/>
        <source>Kind of tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="70"/>
        <source>Situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="70"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="70"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="70"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="77"/>
        <source>Tags of this kind, with how many entries use each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="79"/>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="80"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="82"/>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="83"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="87"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="95"/>
        <source>Rename &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="96"/>
        <source>Merge &amp;into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="103"/>
        <source>Renaming changes the tag on every entry. Merging moves the entries of one tag to another and removes the first; it can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="166"/>
        <source>No tags of this kind yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="179"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_dialog.py" line="183"/>
        <source>That didn&apos;t work; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextTagsField</name>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_field.py" line="75"/>
        <source>&amp;Situation or trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_field.py" line="75"/>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_field.py" line="76"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_field.py" line="76"/>
        <source>Who was there or on your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_field.py" line="77"/>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_field.py" line="77"/>
        <source>What were you doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_field.py" line="78"/>
        <source>P&amp;laces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_field.py" line="78"/>
        <source>Where were you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/context_tags_field.py" line="85"/>
        <source>Names separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopingToolboxForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="59"/>
        <source>Choose from your toolbox, or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="68"/>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="159"/>
        <source>“%1” is already in your toolbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="165"/>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="187"/>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="207"/>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="232"/>
        <source>My toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="215"/>
        <source>Things that help you through hard moments, kept in your journal and offered above. Double-click or press F2 to rename one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="223"/>
        <source>Nothing here yet. You might add a walk, a warm drink or calling a friend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="242"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="243"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="250"/>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="252"/>
        <source>Add something that helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="253"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="254"/>
        <source>Add to my toolbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateJournalScreen</name>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="55"/>
        <source>Welcome to InnerSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="59"/>
        <source>A private place to write, reflect and notice your own patterns — between therapy sessions, or simply for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="66"/>
        <source>It stays on this computer. No account, no cloud, nothing is ever sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="68"/>
        <source>It is encrypted with a passphrase only you know. Anyone who copies the files sees only scrambled data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="72"/>
        <source>It locks itself when you step away, and keeps your words safe if the computer crashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="80"/>
        <source>InnerSpace is a journal, not a replacement for therapy or emergency care. If you are in danger or thinking of harming yourself, please contact your local emergency number or a crisis line now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="88"/>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="92"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="105"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="109"/>
        <source>You will type it each time you open your journal. A short sentence or a few unrelated words work well. If you forget it, only your recovery key can open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="118"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="121"/>
        <source>Creating your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="125"/>
        <source>Creating your journal… This takes a moment on purpose: it makes guessing your passphrase very slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="132"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="134"/>
        <source>Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="153"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="156"/>
        <source>Open my journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisLinesPage</name>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="155"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="164"/>
        <source>Crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="176"/>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="191"/>
        <source>Emergency number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="197"/>
        <source>Call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="199"/>
        <source>Text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="208"/>
        <source>Your own contacts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <location filename="../../innerspace/gui/common/file_choosers.py" line="64"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/file_choosers.py" line="65"/>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DreamLogForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/dream_log.py" line="41"/>
        <source>Name the feelings, if you like</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DumbbellChart</name>
    <message>
        <location filename="../../innerspace/gui/patterns/dumbbell_chart.py" line="97"/>
        <source>not rated before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/dumbbell_chart.py" line="100"/>
        <source>before %1, after %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmotionPicker</name>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="128"/>
        <source>Type a feeling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="129"/>
        <source>Find a feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="137"/>
        <source>Words to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="146"/>
        <source>What the word means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="149"/>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="151"/>
        <source>Feelings on this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="154"/>
        <source>None yet. Add as many as fit: mixed feelings are common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="173"/>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="409"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="175"/>
        <source>Browse by family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="178"/>
        <source>Families of feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="182"/>
        <source>Or start from how it feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="348"/>
        <source>Type to find a word; recently used ones come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="350"/>
        <source>Type to find a word, or browse below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="353"/>
        <source>Press Enter to add “%1”, or Down to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="357"/>
        <source>No word matches “%1”. The families and the map below may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="366"/>
        <source>%1: words in this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="371"/>
        <source>Words near that spot (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="408"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="412"/>
        <source>How strong is “%1”? (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="413"/>
        <source>Strength of %1, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="414"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="80"/>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="81"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="91"/>
        <location filename="../../innerspace/gui/journal/editor.py" line="217"/>
        <source>Star this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="92"/>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="100"/>
        <source>Write whatever is on your mind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="101"/>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="103"/>
        <source>Preview of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="105"/>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="106"/>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="124"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="125"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="126"/>
        <source>Save this entry (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="127"/>
        <source>&amp;Open exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="128"/>
        <source>Change this exercise in its own form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="130"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="131"/>
        <source>Delete this entry; you can undo right after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="217"/>
        <source>Unstar this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="226"/>
        <source>Words: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="170"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="174"/>
        <source>About this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="186"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="187"/>
        <source>Save for &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="188"/>
        <source>Keep it as a draft to finish another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="189"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="190"/>
        <source>Save it as finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="223"/>
        <source>There&apos;s nothing to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="272"/>
        <source>It could not be saved. Nothing was lost here; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="292"/>
        <source>Keep what you&apos;ve written?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="293"/>
        <source>You&apos;ve written something here that isn&apos;t saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="294"/>
        <source>Save for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="295"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="296"/>
        <source>Keep writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="60"/>
        <source>Export your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="66"/>
        <source>Take a copy of everything you have written, to keep or to use elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="70"/>
        <source>&amp;Markdown: a folder with one text file per entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="73"/>
        <source>&amp;InnerSpace JSON: one file that InnerSpace can import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="81"/>
        <source>Where to save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="84"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="85"/>
        <source>Choose where to save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="98"/>
        <source>Please note: the export is NOT encrypted. Anyone who can open these files can read everything in them. Keep them somewhere safe, and delete them when you no longer need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="104"/>
        <source>The export is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="106"/>
        <source>I &amp;understand that the export is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="112"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="115"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="118"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="122"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="157"/>
        <source>InnerSpace export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="162"/>
        <source>&amp;Folder for the files (new or empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="164"/>
        <source>&amp;File to save:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="171"/>
        <source>Choose a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="176"/>
        <source>Save the export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="178"/>
        <source>InnerSpace JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="210"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="239"/>
        <source>Exported %1 into the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="241"/>
        <source>Exported %1 into the file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="243"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="250"/>
        <source>The export was stopped. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="261"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyChart</name>
    <message>
        <location filename="../../innerspace/gui/patterns/family_chart.py" line="32"/>
        <source>Families of feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/family_chart.py" line="88"/>
        <source>, intensity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/family_chart.py" line="92"/>
        <source>before: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingMap</name>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="53"/>
        <source>Feeling map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="56"/>
        <source>Across: unpleasant to pleasant. Up: low to high energy. Click, or use the arrow keys and Enter, to see words for that spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="154"/>
        <source>high energy ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="155"/>
        <source>low energy ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="156"/>
        <source>← unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="157"/>
        <source>pleasant →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="182"/>
        <source>unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="184"/>
        <source>pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="186"/>
        <source>neither pleasant nor unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="188"/>
        <source>low energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="190"/>
        <source>high energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="192"/>
        <source>medium energy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingsPanel</name>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="65"/>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="66"/>
        <source>How are you feeling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="67"/>
        <source>Show or hide mood, feelings and what it was about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="81"/>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="82"/>
        <source>What was it about?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreeAssociationForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="203"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="204"/>
        <source>How many minutes to write for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="205"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="206"/>
        <source>Start writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="207"/>
        <source>Stop now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="208"/>
        <source>Stop the timer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="210"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="212"/>
        <source>What comes to mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="220"/>
        <source>Write for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="233"/>
        <source>Write whatever comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="237"/>
        <source>Don&apos;t steer, correct or judge. If you get stuck, write that you&apos;re stuck. While the timer runs you can only add, not go back; afterwards you can edit freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="294"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="306"/>
        <source>Keep going; the text only grows forward until the time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="308"/>
        <source>Time&apos;s up. Read it through once, edit if you like, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="310"/>
        <source>Choose how long, then press Start. The writing space opens then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="313"/>
        <source>Press Start when you&apos;re ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/free_association.py" line="323"/>
        <source>Free association</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroundPage</name>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="106"/>
        <source>Grounding step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="109"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="110"/>
        <location filename="../../innerspace/gui/support/support_now.py" line="142"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="130"/>
        <source>Take a moment to notice how you feel now. You can start again any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="137"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="142"/>
        <source>Start &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroundingForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="221"/>
        <source>Distress before, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="224"/>
        <source>Before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="226"/>
        <source>If you like, rate how distressed you feel right now, from 0 (calm) to 10 (the most you can imagine). You can leave it, and you can stop at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="230"/>
        <source>Distress right now (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="240"/>
        <source>Distress now, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="243"/>
        <source>How do you feel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="245"/>
        <source>Take a moment to notice how you are. If it helps, rate the distress again. If it is still hard, that&apos;s all right: you can go back to a step, breathe slowly, or reach out to someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="250"/>
        <source>Distress now (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidedSteps</name>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="138"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="139"/>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="140"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="141"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="184"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="74"/>
        <source>Import entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="82"/>
        <source>jrnl (JSON export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="83"/>
        <source>In jrnl, run: jrnl --format json &gt; export.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="84"/>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="102"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="88"/>
        <source>Day One (JSON export, .zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="89"/>
        <source>In Day One, export a journal as JSON; you get a .zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="90"/>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="94"/>
        <source>Daylio (CSV export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="95"/>
        <source>In Daylio, open More → Export entries → CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="96"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="100"/>
        <source>InnerSpace (JSON export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="101"/>
        <source>A file made with Export… in InnerSpace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="110"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="113"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="117"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="120"/>
        <source>&amp;Read file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="123"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="144"/>
        <source>Where the entries come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="149"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="152"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="153"/>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="223"/>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="157"/>
        <source>F&amp;ile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="160"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="168"/>
        <source>Bring your entries from another journal app. Nothing is added until you have seen what the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="185"/>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="188"/>
        <source>What will be left out, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="189"/>
        <source>Moods InnerSpace doesn&apos;t know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="194"/>
        <source>Daylio lets you rename moods. Say how each of these felt, from 1 (awful) to 5 (rad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="202"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="271"/>
        <source>Found %1 in this %2 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="277"/>
        <source>They were written from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="283"/>
        <source>%1 already in your journal; they won&apos;t be added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="287"/>
        <source>%1 will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="290"/>
        <source>%1 will be left out; the reasons are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="298"/>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="311"/>
        <source>There is nothing new to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="321"/>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="322"/>
        <source>How the mood “%1” felt, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="323"/>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="375"/>
        <source>Imported %1. They are in your journal now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="381"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="387"/>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="104"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="281"/>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="105"/>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="109"/>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="110"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="115"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="116"/>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="117"/>
        <source>Order of search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="121"/>
        <source>Show entries with tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="122"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="802"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="125"/>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="127"/>
        <source>Show only starred entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="133"/>
        <source>Choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="143"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="144"/>
        <source>Go to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="150"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="157"/>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="158"/>
        <source>Guided exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="160"/>
        <source>Support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="162"/>
        <source>Breathing, grounding, your safety plan, crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="165"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="167"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="168"/>
        <source>Lock your journal now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="185"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="186"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="187"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="197"/>
        <source>Search summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="224"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="226"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="283"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="285"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="287"/>
        <source>&amp;Go to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="288"/>
        <source>S&amp;tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="289"/>
        <source>&amp;Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="290"/>
        <source>Show &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="291"/>
        <source>Show &amp;all entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="394"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="666"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="406"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="568"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="592"/>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="645"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="652"/>
        <source>Draft kept safe at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="657"/>
        <source>Your draft could not be kept just now. Your text is still here; please Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="674"/>
        <source>Could not save. Your text is still here; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="702"/>
        <source>Restored unsaved writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="705"/>
        <source>We brought back what you were writing last time. It is saved as a draft; press Save when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="716"/>
        <source>Entry deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="757"/>
        <source>Your entries will appear here.

Write your first one on the right — a sentence is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="762"/>
        <source>No entries match what you chose to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="784"/>
        <source>Entries found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="787"/>
        <source>Nothing matches that search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="789"/>
        <source>No entries contain those words. Try fewer words, or a word start with *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="827"/>
        <source>Showing the %1 entries behind what you chose in Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="833"/>
        <source>Showing entries up to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodHeatMap</name>
    <message>
        <location filename="../../innerspace/gui/patterns/heat_map.py" line="42"/>
        <source>Mood calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/heat_map.py" line="112"/>
        <source>%1: no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/heat_map.py" line="115"/>
        <source>%1: %2, no mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/heat_map.py" line="117"/>
        <source>your rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/heat_map.py" line="117"/>
        <source>from your feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/heat_map.py" line="120"/>
        <source>%1: %2, mood %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodRating</name>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="151"/>
        <source>Overall mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="154"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="155"/>
        <source>Leave the mood not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="156"/>
        <source>Clear the mood rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="158"/>
        <source>Overall mood, from 1, very low, to 10, very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="160"/>
        <source>Click a number, or use the arrow keys. Delete leaves it not rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="163"/>
        <source>very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="164"/>
        <source>very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="209"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="209"/>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="118"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="120"/>
        <source>Type the new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="121"/>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="123"/>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="128"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="157"/>
        <source>The two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="116"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="125"/>
        <source>Your recovery key was shown once, when you created your journal, and is not stored anywhere — so it cannot be shown again. You can make a new one now. The old key will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="132"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="135"/>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="145"/>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="155"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="39"/>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="58"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="40"/>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="60"/>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="58"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="60"/>
        <source>Hide passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternsScreen</name>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="229"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="234"/>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="237"/>
        <source>Time to look back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="239"/>
        <source>Past week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="240"/>
        <source>Past month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="241"/>
        <source>Past three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="242"/>
        <source>Past year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="243"/>
        <source>All my entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="244"/>
        <source>Choose dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="249"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="251"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="252"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="253"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="254"/>
        <source>Gathering your patterns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="269"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="276"/>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="277"/>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="278"/>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="279"/>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="284"/>
        <source>Your rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="285"/>
        <source>From the feelings you named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="286"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="628"/>
        <source>Mean of 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="294"/>
        <source>Feelings before and after, over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="295"/>
        <source>How helpful each strategy felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="296"/>
        <source>Mood before and after each activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="299"/>
        <source>Mood over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="299"/>
        <source>Mood by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="303"/>
        <source>Filled circles are days you rated your mood (1 to 10). Open squares are days you didn&apos;t rate, with a mood worked out from the feelings you named: pleasant ones count up, unpleasant ones down. The dashed line is the mean of each day and the six before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="310"/>
        <source>Feelings you named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="310"/>
        <source>Families of feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="314"/>
        <source>How many entries named a feeling of each family, and how strongly (0 to 100) on average. The dashed outline under each bar is the same stretch of time before this one. Click a bar to see those entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="320"/>
        <source>Words you used most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="320"/>
        <source>Feeling words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="323"/>
        <source>Your year of moods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="323"/>
        <source>Mood calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="331"/>
        <source>When you wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="333"/>
        <source>Entries by weekday and time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="338"/>
        <source>Each square gives the number of entries and their mean mood. Click one to see those entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="343"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="350"/>
        <source>Context tags and feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="358"/>
        <source>Writing rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="358"/>
        <source>Entries per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="361"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="921"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="930"/>
        <source>Thought records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="363"/>
        <source>Thought records over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="366"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="371"/>
        <source>Thinking traps you noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="384"/>
        <source>Coping strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="388"/>
        <source>How helpful each strategy felt on average (0 to 10) when you rated it, and how often you reached for it. Click a bar, or press Enter on it or on a row of the table, to see those notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="394"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="396"/>
        <source>Activities and mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="481"/>
        <source>Mood: %1. A dot means the mood came from the feelings you named; an outlined square is a day with entries but no mood, a dotted one a day without entries. Click a day to see its entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="528"/>
        <source>Your patterns couldn&apos;t be gathered just now. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="572"/>
        <source>There are no entries in this time yet. Name a feeling or rate your mood when you write, and your patterns will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="587"/>
        <source>From %1 to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="596"/>
        <source> In the same length of time before: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="604"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="714"/>
        <source>your rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="605"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="715"/>
        <source>the feelings you named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="624"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="719"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="757"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="625"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="719"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="626"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="719"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="627"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="648"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="680"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="719"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="757"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="809"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="637"/>
        <source>Name a feeling or rate your mood when you write, and your mood over time will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="647"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="679"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="649"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="681"/>
        <source>Mean intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="650"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="682"/>
        <source>Entries before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="651"/>
        <source>Mean intensity before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="671"/>
        <source>Name a feeling when you write (calm, worried, grateful…), and how often each kind of feeling came up will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="678"/>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="702"/>
        <source>The feeling words you use most will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="728"/>
        <source>Your year of moods, to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="736"/>
        <source>Each day you write will become a square here, shaded by your mood that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="757"/>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="757"/>
        <source>Mean mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="763"/>
        <source>When you write, the days and times of day will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="768"/>
        <source>%1 appeared in %2 of 1 entry tagged “%4” (%5), against %6 overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="770"/>
        <source>%1 appeared in %2 of %3 entries tagged “%4” (%5), against %6 overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="789"/>
        <source>What appeared together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="792"/>
        <source>These appeared together; that doesn&apos;t say why. A tag shows here once at least %1 entries that name feelings carry it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="800"/>
        <source>Add context tags (a situation, people, an activity or a place) to entries where you name a feeling. Once a tag is on %1 of them, the feelings that came up alongside it will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="809"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="920"/>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="809"/>
        <source>Days written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="818"/>
        <source>%1 over %2 weeks, about %3 a week. Every week counts, however short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="826"/>
        <source>How many entries you write each week will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="837"/>
        <source>You finished 1 thought record in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="839"/>
        <source>You finished %1 thought records in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="848"/>
        <source>Your feelings were about as strong after a thought record as before (%2 to %3 out of 100, in %4 where you rated them again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="853"/>
        <source>Your feelings eased by %1 points on average after a thought record (%2 to %3 out of 100, in %4 where you rated them again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="858"/>
        <source>Your feelings were %1 points stronger on average after a thought record (%2 to %3 out of 100, in %4 where you rated them again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="871"/>
        <source>On average you believed the thought that stung most %1 out of 100, and the balanced thought you wrote %2 out of 100 (in %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="882"/>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="882"/>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="920"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="922"/>
        <source>Feelings before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="923"/>
        <source>Feelings after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="924"/>
        <source>Believed the thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="925"/>
        <source>Believed the balanced thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="930"/>
        <source>Thinking trap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="944"/>
        <source>Feelings are 0 to 100, compared only for the feelings you rated both times: the open circle is before, the filled one after. Click a row, or press Enter on it, to see those records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1007"/>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1007"/>
        <source>%1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1010"/>
        <source>1 log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1010"/>
        <source>%1 logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1021"/>
        <source>Your mood after an activity was about the same as before, on average (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1025"/>
        <source>Your mood after an activity was %2 points higher than before, on average (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1029"/>
        <source>Your mood after an activity was %2 points lower than before, on average (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1033"/>
        <source>Your mood after “%1” was about the same as before, on average (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1037"/>
        <source>Your mood after “%1” was %2 points higher than before, on average (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1041"/>
        <source>Your mood after “%1” was %2 points lower than before, on average (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1058"/>
        <source>pleasure %1, achievement %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1069"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1070"/>
        <source>Times logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1071"/>
        <source>Pleasure (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1072"/>
        <source>Achievement (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1073"/>
        <source>Mood before (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1074"/>
        <source>Mood after (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1093"/>
        <source>You logged 1 activity in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1095"/>
        <source>You logged %1 activities in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1099"/>
        <source>Moods, pleasure and sense of achievement are 0 to 10, as you rated them in each log; the open circle is your mood before, the filled one after. Click a row, or press Enter on it, to see those logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1109"/>
        <source>When you log an activity and rate your mood before and after it, what you did and how your mood was around it will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="957"/>
        <source>When you finish a thought record, how strongly you felt before and after, how much you believed each thought, and the thinking traps you noticed will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="977"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="978"/>
        <source>Times used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="979"/>
        <source>How helpful (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="980"/>
        <source>Distress before (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="981"/>
        <source>Distress after (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="1001"/>
        <source>When you note a coping strategy you tried in your coping toolbox, how often you used each one and how helpful it felt will show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptBrowser</name>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="107"/>
        <location filename="../../innerspace/gui/prompts/browser.py" line="108"/>
        <location filename="../../innerspace/gui/prompts/browser.py" line="166"/>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="112"/>
        <source>Something to write about, when you would like a place to start. There is no right way to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="117"/>
        <location filename="../../innerspace/gui/prompts/browser.py" line="118"/>
        <source>Search prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="122"/>
        <source>All approaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="122"/>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="125"/>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="125"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="126"/>
        <source>Any depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="126"/>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="129"/>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="129"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/prompts/browser.py" line="131"/>
        <source>Up to %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="138"/>
        <source>&amp;Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="139"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="140"/>
        <source>&amp;Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="141"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="150"/>
        <source>&amp;Favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="151"/>
        <source>Your o&amp;wn prompts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="152"/>
        <source>Show &amp;hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="154"/>
        <source>How many prompts are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="172"/>
        <source>No prompts shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="173"/>
        <source>Show all prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="179"/>
        <source>Write your own prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="210"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="213"/>
        <source>Problems found in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="215"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="224"/>
        <source>Write your &amp;own prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="226"/>
        <source>&amp;Import a prompt pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="228"/>
        <source>Add prompts from a prompt pack file that you or someone you trust wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="232"/>
        <source>Include prompts about healing past hurts in the prompt of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="239"/>
        <source>These prompts touch on painful memories, so the prompt of the day leaves them out unless you ask for them. They are always here to choose when you feel ready, and you can change this at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="268"/>
        <source>Choose a prompt from the list to read it in full, with its follow-up questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="275"/>
        <source>&amp;Write about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="282"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="284"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="324"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="325"/>
        <source>&amp;Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="441"/>
        <location filename="../../innerspace/gui/prompts/browser.py" line="459"/>
        <source>Gathering prompts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="444"/>
        <source>1 prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/prompts/browser.py" line="444"/>
        <source>%n prompts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="448"/>
        <source>Showing %1 of %2 prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="462"/>
        <source>Prompts you mark as a favourite will gather here.

Choose a prompt and press Favourite to keep it close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="467"/>
        <source>Prompts you write yourself will appear here: questions your therapist suggested, or ones you come back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="472"/>
        <source>No prompts match what you chose.

Try a longer length, another approach, or fewer words in the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="498"/>
        <source>☆ Unfavourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="498"/>
        <source>★ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="501"/>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="501"/>
        <source>Mark as a favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="503"/>
        <source>Unhide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="503"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="505"/>
        <source>Show this prompt again everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="507"/>
        <source>Keep this prompt out of the list and the prompt of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="542"/>
        <source>Hidden. It won&apos;t appear in the list or as the prompt of the day. Tick “Show hidden” to find it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="577"/>
        <source>Your prompt is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="577"/>
        <source>Your changes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="586"/>
        <source>Your prompt could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="594"/>
        <source>Delete your prompt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="595"/>
        <source>Delete this prompt of your own?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="597"/>
        <source>Entries you wrote from it stay in your journal, just as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="599"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="600"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="613"/>
        <source>Your prompt is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="622"/>
        <source>Import a prompt pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="633"/>
        <source>Reading the prompt pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="646"/>
        <source>You already have “%1”, just as it is; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="649"/>
        <source>“%1” is updated; it now has 1 prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/prompts/browser.py" line="651"/>
        <source>“%1” is updated; it now has %n prompts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="655"/>
        <source>Added 1 prompt from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/prompts/browser.py" line="657"/>
        <source>Added %n prompts from “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="667"/>
        <source>This pack can&apos;t be imported as it is, so nothing from it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="669"/>
        <source>Here is the one thing that needs fixing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/prompts/browser.py" line="671"/>
        <source>Here are the %n things that need fixing:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="676"/>
        <source>The pack could not be imported. Nothing from it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="720"/>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptDetails</name>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="107"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="111"/>
        <source>You might also ask yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="113"/>
        <source>Follow-up questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="142"/>
        <source>Themes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="734"/>
        <source>Your own prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="734"/>
        <source>Edit your prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="738"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="739"/>
        <source>What would you like to ask yourself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="743"/>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="747"/>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="751"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="752"/>
        <source>Minutes, roughly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="754"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="755"/>
        <source>for example: work, sleep, family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="758"/>
        <source>Follow-up questions, one on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="759"/>
        <source>Optional: up to five, one on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="762"/>
        <source>Content note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="764"/>
        <source>Optional: a gentle note shown before the prompt, saying what it touches on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="772"/>
        <source>What needs changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="775"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="783"/>
        <source>&amp;Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="784"/>
        <source>&amp;Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="785"/>
        <source>&amp;Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="786"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="787"/>
        <source>&amp;Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="788"/>
        <source>&amp;Follow-up questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="789"/>
        <source>&amp;Content note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="830"/>
        <source>Please write the prompt itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="834"/>
        <source>Prompts about healing past hurts need a content note: a line saying what the prompt touches on, shown before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/prompts/browser.py" line="840"/>
        <source>Please keep to %n follow-up questions or fewer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="847"/>
        <source>The prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptOfTheDayCard</name>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="32"/>
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="37"/>
        <source>A prompt for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="41"/>
        <source>Today&apos;s prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="44"/>
        <source>&amp;Write about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="46"/>
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="92"/>
        <source>&amp;Another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="47"/>
        <source>Browse every prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="49"/>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="50"/>
        <source>Put this card away until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="82"/>
        <source>There is no prompt to offer today. You can browse them all, or simply write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="92"/>
        <source>&amp;Browse prompts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="162"/>
        <source>Prompt you are writing from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="165"/>
        <source>Writing from a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="169"/>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="170"/>
        <source>Put the prompt away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="177"/>
        <source>You are writing freely. Choose a prompt if you would like a place to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="181"/>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="200"/>
        <source>Choose another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="200"/>
        <source>Choose a prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptWords</name>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_delegate.py" line="37"/>
        <source>★ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_delegate.py" line="39"/>
        <source>Your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_delegate.py" line="41"/>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="34"/>
        <source>This recovery key opens your journal if you ever forget your passphrase. It is shown only now. Keep it somewhere safe and private, away from this computer — on paper, or in a password manager. Without your passphrase and without this key, nobody can open your journal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="50"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="51"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="52"/>
        <source>&amp;Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="53"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="59"/>
        <source>I stored my recovery key safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="87"/>
        <source>Copied. Paste it somewhere safe, then clear your clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="94"/>
        <source>Save recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="96"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="102"/>
        <source>InnerSpace recovery key

%1

Keep this private.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="111"/>
        <source>Could not save there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="117"/>
        <source>Saved. Move the file somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="131"/>
        <source>InnerSpace recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="133"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionStep</name>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="38"/>
        <source>Rest your attention here for a few breaths. Tick any words that fit, or go on: nothing in particular is an answer too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="50"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="55"/>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="58"/>
        <source>Sensations in your %1, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="60"/>
        <source>Separate words with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="66"/>
        <source>How strong (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="68"/>
        <source>How strong it is in your %1, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="77"/>
        <source>A note, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="80"/>
        <source>A note about your %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipPatternForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/relationship_pattern.py" line="56"/>
        <source>Fill in as much or as little as feels right. You can stop at any point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/relationship_pattern.py" line="64"/>
        <source>The moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/relationship_pattern.py" line="69"/>
        <source>Names or roles, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/relationship_pattern.py" line="77"/>
        <source>The pattern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="68"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="81"/>
        <source>A backup opens with the passphrase, or the recovery key, your journal had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="87"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="92"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="93"/>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="97"/>
        <source>A passphr&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="98"/>
        <source>A re&amp;covery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="107"/>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="178"/>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="109"/>
        <source>&amp;Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="111"/>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="184"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="115"/>
        <source>Opens with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="119"/>
        <source>What the backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="122"/>
        <source>Before anything is replaced, your journal as it is now is kept as a backup, so nothing is lost. Afterwards InnerSpace locks: unlock it with the passphrase of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="131"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="134"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="138"/>
        <source>C&amp;heck backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="141"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="168"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="170"/>
        <source>InnerSpace backups (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="176"/>
        <source>Recovery key of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="182"/>
        <source>Recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="242"/>
        <source>This backup was made on %1 and holds no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="244"/>
        <source>This backup was made on %1 and holds %2, written from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="273"/>
        <source>Your journal was restored from the backup. Please unlock it with the passphrase it had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="283"/>
        <source>That passphrase doesn&apos;t open this backup. Try the passphrase your journal had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="288"/>
        <source>That recovery key doesn&apos;t open this backup. Check it letter by letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="291"/>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="226"/>
        <source>Write your plan in your own words, one item per line. It is stored encrypted in your journal. You might fill it in with someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="248"/>
        <source>&amp;Save my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="269"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="283"/>
        <source>Your plan is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="286"/>
        <source>Your plan could not be saved. Your words are still here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreBars</name>
    <message>
        <location filename="../../innerspace/gui/patterns/score_bars.py" line="76"/>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreBox</name>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="38"/>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="41"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/score_box.py" line="19"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfCompassionForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/self_compassion.py" line="27"/>
        <source>This is a hard moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/self_compassion.py" line="28"/>
        <source>You are not alone in this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/self_compassion.py" line="29"/>
        <source>A little kindness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/self_compassion.py" line="33"/>
        <source>What is hard right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/self_compassion.py" line="35"/>
        <source>What would you say to a friend feeling this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/self_compassion.py" line="38"/>
        <source>Kind words to yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/self_compassion.py" line="39"/>
        <source>What do you need right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/self_compassion.py" line="65"/>
        <source>Whatever you wrote, or didn&apos;t, thank you for pausing for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenseStep</name>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="80"/>
        <source>Write them down if it helps, or simply notice them. It&apos;s fine to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="109"/>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="41"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="46"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="47"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="50"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="52"/>
        <source>Same as my system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="53"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="54"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="60"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="61"/>
        <source>Text size for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="63"/>
        <source>Reduce &amp;motion (the breathing guide stays still)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="66"/>
        <source>Comfort and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="68"/>
        <source>&amp;Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="69"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="70"/>
        <source>Writing &amp;text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="73"/>
        <source>Passphrase and recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="74"/>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="76"/>
        <source>New recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="84"/>
        <source>Settings are stored unencrypted and never contain anything you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="95"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="73"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="92"/>
        <source>A few unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="95"/>
        <source>Too short: please use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="99"/>
        <source>Weak: someone with your files could guess this. Add words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="100"/>
        <source>Fair. One or two more words would make it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="101"/>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="102"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportNowDialog</name>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="301"/>
        <source>Support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="308"/>
        <source>If you are in danger or might harm yourself, please call your local emergency number now, or a crisis line. InnerSpace is not an emergency service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="318"/>
        <source>&amp;Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="319"/>
        <source>&amp;Ground yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="323"/>
        <location filename="../../innerspace/gui/support/support_now.py" line="330"/>
        <source>My &amp;safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="328"/>
        <source>Unlock your journal to see and edit your safety plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="331"/>
        <source>&amp;Crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <location filename="../../innerspace/gui/journal/tags_field.py" line="28"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/tags_field.py" line="29"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThoughtRecordForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="139"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="140"/>
        <source>Just the facts, as a camera would see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="144"/>
        <source>Add another thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="146"/>
        <source>What supports that thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="147"/>
        <source>What doesn&apos;t fit with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="148"/>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="293"/>
        <source>A more balanced way to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="150"/>
        <source> / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="152"/>
        <source>How much you believe the balanced thought, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="175"/>
        <source>Thinking traps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="181"/>
        <source>About this thinking trap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="183"/>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="498"/>
        <source>Hide from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="184"/>
        <source>Show hidden ones again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="186"/>
        <source>Name of your own thinking trap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="187"/>
        <source>A pattern you notice in your thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="189"/>
        <source>What it is like, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="190"/>
        <source>What it is like (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="191"/>
        <source>Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="229"/>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="230"/>
        <source>Where were you, who was there, when was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="235"/>
        <source>What did you feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="236"/>
        <source>Name each feeling and how strong it was, from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="241"/>
        <source>What went through your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="243"/>
        <source>Write each thought as it came, and how much you believed it then (0–100). Mark the one that stings most: the next steps look at that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="254"/>
        <source>Do any thinking traps fit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="256"/>
        <source>Every mind falls into these at times. Tick any that seem to fit; naming one is a way to look more closely, not a judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="278"/>
        <source>What supports that thought?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="279"/>
        <source>Things that happened, as someone else could see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="284"/>
        <source>What doesn&apos;t fit with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="286"/>
        <source>Anything that goes against the thought, however small. What might you say to a friend who thought this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="294"/>
        <source>Not forced positive: a view that takes in both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="298"/>
        <source>How much do you believe it? (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="306"/>
        <source>How strong are those feelings now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="308"/>
        <source>The same feelings are here: move each to how strong it is now. A small change counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="321"/>
        <source>Thought record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="494"/>
        <source>For example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="498"/>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="502"/>
        <source>Remove %1 from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="502"/>
        <source>Hide %1 from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="532"/>
        <source>Give your thinking trap a short name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="553"/>
        <source>“%1” is on your list now, and ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="573"/>
        <source>“%1” is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="590"/>
        <source>The list of thinking traps could not be changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThoughtRow</name>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="81"/>
        <source>A thought, in the words it came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="83"/>
        <source> / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="84"/>
        <source>Stings most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="85"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="86"/>
        <source>Believed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="101"/>
        <source>Thought %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="103"/>
        <source>How much you believed thought %1, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="105"/>
        <source>Thought %1 stings most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="106"/>
        <source>Remove thought %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="39"/>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="40"/>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="104"/>
        <source>Type your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="41"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="44"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="45"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="52"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="55"/>
        <source>Opening your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="57"/>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="105"/>
        <source>Use my recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="60"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="72"/>
        <source>Support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="84"/>
        <source>A sample journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="87"/>
        <source>Everything in this journal is made up, so you can see every screen filled. It is kept in a temporary folder and removed when you quit; your own journal is not touched. Its passphrase is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="100"/>
        <source>Type the recovery key you stored when you began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="101"/>
        <source>Use my passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="120"/>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekBars</name>
    <message>
        <location filename="../../innerspace/gui/patterns/week_bars.py" line="30"/>
        <source>Entries per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/week_bars.py" line="69"/>
        <source>Week of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekdayGrid</name>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="32"/>
        <source>Entries by weekday and time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="79"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="87"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="90"/>
        <source>mood %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../innerspace/gui/common/chart_base.py" line="128"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/common/chart_base.py" line="128"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
