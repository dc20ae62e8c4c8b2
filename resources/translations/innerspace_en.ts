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
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="49"/>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="50"/>
        <source>A walk, a phone call, washing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="52"/>
        <source>I&apos;m &amp;planning this ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="54"/>
        <source>Plan it for a day and time, and say later whether it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="59"/>
        <source>Which of your values it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="62"/>
        <source>Being a good friend, health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="63"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="64"/>
        <source>Yes, I did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="65"/>
        <source>No, not this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="69"/>
        <source>Pleasure, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="70"/>
        <source>Sense of achievement, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="73"/>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="189"/>
        <source>Anything else you noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="99"/>
        <source> / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="71"/>
        <source>Mood before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="72"/>
        <source>Mood after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="107"/>
        <source>What did you do, or plan to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="109"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="118"/>
        <source>Choose the day and time above. Small and specific works best: a ten-minute walk on Tuesday at five is easier to start than &quot;exercise more&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="126"/>
        <source>&amp;Which of your values does it serve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="132"/>
        <source>Did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="142"/>
        <source>Plans don&apos;t always happen, and that&apos;s useful to know too: it can show what makes a step too big, or a time that doesn&apos;t suit you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="152"/>
        <source>How was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="158"/>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="215"/>
        <source>Pleasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="159"/>
        <source>How much you enjoyed it, even a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="163"/>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="215"/>
        <source>Sense of achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="165"/>
        <source>How much it felt like getting something done. Small tasks count, especially on a hard day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="171"/>
        <source>0 = none, 10 = the most you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="175"/>
        <source>Your mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="178"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="178"/>
        <source>Just before you started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="179"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="179"/>
        <source>Once you had finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="272"/>
        <source>When will you do it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="225"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="225"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/activity_log.py" line="226"/>
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
        <source>Mood before (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="97"/>
        <source>Mood after (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/activities.py" line="126"/>
        <source>Pleasure and sense of achievement are 0 to 10, and moods are on the journal&apos;s scale, 1 very low to 10 very good, as you rated them in each log (older logs could rate a mood 0); the open circle is your mood before, the filled one after. Click a row, or press Enter on it, to see those logs.</source>
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
        <location filename="../../innerspace/gui/patterns/activities.py" line="140"/>
        <source>When you log an activity and rate your mood before and after it, what you did and how your mood was around it will show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="79"/>
        <source>Sample journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="173"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="180"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="184"/>
        <source>&amp;About InnerSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="187"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="191"/>
        <source>&amp;What is CBT, a thought record, a safety plan…?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="176"/>
        <source>Settin&amp;gs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="194"/>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="196"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="198"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="200"/>
        <source>&amp;Context tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="202"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="204"/>
        <location filename="../../innerspace/gui/main_window.py" line="243"/>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="207"/>
        <source>&amp;Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="210"/>
        <source>P&amp;rompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="213"/>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="216"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="219"/>
        <source>Support &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="270"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="274"/>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="280"/>
        <source>&amp;Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="285"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="300"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="367"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="376"/>
        <source>&amp;My check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="377"/>
        <source>A few 1–10 scales you name yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="421"/>
        <source>Journal, Patterns, Prompts, This week and Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="424"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="425"/>
        <location filename="../../innerspace/gui/main_window.py" line="525"/>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="426"/>
        <location filename="../../innerspace/gui/main_window.py" line="532"/>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="427"/>
        <location filename="../../innerspace/gui/main_window.py" line="539"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="428"/>
        <location filename="../../innerspace/gui/main_window.py" line="542"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="437"/>
        <source>You opened your journal with your recovery key. If you have forgotten your passphrase, you can choose a new one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="733"/>
        <source>Your last unsaved words could not be kept when the journal locked. Type your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="871"/>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="1071"/>
        <source>Your passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="1181"/>
        <source>About InnerSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/main_window.py" line="1184"/>
        <source>InnerSpace %1

A private, offline, encrypted journal. Everything stays on this computer.

InnerSpace is not an emergency service and does not replace therapy. If you are in danger, please call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="61"/>
        <source>New assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="61"/>
        <source>Edit assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="65"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="66"/>
        <source>for example: Three thought records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="69"/>
        <source>What it asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="70"/>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="71"/>
        <source>A prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="72"/>
        <source>An exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="73"/>
        <source>A check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="78"/>
        <source>Which prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="84"/>
        <source>Which exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="88"/>
        <source>Which check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="92"/>
        <source>Which one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="93"/>
        <source>Anything you would like to write about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="100"/>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="101"/>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="107"/>
        <source>Times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="102"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="103"/>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="113"/>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="114"/>
        <source>Due &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="115"/>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="120"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="121"/>
        <source>Doing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="122"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="123"/>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="126"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="126"/>
        <source>Optional: what to do, in your therapist&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="128"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="128"/>
        <source>Optional: notes of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="135"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="136"/>
        <source>&amp;Asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="137"/>
        <source>&amp;Which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="138"/>
        <source>How &amp;often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="139"/>
        <source>Sta&amp;rts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="141"/>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="142"/>
        <source>&amp;Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="143"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="251"/>
        <source>Please give it a title, so you can find it in This week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="253"/>
        <source>Please choose which one it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="255"/>
        <source>The due date is before the start; please move one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/homework/assignment_dialog.py" line="258"/>
        <source>Instructions and notes can be up to %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssociationSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/associations.py" line="24"/>
        <source>Context tags and feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/associations.py" line="41"/>
        <source>%1 appeared in %2 of 1 entry tagged “%4” (%5), against %6 overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/associations.py" line="43"/>
        <source>%1 appeared in %2 of %3 entries tagged “%4” (%5), against %6 overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/associations.py" line="63"/>
        <source>What appeared together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/associations.py" line="65"/>
        <source>Feelings that came up with your context tags; together doesn&apos;t say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/associations.py" line="67"/>
        <source>A tag shows here once at least %1 entries that name feelings carry it. Click a sentence, or press Enter on it, to see those entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/associations.py" line="75"/>
        <source>Add context tags (a situation, people, an activity or a place) to entries where you name a feeling. Once a tag is on %1 of them, the feelings that came up alongside it will show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../innerspace/gui/journal/photo_offers.py" line="103"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/photo_offers.py" line="109"/>
        <source>That file is larger than 20 MB, the most one attachment can be; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/photo_offers.py" line="114"/>
        <source>That file can&apos;t be read just now; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/photo_offers.py" line="117"/>
        <source>That file isn&apos;t a photo InnerSpace can read (PNG, JPEG, WebP or GIF); nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsStrip</name>
    <message>
        <location filename="../../innerspace/gui/journal/attachments_strip.py" line="140"/>
        <source>Photos and files in this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/attachments_strip.py" line="143"/>
        <source>Press Delete to take the chosen one out of the entry, or Enter to save a copy of it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <location filename="../../innerspace/gui/data/backup_schedule.py" line="191"/>
        <source>Your backup was saved in the journal folder, but the copy in your other folder couldn&apos;t be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backup_schedule.py" line="197"/>
        <source>Backup saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backup_schedule.py" line="201"/>
        <source>The backup couldn&apos;t be made. Your journal is unchanged. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="56"/>
        <source>Backups are encrypted. One is made once a day while InnerSpace is open, and when you close it unless one was made in the last hour. Each opens with the passphrase or recovery key you had on the day it was made.</source>
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
        <location filename="../../innerspace/gui/data/backups_page.py" line="119"/>
        <source>All of them together take at most five times your journal&apos;s size (the largest it has been lately): when they would take more, fewer are kept, spread from the newest back in time, and never fewer than two. The copies kept before a restore or a new data key are apart from this: the newest three of each always stay. Each backup is whole and can be restored on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="184"/>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="196"/>
        <source>Choose a folder for an extra copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="216"/>
        <source>No extra copy is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/backups_page.py" line="219"/>
        <source>A copy also goes to: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BehaviouralExperimentForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/behavioural_experiment.py" line="37"/>
        <source>0 = not at all, 100 = completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/behavioural_experiment.py" line="45"/>
        <source>Keep the experiment small and safe, and plan it for a time that suits you. Whatever happens, you learn something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/behavioural_experiment.py" line="72"/>
        <source> / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/behavioural_experiment.py" line="89"/>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/behavioural_experiment.py" line="90"/>
        <source>Behavioural experiment</source>
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
        <location filename="../../innerspace/gui/support/support_now.py" line="92"/>
        <source>Breathing pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="141"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="142"/>
        <source>How many minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="98"/>
        <source>Keep the circle still (words only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="101"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="102"/>
        <location filename="../../innerspace/gui/support/support_now.py" line="112"/>
        <location filename="../../innerspace/gui/support/support_now.py" line="154"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="105"/>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="110"/>
        <source>Breathing instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="115"/>
        <source>&amp;Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="116"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="136"/>
        <source> rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="137"/>
        <source>How many rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="158"/>
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
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="260"/>
        <source>Your year of moods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="260"/>
        <source>Mood calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="264"/>
        <source>Each square is a day, shaded by your mood that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="277"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="277"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="277"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="277"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="289"/>
        <source>Your year of moods, to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="297"/>
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
        <location filename="../../innerspace/gui/patterns/section.py" line="61"/>
        <location filename="../../innerspace/gui/patterns/section.py" line="201"/>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="66"/>
        <location filename="../../innerspace/gui/patterns/section.py" line="182"/>
        <source>More about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="108"/>
        <source>Show %1 as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="109"/>
        <source>More about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="110"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="182"/>
        <source>Less about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="201"/>
        <source>Show as chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="89"/>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="93"/>
        <source>My check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="91"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="97"/>
        <source>A check-in, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="98"/>
        <source>Support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="100"/>
        <source>Breathing, grounding, your safety plan, crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="126"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="129"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="132"/>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="271"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="135"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="182"/>
        <source>One last question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="186"/>
        <source>This one isn&apos;t counted in the score; you can leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="191"/>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="268"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="271"/>
        <source>&amp;See my result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="336"/>
        <source>It could not be kept just now. Your answers are still here; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/checkin_dialog.py" line="351"/>
        <source>This check-in&apos;s answers can&apos;t be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="115"/>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="116"/>
        <source>Check-ins over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="117"/>
        <source>Check-in scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="119"/>
        <source>Check-in to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="121"/>
        <source>C&amp;heck-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="125"/>
        <source>Change over this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="137"/>
        <source>Your check-in scores over time, each a check-in and not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="139"/>
        <source>Each dot is one check-in; the faint dashed lines mark where the published ranges begin. For PHQ-9 and GAD-7 a higher score means more has been bothering you; for WHO-5 a higher score means more wellbeing. A change of 5 points or more on PHQ-9 (4 on GAD-7, 10 on WHO-5) is large enough to be meaningful. Press Enter on a row of the table to open that check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="167"/>
        <source>When you take a check-in from the Check-ins menu, its scores over time will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="194"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="194"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="194"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="200"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="213"/>
        <source>Taken once in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="215"/>
        <source>Taken %1 times in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="221"/>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/checkins.py" line="226"/>
        <source>That is a change large enough to be meaningful.</source>
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
    <name>ClockField</name>
    <message>
        <location filename="../../innerspace/gui/exercises/clock_field.py" line="23"/>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="79"/>
        <source>Before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="81"/>
        <source>Content note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="85"/>
        <source>Go at your own pace. You can stop and ground yourself whenever you need to; breathing and grounding are one click away in Support now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="93"/>
        <source>A line you can call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="99"/>
        <source>Before you begin:</source>
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
    <name>CoreBeliefForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="68"/>
        <source>0 = not at all, 100 = completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="72"/>
        <source>The thought that stung, in its own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="73"/>
        <source>One step deeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="77"/>
        <source>Often short and old: “I&apos;m …”, “People are …”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="82"/>
        <source>Something kinder you could grow to believe, even a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="86"/>
        <source>A new piece of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="87"/>
        <source>Something that fits the new belief today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="88"/>
        <source>Add to the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="99"/>
        <source>Following it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="103"/>
        <source>Ask of the thought, and then of each answer: %1 Stop when you reach something that feels old and certain, or when it gets too heavy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="125"/>
        <source>Over the coming weeks, open this worksheet again from your journal and add each small thing that fits the new belief, on the day you notice it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="150"/>
        <source> / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="159"/>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="222"/>
        <source>Core belief: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="224"/>
        <source>Core belief worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="230"/>
        <source>1 piece of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="232"/>
        <source>%1 pieces of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="234"/>
        <source>%1, %2</source>
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
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="58"/>
        <source>Support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="59"/>
        <source>Breathing, grounding and crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="72"/>
        <source>Welcome to InnerSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="76"/>
        <source>A private place to write, reflect and notice your own patterns — between therapy sessions, or simply for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="83"/>
        <source>It stays on this computer. No account, no cloud, nothing is ever sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="85"/>
        <source>It is encrypted with a passphrase only you know. Anyone who copies the files sees only scrambled data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="89"/>
        <source>It locks itself when you step away, and keeps your words safe if the computer crashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="97"/>
        <source>InnerSpace is a journal, not a replacement for therapy or emergency care. If you are in danger or thinking of harming yourself, please contact your local emergency number or a crisis line now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="110"/>
        <source>Your &amp;country, for crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="114"/>
        <source>You can leave this as it is, and change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="119"/>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="123"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="136"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="140"/>
        <source>You will type it each time you open your journal. A short sentence or a few unrelated words work well. If you forget it, only your recovery key can open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="149"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="152"/>
        <source>Creating your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="156"/>
        <source>Creating your journal… This takes a moment on purpose: it makes guessing your passphrase very slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="163"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="165"/>
        <source>Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="184"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/create_journal_screen.py" line="187"/>
        <source>Open my journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisLinesPage</name>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="245"/>
        <source>Crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="249"/>
        <source>Who you can reach now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="258"/>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="287"/>
        <source>If someone is hurting, threatening or controlling you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="296"/>
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
    <name>DayPicker</name>
    <message>
        <location filename="../../innerspace/gui/exercises/day_picker.py" line="65"/>
        <source>dddd d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/day_picker.py" line="67"/>
        <source>dddd d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryCardForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="49"/>
        <source>0 = no urge at all, 5 = the strongest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="53"/>
        <source>0 = not at all, 5 = the strongest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="135"/>
        <source>The day this card is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="135"/>
        <source>Today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="137"/>
        <source>A target behaviour, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="138"/>
        <source>Something you are working on doing less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="139"/>
        <source>Add to my list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="144"/>
        <source> / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="145"/>
        <source>%1, 0 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="149"/>
        <source>A skill you used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="157"/>
        <source>Add skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="159"/>
        <source>Skill cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="160"/>
        <source>Short reminders of TIPP, STOP and other skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="162"/>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="234"/>
        <source>Anything else about today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="183"/>
        <source>The day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="191"/>
        <source>Urges and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="195"/>
        <source>Your own target behaviours: things you are working on doing less of. For each, the strongest urge today, and whether you acted on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="211"/>
        <source>Feelings today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="212"/>
        <source>How strong each was at its strongest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="226"/>
        <source>Skills you used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="340"/>
        <source>Diary card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="344"/>
        <source>%1, strongest urge %2/5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryCardSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="34"/>
        <source>Average strongest urge for each target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="35"/>
        <source>Urges and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="36"/>
        <source>Urges for each target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="37"/>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="41"/>
        <source>Skills you used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="55"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="55"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="61"/>
        <source>%1, acted on it on %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="71"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="87"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="88"/>
        <source>Days rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="89"/>
        <source>Average strongest urge (0–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="90"/>
        <source>Days acted on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="106"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="106"/>
        <source>Times used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="106"/>
        <source>Times it helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="120"/>
        <source>You kept 1 diary card in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="122"/>
        <source>You kept %1 diary cards in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="127"/>
        <source>Each bar is the average of the strongest urge you noted for that target, 0 to 5, with the days you acted on it out of the days you said. Below are the skills you used and how often you said they helped. Click a bar, or press Enter on a row, to see those cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/diary_card.py" line="139"/>
        <source>When you keep a DBT diary card, your urges and the skills you used will show here.</source>
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
    <message>
        <location filename="../../innerspace/gui/journal/entry_delegate.py" line="33"/>
        <source>⚑ for my session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="143"/>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="144"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="154"/>
        <location filename="../../innerspace/gui/journal/editor.py" line="433"/>
        <source>Star this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="155"/>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="161"/>
        <source>Bring to my session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="170"/>
        <source>Write whatever is on your mind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="171"/>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="173"/>
        <source>Preview of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="175"/>
        <source>The entry, to write or preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="176"/>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="177"/>
        <source>P&amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="187"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="190"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="191"/>
        <source>Save this entry (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="192"/>
        <source>&amp;Open exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="193"/>
        <source>Change this exercise in its own form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="195"/>
        <source>Set a &amp;date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="196"/>
        <source>Give this entry a date that can be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="199"/>
        <source>&amp;Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="200"/>
        <source>Attach a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="203"/>
        <source>Add a photo to this entry; where it was taken is left out. Its menu adds a file too (a PDF, a recording, a text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="208"/>
        <source>Its menu also adds a file, such as a PDF or a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="213"/>
        <source>Attach a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="215"/>
        <source>Attach a photo with its details (place, camera)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="219"/>
        <source>Attach a file (a PDF, a recording, a text)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="227"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="228"/>
        <source>Delete this entry; you can undo right after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="433"/>
        <source>Unstar this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="438"/>
        <source>⚑ For my session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="438"/>
        <source>⚐ For my session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="440"/>
        <source>Leave this entry out of the session summary (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="442"/>
        <source>Bring this entry to my session: its words go into the summary (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/editor.py" line="451"/>
        <source>Words: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceRow</name>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="37"/>
        <source>Evidence from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="38"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/core_belief.py" line="40"/>
        <source>Remove the evidence from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="240"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="244"/>
        <source>About this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="251"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="252"/>
        <source>Save for &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="253"/>
        <source>Keep it as a draft to finish another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="254"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="255"/>
        <source>Save it as finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="258"/>
        <source>Support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="260"/>
        <source>Breathing, grounding, your safety plan, crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="323"/>
        <source>There&apos;s nothing to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="372"/>
        <source>It could not be saved. Nothing was lost here; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="392"/>
        <source>Keep what you&apos;ve written?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="393"/>
        <source>You&apos;ve written something here that isn&apos;t saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="394"/>
        <source>Save for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="395"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/exercise_dialog.py" line="396"/>
        <source>Keep writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseMood</name>
    <message>
        <location filename="../../innerspace/gui/exercises/mood_field.py" line="24"/>
        <source>%1, from 1, very low, to 10, very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/mood_field.py" line="27"/>
        <source>Click a number, or use the arrow keys. Delete leaves it not rated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/experiments.py" line="25"/>
        <source>How strongly you held each belief, before and after its experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/experiments.py" line="27"/>
        <source>Behavioural experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/experiments.py" line="48"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/experiments.py" line="48"/>
        <source>Belief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/experiments.py" line="48"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/experiments.py" line="48"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/experiments.py" line="60"/>
        <source>The open circle is how strongly you held the belief before the experiment, the filled one after it, 0 to 100. A belief can grow or shrink with what you find: either can be what you learned. Click a row, or press Enter on it, to see that experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/experiments.py" line="72"/>
        <source>When you test a belief with an experiment and rate it before and after, how strongly you held it will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/experiments.py" line="84"/>
        <source>You tried 1 experiment in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/experiments.py" line="86"/>
        <source>You tried %1 experiments in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/experiments.py" line="91"/>
        <source>%1 of them rated before and after.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationsDialog</name>
    <message>
        <location filename="../../innerspace/gui/help/explanations_dialog.py" line="23"/>
        <source>What is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/help/explanations_dialog.py" line="28"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/help/explanations_dialog.py" line="31"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="77"/>
        <source>Export your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="85"/>
        <source>Take a copy of everything you have written, to keep or to use elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="89"/>
        <source>&amp;Markdown: a folder with one text file per entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="92"/>
        <source>&amp;InnerSpace JSON: one file that InnerSpace can import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="95"/>
        <source>&amp;CSV: moods, feelings and ratings for a spreadsheet, none of your writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="98"/>
        <source>&amp;PDF for reading or printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="108"/>
        <source>First day of entries in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="110"/>
        <source>Last day of entries in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="114"/>
        <source>The entries of these &amp;days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="118"/>
        <source>The entries I cho&amp;se in the timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="124"/>
        <source>The entries I cho&amp;se (select them in the timeline first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="138"/>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="139"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="145"/>
        <source>Where to save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="148"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="149"/>
        <source>Choose where to save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="162"/>
        <source>Please note: the export is NOT encrypted. Anyone who can open these files can read everything in them. Keep them somewhere safe, and delete them when you no longer need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="168"/>
        <source>The export is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="170"/>
        <source>I &amp;understand that the export is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="176"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="179"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="182"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="186"/>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="247"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="233"/>
        <source>InnerSpace export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="242"/>
        <source>&amp;Folder for the files (new or empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="244"/>
        <source>&amp;File to save:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="247"/>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="259"/>
        <source>Choose a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="264"/>
        <source>Save the export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="267"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="268"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="269"/>
        <source>InnerSpace JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="288"/>
        <source>The first day is after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="320"/>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="330"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="361"/>
        <source>%1 on %2 pages: look them over, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="377"/>
        <source>Exported %1 into the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="379"/>
        <source>Exported %1 into the file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="381"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="388"/>
        <source>The export was stopped. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/export_dialog.py" line="399"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyChart</name>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="45"/>
        <source>Families of feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="105"/>
        <source>, intensity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="109"/>
        <source>before: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="162"/>
        <source>Feelings you named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="162"/>
        <source>Families of feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="173"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="173"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="173"/>
        <source>Average intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="175"/>
        <source>Entries before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="175"/>
        <source>Average intensity before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="196"/>
        <source>How many entries named a feeling of each family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="200"/>
        <source>Beside each bar is how strongly you felt them, 0 to 100 on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="202"/>
        <source>The dashed outline under each bar is the same stretch of time before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="207"/>
        <source>Click a bar to see those entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="216"/>
        <source>Name a feeling when you write (calm, worried, grateful…), and how often each kind of feeling came up will show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FearLadderForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="53"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="54"/>
        <source>What you avoid or fear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="58"/>
        <source>Add a &amp;step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="62"/>
        <source>The step you tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="64"/>
        <source>Distress you expected, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="65"/>
        <source>Highest distress it actually reached, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="67"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="68"/>
        <source>How many minutes until the distress eased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="70"/>
        <source>What you noticed on this try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="71"/>
        <source>&amp;Keep this try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="76"/>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="164"/>
        <source>Your tries so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="80"/>
        <source>Remove the chosen try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="83"/>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="170"/>
        <source>Anything else you noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="109"/>
        <source>What do you avoid or fear?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="112"/>
        <source>The steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="116"/>
        <source>Break it into small steps, from one you could nearly do today to the hardest. Rate the distress you expect on each. They are put in order for you, lowest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="129"/>
        <source>When you try a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="133"/>
        <source>Stay with it, if you can, until the distress starts to ease, then note how it went. Trying the same step again is how it gets easier; move up only when you feel ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="145"/>
        <source>S&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="146"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="147"/>
        <source>E&amp;xpected distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="148"/>
        <source>&amp;Highest distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="149"/>
        <source>Minutes until it &amp;eased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="150"/>
        <source>What you &amp;noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="175"/>
        <source>0 = calm, 100 = the most distress you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="182"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="183"/>
        <source>A small step, like looking at a photo of a lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="186"/>
        <source>Distress you expect on step %1, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/fear_ladder.py" line="287"/>
        <source>Fear ladder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FearLadderSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="37"/>
        <source>Highest distress on each step, first try and latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="39"/>
        <source>Fear ladders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="53"/>
        <source>1 try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="55"/>
        <source>%1 tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="59"/>
        <source>expected %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="82"/>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="83"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="84"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="85"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="86"/>
        <source>First try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="87"/>
        <source>Latest try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="88"/>
        <source>Eased (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="115"/>
        <source>Each row is a step you tried: the open circle is the highest distress on your first try, the filled one on your latest, 0 to 100. The table has every step of each ladder, lowest first: the distress expected, the highest on the first and the latest try, and the average minutes until it eased. Go at your own pace; staying on a step is part of it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="131"/>
        <source>When you try a step of a fear ladder and note the highest distress, how it changes from one try to the next will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="141"/>
        <source>Once you have tried a step more than once, how the distress changed will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="147"/>
        <source>On steps you tried more than once, the highest distress stayed about the same from the first try to the latest, on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="152"/>
        <source>On steps you tried more than once, the highest distress came down by %1 points from the first try to the latest, on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="157"/>
        <source>On steps you tried more than once, the highest distress went up by %1 points from the first try to the latest, on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="167"/>
        <source>On your tries you expected %1 on average, and the highest was %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingMap</name>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="56"/>
        <source>Feeling map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="59"/>
        <source>Across: unpleasant to pleasant. Up: low to high energy. Click, or use the arrow keys and Enter, to see words for that spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="169"/>
        <source>high energy ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="170"/>
        <source>low energy ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="82"/>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="171"/>
        <source>← unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="83"/>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="172"/>
        <source>pleasant →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="200"/>
        <source>unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="202"/>
        <source>pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="204"/>
        <source>neither pleasant nor unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="206"/>
        <source>low energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="208"/>
        <source>high energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feeling_map.py" line="210"/>
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
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="78"/>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="79"/>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="211"/>
        <source>How are you feeling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="80"/>
        <source>Show or fold away mood, feelings and what it was about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="94"/>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="216"/>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="95"/>
        <source>What was it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="112"/>
        <source>Feelings named in the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="124"/>
        <source>Feelings of this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="212"/>
        <source>How are you feeling? Fold the panel away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="216"/>
        <source>Feelings · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="218"/>
        <source>Open the feelings panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="229"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="229"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="233"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/feelings_panel.py" line="243"/>
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
        <location filename="../../innerspace/gui/support/support_now.py" line="177"/>
        <source>Grounding step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="180"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="181"/>
        <location filename="../../innerspace/gui/support/support_now.py" line="214"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="201"/>
        <source>Take a moment to notice how you feel now. You can start again any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="208"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="214"/>
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
        <location filename="../../innerspace/gui/data/import_dialog.py" line="89"/>
        <source>Import entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="97"/>
        <source>jrnl (JSON export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="98"/>
        <source>In jrnl, run: jrnl --format json &gt; export.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="99"/>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="142"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="109"/>
        <source>Day One (JSON export, .zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="126"/>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="118"/>
        <source>Daylio (CSV export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="103"/>
        <source>jrnl (its journal file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="104"/>
        <source>The plain-text file jrnl writes, often ~/.local/share/jrnl/journal.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="105"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="111"/>
        <source>In Day One, export a journal as JSON; you get a .zip file (or its .json, if your browser unzipped it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="114"/>
        <source>Day One exports (*.zip *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="119"/>
        <source>In Daylio, open More → Export entries → CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="120"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="124"/>
        <source>Journey (export, .zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="125"/>
        <source>In Journey, export your entries; you get a .zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="130"/>
        <source>A folder of Markdown or text notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="132"/>
        <source>One entry per file, such as Obsidian or Logseq daily notes. Dates come from the front matter or the file&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="140"/>
        <source>InnerSpace (JSON export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="141"/>
        <source>A file made with Export… in InnerSpace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="150"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="153"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="157"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="160"/>
        <source>&amp;Read file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="163"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="184"/>
        <source>Where the entries come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="189"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="192"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="193"/>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="311"/>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="197"/>
        <source>F&amp;ile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="200"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="208"/>
        <source>Bring your entries from another journal app. Nothing is added until you have seen what the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="225"/>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="228"/>
        <source>What will be left out, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="229"/>
        <source>Moods InnerSpace doesn&apos;t know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="234"/>
        <source>Daylio lets you name moods yourself. Each name is kept on its entries as a tag. Say how each felt, from 1 (awful) to 5 (rad), to give those entries a mood rating too; you can also do it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="242"/>
        <source>Entries changed since the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="244"/>
        <source>&amp;Update them to match the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="247"/>
        <source>&amp;Keep both: add the changed ones beside them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="253"/>
        <source>Entries an update would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="306"/>
        <source>Choose the folder of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="376"/>
        <source>This folder of notes holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="379"/>
        <source>This %2 file holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="388"/>
        <source>1 entry is already in your journal and won&apos;t be added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="391"/>
        <source>%1 are already in your journal and won&apos;t be added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="398"/>
        <source>No new entries will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="401"/>
        <source>%1 changed since the last import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="408"/>
        <source>You changed it here since then, so the file&apos;s version will be added beside it and what you wrote stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="415"/>
        <source>You changed one of them here since then, so the file&apos;s version will be added beside it and what you wrote stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="422"/>
        <source>You changed %1 of them here since then, so the file&apos;s versions will be added beside them and what you wrote stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="429"/>
        <source>One photo will come along with the entries, without where it was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="434"/>
        <source>%1 photos will come along with the entries, without where they were taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="441"/>
        <source>One other file (a PDF, a recording, a text) will come along too, kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="448"/>
        <source>%1 other files (PDFs, recordings, texts) will come along too, kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="456"/>
        <source>One picture or file in the export can&apos;t be brought across (a video, a recording, or a photo missing from the archive); the text of its entry is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="464"/>
        <source>%1 pictures and files in the export can&apos;t be brought across (videos, recordings, or photos missing from the archive); the text of those entries is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="470"/>
        <source>1 thing in the file will be left out; below it says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="473"/>
        <source>%1 things in the file will be left out; below it says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="481"/>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="496"/>
        <source>And %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="489"/>
        <source>%1: an entry with no words yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="499"/>
        <source>Updating would change these entries in your journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="535"/>
        <source>Say later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="262"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="383"/>
        <source>They were written from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="396"/>
        <source>%1 will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="523"/>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="524"/>
        <source>There is nothing new to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="536"/>
        <source>How the mood “%1” felt, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="537"/>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="599"/>
        <source>Imported %1. They are in your journal now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="603"/>
        <source>%1 brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="608"/>
        <source>1 photo came with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="610"/>
        <source>%1 photos came with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="615"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/import_dialog.py" line="632"/>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="144"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="366"/>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="145"/>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="149"/>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="150"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="155"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="156"/>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="157"/>
        <source>Order of search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="161"/>
        <source>Show entries with tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="162"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="1291"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="165"/>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="167"/>
        <source>Show only starred entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="176"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="177"/>
        <source>Go to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="182"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="189"/>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="190"/>
        <source>Guided exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="192"/>
        <source>Support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="194"/>
        <source>Breathing, grounding, your safety plan, crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="197"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="199"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="200"/>
        <source>Lock your journal now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="220"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="138"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="221"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="141"/>
        <source>Show the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="142"/>
        <source>Show or hide the timeline (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="222"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="232"/>
        <source>Search summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="266"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="268"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="368"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="370"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="372"/>
        <source>&amp;Go to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="373"/>
        <source>S&amp;tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="375"/>
        <source>&amp;Bring to my session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="378"/>
        <source>&amp;Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="380"/>
        <source>Show &amp;all entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="382"/>
        <source>Show &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="387"/>
        <source>Show &amp;feelings panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="395"/>
        <source>F&amp;ocus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="398"/>
        <source>Leave focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="516"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="1101"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="528"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="630"/>
        <source>Attach a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="632"/>
        <source>Photos (*.png *.jpg *.jpeg *.webp *.gif *.heic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="633"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="642"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="669"/>
        <source>The photo could not be added just now. Your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="855"/>
        <source>You are writing for “%1”. It counts in This week once saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="964"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="975"/>
        <source>&amp;Open check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="975"/>
        <source>&amp;Open exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="999"/>
        <source>This entry&apos;s date can&apos;t be shown. You can give it a date, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1003"/>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="664"/>
        <location filename="../../innerspace/gui/journal/screen.py" line="1079"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="379"/>
        <source>Show pr&amp;eview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="401"/>
        <source>Make a &amp;PDF of these entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="642"/>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="652"/>
        <source>Adding it to the entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="680"/>
        <source>Save a copy (it will not be encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="689"/>
        <source>A copy is saved where you chose. It is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="699"/>
        <source>A file with that name is already there; please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="703"/>
        <source>The copy could not be saved just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1086"/>
        <source>Draft kept safe at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1091"/>
        <source>Your draft could not be kept just now. Your text is still here; please Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1113"/>
        <source>That date can&apos;t be kept. Your text is still here; choose another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1117"/>
        <source>Could not save. Your text is still here; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1152"/>
        <source>Restored unsaved writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1155"/>
        <source>We brought back what you were writing last time. It is saved as a draft; press Save when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1166"/>
        <source>Entry deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1201"/>
        <source>The linked entry isn&apos;t in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1236"/>
        <source>Your entries will appear here.

Write your first one on the right — a sentence is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1241"/>
        <source>No entries match what you chose to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1273"/>
        <source>Entries found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1276"/>
        <source>Nothing matches that search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1278"/>
        <source>No entries contain those words. Try fewer words, or a word start with *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1316"/>
        <source>Showing the %1 entries behind what you chose in Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/screen.py" line="1322"/>
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
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="151"/>
        <source>%1: no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="154"/>
        <source>%1: %2, no mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="156"/>
        <source>your rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="156"/>
        <source>from your feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="159"/>
        <source>%1: %2, mood %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodLegend</name>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="242"/>
        <source>Mood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood_calendar.py" line="247"/>
        <source>A dot means the mood came from the feelings you named; an outlined square is a day with entries but no mood, a dotted one a day without entries. Click a day to see its entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodNamesModel</name>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="45"/>
        <source>not said yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="47"/>
        <source>felt like %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="49"/>
        <source>“%1” — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodNamesPage</name>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="73"/>
        <source>Moods other apps let you name yourself are kept on their entries as tags (mood/…). Say how one felt, and its entries without a mood rating get one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="82"/>
        <source>Mood names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="88"/>
        <source>Mood &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="90"/>
        <source>No entries carry a mood named in words yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="92"/>
        <source>How this mood felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="93"/>
        <source>Not said yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="95"/>
        <source>1 — awful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="96"/>
        <source>2 — bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="97"/>
        <source>3 — meh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="98"/>
        <source>4 — good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="99"/>
        <source>5 — rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="102"/>
        <source>&amp;Save how it felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="104"/>
        <source>Mood names status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="109"/>
        <source>How it &amp;felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="167"/>
        <source>Saved. %1 got a mood rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/mood_names_page.py" line="170"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodRating</name>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="158"/>
        <source>Overall mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="161"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="162"/>
        <source>Leave the mood not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="163"/>
        <source>Clear the mood rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="165"/>
        <source>Overall mood, from 1, very low, to 10, very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="167"/>
        <source>Click a number, or use the arrow keys. Delete leaves it not rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="170"/>
        <source>very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="171"/>
        <source>very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="216"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/mood_rating.py" line="216"/>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="136"/>
        <source>Your rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="137"/>
        <source>From the feelings you named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="138"/>
        <location filename="../../innerspace/gui/patterns/mood.py" line="197"/>
        <source>Average of 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="147"/>
        <source>Mood over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="147"/>
        <source>Mood by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="165"/>
        <source>Your mood each day, from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="169"/>
        <source>Filled circles are days you rated your mood. Open squares are days you didn&apos;t rate, with a mood worked out from the feelings you named: pleasant ones count up, unpleasant ones down. The dashed line is the average of each day and the six before it. The table has every day, and Enter on one shows its entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="193"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="194"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="195"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="196"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/mood.py" line="207"/>
        <source>Name a feeling or rate your mood when you write, and your mood over time will show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodWithEnds</name>
    <message>
        <location filename="../../innerspace/gui/exercises/mood_field.py" line="54"/>
        <source>very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/mood_field.py" line="55"/>
        <source>very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/mood_field.py" line="81"/>
        <source>Kept as you rated it then: %1, on the older scale from 0 to 10. Choose a number to rate it on this scale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDataKeyDialog</name>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="62"/>
        <source>Re-encrypt under a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="69"/>
        <source>This gives your journal a new key. Afterwards your old passphrases, old recovery keys and the key files in backups made before now can no longer open your journal as it is from now on. Your passphrase stays the same, and you get a new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="78"/>
        <source>Backups made before now still open with the passphrase and recovery key they were made with; you can delete them at the end. This takes a moment for a large journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="85"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="88"/>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="91"/>
        <source>Re-encrypting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="94"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="97"/>
        <source>&amp;Re-encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="135"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="159"/>
        <source>Stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewKeyResultDialog</name>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="180"/>
        <source>Your journal has a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="187"/>
        <source>Your journal is now encrypted under a new key, and a first backup under it was made. Your passphrase is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="199"/>
        <source>&amp;Delete the older backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="204"/>
        <source>%n older backup(s) still open with the passphrase and recovery key they were made with. Delete them if you no longer want that.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="212"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="227"/>
        <source>%n older backup(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/new_data_key_dialog.py" line="227"/>
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
    <name>Notice</name>
    <message>
        <location filename="../../innerspace/gui/common/notice.py" line="17"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/notice.py" line="22"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnCheckinForm</name>
    <message>
        <location filename="../../innerspace/gui/checkins/own_form.py" line="58"/>
        <source>My check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/own_form.py" line="61"/>
        <source>Rate a few things that matter to you, from 1 (very little) to 10 (very much): sleep, energy, calm, or anything you name. Leave one at – to skip it today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/own_form.py" line="68"/>
        <source>You haven&apos;t named any scales yet. Add one below, such as Sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/own_form.py" line="73"/>
        <source>Your scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/own_form.py" line="82"/>
        <source>Name a scale, such as Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/own_form.py" line="83"/>
        <source>Name of a new scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/own_form.py" line="85"/>
        <source>&amp;Add scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/own_form.py" line="91"/>
        <source>&amp;Notes (only if you like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/own_form.py" line="93"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/own_form.py" line="134"/>
        <source>1 is very little, 10 is very much; – skips it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/own_form.py" line="139"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/own_form.py" line="140"/>
        <source>Remove %1</source>
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
        <location filename="../../innerspace/gui/patterns/screen.py" line="104"/>
        <location filename="../../innerspace/gui/patterns/screen.py" line="109"/>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="112"/>
        <source>Time to look back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="114"/>
        <source>Past week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="115"/>
        <source>Past month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="116"/>
        <source>Past three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="117"/>
        <source>Past year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="118"/>
        <source>All my entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="119"/>
        <source>Choose dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="124"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="126"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="127"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="128"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="129"/>
        <source>Gathering your patterns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="148"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="218"/>
        <source>Your patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="296"/>
        <source>Your patterns couldn&apos;t be gathered just now. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="351"/>
        <source>There are no entries in this time yet. Name a feeling or rate your mood when you write, and your patterns will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="362"/>
        <source>From %1 to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/screen.py" line="369"/>
        <source> In the same length of time before: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="55"/>
        <source>Preview of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="65"/>
        <source>Page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="66"/>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="67"/>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="68"/>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="69"/>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="70"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="71"/>
        <source>Smaller (Ctrl+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="72"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="73"/>
        <source>Larger (Ctrl+plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="75"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="86"/>
        <source>The PDF, a page at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="92"/>
        <source>What happened to the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="94"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="95"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="98"/>
        <source>Saves the PDF to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="101"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="159"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="203"/>
        <source>This page couldn&apos;t be drawn just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="210"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="218"/>
        <source>Saved to %1. It is not encrypted; delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="228"/>
        <source>The PDF couldn&apos;t be saved there (%1). Please choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="247"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="253"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/pdf_preview.py" line="263"/>
        <source>The PDF couldn&apos;t be printed just now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="25"/>
        <source>Activities planned and done, by value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="26"/>
        <source>Planned and done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="28"/>
        <source>Mood around the planned activities you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="31"/>
        <source>Mood before and after the planned activities you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="49"/>
        <source>Not tied to a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="54"/>
        <source>%1 of %2 happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="60"/>
        <source>, %1 not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="90"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="91"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="92"/>
        <source>Happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="93"/>
        <source>Didn&apos;t happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="94"/>
        <source>Not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="95"/>
        <source>Mood before (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="96"/>
        <source>Mood after (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="121"/>
        <source>The outline is how many activities you planned for a value, the filled part how many happened. These are counts, not a measure of you: a plan that didn&apos;t happen can show a step that was too big, or a time that didn&apos;t suit you. Moods are on the journal&apos;s scale, 1 very low to 10 very good. Click a row, or press Enter on it, to see those plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="137"/>
        <source>When you plan an activity ahead in the activity log and tie it to something that matters to you, what you planned and what happened will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="148"/>
        <source>You planned 1 activity in this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="150"/>
        <source>You planned %1 activities in this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="153"/>
        <source>%1 happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="155"/>
        <source>%1 didn&apos;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="157"/>
        <source>%1 not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="166"/>
        <source>Around the planned activities you did, your mood was %1 before and %2 after, on average (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="175"/>
        <source>1 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/planning.py" line="175"/>
        <source>%1 plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptBrowser</name>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="107"/>
        <location filename="../../innerspace/gui/prompts/browser.py" line="108"/>
        <location filename="../../innerspace/gui/prompts/browser.py" line="171"/>
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
        <location filename="../../innerspace/gui/prompts/browser.py" line="130"/>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="130"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="131"/>
        <source>Any depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="131"/>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="134"/>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="134"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/prompts/browser.py" line="136"/>
        <source>Up to %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="143"/>
        <source>&amp;Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="144"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="145"/>
        <source>&amp;Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="146"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="155"/>
        <source>&amp;Favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="156"/>
        <source>Your o&amp;wn prompts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="157"/>
        <source>Show &amp;hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="159"/>
        <source>How many prompts are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="177"/>
        <source>No prompts shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="178"/>
        <source>Show all prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="184"/>
        <source>Write your own prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="212"/>
        <source>Problems found in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="215"/>
        <source>Write your &amp;own prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="217"/>
        <source>&amp;Import a prompt pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="219"/>
        <source>Add prompts from a prompt pack file that you or someone you trust wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="223"/>
        <source>Include prompts about healing past hurts in the prompt of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="230"/>
        <source>These prompts touch on painful memories, so the prompt of the day leaves them out unless you ask for them. They are always here to choose when you feel ready, and you can change this at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="259"/>
        <source>Choose a prompt from the list to read it in full, with its follow-up questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="266"/>
        <source>&amp;Write about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="273"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="275"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="315"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="316"/>
        <source>&amp;Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="432"/>
        <location filename="../../innerspace/gui/prompts/browser.py" line="450"/>
        <source>Gathering prompts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="435"/>
        <source>1 prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/prompts/browser.py" line="435"/>
        <source>%n prompts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="439"/>
        <source>Showing %1 of %2 prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="453"/>
        <source>Prompts you mark as a favourite will gather here.

Choose a prompt and press Favourite to keep it close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="458"/>
        <source>Prompts you write yourself will appear here: questions your therapist suggested, or ones you come back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="463"/>
        <source>No prompts match what you chose.

Try a longer length, another approach, or fewer words in the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="489"/>
        <source>☆ Unfavourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="489"/>
        <source>★ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="492"/>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="492"/>
        <source>Mark as a favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="494"/>
        <source>Unhide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="494"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="496"/>
        <source>Show this prompt again everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="498"/>
        <source>Keep this prompt out of the list and the prompt of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="533"/>
        <source>Hidden. It won&apos;t appear in the list or as the prompt of the day. Tick “Show hidden” to find it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="568"/>
        <source>Your prompt is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="568"/>
        <source>Your changes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="577"/>
        <source>Your prompt could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="585"/>
        <source>Delete your prompt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="586"/>
        <source>Delete this prompt of your own?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="588"/>
        <source>Entries you wrote from it stay in your journal, just as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="590"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="591"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="604"/>
        <source>Your prompt is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="615"/>
        <source>Import a prompt pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="617"/>
        <source>Prompt packs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="625"/>
        <source>Reading the prompt pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="638"/>
        <source>You already have “%1”, just as it is; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="641"/>
        <source>“%1” is updated; it now has 1 prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/prompts/browser.py" line="643"/>
        <source>“%1” is updated; it now has %n prompts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="647"/>
        <source>Added 1 prompt from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/prompts/browser.py" line="649"/>
        <source>Added %n prompts from “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="654"/>
        <source>It brings 1 homework assignment; you will find it in This week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/prompts/browser.py" line="657"/>
        <source>It brings %n homework assignments; you will find them in This week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="672"/>
        <source>This pack can&apos;t be imported as it is, so nothing from it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="674"/>
        <source>Here is the one thing that needs fixing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/prompts/browser.py" line="676"/>
        <source>Here are the %n things that need fixing:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="681"/>
        <source>The pack could not be imported. Nothing from it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="712"/>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptDetails</name>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="139"/>
        <source>The prompt in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="144"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="150"/>
        <source>You might also ask yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="152"/>
        <source>Follow-up questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="183"/>
        <source>Themes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="724"/>
        <source>Your own prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="724"/>
        <source>Edit your prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="728"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="729"/>
        <source>What would you like to ask yourself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="733"/>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="737"/>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="741"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="742"/>
        <source>Minutes, roughly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="744"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="745"/>
        <source>for example: work, sleep, family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="748"/>
        <source>Follow-up questions, one on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="749"/>
        <source>Optional: up to five, one on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="752"/>
        <source>Content note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="754"/>
        <source>Optional: a gentle note shown before the prompt, saying what it touches on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="766"/>
        <source>&amp;Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="767"/>
        <source>&amp;Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="768"/>
        <source>&amp;Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="769"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="770"/>
        <source>&amp;Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="771"/>
        <source>&amp;Follow-up questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="772"/>
        <source>&amp;Content note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="813"/>
        <source>Please write the prompt itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="817"/>
        <source>Prompts about healing past hurts need a content note: a line saying what the prompt touches on, shown before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/prompts/browser.py" line="823"/>
        <source>Please keep to %n follow-up questions or fewer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/browser.py" line="830"/>
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
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="96"/>
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
        <location filename="../../innerspace/gui/prompts/prompt_of_the_day.py" line="96"/>
        <source>&amp;Browse prompts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="207"/>
        <source>Prompt you are writing from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="213"/>
        <source>Show the prompt&apos;s note and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="214"/>
        <source>Show the prompt&apos;s note and follow-up questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="217"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="218"/>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="261"/>
        <source>Another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="223"/>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="224"/>
        <source>Put the prompt away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="234"/>
        <source>You are writing freely. Choose a prompt if you would like a place to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/prompts/prompt_panel.py" line="261"/>
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
    <name>QuestionPage</name>
    <message>
        <location filename="../../innerspace/gui/checkins/question_page.py" line="26"/>
        <source>What the questions ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/question_page.py" line="76"/>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingBox</name>
    <message>
        <location filename="../../innerspace/gui/checkins/own_form.py" line="42"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadablePlanView</name>
    <message>
        <location filename="../../innerspace/gui/support/plan_sharing.py" line="72"/>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/plan_sharing.py" line="77"/>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/plan_sharing.py" line="78"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/plan_sharing.py" line="82"/>
        <source>Sent to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/plan_sharing.py" line="105"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="37"/>
        <source>This recovery key opens your journal if you ever forget your passphrase. It is shown only now. Keep it somewhere safe and private, away from this computer — on paper, or in a password manager. Without your passphrase and without this key, nobody can open your journal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="53"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="54"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="55"/>
        <source>&amp;Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="56"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="62"/>
        <source>I stored my recovery key safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="90"/>
        <source>Copied. Paste it somewhere safe, then clear your clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="97"/>
        <source>Save recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="99"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="105"/>
        <source>InnerSpace recovery key

%1

Keep this private.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="114"/>
        <source>Could not save there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="120"/>
        <source>Saved. Move the file somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="140"/>
        <source>InnerSpace recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/recovery_key_view.py" line="144"/>
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
    <name>ReminderTray</name>
    <message>
        <location filename="../../innerspace/gui/reminders/reminder_tray.py" line="79"/>
        <location filename="../../innerspace/gui/reminders/reminder_tray.py" line="129"/>
        <source>InnerSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/reminders/reminder_tray.py" line="80"/>
        <source>A moment for yourself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/reminders/reminder_tray.py" line="131"/>
        <source>&amp;Open InnerSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/reminders/reminder_tray.py" line="133"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../innerspace/gui/settings/reminders_page.py" line="31"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/reminders_page.py" line="32"/>
        <source>&amp;Remind me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/reminders_page.py" line="34"/>
        <source>each &amp;day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/reminders_page.py" line="36"/>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/reminders_page.py" line="37"/>
        <source>on days &amp;homework is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/reminders_page.py" line="39"/>
        <source>Quiet from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/reminders_page.py" line="40"/>
        <source>Quiet until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/reminders_page.py" line="41"/>
        <source>&amp;Start when I log in, in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/reminders_page.py" line="45"/>
        <source>Reminders only come while InnerSpace is running (it can wait in the tray, locked). They only ever say “A moment for yourself?”, never anything you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/reminders_page.py" line="63"/>
        <source>&amp;Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/reminders_page.py" line="67"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="72"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="89"/>
        <source>A backup opens with the passphrase, or the recovery key, your journal had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="95"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="100"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="101"/>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="105"/>
        <source>A passphr&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="106"/>
        <source>A re&amp;covery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="115"/>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="190"/>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="117"/>
        <source>&amp;Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="119"/>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="196"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="123"/>
        <source>Opens with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="127"/>
        <source>What the backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="130"/>
        <source>The journal in this folder can&apos;t be opened, so it can&apos;t be kept as a backup first. Its files are moved aside in the same folder and kept, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="135"/>
        <source>Before anything is replaced, your journal as it is now is kept as a backup, so nothing is lost. Afterwards InnerSpace locks and asks you to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="143"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="146"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="150"/>
        <source>C&amp;heck backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="153"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="180"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="182"/>
        <source>InnerSpace backups (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="188"/>
        <source>Recovery key of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="194"/>
        <source>Recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="255"/>
        <source>This backup was made on %1 and holds no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="258"/>
        <source>This backup was made on %1 and holds %2, written from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="265"/>
        <source>Your passphrase and recovery key stay as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="268"/>
        <source>After restoring, the journal opens with the passphrase and recovery key it had when this backup was made, not with the ones you use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="297"/>
        <source>Your journal was restored from the backup. Unlock it with your passphrase, as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="302"/>
        <source>Your journal was restored from the backup. Please unlock it with the passphrase it had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="308"/>
        <source>The files that could not be opened are kept in the same folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="319"/>
        <source>That passphrase doesn&apos;t open this backup. Try the passphrase your journal had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="324"/>
        <source>That recovery key doesn&apos;t open this backup. Check it letter by letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/data/restore_dialog.py" line="327"/>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="29"/>
        <source>Your check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="31"/>
        <source>Your result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="36"/>
        <source>Since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="39"/>
        <source>This is a check-in, not a diagnosis. Scores move with life; if one worries you, or stays where it is, it can help to talk it over with your doctor or therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="46"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="86"/>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="93"/>
        <source> (%1 last time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="95"/>
        <source>Your note is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="96"/>
        <source>Thank you for checking in with yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="103"/>
        <source>Score %1 of %2: in the range often called %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="105"/>
        <source>Wellbeing %1 of %2: in the range of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="107"/>
        <source>Wellbeing %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="112"/>
        <source>This is your first one, so there is nothing to compare it with yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="115"/>
        <source>The same as last time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="116"/>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="116"/>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="120"/>
        <source>%1 higher than last time (%2 → %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="122"/>
        <source>%1 lower than last time (%2 → %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/checkins/result_page.py" line="125"/>
        <source>That is a change large enough to be meaningful.</source>
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
        <location filename="../../innerspace/gui/support/support_now.py" line="319"/>
        <source>A safety plan is a short list you make ahead of time, to follow step by step when things get very hard. Write it in your own words, one item per line. It is stored encrypted in your journal. You might fill it in with someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="348"/>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="352"/>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="354"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="357"/>
        <source>Sent to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="358"/>
        <source>&amp;Save my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="393"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="398"/>
        <source>Copied. It is cleared when your journal locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="429"/>
        <source>Your plan can now be read from the lock screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="431"/>
        <source>Your plan is now kept only inside your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="436"/>
        <source>That couldn&apos;t be changed just now. Your plan in your journal is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="445"/>
        <source>Your plan is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="448"/>
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
    <name>SessionDatesPanel</name>
    <message>
        <location filename="../../innerspace/gui/session/session_dates.py" line="42"/>
        <source>My sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/session_dates.py" line="45"/>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/session_dates.py" line="48"/>
        <source>Date of a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/session_dates.py" line="50"/>
        <source>Add &amp;session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/session_dates.py" line="52"/>
        <source>R&amp;emove that date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/session_dates.py" line="55"/>
        <source>A session every week on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/session_dates.py" line="56"/>
        <source>No weekly rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/session_dates.py" line="61"/>
        <source>Every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/session_dates.py" line="70"/>
        <source>Session &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/session_dates.py" line="73"/>
        <source>&amp;Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/session_dates.py" line="120"/>
        <source>No session date set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/session_dates.py" line="122"/>
        <source>Your session is today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/session_dates.py" line="124"/>
        <source>Next session: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/session_dates.py" line="126"/>
        <source>The last one was %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="63"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="64"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="67"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="69"/>
        <source>Same as my system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="70"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="71"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="77"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="78"/>
        <source>Text size for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="81"/>
        <source>Text size of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="83"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="87"/>
        <source>Reduce &amp;motion (the breathing guide stays still)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="90"/>
        <source>Comfort and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="92"/>
        <source>&amp;Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="93"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="94"/>
        <source>Writing &amp;text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="95"/>
        <source>&amp;App text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="98"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="101"/>
        <source>&amp;Gentle check after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="111"/>
        <source>C&amp;ountry for crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="117"/>
        <source>Passphrase and recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="118"/>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="120"/>
        <source>New recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="122"/>
        <source>Re-encrypt under a new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="124"/>
        <source>Stop old passphrases and recovery keys opening your journal from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="134"/>
        <source>Settings are stored unencrypted and never contain anything you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="151"/>
        <source>Mood names from other apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="157"/>
        <source>Moods from other apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="158"/>
        <source>Say how &amp;mood names felt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/settings/settings_dialog.py" line="165"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../innerspace/gui/help/shortcuts_sheet.py" line="37"/>
        <location filename="../../innerspace/gui/help/shortcuts_sheet.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/help/shortcuts_sheet.py" line="39"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/help/shortcuts_sheet.py" line="39"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillCardsDialog</name>
    <message>
        <location filename="../../innerspace/gui/exercises/skill_cards.py" line="91"/>
        <source>Skill cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillCardsView</name>
    <message>
        <location filename="../../innerspace/gui/exercises/skill_cards.py" line="31"/>
        <source>Skill cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/skill_cards.py" line="38"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/skill_cards.py" line="43"/>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/skill_cards.py" line="64"/>
        <source>The skill card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillRow</name>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="105"/>
        <source>Did %1 help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="106"/>
        <source>It helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="107"/>
        <source>It didn&apos;t help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="110"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="111"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SleepChart</name>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="26"/>
        <source>not enough times given to work it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="29"/>
        <source>in bed %1 h, asleep %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SleepDiaryForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="35"/>
        <source>Last night (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="47"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="48"/>
        <source>Very poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="49"/>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="50"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="51"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="52"/>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="56"/>
        <source>Worked out from your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="57"/>
        <source>Naps or dozing the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="58"/>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="138"/>
        <source>Time napping in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="83"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="99"/>
        <source>Which night?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="103"/>
        <source>Going to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="114"/>
        <source>In the night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="121"/>
        <source>Waking up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="133"/>
        <source>The day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="137"/>
        <source>Naps or dozing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="167"/>
        <source>Sleep: the night of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="171"/>
        <source>%1, %2 asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="176"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="177"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="233"/>
        <source>These times don&apos;t seem to follow one another through the night. When they do, your time in bed and time asleep will be worked out here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="238"/>
        <source>Your time in bed, time asleep and sleep efficiency are worked out here from your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="241"/>
        <source>Time in bed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="244"/>
        <source>Time asleep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/sleep_diary.py" line="248"/>
        <source>Sleep efficiency: %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SleepSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="39"/>
        <source>Time in bed and time asleep, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="40"/>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="41"/>
        <source>Sleep week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="50"/>
        <source>1 night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="50"/>
        <source>%1 nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="53"/>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="59"/>
        <source>sleep efficiency %1%, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="68"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="87"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="88"/>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="89"/>
        <source>Time in bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="90"/>
        <source>Time asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="91"/>
        <source>Sleep efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="92"/>
        <source>Quality (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="113"/>
        <source>Over %1 you slept %2 a night on average, %3% of your time in bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="119"/>
        <source>You kept your sleep diary for %1 in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="125"/>
        <source>Worked out from the times in your sleep diary: time in bed is from getting into bed to getting up; time asleep leaves out the time it took to fall asleep and the time awake in the night; sleep efficiency is time asleep as a share of time in bed. The open circle is time in bed, the filled one time asleep, in hours. Click a week, or press Enter on it, to see its diaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/sleep.py" line="138"/>
        <source>When you keep a sleep diary, your time in bed and time asleep will show here week by week.</source>
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
    <name>SummaryPreview</name>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="105"/>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="106"/>
        <source>First day of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="107"/>
        <source>Last day of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="108"/>
        <source>Since my &amp;last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="119"/>
        <source>Only the entries you marked “For my session” give their words to the summary. The rest is counts, ratings, check-in scores, and the names of feelings, thinking traps, coping strategies and homework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="128"/>
        <source>The summary, as it will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="129"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="131"/>
        <source>Save as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="133"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="138"/>
        <source>What happened to the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="145"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="145"/>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="175"/>
        <source>Mood and feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="176"/>
        <source>Homework progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="177"/>
        <source>Check-in scores and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="178"/>
        <source>Thought records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="179"/>
        <source>Coping that helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="180"/>
        <source>Things I want to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="181"/>
        <source>Entries I chose to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="229"/>
        <source>The summary couldn&apos;t be read from your journal just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="257"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="259"/>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="264"/>
        <source>Save the session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="275"/>
        <source>The summary is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="278"/>
        <source>The file is not encrypted: anyone who can open it can read it, including the entries you marked to bring. It will be saved to:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="282"/>
        <source>Save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="283"/>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="310"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="318"/>
        <source>The summary couldn&apos;t be saved there (%1). Please choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/summary_preview.py" line="325"/>
        <source>Saved to %1. It is not encrypted; delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportNowDialog</name>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="476"/>
        <source>Support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="482"/>
        <source>If you need help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="489"/>
        <source>Emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="491"/>
        <source>A crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="497"/>
        <source>Ways to get through this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="505"/>
        <source>&amp;Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="506"/>
        <source>&amp;Ground yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="514"/>
        <source>My &amp;safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="515"/>
        <source>&amp;Crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/support/support_now.py" line="517"/>
        <source>S&amp;kill cards</source>
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
    <name>TalkListPanel</name>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="128"/>
        <location filename="../../innerspace/gui/session/talk_list.py" line="138"/>
        <source>Things I want to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="130"/>
        <source>Something to bring up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="131"/>
        <source>New thing to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="134"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="146"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="147"/>
        <source>Move up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="149"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="150"/>
        <source>Move down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="152"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="153"/>
        <source>Remove it from the list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="166"/>
        <source>Enter or F2 changes one, Space ticks it off once you&apos;ve talked about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="173"/>
        <source>Bring it &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="174"/>
        <source>Bring back what was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="232"/>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkModel</name>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="73"/>
        <source>talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/session/talk_list.py" line="73"/>
        <source>still to talk about</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetRow</name>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="68"/>
        <source> / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="69"/>
        <source>Strongest urge for %1, 0 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="72"/>
        <source>Did you act on the urge for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="73"/>
        <source>Acted on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="74"/>
        <source>Didn&apos;t act on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="77"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/dbt_diary_card.py" line="78"/>
        <source>Remove %1 from your list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThisWeekScreen</name>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="88"/>
        <source>My check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="97"/>
        <location filename="../../innerspace/gui/homework/this_week.py" line="98"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="100"/>
        <source>The week shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="102"/>
        <source>Problems found in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="108"/>
        <source>This week&apos;s homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="114"/>
        <source>No homework shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="124"/>
        <source>Show &amp;done and set-aside homework too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="141"/>
        <source>&amp;Add an assignment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="143"/>
        <source>&amp;Import a homework pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="145"/>
        <source>Add the homework and prompts in a pack file, such as one from your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="178"/>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="180"/>
        <source>How the week is going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="182"/>
        <source>What it asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="184"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="186"/>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="189"/>
        <source>Choose an assignment to read it in full and to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="192"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="195"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="241"/>
        <source>%1 to %2. Progress counts what you wrote for each assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="264"/>
        <source>Gathering your homework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="268"/>
        <source>Homework between sessions will appear here, with how the week is going: exercises, prompts or writing your therapist suggested, or that you set yourself.

Add an assignment, or import a homework pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="307"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="307"/>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="321"/>
        <source>Your notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="326"/>
        <source>Take it up a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="326"/>
        <source>Se&amp;t aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="378"/>
        <source>“%1” is set aside. Tick “Show done and set-aside homework too” to take it up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="395"/>
        <source>Import a homework pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="397"/>
        <source>Homework and prompt packs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="405"/>
        <source>Reading the homework pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="418"/>
        <source>You already have “%1”, just as it is; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="420"/>
        <source>From “%1”: %2 new assignments, and %3 brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="423"/>
        <source>Added 1 assignment from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/homework/this_week.py" line="425"/>
        <source>Added %n assignments from “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="428"/>
        <source>“%1” is updated; your progress and notes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="430"/>
        <source>“%1” holds prompts but no homework; you will find them in Prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="442"/>
        <source>This pack can&apos;t be imported as it is, so nothing from it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="444"/>
        <source>Here is the one thing that needs fixing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/homework/this_week.py" line="446"/>
        <source>Here are the %n things that need fixing:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="451"/>
        <source>The pack could not be imported. Nothing from it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/homework/this_week.py" line="474"/>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThoughtRecordForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="150"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="151"/>
        <source>Just the facts, as a camera would see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="155"/>
        <source>Add another thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="157"/>
        <source>What supports that thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="158"/>
        <source>What doesn&apos;t fit with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="159"/>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="318"/>
        <source>A more balanced way to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="161"/>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="173"/>
        <source> / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="163"/>
        <source>How much you believe the balanced thought, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="165"/>
        <source>Test this with an experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="167"/>
        <source>Start a behavioural experiment to see how this view holds up in practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="171"/>
        <source>The thought that stings most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="175"/>
        <source>How much you believe the thought that stings most now, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="203"/>
        <source>Thinking traps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="205"/>
        <source>About this thinking trap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="207"/>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="558"/>
        <source>Hide from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="208"/>
        <source>Show hidden ones again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="210"/>
        <source>Name of your own thinking trap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="211"/>
        <source>A pattern you notice in your thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="213"/>
        <source>What it is like, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="214"/>
        <source>What it is like (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="215"/>
        <source>Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="253"/>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="254"/>
        <source>Where were you, who was there, when was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="259"/>
        <source>What did you feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="260"/>
        <source>Name each feeling and how strong it was, from a little to very.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="267"/>
        <source>Write each thought as it came. It may be words, or an image or picture in your mind. Say how much you believed it then, and mark the one that stings most: the next steps look at that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="694"/>
        <source>The thought you marked in step 3 will be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="265"/>
        <source>What went through your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="279"/>
        <source>Do any thinking traps fit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="281"/>
        <source>Every mind falls into these at times. Tick any that seem to fit; naming one is a way to look more closely, not a judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="303"/>
        <source>What supports that thought?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="304"/>
        <source>Things that happened, as someone else could see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="309"/>
        <source>What doesn&apos;t fit with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="311"/>
        <source>Anything that goes against the thought, however small. What might you say to a friend who thought this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="319"/>
        <source>Not forced positive: a view that takes in both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="323"/>
        <source>How much do you believe it? (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="333"/>
        <source>Look again at the thought that stings most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="335"/>
        <source>Here it is as you wrote it. There is no right answer: just notice how true it feels now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="341"/>
        <source>How much do you believe it now? (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="350"/>
        <source>How strong are those feelings now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="352"/>
        <source>The feelings you named are here: move each to how strong it is now. A small change counts. A new feeling may be added too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="376"/>
        <source>Thought record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="554"/>
        <source>For example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="558"/>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="562"/>
        <source>Remove %1 from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="562"/>
        <source>Hide %1 from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="592"/>
        <source>Give your thinking trap a short name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="613"/>
        <source>“%1” is on your list now, and ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="633"/>
        <source>“%1” is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="650"/>
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
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="86"/>
        <source>A thought or an image, as it came to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="88"/>
        <source> / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="89"/>
        <source>Stings most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="90"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="91"/>
        <source>Believed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="108"/>
        <source>Thought %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="110"/>
        <source>How much you believed thought %1, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="112"/>
        <source>Thought %1 stings most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="113"/>
        <source>Remove thought %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../innerspace/gui/journal/timeline_model.py" line="174"/>
        <source>Date can&apos;t be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/journal/timeline_model.py" line="180"/>
        <source>⚑ for my session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriesChart</name>
    <message>
        <location filename="../../innerspace/gui/patterns/fear_ladders.py" line="26"/>
        <source>first try %1, latest %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="53"/>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="54"/>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="132"/>
        <source>Type your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="55"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="58"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="59"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="66"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="69"/>
        <source>Opening your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="75"/>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="133"/>
        <source>Use my recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="78"/>
        <source>Restore from a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="81"/>
        <source>Put a backup in place of a journal that can&apos;t be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="84"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="100"/>
        <source>Support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="112"/>
        <source>A sample journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="115"/>
        <source>Everything in this journal is made up, so you can see every screen filled. It is kept in a temporary folder and removed when you quit; your own journal is not touched. Its passphrase is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="128"/>
        <source>Type the recovery key you stored when you began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="129"/>
        <source>Use my passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/security/unlock_screen.py" line="150"/>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="68"/>
        <source>Here is your list as you last left it. Change anything you like; it is kept as a new version, and plans offer the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="75"/>
        <source>What matters to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="79"/>
        <source>For each area that means something to you, write how you want to be or what you want to stand for, in a few words of your own. Then rate how much it matters to you now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="92"/>
        <source>Matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="98"/>
        <source>&amp;Add an area of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="103"/>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="104"/>
        <source>Anything else about what matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="111"/>
        <source>0 = doesn&apos;t matter to me now, 10 = matters very much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="115"/>
        <source> / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="118"/>
        <source>Name of an area of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="119"/>
        <source>An area of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="120"/>
        <source>What matters to you in your own area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="121"/>
        <source>How much your own area matters, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="124"/>
        <source>What matters to you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="127"/>
        <source>How much %1 matters to you, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="155"/>
        <source>What matters to you here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/values_list.py" line="169"/>
        <source>What matters to me</source>
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
        <location filename="../../innerspace/gui/exercises/when_field.py" line="85"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="154"/>
        <source>dddd d MMMM, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="156"/>
        <source>dddd d MMMM yyyy, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="159"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="160"/>
        <source>Change when you did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/when_field.py" line="162"/>
        <source>Now, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordsSection</name>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="232"/>
        <source>Words you used most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="232"/>
        <source>Feeling words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="238"/>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="239"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="240"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="241"/>
        <source>Average intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="244"/>
        <source>Entries before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/feelings.py" line="264"/>
        <source>The feeling words you use most will show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorryTimeForm</name>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="37"/>
        <source>0 = not at all, 10 = the most you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="42"/>
        <source>The day of your worry time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="43"/>
        <source>The time of your worry time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="46"/>
        <source>Yes, still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="46"/>
        <source>Not any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="50"/>
        <source>Yes, there is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="50"/>
        <source>No, not now: I can let it be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="69"/>
        <source>At your worry time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="101"/>
        <source> / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="114"/>
        <source>Today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="116"/>
        <source>Tomorrow (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="126"/>
        <source>Worry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="126"/>
        <source>Worry time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="129"/>
        <source>%1 (no longer a worry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="131"/>
        <source>%1 (a step to take)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="136"/>
        <source>%1 (for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="192"/>
        <source>It&apos;s worry time for this one now. Take a few minutes with it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/worry_time.py" line="195"/>
        <source>Until then, you can let it wait. If it comes back before, notice it, and remind yourself it has a time of its own. Save it for later, and open it again from your journal when the time comes.</source>
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
    <name>page</name>
    <message>
        <location filename="../../innerspace/gui/common/page.py" line="82"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/common/page.py" line="93"/>
        <source>What needs changing</source>
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
    <message>
        <location filename="../../innerspace/gui/exercises/yes_no.py" line="13"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../innerspace/gui/common/chart_base.py" line="129"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../innerspace/gui/common/chart_base.py" line="129"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="261"/>
        <source>your rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/patterns/section.py" line="262"/>
        <source>the feelings you named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/grounding.py" line="216"/>
        <source>0 = calm, 10 = the most distress you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../innerspace/gui/exercises/thought_record.py" line="55"/>
        <source>0 = not at all, 100 = completely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
