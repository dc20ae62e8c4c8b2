"""A sample journal to look around in: about a year of made-up entries by a made-up writer.

Every entry is tagged "sample" and the first one says what the journal is, so nobody mistakes it
for their own. The writing, feelings and moods follow patterns a person might notice in a real
year (Sunday evenings heavier, walks and calm turning up together, a greyer winter), so the
Patterns screen has something to show. It is built with a fixed seed: the same every time.

Alongside the notes there are a couple of thought records a month, a few coping-toolbox notes
and activity logs a few times a week, stored exactly as the exercise window stores them, so their
outcomes show too. The last two months have check-ins (PHQ-9 weekly, for homework; GAD-7 and
WHO-5 every other week), gently improving, and never a ninth PHQ-9 answer above "not at all".
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from innerspace.core.checkins import KIND as CHECKIN_KIND
from innerspace.core.checkins import Checkin, QuestionnaireCheckin
from innerspace.core.emotions import EmotionTag
from innerspace.core.entries import Entry, local_now
from innerspace.core.exercises import (
    ActivityLog,
    AutomaticThought,
    CopingUse,
    EmotionRating,
    ThoughtRecord,
)
from innerspace.core.homework import Assignment, Target, week_of
from innerspace.storage.coping_strategies import save_coping_strategies
from innerspace.storage.distortion_list import DistortionList
from innerspace.storage.feelings import Feelings
from innerspace.storage.homework import Homework
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.session_prep import SessionDates, SessionMarks, TalkList
from innerspace.storage.vault import Vault

DEMO_PASSPHRASE = "sample journal with made-up days"
SAMPLE_TAG = "sample"
DAYS = 365
SEED = 20240611
SATURDAY = 5


@dataclass(frozen=True)
class Theme:
    """A kind of day the sample writer has: what they write, feel and tag."""

    name: str
    titles: Sequence[str]
    lines: Sequence[str]
    feelings: Sequence[tuple[str, int]]  # emotion id, typical intensity
    contexts: Sequence[tuple[str, str]]
    mood: tuple[int, int]  # lowest and highest typical rating
    tags: Sequence[str] = field(default=())


THEMES: dict[str, Theme] = {
    "walk": Theme(
        "walk",
        ("Along the river", "A long way round", "Out before dinner", "Small loop"),
        (
            "Walked the long way round by the river and let my head go quiet.",
            "The light on the water was the colour of weak tea. I stopped twice just to look.",
            "Left my phone at home on purpose. Noticed a heron, and my breathing slowing down.",
            "Twenty minutes round the park. Nothing fixed, but everything felt a bit further off.",
            "Cold hands, warm face. Counted five things I could hear on the way back.",
        ),
        (("calm", 60), ("peaceful", 55), ("relaxed", 50), ("grounded", 45), ("relieved", 40)),
        (("activity", "Walk"), ("place", "Park")),
        (6, 9),
        ("walks",),
    ),
    "work": Theme(
        "work",
        ("Deadline week", "Too many tabs open", "The meeting", "Inbox"),
        (
            "The report is due Thursday and I keep rewriting the first page.",
            "I said yes to one more thing before I had checked whether I had room for it.",
            "Noticed the tight feeling in my shoulders during the planning meeting.",
            "Got through the hard email. It took an hour to write four sentences.",
            "Ate lunch at my desk again. The afternoon slid past in small interruptions.",
        ),
        (("anxious", 60), ("overwhelmed", 55), ("frustrated", 45), ("tense", 50)),
        (("situation", "Work deadline"), ("place", "Office")),
        (3, 6),
        ("work",),
    ),
    "sam": Theme(
        "sam",
        ("Dinner with Sam", "A good evening", "Talking late"),
        (
            "Sam cooked and we talked about nothing much for two hours. It was exactly right.",
            "Told Sam about the week instead of saying 'fine'. They just listened.",
            "We laughed about the broken umbrella until neither of us could breathe.",
            "A slow evening together, music on, nobody needing anything from anyone.",
        ),
        (("connected", 70), ("warm", 60), ("grateful", 55), ("happy", 50)),
        (("people", "Sam"), ("place", "Home")),
        (7, 9),
        ("gratitude",),
    ),
    "mum": Theme(
        "mum",
        ("Call with Mum", "Sunday call", "After the phone call"),
        (
            "Mum called. It was lovely to hear her, and I still felt about twelve years old by "
            "the end.",
            "She asked again when I'm visiting. I said soon, and felt the usual knot.",
            "We talked about her garden for ages. Easier than talking about anything else.",
            "I noticed I was apologising for things she hadn't even mentioned.",
        ),
        (("loving", 50), ("guilty", 45), ("tender", 40), ("self_conscious", 35)),
        (("people", "Mum"), ("situation", "Phone call")),
        (4, 7),
        ("family",),
    ),
    "sunday": Theme(
        "sunday",
        ("Sunday evening", "The week ahead", "Before Monday"),
        (
            "That Sunday-evening feeling again: the weekend folding up, the week unfolding.",
            "Wrote tomorrow's list so it would stop circling. It helped a little.",
            "Couldn't settle to anything. Ironed a shirt I didn't need to iron.",
            "Tried to name it instead of pushing it away: dread, mostly, and some tiredness.",
        ),
        (("dreading", 55), ("anxious", 50), ("tired", 40), ("uneasy", 45)),
        (("situation", "Week ahead"), ("place", "Home")),
        (3, 5),
        (),
    ),
    "tired": Theme(
        "tired",
        ("Low battery", "Grey day", "Early night"),
        (
            "Dark by half past four. I did the minimum and that will have to be enough.",
            "Slept badly and spent the day a step behind myself.",
            "Flat, not sad exactly. Everything took twice the effort.",
            "Cancelled plans and felt relieved, then a bit lonely.",
        ),
        (("tired", 60), ("drained", 50), ("flat", 45), ("lonely", 35)),
        (("situation", "Poor sleep"), ("place", "Home")),
        (3, 5),
        ("sleep",),
    ),
    "ordinary": Theme(
        "ordinary",
        ("", "Thursday", "Small things", "Notes"),
        (
            "An ordinary day. Bread, laundry, a chapter of my book.",
            "Three things that went all right: the bus was on time, the soup, a kind message.",
            "Tidied the desk and found the card from my birthday. Kept it out.",
            "Not much to say today, and that's fine.",
            "Rained all afternoon. Made tea and watched it from the window.",
        ),
        (("content", 45), ("settled", 40), ("bored", 30), ("curious", 35)),
        (("place", "Home"),),
        (5, 7),
        (),
    ),
    "therapy": Theme(
        "therapy",
        ("After the session", "Things to bring next time", "What came up"),
        (
            "We talked about how I go quiet when I'm disappointed. I noticed it again today.",
            "Realised I expect people to be annoyed with me before they've said a word.",
            "It felt strange to say it out loud, and then a bit lighter.",
            "Homework: notice the moment I start apologising, and get curious about it.",
        ),
        (("vulnerable", 50), ("hopeful", 45), ("relieved", 40), ("sad", 35)),
        (("situation", "Therapy session"), ("people", "Therapist")),
        (5, 7),
        ("therapy",),
    ),
    "friends": Theme(
        "friends",
        ("Saturday", "Picnic", "Old friends"),
        (
            "Lunch with Jo and Priya. We stayed until they stacked the chairs.",
            "Went swimming with Jo, then chips on the harbour wall.",
            "A long walk with friends and a longer lunch. My face hurts from laughing.",
        ),
        (("happy", 65), ("belonging", 55), ("amused", 50), ("connected", 50)),
        (("people", "Friends"), ("activity", "Walk")),
        (7, 9),
        (),
    ),
}


@dataclass(frozen=True)
class Worry:
    """A situation the sample writer works through with a thought record."""

    title: str
    situation: str
    feelings: Sequence[tuple[str, int]]  # emotion id, typical intensity before
    thoughts: Sequence[tuple[str, int]]  # the first is the one that stings most
    traps: Sequence[str]  # ids from resources/distortions.json
    evidence_for: str
    evidence_against: str
    balanced: str
    balanced_belief: int
    eased_by: int  # typical fall in each feeling's intensity when re-rated


WORRIES: tuple[Worry, ...] = (
    Worry(
        "The quiet reply",
        "My manager answered my long email with one line: 'Let's discuss.'",
        (("anxious", 75), ("ashamed", 50)),
        (("She thinks the report is a mess.", 80), ("I'm going to be taken off the project.", 60)),
        ("mind-reading", "fortune-telling", "catastrophising"),
        "She usually writes more. The deadline is close.",
        "She writes one-liners to everyone when she's busy. She thanked me for the draft last "
        "week.",
        "A short reply tells me she's busy, not what she thinks of my work. I can ask.",
        65,
        30,
    ),
    Worry(
        "Saying no",
        "I turned down covering Jo's shift and she went quiet.",
        (("guilty", 70), ("worried", 55)),
        (("I'm a selfish friend.", 75), ("She'll stop asking me to things.", 50)),
        ("labelling", "personalising"),
        "She did seem disappointed.",
        "I've covered for her three times this year. Quiet might just mean tired.",
        "I can care about Jo and still say no sometimes; friends do both.",
        60,
        25,
    ),
    Worry(
        "The visit",
        "Mum asked again when I'm visiting, and I still haven't booked anything.",
        (("guilty", 65), ("sad", 45), ("overwhelmed", 40)),
        (("I should visit every month, or I'm a bad daughter.", 70),),
        ("should-statements", "all-or-nothing"),
        "It has been four months.",
        "We talk every Sunday. She told me herself she knows how busy work is.",
        "I'd like to see her more; booking one weekend is a step, not a test I pass or fail.",
        70,
        25,
    ),
    Worry(
        "After the presentation",
        "I lost my place twice during the team presentation.",
        (("embarrassed", 70), ("anxious", 55)),
        (("Everyone saw how nervous I was.", 85), ("I always mess these up.", 65)),
        ("overgeneralising", "mental-filter", "discounting-the-positive"),
        "I did stumble, and my face went hot.",
        "Two people asked good questions afterwards. Last month's went fine.",
        "I stumbled twice in a talk people were interested in. That's an ordinary talk.",
        60,
        35,
    ),
    Worry(
        "Sunday dread",
        "Sunday evening, thinking about the week's deadlines.",
        (("dreading", 70), ("tense", 60)),
        (("This week is going to be unbearable.", 75),),
        ("fortune-telling", "emotional-reasoning", "catastrophising"),
        "There are three deadlines.",
        "Two are small. Weeks that felt like this on Sunday have usually been manageable.",
        "It will be a full week. Feeling dread now doesn't mean the week will be awful.",
        55,
        20,
    ),
    Worry(
        "Sam was late",
        "Sam was forty minutes late for dinner and didn't text.",
        (("irritated", 60), ("hurt", 50), ("worried", 40)),
        (("I'm never a priority.", 70), ("Something's happened to them.", 40)),
        ("overgeneralising", "blaming-others"),
        "It's the second time this month.",
        "The trains were down. Sam apologised straight away and had been trying to call.",
        "I'm allowed to be annoyed about tonight; it doesn't tell me where I stand overall.",
        65,
        30,
    ),
)

# The sample writer's coping toolbox: what they try, and how helpful it tends to feel (0–10).
COPING_TOOLS: tuple[tuple[str, str, int], ...] = (
    ("Walk round the block", "Moving", 7),
    ("Box breathing", "Calming the body", 6),
    ("Call Sam", "Reaching out", 8),
    ("Music with headphones", "Soothing", 5),
    ("Write it down", "Reflecting", 6),
    ("Warm shower", "Soothing", 4),
)

# Things the sample writer logs doing: (activity, typical pleasure, typical sense of achievement,
# typical lift in mood from before to after), all 0–10. Chores give more achievement than
# pleasure; time with people and outdoors gives more pleasure.
ACTIVITIES: tuple[tuple[str, int, int, int], ...] = (
    ("Walk", 7, 4, 2),
    ("Cooking", 6, 6, 1),
    ("Call a friend", 7, 3, 2),
    ("Tidy a drawer", 3, 7, 1),
    ("Reading", 7, 3, 1),
    ("Swimming", 6, 7, 2),
    ("Gardening", 6, 5, 1),
)
ACTIVITY_NOTES = ("", "", "Glad I went ahead with it.", "Hard to start, easier once going.")

COPING_NOTES = {
    True: ("", "Took the edge off.", "Glad I tried it."),
    False: ("", "Didn't do much this time.", "A bit better, not much."),
}

ABOUT = (
    "This is a **sample journal** made up to show what InnerSpace looks like after a year of "
    "use. None of it is real: the writer, Sam, Mum and the days are invented.\n\n"
    "Look around, try the Patterns screen, then make a journal of your own."
)
CLOSINGS = (
    "",
    "",
    "Going to bed early.",
    "Enough for today.",
    "Noticing it, not judging it.",
    "Tomorrow is another go.",
)


def build_demo_journal(folder: Path) -> str:
    """Create the sample journal in ``folder`` (which must hold no journal) and return its
    passphrase. Nothing outside ``folder`` is written."""
    rng = random.Random(SEED)
    # The made-up year ends yesterday: nothing in it is dated later than now.
    last_day = local_now().date() - timedelta(days=1)
    plans = _plan_year(rng, last_day)
    vault, _recovery = Vault.create(folder, DEMO_PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with vault:
        journal = Journal(vault)
        first = plans[0].written - timedelta(minutes=5)
        about = Entry(
            title="About this sample journal",
            body=ABOUT,
            tags=(SAMPLE_TAG,),
            created=first,
            updated=first,
            starred=True,
        )
        entries = [about, *(plan.entry for plan in plans)]
        journal.add_many(entries)
        feelings = Feelings(vault)
        for plan in plans:
            entry_id = plan.entry.id
            assert entry_id is not None
            feelings.set_emotions(entry_id, plan.feelings)
            if plan.mood is not None:
                feelings.set_mood(entry_id, plan.mood)
            feelings.set_contexts(entry_id, plan.contexts)
        _add_exercises(vault, plans[0].written.date(), last_day)
        _add_activity_logs(vault, plans[0].written.date(), last_day)
        _prepare_for_session(vault, plans, last_day)
        _add_checkins(vault, last_day)
        _add_homework(vault, last_day)
    return DEMO_PASSPHRASE


# What the sample writer would like to bring up at their next session.
TALK_ABOUT = (
    ("Sleeping badly before Mondays", False),
    ("Saying no to extra shifts", False),
    ("Calling my mother", True),
)


def _prepare_for_session(vault: Vault, plans: list[_Plan], last_day: date) -> None:
    """A weekly session on Thursdays, a talk-about list, and two recent entries to bring."""
    SessionDates(vault).set_weekly(3, plans[0].written.date())
    talk = TalkList(vault)
    for text, done in TALK_ABOUT:
        item = talk.add(text)
        if done:
            talk.set_done(item.id, True)
    recent = [p.entry for p in plans if (last_day - p.written.date()).days < 6]
    marks = SessionMarks(vault)
    for entry in recent[-2:]:
        marks.mark(entry.id or 0, True)


# Eight weeks of check-ins, oldest first: each questionnaire's total, easing week by week.
CHECKIN_WEEKS = 8
PHQ9_TOTALS = (14, 13, 13, 11, 10, 9, 8, 7)
GAD7_TOTALS = (12, 11, 9, 8)  # every other week
WHO5_RAW = (9, 10, 12, 14)  # 36 to 56 of 100


def _add_checkins(vault: Vault, today: date) -> None:
    """Sunday-morning check-ins over the last eight weeks, stored as the check-in window stores
    them (and tagged as sample, like everything here)."""
    journal = Journal(vault)
    last_sunday = today - timedelta(days=(today.weekday() + 1) % 7)
    for week in range(CHECKIN_WEEKS):
        day = last_sunday - timedelta(weeks=CHECKIN_WEEKS - 1 - week)
        taken = datetime.combine(day, time(9, 30)).astimezone()
        # PHQ-9's ninth answer (thoughts of being better off dead) stays at "not at all".
        checkins: list[Checkin] = [
            QuestionnaireCheckin("phq9", (*_answers(PHQ9_TOTALS[week], 8, 3), 0), 1)
        ]
        if week % 2:
            checkins.append(QuestionnaireCheckin("gad7", _answers(GAD7_TOTALS[week // 2], 7, 3), 1))
            checkins.append(QuestionnaireCheckin("who5", _answers(WHO5_RAW[week // 2], 5, 5)))
        for n, checkin in enumerate(checkins):
            moment = taken + timedelta(minutes=4 * n)
            journal.add(
                Entry(
                    title=checkin.title(),
                    body=checkin.to_markdown(),
                    kind=CHECKIN_KIND,
                    fields=checkin.to_fields(),
                    tags=(SAMPLE_TAG,),
                    created=moment,
                    updated=moment,
                )
            )


def _answers(total: int, items: int, highest: int) -> tuple[int, ...]:
    """``items`` answers adding up to ``total``, spread evenly, none above ``highest``."""
    base, extra = divmod(total, items)
    return tuple(min(highest, base + (1 if n < extra else 0)) for n in range(items))


def _add_homework(vault: Vault, today: date) -> None:
    """A month of homework, linked to what was written for it, so This week has a story."""
    started = week_of(today)[0] - timedelta(weeks=3)
    homework = Homework(vault)
    asked = (
        Assignment(
            "Catch a thought",
            "exercise",
            ThoughtRecord.KIND,
            instructions="When your mood drops, fill in a thought record. A few lines is plenty.",
            target=Target("weekly", 2),
            starts=started,
        ),
        Assignment(
            "Small pleasant things",
            "exercise",
            ActivityLog.KIND,
            instructions="Do one small thing you enjoy, and note how it went.",
            target=Target("weekly", 3),
            starts=started,
        ),
        Assignment(
            "Ten minutes of writing",
            target=Target("weekly", 2),
            starts=started,
            due=today + timedelta(days=4),
        ),
    )
    weekly_checkin = homework.add(
        Assignment(
            "A weekly PHQ-9",
            "checkin",
            "phq9",
            instructions="On Sunday mornings, take the PHQ-9 check-in, so we can see how things "
            "are moving.",
            target=Target("weekly", 1),
            starts=started,
        )
    )
    ids = {a.reference or "note": homework.add(a).id for a in asked}
    ids[CHECKIN_KIND] = weekly_checkin.id
    for entry, _zone in Journal(vault).iter_all():
        if entry.kind == CHECKIN_KIND and (entry.fields or {}).get("checkin") != "phq9":
            continue
        assignment_id = ids.get(entry.kind)
        # Not every note was written for homework: those of the weekend were.
        for_it = entry.kind != "note" or entry.created.weekday() >= SATURDAY
        if assignment_id and entry.id and entry.created.date() >= started and for_it:
            homework.link_entry(entry.id, assignment_id)


def _add_exercises(vault: Vault, first: date, today: date) -> None:
    """Thought records (about two a month) and coping-toolbox notes (about three a month).

    Their own seed keeps the notes above the same whether or not exercises are added."""
    rng = random.Random(SEED + 1)
    names = DistortionList(vault).names()
    records: list[tuple[Entry, list[EmotionTag]]] = []
    for day in _days_each_month(rng, first, today, 2):
        worry = rng.choice(WORRIES)
        record = _thought_record(rng, worry)
        when = _evening(rng, day)
        fields = {**record.to_fields(), "status": "complete"}
        entry = Entry(
            title=worry.title,
            body=record.to_markdown(names),
            tags=(SAMPLE_TAG,),
            created=when,
            updated=when + timedelta(minutes=rng.randint(10, 30)),
            kind=ThoughtRecord.KIND,
            fields=fields,
        )
        before = [EmotionTag(e.emotion, e.intensity or 0, "before") for e in record.emotions]
        after = [EmotionTag(e.emotion, e.intensity or 0, "after") for e in record.emotions_after]
        records.append((entry, before + after))
    for day in _days_each_month(rng, first, today, 3):
        tool, category, typical = rng.choice(COPING_TOOLS)
        distress = rng.randint(5, 8)
        relief = rng.randint(0, 4)
        # How helpful it felt goes with how much the distress eased, around the tool's usual.
        helpful = max(0, min(10, typical + relief - 2))
        used = CopingUse(
            tool=tool,
            category=category,
            distress_before=distress,
            distress_after=distress - relief,
            helpfulness=helpful,
            notes=rng.choice(COPING_NOTES[helpful >= 6]),
        )
        when = _evening(rng, day)
        records.append(
            (
                Entry(
                    title=tool,
                    body=used.to_markdown(),
                    tags=(SAMPLE_TAG,),
                    created=when,
                    updated=when,
                    kind=CopingUse.KIND,
                    fields={**used.to_fields(), "status": "complete"},
                ),
                [],
            )
        )
    Journal(vault).add_many([entry for entry, _tags in records])
    feelings = Feelings(vault)
    for entry, tags in records:
        if tags and entry.id is not None:
            feelings.set_emotions(entry.id, tags)
    save_coping_strategies(vault, [tool for tool, _category, _typical in COPING_TOOLS])


def _add_activity_logs(vault: Vault, first: date, today: date) -> None:
    """Activity logs, about three a week, with a seed of their own like the exercises."""
    rng = random.Random(SEED + 2)
    entries: list[Entry] = []
    for day in _days_each_month(rng, first, today, 12):
        activity, pleasure, mastery, lift = rng.choice(ACTIVITIES)
        # Winter mornings start lower; the lift is the activity's usual, give or take.
        before = rng.randint(2, 5) if day.month in (11, 12, 1, 2) else rng.randint(3, 6)
        rated = rng.random() < 0.9
        when = datetime(day.year, day.month, day.day, rng.randint(9, 19), rng.randint(0, 59))
        log = ActivityLog(
            activity=activity,
            when=when.isoformat(timespec="minutes"),
            minutes=rng.choice((15, 20, 30, 45, 60)),
            mood_before=before if rated else None,
            mood_after=min(10, max(1, before + lift + rng.randint(-1, 1))) if rated else None,
            enjoyment=min(10, max(0, pleasure + rng.randint(-2, 2))),
            achievement=min(10, max(0, mastery + rng.randint(-2, 2))),
            notes=rng.choice(ACTIVITY_NOTES),
        )
        # Written up shortly afterwards, in the computer's own zone like the notes.
        written = (when + timedelta(minutes=(log.minutes or 0) + 10)).astimezone()
        entries.append(
            Entry(
                title=f"Activity: {activity}",
                body=log.to_markdown(),
                tags=(SAMPLE_TAG,),
                created=written,
                updated=written,
                kind=ActivityLog.KIND,
                fields={**log.to_fields(), "status": "complete"},
            )
        )
    Journal(vault).add_many(entries)


def _thought_record(rng: random.Random, worry: Worry) -> ThoughtRecord:
    before = [
        EmotionRating(e, max(10, min(100, typical + rng.randint(-10, 10))))
        for e, typical in worry.feelings
    ]
    after = [
        EmotionRating(r.emotion, max(0, (r.intensity or 0) - worry.eased_by + rng.randint(-15, 10)))
        for r in before
    ]
    thoughts = [
        AutomaticThought(text, max(0, min(100, belief + rng.randint(-10, 10))), hot=n == 0)
        for n, (text, belief) in enumerate(worry.thoughts)
    ]
    return ThoughtRecord(
        situation=worry.situation,
        emotions=before,
        automatic_thoughts=thoughts,
        distortions=rng.sample(list(worry.traps), k=rng.randint(1, len(worry.traps))),
        evidence_for=worry.evidence_for,
        evidence_against=worry.evidence_against,
        balanced_thought=worry.balanced,
        balanced_belief=max(0, min(100, worry.balanced_belief + rng.randint(-10, 10))),
        emotions_after=after,
        # Looked at again at the end, the thought that stings is usually believed a little less.
        hot_belief_after=max(0, (thoughts[0].belief or 0) - rng.randint(5, 35))
        if thoughts
        else None,
    )


def _days_each_month(rng: random.Random, first: date, last: date, about: int) -> list[date]:
    """Around ``about`` days in each month from ``first`` to ``last`` (one fewer or more)."""
    days: list[date] = []
    month = first.replace(day=1)
    while month <= last:
        following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        choices = [
            month + timedelta(days=n)
            for n in range((following - month).days)
            if first <= month + timedelta(days=n) <= last
        ]
        count = min(len(choices), max(0, about + rng.randint(-1, 1)))
        days += sorted(rng.sample(choices, k=count))
        month = following
    return days


def _evening(rng: random.Random, day: date) -> datetime:
    # Naive local time made aware by the computer's own zone, like the notes.
    return datetime(
        day.year, day.month, day.day, rng.randint(18, 21), rng.randint(0, 59)
    ).astimezone()


@dataclass
class _Plan:
    entry: Entry
    feelings: list[EmotionTag]
    contexts: list[tuple[str, str]]
    mood: int | None

    @property
    def written(self) -> datetime:
        return self.entry.created


def _plan_year(rng: random.Random, today: date) -> list[_Plan]:
    plans: list[_Plan] = []
    start = today - timedelta(days=DAYS - 1)
    # A week away in late summer with no writing, and the odd quiet day.
    holiday = start + timedelta(days=rng.randrange(150, 200))
    for offset in range(DAYS):
        day = start + timedelta(days=offset)
        if holiday <= day < holiday + timedelta(days=8) or rng.random() < 0.14:
            continue
        themes = _themes_for(rng, day)
        for n, theme in enumerate(themes):
            plans.append(_plan_entry(rng, day, theme, n))
    return plans


def _themes_for(rng: random.Random, day: date) -> list[Theme]:
    weekday = day.weekday()
    winter = day.month in (11, 12, 1, 2)
    chosen: list[str]
    if weekday == 6:
        chosen = ["mum"] if rng.random() < 0.35 else []
        chosen.append("sunday" if rng.random() < 0.8 else "walk")
    elif weekday == 5:
        chosen = [rng.choice(["friends", "walk", "sam", "ordinary"])]
    else:
        weights = {
            "work": 4,
            "walk": 3 if not winter else 1.5,
            "ordinary": 3,
            "tired": 3.5 if winter else 1,
            "sam": 1.5,
            "therapy": 1 if weekday == 2 else 0,
        }
        names = list(weights)
        chosen = rng.choices(names, weights=[weights[n] for n in names], k=1)
        if rng.random() < 0.12:
            chosen.append(rng.choice(["walk", "ordinary", "sam"]))
    return [THEMES[name] for name in dict.fromkeys(chosen)]


def _plan_entry(rng: random.Random, day: date, theme: Theme, n: int) -> _Plan:
    if theme.name == "sunday":
        hour = rng.randint(19, 22)
    elif n == 0 and theme.name == "work" and rng.random() < 0.4:
        hour = rng.randint(7, 8)
    elif day.weekday() >= 5 and theme.name != "mum":
        hour = rng.randint(11, 17)
    else:
        hour = rng.randint(18, 22) if n == 0 else 22
    # Naive local time made aware by the computer's own zone, so each date gets its own offset
    # (summer time and winter time differ).
    written = datetime(day.year, day.month, day.day, hour, rng.randint(0, 59)).astimezone()
    lines = rng.sample(list(theme.lines), k=min(len(theme.lines), rng.randint(1, 3)))
    closing = rng.choice(CLOSINGS)
    body = " ".join(lines) + (f"\n\n{closing}" if closing else "")
    title = rng.choice(list(theme.titles)) if rng.random() < 0.45 else ""
    extra = list(theme.tags) if rng.random() < 0.35 else []
    entry = Entry(
        title=title,
        body=body,
        tags=(SAMPLE_TAG, *extra),
        created=written,
        updated=written + timedelta(minutes=rng.randint(3, 25)),
    )
    picked = rng.sample(list(theme.feelings), k=rng.randint(1, min(3, len(theme.feelings))))
    winter_weight = 10 if day.month in (12, 1) else 0
    tags = [
        EmotionTag(emotion_id, max(5, min(100, typical + rng.randint(-20, 20) + winter_weight)))
        for emotion_id, typical in picked
    ]
    contexts = [c for c in theme.contexts if rng.random() < 0.85]
    low, high = theme.mood
    if day.month in (12, 1, 2):
        low, high = max(1, low - 1), max(1, high - 1)
    mood = rng.randint(low, high) if rng.random() < 0.65 else None
    return _Plan(entry, tags, contexts, mood)
