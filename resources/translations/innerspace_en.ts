<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="28"/>
        <source>That passphrase doesn&apos;t open this journal. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="30"/>
        <source>That recovery key doesn&apos;t open this journal. Check it letter by letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="33"/>
        <source>This key file asks for far more work than InnerSpace would ever use, so it was not tried. It may have been changed by someone else. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="38"/>
        <source>The journal files seem to be damaged, so they could not be opened. Nothing has been changed. If you have a backup, it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="42"/>
        <source>The journal files could not be found in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="45"/>
        <source>This journal was saved by a newer version of InnerSpace. Please update the app to open it; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="50"/>
        <source>The journal is open in another InnerSpace window or command. Close it, then try again. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="55"/>
        <source>Another program is using the journal right now (InnerSpace in another window, perhaps). Please close it and try again; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="60"/>
        <source>The disk that holds the journal is full. Please free some space and try again; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="65"/>
        <source>The journal&apos;s folder can&apos;t be written to right now. Please check the folder&apos;s permissions or the disk, then try again; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="70"/>
        <source>The journal couldn&apos;t be opened. Please check that its disk is connected and its folder can be reached, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="76"/>
        <source>The files could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/messages.py" line="77"/>
        <source>Something went wrong. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityLogForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="33"/>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="34"/>
        <source>A walk, a phone call, washing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="36"/>
        <source>Pleasure, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="37"/>
        <source>Sense of achievement, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="38"/>
        <source>Mood before, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="39"/>
        <source>Mood after, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="40"/>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="103"/>
        <source>Anything else you noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="52"/>
        <source> / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="60"/>
        <source>What did you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="62"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="66"/>
        <source>How was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="72"/>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="131"/>
        <source>Pleasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="73"/>
        <source>How much you enjoyed it, even a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="77"/>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="132"/>
        <source>Sense of achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="79"/>
        <source>How much it felt like getting something done. Small tasks count, especially on a hard day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="85"/>
        <source>0 = none, 10 = the most you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="89"/>
        <source>Your mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="96"/>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="133"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="96"/>
        <source>Just before you started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="97"/>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="134"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="97"/>
        <source>Once you had finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="99"/>
        <source>0 = the lowest you feel, 10 = the best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="145"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="146"/>
        <source>Activity and mood log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="21"/>
        <source>Mood before and after each activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="22"/>
        <source>Activities and mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="40"/>
        <source>Your mood after an activity was about the same as before, on average (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="44"/>
        <source>Your mood after an activity was %2 points higher than before, on average (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="48"/>
        <source>Your mood after an activity was %2 points lower than before, on average (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="52"/>
        <source>Your mood after “%1” was about the same as before, on average (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="56"/>
        <source>Your mood after “%1” was %2 points higher than before, on average (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="60"/>
        <source>Your mood after “%1” was %2 points lower than before, on average (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="69"/>
        <source>1 log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="69"/>
        <source>%1 logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="81"/>
        <source>pleasure %1, achievement %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="92"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="93"/>
        <source>Times logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="94"/>
        <source>Pleasure (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="95"/>
        <source>Achievement (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="96"/>
        <source>Mood before (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="97"/>
        <source>Mood after (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="116"/>
        <source>You logged 1 activity in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="118"/>
        <source>You logged %1 activities in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="126"/>
        <source>Moods, pleasure and sense of achievement are 0 to 10, as you rated them in each log; the open circle is your mood before, the filled one after. Click a row, or press Enter on it, to see those logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="139"/>
        <source>When you log an activity and rate your mood before and after it, what you did and how your mood was around it will show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="95"/>
        <source>Sample journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="188"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="191"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="195"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="199"/>
        <source>&amp;About InnerSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="202"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="206"/>
        <source>&amp;What is CBT, a thought record, a safety plan…?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="209"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="211"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="213"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="215"/>
        <source>&amp;Context tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="217"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="230"/>
        <location filename="../../innerspace/gui/main_window.py" line="261"/>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="233"/>
        <source>&amp;Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="236"/>
        <source>P&amp;rompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="239"/>
        <source>Support &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="282"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="286"/>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="292"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="305"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="358"/>
        <source>Journal, Patterns and Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="361"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="362"/>
        <location filename="../../innerspace/gui/main_window.py" line="438"/>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="363"/>
        <location filename="../../innerspace/gui/main_window.py" line="444"/>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="372"/>
        <source>You opened your journal with your recovery key. If you have forgotten your passphrase, you can choose a new one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="539"/>
        <source>Your last unsaved words could not be kept when the journal locked. Type your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="618"/>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="771"/>
        <source>Your passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="860"/>
        <source>About InnerSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="863"/>
        <source>InnerSpace %1

A private, offline, encrypted journal. Everything stays on this computer.

InnerSpace is not an emergency service and does not replace therapy. If you are in danger, please call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssociationSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/associations.py" line="26"/>
        <source>Context tags and feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/associations.py" line="43"/>
        <source>%1 appeared in %2 of 1 entry tagged “%4” (%5), against %6 overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/associations.py" line="45"/>
        <source>%1 appeared in %2 of %3 entries tagged “%4” (%5), against %6 overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/associations.py" line="65"/>
        <source>What appeared together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/associations.py" line="67"/>
        <source>Feelings that came up with your context tags; together doesn&apos;t say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/associations.py" line="69"/>
        <source>A tag shows here once at least %1 entries that name feelings carry it. Click a sentence, or press Enter on it, to see those entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/associations.py" line="77"/>
        <source>Add context tags (a situation, people, an activity or a place) to entries where you name a feeling. Once a tag is on %1 of them, the feelings that came up alongside it will show here.</source>
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
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="154"/>
        <source>How does your body feel as a whole, now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="157"/>
        <source>A few words are plenty. You can also leave this empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="168"/>
        <source>You can stop at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="170"/>
        <source>Switch to 5-4-3-2-1 grounding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathePage</name>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="90"/>
        <source>Breathing pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="139"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="140"/>
        <source>How many minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="96"/>
        <source>Keep the circle still (words only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="99"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="100"/>
        <location filename="../../innerspace/gui/support/support_now.py" line="110"/>
        <location filename="../../innerspace/gui/support/support_now.py" line="152"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="103"/>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="108"/>
        <source>Breathing instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="113"/>
        <source>&amp;Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="114"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="134"/>
        <source> rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="135"/>
        <source>How many rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="156"/>
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
        <location filename="../../innerspace/gui/support/breathing_guide.py" line="73"/>
        <source>Stopped. Breathe however feels natural.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/breathing_guide.py" line="83"/>
        <source>Well done. Notice how you feel now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/breathing_guide.py" line="91"/>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/breathing_guide.py" line="92"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/breathing_guide.py" line="93"/>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/breathing_guide.py" line="94"/>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="250"/>
        <source>Your year of moods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="250"/>
        <source>Mood calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="254"/>
        <source>Each square is a day, shaded by your mood that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="267"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="267"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="267"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="267"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="279"/>
        <source>Your year of moods, to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="287"/>
        <source>Each day you write will become a square here, shaded by your mood that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareCard</name>
    <message>
        <location filename="../../innerspace/gui/support/care_card.py" line="68"/>
        <source>A word of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/care_card.py" line="77"/>
        <source>Crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/care_card.py" line="79"/>
        <source>My safety &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/care_card.py" line="83"/>
        <source>&amp;Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/care_card.py" line="85"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/care_card.py" line="90"/>
        <source>This card comes after saving when your words speak of suicide or self-harm. Some people live with long-term thoughts and would rather not feel watched: it is fine to turn it off. You can change this in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/care_card.py" line="98"/>
        <source>&amp;Turn these cards off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/care_card.py" line="141"/>
        <source>Crisis &amp;lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/care_card.py" line="144"/>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/care_card.py" line="145"/>
        <source>Text %1</source>
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
        <source>Your journal stays as it is; only the lock on its key changes. Your recovery key keeps working. Backups made before now still open with the old passphrase; to stop that for everything made from now on, choose “Re-encrypt under a new key” in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="59"/>
        <location filename="../../innerspace/gui/patterns/section.py" line="183"/>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="64"/>
        <location filename="../../innerspace/gui/patterns/section.py" line="163"/>
        <source>More about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="107"/>
        <source>Show %1 as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="108"/>
        <source>More about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="109"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="163"/>
        <source>Less about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="183"/>
        <source>Show as chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChosenEmotionsModel</name>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_models.py" line="147"/>
        <source>%1, %2 (%3 of 100)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="74"/>
        <source>Before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="76"/>
        <source>Content note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="80"/>
        <source>Go at your own pace. You can stop and ground yourself whenever you need to; breathing and grounding are one click away in Support now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="88"/>
        <source>A line you can call</source>
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
    <name>CopingSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/coping.py" line="24"/>
        <source>How helpful each strategy felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/coping.py" line="25"/>
        <source>Coping strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/coping.py" line="27"/>
        <location filename="../../innerspace/gui/patterns/coping.py" line="29"/>
        <source>What each strategy cost you later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/coping.py" line="37"/>
        <source>How helpful each strategy felt, what it cost you later, and how often you reached for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/coping.py" line="41"/>
        <source>Both are the average of your ratings, 0 to 10; a strategy you didn&apos;t rate has no bar. Something can help in the moment and cost you later: both are worth knowing, and neither is a mark against you. Click a bar, or press Enter on it or on a row of the table, to see those notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/coping.py" line="66"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/coping.py" line="67"/>
        <source>Times used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/coping.py" line="68"/>
        <source>How helpful (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/coping.py" line="69"/>
        <source>Cost later (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/coping.py" line="70"/>
        <source>Distress before (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/coping.py" line="71"/>
        <source>Distress after (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/coping.py" line="92"/>
        <source>When you note a coping strategy you tried in your coping toolbox, how often you used each one, how helpful it felt and what it cost you later will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/coping.py" line="111"/>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/coping.py" line="111"/>
        <source>%1 times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopingToolboxForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="60"/>
        <source>Choose from your toolbox, or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="69"/>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="82"/>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="83"/>
        <source>0 = calm, 10 = the most distress you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="84"/>
        <source>0 = not at all, 10 = a great deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="85"/>
        <source>0 = nothing, 10 = a great deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="170"/>
        <source>“%1” is already in your toolbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="176"/>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="198"/>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="218"/>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="243"/>
        <source>My toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="226"/>
        <source>Things that help you through hard moments, kept in your journal and offered above. Double-click or press F2 to rename one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="234"/>
        <source>Nothing here yet. You might add a walk, a warm drink or calling a friend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="253"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="254"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="261"/>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="263"/>
        <source>Add something that helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="264"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/coping_toolbox.py" line="265"/>
        <source>Add to my toolbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryChooser</name>
    <message>
        <location filename="../../innerspace/gui/support/country_chooser.py" line="34"/>
        <location filename="../../innerspace/gui/support/country_chooser.py" line="36"/>
        <source>Country for crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/country_chooser.py" line="41"/>
        <source>My country isn&apos;t listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/country_chooser.py" line="47"/>
        <source>Type or choose your country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateJournalScreen</name>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="54"/>
        <source>Support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="55"/>
        <source>Breathing, grounding and crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="68"/>
        <source>Welcome to InnerSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="72"/>
        <source>A private place to write, reflect and notice your own patterns — between therapy sessions, or simply for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="79"/>
        <source>It stays on this computer. No account, no cloud, nothing is ever sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="81"/>
        <source>It is encrypted with a passphrase only you know. Anyone who copies the files sees only scrambled data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="85"/>
        <source>It locks itself when you step away, and keeps your words safe if the computer crashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="93"/>
        <source>InnerSpace is a journal, not a replacement for therapy or emergency care. If you are in danger or thinking of harming yourself, please contact your local emergency number or a crisis line now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="106"/>
        <source>Your &amp;country, for crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="110"/>
        <source>You can leave this as it is, and change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="115"/>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="119"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="132"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="136"/>
        <source>You will type it each time you open your journal. A short sentence or a few unrelated words work well. If you forget it, only your recovery key can open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="145"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="148"/>
        <source>Creating your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="152"/>
        <source>Creating your journal… This takes a moment on purpose: it makes guessing your passphrase very slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="159"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="161"/>
        <source>Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="180"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="183"/>
        <source>Open my journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisLinesPage</name>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="243"/>
        <source>Crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="246"/>
        <source>Who you can reach now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="255"/>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="284"/>
        <source>If someone is hurting, threatening or controlling you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="293"/>
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
    <name>DatePopup</name>
    <message>
        <location filename="../../innerspace/gui/journal/date_popup.py" line="30"/>
        <source>Choose a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DreamLogForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/dream_log.py" line="39"/>
        <source>If it was a nightmare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dream_log.py" line="45"/>
        <source>Name the feelings, if you like</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DumbbellChart</name>
    <message>
        <location filename="../../innerspace/gui/patterns/dumbbell_chart.py" line="96"/>
        <source>not rated before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/dumbbell_chart.py" line="99"/>
        <source>before %1, after %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmotionPicker</name>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="142"/>
        <source>Type a feeling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="143"/>
        <source>Find a feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="151"/>
        <source>Words to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="164"/>
        <source>What the word means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="170"/>
        <source>Feelings on this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="176"/>
        <source>None yet. Add as many as fit: mixed feelings are common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="197"/>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="498"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="199"/>
        <source>Browse by family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="202"/>
        <source>Families of feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="206"/>
        <source>Or start from how it feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="403"/>
        <source>Type to find a word; recently used ones come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="405"/>
        <source>Type to find a word, or browse below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="408"/>
        <source>Press Enter to add “%1”, or Down to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="413"/>
        <source>No word matches “%1”. Add it as your own, or try the families and the map below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="423"/>
        <source>Add “%1” as your own word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="455"/>
        <source>%1: words in this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="460"/>
        <source>Words near that spot (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="497"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="501"/>
        <source>How strong is “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="502"/>
        <source>Strength of %1, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_picker.py" line="503"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmotionWords</name>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_models.py" line="52"/>
        <source>A word of your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDateDialog</name>
    <message>
        <location filename="../../innerspace/gui/journal/entry_date_dialog.py" line="20"/>
        <source>Set a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/entry_date_dialog.py" line="23"/>
        <source>This entry&apos;s date can&apos;t be shown. Choose when it was written; nothing else about the entry changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/entry_date_dialog.py" line="31"/>
        <source>When the entry was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../../innerspace/gui/journal/entry_delegate.py" line="32"/>
        <source>Date can&apos;t be shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="81"/>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="82"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="92"/>
        <location filename="../../innerspace/gui/journal/editor.py" line="275"/>
        <source>Star this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="93"/>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="101"/>
        <source>Write whatever is on your mind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="102"/>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="104"/>
        <source>Preview of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="106"/>
        <source>The entry, to write or preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="107"/>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="108"/>
        <source>P&amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="118"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="121"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="122"/>
        <source>Save this entry (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="123"/>
        <source>&amp;Open exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="124"/>
        <source>Change this exercise in its own form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="126"/>
        <source>Set a &amp;date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="127"/>
        <source>Give this entry a date that can be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="129"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="130"/>
        <source>Delete this entry; you can undo right after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="275"/>
        <source>Unstar this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="284"/>
        <source>Words: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="176"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="180"/>
        <source>About this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="187"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="188"/>
        <source>Save for &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="189"/>
        <source>Keep it as a draft to finish another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="190"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="191"/>
        <source>Save it as finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="194"/>
        <source>Support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="196"/>
        <source>Breathing, grounding, your safety plan, crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="257"/>
        <source>There&apos;s nothing to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="306"/>
        <source>It could not be saved. Nothing was lost here; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="326"/>
        <source>Keep what you&apos;ve written?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="327"/>
        <source>You&apos;ve written something here that isn&apos;t saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="328"/>
        <source>Save for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="329"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="330"/>
        <source>Keep writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationsDialog</name>
    <message>
        <location filename="../../innerspace/gui/help/explanations_dialog.py" line="22"/>
        <source>What is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/help/explanations_dialog.py" line="27"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/help/explanations_dialog.py" line="30"/>
        <source>Answer</source>
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
        <location filename="../../innerspace/gui/patterns/feelings.py" line="44"/>
        <source>Families of feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="104"/>
        <source>, intensity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="108"/>
        <source>before: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="159"/>
        <source>Feelings you named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="159"/>
        <source>Families of feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="170"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="170"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="170"/>
        <source>Average intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="172"/>
        <source>Entries before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="172"/>
        <source>Average intensity before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="193"/>
        <source>How many entries named a feeling of each family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="197"/>
        <source>Beside each bar is how strongly you felt them, 0 to 100 on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="199"/>
        <source>The dashed outline under each bar is the same stretch of time before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="204"/>
        <source>Click a bar to see those entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="213"/>
        <source>Name a feeling when you write (calm, worried, grateful…), and how often each kind of feeling came up will show here.</source>
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
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="158"/>
        <source>high energy ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="159"/>
        <source>low energy ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="160"/>
        <source>← unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="161"/>
        <source>pleasant →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="186"/>
        <source>unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="188"/>
        <source>pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="190"/>
        <source>neither pleasant nor unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="192"/>
        <source>low energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="194"/>
        <source>high energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="196"/>
        <source>medium energy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingSliders</name>
    <message>
        <location filename="../../innerspace/gui/exercises/feeling_sliders.py" line="86"/>
        <source>No feelings named yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/feeling_sliders.py" line="88"/>
        <source>0 = not there at all, 100 = the strongest you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/feeling_sliders.py" line="97"/>
        <source>Add a feeling that came up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/feeling_sliders.py" line="98"/>
        <source>Another feeling now? Type its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/feeling_sliders.py" line="106"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/feeling_sliders.py" line="107"/>
        <source>Add this feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/feeling_sliders.py" line="195"/>
        <source>No feeling word matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingsPanel</name>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="76"/>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="77"/>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="198"/>
        <source>How are you feeling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="78"/>
        <source>Show or fold away mood, feelings and what it was about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="92"/>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="203"/>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="93"/>
        <source>What was it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="110"/>
        <source>Feelings named in the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="121"/>
        <source>Feelings of this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="199"/>
        <source>How are you feeling? Fold the panel away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="203"/>
        <source>Feelings · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="205"/>
        <source>Open the feelings panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="216"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="216"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="220"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="230"/>
        <source>%1: %2</source>
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
        <location filename="../../innerspace/gui/support/support_now.py" line="175"/>
        <source>Grounding step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="178"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="179"/>
        <location filename="../../innerspace/gui/support/support_now.py" line="212"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="199"/>
        <source>Take a moment to notice how you feel now. You can start again any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="206"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="212"/>
        <source>Start &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroundingForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="229"/>
        <source>Distress before, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="232"/>
        <source>Before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="234"/>
        <source>If you like, rate how distressed you feel right now, from 0 (calm) to 10 (the most you can imagine). You can leave it, and you can stop at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="238"/>
        <source>Distress right now (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="249"/>
        <source>Distress now, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="252"/>
        <source>How do you feel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="254"/>
        <source>Take a moment to notice how you are. If it helps, rate the distress again. If it is still hard, that&apos;s all right: you can go back to a step, breathe slowly, or reach out to someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="259"/>
        <source>Distress now (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidedSteps</name>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="139"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="140"/>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="141"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="142"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="185"/>
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
        <location filename="../../innerspace/gui/journal/screen.py" line="117"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="328"/>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="118"/>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="122"/>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="123"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="128"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="129"/>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="130"/>
        <source>Order of search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="134"/>
        <source>Show entries with tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="135"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="991"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="138"/>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="140"/>
        <source>Show only starred entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="149"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="150"/>
        <source>Go to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="155"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="162"/>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="163"/>
        <source>Guided exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="165"/>
        <source>Support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="167"/>
        <source>Breathing, grounding, your safety plan, crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="170"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="172"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="173"/>
        <source>Lock your journal now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="193"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="111"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="194"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="114"/>
        <source>Show the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="115"/>
        <source>Show or hide the timeline (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="195"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="205"/>
        <source>Search summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="234"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="236"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="330"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="332"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="334"/>
        <source>&amp;Go to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="335"/>
        <source>S&amp;tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="336"/>
        <source>&amp;Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="337"/>
        <source>Show &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="338"/>
        <source>Show &amp;all entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="340"/>
        <source>Show &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="345"/>
        <source>Show &amp;feelings panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="352"/>
        <source>F&amp;ocus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="355"/>
        <source>Leave focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="460"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="834"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="472"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="715"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="742"/>
        <source>This entry&apos;s date can&apos;t be shown. You can give it a date, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="746"/>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="812"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="819"/>
        <source>Draft kept safe at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="824"/>
        <source>Your draft could not be kept just now. Your text is still here; please Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="846"/>
        <source>That date can&apos;t be kept. Your text is still here; choose another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="850"/>
        <source>Could not save. Your text is still here; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="878"/>
        <source>Restored unsaved writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="881"/>
        <source>We brought back what you were writing last time. It is saved as a draft; press Save when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="892"/>
        <source>Entry deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="944"/>
        <source>Your entries will appear here.

Write your first one on the right — a sentence is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="949"/>
        <source>No entries match what you chose to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="973"/>
        <source>Entries found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="976"/>
        <source>Nothing matches that search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="978"/>
        <source>No entries contain those words. Try fewer words, or a word start with *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1016"/>
        <source>Showing the %1 entries behind what you chose in Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1022"/>
        <source>Showing entries up to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodHeatMap</name>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="61"/>
        <source>Mood calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="146"/>
        <source>%1: no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="149"/>
        <source>%1: %2, no mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="151"/>
        <source>your rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="151"/>
        <source>from your feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="154"/>
        <source>%1: %2, mood %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodLegend</name>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="232"/>
        <source>Mood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="237"/>
        <source>A dot means the mood came from the feelings you named; an outlined square is a day with entries but no mood, a dotted one a day without entries. Click a day to see its entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodRating</name>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="156"/>
        <source>Overall mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="159"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="160"/>
        <source>Leave the mood not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="161"/>
        <source>Clear the mood rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="163"/>
        <source>Overall mood, from 1, very low, to 10, very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="165"/>
        <source>Click a number, or use the arrow keys. Delete leaves it not rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="168"/>
        <source>very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="169"/>
        <source>very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="214"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="214"/>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="119"/>
        <source>Your rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="120"/>
        <source>From the feelings you named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="121"/>
        <location filename="../../innerspace/gui/patterns/mood.py" line="164"/>
        <source>Average of 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="130"/>
        <source>Mood over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="130"/>
        <source>Mood by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="148"/>
        <source>Your mood each day, from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="152"/>
        <source>Filled circles are days you rated your mood. Open squares are days you didn&apos;t rate, with a mood worked out from the feelings you named: pleasant ones count up, unpleasant ones down. The dashed line is the average of each day and the six before it. The table has every day, and Enter on one shows its entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="160"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="161"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="162"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="163"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="187"/>
        <source>Name a feeling or rate your mood when you write, and your mood over time will show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDataKeyDialog</name>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="59"/>
        <source>Re-encrypt under a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="65"/>
        <source>This gives your journal a new key. Afterwards your old passphrases, old recovery keys and the key files in backups made before now can no longer open your journal as it is from now on. Your passphrase stays the same, and you get a new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="74"/>
        <source>Backups made before now still open with the passphrase and recovery key they were made with; you can delete them at the end. This takes a moment for a large journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="81"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="84"/>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="87"/>
        <source>Re-encrypting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="90"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="93"/>
        <source>&amp;Re-encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="129"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="151"/>
        <source>Stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewKeyResultDialog</name>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="172"/>
        <source>Your journal has a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="179"/>
        <source>Your journal is now encrypted under a new key, and a first backup under it was made. Your passphrase is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="191"/>
        <source>&amp;Delete the older backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="196"/>
        <source>%n older backup(s) still open with the passphrase and recovery key they were made with. Delete them if you no longer want that.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="204"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="219"/>
        <source>%n older backup(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="219"/>
        <source>Done.</source>
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
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="132"/>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="169"/>
        <source>The two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/passphrase_field.py" line="173"/>
        <source>So far the same; keep typing until both are whole.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="118"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="127"/>
        <source>Your recovery key was shown once, when you created your journal, and is not stored anywhere — so it cannot be shown again. You can make a new one now. Your journal will then open with the new key, not the old one; backups made before now still open with the old key. To stop old keys opening anything made from now on, choose “Re-encrypt under a new key” in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="137"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="140"/>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="150"/>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/key_dialogs.py" line="160"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnWordDialog</name>
    <message>
        <location filename="../../innerspace/gui/journal/own_word_dialog.py" line="38"/>
        <source>A word of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/own_word_dialog.py" line="44"/>
        <source>Choose a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/own_word_dialog.py" line="58"/>
        <source>What it means to you (you can leave this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/own_word_dialog.py" line="65"/>
        <source>&amp;Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/own_word_dialog.py" line="66"/>
        <source>&amp;Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/own_word_dialog.py" line="67"/>
        <source>How does it &amp;feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/own_word_dialog.py" line="68"/>
        <source>&amp;Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/own_word_dialog.py" line="69"/>
        <source>&amp;Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/own_word_dialog.py" line="74"/>
        <source>&amp;Add word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/own_word_dialog.py" line="81"/>
        <source>Your word is kept inside your encrypted journal and offered with the others from now on.</source>
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
        <location filename="../../innerspace/gui/patterns/screen.py" line="84"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="89"/>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="92"/>
        <source>Time to look back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="94"/>
        <source>Past week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="95"/>
        <source>Past month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="96"/>
        <source>Past three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="97"/>
        <source>Past year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="98"/>
        <source>All my entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="99"/>
        <source>Choose dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="104"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="106"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="107"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="108"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="109"/>
        <source>Gathering your patterns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="124"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="180"/>
        <source>Your patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="252"/>
        <source>Your patterns couldn&apos;t be gathered just now. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="295"/>
        <source>There are no entries in this time yet. Name a feeling or rate your mood when you write, and your patterns will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="306"/>
        <source>From %1 to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="313"/>
        <source> In the same length of time before: %1.</source>
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
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="118"/>
        <source>The prompt in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="123"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="127"/>
        <source>You might also ask yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="129"/>
        <source>Follow-up questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="158"/>
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
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="93"/>
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
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="83"/>
        <source>There is no prompt to offer today. You can browse them all, or simply write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="93"/>
        <source>&amp;Browse prompts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="181"/>
        <source>Prompt you are writing from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="187"/>
        <source>Show the prompt&apos;s note and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="188"/>
        <source>Show the prompt&apos;s note and follow-up questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="191"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="192"/>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="235"/>
        <source>Another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="197"/>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="198"/>
        <source>Put the prompt away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="208"/>
        <source>You are writing freely. Choose a prompt if you would like a place to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="235"/>
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
    <name>ReadablePlanView</name>
    <message>
        <location filename="../../innerspace/gui/support/plan_sharing.py" line="68"/>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/plan_sharing.py" line="73"/>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/plan_sharing.py" line="74"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/plan_sharing.py" line="78"/>
        <source>Sent to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/plan_sharing.py" line="101"/>
        <source>Copied.</source>
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
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="46"/>
        <source>Rest your attention here for a few breaths. Tick any words that fit, or go on: nothing in particular is an answer too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="58"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="63"/>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="66"/>
        <source>Sensations in your %1, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="68"/>
        <source>Separate words with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="74"/>
        <source>How strong (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="76"/>
        <source>How strong it is in your %1, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="83"/>
        <source>0 = barely there, 10 = very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="87"/>
        <source>A note, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/body_scan.py" line="90"/>
        <source>A note about your %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipPatternForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/relationship_pattern.py" line="62"/>
        <source>Fill in as much or as little as feels right. You can stop at any point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/relationship_pattern.py" line="70"/>
        <source>The moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/relationship_pattern.py" line="75"/>
        <source>Names or roles, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/relationship_pattern.py" line="83"/>
        <source>The pattern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="70"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="86"/>
        <source>A backup opens with the passphrase, or the recovery key, your journal had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="92"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="97"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="98"/>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="102"/>
        <source>A passphr&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="103"/>
        <source>A re&amp;covery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="112"/>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="187"/>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="114"/>
        <source>&amp;Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="116"/>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="193"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="120"/>
        <source>Opens with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="124"/>
        <source>What the backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="127"/>
        <source>The journal in this folder can&apos;t be opened, so it can&apos;t be kept as a backup first. Its files are moved aside in the same folder and kept, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="132"/>
        <source>Before anything is replaced, your journal as it is now is kept as a backup, so nothing is lost. Afterwards InnerSpace locks and asks you to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="140"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="143"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="147"/>
        <source>C&amp;heck backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="150"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="177"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="179"/>
        <source>InnerSpace backups (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="185"/>
        <source>Recovery key of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="191"/>
        <source>Recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="252"/>
        <source>This backup was made on %1 and holds no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="255"/>
        <source>This backup was made on %1 and holds %2, written from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="262"/>
        <source>Your passphrase and recovery key stay as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="265"/>
        <source>After restoring, the journal opens with the passphrase and recovery key it had when this backup was made, not with the ones you use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="292"/>
        <source>Your journal was restored from the backup. Unlock it with your passphrase, as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="297"/>
        <source>Your journal was restored from the backup. Please unlock it with the passphrase it had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="303"/>
        <source>The files that could not be opened are kept in the same folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="312"/>
        <source>That passphrase doesn&apos;t open this backup. Try the passphrase your journal had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="317"/>
        <source>That recovery key doesn&apos;t open this backup. Check it letter by letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="320"/>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhythmSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/rhythm.py" line="115"/>
        <source>Writing rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/rhythm.py" line="115"/>
        <source>Entries per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/rhythm.py" line="125"/>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/rhythm.py" line="125"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/rhythm.py" line="125"/>
        <source>Days written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/rhythm.py" line="133"/>
        <source>%1 over %2 weeks, about %3 a week; every week counts, however short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/rhythm.py" line="139"/>
        <source>Each bar is a week, with its number of entries. Click one to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/rhythm.py" line="144"/>
        <source>How many entries you write each week will show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="316"/>
        <source>A safety plan is a short list you make ahead of time, to follow step by step when things get very hard. Write it in your own words, one item per line. It is stored encrypted in your journal. You might fill it in with someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="344"/>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="348"/>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="350"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="353"/>
        <source>Sent to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="354"/>
        <source>&amp;Save my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="389"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="394"/>
        <source>Copied. It is cleared when your journal locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="425"/>
        <source>Your plan can now be read from the lock screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="427"/>
        <source>Your plan is now kept only inside your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="432"/>
        <source>That couldn&apos;t be changed just now. Your plan in your journal is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="441"/>
        <source>Your plan is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="444"/>
        <source>Your plan could not be saved. Your words are still here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreBars</name>
    <message>
        <location filename="../../innerspace/gui/patterns/score_bars.py" line="75"/>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreBox</name>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="39"/>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="42"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/score_box.py" line="21"/>
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
        <source>Who else might feel something like this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/self_compassion.py" line="41"/>
        <source>What would you say to a friend who felt this? Now say it to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/self_compassion.py" line="45"/>
        <source>What do you need right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/self_compassion.py" line="71"/>
        <source>Whatever you wrote, or didn&apos;t, thank you for pausing for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenseStep</name>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="81"/>
        <source>Write them down if it helps, or simply notice them. It&apos;s fine to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="110"/>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="54"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="60"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="61"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="64"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="66"/>
        <source>Same as my system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="67"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="68"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="74"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="75"/>
        <source>Text size for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="78"/>
        <source>Text size of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="80"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="84"/>
        <source>Reduce &amp;motion (the breathing guide stays still)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="87"/>
        <source>Comfort and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="89"/>
        <source>&amp;Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="90"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="91"/>
        <source>Writing &amp;text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="92"/>
        <source>&amp;App text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="95"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="98"/>
        <source>&amp;Gentle check after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="108"/>
        <source>C&amp;ountry for crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="112"/>
        <source>Passphrase and recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="113"/>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="115"/>
        <source>New recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="117"/>
        <source>Re-encrypt under a new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="119"/>
        <source>Stop old passphrases and recovery keys opening your journal from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="129"/>
        <source>Settings are stored unencrypted and never contain anything you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="141"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../innerspace/gui/help/shortcuts_sheet.py" line="35"/>
        <location filename="../../innerspace/gui/help/shortcuts_sheet.py" line="42"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/help/shortcuts_sheet.py" line="37"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/help/shortcuts_sheet.py" line="37"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_models.py" line="37"/>
        <source>a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_models.py" line="38"/>
        <source>quite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/emotion_models.py" line="39"/>
        <source>very</source>
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
        <location filename="../../innerspace/gui/support/support_now.py" line="472"/>
        <source>Support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="478"/>
        <source>If you need help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="485"/>
        <source>Emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="487"/>
        <source>A crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="493"/>
        <source>Ways to get through this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="501"/>
        <source>&amp;Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="502"/>
        <source>&amp;Ground yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="510"/>
        <source>My &amp;safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="511"/>
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
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="145"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="146"/>
        <source>Just the facts, as a camera would see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="150"/>
        <source>Add another thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="152"/>
        <source>What supports that thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="153"/>
        <source>What doesn&apos;t fit with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="154"/>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="305"/>
        <source>A more balanced way to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="156"/>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="163"/>
        <source> / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="158"/>
        <source>How much you believe the balanced thought, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="161"/>
        <source>The thought that stings most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="165"/>
        <source>How much you believe the thought that stings most now, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="190"/>
        <source>Thinking traps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="192"/>
        <source>About this thinking trap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="194"/>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="533"/>
        <source>Hide from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="195"/>
        <source>Show hidden ones again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="197"/>
        <source>Name of your own thinking trap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="198"/>
        <source>A pattern you notice in your thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="200"/>
        <source>What it is like, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="201"/>
        <source>What it is like (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="202"/>
        <source>Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="240"/>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="241"/>
        <source>Where were you, who was there, when was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="246"/>
        <source>What did you feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="247"/>
        <source>Name each feeling and how strong it was, from a little to very.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="254"/>
        <source>Write each thought as it came. It may be words, or an image or picture in your mind. Say how much you believed it then, and mark the one that stings most: the next steps look at that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="669"/>
        <source>The thought you marked in step 3 will be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="252"/>
        <source>What went through your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="266"/>
        <source>Do any thinking traps fit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="268"/>
        <source>Every mind falls into these at times. Tick any that seem to fit; naming one is a way to look more closely, not a judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="290"/>
        <source>What supports that thought?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="291"/>
        <source>Things that happened, as someone else could see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="296"/>
        <source>What doesn&apos;t fit with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="298"/>
        <source>Anything that goes against the thought, however small. What might you say to a friend who thought this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="306"/>
        <source>Not forced positive: a view that takes in both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="310"/>
        <source>How much do you believe it? (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="319"/>
        <source>Look again at the thought that stings most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="321"/>
        <source>Here it is as you wrote it. There is no right answer: just notice how true it feels now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="327"/>
        <source>How much do you believe it now? (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="336"/>
        <source>How strong are those feelings now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="338"/>
        <source>The feelings you named are here: move each to how strong it is now. A small change counts. A new feeling may be added too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="351"/>
        <source>Thought record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="529"/>
        <source>For example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="533"/>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="537"/>
        <source>Remove %1 from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="537"/>
        <source>Hide %1 from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="567"/>
        <source>Give your thinking trap a short name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="588"/>
        <source>“%1” is on your list now, and ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="608"/>
        <source>“%1” is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="625"/>
        <source>The list of thinking traps could not be changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThoughtRecordSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="29"/>
        <source>Feelings before and after, over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="31"/>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="173"/>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="183"/>
        <source>Thought records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="31"/>
        <source>Thought records over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="35"/>
        <source>Belief in the thought that stung most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="38"/>
        <source>Belief in the thought that stung most, at first and at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="46"/>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="50"/>
        <source>Thinking traps you noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="66"/>
        <source>You finished 1 thought record in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="68"/>
        <source>You finished %1 thought records in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="77"/>
        <source>Your feelings were about as strong after a thought record as before (%2 to %3 out of 100, in %4 where you rated them again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="82"/>
        <source>Your feelings eased by %1 points on average after a thought record (%2 to %3 out of 100, in %4 where you rated them again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="87"/>
        <source>Your feelings were %1 points stronger on average after a thought record (%2 to %3 out of 100, in %4 where you rated them again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="100"/>
        <source>On average you believed the thought that stung most %1 out of 100 at first, and %2 out of 100 when you looked at it again at the end (in %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="110"/>
        <source>You believed the balanced thoughts you wrote %1 out of 100 on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="176"/>
        <source>Believed the thought at first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="177"/>
        <source>Believed it at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="197"/>
        <source>Feelings are 0 to 100, compared only for the feelings you rated both times: the open circle is before, the filled one after. Below, the same for how much you believed the thought that stung most, at first and when you looked at it again. Click a row, or press Enter on it, to see those records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="117"/>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="117"/>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="172"/>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="172"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="174"/>
        <source>Feelings before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="175"/>
        <source>Feelings after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="178"/>
        <source>Believed the balanced thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="183"/>
        <source>Thinking trap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/thought_records.py" line="207"/>
        <source>When you finish a thought record, how strongly you felt before and after, how much you believed each thought, and the thinking traps you noticed will show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThoughtRow</name>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="85"/>
        <source>A thought or an image, as it came to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="87"/>
        <source> / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="88"/>
        <source>Stings most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="89"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="90"/>
        <source>Believed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="107"/>
        <source>Thought %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="109"/>
        <source>How much you believed thought %1, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="111"/>
        <source>Thought %1 stings most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="112"/>
        <source>Remove thought %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../innerspace/gui/journal/timeline_model.py" line="155"/>
        <source>Date can&apos;t be shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="41"/>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="42"/>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="120"/>
        <source>Type your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="43"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="46"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="47"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="54"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="57"/>
        <source>Opening your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="63"/>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="121"/>
        <source>Use my recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="66"/>
        <source>Restore from a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="69"/>
        <source>Put a backup in place of a journal that can&apos;t be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="72"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="88"/>
        <source>Support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="100"/>
        <source>A sample journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="103"/>
        <source>Everything in this journal is made up, so you can see every screen filled. It is kept in a temporary folder and removed when you quit; your own journal is not touched. Its passphrase is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="116"/>
        <source>Type the recovery key you stored when you began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="117"/>
        <source>Use my passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="136"/>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekBars</name>
    <message>
        <location filename="../../innerspace/gui/patterns/rhythm.py" line="34"/>
        <source>Entries per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/rhythm.py" line="73"/>
        <source>Week of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekdayGrid</name>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="36"/>
        <source>Entries by weekday and time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="83"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="91"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="94"/>
        <source>mood %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhenEditor</name>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="37"/>
        <source>When was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="41"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="44"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="47"/>
        <source>Use this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="50"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="54"/>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="55"/>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhenField</name>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="84"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="147"/>
        <source>dddd d MMMM, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="149"/>
        <source>dddd d MMMM yyyy, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="152"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="153"/>
        <source>Change when you did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="155"/>
        <source>Now, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordsSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="229"/>
        <source>Words you used most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="229"/>
        <source>Feeling words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="235"/>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="236"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="237"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="238"/>
        <source>Average intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="241"/>
        <source>Entries before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="261"/>
        <source>The feeling words you use most will show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingTimesSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="128"/>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="129"/>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="130"/>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="131"/>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="135"/>
        <source>When you wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="136"/>
        <source>Entries by weekday and time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="140"/>
        <source>How many entries you wrote on each day of the week, by time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="142"/>
        <source>Each square gives the number of entries and their average mood. Click one to see those entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="157"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="157"/>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="157"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="157"/>
        <source>Average mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/weekday_grid.py" line="174"/>
        <source>When you write, the days and times of day will show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../innerspace/gui/exercises/feeling_sliders.py" line="46"/>
        <source>How strong “%1” is now, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/feeling_sliders.py" line="52"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/feeling_sliders.py" line="53"/>
        <source>Remove %1</source>
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
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="236"/>
        <source>your rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="237"/>
        <source>the feelings you named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="216"/>
        <source>0 = calm, 10 = the most distress you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="54"/>
        <source>0 = not at all, 100 = completely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
