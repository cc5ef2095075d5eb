"""Text -> features: lexicon groups that fired (with the phrases that fired them) and words.

Pure and fast: two compiled regexes for the lexicon (Latin with word boundaries; CJK, Thai,
Arabic and Hebrew without), three for false friends (capitals, Latin, CJK), one for words. A
feature is a string: "rel:msc" (a lexicon group), "ff" (a false friend was masked),
"w:enrolment" / "w:phase 2" (a word or word pair), "watch:mesoblast" (a user watchlist, never
learned from).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from digest.classify import lexicon
from digest.classify.factor import _close_paren, factor, split_top, trie
from digest.scripts import SPACELESS, SPACELESS_RUN

MAX_CHARS = 2400  # title + lede + the start of the full text carry the topic
# Function words, by language: they say which language an item is in, not what it is about.
# Left in, a corpus with few items in a language teaches its "na", "nie" or "aus" the topics
# of those few items (Polish "nie" had learned hype, German "aus" had learned against it).
# Words that are also English content words ("son", "men", "war", "ten", "pro") stay out.
STOPWORDS = frozenset(
    # English
    """a an and are as at be been but by for from has have in into is it its of on or our s
    that the their this to was were will with after before over under than then they he she
    we you his her them who which what when where how new says said more most up out about
    not no can may could would should also all any some one two three first year years do
    """
    # Spanish and Portuguese
    """el la los las un una de del en con por para que se su sus al es lo como le este esta
    estos estas más pero sobre entre ya hay fue ha han muy sin también desde hasta donde
    cuando ni os um uma do da dos das no na nos nas em ao pelo pela não mais diz são foi ser
    com seu sua seus suas pelos pelas às ou mas já está estão foram tem têm após
    """
    # French and Italian
    """les des du et est au aux une il par pour sur dans avec qui ce cette ces sa ses leur
    leurs ne pas sont ont été di della che per nel con gli il dei degli delle nella sul
    sulla alla ai agli alle dal dalla non più sono come anche ma tra fra hanno
    """
    # German and Dutch
    """der die das und den dem ein eine ist mit von zu aus bei nach für im am zum zur sich
    auf auch nicht wird werden wurde sind hat haben einen einem einer eines vom durch über
    wie oder als noch nur sie er es wir bis seit gegen ohne sowie soll kann van het een op
    voor te zijn uit bij naar om aan ook niet wordt door maar
    """
    # Scandinavian
    """och för av på som ett det att är og er har til fra ved med den om ikke inte kan vil
    skal eller der så sig seg vi hvor när når efter också også blev blir sin sitt
    """
    # Polish, Czech and Slovak
    """w z na do się nie że jest od po za przez dla oraz jak ale czy są jego jej ich ta te
    tym przy ve ze si je že při jsou byl byla jeho její jejich tak ke by už jako
    """
    # Russian and Ukrainian
    """и в во на с со по к о от до из за для не что как это он она они его её их а но же
    ли бы у при так уже только или то был была были будет і та що це як від
    """
    # Greek, Arabic and Hebrew
    """και το τα της του των στο στη στην με για από που να θα ή η ο οι τον την
    من في على إلى عن مع هذا هذه ذلك التي الذي الذين أن إن كان كانت قد لا ما أو ثم بعد قبل
    حتى عند كل بين وفي ومن
    של את על עם זה זו כי לא גם או אם
    """
    # Romanian, Hungarian, Turkish, Indonesian and Malay, Vietnamese, Korean
    """și în cu la pe din care că nu sunt este pentru mai az és egy hogy nem is meg már van
    volt csak mint ve bir bu için ile olarak olan gibi daha çok dan yang di ke dari untuk
    dengan ini itu pada dalam tidak akan juga adalah oleh atau bahwa tersebut và của các có
    là được cho với trong những này một đã không để tại về từ khi 및 등 있다 있는 했다 한다
    하는 위해 통해 대한 이번 것으로 것이다 밝혔다 에서""".split()
)

_ARABIC_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")
# Full-width Latin letters, digits and signs, which Japanese papers print ("ｉＰＳ細胞",
# "ＥＳ細胞"), read as their ASCII selves: one character for one, so offsets stay true. So are
# the typographic hyphen and the non-breaking one, which news sites set inside names ("CAR‑T",
# heldout691: the cell therapy trade's word, unread beside a bare cell therapy, 0.97).
_TO_ASCII = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x2010: 0x2D, 0x2011: 0x2D}
# any character the table folds: the table's own keys, so the two cannot drift apart
_FOLDABLE = re.compile("[" + re.escape("".join(map(chr, _TO_ASCII))) + "]")
# Vowel signs and viramas (Devanagari, Bengali, Tamil, Myanmar...) are combining marks, not
# \w: without them a word of those scripts falls apart into consonant fragments ("भारतातील",
# Maharashtra's "in India", read as "भ" "रत" "त" "ल").
_MARKS = "".join(
    c for c in map(chr, range(0x300, 0x10000)) if unicodedata.category(c) in ("Mn", "Mc")
)
_WORD = re.compile(rf"[^\W\d_][\w'{_MARKS}-]*|\d+[a-z]?", re.UNICODE)
# Scripts written without spaces between words (scripts.SPACELESS: CJK, Thai): character
# bigrams stand in for words, and the unbounded lexicon is matched.
# Scripts read by the unbounded lexicon: those; Arabic and Hebrew, which write their clitics
# onto the word (bil-khalaya, be-taei: "with the cells"), so a word boundary would miss most of
# their matches; Armenian and Georgian, whose case endings go on the stem; and Gurmukhi,
# Gujarati, Telugu, Kannada, Malayalam, Sinhala, Myanmar and Khmer, whose vowel signs are not
# \w, so a boundary test would fall inside words. Devanagari, Bengali and Tamil stay with the
# bounded lexicon, which has read them since before this list grew.
_UNBOUNDED = re.compile(
    f"[\u0530-\u06ff\u0a00-\u0aff\u0c00-\u0dff\u1000-\u10ff\u1780-\u17ff{SPACELESS}]"
)
# Relevance groups that name stem cells themselves; their words are kept out of the word features.
_NAMING = frozenset(
    {
        "rel:stem_cell",
        "rel:pluripotent",
        "rel:msc",
        "rel:perinatal",
        "rel:reprogramming",
        "rel:hematopoietic",
        "rel:regenerative_named",
    }
)


def _case_sensitive(pattern: str) -> bool:
    """Acronym patterns (FDA, IND, PRIME, CAR-T, MSCs) match only in capitals."""
    bare = re.sub(r"\\.|\[[^\]]*\]|\(\?[^)]*\)|[si]\?|s$|h\?", "", pattern)
    letters = [c for c in bare if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _lower_pattern(pattern: str) -> str:
    """Lowercase a pattern's literals, not its escapes (\\S, \\W and \\D mean other things)."""
    return re.sub(
        r"\\.|[^\\]", lambda m: m.group(0) if m.group(0)[0] == "\\" else m.group(0).lower(), pattern
    )


TRIES_PATH = Path(__file__).parent / "data" / "tries.json"


def trie_key(alternatives: list[str]) -> str:
    return hashlib.blake2b("\x00".join(alternatives).encode(), digest_size=16).hexdigest()


@functools.cache
def _shipped_tries() -> dict[str, str]:
    try:
        return json.loads(TRIES_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def factored(alternatives: list[str]) -> str:
    """trie(alternatives) (factored, then dispatched), read from data/tries.json when the
    lexicon is the one it was written for (`python -m digest.classify.train` writes it):
    factoring the 1,200 patterns costs 0.1 s, paid by every run that tags something. An
    edited lexicon is factored here."""
    return _shipped_tries().get(trie_key(alternatives)) or trie(alternatives)


_LABEL_PREFIX = {"relevant": "rel", "not_relevant": "neg"}


def group_feature(label: str, group: str) -> str:
    """The feature a lexicon group becomes: "rel:msc", "neg:car_t", "regulation:agency"."""
    return f"{_LABEL_PREFIX.get(label, label)}:{group}"


LOOKAROUND_OPENERS = ("(?=", "(?!", "(?<=", "(?<!")


def without_lookarounds(pattern: str) -> str:
    """The pattern with its lookaround groups cut out: what it takes, not what it tests the
    words next to it for. "(?<!stem\\scell\\s)agency" -> "agency"."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith(LOOKAROUND_OPENERS, i):
            i = _close_paren(pattern, i) + 1
            continue
        step = 2 if pattern[i] == "\\" else 1  # an escape is copied whole
        out.append(pattern[i : i + step])
        i += step
    return "".join(out)


_HYPHEN_COMPOUNDS = ("-stammzell", "-stamcel")


class _Lexicon:
    """One alternation of every pattern, factored into a trie (factor.py), plus a cache from
    matched phrase to group.

    One alternation is scanned once per text; wrapping each group in a named group costs half
    as much again. Which group matched is looked up once per distinct phrase (the cache stays
    small: the phrases of a domain repeat)."""

    def __init__(
        self,
        groups: dict[str, dict[str, list[str]]],
        *,
        cased: bool,
        bounded: bool,
        fold: dict[int, int] | None = None,
    ):
        # every group, in scan order: its feature, its patterns as one regex, the patterns
        self.groups: list[tuple[str, re.Pattern, list[str]]] = []
        # Patterns that look around their phrase, e.g. "cost of" before "stem cell therapy":
        # their phrase alone cannot show it is theirs, so a phrase one of them could take is
        # placed where it stands (group_of). Their words alone, as one alternation.
        looking: list[str] = []
        flat, naming = [], []
        for label, by_group in groups.items():
            for group, patterns in by_group.items():
                alts = [p for p in patterns if _case_sensitive(p) == cased]
                if not alts:
                    continue
                alts = alts if cased else [_lower_pattern(p) for p in alts]
                if fold:
                    alts = [p.translate(fold) for p in alts]
                flat.extend(alts)
                name = group_feature(label, group)
                if label == "relevant":
                    naming.extend(alts)
                self.groups.append((name, re.compile("|".join(alts)), alts))
                looking += [bare for p in alts if (bare := without_lookarounds(p)) != p]
        self.looking_around = re.compile("|".join(looking) or "(?!)")
        self.alternatives, self.bounded = flat, bounded
        self.regex = self._compile(factored(flat))
        # The relevance groups alone: a topic pattern whose filler words ("first [...]
        # transplant") ran over "stem cell" has taken those words from them. Factored too:
        # flat, its 370 patterns cost a tenth of the tagging time.
        self.naming = naming
        self.relevance = self._compile(factored(naming))
        # phrase -> its group; or, for a phrase a looking-around pattern could take, the
        # patterns that could take it, in scan order, to be tried where it stands
        self.cache: dict[str, str | tuple[tuple[str, re.Pattern], ...]] = {}
        self._bare: list[tuple[str, re.Pattern, list[str]]] | None = None
        self._placed: dict[str, tuple[re.Pattern, re.Pattern]] = {}

    def _compile(self, body: str) -> re.Pattern:
        body = body or "(?!)"
        if self.bounded:
            body = rf"(?<![\w-])(?:{body})(?![\w])"
        return re.compile(body)

    def flat_regex(self) -> re.Pattern:
        """The unfactored alternation: slower, and what `regex` must match exactly."""
        return self._compile("|".join(self.alternatives))

    def flat_relevance(self) -> re.Pattern:
        """The relevance groups' unfactored alternation, which `relevance` must match."""
        return self._compile("|".join(self.naming))

    def group_of(self, phrase: str, text: str, start: int) -> str:
        """The group of `phrase`, found at `start` in `text`: the group of the first pattern,
        in scan order, that takes it there (the scan's own choice). Most phrases are read by
        their words alone, once. A phrase a looking-around pattern could take ("cost of"
        before "stem cell therapy", "registry" not after "stem cell") is placed anew where
        it stands: the same words may be one group's before one neighbour and another's
        before the next, and a plain pattern of another group may read them elsewhere."""
        found = self.cache.get(phrase)
        if found is None:
            if self.looking_around.fullmatch(phrase):
                found = self._takers(phrase)
                if len({name for name, _rx in found}) == 1:
                    # one group's patterns alone could take it: the scan took it with one
                    # of them, so it is that group's wherever it stands (a third of the
                    # placed phrases: "patients", "trial", "approved")
                    found = found[0][0]
            else:
                found = next((n for n, rx, _ in self.groups if rx.fullmatch(phrase)), "unknown")
            if len(self.cache) < 100_000:
                self.cache[phrase] = found
        if isinstance(found, str):
            return found
        end = start + len(phrase)
        return next(
            (n for n, rx in found if (m := rx.match(text, start)) and m.end() == end),
            "unknown",
        )

    def _takers(self, phrase: str) -> tuple[tuple[str, re.Pattern], ...]:
        """The patterns, in scan order, whose words alone could make `phrase`, each compiled
        as the scan uses it. A group's words are tried first, as one alternation (its own
        regex where no pattern of it looks around), so only the patterns of the few groups
        that could take the phrase are compiled one by one: compiling all 1,800 costs a
        second, paid by every process that meets one looking-around phrase."""
        if self._bare is None:
            self._bare = [
                (
                    name,
                    rx
                    if all(p == without_lookarounds(p) for p in alts)
                    else re.compile("|".join(map(without_lookarounds, alts))),
                    alts,
                )
                for name, rx, alts in self.groups
            ]
        out = []
        for name, bare_group, alts in self._bare:
            if bare_group.fullmatch(phrase):
                for p in alts:
                    bare, placed = self._pattern(p)
                    if bare.fullmatch(phrase):
                        out.append((name, placed))
        return tuple(out)

    def _pattern(self, p: str) -> tuple[re.Pattern, re.Pattern]:
        """One pattern's words alone, and the pattern as the scan places it (compiled once)."""
        if (got := self._placed.get(p)) is None:
            got = self._placed[p] = (re.compile(without_lookarounds(p)), self._compile(p))
        return got


_SPACE = re.compile(r"\s")
_SELLER_HEADLINE = re.compile(lexicon.SELLER_HEADLINE)
# The lists below are searched in every item, so they are factored like the lexicon
# (factor.py: the same matches, span for span); flat, the longest cost more than the scan.
_GENE_THERAPY = re.compile(
    rf"\b(?:{factor(split_top(lexicon.GENE_THERAPY_NAMES))})|{lexicon.GENE_THERAPY_NAMES_CJK}"
)
_GENE_CORRECTED_DISEASE = re.compile(
    rf"\b(?:{factor([lexicon.HAEMOGLOBINOPATHY, lexicon.GENE_CORRECTED_IN_STEM_CELLS])})"
    rf"|{lexicon.HAEMOGLOBINOPATHY_CJK}|{lexicon.GENE_CORRECTED_IN_STEM_CELLS_CJK}"
)
_RUN_ON = 60  # how far past a topic phrase a relevance phrase begun inside it may run
# Lexicon groups that only claim their phrases from the topics (see lexicon.LATIN["context"]).
_CLAIM_ONLY = "context:"
_HUMANS = re.compile(rf"\b(?:{lexicon.HUMAN_SUBJECTS})\b|{lexicon.HUMAN_SUBJECTS_UNBOUNDED}")


_BARE_PATIENTS = re.compile(r"\bpatients?\b")


def _animals_are_the_patients(lower: str, animals: list[tuple[int, int]]) -> bool:
    """Whether the text calls its animals the patients ("cat patients", "four-legged
    patients"): then its bare "patients" are those animals too ("New clinical trial seeks
    renal disease patients", heldout855, a veterinary school's trial in cats)."""
    return any("patient" in lower[a:b] for a, b in animals)


def _people_words(lower: str, animals: list[tuple[int, int]], animal_patients: bool) -> str:
    """The text a test for people reads: the animal phrases blanked ("four-legged patients"
    names no people), and the bare "patients" too where the animals are the patients."""
    text = _blank(lower, animals, " ")
    if animal_patients:
        text = _BARE_PATIENTS.sub(lambda m: " " * len(m.group()), text)
    return text


def _present(pattern: str) -> re.Pattern:
    """pattern for a test of whether a text has it anywhere, where which alternative
    matched, and where, is not asked: its alternatives that start at a word boundary are
    factored behind one (the CORD_AT_BIRTH row's 65 cost 0.2 ms a text flat), the rest
    after them."""
    alts = split_top(pattern)
    bounded = [a[2:] for a in alts if a.startswith(r"\b")]
    rest = [a for a in alts if not a.startswith(r"\b")]
    return re.compile(
        "|".join(([rf"\b(?:{factor(bounded)})"] if bounded else []) + ([factor(rest)] if rest else []))
    )


_LONE_ANCHORS = [
    (
        groups,
        phrases and re.compile(phrases, re.IGNORECASE),
        _present(context),
        unless and _present(unless),
    )
    for groups, phrases, context, unless in lexicon.LONE_ANCHORS
]
# The topic a compound's tail names ("stamcelkliniek": a clinic), read from relevance phrases.
_COMPOUND_TAILS = [
    (group, re.compile(rf"(?<=\w)(?:{tail})$")) for group, tail in lexicon.COMPOUND_TAILS.items()
]
# Traditional characters folded to their simplified forms, one for one (so offsets stay
# true), before the CJK lexicon is matched, and in its patterns: 幹細胞 (Japanese, Taiwan),
# 干细胞 (mainland) and the mixed 干細胞 of converted pages are one word to a reader.
_TRADITIONAL = "幹細監規備藥衛臨療請審評準許證範關冊劑機構醫發國產業資險亂輸試驗類臍帶間葉質獲報認條務違廣診齡齢風礎轉應術護實點價營銷開會員體腦導聯辦則罰處虛妝傳偽經嚴強標"
_SIMPLIFIED = "干细监规备药卫临疗请审评准许证范关册剂机构医发国产业资险乱输试验类脐带间叶质获报认条务违广诊龄龄风础转应术护实点价营销开会员体脑导联办则罚处虚妆传伪经严强标"
CJK_FOLD = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
# Persian pages are often typed on Arabic keyboards: Arabic's kaf and yeh (and the final
# alef maksura) for Persian's keheh and yeh ("كارخانه", "سلولهاي"). Both lexicons read them
# as one letter, in their patterns and in the text, one for one like CJK_FOLD; the words
# the model learns keep the text's own letters.
_ARABIC_LETTERS, _PERSIAN_LETTERS = "كيى", "کیی"
ARABIC_FOLD = str.maketrans(_ARABIC_LETTERS, _PERSIAN_LETTERS)
_ARABIC_VARIANTS = re.compile(f"[{_ARABIC_LETTERS}]")
UNBOUNDED_FOLD = CJK_FOLD | ARABIC_FOLD


class Lexicons(NamedTuple):
    latin: _Lexicon  # lowercased text, word boundaries
    latin_cased: _Lexicon  # acronyms, in the text as written
    cjk: _Lexicon  # the unbounded scripts, traditional characters folded


@functools.cache
def lexicons() -> Lexicons:
    """The compiled lexicons, built on first use: about a third of a second of regex
    compiling that a fetch with nothing new to tag (a re-poll, a cron run with nothing due)
    never pays. A fetch run's parse workers build them in their first parse."""
    return Lexicons(
        _Lexicon(lexicon.LATIN, cased=False, bounded=True, fold=ARABIC_FOLD),
        _Lexicon(lexicon.LATIN, cased=True, bounded=True),
        _Lexicon(lexicon.CJK, cased=False, bounded=False, fold=UNBOUNDED_FOLD),
    )


_FALSE = re.compile(rf"(?<!\w)(?:{factor([_lower_pattern(p) for p in lexicon.FALSE_FRIENDS])})")
# Scanned only in texts the unbounded lexicon reads (_UNBOUNDED): few texts have one.
_FALSE_CJK = re.compile("|".join(lexicon.FALSE_FRIENDS_CJK))
# Each acronym's patterns, and the names that claim it, are tried only in a text that has it.
_ACRONYM_FALSE = [
    (acronym, re.compile("|".join(patterns)))
    for acronym, patterns in lexicon.ACRONYM_FALSE_FRIENDS.items()
]
# Words another trade claims where the text names that trade: (literal that must occur,
# the word's pattern, the trade's words, whether both are read in the cased text).
# An acronym (lexicon.ACRONYM_OWNERS) is matched cased and ends where a letter of another
# script begins, as a Latin word does in the scan ("HSC参与", heldout366): its bounds are
# Latin letters and digits only. A firm's name (lexicon.NAME_OWNERS) is matched in the
# lower-case text, with any word characters after it ("treefrogs").
_OWNED = [
    (
        acronym,
        re.compile(rf"(?<![A-Za-z0-9]){acronym}s?(?![A-Za-z0-9])"),
        re.compile(owners, re.IGNORECASE),
        True,
    )
    for acronym, owners in lexicon.ACRONYM_OWNERS.items()
] + [
    (name, re.compile(rf"(?<!\w){re.escape(name)}\w*"), re.compile(owners, re.IGNORECASE), False)
    for name, owners in lexicon.NAME_OWNERS.items()
]


@dataclass
class Features:
    """Feature ids present in one text, and for each the phrases that fired it."""

    names: set[str] = field(default_factory=set)
    phrases: dict[str, list[str]] = field(default_factory=dict)
    gave_up: list[str] = field(default_factory=list)  # watchlists whose regex timed out

    def add(self, name: str, phrase: str) -> None:
        self.names.add(name)
        got = self.phrases.get(name)
        if got is None:
            self.phrases[name] = [phrase]
        elif len(got) < 4 and phrase not in got:
            got.append(phrase)

    def add_at(self, name: str, raw: str, start: int, end: int, title_end: int) -> None:
        """The phrase raw[start:end], and `t:name` where it begins in the headline: the
        headline states what the item is about; the lede often mentions an agency or a
        trial in passing."""
        self.add(name, raw[start:end])
        if start < title_end:
            self.names.add("t:" + name)


# A user's watchlist pattern gets this long per item before it is taken as no match: the
# `regex` engine does not backtrack for ever on (a+)+ as `re` does, and settings.py refuses
# a pattern that still runs long on its probes; this stops whatever gets past both.
WATCH_TIMEOUT = 0.25


@dataclass(frozen=True)
class Watchlist:
    """A user's own tag: fires when any of its keywords (whole words) or regexes match."""

    name: str
    keywords: re.Pattern | None  # all of them, as one pattern
    regexes: tuple = ()  # the user's regexes, compiled by `regex` (see WATCH_TIMEOUT)

    def search(self, text: str) -> re.Match | None:
        """The first match; raises TimeoutError when none matched and a regex gave up."""
        if self.keywords and (m := self.keywords.search(text)):
            return m
        gave_up = False
        for p in self.regexes:
            try:
                if m := p.search(text, timeout=WATCH_TIMEOUT):
                    return m
            except TimeoutError:
                gave_up = True  # another of its regexes may still match
        if gave_up:
            raise TimeoutError(self.name)
        return None


# A watchlist keyword is a whole word: it must not run on into a letter or digit of a script
# that spaces its words ("Mesoblast" is not in "Mesoblastoma"). Chinese, Japanese, Korean
# and Thai run words together, so their characters may touch it: 干细胞 in 首个干细胞药物,
# Mesoblast in Mesoblast公司.
_SPACED_WORD = f"[^\\W{SPACELESS}]"


def compile_watchlist(name: str, keywords: list[str], regexes: list[str]) -> Watchlist:
    """The keywords as one pattern; each regex as a pattern of its own, since joined into
    one they could break each other: a global flag such as (?i) must start its pattern,
    and a backreference (\\1) would count another regex's groups."""
    # A keyword's words match across any run of spaces or a line break, as in the text;
    # spaces around it are not part of it.
    spaced = (r"\s+".join(map(re.escape, k.split())) for k in keywords)
    words = [rf"(?<!{_SPACED_WORD}){k}(?!{_SPACED_WORD})" for k in spaced]
    compiled = ()
    if regexes:
        import regex  # imported only when a watchlist has regexes

        compiled = tuple(regex.compile(a, regex.IGNORECASE) for a in regexes)
    return Watchlist(name, re.compile("|".join(words), re.IGNORECASE) if words else None, compiled)


def text_of(title: str, summary: str, content: str = "") -> str:
    text = f"{title or ''}. {summary or ''}"
    if content and len(text) < MAX_CHARS:
        text = f"{text} {content[: MAX_CHARS - len(text)]}"
    return text[:MAX_CHARS]


def _blank(text: str, spans: list[tuple[int, int]], fill: str) -> str:
    """`text` with each span overwritten by `fill`: same length, so offsets stay true."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = fill * (b - a)
    return "".join(chars)


def _unmarked(text: str | None) -> str:
    """`text` without Arabic's optional vowel marks and stretching ("الجذعيّة" is "الجذعية"
    with a shadda; the lexicon spells words without them), and with full-width Latin and the
    typographic hyphens as ASCII, as far as text_of reads it: the first MAX_CHARS, so a long
    article's full text is not scanned whole. Where that stretch had marks, the whole text is
    unmarked first, so what remains is as long as it can be."""
    head = (text or "")[:MAX_CHARS]
    if head.isascii():  # most texts: no Arabic, no full-width letters, nothing to change
        return head
    foldable = _FOLDABLE.search(head) is not None
    if foldable:
        head = head.translate(_TO_ASCII)
    bare = _ARABIC_MARKS.sub("", head)
    if len(bare) == len(head):
        return bare
    # only here is the whole text read, so only here is the whole of it folded
    return _ARABIC_MARKS.sub("", text.translate(_TO_ASCII) if foldable else text)[:MAX_CHARS]


def extract(
    title: str, summary: str, content: str = "", watchlists: tuple[Watchlist, ...] = ()
) -> Features:
    title, summary, content = _unmarked(title), _unmarked(summary), _unmarked(content)
    raw = text_of(title, summary, content)
    feats = Features()
    for w in watchlists:
        try:
            m = w.search(raw)
        except TimeoutError:  # not tagged, and said: the user's pattern needs work
            feats.gave_up.append(w.name)
            continue
        if m:
            feats.add(f"watch:{w.name}", m.group(0))

    lower = raw.lower()
    if len(lower) != len(raw):  # a few characters (İ) lowercase to two; keep offsets aligned
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in raw)
    spans = []
    for acronym, false in _ACRONYM_FALSE:  # "STEM fair", "MSC continues to order new box ships"
        if acronym in raw:
            spans += [m.span() for m in false.finditer(raw)]
    # "Mediterranean Shipping Company (MSC)", "LifeBank, the Nigerian blood courier"
    for hint, word, owners, cased in _OWNED:
        text = raw if cased else lower
        if hint in text and owners.search(text):
            spans += [m.span() for m in word.finditer(text)]
    if any(hint in lower for hint in lexicon.FALSE_FRIEND_HINTS):
        spans += [m.span() for m in _FALSE.finditer(lower)]
    unbounded = _UNBOUNDED.search(lower) is not None
    if unbounded:
        spans += [m.span() for m in _FALSE_CJK.finditer(lower)]
    title_end = len(title or "")
    if spans:
        for a, b in spans:  # "plant stem cells" in the headline: the item is about them
            feats.add_at("ff", raw, a, b, title_end)
        raw, lower = _blank(raw, spans, "¦"), _blank(lower, spans, "¦")
    lex_ = lexicons()
    latin, latin_cased = lower, raw
    # A Latin word ends where a letter of a spaceless script begins: "FDA로부터" and
    # "美国FDA批准" name the FDA as surely as "the FDA" does (heldout117). The Latin passes
    # read copies with those letters blanked (same length: offsets stay true). Texts
    # without them pay nothing; a word boundary widened in the regex made every text pay
    # (6% more instructions per item).
    if unbounded and (runs := [m.span() for m in SPACELESS_RUN.finditer(lower)]):
        latin, latin_cased = _blank(lower, runs, "¦"), _blank(raw, runs, "¦")
    # A phrase starts at a word's start, not after a hyphen: English "non-stem cell" and
    # "anti-stem cell" name no stem cells. German, Dutch and Scandinavian compounds are the
    # exception: the word after the hyphen still names them ("Knochenmark-Stammzellen",
    # "MPI-Stammzellforscher", heldout453; "navelstreng-stamcellen"), so the Latin pass reads
    # that hyphen as a space (same length). A boundary widened in the regex cost 6.6% more
    # instructions per item; texts without these compounds pay two substring tests.
    for joined in _HYPHEN_COMPOUNDS:
        if joined in latin:
            latin = latin.replace(joined, " " + joined[1:])
    # Arabic's letters are in _UNBOUNDED's range: texts without them pay nothing here
    if unbounded and _ARABIC_VARIANTS.search(latin):
        latin = latin.translate(ARABIC_FOLD)
    passes = [(lex_.latin, latin), (lex_.latin_cased, latin_cased)]
    if unbounded:
        passes.append((lex_.cjk, lower.translate(UNBOUNDED_FOLD)))
    anchored = False
    animals: list[tuple[int, int]] = []  # where the text names animal patients
    obituary = False
    naming: list[tuple[int, int]] = []
    # What the lowercased pass's context groups claimed ("an IV suspension", "the clinic in
    # question"): the cased pass reads the same text and must not read it either.
    claimed: list[tuple[int, int]] = []
    background: list[tuple[int, int]] = []  # lexicon.BACKGROUND's: no words either
    for lex, text in passes:
        cased = lex is lex_.latin_cased
        for m in lex.regex.finditer(text):
            if cased and claimed and any(a < m.end() and m.start() < b for a, b in claimed):
                continue
            name = lex.group_of(m.group(0), text, m.start())
            if name.startswith(_CLAIM_ONLY):
                if name == lexicon.ANIMAL_PATIENTS:
                    animals.append(m.span())
                elif name == lexicon.OBITUARY:
                    obituary = True
                if lex is lex_.latin:
                    claimed.append(m.span())
                    if name == lexicon.BACKGROUND:
                        background.append(m.span())
                continue  # claimed so no topic reads it; carries nothing itself
            found = [(name, m.start(), m.end())]
            if lex.bounded and name.startswith("rel:"):
                for group, tail in _COMPOUND_TAILS:
                    if t := tail.search(m.group(0)):
                        found.append((group, m.start() + t.start(), m.end()))
            # A one-word phrase of the spaced scripts cannot hold a relevance phrase; one
            # broken by any whitespace (a line break too), or one of the unspaced ones, may.
            # The relevance phrase may run on past the topic phrase ("primeros trasplantes"
            # then "de médula ósea"): only where it starts is bounded.
            if not name.startswith(("rel:", "neg:")) and (
                not lex.bounded or _SPACE.search(m.group(0))
            ):
                run_on = _SPACE.search(text, m.end() + _RUN_ON)  # a whole word at the end
                stop = run_on.start() if run_on else len(text)
                for r in lex.relevance.finditer(text, m.start(), stop):
                    if r.start() >= m.end():
                        break  # the main scan reads it
                    inner = lex.group_of(r.group(0), text, r.start())
                    if inner.startswith("rel:"):
                        found.append((inner, r.start(), r.end()))
            for group, start, end in found:
                anchored = anchored or group.startswith("rel:")
                if group in _NAMING:
                    naming.append((start, end))
                feats.add_at(group, raw, start, end, title_end)
    # a gene therapy named anywhere with a disease whose gene therapies are all made from
    # the patient's blood stem cells (lexicon.GENE_THERAPY_NAMES)
    if "rel:hematopoietic" not in feats.phrases and (gene := _GENE_THERAPY.search(lower)):
        if disease := _GENE_CORRECTED_DISEASE.search(lower):
            for m in (gene, disease):
                feats.add_at("rel:hematopoietic", raw, m.start(), m.end(), title_end)
            anchored = True
    if _SELLER_HEADLINE.fullmatch(lower, 0, title_end):
        feats.add("hype:offer", raw[:title_end])
        feats.names.add("t:hype:offer")
    if obituary and (harm := feats.phrases.get("safety:harm")):
        _drop_kept(feats, "safety:harm", harm, _DEATHS, lower[:title_end])
    if "research:lab" in feats.names and (ageing := feats.phrases.get("hype:anti_aging")):
        _drop_kept(feats, "hype:anti_aging", ageing, _BARE_AGEING, lower[:title_end])
    # (the text is searched for the research record only where there is a word to drop)
    droppable = "hype:warning" in feats.phrases or "hype:unproven" in feats.phrases
    if droppable and _RESEARCH_RECORD.search(lower):
        for group, words in (("hype:warning", _INQUIRY), ("hype:unproven", _CLAIM)):
            if phrases := feats.phrases.get(group):
                _drop_kept(feats, group, phrases, words, lower[:title_end])
    for group, beside in lexicon.DROPPED_BESIDE.items():
        if group in feats.names and not beside.isdisjoint(feats.names):
            _drop(feats, group)
            # a dropped relevance phrase anchors nothing (a plant's "exosomes")
            anchored = anchored and any(n.startswith("rel:") for n in feats.phrases)
    # a PRP clinic's "regenerative medicine", the cord clamped at birth (lexicon.LONE_ANCHORS)
    anchors = {g for g in feats.phrases if g.startswith("rel:")}
    for groups, phrases, context, unless in _LONE_ANCHORS:
        if (
            anchors
            and anchors <= groups
            and (
                phrases is None or all(phrases.search(p) for g in anchors for p in feats.phrases[g])
            )
            and context.search(lower)
            and not (unless and unless.search(lower))
        ):
            for group in anchors:
                _drop(feats, group)
            anchored = False
            break  # every anchor is dropped: no other row can apply
    if not anchored:
        feats.names.add("no_anchor")
    # Lab work ("preclinical models", "in vitro") naming no phase reads like a trial too.
    lab_only = "research:lab" in feats.names and "trials:phase" not in feats.names
    animal_patients = _animals_are_the_patients(lower, animals)
    if (
        (animals or lab_only)
        and ("trials:patients" not in feats.names or animal_patients)
        and not _HUMANS.search(_people_words(lower, animals, animal_patients))
    ):
        for group in [g for g in feats.phrases if g.startswith("trials:")]:
            _drop(feats, group)  # a study in dogs or horses, or in a dish: not a clinical trial
        if animals:  # a vet practice's service page: the model learns what animals mean
            feats.names.add(lexicon.ANIMAL_PATIENTS)
            for group in lexicon.ANIMAL_DROPPED:
                if group in feats.phrases:
                    _drop(feats, group)
    text = lower
    if background:
        text = _blank(text, background, " ")
    if naming:
        # The words that name stem cells ("kök hücre", "stamceller") say which language
        # an item is in, not what it is about: left in, they learn the topics of the
        # few corpus items in that language.
        text = _blank(text, naming, " ")
    # Word pairs skip stopwords: "approval of the cells" gives "approval cells".
    words = [w for w in _WORD.findall(text) if w not in STOPWORDS and len(w) > 1]
    # A number alone ("40", "15") is the corpus's accident; beside a word ("40 adults",
    # "2025 approval") it may say something.
    feats.names.update(["w:" + w for w in words if not w[0].isdigit()])
    feats.names.update([f"w:{a} {b}" for a, b in zip(words, words[1:], strict=False)])
    for run in SPACELESS_RUN.findall(text):
        # No spaces in CJK text: character bigrams stand in for words (Korean's too, as
        # its particles join the word before them; its two-syllable function words are
        # among the stopwords).
        for i in range(len(run) - 1):
            if (bigram := run[i : i + 2]) not in STOPWORDS:
                feats.names.add("w:" + bigram)
    return feats


_DEATHS = re.compile(lexicon.OBITUARY_DEATHS)
_BARE_AGEING = re.compile(lexicon.BARE_AGEING)
_RESEARCH_RECORD = re.compile(lexicon.RESEARCH_RECORD)
_INQUIRY = re.compile(lexicon.INQUIRY_WORDS)
_CLAIM = re.compile(lexicon.CLAIM_WORDS)


def _drop_kept(
    feats: Features, group: str, phrases: list[str], dropped: re.Pattern, title: str
) -> None:
    """Drop the phrases `dropped` matches whole from `group`, which keeps the rest: an
    obituary's death words are no harm (lexicon.OBITUARY), a lab's ageing no claim against
    it (lexicon.BARE_AGEING)."""
    kept = [p for p in phrases if not dropped.fullmatch(p.lower())]
    if not kept:
        _drop(feats, group)
        return
    feats.phrases[group] = kept
    if not any(p.lower() in title for p in kept):
        feats.names.discard("t:" + group)


def _drop(feats: Features, group: str) -> None:
    feats.names -= {group, "t:" + group}
    del feats.phrases[group]


def lexicon_features() -> tuple[str, ...]:
    """Every lexicon group feature, headline variants included (not the claim-only
    "context" groups, which never become features)."""
    names = {
        name for lex in lexicons() for name, *_ in lex.groups if not name.startswith(_CLAIM_ONLY)
    }
    return tuple(sorted(names | {"t:" + name for name in names}))


def prior(feature: str, labels: tuple[str, ...]) -> list[float] | None:
    """Where training starts a lexicon feature, and what L2 pulls it back to: the group's
    strength on its own label (a headline match counts half again) and on any second label
    lexicon.ALSO_PRIORS gives it, zero elsewhere."""
    if feature.startswith("w:") or feature.startswith("watch:"):
        return None
    title = feature.startswith("t:")
    name = feature[2:] if title else feature
    label = name.split(":", 1)[0]
    label = {"rel": "relevant", "neg": "relevant", "ff": "relevant", "no_anchor": "relevant"}.get(
        label, label
    )
    also, strength = lexicon.ALSO_PRIORS.get(name, (None, 0.0))
    if label not in labels and also not in labels:  # a label not being trained has no prior
        return None
    scale = 0.5 if title else 1.0
    out = [0.0] * len(labels)
    if label in labels:  # (a context group has no label of its own, only the second one)
        out[labels.index(label)] = lexicon.PRIORS.get(name, lexicon.DEFAULT_PRIOR) * scale
    if also in labels:
        out[labels.index(also)] = strength * scale
    return out
