"""The fixed grammar the translator learns: every English sentence it has, with its Chinese.

English orders a sentence subject verb object [place] [time]; Chinese orders it subject [time]
[place] verb object, so "she reads books in the library every day" becomes "她 每天 在 图书馆 读 书":
the time and the place move before the verb, which is what the cross-attention has to learn.
"""

import hashlib
from dataclasses import dataclass
from functools import cache
from itertools import product

from attn_gui.models.translator.vocabulary import BOS, EOS

SUBJECTS = (("I", "我"), ("you", "你"), ("he", "他"), ("she", "她"), ("we", "我们"), ("they", "他们"))
THIRD_PERSON_SINGULAR = frozenset({"he", "she"})
# (base form, form after he / she, Chinese)
VERBS = (
    ("love", "loves", "爱"),
    ("like", "likes", "喜欢"),
    ("read", "reads", "读"),
    ("write", "writes", "写"),
    ("want", "wants", "想要"),
    ("study", "studies", "学"),
)
OBJECTS = (
    ("learning", "学习"),
    ("music", "音乐"),
    ("books", "书"),
    ("letters", "信"),
    ("tea", "茶"),
    ("cats", "猫"),
    ("math", "数学"),
    ("Chinese", "中文"),
    ("English", "英文"),
    ("movies", "电影"),
)
PLACES = (
    (("at", "home"), ("在", "家")),
    (("at", "school"), ("在", "学校")),
    (("in", "the", "library"), ("在", "图书馆")),
)
TIMES = ((("today",), ("今天",)), (("every", "day"), ("每天",)), (("on", "weekends"), ("周末",)))

# Held out: every sentence whose subject is "she" and object "tea" (a pairing never seen in
# training), and a seeded random tenth of the others.
HELD_OUT_SUBJECT, HELD_OUT_OBJECT = "she", "tea"
HELD_OUT_SEED = "attn-gui translator 0"


@dataclass(frozen=True)
class SentencePair:
    """One sentence of the grammar and its reference translation.

    ``alignment[j]`` holds the positions of the English words that Chinese word j translates: the
    verb as written ("reads"), any word of a place phrase for both 在 and the place, either word
    of "every day" or "on weekends". Never the end marker.
    """

    english: tuple[str, ...]
    chinese: tuple[str, ...]
    alignment: tuple[frozenset[int], ...]

    @property
    def subject(self) -> str:
        return self.english[0]

    @property
    def object(self) -> str:
        return self.english[2]


# The same phrases in each language's order.
ENGLISH_ORDER = ("subject", "verb", "object", "place", "time")
CHINESE_ORDER = ("subject", "time", "place", "verb", "object")


def _pair(subject: int, verb: int, obj: int, place: int | None, time: int | None) -> SentencePair:
    english_subject, chinese_subject = SUBJECTS[subject]
    base, third_person, chinese_verb = VERBS[verb]
    english_object, chinese_object = OBJECTS[obj]
    english_verb = third_person if english_subject in THIRD_PERSON_SINGULAR else base
    phrases = {  # role: (English words, Chinese words)
        "subject": ((english_subject,), (chinese_subject,)),
        "verb": ((english_verb,), (chinese_verb,)),
        "object": ((english_object,), (chinese_object,)),
    }
    if place is not None:
        phrases["place"] = PLACES[place]
    if time is not None:
        phrases["time"] = TIMES[time]
    english: list[str] = []
    positions = {}
    for role in (r for r in ENGLISH_ORDER if r in phrases):
        positions[role] = frozenset(range(len(english), len(english) + len(phrases[role][0])))
        english += phrases[role][0]
    chinese = [
        (word, positions[role]) for role in CHINESE_ORDER if role in phrases for word in phrases[role][1]
    ]
    return SentencePair(
        english=tuple(english),
        chinese=tuple(word for word, _ in chinese),
        alignment=tuple(where for _, where in chinese),
    )


@cache
def all_pairs() -> tuple[SentencePair, ...]:
    """Every sentence of the grammar (6 × 6 × 10 × 4 × 4 = 5,760), in a fixed order."""
    optional_places = (None, *range(len(PLACES)))
    optional_times = (None, *range(len(TIMES)))
    return tuple(
        _pair(*choice)
        for choice in product(
            range(len(SUBJECTS)), range(len(VERBS)), range(len(OBJECTS)), optional_places, optional_times
        )
    )


def _rank(pair: SentencePair) -> str:
    """A seeded pseudo-random rank that no library version can change: the split stays the one trained."""
    return hashlib.sha256(f"{HELD_OUT_SEED}:{' '.join(pair.english)}".encode()).hexdigest()


@cache
def _split() -> tuple[tuple[SentencePair, ...], tuple[SentencePair, ...]]:
    pairs = all_pairs()
    unseen = {p for p in pairs if p.subject == HELD_OUT_SUBJECT and p.object == HELD_OUT_OBJECT}
    rest = [p for p in pairs if p not in unseen]
    tenth = set(sorted(rest, key=_rank)[: round(len(rest) / 10)])
    held_out = tuple(p for p in pairs if p in unseen or p in tenth)
    training = tuple(p for p in pairs if p not in unseen and p not in tenth)
    return training, held_out


def training_pairs() -> tuple[SentencePair, ...]:
    """The sentences the translator was trained on: all but the held-out ones."""
    return _split()[0]


def held_out_pairs() -> tuple[SentencePair, ...]:
    """The test sentences: all of "she … tea", and a seeded random tenth of the rest."""
    return _split()[1]


def training_digest() -> str:
    """A fingerprint of the training sentences, stored with the weights to show which split they saw."""
    text = "\n".join(" ".join(pair.english) for pair in training_pairs())
    return hashlib.sha256(text.encode()).hexdigest()


@cache
def _by_english() -> dict[tuple[str, ...], SentencePair]:
    return {tuple(word.casefold() for word in pair.english): pair for pair in all_pairs()}


def reference(sentence: str) -> SentencePair | None:
    """The grammar's pair for an English sentence, case ignored; None if the grammar has no such sentence."""
    return _by_english().get(tuple(word.casefold() for word in sentence.split()))


def _unique(words: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(words))


def english_vocabulary() -> tuple[str, ...]:
    """The end marker, then every English word in the order the grammar lists it."""
    verbs = [form for base, third, _ in VERBS for form in (base, third)]
    phrases = [word for words, _ in PLACES + TIMES for word in words]
    return (EOS, *_unique([s for s, _ in SUBJECTS] + verbs + [o for o, _ in OBJECTS] + phrases))


def chinese_vocabulary() -> tuple[str, ...]:
    """The start and end markers, then every Chinese word in the order the grammar lists it."""
    words = [c for _, c in SUBJECTS] + [c for *_, c in VERBS] + [c for _, c in OBJECTS]
    words += [word for _, chinese in PLACES + TIMES for word in chinese]
    return (BOS, EOS, *_unique(words))
