"""Synthetic journal entries for the benchmarks: reproducible, journal-like, and original.

Entries are assembled from sentence templates and word lists written for this file. The text
has the shape of a personal journal (feelings, people, places, sleep, therapy homework) with a
long tail of everyday vocabulary, so the full-text index sees a realistic mix of very common
words, moderately common ones and rare ones.

The same ``seed`` always gives the same entries. Change ``GENERATOR_VERSION`` whenever the
output changes, so that cached benchmark journals are rebuilt.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from innerspace.core.entries import Entry

GENERATOR_VERSION = 1
DEFAULT_SEED = 1789

HOME_ZONE = ZoneInfo("Europe/Berlin")
TRAVEL_ZONES = (ZoneInfo("Europe/Lisbon"), ZoneInfo("America/New_York"), ZoneInfo("Asia/Tokyo"))
# Entries end here, so that a cached journal does not depend on the day it was built.
LAST_DAY = datetime(2025, 5, 31, 22, 0, tzinfo=HOME_ZONE)
SPAN_YEARS = 12

MIN_WORDS = 150
MAX_WORDS = 400
RARE_WORD_CHANCE = 0.15  # chance that an entry mentions one word from RARE_NOUNS


# -- what the benchmark searches for ------------------------------------------------------------
# Each category is a few queries of the same kind, typed as a person would type them. The
# benchmark cycles through them and reports how many entries each one matches.


@dataclass(frozen=True)
class QueryKind:
    key: str
    label: str
    queries: tuple[str, ...]


RARE = QueryKind(
    "rare", "rare word", ("lighthouse", "harmonica", "marmalade", "trombone", "origami")
)
PHRASE = QueryKind(
    "phrase",
    "phrase",
    ('"felt anxious"', '"couldn\'t sleep"', '"felt homesick"', '"a lump in my throat"'),
)
PREFIX = QueryKind("prefix", "prefix", ("therap*", "overwhelm*", "breath*", "embarrass*"))
COMMON = QueryKind("common", "word in nearly every entry", ("felt", "my", "about", "today"))
QUERY_KINDS = (RARE, PHRASE, PREFIX, COMMON)


# -- word lists ---------------------------------------------------------------------------------

FEELINGS = (
    "anxious", "tired", "calm", "restless", "hopeful", "sad", "irritable", "overwhelmed",
    "grateful", "lonely", "content", "frustrated", "relieved", "nervous", "flat", "proud",
    "ashamed", "guilty", "peaceful", "numb", "tense", "light", "heavy", "scattered", "steady",
    "angry", "embarrassed", "tender", "jittery", "low", "brighter", "raw", "curious", "stuck",
    "disappointed", "excited", "drained", "safe", "uneasy", "defensive", "soft", "on edge",
    "resentful", "homesick", "hopeless", "motivated", "bored", "exposed", "settled", "worried",
    "panicky", "foggy", "impatient", "sentimental", "reassured", "awkward", "distant",
    "overstimulated", "ok", "unsettled",
)  # fmt: skip

PEOPLE = (
    "my sister", "my brother", "Mum", "Dad", "my partner", "Sam", "Priya", "Jonas", "Lena",
    "my therapist", "my manager", "a colleague", "an old friend", "the neighbours", "Grandma",
    "my flatmate", "Tomás", "Aiko", "the new team lead", "my cousin", "Noor", "the doctor",
    "Ben from the running club", "my aunt", "the kids", "Marta", "my best friend", "Felix",
    "the landlord", "Oskar", "someone at the bus stop", "my old teacher", "Rosa", "Kwame",
)  # fmt: skip

PLACES = (
    "the kitchen", "the office", "the park", "the river", "the train", "the garden",
    "the café on the corner", "the supermarket", "the balcony", "the library", "the canal",
    "the bakery", "the station", "the clinic", "my desk", "the sofa", "the beach", "the forest",
    "the lake", "the hallway", "the bus", "the waiting room", "bed", "the allotment",
    "the swimming pool", "the market", "the bridge", "my parents' house", "the bookshop",
    "the gym", "the hill behind the house", "the courtyard", "the old harbour",
)  # fmt: skip

# First names that turn up now and then, beyond the people who are always there.
NAMES = (
    "Ada", "Ahmed", "Alba", "Amara", "Anouk", "Arjun", "Astrid", "Bea", "Bilal", "Bruno",
    "Camille", "Carlos", "Chen", "Chiara", "Dara", "Dario", "Deniz", "Divya", "Elif", "Emeka",
    "Erik", "Esme", "Fatima", "Femi", "Finn", "Freya", "Gabriel", "Greta", "Hana", "Hamid",
    "Hugo", "Ines", "Ingrid", "Isaac", "Ivo", "Jana", "Jin", "Joao", "Jude", "Kai", "Karim",
    "Kasia", "Kofi", "Lars", "Leila", "Linnea", "Luca", "Lucia", "Mads", "Maeve", "Malik",
    "Mateo", "Mei", "Mila", "Miro", "Nadia", "Nico", "Nina", "Nils", "Olu", "Omar", "Paulo",
    "Petra", "Pia", "Quentin", "Rafael", "Rania", "Rhys", "Rin", "Ruth", "Sacha", "Selin",
    "Sven", "Tariq", "Tess", "Theo", "Ulla", "Uma", "Vera", "Viktor", "Wen", "Wiebke",
    "Yara", "Yusuf", "Zainab", "Zoltan", "Agnieszka", "Bartek", "Cosima", "Dmitri", "Eamon",
    "Fiadh", "Gunnar", "Hedda", "Imre", "Jovana", "Kiri", "Ludmila", "Mathilde", "Niamh",
)  # fmt: skip

ADVERBS = (
    "slowly", "quickly", "quietly", "suddenly", "finally", "honestly", "probably", "almost",
    "barely", "gently", "carefully", "properly", "completely", "strangely", "oddly", "mostly",
    "hardly", "eventually", "deliberately", "reluctantly", "happily", "nervously", "patiently",
    "stubbornly", "absent-mindedly", "wholeheartedly", "briefly", "repeatedly", "gradually",
)  # fmt: skip

TIMES = (
    "this morning", "last night", "after lunch", "in the evening", "around midnight",
    "on the way home", "before work", "at the weekend", "yesterday", "this afternoon",
    "during the meeting", "after the session", "at breakfast", "late at night", "at dawn",
    "on Sunday", "on Monday", "on Friday", "all week", "earlier today",
)  # fmt: skip

TOPICS = (
    "work", "the deadline", "money", "the move", "my health", "the holidays", "sleep",
    "the argument", "my job", "the future", "the exam", "the interview", "my body",
    "the relationship", "being alone", "the bills", "my parents", "the project",
    "saying no", "the visit", "the appointment", "the new medication", "my mood",
    "the weekend", "social media", "the news", "the flat", "the garden", "the kids' school",
    "the phone call", "the email I haven't answered", "what I want", "old memories",
    "the wedding", "the funeral", "the trip", "my writing", "food", "exercise", "boundaries",
    "the homework from therapy", "self-criticism", "perfectionism", "the panic attack",
)  # fmt: skip

BODY = (
    "a tight chest", "a headache", "tension in my shoulders", "a knot in my stomach",
    "my jaw clenching", "shallow breathing", "my heart racing", "heavy legs", "sore eyes",
    "a lump in my throat", "my hands shaking", "restless legs", "a dull backache",
)  # fmt: skip

ACTIVITIES = (
    "go for a run", "cook something proper", "read before bed", "call Mum", "clean the flat",
    "write for ten minutes", "go to bed earlier", "stretch", "meditate", "do the breathing",
    "tidy my desk", "answer the emails", "water the plants", "walk to work", "draw",
    "practise the guitar", "swim", "bake bread", "sort the laundry", "plan the week",
    "take a proper lunch break", "leave my phone in the other room", "see friends",
)  # fmt: skip

NOUNS = (
    "coffee", "tea", "rain", "sun", "wind", "light", "window", "door", "letter", "book", "song",
    "photo", "plan", "list", "meeting", "message", "dream", "garden", "cloud", "street", "bike",
    "dog", "cat", "bird", "tree", "leaf", "flower", "candle", "blanket", "pillow", "soup",
    "bread", "apple", "orange", "shower", "bath", "train", "bus", "ticket", "key", "bag", "coat",
    "shoe", "sock", "cup", "plate", "table", "chair", "lamp", "clock", "calendar", "notebook",
    "pen", "screen", "phone", "laptop", "podcast", "film", "series", "game", "puzzle", "card",
    "gift", "party", "dinner", "breakfast", "lunch", "snack", "walk", "run", "swim", "yoga",
    "stretch", "habit", "routine", "goal", "step", "thought", "feeling", "memory", "question",
    "answer", "mistake", "lesson", "chance", "choice", "reason", "worry", "fear", "hope",
    "joy", "anger", "grief", "comfort", "silence", "noise", "voice", "face", "hand", "shoulder",
    "neck", "back", "stomach", "head", "heart", "breath", "body", "mind", "energy", "mood",
    "week", "month", "season", "spring", "summer", "autumn", "winter", "morning", "evening",
    "afternoon", "night", "weekend", "holiday", "birthday", "anniversary", "deadline",
    "report", "presentation", "email", "call", "office", "colleague", "boss", "team", "client",
    "project", "task", "budget", "rent", "bill", "doctor", "appointment", "prescription",
    "pharmacy", "hospital", "therapy", "therapist", "session", "exercise", "worksheet",
    "journal", "page", "paragraph", "sentence", "word", "idea", "story", "poem", "painting",
    "sketch", "guitar", "piano", "choir", "concert", "museum", "gallery", "river", "lake",
    "sea", "beach", "hill", "mountain", "forest", "field", "path", "bench", "bridge", "square",
    "market", "shop", "café", "restaurant", "kitchen", "bedroom", "bathroom", "balcony",
    "staircase", "neighbour", "friend", "sister", "brother", "mother", "father", "child",
    "partner", "cousin", "uncle", "aunt", "grandmother", "grandfather", "baby", "puppy",
    "kitten", "moon", "star", "sky", "snow", "frost", "fog", "storm", "thunder", "puddle",
    "umbrella", "scarf", "glove", "jumper", "sandwich", "salad", "pasta", "rice", "curry",
    "cake", "biscuit", "chocolate", "wine", "beer", "water", "juice", "medicine", "vitamin",
    "headphones", "radio", "newspaper", "magazine", "postcard", "parcel", "envelope",
    "receipt", "wallet", "mirror", "towel", "plant", "seed", "soil", "pot", "vase", "shelf",
    "drawer", "box", "basket", "rug", "curtain", "sheet", "alarm", "nap", "walkway", "tram",
)  # fmt: skip

ADJECTIVES = (
    "small", "big", "quiet", "loud", "warm", "cold", "bright", "dark", "soft", "hard", "slow",
    "quick", "long", "short", "old", "new", "strange", "familiar", "gentle", "rough", "empty",
    "full", "clean", "messy", "tiny", "huge", "green", "blue", "grey", "yellow", "red", "white",
    "black", "golden", "silver", "wet", "dry", "heavy", "light", "sweet", "bitter", "fresh",
    "stale", "busy", "lazy", "careful", "careless", "honest", "awkward", "kind", "harsh",
    "simple", "complicated", "ordinary", "unusual", "lovely", "ugly", "cosy", "crowded",
    "lonely", "peaceful", "noisy", "sunny", "rainy", "windy", "foggy", "frosty", "muddy",
    "dusty", "shiny", "broken", "patched", "borrowed", "forgotten", "unexpected", "late",
    "early", "patient", "tender", "clumsy", "brave", "shy", "stubborn", "playful", "serious",
    "hopeful", "useful", "pointless", "beautiful", "plain", "precious", "fragile", "sturdy",
)  # fmt: skip

VERBS_PAST = (
    "noticed", "remembered", "forgot", "found", "lost", "carried", "watched", "heard", "missed",
    "cleaned", "fixed", "broke", "painted", "cooked", "bought", "sold", "borrowed", "returned",
    "opened", "closed", "wrote", "read", "sent", "answered", "ignored", "avoided", "finished",
    "started", "planned", "cancelled", "postponed", "moved", "tidied", "packed", "unpacked",
    "visited", "called", "texted", "hugged", "thanked", "helped", "asked", "told", "showed",
    "explained", "admitted", "questioned", "enjoyed", "tolerated", "survived", "celebrated",
    "photographed", "sketched", "planted", "watered", "picked", "shared", "kept", "hid",
    "dropped", "caught", "followed", "passed", "crossed", "climbed", "rested", "waited",
    "rushed", "wandered", "stopped", "tried", "practised", "repeated", "described",
)  # fmt: skip

VERBS = (
    "rest", "slow down", "say no", "ask for help", "be kinder to myself", "switch off",
    "sleep properly", "eat properly", "stop checking", "trust it", "let it go", "write it down",
    "talk to someone", "take a break", "notice it", "sit with it", "name it", "keep going",
    "try again", "move my body", "get outside", "make a plan", "cancel", "stay",
)  # fmt: skip

# Words most entries never contain: objects, places and things that turn up once in a while.
RARE_NOUNS = (
    "lighthouse", "harmonica", "marmalade", "trombone", "origami", "kaleidoscope", "hedgehog",
    "sauerkraut", "carousel", "telescope", "accordion", "chandelier", "porcupine", "toboggan",
    "sundial", "marionette", "zeppelin", "gramophone", "quinoa", "cathedral", "windmill",
    "aquarium", "flamingo", "lantern", "typewriter", "hammock", "compass", "saxophone",
    "pinecone", "tangerine", "lavender", "rhubarb", "pistachio", "croissant", "dumplings",
    "anchovies", "pelican", "otter", "badger", "heron", "kingfisher", "woodpecker", "tortoise",
    "jellyfish", "seahorse", "starfish", "dragonfly", "caterpillar", "ladybird", "moth",
    "acorn", "chestnut", "driftwood", "seaweed", "pebbles", "glacier", "volcano", "waterfall",
    "meadow", "orchard", "vineyard", "greenhouse", "observatory", "planetarium", "aqueduct",
    "monastery", "lido", "funicular", "ferris wheel", "rollerskates", "skateboard", "kite",
    "yo-yo", "jigsaw", "crossword", "sudoku", "chessboard", "dominoes", "marbles", "ukulele",
    "cello", "banjo", "tambourine", "xylophone", "metronome", "easel", "pottery", "kiln",
    "loom", "knitting", "embroidery", "quilt", "thimble", "sewing machine", "spinning wheel",
    "birdhouse", "scarecrow", "wheelbarrow", "watering can", "trellis", "compost", "beehive",
    "honeycomb", "sourdough", "kimchi", "miso", "tahini", "falafel", "paella", "risotto",
    "gnocchi", "strudel", "pretzel", "baklava", "mochi", "churros", "gingerbread", "fudge",
    "lemonade", "cider", "kombucha", "espresso", "matcha", "cocoa", "porridge", "pancakes",
    "waffles", "omelette", "soufflé", "fondue", "raclette", "goulash", "borscht", "ramen",
    "tempura", "sushi", "dim sum", "tapas", "hummus", "pomegranate", "persimmon", "quince",
    "gooseberry", "elderflower", "dandelion", "snowdrop", "bluebell", "foxglove", "heather",
    "fern", "moss", "lichen", "toadstool", "puffin",
)  # fmt: skip

TITLES = (
    "Morning pages", "Evening check-in", "After the session", "A hard day", "Small wins",
    "Thoughts before sleep", "Sunday", "Notes to self", "What went well", "Rough night",
    "Homework: thought record", "Walk by the river", "Gratitude", "Letter I won't send",
    "Weekend", "Back at work", "Feeling better", "Panic, again", "Dream", "Visit home",
    "Catching up", "A quiet one", "The appointment", "Things I noticed", "Reset",
    "Too much", "Breathing space", "Before the trip", "On the train", "First snow",
)  # fmt: skip

TAGS = (
    "work", "family", "sleep", "anxiety", "therapy", "gratitude", "health", "exercise",
    "friends", "relationship", "mood", "dreams", "money", "creativity", "self-care", "grief",
    "study", "travel", "CBT", "homework", "panic", "boundaries", "nature", "food", "reading",
    "music", "medication", "mindfulness", "anger", "loneliness", "wins", "goals", "body",
    "weekend", "routine", "memories", "parents", "home", "social", "rest",
)  # fmt: skip

SENTENCES = (
    "{Time} I felt {feeling}.",
    "I felt {feeling} {time}, mostly about {topic}.",
    "I felt {feeling} when {person} mentioned {topic}.",
    "Today I felt {feeling} and a bit {feeling} at the same time.",
    "Woke up {feeling} after a {adj} dream about {a_noun}.",
    "I couldn't sleep {time} because my mind kept going back to {topic}.",
    "I went for a walk to {place} and noticed {a_adj_noun}.",
    "I went for a walk {time}; it helped more than I expected.",
    "We talked about {topic} in therapy today.",
    "My therapist asked what {topic} really means to me, and I didn't have an answer.",
    "{Person} {verb_past} {the_noun} and I laughed for the first time in days.",
    "I keep thinking about {topic}.",
    "I noticed {body} again, probably because of {topic}.",
    "Tried the breathing exercise {time}: in for four, hold, out for six. It helped a little.",
    "Things I'm grateful for today: {the_noun}, {the_noun}, and {person}.",
    "Tomorrow I want to {activity} and not look at my phone before nine.",
    "Part of me wants to {verb}, another part just wants to hide.",
    "There was {a_adj_noun} near {place}, and I {verb_past} it for a while.",
    "It was a {adj} day, {adj} and {adj}.",
    "I {verb_past} {the_adj_noun} and felt {feeling} about it.",
    "{Person} called {time}; we talked about {topic} for almost an hour.",
    "I really need to {verb} more often.",
    "Honestly, I just felt {feeling} all day.",
    "The {noun} on {place} was {adj} again.",
    "I wrote down three things that went well: {the_noun}, {the_noun} and the {adj} {noun}.",
    "Thought record: situation, {topic}; feeling, {feeling}; evidence against, {the_noun}.",
    "I'm trying to notice when I get {feeling} instead of pushing it away.",
    "{Time} I sat in {place} with {a_noun} and did nothing at all.",
    "Sleep was {adj}; I woke up twice and felt {feeling}.",
    "I think I'm more {feeling} than I admit, especially around {topic}.",
    "Work was {adj} today and I felt {feeling} by the end of it.",
    "I just want {topic} to be over.",
    "It's strange how {the_adj_noun} can change a whole afternoon.",
    "I said no to {person} and the world didn't end.",
    "{Person} seemed {feeling} and I didn't know what to say.",
    "Maybe I'm being too hard on myself about {topic}.",
    "I made {a_noun} for dinner and ate it on {place}.",
    "The {adj} {noun} reminded me of {person}.",
    "I'm really {feeling} today, and that's allowed.",
    "Spent the evening with {the_noun} and {a_adj_noun}.",
    "Felt {feeling} after talking to {person}, but better than last week.",
    "My chest felt tight {time} and I had to stop and breathe.",
    "I was overwhelmed by {topic} {time}.",
    "The therapist suggested I {verb} when it gets like this.",
    "I {verb_past} the {noun} and then {verb_past} {the_adj_noun}.",
    "Walking home past {place}, I felt {feeling}.",
    "I'm not sure why, but {topic} feels {adj} right now.",
    "{Time} was {adj}. Nothing special, which was nice.",
    "I should {activity} this week.",
    "I'd like to remember this: {the_adj_noun} and {person} laughing.",
    "I {adv} {verb_past} {the_noun} and {adv} felt {feeling}.",
    "{Person} {adv} {verb_past} {a_adj_noun}, which was {adj}.",
    "I {adv} admitted that {topic} has been {adj} lately.",
)  # fmt: skip

RARE_SENTENCES = (
    "I saw a {rare} {time}, which made me smile.",
    "{Person} told me a long story about a {rare}.",
    "For some reason I can't stop thinking about the {rare}.",
    "We found an old {rare} at the back of {place}.",
    "I dreamt about a {rare} again.",
)  # fmt: skip


class _Zipf:
    """Picks from ``items`` with a long-tailed (Zipf-like) frequency, as words are in text."""

    def __init__(self, items: Sequence[str], exponent: float = 0.9) -> None:
        self.items = tuple(items)
        weights = [1.0 / (rank + 1) ** exponent for rank in range(len(self.items))]
        self.cumulative = list(itertools.accumulate(weights))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> str:
        return self.items[bisect.bisect(self.cumulative, rng.random() * self.total)]


class _Slots(dict[str, str]):
    """A fresh random word each time a template asks for a slot."""

    def __init__(self, generator: JournalGenerator) -> None:
        super().__init__()
        self.g = generator

    def __missing__(self, key: str) -> str:
        value = self.g.slot(key.lower())
        return value[:1].upper() + value[1:] if key[:1].isupper() else value


class JournalGenerator:
    """Reproducible journal entries: ``entries(count)`` yields them oldest first."""

    def __init__(self, seed: int = DEFAULT_SEED) -> None:
        self.rng = random.Random(seed)
        self._feelings = _Zipf(FEELINGS, 0.8)
        self._people = _Zipf(PEOPLE, 0.7)
        self._places = _Zipf(PLACES, 0.7)
        self._times = _Zipf(TIMES, 0.6)
        self._topics = _Zipf(TOPICS, 0.7)
        self._nouns = _Zipf(NOUNS, 0.9)
        self._adjectives = _Zipf(ADJECTIVES, 0.9)
        self._verbs_past = _Zipf(VERBS_PAST, 0.8)
        self._verbs = _Zipf(VERBS, 0.6)
        self._activities = _Zipf(ACTIVITIES, 0.6)
        self._tags = _Zipf(TAGS, 1.0)
        self._slots = _Slots(self)

    # -- pieces --------------------------------------------------------------------------------

    def slot(self, key: str) -> str:
        rng = self.rng
        match key:
            case "feeling":
                return self._feelings.pick(rng)
            case "person":
                if rng.random() < 0.15:
                    return rng.choice(NAMES)
                return self._people.pick(rng)
            case "adv":
                return rng.choice(ADVERBS)
            case "place":
                return self._places.pick(rng)
            case "time":
                return self._times.pick(rng)
            case "topic":
                return self._topics.pick(rng)
            case "body":
                return rng.choice(BODY)
            case "activity":
                return self._activities.pick(rng)
            case "verb":
                return self._verbs.pick(rng)
            case "verb_past":
                return self._verbs_past.pick(rng)
            case "adj":
                return self._adjectives.pick(rng)
            case "noun":
                return self._nouns.pick(rng)
            case "the_noun":
                return "the " + self._nouns.pick(rng)
            case "a_noun":
                return _article(self._nouns.pick(rng))
            case "the_adj_noun":
                return f"the {self._adjectives.pick(rng)} {self._nouns.pick(rng)}"
            case "a_adj_noun":
                return _article(f"{self._adjectives.pick(rng)} {self._nouns.pick(rng)}")
            case "rare":
                return rng.choice(RARE_NOUNS)
        raise KeyError(key)

    def sentence(self, templates: Sequence[str] = SENTENCES) -> str:
        return self.rng.choice(templates).format_map(self._slots)

    def body(self) -> str:
        """One entry's text: ``MIN_WORDS``–``MAX_WORDS`` words in a few paragraphs."""
        rng = self.rng
        target = rng.randint(MIN_WORDS, MAX_WORDS)
        sentences: list[str] = []
        words = 0
        while words < target:
            text = self.sentence()
            sentences.append(text)
            words += text.count(" ") + 1
        if rng.random() < RARE_WORD_CHANCE:
            rare = self.sentence(RARE_SENTENCES)
            sentences.insert(rng.randrange(len(sentences) + 1), rare)
        paragraphs: list[str] = []
        i = 0
        while i < len(sentences):
            n = rng.randint(3, 7)
            paragraphs.append(" ".join(sentences[i : i + n]))
            i += n
        return "\n\n".join(paragraphs)

    def title(self) -> str:
        return self.rng.choice(TITLES) if self.rng.random() < 0.7 else ""

    def tags(self) -> tuple[str, ...]:
        count = self.rng.choice((1, 1, 2, 2, 2, 3, 3, 4))
        picked: list[str] = []
        while len(picked) < count:
            tag = self._tags.pick(self.rng)
            if tag not in picked:
                picked.append(tag)
        return tuple(picked)

    def entry(self, created: datetime) -> Entry:
        rng = self.rng
        updated = created + timedelta(minutes=rng.choice((0, 0, 2, 5, 20, 90, 60 * 24)))
        return Entry(
            title=self.title(),
            body=self.body(),
            tags=self.tags(),
            starred=rng.random() < 0.05,
            created=created,
            updated=updated,
        )

    # -- whole journals ------------------------------------------------------------------------

    def entries(self, count: int) -> Iterator[Entry]:
        """``count`` entries spread over ``SPAN_YEARS`` years, nearly all in order of writing.

        About one in fifty is written about an earlier day (backdated), as people do when they
        catch up; a few are written while travelling in another time zone.
        """
        rng = self.rng
        span = timedelta(days=365 * SPAN_YEARS)
        first = LAST_DAY - span
        step = span / max(count, 1)
        for i in range(count):
            when = first + step * i + timedelta(seconds=rng.uniform(0, step.total_seconds()))
            if rng.random() < 0.02:
                when -= timedelta(days=rng.randint(1, 30))
            zone = rng.choice(TRAVEL_ZONES) if rng.random() < 0.03 else HOME_ZONE
            yield self.entry(when.astimezone(zone))

    def new_entry(self, created: datetime) -> Entry:
        """An entry written at ``created`` (for timing saves)."""
        return self.entry(created)

    def extra_sentence(self) -> str:
        """A sentence to append to an entry being edited."""
        return self.sentence()


def _article(phrase: str) -> str:
    return ("an " if phrase[:1] in "aeiou" else "a ") + phrase
