"""Tagging: relevance and topics with evidence, corrections that stick and teach, watchlists.

The headlines here are new (not in the corpus), so they test wording the model never saw.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import poll, rss

from digest.classify import (
    LABELS,
    Classifier,
    compile_watchlist,
    default_model,
    lexicon,
    release,
    train_model,
)
from digest.classify.corpus import load_corpus, split_of
from digest.classify.features import (
    LOOKAROUND_OPENERS,
    _Lexicon,
    extract,
    group_feature,
    lexicon_features,
    prior,
    without_lookarounds,
)
from digest.classify.tagger import Tagger
from digest.cli import cli
from digest.config import FeedConfig
from digest.store import now_utc, set_state, write
from digest.store import tags as store_tags
from digest.taxonomy import TOPIC_THRESHOLD, threshold


@pytest.fixture(scope="module")
def clf():
    return Classifier(default_model())


NOT_RELEVANT = [
    ("Robotics club wins state STEM challenge", "Students built a rover that sorts recycling."),
    ("Outage stems from a misconfigured router", "The hospital's email was down for six hours."),
    ("Brainstem compression found in rare headache disorder", "Surgeons describe three cases."),
    ("New cell phone battery cell lasts a week", "The maker's silicon anode holds more charge."),
    ("STEMI network cuts door-to-balloon times", "Regional hospitals share ECGs in real time."),
    ("Autologous CAR-T approved for follicular lymphoma", "The T-cell therapy is given once."),
    ("Quarterly sales of weight-loss shots double", "GLP-1 demand keeps outpacing supply."),
    ("Grape stem cells star in luxury night cream", "The brand says plant stem cells firm skin."),
    # other trades' acronyms: a shipping line, a cardiology society, a school certificate
    # (heldout352: twelve such pages read as stem cell news, 0.97-0.99)
    ("MSC continues to order new box ships", "MSC has ordered more containerships from yards."),
    ("MSC makes history as mega ships arrive in West Africa", ""),
    ("New ESC Guidelines 2023: An overview", "Five new guidelines were presented in the ESC Congress."),
    ("HSC results 2017: Wait finally over for NSW students", ""),
    ("The results are now in", "The Higher School Certificate (HSC) results are available."),
    # a liver disease and public service commissions (heldout353)
    ("Gilead starts phase 3 trial of cilofexor in PSC", "Primary sclerosing cholangitis has no approved drug."),
    ("Primary sclerosing cholangitis (PSC) is a rare liver disease", ""),
    ("Public Service Commissions (PSC)", "The Public Service Commissions (PSCs) are bodies."),
    # a car's stability control, an industrial distributor and a software maker (heldout354)
    ("ESC now compulsory on new cars", "EU law makes electronic stability control mandatory."),
    ("MSC REPORTS FISCAL 2021 FIRST QUARTER RESULTS", "MSC INDUSTRIAL SUPPLY CO. reported sales."),
    ("MSC Software Corporation Q3 2008 Earnings Call Transcript", ""),
    # a tissue's tumours: stromal tumours and sarcomas, a "mesenchymal tumor" (heldout355)
    ("Ripretinib for advanced gastrointestinal stromal tumours", "A GIST is a gut tumour."),
    ("Endometrial stromal sarcoma: a review", "A rare mesenchymal tumor; patients receive drugs."),
    # kinases and a synthase named for the blood cells they are found in (heldout357)
    ("A selective HPK1 inhibitor enhances T cell activation", "HPK1 is expressed in cells of hematopoietic origin."),
    ("Slight improvement of 6MWT with TAS-205 in DMD", "PGD2 is produced by hematopoietic PGD synthase (HPGDS)."),
    ("Hematopoietic cell kinase (HCK) as a target in cancer", "HCK is expressed in hematopoietic cells."),
    # hepatic stellate cells, the liver's scarring cells, abbreviated HSC (heldout366)
    ("Hepatic stellate cells (HSCs) drive liver fibrosis", "HSC activation precedes scarring."),
    ("肝星状细胞的活化", "激活的肝星状细胞(hepatic stellate cells, HSC)是关键. 肝损伤后, HSC发生激活."),
    # stem cell factor, the KIT ligand of mast cells (heldout363)
    ("Stem cell factor programs the mast cell activation phenotype", "SCF is the KIT ligand."),
    # the RNA exosome, a protein complex that breaks down RNA (heldout359)
    ("The eukaryotic RNA exosome", "The exosome is an essential multi-subunit ribonuclease complex."),
    ("Exosome complex", "The exosome complex is a protein complex which can degrade RNA strands."),
    # a wearable monitor's heart patch and a surgeon's biomaterial cardiac patch (heldout524)
    ("Wearable heart patch spots atrial fibrillation", "The adhesive ECG monitor records for two weeks."),
    ("Surgeons repair a ventricular septal defect with a cardiac patch", "The bovine pericardium patch held."),
    # a minor heart attack and a small heart pump are not the press's mini organs (heldout526)
    ("Was it a mini heart attack?", "Chest pain that passes may still be a small heart attack."),
    ("A miniature heart pump wins approval", "The device supports a failing left ventricle."),
    # a plant stem cell headline over a lede that explains human stem cells: still cosmetics
    (
        "Edelweiss stem cell toner: our verdict",
        "Stem cells in people rebuild tissue after injury; the alpine plant version in this "
        "toner only soothes redness.",
    ),
]


@pytest.mark.parametrize("title,summary", NOT_RELEVANT)
def test_false_friends_and_other_modalities_are_not_relevant(clf, title, summary):
    r = clf.classify(title, summary)
    assert not r.relevant, (title, r.relevance, r.evidence)
    assert r.evidence["relevant"], "a 'not relevant' verdict still says why"


RELEVANT = [
    ("Ryoncil sales climb in second quarter", "", {"business"}),
    # the cells by the same acronyms stay the cells (heldout352)
    ("MSC injections restore blood vessels in ischemic limbs", "", set()),
    ("HSC transplant results in 40 patients", "", set()),
    ("hPSCs and iPSC lines for drug screening", "", set()),
    ("PSC lines from patients with Parkinson's", "", set()),
    ("Mesenchymal stromal cells shrink the tumour's blood supply in mice", "", set()),
    ("Endothelial progenitor cells repair blood vessels after stroke", "", set()),
    ("BlueRock implants first patient in registrational study", "", {"trials"}),
    ("Umbilical cord blood bank fined over storage lapses", "", {"regulation"}),
    ("幹細胞治療の自由診療に規制強化", "厚生労働省は再生医療法の改正案を示した。", {"regulation"}),
    ("줄기세포 치료제 임상시험 첫 환자 투여", "척수손상 환자 대상", {"trials"}),
    ("Clínica ofrece células madre para rejuvenecer", "Sin aprobación sanitaria.", set()),
    ("Exosome therapy spas promise to reverse ageing", "No product is approved.", {"hype"}),
    ("Regulator clears two gene therapies for sickle cell disease", "", {"regulation"}),
]


@pytest.mark.parametrize("title,summary,topics", RELEVANT)
def test_relevant_without_saying_stem_cell(clf, title, summary, topics):
    r = clf.classify(title, summary)
    assert r.relevant, (title, r.relevance)
    assert topics <= set(r.topics), (title, r.topics, r.scores)


# A clinic selling its own treatment says "our clinic", "we offer", prices: hype in any language.
CLINIC_VOICE = [
    ("Células-tronco para o joelho em Lisboa", "Nossa clínica oferece infusões em pacotes."),
    ("Stammzellkur am Bodensee", "Unsere Klinik bietet Infusionen; transparente Preise."),
    ("Traitement par cellules souches à Prague", "Notre clinique propose des perfusions."),
]


@pytest.mark.parametrize("title,summary", CLINIC_VOICE)
def test_a_clinic_selling_in_its_own_voice_is_hype(clf, title, summary):
    r = clf.classify(title, summary)
    assert r.relevant and "hype" in r.topics, (title, r.scores)


# A listed company's periodic report, as investor-relations pages title them: "results" is a
# trial's word too, and "Third-Quarter" escaped "quarter" (a hyphen is no word boundary here).
EARNINGS = [
    "Heliocyte Therapeutics Reports Third-Quarter 2026 Financial Results and Business Update",
    "Arbor Stem Cell Sciences reports Q3 2026 results",
    "Cord blood bank group posts half-year results as storage plans rise",
    "Mesoblast reports fiscal 2027 first quarter financial results",
]


@pytest.mark.parametrize("title", EARNINGS)
def test_an_earnings_release_is_business_not_trials(clf, title):
    r = clf.classify(title, "The company develops allogeneic stem cell therapies.")
    assert r.relevant and "business" in r.topics and "trials" not in r.topics, r.scores


def test_a_filing_to_start_a_trial_counts_for_trials_and_a_filing_to_sell_does_not():
    labels = tuple(LABELS)
    ind = prior("regulation:trial_filing", labels)
    bla = prior("regulation:filing", labels)
    assert ind[labels.index("regulation")] > 0 and ind[labels.index("trials")] > 0
    assert bla[labels.index("regulation")] > 0 and bla[labels.index("trials")] == 0
    # a second label outside those being trained is left out, as an own label is
    assert prior("regulation:trial_filing", ("regulation",)) == [ind[labels.index("regulation")]]


def test_a_vet_page_starts_training_against_hype_though_its_group_has_no_label():
    labels = tuple(LABELS)
    vet = prior("context:animal_patients", labels)
    assert vet[labels.index("hype")] < 0
    assert [w for i, w in enumerate(vet) if i != labels.index("hype")] == [0.0] * (len(labels) - 1)
    # with hype not being trained, the context group has no prior at all
    assert prior("context:animal_patients", ("relevant", "trials")) is None
    assert prior("context:obituary", labels) is None


# IND clearances whose ledes name no trial (heldout52): written for this test
IND_CLEARANCES = [
    (
        "Company announces FDA clearance of IND application for iPSC-derived T-cell therapy",
        "The U.S. Food and Drug Administration has cleared the company's Investigational New "
        "Drug application for its off-the-shelf cell therapy made from induced pluripotent "
        "stem cells.",
    ),
    (
        "Regulator accepts IND for cord blood-derived stem cell product",
        "The agency accepted the investigational new drug application for the allogeneic "
        "product, the company said on Monday.",
    ),
]


@pytest.mark.parametrize("title,summary", IND_CLEARANCES)
def test_an_ind_cleared_is_regulation_and_trial_news(clf, title, summary):
    r = clf.classify(title, summary)
    assert r.relevant and {"regulation", "trials"} <= set(r.topics), r.scores


def test_every_assigned_tag_has_evidence_from_the_text(clf):
    title = "FDA approves stem cell therapy after phase 3 trial"
    summary = "The agency cleared the MSC product for children with GVHD."
    r = clf.classify(title, summary)
    assert r.relevant and {"regulation", "trials"} <= set(r.topics)
    for key in ["relevant", *r.topics]:
        assert r.evidence[key], key
        for phrase in r.evidence[key]:
            assert phrase.lower() in f"{title} {summary}".lower(), phrase
    assert set(r.scores) == set(LABELS)
    assert all(0.0 <= s <= 1.0 for s in r.scores.values())


def test_evidence_shows_no_half_syllable_of_a_thai_word(clf):
    # Thai is read in character pairs; a pair that opens on a vowel or tone mark ("ื่" and
    # "่อ" of "เงื่อนไข", a condition) carries weight but is no phrase to show (session 99)
    title = "อย. อนุมัติยาสเต็มเซลล์ตัวแรกของประเทศ"
    summary = "กระทรวงสาธารณสุขออกใบอนุญาตแบบมีเงื่อนไข"
    r = clf.classify(title, summary)
    assert "regulation" in r.topics and "อนุมัติ" in r.evidence["regulation"], r.evidence
    shown = [p for phrases in r.evidence.values() for p in phrases]
    assert not [p for p in shown if unicodedata.category(p[0]).startswith("M")], shown


@pytest.mark.parametrize(
    "title",
    [
        "省卫健委印发干细胞临床研究备案细则",  # simplified, as the lexicon writes it
        "省衛健委印發幹細胞臨床研究備案細則",  # traditional
        "省衛健委印發干細胞臨床研究備案細則",  # the mixed form of converted pages
    ],
)
def test_traditional_and_simplified_chinese_are_read_alike(clf, title):
    r = clf.classify(title, "")
    assert r.relevant and "regulation" in r.topics, (title, r.scores)
    # Evidence quotes the text as written, not its folded form.
    for phrase in r.evidence["relevant"] + r.evidence["regulation"]:
        assert phrase in title, phrase


# Stem cells named in languages the corpus barely covers: the lexicon alone must carry them.
# Thai has no spaces between words, so it is matched like CJK (without word boundaries).
OTHER_SCRIPTS = [
    ("คลินิกความงามโฆษณาฉีดสเต็มเซลล์ให้หน้าเด็ก", "แพทย์เตือนว่ายังไม่มีหลักฐานรองรับ", {"hype"}),
    ("Клиника продавала омоложение стволовыми клетками", "Проверка выявила нарушения.", {"hype"}),
    (
        "Hastanede kök hücre nakli bekleyen çocuklar",
        "Donör bulunamayan aileler yardım istiyor.",
        set(),
    ),
    ("Bệnh viện thực hiện ghép tế bào gốc cho bệnh nhi", "Ca ghép thứ 100 trong năm.", set()),
    (
        "Η έγκριση θεραπείας με βλαστοκύτταρα καθυστερεί",
        "Ο οργανισμός ζήτησε νέα στοιχεία.",
        {"regulation"},
    ),
    ("מחקר חדש על תאי גזע בלב", "החוקרים בדקו את התאים בעכברים.", set()),
    ("سلول‌های بنیادی برای درمان دیابت", "پژوهشگران نتایج را منتشر کردند.", set()),
    # Arabic writes "with the" onto the word: bil-khalaya al-jidh'iya
    (
        "وزارة الصحة تسمح بالعلاج بالخلايا الجذعية في المستشفيات الحكومية",
        "يشمل القرار زراعة نخاع العظم فقط.",
        {"regulation"},
    ),
    (  # permitted: the word carries the regulation, no agency named
        "В Японии разрешили лечить стволовыми клетками ожоги",
        "Решение касается трёх центров.",
        {"regulation"},
    ),
    # Hebrew writes "in the" onto the word too: be-taei geza
    (
        "ניסוי קליני בתאי גזע מחבל הטבור לילדים עם שיתוק מוחין",
        "הילדים הראשונים יקבלו את הטיפול בחודש הבא.",
        {"trials"},
    ),
    (  # komórek: the genitive plural puts an e into the stem
        "Sąd skazał lekarza za podawanie komórek macierzystych bez zezwolenia",
        "Pacjenci płacili za zastrzyki, które miały leczyć stwardnienie rozsiane.",
        {"regulation"},
    ),
    (  # an arrest and a missing permit, in Swedish
        "Polisen griper läkare som sålde stamcellsinjektioner utan tillstånd",
        "Kliniken i Malmö lovade patienterna bot mot MS.",
        {"regulation", "hype"},
    ),
    (  # "Phase-2-Studie": the phase joined to the noun by hyphens
        "Erste Patientin in Phase-2-Studie mit Stammzellen gegen Parkinson behandelt",
        "Die Nervenzellen stammen aus einer Linie embryonaler Stammzellen.",
        {"trials"},
    ),
    (  # βλαστοκυττάρων: the accent moves in the genitive
        "Έγκριση για θεραπεία βλαστοκυττάρων σε παιδιά με λευχαιμία",
        "Ο οργανισμός ενέκρινε τη χρήση της σε δύο νοσοκομεία.",
        {"regulation"},
    ),
]


@pytest.mark.parametrize("title,summary,topics", OTHER_SCRIPTS)
def test_stem_cells_in_other_scripts(clf, title, summary, topics):
    r = clf.classify(title, summary)
    assert r.relevant, (title, r.relevance, r.evidence)
    assert topics <= set(r.topics), (title, r.topics, r.scores)
    for phrase in r.evidence["relevant"]:
        assert phrase in f"{title}. {summary}", phrase


# A topic pattern that spells out "stem cell" would take those words from the relevance
# groups (one alternation, matches do not overlap): it looks around them instead.
STEM_CELL_WORDS = ("stem", "staminal", "madre", "tronco", "souche", "stammzell", "干细胞", "幹細胞")


def test_without_lookarounds_keeps_what_a_pattern_takes():
    assert without_lookarounds(r"(?<!stem\scell\s)agency") == "agency"
    assert without_lookarounds(r"act(?!\s+(?:as|on))") == "act"
    assert without_lookarounds(r"(?!x)stem cell(?=s)") == "stem cell"
    assert without_lookarounds(r"cells?(?![()])\(") == r"cells?\("


def test_topic_patterns_leave_the_stem_cell_words_to_relevance():
    from digest.classify.features import _case_sensitive

    offenders = [
        (label, group, p)
        for table in (lexicon.LATIN, lexicon.CJK)
        for label, groups in table.items()
        if label not in ("relevant", "not_relevant")
        for group, patterns in groups.items()
        for p in patterns
        if not _case_sensitive(p)  # acronyms are matched in a pass of their own
        # at a word's start: "systematic review" is no stem cell word
        and any(
            re.search(rf"(?<![a-z]){re.escape(w)}", without_lookarounds(p).lower())
            for w in STEM_CELL_WORDS
        )
    ]
    assert offenders == []


def _shortest_examples(pattern):
    """One short string per top-level alternative of `pattern`: each repeat taken its least
    number of times, each set's first member, lookarounds skipped (a pattern with one is left
    out by the caller). Not every pattern yields a string it matches; the caller checks."""
    import re._constants as C  # noqa: N812
    import re._parser as parser

    chars = {C.CATEGORY_SPACE: " ", C.CATEGORY_DIGIT: "1"}

    def one(items):
        out = []
        for op, av in items:
            if op == C.LITERAL:
                out.append(chr(av))
            elif op == C.IN:
                first = next((a for o, a in av if o in (C.LITERAL, C.RANGE, C.CATEGORY)), None)
                out.append(
                    chr(first) if isinstance(first, int)
                    else chr(first[0]) if isinstance(first, tuple)
                    else chars.get(first, "a")
                )  # fmt: skip
            elif op == C.CATEGORY:
                out.append(chars.get(av, "a"))
            elif op == C.BRANCH:
                out.append(one(av[1][0]))
            elif op == C.SUBPATTERN:
                out.append(one(av[-1]))
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                out.append(one(av[2]) * av[0])
            elif op in (C.ANY, C.NOT_LITERAL):
                out.append("a")
        return "".join(out)

    tree = parser.parse(pattern)
    if len(tree.data) == 1 and tree.data[0][0] == C.BRANCH:
        return [one(branch) for branch in tree.data[0][1][1]]
    return [one(tree.data)]


def test_no_pattern_carries_a_count_an_f_string_turned_into_a_tuple():
    # In an rf-string "{0,2}" is Python's tuple, written out as "(0, 2)": the pattern then
    # wants those characters and never matches (a first try at context:conditional_trials
    # did this; a count in an rf-string is written "{{0,2}}")
    tuples = [
        p
        for table in (lexicon.LATIN, lexicon.CJK)
        for groups in table.values()
        for patterns in groups.values()
        for p in patterns
        if re.search(r"\(\d+, \d*\)", p)
    ]
    assert tuples == []


def test_no_pattern_is_hidden_behind_an_earlier_one():
    # The scan is one alternation, and where two patterns match at the same place the one
    # listed first wins even if it is shorter: "interim" (trial results) took "interim" from
    # "interim financial report", approval's "licen[cs]\w*" took "licensing agreement" from
    # the deal group, and the brand list took "metodo Stamina" from hype. Each pattern's
    # shortest examples must be read by the pattern's own group.
    hidden = []
    for table in (lexicon.LATIN, lexicon.CJK):
        for label, groups in table.items():
            if label == "context":
                continue  # claims without a feature: no name to check
            for group, patterns in groups.items():
                name = group_feature(label, group)
                for p in patterns:
                    if any(a in p for a in LOOKAROUND_OPENERS):
                        continue  # a lookaround's example would need the words around it
                    for example in _shortest_examples(p):
                        if example.strip() and re.fullmatch(p, example, re.IGNORECASE):
                            if name not in extract(example, "").names:
                                hidden.append((name, example))
    assert hidden == []


@pytest.mark.parametrize(
    "title,group,phrase",
    [
        ("What is the cost of stem cell therapy in Panama?", "hype:clinic", "cost of"),
        ("Clinic sold fake stem cells to patients", "hype:unproven", "fake"),
        ("Cord blood study published in Stem Cell Reports", "research:science", "Reports"),
    ],
)
def test_a_topic_phrase_next_to_stem_cells_leaves_them_relevant(clf, title, group, phrase):
    assert phrase in extract(title, "").phrases[group]
    r = clf.classify(title, "")
    assert r.relevant, (r.relevance, r.evidence)
    assert any("stem cell" in p.lower() for p in r.evidence["relevant"]), r.evidence


@pytest.mark.parametrize(
    "title,group,phrase,naming",
    [
        ("Nigeria records first Stem Cell Transplant", "trials:procedure",
         "first Stem Cell Transplant", "Stem Cell"),
        # the filler may run over a line break, and unspaced scripts have no spaces at all
        ("Hospital's first\nstem-cell\ntransplant", "trials:procedure",
         "first\nstem-cell\ntransplant", "stem-cell"),
        ("10例干细胞患者接受治疗", "trials:cohort", "10例干细胞患者", "干细胞"),
    ],
)  # fmt: skip
def test_a_topic_phrase_running_over_stem_cells_leaves_them_relevant(
    clf, title, group, phrase, naming
):
    """A topic pattern with filler words ("first [...] transplant") can match across the
    words that name stem cells: relevance still reads them (heldout36: a first transplant
    in Nigeria scored 0.15, with no stem-cell word left to anchor it)."""
    f = extract(title, "")
    assert f.phrases[group] == [phrase]
    assert f.phrases["rel:stem_cell"] == [naming]
    assert "no_anchor" not in f.names and "t:rel:stem_cell" in f.names
    assert clf.classify(title, "").relevant


def test_watchlist_tags_like_a_topic_with_its_evidence():
    watch = compile_watchlist("mesoblast", ["Mesoblast"], [r"\bRyoncil\b"])
    r = Classifier(default_model(), (watch,)).classify("Ryoncil launch goes well", "")
    assert "mesoblast" in r.topics and r.evidence["mesoblast"] == ["Ryoncil"]
    r2 = Classifier(default_model(), (watch,)).classify("Mesoblastoma study", "")
    assert "mesoblast" not in r2.topics  # whole words only


def test_a_watchlist_keyword_is_its_words_whatever_the_spaces():
    """A keyword written with a space around it (" Mesoblast ") matched only with those
    spaces in the text, never at a title's start; "cord blood" never across a line break."""
    watch = compile_watchlist("w", [" Mesoblast ", "cord  blood"], [])
    clf = Classifier(default_model(), (watch,))
    assert clf.classify("Mesoblast files", "").evidence["w"] == ["Mesoblast"]
    assert clf.classify("A cord\nblood bank", "").evidence["w"] == ["cord\nblood"]
    assert "w" not in clf.classify("Cord bloodline", "").topics


def test_a_watchlist_keyword_in_chinese_japanese_or_korean_text_needs_no_spaces():
    """Whole words meant a non-word character each side, and CJK characters are word
    characters: 干细胞 never matched in a Chinese headline, nor a company name followed by
    公司 or a Korean particle. Latin words still must not run on."""
    watch = compile_watchlist("w", ["干细胞", "iPS細胞", "Mesoblast", "Ryoncil (R)"], [])
    clf = Classifier(default_model(), (watch,))
    assert clf.classify("国家药监局批准首个干细胞药物上市", "").evidence["w"] == ["干细胞"]
    assert clf.classify("京大がiPS細胞の治験", "").evidence["w"] == ["iPS細胞"]
    assert clf.classify("Mesoblast公司股价上涨", "").evidence["w"] == ["Mesoblast"]
    assert clf.classify("Mesoblast는 승인을 받았다", "").evidence["w"] == ["Mesoblast"]
    assert clf.classify("Sales of Ryoncil (R) grew", "").evidence["w"] == ["Ryoncil (R)"]
    for miss in ("Mesoblastoma study", "xMesoblast", "Ryoncil (R)s"):
        assert "w" not in clf.classify(miss, "").topics, miss


@pytest.mark.timeout(30)
def test_a_watchlist_pattern_that_backtracks_without_end_cannot_hold_tagging():
    """Run by `re`, (a+)+! tries 2**40 ways on forty a's with no "!": one user pattern held a
    fetch or a reclassify for hours. `regex` does not backtrack for ever on it, and a pattern
    it still would, such as (a|aa)+!, is stopped per item and read as no match."""
    watch = compile_watchlist("w", [], [r"(a+)+!", r"(a|aa)+!"])
    clf = Classifier(default_model(), (watch,))
    missed = clf.classify("a" * 40, "")
    assert "w" not in missed.topics
    assert missed.gave_up == ("w",), "the item it gave up on is said, to be reported"
    hit = clf.classify("Shares of aaaa! rose", "")
    assert "w" in hit.topics and hit.evidence["w"] == ["aaaa!"] and hit.gave_up == ()
    # another of the watchlist's regexes matching is a match: nothing was missed
    either = compile_watchlist("w", [], [r"(a|aa)+!", r"a{40}"])
    found = Classifier(default_model(), (either,)).classify("a" * 40, "")
    assert "w" in found.topics and found.gave_up == ()


def test_a_watchlists_regexes_keep_their_own_flags_and_groups():
    """Each regex is a pattern of its own: joined with the keywords into one, a leading
    (?i) raised re.error in the middle of a fetch, and a backreference counted another
    regex's groups."""
    watch = compile_watchlist("cells", ["Mesoblast"], [r"(?x) ryon cil", r"(ips|es)-\1"])
    clf = Classifier(default_model(), (watch,))
    assert clf.classify("Ryoncil sales rise", "").evidence["cells"] == ["Ryoncil"]
    assert clf.classify("An ips-ips cell line", "").evidence["cells"] == ["ips-ips"]
    assert "cells" not in clf.classify("An ips-es cell line", "").topics
    assert clf.classify("Mesoblast files", "").evidence["cells"] == ["Mesoblast"]


def test_the_shipped_model_is_the_one_the_corpus_trains():
    shipped, fresh = default_model(), train_model(fingerprint="shipped")
    assert set(shipped.weights) == set(fresh.weights), "run python -m digest.classify.train"
    worst = max(
        abs(a - b)
        for f in fresh.weights
        for a, b in zip(shipped.weights[f], fresh.weights[f], strict=False)
    )
    assert worst < 1e-3, "run python -m digest.classify.train"


def test_the_shipped_tries_are_the_lexicons_factored():
    from digest.classify import features
    from digest.classify.factor import trie

    shipped = features._shipped_tries()
    lexicons = features.lexicons()
    # each lexicon's whole alternation, and its relevance groups' alternation
    assert len(shipped) == 2 * len(lexicons), "run python -m digest.classify.train"
    for lex in lexicons:
        for alts in (lex.alternatives, lex.naming):
            key = features.trie_key(alts)
            assert shipped.get(key) == trie(alts), "run python -m digest.classify.train"
    # an edited lexicon is factored on the spot, never matched with a stale trie
    edited = [*lexicons.latin.alternatives, "zebrafish\\s+fins?"]
    assert features.trie_key(edited) not in shipped
    assert features.factored(edited) == trie(edited)


def test_corpus_is_large_covers_every_label_and_splits_stably():
    items = load_corpus()
    assert len(items) >= 400
    for split in ("train", "dev", "test"):
        part = [i for i in items if i.split == split]
        assert len(part) >= 40
        assert any(not i.relevant for i in part)
    for topic in LABELS[1:]:
        assert sum(topic in i.topics for i in items) >= 20, topic
    assert len({i.title for i in items}) == len(items), "duplicate headlines"
    assert split_of("Some headline") == split_of("Some headline")


def test_ingest_tags_items_and_corrections_survive_reclassify(db, server):
    url = server.static(
        "/f.xml",
        rss(
            [
                ("g1", "Regulator approves stem cell drug", "The MSC injection was approved."),
                ("g2", "STEM grants for schools", "Money for science classes."),
            ]
        ),
    )
    tagger = Tagger()
    poll(db, [FeedConfig(name="F", url=url)], tagger=tagger)
    rows = {r["guid"]: r for r in db.query("SELECT * FROM items")}
    assert rows["g1"]["relevant"] == 1 and rows["g2"]["relevant"] == 0
    g1 = rows["g1"]["id"]
    tags = {t["tag"]: t for t in store_tags.item_tags(db, g1)}
    assert tags["regulation"]["assigned"] and tags["regulation"]["evidence"]

    with write(db):
        store_tags.set_correction(db, g1, "regulation", -1, now_utc())
        store_tags.set_correction(db, g1, "business", 1, now_utc())
        store_tags.set_correction(db, rows["g2"]["id"], "relevant", 1, now_utc())
    assert tagger.reclassify(db) == 2
    tags = {t["tag"]: t for t in store_tags.item_tags(db, g1)}
    assert not tags["regulation"]["assigned"] and tags["regulation"]["source"] == "correction"
    assert tags["business"]["assigned"]
    assert tagger.version.endswith(store_tags.corrections_fingerprint(db)), "retrained"
    g2 = db.execute("SELECT relevant FROM items WHERE guid = 'g2'").fetchone()[0]
    assert g2 == 1


def test_new_items_are_stored_with_the_verdict_reclassify_would_write(db, server):
    """Ingest writes a new item's verdict columns with its row (no UPDATE after); they must
    be what re-tagging the stored item writes, and its tag rows too."""
    url = server.static(
        "/f.xml",
        rss(
            [
                ("g1", "Regulator approves stem cell drug", "The MSC injection was approved."),
                ("g2", "STEM grants for schools", "Money for science classes."),
                ("g3", "Clinic sells stem cell facelifts", "Reverse aging infusions, it says."),
            ]
        ),
    )
    tagger = Tagger()
    poll(db, [FeedConfig(name="F", url=url)], tagger=tagger)

    def stored():
        items = db.execute(
            "SELECT guid, relevant, relevance, classifier, classified_at IS NOT NULL FROM items "
            "ORDER BY guid"
        ).fetchall()
        tags = db.execute(
            "SELECT item_id, tag, score, evidence, source, assigned FROM item_tags "
            "ORDER BY item_id, tag"
        ).fetchall()
        return items, tags

    at_ingest = stored()
    assert [r[1] for r in at_ingest[0]] == [1, 0, 1]
    assert all(r[3] == tagger.version and r[4] for r in at_ingest[0])
    assert tagger.reclassify(db) == 3
    assert stored() == at_ingest


def test_clearing_a_correction_restores_the_models_verdict_at_the_topic_threshold(db, server):
    url = server.static("/f.xml", rss([("g1", "Regulator approves stem cell drug", "Approved.")]))
    poll(db, [FeedConfig(name="F", url=url)], tagger=Tagger())
    item_id = db.execute("SELECT id FROM items").fetchone()[0]
    # A topic score from its threshold up is on, just below it off; trials, hype and
    # regulation (0.25) have their own, the other topics 0.35.
    scores = {"regulation": 0.26, "trials": 0.26, "hype": 0.26, "safety": 0.34, "business": 0.30}
    with write(db):
        for tag, score in scores.items():
            db.execute(
                "INSERT OR REPLACE INTO item_tags (item_id, tag, score, evidence, source, "
                "assigned) VALUES (?, ?, ?, '[]', 'model', 0)",
                [item_id, tag, score],
            )
            store_tags.set_correction(db, item_id, tag, -1, now_utc())
            store_tags.set_correction(db, item_id, tag, None, now_utc())
    tags = {t["tag"]: t for t in store_tags.item_tags(db, item_id)}
    assert tags["regulation"]["assigned"] and tags["regulation"]["source"] == "model"
    assert tags["trials"]["assigned"]
    assert tags["hype"]["assigned"]
    assert "safety" not in tags or not tags["safety"]["assigned"]
    assert "business" not in tags or not tags["business"]["assigned"]
    assert [threshold(t) for t in ("relevant", "regulation", "trials", "hype", "safety")] == [
        0.5,
        0.25,
        0.25,
        0.25,
        TOPIC_THRESHOLD,
    ]


def test_the_tagger_learns_from_corrections(db, server):
    # A house term the corpus never uses; the user teaches that it means stem cells.
    lines = [
        (f"h{i}", f"Zorblast product line {w} in Osaka", "Company news.")
        for i, w in enumerate(["expands", "grows", "doubles", "widens", "extends", "opens"])
    ]
    url = server.static("/f.xml", rss(lines))
    tagger = Tagger()
    poll(db, [FeedConfig(name="F", url=url)], tagger=tagger)
    probe = ("Zorblast product line triples in Kobe", "Company news.")
    before = tagger.classifier_for(db).classify(*probe).relevance
    assert before < 0.5
    with write(db):
        for (item_id,) in db.execute("SELECT id FROM items").fetchall():
            store_tags.set_correction(db, item_id, "relevant", 1, now_utc())
    after = tagger.classifier_for(db).classify(*probe).relevance
    assert after > before + 0.2, (before, after)
    # The retrained model is cached under the corrections' fingerprint, not retrained per run.
    cached = json.loads(
        db.execute("SELECT value FROM state WHERE key='classifier.model'").fetchone()[0]
    )
    assert cached["fingerprint"] == f"{store_tags.corrections_fingerprint(db)}@{release()}"
    # A model cached by an earlier release (another lexicon or shipped model) is retrained,
    # though the corrections have not changed.
    stale = dict(
        cached, fingerprint=f"{store_tags.corrections_fingerprint(db)}@0000", bias=[-9] * 7
    )
    with write(db):
        set_state(db, "classifier.model", json.dumps(stale))
    fresh = Tagger()._model(db, store_tags.corrections_fingerprint(db))
    assert fresh.bias != stale["bias"] and fresh.fingerprint.endswith(release())


def test_classify_jsonl_passes_fields_through_and_reports_bad_lines(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps(
            {"id": 7, "title": "iPSC heart patches enter phase 2 trial", "summary": "", "x": [1]}
        )
        + "\nnot json\n"
        + json.dumps({"title": "Battery cell plant opens", "summary": "fuel cell too"})
        + '\n{"title": 5}\n{"title": "MSC product approved", "summary": null}\n'
        + '{"title": "cut short"\r\n',
        encoding="utf-8",
    )
    res = CliRunner().invoke(cli, ["classify", "--jsonl", str(src)])
    assert res.exit_code == 1
    assert f"{src}:2: skipped: not JSON (Expecting value at column 1)" in res.stderr
    assert f"{src}:4: skipped: title must be a string, not 5" in res.stderr
    # the column where the line ends, not column 1 of a line after it
    assert f"{src}:6: skipped: not JSON (Expecting ',' delimiter at column 22)" in res.stderr
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(out) == 3 and out[2]["summary"] is None  # null is no summary, passed back
    assert out[0]["id"] == 7 and out[0]["x"] == [1] and out[0]["relevant"] is True
    assert "trials" in out[0]["topics"] and out[0]["evidence"]["trials"]
    assert set(out[0]["scores"]) == set(LABELS)
    assert out[1]["relevant"] is False

    res = CliRunner().invoke(
        cli, ["classify", "--jsonl", "-"], input='{"title": "MSC exosome trial"}\n'
    )
    assert res.exit_code == 0 and json.loads(res.stdout)["relevant"] is True

    latin1 = tmp_path / "latin1.jsonl"  # one line saved in another encoding
    latin1.write_bytes(
        '{"title": "Caf\u00e9 owner\u2019s stem cell clinic fined"}\n'.encode("cp1252")
        + b'{"title": "MSC trial doses first patient"}\n'
    )
    res = CliRunner().invoke(cli, ["classify", "--jsonl", str(latin1)])
    assert res.exit_code == 1 and isinstance(res.exception, SystemExit)
    assert f"{latin1}:1: skipped: not UTF-8 text (a stray byte at column 15)" in res.stderr
    assert json.loads(res.stdout)["title"] == "MSC trial doses first patient"


def test_an_escaped_half_surrogate_comes_back_escaped_and_the_rest_go_on(tmp_path):
    """JSON may escape half of a UTF-16 pair ("\\ud800"), which no UTF-8 text can hold:
    writing it back raised UnicodeEncodeError, a traceback that lost every later line."""
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"title": "Stem cell trial \\ud800 doses first patient", "note": "caf\\u00e9 \\udc00"}\n'
        + json.dumps({"title": "MSC product approved"})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(cli, ["classify", "--jsonl", str(src), "--out", str(out)])
    assert res.exit_code == 0, res.output
    first, second = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert first["title"] == "Stem cell trial \ud800 doses first patient"
    assert first["note"] == "caf\u00e9 \udc00" and first["relevant"] is True
    assert second["title"] == "MSC product approved" and second["relevant"] is True
    assert "\\ud800" in out.read_text(encoding="utf-8")  # escaped, so the file is UTF-8


def test_a_line_longer_than_the_cap_is_skipped_without_being_read_whole(tmp_path, monkeypatch):
    """A file of one huge line (a JSON array of everything, /dev/zero) used to be read whole
    into memory (5 GB in 5 s from /dev/zero); now a line over MAX_LINE is read past in
    pieces and reported. The cap is lowered here so the test writes kilobytes, not 16 MiB."""
    from digest import tagging

    monkeypatch.setattr(tagging, "MAX_LINE", 1000)
    src = tmp_path / "in.jsonl"
    one = json.dumps({"title": "MSC trial doses first patient"})
    huge = "[" + ",".join([one] * 200) + "]"  # about 8,000 characters on one line
    src.write_text(f"{one}\n{huge}\n{one}\n{huge}", encoding="utf-8")  # the last: no newline
    res = CliRunner().invoke(cli, ["classify", "--jsonl", str(src)])
    assert res.exit_code == 1
    assert [json.loads(line)["relevant"] for line in res.stdout.splitlines()] == [True, True]
    for n in (2, 4):
        assert f"{src}:{n}: skipped: longer than 1,000 characters (one JSON object a line)" in (
            res.stderr
        )


def test_eval_prints_per_label_scores_and_the_readme_quotes_them():
    """The README's table is what `digest eval` prints: it drifted once, as the model was
    retrained after the table was written."""
    import re

    res = CliRunner().invoke(cli, ["eval"])
    assert res.exit_code == 0
    printed = {}
    for label in LABELS:
        (row,) = [line.split() for line in res.stdout.splitlines() if line.startswith(label + " ")]
        printed[label] = row[1:5]  # P, R, F1, F1 after
    assert "predicted relevant" in res.stdout and "F1 after" in res.stdout
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    quoted = {
        m[1]: m[2].split(" | ")
        for m in re.finditer(
            r"^\| (\w+) \| ([\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+) \|$", readme, re.M
        )
        if m[1] in LABELS
    }
    assert quoted == printed
    corrections = re.search(r"with the (\d+) dev items", res.stdout)[1]
    assert f"the dev split's {corrections} corrections" in readme
    accuracy = re.search(r"accuracy (\d\.\d+)", res.stdout)[1]
    assert f"Relevance accuracy on the test split is {accuracy}." in readme


def test_real_published_feeds_are_not_mistaken_for_stem_cell_news():
    """The shared corpus: 1,200 items of real published news and blogs (games, tech, world
    news, science), never seen by the model and none of it about stem cells. Almost none
    may be tagged relevant (one borderline item: lab-grown meat)."""
    from conftest import CORPUS

    from digest.errors import FeedError
    from digest.parse import parse_feed

    clf = Classifier(default_model())
    total = flagged = 0
    for path in sorted(CORPUS.iterdir()):
        if path.name == "MANIFEST.tsv":
            continue
        try:
            parsed = parse_feed(path.read_bytes(), {}, None)
        except FeedError:
            continue
        for e in parsed.entries:
            total += 1
            flagged += clf.classify(e.title, e.summary).relevant
    assert total > 1000
    assert flagged / total <= 0.005, (flagged, total)


def test_eval_on_your_own_labelled_items(tmp_path):
    rows = [
        {"title": "Regulator approves cord blood MSC product for GvHD", "summary": "The agency "
         "granted conditional approval to the umbilical cord stem cell therapy.",
         "relevant": True, "topics": ["regulation"], "url": "https://example.org/1"},
        {"title": "Quarterly sales of the weight-loss injection beat forecasts", "summary":
         "The GLP-1 drug lifted revenue again.", "relevant": False, "topics": []},
    ]  # fmt: skip
    path = tmp_path / "mine.jsonl"
    lines = [json.dumps(r) for r in rows] + ['{"title": "no label"}', "not json"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", "--labelled", str(path)])
    assert res.exit_code == 0, res.output
    assert "2 labelled items" in res.stdout and "(1 relevant" in res.stdout
    assert "Relevance accuracy 1.000 (tp 1, fp 0, fn 0, tn 1)" in res.stdout
    # a topic no item has and none was given scores nothing: a dash, not a failing 0.00
    (trials,) = [line for line in res.stdout.splitlines() if line.startswith("trials ")]
    assert trials.split() == ["trials", "—", "—", "—", "0"], trials
    assert "mine.jsonl:3: skipped: relevant must be true or false" in res.stderr
    assert "mine.jsonl:4: skipped" in res.stderr

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "x", "relevant": true, "topics": ["gossip"]}\n', encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", "--labelled", str(bad)])
    assert res.exit_code == 1
    assert "topics must be a list of" in res.stderr and "no usable labelled items" in res.stderr
    assert 'hint: one JSON object a line: {"title"' in res.stderr


def test_eval_on_labelled_items_lists_the_topics_that_differ(tmp_path):
    # a relevant item labelled with no topic that reads as regulation, and one labelled as
    # trial news that reads as none: each is listed with its line, the score, and for a topic
    # the labels lack, the phrases that carried it
    rows = [
        {"title": "Regulator approves cord blood MSC product for GvHD", "summary": "The agency "
         "granted conditional approval to the umbilical cord stem cell therapy.",
         "relevant": True, "topics": []},
        {"title": "Stem cell pioneer honoured at gala dinner", "summary": "The biologist who "
         "first grew embryonic stem cells received a lifetime award.",
         "relevant": True, "topics": ["trials"]},
        {"title": "Weight-loss injection sales beat forecasts", "summary": "Revenue rose.",
         "relevant": False, "topics": []},
    ]  # fmt: skip
    path = tmp_path / "mine.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", "--labelled", str(path)])
    assert res.exit_code == 0, res.output
    assert "Topics that differ from the labels (2 relevant items):" in res.stdout
    (first,) = [ln for ln in res.stdout.splitlines() if ln.startswith("  line 1: ")]
    assert re.match(r"  line 1: extra regulation \([01]\.\d\d: [^)]*approv", first), first
    (second,) = [ln for ln in res.stdout.splitlines() if ln.startswith("  line 2: ")]
    assert re.match(r"  line 2: missed trials \(0\.\d\d\): Stem cell pioneer", second), second
    assert "line 3" not in res.stdout  # not relevant: its topics are not scored


def test_words_that_name_stem_cells_are_not_word_features():
    # In a language with few corpus items, "kök" and "hücre" would stand for the language
    # and learn the topics of its items; the lexicon group carries the relevance instead.
    f = extract("Kök hücre tedavisi için yeni yönetmelik", "Stem cells and iPSCs in the rules")
    assert {"rel:stem_cell", "rel:pluripotent", "regulation:law"} <= f.names
    assert not {"w:kök", "w:hücre", "w:stem", "w:cells", "w:ipscs"} & f.names
    assert {"w:tedavisi", "w:yeni", "w:yönetmelik", "w:rules"} <= f.names


def test_function_words_and_bare_numbers_are_not_word_features():
    # Polish "nie", Czech "za" and Russian "на" say which language an item is in; the few
    # corpus items in each had taught them topic weights (heldout40: a Polish clinic page read
    # as trial news on "nie" and "pacjent"). A bare number is the corpus's accident ("40" had
    # learned trials); beside a word it stays, as in "40 adults".
    f = extract("Klinika nie oferuje terapii za darmo", "Клиника на окраине города; 40 adults")
    assert not {"w:nie", "w:za", "w:на", "w:40"} & f.names
    assert {"w:klinika", "w:oferuje", "w:darmo", "w:40 adults"} <= f.names
    # Korean's function words come as syllable pairs, like the rest of its text
    k = extract("병원에서 줄기세포 시술이 있다", "")
    assert not {"w:에서", "w:있다"} & k.names and "w:병원" in k.names


def test_vowel_signs_stay_inside_their_word():
    # Devanagari, Tamil and Bengali vowel signs are combining marks, not \w: a word of those
    # scripts must stay whole, not fall apart into consonant fragments (heldout85)
    f = extract("भारतातील पहिले रुग्णालय", "மருத்துவ ஆராய்ச்சியில்; ক্লিনিকের খরচ")
    assert {"w:भारतातील", "w:पहिले", "w:रुग्णालय", "w:மருத்துவ", "w:ক্লিনিকের"} <= f.names
    assert not {"w:रत", "w:पह", "w:लय"} & f.names


def test_arabic_vowel_marks_do_not_hide_a_word():
    # "الجذعيّة" carries a shadda; the lexicon spells "الجذعية" (heldout41: a beauty page)
    f = extract("انتشرت تقنيّة الخلايا الجذعيّة في عالم الجمال", "")
    assert "rel:stem_cell" in f.names


def test_an_ageing_population_is_not_anti_ageing():
    # Demography is claimed before the topics read it, and carries no feature of its own.
    f = extract("Ageing population drives demand for stem cell research", "Populations age fast.")
    assert not any(n.startswith(("hype:", "t:hype:", "context:", "t:context:")) for n in f.names)
    assert "hype:anti_aging" in extract("Anti-ageing stem cell drips sold at spas", "").names


def test_researchers_reporting_on_patients_are_not_a_lab_study(clf):
    # "Researchers" is who did the work, not where: only animals and the bench say preclinical.
    f = extract("Researchers report improvement in ALS patients given stem cells", "")
    assert "research:people" in f.names and "research:lab" not in f.names
    assert "research:lab" in extract("Researchers test stem cells in mice", "").names
    r = clf.classify(
        "Researchers report improvement in ALS patients given nerve-supporting stem cells",
        "Muscle strength declined more slowly in the treated group over 28 weeks.",
    )
    assert "trials" in r.topics, r.scores


# A phrase and the lexicon group that must read it: (why, text, group, phrase).
LEXICON_CUES = [
    # Trial reports in any language often name no trial, only how many people were treated.
    ("count", "Stem cells restore sight in two blind patients", "trials:cohort",
     "two blind patients"),
    ("count", "Second patient receives stem cell transplant for ALS", "trials:cohort",
     "Second patient"),
    ("count", "Staminali, trattati 12 pazienti con sclerosi multipla", "trials:cohort",
     "12 pazienti"),
    ("count", "干细胞治疗20名患者的结果公布", "trials:cohort", "20名患者"),
    # "A 61-year-old woman received..." is how case reports and hospital firsts read.
    ("case", "A 61-year-old woman receives her own marrow cells for heart failure",
     "trials:case", "61-year-old woman"),
    ("case", "52-jährige Patientin erhält Stammzellen", "trials:case", "52-jährige Patientin"),
    ("case", "Un hombre de 58 años recibe células madre", "trials:case", "hombre de 58 años"),
    ("case", "45岁患者接受干细胞治疗", "trials:case", "45岁患者"),
    # Clinic copy rarely doubts itself: "no operation, no pain" is how it sells.
    ("pitch", "Stem cell shots fix knees without surgery", "hype:pitch", "without surgery"),
    ("pitch", "Kök hücre ile ağrısız tedavi", "hype:pitch", "ağrısız"),
    ("pitch", "Léčba kmenovými buňkami bez operace", "hype:pitch", "bez operace"),
    ("pitch", "Tế bào gốc chữa khớp không cần phẫu thuật", "hype:pitch", "không cần phẫu thuật"),
    ("pitch", "줄기세포 주사, 수술 없이 당일 퇴원", "hype:pitch", "수술 없이"),
    ("pitch", "Células madre para la rodilla sin cirugía", "hype:pitch", "sin cirugía"),
    ("names", "iPS-derived retina sheets stay stable", "rel:pluripotent", "iPS-derived"),
    ("clinic", "Stem cell klinikleri", "hype:clinic", "klinikleri"),  # Turkish: clinics
    # Wordings each real-news set missed when it was scored once (see docs/real-news.md).
    ("heldout12", "The Food and Drug Administration turned the therapy down", "regulation:agency",
     "Food and Drug Administration"),
    ("heldout12", "Gli esosomi vengono pubblicizzati come una cura", "rel:exosome", "esosomi"),
    ("heldout12", "Eksozom uygulaması hakkında", "rel:exosome", "Eksozom"),
    ("heldout12", "干细胞外泌体面膜", "rel:exosome", "外泌体"),
    ("heldout12", "แพทยสภาเตือนคลินิกสเต็มเซลล์", "regulation:agency", "แพทยสภา"),
    ("heldout12", "Premières greffes de cellules souches chez 3 patientes", "trials:procedure",
     "Premières greffes"),
    ("heldout12", "Premières greffes de cellules souches chez 3 patientes", "trials:cohort",
     "3 patientes"),
    ("heldout13", "Matične ćelije: lek ili samo nada", "rel:stem_cell", "Matične ćelije"),
    ("heldout13", "Presaditev krvotvornih matičnih celic", "rel:stem_cell", "matičnih celic"),
    ("heldout13", "ஸ்டெம் செல் சிகிச்சை ஆபத்தானது", "rel:stem_cell", "ஸ்டெம் செல்"),
    ("heldout13", "A köldökzsinórvér klinikai alkalmazása", "rel:hematopoietic", "köldökzsinórvér"),
    ("heldout13", "A hatóság engedélyt adott", "regulation:approval", "engedélyt"),
    ("heldout13", "engedély nélküli őssejtkezelések", "hype:unproven", "engedély nélküli"),
    ("heldout13", "Sở Y tế TP.HCM đình chỉ cơ sở", "regulation:enforcement", "đình chỉ"),
    ("heldout13", "Kök Hücre Çalışmaları Hakkında Genelge", "regulation:law", "Genelge"),
    ("heldout13", "565 regisztrált klinikai vizsgálat folyik", "trials:trial", "klinikai vizsgálat"),
    ("heldout13", "Pierwszy chory otrzymał już dawkę", "trials:dosing", "Pierwszy chory"),
    ("heldout13", "ocena bezpieczeństwa i potencjalnej skuteczności", "trials:design",
     "bezpieczeństwa i potencjalnej skuteczności"),
    ("heldout13", "Новую методику опробовали на себе 10 человек", "trials:cohort", "10 человек"),
    ("heldout13", "soins non-autorisés par la FDA", "hype:unproven", "non-autorisés"),
    ("heldout13", "Beware of treatments offered without regulatory approval", "hype:unproven",
     "without regulatory approval"),
    ("heldout14", "Kamieninių ląstelių terapija klinikoje", "rel:stem_cell", "Kamieninių ląstelių"),
    ("heldout14", "Terapia con células mesenquimales de cordón", "rel:msc", "mesenquimales"),
    ("heldout14", "Statsforvalteren fant lovbrudd i klinikkens annonse", "regulation:agency",
     "Statsforvalteren"),
    ("heldout14", "Statsforvalteren fant lovbrudd i klinikkens annonse", "regulation:law", "lovbrudd"),
    ("heldout14", "Statsforvalteren fant lovbrudd i klinikkens annonse", "hype:unproven", "annonse"),
    ("heldout14", "Hun så en reklame for stamcellebehandling", "hype:unproven", "reklame"),
    ("heldout14", "De Inspectie Gezondheidszorg en Jeugd trekt de erkenning in", "regulation:agency",
     "Inspectie Gezondheidszorg en Jeugd"),
    ("heldout14", "De behandeling is niet bewezen effectief", "hype:unproven", "niet bewezen"),
    ("heldout14", "Fimea valvoo kudoslaitoksia", "regulation:enforcement", "valvoo"),
    ("heldout14", "Die Behörde hat die Therapie untersagt", "regulation:enforcement", "untersagt"),
    ("heldout14", "Об этом сообщил министр здравоохранения", "regulation:agency",
     "министр здравоохранения"),
    ("heldout14", "She saw an ad for stem cell shots", "hype:unproven", "an ad"),
    ("heldout14", "Cell therapy sold outside a clinical trial", "hype:unproven",
     "outside a clinical trial"),
    ("heldout14", "Se evaluó la eficacia y seguridad del implante", "trials:design",
     "eficacia y seguridad"),
    ("heldout14", "患者6人で安全性と効果を評価する", "trials:design", "安全性と効果を評価"),
    ("heldout14", "厚労省はCAR-T細胞療法を承認した", "neg:car_t", "CAR-T"),
    ("heldout14", "厚労省は遺伝子治療薬を承認した", "neg:other_modality", "遺伝子治療"),
    ("heldout15", "חולדות משותקות שקיבלו את תאי הגזע הלכו שוב", "rel:stem_cell", "תאי הגזע"),
    ("heldout15", "中國幹細胞詐騙猖獗", "hype:unproven", "詐騙"),
    ("heldout15", "Tế bào gốc: tiềm năng, hy vọng và cường điệu", "hype:unproven", "cường điệu"),
    ("heldout15", "Their injection is not authorized by the FDA", "hype:unproven",
     "not authorized"),
    ("heldout15", "Léčba kmenovými buňkami představuje revoluční metodu", "hype:pitch", "revoluční"),
    ("heldout15", "Primul transplant de celule stem de la Constanța a reușit", "trials:procedure",
     "Primul transplant"),
    ("heldout15", "Με βάση το άρθρο 48 του Νόμου 3984 για τα βλαστοκύτταρα", "regulation:law", "Νόμου"),
    # The concept probe in fourteen more languages (approval, arrest, warning, first patient, results)
    ("probe", "Lääkeviranomainen hyväksyi kantasolulääkkeen", "regulation:approval", "hyväksyi"),
    ("probe", "Policija sulaikė gydytoją", "regulation:enforcement", "sulaikė"),
    ("probe", "Ārsti brīdina par nepierādītām terapijām", "hype:unproven", "nepierādītām"),
    ("probe", "Arstid hoiatavad patsiente", "hype:warning", "hoiatavad"),
    ("probe", "Pesakit pertama menerima dos sel stem", "trials:dosing", "Pesakit pertama"),
    ("probe", "Pesakit pertama menerima dos sel stem", "rel:stem_cell", "sel stem"),
    ("probe", "Izboljšala je hojo pri 12 od 20 bolnikov", "trials:cohort", "12 od 20"),
    ("probe", "Inaresto ang doktor nang walang lisensya", "hype:unproven", "walang lisensya"),
    ("probe", "স্টেম সেল ক্লিনিক্যাল ট্রায়ালে প্রথম রোগী", "trials:trial", "ক্লিনিক্যাল ট্রায়াল"),
    ("probe", "یہ کلینک اسٹیم سیل بیچتا ہے", "hype:clinic", "کلینک"),
    # The second concept probe: lawsuits, salons, sales copy, travel abroad, outcomes told
    # without a trial word, guidelines
    ("probe2", "Patients sue a stem cell clinic", "regulation:enforcement", "sue"),
    ("probe2", "Pacjenci złożyli pozew przeciwko klinice", "regulation:enforcement", "pozew"),
    ("probe2", "患者がクリニックを提訴", "regulation:enforcement", "提訴"),
    ("probe2", "Patiënten klagen kliniek aan", "regulation:enforcement", "klagen"),
    ("probe2", "Patiënten klagen kliniek aan", "hype:clinic", "kliniek"),  # not swallowed
    ("probe2", "Stammzellprodukte aus dem Kosmetikstudio", "hype:clinic", "Kosmetikstudio"),
    # a university's clinic is claimed as a hospital's name; a clinic on its own is not
    ("heldout19", "A klinikán őssejtkezelést kínálnak", "hype:clinic", "klinikán"),
    ("probe2", "Células madre para la rodilla: consulta gratuita", "hype:offer", "consulta gratuita"),
    ("probe2", "줄기세포 무릎 치료 무료 상담", "hype:offer", "무료 상담"),
    ("probe2", "Продукты со стволовыми клетками не зарегистрированы", "hype:unproven",
     "не зарегистрированы"),
    ("probe2", "Familien reisen ins Ausland für Stammzellspritzen", "hype:tourism", "ins Ausland"),
    ("probe2", "Pacjenci z chorobą Parkinsona, którzy otrzymali komórki", "trials:cohort",
     "Pacjenci z chorobą Parkinsona, którzy"),
    ("probe2", "Patients walk better two years after the transplant", "trials:results",
     "years after the transplant"),
    ("probe2", "Ministerie publiceert richtlijnen voor stamcelbanken", "regulation:guidance",
     "richtlijnen"),
    # Third probe: a provider describing its own treatment, with no word of doubt.
    ("probe3", "Fat is taken by mini-liposuction", "hype:service", "mini-liposuction"),
    ("probe3", "Stammzellen werden mit plättchenreichem Plasma kombiniert", "hype:service",
     "plättchenreichem Plasma"),
    ("probe3", "Kolik stojí léčba kmenovými buňkami?", "hype:service", "Kolik stojí"),
    ("probe3", "Сколько стоит лечение стволовыми клетками?", "hype:service", "Сколько стоит"),
    ("probe3", "幹細胞治療の費用はいくらですか", "hype:service", "費用はいくら"),
    # "who can undergo" claims only its own words: the stem-cell word after it still counts
    ("probe3", "Wie kan een stamcelbehandeling ondergaan?", "hype:service", "Wie kan"),
    ("probe3", "Wie kan een stamcelbehandeling ondergaan?", "rel:stem_cell", "stamcelbehandeling"),
    ("probe3", "哪些人可以接受干细胞治疗？", "rel:stem_cell", "干细胞"),
    ("probe3", "Kmeňové bunky majú liečebné, regeneračné a hojivé schopnosti", "hype:service",
     "liečebné, regeneračné a hojivé schopnosti"),
    ("probe3", "Los tratamientos con células madre se utilizan para tratar muchas enfermedades",
     "hype:service", "se utilizan para tratar muchas"),
    ("probe3", "Рандомизированное исследование второй фазы", "trials:design", "Рандомизированное"),
    ("probe3", "Рандомизированное исследование второй фазы", "trials:phase", "второй фазы"),
    ("probe3", "一项随机对照研究", "trials:design", "随机对照"),
    # The seventeenth real-news set's hype misses, as concepts in their neighbours' words too.
    ("heldout16", "Klinikken vildledte patienter om stamcellekure", "hype:unproven", "vildledte"),
    ("heldout16", "Klinikken villeder pasienter om stamceller", "hype:unproven", "villeder"),
    ("heldout16", "Kliniken vilseleder patienter om stamceller", "hype:unproven", "vilseleder"),
    ("heldout16", "Клиниката подвежда пациентите", "hype:unproven", "подвежда"),
    ("heldout16", "Клиника вводит пациентов в заблуждение", "hype:unproven", "в заблуждение"),
    ("heldout16", "Mainos on harhaanjohtava, sanoo virasto", "hype:unproven", "harhaanjohtava"),
    ("heldout16", "Forbrugerstyrelsen kritiserer en stamcellebank", "regulation:agency",
     "Forbrugerstyrelsen"),
    ("heldout16", "Konsumentverket granskar reklam för stamceller", "regulation:agency",
     "Konsumentverket"),
    ("heldout16", "Hän matkusti Meksikoon kantasoluhoitoon", "hype:tourism",
     "matkusti Meksikoon"),
    ("heldout16", "Potilaat lähtevät ulkomaille kantasoluhoitoon", "hype:tourism", "ulkomaille"),
    ("heldout16", "คลินิกอวดอ้างว่าสเต็มเซลล์รักษาได้ทุกโรค", "hype:unproven", "อวดอ้าง"),
    ("heldout16", "Липосукция под локална анестезия", "hype:service", "Липосукция"),
    ("heldout16", "Липосукция под локална анестезия", "hype:service", "локална анестезия"),
    ("heldout16", "Колко струва лечението със стволови клетки?", "hype:service", "Колко струва"),
    ("heldout16", "Hvad koster en stamcellebehandling?", "hype:service", "Hvad koster"),
    # The eighteenth set's relevance misses: languages and spellings the lexicon lacked.
    ("heldout17", "Alimlər gövdə hüceyrələrindən dəri yetişdiriblər", "rel:stem_cell",
     "gövdə hüceyrələrindən"),
    ("heldout17", "Transplant i qelizave staminale në Shkup", "rel:stem_cell", "qelizave staminale"),
    ("heldout17", "Stofnfrumur notaðar í nýrri meðferð", "rel:stem_cell", "Stofnfrumur"),
    ("heldout17", "Центар за матични клетки во Скопје", "rel:stem_cell", "матични клетки"),
    ("heldout17", "স্টেম-সেলের গবেষণা", "rel:stem_cell", "স্টেম-সেল"),
    ("heldout17", "ஸ்டெம்செல் சிகிச்சை", "rel:stem_cell", "ஸ்டெம்செல்"),
    ("heldout17", "quảng cáo tế bào máu gốc CD34+", "rel:stem_cell", "tế bào máu gốc"),
    ("heldout17", "बिना ऑपरेशन स्टेम सेल से इलाज", "hype:pitch", "बिना ऑपरेशन"),
    ("heldout17", "Tilraunir með stofnfrumur hefjast", "trials:trial", "Tilraunir með"),
    ("heldout17", "Tilraunir með stofnfrumur hefjast", "rel:stem_cell", "stofnfrumur"),
    ("heldout17", "Kahramanmaraş İl Sağlık Müdürlüğü soruşturma başlattı", "regulation:agency",
     "Sağlık Müdürlüğü"),  # a dotted capital İ does not lower to one character: "il" is not read
    ("heldout17", "el primer enfermo tratado con células madre", "trials:dosing", "primer enfermo"),
    # Languages added from dictionaries before any news in them was read (session 19). The
    # scripts whose endings or vowel signs sit on the stem are read unbounded: an inflected
    # form still shows its stem.
    ("script", "ღეროვანი უჯრედების ბანკი თბილისში", "rel:stem_cell", "ღეროვანი უჯრედ"),
    ("script", "ցողունային բջիջներով բուժում", "rel:stem_cell", "ցողունային բջիջ"),
    ("script", "మూలకణాల చికిత్సపై అధ్యయనం", "rel:stem_cell", "మూలకణ"),
    ("script", "ಕಾಂಡಕೋಶಗಳಿಂದ ಚಿಕಿತ್ಸೆ", "rel:stem_cell", "ಕಾಂಡಕೋಶ"),
    ("script", "മൂലകോശങ്ങൾ ഉപയോഗിച്ച് ചികിത്സ", "rel:stem_cell", "മൂലകോശ"),
    ("script", "સ્ટેમ સેલ બેંક શરૂ", "rel:stem_cell", "સ્ટેમ સેલ"),
    ("script", "ਸਟੈਮ ਸੈੱਲ ਦਾਨ ਕੈਂਪ", "rel:stem_cell", "ਸਟੈਮ ਸੈੱਲ"),
    ("script", "මූල සෛල බද්ධ කිරීම", "rel:stem_cell", "මූල සෛල"),
    ("script", "ការព្យាបាលដោយកោសិកាដើម", "rel:stem_cell", "កោសិកាដើម"),
    ("script", "ပင်မဆဲလ် ကုသမှု", "rel:stem_cell", "ပင်မဆဲလ်"),
    ("script", "კლინიკური კვლევის მეორე ფაზა", "trials:trial", "კლინიკური კვლევ"),
    ("script", "మూలకణాల క్లినికల్ ట్రయల్స్", "trials:trial", "క్లినికల్ ట్రయల్"),
    ("script", "स्टेम कोशिकाओं से इलाज", "rel:stem_cell", "स्टेम कोशिक"),
    ("script", "मूल पेशींच्या उपचाराला मान्यता", "rel:stem_cell", "मूल पेशी"),
    ("script", "Дің жасушалары банкі ашылды", "rel:stem_cell", "Дің жасушалары"),
    ("script", "Өзөк клеткалары менен дарылоо", "rel:stem_cell", "Өзөк клеткалары"),
    ("script", "Үүдэл эсийн эмчилгээ", "rel:stem_cell", "Үүдэл эсийн"),
    ("script", "Ildiz hujayralari bilan davolash", "rel:stem_cell", "Ildiz hujayralari"),
    ("script", "Matibabu ya seli shina yaanza", "rel:stem_cell", "seli shina"),
    ("script", "Клиникалық зерттеулер басталды", "trials:trial", "Клиникалық зерттеулер"),
    ("script", "Majaribio ya kliniki ya seli shina", "trials:trial", "Majaribio ya kliniki"),
    # The nineteenth set's misses, and forms its pages showed.
    ("heldout18", "脳梗塞に対するMuse細胞の臨床試験がスタート", "rel:pluripotent", "Muse細胞"),
    ("heldout18", "Muse cells given to stroke patients", "rel:pluripotent", "Muse cells"),
    ("heldout18", "臍帯血幹細胞治療 第二相試験開始", "trials:phase", "第二相"),
    ("heldout18", "干细胞疗法进入二期临床试验", "trials:phase", "二期"),
    ("heldout18", "干细胞疗法进入二期临床试验", "trials:trial", "临床试验"),
    ("heldout18", "స్టెమ్-సెల్ థెరపీ", "rel:stem_cell", "స్టెమ్-సెల్"),
    ("heldout18", "मूळ पेशींचे प्रत्यारोपण", "rel:stem_cell", "मूळ पेशी"),
    ("heldout18", "குருத்தணு சிகிச்சை", "rel:stem_cell", "குருத்தணு"),
    # sickle cell and thalassaemia gene therapies are made from blood stem cells
    ("heldout23", "FDA approves first gene therapies to treat sickle cell disease",
     "rel:hematopoietic", "gene therapies"),
    ("heldout23", "A sickle cell gene therapy reaches more patients", "rel:hematopoietic",
     "gene therapy"),
    ("heldout23", "Gene editing for beta thalassemia", "rel:hematopoietic",
     "Gene editing"),
    ("heldout23", "Aesthetic cellular therapies in Seoul", "rel:cell_therapy",
     "cellular therapies"),
    ("heldout23", "Biobank buys LifebankUSA", "rel:brand", "LifebankUSA"),
    ("heldout24", "A primeira paciente a receber o implante", "trials:dosing",
     "primeira paciente"),
    ("heldout25", "Weltweit erster Menschenversuch gestoppt", "trials:trial", "Menschenversuch"),
    ("heldout25", "Un importante experimento médico con células madre", "trials:trial",
     "experimento médico"),
    # Asking a regulator for approval is its own group, stronger than a bare "approval".
    ("heldout27", "Osaka startup has applied for government approval of its heart sheets",
     "regulation:submission", "applied for government approval"),
    ("heldout27", "The first application for the approval of an iPS cell product",
     "regulation:submission", "application for the approval"),
    ("heldout27", "Biotech seeks conditional approval for cord blood therapy",
     "regulation:submission", "seeks conditional approval"),
    ("heldout27", "Pivotal trial of islet cells completes enrolment", "trials:phase", "Pivotal"),
    ("heldout24", "国务院令施行:干细胞抗衰全面禁止", "regulation:agency", "国务院"),
    ("heldout24", "国务院令施行:干细胞抗衰全面禁止", "regulation:enforcement", "禁止"),
    ("heldout24", "파미셀 간경변 임상 결과", "rel:brand", "파미셀"),
    ("heldout24", "Four steps, pain and stress free", "hype:pitch", "pain and stress free"),
    ("heldout24", "What we tell every patient before your appointment", "hype:offer",
     "your appointment"),
    # Hype words for scripts that had only stem-cell words (a Mongolian provider page was
    # read as relevant but not as hype): ageing, rejuvenation, clinics, beauty.
    ("script", "Үүдэл эсийн эмчилгээ хөгшрөлтийг зогсооно", "hype:anti_aging", "хөгшрөлтийг"),
    ("script", "Үүдэл эсийн гоо сайхны төв", "hype:clinic", "гоо сайхны"),
    ("script", "मूळ पेशी उपचाराने तारुण्य परत", "hype:anti_aging", "तारुण्य"),
    ("script", "स्टेम सेल क्लिनिक में इलाज", "hype:clinic", "क्लिनिक"),
    ("script", "ღეროვანი უჯრედებით დაბერების შეჩერება", "hype:anti_aging", "დაბერებ"),
    ("script", "ღეროვანი უჯრედების კლინიკა თბილისში", "hype:clinic", "კლინიკ"),
    ("script", "Ցողունային բջիջներ ծերացումը կանգնեցնելու համար", "hype:anti_aging", "ծերացում"),
    ("script", "Ցողունային բջիջների կլինիկա Երևանում", "hype:clinic", "կլինիկ"),
    ("script", "మూల కణ చికిత్సతో వృద్ధాప్యం దూరం", "hype:anti_aging", "వృద్ధాప్య"),
    ("script", "స్టెమ్ సెల్ క్లినిక్ ప్రకటన", "hype:clinic", "క్లినిక్"),
    ("script", "മൂലകോശ ചികിത്സ വാർദ്ധക്യം തടയും", "hype:anti_aging", "വാർദ്ധക്യ"),
    ("script", "સ્ટેમ સેલ એન્ટી-એજિંગ સારવાર", "hype:anti_aging", "એન્ટી-એજિંગ"),
    ("script", "ਸਟੈਮ ਸੈਲ ਕਲੀਨਿਕ ਦਾ ਇਸ਼ਤਿਹਾਰ", "hype:clinic", "ਕਲੀਨਿਕ"),
    ("script", "ပင်မဆဲလ် ဆေးခန်း", "hype:clinic", "ဆေးခန်း"),
    # heldout20's misses: an "umbilical blood bank", Hindi cord blood, a study in people,
    # German clinic scandals and deaths
    ("cord", "Regulator refuses licence for private umbilical blood bank", "rel:hematopoietic",
     "umbilical blood"),
    ("cord", "गर्भनाल रक्त बैंकों के लिए नए नियम", "rel:hematopoietic", "गर्भनाल"),
    ("people", "Islet cells from stem cells tested in a small study involving adults with diabetes",
     "trials:trial", "a small study involving adults"),
    ("controversial", "Behörde schließt umstrittene Stammzellpraxis", "hype:warning",
     "umstrittene"),
    ("scandal", "Stammzellen: Skandal um Privatklinik weitet sich aus", "hype:warning", "Skandal"),
    ("death", "Nach dem Tod einer Patientin: Klinik stoppt Stammzellbehandlung", "safety:harm",
     "Tod"),
    ("investigation", "Ermittlungen gegen Anbieter von Stammzellkuren", "regulation:enforcement",
     "Ermittlungen"),
    # heldout21's misses: treatment given illegally, Arabic closures, violations and harms
    ("illegal", "Пациентов клиники незаконно лечили стволовыми клетками", "hype:unproven",
     "незаконно лечили"),
    ("illegal", "Patients were illegally treated with donor stem cells", "hype:unproven",
     "illegally treated"),
    ("closure", "الصحة: إغلاق مركز يقدم الخلايا الجذعية", "regulation:enforcement", "إغلاق"),
    ("violation", "غرامة على مركز بسبب مخالفات في حقن الخلايا الجذعية", "regulation:enforcement",
     "مخالفات"),
    ("harm", "تحذير من مضاعفات حقن الخلايا الجذعية", "safety:harm", "مضاعفات"),
    # heldout22's misses: Vietnamese approvals and paid "trials"
    ("approve", "Sở Y tế chấp thuận cho bệnh viện ứng dụng tế bào gốc", "regulation:approval",
     "chấp thuận"),
    ("approve", "Thành phố cho phép thành lập ngân hàng tế bào gốc", "regulation:approval",
     "cho phép thành lập"),
    ("paid", "Bệnh viện thu tiền của bệnh nhân khi tiêm tế bào gốc", "hype:unproven",
     "thu tiền của bệnh nhân"),
    ("paid", "Phòng khám quảng cáo trị liệu thương mại bằng tế bào gốc", "hype:unproven",
     "trị liệu thương mại"),
    # safety on heldout7-22 found 6 of 32 items: most outside English and German had no
    # cue at all. Deaths, complications, side effects and unknown origin in more languages.
    ("death", "Muertes tras inyecciones de células madre en una clínica", "safety:harm", "Muertes"),
    ("death", "Kök hücre tedavisinin Türkiye'de ölüm riski var", "safety:harm", "ölüm"),
    ("death", "स्टेम सेल उपचार के बाद मरीज की मौत", "safety:harm", "मौत"),
    ("death", "Bệnh nhân tử vong sau khi truyền tế bào gốc", "safety:harm", "tử vong"),
    ("complications", "Powikłania po terapii komórkami macierzystymi", "safety:harm",
     "Powikłania"),
    ("complications", "Complicanze dopo infusioni di cellule staminali", "safety:harm",
     "Complicanze"),
    ("complications", "Осложнения после введения стволовых клеток", "safety:harm", "Осложнения"),
    ("side effects", "Bijwerkingen van stamceltherapie gemeld", "safety:harm", "Bijwerkingen"),
    ("harm", "干细胞美容的危害", "safety:harm", "危害"),
    ("harm", "幹細胞詐騙受害者留後遺症", "safety:harm", "後遺症"),
    ("harm", "줄기세포 시술 후 합병증", "safety:harm", "합병증"),
    ("harm", "Clinics' stem cell treatments endanger patients", "safety:harm", "endanger"),
    ("harm", "If you were hurt after a stem cell injection, report it", "safety:harm",
     "were hurt"),
    ("origin", "Células madre de origen desconocido en clínicas privadas", "safety:quality",
     "origen desconocido"),
    ("origin", "Uso de material sem procedência traz riscos", "safety:quality",
     "sem procedência"),
    ("contamination", "干细胞制剂受细菌污染", "safety:quality", "污染"),
    # German joins the source onto the word: blood stem cells, cord stem cells
    ("compound", "Ärzte übertragen periphere Blutstammzellen des Spenders", "rel:stem_cell",
     "Blutstammzellen"),
    ("compound", "Eltern lassen Nabelschnurstammzellen einlagern", "rel:stem_cell",
     "Nabelschnurstammzellen"),
    # the plural and the French of the enforcement words
    ("plural", "The FDA is seeking permanent injunctions against two clinics", "regulation:enforcement",
     "injunctions"),
    ("french", "Des cliniques proposent des soins illégaux", "regulation:enforcement", "illégaux"),
    ("pseudo", "Les cliniques proposant des pseudo-traitements se multiplient", "hype:unproven",
     "pseudo-traitements"),
    # amounts as headlines write them
    ("amount", "Cord blood bank raises $5m", "business:market", "$5m"),
    ("amount", "iPSC start-up lands US$1.2bn deal", "business:market", "US$1.2bn"),
    ("amount", "Stem cell firm wins €20m grant", "business:market", "€20m"),
    # a quarter the company reports on is business; see below for one that only dates a thing
    ("report", "MSC maker says revenue grew in the quarter ended June 30", "business:market",
     "quarter"),
    ("report", "Cord blood bank posts third quarter revenue", "business:market",
     "third quarter revenue"),
    # a company and product named without "stem cell", in three languages (heldout28)
    ("name", "SanBio gibt Update zum Status der Zulassung für SB623", "rel:brand", "SanBio"),
    ("name", "サンバイオ、アクーゴの出荷に向けた製造が適合", "rel:brand", "アクーゴ"),
    # WHO names of stem and stromal cell products (-temcel, -strocel)
    ("name", "Vandefitemcel shipments may start in July", "rel:brand", "Vandefitemcel"),
    ("name", "Debamestrocel trial opens in early ALS", "rel:brand", "Debamestrocel"),
    # giving marrow is giving blood stem cells (heldout31: a donor page scored 0.08)
    ("donor", "Why register to donate bone marrow?", "rel:hematopoietic", "donate bone marrow"),
    ("donor", "Campus drive adds 300 marrow donors", "rel:hematopoietic", "marrow donors"),
    # a state medical board and its discipline (heldout31)
    ("board", "Oregon's medical board suspends a stem cell doctor", "regulation:agency",
     "medical board"),
    ("board", "Doctor faces disciplinary action over fetal cell ads", "regulation:enforcement",
     "disciplinary action"),
    # hair loss: a cosmetic use clinics sell stem cells for (heldout31's hair clinics)
    ("hair", "Clinic offers stem cell injections for hair loss", "hype:clinic", "hair loss"),
    ("hair", "Can stem cells regrow your hair?", "hype:clinic", "regrow your hair"),
    ("hair", "Células madre contra la caída del cabello", "hype:clinic", "caída del cabello"),
    ("hair", "幹細胞培養上清で薄毛治療", "hype:clinic", "薄毛"),
    # written for this project, after heldout29: an assembloid is stem-cell-grown
    ("organoid", "A pain circuit rebuilt as a four-part assembloid", "rel:organoid",
     "assembloid"),
    ("law", "Tıp ceza hukuku ve kök hücre denemeleri", "regulation:law", "ceza hukuku"),
    # a marrow transplant in other languages, and cells taken from the marrow (heldout32)
    ("marrow", "Transplante de medula óssea salva menino com leucemia", "rel:hematopoietic",
     "Transplante de medula óssea"),
    ("marrow", "Trapianto di midollo per una bambina di tre anni", "rel:hematopoietic",
     "Trapianto di midollo"),
    ("marrow", "A windpipe seeded with cells from the patient's own bone marrow",
     "rel:hematopoietic", "cells from the patient's own bone marrow"),
    ("marrow", "さい帯血を無届けで投与した疑い", "rel:hematopoietic", "さい帯血"),
    # Italian courts and harms (heldout32's Stamina items)
    ("court", "La Cassazione conferma la condanna del fondatore", "regulation:enforcement",
     "condanna"),
    ("harm", "Eventi avversi gravi dopo le infusioni", "safety:harm", "Eventi avversi"),
    # "human tests" are a trial (heldout32: an FDA hold on Geron's trial)
    ("tests", "Regulators halt human tests of a spinal cord cell therapy", "trials:trial",
     "human tests"),
    # how news names an unproven treatment (heldout32: Stamina, a lung clinic)
    ("pitch", "A controversial stem cell therapy draws desperate families", "hype:unproven",
     "controversial stem cell therapy"),
    ("pitch", "Clinic offers alternative stem cell treatment for emphysema", "hype:unproven",
     "alternative stem cell treatment"),
    ("warning", "Police investigations into the clinic widen", "hype:warning", "investigations"),
    # products named without "stem cell" (heldout34: a preterm-lung trial, an epilepsy trial)
    ("brand", "Pneumostem enrols its last preterm infant", "rel:brand", "Pneumostem"),
    ("brand", "A first-in-human study of NRTX-1001 in epilepsy", "rel:brand", "NRTX-1001"),
    # England's health technology assessor issues guidance, like a regulator
    ("agency", "NICE backs a one-time gene therapy for sickle cell", "regulation:agency", "NICE"),
    # still a seizure of goods, and still a registry of rules and deals' milestones
    ("seized", "Police seized vials of stem cells at the clinic", "regulation:enforcement",
     "seized"),
    ("registry", "Ministry opens a registry of stem cell treatments", "regulation:guidance",
     "registry"),
    ("deal", "Partner pays $40 million upfront plus milestone payments", "business:deal",
     "milestone"),
    ("deal", "The deal brings $5 million upfront and development milestones",
     "business:deal", "development milestones"),
    ("amount", "Stem cell maker raises $30 million", "business:market", "million"),
    # how trial reports name their design (heldout35: PISCES-2)
    ("design", "A multicentre prospective single-arm study (PISCES-2)", "trials:design",
     "single-arm"),
    ("design", "Neural stem cells tried in a multicentre study", "trials:design",
     "multicentre study"),
    # treatment given without the paperwork the law asks for (heldout35: Japan's clinics)
    ("unproven", "Clinics used cord stem cells without going through formal registration",
     "hype:unproven", "without going through formal registration"),
    # a stroke after an infusion is a harm
    ("harm", "A patient had a stroke after the infusion", "safety:harm", "stroke"),
    # how fraud cases tell of an unproven treatment sold (heldout36)
    ("unproven", "Two men plead guilty in stem cell therapy scam", "hype:unproven", "scam"),
    ("unproven", "They peddled unapproved cell treatments to the sick", "hype:unproven",
     "peddled"),
    # an IND written out is still the filing that asks to start a trial (heldout36)
    ("filing", "Investigational new drug application of MSC products in China",
     "regulation:trial_filing", "Investigational new drug application"),
    # a cure promised in other words (heldout37: a Kyiv story on cord blood)
    ("unproven", "Scientists have found the key to curing diabetes", "hype:unproven",
     "curing"),
    ("unproven", "The magical ingredient? Blood from your umbilical cord", "hype:unproven",
     "magical"),
    ("anti_aging", "Procedures to keep you looking young without Botox", "hype:anti_aging",
     "looking young"),
    # a congress that makes law is still a law-maker
    ("law", "Congress passed the Right to Try Act in 2018", "regulation:law", "Congress"),
    # eggs and sperm grown in a dish come from pluripotent stem cells (heldout38)
    ("pluripotent", "Making eggs in a dish through in vitro gametogenesis", "rel:pluripotent",
     "in vitro gametogenesis"),
    # the disease named first, the gene editing a few words on (heldout38: Bahrain)
    ("hematopoietic", "A sickle cell patient given a CRISPR-based gene-editing therapy",
     "rel:hematopoietic", "CRISPR"),
    # Switzerland's medicines authority in German, and German's inflected "illegal"
    ("agency", "Die Heilmittelbehörde prüft den Fall", "regulation:agency", "Heilmittelbehörde"),
    ("enforcement", "Swissmedic ermittelt wegen illegalen Handels mit Zellen",
     "regulation:enforcement", "illegalen"),
    ("enforcement", "Officials warned against unauthorised cell injections",
     "regulation:enforcement", "unauthorised"),
    # Swiss German's word for a permit
    ("unproven", "Er behandelte Patienten ohne Bewilligung", "hype:unproven", "ohne Bewilligung"),
    # the absence of a trial is a doubt about a treatment, not trial news
    ("unproven", "Not a single clinical trial shows the injections work", "hype:unproven",
     "Not a single clinical trial"),
    ("unproven", "No randomised clinical trials have shown a benefit", "hype:unproven",
     "No randomised clinical trials have shown"),
    # a study in people is a trial, however it is introduced
    ("trial", "Doctors will run a small study in children with cerebral palsy", "trials:trial",
     "a small study in children"),
    # a marrow transplant unit named by its initials (heldout39: Ghana)
    ("hematopoietic", "The hospital's new BMT centre takes its first patients",
     "rel:hematopoietic", "BMT centre"),
    # a marrow transplant in Greek and cord blood in Russian and Greek, declined (heldout40)
    ("hematopoietic", "Η Μονάδα Μεταμόσχευσης Μυελού των Οστών", "rel:hematopoietic",
     "Μεταμόσχευσης Μυελού"),
    ("hematopoietic", "продажа услуг хранения пуповинной крови", "rel:hematopoietic",
     "пуповинной крови"),
    ("hematopoietic", "Τράπεζα ομφαλοπλακουντιακού αίματος", "rel:hematopoietic",
     "ομφαλοπλακουντιακού αίματος"),
    # Russian investigators and an unlicensed practice (heldout40: a clinic director)
    ("enforcement", "По версии следствия, врач вводил клетки", "regulation:enforcement",
     "По версии следствия"),
    ("enforcement", "не имея лицензии на медицинскую помощь", "regulation:enforcement",
     "не имея лицензии"),
    # Korean: regulation (its easing), and an unverified treatment
    ("law", "줄기세포치료 규제완화 분위기", "regulation:law", "규제"),
    ("unproven", "검증안된 줄기세포치료", "hype:unproven", "검증안된"),
    # harms in Russian and Hebrew
    ("safety", "Россиян калечат стволовыми клетками", "safety:harm", "калечат"),
    ("safety", "סכנות וסיבוכים של השתלת תאים", "safety:harm", "סיבוכים"),
    # European Portuguese names stem cells "células estaminais" (heldout41: four items)
    ("stem_cell", "O negócio florescente das células estaminais", "rel:stem_cell",
     "células estaminais"),
    # Italy's Stamina affair, by its method and foundation: relevance reads the word beside
    # "Stamina", hype the name itself (heldout56: while relevance read "metodo Stamina" whole,
    # hype never saw it)
    ("brand", "Il metodo Stamina sotto inchiesta", "rel:brand", "metodo"),
    ("brand", "Il metodo Stamina sotto inchiesta", "hype:unproven", "Stamina"),
    ("brand", "La Stamina Foundation perde lo status", "rel:brand", "Foundation"),
    ("brand", "La Stamina Foundation perde lo status", "hype:unproven", "Stamina"),
    ("brand", "Nuovi casi simil-Stamina", "hype:unproven", "simil-Stamina"),
    # Spanish "under investigation for", and police forces by name
    ("enforcement", "Un matrimonio es investigado por una presunta estafa",
     "regulation:enforcement", "investigado por"),
    ("enforcement", "I carabinieri del Nas hanno sequestrato le cellule",
     "regulation:enforcement", "carabinieri"),
    # the US FDA in Arabic, and "more youthful"
    ("agency", "إدارة الأغذية والأدوية الأمريكية لم تمنح تصريحها", "regulation:agency",
     "إدارة الأغذية والأدوية"),
    ("anti_aging", "لتعد النساء بمظهر أكثر شبابا", "hype:anti_aging", "أكثر شباب"),
    # a sham comparator is trial design
    ("dosing", "Patients were randomised to cells or a sham procedure", "trials:dosing",
     "sham procedure"),
    # Ireland's medicines regulator, an embassy warning its citizens, an authority's inquiry,
    # an accredited centre in Arabic (heldout42)
    ("agency", "The Irish Medicines Board is looking at the clinic", "regulation:agency",
     "Irish Medicines Board"),
    ("agency", "The embassy urged citizens to beware of clinics", "regulation:agency",
     "embassy"),
    ("agency", "حثت سفارة المملكة المواطنين على الحذر", "regulation:agency", "سفارة"),
    ("approval", "لا يوجد حاليا مركز معتمد لعلاج الخلايا الجذعية", "regulation:approval",
     "مركز معتمد"),
    ("enforcement", "The board is conducting an investigation into the practice",
     "regulation:enforcement", "conducting an investigation"),
    # a trial's results: "key trial" for a pivotal one, fewer infections as an outcome
    ("phase", "Shares surge after results of key trial", "trials:phase", "key trial"),
    ("results", "Patients had fewer bacterial and viral infections", "trials:results",
     "fewer bacterial and viral infections"),
    # Spanish regenerative cell therapy (a clinic's magazine, heldout42)
    ("cell_therapy", "Centro de terapia regenerativa celular de la clínica", "rel:cell_therapy",
     "terapia regenerativa celular"),
    # products by name, and Scandinavian stromal cells (heldout43)
    ("brand", "Phase 2 Trial of BRTX-100 continues", "rel:brand", "BRTX-100"),
    ("brand", "Approval for a phase 3 trial of Cellgram-LC", "rel:brand", "Cellgram"),
    ("brand", "Twenty million CTX0E03 cells were implanted", "rel:brand", "CTX0E03"),
    ("msc", "70 patienter behandlades med stromaceller från moderkaka", "rel:msc",
     "stromaceller"),
    # a rule's obligation in Spanish, and the US health secretary
    ("law", "Uruguay obliga a registrar uso de células madre", "regulation:law",
     "obliga a registrar"),
    ("agency", "Health Secretary Robert F. Kennedy Jr. spoke of clinics", "regulation:agency",
     "Health Secretary"),
    # German "punished", "Gov't" in a headline, and "hype" as critics use it (heldout44)
    ("enforcement", "Magistrat und Verwaltungsgericht Wien bestraften ihn",
     "regulation:enforcement", "bestraften"),
    ("law", "Tbilisi Gov’t allocates 10 mln for stem cell transplants", "regulation:law",
     "Gov’t"),
    ("pitch", "Can biotech Celularity live up to big hype?", "hype:pitch", "big hype"),
    # marrow grafts in French and Spanish, with "auto-" or an adjective (heldout45)
    ("hematopoietic", "Première autogreffe de moelle osseuse réussie à Sfax",
     "rel:hematopoietic", "autogreffe de moelle"),
    ("hematopoietic", "Realizan un trasplante autólogo de médula ósea en La Paz",
     "rel:hematopoietic", "trasplante autólogo de médula ósea"),
    # products by name: Kangstem's, Hemostemix's, Bone Therapeutics', Creative Medical's
    ("brand", "Kangstem Biotech withdraws the Furestem-OA IND", "rel:brand", "Kangstem"),
    ("brand", "Kangstem Biotech withdraws the Furestem-OA IND", "rel:brand", "Furestem"),
    ("brand", "Hemostemix enrolls its 20th participant", "rel:brand", "Hemostemix"),
    ("brand", "Positive ALLOB interim results", "rel:brand", "ALLOB"),
    ("brand", "Shares jump on StemSpine follow-up data", "rel:brand", "StemSpine"),
    # transplant authorities and accreditation in Spanish
    ("agency", "El Indot suspendió a los bancos de cordón umbilical", "regulation:agency",
     "Indot"),
    ("approval", "Entraron en un proceso de reacreditación", "regulation:approval",
     "reacreditación"),
    ("law", "New legislation legalized stem cell therapy", "regulation:law", "legalized"),
    # Danish patients seeking treatment abroad, Spanish cure claims, a count of diseases
    ("tourism", "Danske patienter har søgt stamcellebehandling i udlandet", "hype:tourism",
     "søgt stamcellebehandling i udlandet"),
    ("unproven", "Con células madre, científicos curan graves úlceras", "hype:unproven",
     "curan"),
    ("service", "Medicina regenerativa alivia al menos 29 enfermedades", "hype:service",
     "alivia al menos 29 enfermedades"),
    # a pilot study is a trial word
    ("design", "Results of the StemSpine pilot study", "trials:design", "pilot study"),
    # heldout46: Bonus BioGroup's grafts; Paraguay's chamber passing a bill that regulates;
    # a thesis on the need to regulate ("reglamentar")
    ("brand", "Bonus BioGroup launches a clinical trial of its live bone graft", "rel:brand",
     "Bonus BioGroup"),
    ("law", "La Cámara de Diputados sancionó el proyecto", "regulation:law",
     "Cámara de Diputados"),
    ("law", "La Cámara de Diputados sancionó el proyecto", "regulation:law", "sancionó"),
    ("guidance", "El proyecto que regula la donación de células", "regulation:guidance",
     "regula"),
    # an Albanian marrow transplant (heldout47)
    ("hematopoietic", "Pritet të fillojë transplantimi i palcës kurrizore te fëmijët",
     "rel:hematopoietic", "transplantimi i palcës kurrizore"),
    ("law", "Necesidad de reglamentar su empleo en terapia", "regulation:law",
     "reglamentar"),
    # heldout48: a cord blood bank and a stromal cell product by name; the filing that asks
    # to start a trial outside the US; a ruling kept; Japan's class of non-stem-cell therapy
    ("heldout48", "Cells4Life stores more cord blood than any other bank", "rel:brand",
     "Cells4Life"),
    ("heldout48", "Invimestrocel for ARDS", "rel:brand", "Invimestrocel"),
    ("heldout48", "Healios will submit a clinical trial application for a Phase 3 study",
     "regulation:trial_filing", "clinical trial application"),
    ("heldout48", "Two of the three complaints were upheld", "regulation:enforcement",
     "upheld"),
    ("heldout48", "クリニックに第3種再生医療の一時停止を命令", "neg:other_modality",
     "第3種再生医療"),
    # heldout49: cord blood and the umbilical cord outside English (no language but English
    # had them); the Italian calque of "células madre"; a first-in-man study; an allergy
    ("heldout49", "Banco Público de Células do Cordão Umbilical", "rel:hematopoietic",
     "Cordão Umbilical"),
    ("heldout49", "Banco de sangre de cordón umbilical", "rel:hematopoietic",
     "cordón umbilical"),
    ("heldout49", "Conserver le sang de cordon de son bébé", "rel:hematopoietic",
     "sang de cordon"),
    ("heldout49", "Donare il sangue cordonale", "rel:hematopoietic", "sangue cordonale"),
    ("heldout49", "Nabelschnurblut einlagern lassen", "rel:hematopoietic", "Nabelschnurblut"),
    ("heldout49", "Vita34 lagrer navlestrengsblod", "rel:hematopoietic", "navlestrengsblod"),
    ("heldout49", "Bank krwi pępowinowej", "rel:hematopoietic", "pępowinowej"),
    ("heldout49", "Kordon kanı bankası", "rel:hematopoietic", "Kordon kanı"),
    ("heldout49", "Bank darah tali pusat", "rel:hematopoietic", "darah tali pusat"),
    ("heldout49", "Ngân hàng máu cuống rốn", "rel:hematopoietic", "máu cuống rốn"),
    ("heldout49", "La terapia con le cellule madri a Cuba", "rel:stem_cell",
     "cellule madri"),
    ("heldout49", "A clinical hold on a first-in-man study", "trials:phase", "first-in-man"),
    ("heldout49", "A patient suffered a severe allergic reaction", "safety:harm",
     "allergic reaction"),
    # iPS cells, organoids and blood-forming cells outside English (an audit after heldout49)
    ("audit", "Trasplante de células iPS en Japón", "rel:pluripotent", "células iPS"),
    ("audit", "Des organoïdes cérébraux cultivés en laboratoire", "rel:organoid",
     "organoïdes"),
    ("audit", "Trasplante de progenitores hematopoyéticos", "rel:hematopoietic",
     "hematopoyéticos"),
    ("audit", "Hämatopoetische Stammzellen aus dem Labor", "rel:hematopoietic",
     "Hämatopoetische"),
    # topic words in the big European languages (session 55's probe)
    ("audit", "Une étude clinique menée chez 20 patients", "trials:trial", "étude clinique"),
    ("audit", "Um estudo piloto com células-tronco", "trials:trial", "estudo piloto"),
    ("audit", "Eine Pilotstudie mit Stammzellen", "trials:trial", "Pilotstudie"),
    ("audit", "A Anvisa aprovou o registro da terapia", "regulation:approval", "aprovou"),
    ("audit", "Die Marktzulassung für die Zelltherapie", "regulation:approval",
     "Marktzulassung"),
    ("audit", "L'ANSM a autorisé l'essai", "regulation:agency", "ANSM"),
    ("audit", "Le gouvernement interdit ces injections", "regulation:enforcement", "interdit"),
    ("audit", "O governo proíbe as clínicas", "regulation:enforcement", "proíbe"),
    ("audit", "Il governo vieta le terapie", "regulation:enforcement", "vieta"),
    ("audit", "Die Regierung verbietet die Behandlung", "regulation:enforcement", "verbietet"),
    ("audit", "Una multa de 10.000 euros a la clínica", "regulation:enforcement", "multa"),
    ("audit", "La clínica fue clausurada", "regulation:enforcement", "clausurada"),
    ("audit", "La sanción a la clínica", "regulation:law", "sanción"),
    ("audit", "La réglementation des thérapies cellulaires", "regulation:law",
     "réglementation"),
    ("audit", "O projeto de lei sobre células-tronco", "regulation:law", "projeto de lei"),
    ("audit", "De regelgeving voor stamceltherapie", "regulation:law", "regelgeving"),
    ("audit", "Les lignes directrices de l'agence", "regulation:guidance",
     "lignes directrices"),
    ("audit", "Le linee guida del ministero", "regulation:guidance", "linee guida"),
    ("audit", "Aspects techniques et réglementaires", "regulation:agency", "réglementaires"),
    ("audit", "Clinics sell false hope", "hype:unproven", "false hope"),
    ("audit", "Las clínicas venden falsas esperanzas", "hype:unproven", "falsas esperanzas"),
    ("audit", "Tratamientos sin evidencia científica", "hype:unproven",
     "sin evidencia científica"),
    ("audit", "Behandlung ohne wissenschaftlichen Nachweis", "hype:unproven",
     "ohne wissenschaftlichen Nachweis"),
    ("audit", "Een wondermiddel uit stamcellen", "hype:unproven", "wondermiddel"),
    ("audit", "Scharlatane verkaufen Stammzellen", "hype:unproven", "Scharlatane"),
    ("audit", "Terapie non approvate", "hype:unproven", "non approvate"),
    ("audit", "Gli esperti avvertono", "hype:warning", "avvertono"),
    ("audit", "Een anti-verouderingsbehandeling", "hype:anti_aging",
     "anti-verouderingsbehandeling"),
    # heldout50: a regulator's public consultation is rule-making; results in other
    # languages; a company's liquidation
    ("heldout50", "The TGA is holding a public consultation on autologous cells",
     "regulation:law", "public consultation"),
    ("heldout50", "Amendments to the Act were passed", "regulation:law", "Act"),
    ("heldout50", "Os primeiros resultados devem sair em quatro meses", "trials:results",
     "resultados"),
    ("heldout50", "Les premiers résultats de l'essai", "trials:results", "résultats"),
    ("heldout50", "Erste Ergebnisse der Studie", "trials:results", "Ergebnisse"),
    ("heldout50", "Holostem started the process of liquidation", "business:market",
     "liquidation"),
    # heldout51: the guards for its two refusals (below) still read a clinic and an agency
    ("heldout51", "Patients flew to the clinic in Mexico for injections", "hype:clinic",
     "clinic"),
    ("heldout51", "The agency approved the therapy", "regulation:agency", "agency"),
    # heldout52: a trial-start filing is its own group, apart from marketing filings; a
    # treatment's own cancer risk is harm; profit stays business
    ("heldout52", "The FDA cleared its Investigational New Drug application",
     "regulation:trial_filing", "Investigational New Drug application"),
    ("heldout52", "Fate Announces FDA Clearance Of IND Application", "regulation:trial_filing",
     "IND"),
    ("heldout52", "Mesoblast resubmits its BLA", "regulation:filing", "BLA"),
    ("heldout52", "FDA restricts Skysona use due to hematologic malignancy risk", "safety:harm",
     "malignancy"),
    ("heldout52", "FDA investigating serious risk of hematologic malignancy", "safety:harm",
     "risk of hematologic malignancy"),
    ("heldout52", "The company returned to profit", "business:market", "profit"),
    # one list of a treatment's own cancers for all three harm patterns (review, session 57)
    ("review", "A secondary leukaemia after gene therapy", "safety:harm", "secondary leukaemia"),
    # heldout53: a label's boxed warning is the regulator's; adverse reactions are harm
    ("heldout53", "The label includes a boxed warning for hematologic malignancy",
     "regulation:approval", "boxed warning"),
    ("heldout53", "The most common adverse reactions were stomatitis and anemia", "safety:harm",
     "adverse reactions"),
    # heldout54: submissions to a regulator, China's tacit trial licences, cosmetics in
    # Spanish, sports stars' injections
    ("heldout54", "Gamida Cell is initiating a rolling FDA submission", "regulation:submission",
     "submission"),
    ("heldout54", "Its submission to the EMA is complete", "regulation:submission",
     "submission to the EMA"),
    ("heldout54", "Two stem cell drugs were accepted with implied clinical license",
     "regulation:trial_filing", "implied"),
    ("heldout54", "Two stem cell drugs were accepted with implied clinical license",
     "regulation:approval", "license"),
    ("heldout54", "Células madre en productos comercializados como cosméticos",
     "hype:clinic", "cosméticos"),
    ("heldout54", "More than 100 NFL players have tried stem cell therapy", "hype:unproven",
     "NFL players"),
    # the fifty-seventh set's hype misses: selling on fear, the Spanish spelling of Panama,
    # Finnish "hype", a tennis star's treatment (heldout56)
    ("heldout56", "Doctors voiced concern about playing on parents' fears", "hype:unproven",
     "playing on parents' fears"),
    ("heldout56", "Clinics that prey on desperate families", "hype:unproven", "prey on"),
    ("heldout56", "Hasta la próxima vez Panamá", "hype:destination", "Panamá"),
    ("heldout56", "Hehkutus on ollut ennenaikaista", "hype:pitch", "Hehkutus"),
    # a craze or a fad is how reporters call a treatment's vogue (heldout103)
    ("heldout103", "Tiêm tế bào gốc đang trở thành một cơn sốt ngầm", "hype:pitch", "cơn sốt ngầm"),
    ("heldout103", "the stem cell craze among the rich", "hype:pitch", "craze"),
    ("heldout103", "exosome facials are the latest fad", "hype:pitch", "fad"),
    ("heldout103", "l'engouement pour les cellules souches", "hype:pitch", "engouement"),
    # Russian and Ukrainian rejuvenation as a verb and an adjective, a pilot study and
    # "clinical approbation", stromal cells in five languages, insurance for the child
    # (heldout104)
    ("heldout104", "Стволовые клетки не омолаживают, а убивают", "hype:anti_aging", "омолаживают"),
    ("heldout104", "противовозрастные уколы", "hype:anti_aging", "противовозрастные"),
    ("heldout104", "антивікова косметика", "hype:anti_aging", "антивікова"),
    ("heldout104", "В пилотное исследование были рекрутированы 6 больных", "trials:trial",
     "пилотное исследование"),
    ("heldout104", "результаты клинической апробации клеток", "trials:trial",
     "клинической апробации"),
    ("heldout104", "клеток стромально-васкулярной фракции", "rel:msc", "стромально"),
    ("heldout104", "células estromales de la grasa", "rel:msc", "estromales"),
    ("heldout104", "le cellule stromali del midollo", "rel:msc", "stromali"),
    ("heldout104", "в качестве дополнительной страховки для ребенка", "hype:pitch",
     "страховки для ребенка"),
    ("heldout104", "як біологічне страхування для малюка", "hype:pitch", "біологічне страхування"),
    # a stem cell therapy centre is a stem cell clinic; a statute's "no person shall"
    # (heldout105)
    ("heldout105", "Ghana gets first stem cell treatment centre", "hype:clinic", "treatment centre"),
    ("heldout105", "Uganda gets stem cell therapy centre", "hype:clinic", "therapy centre"),
    ("heldout105", "(1) No person, shall— (a) import human stem cells", "regulation:law",
     "No person, shall"),
    ("heldout105", "it shall be unlawful to sell stem cells", "regulation:law",
     "it shall be unlawful"),
    # Albanian "mother cells" and blood-forming in five more languages; a clinic that is no
    # specialty's department still reads (heldout106)
    ("heldout106", "Qendra për Transplantin e Qelizave Hematopoietike Amë", "rel:stem_cell",
     "Qelizave Hematopoietike Amë"),
    ("heldout106", "przeszczep komórek hematopoetycznych", "rel:hematopoietic",
     "hematopoetycznych"),
    ("heldout106", "transplantace hemopoetických buněk", "rel:hematopoietic", "hemopoetických"),
    ("heldout106", "Private Kliniken verkaufen Stammzellen", "hype:clinic", "Kliniken"),
    # gene therapies made from the patient's own blood stem cells, by name or code; a filing
    # pulled is withdrawn; another board's approval still reads (heldout107)
    ("heldout107", "FDA Approval of KRESLADI for Pediatric Patients", "rel:brand", "KRESLADI"),
    ("heldout107", "EMA Initiates Review of Rocket Pharma's RP-L102", "rel:brand", "RP-L102"),
    ("heldout107", "First Patient Randomized in Trial of OTL-203", "rel:brand", "OTL-203"),
    ("heldout107", "parere positivo per Waskyra, una terapia genica", "rel:brand", "Waskyra"),
    ("heldout107", "CHMP recommends approval of Libmeldy", "rel:brand", "Libmeldy"),
    ("heldout107", "Strimvelis was approved in 2016", "rel:brand", "Strimvelis"),
    ("heldout107", "renizgamglogene autogedtemcel (reni-cel)", "rel:brand", "reni-cel"),
    ("heldout107", "Rocket Pharmaceuticals Pulls BLA for Fanconi Anemia Gene Therapy",
     "regulation:rejection", "Pulls"),
    ("heldout107", "The advisory board approved the product", "regulation:approval", "approved"),
    # Taiwan's and Hong Kong's words, traditional characters as written (heldout108): a
    # phase, a clinical experiment, enrolment, approval, a drug licence, the drug agency, a
    # guideline, harms, an agreement, sums and markets, a bank's "insurance" for the future
    ("heldout108", "國璽新藥進入臨床三期", "trials:phase", "臨床三期"),
    ("heldout108", "四支幹細胞新藥進入臨床實驗", "trials:trial", "臨床實驗"),
    ("heldout108", "在臺大醫院完成第一位病人收案", "trials:dosing", "第一位病人"),
    ("heldout108", "盼今年核准全球首件外泌體藥證", "regulation:approval", "核准"),
    ("heldout108", "本公司今日接獲衛生福利部審核通過", "regulation:approval", "審核通過"),
    ("heldout108", "食品藥物管理署署長姜至剛出席", "regulation:agency", "食品藥物管理署"),
    ("heldout108", "人類胞外體製劑臨床試驗申請指引", "regulation:guidance", "指引"),
    ("heldout108", "臉布滿肉芽腫", "safety:harm", "肉芽腫"),
    ("heldout108", "花蓮慈濟醫院與一曜再生昨簽立合作意向書", "business:deal", "合作意向書"),
    ("heldout108", "臍帶血存商機 4年30億", "business:market", "商機"),
    ("heldout108", "訊聯搶進大陸臍帶血市場", "business:market", "搶進大陸臍帶血市場"),
    ("heldout108", "作為未來可能的醫療保障", "hype:pitch", "未來可能的醫療保障"),
    # Korea's: the fair trade commission and its corrective measures, a cosmetic procedure,
    # an impairment, a contract signed, a trial's outcome (heldout109)
    ("heldout109", "제대혈 보관 가입비 환급…공정위 시정조치", "regulation:agency", "공정위"),
    ("heldout109", "공정위 시정조치", "regulation:enforcement", "시정조치"),
    ("heldout109", "줄기세포 시술의 허용 범위, 특히 미용시술", "hype:clinic", "미용시술"),
    ("heldout109", "연구개발비 26억원 전액을 손상처리", "business:market", "손상처리"),
    ("heldout109", "CBT사와 제대혈 보관 계약을 맺었다", "business:deal", "계약을 맺"),
    ("heldout109", "통계분석 결과, 통계적 유의성을 확보하지 못했다", "trials:results", "통계적 유의성"),
    ("heldout109", "줄기세포 치료제 3상 실패", "trials:results", "실패"),
    ("heldout109", "임상 1상, 2상에서 연골 재생효과를 확인했다", "trials:results", "효과를 확인"),
    # applying to run a trial, in Korean (heldout110)
    ("heldout110", "카티스템의 미국 임상시험을 신청했다고 밝혔습니다", "regulation:trial_filing", "신청"),
    ("heldout110", "임상 신청을 마쳤다", "regulation:trial_filing", "신청"),
    # Korean counts of the treated, a treatment that succeeded, growing younger, going to
    # Japan for it (heldout111)
    ("heldout111", "차병원 연구결과 학술지 게재 투입 31명", "trials:cohort", "투입 31명"),
    ("heldout111", "뇌성마비 소아 92명을 대상으로", "trials:cohort", "92명을 대상으로"),
    ("heldout111", "자가 제대혈 줄기세포 시술에 성공했다", "trials:results", "성공"),
    ("heldout111", "우린 젊어지려고 일본 간다", "hype:anti_aging", "젊어지"),
    ("heldout111", "줄기세포 치료를 위해 일본 도쿄에 다녀왔다", "hype:tourism", "치료를 위해 일본"),
    ("heldout112", "가족제대혈은행이 허위 사실을 알린 탓에", "hype:unproven", "허위"),
    # cartilage cell therapies are no stem cells, in Korean and English (heldout113)
    ("heldout113", "자가연골세포치료제 카티라이프의 허가 신청", "neg:other_modality", "자가연골세포"),
    ("heldout113", "an autologous chondrocyte implantation product", "neg:other_modality",
     "autologous chondrocyte implantation"),
    # Korea's bioethics committee and its review (heldout114)
    ("heldout114", "배아줄기세포 연구에 대한 생명윤리심의위원회의 심의가 또 연기됐습니다",
     "regulation:agency", "생명윤리심의위원회"),
    ("heldout114", "위원회의 심의가 또 연기됐습니다", "regulation:approval", "심의"),
    # A Latin word ends where a spaceless script begins: the FDA glued to a Korean particle
    # or between Chinese or Japanese characters is still the FDA (heldout117)
    ("heldout117", "네이처셀은 미국 FDA로부터 임상시험 승인을 받아", "regulation:agency", "FDA"),
    ("heldout117", "美国FDA批准干细胞疗法", "regulation:agency", "FDA"),
    ("heldout117", "FDA承認の幹細胞製品", "regulation:agency", "FDA"),
    # stem cells written with a space, a listed maker that names none, the exchange's
    # listing review (no regulator's), mice, rats and animal experiments (heldout118); a
    # regulator's review stays an approval
    ("heldout118", "인간배아의 줄기 세포에 대한 연구도 할 수 없게 됩니다", "rel:stem_cell", "줄기 세포"),
    ("heldout118", "에스바이오메딕스가 기업공개를 목표로", "rel:brand", "에스바이오메딕스"),
    ("heldout118", "코스닥 상장예비심사 절차에 돌입했다", "business:market", "코스닥 상장예비심사"),
    ("heldout118", "뇌출혈 증상이 있는 쥐의 뇌기능을 회복", "research:lab", "쥐의"),
    ("heldout118", "동물실험 결과가 나왔다", "research:lab", "동물실험"),
    ("heldout118", "식약처의 품목허가 심사를 통과했다", "regulation:approval", "심사"),
    # public R&D money: a programme's budget, investment planned or widened (heldout119)
    ("heldout119", "재생의료 R&D 신규사업 155억원의 투자 계획을 확정", "business:funding", "R&D 신규사업"),
    ("heldout119", "줄기세포분야 투자를 대폭 확대한다", "business:funding", "투자를 대폭 확대"),
    # Turkish: a stem cell trial, patients taking part, production (heldout121)
    ("heldout121", "insanlar üzerinde ilk kez kök hücre denemesi yapılacak", "trials:trial", "denemesi"),
    ("heldout121", "deneyine 12 Parkinson hastası katılacak", "trials:trial", "hastası katılacak"),
    ("heldout121", "eksozomların üretimine başlandı", "business:manufacturing", "üretimine"),
    # Hebrew share news: Pluristem by name, an offering, shares, a dual listing, money
    # raised and invested; a phase I/II trial and its results (heldout122)
    ("heldout122", "פלוריסטם גייסה 35 מיליון דולר בהנפקת מניות", "rel:brand", "פלוריסטם"),
    ("heldout122", "פלוריסטם גייסה 35 מיליון דולר בהנפקת מניות", "business:market", "בהנפקת"),
    ("heldout122", "פלוריסטם גייסה 35 מיליון דולר", "business:funding", "גייסה"),
    ("heldout122", "המניה קורסת ב-26%", "business:market", "המניה"),
    ("heldout122", "גם פלוריסטם מבצעת רישום כפול", "business:market", "רישום כפול"),
    ("heldout122", "אינובייטיב אישרה השקעה של 30 מיליון דולר", "business:funding", "השקעה"),
    ("heldout122", "התוצאות בניסוי שלב I/II במוצר", "trials:trial", "בניסוי שלב"),
    ("heldout122", "ערב פרסום תוצאות הניסוי", "trials:trial", "תוצאות הניסוי"),
    # Persian: not approved, beauty; Tamil: illegally, a treatment trial, died (heldout122)
    ("heldout122", "کلینیک ها در بیماری های تایید نشده", "hype:unproven", "تایید نشده"),
    ("heldout122", "سلولهای بنیادی در زیبایی", "hype:clinic", "در زیبایی"),
    ("heldout122", "குஜராத்தில் சட்டவிரோதமாக சிகிச்சை", "regulation:enforcement", "சட்டவிரோதமாக"),
    ("heldout122", "சிகிச்சை பரிசோதனை செய்த 2,352 பேரில்", "trials:trial", "சிகிச்சை பரிசோதனை"),
    ("heldout122", "741 பேர் உயிரிழந்த அதிர்ச்சி சம்பவம்", "safety:harm", "உயிரிழந்த"),
    # a market's worth and sums written short; Indonesian rejuvenation words (heldout123)
    ("heldout123", "the stem cell market is estimated to be worth US$157mil", "business:market",
     "market is estimated to be worth"),
    ("heldout123", "we have invested about RM6mil for our first lab", "business:market", "RM6mil"),
    ("heldout123", "solusi peremajaan kulit", "hype:anti_aging", "peremajaan"),
    ("heldout123", "tampilan yang lebih muda", "hype:anti_aging", "lebih muda"),
    # a facelift in Hindi and Arabic; a Persian contract (heldout124)
    ("heldout124", "स्टेम सेल फेसलिफ्ट का खर्च", "hype:anti_aging", "फेसलिफ्ट"),
    ("heldout124", "بإجراء شد الوجه بالخلايا الجذعية", "hype:anti_aging", "شد الوجه"),
    ("heldout124", "۱۱۲ قرارداد نمونه برداری خون بندناف", "business:deal", "قرارداد"),
    # Indonesian: a miracle drug; a listed company, a plant, a pharmaceutical facility
    # (heldout125)
    ("heldout125", "Terapi yang Menjanjikan tapi Bukan Obat Ajaib", "hype:unproven", "Obat Ajaib"),
    ("heldout125", "Presiden Komisaris PT Kalbe Farma Tbk", "business:market", "Tbk"),
    ("heldout125", "resmi membuka fasilitas farmasi baru", "business:manufacturing", "fasilitas farmasi"),
    ("heldout125", "Wamenkes dan BPOM Resmikan Pabrik Terapi Sel Punca", "business:manufacturing", "Pabrik"),
    # Japan's cultured cartilage and skin products name no stem cells (heldout126)
    ("heldout126", "自家培養軟骨「ジャック」が健康保険の適用対象となる", "neg:other_modality", "自家培養軟骨"),
    # a share of the cases a study treated; Hebrew cord blood "insurance" (heldout127)
    ("heldout127", "helps treat 90 percent of ALS cases tested", "trials:cohort",
     "percent of ALS cases tested"),
    ("heldout127", "שימור דם טבורי מהווה ביטוח", "hype:pitch", "מהווה ביטוח"),
    ("heldout128", "the girl has got a new lease of life", "hype:unproven", "a new lease of life"),
    ("heldout129", "Kök hücre ile göğüs büyütme", "hype:clinic", "göğüs büyütme"),
    ("heldout130", "בניסוי הפיילוט בחיות גדולות", "research:lab", "בחיות"),
    ("heldout130", "ניסוי בעכברים הראה", "research:lab", "בעכברים"),
    ("heldout130", "המרפאה מבטיחה ריפוי מלא", "hype:unproven", "מבטיח"),  # a clinic promises
    # Persian "بنیادین"; a factory and a production line; Persian typed with Arabic's kaf and
    # yeh, read by both lexicons (heldout131)
    ("heldout131", "نخستین كارخانه تولید سلولهای بنیادین", "rel:stem_cell", "سلولهای بنیادین"),
    ("heldout131", "كارخانه تولید سلول", "business:manufacturing", "كارخانه"),
    ("heldout131", "خط تولید داروهای سلولی", "business:manufacturing", "خط تولید"),
    ("heldout131", "سلولهاي بنيادي", "rel:stem_cell", "سلولهاي بنيادي"),
    ("heldout131", "درمان پيري با سلول بنیادی", "hype:anti_aging", "پيري"),
    # Japanese share news, a group of its own (heldout132)
    ("heldout132", "リプロセルが大幅4日続伸", "business:shares", "続伸"),
    ("heldout132", "セルシードがストップ高、阪大のiPS細胞", "business:shares", "ストップ高"),
    ("heldout132", "ヘリオス株が高値", "business:shares", "株"),
    ("heldout132", "サンバイオ株26%安", "business:shares", "株"),
    ("heldout132", "上場来高値を更新した", "business:shares", "上場来高値"),
    ("heldout132", "東証マザーズへ新規上場した", "business:shares", "新規上場"),
    ("heldout133", "네이처셀이 하한가를 기록했다", "business:shares", "하한가"),
    ("heldout133", "줄기세포 관련주들이 22일 일제히 급등하고 있다", "business:shares", "관련주"),
    ("heldout133", "차바이오텍은 52주 신고가를 경신했다", "business:shares", "52주 신고가"),
    ("heldout133", "메디포스트 주가가 21만원을 넘어섰다", "business:shares", "주가"),
    # Chinese share news; Singapore's health ministry (heldout134)
    ("heldout134", "中源协和却在午后逆势涨停", "business:shares", "涨停"),
    ("heldout134", "西比曼公司股价达到21.5美元", "business:shares", "股价"),
    ("heldout134", "4连板 济民医疗", "business:shares", "连板"),
    ("heldout134", "首日在纳斯达克上市时的9.5美元", "business:shares", "纳斯达克上市"),
    ("heldout134", "卫生部星期一发文告说", "regulation:agency", "卫生部"),
    ("corpus", "干细胞新药获批上市", "regulation:approval", "上市"),  # still an approval
    # Japanese trial words the 133rd set's stock stories used (heldout132)
    ("heldout132", "iPS移植2例目を見送る", "trials:case", "2例目"),
    ("heldout132", "網膜細胞の移植について、安全性を確認できた", "trials:results", "安全性を確認"),
    ("corpus", "治験の1例目を実施した", "trials:dosing", "1例目"),  # the first is still dosing
    # a case report's name (heldout135)
    ("heldout135", "в лечении регрессивного аутизма: клинический случай", "trials:case", "клинический случай"),
    ("heldout135", "Trasplante de células madre: un caso clínico", "trials:case", "caso clínico"),
    # Thai beauty words; Russian plant stem cells (heldout136)
    ("heldout136", "รักษาฝ้าที่ไหนดี? เจาะลึกนวัตกรรม สเต็มเซลล์", "hype:clinic", "รักษาฝ้า"),
    ("heldout136", "สเต็มเซลล์ ดียังไง ย้อนวัยให้ผิวได้จริงไหม", "hype:anti_aging", "ย้อนวัย"),
    ("heldout136", "В косметике используются растительные стволовые клетки", "ff", "растительные стволовые клетки"),
    ("corpus", "The trial was halted after two deaths", "safety:signal", "halted"),  # English still
    ("corpus", "una multa di 20.000 euro alla clinica", "regulation:enforcement", "multa"),
    # Japanese dental pulp banking pitches (heldout137)
    ("heldout137", "「歯髄細胞バンク」は、再生医療に備えることを目的として", "hype:pitch", "に備え"),
    ("heldout137", "抜歯した乳歯は、捨てるしかありませんでした。しかし、それはとてももったいない", "hype:pitch", "もったいない"),
    ("heldout137", "捨てないで、乳歯と親知らず", "hype:pitch", "捨てないで"),
    # Chinese baby teeth banking pitches (heldout138)
    ("heldout138", "孩子的牙千万别扔,扔了就会后悔", "hype:pitch", "千万别扔"),
    ("heldout138", "乳牙干细胞储存:保障孩子未来的健康", "hype:pitch", "保障孩子未来"),
    ("heldout138", "小乳牙,可以开启生命银行", "hype:pitch", "生命银行"),
    # a cure claim, stem cells dwindling with age (heldout139)
    ("heldout139", "中風、肝硬化可自癒!花蓮慈院幹細胞完成一期臨床實驗", "hype:cure", "可自癒"),
    ("heldout139", "全身的幹細胞隨年紀增長而減少,不夠用時,就靠「補」回來", "hype:anti_aging", "隨年紀"),
    # Medicare's coverage rule-making (heldout140)
    ("heldout140", "CMS proposes May 6 to allow coverage with evidence development for HSCT", "regulation:agency", "CMS"),
    ("heldout140", "CMS proposes to allow coverage with evidence development", "regulation:law", "coverage with evidence development"),
    ("heldout140", "CMS will modify our existing National Coverage Determinations Manual", "regulation:law", "National Coverage Determinations"),
    ("heldout140", "CMS opened a 30-day comment period for a National Coverage Analysis", "regulation:law", "comment period"),
    ("heldout140", "The Centers for Medicare & Medicaid Services modified its policy", "regulation:agency", "Centers for Medicare & Medicaid Services"),
    # votes on laws that fund or bar stem cell research; a fund's awards (heldout141)
    ("heldout141", "KESQ Voter Guide: Prop 14", "regulation:law", "Prop 14"),
    ("heldout141", "California voters have approved Proposition 14", "regulation:law", "Proposition 14"),
    ("heldout141", "Stem Cell Research Institute Bond Initiative", "regulation:law", "Bond Initiative"),
    ("heldout141", "Referendum sulla Fecondazione Assistita", "regulation:law", "Referendum"),
    ("heldout141", "Maryland fund awards $8.5 million for stem cell research", "business:funding", "awards"),
    ("heldout141", "Md. stem cell research commission awards more than $7M", "business:funding", "awards"),
    ("heldout141", "it will grant $7,067,409 in award funding to innovative research", "business:funding", "award funding"),
    ("heldout141", "Authorizes $5.5 billion state bonds for stem cell research", "business:funding", "state bonds"),
    # Icelandic law words (heldout144)
    ("heldout144", "þingmenn greiddu atkvæði með frumvarpi um að auka ríkisstyrki", "regulation:law", "frumvarpi"),
    ("heldout144", "Bandaríska þingið ögraði í dag Georg W. Bush", "regulation:law", "þingið"),
    ("heldout144", "til að vera yfirsterkari neitunarvaldi forsetans", "regulation:law", "neitunarvaldi"),
    # voters deciding stem cell measures (heldout145)
    ("heldout145", "New Jersey voters on Tuesday rejected borrowing $450 million", "regulation:law", "voters on Tuesday rejected"),
    ("heldout145", "the stem-cell referendum, known as Public Question No. 2", "regulation:law", "Public Question"),
    # therapeutic cloning; a bill's second reading (heldout146)
    ("heldout146", "permission to perform therapeutic cloning using human embryos", "rel:pluripotent", "therapeutic cloning"),
    ("heldout146", "the bill passed its second reading in the Commons", "regulation:law", "second reading"),
    ("corpus", "新规出台后，干细胞临床研究须备案", "regulation:law", "新规"),  # Chinese new rules still are
    # a growth is still a harm where no market grows (heldout123's fix kept these)
    ("corpus", "Sequencing showed the growth carried the donor's DNA", "safety:harm", "growth"),
    ("corpus", "Inspectors reported bacterial growth in stored units", "safety:harm", "growth"),
    ("heldout105", "Mesoblast to acquire stem cell business of Osiris", "business:deal", "acquire"),
    ("heldout56", "The Spanish tennis star will receive stem cell treatment", "hype:unproven",
     "tennis star"),
    ("heldout56", "Mesoblast completes its acquisition of Osiris's stem cell business",
     "business:deal", "acquisition"),
    # Chinese "illegal" and "in breach of rules", as Taiwan's exosome ad inquiry put it (heldout57)
    ("heldout57", "4案外泌體醫美廣告涉違法調查中", "regulation:enforcement", "違法"),
    ("heldout57", "违规宣传干细胞抗衰", "regulation:enforcement", "违规"),
    # patterns that an earlier, shorter one hid (see test_no_pattern_is_hidden_behind_an_earlier_one)
    ("hidden", "Up to $50 million in regulatory milestones", "business:deal",
     "regulatory milestones"),
    ("hidden", "It signed a licensing agreement with Takeda", "business:deal",
     "licensing agreement"),
    ("hidden", "The licensee will pay royalties", "business:deal", "licensee"),
    ("hidden", "The company published its interim financial results", "business:market",
     "interim financial results"),
    ("hidden", "Izinsiz kök hücre tedavisi yapan klinik", "hype:unproven", "Izinsiz"),
    ("hidden", "Cord Blood Registry signs a deal", "rel:hematopoietic", "Cord Blood Registry"),
    ("hidden", "法院判决干细胞诊所退款", "regulation:enforcement", "法院"),
    ("hidden", "大学病院は患者3人に細胞シートを移植", "trials:cohort", "患者3人"),
    # French "remettre en question" is a doubt, unlike "il sera question de" (it will be about)
    ("review", "Les experts remettent en question les cellules souches", "hype:warning",
     "question"),
    # Egypt's health minister, "has not been registered", "clinical studies"; a French
    # deal signed (heldout58)
    ("heldout58", "قال مستشار وزير الصحة", "regulation:agency", "وزير الصحة"),
    ("heldout58", "إن علاج الخلايا الجذعية لم يتم تسجيله في مصر", "regulation:enforcement",
     "لم يتم تسجيل"),
    ("heldout58", "لإنشاء مركز لإجراء الدراسات الإكلينيكية", "trials:trial",
     "دراسات الإكلينيكي"),
    ("heldout58", "Les forces armées ont signé un accord avec la société CEMEX",
     "business:deal", "signé un accord"),
    ("heldout58", "Un accord de licence avec Takeda", "business:deal", "accord de licence"),
    # a compound's tail: the clinic in "stamcelkliniek", "Stammzellklinik", the tourism in
    # "stamcelleturisme" (heldout59)
    ("heldout59", "Inspectie sluit stamcelkliniek", "hype:clinic", "kliniek"),
    ("heldout59", "Die Stammzellkliniken am Rhein", "hype:clinic", "kliniken"),
    ("heldout59", "Stamcelleturisme er farligt", "hype:destination", "turisme"),
    ("heldout59", "The clinic is endorsed by a footballer", "hype:unproven", "endorsed"),
    # "the miracle of stem cells" and "promises to make women younger" in Spanish and
    # Portuguese; Brazil's medical council; an Arabic laboratory (heldout60)
    ("heldout60", "Patricio Centurión y el milagro de las células madre", "hype:unproven",
     "milagro"),
    ("heldout60", "O preenchimento promete deixar as mulheres mais jovens", "hype:unproven",
     "promete"),
    ("heldout60", "alerta a médica, integrante da Câmara Técnica do CFM", "regulation:agency",
     "CFM"),
    ("heldout60", "O Conselho Federal de Medicina proíbe o uso estético", "regulation:agency",
     "Conselho Federal de Medicina"),
    ("heldout60", "تمكن فريق طبي من تصنيع جلد بشري في المختبر", "research:lab", "المختبر"),
    # Italy's health police and their investigations (heldout61)
    ("heldout61", "Il fenomeno è arrivato all’attenzione dei Nas", "regulation:agency", "dei Nas"),
    ("heldout61", "I carabinieri stanno conducendo indagini sui centri", "regulation:enforcement",
     "conducendo indagini"),
    ("heldout61", "I carabinieri del Nas hanno sequestrato", "regulation:agency", "del Nas"),
    # Brazil's national congress is a legislature, not a meeting (review)
    ("review", "O Congresso Nacional aprovou a lei", "regulation:law", "Congresso"),
    # blood-forming cells in Greek, Bulgaria's parliament, Hindi enforcement, Arabic
    # cosmetic surgery (heldout62)
    ("heldout62", "152 μεταμοσχεύσεις αιμοποιητικών κυττάρων", "rel:hematopoietic",
     "αιμοποιητικών"),
    ("heldout62", "Парламентът прие промените в Закона", "regulation:law", "Парламентът"),
    ("heldout62", "Народното събрание прие закона", "regulation:law", "Народното събрание"),
    ("heldout62", "नगर निगम ने 'अवैध' स्टेम सेल थेरेपी", "regulation:enforcement", "अवैध"),
    ("heldout62", "संस्थान को बंद करने का आदेश दिया", "regulation:enforcement",
     "बंद करने का आदेश"),
    ("heldout62", "استخدام الخلايا الجذعية في جراحات التجميل", "hype:clinic", "تجميل"),
    # exosomes and a "magic" in Hindi, a fundraising drive, a health department's advisory
    # (heldout63)
    ("heldout63", "एक्सोसोम थेरेपी: स्किनकेयर का नया जादू", "rel:exosome", "एक्सोसोम"),
    ("heldout63", "एक्सोसोम थेरेपी: स्किनकेयर का नया जादू", "hype:unproven", "जादू"),
    ("heldout63", "A nationwide fundraising drive for the transplant centre", "business:funding",
     "fundraising"),
    ("heldout63", "The public is hereby advised that only these facilities are accredited",
     "hype:warning", "The public is hereby advised"),
    # a hospital accredited, a ministry's short name, "alerted", a Latvian miracle, a product
    # name, leave to test, a Japanese marketing approval (heldout64)
    ("heldout64", "HCAM, primero en acreditarse para realizar trasplante de médula ósea",
     "regulation:approval", "acreditarse"),
    ("heldout64", "Min-Salud solo avala uso de células madres", "regulation:agency", "Min-Salud"),
    ("heldout64", "Nelson Hernández alertó este viernes", "hype:warning", "alertó"),
    ("heldout511", "Experto advierte sobre uso de células madres", "hype:warning", "advierte"),
    ("heldout511", "La dermatóloga advirtió a sus pacientes", "hype:warning", "advirtió"),
    ("heldout512", "une crème antirides à partir des cellules souches", "hype:anti_aging", "antirides"),
    ("heldout512", "Traitement anti-rides à base de cellules souches", "hype:anti_aging", "anti-rides"),
    ("heldout514", "Las autoridades sanitarias estadounidenses aprobaron el viernes",
     "regulation:agency", "autoridades sanitarias"),
    ("heldout514", "As autoridades de saúde americanas aprovaram", "regulation:agency",
     "autoridades de saúde"),
    ("heldout514", "L'autorità sanitaria ha dato il via libera", "regulation:agency",
     "autorità sanitaria"),
    ("heldout514", "Les autorités sanitaires ont autorisé le traitement", "regulation:agency",
     "autorités sanitaires"),
    ("heldout514", "il 90% dei soggetti trattati guarisce", "trials:cohort", "soggetti trattati"),
    ("heldout518", "researchers have created synthetic human embryos", "rel:organoid",
     "synthetic human embryos"),
    ("heldout518", "‘Synthetic’ human embryos created without eggs or sperm", "rel:organoid",
     "Synthetic’ human embryos"),
    ("heldout518", "the first synthetic human model embryo", "rel:organoid", "model embryo"),
    ("heldout518", "The first human embryo-like structures have been created", "rel:organoid",
     "embryo-like structures"),
    ("heldout518", "Blastoids grown from reprogrammed cells", "rel:organoid", "Blastoids"),
    ("heldout518", "Des embryons synthétiques créés en laboratoire", "rel:organoid",
     "embryons synthétiques"),
    ("heldout522", "Forscher stellen synthetische menschliche Embryonen her", "rel:organoid",
     "synthetische menschliche Embryonen"),
    ("heldout522", "Künstliche menschliche Embryonen werfen ethische Fragen auf", "rel:organoid",
     "Künstliche menschliche Embryonen"),
    ("heldout518", "Human embryos created without egg or sperm", "rel:organoid",
     "embryos created without egg"),
    ("heldout519", "Un embrión sintético fabricado sin espermatozoides", "rel:organoid",
     "embrión sintético"),
    ("heldout519", "Científicos crean embriones humanos sintéticos", "rel:organoid",
     "embriones humanos sintéticos"),
    ("heldout519", "Embrión humano artificial sin óvulo ni espermatozoide", "rel:organoid",
     "Embrión humano artificial"),
    ("heldout519", "lograron desarrollar un embrión con apariencia humana sin la necesidad de "
     "utilizar óvulos", "rel:organoid",
     "embrión con apariencia humana sin la necesidad de utilizar óvulos"),
    ("heldout519", "从合成胚胎模型到合成人类有多远", "rel:organoid", "合成胚"),
    ("heldout524", "Researchers transplant lab-grown heart muscle cells into patient",
     "rel:progenitor", "lab-grown heart muscle cells"),
    ("heldout524", "Göttingen team implants engineered heart muscle in patients", "rel:progenitor",
     "engineered heart muscle"),
    ("heldout524", "'Pumping heart patch' ready for human use", "rel:progenitor",
     "Pumping heart patch"),
    ("heldout524", "the lab-grown patch that can heal broken hearts", "rel:progenitor",
     "lab-grown patch"),
    ("heldout524", "patches of beating heart muscle aid patients", "rel:progenitor",
     "patches of beating heart muscle"),
    ("heldout524", "degradable heart muscle sheets placed on the heart", "rel:progenitor",
     "heart muscle sheets"),
    ("heldout524", "heart muscle cells grown in the lab", "rel:progenitor",
     "heart muscle cells grown in the lab"),
    ("heldout525", "Herzpflaster im ersten klinischen Test", "rel:progenitor", "Herzpflaster"),
    ("heldout525", "mit sogenannten „Herzpflastern“ erprobt", "rel:progenitor", "Herzpflastern"),
    ("heldout525", "Ein „Pflaster” aus Herzzellen könnte helfen", "rel:progenitor",
     "Pflaster” aus Herzzellen"),
    ("heldout525", "ein im Labor gezüchtetes Herzpflaster", "rel:progenitor",
     "im Labor gezüchtetes Herzpflaster"),
    ("heldout525", "der den Ansatz erstmals am Menschen geprüft hat", "trials:trial",
     "am Menschen geprüft"),
    ("heldout525", "Der erste Test am Menschen", "trials:trial", "Test am Menschen"),
    ("heldout526", "Human Mini-Lungs Grown in Lab Dishes", "rel:organoid", "Mini-Lungs"),
    ("heldout526", "Scientists can now grow ‘mini organs’ for each patient", "rel:organoid",
     "mini organs"),
    ("heldout526", "Lab-grown mini-livers bring us closer", "rel:organoid", "mini-livers"),
    ("heldout526", "Scientists grow miniature liver", "rel:organoid", "miniature liver"),
    ("heldout526", "Tiny mini-hearts beat in a dish", "rel:organoid", "mini-hearts"),
    ("heldout526", "Lab-grown retinas explain colour vision", "rel:organoid", "Lab-grown retinas"),
    ("heldout526", "they have grown a human retina in a lab", "rel:organoid",
     "grown a human retina in a lab"),
    ("heldout526", "Scientists Have Grown a Human Retina From Scratch in The Lab", "rel:organoid",
     "Grown a Human Retina From Scratch in The Lab"),
    ("heldout527", "Bone Marrow Aspirate Concentration (BMAC)", "rel:hematopoietic",
     "Bone Marrow Aspirate Concentration"),
    ("heldout527", "What is Bone Marrow Cellular Concentrate Therapy?", "rel:hematopoietic",
     "Bone Marrow Cellular Concentrate"),
    ("heldout527", "Concentrated Bone Marrow Aspirate for Chondral Injuries", "rel:hematopoietic",
     "Concentrated Bone Marrow Aspirate"),
    ("heldout528", "What is Wharton’s Jelly?", "rel:perinatal", "Wharton’s Jelly"),
    ("heldout528", "What's Wharton's Jelly good for?", "rel:perinatal", "Wharton's Jelly"),
    ("heldout528", "The Jelly, called Wharton’s jelly, will be injected", "rel:perinatal",
     "Wharton’s jelly"),
    ("heldout528", "Células madre de la gelatina de Wharton", "rel:perinatal",
     "gelatina de Wharton"),
    ("heldout528", "cellule della gelatina di Wharton", "rel:perinatal", "gelatina di Wharton"),
    ("heldout528", "les cellules de la gelée de Wharton", "rel:perinatal", "gelée de Wharton"),
    ("heldout528", "Zellen aus der Wharton-Sulze", "rel:perinatal", "Wharton-Sulze"),
    ("heldout519", "Tạo ra phôi thai không cần trứng, tinh trùng?", "rel:organoid",
     "phôi thai không cần trứng"),
    ("heldout519", "tạo ra phôi mà không sử dụng tinh trùng hoặc trứng", "rel:organoid",
     "phôi mà không sử dụng tinh trùng"),
    ("heldout519", "Các nhà khoa học tạo ra phôi người tổng hợp", "rel:organoid",
     "phôi người tổng hợp"),
    ("heldout519", "Mô hình phôi từ tế bào gốc", "rel:organoid", "Mô hình phôi"),
    ("heldout529", "iPS心筋移植の治験開始 世界初", "rel:pluripotent", "iPS"),
    ("heldout529", "iPS心臓治療、慶応大が厚労省に申請", "rel:pluripotent", "iPS"),
    ("heldout529", "Hospital transplants dopamine cells from donor iPS lines", "rel:pluripotent",
     "iPS"),
    ("heldout529", "海外で幹細胞治療を受けた患者", "hype:tourism", "海外で幹細胞治療を受け"),
    ("heldout529", "海外のクリニックで幹細胞を注射", "hype:tourism", "海外のクリニック"),
    ("heldout530", "Video: parche viviente podría reparar el daño que un infarto causa en el corazón",
     "rel:progenitor", "parche viviente"),
    ("heldout530", "Parche de músculo cardíaco cultivado en laboratorio", "rel:progenitor",
     "Parche de músculo cardíaco"),
    ("heldout531", "7-year-old SoCal boy with cancer needs mixed-race bone marrow match",
     "rel:hematopoietic", "bone marrow match"),
    ("heldout531", "Finding bone marrow matches: Cheek swabs may help save lives", "rel:hematopoietic",
     "bone marrow matches"),
    ("heldout531", "Bone marrow needed for 3-year-old local", "rel:hematopoietic",
     "Bone marrow needed"),
    ("heldout532", "Typisierungsaktion in der Turnhalle: Wer hilft Lena?", "rel:hematopoietic",
     "Typisierungsaktion"),
    ("heldout532", "Mit diesem Motto ruft die DKMS dazu auf, sich typisieren zu lassen",
     "rel:hematopoietic", "typisieren zu lassen"),
    ("heldout532", "Die Suche nach einem geeigneten Spender für Leukämiekranke", "rel:hematopoietic",
     "Spender für Leukämiekranke"),
    ("heldout533", "가톨릭大 학생 170명 조혈모세포 기증희망", "rel:hematopoietic", "조혈모세포"),
    ("heldout533", "서울성모병원 조혈모세포이식 7,000례 세계적 위업 달성", "rel:hematopoietic",
     "조혈모세포"),
    ("heldout533", "생면부지 환자에게 골수 기증한 대학생", "rel:hematopoietic", "골수 기증"),
    ("heldout534", "Σπάρτη: Με επιτυχία η δράση για τη δωρεά μυελού των οστών", "rel:hematopoietic",
     "δωρεά μυελού"),
    ("heldout534", "Παγκόσμια Ημέρα Εθελοντή Δότη Μυελού των Οστών", "rel:hematopoietic",
     "Δότη Μυελού"),
    ("heldout534", "ΕΓΓΡΑΦΗ ΕΘΕΛΟΝΤΩΝ ΔΟΤΩΝ ΜΥΕΛΟΥ", "rel:hematopoietic", "ΔΟΤΩΝ ΜΥΕΛΟΥ"),
    ("heldout535", "骨髄バンクドナー登録促進ウェーブについて", "rel:hematopoietic", "骨髄バンク"),
    ("heldout535", "骨髄ドナーや献血について色々考えさせられる一日", "rel:hematopoietic", "骨髄ドナー"),
    ("heldout535", "中华骨髓库新增志愿者", "rel:hematopoietic", "骨髓库"),
    ("heldout535", "大学生捐献骨髓救人", "rel:hematopoietic", "捐献骨髓"),
    ("heldout537", "Paolo Macchiarini Found Guilty for Botched Surgery", "rel:brand", "Macchiarini"),
    ("heldout537", "the first transplant to the world of trachea with stamina cells", "rel:brand",
     "stamina cells"),
    ("heldout538", "few startups start with $3bn in the bank. Yet that is the fortunate position "
     "in which Altos Labs finds itself", "rel:reprogramming", "Altos Labs"),
    ("heldout538", "Yamanaka factors turn back the clock in old mice", "rel:reprogramming",
     "Yamanaka factors"),
    ("heldout538", "Partial reprogramming rejuvenates aged skin", "rel:reprogramming",
     "Partial reprogramming"),
    ("heldout538", "山中因子で老化した細胞を若返らせる", "rel:reprogramming", "山中因子"),
    ("heldout539", "Fifteen of the 17 boys treated in a study had no major disability",
     "trials:cohort", "Fifteen of the 17 boys"),
    ("heldout539", "Doctors used gene therapy to treat two boys with the disorder", "trials:cohort",
     "two boys"),
    ("heldout539", "Gene therapy aids boys with Lorenzo’s Oil disease", "rel:hematopoietic",
     "Lorenzo’s Oil"),
    ("heldout540", "Yamanaka och Gurdon får Nobelpriset", "rel:pluripotent", "Yamanaka och Gurdon"),
    ("heldout540", "British researcher John Gurdon and Shinya Yamanaka of Japan won", "rel:pluripotent",
     "Gurdon and Shinya Yamanaka"),
    ("heldout516", "Gene Therapy Provides Lasting Cure For 'Bubble Boy' Children", "trials:cured",
     "Provides Lasting Cure"),
    ("heldout514", "un jeune Français guéri grâce à une thérapie génique", "trials:cured",
     "guéri grâce à"),
    ("heldout517", "Terapia genica efficace contro la sindrome dei bimbi in bolla", "trials:cured",
     "efficace"),
    ("heldout514", "Terapia genowa okazała się skuteczna w walce z beta-talasemią", "trials:cured",
     "okazała się skuteczna"),
    ("heldout539", "Gene therapy halts brain disease", "trials:cured", "halts"),
    ("heldout544", "World-first gene therapy cures teen with sickle cell disease", "trials:cured",
     "cures"),
    ("heldout544", "World-first gene therapy cures teen with sickle cell disease",
     "rel:hematopoietic", "gene therapy"),
    ("heldout544", "Addio trasfusioni per 3 bimbi talassemici, funziona la cura genica",
     "trials:cured", "funziona la cura genica"),
    ("heldout544", "Beta talassemia, la terapia genica elimina le trasfusioni", "trials:cured",
     "elimina le trasfusioni"),
    ("heldout544", "Una terapia génica evita la necesidad de transfusiones de sangre", "trials:cured",
     "evita la necesidad de transfusiones"),
    ("heldout544", "Most of the patients no longer need blood transfusions", "trials:cured",
     "no longer need blood transfusions"),
    ("heldout545", "いま注目のバイオベンチャー「ハートシード」に関して", "rel:brand", "ハートシード"),
    ("heldout546", "루게릭병 신약 ‘뉴로나타 알’, 3상 유효성 미입증", "trials:phase", "3상"),
    ("heldout546", "뉴로나타알 3상 결과 FDA 승인 기대까지 총정리", "trials:phase", "3상"),
    ("heldout546", "뉴로나타알 3상 결과 FDA 승인 기대까지 총정리", "trials:results", "결과"),
    ("heldout546", "글로벌 2a상에서 환자 등록을 마쳤다", "trials:phase", "2a상"),
    ("heldout547", "Thận trọng “mốt” hồi xuân bằng tế bào gốc", "hype:anti_aging", "hồi xuân"),
    ("heldout547", "Nguy hiểm khó lường khi \"cải lão hoàn đồng\" bằng tế bào gốc", "hype:anti_aging", "cải lão hoàn đồng"),
    ("heldout547", "để được “trẻ mãi không già”", "hype:anti_aging", "trẻ mãi không già"),
    ("heldout548", "FDA Warns Companies That Process And Distribute Unapproved Products", "hype:offer", "Distribute"),
    ("heldout548", "for processing and distributing unapproved products derived from umbilical cord blood", "hype:offer", "distributing"),
    ("heldout548", "a firm accused of supplying unapproved stem cell products", "hype:offer", "supplying"),
    ("heldout549", "Tako je počeo prvi klinički pokus u svijetu", "trials:trial", "klinički pokus"),
    ("heldout549", "Američki lekari privode kraju kliničku studiju", "trials:trial", "kliničku studiju"),
    ("heldout551", "全国12のクリニックで臍帯血を無届けで投与していた問題", "regulation:enforcement", "無届"),
    ("heldout552", "NeuroGen director in soup for allegedly violating NMC direction", "regulation:agency", "NMC"),
    ("heldout552", "NeuroGen director in soup for allegedly violating NMC direction", "regulation:enforcement", "violating"),
    ("heldout552", "The National Medical Commission has directed doctors not to use it", "regulation:agency", "National Medical Commission"),
    ("heldout552", "for violating Indian Council of Medical Research (ICMR) guidelines", "regulation:agency", "ICMR"),
    ("heldout553", "Pasien yang datang ke tempat itu diiming-imingi krim awet muda", "hype:unproven", "diiming-imingi"),
    ("heldout553", "iming-iming kesembuhan dari suntik stem cell", "hype:unproven", "iming-iming"),
    ("heldout555", "Őssejtbotrány a köbön, már egy férfi halálát is vizsgálják!", "hype:warning", "botrány"),
    ("heldout555", "a 2009-ben nagy botrányt kavart őssejtügyben", "hype:warning", "botrányt"),
    ("heldout555", "Der Stammzellskandal um eine Düsseldorfer Klinik", "hype:warning", "skandal"),
    ("heldout556", "kosmetické firmy přišly s nápadem: používat kmenové buňky z rostlin", "ff", "kmenové buňky z rostlin"),
    ("heldout556", "Krém s rostlinnými kmenovými buňkami vyhladí vrásky", "ff", "rostlinnými kmenovými buňkami"),
    ("heldout556", "Rastlinné kmeňové bunky v pleťových krémoch", "ff", "Rastlinné kmeňové bunky"),
    ("heldout558", "Florida Allows Use of Unapproved Stem Cell Therapies", "hype:offer", "Allows"),
    ("heldout558", "Law allowing physicians to give unapproved stem cell therapy takes effect", "hype:offer", "allowing"),
    ("heldout561", "Os primeiros testes clínicos de uma técnica que usa células-tronco", "trials:trial", "testes clínicos"),
    ("heldout561", "o teste clínico com células-tronco começou em Glasgow", "trials:trial", "teste clínico"),
    ("heldout563", "Stamina, nuove regole anti-truffa sulla preparazione di farmaci", "rel:brand", "Stamina"),
    ("heldout563", "Stamina, Vannoni patteggia", "rel:brand", "Stamina"),
    ("heldout564", "Chile vive boom de terapias de células madre pese a que mayoría no aprueba su efectividad", "regulation:approval", "aprueba"),
    ("heldout564", "Aprueban dos tratamientos con células madre", "regulation:approval", "Aprueban"),
    # a sweep of the enforcement words' missing forms (session 122)
    ("sweep", "Cofepris multó a una clínica de células madre", "regulation:enforcement", "multó"),
    ("sweep", "Anvisa multou clínica que vendia células-tronco", "regulation:enforcement", "multou"),
    ("sweep", "La policía decomisó células madre en un allanamiento", "regulation:enforcement", "decomisó"),
    ("sweep", "Polícia apreendeu produtos com células-tronco", "regulation:enforcement", "apreendeu"),
    ("sweep", "Behörde beschlagnahmt Stammzellpräparate", "regulation:enforcement", "beschlagnahmt"),
    ("sweep", "Il ministero sospende la clinica delle staminali", "regulation:enforcement", "sospende"),
    ("sweep", "Ministerstwo zakazuje terapii komórkami macierzystymi", "regulation:enforcement", "zakazuje"),
    ("sweep", "Минздрав запретил клинике лечение стволовыми клетками", "regulation:enforcement", "запретил"),
    ("heldout538", "Biotech Startup Aims to Make People Younger", "hype:anti_aging",
     "Make People Younger"),
    ("heldout538", "How scientists want to make you young again", "hype:anti_aging",
     "make you young"),
    ("heldout568", "The FDA could soon expand use of two multiple myeloma cell therapies", "neg:car_t",
     "myeloma cell therapies"),
    ("heldout568", "Legend wins EU nod for its BCMA-directed cell therapy", "neg:car_t",
     "BCMA-directed cell therapy"),
    ("heldout569", "Top News in Oncology Cell Therapy for World Cancer Day 2024", "neg:car_t",
     "Oncology Cell Therapy"),
    ("heldout569", "The biotech develops a solid tumor cell therapy", "neg:car_t",
     "solid tumor cell therapy"),
    ("heldout576", "The STAP saga has continued, with Haruko Obokata given a year",
     "rel:pluripotent", "STAP saga"),
    ("heldout576", "a year for Haruko Obokata to correct her dissertation", "rel:pluripotent",
     "Obokata"),
    ("heldout576", "ThermoGenesis Takes Next Step Toward Merger With TotipotentRx", "rel:brand",
     "TotipotentRx"),
    ("heldout576", "the company, to be re-named Cesca Therapeutics", "rel:brand",
     "Cesca Therapeutics"),
    ("heldout576", "They are currently in animal trials.", "research:lab", "animal trials"),
    ("heldout576", "in a study of COVID-19 patients with acute respiratory distress",
     "trials:design", "study"),
    ("heldout576", "there was 83 percent survival with two intravenous infusions",
     "trials:results", "percent survival"),
    ("heldout576", "the cells gave 83% survival at a year", "trials:results", "survival"),
    ("heldout576", "The fast-growing cell therapy market is attracting private funds",
     "business:market", "fast-growing cell therapy market"),
    ("heldout578", "The proceeds will advance the company's current Phase 2 trial of ProHema",
     "business:funding", "proceeds will advance the company's current Phase 2 trial"),
    ("heldout578", "it will use the proceeds to fund its pivotal study", "business:funding",
     "proceeds to fund its pivotal study"),
    ("heldout577", "new paper from Cell Stem Cell: H3K4 Methylation-Dependent Memory",
     "research:paper", "new paper"),
    ("heldout577", "and the source paper led by Joe Wu, which used IPS cell technology",
     "research:paper", "source paper"),
    ("heldout577", "Legos for manipulating cultures of stem cells, Sci Reports, 2021",
     "research:paper", "Sci Reports"),
    ("heldout579", "responses were seen in 12 of 20 treated", "trials:cohort", "12 of 20"),
    ("heldout580", "patients in the cell therapy arm walked farther", "trials:dosing", "arm"),
    ("heldout581", "Rushing stem cell treatments to patients is like playing Russian Roulette with patients",
     "hype:warning", "Russian Roulette"),
    ("heldout585", "the agency's review board approved the stem cell trial", "regulation:approval", "approved"),
    ("heldout585", "the regulator suspended the clinic's licence", "regulation:enforcement", "suspended"),
    ("heldout583", "Miniature human brains continue to develop in the mouse brain", "rel:organoid",
     "Miniature human brains"),
    ("heldout580", "the search for results ended when the trial's results were published", "trials:results", "results"),
    ("heldout580", "the drug agency cleared the gene therapy", "regulation:agency", "agency"),
    ("heldout579", "a promising stem cell cure for aging", "hype:unproven", "promising"),
    ("heldout587", "This same approach is now being tested in clinical trials for people with MS",
     "trials:dosing", "now being tested"),
    ("heldout587", "the cells are being evaluated in two clinical trials", "trials:dosing",
     "being evaluated"),
    ("heldout588", "StemCells has submitted a protocol to the FDA for a second trial",
     "regulation:trial_filing", "submitted a protocol"),
    ("heldout588", "a group is calling for a clamp down on unregulated stem cell treatments",
     "regulation:call", "calling for"),
    ("heldout588", "officials called for a clampdown on the clinics", "regulation:call", "called for"),
    ("heldout589", "the state banned ads for unapproved stem cell treatments", "regulation:enforcement",
     "banned"),
    ("heldout589", "the FDA moved to crack down on predatory stem cell clinics", "regulation:enforcement",
     "crack down"),
    ("heldout590", "It is one of the more persistent stem cell myths out there", "hype:warning", "myths"),
    ("heldout590", "the big pharma stem cell conspiracy theory", "hype:warning", "conspiracy theory"),
    ("heldout590", "This is the phony idea that the FDA blocks cures", "hype:warning", "phony"),
    # heldout591: fresh cell injections are a foetal animal's cells, no stem cells
    ("heldout591", "its animal cell therapy (Fresh Cell Therapy) cures", "neg:other_cells", "Fresh Cell"),
    ("heldout591", "one woman's use of fetal animal cell injection", "neg:other_cells", "fetal animal cell"),
    ("heldout591", "Frischzellentherapie gegen das Altern", "neg:other_cells", "Frischzellentherapie"),
    ("heldout591", "anti-ageing cures from sheep foetal cells", "neg:other_cells", "sheep foetal cells"),
    # heldout591: a seller's claim in the inverted order is still a claim
    ("heldout591", "Stem cells heal any joint, claims the clinic", "hype:unproven", "claims"),
    ("heldout591", "Our cells reverse ageing, claim the clinic's doctors", "hype:unproven", "claim"),
    # heldout592: ageing as a process or a participle is still anti-ageing's word
    ("heldout592", "Frenar el envejecimiento con células madre", "hype:anti_aging", "envejecimiento"),
    ("heldout592", "la piel envejecida recupera su brillo", "hype:anti_aging", "envejecida"),
    ("heldout592", "o segredo para não envelhecer", "hype:anti_aging", "envelhecer"),
    # heldout592: a running trial told conditionally, and trials that showed, are trial news
    ("heldout592", "If the trial succeeds, the company will file for approval", "trials:trial", "trial"),
    ("heldout592", "Clinical trials show the cells are safe", "trials:trial", "Clinical trials"),
    # a trial's and a standard's plural read as the singular does
    ("heldout421", "the stem cell trials began", "trials:trial", "trials"),
    ("heldout583", "the standards committee approved the cell bank", "regulation:guidance", "standards"),
    # heldout601: exosomes taken from platelets and an amniotic membrane graft name no stem cells
    ("heldout601", "exosomes isolated from human platelets for wound healing", "neg:plant_vesicles",
     "isolated from human platelets"),
    ("heldout601", "processed dehydrated amnion/chorion membrane (dHACM)", "neg:other_cells",
     "dehydrated amnion/chorion membrane"),
    ("heldout601", "The healing potential of amniotic membrane preparations", "neg:other_cells",
     "amniotic membrane"),
    # heldout605: cancer treated "with" or "using" cell therapy is the immune cell kind
    ("heldout605", "strategies to tackle solid tumors with cell therapy", "neg:car_t",
     "solid tumors with cell therapy"),
    ("heldout605", "treating cancers using engineered cell therapies", "neg:car_t",
     "cancers using engineered cell therapies"),
    # heldout608: an application's decision date and the trade's name for the advisory committee
    ("heldout608", "Bluebird's gene-edited cell therapy has a PDUFA date of December 20, 2023.",
     "regulation:submission", "PDUFA"),
    ("heldout608", "No AdComm Meeting for Sickle Cell Therapy Lovo-Cel", "regulation:rejection",
     "AdComm"),
    # a seller's promise stays hype's beside a field's, which a blog cheers (heldout613)
    ("heldout613", "The clinics promise great benefits from one infusion", "hype:unproven", "promise"),
    ("heldout613", "The clinic promises tremendous results", "hype:unproven", "promises"),
    ("heldout613", "Our clinic offers hope and promise to every patient", "hype:unproven", "promise"),
    # heldout613: patients given their own cells, the treatment named between
    ("heldout613", "fifteen people diagnosed with Type 1 diabetes were given transfusions of their own stem cells",
     "trials:case", "given transfusions of their own"),
    # heldout619: a legal framework stays a law word beside the EU's Framework Programme
    ("heldout619", "The ministry set out a legal framework for stem cell clinics", "regulation:law",
     "framework"),
    # heldout622: a government's act stays a law word beside a government's money
    ("heldout622", "The government banned the clinic's stem cell infusions", "regulation:law", "government"),
    ("heldout622", "A ban from the government for unlicensed clinics", "regulation:enforcement", "ban"),
    # heldout611, heldout614: a regulator's approval told in the past tense is still one
    ("heldout614", "The FDA recently approved the first stem cell therapy for children",
     "regulation:approval", "approved"),
    ("heldout614", "Ryoncil, newly approved by the FDA, launches", "regulation:approval", "approved"),
    # heldout625: a trial's outcome as a registry or a shareholder names it
    ("heldout625", "I still question how the PMDA set the primary outcome target", "trials:results",
     "primary outcome"),
    # heldout626: a patient's own joint given stem cells, as patients and clinics tell it
    ("heldout626", "I had a few million stem cells injected into my right knee", "hype:service",
     "injected into my right knee"),
    ("heldout626", "I am undergoing mesenchymal stem cell injections for my knee", "hype:service",
     "injections for my knee"),
    ("heldout626", "Is stem cell therapy for knees a good idea?", "hype:service", "for knees"),
    # heldout627: an MSC maker's products as its shareholders name them, by shorthand and code
    ("heldout627", "MSB were unable to get approval of Rem-L in paediatric Gvhd", "rel:brand", "Rem-L"),
    ("heldout627", "the potency assay at the time of the MSB-GVHD001 trial", "rel:brand", "MSB-GVHD001"),
    ("heldout627", "Safety and Efficacy of CYP-006TK in Adults With Diabetic Foot Ulcers", "rel:brand",
     "CYP-006TK"),
    ("heldout627", "sites that might take up CYP-GvHD-P2-01, the proposed protocol", "rel:brand", "CYP-GvHD"),
    # heldout634: a clinic network's stem cell procedures named by its brand alone
    ("heldout634", "Regenexx FAQs: a phone review of your condition", "rel:brand", "Regenexx"),
    # heldout636: the receptor spelt out, its T parted from CAR by a bracket
    ("heldout636", "a chimeric antigen receptor (CAR)-T cell investment in CRISPR-edited cell therapies",
     "neg:car_t", "chimeric antigen receptor"),
    # heldout639: the phase spelt out before its trial
    ("heldout639", "funds to kick off the Progenza osteoarthritis (OA) phase two trial in the U.S.",
     "trials:phase", "phase two"),
    ("heldout639", "The company will report phase three clinical trial results", "trials:phase", "phase three"),
    # heldout641: a therapy tested in people
    ("heldout641", "When are iPS cell-based therapies ready to be tested in actual people?", "trials:trial",
     "tested in actual people"),
    # heldout642: HCT by a half-matched donor, after reduced-intensity conditioning, in need
    ("heldout642", "safe in recipients of peripheral blood haploidentical HCT", "rel:hematopoietic",
     "HCT"),
    ("heldout642", "reduced-intensity conditioning (RIC) HCT with PTCy", "rel:hematopoietic", "HCT"),
    ("heldout642", "access to nearly 100% of patients in need of HCT", "rel:hematopoietic", "HCT"),
    # and a registry's look at treated patients
    ("heldout642", "An observational study from the CIBMTR found", "trials:lookback", "observational study"),
    ("heldout642", "compared the outcomes of adult allogeneic HCT recipients", "trials:lookback",
     "compared the outcomes of adult allogeneic HCT recipients"),
    ("heldout642", "low income was associated with worse outcomes in patients", "trials:lookback",
     "associated with worse outcomes"),
    ("heldout642", "led to improved 2-year overall survival", "trials:lookback", "improved 2-year overall survival"),
    # heldout643: the blood stem cell transplant's own drugs, and a registry paper's title
    ("heldout643", "Post-transplantation cyclophosphamide is associated with increased bacterial infections",
     "rel:hematopoietic", "Post-transplantation cyclophosphamide"),
    ("heldout643", "Gilteritinib as Post-Transplant Maintenance for Acute Myeloid Leukemia", "rel:hematopoietic",
     "Post-Transplant Maintenance"),
    ("heldout643", "Outcomes after umbilical cord blood transplantation for myelodysplastic syndromes",
     "trials:lookback", "Outcomes after umbilical cord blood transplantation"),
    ("heldout643", "A Center for International Blood and Marrow Transplant Research analysis", "trials:lookback",
     "Research analysis"),
    # heldout644: the half-matched transplant by its name
    ("heldout644", "El trasplante haploidéntico amplía las posibilidades", "rel:hematopoietic",
     "trasplante haploidéntico"),
    ("heldout644", "Haploidentical stem cell transplantation for leukaemia", "rel:hematopoietic",
     "Haploidentical stem cell transplantation"),
    ("heldout644", "Outcomes of haplo-HSCT in older adults", "rel:hematopoietic", "haplo-HSCT"),
    ("heldout644", "primo trapianto aploidentico a Bari", "rel:hematopoietic", "trapianto aploidentico"),
    # heldout645: beside the journal's name, a transplant named is still read
    ("heldout645", "Biol Blood Marrow Transplant – patients who delay their autologous HCT do worse",
     "rel:hematopoietic", "HCT"),
    # heldout646: a design word before "trial" leaves the trial word to be read
    ("heldout646", "the algorithm can be implemented into a multicenter trial", "trials:trial", "trial"),
    ("heldout646", "a pilot clinical trial of cord blood for autism", "trials:trial", "clinical trial"),
    ("heldout646", "a prospective randomised trial of marrow cells", "trials:trial", "trial"),
    ("heldout646", "survival among patients who underwent unrelated-donor transplantation", "trials:lookback",
     "survival among patients who underwent"),
    ("heldout646", "The CIBMTR conducted a study to address the lack of data", "trials:lookback",
     "CIBMTR conducted a study"),
    ("heldout646", "newly diagnosed chronic graft-versus-host disease (cGVHD)", "rel:hematopoietic",
     "chronic graft-versus-host disease"),
    # heldout638: a party that sues, and an official board's misconduct finding
    ("heldout638", "Stem cell researchers sue Harvard, claiming faulty investigation", "regulation:enforcement", "sue"),
    ("heldout638", "Patients will sue US Stem Cell", "regulation:enforcement", "sue"),
    ("heldout638", "Swedish review board finds misconduct by Macchiarini", "regulation:enforcement",
     "finds misconduct"),
    # heldout651: an embryo carrying another species' pluripotent cells
    ("heldout651", "han logrado crear embriones quiméricos que contienen células humanas", "rel:pluripotent",
     "embriones quiméricos"),
    ("heldout651", "Scientists create the first human-pig chimeras", "rel:pluripotent", "human-pig chimeras"),
    ("heldout651", "chimeric pig embryos grew human kidneys", "rel:pluripotent", "chimeric pig embryos"),
    # heldout645 and heldout646: a clinical paper's endpoints, named with no comparison
    ("heldout646", "no statistical significance in response rates, duration of response, and overall survival",
     "trials:lookback", "overall survival"),
    ("heldout645", "Delayed Auto-HCT Can Lead to Inferior Survival Rates in Patients with MM", "trials:lookback",
     "Inferior Survival Rates in Patients"),
    # heldout659: the share of treated people who improved
    ("heldout659", "Sixty-four per cent showed improvement over 18 months", "trials:lookback",
     "per cent showed improvement"),
    ("heldout659", "have had 70 per cent success in treating over 250 cases", "trials:lookback",
     "per cent success in treating"),
    # heldout662: a treatment on offer somewhere stays one
    ("heldout662", "Stem cell facials now available in Dubai", "hype:offer", "now available in"),
    # heldout663: a government's plan for the field named as its strategy
    ("heldout663", "A new strategy for UK regenerative medicine", "regulation:law", "A new strategy for UK"),
    ("heldout663", "A national strategy for stem cell research was unveiled", "regulation:law",
     "national strategy"),
    # heldout665: a clinic's promise to reverse ageing still reads
    ("heldout665", "Reverse aging with stem cell infusions at our clinic", "hype:anti_aging", "Reverse aging"),
    # heldout667: a rule for clinics stays one
    ("heldout667", "New regulation of stem cell clinics takes effect", "regulation:guidance", "regulation"),
    # heldout669: a haematology brief's short forms for the blood stem cell transplant
    ("heldout669", "Digital guideline use links to shorter pediatric allo-HCT stays", "rel:hematopoietic",
     "allo-HCT"),
    ("heldout669", "less severe toxicity before ASCT in MM", "rel:hematopoietic", "ASCT"),
    ("heldout669", "Landscape analysis: GvHD trials growing more industry-led", "rel:hematopoietic",
     "GvHD trials"),
    # heldout668: a transplant named by its donor's match, and its vascular complication
    ("heldout668", "GVHD in matched sibling transplants and unrelated donor transplant-related GVHD",
     "rel:hematopoietic", "matched sibling transplants"),
    ("heldout668", "transplant-associated thrombotic microangiopathy (TMA) is complement-mediated",
     "rel:hematopoietic", "transplant-associated thrombotic microangiopathy"),
    # heldout668/669: a clinic's promise and a fine still read
    ("heldout668", "a promising stem cell cure at our clinic", "hype:unproven", "promising"),
    ("heldout669", "The clinic was fined for misleading patients", "regulation:enforcement", "fined"),
    # heldout672: a trial's enrolled participants still read
    ("heldout672", "The trial enrolled 40 participants with knee arthritis", "trials:cohort", "40 participants"),
    # heldout682: the police still read when no career is told
    ("heldout682", "A retired surgeon told police about the stem cell clinic", "regulation:enforcement",
     "police"),
    # heldout685: a company's plan to test its cells in patients is trial news
    ("heldout685", "Mesoblast Ltd. plans to evaluate remestemcel-L in patients with acute respiratory distress syndrome",
     "trials:dosing", "plans to evaluate remestemcel-L in patients"),
    # heldout687: a marrow cell maker by its old name; a product's registration still reads
    ("heldout687", "Is it any coincidence that Aastrom filed a shelf registration", "rel:brand", "Aastrom"),
    ("heldout687", "The product's registration was approved by the agency", "regulation:approval",
     "registration"),
    # heldout688: a trial's count and a clinic's sale still read
    ("heldout688", "In the stem cell trial, 7 of 8 had fewer relapses", "trials:cohort", "7 of 8"),
    ("heldout688", "The clinic sells stem cell shots for $5,000", "hype:unproven", "sells"),
    # heldout692: a longer life promised
    ("heldout692", "How Stem Cells May Save Your Life\u2014and Even Extend It", "hype:anti_aging",
     "Life\u2014and Even Extend It"),
    ("heldout692", "Can stem cells extend your lifespan?", "hype:anti_aging", "extend your lifespan"),
    ("heldout692", "The clinic sells life extension with stem cells", "hype:anti_aging", "life extension"),
    # heldout695: people who joined a trial
    ("heldout695", "families who have participated in clinical trials using their own stem cells",
     "trials:dosing", "participated in"),
    # heldout698: a health plan's coverage rules; a trial's investigational cells still read
    ("heldout698", "Anthem deems these therapies investigational/experimental and not medically necessary",
     "regulation:law", "deems these therapies investigational/experimental"),
    ("heldout698", "Clips from Aetna Clinical Policy Bulletin: Bone and Tendon Graft Substitutes",
     "regulation:law", "Clinical Policy Bulletin"),
    ("heldout698", "Anthem deems stem cell therapies investigational", "regulation:law",
     "deems stem cell therapies investigational"),
    ("heldout698", "Coverage criteria policies for mesenchymal stem cell therapy", "regulation:law",
     "Coverage criteria"),
    ("heldout698", "Wellmark determines medical necessity only if the benefit exists", "regulation:law",
     "medical necessity"),
    ("heldout698", "The investigational stem cell product was given to 30 patients", "trials:trial",
     "investigational"),
    # heldout699: an institute for regenerative medicine by itself still reads
    ("heldout699", "The Institute for Regenerative Medicine hosted a symposium", "rel:regenerative",
     "Regenerative Medicine"),
    # heldout703: cells put into patients' organs; a rule on what public money pays for
    ("heldout703", "Adult bone marrow-derived stem cells injected into stroke patients' brains",
     "trials:dosing", "injected into stroke patients' brains"),
    ("heldout703", "A \"European Citizens Initiative\" would block funding for stem cell research",
     "regulation:law", "block funding"),
    ("heldout703", "The European Citizens' Initiative gathered a million signatures", "regulation:law",
     "Citizens' Initiative"),
    # heldout705: a practitioner's own voice to the patients; a trial's results still read
    ("heldout705", "I often explain to my patients that the injection is just the start", "hype:offer",
     "I often explain to my patients"),
    ("heldout705", "The trial's results showed less knee pain at a year", "trials:results", "results"),
    # heldout707: an immune system a donor gives is a blood stem cell transplant
    ("heldout707", "got not only a new kidney, but a new immune system \u2014 both donated from a parent",
     "rel:hematopoietic", "new immune system"),
    # heldout708: a therapy a regulator holds back, told in the passive
    ("heldout708", "this working example of regenerative medicine is currently blocked by the FDA in the US",
     "regulation:rejection", "blocked"),
    # heldout709: a stem cell law named by one German compound
    ("heldout709", "ob die Regelungen des Deutschen Stammzellgesetzes noch genügen", "regulation:law",
     "gesetzes"),
    # heldout710: a company still signs its deals
    ("heldout710", "The biotech signs a licensing deal for its stem cell platform", "business:deal", "signs"),
    # heldout711: a trial's arms still read beside a body's
    ("heldout711", "Patients were randomised to the two arms of the stem cell trial", "trials:dosing", "arms"),
    # heldout715: a lump is still a growth
    ("heldout715", "A growth was found on her spine after the clinic's stem cell injections", "safety:harm", "growth"),
    # heldout718: a ruling named by its citation in a federal reporter
    ("heldout718", "Simkins v. NevadaCare, Inc., 229 F.3d 729 (9th Cir. 2000) (applying federal common law)",
     "regulation:enforcement", "F.3d 729"),
    ("heldout718", "Bushman v. State Mutual, 915 F. Supp. 945 (N.D. Ill. 1996)", "regulation:enforcement",
     "F. Supp. 945"),
    # heldout720: a product's registration is still an approval's word
    ("heldout720", "The company won registration of its stem cell product in Korea", "regulation:approval",
     "registration"),
    # heldout721: a cohort still counted beside a disease's type
    ("heldout721", "Twelve type 1 patients received the cells; 9 patients stopped insulin", "trials:cohort",
     "9 patients"),
    # heldout723: Indonesian approval, passive and active
    ("heldout723", "Di Eropa sudah ada 20 produk sel punca yang disetujui", "regulation:approval", "disetujui"),
    ("heldout723", "BPOM menyetujui terapi sel punca pertama di Indonesia", "regulation:approval", "menyetujui"),
    # heldout725: a regulator's trial application, still the filing
    ("heldout725", "The company filed a clinical trial application with Health Canada", "regulation:trial_filing",
     "clinical trial application"),
    # heldout727: a maker whose medicines are all blood stem cell gene therapies
    ("heldout727", "bluebird bio's fertility support program for its gene therapies could breach the law",
     "rel:brand", "bluebird bio"),
    # heldout730: a person charged with a crime, still enforcement
    ("heldout730", "The clinic's owner was charged with fraud over the stem cell injections", "regulation:enforcement",
     "charged"),
    # heldout731: a clinic and a health ministry in Portuguese, still read
    ("heldout731", "A clínica de células-tronco foi fechada pela polícia", "hype:clinic", "clínica"),
    ("heldout731", "O Ministério da Saúde proibiu a terapia com células-tronco", "regulation:agency", "Ministério"),
    ("heldout731", "El Ministerio de Sanidad advierte contra las clínicas", "regulation:agency", "Ministerio"),
    # heldout732: a German permit named by what it allows, as one compound
    ("heldout732", "50. Import-Erlaubnis für embryonale Stammzellen", "regulation:approval", "Import-Erlaubnis"),
    ("heldout732", "2009 erteilte das RKI in 14 Fällen eine Einfuhrgenehmigung", "regulation:approval",
     "Einfuhrgenehmigung"),
    # heldout738: a study in Spanish, of patients or in a phase, is still a trial
    ("heldout738", "En el estudio de los pacientes tratados con células madre no hubo rechazo", "trials:trial",
     "estudio"),
    ("heldout738", "Los resultados del estudio de fase II con células madre", "trials:trial", "estudio"),
    ("heldout738", "En el estudio de la eficacia de las células madre en la rodilla", "trials:trial", "estudio"),
    # heldout739: a treatment had outside the country is treatment abroad
    ("heldout739", "I have experienced cord blood stem cell therapy outside of the U.S. and seen effects",
     "hype:tourism", "experienced cord blood stem cell therapy outside of the U.S."),
    ("heldout739", "Many patients have received stem cell injections outside the United States", "hype:tourism",
     "received stem cell injections outside the United States"),
    # heldout747: a trial's participants, a director's approval, a go-ahead and a law
    # still read beside the guards for earnings calls
    ("heldout747", "All participants will receive the stem cells in the phase 2 trial", "trials:dosing",
     "participants"),
    ("heldout747", "The FDA gave the go-ahead for the stem cell trial", "regulation:approval", "go-ahead"),
    ("heldout747", "干细胞治疗须遵守相关法规", "regulation:law", "法"),
    # heldout748: a licence granted still reads beside the guard for content licences
    ("heldout748", "The clinic lost its license to offer stem cell treatments", "regulation:approval", "license"),
    # heldout753: a Tagalog promise of no danger, and the police called in on a scam
    ("heldout753", "Ayon kay Dr. Domingo, walang panganib sa stem cell therapy", "hype:pitch", "walang panganib"),
    ("heldout753", "The group tapped the help of the National Bureau of Investigation on the clinics",
     "regulation:call", "tapped the help of"),
    ("heldout753", "Doctors asked the police to look into the scam at the hotel", "regulation:call",
     "to look into the scam"),
    # heldout754: a US president and the White House set federal research policy; a
    # miracle cure is still one
    ("heldout754", "President Barack Obama reversed the limit on federal money for the research",
     "regulation:agency", "President Barack Obama"),
    ("heldout754", "The White House restricted funding for embryonic stem cell research", "regulation:agency",
     "White House"),
    ("heldout754", "The clinic sold the infusion as a miracle for tired skin", "hype:unproven", "miracle"),
    ("heldout754", "The stem cell shots gave my child a miracle recovery, the clinic says", "hype:unproven",
     "miracle"),
    # heldout757: a clinic fined and a promise of youth still read beside the idiom guards
    ("heldout757", "The stem cell clinic was fined $50,000 by the state board", "regulation:enforcement", "fined"),
    ("heldout757", "The clinic sells its stem cell infusion as a return to youth", "hype:anti_aging", "youth"),
    # heldout764: an acupuncturist's needles said to stir the body's stem cells
    ("heldout764", "acupuncture also stimulates stem cell productivity and mobilizes stem cells", "hype:own_cells",
     "acupuncture also stimulates"),
    ("heldout764", "How acupuncture helps activate stem cells", "hype:own_cells", "acupuncture helps activate"),
    ("heldout764", "Electroacupuncture has been shown to mobilize stem cells from the marrow", "hype:own_cells",
     "Electroacupuncture has been shown to mobilize"),
    # heldout765: a stem cell firm named alone in share news; stem cell hype named as such,
    # its stem cells still relevance's
    ("heldout765", "IntelliCell Biosciences (OTCMKTS:SVFC) Aims for $0.01", "rel:brand", "IntelliCell Biosciences"),
    ("heldout765", "Advanced Cell Technology Rides Dr. Oz Fame, Relies on Stem Cell Hype", "hype:pitch", "Hype"),
    ("heldout765", "Advanced Cell Technology Rides Dr. Oz Fame, Relies on Stem Cell Hype", "rel:stem_cell",
     "Stem Cell"),
    ("heldout765", "a cautionary tale of stem-cell hype", "hype:pitch", "hype"),
    # heldout767: a funding limit told in plain words, a president by surname acting on it,
    # and the critic's word for a story told bigger than it is
    ("heldout767", "Bush announced that federal money could go to researchers only working on existing lines",
     "regulation:law", "federal money"),
    ("heldout767", "Bush announced that federal money could go to researchers only working on existing lines",
     "regulation:agency", "Bush announced"),
    ("heldout767", "It starts out with a sensationalistic description of the new use of stem cells", "hype:pitch",
     "sensationalistic"),
    # heldout770: the councils that license doctors outside the US
    ("heldout770", "was struck off today by the General Medical Council", "regulation:agency",
     "General Medical Council"),
    ("heldout770", "A GMC hearing has found his fitness to practise was impaired", "regulation:agency", "GMC"),
    # heldout774: a phase spelt out a few words before its trial
    ("heldout774", "the Food and Drug Administration approved a phase one stem cell clinical trial for MS",
     "trials:phase", "phase one"),
    # review of heldout767's mend: a company that signs on is in a deal
    ("heldout767", "Lonza signs on as the manufacturer of the cell therapy", "business:deal", "signs"),
    # heldout776: fighters whose stem cell treatments the sports press tells
    ("heldout776", "UFC: Cody Garbrandt in Germany for STEM cell treatment", "hype:unproven", "UFC"),
    ("heldout776", "The bantamweight title bout was rumored for March", "hype:unproven", "bantamweight title"),
    ("heldout776", "a legendary mixed martial arts fighter", "hype:unproven", "mixed martial arts"),
    # heldout779's guards keep the regulator's and the seller's words: an authorization
    # granted, Medicare's agency acting, a clinic's claims
    ("heldout779", "The agency granted marketing authorization to the cord blood product", "regulation:approval",
     "marketing authorization"),
    ("heldout779", "CMS proposed to cover the gene therapy under a new model", "regulation:agency", "CMS"),
    ("heldout779", "The clinic claims its stem cell infusions reverse ageing", "hype:unproven", "claims"),
    # heldout780's guard keeps a company's move into its trial
    ("heldout780", "The company moved from preclinical studies to a Phase 1 clinical trial in May", "trials:phase",
     "Phase 1"),
    # heldout781's guards keep a charge laid and a government's policy
    ("heldout781", "The clinic's owner was charged with fraud", "regulation:enforcement", "charged"),
    ("heldout781", "The government's stem cell policy was revised", "regulation:law", "policy"),
    # heldout782: a stem cell supplement and its maker named alone; "not proven" said in full;
    # a fine imposed stays a fine
    ("heldout782", "I was recently sent a copy of your latest posting on StemEnhance", "rel:brand", "StemEnhance"),
    ("heldout782", "Chief Science Officer of StemTech HealthSciences, Inc.", "rel:brand", "StemTech"),
    ("heldout782", "therapies that have not yet been proven to work and that could be unsafe", "hype:unproven",
     "not yet been proven"),
    ("heldout782", "The clinic was fined $50,000 by the state board", "regulation:enforcement", "fined"),
    # review of heldout778's mend: a stem cell law's own section stays a law's
    ("heldout778", "Under section 4 of the Act, clinics must register their stem cell treatments", "regulation:law",
     "Act"),
    ("heldout783", "Public awareness of the new regulations on stem cell clinics is low", "regulation:guidance",
     "regulations"),
    ("heldout783", "国家出台干细胞治疗法律法规,加强监管", "regulation:law", "法"),
    ("heldout783", "卫健委发布干细胞新规,各医疗机构须遵守相关规定", "regulation:law", "规定"),
    ("heldout784", "wobei man nochmal zwischen akuter und chronischer GvHD unterscheidet", "rel:hematopoietic",
     "chronischer GvHD"),
    ("heldout784", "Die akute Graft-versus-Host-Reaktion betrifft Haut und Darm", "rel:hematopoietic",
     "akute Graft-versus-Host-Reaktion"),
    ("heldout784", "La GVHD acuta colpisce la pelle dopo il trapianto", "rel:hematopoietic", "GVHD acuta"),
    ("heldout790", "The Stem Cell Institute hosts a free seminar on knee injections", "hype:clinic", "seminar"),
    ("heldout790", "The college hosted a free seminar on stem cell injections for arthritis", "hype:clinic", "seminar"),
    ("heldout791", "The deal is worth a great deal to stem cell investors", "business:deal", "deal"),
    ("heldout794", "The company will design its phase 2 clinical trial this year", "trials:trial", "clinical trial"),
    ("heldout795", "We have seen many wonderful outcomes with stem cell injections into knees", "hype:pitch",
     "wonderful outcomes"),
    ("heldout795", "Amazing results with our exosome facial", "hype:pitch", "Amazing results"),
    ("heldout796", "The stem cell clinic is under investigation, a TV report found", "hype:warning", "investigation"),
    ("heldout796", "The clinic's stem cell treatments are under investigation by the FDA", "hype:warning",
     "investigation"),
    ("heldout799", "The clinic was fined for selling unapproved stem cell injections", "regulation:enforcement",
     "fined"),
    ("heldout799", "The Government will publish a Green Paper on embryonic stem cell research", "regulation:law",
     "Green Paper"),
    ("heldout799", "Patients questioned whether the stem cell clinic's claims were true", "hype:warning",
     "questioned"),
    ("heldout799", "Children with leukaemia received stem cell transplants in the trial", "trials:patients",
     "Children"),
    ("heldout799", "The stem cell company's shares fell 12 percent", "business:market", "shares"),
    ("heldout801", "Senate debates the Prohibition of Human Cloning for Reproduction and the Regulation of Human"
     " Embryo Research Amendment Bill 2006", "rel:pluripotent", "Regulation of Human Embryo Research Amendment"),
    ("heldout801", "The bill encapsulates the Lockhart recommendations", "rel:pluripotent",
     "Lockhart recommendations"),
    ("heldout802", "The stem cell company deals with Pfizer again in a licensing deal", "business:deal", "deals"),
    ("heldout802", "The petitioners call upon Parliament to support adult stem cell research", "regulation:call",
     "call upon Parliament"),
    ("heldout802", "Petitioners pray upon Parliament to focus on adult stem cells", "regulation:call",
     "pray upon Parliament"),
    ("heldout807", "The stem cell trial enrolled its first patients", "trials:trial", "trial"),
    ("heldout809", "Stem cells help improve the overall appearance and health of the skin", "hype:clinic",
     "appearance and health of the skin"),
    ("heldout815", "The Secretary of State has no plans to form a bone marrow unit in the region",
     "rel:hematopoietic", "bone marrow unit"),
    ("heldout819", "The cell product was added to the Register of Therapeutic Goods", "regulation:approval",
     "Register"),
    ("heldout819", "Japan registers its first stem cell product for heart failure", "regulation:approval",
     "registers"),
    ("heldout821", "该干细胞产品有望明年上市", "regulation:approval", "上市"),
    ("heldout821", "企业须建立合规管理制度", "regulation:law", "合规"),
    ("heldout826", "The US Embassy warned its citizens about stem cell clinics abroad", "regulation:agency",
     "Embassy"),
    ("heldout826", "The clinic's promise of a cure for every patient", "hype:unproven", "promise"),
    ("heldout829", "bluebird bio won approval for its gene therapy for sickle cell disease", "rel:brand",
     "bluebird bio"),
    ("heldout833", "It will no longer pursue the approval of a gene therapy for Fanconi anemia",
     "regulation:rejection", "no longer pursue"),
    ("heldout833", "The biotech dropped its bid for approval of the stem cell product", "regulation:rejection",
     "dropped its bid for"),
    ("heldout836", "the product candidate cleared for clinical investigation by the FDA", "trials:trial",
     "clinical investigation"),
    ("heldout837", "More IPS cell trials are on track to start as soon as 2018", "trials:dosing", "on track to start"),
    ("heldout837", "The trial is set to begin next spring", "trials:dosing", "set to begin"),
    ("heldout841", "Mặt nạ màng tế bào gốc GoGo", "hype:clinic", "Mặt nạ"),
    ("heldout841", "quá trình lão hóa của da", "hype:anti_aging", "lão hóa"),
    ("heldout842", "“包治百病”的干细胞类似的案例又何止一人", "hype:unproven", "包治百病"),
    ("heldout842", "这家机构宣称干细胞能治百病", "hype:unproven", "治百病"),
    ("heldout843", "신문광고윤리강령 위반으로 주의 조처한다", "regulation:enforcement", "위반"),
    ("heldout843", "판매업자는 관할청에서 행정처분을 받을 예정이다", "regulation:enforcement", "행정처분"),
    ("heldout848", "FDA rejects cell therapy application from stem cell company", "regulation:rejection",
     "rejects"),
    ("heldout849", "a start-up to create highly effective and accessible immune cell therapies", "neg:car_t",
     "immune cell therapies"),
    ("heldout851", "the continuing efforts to criminalize theraputic cloning research", "rel:pluripotent",
     "theraputic cloning"),
    ("heldout851", "It could also lead to therapies to reverse the infirmities and ravages of aging",
     "hype:anti_aging", "reverse the infirmities and ravages of aging"),
    ("heldout855", "The only side effect seen in the cats was a brief fever", "safety:harm", "side effect"),
    ("heldout855", "cats' kidney failure after the injections", "safety:harm", "kidney failure"),
    ("heldout856", "non-FDA-approved, unsafe methods are penetrating professional sports", "hype:unproven",
     "non-FDA-approved"),
    ("heldout856", "The cell therapy has been approved by the FDA for children", "regulation:agency", "FDA"),
    ("heldout858", "Medicare's approval of the transplant for myeloma patients", "regulation:approval", "approval"),
    ("heldout860", "Of 148 patients each given the cells, 30 walked again", "trials:cohort", "148 patients"),
    ("heldout860", "The product's registration with the agency was refused", "regulation:approval", "registration"),
    ("heldout860", "Experts question the clinic's claims", "hype:warning", "question"),
    ("heldout861", "Physicians who administer investigational stem cell treatments", "rel:stem_cell", "stem cell"),
    ("heldout861", "NurOwn, an investigational stem cell therapy, enters phase 3", "trials:trial", "investigational"),
    ("heldout861", "The first patient is enrolled in a clinical trial of the cells", "trials:trial", "clinical trial"),
    ("heldout862", "Biostem Refund Policy for MSC Therapy Downpayment", "hype:offer", "Refund Policy for"),
    ("heldout862", "a rescheduling fee of $1,000 for stem cell procedures", "hype:offer",
     "$1,000 for"),
    ("heldout862", "Thank you for signing up for a procedure at one of our centers", "hype:offer",
     "signing up for a"),
    ("heldout862", "The clinic's owner was charged with fraud over the injections", "regulation:enforcement", "charged"),
    ("heldout862", "The FDA warned the clinic over its stem cell products", "regulation:agency", "FDA"),
    ("heldout864", "to inform you about the StemPlate Procedure offered by Human Regenerative Institute",
     "hype:offer", "Procedure offered by"),
    ("heldout864", "a consultation regarding allograft injections containing stem cells", "hype:offer",
     "injections containing"),
    ("heldout865", "the medical team will determine if you qualify for stem cell therapy", "hype:offer", "qualify for"),
    ("heldout865", "Whether you are a suitable candidate for stem cell therapy", "hype:offer",
     "suitable candidate for"),
    ("heldout865", "The stem cell trial's protocol was approved by the FDA last month", "regulation:agency", "FDA"),
    ("heldout866", "The agency refused the registration of the cell product", "regulation:approval", "registration"),
    ("heldout867", "won the health department's approval for the cell therapy", "regulation:approval", "approval"),
    ("heldout868", "the local health authority suspended the clinic's licence", "regulation:agency", "authority"),
    ("heldout872", "House Memorial 113 requests that the Department of Health study the laws", "regulation:law",
     "House Memorial"),
    ("heldout872", "asks the state Department of Health to report on stem cell harvesting", "regulation:agency",
     "Department of Health"),
    ("heldout863", "the FTC thinks these advertisements break the law", "regulation:agency", "FTC"),
    ("heldout863", "the ministry set a new standard for cell products", "regulation:guidance", "standard"),
    ("heldout875", "Americord Registry stores a newborn's cord blood", "rel:brand", "Americord"),
    ("heldout875", "the regulator gave the company permission to sell the cells", "regulation:approval", "permission"),
    ("heldout875", "clinics are now required by law to report adverse events", "regulation:law", "law"),
    ("heldout875", "clinics sell unproven stem cell injections to patients", "hype:unproven", "sell"),
    ("heldout874", "an adverse event in the clinical trial led the FDA to pause it", "trials:trial", "clinical trial"),
    ("heldout874", "The company reported a delay in its phase 2 clinical trial", "trials:trial", "clinical trial"),
    ("heldout878", "The agency approved the company's trial under the Clinical Trials Regulation", "regulation:approval",
     "approved"),
    ("heldout878", "The EMA granted orphan designation to the cell therapy", "regulation:designation", "designation"),
    ("heldout882", "The NIH approved 13 new embryonic stem cell lines for federal funding", "regulation:approval",
     "approved"),
    ("heldout884", "The regulator granted a licence for therapeutic cloning, not reproductive cloning", "rel:pluripotent",
     "therapeutic cloning"),
    ("heldout885", "In some cases, physicians\u2019 medical licenses have been revoked", "regulation:enforcement",
     "licenses have been revoked"),
    ("heldout885", "The state medical board revoked the doctor's license after the stem cell injections",
     "regulation:enforcement", "revoked the doctor's license"),
    ("heldout886", "The company applied for marketing approval of the cell therapy in Japan", "regulation:submission",
     "applied for marketing approval"),
    ("heldout887", "The court gave the clinic owner a suspended sentence for the stem cell fraud", "regulation:enforcement",
     "suspended sentence"),
    ("heldout887", "A judge handed the doctor a sentence of three years for selling the injections",
     "regulation:enforcement", "sentence of three years"),
    ("heldout888", "many proposed uses are considered experimental/investigational and not covered",
     "regulation:law", "considered experimental/investigational"),
    ("heldout888", "Stem cell therapy for these conditions is experimental/investigational", "regulation:law",
     "experimental/investigational"),
    ("heldout888", "The board said the clinic's licence was suspended in March", "regulation:enforcement",
     "suspended"),
    ("heldout889", "An MRI showed a growth in the spine after the stem cell injections", "safety:harm", "growth"),
    ("heldout892", "The company began recruiting for the stem cell trial in May", "trials:dosing", "recruiting"),
    ("heldout892", "The trial will recruit 40 patients with knee osteoarthritis", "trials:dosing", "recruit"),
    ("heldout892", "Regulators shut down the stem cell clinic in March", "regulation:enforcement", "shut down"),
    ("heldout893", "Two Illinois state agencies are investigating various stem cell clinics after patients complained",
     "regulation:enforcement", "investigating various stem cell clinics"),
    ("heldout893", "The Attorney General's office is investigating the complaints", "regulation:enforcement",
     "investigating the complaints"),
    ("heldout895", "the carrier expanded its cell service to rural towns", "ff", "cell service"),
    ("heldout895", "The company swung to a profit in the third quarter", "business:market", "profit"),
    ("heldout901", "the first in the region to participate in a national research study evaluating a stem cell "
     "therapy for patients following a heart attack", "trials:trial",
     "study evaluating a stem cell therapy for patients"),
    ("heldout901", "a study testing the new treatment in children with sickle cell disease", "trials:trial",
     "study testing the new treatment in children"),
    ("heldout902", "The therapy was fully approved by the FDA in March", "regulation:approval", "approved"),
    ("heldout902", "the acquisition of the cord blood bank closed in May", "business:deal", "acquisition"),
    ("heldout903", "My name is Gary Bailey and I had stem cell injections almost 8 years ago", "hype:offer", "I had"),
    ("heldout903", "We tried stem cell therapy in Mexico last spring", "hype:offer", "We tried"),
    ("heldout903", "FDA OKs a stem cell trial for ALS", "regulation:approval", "OKs"),
    ("heldout903", "The FDA gave its OK to the stem cell trial in May", "regulation:approval", "OK"),
    ("heldout910", "the company is marketing its stem cell injections to seniors", "hype:unproven", "marketing"),
    ("heldout910", "The two stem cell companies reached an agreement on the sale last week", "business:deal", "agreement"),
    ("heldout911", "Trf2 is somewhat dispensable for telomere protection in mESCs", "rel:pluripotent", "mESCs"),
    ("heldout911", "immunofluorescence in Trf2f/f ES cells treated as indicated", "rel:pluripotent", "ES"),
    ("heldout911", "The team grew hES cells into neurons", "rel:pluripotent", "hES"),
    ("heldout912", "Healthy volunteers 18 years of age or older may be eligible for this study", "trials:dosing",
     "Healthy volunteers"),
    ("heldout912", "Healthy volunteers 18 years of age or older may be eligible for this study", "trials:design",
     "eligible for this study"),
    ("heldout912", "Stem Cell Research Volunteers Needed", "trials:dosing", "Research Volunteers"),
    ("heldout912", "Patients with ALS may be eligible to participate in the trial", "trials:design",
     "eligible to participate in the trial"),
    ("heldout913", "the clinic sells stem cell infusions as a path to immortality", "hype:anti_aging", "immortality"),
    ("heldout916", "Japan's regulator approved the stem cell product in May", "regulation:agency", "regulator"),
    ("heldout918", "the regulation of stem cell clinics in Texas", "regulation:guidance", "regulation"),
    ("heldout918", "new regulations on cell therapies take effect in May", "regulation:guidance", "regulations"),
    # heldout653: reprogramming told by where it takes adult cells
    ("heldout653", "used four genes to transform adult cells into cells with embryonic-like properties",
     "rel:pluripotent", "adult cells into cells with embryonic-like properties"),
    ("heldout653", "scientists fuse skin cells with others to reset adult cells to an embryonic form",
     "rel:pluripotent", "adult cells to an embryonic form"),
    ("heldout64", "Šodien cilmes šūnas dēvē par brīnumu", "hype:unproven", "brīnumu"),
    ("heldout64", "REPROCELL has PMDA Approval of CTN for Stemchymal", "rel:brand", "Stemchymal"),
    ("heldout64", "Receives FDA Approval to Test Fat-Based Stem Cell Product",
     "regulation:trial_filing", "to Test"),
    ("heldout64", "ReproCELL Files Manufacturing/Marketing Approval for Stemchymal",
     "regulation:approval", "Manufacturing/Marketing Approval"),
    ("heldout64", "filed a manufacturing and marketing approval application", "regulation:approval",
     "manufacturing and marketing approval"),
    # Lithuanian bone marrow, a product name, Persian research; a count of patients is
    # still read where a date is not (heldout65)
    ("heldout65", "Europos kaulų čiulpų transplantacijos asociacijos duomenimis",
     "rel:hematopoietic", "kaulų čiulpų"),
    ("heldout65", "Regeneus clears procedures to initiate Progenza trial", "rel:brand",
     "Progenza"),
    ("heldout65", "پژوهشهای ناباروری و سلولهای بنیادی در ایران", "research:people",
     "پژوهشهای"),
    ("heldout65", "mejoraron 3 de 8 pacientes tratados", "trials:cohort", "3 de 8"),
    # a marrow graft, a Ukrainian marrow transplant, cabinet and resolution, cosmetics in
    # Vietnamese and Korean, a licence that is a deal (heldout66)
    ("heldout66", "a life-saving bone-marrow graft was transferred", "rel:hematopoietic",
     "bone-marrow graft"),
    ("heldout66", "зробили операцію з трансплантації дорослому кісткового мозку",
     "rel:hematopoietic", "трансплантації дорослому кісткового мозку"),
    ("heldout66", "Кабінет Міністрів України прийняв постанову", "regulation:agency",
     "Кабінет Міністрів"),
    ("heldout66", "Кабінет Міністрів України прийняв постанову", "regulation:law", "постанову"),
    ("heldout66", "Sự thật về mỹ phẩm tế bào gốc", "hype:clinic", "mỹ phẩm"),
    ("heldout66", "줄기세포 화장품 효과", "hype:clinic", "화장품"),
    ("heldout66", "a non-exclusive license to use the cell line", "business:deal",
     "non-exclusive license"),
    # a marrow transplant named after a kidney one, a health minister and a council of
    # ministers in Portuguese, stem cell shampoo, Polish aesthetic medicine (heldout67)
    ("heldout67", "a prioridade incide sobre transplantes renais e de medula óssea",
     "rel:hematopoietic", "transplantes renais e de medula óssea"),
    ("heldout67", "A ministra da Saúde, Sílvia Lutucuta, anunciou", "regulation:agency",
     "ministra da Saúde"),
    ("heldout67", "a Comissão para a Política Social do Conselho de Ministros",
     "regulation:agency", "Conselho de Ministros"),
    ("heldout67", "the latest thing being stem cell shampoo", "hype:clinic", "shampoo"),
    ("heldout67", "komórki macierzyste w medycynie estetycznej", "hype:clinic", "estetycznej"),
    # Chinese and Japanese cosmetics and serums, a fine and false advertising in traditional
    # characters, a "pseudo-concept" (heldout68)
    ("heldout68", "ゼロから幹細胞化粧品のことがわかる", "hype:clinic", "化粧品"),
    ("heldout68", "肌再生セラムの真実", "hype:clinic", "セラム"),
    ("heldout68", "某品牌干細胞面膜的化妝品廣告", "hype:clinic", "化妝品"),
    ("heldout68", "涉嫌虛假廣告被處以罰款", "regulation:enforcement", "罰款"),
    ("heldout68", "涉嫌虛假廣告被處以罰款", "hype:unproven", "虛假廣告"),
    ("heldout68", "“干細胞化妝品”竟是個偽概念", "hype:unproven", "偽概念"),
    # a study its participants pay to join; a ministry panel's nod to a clinical study's
    # plan, in Japanese, and its Korean kin (heldout69)
    ("heldout69", "‘Pay-to-Participate’ Autism Stem-Cells Paper Retracted", "hype:clinic",
     "Pay-to-Participate"),
    ("heldout69", "participants had paid thousands of dollars to participate", "hype:clinic",
     "had paid thousands of dollars to participate"),
    ("heldout69", "心臓病を対象とした臨床研究計画を了承", "regulation:trial_filing", "計画"),
    ("heldout69", "心臓病を対象とした臨床研究計画を了承", "trials:trial", "臨床研究"),
    ("heldout69", "줄기세포치료제 임상시험계획 승인", "regulation:trial_filing", "계획"),
    # plant vesicles; a Chinese stem cell company and its half-year report; production
    # capacity, a capital increase, Korean sales (heldout70)
    ("heldout70", "Plant Exosomes in Skincare", "neg:plant_vesicles", "Plant Exosomes"),
    ("heldout70", "the power of plant-derived extracellular vesicles (PDEVs)",
     "neg:plant_vesicles", "plant-derived extracellular vesicles"),
    ("heldout70", "the power of plant-derived extracellular vesicles (PDEVs)",
     "neg:plant_vesicles", "PDEVs"),
    ("heldout70", "中源协和2024年半年度报告", "rel:brand", "中源协和"),
    ("heldout70", "中源协和2024年半年度报告", "business:market", "半年度报告"),
    ("heldout70", "从清华实验室到千亿产能", "business:manufacturing", "产能"),
    ("heldout70", "干细胞企业完成增资", "business:funding", "增资"),
    ("heldout70", "줄기세포 기업 1분기 매출 증가", "business:market", "매출"),
    # natural killer cells; Poland's ombudsman and "harm to health"; research and animals in
    # Czech, Danish and Russian; "pinpointed" (heldout71)
    ("heldout71", "当クリニックのNK細胞療法", "neg:car_t", "NK細胞"),
    ("heldout71", "Biuro RPO poinformowało", "regulation:agency", "Biuro RPO"),
    ("heldout71", "część pacjentów miała doznać uszczerbku na zdrowiu", "safety:harm",
     "uszczerbku na zdrowiu"),
    ("heldout71", "zaslouží si vlastní výzkumné centrum", "research:people", "výzkumné"),
    ("heldout71", "Mayumi Ito og 13 andre forskere", "research:people", "forskere"),
    ("heldout71", "препарат уже испытывается на лабораторных животных", "research:lab",
     "на лабораторных животных"),
    ("heldout71", "A new study may have pinpointed how", "research:science", "pinpointed"),
    # looking-around patterns whose bare words another group reads: placed where they stand,
    # the first pattern in scan order takes them (session 63; these three were dead before)
    ("lookaround", "Zes patiënten die de cellen kregen, liepen beter", "trials:cohort",
     "patiënten"),
    ("lookaround", "Die Patienten, die die Zellen erhielten, gingen besser", "trials:cohort",
     "Patienten"),
    ("lookaround", "Le infusioni Stamina sono state sospese", "rel:brand", "infusioni"),
    # Korean "preclinical" and a government grant (heldout73)
    ("heldout73", "줄기세포 촉진제의 전임상실험을 성공했다", "research:lab", "전임상"),
    ("heldout73", "정부 지원금을 통해 국내 임상에서", "business:funding", "지원금"),
    # a sports clinic's pitch (heldout74)
    ("heldout74", "Some have turned to stem cells therapy.", "hype:service", "turned to"),
    ("heldout74", "Stem cells for knee problems has become more frequent in sports",
     "hype:service", "for knee problems"),
    ("heldout74", "we offer stem cell injections for back pain", "hype:service", "for back pain"),
    ("heldout74", "new requirements for clinics", "regulation:guidance", "requirements"),
    # red cells grown from blood stem cells, named as the news names them (heldout75)
    ("heldout75", "First Humans Transfused with Lab-Grown Blood", "rel:hematopoietic",
     "Lab-Grown Blood"),
    ("heldout75", "research into growing blood outside of the body", "rel:hematopoietic",
     "growing blood outside"),
    ("heldout75", "cultured red cells survived longer than donated ones", "rel:hematopoietic",
     "cultured red cells"),
    # islets from deceased donors; a Japanese "making a business of it" (heldout76)
    ("heldout76", "CellTrans' Donislecel Gets US FDA Panel Nod", "neg:donor_islets",
     "Donislecel"),
    ("heldout76", "made using deceased donor pancreatic cells", "neg:donor_islets",
     "deceased donor pancreatic cells"),
    ("heldout76", "the donor islet transplant programme", "neg:donor_islets", "donor islet"),
    ("heldout76", "iPS細胞から作製した心筋シートの事業化を目指しています", "business:manufacturing",
     "事業化"),
    # an application for approval, in Japanese, Chinese and Korean; the approval word stays
    # approval's (heldout77)
    ("heldout77", "2020年度の承認申請を目指す", "regulation:submission", "申請"),
    ("heldout77", "2020年度の承認申請を目指す", "regulation:approval", "承認"),
    ("heldout77", "公司提交上市申请", "regulation:submission", "申请"),
    ("heldout77", "식약처에 품목허가 신청", "regulation:submission", "신청"),
    # doubt, as experts put it (heldout78)
    ("heldout78", "there isn't scientific proof to confirm it", "hype:unproven",
     "isn't scientific proof"),
    ("heldout78", "there is no scientific evidence that it works", "hype:unproven",
     "no scientific evidence"),
    ("heldout78", "injections that carry risks and have no proven benefit", "hype:unproven",
     "no proven benefit"),
    # a Korean law's amendment (heldout79)
    ("heldout79", "1. 첨단재생바이오법의 개정 및 시행", "regulation:law", "개정"),
    # a state's code of laws (heldout80)
    ("heldout80", "pursuant to the Health and Safety Code, Chapter 1003", "regulation:law",
     "Health and Safety Code"),
    ("heldout80", "Tex. Health & Safety Code Section 1003.060", "regulation:law",
     "Health & Safety Code"),
    ("heldout80", "as defined in the state Penal Code", "regulation:law", "Penal Code"),
    ("heldout80", "under 21 Code of Federal Regulations Part 1271", "regulation:law",
     "Code of Federal Regulations"),
    # a government's cabinet (heldout82)
    ("heldout82", "Cabinet has given its approval for the establishment of a centre",
     "regulation:agency", "Cabinet"),
    ("heldout82", "it was brought to the attention of the Cabinet that", "regulation:agency",
     "Cabinet"),
    # travelling to a place for treatment, in Spanish and Portuguese (heldout83)
    ("heldout83", "compartió el viaje que hizo a Medellín para someterse a un tratamiento",
     "hype:tourism", "viaje que hizo a"),
    ("heldout83", "pacientes que viajan a México por células madre", "hype:tourism", "viajan a"),
    ("heldout83", "brasileiros que viajam para o Panamá", "hype:tourism", "viajam para"),
    # a private cord blood bank's "insurance for the future" (heldout84)
    ("heldout84", "Cilmes šūnu banka - apdrošināšana nākotnei", "hype:pitch",
     "apdrošināšana nākotnei"),
    ("heldout84", "banking cord blood is a biological insurance for your baby", "hype:pitch",
     "biological insurance"),
    ("heldout84", "an insurance policy for your child's future", "hype:pitch",
     "insurance policy for your child's future"),
    ("heldout84", "un seguro biológico para tu hijo", "hype:pitch", "seguro biológico"),
    # live cell therapy and alternative medicine (heldout84)
    ("heldout84", "يصنف العلاج بالخلايا الحية كفرع من الرعاية الصحية", "hype:unproven",
     "العلاج بالخلايا الحية"),
    ("heldout84", "The Alternative Health Dictionary", "hype:unproven", "Alternative Health"),
    ("heldout84", "Live cell therapy at a Swiss clinic", "hype:unproven", "Live cell therapy"),
    # Hopstem's iPS cell-derived neural progenitors; an Azerbaijani clinic's price (heldout85)
    ("heldout85", "Hopstem Biotechnology holds initiation meeting for hNPC01 trial", "rel:brand",
     "Hopstem"),
    ("heldout85", "Kök hüceyrə müalicəsinin qiyməti", "hype:offer", "qiyməti"),
    # an amount of money in other languages is still market news (heldout86)
    ("heldout86", "una raccolta di 20 milioni di euro", "business:market", "milioni"),
    ("heldout86", "investimento de 6 milhões de reais", "business:market", "milhões"),
    # South Asian scripts' claims and trials: a "revolution", a cure "from the root", a Sinhala
    # trial phase (heldout87)
    ("heldout87", "চিকিৎসা ক্ষেত্রে নতুন এক বিপ্লব", "hype:pitch", "বিপ্লব"),
    ("heldout87", "रक्त संबंधी रोगो का जड़ से उपचार करने में मदद", "hype:unproven",
     "जड़ से उपचार"),
    ("heldout87", "එම ප්රතිකාරය සිදුකොට තිබුනේ,පරීක්ෂණ අදියරක මට්ටමින්", "trials:trial",
     "පරීක්ෂණ අදියර"),
    # Burmese stem cells in the legacy Zawgyi encoding (heldout88)
    ("heldout88", "တရုတ္ေက်ာင္းသူတစ္ဦးက ပင္မဆဲလ္ လွဴဒါန္း", "rel:stem_cell", "ပင္မဆဲလ္"),
    ("heldout88", "ဘန္ေကာက္စတင္းမ္ဆဲလ္၏စီအီးအိုမွ", "rel:stem_cell", "စတင္းမ္ဆဲလ္"),
    # French bioethics law's embryonic cells, France's old medicines agency and its withdrawn
    # authorisation; Swedish, Dutch and Lithuanian words of a treatment sold (heldout89)
    ("heldout89", "un protocole de recherches sur les cellules embryonnaires", "rel:pluripotent",
     "protocole de recherches sur les cellules embryonnaires"),
    ("heldout89", "conserver des cellules embryonnaires humaines", "rel:pluripotent",
     "cellules embryonnaires humaines"),
    ("heldout89", "le décisionnaire était l'AFSSaPS", "regulation:agency", "AFSSaPS"),
    ("heldout89", "un institut s'est vu retirer son autorisation d'exercer", "regulation:rejection",
     "retirer son autorisation"),
    ("heldout89", "Odokumenterad stamcellsbehandling erbjuds", "hype:unproven", "Odokumenterad"),
    ("heldout89", "behandlingar utan vetenskapligt dokumenterad effekt", "hype:unproven",
     "utan vetenskapligt dokumenterad"),
    ("heldout89", "de misleidende informatie aan ouders", "hype:unproven", "misleidende"),
    ("heldout89", "stamcellen die je kindje kunnen genezen", "hype:unproven", "genezen"),
    ("heldout89", "toks gydymas kainuoja dešimtis tūkstančių", "hype:clinic", "kainuoja dešimtis"),
    ("heldout89", "the injections cost thousands of dollars", "hype:clinic", "cost thousands"),
    # official German, Swiss, Dutch and Italian texts: governments, compound laws, permits,
    # federal offices, Italy's health institute, competition authority and bioethics committee;
    # Italian misleading adverts (heldout90)
    ("heldout90", "Erfahrungsbericht der Bundesregierung", "regulation:law", "Bundesregierung"),
    ("heldout90", "zu Forschungszwecken zulässig", "regulation:law", "zulässig"),
    ("heldout90", "durch das Embryonenschutzgesetz verboten", "regulation:law",
     "Embryonenschutzgesetz"),
    ("heldout90", "de evaluatie van de embryowet", "regulation:law", "embryowet"),
    ("heldout90", "In de kabinetsreactie op de evaluatie", "regulation:law", "kabinetsreactie"),
    ("heldout90", "braucht eine Bewilligung des Bundesamtes", "regulation:approval", "Bewilligung"),
    ("heldout90", "braucht eine Bewilligung des Bundesamtes", "regulation:agency", "Bundesamtes"),
    ("heldout90", "A seguito del via libera dell'Istituto Superiore di Sanità", "regulation:approval",
     "via libera"),
    ("heldout90", "A seguito del via libera dell'Istituto Superiore di Sanità", "regulation:agency",
     "Istituto Superiore di Sanità"),
    ("heldout90", "in campo l'Antitrust", "regulation:agency", "Antitrust"),
    ("heldout90", "Parere del Comitato nazionale per la bioetica", "regulation:agency",
     "Comitato nazionale per la bioetica"),
    ("heldout90", "la pubblicità ingannevole delle banche private", "hype:unproven", "ingannevole"),
    ("heldout90", "Brief van de minister van Volksgezondheid", "regulation:agency",
     "minister van Volksgezondheid"),
    # Spanish and Portuguese law: "células troncales", Spain's embryonic cell lines and their
    # bank, its guarantees commission; a law's own words and numbered articles; a clinic's
    # facial injections (heldout91)
    ("heldout91", "líneas de células troncales humanas", "rel:stem_cell", "células troncales"),
    ("heldout91", "el Banco Nacional de Líneas Celulares", "rel:pluripotent",
     "Banco Nacional de Líneas Celulares"),
    ("heldout91", "con líneas celulares embrionarias", "rel:pluripotent",
     "líneas celulares embrionarias"),
    ("heldout91", "células y tejidos de origen embrionario humano", "rel:pluripotent",
     "células y tejidos de origen embrionario"),
    ("heldout91", "la Comisión de Garantías", "regulation:agency", "Comisión de Garantías"),
    ("heldout91", "regulada na presente lei", "regulation:law", "presente lei"),
    ("heldout91", "según el artículo 3.1 del Código Civil", "regulation:law", "Código Civil"),
    ("heldout91", "Artigo 3.° Finalidade da utilização", "regulation:law", "Artigo 3"),
    ("heldout91", "Não é permitida a produção com fins comerciais", "regulation:law",
     "Não é permitida"),
    ("heldout91", "Células madres inyectadas en el rostro", "hype:clinic", "en el rostro"),
    # Greek law: legal, a circular, rules, the State, its bioethics commission, a licence
    # (heldout92)
    ("heldout92", "Νομική Κάλυψη σε Ιδιωτικές Τράπεζες Βλαστοκυττάρων", "regulation:law", "Νομική"),
    ("heldout92", "Νέους κανόνες επιβάλλει εγκύκλιος", "regulation:law", "εγκύκλιος"),
    ("heldout92", "Νέους κανόνες επιβάλλει εγκύκλιος", "regulation:law", "κανόνες"),
    ("heldout92", "μέτρων από την Πολιτεία", "regulation:law", "Πολιτεία"),
    ("heldout92", "η Εθνική Επιτροπή Βιοηθικής εξέδωσε Σύσταση", "regulation:agency",
     "Εθνική Επιτροπή Βιοηθικής"),
    ("heldout92", "μόνο σε αδειοδοτημένες Τράπεζες", "regulation:approval", "αδειοδοτημένες"),
    # Serbian decrees, Swedish and Norwegian law and government; a Bulgarian scandal, its
    # deputy minister, an unproven method, patients as guinea pigs (heldout93)
    ("heldout93", "Ovom uredbom propisuju se uslovi", "regulation:law", "uredbom"),
    ("heldout93", "Ovom uredbom propisuju se uslovi", "regulation:law", "propisuju"),
    ("heldout93", "ändringar i lagen (1991:115)", "regulation:law", "ändringar i lagen"),
    ("heldout93", "Propositionen innehåller förslag", "regulation:law", "Propositionen"),
    ("heldout93", "skall alltjämt vara tillåten", "regulation:law", "tillåten"),
    ("heldout93", "Bioteknologinemnda og regjeringen", "regulation:law", "regjeringen"),
    ("heldout93", "включително на зам.-министъра на здравеопазването", "regulation:agency",
     "зам.-министъра на здравеопазването"),
    ("heldout93", "Огромен скандал предизвика лечението", "hype:warning", "скандал"),
    ("heldout93", "този метод не е доказал ефективността си", "hype:unproven", "не е доказал"),
    ("heldout93", "Използват пациенти за опитни зайчета", "hype:unproven", "опитни зайчета"),
    ("heldout93", "patients were used as guinea pigs", "hype:unproven", "as guinea pigs"),
    # Hebrew law's cord blood, its "תאי-אב" (stem cells) and bone marrow (heldout94)
    ("heldout94", "חוק דם טבורי, התשס״ז–2007", "rel:hematopoietic", "דם טבורי"),
    ("heldout94", "הצעת חוק מרשם תורמי מח עצם", "rel:hematopoietic", "מח עצם"),
    ("heldout94", "לשם השתלת תאי-אב", "rel:hematopoietic", "תאי-אב"),
    # Persian cord blood; Chinese "misled" (heldout95)
    ("heldout95", "خون بندناف ۱۶۰۰ نوزاد ایلامی ذخیره شد", "rel:hematopoietic", "خون بندناف"),
    ("heldout95", "少數準媽媽受到誤導", "hype:unproven", "誤導"),
    ("heldout95", "家长被误导选择了非法机构", "hype:unproven", "误导"),
    # a cure for everything, a panacea; Estonian caution and cancer risk (heldout97)
    ("heldout97", "Parantaako kantasoluhoito kaiken?", "hype:unproven", "Parantaako kantasoluhoito kaiken"),
    ("heldout97", "Stem cells are not a panacea, experts say", "hype:unproven", "panacea"),
    ("heldout97", "Las células madre no son la panacea", "hype:unproven", "panacea"),
    ("heldout97", "Stammzellen als Allheilmittel verkauft", "hype:unproven", "Allheilmittel"),
    ("heldout97", "Ettevaatust! Tüvirakkude hoiustamisest", "hype:warning", "Ettevaatust"),
    ("heldout97", "kasvatatud tüvirakud kujutavad endast vähiriski", "safety:harm", "vähiriski"),
    # Nordic advisory boards, first patients by compound, a study giving people cells,
    # German and Dutch doubt and commercial providers (heldout98)
    ("heldout98", "Rapport: Embryonale stamceller - Teknologirådet", "regulation:agency", "Teknologirådet"),
    ("heldout98", "privatfinansiert lagring, Bioteknologinemnda", "regulation:agency", "Bioteknologinemnda"),
    ("heldout98", "UMCG behandelt eerste kankerpatiënt met stamcellen", "trials:dosing", "eerste kankerpatiënt"),
    ("heldout98", "Die ersten Krebspatienten erhielten Stammzellen", "trials:dosing", "ersten Krebspatienten"),
    ("heldout98", "een onderzoek uit waarbij stamcellen worden toegediend aan patiënten met een donornier",
     "trials:trial", "onderzoek uit waarbij stamcellen worden toegediend aan patiënten"),
    ("heldout98", "a study in which stem cells were given to 12 patients", "trials:trial",
     "study in which stem cells were given to 12 patients"),
    ("heldout98", "Das Behandlungskonzept ist wissenschaftlich nicht gesichert", "hype:unproven",
     "wissenschaftlich nicht gesichert"),
    ("heldout98", "den kommerziellen Anbieter einer Stammzelltherapie", "hype:unproven", "kommerziellen Anbieter"),
    ("heldout98", "Deze commerciële stamceltherapieën zijn niet onderbouwd", "hype:unproven", "niet onderbouwd"),
    ("heldout98", "Er is geen wetenschappelijk bewijs dat stamceltherapie helpt", "hype:unproven",
     "geen wetenschappelijk bewijs"),
    # Urdu stem cells without the alef; a study in people in Italian, Portuguese, French
    # (heldout99)
    ("heldout99", "آکو پنکچر اور سٹیم سیل تھرابی سستا", "rel:stem_cell", "سٹیم سیل"),
    ("heldout99", "Lo studio della Stanford University è stato condotto su 18 persone", "trials:trial",
     "studio della Stanford University è stato condotto su 18 persone"),
    ("heldout99", "o estudo foi feito com 12 doentes", "trials:trial", "estudo foi feito com 12 doentes"),
    ("heldout99", "une étude menée sur 30 patients", "trials:trial", "étude menée sur 30 patients"),
    # Greek exosomes, cord blood the other way round, anti-ageing and tourism; German skin
    # rejuvenation; Japanese guidance (heldout100)
    ("heldout100", "Τα εξωσώματα είναι μικροσκοπικά νανοσωματίδια", "rel:exosome", "εξωσώματα"),
    ("heldout100", "ΑΡΧΕΙΟ ΑΙΜΑΤΟΣ ΟΜΦΑΛΙΟΥ ΛΩΡΟΥ", "rel:hematopoietic", "ΑΙΜΑΤΟΣ ΟΜΦΑΛΙΟΥ ΛΩΡΟΥ"),
    ("heldout100", "μέθοδος αντιγήρανσης και αναζωογόνησης του δέρματος", "hype:anti_aging", "αντιγήρανσης"),
    ("heldout100", "«Βλαστοκυτταρικός» τουρισμός", "hype:tourism", "τουρισμός"),
    ("heldout100", "die neue Lieblingsbehandlung zur Hautverjüngung", "hype:anti_aging", "Hautverjüngung"),
    ("heldout100", "エクソソーム治療で手引 日本再生医療学会", "regulation:guidance", "手引"),
    # Korean "illegal" (heldout101)
    ("heldout101", "엑소좀 피부 직접 투여하는 주사는 불법", "regulation:enforcement", "불법"),
    # a study in people as briefly as English says it; a second patient in Czech (misses of
    # heldout91 and heldout84 left in sessions 66 and 67)
    ("heldout91", "O estudo observacional em pessoas, iniciado há quatro anos", "trials:trial",
     "estudo observacional em pessoas"),
    ("heldout91", "uno studio su pazienti con ictus", "trials:trial", "studio su pazienti"),
    ("heldout91", "une étude chez l'homme a commencé", "trials:trial", "étude chez l'homme"),
    ("heldout84", "Libor Alex byl druhým pacientem v Česku", "trials:cohort", "druhým pacientem"),
    # Colombia, Medellín's clinics, a destination as Mexico is (heldout148)
    ("heldout148", "Stem cell long COVID Colombia", "hype:destination", "Colombia"),
    ("heldout148", "A Colombian clinic offers stem cells", "hype:destination", "Colombian"),
    # cleared into a trial: the way in is a trial filing (heldout150)
    ("heldout150", "gene therapy cleared for pediatric trial in UK", "regulation:trial_filing",
     "for pediatric trial"),
    ("heldout150", "was cleared to enter a phase 1/2 trial", "regulation:trial_filing",
     "to enter a phase 1/2 trial"),
    # an advert's question to its reader (heldout151)
    ("heldout151", "Soffri di dolore al ginocchio che limita la tua vita quotidiana?", "hype:pitch",
     "Soffri di"),
    ("heldout151", "Do you suffer from joint pain?", "hype:pitch", "Do you suffer from"),
    # Germany's payers' committee and the code it rules under (heldout152)
    ("heldout152", "Unterausschuss Methodenbewertung des Gemeinsamen Bundesausschusses",
     "regulation:agency", "Gemeinsamen Bundesausschusses"),
    ("heldout152", "Beratungsverfahren gemäß 137c SGB V", "regulation:law", "SGB V"),
    # payers and legislators in Japan, Korea and France (heldout153)
    ("heldout153", "中央社会保険医療協議会総会は20日、保険適用を了承した", "regulation:law",
     "中央社会保険医療協議会"),
    ("heldout153", "医薬品として薬価基準に収載することとなっており", "regulation:law", "薬価基準に収載"),
    ("heldout153", "算定薬価は1回分が1495万7755円となる", "business:market", "薬価"),
    ("heldout153", "줄기세포 치료술 8월부터 건보 적용", "regulation:law", "건보 적용"),
    ("heldout153", "한시적으로 건강보험 혜택을 받을 수 있다", "regulation:law", "건강보험 혜택"),
    ("heldout153", "금융감독원이 주의 등급의 소비자경보를 발령했다", "regulation:agency", "금융감독원"),
    ("heldout153", "금융감독원이 주의 등급의 소비자경보를 발령했다", "regulation:enforcement",
     "소비자경보"),
    ("heldout153", "sur la législation française en matière de cellules souches", "regulation:law",
     "législation"),
    ("heldout153", "attire l'attention de Mme la ministre des affaires sociales", "regulation:law",
     "la ministre"),
    ("heldout153", "Cet amendement vise une autoconservation des cellules-souches", "regulation:law",
     "amendement"),
    ("heldout153", "adopté par l'Assemblée nationale en première lecture", "regulation:law",
     "Assemblée nationale"),
    # a first patient with the verb before it; a small-business research grant (heldout154)
    ("heldout154", "Ossium Health has treated its first leukaemia patient with frozen marrow",
     "trials:dosing", "treated its first leukaemia patient"),
    ("heldout154", "the company won a Phase II SBIR grant", "business:funding", "SBIR"),
    # a writer's doubt about a product (heldout155)
    ("heldout155", "new supposedly stem cell-related products like the X39 Patch", "hype:warning",
     "supposedly"),
    # a rhetorical question inside a sentence stays a doubt; only a Q&A's label is claimed
    ("heldout157", "Stem cell clinics: the big question: do they work?", "hype:warning",
     "question"),
    # a seller's legal disclaimers, which the FDA's warning letter rejected (heldout158)
    ("heldout158", "FDA rejected the legal disclaimers on the company's website", "hype:pitch",
     "legal disclaimers"),
    # the first MSC drug's maker and the drug; German agreements (heldout164)
    ("heldout164", "Lonza: Produktliefervertrag mit Osiris Therapeutics geschlossen", "rel:brand",
     "Osiris Therapeutics"),
    ("heldout164", "Prochymal is in phase III trials for GvHD", "rel:brand", "Prochymal"),
    ("heldout164", "Die Vereinbarung mit Osiris festige die Führungsrolle", "business:deal",
     "Vereinbarung"),
    # a claim to have found a cure stays one (heldout165's search for a cure does not)
    ("heldout165", "the clinic says it has found a cure for autism", "hype:unproven", "cure"),
    # German mergers (heldout166)
    ("heldout166", "Die beiden größten Nabelschnurblutbanken stehen vor einer Fusion",
     "business:deal", "einer Fusion"),
    ("heldout166", "seit dem Zusammenschluss mit der polnischen Zellbank PBKM", "business:deal",
     "Zusammenschluss"),
    ("heldout166", "Leipziger Marktführer übernimmt Hauptkonkurrenten aus Rostock", "business:deal",
     "übernimmt Hauptkonkurrenten"),
    # mice in Polish; a study that verifies (heldout167)
    ("heldout167", "włosy odrosły prawie wszystkim myszom", "research:lab", "myszom"),
    ("heldout167", "Study verifies how stem cells get activated to produce new hair",
     "research:science", "Study verifies"),
    # a case series, and a paper's title that ends "about four cases" (heldout168)
    ("heldout168", "MSC administrations for radiation burns: About four cases", "trials:case",
     "About four cases"),
    ("heldout168", "Brûlures radiologiques : à propos de quatre cas", "trials:case",
     "à propos de quatre cas"),
    ("heldout168", "a retrospective case series of 12 patients", "trials:case", "case series"),
    # the cases a treatment was used in (heldout171)
    ("heldout171", "has used stem cells to repair the endometrium in 9 cases, and three gave birth",
     "trials:case", "in 9 cases"),
    # a study that meets its goal; young donors' plasma (heldout173)
    ("heldout173", "the study was unlikely to meet its goal of reducing cardiac death",
     "trials:results", "meet"),
    ("heldout173", "Phase 2 study meets primary endpoint", "trials:results", "meets"),
    ("heldout173", "a start-up selling young donors' plasma to older buyers", "hype:anti_aging",
     "young donors'"),
    ("heldout173", "infusions of plasma from young donors", "hype:anti_aging",
     "plasma from young donors"),
    ("heldout173", "Argentina's ANMAT registers its first cell therapy product",
     "regulation:approval", "registers"),
    ("heldout173", "the trial began recruiting 90 adults in May", "trials:dosing", "recruiting"),
    # transplants from matched or unrelated donors; a regulator's standard (heldout174)
    ("heldout174", "Related and unrelated donor transplantation for thalassemia",
     "rel:hematopoietic", "unrelated donor transplantation"),
    ("heldout174", "OUTCOME OF SECOND HLA-MATCHED SIBLING DONOR TRANSPLANTS", "rel:hematopoietic",
     "HLA-MATCHED SIBLING DONOR TRANSPLANTS"),
    ("heldout174", "banks must meet the ministry's new quality standards", "regulation:guidance",
     "standards"),
    ("heldout174", "the ministry set a national standard for cell therapies", "regulation:guidance",
     "standard"),
    # a treatment currently available at a clinic; a seller's question (heldout175)
    ("heldout175", "Stem Cell Treatments for Glaucoma are currently available at SIRM.",
     "hype:offer", "currently available at"),
    ("heldout175", "Are you fighting vision loss due to glaucoma?", "hype:offer",
     "Are you fighting"),
    # a second cancer and the late effects after a transplant (heldout176)
    ("heldout176", "patients who developed a second solid cancer after a stem cell transplant",
     "safety:harm", "second solid cancer"),
    ("heldout176", "Conocer los riesgos y el monitoreo de efectos tardíos", "safety:harm",
     "efectos tardíos"),
    ("heldout176", "the late effects of transplantation in adult survivors", "safety:harm",
     "late effects"),
    # a warning's verb stays hype's (heldout178's guard keeps it)
    ("heldout178", "consultants are lying, cord blood does not cure diseases", "hype:unproven",
     "cure"),
    # a regenerative practice's lines on tendons (heldout179)
    ("heldout179", "stem cells are a really good alternative to elbow surgery", "hype:pitch",
     "alternative to elbow surgery"),
    ("heldout179", "promotes healing rather than just masking pain", "hype:pitch", "masking pain"),
    ("heldout179", "Stem cell therapy is an exciting new treatment for tennis elbow.", "hype:pitch",
     "exciting new treatment"),
    ("heldout179", "One of the most common orthopedic injuries we see at our practice",
     "hype:offer", "we see"),
    # stem cells named with their kin; a cancer a treatment might cause (heldout180)
    ("heldout180", "using adipose-derived stem and regenerative cells for breast augmentation",
     "rel:stem_cell", "stem and regenerative cells"),
    ("heldout180", "haematopoietic stem/progenitor cells", "rel:stem_cell", "stem/progenitor cells"),
    ("heldout180", "a concern that stem cells in the fat might stimulate cancer", "safety:harm",
     "stimulate cancer"),
    # an ethics board's go-ahead is a trial's step, not a regulator's approval (heldout183)
    ("heldout183", "Both are Institutional Review Board (IRB) approved clinical studies",
     "trials:design", "Institutional Review Board (IRB) approved"),
    ("heldout183", "the study received ethics committee approval in March", "trials:design",
     "ethics committee approval"),
    # a company's money spent on its trials is business news (heldout185)
    ("heldout185", "Cesca Therapeutics Slashes Staff to Focus Spending on Clinical Trials",
     "business:funding", "Spending on Clinical Trials"),
    ("heldout185", "StemCells axes 20 staffers as it conserves cash for trial work",
     "business:funding", "cash for trial work"),
    # making pluripotent lines is a method; a clinic's promise of relief (heldout187)
    ("heldout187", "we generated two induced pluripotent stem cell (iPSC) lines from donors",
     "research:science", "generated"),
    ("heldout187", "generated pluripotent stem cells (iPSCs) from the skin of people",
     "research:science", "generated"),
    ("heldout187", "stem cell therapy may be able to offer patients relief from the pain",
     "hype:pitch", "offer patients relief"),
    ("heldout187", "The company raised $12 million in a Series A", "business:funding", "raised"),
    ("heldout187", "Mesoblast raises A$160 million from investors", "business:funding", "raises"),
    # a lab paper's methods section (heldout188)
    ("heldout188", "Materials and methods: Athymic nude rats were cranially irradiated",
     "research:science", "Materials and methods"),
    # the narrowings of the 190th set keep their old readings (heldout189)
    ("heldout189", "The cells were grown in the laboratory for three weeks", "research:lab",
     "laboratory"),
    ("heldout189", "Lab tests in mice showed the cells engrafted", "research:lab", "mice"),
    ("heldout189", "the FDA granted registration of the product", "regulation:approval",
     "registration"),
    ("heldout189", "a new cell product for knee cartilage", "rel:cell_therapy", "cell product"),
    # a case report's own words; a face's treatments still read as a clinic's (heldout192)
    ("heldout192", "We report a case of a 20-year-old female patient with otitis media",
     "trials:case", "We report a case"),
    ("heldout192", "a 20-year-old female patient with otitis media", "trials:case",
     "20-year-old female patient"),
    ("heldout192", "a med spa's stem cell facial for $900", "hype:clinic", "facial"),
    ("heldout192", "facial injections of stem cells at a beauty salon", "hype:clinic", "facial"),
    # a look back over treated patients, a remission a transplant brought, a stem cell's fate
    # (heldout193); a mutation tied to cancer stays safety's
    ("heldout193", "the working party conducted a retrospective survey to analyze disease outcome",
     "trials:lookback", "retrospective survey"),
    ("heldout193", "HSCT can result in durable, symptom-free, treatment-free remission of MG",
     "trials:results", "treatment-free remission"),
    ("heldout193", "the patient achieved clinical remission after APHSCT", "trials:results",
     "achieved clinical remission"),
    ("heldout193", "Hair follicle stem cell fate supports distinct clinical endotypes",
     "research:science", "fate"),
    ("heldout193", "iPS cell lines carried mutations linked to cancer", "safety:quality",
     "mutations"),
    # a cohort with its disease named between; cells still grow in a dish (heldout194)
    ("heldout194", "in patients with osteonecrosis of the femoral head treated with core decompression",
     "trials:cohort", "patients with osteonecrosis of the femoral head treated with"),
    ("heldout194", "the cells kept growing in culture for weeks", "research:science", "growing"),
    # a study that follows its people forward; one centre's own series (heldout195)
    ("heldout195", "We report results in 2408 unrelated PBSC donors prospectively evaluated by the NMDP",
     "trials:design", "prospectively evaluated"),
    ("heldout195", "a prospective observational study of 120 donors", "trials:design",
     "prospective observational study"),
    ("heldout195", "kidney transplantation: a single-center experience in China", "trials:lookback",
     "single-center experience"),
    ("heldout195", "This was a single-center, retrospective study of 32 patients", "trials:lookback",
     "single-center, retrospective"),
    # a case report's counted cases and its title's last words; one cited in a sentence
    # stays safety's signal (heldout196)
    ("heldout196", "Here, we report 2 cases of psoriasis vulgaris treated by UC-MSCs", "trials:case",
     "we report 2 cases"),
    ("heldout196", "Psoriasis treatment using cord mesenchymal stem cells: A case report",
     "trials:case", "case report"),
    ("heldout196", "The mass came from cells injected abroad, according to a case report.",
     "safety:signal", "case report"),
    # a feasibility study's design; a risk a treatment raises stays safety's (heldout197)
    ("heldout197", "Feasibility and Safety of Umbilical Cord Blood Transfusion in newborns",
     "trials:design", "Feasibility and Safety"),
    ("heldout197", "a feasibility study of cord blood infusions in children", "trials:design",
     "feasibility study"),
    ("heldout197", "the transplant raises the risk of infection", "safety:signal", "risk"),
    # rabbits studied; a clinic's disclaimer; a company that signs (heldout198)
    ("heldout198", "properties of scarred rabbit vocal folds after MSC injection", "research:lab",
     "rabbit"),
    ("heldout198", "Stem cell and PRP injections are NOT FDA APPROVED.", "hype:unproven",
     "NOT FDA APPROVED"),
    ("heldout198", "Mesoblast signs a licensing pact with a Japanese partner", "business:deal", "signs"),
    # a study's arms and a procedure's scars stay their groups' (heldout199)
    ("heldout199", "pain scores fell in both arms of the study", "trials:dosing", "arms"),
    ("heldout199", "surgeons warn of infections and scarring after cheap procedures", "safety:harm",
     "scarring"),
    # a consortium's research teams (heldout200)
    ("heldout200", "Throughout the project, our research teams worked together", "research:people",
     "teams"),
    # a cyst and a product's mutations stay safety's (heldout201)
    ("heldout201", "an MRI found a cystic mass at the injection site", "safety:harm", "cystic"),
    ("heldout201", "the iPS cell lines carried genetic mutations", "safety:quality", "mutations"),
    # a trial's safety and clinical efficacy; a clinic's patients infected with hepatitis C
    # (heldout202)
    ("heldout202", "to evaluate the safety and clinical efficacy of cord MSC transplantation",
     "trials:design", "safety and clinical efficacy"),
    ("heldout202", "patients caught hepatitis C from shared equipment at the clinic", "safety:harm",
     "hepatitis"),
    # stem Leydig cells; a cell line's derivation; cells programmed into another kind; a skin
    # serum and a seller's promising avenue stay hype's (heldout203)
    ("heldout203", "Autologous Stem Leydig Cell transplantation in monkeys", "rel:stem_cell",
     "Stem Leydig Cell"),
    ("heldout203", "Clonal derivation of white and brown adipocyte progenitor cell lines",
     "research:science", "derivation"),
    ("heldout203", "Programming human pluripotent stem cells into white and brown adipocytes",
     "research:science", "Programming"),
    ("heldout203", "a stem cell serum that lifts tired skin", "hype:clinic", "serum"),
    ("heldout203", "offering a promising avenue for those seeking relief abroad", "hype:unproven",
     "promising"),
    # a seller's page title: the therapy first, then what it is for (heldout201, heldout202)
    ("heldout201", "Stem Cell Therapy for Lyme Disease", "hype:offer", "Therapy"),
    ("heldout202", "Stem cell therapy for anxiety", "hype:offer", "therapy"),
    ("heldout193", "Stem cell treatments for knee pain at our Phoenix center", "hype:offer",
     "treatments"),
    # the side effects of the cells stay safety's (heldout204)
    ("heldout204", "No side effects of the stem cell infusions were seen", "safety:harm",
     "side effects"),
    # a trial's comparison groups; an IV drip stays the clinic's (heldout205)
    ("heldout205", "five were allocated to the stem cell group and five to standard care group",
     "trials:dosing", "standard care group"),
    ("heldout205", "patients were randomized to a control group", "trials:dosing", "control group"),
    ("heldout205", "IV stem cell drips at our spa", "hype:clinic", "IV"),
    # one patient's treatment in a title (heldout206)
    ("heldout206", "Cord blood stem cell treatment for a patient with psoriatic arthritis",
     "trials:case", "for a patient with"),
    ("heldout206", "MSC therapy in a 45-year-old woman with lupus", "trials:case",
     "in a 45-year-old woman with"),
    # a seller's title with "Stem Cells" plural; a seller's claim for the cells in general; a
    # hurdle cleared at the FDA keeps the agency (heldout207)
    ("heldout207", "Stem Cells Treatment for Dementia: How It Works", "hype:offer", "Treatment"),
    ("heldout207", "Stem cells are especially effective in treating these types of dementias",
     "hype:unproven", "are especially effective"),
    ("heldout207", "Stem cell therapy clears FDA hurdle", "regulation:agency", "FDA"),
    # meat and fish grown from animal cells (heldout208)
    ("heldout208", "the first burger grown from cow stem cells was cultured meat",
     "neg:cultivated_meat", "cultured meat"),
    ("heldout208", "Scientists use stem cells to grow animal-free pork in a lab",
     "neg:cultivated_meat", "animal-free pork"),
    ("heldout208", "Sustainable seafood’ grows in a lab instead of the ocean",
     "neg:cultivated_meat", "seafood’ grows in a lab"),
    ("heldout208", "the first cultured meat (in-vitromeat) burger", "neg:cultivated_meat",
     "in-vitromeat"),
    # a governor's veto of a bill (heldout209)
    ("heldout209", "Gov. Brad Henry's stem cell veto stirs new fight", "regulation:law", "veto"),
    ("heldout209", "the governor vetoed the stem cell ban", "regulation:law", "vetoed"),
    # a celebrity's endorsement stays the seller's (heldout210)
    ("heldout210", "endorsed by a famous quarterback", "hype:unproven", "endorsed"),
    # cosmetic uses stay the clinic's (heldout211)
    ("heldout211", "stem cells for cosmetic procedures", "hype:clinic", "cosmetic"),
    # research at work stays research in French (heldout212)
    ("heldout212", "une recherche sur les cellules souches du foie", "research:people",
     "recherche"),
    # a lab's plural models and hydrogels; a licence suspended stays enforcement (heldout214)
    ("heldout214", "Delivery of MSCs from Gelatin-Alginate Hydrogels", "research:science",
     "Hydrogels"),
    ("heldout214", "developed functional ex vivo diseased models of the pylorus", "research:lab",
     "models"),
    ("heldout214", "the clinic faces a licence suspension", "regulation:enforcement",
     "suspension"),
    # a human MSC named with its source (heldout215)
    ("heldout215", "Expanded hBM-MSCs Plus Biomaterial", "rel:msc", "hBM-MSCs"),
    ("heldout215", "hUC-MSCs were infused", "rel:msc", "hUC-MSCs"),
    # unregulated stem cell therapies are the clinics' trade; an unregulated market stays
    # a matter of rules (heldout218)
    ("heldout218", "Arizona bill targets unregulated stem cell therapies", "hype:unproven",
     "unregulated"),
    ("heldout218", "warns patients against unregulated cell treatments", "hype:unproven",
     "unregulated"),
    ("heldout218", "the unregulated market for cord blood banking", "regulation:guidance",
     "unregulated"),
    # rules for a field's work, in English and in Spanish's verb (heldout219)
    ("heldout219", "Two Approaches To Regulating Embryonic Stem-Cell Use", "regulation:law",
     "Regulating"),
    ("heldout219", "Buscan regular la investigación sobre células madre", "regulation:law",
     "regular"),
    # a headline that only pairs an ailment with the therapy is a seller's page (heldout220)
    ("heldout220", "Sarcoidosis And Stem Cell Therapy", "hype:offer",
     "Sarcoidosis And Stem Cell Therapy"),
    ("heldout220", "Multiple sclerosis and stem cell treatments", "hype:offer",
     "Multiple sclerosis and stem cell treatments"),
    # the repair a seller's headline sells; a practitioner's own voice (heldout221)
    ("heldout221", "Stem cell repair for tendon injuries", "hype:offer", "repair"),
    ("heldout221", "I frequently see patients with an MRI of a tendon tear", "hype:offer",
     "I frequently see patients"),
    # a disease in a dish, grown from its patients' cells (heldout223)
    ("heldout223", "Petri dish insights into schizophrenia", "research:lab", "Petri dish"),
    ("heldout223", "Neurons grown from stem cells derived from people with schizophrenia",
     "research:lab", "derived from people with"),
    ("heldout223", "Growing neurons from the cells of bipolar patients", "research:lab",
     "from the cells of bipolar patients"),
    # a fight in court named by its subject; a company's crowdfunding round is money raised,
    # patients' crowdfunding for a clinic stays hype's (heldout224)
    ("heldout224", "Bankruptcy Amid Stem Cell Patent Dispute Fallout", "regulation:enforcement",
     "Patent Dispute"),
    ("heldout224", "a bitter patent battle with Astellas", "regulation:enforcement",
     "patent battle"),
    ("heldout224", "raised £691,000 in a crowdfunding call in just 10 days", "business:funding",
     "crowdfunding"),
    ("heldout224", "patients turn to crowdfunding to pay stem cell clinics", "hype:clinic",
     "crowdfunding"),
    # money put into research (heldout225)
    ("heldout225", "a $600 million appropriation to fund stem cell research", "business:funding",
     "fund"),
    # a clinical paper's outcome and its treated limbs (heldout227)
    ("heldout227", "Assessment of the Long-Term Clinical Outcome", "trials:results",
     "Long-Term Clinical Outcome"),
    ("heldout227", "the limbs that underwent whole bone marrow stem cell therapy", "trials:results",
     "limbs that underwent"),
    # a seller's title led by "Using"; the reader's family in the pitch; a trial's arm stays
    # a trial's (heldout228)
    ("heldout228", "Using Stem Cell Therapy for Elbow, Wrist, and Hand Pain", "hype:offer",
     "Therapy"),
    ("heldout228", "should be considered an option for you or your loved one", "hype:offer",
     "for you or your loved one"),
    ("heldout228", "patients in the treatment arm received MSCs", "trials:dosing", "arm"),
    # a seller's boast of a proven rate (heldout229)
    ("heldout229", "Stem Cell Therapy Has Proven Success Rate in Ankle Pain Relief",
     "hype:unproven", "Proven Success Rate"),
    # the failing organ a therapy is for stays a harm where it follows a treatment (heldout230)
    ("heldout230", "the patient developed kidney failure after the infusion", "safety:harm",
     "kidney failure"),
    # a Spanish seller's headline: the cells and what they are for, or the therapy alone
    # (heldout231)
    ("heldout231", "Células madre para alopecia", "hype:offer", "para"),
    ("heldout231", "Terapia con células madre", "hype:offer", "Terapia con células madre"),
    # the ailment put before the therapy, the whole headline (heldout232)
    ("heldout232", "Lupus stem cell therapy", "hype:offer", "Lupus stem cell therapy"),
    # Turkish typed without its letters; a hair clinic's own services; Turkish scientists and
    # their lab (heldout233)
    ("heldout233", "kok hucre tedavisiyle sac dokulmesini durdurulabilir", "rel:stem_cell",
     "kok hucre"),
    ("heldout233", "Greffe de cheveux avec thérapie par cellules souches", "hype:clinic",
     "Greffe de cheveux"),
    ("heldout233", "un tratamiento capilar con células madre", "hype:clinic",
     "tratamiento capilar"),
    ("heldout233", "Bilim insanları laboratuvarda saç kökü büyüttü", "research:people",
     "Bilim insanları"),
    ("heldout233", "Bilim insanları laboratuvarda saç kökü büyüttü", "research:lab",
     "laboratuvarda"),
    # English "cure" and "fine" keep their senses beside the Italian guards; a mouse in
    # Portuguese (heldout234)
    ("heldout234", "clinics sell a miracle cure for baldness", "hype:unproven", "cure"),
    ("heldout234", "the clinic was fined $10,000", "regulation:enforcement", "fined"),
    ("heldout449", "the regulator imposed a fine on the clinic", "regulation:enforcement", "fine"),
    ("heldout234", "cientistas curam calvicie em camundongo", "research:lab", "camundongo"),
    # the stem cells that colour hair are named where their biology is studied (heldout235)
    ("heldout235", "Stress Turns Hair Gray By Depleting Pigment-Producing Stem Cells",
     "research:science", "Pigment-Producing"),
    ("heldout235", "melanocyte stem cells get stuck in the follicle", "research:science",
     "melanocyte"),
    ("heldout235", "the cells, called McSCs, move between compartments", "research:science",
     "McSCs"),
    # children in a trial are still its patients beside the offspring context (heldout236)
    ("heldout236", "a trial of cord blood for children with autism", "trials:patients",
     "children"),
    ("heldout236", "children who have had a transplant", "trials:patients", "children"),
    # a body's practice guideline or policy, named as the document it is (heldout238)
    ("heldout238", "best practice recommendations from the EBMT", "regulation:practice_guideline",
     "best practice recommendations"),
    ("heldout238", "recommendations from the European Society for Blood and Marrow Transplantation",
     "regulation:practice_guideline", "recommendations"),
    ("heldout238", "We therefore updated the previously published guidelines",
     "regulation:practice_guideline", "updated"),
    ("heldout238", "We therefore updated the previously published guidelines",
     "regulation:guidance", "guidelines"),
    ("heldout238", "the aim of this open-access position statement", "regulation:practice_guideline",
     "position statement"),
    ("heldout238", "Clinical Commissioning Policy: Haematopoietic Stem Cell Transplantation",
     "regulation:practice_guideline", "Clinical Commissioning Policy"),
    # promising what one's own stem cells will do, for a food or a supplement (heldout239)
    ("heldout239", "foods that boost your own stem cells", "hype:own_cells",
     "foods that boost"),
    ("heldout239", "how to activate your body's stem cells", "hype:own_cells",
     "activate your body's"),
    ("heldout239", "Stem Cell Enhancers Without the Controversy", "hype:own_cells", "Enhancers"),
    ("heldout239", "foods that help generate stem cells naturally", "hype:own_cells", "naturally"),
    ("heldout450", "Can sauna use improve stem cell production naturally?", "hype:own_cells", "naturally"),
    # the supplement trade's own phrases, and the people its studies count (heldout500)
    ("heldout500", "an extract documented to support the release of stem cells from the marrow",
     "hype:own_cells", "support the release of"),
    ("heldout500", "Stem Cell Nutritional Research", "hype:own_cells", "Nutritional"),
    ("heldout500", "we examined 44 individuals who took the supplement", "trials:cohort",
     "44 individuals"),
    ("heldout500", "a cross-over trial was conducted in 12 healthy subjects", "trials:cohort",
     "12 healthy subjects"),
    # a closure, and an order not to operate, in Spanish (heldout501)
    ("heldout501", "Padres preocupados ante cierre de bancos de células madre",
     "regulation:enforcement", "cierre de bancos"),
    ("heldout501", "Estas empresas no pueden funcionar en el país", "regulation:enforcement",
     "no pueden funcionar"),
    ("heldout501", "la clínica no podrá seguir operando", "regulation:enforcement",
     "no podrá seguir operando"),
    ("heldout450", "the company's late-stage stem cell trial in stroke", "trials:phase", "late-stage"),
    ("heldout450", "its late-phase pipeline of cell therapies", "trials:phase", "late-phase"),
    # mini-brains in five more languages (heldout452)
    ("heldout452", "Análise com minicérebros", "rel:organoid", "minicérebros"),
    ("heldout452", "I mini-cervelli coltivati in laboratorio", "rel:organoid", "mini-cervelli"),
    ("heldout452", "Forscher züchten Mini-Gehirne aus Stammzellen", "rel:organoid", "Mini-Gehirne"),
    # a hyphen before a German or Dutch stem cell compound (heldout453)
    ("heldout453", "MPI-Stammzellforscher entdecken Protein", "rel:stem_cell", "Stammzellforscher"),
    ("heldout453", "Knochenmark-Stammzellen spenden", "rel:stem_cell", "Stammzellen"),
    ("heldout453", "navelstreng-stamcellen bewaren", "rel:stem_cell", "stamcellen"),
    # the sentence and the plea (heldout454)
    ("heldout454", "faces up to 240 years in federal prison", "regulation:enforcement", "prison"),
    ("heldout454", "Scientist Jailed Over Stem Cell Fraud", "regulation:enforcement", "Jailed"),
    ("heldout454", "the clinic owner pleaded guilty to wire fraud", "regulation:enforcement",
     "pleaded guilty"),
    ("heldout454", "a doctor convicted of selling unapproved cells", "regulation:enforcement",
     "convicted"),
    # a testimonial by another name (heldout457)
    ("heldout457", "Stem Cell Therapy for Scleroderma: A Patient Story", "hype:clinic",
     "Patient Story"),
    ("heldout457", "Read our patients’ stories", "hype:clinic", "patients’ stories"),
    ("heldout457", "A feedback on stem cell treatment of patient Ch.M.", "hype:clinic",
     "feedback on"),
    ("heldout457", "I wanted to give you a 2-month, post-stem cell update", "hype:clinic",
     "update"),
    ("heldout457", "Before Stem Cell Therapy I am a 53 year old man", "hype:clinic",
     "Before"),
    # (a storytelling workshop's patients stay the trials' word)
    ("heldout457", "patient storytelling workshops for nurses", "trials:patients", "patient"),
    # a peripheral blood stem cell transplant by its initials, and an allergy it passed on
    # (heldout458)
    ("heldout458", "Transfer of peanut allergy through PBSCT", "rel:hematopoietic", "PBSCT"),
    ("heldout458", "As donation of BM or PBSCs is not in the donor's interest", "rel:hematopoietic",
     "PBSCs"),
    ("heldout458", "Transfer of peanut allergy through PBSCT", "safety:harm",
     "Transfer of peanut allergy"),
    ("heldout458", "transmission of IgE-mediated allergy by the graft", "safety:harm",
     "transmission of IgE-mediated allergy"),
    ("heldout458", "angioedema with swelling of the nasal mucosa", "safety:harm", "angioedema"),
    # a seller's present tense stays a claim beside a study's "could lead to cures"
    # (heldout461)
    ("heldout461", "Our stem cell injections can lead to a cure", "hype:unproven", "cure"),
    # a lab's assays of cells (heldout464)
    ("heldout464", "Using Boyden chamber assays, cannabidiol increased MSC migration",
     "research:lab", "assays"),
    ("heldout464", "A Transwell Migration assay was performed", "research:lab", "assay"),
    # a statute's definitions of a drug and of medical care, the tax code's deductions and
    # the tax authority (heldout465)
    ("heldout465", "the costs of diagnosis, cure, mitigation, treatment, or prevention of disease",
     "regulation:law", "diagnosis, cure, mitigation, treatment, or prevention"),
    ("heldout465", "intended for use in the cure, mitigation, treatment, or prevention of disease",
     "regulation:law", "cure, mitigation, treatment, or prevention"),
    ("heldout465", "storage is NOT a deductible medical expense", "regulation:law",
     "deductible medical expense"),
    ("heldout465", "Medical expense deduction: who can use it", "regulation:law",
     "Medical expense deduction"),
    ("heldout465", "the IRS makes clear that cord blood storage isn't", "regulation:agency", "IRS"),
    ("heldout465", "The Internal Revenue Service outlines criteria", "regulation:agency",
     "Internal Revenue Service"),
    # (a count out of a number still reads, stars aside: heldout467)
    ("heldout467", "In 4 out of 5 cases the graft took", "trials:cohort", "4 out of 5"),
    # (a trial's arms still read beside the idiom's: heldout468)
    ("heldout468", "patients in both arms were up and walking", "trials:dosing", "arms"),
    # the biohackers' stem cell makeover; a provider's own expansion plans (heldout472)
    ("heldout472", "Stem Cell Therapy and the Full-Body Stem Cell Makeover", "hype:anti_aging",
     "Makeover"),
    ("heldout472", "the cornerstones for its global expansion plans", "business:market",
     "its global expansion plans"),
    # the research record mended: retractions and doctored images (heldout473)
    ("heldout473", "Nature retracts highly cited 2002 paper on adult stem cells",
     "research:science", "retracts highly cited 2002 paper"),
    ("heldout473", "Stem cell study retraction produces useless notice", "research:science",
     "study retraction"),
    ("heldout473", "Top 5 stem cell retractions", "research:science", "retractions"),
    ("heldout473", "possibly containing improperly manipulated images", "research:science",
     "manipulated images"),
    ("heldout473", "Journal retracts heart stem cell paper over image fraud", "research:science",
     "image fraud"),
    ("heldout473", "inappropriate western blot image adjustment", "research:lab", "western blot"),
    ("heldout473", "دعا عالم ياباني إلى سحب دراسته عن الخلايا الجذعية", "research:science",
     "سحب دراسته"),
    # a bill in Congress: the Senate, a federal bill's number (heldout475)
    ("heldout475", "support embryonic stem cell research and a vote on HR 810 in US Senate",
     "regulation:law", "Senate"),
    ("heldout475", "a vote on HR 810 in US Senate", "regulation:law", "HR 810"),
    ("heldout475", "the Senate passed H.R. 810", "regulation:law", "H.R. 810"),
    # appeals to pay for a treatment abroad, and one advocating a bill (heldout476)
    ("heldout476", "Why am I advocating for the Senator Kirk REGROW Act (H.R. 4762)",
     "regulation:call", "advocating for"),
    ("heldout476", "Stem cell treatments are not yet approved in the U.S.", "hype:unproven",
     "not yet approved"),
    ("heldout476", "If you want one, you have to travel out of the country.", "hype:tourism",
     "travel out of the country"),
    ("heldout476", "Why? To help fund stem cell treatment.", "hype:clinic",
     "help fund stem cell treatment"),
    # a clinic selling treatments still sells (heldout477's guard is for shares)
    ("heldout477", "clinics selling stem cell shots to the desperate", "hype:unproven",
     "selling"),
    # Catalan: marrow given or transplanted, cord blood, blood-forming (heldout478)
    ("heldout478", "cas jose raul pateix leucemia crida donar medulla ossia", "rel:hematopoietic",
     "donar medulla"),
    ("heldout478", "una crida a donar medul·la òssia", "rel:hematopoietic", "donar medul·la"),
    ("heldout478", "els donants de medul·la òssia", "rel:hematopoietic", "donants de medul·la"),
    ("heldout478", "el trasplantament de medul·la", "rel:hematopoietic",
     "trasplantament de medul·la"),
    ("heldout478", "La sang de cordó umbilical pot curar la leucèmia", "rel:hematopoietic",
     "sang de cordó"),
    ("heldout478", "cèl·lules progenitores hematopoiètiques", "rel:hematopoietic",
     "hematopoiètiques"),
    ("heldout478", "Quiero donar médula a mi hermano", "rel:hematopoietic", "donar médula"),
    # the sickle cell gene therapies, a few more words apart (heldout479)
    ("heldout479", "access to gene therapy treatments for people living with sickle cell disease",
     "rel:hematopoietic", "gene therapy"),
    # a public payer saying what it pays for (heldout480)
    ("heldout480", "whether the Department of Veterans Affairs (VA) covers stem cell therapy",
     "regulation:law", "Veterans Affairs (VA)"),
    ("heldout480", "The VA covers certain stem cell procedures", "regulation:law", "VA"),
    ("heldout480", "Medicare now covers stem cell transplants for myelofibrosis",
     "regulation:law", "Medicare"),
    ("heldout480", "Tricare will cover the transplant", "regulation:law", "Tricare"),
    # the accreditation of transplant programmes, in more languages (heldout481)
    ("heldout481", "ha ottenuto, per la seconda volta, l'accreditamento mondiale", "regulation:approval",
     "accreditamento"),
    ("heldout481", "è stato riaccreditato dal Jacie e dal Centro nazionale trapianti",
     "regulation:approval", "riaccreditato"),
    ("heldout481", "Krankenhaus Bozen erhält Qualitätssiegel Jacie", "regulation:approval", "Jacie"),
    ("heldout481", "Le centre a obtenu l'accréditation JACIE", "regulation:approval", "accréditation"),
    ("heldout481", "un programme accrédité par la FACT", "regulation:approval", "accrédité"),
    ("heldout481", "Die Akkreditierung des Transplantationszentrums", "regulation:approval",
     "Akkreditierung"),
    ("heldout481", "Ośrodek uzyskał akredytację JACIE", "regulation:approval", "akredytację"),
    # marrow registries by their names, a PBSC donation (heldout482)
    ("heldout482", "Even under these extreme conditions, Be The Match ensures life-saving marrow",
     "rel:hematopoietic", "Be The Match"),
    ("heldout482", "The NMDP delivers cells within 48 hours", "rel:hematopoietic", "NMDP"),
    ("heldout482", "DKMS registers its ten millionth donor", "rel:hematopoietic", "DKMS"),
    ("heldout482", "Anthony Nolan calls for young men to join", "rel:hematopoietic", "Anthony Nolan"),
    ("heldout482", "PBSC Donation Postponed", "rel:hematopoietic", "PBSC"),
    # makers of stem cell products by their names (session 112: a gap found by probing)
    ("makers", "ExCellThera raises funds for its expanded cord blood", "rel:brand", "ExCellThera"),
    ("makers", "Ossium Health opens a bank of deceased donors' marrow", "rel:brand",
     "Ossium Health"),
    ("makers", "Cellino Biotech signs a deal", "rel:brand", "Cellino Biotech"),
    ("makers", "S.Biomedics doses its Parkinson's patients", "rel:brand", "S.Biomedics"),
    ("makers", "Stemedica and Regeneus in talks", "rel:brand", "Stemedica"),
    # national medicines regulators by their short names (session 111's note: a gap)
    ("regulators", "NAFDAC warns Nigerians against unapproved stem cell products",
     "regulation:agency", "NAFDAC"),
    ("regulators", "El Invima cierra una clínica de células madre", "regulation:agency",
     "Invima"),
    ("regulators", "Digemid alerta sobre terapias con células madre", "regulation:agency",
     "Digemid"),
    ("regulators", "SAHPRA registers a stem cell product", "regulation:agency", "SAHPRA"),
    ("regulators", "Medsafe says the injections are unapproved", "regulation:agency",
     "Medsafe"),
    ("regulators", "DRAP cracks down on stem cell clinics", "regulation:agency", "DRAP"),
    ("regulators", "TİTCK kök hücre ürününü onayladı", "regulation:agency", "TİTCK"),
    ("regulators", "SÚKL varuje před kmenovými buňkami", "regulation:agency", "SÚKL"),
    # a poll's share stays beside a trial's cohort: people who received cells, or treated
    ("heldout475", "7 out of 10 people who received the cells improved", "trials:cohort",
     "7 out of 10 people"),
    ("heldout475", "12 of 20 people treated said their pain eased", "trials:cohort",
     "12 of 20 people"),
    ("heldout239", "so it can repair itself naturally", "hype:own_cells",
     "repair itself naturally"),
    # money in millions is still the market's beside the head counts (heldout240)
    ("heldout240", "the company raised millions of dollars", "business:market", "millions"),
    # a transplant physician's "HCT", named as a transplant; French case counts to twelve
    # (heldout241)
    ("heldout241", "Radiation-free alternative donor HCT for Fanconi", "rel:hematopoietic", "HCT"),
    ("heldout241", "26 patients undergoing HCT for marrow failure", "rel:hematopoietic", "HCT"),
    ("heldout241", "Greffe de moelle dans l'anémie de Fanconi : à propos de sept cas",
     "trials:case", "à propos de sept cas"),
    # a seller's claims for its treatment (heldout242)
    ("heldout242", "long-term improvements without harsh side effects", "hype:pitch",
     "without harsh side effects"),
    ("heldout242", "This innovative, non-invasive treatment helps", "hype:pitch", "non-invasive"),
    ("heldout242", "Exosome therapy is changing the game", "hype:pitch", "changing the game"),
    ("heldout242", "Backed by emerging clinical research", "hype:pitch",
     "Backed by emerging clinical research"),
    ("heldout242", "quickly becoming a go-to solution", "hype:pitch", "go-to solution"),
    # a body enlarged for looks; a deal that is still a deal beside the idioms (heldout243)
    ("heldout243", "penis enlargement stem cells", "hype:clinic", "penis enlargement"),
    ("heldout243", "a method of body augmentation", "hype:clinic", "body augmentation"),
    ("heldout243", "the company closed the deal", "business:deal", "deal"),
    # (review: a deal sealed, closed or signed after "s the" is still a deal)
    ("heldout243", "Mesoblast seals the deal with Lonza", "business:deal", "deal"),
    ("heldout243", "the firm closes the deal", "business:deal", "deal"),
    # a bill and a harm still read beside a football team and an injury's recovery
    # (heldout246)
    ("heldout246", "Buffalo lawmakers passed two bills", "regulation:law", "bills"),
    ("heldout246", "an injury after the stem cell injection", "safety:harm", "injury"),
    ("heldout246", "injury recovered slowly after the infusion", "safety:harm", "injury"),
    # a stroke the treatment caused still reads beside the stroke a trial treats (heldout247)
    ("heldout247", "two patients had a stroke days after the infusion", "safety:harm", "stroke"),
    ("heldout247", "a cerebral stroke followed the injection", "safety:harm", "stroke"),
    # a fertility clinic selling stem cell therapy; a public payer refusing to pay (heldout248)
    ("heldout248", "Ramadoss to Take Severe Action against Fertility Clinics Conducting Stem Cell Therapy",
     "hype:clinic", "Clinics"),
    ("heldout248", "IVF clinics offering unproven stem cell injections", "hype:clinic", "clinics"),
    ("heldout248", "Why Won’t Medicare Pay For A Myeloma Patient To Collect And Store Their Stem Cells?",
     "regulation:law", "Medicare"),
    ("heldout248", "Medicare refuses to pay for the stem cell harvest", "regulation:law", "Medicare"),
    ("heldout248", "Medicaid will not cover the transplant", "regulation:law", "Medicaid"),
    # giving one's marrow; a sale at a loss stays a loss (heldout251)
    ("heldout251", "a stranger selflessly donating her bone marrow to my little sister",
     "rel:hematopoietic", "donating her bone marrow"),
    ("heldout251", "the company sold the unit at a loss", "business:market", "loss"),
    ("heldout251", "the biotech reported a net loss for the quarter", "business:market", "net loss"),
    # a registration that is a regulator's, a cure that is claimed, a cohort under a thousand
    # (heldout252)
    ("heldout252", "the ministry registers the cell product", "regulation:approval", "registers"),
    ("heldout252", "the clinic says its infusion is a cure for ageing", "hype:unproven", "cure"),
    ("heldout252", "the trial enrolled 240 patients", "trials:cohort", "240 patients"),
    # a purchase, a miracle cure and a cure claimed still read beside the idioms (heldout253)
    ("heldout253", "the company agreed to buy the cord blood bank", "business:deal", "buy"),
    ("heldout253", "a miracle cure sold in a Cancun clinic", "hype:unproven", "miracle"),
    ("heldout253", "the clinic says its stem cells cured her arthritis", "hype:unproven", "cured"),
    # a stem cell company by its name alone (heldout258)
    ("heldout258", "Why Neuralstem Inc. Shares Soared", "rel:brand", "Neuralstem"),
    ("heldout258", "NSI-566 cells in patients with ALS", "rel:brand", "NSI-566"),
    # stem cell companies named alone in share news (heldout259)
    ("heldout259", "Cytori Still in Tailspin After Failed Pivotal Trial", "rel:brand", "Cytori"),
    ("heldout259", "TiGenix s'envole après son feu vert européen", "rel:brand", "TiGenix"),
    ("heldout259", "positive feedback from the FDA on Cx601 global phase III trial", "rel:brand", "Cx601"),
    ("heldout259", "Bone Therapeutics op dieptepunt", "rel:brand", "Bone Therapeutics"),
    ("heldout259", "the Celution System processes fat tissue", "rel:brand", "Celution"),
    # ViaCyte and Advanced Cell Technology by name; a share consolidation (heldout260)
    ("heldout260", "ViaCyte Raises $10M, Moves to Human Trial", "rel:brand", "ViaCyte"),
    ("heldout260", "the PEC-Direct product candidate", "rel:brand", "PEC-Direct"),
    ("heldout260", "Update: Advanced Cell Technology Reverse Split", "rel:brand",
     "Advanced Cell Technology"),
    ("heldout260", "Astellas buys Ocata Therapeutics", "rel:brand", "Ocata"),
    ("heldout260", "Update: Advanced Cell Technology Reverse Split", "business:market", "Reverse Split"),
    # Caladrius by name; a plant that manufactures cells is still manufacturing (heldout261)
    ("heldout261", "Caladrius Biosciences (NASDAQ:CLBS) Shares Up 6.4%", "rel:brand", "Caladrius"),
    ("heldout261", "NeoStem reports its quarter", "rel:brand", "NeoStem"),
    ("heldout262", "Celyad, the new face of Cardio3, is launching an IPO", "rel:brand", "Cardio3"),
    ("heldout262", "the CHART-1 trial of C-Cure in heart failure", "rel:brand", "C-Cure"),
    # Promethera by name; Dutch money: a round, convertible bonds, millions raised (heldout263)
    ("heldout263", "Leverziektenbestrijder Promethera haalt geld op", "rel:brand", "Promethera"),
    ("heldout263", "haalt 9,3 miljoen op met converteerbare obligaties", "business:funding",
     "haalt 9,3 miljoen op"),
    ("heldout263", "investeerders stappen in de kapitaalronde", "business:funding", "kapitaalronde"),
    ("heldout263", "Japanners pompen 10 miljoen in Waalse levertherapie", "business:market", "miljoen"),
    # BioTime by name; a regulator's approval still reads beside a funder's sum (heldout264)
    ("heldout264", "BioTime Announces Distribution Ratio", "rel:brand", "BioTime"),
    ("heldout264", "the FDA approves the first stem cell product", "regulation:approval", "approves"),
    ("heldout261", "the company manufactured stem cells for the trial", "business:manufacturing",
     "manufactured"),
    # Magenta Therapeutics and its numbered products by name (heldout266)
    ("heldout266", "Magenta Therapeutics Announces Update on U.S. FDA Investigational New Drug",
     "rel:brand", "Magenta Therapeutics"),
    ("heldout266", "a clinical hold on its IND for MGTA-117", "rel:brand", "MGTA-117"),
    # Novadip and CellProthera and their products by name; a French observational study
    # (heldout267)
    ("heldout267", "Novadip Biosciences raises €40M for bone defect treatments", "rel:brand",
     "Novadip"),
    ("heldout267", "its regenerative bone product NVD-003", "rel:brand", "NVD-003"),
    ("heldout267", "Novadip's NVDX3 Bone Graft", "rel:brand", "NVDX3"),
    ("heldout267", "CellProthera is advancing ProtheraCytes toward Phase 3", "rel:brand",
     "CellProthera"),
    ("heldout267", "son médicament ProtheraCytes", "rel:brand", "ProtheraCytes"),
    ("heldout267", "lance une étude observationnelle, sur dix ans", "trials:trial",
     "étude observationnelle"),
    ("heldout267", "CellProthera lance une etude observationnelle", "trials:trial",
     "etude observationnelle"),
    ("heldout267", "stem cells are a promising cure for arthritis", "hype:unproven", "promising"),
    # Cellect and ApoGraft by name; a midstage study is phase 2 (heldout268)
    ("heldout268", "See Why Cellect Biotechnology Stock Is Soaring", "rel:brand", "Cellect"),
    ("heldout268", "the first ApoGraft transplantation in a Leukemia patient", "rel:brand",
     "ApoGraft"),
    ("heldout268", "Receives Clearance For Midstage Study", "trials:phase", "Midstage"),
    ("heldout268", "positive mid-stage trial results", "trials:phase", "mid-stage"),
    # sellers barely held to rules; a seller's own treatments (heldout271)
    ("heldout271", "But are loosely regulated companies such as Beike to be trusted?",
     "hype:unproven", "loosely regulated"),
    ("heldout271", "We use adult stem cells for all our treatments.", "hype:offer",
     "for all our treatments"),
    ("heldout271", "stem cell banks are regulated by the health ministry", "regulation:guidance",
     "regulated"),
    # HSC gene therapies by their trial names (heldout272)
    ("heldout272", "the first patient had been dosed in its phase 1/2 RUBY trial of EDIT-301",
     "rel:brand", "EDIT-301"),
    ("heldout272", "phase III clinical trials of the gene therapy Lentiglobin (BB-1111)", "rel:brand",
     "Lentiglobin"),
    # a joint research programme is a deal (heldout273)
    ("heldout273", "Takeda Launch the Joint Program for iPS Cell Applications Research",
     "business:deal", "Joint Program"),
    ("heldout273", "the two firms formed a joint venture in Osaka", "business:deal", "joint venture"),
    # ExoFlo and its maker by name (heldout274)
    ("heldout274", "The FDA approved a Phase II trial to use the treatment ExoFlo", "rel:brand",
     "ExoFlo"),
    ("heldout274", "FDA Approves Direct Biologics to Proceed", "rel:brand", "Direct Biologics"),
    # selling stem cells in Portuguese and Spanish (heldout275)
    ("heldout275", "Cremesp abre sindicância para apurar venda de células-tronco", "hype:unproven",
     "venda"),
    ("heldout275", "las clínicas que venden células madre sin permiso", "hype:unproven", "venden"),
    ("heldout275", "una clínica privada en Tijuana ofrece células madre", "hype:clinic", "clínica"),
    # Kadimastem and Asterias by name; shares sold short (heldout277)
    ("heldout277", "Altshuler Shaham and company stakeholders lead 5 15 million investment in Kadimastem",
     "rel:brand", "Kadimastem"),
    ("heldout277", "Asterias Biotherapeutics Inc AST sees significant decrease in short interest",
     "rel:brand", "Asterias Biotherapeutics"),
    ("heldout277", "assessing escalating doses of AST-OPC1", "rel:brand", "AST-OPC1"),
    ("heldout277", "the company's product, AstroRx, for ALS", "rel:brand", "AstroRx"),
    ("heldout277", "Asterias Biotherapeutics Inc AST sees significant decrease in short interest",
     "business:market", "short interest"),
    # Nature Cell and JointStem by name in English; a briefing for investors in Korean (heldout278)
    ("heldout278", "What Happened? : JointStem Sales Contract Maintained", "rel:brand", "JointStem"),
    ("heldout278", "These are words that Dr. Ra Jung-chan, CEO of Nature Cell, always keeps in mind",
     "rel:brand", "Nature Cell"),
    ("heldout278", "Naturecell's stock price showed strong performance", "rel:brand", "Naturecell"),
    ("heldout278", "네이처셀은 기업설명회를 개최한다고 공시했다", "business:shares", "기업설명회"),
    # a fiscal quarter by its number (heldout279)
    ("heldout279", "announced results for the fiscal first quarter ended February 28, 2017",
     "business:market", "fiscal first quarter"),
    # AlloJoin and ReJoin by name; an application accepted, the product named between (heldout280)
    ("heldout280", "Cellular Bio pivots China development AlloJoin knee osteoarthritis", "rel:brand",
     "AlloJoin"),
    ("heldout280", "Cellular Biomedicine's ReJoin for Knee OA Accepted for Trial in China", "rel:brand",
     "ReJoin"),
    ("heldout280", "the drug application for ReJoin® therapy for knee osteoarthritis (KOA) has been accepted",
     "regulation:approval", "application for ReJoin® therapy for knee osteoarthritis (KOA) has been accepted"),
    # plumping a face; commercialising a procedure (heldout281)
    ("heldout281", "Use fat from your derriere to plump up your face?", "hype:anti_aging",
     "plump up your face"),
    ("heldout281", "laying the foundation for the commercialization of the controversial procedure",
     "business:manufacturing", "commercialization"),
    ("heldout281", "the cells were tested in guinea pigs", "research:lab", "guinea pigs"),
    # drawing patients from abroad; a Japanese contract signed (heldout282)
    ("heldout282", "欧州などから年間5000人以上の患者を誘致する計画だ", "hype:tourism", "誘致"),
    ("heldout282", "외국인 환자 유치에 나선다", "hype:tourism", "환자 유치"),
    ("heldout282", "このほど現地で不動産契約を締結したという", "business:deal", "契約を締結"),
    # FCR001 and MDR-101, a kidney donor's blood stem cells, by name (heldout284)
    ("heldout284", "Talaris Therapeutics Inc Presents Data on Mechanisms of Fcr001 Activity",
     "rel:hematopoietic", "Talaris"),
    ("heldout284", "the MEDEOR MDR-101-MLK trial", "rel:hematopoietic", "MEDEOR"),
    ("heldout284", "cellular immunotherapy with MDR-102", "rel:hematopoietic", "MDR-102"),
    # Vita 34 by name; German share words and takeovers (heldout285)
    ("heldout285", "Vita 34: Ganz neue Dimensionen", "rel:brand", "Vita 34"),
    ("heldout285", "Die Aktie der ersten privaten Nabelschnurblutbank Europas", "business:market", "Aktie"),
    ("heldout285", "dass man 30% der Geschäftsanteile von Bio Save übernehmen wird", "business:market",
     "Geschäftsanteile"),
    ("heldout285", "Zur Quartalssaison richten sich die Blicke der Anleger", "business:market", "Anleger"),
    ("heldout285", "Prime Standard Vita 34 meldet Uebernahme von StemCare Gruppe", "business:deal",
     "Uebernahme"),
    ("heldout285", "durch die Akquisition der führenden skandinavischen Nabelschnurbank", "business:deal",
     "Akquisition"),
    # Polish results: revenue, growth year on year, a bank's samples won, quarterly results (heldout286)
    ("heldout286", "49,3 mln zł skonsolidowanych przychodów ze sprzedaży", "business:market", "mln zł"),
    ("heldout286", "co oznacza wzrost o 2,5% r/r", "business:market", "r/r"),
    ("heldout286", "PBKM pozyskał 6 486 próbek w I kw.", "business:market", "pozyskał 6 486 próbek"),
    ("heldout286", "PBKM pozyskał w II kw. 2020 roku 6 349 nowych próbek krwi pępowinowej", "business:market",
     "pozyskał w II kw. 2020 roku 6 349 nowych próbek"),
    ("heldout286", "PBKM pozyskal 6 966 probek w II kw", "business:market", "pozyskal 6 966 probek"),
    ("heldout286", "Jakub Baran PBKM wyniki pierwszego kwartalu nie sa miarodajne", "business:market",
     "wyniki pierwszego kwartalu"),
    # T cell receptor therapies are no stem cells (heldout287)
    ("heldout287", "TCR²’s IPO Raises $75M to Bring Cancer Cell Therapy to Solid Tumors", "neg:car_t", "TCR²"),
    ("heldout287", "a pipeline of TCR-T-based drug candidates", "neg:car_t", "TCR-T"),
    # Rocket's pyruvate kinase deficiency gene therapy, made from blood stem cells (heldout288)
    ("heldout288", "Rocket Pharmaceuticals Announces IMPD Clearance of RP-L301 Gene Therapy", "rel:brand", "RP-L301"),
    # a cure claim still reads beside a science word (heldout289's guard keeps to the company)
    ("heldout289", "the clinic says its infusion cures neurological disease", "hype:unproven", "cures"),
    # Bengali counts of patients treated, and sums in lakh and crore (heldout290)
    ("heldout290", "৩৭ রোগীর দেহে স্টেমসেল প্রতিস্থাপন করেছে বিএসএমএমইউ", "trials:cohort", "রোগীর"),
    ("heldout290", "লিভার সিরোসিসে আক্রান্ত ৩৭জন রোগীর দেহে", "trials:cohort", "রোগীর"),
    ("heldout290", "Bone marrow transplant possible at Tk3 lakh", "business:market", "Tk3 lakh"),
    ("heldout290", "the plant will cost Rs. 250 crore", "business:market", "Rs. 250 crore"),
    # a body's guide for doctors (heldout291)
    ("heldout291", "a guide, ‘Stem Cell Treatments – a Quick Guide for Medical Practitioners’", "regulation:guidance", "Guide for Medical Practitioners"),
    # drug-delivery makers' engineered exosomes, no stem cells (heldout292)
    ("heldout292", "Codiak files for bankruptcy after exosome-focused biotech", "neg:plant_vesicles", "Codiak"),
    ("heldout292", "Evox scores $95M round for final leg of race to the clinic", "neg:plant_vesicles", "Evox"),
    # lives ruined by a treatment (heldout294)
    ("heldout294", "Stem Cell Clinics Are Ruining People's Lives", "safety:harm", "Ruining People's Lives"),
    ("heldout294", "the injections ruined patients’ lives", "safety:harm", "ruined patients’ lives"),
    ("heldout294", "a clinic that ruined lives", "safety:harm", "ruined lives"),
    # Arabic face and skin injections, wrinkles, a skin's freshness (heldout295)
    ("heldout295", "حقن الخلايا الجذعية للوجه", "hype:clinic", "حقن الخلايا الجذعية للوجه"),
    ("heldout295", "تقنية حقن النضارة باستخدام الخلايا الجذعية", "hype:clinic", "حقن النضارة"),
    ("heldout295", "علاج التجاعيد بالخلايا الجذعية", "hype:anti_aging", "التجاعيد"),
    # CryoSave and Esperite; Dutch, Italian, French share and bankruptcy words (heldout297)
    ("heldout297", "Esperite keldert na hervatting handel", "rel:brand", "Esperite"),
    ("heldout297", "la Cryo Save è entrata in bancarotta", "rel:brand", "Cryo Save"),
    ("heldout297", "la Cryo Save è entrata in bancarotta", "business:market", "bancarotta"),
    ("heldout297", "Stamcelbedrijf Esperite failliet verklaard", "business:market", "failliet"),
    ("heldout297", "Esperite keldert na hervatting handel", "business:market", "keldert"),
    ("heldout297", "nadat de AFM toestemming gaf om de handel in het aandeel te hervatten", "business:market", "handel in het aandeel"),
    ("heldout297", "Esperite dévisse de 38% à 0,051 euro", "business:market", "dévisse"),
    # Rohto's ADR-001; a licence's rights, an industry-academia tie-up, a Tokyo stock code,
    # Japanese basic research (heldout298)
    ("heldout298", "「ADR-001」の第2相臨床試験を開始", "rel:brand", "ADR-001"),
    ("heldout298", "塩野義とロート薬、肝硬変の再生医療品実施権契約", "business:deal", "実施権"),
    ("heldout298", "先端的再生医療社会連携研究部門を設置", "business:deal", "社会連携研究"),
    ("heldout298", "ロート製薬(4527)【脂肪由来幹細胞で肝硬変治療】", "business:market", "(4527)"),
    ("heldout298", "ロート製薬<4527.T>は15日", "business:market", "<4527.T>"),
    ("heldout298", "脂肪由来幹細胞を用いた再生医療の基盤研究を加速", "research:lab", "基盤研究"),
    # makers of cells from stem cells by name; a drug maker's clinical operations (heldout299)
    ("heldout299", "Vor Bio Slashes Workforce by 95%", "rel:brand", "Vor Bio"),
    ("heldout299", "If you are buying Vor Biopharma Inc.", "rel:brand", "Vor Biopharma"),
    ("heldout299", "a trem-cel transplant for AML", "rel:brand", "trem-cel"),
    ("heldout299", "FDA clears VOR33 for a trial", "rel:brand", "VOR33"),
    ("heldout299", "Kite partners with Shoreline Biosciences", "rel:brand", "Shoreline Biosciences"),
    ("heldout299", "Shinobi Therapeutics has pulled in $59 million", "rel:brand", "Shinobi Therapeutics"),
    ("heldout299", "it will halt clinical and manufacturing operations", "trials:trial", "clinical and manufacturing operations"),
    ("heldout299", "winding down its clinical operations", "trials:trial", "clinical operations"),
    # a paid tooth bank (heldout300)
    ("heldout300", "Why parents are paying to store children's teeth", "business:market", "paying"),
    ("heldout300", "Banking dental stem cells", "business:market", "Banking"),
    ("heldout300", "families banking their baby teeth", "business:market", "banking"),
    ("heldout300", "The Tooth Bank charges $475", "business:market", "Tooth Bank"),
    # a cord blood bank's accreditation; German record highs and major shareholders (heldout303)
    ("heldout303", "StemCyte, Inc. Receives Accreditation From Foundation For The Accreditation Of Cellular Therapy", "regulation:approval", "Accreditation"),
    ("heldout303", "the bank was accredited by AABB in 2019", "regulation:approval", "accredited"),
    ("heldout303", "bei 18,20 Euro ein neues Rekordhoch erreicht", "business:market", "Rekordhoch"),
    ("heldout303", "das sagt der Vorstand zum neuen Grossaktionaer", "business:market", "Grossaktionaer"),
    ("heldout303", "der neue Großaktionär aus Polen", "business:market", "Großaktionär"),
    ("heldout303", "Aktien von Vita 34 brechen bei Börsendebüt ein", "business:market", "Börsendebüt"),
    # a registry's interventional study (heldout305)
    ("heldout305", "An Interventional Study on the Late Treatment of Severe Bronchopulmonary Dysplasia", "trials:design", "Interventional Study"),
    ("heldout305", "an interventional phase 2 trial of cord blood", "trials:design", "interventional"),
    # Arabic bone marrow, iPS cells, researchers and reprogramming; French donation drives (heldout306)
    ("heldout306", "وزير الصحّة يُسرّع في برنامج زرع النخاع العظمي", "rel:hematopoietic", "النخاع العظمي"),
    ("heldout306", "إعادة برمجة خلايا الدم إلى خلايا جذعية مستحثة متعددة القدرات", "rel:pluripotent", "مستحثة متعددة القدرات"),
    ("heldout306", "إعادة برمجة خلايا الدم إلى خلايا جذعية مستحثة متعددة القدرات", "research:science", "إعادة برمجة"),
    ("heldout306", "نجح باحثو مؤسسة محمد السادس للعلوم والصحة", "research:people", "باحثو"),
    ("heldout306", "une campagne pour la collecte de dons nécessaires à la création un centre", "business:funding", "collecte de dons"),
    # the Arabic construct for bone marrow, and the other word for marrow (heldout307)
    ("heldout307", "نجاح أول عملية زراعة نخاع عظم غيري في كربلاء المقدسة", "rel:hematopoietic", "نخاع عظم"),
    ("heldout307", "مركز أمراض الدم وزراعة نقي العظم في مدينة الطب", "rel:hematopoietic", "نقي العظم"),
    ("heldout307", "نجاح زراعة نخاع العظام لطفل", "rel:hematopoietic", "نخاع العظام"),
    # Stemson's iPSC hair follicles, Elixirgen's EXG-34217 (heldout308)
    ("heldout308", "Stemson Therapeutics Shuts Down", "rel:brand", "Stemson"),
    ("heldout308", "rare pediatric disease status for EXG-34217", "rel:brand", "EXG-34217"),
    # a closure by others stays enforcement, the participle included (heldout308)
    ("heldout308", "FDA shuts down stem cell clinic", "regulation:enforcement", "shuts down"),
    ("heldout308", "Stem cell clinic shut down. Police said", "regulation:enforcement", "shut down"),
    # a marrow transplant with marrow alone in Arabic; any one word before Spanish "de médula" (heldout309)
    ("heldout309", "بدء برنامج توطين زراعة النخاع في ليبيا", "rel:hematopoietic", "زراعة النخاع"),
    ("heldout309", "una operación de trasplante antólogo de médula ósea para un niño", "rel:hematopoietic", "trasplante antólogo de médula ósea"),
    # Arabic: an alternative to surgery, without surgery, professional athletes (heldout311)
    ("heldout311", "علاجات جديدة بالخلايا الجذعية بديلاً للجراحة", "hype:pitch", "بديلا للجراحة"),  # the tanween is dropped
    ("heldout311", "حقن الركبة دون الحاجة إلى الجراحة", "hype:pitch", "دون الحاجة إلى الجراحة"),
    ("heldout311", "مختبر الخلايا الجذعية لخدمة الرياضيين المحترفين", "hype:pitch", "الرياضيين المحترفين"),
    # a health ministry that acts stays a regulator (heldout311)
    ("heldout311", "وزارة الصحة تحذر من مراكز الخلايا الجذعية", "regulation:agency", "وزارة الصحة"),
    # Eyestem, Eyecyte-RPE and RPESC-RPE-4W named alone (heldout312)
    ("heldout312", "breakthrough eyestem receives approval for amd therapy trials", "rel:brand", "eyestem"),
    ("heldout312", "a phase 2 trial of Eyecyte-RPE", "rel:brand", "Eyecyte"),
    ("heldout312", "First Participant Dosed with Adult RPESC-RPE-4W", "rel:brand", "RPESC"),
    # a Korean trial allowed, a share's quoted price, CHA's Cordstem products (heldout315)
    ("heldout315", "국가생명윤리심의위원회는 세포치료제 임상시험을 허용키로 했다", "regulation:approval", "허용"),
    ("heldout315", "차바이오앤은 전날 보다 220(2.35%) 오른 9,570원에 거래되고 있다", "business:shares", "원에 거래"),
    ("heldout315", "무릎 관절연골 결손 치료제(Cordstem-CD Kit) 임상 1상", "rel:brand", "Cordstem"),
    # Korean: investment attracted with its object marker, a stake secured (heldout316)
    ("heldout316", "3억달러(약 4400억원) 투자를 유치해 볼티모어시에", "business:funding", "투자를 유치"),
    ("heldout316", "홍콩 소재 '바이오스타 아시아'의 지분을 확보하고", "business:deal", "지분을 확보"),
    ("heldout316", "조인트스템의 조건부 품목허가를 식약처에 신청", "regulation:approval", "조건부"),
    # Two Cells' gMSC1 named alone; a Japanese animal model (heldout317)
    ("heldout317", "膝軟骨再生細胞治療製品「gMSC1」に関するライセンス契約", "rel:brand", "gMSC1"),
    ("heldout317", "開発番号「gMSC®1」の第III相比較臨床試験", "rel:brand", "gMSC®1"),
    ("heldout317", "脳性麻痺モデル動物に対して効果を発揮", "research:lab", "モデル動物"),
    # a seller's "100% safe" (heldout319)
    ("heldout319", "Autologous stem cell therapy is a 100% safe form of treatment", "hype:pitch", "safe"),
    # a seller's "has been used to treat various" (heldout428)
    ("heldout428", "The infusion has been used to treat various chronic illnesses", "hype:service", "has been used to treat various"),
    # eggs and sperm made in a dish, told without "stem cells" (heldout427)
    ("heldout427", "The team grew eggs from skin cells of male mice", "rel:pluripotent", "eggs from skin cells"),
    ("heldout427", "Clinics may one day make eggs and sperm from any cell a patient gives", "rel:pluripotent", "eggs and sperm from any cell"),
    ("heldout427", "A startup wants to turn blood into human eggs", "rel:pluripotent", "turn blood into human eggs"),
    ("heldout427", "Researchers turned skin cells into eggs in mice", "rel:pluripotent", "turned skin cells into eggs"),
    ("heldout427", "Regulators weigh Lab grown eggs for fertility clinics", "rel:pluripotent", "Lab grown eggs"),
    ("heldout427", "科学家利用小鼠胚胎干细胞制造出人造精子", "rel:pluripotent", "人造精子"),
    ("heldout427", "iPS細胞から体外配偶子を作る研究", "rel:pluripotent", "体外配偶子"),
    # traditional forms are read through the fold, not written into the patterns
    ("heldout427", "體外配子的研究進展", "rel:pluripotent", "體外配子"),
    ("heldout415", "據說可治療許多不治之症", "hype:cure", "治療許多不治之症"),
    ("heldout415", "這是寶寶一生只有一次的機會", "hype:pitch", "一生只有一次的機會"),
    # a factory still reads when it is no power station (heldout426)
    ("heldout426", "Bayer to build new cell therapy plant for BlueRock", "business:manufacturing", "plant"),
    # its kin, the word "hype" weighed against evidence, and a Japanese seller's "now in
    # vogue" (heldout425)
    ("heldout425", "The clinic calls its knee injection extremely safe", "hype:pitch", "safe"),
    ("heldout425", "A guide to exosome creams between hype and evidence", "hype:pitch", "between hype"),
    ("heldout425", "Skin serums with exosomes are intensely hyped", "hype:pitch", "intensely hyped"),
    ("heldout425", "今話題の幹細胞点滴をご紹介します", "hype:pitch", "今話題の"),
    # a Chinese trial phase with a space before 期 (heldout322)
    ("heldout322", "获得正式批准,开展注册临床 I/II 期试验", "trials:phase", "I/II 期"),
    # a joint venture in Japanese, Chinese and Korean (heldout326)
    ("heldout326", "細胞を培養する「培地」を製造する合弁会社を6月に設立すると発表した", "business:deal", "合弁"),
    ("heldout326", "双方成立合资公司生产干细胞培养基", "business:deal", "合资公司"),
    # a medical spa written as one word (heldout327)
    ("heldout327", "Givens MD | Faces Medspa in Dubuque, Iowa", "hype:clinic", "Medspa"),
    ("heldout327", "exosome facials now top the menus of medspas", "hype:clinic", "medspas"),
    # Vericel's marrow MSCs and UnicoCell's fat-derived MSC drug named alone (heldout328)
    ("heldout328", "Top-Line Results for Ixmyelocel-T in Dilated Cardiomyopathy Announced", "rel:brand", "Ixmyelocel"),
    ("heldout328", "UnicoCell has been granted approval for phase III clinical trial", "rel:brand", "UnicoCell"),
    ("heldout328", "its Phase III clinical trial of ELIXCYTE® for knee osteoarthritis", "rel:brand", "ELIXCYTE"),
    # refusing to grow old in Indonesian; a fungus still reads after "fungsi" left (heldout330)
    ("heldout330", "Menolak Tua, Sosialita dan Artis Rela Rogoh Kocek", "hype:anti_aging", "Menolak Tua"),
    ("heldout330", "vials of cells with a fungus growing in them", "safety:quality", "fungus"),
    # a company announcing its expansion plan (heldout337)
    ("heldout337", "Dental Stem Cell Bank Announces Major Expansion Plan", "business:market", "Announces Major Expansion Plan"),
    ("heldout337", "the cord blood bank announced an expansion plan for Asia", "business:market", "announced an expansion plan"),
    # immune cells given as therapies, no stem cells: natural killer cells, TILs (heldout340)
    ("heldout340", "FDA clears IND for an allogeneic NK cell therapy", "neg:car_t", "NK cell"),
    ("heldout340", "off-the-shelf natural killer cells for leukaemia", "neg:car_t", "natural killer cells"),
    ("heldout340", "Amtagvi (lifileucel), the first tumor-infiltrating lymphocyte (TIL) therapy", "neg:car_t", "tumor-infiltrating lymphocyte"),
    ("heldout340", "FDA Approves Amtagvi for advanced melanoma", "neg:car_t", "Amtagvi"),
    # a cell implant made of no stem cells, by name (heldout340)
    ("heldout340", "approved revakinagene taroretcel-lwey (Encelto)", "neg:other_cells", "Encelto"),
    # skin fibroblasts grown for wrinkles, by name (heldout341)
    ("heldout341", "The product, azficel-T (Laviv), is from Fibrocell Science", "neg:other_cells", "azficel"),
    ("heldout341", "FDA Approves laViv, the only personalized aesthetic cell therapy", "neg:other_cells", "laViv"),
    # the skin's fibroblasts grown as a filler, in any language (heldout345)
    ("heldout345", "Na terapia celular, os fibroblastos são cultivados em laboratório", "neg:other_cells", "fibroblastos"),
    ("heldout345", "autologous cultured fibroblasts injected into wrinkles", "neg:other_cells", "fibroblasts"),
    # myoblast sheets and spray-on skin cells sold as regenerative medicine (heldout347)
    ("heldout347", "Japan Cell Therapy Hopes Hit By HeartSheet Full Approval Hurdles", "neg:other_cells", "HeartSheet"),
    ("heldout347", "Terumo applies for approval of skeletal myoblast sheets", "neg:other_cells", "skeletal myoblast"),
    ("heldout347", "RECELL System Receives FDA Approval", "neg:other_cells", "RECELL"),
    ("heldout347", "Avita receives FDA approval for spray-on skin device", "neg:other_cells", "spray-on skin"),
    # a review of the literature, in English, Spanish and Portuguese (heldout348)
    ("heldout348", "terapia con células madre en distintas condiciones: artículo de revisión", "research:science", "artículo de revisión"),
    ("heldout348", "Stem cells for knee osteoarthritis: a systematic review", "research:science", "systematic review"),
    ("heldout348", "células-tronco na osteoartrite: revisão sistemática", "research:science", "revisão sistemática"),
    # exosomes from donor platelets or from milk are no stem cells' (heldout349)
    ("heldout349", "A Purified Platelet-Derived Exosome Product for Chronic Wound Healing", "neg:plant_vesicles", "Platelet-Derived Exosome"),
    ("heldout349", "Topical platelet exosomes: new strategy for skin rejuvenation", "neg:plant_vesicles", "platelet exosomes"),
    ("heldout349", "High-quality milk exosomes as oral drug delivery system", "neg:plant_vesicles", "milk exosomes"),
    ("heldout349", "The Use of Exosomes from Cow Milk for Oral Drug Delivery", "neg:plant_vesicles", "Cow Milk"),
    ("heldout349", "a purified exosome product derived from human platelets", "neg:plant_vesicles", "purified exosome product"),
    # the field's biology and biotech, and a firm named after it, stay regenerative medicine's
    ("session 93", "advances in regenerative biology and regenerative biotechnology", "rel:regenerative", "regenerative biotechnology"),
    ("session 93", "Texas-based Hope Regenerative Bio opens a lab", "rel:regenerative", "Regenerative Bio"),
    # proteins named for the blood cells they are found in (heldout357)
    ("heldout357", "HPK1, hematopoietic progenitor kinase 1, is a promising target", "neg:blood_cell_targets", "hematopoietic progenitor kinase 1"),
    ("heldout357", "The hematopoietic cell kinase (HCK) is a member of the SRC family", "neg:blood_cell_targets", "hematopoietic cell kinase"),
    ("heldout357", "PGD2 is produced by hematopoietic PGD synthase (HPGDS)", "neg:blood_cell_targets", "hematopoietic PGD synthase"),
    ("heldout357", "hematopoietic-type prostaglandin D synthase, involved in DMD", "neg:blood_cell_targets", "hematopoietic-type prostaglandin D synthase"),
    ("heldout357", "A phase I study of TAS-205 in patients with DMD", "neg:blood_cell_targets", "TAS-205"),
    ("heldout357", "A potent HPK1 inhibitor enhances immune cell activation", "neg:blood_cell_targets", "HPK1"),
    # the blood-forming word stays the stem cell's where no such protein follows it
    ("heldout357", "hematopoietic cell transplantation for sickle cell disease", "rel:hematopoietic", "hematopoietic"),
    ("heldout357", "hematopoietic progenitor cells mobilised into the blood", "rel:progenitor", "progenitor cells"),
    ("heldout358", "allogeneic hematopoietic cell transplantation for hematopoietic malignancies", "rel:hematopoietic", "hematopoietic"),
    # the RNA exosome, a protein complex that breaks down RNA (heldout359)
    ("heldout359", "The eukaryotic RNA exosome is a ribonuclease complex", "neg:rna_exosome", "RNA exosome"),
    ("heldout359", "The exosome complex is a protein complex which can degrade RNA", "neg:rna_exosome", "exosome complex"),
    ("heldout359", "Mutations in EXOSC3 (encoding exosome component 3)", "neg:rna_exosome", "exosome component"),
    ("heldout359", "Pathogenic variants in EXOSC3 define PCH1B", "neg:rna_exosome", "EXOSC3"),
    ("heldout359", "a 3′ to 5′ exoribonuclease activity", "neg:rna_exosome", "exoribonuclease"),
    ("heldout359", "The Exosome: RNA Degradation and Evolution", "neg:rna_exosome", "RNA Degradation"),
    ("heldout359", "the machinery for RNA disposal", "neg:rna_exosome", "RNA disposal"),
    # the vesicles keep their word, and so do their makers' products
    ("heldout359", "MSC-derived exosomes carry microRNA to injured cells", "rel:exosome", "exosomes"),
    ("heldout359", "exosome therapy clinics multiply", "rel:exosome", "exosome"),
    # a microbe's vesicles and secretome (heldout361)
    ("heldout361", "Emerging role of bacterial outer membrane vesicle in the gut", "neg:plant_vesicles", "bacterial outer membrane vesicle"),
    ("heldout361", "Gut bacterial extracellular vesicles: important players", "neg:plant_vesicles", "Gut bacterial extracellular vesicles"),
    ("heldout361", "Gut bacteria-derived extracellular vesicles (GBEVs) are nanoparticles", "neg:plant_vesicles", "Gut bacteria-derived extracellular vesicles"),
    ("heldout361", "Progresses on bacterial secretomes in Mycoplasma", "neg:plant_vesicles", "bacterial secretomes"),
    ("heldout361", "vesicles called outer membrane vesicles (OMVs)", "neg:plant_vesicles", "outer membrane vesicles"),
    # a tumour's exosomes (heldout362)
    ("heldout362", "tumor-derived exosomes mediate niche remodeling", "neg:plant_vesicles", "tumor-derived exosomes"),
    ("heldout362", "Niche Formation Induced by Tumor Extracellular Vesicles", "neg:plant_vesicles", "Tumor Extracellular Vesicles"),
    ("heldout362", "Extracellular vesicles (EVs) secreted by cancer cells orchestrate", "neg:plant_vesicles", "EVs) secreted by cancer cells"),
    ("heldout362", "Tumor-derived extracellular vesicles (TEVs) contribute", "neg:plant_vesicles", "Tumor-derived extracellular vesicles"),
    # a look back over treated patients: where, whom, what it measures (heldout367)
    ("heldout367", "ASCT outcome for multiple myeloma in a tertiary referral centre in Malaysia", "trials:lookback", "tertiary referral centre"),
    ("heldout367", "Survival analysis of myeloma patients after autologous stem cell transplantation", "trials:cohort", "patients"),
    ("heldout367", "the possible prognostic factors for myeloma patients post stem cell transplantation", "trials:cohort", "patients"),
    ("heldout367", "Survival analysis of myeloma patients after autologous stem cell transplantation", "trials:results", "Survival analysis"),
    ("heldout367", "the possible prognostic factors for myeloma patients", "trials:results", "prognostic factors"),
    ("heldout367", "异基因造血干细胞移植治疗54例骨髓增生异常综合征转化急性髓系白血病的疗效和预后分析", "trials:trial", "疗效和预后分析"),
    ("heldout367", "供受者性别组合对急性白血病单倍体相合造血干细胞移植预后的影响", "trials:trial", "预后的影响"),
    # the stem cell words after them stay relevance's
    ("heldout367", "Survival analysis of myeloma patients after autologous stem cell transplantation", "rel:stem_cell", "stem cell"),
    # a company's shares, the noun, stay share news (session 94's probe of the verb)
    ("shares", "Mesoblast shares jump 20% after FDA nod", "business:market", "shares"),
    ("shares", "Capital markets roundup: stem cell shares slide", "business:market", "shares"),
    # Korean laws by name and a law's enactment (heldout370)
    ("heldout370", "2020년 국내 재생의료 발전을 위해 첨단재생바이오법(첨생법)이 제정됐다", "regulation:law", "제정"),
    ("heldout370", "여전히 재생의료 발전 막는 첨생법", "regulation:law", "첨생법"),
    ("heldout370", "줄기세포 시술은 의료법 위반", "regulation:law", "의료법"),
    # how many did well, told in plain words (heldout370)
    ("heldout370", "Stem cell jab restores feeling in paralyzed", "trials:cohort", "restores"),
    ("heldout370", "Spinal injections of stem cells restore sensation in some paraplegics", "trials:cohort", "restore"),
    ("heldout370", "Patients have reported having feeling restored to areas", "trials:cohort", "feeling restored"),
    # France's stem cell institute named alone (heldout371)
    ("heldout371", "les équipes de l’ I-stem et de l’ Institut de la vision", "rel:brand", "I-stem"),
    # longevity sold in Spanish, and a cure still claimed (heldout368)
    ("heldout368", "Sueroterapia con células madre: Una alternativa segura y eficaz para la longevidad", "hype:anti_aging", "longevidad"),
    ("heldout368", "A clinic says its stem cells cure spinal cord injury", "hype:unproven", "cure"),
    # a look back over treated patients told with the adverb; the deaths a transplant
    # causes; a lab's models still the lab's (heldout374)
    ("heldout374", "we retrospectively analyzed 4437 recipients of a first transplant", "trials:lookback", "retrospectively analyzed"),
    ("heldout374", "outcomes were retrospectively compared between the two groups", "trials:lookback", "retrospectively compared"),
    ("heldout374", "a score for nonrelapse mortality after cord blood transplants", "safety:harm", "nonrelapse mortality"),
    ("heldout374", "transplant-related mortality has fallen since the 1980s", "safety:harm", "transplant-related mortality"),
    ("heldout374", "the cells were tested in two disease models", "research:lab", "models"),
    # registry records' study words: a safety study in Japanese, a proof of concept (heldout375)
    ("heldout375", "関節内注射の安全性検討", "trials:design", "安全性検討"),
    ("heldout375", "自己造血幹細胞移植の有効性に関する検討", "trials:design", "有効性に関する検討"),
    ("heldout375", "A proof-of-concept study on the safety and efficacy of autologous stromal vascular fraction", "trials:design", "proof-of-concept study"),
    # how cells are grown and what an invention claims; an abnormal growth and a plant's
    # capacity stay what they were (heldout376)
    ("heldout376", "The present invention relates to a method for culturing mesenchymal stem cells", "research:method", "The present invention"),
    ("heldout376", "a method for culturing mesenchymal stem cells", "research:method", "culturing"),
    ("heldout376", "a culture medium for mesenchymal stem cells in xeno-free conditions", "research:method", "culture medium"),
    ("heldout376", "an abnormal growth of cells was found in her spine", "safety:harm", "growth"),
    ("heldout376", "the contract maker doubles its manufacturing capacity", "business:manufacturing", "capacity"),
    # a regulator's clearance stays one (heldout377)
    ("heldout377", "the product won FDA clearance for knee pain", "regulation:approval", "clearance"),
    # India's consumer courts and their orders to pay; trials and approval skipped (heldout380)
    ("heldout380", "The Kerala State Consumer Redressal Forum has directed a stem cell storage company to pay Rs. 10 lakh", "regulation:enforcement", "Consumer Redressal Forum"),
    ("heldout380", "The country's apex consumer commission NCDRC has directed a stem cell bank to pay Rs 20 lakh", "regulation:enforcement", "consumer commission"),
    ("heldout380", "Firm asked to pay Rs 2.3 lakh relief for stem cell loss", "regulation:enforcement", "asked to pay Rs 2.3 lakh relief"),
    ("heldout380", "在未经临床研究和审批的情况下买卖、回输干细胞", "hype:unproven", "未经临床研究"),
    # a standard by its kind or its number (heldout381)
    ("heldout381", "我国首个针对胚胎干细胞的产品标准《人胚胎干细胞》团体标准由中国细胞生物学学会发布", "regulation:guidance", "产品标准"),
    ("heldout381", "ISO/DIS 22859 Biotechnology — Biobanking", "regulation:guidance", "ISO/DIS 22859"),
    ("heldout381", "This Draft International Standard is in the enquiry phase", "regulation:guidance", "Draft International Standard"),
    # Persian bone marrow, transplanted; Arabic's "licensed" still reads (heldout382)
    ("heldout382", "نخستین پیوند مغز استخوان در بیمارستان سید الشهدای اصفهان با موفقیت انجام شد", "rel:hematopoietic", "پیوند مغز استخوان"),
    ("heldout382", "المركز مرخص من وزارة الصحة", "regulation:approval", "مرخص"),
    # a bone marrow transplant or donation in sixteen more languages (heldout383)
    ("heldout383", "Biruni Üniversitesi Hastanesi'nde 100'üncü kemik iliği nakli gerçekleştirildi", "rel:hematopoietic", "kemik iliği nakli"),
    ("heldout383", "Malatyalı çiftçinin saçları ilik naklinden sonra", "rel:hematopoietic", "ilik naklinden"),
    ("heldout383", "berhasil mengobati 52 pasien dengan teknologi cangkok sumsum tulang", "rel:hematopoietic", "cangkok sumsum tulang"),
    ("heldout383", "एमएमआई नारायणा में हुआ बोन मैरो का सफल ट्रांसप्लांट", "rel:hematopoietic", "बोन मैरो का सफल ट्रांसप्लांट"),
    ("heldout383", "ปลูกถ่ายไขกระดูกสำเร็จรายแรกของโรงพยาบาลมะเร็ง", "rel:hematopoietic", "ปลูกถ่ายไขกระดูก"),
    ("heldout383", "Beenmergtransplantatie wordt toegepast bij leukemie", "rel:hematopoietic", "Beenmergtransplantatie"),
    ("heldout383", "Ca ghép tủy đầu tiên thành công", "rel:hematopoietic", "ghép tủy"),
    ("heldout383", "Benmärgstransplantation för första gången", "rel:hematopoietic", "Benmärgstransplantation"),
    # Greek prosecutors, judges, charges and complaints; deaths in any stress; fraud (heldout384)
    ("heldout384", "Μηνυτήρια αναφορά κατέθεσε στον προϊστάμενο της Εισαγγελίας Πρωτοδικών Αθηνών", "regulation:enforcement", "Μηνυτήρια"),
    ("heldout384", "μετά την απολογία του στην Ανακρίτρια Θεσσαλονίκης", "regulation:enforcement", "Ανακρίτρια"),
    ("heldout384", "ο φυσιοθεραπευτής που κατηγορείται για θανάτους ασθενών", "safety:harm", "θανάτους"),
    ("heldout384", "Μία απίστευτη υγειονομική απάτη ξεσκέπασαν οι αρχές", "hype:unproven", "απάτη"),
    # French marrow transplantations, and the old spelling moëlle (heldout385)
    ("heldout385", "le médecin qui a aidé à développer les transplantations de moëlle osseuse", "rel:hematopoietic", "transplantations de moëlle"),
    ("heldout385", "Le père de la greffe de moëlle osseuse est mort", "rel:hematopoietic", "greffe de moëlle"),
    ("heldout385", "la transplantation de la moelle osseuse", "rel:hematopoietic", "transplantation de la moelle"),
    # a family's own appeal for a treatment (heldout386)
    ("heldout386", "Parents appeal to help them raise funds for their son's stem cell treatment", "hype:clinic", "raise funds for their son's stem cell treatment"),
    ("heldout386", "Family raises money to send boy with cerebral palsy for stem cell therapy", "hype:clinic", "raises money to send boy with cerebral palsy for stem cell therapy"),
    ("heldout386", "seeking donations to make stem cell therapy more accessible", "hype:clinic", "donations to make stem cell therapy"),
    ("heldout386", "Una madre recauda fondos para salvar a su hijo", "hype:clinic", "recauda fondos"),
    ("heldout386", "organizan una campaña solidaria para que pueda viajar", "hype:clinic", "campaña solidaria"),
    ("heldout386", "Niña necesita 50 mil dólares para tratarse con células madre", "hype:clinic", "necesita 50 mil dólares para tratarse"),
    # the French lab (heldout387)
    ("heldout387", "garder les cellules en vie pendant des années en laboratoire", "research:lab", "en laboratoire"),
    # German lab news: scientists, the lab, growing cells, discovering (heldout388)
    ("heldout388", "Chinesische Wissenschaftler haben Stammzellen erzeugt", "research:people", "Wissenschaftler"),
    ("heldout388", "Forschende erzeugen Eizellen aus Stammzellen", "research:people", "Forschende"),
    ("heldout388", "blutformende Stammzellen im Labor zu züchten", "research:lab", "im Labor"),
    ("heldout388", "Das Team hat einen Schalter entdeckt", "research:science", "entdeckt"),
    # payers and assessors: the HAS's committee, reimbursement in French, a price in
    # Italian, Spanish and Portuguese (heldout389)
    ("heldout389", "COMMISSION DE LA TRANSPARENCE AVIS 18 MARS 2020", "regulation:agency", "COMMISSION DE LA TRANSPARENCE"),
    ("heldout389", "Avis favorable au remboursement chez les patients", "regulation:guidance", "remboursement"),
    ("heldout389", "la thérapie est remboursée par l'assurance maladie", "regulation:guidance", "remboursée"),
    ("heldout389", "Il prezzo della terapia con cellule staminali", "business:market", "prezzo"),
    ("heldout389", "El precio de la terapia génica con células madre", "business:market", "precio"),
    ("heldout389", "o preço do tratamento com células-tronco", "business:market", "preço"),
    # a Slovenian cord blood bank's collapse: cord blood, the agency by acronym and name,
    # the supervisors, its decisions, bankruptcy (heldout390)
    ("heldout390", "vzorcev popkovnične krvi in tkiv otrok", "rel:hematopoietic", "popkovnične krvi"),
    ("heldout390", "hranila popkovnično kri otrok", "rel:hematopoietic", "popkovnično kri"),
    ("heldout390", "JAZMP vztraja pri izvršitvi", "regulation:agency", "JAZMP"),
    ("heldout390", "brez dovoljenja Javne agencije Republike Slovenije za zdravila", "regulation:agency", "agencije Republike Slovenije za zdravila"),
    ("heldout390", "razgalil neučinkovitost nadzornih institucij", "regulation:agency", "nadzornih institucij"),
    ("heldout390", "je izdala odločbo, v kateri je Biobanki naročila", "regulation:enforcement", "odločbo"),
    ("heldout390", "iz propadle Biobanke v stečaju", "business:market", "stečaju"),
    # cord blood in Lithuanian, Finnish, Romanian, Bulgarian; Bulgarian haematopoietic
    # (heldout391)
    ("heldout391", "Virkštelės kraujo bankai", "rel:hematopoietic", "Virkštelės kraujo"),
    ("heldout391", "Veripalvelun Istukkaveripankkiin kerättiin", "rel:hematopoietic", "Istukkaveripankkiin"),
    ("heldout391", "Napanuoraveri sisältää joitakin kantasoluja", "rel:hematopoietic", "Napanuoraveri"),
    ("heldout391", "care a donat sange din cordonul ombilical", "rel:hematopoietic", "sange din cordonul ombilical"),
    ("heldout391", "събирането на кръв от пъпната връв на бебето", "rel:hematopoietic", "кръв от пъпната връв"),
    ("heldout391", "източник на хемопоетични клетки", "rel:hematopoietic", "хемопоетични"),
    # Polish clinics: cell therapy, promises, curing the incurable, a miracle, advertising,
    # abuse, payments for treatment, the health minister, MPs
    # (heldout392)
    ("heldout392", "o wpłaty na leczenie tzw. terapią komórkową", "rel:cell_therapy", "terapią komórkową"),
    ("heldout392", "w Instytucie Terapii Komórkowych w Olsztynie", "rel:cell_therapy", "Terapii Komórkowych"),
    ("heldout392", "firma obiecywała leczenie na wiele chorób", "hype:unproven", "obiecywała"),
    ("heldout392", "zastrzyk z komórek leczący nieuleczalne choroby", "hype:unproven", "leczący nieuleczalne"),
    ("heldout392", "oferują identyczną cudowną terapię komórkową", "hype:unproven", "cudowną"),
    ("heldout392", "można było przeczytać w ulotce reklamowej", "hype:unproven", "reklamowej"),
    ("heldout392", "Instytucja eksperymentu medycznego jest nadużywana?", "hype:unproven", "nadużywana"),
    ("heldout392", "apeli chorych o wpłaty na leczenie komórkami", "hype:clinic", "wpłaty na leczenie"),
    ("heldout392", "takie pytania skierowała do ministra zdrowia", "regulation:agency", "ministra zdrowia"),
    ("heldout392", "posłanka wraz z grupą posłów", "regulation:law", "posłanka"),
    # Korean research news: pluripotent, ES and iPS cells, organoids, researchers, a mouse
    # experiment, the laboratory and the test tube, discovery, elucidation, genes,
    # differentiation, papers and journals (heldout393)
    ("heldout393", "만능세포를 만드는 쥐실험에 성공했다", "rel:pluripotent", "만능세포"),
    ("heldout393", "쥐의 ES세포와 혼합한 덩어리", "rel:pluripotent", "ES세포"),
    ("heldout393", "환자의 iPS 세포로 만든 망막", "rel:pluripotent", "iPS 세포"),
    ("heldout393", "인간의 장기와 유사한 오가노이드를 제작", "rel:organoid", "오가노이드"),
    ("heldout393", "일본 규슈대와 도쿄대 등 공동연구진은", "research:people", "연구진"),
    ("heldout393", "만능세포를 만드는 쥐실험에 성공했다", "research:lab", "쥐실험"),
    ("heldout393", "이젠 실험실에서 인체의 각종 세포를", "research:lab", "실험실"),
    ("heldout393", "시험관 실험을 통해 줄기세포를", "research:lab", "시험관"),
    ("heldout393", "TAZ란 유전자를 발견해", "research:science", "발견"),
    ("heldout393", "분화기능을 규명했다", "research:science", "규명"),
    ("heldout393", "논문을 세계적 학술지에 게재했다", "research:science", "학술지"),
    # Indonesian research news: researchers, scientists, mice, test animals, findings
    # (heldout394)
    ("heldout394", "Tim peneliti Amerika Serikat berhasil", "research:people", "peneliti"),
    ("heldout394", "Ilmuan di Inggris sukses ciptakan embrio", "research:people", "Ilmuan"),
    ("heldout394", "Ilmuwan Klaim Buat Printer 3D", "research:people", "Ilmuwan"),
    ("heldout394", "berhasil menumbuhkan tanduk pada tikus", "research:lab", "tikus"),
    ("heldout394", "diuji pada hewan coba di laboratorium", "research:lab", "hewan coba"),
    ("heldout394", "telah menyingkap misteri di balik kemampuan regenerasi", "research:science", "menyingkap"),
    # research news in Hebrew, Thai, Khmer, Vietnamese and Urdu: researchers and scientists,
    # research and discovery, mice and the laboratory (heldout395)
    ("heldout395", "בניסוי חדשני הצליחו חוקרים מישראל", "research:people", "חוקרים"),
    ("heldout395", "לדברי המדענים במכון", "research:people", "המדענים"),
    ("heldout395", "ตามการศึกษาของนักวิจัย", "research:people", "นักวิจัย"),
    ("heldout395", "นักวิทยาศาสตร์สร้างตัวอ่อน", "research:people", "นักวิทยาศาสตร์"),
    ("heldout395", "ผู้บุกเบิกการวิจัยเซลล์ต้นกำเนิด", "research:science", "การวิจัย"),
    ("heldout395", "ทดสอบในหนูทดลอง", "research:lab", "หนูทดลอง"),
    ("heldout395", "ក្រុមអ្នកសិក្សាបានលើកឡើងថា", "research:people", "ក្រុមអ្នកសិក្សា"),
    ("heldout395", "nuôi cấy tai người thành công trên cơ thể chuột", "research:lab", "chuột"),
    ("heldout395", "các nhà nghiên cứu Nhật Bản", "research:people", "nhà nghiên cứu"),
    ("heldout395", "جاپانی سائنسدانوں نے نیا طریقہ", "research:people", "سائنسدان"),
    ("heldout395", "חוק תאי הגזע עבר בכנסת", "regulation:law", "חוק"),
    ("heldout395", "أقام المريض دعوى ضد العيادة", "regulation:enforcement", "دعوى"),
    # research news in Greek, Norwegian, Swedish and Armenian: Armenian "mother cells",
    # scientists and research groups, mice and animal experiments (heldout396)
    ("heldout396", "նոր մեթոդ են հայտնաբերել ստեղծելու մայր բջիջներ", "rel:stem_cell", "մայր բջիջ"),
    ("heldout396", "մի խումբ գիտնականներ", "research:people", "գիտնական"),
    ("heldout396", "En forskergruppe ved University of California", "research:people", "forskergruppe"),
    ("heldout396", "Ομάδα επιστημόνων, με Ελληνική συμμετοχή", "research:people", "επιστημόνων"),
    ("heldout396", "Οι επιστήμονες χρησιμοποίησαν ποντίκια", "research:lab", "ποντίκια"),
    ("heldout396", "Forsøk på mus har gitt lovende resultater", "research:lab", "mus"),
    ("heldout396", "Försöken på möss visade", "research:lab", "möss"),
    ("heldout396", "menneskelige stamceller i dyreforsøk", "research:lab", "dyreforsøk"),
    ("heldout396", "Stamceller ersätter djurförsök", "research:lab", "djurförsök"),
    # Russian business news: investors, shares, an IPO, the exchange, results, profit, sums
    # in roubles; English stocks and securities; a semi-legal market (heldout397)
    ("heldout397", "продажи 15 000 000 обыкновенных акций", "business:market", "обыкновенных акций"),
    ("heldout397", "путем первичного публичного предложения инвесторам", "business:market", "первичного публичного предложения"),
    ("heldout397", "путем первичного публичного предложения инвесторам", "business:funding", "инвесторам"),
    ("heldout397", "размещенным на бирже займом", "business:market", "бирже"),
    ("heldout397", "Финансовые и операционные результаты ПАО", "business:market", "Финансовые и операционные результаты"),
    ("heldout397", "этот бизнес весьма перспективен и прибылен", "business:market", "прибылен"),
    ("heldout397", "едва достигает 2 млрд рублей", "business:market", "млрд рублей"),
    ("heldout397", "risks can pull stocks down", "business:market", "stocks"),
    ("heldout397", "placed securities on the Moscow Exchange", "business:market", "securities"),
    ("heldout397", "половина приходится на полулегальный бизнес", "hype:unproven", "полулегальный"),
    # Arabic business news: cord blood, buying a unit, a deal, an acquisition, sales, sums,
    # revenues, funding, making locally (heldout398)
    ("heldout398", "استخراج وحفظ الدم الموجود في الحبل السري", "rel:hematopoietic", "الدم الموجود في الحبل السري"),
    ("heldout398", "أهمية حفظ دم الحبل السري", "rel:hematopoietic", "دم الحبل السري"),
    ("heldout398", "من خلال شراء قطاع أبحاث الخلية", "business:deal", "شراء قطاع"),
    ("heldout398", "دفعت مليار دولار فى هذه الصفقة", "business:deal", "الصفقة"),
    ("heldout398", "وتعتزم الشركة الاستحواذ على ثلاث قطاعات", "business:deal", "الاستحواذ"),
    ("heldout398", "حققت مبيعات قدرها نحو 250 مليون دولار", "business:market", "مبيعات"),
    ("heldout398", "حققت مبيعات قدرها نحو 250 مليون دولار", "business:market", "مليون دولار"),
    ("heldout398", "هالة عدلى: عائدات المشروع", "business:market", "عائدات"),
    ("heldout398", "ستتكفل بتمويل المشروع بالكامل", "business:funding", "تمويل"),
    ("heldout398", "تمكنا من توطين صناعة بعض تلك المعدات", "business:manufacturing", "توطين صناع"),
    ("heldout398", "باستثمار 65 مليون يورو", "business:funding", "استثمار"),
    # Indonesian cord blood business: the cord as "tali pusar", teaming up, shares, funds
    # injected (heldout399)
    ("heldout399", "perusahaan jasa penitipan darah tali pusar", "rel:hematopoietic", "darah tali pusar"),
    ("heldout399", "Kalbe Farma menggandeng CordLife", "business:deal", "menggandeng"),
    ("heldout399", "joint venture dengan pembagian saham seimbang", "business:market", "saham"),
    ("heldout399", "akan menyuntik dana investasi sebesar US$ 55 juta", "business:funding", "menyuntik dana"),
    # deaths, tumours, infections and bleeding after treatments, outside English (heldout400)
    ("heldout400", "Mujer canadiense muere en procedimiento con células madre", "safety:harm", "muere"),
    ("heldout400", "oito doentes morreram em decorrência de tratamentos experimentais", "safety:harm", "morreram"),
    ("heldout400", "ficassem indefesos diante de infecções fatais", "safety:harm", "infecções"),
    ("heldout400", "Menina que recebeu traqueia feita com células-tronco morre nos EUA", "safety:harm", "morre"),
    ("heldout400", "Staminali. Donna muore dopo intervento al rene", "safety:harm", "muore"),
    ("heldout400", "una donna è morta dopo una terapia di cellule staminali", "safety:harm", "morta"),
    ("heldout400", "Scandale des trachées artificielles : la septième patiente meurt", "safety:harm", "meurt"),
    ("heldout400", "les morts successives de ses patients", "safety:harm", "morts"),
    ("heldout400", "Po léčbě kmenovými buňkami se u pacienta objevily nádory", "safety:harm", "nádory"),
    ("heldout400", "Dagen efter transplantationen fick patienten en infektion", "safety:harm", "infektion"),
    ("heldout400", "uppkom symptom på blödningar med medvetandeförlust", "safety:harm", "blödningar"),
    ("heldout400", "Dödsfall efter stamcellstransplantation", "safety:harm", "Dödsfall"),
    ("heldout400", "gick det inte att åtgärda och patienten avled", "safety:harm", "avled"),
    # and the words session 99's probe sentences missed in more languages (heldout400)
    ("heldout400", "Patient stirbt nach Stammzelltherapie in Privatklinik", "safety:harm", "stirbt"),
    ("heldout400", "erlitt nach der Infusion eine schwere Infektion", "safety:harm", "Infektion"),
    ("heldout400", "Paciente fica cega após injeção de células-tronco", "safety:harm", "cega"),
    ("heldout400", "La mujer sufrió una embolia pulmonar horas después", "safety:harm", "embolia"),
    ("heldout400", "Une patiente développe une tumeur après une greffe", "safety:harm", "tumeur"),
    ("heldout400", "Pacjent zmarł po terapii komórkami macierzystymi", "safety:harm", "zmarł"),
    ("heldout400", "Po zabiegu doszło do zakażenia", "safety:harm", "zakażenia"),
    ("heldout400", "Пациент скончался после введения стволовых клеток", "safety:harm", "скончался"),
    ("heldout400", "Пацієнтка осліпла після ін'єкції стовбурових клітин", "safety:harm", "осліпла"),
    ("heldout400", "Kök hücre tedavisi sonrası hasta hayatını kaybetti", "safety:harm", "hayatını kaybetti"),
    ("heldout400", "Pasien meninggal dunia setelah disuntik sel punca", "safety:harm", "meninggal dunia"),
    ("heldout400", "Pacient zemřel po léčbě kmenovými buňkami", "safety:harm", "zemřel"),
    ("heldout400", "Meghalt egy beteg az őssejtkezelés után", "safety:harm", "Meghalt"),
    ("heldout400", "A férfinál súlyos fertőzés alakult ki", "safety:harm", "fertőzés"),
    ("heldout400", "Pacijent preminuo nakon terapije matičnim ćelijama", "safety:harm", "preminuo"),
    ("heldout400", "Potilas kuoli kantasoluhoidon jälkeen", "safety:harm", "kuoli"),
    ("heldout400", "مرگ بیمار پس از تزریق سلول‌های بنیادی", "safety:harm", "مرگ"),
    ("heldout400", "המטופל פיתח זיהום קשה שעות לאחר הטיפול", "safety:harm", "זיהום"),
    # Serbian anti-ageing spelt from the English; Croatian, Serbian and Slovenian research
    # and differentiation; a death in Serbo-Croatian still a harm (heldout401)
    ("heldout401", "koriste se i u anti-ejdžing programu", "hype:anti_aging", "anti-ejdžing"),
    ("heldout401", "користе се у анти-еџинг програму", "hype:anti_aging", "анти-еџинг"),
    ("heldout401", "ovaj rad unaprijediti istraživanja", "research:people", "istraživanja"),
    ("heldout401", "Francuski znanstvenici s Institut Pasteur", "research:people", "znanstvenici"),
    ("heldout401", "srpski naučnici u rasejanju", "research:people", "naučnici"),
    ("heldout401", "raziskovalci so ustvarili zarodek", "research:people", "raziskovalci"),
    ("heldout401", "matične ćelije se diferenciraju", "research:science", "diferenciraju"),
    ("heldout401", "smrt pacijenta nakon terapije matičnim ćelijama", "safety:harm", "smrt"),
    # a Dutch licence, ministerial regulation, parliamentary questions and MPs; the Turkish
    # health minister (heldout402)
    ("heldout402", "Vanaf 2007 vergunning nodig voor stamceltransplantatie", "regulation:approval", "vergunning"),
    ("heldout402", "de nieuwe ministeriële regeling stamceltransplantatie", "regulation:law", "ministeriële regeling"),
    ("heldout402", "Antwoorden op kamervragen over stamcelbehandeling", "regulation:law", "kamervragen"),
    ("heldout402", "kamervragen van het Kamerlid Arib", "regulation:law", "Kamerlid"),
    ("heldout402", "Kamerleden willen regels tegen stamcellen", "regulation:law", "Kamerleden"),
    ("heldout402", "de Eerste Kamer stemt over de Embryowet", "regulation:law", "Eerste Kamer"),
    ("heldout402", "Sağlık Bakanı Recep Akdağ, kök hücre nakli ile ilgili", "regulation:agency", "Sağlık Bakanı"),
    # Nordic millions as money; basic research in the Nordic and other languages (heldout403)
    ("heldout403", "20 millioner til stamcelleforskning", "business:market", "millioner"),
    ("heldout403", "10 millioner kroner til nyt stamcellelaboratorium", "business:market", "millioner"),
    ("heldout403", "Forskningsrådet satsar 60 miljoner kronor på stamceller", "business:market", "miljoner"),
    ("heldout403", "Säätiö myönsi kaksi miljoonaa euroa kantasolututkimukseen", "business:market", "miljoonaa euroa"),
    ("heldout403", "kompetansen innenfor grunnforskning og klinisk forskning på stamceller", "research:science", "grunnforskning"),
    ("heldout403", "Grundlagenforschung an embryonalen Stammzellen", "research:science", "Grundlagenforschung"),
    ("heldout403", "un progetto di ricerca di base sulle cellule staminali", "research:science", "ricerca di base"),
    # Swedish stem cell companies named alone; Swedish share issues, loans, takeovers, shares
    # and listings; making at scale and supplying (heldout404)
    ("heldout404", "NextCell beslutar att föreslå riktad nyemission om 15 MSEK", "rel:brand", "NextCell"),
    ("heldout404", "the drug candidate ProTrans for the treatment of type 1 diabetes", "rel:brand", "ProTrans"),
    ("heldout404", "the ongoing study ProTrans-Young at Uppsala", "rel:brand", "ProTrans"),
    ("heldout404", "NextCell’s ProTrans consists of umbilical cord cells", "rel:brand", "ProTrans"),
    ("heldout404", "Xintela nedpressat trots händelserikt år", "rel:brand", "Xintela"),
    ("heldout404", "three dose levels of XSTEM in knee osteoarthritis", "rel:brand", "XSTEM"),
    ("heldout404", "Cellcolabs and InnoHK CNRM partner", "rel:brand", "Cellcolabs"),
    ("heldout404", "Nu köps Göteborgsföretaget Cellartis", "rel:brand", "Cellartis"),
    ("heldout404", "Cellaviva sparar navelsträngsblod", "rel:brand", "Cellaviva"),
    ("heldout404", "NextCell beslutar att föreslå riktad nyemission om 15 MSEK", "business:funding", "nyemission"),
    ("heldout404", "genomför en företrädesemission om 44,6 MSEK", "business:funding", "företrädesemission"),
    ("heldout404", "Selskapet henter penger i en ny emisjon", "business:funding", "emisjon"),
    ("heldout404", "Lån från Bauerfeind AG signalerar stark tilltro", "business:funding", "Lån"),
    ("heldout404", "Stamcells-mästarna köps upp av franskt genföretag", "business:deal", "köps upp"),
    ("heldout404", "Cellectis förvärvar Cellartis", "business:deal", "förvärvar"),
    ("heldout404", "Xintelas aktie har tagit mycket stryk", "business:market", "aktie"),
    ("heldout404", "inför planerad notering på AktieTorget", "business:market", "notering"),
    ("heldout404", "riktad nyemission om 15 MSEK", "business:market", "MSEK"),
    ("heldout404", "specializing in the industrial-scale production of cells", "business:manufacturing", "industrial-scale"),
    ("heldout404", "De blev först i världen med att massproducera stamceller", "business:manufacturing", "massproducera"),
    # Genenta and Temferon named alone; Italian liquidation, jobs, recapitalisation, majority
    # shareholders and money raised; a cell factory (heldout405)
    ("heldout405", "Genenta Science Announces Preliminary Findings", "rel:brand", "Genenta"),
    ("heldout405", "Orphan Drug Designation for its product Temferon", "rel:brand", "Temferon"),
    ("heldout405", "Holostem, il gioiello della ricerca in liquidazione", "business:funding", "liquidazione"),
    ("heldout405", "a rischio anche 43 posti di lavoro", "business:funding", "posti di lavoro"),
    ("heldout405", "un'operazione di ricapitalizzazione da circa 4 milioni", "business:funding", "ricapitalizzazione"),
    ("heldout405", "Valline, socio di maggioranza di Holostem", "business:funding", "socio di maggioranza"),
    ("heldout405", "ha ora raccolto altri 2 milioni da Marco Bombarda", "business:funding", "raccolto altri 2 milioni"),
    ("heldout405", "la nuova cell factory di Medolla", "business:manufacturing", "cell factory"),
    # Iberian private cord blood banks named alone; a service's price in euros, market share,
    # a private or family bank (heldout406)
    ("heldout406", "A Crioestaminal vai investir 750 mil euros", "rel:brand", "Crioestaminal"),
    ("heldout406", "a diretora de laboratório da BebéVida", "rel:brand", "BebéVida"),
    ("heldout406", "el presidente de la empresa Vidacord", "rel:brand", "Vidacord"),
    ("heldout406", "Santiago Luengo, director de Secuvita", "rel:brand", "Secuvita"),
    ("heldout406", "La crionización privada cuesta unos 1.600 euros", "business:market", "cuesta unos 1.600 euros"),
    ("heldout406", "com 35% de quota de mercado", "business:market", "quota de mercado"),
    ("heldout406", "El primer banco privado de cordón umbilical de España abrirá", "business:market", "banco privado"),
    ("heldout406", "o maior banco familiar de células estaminais", "business:market", "banco familiar"),
    # Korean stem cell companies named alone; a government project won; a maker's licence
    # (heldout407)
    ("heldout407", "차바이오텍은 자회사 차바이오랩이 허가를 받았다", "rel:brand", "차바이오텍"),
    ("heldout407", "코스닥 시장 상장을 추진 중인 이엔셀이 공모가를 확정했다", "rel:brand", "이엔셀"),
    ("heldout407", "엑소좀 분야 선도기업 ㈜엑소코바이오가 최종 선정됐다", "rel:brand", "엑소코바이오"),
    ("heldout407", "엑소좀 코스메슈티컬 정부과제", "business:funding", "정부과제"),
    ("heldout407", "첨단바이오의약품 제조업 허가를 받았다", "business:manufacturing", "제조업"),
    # Southeast Asian and Iranian stem cell companies named alone; Iran's knowledge-based
    # firms, a bank abroad, refunds, hiring, a banking service, re-accreditation, a bank's
    # pitch to parents (heldout408, heldout409)
    ("heldout409", "the opening of the Cytopeutics Experience Centre", "rel:brand", "Cytopeutics"),
    ("heldout409", "Medeze Group Public Company Limited (SET: MEDEZE)", "rel:brand", "Medeze"),
    ("heldout409", "a further 11.89% interest in StemLife Berhad", "rel:brand", "StemLife"),
    ("heldout408", "the CEO of a knowledge-based firm called SinaCell", "rel:brand", "SinaCell"),
    ("heldout408", "over 40 knowledge-based firms in the field of stem cell", "business:market", "knowledge-based firms"),
    ("heldout408", "Iran develops first umbilical cord blood bank abroad", "business:market", "bank abroad"),
    ("heldout409", "the financial impact of refunding customers in Singapore", "business:market", "financial impact"),
    ("heldout409", "the cost of refunding customers for damaged units", "business:market", "refunding customers"),
    ("heldout409", "accelerated recruitment of laboratory and technical staff", "business:market", "recruitment of laboratory and technical staff"),
    ("heldout409", "Cordlife Accelerates Lab and Technical Staff Recruitment", "business:market", "Staff Recruitment"),
    ("heldout409", "its umbilical cord banking service BabyCord", "business:market", "banking service"),
    ("heldout409", "Cordlife subsidiaries in Hong Kong, Malaysia obtain re-accreditations", "regulation:approval", "re-accreditations"),
    ("heldout409", "urged parents to store their new born baby's cord blood", "hype:pitch", "urged parents to store"),
    # a storage service launched, a bank's count of its clients; a Korean company's name
    # without its particle (heldout410)
    ("heldout410", "to launch human adipose tissue stem cells storage services", "business:market", "storage services"),
    ("heldout410", "cord blood stem cells for over 100,000 clients", "business:market", "over 100,000 clients"),
    ("heldout410", "강스템바이오텍은 10일 코스닥 시장에서", "rel:brand", "강스템바이오텍"),
    ("heldout410", "코아스템켐온이 상한가를 기록했다", "rel:brand", "코아스템켐온"),
    # Portuguese and Spanish: an advanced (late) clinical trial, a partnership, a cooperation
    # agreement; discovery in four languages; multiplying cells; to revolutionise (heldout411)
    ("heldout411", "o primeiro produto no mundo com ensaio clínico avançado", "trials:phase", "avançado"),
    ("heldout411", "el producto está en fase clínica avanzada", "trials:phase", "fase clínica avanzada"),
    ("heldout411", "estabeleceu através de um acordo de cooperação inédito", "business:deal", "acordo de cooperação"),
    ("heldout411", "numa parceria com a Universidade Laval", "business:deal", "parceria"),
    ("heldout411", "Pesquisador brasileiro descobre fonte de células-tronco", "research:science", "descobre"),
    ("heldout411", "Un estudio descubre cómo las células madre reparan el corazón", "research:science", "descubre"),
    ("heldout411", "La scoperta delle cellule staminali del cuore", "research:science", "scoperta"),
    ("heldout411", "Des chercheurs découvrent une cellule souche du foie", "research:science", "découvrent"),
    ("heldout411", "uma técnica inovadora de multiplicação de células estaminais", "research:method", "multiplicação de"),
    ("heldout411", "e pode revolucionar a medicina", "hype:pitch", "revolucionar"),
    ("heldout411", "stem cells could revolutionise the treatment of blindness", "hype:pitch", "revolutionise"),
    # French stem cells hyphenated; raising a sum, a funding round; industrial production, a
    # bioreactor (heldout412)
    ("heldout412", "Les startups nantaises naissent grâce aux cellules-souches", "rel:stem_cell", "cellules-souches"),
    ("heldout412", "la startup Cellura vient de lever 760 000 euros", "business:funding", "lever"),
    ("heldout412", "CellProthera a levé 6,8 millions d’euros", "business:funding", "levé"),
    ("heldout412", "vient de confirmer un nouveau tour de table", "business:funding", "tour de table"),
    ("heldout412", "la production industrielle de cellules souches", "business:manufacturing", "production industrielle"),
    ("heldout412", "Un bioréacteur pour produire des cellules souches", "business:manufacturing", "bioréacteur"),
    # a private bank's pitch to parents in English and Spanish; a record number of
    # enrolments (heldout413)
    ("heldout413", "a once-in-a-lifetime opportunity for you to save the stem cells", "hype:pitch", "once-in-a-lifetime"),
    ("heldout413", "storage is an investment in your children's health", "hype:pitch", "investment in your children's health"),
    ("heldout413", "Guardado del cordón umbilical: una inversión en el futuro de la salud", "hype:pitch", "inversión en el futuro"),
    ("heldout413", "cord blood could save your baby's life", "hype:pitch", "could save your baby's life"),
    ("heldout413", "Conservar el cordón Umbilical de tu bebé puede llegar a salvarle la vida", "hype:pitch", "tu bebé puede llegar a salvarle la vida"),
    ("heldout413", "Los motivos por los que debes conservar el cordón umbilical", "hype:pitch", "debes conservar"),
    ("heldout413", "Here is why you should bank your baby's cord blood", "hype:pitch", "you should bank"),
    ("heldout413", "I participated in a campaign on behalf of the Cord Blood Registry", "hype:pitch", "I participated in a campaign"),
    ("heldout413", "has recorded a record number of enrollments", "business:market", "record number of enrollments"),
    # banking pitched in Italian and German, a cure in German, private banks and a
    # storage not yet allowed in Italian (heldout414)
    ("heldout414", "In Italia però non è ancora permessa la conservazione autologa", "regulation:enforcement", "non è ancora permessa"),
    ("heldout414", "Damit können verschiedene Krankheiten geheilt werden", "hype:unproven", "geheilt"),
    ("heldout414", "Ecco perché è importante conservare il cordone ombelicale", "hype:pitch", "è importante conservare"),
    ("heldout414", "una scelta intelligente per il futuro del proprio bambino", "hype:pitch", "per il futuro del proprio bambino"),
    ("heldout414", "Um die Gesundheit ihres Kindes so gut wie möglich zu schützen", "hype:pitch", "Gesundheit ihres Kindes so gut wie möglich zu schützen"),
    ("heldout414", "Nabelschnurblut für alle Eventualitäten des Lebens zu lagern", "hype:pitch", "für alle Eventualitäten"),
    ("heldout414", "dove ci sono banche private per la conservazione", "business:market", "banche private"),
    # cord blood banking pitched in Chinese and Japanese; a claim to treat incurable
    # diseases (heldout415)
    ("heldout415", "臍帶血只能在新生兒出生後的短短幾分鐘內採集,是寶寶一生只有一次的機會", "hype:pitch", "一生只有一次的機會"),
    ("heldout415", "さい帯血を保管できるのは赤ちゃんの一生に一度のチャンスなのです", "hype:pitch", "一生に一度のチャンス"),
    ("heldout415", "超過九成的准媽媽想為寶寶儲存臍帶血", "hype:pitch", "為寶寶儲存"),
    ("heldout415", "さい帯血保管は、赤ちゃんの将来の健康を守る可能性を秘めた大切な選択肢です", "hype:pitch", "将来の健康を守る"),
    ("heldout415", "再生医療や難病治療の切り札となりうる貴重な幹細胞の宝庫です", "hype:pitch", "治療の切り札"),
    ("heldout415", "生まれてくる我が子のために保管できるサービスがあるのです", "hype:pitch", "我が子のために保管"),
    ("heldout415", "這些幹細胞可以代替骨髓幹細胞進行移植,治療很多不治之症", "hype:cure", "治療很多不治之症"),
    # cord blood banking pitched in Korean, Russian and Ukrainian; a material against most
    # diseases; sums in hryvnias (heldout416)
    ("heldout416", "아이의 미래를 지켜주고 싶은 마음에서 선택한 일입니다", "hype:pitch", "아이의 미래를 지켜"),
    ("heldout416", "부모가 처음으로 아이에게 줄 수 있는 ‘보이지 않는 안전망’", "hype:pitch", "보이지 않는 안전망"),
    ("heldout416", "기성용, 한혜진 부부, 2세 첫 선물은 ‘제대혈’ 보관", "hype:pitch", "첫 선물"),
    ("heldout416", "заложить увесистый кирпичик в здание будущего здоровья своего крохи", "hype:pitch", "будущего здоровья"),
    ("heldout416", "Збереження пуповинної крові — це важлива процедура", "hype:pitch", "це важлива процедура"),
    ("heldout416", "большинство врачей уже не первый год призывают хранить ее", "hype:pitch", "призывают хранить"),
    ("heldout416", "уникальным материалом для борьбы с большинством болезней", "hype:unproven", "борьбы с большинством болезней"),
    ("heldout416", "3,9 тис гривень заплатили кияни за зберігання", "business:market", "гривень"),
    # cord blood banking pitched in Polish and Turkish; experts on preying on parents' fear
    # (heldout417)
    ("heldout417", "Podaruj swojemu dziecku bezpieczną przyszłość, polisę na wypadek raka", "hype:pitch", "polisę na wypadek raka"),
    ("heldout417", "To cyniczne wykorzystywanie strachu rodziców", "hype:warning", "wykorzystywanie strachu"),
    ("heldout417", "dla nowych Europejczyków to doskonała inwestycja na przyszłość", "hype:pitch", "inwestycja na przyszłość"),
    ("heldout417", "Zabezpieczenie krwi pępowinowej daje gwarancję błyskawicznego rozpoczęcia terapii", "hype:pitch", "daje gwarancję"),
    ("heldout417", "Kordon Kanı Neden Saklanmalıdır?", "hype:pitch", "Saklanmalıdır"),
    # keeping the cord in Arabic is banking it, and a pitch that it may save your children;
    # a count of diseases treated with "of" and no "more than" (heldout418)
    ("heldout418", "احتفظوا بالحبل السري… فقد يُنقذ حياة أطفالكم في المستقبل!", "rel:hematopoietic", "احتفظوا بالحبل السري"),
    ("heldout418", "احتفظوا بالحبل السري… فقد يُنقذ حياة أطفالكم في المستقبل!", "hype:pitch", "ينقذ حياة أطفالكم"),
    ("heldout418", "podem ser hoje usadas para o tratamento de 81 doenças", "hype:service", "tratamento de 81 doenças"),
    ("heldout418", "colaboram com a cura de mais de 80 enfermidades", "hype:service", "cura de mais de 80 enfermidades"),
    # cord blood banking pitched in Indonesian and Vietnamese (heldout419)
    ("heldout419", "Simpan Darah Tali Pusat Bayi untuk Investasi Kesehatan Anak Nanti", "hype:pitch", "Investasi Kesehatan"),
    ("heldout419", "tali pusat kini menjadi investasi biologis yang mulai dilirik", "hype:pitch", "investasi biologis"),
    ("heldout419", "Ibu-ibu Kini Mulai Lirik Menabung Tali Pusat Bayi", "hype:pitch", "Menabung"),
    ("heldout419", "Jangan Buang Tali Pusat, Jadi Obat Ibu dan Bayi di Masa Depan", "hype:pitch", "Jangan Buang"),
    ("heldout419", "có thể mang lại cơ hội bảo vệ sức khỏe lâu dài cho bé và gia đình", "hype:pitch", "bảo vệ sức khỏe lâu dài"),
    # a market opened to foreign capital, a permit and a pilot programme in German, firms
    # gone out of business, an industry's yearly growth, commercial use and an industrial
    # cluster in Chinese (heldout420)
    ("heldout420", "foreign-invested enterprises are permitted to engage in stem cell technologies", "business:market", "foreign"),
    ("heldout420", "Lifting Restrictions on Foreign Investment in Stem Cell", "business:market", "Foreign"),
    ("heldout420", "das ausländischen Investoren ermöglicht, in Stammzellen zu investieren", "business:market", "ausländischen"),
    ("heldout420", "Geplant ist auch die Erlaubnis zur Errichtung von Krankenhäusern", "regulation:approval", "Erlaubnis"),
    ("heldout420", "China hat ein Pilotprogramm zur Ausweitung der Öffnung gestartet", "regulation:law", "Pilotprogramm"),
    ("heldout420", "many non-qualified clinics and companies went out of business", "business:market", "went out of business"),
    ("heldout420", "a new industrial chain has developed, with a growth rate of 50 % per year", "business:market", "growth rate of 50 % per year"),
    ("heldout420", "标志着我国干细胞药品正式开启商业化临床应用", "business:manufacturing", "商业化"),
    ("heldout420", "39个项目已在干细胞临床研究等4个方面形成产业聚集", "business:manufacturing", "产业聚集"),
    ("heldout420", "艾米迈托赛注射液首张处方在北京大学人民医院开出", "business:market", "首张处方"),
    ("heldout420", "Ryoncil's first commercial sale came in March", "business:market", "first commercial sale"),
    ("heldout420", "the company announced the commercial launch of its cord blood product", "business:market", "commercial launch"),
    # calls for rules, in English, Chinese and Japanese; unverified, touted and not shown
    # safe, a mixed bag (heldout421)
    ("heldout421", "Tighter regulations on stem cell tourism called for", "regulation:call", "Tighter"),
    ("heldout421", "critics argue their regulation is long overdue", "regulation:call", "overdue"),
    ("heldout421", "Should unproven stem cell therapies be regulated?", "regulation:call", "be"),
    # the asking word only: "regulated" stays guidance's, as the rules' words do
    ("heldout421", "Should unproven stem cell therapies be regulated?", "regulation:guidance", "regulated"),
    ("heldout421", "Stem cell clinics must be regulated like pharmacies", "regulation:call", "must"),
    ("heldout421", "Stem cell clinics must be regulated like pharmacies", "regulation:guidance", "regulated"),
    ("heldout421", "Legislation to Curb Unregulated Stem Cell Clinics", "regulation:call", "Curb"),
    ("heldout421", "experts call for stricter rules on stem cell clinics", "regulation:call", "call for"),
    ("heldout421", "doctors urged the state to crack down on stem cell clinics", "regulation:call", "urged the state to crack down"),
    ("heldout421", "中国迫切需要对干细胞的临床应用进行更严格的管理", "regulation:call", "更严格的管理"),
    ("heldout421", "应建立规范的干细胞临床及应用监管模式", "regulation:call", "监管模式"),
    ("heldout421", "干细胞美容却长期游走在监管的盲区", "regulation:call", "监管的盲区"),
    ("heldout421", "行政に対して安全性を確保する体制の構築を訴えている", "regulation:call", "行政に対して安全性を確保する体制の構築を訴え"),
    ("heldout421", "国に柔軟な対応を求めた", "regulation:call", "国に柔軟な対応を求め"),
    ("heldout421", "企業仍在向患者提供這些未經驗證的治療", "hype:unproven", "未經驗證"),
    ("heldout421", "成为不少医院标榜高科技的时髦金字招牌", "hype:unproven", "标榜"),
    ("heldout421", "安全性が十分でない再生医療が実施されている", "hype:unproven", "安全性が十分でない"),
    ("heldout421", "我国的干细胞治疗现在鱼龙混杂", "hype:warning", "鱼龙混杂"),
    ("heldout421", "需要對幹細胞的臨床應用進行更嚴格的管理", "regulation:call", "更嚴格的管理"),
    ("heldout421", "應加強監管幹細胞治療", "regulation:call", "加強監管"),
    # a trade in fear or hope (heldout422)
    ("heldout422", "Stammzellen aus Nabelschnurblut – Chance oder Geschäft mit der Angst?", "hype:unproven", "Geschäft mit der Angst"),
    # STAP cells, claimed pluripotent, named alone; a securities regulator charging or
    # settling; a verdict or a trial in a Korean court; rejuvenation in Chinese; shares
    # traded over the counter (heldout430)
    ("heldout430", "The lab's STAP cell papers drew doubts within weeks", "rel:pluripotent", "STAP cell"),
    ("heldout430", "Le cellule STAP non esistono, dice il comitato", "rel:pluripotent", "cellule STAP"),
    ("heldout430", "理研はSTAP細胞の論文を撤回した", "rel:pluripotent", "STAP細胞"),
    ("heldout430", "The SEC charged the clinic company's founder with fraud", "regulation:agency", "SEC"),
    ("heldout430", "The firm settled claims brought by the Securities and Exchange Commission", "regulation:agency", "Securities and Exchange Commission"),
    ("heldout430", "A misspelt Security and Exchange Commission still names the agency", "regulation:agency", "Security and Exchange Commission"),
    ("heldout430", "회장이 항소심에서도 무죄를 받았다", "regulation:enforcement", "무죄"),
    ("heldout430", "회장이 항소심에서도 무죄를 받았다", "regulation:enforcement", "항소심"),
    ("heldout430", "대표는 2심 재판에서 징역을 피했다", "regulation:enforcement", "2심"),
    ("heldout430", "대표는 2심 재판에서 징역을 피했다", "regulation:enforcement", "재판"),
    ("heldout430", "대표는 2심 재판에서 징역을 피했다", "regulation:enforcement", "징역"),
    ("heldout430", "주가를 띄운 혐의를 받는 대표", "regulation:enforcement", "혐의"),
    ("heldout430", "富豪们去国外打针想要回春", "hype:anti_aging", "回春"),
    ("heldout430", "号称一针能让人年轻20岁", "hype:anti_aging", "年轻20岁"),
    ("heldout430", "The stem cell firm trades on the OTCBB under a new ticker", "business:market", "OTCBB"),
    ("heldout430", "Newsletters pushed the penny stock of a stem cell firm", "business:market", "penny stock"),
    ("heldout430", "A pump-and-dump ring touted a stem cell company", "business:market", "pump-and-dump"),
    # computers of human neurons grown from stem cells, named without them (heldout431)
    ("heldout431", "The startup sells a biological computer using human neurons", "rel:pluripotent", "biological computer using human neurons"),
    ("heldout431", "An AI made from living human brain cells learned to tell voices apart", "rel:pluripotent", "AI made from living human brain cells"),
    ("heldout431", "Chips powered by lab-grown neurons need no fan", "rel:pluripotent", "Chips powered by lab-grown neurons"),
    ("heldout431", "A lab rents out brain cells for biocomputing by the month", "rel:pluripotent", "brain cells for biocomputing"),
    ("heldout431", "Lab-grown human neurons learned to play a video game", "rel:pluripotent", "Lab-grown human neurons"),
    # a saviour sibling named in several languages, or told as a baby chosen to cure a
    # brother or sister (heldout432)
    ("heldout432", "Judges allow another family to try for a saviour sibling", "rel:hematopoietic", "saviour sibling"),
    ("heldout432", "The savior baby's cord blood was frozen at birth", "rel:hematopoietic", "savior baby"),
    ("heldout432", "Un deuxième bébé-médicament est attendu à Paris", "rel:hematopoietic", "bébé-médicament"),
    ("heldout432", "La comisión aprueba otro bebé medicamento", "rel:hematopoietic", "bebé medicamento"),
    ("heldout432", "Das Rettungsbaby kam gesund zur Welt", "rel:hematopoietic", "Rettungsbaby"),
    ("heldout432", "Ein Retter-Geschwister soll helfen", "rel:hematopoietic", "Retter-Geschwister"),
    ("heldout432", "Nace un bebé seleccionado en Sevilla para curar a su hermano", "rel:hematopoietic", "bebé seleccionado en Sevilla para curar a su hermano"),
    ("heldout432", "è nato un bimbo selezionato per curare il fratello malato", "rel:hematopoietic", "bimbo selezionato per curare il fratello"),
    ("heldout432", "The child was conceived in a clinic to save his sister", "rel:hematopoietic", "child was conceived in a clinic to save his sister"),
    ("heldout432", "父母决定再生一个救命宝宝", "rel:hematopoietic", "救命宝宝"),
    ("heldout432", "구세주 아기가 태어났다", "rel:hematopoietic", "구세주 아기"),
    # a people's vote in Switzerland and Germany; charges still read when no mood comes
    # before them (heldout433)
    ("heldout433", "Die Volksabstimmung über das Gesetz findet im Herbst statt", "regulation:law", "Volksabstimmung"),
    ("heldout433", "Das Stimmvolk sagte Ja zur Forschung", "regulation:law", "Stimmvolk"),
    ("heldout433", "The clinic owner was charged with fraud", "regulation:enforcement", "charged"),
    ("heldout433", "Research ministers agreed on the rules for embryo studies", "regulation:agency", "Research ministers"),
    ("heldout433", "The Council of Ministers has the final say on the programme", "regulation:agency", "Council of Ministers"),
    # celebrities in Japanese, Chinese and Korean (heldout434)
    ("heldout434", "芸能人が幹細胞点滴を告白", "hype:unproven", "芸能人"),
    ("heldout434", "不少女明星都去打干细胞", "hype:unproven", "女明星"),
    ("heldout434", "유명인들이 줄기세포 주사를 맞는다", "hype:unproven", "유명인"),
    ("heldout434", "개그우먼이 아들의 제대혈을 보관했다", "hype:unproven", "개그우먼"),
    # stem cells made for endangered and extinct animals: lab work (heldout436)
    ("heldout436", "A zoo lab creates induced pluripotent stem cells from a tiger's skin", "research:science", "creates"),
    ("heldout436", "The team produced embryonic stem-like cells from a jaguar's ear", "research:science", "produced"),
    ("heldout436", "Primordial germ cells were made from the cells of a rare deer", "research:science", "Primordial germ cells"),
    ("heldout436", "Stem cells may yet save the parrot from extinction", "research:lab", "extinction"),
    ("heldout436", "Cells from a critically endangered tortoise were reprogrammed", "research:lab", "critically endangered"),
    ("heldout436", "Scientists froze cells of endangered Javan rhinos", "research:lab", "endangered Javan rhinos"),
    ("heldout436", "Das vom Aussterben bedrohte Tier soll im Labor gerettet werden", "research:lab", "vom Aussterben"),
    ("heldout436", "A frozen zoo keeps skin samples of rare apes", "research:lab", "frozen zoo"),
    ("heldout436", "トキを絶滅から救う幹細胞の研究", "research:lab", "絶滅"),
    ("heldout436", "建立濒危动物的干细胞库", "research:lab", "濒危动物"),
    ("heldout436", "科学家用干细胞培育出精子", "research:people", "科学家"),
    ("heldout436", "京都大学の研究グループがiPS細胞を作った", "research:people", "研究グループ"),
    ("heldout436", "科研小組發表了干細胞論文", "research:people", "科研小組"),
    ("heldout436", "The clinic endangered their patients with its infusions", "safety:harm", "endangered"),
    # a seller's promise and a celebrity's treatment still read; science's promise leaves
    # "stem cell" to relevance (heldout439)
    ("heldout439", "The clinic's promise of a stem cell cure", "hype:unproven", "promise"),
    ("heldout439", "the promise of stem cell therapy for ageing skin", "hype:unproven", "promise"),
    ("heldout439", "A celebrity had stem cell injections in Panama", "hype:unproven", "celebrity"),
    ("heldout439", "The promise of stem cell research divides voters", "rel:stem_cell", "stem cell"),
    # a clinic's cure claim still reads; a counted cure leaves "stem cells" to relevance
    # (heldout440)
    ("heldout440", "Our clinic cured the first patient of autism with stem cells", "hype:unproven", "cured"),
    ("heldout440", "The second patient given stem cells was cured", "rel:stem_cell", "stem cells"),
    ("heldout440", "A third man given cord blood was cured", "rel:hematopoietic", "cord blood"),
    # the brain's stem cells in two words; Arabic scientists, the lab in Egypt's word, a
    # study that revealed (heldout441)
    ("heldout441", "Vaping harms brain stem cells in young mice", "rel:stem_cell", "stem cells"),
    ("heldout441", "أجرى علماء ألمان تجارب على الخلايا الجذعية", "research:people", "علماء"),
    ("heldout441", "وتوصل العلماء إلى طريقة جديدة", "research:people", "علماء"),
    ("heldout441", "زرع الباحثون الخلايا في المعمل لمدة أسبوع", "research:lab", "في المعمل"),
    ("heldout441", "أظهرت تجارب معملية أن الخلايا تتجدد", "research:lab", "معملية"),
    ("heldout441", "كشفت دراسة جديدة عن دور الخلايا الجذعية", "research:science", "كشفت دراسة"),
    # German labs in the plural, Italian "in the test tube"; German research's promise
    # leaves the research word to research (heldout442)
    ("heldout442", "Forscher züchten in ihren Laboren Stammzellen aus Milch", "research:lab", "Laboren"),
    ("heldout442", "le cellule sono state coltivate in provetta", "research:lab", "in provetta"),
    ("heldout442", "Die Forschung verspricht neue Therapien", "research:people", "Forschung"),
    ("heldout442", "Kliniken versprechen Heilung mit Stammzellen", "hype:unproven", "versprechen"),
    ("heldout442", "Die Klinik verspricht Heilung mit Stammzellen", "hype:unproven", "verspricht"),
    # neural precursor cells are the brain's stem and progenitor cells (heldout443)
    ("heldout443", "Running raises neural precursor cells in the hippocampus", "rel:progenitor", "neural precursor cells"),
    ("heldout443", "Neural precursors divide faster in running mice", "rel:progenitor", "Neural precursors"),
    # an oxygen chamber sold by the stem cells it raises; the stem cell words stay
    # relevance's (heldout446)
    ("heldout446", "Our hyperbaric sessions boost the number of circulating stem cells", "hype:own_cells", "hyperbaric sessions boost"),
    ("heldout446", "HBOT has been shown to mobilize stem cells from the marrow", "hype:own_cells", "HBOT has been shown to mobilize"),
    ("heldout446", "Can hyperbaric oxygen raise your stem cells?", "rel:stem_cell", "stem cells"),
]  # fmt: skip


@pytest.mark.parametrize(
    "text,group",
    [
        # Hungarian "klinikai" and Turkish "klinik olarak" mean clinical(ly), not a clinic
        ("A köldökzsinórvér klinikai alkalmazása", "hype:clinic"),
        ("klinik olarak kullanılması yasaktır", "hype:clinic"),
        ("Le cellule staminali sono ad alto potenziale proliferativo", "hype:unproven"),  # "ad": to
        # when a trial's results come is not a financial report
        ("Phase 2 MSC data will be presented in the first quarter of 2027", "business:market"),
        ("The iPSC trial should finish enrolling by the fourth quarter", "business:market"),
        ("幹細胞を用いた新しい治療法", "regulation:law"),  # 治療法: a therapy, not a law
        ("医療法人が幹細胞治療を提供", "regulation:law"),  # 医療法人: a medical corporation
        # Japanese methods: a beauty method, a health method (heldout101)
        ("強力なアンチエイジング効果が期待できる新しい美容法", "regulation:law"),
        ("幹細胞を使った健康法", "regulation:law"),
        ("Sostituzione della valvola aortica con cellule staminali", "regulation:enforcement"),
        ("Mass General Brigham starts a stem cell trial", "safety:harm"),  # a hospital (heldout42)
        # a professor's field is no policy (heldout43)
        ("A professor of health policy spoke of stem cell clinics", "regulation:law"),
        # a university's surgical clinic is a hospital department (heldout44)
        (
            "The Training and Surgical Clinic of the Medical University did a stem cell transplant",
            "hype:clinic",
        ),
        # "sham" treatments are fake ones, not a trial's comparator (heldout41)
        ("South Africa's struggle to control sham stem cell treatments", "trials:dosing"),
        # an Arabic report (تقرير) and ulcers (تقرحات) are no approval (تقر)
        ("نشر تقرير عن علاج التقرحات بالخلايا الجذعية", "regulation:approval"),
        ("English runners need stamina and stem cells need niches", "rel:brand"),
        ("English runners need stamina and stem cells need niches", "hype:unproven"),
        # what the hidden patterns' words no longer read as (see the "hidden" cue rows)
        ("Cord Blood Registry signs a deal", "regulation:guidance"),
        ("It signed a licensing agreement with Takeda", "regulation:approval"),
        ("The company published its interim financial results", "trials:results"),
        ("Up to $50 million in regulatory milestones", "regulation:agency"),
        # acquiring knowledge or a trait is no company deal (heldout56: a science park's
        # "acquisition of knowledge"), and acquired aplastic anaemia is a disease
        ("A complex dedicated to the acquisition of knowledge", "business:deal"),
        ("The acquisition of pluripotency by reprogrammed cells", "business:deal"),
        ("Marrow transplants for acquired aplastic anaemia", "business:deal"),
        # a ministry as a story's source is no regulator acting (heldout38, heldout41)
        (
            "The first transplant is due in December, Health Ministry sources said",
            "regulation:agency",
        ),
        (
            "The hospital has treated 40 patients, citing the Ministry of Health",
            "regulation:agency",
        ),
        ("স্টেম সেল ক্লিনিক্যাল ট্রায়াল শুরু", "hype:clinic"),  # Bengali "clinical" is not a clinic
        # nor is "clinical" in Hindi, Georgian, Armenian, Telugu, Malayalam, Gujarati, Punjabi
        ("स्टेम सेल क्लिनिकल ट्रायल", "hype:clinic"),
        ("ღეროვანი უჯრედების კლინიკური კვლევა", "hype:clinic"),
        ("ցողունային բջիջների կլինիկական փորձարկում", "hype:clinic"),
        ("స్టెమ్ సెల్ క్లినికల్ ట్రయల్", "hype:clinic"),
        ("മൂലകോശ ക്ലിനിക്കൽ ട്രയൽ", "hype:clinic"),
        ("સ્ટેમ સેલ ક્લિનિકલ ટ્રાયલ", "hype:clinic"),
        ("ਸਟੈਮ ਸੈਲ ਕਲੀਨਿਕਲ ਟ੍ਰਾਇਲ", "hype:clinic"),
        ("Batas usia pasien terapi sel punca", "regulation:law"),  # Indonesian "batas": a limit
        ("Panacea Biotec reports quarterly vaccine sales", "hype:unproven"),  # a company's name
        # a study in mice is research, not a trial (heldout98's "study in which" reads people)
        ("A study in which mice were injected with stem cells", "trials:trial"),
        ("Een onderzoek waarbij stamcellen werden ingespoten bij muizen", "trials:trial"),
        ("uno studio su topi con ictus", "trials:trial"),  # a study in mice
        ("o estudo em ratos mostrou melhora", "trials:trial"),
        # a year is no count of patients (heldout100: "Το 2017 ένας έλληνας ασθενής")
        ("Το 2017 ένας έλληνας ασθενής ταξίδεψε στην Ταϋλάνδη", "trials:cohort"),
        ("In 2017 Greek patients travelled to Bangkok clinics", "trials:cohort"),
        ("Sự kiện về tế bào gốc tại Hà Nội", "regulation:enforcement"),  # "sự kiện": an event
        ("Det stämmer att stamceller kan hjälpa", "regulation:enforcement"),  # "stämmer": is right
        ("Klinika Universitare kreu një transplant", "hype:clinic"),  # a university hospital
        ("Ustawa pozwala szpitalom stosować komórki macierzyste", "regulation:enforcement"),
        ("Искусственные органы из стволовых клеток", "regulation:enforcement"),  # not "иск"
        ("Therapien, die im Ausland zugelassen sind", "hype:tourism"),  # approved abroad
        ("Una sperimentazione clinica con cellule staminali", "hype:clinic"),  # clinical
        ("Un essai clinique de cellules souches", "hype:clinic"),
        ("La Spitalul Clinic Judeţean s-a făcut un transplant de celule stem", "hype:clinic"),
        # a university's klinika is a hospital department (heldout19)
        (
            "A Semmelweis Egyetem Belgyógyászati és Hematológiai Klinikáján őssejtátültetést végeznek",
            "hype:clinic",
        ),
        ("Sue Barnes banked her daughter's cord blood", "regulation:enforcement"),  # a name
        ("Proces starzenia komórek macierzystych", "regulation:enforcement"),  # a process
        ("Sangue de cordão processado em laboratório", "regulation:enforcement"),  # processed
        ("Patienten, die an Arthrose leiden, fragen nach Stammzellen", "trials:cohort"),
        ("Ermittlung der optimalen Dosis von Stammzellen", "regulation:enforcement"),  # finding
        ("Todo paciente recibe células madre", "safety:harm"),  # Spanish "all"
        ("Every stem-cell study involving patients must be registered", "trials:trial"),
        ("There is not a single clinical trial behind the clinic's claims", "trials:trial"),
        # the injuries a clinic offers to treat are the disease, not a harm (heldout39)
        ("Clinics offer stem cells for orthopaedic injuries", "safety:harm"),
        ("Stem cells for musculoskeletal injuries and joint injuries", "safety:harm"),
        ("قال الدكتور توفيق إن الخلايا الجذعية واعدة", "safety:harm"),  # Tawfiq, a name
        ("Tariffs hurt stem cell suppliers' shares", "safety:harm"),  # a market, not a patient
        ("The decision on the stem cell bank was delayed", "safety:harm"),  # not Romanian deces
        ("Illegal export of cord blood units", "hype:unproven"),  # no treatment sold
        ("وعود إيقاف الشيخوخة بالخلايا الجذعية", "regulation:enforcement"),  # "stop ageing"
        ("Công nghệ mới cho phép nuôi cấy tế bào gốc", "regulation:approval"),  # "allows"
        ("Pacjenci, którzy cierpią na artrozę, pytają o komórki macierzyste", "trials:cohort"),
        # a trial harvests fat by liposuction and compares PRP too: no sales talk there
        ("In a phase 2 trial, fat was collected by liposuction", "hype:service"),
        ("A randomised study compares stem cells with platelet-rich plasma", "hype:service"),
        ("Forscher verglichen Stammzellen mit plättchenreichem Plasma", "hype:service"),
        # hospitals explain who can have a transplant; scientists hope for many diseases
        ("Who can receive a stem cell transplant?", "hype:service"),
        ("哪些人适合做干细胞移植", "hype:service"),
        ("Stem cells may one day be used to treat many diseases", "hype:service"),
        # the Danish verb "misinformere", not English "misinformation" (vaccines have plenty)
        ("Officials fight misinformation about stem cell research", "hype:unproven"),
        ("Многие заблуждаются насчёт стволовых клеток", "hype:unproven"),  # are mistaken
        ("Kantasoluhoito on hyväksytty ulkomailla", "hype:tourism"),  # approved abroad
        ("Stamcellebehandlingen er godkendt i udlandet", "hype:tourism"),  # approved abroad
        ("The Joint Clinical Research Centre seeks funds", "trials:trial"),  # a name
        ("The gang stems from a feud between two families", "rel:brand"),  # not Kangstem
        # people at a meeting are no trial's participants; a thing referred to is not doubted
        ("Les participants à un Congrès africain sur la greffe de moelle", "trials:dosing"),
        ("Participants at the stem cell symposium heard from regulators", "trials:dosing"),
        ("Il sera question, dans ce centre, de cellules souches", "hype:warning"),
        ("The clinic in question sells stem cell injections", "hype:warning"),
        # a police cordon and a sanitary cordon are no umbilical cord
        ("Un cordon de police autour de la clinique de cellules souches", "rel:hematopoietic"),
        ("Un cordón sanitario alrededor de la clínica", "rel:hematopoietic"),
        ("I medici curano i pazienti con cellule staminali", "hype:unproven"),  # Italian: treat
        # only "exaggerated advertising" in Thai: a plain advertisement is not a claim
        ("โฆษณารับสมัครงานวิจัยสเต็มเซลล์", "hype:unproven"),
        # a kanji numeral names a phase only as 第二相 or before 临床: not a three-phase
        # motor, nor a project's second stage
        ("三相交流モーターの工場", "trials:phase"),
        ("二期工程开工", "trials:phase"),
        # German "Klinikum" is a hospital, not a clinic selling treatments
        ("Das Sozialgericht hat dem Klinikum Stuttgart die Therapie untersagt", "hype:clinic"),
        # research moved "toward the clinic" is no clinic, and California's "stem cell
        # agency" funds research and regulates nothing (heldout51)
        ("CIRM Awards $67 Million to Move Basic Research Toward the Clinic", "hype:clinic"),
        ("Directors of the state stem cell agency approved $100 million", "regulation:agency"),
        # Mayo Clinic is a hospital, not a clinic selling treatments (heldout55)
        ("HeartWorks and Mayo Clinic launch a clinical trial", "hype:clinic"),
        # where a listed company filed its news is no market news, and a manuscript's
        # submission is no regulator's (heldout54)
        (
            "Approval came, according to a filing with the Shanghai Stock Exchange",
            "business:market",
        ),
        ("The authors' submission to the journal was accepted", "regulation:submission"),
        # the solid tumours a trial treats are no harm (heldout53)
        ("The cells are tested in 64 patients with a variety of solid tumors", "safety:harm"),
        # a malignancy treated is no harm, and a profiteer no profit (heldout52)
        ("Patients with treatment-resistant hematologic malignancies", "safety:harm"),
        ("The Birth-Tissue Profiteers", "business:market"),
        # the verb "act" is no Act, and a clinic's consultation no rule-making (heldout50)
        ("Despite the dangers, regulators have been slow to act", "regulation:law"),
        ("The cells act as a reservoir of growth factors", "regulation:law"),
        ("Book a consultation at our stem cell clinic", "regulation:law"),
        # Spanish "investiga" and "investigación" are an inquiry, not an investment; Spanish
        # "aprovechar" (make use of) is no approval; Vietnam is no Italian ban
        ("La fiscalía investiga la clínica", "business:funding"),
        ("Una investigación sobre células madre", "business:funding"),
        ("Las clínicas aprovechan la demanda", "regulation:approval"),
        ("Vietnam approves a cord blood bank", "regulation:enforcement"),
        # a compound names a clinic only by its tail: a stem cell bank is none (heldout59)
        ("Stamcelbank Nederland krijgt zijn erkenning niet terug", "hype:clinic"),
        # a government endorsing a plan is no celebrity's endorsement (heldout59)
        ("The Crown Prince has endorsed plans to use human stem cells", "hype:unproven"),
        # German "Dies" (this) is no death, Portuguese "nas" (in the) no Italian police, a
        # survey no inquiry, a medical congress no legislature, nor "cfm" Brazil's medical
        # council (heldout60, heldout61)
        ("Dies teilte das Allgemeine Krankenhaus mit", "safety:harm"),
        ("Os resultados nas células-tronco", "regulation:agency"),
        ("Un'indagine su mille pazienti trattati con cellule staminali", "regulation:enforcement"),
        ("Un congresso internazionale di medicina estetica a Bologna", "regulation:law"),
        ("Um compressor de 500 cfm", "regulation:agency"),
        # a university's clinics are its hospital; CAR-T cell therapies named in Spanish
        # word order are no stem cell therapy (heldout61, heldout62)
        ("El Hospital de Clínicas firmó un convenio", "hype:clinic"),
        ("Kliniken der MedUni Wien", "hype:clinic"),
        ("Soigné aux Cliniques universitaires Saint-Luc", "hype:clinic"),
        ("Operato nella clinica universitaria di Pisa", "hype:clinic"),
        ("ინგოროყვას საუნივერსიტეტო კლინიკამ შეაჯამა", "hype:clinic"),
        ("Uruguay comenzará a aplicar terapias celulares CAR T", "rel:cell_therapy"),
        # a donor registry is no register of rules (heldout63)
        ("l’absence de registre de donneurs de cellules souches", "regulation:guidance"),
        # Tartu's university hospital is no clinic; a first transplant centre or programme is
        # no first procedure; a company's "accredited" is no accreditation news; a marketing
        # approval is no clinic's marketing (heldout64)
        ("Tartu Ülikooli Kliinikumis teostati siirdamine", "hype:clinic"),
        ("Kliinikum on Eestis ainus tervishoiuasutus", "hype:clinic"),
        (
            "The reality of having the First Bone Marrow Transplant (BMT) Center in Africa",
            "trials:procedure",
        ),
        (
            "wants to establish the first Blood and Marrow Transplantation (BMT) Program",
            "trials:procedure",
        ),
        ("Chennai-based accredited stem cell banking company", "regulation:approval"),
        ("filed a manufacturing and marketing approval application", "hype:unproven"),
        # Vilnius's university hospital is no clinic; a law's date is no count of patients
        # (heldout65)
        ("Santaros klinikose buvo atliktos 194 transplantacijos", "hype:clinic"),
        ("que busca ampliar la Ley 3 de 8 febrero de 2010", "trials:cohort"),
        # "deal with" is a verb; a law of nature is no law; a clinical centre's clinic is a
        # hospital's; going abroad before a country's first transplant is no medical
        # tourism; a licence to use a cell line is no approval; staging is no resolution
        # (heldout66)
        ("the staff doesn’t deal only with the emergency", "business:deal"),
        ("đảo ngược quy luật lão hóa", "regulation:law"),
        ("U Centru za hematologiju Interne klinike Kliničkog centra Crne Gore", "hype:clinic"),
        ("nije bila moguća kod nas, već su pacijenti išli u inostranstvo", "hype:tourism"),
        ("eliminating the need to travel abroad for the procedure", "hype:tourism"),
        ("a non-exclusive license to use the cell line", "regulation:approval"),
        ("постановка діагнозу", "regulation:law"),
        # IVF is no lab study; patients transferred abroad by a health system are no medical
        # tourists (heldout67)
        (
            "the first baby conceived through an in vitro fertilisation (IVF) technique",
            "research:lab",
        ),
        (
            "reduzir o esforço de pacientes com a transferência para o exterior do país",
            "hype:tourism",
        ),
        (
            "eran trasladados a hospitales del extranjero como la Universidad de Navarra",
            "hype:tourism",
        ),
        # an apple's stem cells, with the Japanese possessive, are a plant's (heldout68)
        ("リンゴの幹細胞について", "rel:stem_cell"),
        # biology's arrest is no arrest; "a clear benefit" is no clearance; a trade name is
        # no sale; participants paid for their time are not paying (heldout69)
        ("implantation arrests root development in injured teeth", "regulation:enforcement"),
        ("survivors of cardiac arrest received the cells", "regulation:enforcement"),
        ("a small trial in dogs did not show a clear benefit", "regulation:approval"),
        # a patient's fever is no craze (heldout103)
        ("bệnh nhân lên cơn sốt cao sau khi ghép tế bào gốc", "hype:pitch"),
        # car insurance is no pitch; a young donor is no rejuvenation (heldout104)
        ("страховка для автомобиля", "hype:pitch"),
        ("клетки молодого донора", "hype:anti_aging"),
        # a cancer treatment centre is no stem cell clinic (heldout105)
        ("the cancer treatment centre performed a stem cell transplant", "hype:clinic"),
        # a clinic of a specialty is a hospital department (heldout106)
        ("In der Klinik für Hämatologie werden Stammzellen transplantiert", "hype:clinic"),
        ("Në Klinikën e Hematologjisë do të hapet qendra", "hype:clinic"),
        # a statute acquiring material makes no deal (heldout105)
        ("(1) No person, shall— (a) acquire or import human stem cells", "business:deal"),
        ("hospitals may acquire tissues from donors", "business:deal"),
        # a clinic visit or stay is no clinic; Spanish "clínicas" after evidence is the
        # adjective; patients with four legs are no people (heldout102)
        ("Stammzellen-Therapie ohne Klinikbesuch", "hype:clinic"),
        ("nach einem kurzen Klinikaufenthalt", "hype:clinic"),
        ("conceptos generales y evidencias clínicas", "hype:clinic"),
        ("der vierbeinige Patient bekommt Stammzellen", "trials:patients"),
        ("Darvadstrocel, sold under the brand name Alofisel", "hype:unproven"),
        ("participants were paid $50 to participate in the study", "hype:clinic"),
        # a stem cell registry, or the registry one joins, is no rule; a government hospital
        # is no government act; a patient who recovered claims no cure (heldout72)
        ("get a cheek swab to register for the stem cell registry", "regulation:approval"),
        ("get a cheek swab to register for the stem cell registry", "regulation:guidance"),
        ("all about stem cell donation, the registry, and how a swab", "regulation:guidance"),
        ("the first ever BMT done in any government hospital of the state", "regulation:law"),
        ("the state's biggest government-run medical facility", "regulation:law"),
        ("غادر المستشفى بعد أن تماثل للشفاء", "hype:cure"),
        # a patient's needs are no rule; knee pain without stem cells is no clinic's pitch,
        # and a trial of them for it sells nothing (heldout74)
        (
            "gaining importance among celebrities for different medical requirements",
            "regulation:guidance",
        ),
        ("exercise for knee pain", "hype:service"),
        ("A phase 2 trial of stem cell injections for knee pain", "hype:service"),
        # the verb after a modal is no deal (heldout78)
        ("stem cells can deal with chronic illness", "business:deal"),
        ("a clinic that could deal with the demand", "business:deal"),
        # a genetic or a dress code is no law (heldout80)
        ("the genetic code of the donor cells", "regulation:law"),
        ("the clinic's dress code and safety code of conduct", "regulation:law"),
        # a lab's biosafety cabinet, or furniture, is no government (heldout82)
        ("cells were handled in a biosafety cabinet", "regulation:agency"),
        ("the vials sat in a medicine cabinet, a filing cabinet drawer", "regulation:agency"),
        ("a cabinet maker", "regulation:agency"),
        # insurance cover, or live cells in a dish, are no bank's pitch or live cell therapy
        # (heldout84)
        ("national insurance coverage for the future therapies", "hype:pitch"),
        ("health insurance for their families", "hype:pitch"),
        ("live cells were imaged for a week", "hype:unproven"),
        # a head count or a dose of cells is no amount of money, in any language (heldout86)
        ("iniettati 150 milioni di cellule staminali", "business:market"),
        ("uma doença que atinge 6 milhões de pessoas", "business:market"),
        ("40 millones de personas en el mundo", "business:market"),
        ("zwei Millionen Zellen pro Kilogramm", "business:market"),
        # a security booth is no Hebrew stem cell (heldout94)
        ("תאי אבטחה בנמל", "rel:hematopoietic"),
        # Dutch layers of the skin are no Swedish law; lives lost are no price (review)
        ("de stamcellen in de diepere lagen van de huid", "regulation:law"),
        ("the disease costs thousands of lives each year", "hype:clinic"),
        # a delay, a proposal in English, laboratory guinea pigs (heldout93)
        ("a time lag in the results", "regulation:law"),
        ("a risky proposition for investors", "regulation:law"),
        ("tested in guinea pigs and rats", "hype:unproven"),
        # a journal's article is no statute's (heldout91)
        ("an article in Nature Medicine", "regulation:law"),
        # Italian "questioni" are issues, not doubts; a wet eye is no Dutch law (heldout90)
        ("le questioni etiche connesse alla genetica umana", "hype:warning"),
        ("patients with wet AMD", "regulation:law"),
        # an IVF embryo's cells are no embryonic stem cells, a patient's consent withdrawn no
        # authorisation, medicine no cure (heldout89)
        ("une biopsie de cellules embryonnaires pour le diagnostic", "rel:pluripotent"),
        ("les patients peuvent retirer leur consentement", "regulation:rejection"),
        ("regeneratieve geneeskunde en geneesmiddelen", "hype:unproven"),
        # a tree's root is no cure, a laboratory test no clinical trial (heldout87)
        ("पेड़ की जड़ से पानी ऊपर जाता है", "hype:unproven"),
        ("රසායනාගාර පරීක්ෂණ සිදු කෙරිණි", "trials:trial"),
        # an assessment (qiymətləndirmə) is no price (heldout85)
        ("xəstənin vəziyyətinin qiymətləndirilməsi", "hype:offer"),
        # a traveller, or a trip with no destination after it, is no medical tourist (heldout83)
        ("el viajero frecuente", "hype:tourism"),
        ("un viaje largo", "hype:tourism"),
        # an application form alone asks no regulator for approval (heldout77)
        ("申請書を提出した", "regulation:submission"),
        # a blood culture is no lab-grown blood (heldout75)
        ("a blood culture grown in the lab", "rel:hematopoietic"),
        # a preclinical experiment, 전임상실험, holds no clinical one (heldout73)
        ("줄기세포 촉진제의 전임상실험을 성공했다", "trials:trial"),
        # NK cell therapy is no stem-cell therapy (heldout71)
        ("Our NK cell therapy for cancer", "rel:cell_therapy"),
        ("Natural killer cell therapy at our clinic", "rel:cell_therapy"),
        # a filing's boilerplate of legal liability is no law; "this year's reports" hold no
        # annual report (heldout70, review)
        ("本公司董事会保证公告内容的真实性，并承担法律责任", "regulation:law"),
        ("今年报道的干细胞诊所案件", "business:market"),
        # a funder approving a grant, or CIRM's board approving one, clears nothing; use
        # outside the context of a trial is no trial news; a surgeon's pull withdraws no
        # filing; an orchard is no company (heldout107)
        ("the governing Board approved a grant of almost $12 million", "regulation:approval"),
        ("CIRM Board Approves New Clinical Trial", "regulation:approval"),
        ("used in one patient outside the context of clinical studies", "trials:trial"),
        ("the surgeon pulled the catheter after the infusion", "regulation:rejection"),
        ("an orchard of apple trees whose stem cells", "rel:brand"),
        # a second term is no trial phase, a patient's consent no clearance, a bank's cash
        # no business market entry; a market's regulator stays a regulator (heldout108)
        ("第二期工程明年完工", "trials:phase"),
        ("病人同意接受治療", "regulation:approval"),
        ("市場監管局查處違規診所", "business:market"),
        # a share price's surge is left to the words; a business failure is no trial's; a
        # hair salon is no cosmetic procedure (heldout109)
        ("임상3상 승인 소식에 주가가 급등했다", "business:market"),
        ("사업 실패 이후 회사를 떠났다", "trials:results"),
        ("미용실에서 머리를 잘랐다", "hype:clinic"),
        # applying for a patent is no trial's filing (heldout110)
        ("줄기세포 배양 기술의 특허를 신청했다", "regulation:trial_filing"),
        # a drug developed is no treatment that succeeded; a trip to a hospital at home is
        # no medical tourism (heldout111)
        ("신약 개발에 성공했다", "trials:results"),
        ("치료를 위해 병원에 갔다", "hype:tourism"),
        # a stem cell becoming a chondrocyte is stem cell news (heldout113)
        ("mesenchymal stem cells differentiated into chondrocytes", "neg:other_modality"),
        # a hand that holds the initiative or a cramp is no lab's rat; a plant's stem cells
        # stay a false friend written with a space (heldout118)
        ("회사가 주도권을 쥐고 있다", "research:lab"),
        ("다리에 쥐가 나서 깼다", "research:lab"),
        ("식물 줄기 세포 추출물 화장품", "rel:stem_cell"),
        # a Latin word glued to Latin letters or digits is still inside a word, beside
        # Japanese as anywhere (heldout117 let a spaceless script end a word)
        ("幹細胞はEMAIL送信", "regulation:agency"),
        ("美国FDA3批准", "regulation:agency"),
        # a bare French "accord" is also a regulator's consent, no deal (heldout58)
        ("Avec l'accord de l'ANSM, l'essai commence", "business:deal"),
        (
            "Stammzellen sollen eines Tages zur Behandlung vieler Krankheiten eingesetzt werden können",
            "hype:service",
        ),
        # Hebrew shares are not read inside "temporary ones"; shareholders approving an
        # investment are no regulator; recruiting patients is no raise (heldout122)
        ("השינוי זמני והמגבלות זמניות", "business:market"),
        ("בעלי המניות אישרו את ההשקעה", "regulation:approval"),
        ("גיוס חולים לניסוי", "business:funding"),
        # a market's or a sector's growth, growth factors: no harm (heldout123)
        ("Room for growth in stem cell research", "safety:harm"),
        ("a year-on-year growth rate estimated at about 12%", "safety:harm"),
        ("The cells secrete growth factors", "safety:harm"),
        ("ביטוח בריאות ממלכתי", "hype:pitch"),  # health insurance is no pitch (heldout127)
        ("משרד הבריאות פרסם הנחיות חדשות", "research:lab"),  # guidelines hold "חיות" (heldout130)
        ("תוצאות מבטיחות בניסוי", "hype:unproven"),  # promising results are no promise (heldout130)
        (
            "出所:株経通信(株式会社みんかぶ)",
            "business:shares",
        ),  # "Co., Ltd." is no share (heldout132)
        ("小野薬品工業と新規抗体作製の契約", "regulation:law"),  # Japanese "new" (heldout132)
        ("東証マザーズへ新規上場した", "regulation:law"),
        ("首日在纳斯达克上市时的9.5美元", "regulation:approval"),  # a listing (heldout134)
        ("中航投资成功上市之后", "regulation:approval"),
        ("根据《上海证券交易所交易规则》的有关规定", "regulation:law"),  # boilerplate
        ("東証マザーズ上場の医薬品開発ヘリオス", "business:shares"),  # a description
        ("再生細胞薬「SB623」の第2相試験", "regulation:law"),  # SanBio's product, no bill
        ("有効性を確認するため七年以内に", "trials:results"),  # a condition, no result
        (
            "Celulele stem au multe aplicații în medicină",
            "regulation:enforcement",
        ),  # "many" (heldout136)
        ("Antifaltencremes halten nicht, was sie versprechen", "safety:signal"),  # to hold
        ("stem cells providing growth and renewal of tissues", "safety:harm"),
        ("軟骨受損後不能自癒", "hype:cure"),  # cannot heal itself (heldout139)
        ("器官修復之法 抽脂分離幹細胞", "regulation:law"),  # "the way of" (heldout139)
        ("目前仍无法治愈", "regulation:law"),  # unable
        (
            "what billing teams need to know before claims start moving through adjudication",
            "hype:unproven",
        ),
        (
            "the tumour measured 3 cms across",
            "regulation:agency",
        ),  # centimetres, not Medicare's CMS
        ("hydrogen bonds in the protein", "business:funding"),  # chemistry (heldout141)
        ("the award for best poster went to a stem cell lab", "business:funding"),
        ("props 3 and 4 of the stage set", "regulation:law"),
        (
            "In a very close tally, stem cell question passes in Missouri",
            "hype:warning",
        ),  # a ballot's question, not a doubt (heldout145)
        ("the Missouri Coalition for Lifesaving Cures", "hype:unproven"),
        ("the Iowa Stem Cell Research and Cures Initiative", "hype:unproven"),
        ("a ADI 3510, que questiona a constitucionalidade das pesquisas", "hype:warning"),
        # a meeting, not the US Congress; a result's hope, not a seller's promise (heldout150)
        ("data presented at The International Liver Congress in Vienna", "regulation:law"),
        ("Stem cells show promise for acute-on-chronic liver failure", "hype:unproven"),
        ("the approach holds great promise for patients", "hype:unproven"),
        # a patient who suffers is news, not an advert's "you" (heldout151)
        ("the patient suffers from knee pain", "hype:pitch"),
        ("il paziente soffre di artrosi al ginocchio", "hype:pitch"),
        ("Are you living with MS? Our support groups meet monthly", "hype:pitch"),
        # a clinic's self-pay page denies coverage; that is no payer's decision (heldout153)
        ("保険適用外の自由診療となります", "regulation:law"),
        ("이 시술은 건강보험 적용이 안 되는 비급여 항목입니다", "regulation:law"),
        ("건강보험 적용되지 않는 줄기세포 시술", "regulation:law"),
        # a funder's phase, not a trial's (heldout154)
        ("Ossium wins phase I grant from National Institute of Health", "trials:phase"),
        ("a Phase II SBIR award of $1.5 million", "trials:phase"),
        # a prize's purse and its winners' sharing are no market (heldout156)
        ("Stem cell scientists win million dollar Shaw Prize", "business:market"),
        ("All three will equally share the $500,000 prize", "business:market"),
        ("they share the life science and medicine prize with Yamanaka", "business:market"),
        # a Q&A page's label and an IVF clinic are no doubt and no seller (heldout157)
        (
            "Question: Is it permissible to perform experiments on embryonic stem cells?",
            "hype:warning",
        ),
        ("the sperm and egg are combined in fertility clinics", "hype:clinic"),
        # a press release's closing boilerplate is no pitch and no law; nor are the
        # disclaimers a seller's legal shield (heldout158)
        ("Legal Disclaimer: the publisher provides this release as is", "hype:pitch"),
        ("Legal Disclaimer: the publisher provides this release as is", "regulation:law"),
        ("FDA rejected the legal disclaimers on the company's website", "regulation:law"),
        # "act" in an idiom is no law (heldout160's "Balancing Act")
        ("Balancing Act", "regulation:law"),
        ("The new facility is a tough act to follow", "regulation:law"),
        ("Donating cord blood is an act of kindness", "regulation:law"),
        # the god alone is no company (heldout164)
        ("the temple of Osiris and Isis at Philae", "rel:brand"),
        # a search for a cure claims none (heldout165)
        ("New $45M Burnaby facility aims to find cure for cancer, diseases", "hype:unproven"),
        ("the money would help find cures for spinal cord injury", "hype:unproven"),
        ("the hunt for a cure for type 1 diabetes", "hype:unproven"),
        # a disease with no cure claims none (heldout178)
        ("a complication of cancer treatment that does not have a definite cure", "hype:unproven"),
        ("there is no known cure for the disease", "hype:unproven"),
        # an English fusion is no merger (heldout166's German "Fusion" is)
        ("a spinal fusion using stem cells from the patient's marrow", "business:deal"),
        ("cell fusion between transplanted stem cells and host neurons", "business:deal"),
        ("Nach der Genehmigung übernimmt Vita 34 die Kosten der Einlagerung", "business:deal"),
        # a count of cases inside a sentence is no case report (heldout168)
        ("the disease strikes about two cases per million people each year", "trials:case"),
        # a sentence opening on cases, or cases of something, is no treated count (heldout171)
        ("The agency acted twice. In two cases, the clinics had sold the cells", "trials:case"),
        ("the state has seen 12 cases of infection since May", "trials:case"),
        ("courts ruled in 3 cases of fraud", "trials:case"),
        # donors who meet the people they saved, a registry's call for young donors and its
        # millions are no trial result, anti-ageing pitch or cohort (heldout173)
        ("Strangers connected forever: stem cell donors meet their recipients", "trials:results"),
        ("a Baltimore man got a chance to meet the boy whose life he saved", "trials:results"),
        ("World Blood Cancer Day 2023: young donors wanted", "hype:anti_aging"),
        ("we recruited six million people as potential blood stem cell donors", "trials:cohort"),
        ("we recruited six million people as potential blood stem cell donors", "trials:dosing"),
        ("DKMS registers its six millionth donor", "regulation:approval"),
        ("the drive recruits 500 new donors in a day", "trials:dosing"),
        # a registry of treated patients, a standard regimen, a kidney's living donor (heldout174)
        ("a report from the EBMT Hemoglobinopathy Registry, 2000-2010", "regulation:guidance"),
        ("data from the prospective registry database", "regulation:guidance"),
        ("analyzed using the registration data of the Japanese Society", "regulation:approval"),
        ("the standard busulfan-cyclophosphamide (BuCy) regimen", "regulation:guidance"),
        ("compared with the standard of care", "regulation:guidance"),
        ("outcomes of living unrelated donor transplantation in Iran", "rel:hematopoietic"),
        # an availability that is no clinic's, a question that sells nothing (heldout175)
        ("the data are currently available on request", "hype:offer"),
        ("Are you a match? Join the registry today", "hype:offer"),
        ("Are you living with MS? Our charity can help", "hype:offer"),
        # a company's second cancer drug is no new cancer (heldout176)
        ("the company's second cancer drug won approval", "safety:harm"),
        # the injured tendon a treatment repairs; "we see" in a scientist's mouth (heldout179)
        ("Bone Marrow Concentrate in the Chronically Injured Achilles Tendon", "safety:harm"),
        ("Stem cell therapies for rotator cuff injuries: a review", "safety:harm"),
        ("what we see in the mice is encouraging", "hype:offer"),
        ("an exciting new approach to growing blood cells in the lab", "hype:pitch"),
        ("today's drugs only mask the symptoms of Parkinson's disease", "hype:pitch"),
        # a study's cancer cells are no harm (heldout180)
        ("the compound caused cancer cells to die in the dish", "safety:harm"),
        ("molecules that trigger cancer stem cells to divide", "safety:harm"),
        ("the stem and leaves of the plant", "rel:stem_cell"),
        # a lost sense is the disease, not a financial loss; an ethics approval is no rule
        # (heldout183)
        ("patients with bilateral visual loss due to retinitis pigmentosa", "business:market"),
        ("Chronic sleep loss harms immune stem cells", "business:market"),  # heldout445
        ("stem cells to treat hearing loss in mice", "business:market"),
        ("Both are Institutional Review Board (IRB) approved studies", "regulation:approval"),
        # an asset sale sells no treatment (heldout185)
        ("a restructuring that will include selling off assets", "hype:unproven"),
        ("the company sold its non-core manufacturing assets", "hype:unproven"),
        # a risk or a question raised is no money raised; the NOD mouse is no regulator's nod;
        # cells generated in general are no method (heldout187)
        ("Dry mouth also raises the risk of tooth decay", "business:funding"),
        ("The case raised serious questions about the clinic", "business:funding"),
        ("a finding that raises hopes for patients with Parkinson's", "business:funding"),
        ("MSCs restored salivary function in SS-like NOD/Ltj mice", "regulation:approval"),
        ("human cells engrafted in NOD-scid mice", "regulation:approval"),
        ("the tumours were grown in NOD mice", "regulation:approval"),
        ("the clinic generated $2 million in revenue", "research:science"),
        ("Patients and methods: 30 patients were randomised", "research:science"),
        # a patient's laboratory values, a trial's registration number, a transfusion's blood
        # cell products (heldout189)
        ("changes in renal function laboratory indicators at 12 months", "research:lab"),
        ("abnormal lab values were recorded in two patients", "research:lab"),
        ("the clinic's lab tests found bacteria in the vials", "research:lab"),
        ("a clinical trial (trial registration no. NCT01221428)", "regulation:approval"),
        ("Trial registration number: ISRCTN12345678", "regulation:approval"),
        ("red blood cell products of any origin", "rel:cell_therapy"),
        # a face's nerve or palsy is no facial; an x-ray's guidance is no rule; the case for a
        # policy is no case report (heldout192)
        ("Iatrogenic facial nerve paralysis after ear surgery", "hype:clinic"),
        ("a woman with a two-year history of unilateral facial palsy", "hype:clinic"),
        ("The injection is always done with x-ray guidance", "regulation:guidance"),
        ("the needle is placed under ultrasound guidance", "regulation:guidance"),
        ("we present the case for a national stem cell strategy", "trials:case"),
        # a registry study is no register of rules; a disease's mutation is no flaw in a cell
        # product; a literature review looks back at no patients (heldout193)
        ("A registry study of the EBMT Autoimmune Diseases Working Party", "regulation:guidance"),
        ("Stem Cell Mutations Linked to Hydrocephalus", "safety:quality"),
        ("Could a genetic mutation explain why some people have it?", "safety:quality"),
        ("a retrospective review of the published literature", "trials:lookback"),
        ("Fate Therapeutics cuts its iPSC programs", "research:science"),
        # a trend grows in no dish; a gold standard is no rule (heldout194)
        ("There is growing interest in stem cell tourism", "research:science"),
        ("a growing number of clinics sell the shots", "research:science"),
        ("Autologous bone graft is used as a gold standard method", "regulation:guidance"),
        # a case report cited in a sentence is no title's kind (heldout196)
        ("The mass came from cells injected abroad, according to a case report.", "trials:case"),
        ("Case report: iPS-derived cardiomyocyte sheets in one man", "trials:case"),
        # a risk a treatment lowers and a disease it halts are its benefits (heldout197)
        ("cord blood can help reduce the risk of long-term brain damage", "safety:signal"),
        ("the transplant halts disease progression and prolongs life", "safety:signal"),
        # a disease's signs are no signed deal; a rabbit antibody is no rabbit study (heldout198)
        ("a dysfunction in tear production associated with clinical signs", "business:deal"),
        ("to help with joint pain and the signs of ageing", "business:deal"),
        ("conditioning with rabbit anti-thymocyte globulin before the transplant", "research:lab"),
        # a body's arms; scarring as the disease; a disease hard to cure (heldout199)
        ("marks on the stomach, thighs, breasts, and upper arms", "trials:dosing"),
        ("I am having severe acne scarring on both cheeks", "safety:harm"),
        ("Keloid is a disease that is difficult to cure", "hype:unproven"),
        # a disease's name, a patient's inherited mutations and an infection that is the disease
        # treated (heldout201)
        ("Intestinal organoids test cystic fibrosis drugs", "safety:harm"),
        ("adults with cystic fibrosis and homozygous F508del mutations", "safety:quality"),
        ("Lyme disease is a tick-borne infection caused by a group of bacteria", "safety:harm"),
        ("Lyme disease is a tick-borne infection caused by a group of bacteria", "safety:quality"),
        # chronic hepatitis B as the disease behind a trial's cirrhosis (heldout202)
        ("Cord MSCs in Patients With Decompensated Hepatitis B Cirrhosis", "safety:harm"),
        ("patients with chronic hepatitis B-induced decompensated liver cirrhosis", "safety:harm"),
        # blood serum and a culture's; a study's promising strategy (heldout203)
        ("A Promising Strategy to Increase Serum Testosterone", "hype:clinic"),
        ("A Promising Strategy to Increase Serum Testosterone", "hype:unproven"),
        ("cells grown in medium with 10% fetal bovine serum", "hype:clinic"),
        # news puts its news in the headline; a headline that does not start with the therapy
        # (heldout201, heldout202)
        ("Stem cell therapy for liver cirrhosis enters phase 2 in Japan", "hype:offer"),
        ("Stem Cell Therapy for Long COVID Syndrome (COVID-19 Trial)", "hype:offer"),
        ("India bans stem cell therapy for autism", "hype:offer"),
        ("New stem cell therapy for gout", "hype:offer"),
        # the side effects of the drugs patients already take (heldout204)
        ("patients who cannot tolerate the side effects of nonsteroidal anti-inflammatory drugs",
         "safety:harm"),
        # a Roman four after a grade or stage is no IV drip; a trial's usual-care group is no
        # rule (heldout205)
        ("Ten cases with pressure ulcers of grade IV took part", "hype:clinic"),
        ("patients with Stage IV cancer", "hype:clinic"),
        ("five in standard care group", "regulation:guidance"),
        # a clinic for a patient is no treatment's case (heldout206)
        ("a clinic for a patient with autism", "trials:case"),
        # a lab's progress is no clearance, no sale and no clinic; a lost function is the
        # disease, not a financial loss; a kind of stroke is the disease (heldout207)
        ("Stem cell treatment for dementia clears major hurdle", "regulation:approval"),
        ("Stem cell treatment for dementia clears major hurdle", "hype:offer"),
        ("Stem cell therapy for stroke enters the clinic", "hype:offer"),
        ("just took a big step closer to the clinic", "hype:clinic"),
        ("a loss of brain function that occurs with age", "business:market"),
        ("a therapy for white matter stroke, a type of silent stroke", "safety:harm"),
        # a burger's or a fish's stem cells are food's (heldout208)
        ("How to grow fish from stem cells: lab-grown fish", "rel:stem_cell"),
        ("pork muscle from porcine induced pluripotent stem cell lines, animal-free meat",
         "rel:pluripotent"),
        # a state endorsing research is no celebrity's endorsement (heldout210)
        ("California Endorses Stem Cell Research", "hype:unproven"),
        ("the governor endorsed embryonic stem cell research", "hype:unproven"),
        # a disease that is "a cosmetic concern" is no cosmetic clinic (heldout211)
        ("Varicose veins are generally more of a cosmetic concern than a serious condition",
         "hype:clinic"),
        # the field a French bioethics law rules is no research at work (heldout212)
        ("Autorisation de la recherche sur l'embryon : publication de la loi", "research:people"),
        # cells carried in a liquid are no suspended licence and no IV drip (heldout214); the
        # drip's cased pattern is kept off the lowercased pass's context claim by extract, not
        # by a look-ahead of its own (session 84)
        ("deployed as an IV suspension in sterile Normal Saline", "regulation:enforcement"),
        ("deployed as an IV suspension in sterile Normal Saline", "hype:clinic"),
        ("a suspension of cells in culture medium", "regulation:enforcement"),
        # the funding rider's words for an embryo name no patient's harm (heldout218)
        ("a human embryo destroyed, discarded or knowingly subjected to risk of injury or death",
         "safety:harm"),
        ("unregulated stem cell therapies", "regulation:guidance"),
        # cells regulating a process and a regular schedule make no rules (heldout219)
        ("MSCs regulate the immune response in the joint", "regulation:law"),
        ("patients on a regular schedule of infusions", "regulation:law"),
        # a subtitle, a longer headline or one that goes on is no bare pairing (heldout220)
        ("Case report: Bell's palsy and stem cell therapy", "hype:offer"),
        ("A RAT by Another Name: 21st Century Cures Act and Stem Cell Therapies", "hype:offer"),
        ("Researchers compare surgery and stem cell therapy", "hype:offer"),
        ("Asthma and stem cell therapy trial opens in Perth", "hype:offer"),
        # news of a repair is no seller's headline (heldout221)
        ("Stem cell repair for damaged hearts enters phase 2 trial", "hype:offer"),
        # a trial finder's page opens its lede on the phase, a registry's on the study
        # (heldout222)
        ("Stem Cell Therapy for Traumatic Brain Injury. Phase 2 Waitlist Available", "hype:offer"),
        ("Stem cell treatment for lupus nephritis. This study compares cord MSCs with IL-2",
         "hype:offer"),
        # cells taken from a trial's patients and given back are no dish (heldout223)
        ("Bone marrow cells taken from patients with heart failure were injected back",
         "research:lab"),
        ("a satellite dish on the clinic roof", "research:lab"),
        # a company's crowdfunding record sells no clinic (heldout224)
        ("UK stem cell firm grabs crowdfunding record", "hype:clinic"),
        ("the firm turned to equity crowdfunding", "hype:clinic"),
        # a funder approving programmes with their sum is no regulator's approval (heldout225)
        ("Stem cell board approves two research-centered programs totaling $27 million",
         "regulation:approval"),
        # a donors' register is no regulator's (heldout226)
        ("first transplant via National Stem Cell Register", "regulation:approval"),
        ("the new National Register for Volunteer Donors of Stem Cells", "regulation:approval"),
        # a paper's "in patients" is no seller's use (heldout227)
        ("Stem Cell Therapy in Patients with Thromboangiitis Obliterans: Assessment", "hype:offer"),
        # a body's arm is no trial's (heldout228)
        ("numbness, tingling, and weakness in the hand and arm", "trials:dosing"),
        ("the injection was given in the arm", "trials:dosing"),
        # an organ's failure a therapy is for is the disease, no harm (heldout230)
        ("Is stem cell therapy a viable treatment for kidney failure?", "safety:harm"),
        ("Chronic kidney failure is the final stage of chronic kidney disease", "safety:harm"),
        # Spanish news of a study or a trial is no seller's headline (heldout231)
        ("Células madre para el párkinson: investigadores japoneses publican su estudio",
         "hype:offer"),
        ("Células madre para la diabetes: el ensayo en fase 2 muestra resultados", "hype:offer"),
        ("Terapia con células madre para la ELA aprobada en Corea", "hype:offer"),
        # a headline naming the cells, not an ailment, is no seller's pairing (heldout232)
        ("Mesenchymal stem cell therapy", "hype:offer"),
        ("Bone marrow stem cell therapy", "hype:offer"),
        # nor one naming news's verb before the therapy (found by hand in session 153)
        ("FDA approves stem cell therapy", "hype:offer"),
        ("Japan clears stem cell therapy", "hype:offer"),
        # a school's name, Italian treatments and an Italian end are no lawsuit, cure or fine
        # (heldout234)
        ("scientists at the Perelman School of Medicine", "regulation:enforcement"),
        ("Calvizie: le ultime novità nelle cure", "hype:unproven"),
        ("pare mettano fine alle calvizie", "regulation:enforcement"),
        # a melanocyte or a pigment itself is no stem cell's biology (heldout235)
        ("melanocytes make the pigment of the skin", "research:science"),
        ("pigment loss in vitiligo treated with stem cells", "research:science"),
        # children a woman may have or conceive are no trial's patients (heldout236)
        ("Women who go through the menopause early could be helped to conceive children",
         "trials:patients"),
        ("may be given the chance to have children again due to new stem cell treatment",
         "trials:patients"),
        ("women who want to have their own children", "trials:patients"),
        # a doctor's or a trial's advice is no body's practice guideline (heldout238)
        ("the doctor's recommendations for aftercare", "regulation:practice_guideline"),
        ("recommendations from the patients who took part", "regulation:practice_guideline"),
        ("the company updated its forecast", "regulation:practice_guideline"),
        # a donor's cells mobilized for a transplant, a study's supplement and a fasting
        # study's headline promise no reader anything (heldout239)
        ("a drug that mobilizes the donor's stem cells into the blood", "hype:own_cells"),
        ("A nutritional supplement could stimulate the production of stem cells",
         "hype:own_cells"),
        ("Fasting For Just A Day Can Regenerate Your Stem Cells", "hype:own_cells"),
        # nor a donor's drug that releases stem cells, nor their nutrients in a dish (heldout500)
        ("G-CSF stimulates the release of stem cells into the blood", "hype:own_cells"),
        ("the nutrition of stem cells in culture", "hype:own_cells"),
        # a deal's, a year's or a market's close is no closure by order (heldout501)
        ("el cierre de la operación con el fondo", "regulation:enforcement"),
        ("al cierre del año la empresa creció", "regulation:enforcement"),
        # millions of people are a head count, not money (heldout240)
        ("Endometriosis affects millions of women around the world", "business:market"),
        ("millions of patients travel abroad for stem cells", "business:market"),
        # a blood count's haematocrit is no transplant (heldout241)
        ("Hct 42% and Hb 14 g/dL on admission", "rel:hematopoietic"),
        ("HCT was low after the bleed", "rel:hematopoietic"),
        # a test or a scan that is non-invasive, side effects a trial reports, a study backing
        # nothing (heldout242)
        ("a non-invasive imaging test showed the graft", "hype:pitch"),
        ("patients reported side effects without serious harm", "hype:pitch"),
        ("research backed the earlier finding", "hype:pitch"),
        ("approval backed by evidence from two trials", "hype:pitch"),
        # an idiom's deal is no business, and a breast augmentation study no clinic
        # (heldout243)
        ("clinic does stem cell penis injection: what's the deal", "business:deal"),
        ("whats the deal with stem cells", "business:deal"),
        ("it is no big deal", "business:deal"),
        ("stem and regenerative cell breast augmentation study", "hype:clinic"),
        # a football team is no bill, and recovery from an injury no harm (heldout246)
        ("a linebacker who has played with the Buffalo Bills", "regulation:law"),
        ("How Stem Cell Therapy is Rewriting the Rules of Injury Recovery", "safety:harm"),
        ("stem cells for injury rehabilitation in athletes", "safety:harm"),
        # the stroke a trial treats, and the time from it to the dose (heldout247)
        ("Ex Vivo Cultured Adult Allogenic MSCs in Ischemic Cerebral Stroke", "safety:harm"),
        ("a single dose or placebo within 10 days of stroke", "safety:harm"),
        ("cells given 48 hours after stroke onset", "safety:harm"),
        # a clinic's payment notes are no payer's policy, and IVF clinics sell no stem cells
        # (heldout248)
        ("Medicare does not cover stem cell injections at our clinic", "regulation:law"),
        ("we accept Medicare and most insurance plans", "regulation:law"),
        # nor a question, a "no", or the verb in another language (heldout480)
        ("Does Medicare cover stem cell therapy?", "regulation:law"),
        ("Medicare doesn't cover stem cell therapy", "regulation:law"),
        ("la clínica va a cubrir el coste", "regulation:law"),
        ("the va covers it", "regulation:law"),
        # a making method, a technique, a building method are no law (heldout488)
        ("iPS細胞由来の再生医療等製品CLS001の製法開発で提携", "regulation:law"),
        ("细胞产品的制法改进", "regulation:law"),
        ("新しい製造法と技法と工法", "regulation:law"),
        # an Italian club owner is no iPS cell maker (session 112)
        ("Massimo Cellino sells the club", "rel:brand"),
        # a contest's match, a college's initials, a donor's trip (heldout482)
        ("He could be the match winner on Saturday", "rel:hematopoietic"),
        ("PBSC announced its new nursing programme", "rel:hematopoietic"),
        ("donors in rural areas to travel to distribution sites", "hype:tourism"),
        # the trade's sector, gene first (heldout484)
        ("advances in gene and cell therapies, including FDA actions", "rel:cell_therapy"),
        ("a gene & cell therapy company", "rel:cell_therapy"),
        # HIV's cure is news of transplant patients and research, no seller's (heldout484)
        ("type 2 diabetes therapy, potential HIV cure", "hype:unproven"),
        ("Scientists edge closer to a cure for HIV", "hype:unproven"),
        ("two new HIV cures reported", "hype:unproven"),
        # an accredited journalist or a credited sum is no accreditation of a programme
        # (heldout481)
        ("un giornalista accreditato alla conferenza", "regulation:approval"),
        ("il medico accreditato presso la clinica", "regulation:approval"),
        ("When the sperm and egg are combined in fertility clinics", "hype:clinic"),
        # a loss for words is no money lost (heldout251)
        ("At a Loss For Words", "business:market"),
        ("doctors were at a loss to explain her recovery", "business:market"),
        # signing up as a donor, a transplant that is a patient's hope of a cure, and a
        # population counted in thousands (heldout252)
        ("Mixed Ethnicity? Register to Be Stem Cell Donor and You Could Save A Life",
         "regulation:approval"),
        ("Register to be a blood stem cell donor today", "regulation:approval"),
        ("their best, or only, hope for a cure is a transplant from an unrelated donor",
         "hype:unproven"),
        ("Every year, over 80,000 people around the globe search for a donor", "trials:cohort"),
        ("Based on the almost 10,000 stem-cell-treated patients we have tracked", "trials:cohort"),
        # buying time, a baby, a donor's gift (heldout253)
        ("Cord Blood matches buy time for bone marrow matches", "business:deal"),
        ("Your little miracle could be someone else’s cure", "hype:unproven"),
        ("a cord blood donation helped cure her of leukemia", "hype:unproven"),
        # a stroke study or trial names the condition studied (heldout258)
        ("Athersys stock slumps after a downgrade on stroke study future", "safety:harm"),
        ("the company's stroke trials and programmes", "safety:harm"),
        # a bone's therapeutics in general are no company (heldout259)
        ("new bone therapeutics for osteoporosis", "rel:brand"),
        # a charge of making unapproved products is no manufacturing business (heldout261)
        ("alleging the company manufactured unapproved stromal vascular fraction products",
         "business:manufacturing"),
        # a Dutch head count in millions is no money (heldout263)
        ("twee miljoen mensen lijden aan artrose", "business:market"),
        # a funder approving a sum for a study is no regulator's approval (heldout264)
        ("Department of Defense Approves $4.9M for Next Phase Traumatic Brain Injury Study",
         "regulation:approval"),
        # the colour alone is no company (heldout266)
        ("a magenta dye stains the dividing cells", "rel:brand"),
        # a trial's promising results are no seller's promise (heldout267)
        ("Novadip's NVDX3 Stem-Cell Bone Graft Shows Promising Interim Results",
         "hype:unproven"),
        ("the study reported promising results in ten patients", "hype:unproven"),
        # a company's mid-stage growth is no trial (heldout268)
        ("a mid-stage company with growing revenue", "trials:phase"),
        # a charge of loose rules is no rule (heldout271)
        ("But are loosely regulated companies such as Beike to be trusted?",
         "regulation:guidance"),
        # a trial's own patients are no seller's treatments (heldout271)
        ("the results in our patients were encouraging", "hype:offer"),
        # the valley of death is no death (heldout273)
        ("Overcome ‘Valley of Death’ for Medicine’s Sake", "safety:harm"),
        # a knee joint programme is no deal (heldout273)
        ("our joint program for knee pain", "business:deal"),
        # a clinical activity is no clinic; a blindfold is no sale (heldout275)
        ("é atividade clínica privativa do médico-veterinário", "hype:clinic"),
        ("uma venda nos olhos", "hype:unproven"),
        # the starfish genus is no company (heldout277)
        ("arm regeneration in the starfish Asterias rubens", "rel:brand"),
        # the journal is no company; pain that stems from a joint is no product (heldout278)
        ("the study appears today in Nature Cell Biology", "rel:brand"),
        ("the pain in her knee joint stems from wear", "rel:brand"),
        # a trial's first quarter is no money (heldout279)
        ("the first patients were dosed in the first quarter", "business:market"),
        # the verb is no product (heldout280)
        ("she hopes to rejoin her team after the transplant", "rel:brand"),
        # a reporter trying a treatment is no lab animal (heldout281)
        ("Yuk? Or a marvel? Our human guinea pig investigates", "research:lab"),
        # a town drawing a factory is no medical tourism (heldout282)
        ("工場を誘致する計画だ", "hype:tourism"),
        # the exchange's listing segment is no standard; a vitamin is no bank (heldout285)
        ("Prime Standard: Vita 34 meldet Übernahme", "regulation:guidance"),
        ("vita 345 tablets", "rel:brand"),
        # a bare "r/r" with no growth figure before it is no result (heldout286)
        ("the r/r ratio of the two cohorts", "business:market"),
        # a transplant's alpha-beta T cell depletion is no T cell receptor therapy (heldout287)
        ("TCRαβ-depleted haploidentical stem cell transplant", "neg:car_t"),
        ("TCR alpha/beta depleted grafts for children", "neg:car_t"),
        # Rocket's heart gene therapy is a virus, no stem cells (heldout288)
        ("Rocket's RP-A501 gene therapy for Danon disease", "rel:brand"),
        # Lineage's Israeli unit is no cure claim (heldout289)
        ("Lineage and its unit, Cell Cure Neurosciences, signed a licence", "hype:unproven"),
        # a patient with no count is no cohort; a head count in lakh is no sum (heldout290)
        ("সিলেটে লিভার সিরোসিস রোগীর শরীরে স্টেম সেল", "trials:cohort"),
        ("about 10 lakh patients need a transplant", "business:market"),
        # a guide for patients or parents is no official guidance (heldout291)
        ("a parent's guide for families banking cord blood", "regulation:guidance"),
        # a word holding a maker's name is not the maker (heldout292)
        ("the devox protocol", "neg:plant_vesicles"),
        # a ruined plan or a life not ruined is no harm (heldout294)
        ("the delay ruined the company's plans for new lives", "safety:harm"),
        # an insulin injection is no beauty service (heldout295)
        ("حقن الأنسولين لمرضى السكري", "hype:clinic"),
        # a proportion of patients is no share; a vitamin brand's "save" no bank (heldout297)
        ("het aandeel patiënten dat verbeterde", "business:market"),
        ("cryosaver bags for the lab", "rel:brand"),
        # a year in brackets is no stock code; a bare licence no deal (heldout298)
        ("ロート製薬(2017)の発表", "business:market"),
        ("医師のライセンスを持つ", "business:deal"),
        # a company closing its own trials, a funder and a government's grant are no
        # regulator's act; German "vor Bio-" is no maker (heldout299)
        ("Vor Bio Slashes Workforce by 95%, Shuts Down Trials", "regulation:enforcement"),
        ("shutting down all clinical and manufacturing operations", "regulation:enforcement"),
        ("The Japanese Agency for Medical Research and Development granted the money", "regulation:agency"),
        ("$59 million in funding from a Japanese government grant", "regulation:law"),
        ("Angst vor Bio-Lebensmitteln", "rel:brand"),
        # a bank with no teeth, and paying to store something else (heldout300)
        ("banking cord blood for the family", "business:market"),
        ("paying to store the samples", "business:market"),
        # the adjective is a standing description, not an event (heldout303)
        ("an accredited stem cell banking company", "regulation:approval"),
        # an interventional cardiologist is no trial (heldout305)
        ("an interventional cardiologist injected the cells", "trials:design"),
        # the spinal cord is no marrow; French "au profit de" is for someone's good (heldout306)
        ("إصابات النخاع الشوكي", "rel:hematopoietic"),
        ("un centre au profit des enfants atteints", "business:market"),
        # a shrine's health commission, a ministry source, a prime minister's title (heldout307)
        ("مستشفى المجتبى التابع لهيئة الصحة والتعليم الطبي في العتبة الحسينية", "regulation:agency"),
        ("وقال مصدر في وزارة الصحة العراقية إن المركز الأول", "regulation:agency"),
        ("افتتح رئيس مجلس الوزراء مركز أمراض الدم", "regulation:law"),
        # a company closing for want of money is no enforcement (heldout308)
        ("Stemson Therapeutics Shuts Down. In the worst news", "regulation:enforcement"),
        ("has been forced to shut down due to funding issues", "regulation:enforcement"),
        ("Elixirgen's EXG-5003 vaccine", "rel:brand"),
        # a spinal cord transplant word is no marrow (heldout309)
        ("زراعة النخاع الشوكي", "rel:hematopoietic"),
        # a health ministry as the source, a partner or a centre's opener; a surgeon (heldout311)
        ("حسب ما افاد به بيان وزارة الصحة", "regulation:agency"),
        ("بالتعاون مع مديرية المراكز المتخصصة في وزارة الصحة العراقية", "regulation:agency"),
        ("في وقت افتتح فيه وزير الصحة بولاية الخرطوم", "regulation:agency"),
        ("يفتتح وزير الصحة د. جمال الحربي", "regulation:agency"),
        ("وصل الجراح المصري الكبير", "hype:pitch"),
        # the brand is one word, not "eyes tem..." across a space (heldout312)
        ("Their eyes temporarily blurred", "rel:brand"),
        # "allowed" outside a trial, and a deal's size, are no approval and no quote (heldout315)
        ("줄기세포 시술은 국내에서 허용되지 않는다", "regulation:approval"),
        ("100억원 규모의 거래를 성사시켰다", "business:shares"),
        # a conditional loan is no conditional approval (heldout316)
        ("메릴랜드주 400만 달러 조건부 대출 지원 예정", "regulation:approval"),
        # Japanese "新規" before a cell therapy drug is "new", no new rule (heldout317)
        ("小児疾患に対する新規細胞治療薬の創出を目指して", "regulation:law"),
        # a trial's "safe" is no promise (heldout319)
        ("The infusions were safe and well tolerated in all 12 patients", "hype:pitch"),
        # a co-production film is no joint venture (heldout326)
        ("두 감독의 합작 영화가 개봉했다", "business:deal"),
        # a company whose name only begins with the word (heldout327)
        ("Medspace runs the study for its sponsor", "hype:clinic"),
        # Vericel's skin and cartilage cell products are no stem cell brand (heldout328)
        ("Vericel's MACI and Epicel sales grew in the quarter", "rel:brand"),
        # Indonesian "fungsi" (function) is no fungus (heldout330)
        ("Benarkah Fungsinya Bisa Bikin Awet Muda?", "safety:quality"),
        # a podcast's joke "Expansion Plan" announced by no one (heldout337)
        ("the latest details in the Grand Giant Bomb Expansion Plan", "business:market"),
        # a bank's cells are no NK cells (heldout340)
        ("the cord blood bank cells are stored for 25 years", "neg:car_t"),
        ("La Lavivienda social llega a Madrid", "neg:other_cells"),  # not Laviv
        # a farm's or a soil startup's "regenerative" words are no regenerative medicine
        ("Regenerative farming and regenerative biodiversity credits", "rel:regenerative"),
        ("Regenerative biochar startup sells regenerative bioproducts", "rel:regenerative"),
        # a star's progenitor is no progenitor cell (heldout356)
        ("A supernova was traced to its progenitor star", "rel:progenitor"),
        ("Wolf-Rayet stars are the progenitors of certain types of supernovae", "rel:progenitor"),
        # a lab-grown blood vessel is no lab-grown blood (heldout350)
        ("Lab-grown blood vessels could soon become reality", "rel:hematopoietic"),
        # a kinase or synthase named for blood cells is no blood stem cell (heldout357)
        ("Hematopoietic progenitor kinase 1 (HPK1) inhibitors", "rel:hematopoietic"),
        ("Hematopoietic progenitor kinase 1 (HPK1) inhibitors", "rel:progenitor"),
        ("The hematopoietic cell kinase is a Src kinase", "rel:hematopoietic"),
        ("Haematopoietic prostaglandin D synthase in muscle", "rel:hematopoietic"),
        # the blood-forming tissue as pathology names it (heldout358)
        ("WHO classification of tumors of hematopoietic and lymphoid tissues", "rel:hematopoietic"),
        ("Hematopoietic Growth Factors after chemotherapy", "rel:hematopoietic"),
        ("the hematopoietic (bone marrow) syndrome of radiation", "rel:hematopoietic"),
        ("new drugs for hematopoietic malignancies and hematopoietic toxicity", "rel:hematopoietic"),
        # stem cell factor, a mast cell growth factor named for stem cells (heldout363)
        ("Stem cell factor programs the mast cell activation phenotype", "rel:stem_cell"),
        ("the stem cell factor receptor KIT", "rel:stem_cell"),
        # the RNA exosome's parts are no vesicles (heldout359)
        ("Exosome complex", "rel:exosome"),
        ("the exosome core and its cofactors", "rel:exosome"),
        # the people a product is approved for are no series looked back over, and a clinic's
        # "remarkable efficacy" no study of it (heldout367)
        ("FDA approves a drug for patients undergoing stem cell transplantation", "trials:cohort"),
        ("干细胞疗效显著,价格优惠", "trials:trial"),
        # the verb "share" is no company's shares (a probe of session 94)
        ("Plant and human stem cells share a logic", "business:market"),
        ("Organoids and embryos share features with the gut", "business:market"),
        ("Researchers share their data on iPS cells", "business:market"),
        # the verb, unhyphenated, is no institute (heldout371)
        ("My doubts I stem from a family of doctors", "rel:brand"),
        # a seller's "can restore" is a claim, not how many did well (heldout370)
        ("Our stem cells can restore movement in paralysed patients", "trials:cohort"),
        ("This treatment helps restore vision to patients with macular degeneration", "trials:cohort"),
        # a medical corporation in a hospital's name is no law (heldout370)
        ("의료법인 차의료재단 분당차병원이 줄기세포 연구를 발표했다", "regulation:law"),
        # a hospital's kind is no study's setting (the review of session 95)
        ("A tertiary care hospital in Pune opens a stem cell therapy unit", "trials:lookback"),
        # a disease with no cure is no cure claimed, however it is put (heldout368)
        ("With no definitive cure, patients are left navigating recovery", "hype:unproven"),
        # a statistical model fitted to treated patients is no lab's model; mortality alone is
        # a disease's (heldout374)
        ("Cox proportional hazard versus accelerated failure time models", "research:lab"),
        ("a nomogram prediction model was built on 294 patients", "research:lab"),
        ("the model performance was judged by the C-index", "research:lab"),
        ("a variation of the Aalen additive hazard and accelerated failure time (AFT) models", "research:lab"),
        ("mortality from the disease remains high", "safety:harm"),
        # a trial's comparator is no rule; a proof of concept in mice is no trial (heldout375)
        ("in comparison to standard conservative management", "regulation:guidance"),
        ("a proof-of-concept study in mice with spinal cord injury", "trials:design"),
        # cells grown on purpose are no lump; a cell's capacity is no plant's (heldout376)
        ("Material and methods for the growth of hematopoietic stem cells", "safety:harm"),
        ("improve the proliferative capacity and differentiation potential of the cells", "business:manufacturing"),
        # a doctor's clearance to donate is no regulator's (heldout377)
        ("Medical clearance for the donor", "regulation:approval"),
        ("the donor was cleared to donate after a health check", "regulation:approval"),
        # a price asked is no court's order; a trial done is no trial skipped (heldout380)
        ("patients were asked to pay more for the therapy", "regulation:enforcement"),
        ("该干细胞疗法已完成临床研究", "hype:unproven"),
        # a plant's certificate is no standard set for stem cells (heldout381)
        ("The ISO 9001 certified plant makes cell culture media", "regulation:guidance"),
        # a patient discharged is no licence granted (heldout382)
        ("بیماری پنجاه و یک ساله با حال عمومی خوب مرخص شد", "regulation:approval"),
        # the marrow a biopsy samples is no transplant (heldout383)
        ("biopsi sumsum tulang menunjukkan leukemia", "rel:hematopoietic"),
        ("kemik iliği biyopsisi yapıldı", "rel:hematopoietic"),
        ("बोन मैरो की जांच में कैंसर मिला", "rel:hematopoietic"),
        # a category is no charge (heldout384)
        ("Η κατηγορία των προϊόντων κυτταρικής θεραπείας", "regulation:enforcement"),
        # an appeal for a transplant, a charity's drive for research or donors, a company's
        # round: no appeal for a treatment sold (heldout386)
        ("Family raises money for daughter's bone marrow transplant", "hype:clinic"),
        ("Charity raises funds for stem cell research at the university", "hype:clinic"),
        ("Campaña solidaria de donación de médula ósea en Sevilla", "hype:clinic"),
        ("La fundación recauda fondos para la investigación con células madre", "hype:clinic"),
        # cells behaving young are no Act (heldout387)
        ("Making Old Stem Cells Act Young Again", "regulation:law"),
        # English labour is no German lab (heldout388)
        ("Labor unions back the stem cell research bill", "research:lab"),
        # a clinic's treatment paid out of pocket is no reimbursement decision (heldout389)
        ("Injection de cellules souches non remboursée par la sécurité sociale", "regulation:guidance"),
        ("Le traitement par cellules souches n'est pas remboursé", "regulation:guidance"),
        # hope for treating the incurable is no claim of curing it (heldout392)
        ("Komórki macierzyste mogą pomóc w leczeniu nieuleczalnych chorób", "hype:unproven"),
        # an all-purpose key is no pluripotent cell (heldout393)
        ("만능 열쇠는 없다: 바이오 투자 전략", "rel:pluripotent"),
        # Swedish "genom" (through) is no genome (heldout394)
        ("Behandlingen sker genom stamcellstransplantation", "research:science"),
        # Hebrew researchers begin with the word for law; an Urdu claim made is no suit
        # (heldout395)
        ("הצליחו חוקרים מישראל ליצור קוצב לב", "regulation:law"),
        ("سائنسدانوں نے نیا طریقہ دریافت کرنے کا دعویٰ کیا ہے", "regulation:enforcement"),
        # Scandinavian music and museums are no mice (heldout396)
        ("Stamcellsgala med musik på museet", "research:lab"),
        # a doctor who arrived, a charity campaign, a single share's other sense (heldout397)
        ("Врач прибыл в клинику стволовых клеток", "business:market"),
        ("Благотворительная акция в поддержку доноров костного мозга", "business:market"),
        # a bank's pitch of storage as an investment in health; the cord cut at birth
        # (heldout398)
        ("يعد تخزين الخلايا الجذعية استثماراً في صحة أطفالك", "business:funding"),
        ("قطع الحبل السري بعد الولادة مباشرة", "rel:hematopoietic"),
        # a bank belonging to the health ministry is no regulator's act (heldout398)
        ("أول بنك لحفظ الخلايا الجذعية يتبع وزارة الصحة والسكان", "regulation:agency"),
        # a clinic's price page is hype's, not a company's business (heldout399)
        ("Harga terapi stem cell di Jakarta dengan harga terjangkau", "business:market"),
        # a clinic's price list is hype's, not a product's price (heldout389)
        ("Terapia de células madre para la rodilla: precios y resultados", "business:market"),
        # cells that die in a dish, leaving hospital, moderate, a mortgage, efforts despite
        # which a patient died, an attempt to (heldout400)
        ("Las células madre mueren en el laboratorio sin este factor", "safety:harm"),
        ("As células-tronco morrem sem oxigênio", "safety:harm"),
        ("Pasien boleh meninggalkan rumah sakit setelah terapi sel punca", "safety:harm"),
        ("Умеренный рост рынка стволовых клеток", "safety:harm"),
        ("Stem cell company takes out a mortgage on its mortal plant", "safety:harm"),
        ("trots intensiva försök gick det inte att åtgärda", "trials:trial"),
        ("ett försök att förklara stamcellernas roll", "trials:trial"),
        # mortality cut, and cells taken after a person's death, are no harm (heldout401)
        ("smrtnost reducirana oko 70 posto", "safety:harm"),
        ("Matične stanice je moguće prikupiti i nakon smrti", "safety:harm"),
        # a room is no chamber of parliament (heldout402)
        ("De patiënt kreeg een eigen kamer in de stamcelkliniek", "regulation:law"),
        # a logistics firm's ProTrans, light's emission, a library loan (heldout404)
        ("ProTrans Logistics adds trucks to its fleet", "rel:brand"),
        ("The emission of light from stem cells labelled with luciferase", "business:funding"),
        ("Stamcellerna lånade hon på biblioteket", "business:funding"),
        # Italian "cure" is treatments, a life senator's title no law (heldout405)
        ("la cell factory di cure staminali contro i tumori", "hype:unproven"),
        ("Le cure palliative per i pazienti trapiantati", "hype:unproven"),
        ("la senatrice a vita Elena Cattaneo difende la ricerca sulle staminali", "regulation:law"),
        # millions of people, patients or cells are no money (heldout403)
        ("To millioner nordmenn har fått stamcelletransplantasjon", "business:market"),
        ("Benmärgen bildar flera miljoner celler varje sekund", "business:market"),
        ("Det er millioner af celler i en dosis", "business:market"),
        # a trial recruiting patients hires no one, a lab's staff do no research, a clinic
        # abroad is no company's office (heldout409, heldout408)
        ("The trial completed its recruitment of patients in March", "business:market"),
        ("Lab and technical staff were hired after the audit", "research:lab"),
        ("Patients paid for stem cell injections at a clinic abroad", "business:market"),
        # a seller's invitation to discover is no discovery; an advanced therapy is no late
        # trial (heldout411)
        ("Descubra como funciona a nossa clínica de células-tronco", "research:science"),
        ("Découvrez nos traitements par cellules souches", "research:science"),
        ("Scopri di più sulle cellule staminali", "research:science"),
        ("Terapias avançadas com células-tronco", "trials:phase"),
        # a foreign doctor or patient is no foreign capital, a tumour's growth rate no
        # industry's, a clinic that stays in business no closure (heldout420)
        ("Foreign patients travel for stem cell injections", "business:market"),
        ("The tumour growth rate of 20 % per month slowed", "business:market"),
        ("Die ausländischen Patienten zahlen für Stammzellen", "business:market"),
        ("China's stem cell-related industry shows healthy growth", "safety:harm"),
        # an organ's failure a treatment is for, or its patients, is no harm (heldout428)
        ("Can stem cell infusions treat kidney failure?", "safety:harm"),
        ("Every kidney failure patient should ask about the cost", "safety:harm"),
        # egg whites grown for food, an egg matured in the lab, eggs collected from a donor
        # are no gametes made from stem cells (heldout427)
        ("A startup sells lab-grown egg whites to bakeries", "rel:pluripotent"),
        ("The first baby born from an egg matured in the lab", "rel:pluripotent"),
        ("Doctors collected eggs from the donor before IVF", "rel:pluripotent"),
        # a power station or a hospital named Plant is no factory (heldout424, heldout426)
        ("Workers at a nuclear plant could bank their blood stem cells", "business:manufacturing"),
        ("Victims of a nuclear power plant accident received marrow", "business:manufacturing"),
        ("The trial enrolled its first patient at Morton Plant Hospital", "business:manufacturing"),
        # a hyperbaric chamber is no hype, a drug shown safe in a trial no seller's promise
        # (heldout425)
        ("Patients moved from the hyperbaric chamber to the ward", "hype:pitch"),
        ("The infusion was shown to be safe and well tolerated", "hype:pitch"),
        # clinics "on trial" are in the dock or the news, not in a study; curbing a symptom
        # is no crackdown (heldout421)
        ("Stem cell clinics on trial", "trials:trial"),
        ("The clinic's owner stood trial for fraud", "trials:trial"),
        ("MSCs curbing inflammation in mice", "regulation:call"),
        # a first prescription or sale is the market's, a first patient treated a trial's
        ("The first patient received the first dose of the cell therapy", "business:market"),
        # saving money is no pitch unless the cord is what is saved (heldout419)
        ("Ibu-ibu kini menabung emas dan saham", "hype:pitch"),
        # donating the cord is no pitch, wounds healing no cure claim (heldout414)
        ("È importante donare il cordone ombelicale", "hype:pitch"),
        ("Die Wunden heilen mit Stammzellen schneller", "hype:unproven"),
        # a donor appeal's life saved is no pitch, a trade's growth no harm (heldout413)
        ("Un trasplante de médula podría salvarle la vida a Pablo", "hype:pitch"),
        ("A matching donor could save his life", "hype:pitch"),
        ("Friends, parents contribute to growth of cord blood banking", "safety:harm"),
        ("The Once-In-A-Lifetime Thrill Of Opening For A Rock Band", "hype:pitch"),
        # plant stem cells stay a false friend when hyphenated (heldout412)
        ("Des cellules-souches végétales dans une crème anti-âge", "rel:stem_cell"),
        # seconds, a filing with the SEC, a heart's muscle, a resale and a cancer's verdict
        # are no enforcement; false data that lifted a share price is no seller's claim
        # (heldout430)
        ("The company's annual report was filed with the SEC in March", "regulation:agency"),
        ("Hold the pose for 30 sec before the injection", "regulation:agency"),
        ("줄기세포로 1심근경색 환자를 치료", "regulation:enforcement"),
        ("줄기세포 화장품 재판매 업체", "regulation:enforcement"),
        ("허위정보를 이용해 주가를 조작한 혐의", "hype:unproven"),
        ("허위 공시로 투자자를 속인 혐의", "hype:unproven"),
        # chips imitating neurons in silicon, or neurons kept in a dish for a drug study,
        # are no cells grown from stem cells (heldout431)
        ("Neuromorphic chips with artificial neurons save power", "rel:pluripotent"),
        ("Processors using spiking neurons run on milliwatts", "rel:pluripotent"),
        ("The drug kept rat neurons in vitro alive for a week", "rel:pluripotent"),
        # gene-edited "designer babies", a kidney donor for a sister, a brother saved from a
        # fire are no saviour siblings (heldout432)
        ("The designer babies scientist was jailed in Shenzhen", "rel:hematopoietic"),
        ("She was selected as a kidney donor to save her sister", "rel:hematopoietic"),
        ("A firefighter saved the baby brother of a neighbour", "rel:hematopoietic"),
        # a Chinese "star" product or company is no celebrity (heldout434)
        ("这是公司的明星产品", "hype:unproven"),
        ("干细胞明星企业获得融资", "hype:unproven"),
        # cells produced from iPS cells and a plant producing their derived cells are no lab
        # making stem cells, a clinic that endangered patients no species to save, an
        # endangered species no harm done, an investigator-initiated trial's investigator no
        # research group (heldout436)
        ("Researchers produced platelets from induced pluripotent stem cells", "research:science"),
        ("A plant to produce induced pluripotent stem cell-derived heart cells", "research:science"),
        ("The clinic endangered patients with untested infusions", "research:lab"),
        ("Stem cells of endangered species are banked in San Diego", "safety:harm"),
        ("研究者发起的临床研究获得批准", "research:people"),
        ("研究者主導治験で患者に投与した", "research:people"),
        ("研究者發起的臨床研究獲得批准", "research:people"),  # traditional characters, folded
        # science's promise, which a film weighs, and a film's famous voice are no seller's
        # promise and no celebrity's treatment (heldout439)
        ("The film weighs the promise of new discoveries against modern science", "hype:unproven"),
        ("the promise and perils of stem cell research", "hype:unproven"),
        ("the film's celebrity commentator, a novelist, opens it", "hype:unproven"),
        # a cure doctors report, counted among the world's few or declared, is no seller's
        # claim (heldout440)
        ("Third person cured of HIV after a marrow transplant for leukaemia", "hype:unproven"),
        ("Ärzte haben einen dritten Patienten von HIV geheilt", "hype:unproven"),
        ("Der Patient gilt nach fünf Jahren als geheilt", "hype:unproven"),
        ("Doctors declared him cured two years after the transplant", "hype:unproven"),
        # a cure a study might one day lead to, and a goal of curing, claim none (heldout461)
        ("New Fetal Transplant Study Could Lead to Cures for Alpha Thalassemia Major",
         "hype:unproven"),
        ("with the goal of curing the fetus before birth", "hype:unproven"),
        # the brainstem in one word, or two words before no "cells", stays a false friend;
        # religious scholars are no scientists, a factory is no lab (heldout441)
        ("Brainstem cells fire as the mouse breathes in", "rel:stem_cell"),
        ("A brain stem stroke left him unable to speak", "rel:stem_cell"),
        ("أصدرت هيئة كبار العلماء فتوى بشأن الخلايا الجذعية", "research:people"),
        ("قال علماء الدين إن استخدام الأجنة محرم", "research:people"),
        ("بفضل جهود علماءنا صنعنا أجهزة حفظ دم الحبل السري", "research:people"),
        ("افتتح معمل أدوية جديد في حلب", "research:lab"),
        ("يعمل مهندسا في معمل أدوية في حلب", "research:lab"),
        # research's promise in German is no seller's; a clinic's promise still reads (cue
        # rows above); test-tube babies are IVF's, not a lab's (heldout442)
        ("Neuste Forschungen versprechen Bahnbrechendes", "hype:unproven"),
        ("Neue Studien versprechen Fortschritte bei Stammzellen", "hype:unproven"),
        ("La prima dei bambini in provetta compie quarant'anni", "research:lab"),
        ("Il centro di fecondazione in provetta apre a Milano", "research:lab"),
        # a study's finding about an oxygen chamber, and a chamber with no stem cells, are
        # no pitch (heldout446)
        ("Hyperbaric oxygen was found to increase circulating stem cells eightfold", "hype:own_cells"),
        ("Hyperbaric oxygen sessions sold as age reversal lengthen telomeres", "hype:own_cells"),
        ("Hyperbaric oxygen increases the survival of transplanted stem cells in rats", "hype:own_cells"),
        # feedback on a talk, an update on a trial and the time after a transplant are no
        # testimonial (heldout457)
        ("more realistic feedback on their performance might be helpful", "hype:clinic"),
        ("myeloma patients post stem cell transplantation", "hype:clinic"),
        ("Before stem cell therapy, in 2019, the trial enrolled 40 patients", "hype:clinic"),
        ("Stem Cell Therapy for Scleroderma: A Patient Story", "trials:patients"),
        # Palm Beach State College is PBSC too; a transfer of know-how is no allergy's
        # (heldout458)
        ("PBSC opens a nursing campus in Palm Beach", "rel:hematopoietic"),
        ("technology transfer of knowledge on allergy testing", "safety:harm"),
        # a regulator's potency or release assay, and a diagnostic one, are no lab work
        # (heldout464)
        ("after years of back-and-forth over potency assays", "research:lab"),
        ("the cord blood unit failed its release assay", "research:lab"),
        ("a diagnostic assay for marrow failure", "research:lab"),
        # an approval withdrawn, or gums drawn back, are no paper retracted (heldout473)
        ("The agency retracted its approval of the stem cell product", "research:science"),
        ("gum retraction after a dental stem cell graft", "research:science"),
        # a makeover of anything but the body with stem cells sells nothing (heldout472)
        ("a makeover of the stem cell rules", "hype:anti_aging"),
        ("the agency's regulatory makeover for cell therapies", "hype:anti_aging"),
        # people up in arms, and an arms race, are no trial's arms (heldout468)
        ("people are up in arms over cord blood banking", "trials:dosing"),
        ("a global arms race in stem cell research", "trials:dosing"),
        # a rating out of five stars is no count of patients (heldout467)
        ("4.0 out of 5 stars -- a fast-paced medical thriller", "trials:cohort"),
        ("Our clinic is rated 4.9 out of 5 stars by our patients", "trials:cohort"),
        # the statute's listed "cure" is no cure claim (heldout465)
        ("the costs of diagnosis, cure, mitigation, treatment, or prevention of disease",
         "hype:unproven"),
        # guilt without a plea or a verdict is no court's (heldout454)
        ("a podcast of guilty pleasures", "regulation:enforcement"),
        # English compounds after a hyphen still name no stem cells (heldout453 let German
        # and Dutch ones through)
        ("non-stem cell populations of the marrow", "rel:stem_cell"),
        ("the anti-stem cell research lobby", "rel:stem_cell"),
        # a cell's or a disease's late stage is no trial's (heldout450)
        ("Mild hypothermia enhances gene expression in late-stage neural precursors", "trials:phase"),
        ("stem cell transplants for late-stage cancer", "trials:phase"),
        ("patients with late-stage kidney disease", "trials:phase"),
        # the adjective is no penalty: fine particles, dust, tuning (heldout449)
        ("Fine particulate matter harms the marrow's stem cells", "regulation:enforcement"),
        ("exposure to fine PM2.5 and fine dust in Seoul", "regulation:enforcement"),
        ("A fine-tuning of the differentiation protocol", "regulation:enforcement"),
        # a debate's mood is no charge (heldout433)
        ("Ministers met on the highly charged issue of embryo research", "regulation:enforcement"),
        ("An emotionally charged hearing on stem cell funding", "regulation:enforcement"),
        # a poll's share of the public is no trial's cohort (heldout475)
        ("Seventy two percent of adults polled agree", "trials:cohort"),
        ("Seven out of 10 people in Britain support the use of embryos", "trials:cohort"),
        ("Six out of ten women surveyed want the cord blood stored", "trials:cohort"),
        # advocating for patients is no call for a law; funding research or a trial no
        # appeal for a treatment (heldout476)
        ("She spent years advocating for patients with MS", "regulation:call"),
        ("Donors help fund stem cell research at the university", "hype:clinic"),
        ("Stem cell treatments are not yet approved in the U.S.", "regulation:approval"),
        # the brainstem's medulla, a blood donation: no marrow (heldout478)
        ("a lesion of the medulla oblongata", "rel:hematopoietic"),
        ("Vine a donar sang aquest dissabte", "rel:hematopoietic"),
        # investors selling a company's shares sell no treatment (heldout477)
        ("Investors have been selling the company's shares this morning", "hype:unproven"),
        ("The founder sold his stake in the stem cell company", "hype:unproven"),
        # a French sheet is no Pakistani regulator
        ("Un drap de lit en coton bio", "regulation:agency"),
        # a university's senate is no legislature; a hazard ratio no bill (heldout475)
        ("The Academic Senate debated the stem cell institute", "regulation:law"),
        ("overall survival improved (HR 0.65)", "regulation:law"),
        # a ministry's spokesman as a story's source is no regulator acting (heldout408)
        (
            "Iran is developing a stem cell method, according to a health ministry spokesman",
            "regulation:agency",
        ),
        # a human embryo (人类胚胎) holds the letters of an embryo-like one (类胚胎), which the
        # embryo models' Chinese words leave out (heldout519)
        ("人类胚胎基因编辑引发争议", "rel:organoid"),
    ],
)
def test_a_word_inside_another_is_not_its_cue(text, group):
    assert group not in extract(text, "").names


@pytest.mark.parametrize("why,text,group,phrase", LEXICON_CUES)
def test_a_lexicon_group_reads_its_phrase(why, text, group, phrase):
    assert phrase in extract(text, "").phrases.get(group, []), why


def test_arabic_letters_in_persian_text_match_the_lexicon_but_stay_in_the_words():
    # "كارخانه" (Arabic kaf) is the lexicon's "کارخانه"; the model's word keeps the kaf typed
    typed, persian = extract("كارخانه", ""), extract("کارخانه", "")
    assert typed.phrases == {"business:manufacturing": ["كارخانه"]}
    assert persian.phrases == {"business:manufacturing": ["کارخانه"]}
    assert "w:كارخانه" in typed.names and "w:کارخانه" not in typed.names


def test_a_bone_marrow_aspirate_drawn_to_diagnose_is_not_the_clinics_concentrate():
    # heldout527: the concentrate clinics inject is read, the aspirate a haematologist draws is not
    drawn = extract("Bone marrow aspiration and biopsy", "A sample of bone marrow aspirate is examined.")
    assert "rel:hematopoietic" not in drawn.names
    injected = extract("Bone marrow aspirate concentrate injections for knee pain", "")
    assert injected.phrases["rel:hematopoietic"] == ["Bone marrow aspirate concentrate"]


def test_full_width_latin_is_read_as_ascii_with_its_offsets_kept():
    # heldout529: Japanese papers print "ｉＰＳ細胞"; the headline mark still falls on the
    # headline's phrase, so the folding kept every character where it was
    wide = extract("ｉＰＳ細胞で心臓病治療", "ＥＳ細胞から肝臓の細胞")
    assert wide.phrases["rel:pluripotent"] == ["iPS", "iPS細胞", "ES細胞"]
    assert "t:rel:pluripotent" in wide.names
    assert extract("ＭＳＣ治療", "").phrases["rel:msc"] == ["MSC"]
    # heldout691: a non-breaking hyphen inside a name reads as a hyphen
    nb = extract("Lyell launches head-to-head CAR\u2011T trial", "against marketed cell therapies")
    assert "rel:cell_therapy" not in nb.names and "no_anchor" in nb.names


# Look-alikes of a cue that the cue's pattern must leave alone: (why, text, group).
LOOKALIKES = [
    # heldout530: a "parche viviente" is heart muscle only beside the heart; a skin patch is not
    ("heldout530", "Un parche viviente para heridas de la piel", "rel:progenitor"),
    # heldout532 reads the German donor search's typing; a type system's typing is another
    ("heldout532", "Statische Typisierung in TypeScript", "rel:hematopoietic"),
    ("heldout532", "Funktionen lassen sich stark typisieren", "rel:hematopoietic"),
    # heldout533 reads Korean marrow donation; a die-hard fan is 골수 팬
    ("heldout533", "30년 골수 팬이 본 우승", "rel:hematopoietic"),
    # heldout534 reads Greek marrow donors; a blood donor is not one
    ("heldout534", "Εθελοντές δότες αίματος στο νοσοκομείο", "rel:hematopoietic"),
    # heldout535 reads the marrow bank; myeloma and a marrow test are not donation
    ("heldout535", "多発性骨髄腫の新薬", "rel:hematopoietic"),
    ("heldout535", "骨髄検査で白血病と診断", "rel:hematopoietic"),
    # heldout537 reads "stamina cells"; an athlete's stamina is not
    ("heldout537", "Marathon runners build stamina over months", "rel:brand"),
    # heldout538 reads partial reprogramming; the epigenetic reprogramming of a tumour is not
    ("heldout538", "Epigenetic reprogramming drives tumour growth", "rel:reprogramming"),
    # heldout540 reads the 2012 laureates named together; either name alone is not read
    ("heldout540", "The Gurdon Institute opens a new wing", "rel:pluripotent"),
    ("heldout540", "Yamanaka says Japan should test more for the virus", "rel:pluripotent"),
    # heldout514 and after read a gene therapy's cure told of patients; a cure in mice, hope
    # alone, and a clinic's stem cell cure are not
    ("heldout516", "Gene therapy cures deafness in mice", "trials:cured"),
    ("heldout516", "FDA-approved gene therapies bring hope for sickle cell patients", "trials:cured"),
    ("heldout516", "Stem cell therapy cures everything, the clinic claims", "trials:cured"),
    # heldout542: a company's own supervisory board or shareholders approving is not a regulator
    ("heldout542", "has signed a merger agreement with the approval of the Supervisory Board",
     "regulation:approval"),
    ("heldout542", "the deal needs approval from shareholders at a general meeting", "regulation:approval"),
    # heldout544 reads transfusions no longer needed; a shortage of blood for them is not that
    ("heldout544", "Hospitals warn they may run out of blood for transfusions", "trials:cured"),
    ("heldout546", "사과 3상자를 샀다", "trials:phase"),
    ("heldout546", "2023상반기 실적", "trials:phase"),
    ("heldout548", "The company markets the first approved stem cell product", "hype:offer"),
    ("heldout548", "Distributors of cord blood units were unapproved as donors", "hype:offer"),
    ("heldout552", "Battery makers cut costs for NMC cells and NMC-811 cathodes", "regulation:agency"),
    ("heldout552", "NMC Health shares suspended after the hospital group's debts surfaced", "regulation:agency"),
    ("heldout556", "Kmenové buňky z pupečníkové krve zachránily dítě", "ff"),
    ("heldout558", "FDA allowed use of the stem cell product in children", "hype:offer"),
    ("heldout558", "Florida Allows Use of Unapproved Stem Cell Therapies", "regulation:approval"),
    ("heldout563", "Stamina, I found, comes from sleep and steady training", "rel:brand"),
    ("heldout563", "Stamina: how to build it for a marathon", "rel:brand"),
    ("heldout564", "El paciente apuesta por un tratamiento nuevo", "regulation:approval"),
    ("sweep", "El hallazgo allana el camino a terapias con células madre", "regulation:enforcement"),
    # heldout568: a blood cancer's stem cell therapy, and leukaemia's cell therapy (expanded
    # cord blood can be one), are not CAR-T
    ("heldout568", "Myeloma stem cell therapy: the autologous transplant explained", "neg:car_t"),
    ("heldout568", "Expanded cord blood leukemia cell therapy wins designation", "neg:car_t"),
    # heldout569: a cancer stem cell is no cancer's cell therapy
    ("heldout569", "A cancer stem cell therapy target is found in mice", "neg:car_t"),
    # heldout571: a finding lost in translation is no money lost, and stroke patients or
    # animals are a study's subjects, no stroke a treatment caused
    ("heldout571", "may be due to a loss in translation of laboratory protocols", "business:market"),
    ("heldout571", "two trials found the cells safe but not effective in stroke patients", "safety:harm"),
    ("heldout571", "safety and efficacy of stem cells in stroke animals", "safety:harm"),
    # heldout576: an animal trial is no human trial, a company's owners' approval no
    # regulator's, the body's heat-making no firm's name, a cell study no trial's design
    ("heldout576", "They are currently in animal trials.", "trials:trial"),
    ("heldout576", "seeking shareholder approval of its planned cashless merger", "regulation:submission"),
    ("heldout576", "seeking shareholder approval of its planned cashless merger", "regulation:approval"),
    ("heldout576", "a date for the shareholders' meeting to approve the proposal", "regulation:approval"),
    ("heldout576", "the latter's shareholders approved critical terms of the deal", "regulation:approval"),
    ("heldout576", "stockholders approve the merger at a special meeting", "regulation:approval"),
    ("heldout576", "brown fat drives thermogenesis in mice", "rel:brand"),
    ("heldout576", "a study of stem cells in culture", "trials:design"),
    # heldout577: a clinical journal's trial paper is the trial's, and paper is not a paper
    ("heldout577", "Results of the stem cell trial were published in The Lancet", "research:paper"),
    ("heldout577", "patients sign paper consent forms at the clinic", "research:paper"),
    # heldout578: an offering's proceeds are business's only where they go to a trial; a
    # trial's own news names no proceeds
    ("heldout578", "The proceeds will advance the company's current Phase 2 trial", "trials:phase"),
    ("heldout578", "the company will advance its Phase 2 trial to a second cohort", "business:funding"),
    # heldout579: a page count is no cohort, an investor's promising companies no claim
    ("heldout579", "Page 2 of 2 Moving on, let's look at Cesca Therapeutics", "trials:cohort"),
    ("heldout579", "Part 3 of 4: the stem cell series goes on", "trials:cohort"),
    ("heldout579", "Two Promising CLI Companies And Their Near Term Milestones", "hype:unproven"),
    ("heldout579", "three promising stem cell stocks to watch", "hype:unproven"),
    # heldout580: an organisation's arm, a search engine's results, the stem cell agency's
    # later name and its board's name are no trial's and no regulator's
    ("heldout580", "The propaganda arm of the anti-stem cell movement", "trials:dosing"),
    ("heldout580", "the drugmaker's venture capital arm led the round", "trials:dosing"),
    ("heldout580", "it gets prominent places in search results", "trials:results"),
    ("heldout580", "the election results on the stem cell bond measure", "trials:results"),
    ("heldout580", "Kevin Xu joins governing board of California's Stem Cell & Gene Therapy Agency", "regulation:agency"),
    ("heldout580", "appointed to its Independent Citizens' Oversight Committee", "regulation:guidance"),
    # heldout592: cells that age, in a finite verb, are biology, as English "cells age" is
    ("heldout592", "A medida que algunas células envejecen o mueren", "hype:anti_aging"),
    ("heldout592", "quando as células envelhecem, perdem a função", "hype:anti_aging"),
    # a court's trial and one's own standard, in the plural too
    ("heldout421", "Two clinic owners will stand trials in May", "trials:trial"),
    ("heldout583", "the cells did not meet our standards", "regulation:guidance"),
    ("heldout583", "by my standards the study is small", "regulation:guidance"),
    # heldout592: trials that may one day show something are a hope, not trial news
    ("heldout592", "If clinical trials show the cells are safe, billions could be made", "trials:trial"),
    ("heldout592", "if future human trials prove as successful", "trials:trial"),
    ("heldout592", "Se gli studi clinici dimostreranno che le cellule sono sicure", "trials:trial"),
    ("heldout592", "si los ensayos clínicos demuestran su eficacia", "trials:trial"),
    # heldout601: the amniotic membrane's own stem cells are named as such
    ("heldout601", "human amniotic membrane mesenchymal stem cells", "neg:other_cells"),
    ("heldout601", "amniotic membrane-derived stem cells heal the cornea", "neg:other_cells"),
    # heldout605: a cancer treated with stem cell therapy names its stem cells
    ("heldout605", "treating cancer with stem cell therapy", "neg:car_t"),
    ("heldout605", "tumors with mesenchymal stem cell therapy", "neg:car_t"),
    # heldout608 reads "AdComm"; an advertising team's "ad comms" is no committee
    ("heldout608", "Our ad comms team planned the stem cell clinic's campaign", "regulation:rejection"),
    # heldout593, heldout613: a field's promise, which a blog or a tag page cheers, is no
    # seller's
    ("heldout593", "The study of stem cells has produced more enthusiasm and promise than any other discovery", "hype:unproven"),
    ("heldout613", "Stem cells are terribly exciting.  They promise tremendous benifits in one area after another.", "hype:unproven"),  # sic
    # heldout619: the EU's research budget is no legal framework
    ("heldout619", "European research projects involving stem cells in the 6th Framework Programme", "regulation:law"),
    ("heldout619", "Five major EU Framework 6 and 7 stem cell projects", "regulation:law"),
    # heldout622: a government's money to a company, a tax refund among it, is no law
    ("heldout622", "Stem cell firm gets $5 million from Australian Government for pipeline work", "regulation:law"),
    ("heldout622", "a refund under the Australian Government's R&D tax incentive", "regulation:law"),
    ("heldout622", "further reimbursement of funds spent on development", "regulation:guidance"),
    # heldout611, heldout614: an approval told as the background of other news
    ("heldout611", "CRISPR Therapeutics' CMO resigns 6 days after Casgevy's FDA approval", "regulation:approval"),
    ("heldout611", "Just six days after the biotech secured a landmark FDA approval, its medical chief resigned", "regulation:agency"),
    ("heldout614", "No patients have received the companies' recently approved sickle cell gene therapy", "regulation:approval"),
    ("heldout614", "Sales of the newly approved cell therapy lag", "regulation:approval"),
    # heldout626: stem cells injected into eyes or a spine are harms' stories, and a trial's
    # injections into knees its design (dropped beside the phase), not a patient's own joint
    ("heldout626", "Three women blinded after stem cell injections into their eyes", "hype:service"),
    ("heldout626", "Review links stem cell injections into the spine to paralysis", "hype:service"),
    ("heldout626", "Phase 2 trial gives stem cell injections in their knees", "hype:service"),
    # heldout627: the cytochromes join letters and digits with no hyphen
    ("heldout627", "The drug is a strong CYP3A4 inhibitor and raises CYP2D6 levels", "rel:brand"),
    ("heldout627", "Patients in REM sleep were woken", "rel:brand"),
    # heldout639: a building's or a plan's phase spelt out is no trial's
    ("heldout639", "Phase two of the new stem cell institute building opens in March", "trials:phase"),
    # heldout641: tested in animals is no trial
    ("heldout641", "The iPS cell-derived cells were tested in mice and rats", "trials:trial"),
    # heldout642: a blood count's Hct and an outcome compared among no patients
    ("heldout642", "Hct 42% and platelets normal before the HCT was considered", "rel:hematopoietic"),
    ("heldout642", "The agency compared the outcomes of two funding policies", "trials:lookback"),
    # heldout643: a kidney's maintenance immunosuppression after its transplant
    ("heldout643", "Kidney recipients stay on post-transplant maintenance immunosuppression", "rel:hematopoietic"),
    # heldout644: a kidney from a haploidentical living donor
    ("heldout644", "HLA-haploidentical kidney transplant from a living donor", "rel:hematopoietic"),
    # heldout645: a transplant journal's name in a citation is no transplant
    ("heldout645", "Hahn TE, et al., Bio Blood Marrow Transplant – MRD-negative status is prognostic in myeloma",
     "rel:hematopoietic"),
    ("heldout645", "published in Biology of Blood and Marrow Transplantation, the study of myeloma", "rel:hematopoietic"),
    # heldout646 (the retrained model read the corpus's next row as regulation on it): a
    # trial's usual treatment is no rule's standard
    ("corpus", "adding stromal cells to standard prophylaxis lowers the rate of acute GVHD", "regulation:guidance"),
    ("corpus", "patients whose kidney disease did not respond to standard drugs", "regulation:guidance"),
    # and GVHD named without its course is a risk donor cells carry, no transplant
    ("heldout646", "patients might be susceptible to graft-versus-host disease", "rel:hematopoietic"),
    # heldout638: the research record's own inquiry is no warning against a treatment
    ("heldout638", "Investigation finds “accidental mistakes” in PNAS stem cell paper, Retraction Watch learns",
     "hype:warning"),
    ("heldout638", "Stem cell researchers sue Harvard over an investigation into their work", "hype:warning"),
    ("heldout638", "The award went to Sue Harvard, a nurse", "regulation:enforcement"),
    ("heldout638", "This is Sue and she donated her marrow", "regulation:enforcement"),
    ("heldout638", "Researchers sued Harvard, claiming faulty investigation; a paper was retracted", "hype:unproven"),
    # heldout650: a meeting's venue is no legislature
    ("heldout650", "The meeting will take place at the Congress Center Hamburg (CCH)", "regulation:law"),
    ("heldout650", "Stem cell congress opens at the Congress Center Hamburg", "regulation:law"),
    ("heldout650", "the regenerative medicine congress in Madrid", "regulation:law"),
    # heldout651: a chimeric antigen receptor and a company named Chimeric are no embryos
    ("heldout651", "Chimeric Therapeutics enrols first patient in its CAR-T trial", "rel:pluripotent"),
    ("heldout651", "engineered chimeric antigen receptor natural killer cells", "rel:pluripotent"),
    # heldout645: survival in a lab's animals, and a disease's background, are no endpoint
    ("heldout645", "treated mice showed higher survival rates in the transplanted group", "trials:lookback"),
    ("heldout645", "Survival rates in patients with glioblastoma remain low, so the lab grew stem cells",
     "trials:lookback"),
    # heldout659: a market's or a company's improvement is no patients'
    ("heldout659", "Shares rose 5 percent after the company reported improvement in margins",
     "trials:lookback"),
    ("heldout659", "Sales grew 12 percent and margins showed improvement", "trials:lookback"),
    # heldout662: a teaching pack or a book in print is no treatment on offer
    ("heldout662", "Schools pack now available in print", "hype:offer"),
    ("heldout662", "Our stem cell book is now available in paperback", "hype:offer"),
    # heldout663: a company's or a study's strategy is no government's
    ("heldout663", "The company's growth strategy for UK markets", "regulation:law"),
    ("heldout663", "Our strategy for the UK launch of the product", "regulation:law"),
    # heldout665: an institution named for the study of ageing makes no anti-ageing claim
    ("heldout665", "Dr. Francesco Neri from the Leibniz Institute on Aging in Jena", "hype:anti_aging"),
    ("heldout665", "scientists at the Buck Institute for Research on Aging grew stem cells", "hype:anti_aging"),
    # heldout667: a gene's or a cell's regulation is biology, no rule
    ("heldout667", "advanced our understanding of gene regulation and cellular reprogramming",
     "regulation:guidance"),
    ("heldout667", "A protein that regulates stem cell self-renewal in the niche", "regulation:guidance"),
    ("heldout667", "the epigenetic regulation of gene expression in stem cells", "regulation:guidance"),
    # heldout669: a transporter's name and a kidney's living donor are no blood stem cell transplant
    ("heldout669", "ASCT2 transports glutamine into tumour cells", "rel:hematopoietic"),
    ("heldout669", "outcomes of living matched unrelated donor transplants of the kidney", "rel:hematopoietic"),
    # heldout668: a trial's promising endpoint is no promise; heldout669: a competing-risks model
    ("heldout668", "It reports promising progression-free survival in this high-risk category",
     "hype:unproven"),
    ("heldout668", "promising complete response rates after transplant", "hype:unproven"),
    ("heldout669", "with adjusted Fine-Gray SHR signaling benefit", "regulation:enforcement"),
    # heldout672: the crowd an event draws, the attendees of an online seminar
    ("heldout672", "The conference drew more than 2,000 participants in 58 countries", "trials:dosing"),
    ("heldout672", "Participants in group eCasts are eligible to earn credit", "trials:dosing"),
    # heldout658: a lab's promising data from mice is no promise
    ("heldout658", "Calidi Presents Promising Pre-Clinical Data from SuperNova-1", "hype:unproven"),
    ("heldout658", "promising preclinical results in mice", "hype:unproven"),
    # heldout682: a police career is no enforcement
    ("heldout682", "Michael Butler, a retired police officer who lives with MS", "regulation:enforcement"),
    ("heldout682", "a serving officer in the New South Wales police force", "regulation:enforcement"),
    # heldout685: a lab's plan to test cells in animals is no trial
    ("heldout685", "The team plans to test the stem cells in mice with lung injury", "trials:dosing"),
    # heldout687: a securities filing is no product's registration
    ("heldout687", "Aastrom filed a $75 million mixed shelf registration Friday", "regulation:approval"),
    ("heldout687", "The company filed a registration statement for its IPO", "regulation:approval"),
    # heldout688: the market's sessions are no cohort, an analyst's rating no sale
    ("heldout688", "US equities closed lower, 7 of 8 sessions in the red", "trials:cohort"),
    ("heldout688", "Companies in my headlights: SELL – AST, BSTG, CLLS and STML", "hype:unproven"),
    ("heldout688", "The analyst kept a sell rating on the stem cell company", "hype:unproven"),
    # heldout692: a treatment that extends patients' lives is no longevity promise
    ("heldout692", "The stem cell transplant could extend the lives of patients with myeloma", "hype:anti_aging"),
    # heldout695: a survey's respondents are no trial's
    ("heldout695", "Parents took part in a study on cord blood banking choices", "trials:dosing"),
    # heldout698: a health plan's policy titled like a seller's page sells nothing; a payer's
    # "experimental and investigational" runs no trial
    ("heldout698", "Stem Cell Therapy for Orthopedic Indications. Medical Policy: 08.01.22.", "hype:offer"),
    ("heldout698", "Aetna considers stem cell therapy for spinal fusion experimental and investigational",
     "trials:trial"),
    # heldout699: a researcher's post in an institute for regenerative medicine is no subject
    ("heldout699", "Ed Morrisey, scientific director of the Institute for Regenerative Medicine, found lung RNAs",
     "rel:regenerative"),
    ("heldout699", "said a professor at the Mayo Clinic Center for Regenerative Medicine", "rel:regenerative"),
    # heldout703: a clinic's injections into joints are no study; a company's own funding no rule
    ("heldout703", "Stem cells were injected into patients' knees at the clinic", "trials:dosing"),
    ("heldout703", "The company halts funding for its stem cell program", "regulation:law"),
    # heldout705: the results a practice promises are no trial's
    ("heldout705", "if you want those results to last and never need another procedure", "trials:results"),
    ("heldout705", "Real results from our stem cell injections", "trials:results"),
    # heldout707: a new immune system nobody donates is no transplant
    ("heldout707", "Vaccines train a new immune system response against the virus", "rel:hematopoietic"),
    # heldout708: an entrance blocked by protesters is no regulator's act
    ("heldout708", "The clinic's entrance was blocked by protesters", "regulation:rejection"),
    # heldout709: stem cell research in one German word makes no law
    ("heldout709", "Hohe Erwartungen an Stammzellforschung", "regulation:law"),
    # heldout710: a voter who signs a petition makes no deal
    ("heldout710", "Soon you will be asked to sign a petition as part of a well-financed campaign", "business:deal"),
    ("heldout710", "Volunteers asked shoppers to sign the ballot petition", "business:deal"),
    # heldout711: a body's arms, named after its legs, are no trial's
    ("heldout711", "which causes muscle stiffness and spasms in a person's legs and sometimes arms", "trials:dosing"),
    # heldout715: jobs that grow are no harm
    ("heldout715", "projects that produce new therapies, support job growth and increase competitiveness", "safety:harm"),
    # heldout718: a temperature or a vitamin is no reporter
    ("heldout718", "Cells were kept at 37 degrees F. 2d passage cells grew faster", "regulation:enforcement"),
    # heldout720: a registration study follows registered patients, no product's approval
    ("heldout720", "A prospective registration study to determine feasibility of hematopoietic SCT", "regulation:approval"),
    # heldout721: a disease's type is no count of patients
    ("heldout721", "the mature, insulin-producing cells that type 1 patients don't have", "trials:cohort"),
    # heldout725: a funder's call for grant applications that propose trials is no filing
    ("heldout725", "The institutes seek clinical trial applications proposing to test adult stem cells",
     "regulation:trial_filing"),
    # heldout727: the same maker beside its CAR-T past is no stem cell news
    ("heldout727", "bluebird bio and its partner reported Abecma data in multiple myeloma", "rel:brand"),
    ("heldout727", "Bluebird bio's CAR-T ide-cel shrank tumours in myeloma patients", "rel:brand"),
    # heldout730: a battery's or a particle's charge is no criminal charge
    ("heldout730", "stem cells can transfer their fully charged mitochondrial batteries into damaged cells",
     "regulation:enforcement"),
    ("heldout730", "The scaffold's negatively charged surface drew the stem cells in", "regulation:enforcement"),
    ("heldout730", "Cells took up the charged particles within an hour", "regulation:enforcement"),
    # heldout731: "clínica" as the adjective clinical, and a ministry of education, are no
    # clinic and no regulator
    ("heldout731", "as abordagens terapêuticas clínicas existentes", "hype:clinic"),
    ("heldout731", "a avaliação clínica e a história clínica dos pacientes", "hype:clinic"),
    ("heldout731", "la investigación clínica con células madre avanza", "hype:clinic"),
    ("heldout731", "MINISTÉRIO DA EDUCAÇÃO UNIVERSIDADE FEDERAL DO PIAUÍ", "regulation:agency"),
    ("heldout731", "el Ministerio de Educación premió el proyecto de células madre", "regulation:agency"),
    ("heldout731", "MINISTERIO DA EDUCACAO UNIVERSIDADE FEDERAL", "regulation:agency"),
    # heldout738: "the study of" a field, in Spanish, is no trial
    ("heldout738", "comparte los últimos avances en el estudio de las enfermedades genéticas", "trials:trial"),
    ("heldout738", "presentar sus resultados en el estudio de las células troncales", "trials:trial"),
    ("heldout738", "un instituto dedicado al estudio del desarrollo embrionario", "trials:trial"),
    # heldout739: a therapy's sales or approval outside the country are no trip abroad
    ("heldout739", "Sales of the stem cell therapy outside the U.S. rose by a fifth", "hype:tourism"),
    ("heldout739", "The cell therapy is already approved outside the United States", "hype:tourism"),
    # heldout743: meeting criteria, standards or rules is no trial's result
    ("heldout743", "Once they meet our very strict criteria, they're then extensively trained", "trials:results"),
    ("heldout743", "Stem cell banks must meet the new quality standards by June", "trials:results"),
    ("heldout743", "The cells met the release requirements for the transplant", "trials:results"),
    # heldout747: an earnings call's participants, a job title, the operator's cue and an
    # investor conference are no trial, approval or law
    ("heldout747", "CORPORATE PARTICIPANTS Robin Stracey, Chief Executive Officer", "trials:dosing"),
    ("heldout747", "All participants will be in listen-only mode. Please note this event is being recorded",
     "trials:dosing"),
    ("heldout747", "Ian Massey - President, Stephen Huhn - Vice President of Clinical Research", "trials:trial"),
    ("heldout747", "Dr. Dalip Sethi, our Director of Clinical Research", "trials:trial"),
    ("heldout747", "I would now like to turn the call over to the CEO. Please go ahead.", "regulation:approval"),
    ("heldout747", "Athersys Inc (ATHX) 2015 Q4 法說會逐字稿", "regulation:law"),
    # heldout748: an image's or a text's Creative Commons licence is no licence granted
    ("heldout748", "Image of an IV bag of peripheral blood stem cells. Creative commons license.",
     "regulation:approval"),
    ("heldout748", "This stem cell review is licensed under CC BY 4.0", "regulation:approval"),
    # heldout753: danger not ruled out, a lab's helper and a study's question are no
    # promise and no call
    ("heldout753", "Hindi walang panganib ang stem cell therapy, babala ng DOH", "hype:pitch"),
    ("heldout753", "The lab tapped the help of the imaging core to look into the cells", "regulation:call"),
    ("heldout753", "We set out to investigate the stem cells' origin in the niche", "regulation:call"),
    # heldout754: a birth is a miracle in a sermon, no treatment's claim
    ("heldout754", "Every birth is remarkable, every birth a miracle", "hype:unproven"),
    ("heldout754", "we celebrate the miracle of life at every baptism", "hype:unproven"),
    # heldout757: a fine line and the fine print are no penalty; young people kept safe or
    # coached are no promise of youth
    ("heldout757", "New Discoveries Reveal How Acute Myeloid Leukemia Walks a Fine Line Between Growth and Cell Death",
     "regulation:enforcement"),
    ("heldout757", "Read the fine print before you bank cord blood", "regulation:enforcement"),
    ("heldout757", "Southland Rise Boosts Annual Support for Community Programs That Keep Youth Safe",
     "hype:anti_aging"),
    ("heldout757", "The former patient now coaches youth soccer on weekends", "hype:anti_aging"),
    # heldout764: a study's question and finding are no seller's promise; a practice's
    # results in its own patients are no trial's
    ("heldout764", "A study looked at the effect of acupuncture to mobilize mesenchymal stem cells", "hype:own_cells"),
    ("heldout764", "Electroacupuncture was found to increase circulating stem cells in rats", "hype:own_cells"),
    ("heldout764", "As an acupuncturist, I marvel at the transformative results in my patients", "trials:results"),
    # heldout765: hype named for no stem cell is no pitch
    ("heldout765", "Investors chase the hype around gene therapy stocks", "hype:pitch"),
    # heldout765, heldout767: a forum page's comment count is no cohort; an omen is no signed
    # deal
    ("heldout767", "5 of 365 comments (clear)", "trials:cohort"),
    ("heldout765", "A clearance is always a positive sign for medical OTC companies", "business:deal"),
    # heldout770: a hospital's own medical council licenses no one
    ("heldout770", "The hospital's medical council approved the new rota", "regulation:agency"),
    # heldout774: an ordeal's "trial" and a study's later phase are no trial phase
    ("heldout774", "Let the Trial Begin! My second autologous stem cell transplant", "trials:trial"),
    ("heldout774", "phase two of the study building opens next spring", "trials:phase"),
    # heldout776: methylmalonic acidaemia's initials are no fighting league's
    ("heldout776", "Liver cell therapy for MMA enters its second cohort", "hype:unproven"),
    # heldout778: a securities filing's cover names the laws it is filed under and the
    # commission it is filed with; its offering sells shares, its supplement is a prospectus's
    ("heldout778", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
     "regulation:law"),
    ("heldout778", "Securities registered pursuant to section 12(b) of the Act: None", "regulation:law"),
    ("heldout778", "as defined in Rule 405 of the Securities Act. Yes No", "regulation:law"),
    ("heldout778", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION Washington, D.C. 20549 FORM 10-K",
     "regulation:agency"),
    ("heldout778", "As filed with the Securities and Exchange Commission on May 23, 2016", "regulation:agency"),
    ("heldout778", "is offering to sell up to 2,650,000 shares of our common stock", "hype:unproven"),
    ("heldout778", "or in an accompanying supplement to this prospectus", "hype:clinic"),
    # heldout779: a coding site's sign-up and consultant, a payer's prior authorization and
    # claims, the doing of a thing and Medicare's risk model are no rule or claim
    ("heldout779", "Log in Register free account", "regulation:approval"),
    ("heldout779", "Instant Email Coding Consultant", "regulation:guidance"),
    ("heldout779", "by Fabian Poletti, Consultant Orthopaedic and Trauma Surgeon", "regulation:guidance"),
    ("heldout779", "Prior authorization is mandatory for virtually all payers", "regulation:approval"),
    ("heldout779", "This code covers the act of infusing the prepared cells", "regulation:law"),
    ("heldout779", "T86.5 maps to this category under the CMS-HCC V28 risk adjustment model", "regulation:agency"),
    ("heldout779", "The software tracks claim submission timelines across payers", "hype:unproven"),
    ("heldout779", "Medicare claims for the transplant rose last year", "hype:unproven"),
    # heldout780: the road to a first trial told as what it takes is no trial
    ("heldout780", "the advancement from pre-clinical studies to a Phase 1 clinical trial requires a well-controlled"
     " production process", "trials:trial"),
    ("heldout780", "The transition from animal studies to human trials takes years", "trials:trial"),
    # heldout781: a shop's own policy and a fee charged are no government policy or charge
    ("heldout781", "Return Policy", "regulation:law"),
    ("heldout781", "Please read our privacy policy before you enrol", "regulation:law"),
    ("heldout781", "Cord Tissue-only fees will be charged in accordance with your chosen payment plan",
     "regulation:enforcement"),
    ("heldout781", "Patients were charged $12,000 for the infusion", "regulation:enforcement"),
    # heldout782: fine weather is no fine
    ("heldout782", "on this fine fall day in Miami", "regulation:enforcement"),
    ("heldout782", "It was a fine morning for the trial's first visit", "regulation:enforcement"),
    # heldout783: a job's skill or burden is no rule
    ("heldout783", "Stem cell technician: knowledge of FDA regulations and familiarity with cGMP guidelines required",
     "regulation:guidance"),
    ("heldout783", "Stem cell technician: working knowledge of FDA regulations", "regulation:agency"),
    ("heldout783", "干细胞处理需要对相关法规的深刻理解", "regulation:law"),
    ("heldout783", "法律和法规:干细胞储存行业受到严格的法律和法规约束,遵守这些规定是至关重要的", "regulation:law"),
    ("heldout783", "干细胞储存师要求熟悉相关法律法规", "regulation:law"),
    # heldout790: a university's seminar is no clinic's sales seminar
    ("heldout790", "On Friday the biology department held a public seminar on stem cells", "hype:clinic"),
    ("heldout790", "The institute hosts a weekly seminar series on stem cell biology", "hype:clinic"),
    ("heldout790", "Stem cell research seminars for graduate students", "hype:clinic"),
    # heldout791: "a great deal" is an amount, no deal
    ("heldout791", "Mr. Speaker, I rise to address an issue that will be in the news a great deal next week",
     "business:deal"),
    ("heldout791", "A good deal of work remains before stem cells reach the clinic", "business:deal"),
    # heldout794: trials that animal findings may one day guide are not trials held
    ("heldout794", "Animal data could provide significant clues to design large animal experiments as well as human"
     " clinical trials", "trials:trial"),
    ("heldout794", "The stem cell data in rats could offer guidance for designing human clinical trials", "trials:trial"),
    # heldout796: research's clinical investigation is no inquiry
    ("heldout796", "Many stem cell therapies are still undergoing clinical investigation", "hype:warning"),
    ("heldout796", "Stem cell therapy, with many treatments still under investigation, is rarely covered", "hype:warning"),
    # heldout799: Ireland's parliament: a party's name, numbered questions, a ministry's name,
    # a view shared
    ("heldout799", "James Reilly (Dublin North, Fine Gael) answered on cord blood stem cells",
     "regulation:enforcement"),
    ("heldout799", "Question 113: To ask the Minister for Health the position on cord blood stem cells",
     "hype:warning"),
    ("heldout799", "Stem Cell Research. Questions (141). Enda Kenny asked the Tánaiste", "hype:warning"),
    ("heldout799", "To ask the Minister for Health and Children her policy on cord blood stem cells",
     "trials:patients"),
    ("heldout799", "While I do not necessarily share them, I thank her for her views on stem cell research",
     "business:market"),
    # heldout802: a petition that deals with an issue makes no deal
    ("heldout802", "Another petition deals with the issue of stem cell research", "business:deal"),
    ("heldout802", "The chapter deals with these ethical questions about embryonic stem cells", "business:deal"),
    # heldout807: a court's trial is no clinical one; an idiom's dog is no patient
    ("heldout807", "An FDA physician testified on the fourth day of a bench trial against the stem cell clinics",
     "trials:trial"),
    ("heldout807", "The judge presiding over the trial of the doctor charged over stem cell implants",
     "trials:trial"),
    ("heldout807", "The stem cell field's big dog, the Niche, discussed the FDA's injunction cases",
     "context:animal_patients"),
    ("heldout809", "Graft-versus-host disease after a stem cell transplant: the appearance of skin lesions",
     "hype:clinic"),
    ("heldout815", "Lord Winston (Lab): how many stem cell transplant trials are under way?", "research:lab"),
    ("heldout815", "Ms Smith (Lab/Co-op) asked about stem cell donors", "research:lab"),
    ("heldout819", "Joining The Register: fill in the Registration Form and send back your swabs",
     "regulation:approval"),
    ("heldout819", "Signing up to a Stem Cell/Bone Marrow Register: there are many stem cell registers",
     "regulation:approval"),
    ("heldout819", "A patient who needs a stem cell transplant: doctors search the register for a match",
     "regulation:approval"),
    ("heldout819", "The lab tests your swab and adds you to the register", "regulation:approval"),
    ("heldout821", "公司因未能及时提交季度报告而不符合纳斯达克持续上市要求", "regulation:approval"),
    ("heldout821", "收到纳斯达克股票市场有限公司上市资格部门的通知", "regulation:approval"),
    ("heldout821", "通知不会立即影响公司普通股和认股权证的上市", "regulation:approval"),
    ("heldout821", "公司有时间实施该计划以恢复合规状态", "regulation:law"),
    ("heldout826", "It is right there across from Embassy Suites, backing up to Old Sacramento",
     "regulation:agency"),
    ("heldout826", "The city's blessing, along with a promise of up to $6 million in financial incentives",
     "hype:unproven"),
    ("heldout826", "A promise of state grants and tax breaks for the stem cell plant", "hype:unproven"),
    ("heldout829", "The startup was co-founded by Nick Leschly, the former CEO of Bluebird Bio", "rel:brand"),
    ("heldout829", "said its chair, the former chief executive of bluebird bio", "rel:brand"),
    ("heldout836", "The findings were published in the Journal of Clinical Investigation", "trials:trial"),
    ("heldout837", "Construction of the stem cell plant is set to begin in June", "trials:dosing"),
    ("heldout841", "các tế bào trong cơ thể sẽ bị lão hóa và chết", "hype:anti_aging"),
    ("heldout843", "마을 제재소에서 일하던 그는 줄기세포 치료를 받았다", "regulation:enforcement"),
    ("heldout848", "issues that arise when the immune system rejects transplants", "regulation:rejection"),
    ("heldout848", "the patient's body may reject the donor cells", "regulation:rejection"),
    ("heldout848", "the graft was rejected by the patient's immune system", "regulation:rejection"),
    ("heldout851", "tools we will need to navigate the shoals of an unprecedented aging of our population",
     "hype:anti_aging"),
    ("heldout851", "cells that may reverse the progression of age-related macular degeneration",
     "hype:anti_aging"),
    ("heldout855", "A positive side effect of stem cell therapy could help your cat", "safety:harm"),
    ("heldout855", "Improving Kidney Failure with Stem Cell Therapy", "safety:harm"),
    ("heldout855", "Reversing kidney failure with stem cells in older cats", "safety:harm"),
    ("heldout856", "sports stars getting stem cell treatments that are not approved by the FDA",
     "regulation:agency"),
    ("heldout856", "The shots have not been approved by the FDA for any injury", "regulation:agency"),
    ("heldout857", "Regenerative Medicine's Second Act: From Cell Therapy to Actual Organs", "regulation:law"),
    ("heldout858", "The transplant center will start the insurance approval process", "regulation:approval"),
    ("heldout858", "Waiting weeks for the insurer's approval of my stem cell transplant", "regulation:approval"),
    ("heldout860", "Registration and Donor Basics", "regulation:approval"),
    ("heldout860", "you will be taken to the registration page on the Be The Match website", "regulation:approval"),
    ("heldout860", "someone dies from a blood cancer - that's 148 people each day", "trials:cohort"),
    ("heldout860", "Only 30 percent of patients who need a bone marrow transplant have a matching donor",
     "trials:cohort"),
    ("heldout860", "You will then be asked general questions about your health", "hype:warning"),
    ("heldout860", "fill out a medical history questionnaire", "hype:warning"),
    ("heldout860", "Frequently Asked Questions about donating marrow", "hype:warning"),
    ("heldout861", "General Standards for the Use of Investigational Stem Cell Treatments", "trials:trial"),
    ("heldout861", "access to an investigational adult stem cell treatment", "trials:trial"),
    ("heldout861", "physicians must ensure the patient is enrolled in a clinical trial", "trials:trial"),
    ("heldout862", "No fees will be charged for the first rescheduling", "regulation:enforcement"),
    ("heldout862", "They also might be FDA compliant", "regulation:agency"),
    ("heldout862", "They also might be FDA compliant", "regulation:guidance"),
    ("heldout865", "patients who are not candidates for stem cell transplant", "hype:offer"),
    ("heldout865", "strict protocols, approved by the FDA and the Cleveland Clinic Institutional Review Board",
     "regulation:agency"),
    ("heldout865", "strict protocols, approved by the FDA and the Cleveland Clinic Institutional Review Board",
     "regulation:approval"),
    ("heldout866", "Register: ChiCTR. Main ID: ChiCTR2000030173", "regulation:approval"),
    ("heldout866", "Date of registration: 2020-02-24. Prospective Registration: No", "regulation:approval"),
    ("heldout867", "Prerequisites: Departmental Approval", "regulation:approval"),
    ("heldout867", "Students may enrol with the instructor's approval", "regulation:approval"),
    ("heldout868", "NHS Blood and Transplant, a central government public authority based in Bristol",
     "regulation:agency"),
    ("heldout868", "NHS Blood and Transplant, a central government public authority based in Bristol",
     "regulation:law"),
    ("heldout872", "the Minister for Health and Children and the Department of Health and Children", "regulation:agency"),
    ("heldout863", "I wonder what the FTC thinks when they see these sites?", "regulation:agency"),
    ("heldout863", "these are not at the point where they would meet the scientific standard", "regulation:guidance"),
    ("heldout875", "unless we have your permission or it is required by law", "regulation:approval"),
    ("heldout875", "unless we have your permission or it is required by law", "regulation:law"),
    ("heldout875", "The information can not be shared without the parents’ permission", "regulation:approval"),
    ("heldout875", "We do not sell, rent or share with outside third parties any personal information",
     "hype:unproven"),
    ("heldout875", "CORD:USE will not sell, rent, or share your personal information", "hype:unproven"),
    ("heldout874", "Any adverse development in the initial clinical trial for our technology could depress our stock price",
     "trials:trial"),
    ("heldout874", "our ability to progress is significantly dependent on a single early stage clinical trial", "trials:trial"),
    ("heldout874", "any delay in our clinical trials may harm our business", "trials:trial"),
    ("heldout878", "The European Union Clinical Trials Register allows you to search for protocol and results information",
     "regulation:approval"),
    ("heldout878", "interventional clinical trials that were approved in the European Union (EU)/European Economic Area (EEA) "
     "under the Clinical Trials Directive 2001/20/EC", "regulation:approval"),
    ("heldout878", "interventional clinical trials that were approved in the European Union (EU)/European Economic Area (EEA) "
     "under the Clinical Trials Directive 2001/20/EC", "regulation:guidance"),
    ("heldout878", "older paediatric trials (in scope of Article 45 of the Paediatric Regulation (EC) No 1901/2006)",
     "regulation:law"),
    ("heldout878", "filters for Country, Age Group, Rare Diseases and Orphan Designation", "regulation:designation"),
    ("heldout880", "Approval: This is a multi-centre study approved by the Health Research Authority (HRA), "
     "Care Research Wales (HCRW) and Research Ethics Committee (REC)", "regulation:approval"),
    ("heldout880", "Approval: This is a multi-centre study approved by the Health Research Authority (HRA), "
     "Care Research Wales (HCRW) and Research Ethics Committee (REC)", "regulation:agency"),
    ("heldout880", "The interview study has HRA approval and is open to carers", "regulation:approval"),
    ("heldout882", "lines of human embryonic stem cells, including those approved under federal funding in the U.S., "
     "have been contaminated", "regulation:approval"),
    ("heldout882", "lines of human embryonic stem cells, including those approved under federal funding in the U.S., "
     "have been contaminated", "regulation:law"),
    ("heldout882", "the human stem cell lines which are approved for federally funded research are contaminated",
     "regulation:approval"),
    ("heldout882", "All human embryonic stem cell lines currently approved for study under federal funding in the US",
     "regulation:approval"),
    ("heldout884", "And by human cloning, I mean reproductive cloning, not therapeutic cloning which is a totally "
     "different cup of tea", "rel:pluripotent"),
    ("heldout885", "In some cases, physicians\u2019 medical licenses have been revoked and investigations of misconduct "
     "have been pursued", "regulation:approval"),
    ("heldout886", "the authors applied for ethics approval on 18 February 2012", "regulation:submission"),
    ("heldout886", "the research was conducted before ethics approval was obtained", "regulation:approval"),
    ("heldout887", "He said one thing. That single sentence cut through all the jargon", "regulation:enforcement"),
    ("heldout888", "Autologous platelet concentrate suspended in plasma, also known as platelet-rich plasma",
     "regulation:enforcement"),
    ("heldout888", "many proposed uses are considered experimental/investigational and not covered", "trials:trial"),
    ("heldout889", "Nanofiber Diameter Can Direct Stem Cell Growth", "safety:harm"),
    ("heldout889", "scientists promoted neural stem-cell growth on a scaffold", "safety:harm"),
    ("heldout892", "Stem cells contain anti-inflammatory chemicals that recruit healing, increase vascularity and "
     "decrease pain", "trials:dosing"),
    ("heldout892", "the recruitment of immune cells to the injured tendon", "trials:dosing"),
    ("heldout892", "stem cells adjust the immune system by shutting down pathological response", "regulation:enforcement"),
    ("heldout892", "the compound shuts down inflammation in the joint", "regulation:enforcement"),
    ("heldout893", "Researchers investigated clinics' websites for claims about stem cells", "regulation:enforcement"),
    ("heldout895", "the team who run the stem cell service at the Great Western Hospital", "ff"),
    ("heldout895", "The London Clinic is the UK's first independent not for profit hospital", "business:market"),
    ("heldout901", "a study evaluating a stem cell therapy in mice with heart damage", "trials:trial"),
    ("heldout902", "stem cell therapy could play a major role in beauty and health, once it becomes fully approved "
     "by the FDA", "regulation:approval"),
    ("heldout902", "stem cell therapy could play a major role in beauty and health, once it becomes fully approved "
     "by the FDA", "regulation:agency"),
    ("heldout902", "Stem cells were once controversial due to their method of acquisition", "business:deal"),
    ("heldout903", "While stem cell therapy likely will reduce your pain, it will not change your X-ray. And we're OK "
     "with that.", "regulation:approval"),
    ("heldout903", "I had a stem cell transplant for leukaemia in 2019", "hype:offer"),
    ("heldout903", "I received stem cell therapy as part of the trial", "hype:offer"),
    ("heldout910", "Osiris and FDA Reach Agreement on Submission of First Marketing Application for a Stem Cell "
     "Product", "hype:unproven"),
    ("heldout910", "Osiris and FDA Reach Agreement on Submission of First Marketing Application for a Stem Cell "
     "Product", "business:deal"),
    ("heldout910", "The EMA backed a marketing authorisation for the limbal stem cell product", "hype:unproven"),
    ("heldout911", "Lower oesophageal sphincter (LES) cells were studied in rats", "rel:pluripotent"),
    ("heldout911", "THE CELLS WERE STAINED AND THE ES RESULTS KEPT", "rel:pluripotent"),
    ("heldout912", "If you are between 18 and 44 you are eligible to register as a stem cell donor", "trials:design"),
    ("heldout912", "Volunteers needed for our stem cell donor drive on Saturday", "trials:dosing"),
    ("heldout913", "Scientists Find Key to Stem Cell Immortality", "hype:anti_aging"),
    ("heldout913", "a gene behind the immortality of cancer cells", "hype:anti_aging"),
    ("heldout916", "Notch a Key Regulator of Hematopoietic Stem Cells", "regulation:agency"),
    ("heldout916", "Nanog is a master regulator of pluripotency in embryonic stem cells", "regulation:agency"),
    ("heldout916", "the study found two negative regulators of stem cell self-renewal", "regulation:agency"),
    ("heldout918", "New Insight into Regulation of Blood Stem Cells", "regulation:guidance"),
    ("heldout918", "Cellular Enzyme Plays Key Role in Gene Regulation", "regulation:guidance"),
    ("heldout918", "the regulation of self-renewal in blood stem cells", "regulation:guidance"),
    # heldout653: a tumour's embryonic-like genes are no reprogrammed cells
    ("heldout653", "Tumour cells switch on embryonic-like genes to spread", "rel:pluripotent"),
    ("heldout653", "Cancer cells revert to an embryonic state, study finds", "rel:pluripotent"),
    # heldout591: a finding told in the press's inverted order, "..., claim geneticists"
    ("heldout591", "150 stem cell lines would serve 40% of the UK, claim British geneticists", "hype:unproven"),
    ("heldout591", "“Cells will be routine within a decade,” claims a team of researchers", "hype:unproven"),
    ("heldout591", "A mere 150 stem cell lines would provide treatments for 40% of the UK, claim British…", "hype:unproven"),
    # heldout591: fresh cells and sheep cells are the animal's only where the words say so
    ("heldout591", "the fresh cells were counted before freezing", "neg:other_cells"),
    ("heldout591", "sheep stem cells grown into cartilage", "neg:other_cells"),
    # heldout585: a trial's safety board allowing its next cohort is no regulator
    ("heldout585", "The company received safety board approval to start a second cohort", "regulation:approval"),
    ("heldout585", "the DSMB approved moving to the higher dose", "regulation:approval"),
    ("heldout585", "Mesoblast had its stock suspended ahead of a big announcement", "regulation:enforcement"),
    ("heldout585", "trading suspended pending news", "regulation:enforcement"),
    # heldout589: a web platform's advertising rules are no regulator's act
    ("heldout589", "Google eases ban on ads for stem cell therapies", "regulation:enforcement"),
    ("heldout589", "an effort by Google to crack down on predatory stem cell clinics", "regulation:enforcement"),
    ("heldout589", "Facebook's ban on stem cell ads", "regulation:enforcement"),
    # heldout588: a protocol sent to an ethics board is no filing with a regulator
    ("heldout588", "the lab submitted a protocol to the ethics board", "regulation:trial_filing"),
    # heldout587: a lab's tests are no trial under way
    ("heldout587", "the cells are now being tested in mice", "trials:dosing"),
    # heldout583: one's own habit is no standard
    ("heldout583", "I had to do my standard fake news check first", "regulation:guidance"),
    ("heldout538", "The change makes people younger than 40 eligible for the trial", "hype:anti_aging"),
    # heldout529 reads "iPS" alone; the capitals are a display's, a health provider's
    ("heldout529", "IPS液晶パネルを採用", "rel:pluripotent"),
    ("heldout529", "Las IPS de Bogotá atienden pacientes", "rel:pluripotent"),
    ("heldout529", "IPS panel review", "rel:pluripotent"),
    # heldout529: "used for treatment abroad for the first time" is an iPS trial in the US,
    # not medical tourism
    ("heldout529", "国内作製のiPS細胞、海外で初めて治療に使用される", "hype:tourism"),
]


@pytest.mark.parametrize("why,text,group", LOOKALIKES)
def test_a_lookalike_is_not_its_cue(why, text, group):
    assert group not in extract(text, "").names, why


def test_an_inquiry_into_a_treatment_stays_a_warning_beside_no_research_record():
    """The twin of the research-record rows above: an authority's investigation of a clinic
    is still a warning word, and a retraction story keeps its other warning words."""
    assert "hype:warning" in extract("FDA investigation targets stem cell clinic", "").names
    feats = extract(
        "Retraction Watch: clinic's stem cell paper retracted after an investigation",
        "Experts caution patients about the clinic.",
    )
    assert "hype:warning" in feats.names and "investigation" not in feats.phrases["hype:warning"]
    # and a clinic's claim outside the research record is still a claim
    assert "hype:unproven" in extract("Clinic claims stem cells cure autism", "").names


def test_an_approval_told_as_background_lends_the_model_no_words():
    # heldout611: the approval's words would read it as the news; the news's words stay
    names = extract("CRISPR Therapeutics' CMO resigns 6 days after Casgevy's FDA approval", "").names
    assert not [n for n in names if "approv" in n or "fda" in n]
    assert {"w:resigns", "w:cmo"} <= names


def test_a_sickle_cell_gene_therapy_is_blood_stem_cell_news_wherever_its_words_stand():
    # heldout479, heldout483: the therapy and the disease in different sentences, or in Dutch
    far = extract(
        "Access barriers to sickle cell disease therapies",
        "Until 2019, few approved therapies targeted the disease. Over the past six years, "
        "however, four new therapies have been approved, including novel gene therapies.",
    )
    assert far.phrases["rel:hematopoietic"] == ["gene therapies", "sickle cell"]
    assert "t:rel:hematopoietic" in far.names and "no_anchor" not in far.names
    dutch = extract("Medicijn tegen sikkelcelziekte wordt getest", "de eerste gentherapie in de VS")
    assert dutch.phrases["rel:hematopoietic"] == ["gentherapie", "sikkelcelziekte"]
    # a gene therapy for another disease, a sickle cell drug: neither is such news
    for title, summary in [
        ("FDA approves hemophilia B gene therapy", "The one-time infusion costs $3.5 million."),
        ("Sickle cell drug withdrawn", "Pfizer pulled the pill after more deaths on treatment."),
        ("血友病の遺伝子治療を承認", "1回の点滴で治療する"),
        ("土地贫瘠的山区推广基因编辑水稻", "农民的收成提高了三成"),
        # a lab's immune-deficient mice, and RNA editing's enzymes, are no patients
        ("Gene therapy vector tested in SCID mice", "The AAV restored factor IX in the animals."),
        ("Gene editing without DNA breaks", "Adenosine deaminases acting on RNA recode the transcript."),
        # the first bubble boy's story, told with no gene therapy (heldout520)
        ("12歲才走出隔離罩的「泡泡男孩」", "他必須保持與外界隔離,在泡泡中享用獨特的一份空氣。"),
    ]:
        assert "rel:hematopoietic" not in extract(title, summary).phrases


@pytest.mark.parametrize(
    "title,summary,gene,disease",
    [
        # the editing or the therapy named other ways, in English (heldout513)
        ("Cell-based Genetic Therapy for the Induction of Foetal Haemoglobin in Sickle Cell "
         "Disease", "", "Genetic Therapy", "Sickle Cell"),
        ("Deluge of genome editing therapies end research drought", "for sickle cell disease",
         "genome editing", "sickle cell"),
        ("Beam Therapeutics lays off staff", "Its base editing technology will compete on "
         "sickle cell therapy", "base editing", "sickle cell"),
        ("Prime editing reaches the clinic", "The first patient has beta thalassemia",
         "Prime editing", "thalassemia"),
        # and in German, Italian, Spanish, Portuguese and French (heldout514)
        ("Ema empfiehlt erstmals Zulassung einer Genscheren-Therapie",
         "für die Behandlung der Sichelzellkrankheit", "Genscheren", "Sichelzellkrankheit"),
        ("Talassemia, trattato con l'editing del genoma il primo paziente", "",
         "editing del genoma", "Talassemia"),
        ("EE.UU. aprueba novedoso tratamiento genético para la anemia",
         "Dos terapias genéticas para la anemia falciforme", "tratamiento genético",
         "falciforme"),
        ("A edição genética contra a anemia falciforme", "", "edição genética", "falciforme"),
        ("L'édition du génome au secours de la drépanocytose", "", "édition du génome",
         "drépanocytose"),
        # and in Chinese, Japanese and Korean, whose words run together (heldout515)
        ("英国批准应用全球首个CRISPR基因编辑疗法", "用于治疗镰状细胞病和输血依赖型β地中海贫血",
         "基因编辑", "镰状细胞"),
        ("碱基编辑疗法成新方向", "一次性治愈重型地贫", "碱基编辑", "地贫"),
        ("美國首次批準兩種基因療法治療鐮狀細胞病", "", "基因療法", "鐮狀細胞"),
        ("米FDAが鎌状赤血球症で遺伝子療法2種を承認", "", "遺伝子療法", "鎌状赤血球"),
        ("ゲノム畏るべし", "ゲノム編集で血液の難病のβサラセミアを治療", "ゲノム編集", "サラセミア"),
        ("겸상 적혈구 빈혈증 치료제 FDA 승인", "유전자 가위 기술을 이용한 치료제", "유전자 가위",
         "겸상 적혈구"),
        # the immune deficiencies and leukodystrophies whose gene therapies are also made
        # from the patient's blood stem cells, by their popular names too (heldout516,
        # heldout517)
        ("Gene Therapy Provides Lasting Cure For 'Bubble Boy' Children", "", "Gene Therapy",
         "Bubble Boy"),
        ("Experimental Gene Therapy Frees “Bubble-Boy” Babies", "", "Gene Therapy",
         "Bubble-Boy"),
        ("Gene therapy appears safe", "for children with Wiskott-Aldrich Syndrome", "Gene therapy",
         "Wiskott-Aldrich"),
        ("Gene therapy halts metachromatic leukodystrophy", "", "Gene therapy",
         "metachromatic leukodystrophy"),
        ("Terapia genica per bimbi bolla, bene i risultati", "", "Terapia genica", "bimbi bolla"),
        ("Una terapia génica rescata a 59 “niños burbuja” con ADA-SCID", "", "terapia génica",
         "niños burbuja"),
        ("La thérapie génique sauve les bébés bulles", "", "thérapie génique", "bébés bulles"),
        ("她出生时没有免疫系统,基因治疗挽救了她的生命", "“泡泡男孩病”曾是死刑判决", "基因治疗",
         "泡泡男孩"),
        ("重症複合免疫不全症の遺伝子治療で免疫が回復", "", "遺伝子治療", "重症複合免疫不全"),
        ("アデノシン・デアミナーゼ(ADA)欠損症と遺伝子治療", "", "遺伝子治療",
         "アデノシン・デアミナーゼ"),
        ("ADA欠損による免疫不全症に遺伝子治療が有効", "", "遺伝子治療", "ADA欠損"),
    ],
)
def test_a_blood_stem_cell_gene_therapy_is_read_whatever_it_and_its_disease_are_called(
    title, summary, gene, disease
):
    feats = extract(title, summary)
    assert feats.phrases["rel:hematopoietic"] == [gene, disease]
    assert "no_anchor" not in feats.names


def test_the_fields_name_in_another_language_is_not_among_the_models_words():
    # like "células madre", "medicina regenerativa" says which language an item is in; as
    # words it learnt business from the corpus's one Spanish market report (heldout248)
    spanish = extract("Venezuela consolida su liderazgo en medicina regenerativa", "")
    assert spanish.phrases == {"rel:regenerative_named": ["medicina regenerativa"]}
    assert not {"w:medicina", "w:regenerativa", "w:medicina regenerativa"} & spanish.names
    assert "w:venezuela" in spanish.names and "w:liderazgo" in spanish.names
    # the English name stays among the words: it is not a language's marker
    english = extract("Ageing societies create a market for regenerative medicine", "")
    assert "w:regenerative medicine" in english.names


def test_a_phrase_only_lookarounds_read_is_placed_anew_in_each_text():
    # "x" is one group's before "one" and another's before "two": the group found in the
    # first text must not be reused for the second, in either order
    groups = {"relevant": {"a": [r"x(?=\s+one)"]}, "hype": {"b": [r"x(?=\s+two)"]}}
    for texts in (["x one", "x two"], ["x two", "x one"]):
        lex = _Lexicon(groups, cased=False, bounded=True)
        got = [lex.group_of("x", t, 0) for t in texts]
        assert got == ["rel:a" if t == "x one" else "hype:b" for t in texts]


def test_a_phrase_goes_to_the_first_pattern_that_takes_it_where_it_stands():
    # "x" is read plainly by "a", but "b", earlier in scan order, takes it before "two": the
    # scan's alternation picks "b" there, and the group found must be the same, even though
    # "a" alone reads the bare phrase (until session 63 the bare reading won everywhere, so a
    # looking-around pattern whose words another group read was dead)
    groups = {"hype": {"b": [r"x(?=\s+two)"]}, "relevant": {"a": [r"x"]}}
    for texts in (["x two", "x one"], ["x one", "x two"]):
        lex = _Lexicon(groups, cased=False, bounded=True)
        assert [lex.group_of("x", t, 0) for t in texts] == [
            "hype:b" if t == "x two" else "rel:a" for t in texts
        ]
        assert [m.group(0) for t in texts for m in lex.regex.finditer(t)] == ["x", "x"]


def test_a_phrase_a_pattern_refuses_where_it_stands_goes_to_the_group_that_took_it():
    # "x" is refused by "a" after "no" (a negative look-behind) and read by "b" there; the
    # scan took it through "b", and so must its placing. Until session 71 only patterns that
    # look around positively were placed where they stand, so "no x" went to "a" (heldout123:
    # "room for growth" counted as a harm)
    groups = {"safety": {"a": [r"x(?<!no\sx)"]}, "research": {"b": [r"x\w*"]}}
    lex = _Lexicon(groups, cased=False, bounded=True)
    assert [lex.group_of("x", t, t.index("x")) for t in ("no x", "a x")] == [
        "research:b",
        "safety:a",
    ]


def test_placing_a_phrase_compiles_only_the_groups_that_could_take_it():
    # compiling each of the lexicon's 1,800 patterns alone cost every process that met one
    # looking-around phrase a quarter of a second; a group whose words cannot make the
    # phrase is passed over whole
    groups = {
        "relevant": {"a": [f"w{i}" for i in range(50)]},
        "hype": {"b": [r"x(?=\s+two)", "y"]},
        "trials": {"c": ["z", "x"]},
    }
    lex = _Lexicon(groups, cased=False, bounded=True)
    assert [lex.group_of("x", t, 0) for t in ("x two", "x one")] == ["hype:b", "trials:c"]
    assert set(lex._placed) == {r"x(?=\s+two)", "y", "z", "x"}


def test_every_compound_tail_names_a_lexicon_group():
    # a misspelt group would be a feature no model weighs, and the tail would read nothing
    assert set(lexicon.COMPOUND_TAILS) <= set(lexicon_features())


def test_a_compound_counts_for_relevance_and_for_its_tail():
    f = extract("Inspectie sluit stamcelkliniek", "")
    assert f.phrases["rel:stem_cell"] == ["stamcelkliniek"]
    assert f.phrases["hype:clinic"] == ["kliniek"]
    assert {"t:rel:stem_cell", "t:hype:clinic"} <= f.names


def test_a_plant_s_exosomes_anchor_nothing(clf):
    """A text that names plant vesicles calls them bare "exosomes" too: those are dropped,
    and with no other relevance phrase the item has no anchor (heldout70: three pages on
    plant exosomes in skin care scored 0.51-0.98). Without the plant, the same words are
    stem-cell exosomes."""
    lede = "Exosomes are tiny extracellular vesicles that carry signals between cells."
    plant = extract("Plant Exosomes in Skincare", lede)
    assert "rel:exosome" not in plant.names and "no_anchor" in plant.names
    assert not clf.classify("Plant Exosomes in Skincare", lede).relevant
    bare = extract("Exosomes in Skincare", lede)
    assert "rel:exosome" in bare.names and "no_anchor" not in bare.names
    # a stem cell named beside the plant still anchors the item
    both = extract("Plant exosomes or stem cell exosomes?", lede)
    assert "rel:stem_cell" in both.names and "no_anchor" not in both.names


def test_a_drug_delivery_maker_s_exosomes_anchor_nothing(clf):
    """Codiak's and Evox's engineered exosomes are grown from cell lines, no stem cells:
    beside the maker's name a bare "exosome" anchors nothing (heldout292: four pages on their
    money scored 0.95-0.99). A stem cell exosome maker's news stays relevant."""
    title = "Codiak files for bankruptcy after exosome-focused biotech unable to pay its way"
    lede = "The biotech's engineered exosomes carry drugs into tumours."
    codiak = extract(title, lede)
    assert "rel:exosome" not in codiak.names and "no_anchor" in codiak.names
    assert not clf.classify(title, lede).relevant
    stem = "An exosome maker raises $20M for vesicles from mesenchymal stem cells"
    assert clf.classify(stem, "The company grows its exosomes from donated stem cells.").relevant


def test_a_trial_that_names_mice_keeps_its_trial_words_in_any_script(clf):
    """Lab words with no person drop a text's trial words (a study in a dish or in mice is no
    clinical trial); the person was looked for with English word edges only, so a Japanese
    or Arabic trial page that also told of the mouse work lost them all (trials 0.04).
    Patients in those scripts count as people now; a mouse study naming nobody still drops
    them."""
    title = "iPS細胞から作った細胞を患者に移植する治験を開始"
    lede = "京都大学はマウスでの実験で効果を確かめており、6人の患者で安全性を調べる。"
    feats = extract(title, lede)
    assert "research:lab" in feats.names and "trials:trial" in feats.names
    assert "trials" in clf.classify(title, lede).topics
    mice = extract("マウスの脊髄を治す細胞、治験に向け効果を確認", "研究チームがマウスで確かめた。")
    assert "research:lab" in mice.names and "trials:trial" not in mice.names
    # Arabic joins its article to the word ("المرضى", the patients): read anywhere too
    arabic = extract("بدء تجربة سريرية للخلايا الجذعية على المرضى", "اختبر الباحثون الخلايا على الفئران.")
    assert "research:lab" in arabic.names and "trials:trial" in arabic.names
    rats = extract("الخلايا الجذعية تصلح قلوب الفئران قبل تجربة سريرية", "اختبر الباحثون الخلايا في المختبر.")
    assert "research:lab" in rats.names and "trials:trial" not in rats.names


def test_every_not_relevant_group_starts_against_relevance(clf):
    """A not-relevant group's prior pulls relevance down. Donor islets and cultivated meat
    had none of their own and took the default, +1.5 toward relevant, so naming them
    counted for the item: a newspaper feed's "Lab-made meat could be the next food
    revolution" read as relevant (0.50)."""
    groups = {name for lex in (lexicon.LATIN, lexicon.CJK) for name in lex["not_relevant"]}
    assert {"car_t", "donor_islets", "cultivated_meat", "other_cells"} <= groups
    for name in groups:
        assert prior("neg:" + name, LABELS)[LABELS.index("relevant")] < 0, name
    meat = "Lab-made meat could be the next food revolution"
    assert "neg:cultivated_meat" in extract(meat, "").names
    assert clf.classify(meat, "Cultivated meat is grown in a lab from a few cells.").relevance < 0.2


def test_meat_grown_from_stem_cells_is_food_not_the_industry(clf):
    """A burger or a fish fillet grown from an animal's stem cells is food: beside cultivated
    meat the stem cells anchor nothing and the item is not relevant (heldout208: six such
    pages scored 0.97-0.99). The same stem cells without the meat stay relevant."""
    title, lede = "How to grow fish from stem cells", "Lab-grown fish is the next big trend."
    meat = extract(title, lede)
    assert "rel:stem_cell" not in meat.names and "no_anchor" in meat.names
    assert not clf.classify(title, lede).relevant
    medicine = extract(title, "Fish stem cells may help researchers repair the heart.")
    assert "rel:stem_cell" in medicine.names and "no_anchor" not in medicine.names
    assert clf.classify(title, "Fish stem cells may help researchers repair the heart.").relevant


@pytest.mark.parametrize(
    "product,title,lede,with_stem_cells,plain",
    [
        # Islets from deceased donors' pancreases hold no stem cells, and a text on them calls
        # them a "cellular therapy" (heldout76: three pages on Lantidra read as relevant,
        # 0.86-0.95); islets made from stem cells stay relevant.
        (
            "neg:donor_islets",
            "First Allogeneic Pancreatic Islet Cellular Therapy Is Approved for Type 1 Diabetes",
            "Lantidra is a cellular therapy made from deceased donor pancreatic cells.",
            "FDA approves stem cell-derived pancreatic islet cell therapy",
            ("FDA approves a new cellular therapy", ""),
        ),
        # Beside CAR-T a bare "cell therapy" is the CAR-T (heldout99: a Galician page on CAR-T
        # for lymphomas read as relevant, 0.85); a text naming stem cells beside CAR-T stays
        # relevant.
        (
            "neg:car_t",
            "El revolucionario tratamiento que ya se aplica en Galicia para curar el cáncer",
            "La terapia celular se ha alzado como un eficaz tratamiento para pacientes con"
            " linfomas. La revolución de las conocidas como terapias CAR-T se aplica ya en"
            " hospitales.",
            "Hospital offers CAR-T and mesenchymal stem cell therapies",
            (
                "El revolucionario tratamiento que ya se aplica en Galicia para curar el cáncer",
                "La terapia celular avanza en Galicia",
            ),
        ),
        # Encelto is a capsule of engineered retinal cells, and its reports call it the first
        # "cell therapy" for an eye disease (heldout340: two read as relevant, 0.93-0.98); a
        # retinal cell therapy made from stem cells stays relevant.
        (
            "neg:other_cells",
            "FDA Approves First Cell Therapy for Rare Eye Disease",
            "The agency approved Encelto, an allogeneic encapsulated cell-based gene therapy"
            " for macular telangiectasia type 2.",
            "FDA clears a retinal cell therapy made from stem cells",
            ("FDA Approves First Cell Therapy for Rare Eye Disease", ""),
        ),
    ],
)
def test_a_cell_therapy_beside_a_product_naming_no_stem_cells_is_dropped(
    clf, product, title, lede, with_stem_cells, plain
):
    """DROPPED_BESIDE: a "cell therapy" beside a product that names no stem cells is that
    product, and anchors nothing; a stem cell product names its stem cells."""
    feats = extract(title, lede)
    assert product in feats.names
    assert "rel:cell_therapy" not in feats.names and "no_anchor" in feats.names
    assert not clf.classify(title, lede).relevant
    assert "rel:stem_cell" in extract(with_stem_cells, "").names
    assert clf.classify(with_stem_cells, "").relevant
    # without the product, a cell therapy is still read as one
    assert "rel:cell_therapy" in extract(*plain).names


@pytest.mark.parametrize(
    "title,lede,anchor",
    [
        # a clinic's page on platelets or dextrose, "regenerative" its only relevance word
        # (heldout342: four such pages read as stem cell news, 0.79-0.97)
        ("Regenerative Medicine: PRP", "PRP is injected into joints and tendons.", "rel:regenerative"),
        ("Prolo Therapy", "Prolotherapy is a regenerative therapy using dextrose.", "rel:regenerative"),
        ("Regenerative Therapy for Knee Injuries", "Platelet Rich Plasma therapy.", "rel:regenerative"),
        ("再生医療によるPRP療法", "多血小板血漿を肌に注入します。", "rel:regenerative"),
        # a beauty clinic's "regenerative medicine" with no stem cells (heldout344)
        ("Regenerative Medicine in Aesthetics", "Lines and wrinkles appear.", "rel:regenerative"),
        ("What is regenerative medicine?", "These biostimulating treatments.", "rel:regenerative"),
        # hormones and peptides, ozone, shock waves, a franchise, the field's tissues (heldout763)
        ("Regenerative medicine for you", "We offer hormone optimization and peptide therapy.", "rel:regenerative"),
        ("Regenerative medicine clinic", "Prolozone and intravenous ozone treatments.", "rel:regenerative"),
        ("Why regenerative medicine is on the rise", "A franchise for pain relief.", "rel:regenerative"),
        (
            "What is regenerative medicine?",
            "It is the process of creating living, functional tissues to repair organs.",
            "rel:regenerative",
        ),
        # the field's name in French, Italian or Spanish beside platelets (heldout348)
        ("Qu'est-ce que le PRP?", "En médecine régénérative, le PRP.", "rel:regenerative_named"),
        ("Il gel piastrinico", "Basato sulla medicina rigenerativa.", "rel:regenerative_named"),
        ("Medicina regenerativa", "El plasma rico en plaquetas.", "rel:regenerative_named"),
        # skin cells grown from one's own skin or gums, sold as regenerative medicine (heldout434)
        ("タレントが再生医療に挑戦", "自分の歯茎細胞を培養して肌に戻す。", "rel:regenerative_named"),
        ("再生医療で若返り", "線維芽細胞を培養して注入します。", "rel:regenerative_named"),
        # the cord's blood as a newborn's circulation or a sample of its acidity (heldout351)
        (
            "Delayed Versus Immediate Cord Clamping in Preterm Infants",
            "Delaying umbilical cord clamping can improve outcomes of preterm newborns.",
            "rel:hematopoietic",
        ),
        ("Umbilical-cord blood gas analysis", "The pH of arterial cord blood.", "rel:hematopoietic"),
        ("Waiting to clamp umbilical cord may help premature babies", "", "rel:hematopoietic"),
        # the cord's blood as a sample of pollutants, metals or antibodies (heldout489)
        ("Study shows toxic chemicals in newborns", "200 pollutants in umbilical cord blood.", "rel:hematopoietic"),
        ("PFAS trends in cord plasma from the Beijing Cord Blood Bank", "", "rel:hematopoietic"),
        ("Allergy risk shows up in umbilical cord blood", "High levels of IgE.", "rel:hematopoietic"),
        # the cord as the newborn's anatomy: its stump, a loop around the neck, a prolapse, a
        # birth that leaves it uncut (heldout505)
        ("Looking after the umbilical cord stump", "Keep it dry until it drops.", "rel:hematopoietic"),
        ("Umbilical cord care at home", "Fold the nappy down below the cord.", "rel:hematopoietic"),
        ("When the umbilical cord falls off", "Most babies lose it in the second week.", "rel:hematopoietic"),
        ("Born with the umbilical cord around the neck", "Midwives slip it over the head.", "rel:hematopoietic"),
        ("A nuchal cord seen on the scan", "The umbilical cord loops once.", "rel:hematopoietic"),
        ("Umbilical cord prolapse during labour", "An emergency caesarean followed.", "rel:hematopoietic"),
        ("Why some parents choose a lotus birth", "The umbilical cord is left uncut.", "rel:hematopoietic"),
        # the same in Spanish, Portuguese, French, Italian and German, and the cord cut at
        # birth (heldout506)
        ("El cordón umbilical del bebé", "El muñón tarda una semana en caerse.", "rel:hematopoietic"),
        ("Cordón umbilical alrededor del cuello", "Ocurre en uno de cada tres partos.", "rel:hematopoietic"),
        ("Cordão umbilical no pescoço", "Uma circular de cordão é comum.", "rel:hematopoietic"),
        ("Les soins du cordon ombilical", "Le moignon tombe vers le dixième jour.", "rel:hematopoietic"),
        ("Il cordone ombelicale del neonato", "Il moncone cade dopo una settimana.", "rel:hematopoietic"),
        ("Nabelschnur um den Hals", "Das kommt bei jeder dritten Geburt vor.", "rel:hematopoietic"),
        ("Le cordon ombilical, pourquoi le couper", "Le papa peut couper le cordon.", "rel:hematopoietic"),
        ("Dads describe cutting the umbilical cord", "", "rel:hematopoietic"),
        # the infant's iron stores, which delayed clamping raises, are no blood stored (heldout508)
        ("Delayed cord clamping", "Clamping the umbilical cord late improves iron stores.", "rel:hematopoietic"),
        # a calf's navel and cord, dipped in iodine (heldout509)
        ("Dip umbilical cord", "Always dip a newborn calf's cord in iodine.", "rel:hematopoietic"),
        # and in Indonesian, Polish and Vietnamese (heldout507)
        ("Cara merawat tali pusat bayi", "Biasanya puput dalam seminggu.", "rel:hematopoietic"),
        ("Bayi lahir terlilit tali pusar", "Lilitan di leher sering terjadi.", "rel:hematopoietic"),
        ("Pępowina po porodzie", "Kikut odpada po dwóch tygodniach.", "rel:hematopoietic"),
        ("Dây rốn của bé", "Cuống rốn sẽ rụng sau một tuần.", "rel:hematopoietic"),
        # an organ's own stroma: the cornea's, the ovary's, the womb lining's (heldout360)
        ("Corneal stromal dystrophy", "A group of inherited conditions clouds the cornea.", "rel:msc"),
        ("Postmenopausal Ovarian Stromal Hyperplasia", "A rare cause of virilization.", "rel:msc"),
        (
            "Endometrial decidualization",
            "Under progesterone, the stromal cells around the embryo become decidual cells.",
            "rel:msc",
        ),
        # the words cell culture uses for what any cells release, said of microbes (heldout361)
        ("Secretome: clues into pathogen infection", "Secretory proteins of pathogens.", "rel:exosome"),
        ("Bacterial culture supernatant inhibits biofilms", "", "rel:exosome"),
        # cancer's spread, which a tumour's exosomes and recruited cells prepare (heldout362)
        (
            "Effects of exosomes on pre-metastatic niche formation in tumors",
            "Exosomes are extracellular vesicles with many functions.",
            "rel:exosome",
        ),
        ("Pre-metastatic niches", "Tumours recruit bone marrow-derived cells.", "rel:hematopoietic"),
        ("Metastasis", "EVs carry signals between tumor and stromal cells.", "rel:msc"),
        # exosomes read as a test, a biomarker or a diagnosis (heldout490)
        ("Analysis of urinary exosome RNA can diagnose kidney transplant rejection", "", "rel:exosome"),
        ("Exosomes as a new frontier of cancer liquid biopsy", "", "rel:exosome"),
        (
            "Neuron-derived exosomes in blood",
            "Biomarkers for the early diagnosis of Alzheimer's disease.",
            "rel:exosome",
        ),
        # the cells stem cell factor acts on, listed by an assay maker (heldout363)
        (
            "SCF kit ligand",
            "SCF (Stem cell factor) promotes germ cell and melanocyte progenitors.",
            "rel:progenitor",
        ),
        # a plant's stem cells, in its shoot and root meristems (heldout365)
        (
            "Stem cell regulation in the shoot meristem",
            "A small group of pluripotent stem cells is the source of all aerial parts.",
            "rel:stem_cell",
        ),
        ("Root growth", "Stem cells surround the quiescent center of Arabidopsis roots.", "rel:stem_cell"),
        # and named by its roots, shoots or growth (heldout680)
        ("Conductor gene found in plant root stem cell orchestra", "It ensures plant growth.", "rel:stem_cell"),
        ("Tiny molecules preserve stem cells", "Stem cells at the tips of the shoots and roots of plants.", "rel:stem_cell"),
        ("Clues to how stem cells decide their fate", "Videos of stem cells dividing in growing plant roots.", "rel:stem_cell"),
        # and by what it does with its stem cells (heldout702)
        ("Biologists Find How Plants Reconstitute Stem Cells", "", "rel:stem_cell"),
        ("Stem cells from mature cells", "Regenerating plants replay embryogenesis.", "rel:stem_cell"),
        # the field's name as a team's specialty (heldout472)
        (
            "A 45-year-old billionaire has been determined to be 18 again",
            "A team of thirty doctors specializing in regenerative medicine aims to cut his"
            " ageing by a quarter.",
            "rel:regenerative",
        ),
        # the cell therapy trade's plants and its cancer cell therapies, no stem cells named
        # (heldout486, heldout474)
        (
            "J&J plans $1B investment in PA cell therapy manufacturing facility",
            "The plant will employ 500 people.",
            "rel:cell_therapy",
        ),
        ("CDMO buys a cell therapy site", "", "rel:cell_therapy"),
        ("Company cuts the ribbon on its cell therapy factory", "", "rel:cell_therapy"),
        ("Takeda opens production facility for cell therapies", "", "rel:cell_therapy"),
        ("FDA lifts clinical hold on off-the-shelf cancer cell therapy trial", "", "rel:cell_therapy"),
        (
            "PharmaCyte Biotech Stock Slumps 70% YTD",
            "A company that produces cellular therapies for cancer and diabetes patients.",
            "rel:cell_therapy",
        ),
        # a donor CAR-T line named by its brand alone (heldout621)
        ("Cellectis cleared to test its gene edited cell therapy product UCART123", "", "rel:cell_therapy"),
        # the FDA's regenerative medicine advanced therapy designation given to a CAR-T, an
        # AAV gene therapy or an engineered vessel (heldout487)
        (
            "FDA Grants RMAT Designation to CAR T-Cell Therapy for Myeloma",
            "The FDA granted a Regenerative Medicine Advanced Therapy designation to the CAR T.",
            "rel:regenerative",
        ),
        (
            "Gene therapy for Danon disease gets regenerative medicine advanced therapy status",
            "The AAV-based therapy showed phase 1 data.",
            "rel:regenerative",
        ),
        (
            "FDA Grants Regenerative Medicine Designation to Vascular Tissue Therapy",
            "The acellular vessel is the first product to receive it.",
            "rel:regenerative",
        ),
        # Japan's class of regenerative medicine products given to an oncolytic virus, a
        # CAR-T or donor corneal cells (heldout488)
        ("デリタクト注、再生医療等製品として承認", "癌治療用ウイルスG47Δ製品。", "rel:regenerative"),
        ("ブレヤンジ静注の承認を了承", "CAR-T療法を採用した再生医療等製品。", "rel:regenerative"),
        ("再生医療等製品「ビズノバ」承認", "ドナー由来の培養ヒト角膜内皮細胞。", "rel:regenerative"),
        # Korea's advanced regenerative medicine act given to NK and CAR-NK cells (heldout493)
        ("NK세포 치료제 첨단재생의료 임상 연구 승인", "췌장암 환자 22명.", "rel:regenerative"),
        ("CAR-NK 세포치료제, 첨단재생의료 임상연구계획 승인", "", "rel:regenerative"),
        # a bare progenitor of an exploding star, a virus or a breed (heldout495)
        ("Astronomers find the progenitor to a rare supernova", "Hubble data.", "rel:progenitor"),
        ("Engines and Progenitors of Gamma-Ray Bursts", "A review.", "rel:progenitor"),
        ("The direct progenitor of SARS-CoV-2", "A bat coronavirus.", "rel:progenitor"),
        ("Ten 'progenitor' breeds of dogs", "All modern breeds trace to them.", "rel:progenitor"),
        # school biology's parent cell, in Indonesian, dividing into daughter cells (heldout504)
        (
            "Pembelahan Mitosis",
            "Satu sel induk membelah diri menjadi dua sel anakan.",
            "rel:stem_cell",
        ),
        ("Meiosis", "Sel induk diploid menghasilkan empat sel anak.", "rel:stem_cell"),
        # radiation sickness's syndromes listed by the tissue each strikes (heldout358)
        (
            "Acute Radiation Syndromes [ Hematopoietic, GI, CNS ]",
            "Acute radiation syndrome follows a large dose to the whole body.",
            "rel:hematopoietic",
        ),
        # the cell and gene therapy trade's whole sector, which it calls regenerative medicine
        # and whose products it calls cell therapies, naming no stem cells (heldout620)
        (
            "Record financing for the regenerative medicine sector",
            "The cell and gene therapy sector raised $12 billion in nine months.",
            "rel:regenerative",
        ),
        ("Alliance for Regenerative Medicine sees a quiet quarter", "Few CGT launches ahead.", "rel:regenerative"),
        (
            "Cell therapy approvals slow down",
            "Cell, gene, and tissue-based therapies drew less money this year.",
            "rel:cell_therapy",
        ),
        # a bare cell therapy beside a blood cancer: the trade's T cells (heldout624)
        (
            "Start-up raises $85 million",
            "It will take its cell therapy programs into trials in multiple myeloma and leukemia.",
            "rel:cell_therapy",
        ),
        ("Cell therapy for lymphoma shows durable responses", "", "rel:cell_therapy"),
        # and beside a solid cancer (heldout628)
        (
            "Company enrols first patient in cell therapy trial",
            "The cell therapy is for advanced colorectal cancer, gastric cancer and neuroendocrine tumours.",
            "rel:cell_therapy",
        ),
        ("Cell therapy shrinks solid tumors in mice", "", "rel:cell_therapy"),
        # and in the European law's classes of advanced therapy products (heldout637)
        (
            "CAT",
            "The committee assesses advanced therapy medicinal products (ATMPs). This includes"
            " gene therapy, somatic cell therapy, and tissue-engineered products.",
            "rel:cell_therapy",
        ),
        # acute GVHD beside donor CAR-T or NK cells, or an organ transplant (heldout646)
        (
            "Off-the-shelf CAR-T shows no acute GvHD",
            "None of the 20 patients given the allogeneic CAR T cells developed acute graft-versus-host disease.",
            "rel:hematopoietic",
        ),
        ("Chronic GVHD after liver transplantation: a case", "", "rel:hematopoietic"),
        ("Nach CAR-T-Zelltherapie kann eine akute GvHD auftreten", "", "rel:hematopoietic"),
        # a blood bank association's cellular therapy: its course, its accreditation, a cell
        # manipulation facility (heldout672)
        (
            "Time to Experience The Cellular Therapies Certificate Program?",
            "The AABB program is a self-paced online course.",
            "rel:cell_therapy",
        ),
        ("CMS grants deemed status for Cellular Therapy Services", "The AABB accrediting body.", "rel:cell_therapy"),
        ("Cell Manipulation Facility Open House", "Cellular therapy professionals are invited.", "rel:cell_therapy"),
        ("A CAR-T cellular therapy workshop", "", "rel:cell_therapy"),
        # the bioprocessing trade's pair of products (heldout684)
        (
            "Irish and English biotech partners obtained funding",
            "The money will help to develop new biologics and cell therapies.",
            "rel:cell_therapy",
        ),
    ],
)
def test_a_lone_anchor_beside_words_that_say_no_stem_cells_anchors_nothing(
    clf, title, lede, anchor
):
    """Platelets, prolotherapy or aesthetics beside a lone regenerative word, the cord
    clamped or its blood's gases beside lone cord words: the item is about no stem cell."""
    feats = extract(title, lede)
    assert anchor not in feats.names and "no_anchor" in feats.names
    assert not clf.classify(title, lede).relevant


def test_a_regenerative_clinic_naming_stem_cells_beside_its_platelets_stays_relevant(clf):
    title = "Regenerative Medicine for Joints"
    lede = "We offer prolotherapy, platelet rich plasma (PRP) and stem cell injections."
    feats = extract(title, lede)
    assert {"rel:regenerative", "rel:stem_cell"} <= feats.names and "no_anchor" not in feats.names
    assert clf.classify(title, lede).relevant
    # a service-like headline over a lede reporting a study in mice sells nothing
    # (heldout364), where a clinic's page of the same headline still does
    news = extract("Corneal Stromal Stem Cell Therapy", "A study shows its effect in a mouse model.")
    assert "hype:offer" not in news.names and "research:lab" in news.names
    assert "hype:offer" in extract("Knee Stem Cell Therapy", "Book your consultation.").names


@pytest.mark.parametrize(
    "title,lede,groups",
    [
        # without platelets or dextrose a regenerative word still anchors
        ("Regenerative medicine for knee injuries", "", ()),
        # and a hormone clinic or a franchise naming its stem cells keeps them (heldout763)
        (
            "Regenerative medicine franchise",
            "Our clinics offer hormone therapy and stem cell injections.",
            ("rel:regenerative", "rel:stem_cell"),
        ),
        # a regenerative medicine doctor who gives stem cells keeps them (heldout472)
        (
            "A regenerative medicine physician injects stem cells into knees",
            "",
            ("rel:regenerative", "rel:stem_cell"),
        ),
        # as it does beside aesthetics where the page names its stem cells
        (
            "Regenerative medicine in aesthetics",
            "Fat grafting carries stem cells.",
            ("rel:regenerative", "rel:stem_cell"),
        ),
        # and beside fibroblasts where the page also names its stem cells
        ("再生医療の幹細胞治療", "線維芽細胞と幹細胞を使い分けます。", ("rel:stem_cell",)),
        (
            "Medicina regenerativa: plasma rico en plaquetas y células madre",
            "",
            ("rel:regenerative_named",),
        ),
        # an organ's stromal cells given, grown or taken from a source as MSCs are
        (
            "Adipose stromal cells injected into the uterus",
            "They thickened a thin endometrium.",
            ("rel:msc",),
        ),
        ("Stromal vascular fraction for ovarian rejuvenation", "A clinic sells SVF.", ("rel:msc",)),
        (
            "Stromal cells restore ovarian function",
            "A phase 1 trial in ovarian insufficiency.",
            ("rel:msc",),
        ),
        # a plant gene used on human stem cells keeps them
        ("Arabidopsis gene helps reprogram human iPS cells", "", ("rel:pluripotent",)),
        ("Plant growth factor helps stem cells heal patients' wounds", "", ("rel:stem_cell",)),
        # stem cells grown with stem cell factor keep their own words
        (
            "HSCs expanded with stem cell factor",
            "Cord blood stem cells grew tenfold.",
            ("rel:stem_cell",),
        ),
        # exosomes given against metastasis, and MSCs or theirs beside it
        ("Exosome therapy inhibits tumour metastasis in mice", "", ()),
        ("MSC-derived exosomes promote breast cancer metastasis", "", ()),
        ("Bone marrow-derived mesenchymal stromal cells in tumour progression", "", ()),
        # exosomes sold as a treatment beside a test or a diagnosis (heldout490)
        ("Exosome therapy for hair loss", "A simple test shows your scalp is ready.", ()),
        ("Exosome facial: what to expect", "We screen every client before treatment.", ()),
        ("Exosome injections for knee pain", "Diagnosis by MRI first.", ()),
        # an MSC's secretome against bacteria names its stem cells
        ("MSC secretome clears bacterial infection in mice", "", ("rel:exosome",)),
        # a stem cell maker's plant names its stem cells, and a cell therapy with no such words
        # still anchors (a corpus item: "Meta-analysis of cell therapy trials in heart failure")
        ("Novo Nordisk sets up stem cell manufacturing for its cell therapies", "", ()),
        ("Company opens a cell therapy plant to make iPS cell-derived neurons", "", ()),
        ("Cancer cell therapy made from cord blood stem cells enters trial", "", ()),
        ("Meta-analysis of cell therapy trials in heart failure", "", ("rel:cell_therapy",)),
        # the designation's programme as news of its own (the 23rd set's pages), and a stem
        # cell product's designation
        (
            "Rapidly rising RMAT designations",
            "The FDA grants more regenerative medicine advanced therapy designations, CAR-T"
            " among them.",
            ("rel:regenerative",),
        ),
        ("MSCs win regenerative medicine advanced therapy designation", "A T-cell disease.", ()),
        # a regenerative medicine product of stem cells, or the class named with no other
        # product (heldout488)
        ("テムセル、再生医療等製品として承認", "ヒト骨髄由来間葉系幹細胞。遺伝子治療ではない。", ()),
        ("再生医療等製品の承認が加速", "条件付き承認制度が使われている。", ()),
        # news of Korea's act itself, and its committee approving stem cell and CAR-T studies
        # together (heldout493)
        (
            "첨단재생의료 제도 개정안 시행",
            "CAR-T 치료도 병원에서 가능해진다.",
            ("rel:regenerative",),
        ),
        (
            "첨단재생의료 심의위원회",
            "탯줄유래 중간엽 줄기세포와 CD19 CAR-T 투여 연구 승인.",
            ("rel:stem_cell",),
        ),
        # the cord's blood banked, given or named for its stem cells beside a pollutant: a
        # bank's page on chemicals, a transplant's toxicity, pollutants harming its stem cells
        ("Is cord blood banking safe from chemicals?", "We test every stored unit.", ()),
        ("Cord blood transplant toxicity in adults", "Conditioning exposure matters.", ()),
        ("Pollutants harm cord blood stem cells", "Umbilical cord blood from exposed mothers.", ()),
        # progenitor cells, or progenitors named as a brain's or the blood's, beside a virus
        # or a star (heldout495)
        ("Zika virus kills neural progenitors", "The virus stunts brain growth.", ()),
        ("Progenitor cells regrow the retina", "The star of the meeting.", ()),
        ("Progenitors of blood in bats", "Bats resist the virus.", ()),
        # "sel induk" beside its division where the text says what stem cells are for, or
        # names them in another word (heldout504)
        ("Sel induk dapat membelah diri", "Sel induk tali pusat dipakai untuk terapi.", ("rel:stem_cell",)),
        ("Sel induk membelah dan berdiferensiasi", "Penelitian di Jakarta.", ("rel:stem_cell",)),
        ("Sel induk (sel punca) membelah diri", "", ("rel:stem_cell",)),
        # and beside radiation sickness the blood-forming word anchors where marrow is
        # transplanted
        (
            "Radiation sickness: hematopoietic recovery",
            "after bone marrow transplant",
            ("rel:hematopoietic",),
        ),
        # a sector report naming a stem cell product among the year's approvals (heldout620)
        (
            "The regenerative medicine sector's year",
            "Cell and gene therapy approvals included Ryoncil, a mesenchymal stem cell product.",
            ("rel:regenerative", "rel:brand"),
        ),
        # a blood cancer's stem cell product, named, or given as cord blood (heldout624)
        ("Omisirge cell therapy for leukemia patients", "", ("rel:brand",)),
        ("Cord blood cell therapy for leukaemia", "The expanded cells engraft faster.", ("rel:hematopoietic",)),
        # a stem cell product against a solid cancer names its cells (heldout628)
        ("MSC cell therapy carries a drug to glioblastoma", "", ("rel:msc",)),
        # an advanced therapy product made of stem cells names them (heldout637)
        ("Committee backs a somatic cell therapy ATMP", "Holoclar holds limbal stem cells.", ("rel:stem_cell",)),
        # acute GVHD where no CAR-T, NK cell or organ transplant is named (heldout646)
        ("Ibrutinib falls short in chronic graft-versus-host disease", "", ("rel:hematopoietic",)),
        ("Abatacept cuts aGVHD in mismatched donors", "", ("rel:hematopoietic",)),
        # and a marrow graft beside transfusions is no GVHD
        ("A life-saving bone-marrow graft after years of transfusions", "", ("rel:hematopoietic",)),
        # an accredited cord blood bank names its cord blood (heldout672)
        ("AABB accredits a cord blood bank's cellular therapy lab", "", ("rel:hematopoietic",)),
        # and a blood disorder's cell therapy that ends transfusions is no blood bank's
        ("Cell therapy frees thalassaemia patients from transfusions", "", ("rel:cell_therapy",)),
    ],
)
def test_a_lone_anchor_beside_words_that_name_stem_cells_or_give_them_keeps_it(title, lede, groups):
    """The twin of the rows above that drop a lone anchor: the same words beside stem cells
    named, a treatment sold or given, or the programme's own news keep the item anchored."""
    feats = extract(title, lede)
    assert set(groups) <= feats.names and "no_anchor" not in feats.names


def test_a_cell_therapy_of_grown_fibroblasts_is_no_stem_cell_news_but_ips_cells_from_them_are(clf):
    filler = ("Preenchimento e terapia celular", "Os fibroblastos são cultivados em laboratório.")
    assert "no_anchor" in extract(*filler).names and not clf.classify(*filler).relevant
    ips = ("Researchers reprogram skin fibroblasts into iPS cells", "")
    assert "neg:other_cells" in extract(*ips).names and clf.classify(*ips).relevant


def test_a_product_of_no_stem_cells_called_regenerative_medicine_anchors_nothing(clf):
    """A maker calling its myoblast sheets or spray-on skin cells "regenerative medicine"
    names no stem cell (heldout347: 0.84-0.97); iPS cells beside the same words still do."""
    title = "Terumo applies for approval of skeletal myoblast sheets"
    lede = "The world's first myocardial regenerative medicine is grown from thigh muscle."
    feats = extract(title, lede)
    assert "rel:regenerative" not in feats.names and "no_anchor" in feats.names
    assert not clf.classify(title, lede).relevant
    ips = extract(title, "iPS cell-derived heart sheets are the next regenerative medicine.")
    assert "rel:pluripotent" in ips.names and "no_anchor" not in ips.names


def test_exosomes_from_platelets_or_milk_are_no_stem_cell_news_but_msc_exosomes_beside_them_are(
    clf,
):
    milk = ("The Use of Exosomes from Cow Milk for Oral Drug Delivery", "")
    assert "no_anchor" in extract(*milk).names and not clf.classify(*milk).relevant
    msc = ("MSC exosomes outperform platelet-rich plasma in knee osteoarthritis", "")
    assert "rel:exosome" in extract(*msc).names and clf.classify(*msc).relevant


@pytest.mark.parametrize(
    "title, lede",
    [
        # a bank's page on delayed clamping, and cells grown from the cord (heldout351)
        ("Delayed cord clamping and cord blood banking: can you do both?", ""),
        ("Umbilical cord MSCs for knee osteoarthritis", "Results after clamping the dose."),
        # blood stored, beside an infant's iron stores (heldout508)
        ("Delayed clamping, then umbilical cord blood stored", "It raises iron stores too."),
        # a foal's cord blood banked (heldout509)
        ("Foal cord blood banking", "Vets keep the umbilical cord blood of newborn foals."),
        # the cord's anatomy beside its blood banked or stored, or cells grown from it
        # (heldout505)
        ("Lotus birth or cord blood banking?", "Banking needs the umbilical cord cut."),
        ("After the umbilical cord is cut", "Its blood is stored before the stump falls off."),
        ("Umbilical cord MSCs for neck pain", "A study of injections into the neck."),
        # the blood kept in another language's word for it (heldout506, heldout507)
        ("Le sang du cordon ombilical conservé", "Avant la chute du moignon."),
        ("Conservar el cordón umbilical", "Cuando el muñón se cae ya fue conservado."),
        ("Nabelschnurblut einlagern", "Bevor der Nabelschnurrest abfällt, vom Hals bis zum Bauch."),
        ("Simpan darah tali pusat bayi", "Sebelum tali pusar puput, darahnya diambil."),
        ("Menabung tali pusat bayi", "Cara merawat tabungan kesehatan anak."),
        ("Krew pępowinowa: przechowywanie", "Pobiera się ją zanim kikut odpadnie."),
        ("Lưu trữ máu cuống rốn", "Dây rốn được kẹp trước khi cuống rốn rụng."),
        # the womb's neck is no baby's
        ("Células del cordón umbilical y cáncer de cuello uterino", "Un estudio en ratones."),
    ],
)
def test_cord_words_beside_the_cords_birth_words_stay_an_anchor_where_kept_or_grown(
    clf, title, lede
):
    """The cord clamped at birth or named as the newborn's anatomy drops a lone cord anchor
    (lexicon.CORD_AT_BIRTH), but not where its blood is banked, stored or kept (conservar,
    conserver, einlagern, simpan, menabung, przechowywać, lưu trữ; not an infant's iron
    stores), nor where cells grown from the cord are named, nor beside the womb's neck."""
    assert "no_anchor" not in extract(title, lede).names
    assert clf.classify(title, lede).relevant


@pytest.mark.parametrize(
    "title, lede, group, claimed",
    [
        # "Mediterranean Shipping Company (MSC)" makes the text's every MSC the shipping line,
        # plural or singular; a text that spells out no such name keeps its MSCs
        # (heldout352-354)
        ("MSC grows", "Mediterranean Shipping Company (MSC) bought four ships.", "rel:msc", True),
        ("MSC grows", "Mesenchymal stromal cells (MSCs) grew on the scaffold.", "rel:msc", False),
        # an acronym against another script's letters is the same acronym (heldout366)
        (
            "肝星状细胞",
            "激活的肝星状细胞(hepatic stellate cells, HSC)很关键. HSC发生激活.",
            "rel:hematopoietic",
            True,
        ),
        # IPSC in capitals beside shooting or its guns is the practical shooting confederation
        # (heldout492); iPSCs, and an IPSC headline with no guns, keep their stem cells
        ("IPSC Handgun", "IPSC pistol is a shooting competition with handguns.", "rel:pluripotent", True),
        ("iPSC-derived neurons fire like shooting stars", "iPSCs from skin.", "rel:pluripotent", False),
        ("IPSC-DERIVED HEART CELLS ENTER TRIAL", "", "rel:pluripotent", False),
        # Northern Ireland's Health and Social Care service, by name or by its trusts
        # (heldout491); not England's department, whose news may name HSCs
        (
            "Making an application to the HSC",
            "A career in Health & Social Care (HSC).",
            "rel:hematopoietic",
            True,
        ),
        ("Belfast HSC Trust waiting times", "HSC jobs and HSC staff pay.", "rel:hematopoietic", True),
        ("HSC transplant at a Belfast hospital", "", "rel:hematopoietic", False),
        (
            "Department of Health and Social Care funds research on HSCs",
            "",
            "rel:hematopoietic",
            False,
        ),
        # the Marine Stewardship Council, named or known by its fisheries, seafood and ecolabel
        # (heldout494); MSCs labelled for imaging, and a zebrafish's MSCs, keep their cells
        (
            "Suspension For Mackerel Fisheries MSC Certification",
            "MSC certified fisheries...",
            "rel:msc",
            True,
        ),
        ("Sales Of MSC-Certified Seafood Reach One Million Tonnes", "", "rel:msc", True),
        (
            "Sainsbury's helps MSC reach 7,000 products",
            "The Marine Stewardship Council said.",
            "rel:msc",
            True,
        ),
        ("Supermarket sells more MSC tuna", "Look for the blue fish label of the MSC.", "rel:msc", True),
        (
            "MSC labelled with iron oxide tracked by MRI",
            "MSC labeling did not harm the cells.",
            "rel:msc",
            False,
        ),
        ("Zebrafish MSC niche regrows fins", "MSC from the fish's fin rays.", "rel:msc", False),
        # the womb lining's stromal cells abbreviated ESCs are no embryonic stem cells (heldout360)
        (
            "Decidualization",
            "Endometrial stromal fibroblast cells (ESCs) become DSCs.",
            "rel:pluripotent",
            True,
        ),
        # heldout496: names of stem cell firms and institutes that other trades bear too
        ("Lifebank founder expands to Kenya", "The Nigerian blood courier grows.", "rel:brand", True),
        ("LifeBank USA stores cord blood", "A family bank in New Jersey.", "rel:brand", False),
        ("Bluerock REIT reports results", "The real estate group's quarter.", "rel:brand", True),
        ("BlueRock starts Parkinson's trial", "Bemdaneprocel, its dopamine cells.", "rel:brand", False),
        ("Invasive treefrogs reach Louisiana", "The Cuban frogs eat native frogs.", "rel:brand", True),
        (
            "TreeFrog Therapeutics raises $75 million",
            "Its C-Stem platform grows cells.",
            "rel:brand",
            False,
        ),
        (
            "CIRA report on the .CA domain",
            "The Canadian Internet Registration Authority.",
            "rel:brand",
            True,
        ),
        ("CIRA di Capua", "Il Centro Italiano Ricerche Aerospaziali.", "rel:brand", True),
        ("CiRA ships iPS cell stock", "Kyoto University's CIRA.", "rel:brand", False),
        (
            "CIRM-Luminy turns 40",
            "The Centre International de Rencontres Mathématiques.",
            "rel:brand",
            True,
        ),
        ("CIRM awards $10 million grant", "California's stem cell agency.", "rel:brand", False),
        ("BioTime 8.0 manual", "ZKTeco's time and attendance software.", "rel:brand", True),
        ("C-CURE 9000 guide", "Software House access control.", "rel:brand", True),
        ("C-Cure heart cells in a trial", "Cardio3's cardiopoietic cells.", "rel:brand", False),
        # heldout498: a beach of El Masnou, a bird of the bestiaries
        ("Playa de Ocata", "Un arenal del Maresme, en El Masnou.", "rel:brand", True),
        ("Ocata Therapeutics' RPE cells", "The former Advanced Cell Technology.", "rel:brand", False),
        ("The caladrius", "A white bird of the medieval bestiaries.", "rel:brand", True),
        (
            "Caladrius Biosciences raises $30 million",
            "CD34+ cell therapy for angina.",
            "rel:brand",
            False,
        ),
        # heldout499: a mineral, a glutamine suspension, a nursery's trees
        ("Esperite from Franklin", "A calcium lead zinc silicate that glows yellow.", "rel:brand", True),
        ("Esperite shares fall", "Cryo-Save's parent halts cord blood storage.", "rel:brand", False),
        ("Healios for mouth sores", "An oral glutamine suspension for mucositis.", "rel:brand", True),
        ("Healios files for approval", "HLCM051 for ARDS in Japan.", "rel:brand", False),
        ("Betula utilis multistem", "A white-barked birch for the garden.", "rel:brand", True),
        ("MultiStem cut deaths in ARDS", "Athersys' cells in a phase 2 trial.", "rel:brand", False),
        # heldout502: a Seattle site, a German aid charity
        ("Talaris site sold", "The 18-acre Laurelhurst campus in Seattle.", "rel:hematopoietic", True),
        ("Talaris starts phase 3", "FCR001 for kidney transplant tolerance.", "rel:hematopoietic", False),
        ("action medeor hilft in Malawi", "Das Medikamentenhilfswerk aus Tönisvorst.", "rel:hematopoietic", True),
        ("Medeor reports pivotal trial data", "MDR-101 for kidney transplants.", "rel:hematopoietic", False),
    ],
)
def test_a_word_another_trade_claims_is_that_trades_where_the_text_names_the_trade(
    title, lede, group, claimed
):
    """An acronym the text also spells out as another trade's name, or a stem cell firm's
    name where the text names the other trade that bears it, is that trade's everywhere in
    the text (lexicon.ACRONYM_OWNERS and NAME_OWNERS, one loop in features.extract); kept
    where the text does not."""
    feats = extract(title, lede)
    if claimed:
        assert group not in feats.names and "ff" in feats.names
    else:
        assert group in feats.names and "ff" not in feats.names


def test_a_korean_hospital_designated_for_clinical_research_is_no_trial():
    """"임상연구를 위한 ... 실시기관으로 선정" (designated an institution for clinical research,
    heldout493) names no trial; a study approved or patients dosed at it still do."""
    site = extract("분당차병원, 임상연구를 위한 첨단재생의료 실시기관으로 선정", "줄기세포 치료.")
    assert not any(n.startswith("trials:") for n in site.names)
    trial_site = extract("병원, 임상시험실시기관으로 지정", "줄기세포.")
    assert not any(n.startswith("trials:") for n in trial_site.names)
    study = extract("줄기세포 임상연구 승인", "실시기관에서 환자 투여를 시작했다.")
    assert "trials:trial" in study.names


def test_nk_cells_made_from_stem_cells_stay_relevant(clf):
    """NK cell therapy is no stem-cell therapy (heldout71: a clinic's NK infusions read as
    relevant, 0.96), but NK cells made from iPS cells are stem-cell products."""
    clinic = "当クリニックのNK細胞療法"
    assert "neg:car_t" in extract(clinic, "").names and not clf.classify(clinic, "").relevant
    made = "Company doses first patient with iPSC-derived NK cells"
    assert "rel:pluripotent" in extract(made, "").names and clf.classify(made, "").relevant
    # nor are CARs in NKT cells or macrophages (heldout486)
    nkt = "Cell Medica doses first patient with CAR-NKT cell therapy"
    assert "neg:car_t" in extract(nkt, "").names and not clf.classify(nkt, "").relevant
    assert "neg:car_t" in extract("Maker developing CAR therapies raises $53M", "").names
    # in English too: "NK cell therapy" is no stem-cell cue (heldout340)
    plain = "FDA clears IND for allogeneic NK cell therapy in leukemia"
    assert "neg:car_t" in extract(plain, "").names and not clf.classify(plain, "").relevant


def test_a_relevance_phrase_begun_inside_a_topic_phrase_is_read_whole():
    # "primeros trasplantes" is a trial word; the marrow transplant it begins runs past it
    f = extract("Bolivia realizará sus primeros trasplantes de médula ósea", "")
    assert f.phrases["trials:procedure"] == ["primeros trasplantes"]
    assert f.phrases["rel:hematopoietic"] == ["trasplantes de médula ósea"]
    assert "no_anchor" not in f.names


@pytest.mark.parametrize(
    "text",
    [
        "Put Swiss-Apple Stem Cells On Your Face",
        "식물줄기세포 효소 판매",
        "植物干细胞面霜",
        "Beauty-Wundermittel Apfel-Stammzellen",
        "आयुर्वेद मेडिसीनल प्लांट स्टेम सेल थेरपी",  # Marathi (heldout85)
        "वनस्पति स्टेम सेल क्रीम",  # Hindi
        "Lewat stem cell dari apel Swiss, kulit bisa terlihat lebih muda",  # heldout121
        "Krim sel punca tumbuhan",  # Indonesian
        "Elma kök hücresi içeren krem",  # Turkish
        "Crema con células madre vegetales",
        "Creme com células-tronco vegetais",
        "Sérum aux cellules souches végétales",
        "Crema alle cellule staminali vegetali",
    ],
)
def test_plant_stem_cells_are_masked_in_every_script(text):
    f = extract(text, "")
    assert "ff" in f.names and not any(n.startswith("rel:") for n in f.names), f.phrases


@pytest.mark.parametrize(
    "text",
    [
        "Células madre de cordón umbilical para niños",
        "stem cells from the patient's own fat",
        "sel punca dari tali pusat",
        "Kök hücre nakli yapılan hasta",
        "cellules souches de la moelle osseuse",
    ],
)
def test_stem_cells_from_a_body_are_not_plant_stem_cells(text):
    f = extract(text, "")
    assert "ff" not in f.names and any(n.startswith("rel:") for n in f.names), f.phrases


def test_every_false_friend_carries_a_prefilter_hint():
    # extract() scans for false friends only in texts holding a hint: a pattern without one
    # would silently never run.
    for pattern in lexicon.FALSE_FRIENDS:
        assert any(h in pattern.lower() for h in lexicon.FALSE_FRIEND_HINTS), pattern


@pytest.mark.parametrize(
    "text,prefix",
    [
        # a shareholder vote and a share authorization are company matters, not a
        # regulator's vote or authorization (heldout27)
        (
            "Cord bank urges shareholders to vote against share authorization proposal",
            "regulation:",
        ),
        ("Board asks investors for more authorized shares", "regulation:approval"),
        # "pivotal" as an adjective names no trial
        ("Pivotal trends shaping the cord blood industry", "trials:"),
        ("Banks play a pivotal role in cord blood storage", "trials:"),
        # "cell therapy" inside "CAR-T cell therapy" is CAR-T, not a stem-cell cue
        ("CAR-T Cell Therapy is 'Resetting' the Immune System in Lupus", "rel:"),
        ("A CAR T-cell therapy for myeloma wins approval", "rel:"),
        # Korean 임상적 is the adjective "clinical" (임상적 유의성, clinical significance), not
        # a trial (heldout29: a refusal citing it read as trials)
        ("재신청 자료, 임상적 유의성 등 부족", "trials:"),
        # registering as a donor registers no product (heldout31 read it as an approval)
        ("Why register to donate bone marrow?", "regulation:approval"),
        ("Students register as potential donors", "regulation:approval"),
        # a disciplined investor is no disciplined doctor
        ("Cord blood bank keeps a disciplined approach to spending", "regulation:"),
        # labs grow hair follicles: research, not a clinic's hair treatment
        ("Stem cells grow hair follicles in a dish", "hype:"),
        # a ministry's title and a law's name are no pitch (heldout32: the Bahamas' Minister
        # of Health and Wellness, California's Cures Initiative)
        ("Health and Wellness Minister tables a stem cell bill", "hype:"),
        ("The 21st Century Cures Act created a fast track for cell therapies", "hype:"),
        # police investigations are no investment (heldout32 read them as funding)
        ("Police investigations into the clinic widen", "business:"),
        # a news agency reports; it regulates nothing (heldout34: the Uzbekistan Telegraph
        # Agency, the Vietnam News Agency)
        ("Stem cell surgeries succeed, reports the state news agency", "regulation:"),
        ("Transplant hospital cited by the Uzbekistan Telegraph Agency", "regulation:"),
        # an epileptic seizure is no seizure of goods (heldout34: an epilepsy trial)
        ("Stem cell-derived neurons bring dramatic seizure reduction", "regulation:"),
        ("Patient went from 30 seizures per month to two", "regulation:"),
        ("Cell therapy aims to quiet drug-resistant seizures", "regulation:"),
        # a marrow donor registry lists volunteers (heldout34)
        ("I joined the Be The Match Registry as a marrow donor", "regulation:"),
        (
            "Be The Match, an international registry that connects patients with donors",
            "regulation:",
        ),
        # a registry's milestone and a head count are no deal and no money (heldout34)
        ("Donor registries hit a significant milestone", "business:"),
        ("Registries now list 25 million people willing to donate", "business:"),
        ("Registries now list 25 million people willing to donate", "trials:"),
        # a lawsuit's claim is no clinic's claim (heldout35: California sued a cord blood bank)
        ("The bank lost its customers' samples, California claims in court", "hype:"),
        ("Hospital files insurance claims for transplants", "hype:"),
        # stroke patients are who a trial treats, not a harm (heldout35)
        ("Stroke patients improve after getting stem cells", "safety:"),
        ("Cells tested in chronic stroke", "safety:"),
        ("Implanted cells and motor recovery after stroke", "safety:"),
        ("Stroke survivors walk further a year on", "safety:"),
        # the injury a therapy repairs is the disease, not a harm (heldout36: Stemirac)
        ("Approval of a stem cell treatment for spinal cord injury", "safety:"),
        ("MSCs for acute lung injury in a first cohort", "safety:"),
        # frailty in old age is a condition a trial treats (heldout36: Lomecel-B)
        ("Topline results of a phase 2b study for aging frailty", "hype:"),
        # a scientific meeting is no law-maker (heldout36)
        ("Dubai Stem Cell Congress 2025 opens", "regulation:"),
        ("Data shown at the 2025 congress in Melbourne", "regulation:"),
        ("Talk at the world congress of the transplant society", "regulation:"),
    ],
)
def test_company_matters_and_adjectives_are_not_cues(text, prefix):
    names = extract(text, "").names
    assert not any(n.startswith((prefix, "t:" + prefix)) for n in names), names


def test_longevity_in_a_company_name_is_not_a_claim():
    f = extract("Human Longevity Inc. buys a cord blood bank", "")
    assert not any(n.startswith(("hype:", "t:hype:")) for n in f.names), f.phrases
    assert "hype:anti_aging" in extract("Longevity clinics sell stem cell drips", "").names


def test_a_provider_describing_its_treatment_reads_as_hype_and_a_trial_does_not(clf):
    # The same procedure words: sold on a clinic's page, and measured in a trial.
    page = clf.classify(
        "Our stem cell procedure, step by step",
        "After a mini-liposuction under local anaesthesia the cells are mixed with PRP and "
        "injected into the shoulder; you can drive home an hour later.",
    )
    assert "hype" in page.topics, page.scores
    assert any("liposuction" in e for e in page.evidence["hype"]), page.evidence
    trial = clf.classify(
        "Phase 2 trial tests fat-derived stem cells for shoulder tears",
        "Fat was taken by liposuction under local anaesthesia from 48 patients, who were "
        "randomised to cell injections or saline.",
    )
    assert "trials" in trial.topics and "hype" not in trial.topics, trial.scores


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Veterinary stem cell trial enrolls 40 dogs with hip osteoarthritis",
            "The randomized study at a university animal hospital will test adipose-derived "
            "MSC injections in client-owned dogs.",
        ),
        (
            "Equine MSC therapy shows tendon healing in racehorses",
            "A controlled clinical study of 30 horses found a faster return to racing.",
        ),
        (
            "Estudio clínico con células madre en perros con displasia de cadera",
            "Veinte perros recibieron una inyección de células mesenquimales.",
        ),
        # the animals called the patients: the text's bare "patients" are they (heldout855,
        # a veterinary school's trial in cats with kidney disease)
        (
            "New clinical trial seeks renal disease patients",
            "The veterinary school will give its cat patients with stage 4 kidney disease "
            "three stem cell injections two weeks apart.",
        ),
    ],
)
def test_a_study_in_animal_patients_is_not_a_clinical_trial(clf, title, summary):
    """Trials are human clinical trials: the issue's taxonomy leaves animal studies out,
    and veterinary ones read like trials (randomized, enrolls, a clinical study)."""
    got = clf.classify(title, summary)
    assert got.relevant and "trials" not in got.topics, got.scores


@pytest.mark.parametrize(
    ("title", "summary", "topic"),
    [
        (
            "Stem cell therapy that helped arthritic dogs moves into a human trial",
            "The company will enroll 30 people with knee osteoarthritis in a phase I study.",
            "trials",
        ),
        (
            "Stem cell therapy that helped canine patients enters a clinical trial",
            "Thirty people with knee osteoarthritis will receive the cells in the study.",
            "trials",
        ),
        (
            "PET imaging tracks transplanted cells in phase I trial",
            "Investigators dosed the first cohort of the MSC study.",
            "trials",
        ),
        (
            "Cord blood trial for cerebral palsy finishes enrollment",
            "Families travelled with their pets to the trial site; 90 children were treated.",
            "trials",
        ),
        # a vet page's doubt or anti-ageing pitch is hype, as the provider words are not
        # (heldout102)
        (
            "Vets warn pet owners about unproven stem cell shots",
            "Clinics charge thousands for injections in dogs with no evidence that they work.",
            "hype",
        ),
        (
            "Stem cell clinic sells anti-aging infusions to people and their dogs",
            "Book a consultation for the rejuvenation package; patients fly in from abroad.",
            "hype",
        ),
    ],
)
def test_news_about_people_that_names_animals_keeps_its_topic(clf, title, summary, topic):
    got = clf.classify(title, summary)
    assert topic in got.topics, got.scores


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Stem cell therapy for dogs at our clinic",
            "Book a consultation: we treat arthritic pets with their own fat-derived cells.",
        ),
        (
            "Células madre en medicina veterinaria: evidencias clínicas",
            "Nuestra clínica ofrece terapia con células madre para perros y gatos.",
        ),
        ("当院の幹細胞治療", "当院では犬や猫の関節の病気に幹細胞治療を行っています。"),
        (
            "Stammzellen für den vierbeinigen Patienten",
            "Die Tierklinik behandelt Sehnenschäden beim Pferd mit Stammzellen aus Körperfett.",
        ),
    ],
)
def test_a_vet_practice_offering_stem_cells_is_no_clinic_selling_them(clf, title, summary):
    """Earlier real-news sets label a veterinary practice's stem cell service page relevant
    with no topic: hype is about treatments sold to people (heldout102)."""
    got = clf.classify(title, summary)
    assert got.relevant and "hype" not in got.topics, got.scores


@pytest.mark.parametrize(
    "title,summary",
    [
        # heldout385: obituaries of the field's scientists read as safety news on "dies"
        ("Ira Black dies", "The stem cell pioneer died unexpectedly on January 10 in Philadelphia. He was 64."),
        ("Embryonic Stem Cell Pioneer Dies", "Leroy Stevens has passed away at age 94."),
        ("Canadian stem cell pioneer dies", "Ernest McCulloch died this week at the age of 84, his colleagues said."),
        ("Nachruf", "Der Pionier der Blutstammzelltransplantation starb im Alter von 88 Jahren."),
        ("Le père de la greffe de moëlle osseuse est mort à 92 ans", "Son décès a été annoncé samedi."),
        # session 99's death words in the obituary's other languages (heldout400)
        ("El pionero del trasplante de médula muere a los 90 años", ""),
        ("Il pioniere dei trapianti di midollo è morto a 88 anni.", ""),
        ("Pioneiro do transplante de medula morre aos 90 anos", ""),
        ("Der Pionier der Stammzellforschung stirbt mit 88 Jahren.", ""),
        ("Ilmuwan sel punca itu meninggal dunia pada usia 80 tahun.", ""),
        ("Pionier przeszczepów szpiku zmarł w wieku 88 lat.", ""),
        ("Průkopník transplantací kostní dřeně zemřel ve věku 91 let.", ""),
        ("Pionir transplantacije koštane srži preminuo u 87. godini", ""),
        ("Пионер пересадки костного мозга умер в возрасте 90 лет.", ""),
        ("Stamcellsforskaren avled vid 85 års ålder.", ""),
        ("Kök hücre araştırmalarının öncüsü profesör 88 yaşında hayatını kaybetti", ""),
        ("Kök hücre öncüsü bilim insanı 88 yaşında öldü.", ""),
        ("Az őssejtkutatás úttörője 88 éves korában elhunyt", ""),
        ("Elhunyt az őssejtkutató professzor, 88 éves volt.", ""),
        ("Kantasolututkimuksen uranuurtaja kuoli 88-vuotiaana", ""),
        ("Піонер досліджень стовбурових клітин помер у віці 88 років.", ""),
        ("پیشگام تحقیقات سلول‌های بنیادی در سن ۸۸ سالگی درگذشت", ""),
        ("חלוץ מחקר תאי הגזע נפטר בגיל 88", ""),
    ],
)  # fmt: skip
def test_an_obituarys_death_words_are_no_harm(title, summary):
    """A scientist's death at the end of a long life is no adverse event: the obituary's
    death words leave safety:harm (heldout385: two safety false alarms)."""
    f = extract(title, summary)
    assert "safety:harm" not in f.names, f.phrases


@pytest.mark.parametrize(
    "title,summary",
    [
        ("Man dies after stem cell treatment at unlicensed clinic", "The man died at 52, days after the infusion."),
        ("Two deaths reported in trial of stem cell product", "Both patients died aged 68 and 72 during the study."),
        ("Patient died at 71 from complications of a clinic's stem cell treatment", ""),
        ("Stem cell clinic founder dies after receiving his own treatment", ""),
        ("Woman died aged 81 after receiving stem cells in Mexico", "Her family said she was 81."),
        # (session 99's languages: a death after a clinic's treatment stays harm)
        ("Paciente morre aos 60 anos após infusão de células-tronco em clínica", ""),
        ("Pasien meninggal dunia setelah disuntik sel punca di klinik", ""),
        ("Pacjent zmarł w wieku 60 lat po terapii komórkami macierzystymi w klinice", ""),
        ("Пациент умер в возрасте 45 лет после инъекции стволовых клеток", ""),
        ("Hasta kök hücre tedavisinden sonra 45 yaşında hayatını kaybetti", ""),
        ("Kök hücre kliniğinde tedavi gören kadın, tedavinin ardından 52 yaşında öldü.", ""),
        ("Az őssejtkezelés után 45 évesen meghalt a beteg", ""),
        ("Potilas kuoli 45-vuotiaana kantasoluhoidon jälkeen", ""),
        ("Пацієнт помер у віці 45 років після ін'єкції стовбурових клітин", ""),
        ("מטופל נפטר בגיל 45 לאחר טיפול בתאי גזע במרפאה", ""),
    ],
)  # fmt: skip
def test_a_death_a_treatment_caused_stays_harm_whatever_the_age(title, summary):
    """The obituary's forms (a death at an age, "founder dies") are guarded: a death after
    or from a treatment, or patients' deaths in a trial, stay harm (heldout385)."""
    f = extract(title, summary)
    assert "safety:harm" in f.names, f.phrases


def test_an_obituary_keeps_any_other_harm_it_names():
    f = extract("Stem cell pioneer dies at 80", "A tumour had been found in his liver last year.")
    assert f.phrases.get("safety:harm") == ["tumour"], f.phrases


@pytest.mark.parametrize(
    "title,summary",
    [
        # heldout387: studies of how stem cells age read as anti-ageing hype
        ("Growth factors linked to stem cell aging in bone marrow study", "A study of hematopoietic stem cells in middle-aged mice revealed variations in cell aging."),
        ("Descubren cómo evitar envejecimiento", "El hallazgo, realizado en ratones, ofrece claves para evitar el deterioro de las células madre."),
        ("Wie Stammzellen im Gehirn altern", "Forscher zeigen an Mäusen, dass neurale Stammzellen ruhiger werden."),
    ],
)  # fmt: skip
def test_ageing_a_study_in_mice_looks_at_is_no_anti_ageing_claim(title, summary):
    """Ageing that a lab studies is the process, not a claim against it: beside the lab
    words the bare ageing words leave hype:anti_aging (heldout387: five false alarms)."""
    f = extract(title, summary)
    assert "research:lab" in f.names and "hype:anti_aging" not in f.names, f.phrases


@pytest.mark.parametrize(
    "title,summary,kept",
    [
        ("Anti-aging stem cell infusions, clinic says", "It cites a study in mice of ageing.", "Anti-aging"),
        ("Stem cell rejuvenation sold as a cure for ageing", "Studies in mice are all it has.", "rejuvenation"),
    ],
)  # fmt: skip
def test_a_claim_against_ageing_stays_beside_a_mouse_study(title, summary, kept):
    f = extract(title, summary)
    assert f.phrases.get("hype:anti_aging") == [kept], f.phrases
    assert "t:hype:anti_aging" in f.names


def test_ageing_with_no_lab_word_stays_an_anti_ageing_word():
    f = extract("Stem cell drips against ageing at a Cancún clinic", "")
    assert f.phrases.get("hype:anti_aging") == ["ageing"], f.phrases


def test_a_law_named_once_with_no_other_regulatory_word_is_regulation(clf):
    """A statute told with one law word and no agency scored just under regulation's
    threshold (0.23) while regulation:law's prior was 1.0; at the default 1.5 it counts
    (session 69: on the pooled real-news dev sets one more law item found, none lost)."""
    got = clf.classify(
        "Die Neuregelung der Stammzellforschung tritt in Kraft",
        "Das Gesetz erlaubt die Einfuhr embryonaler Stammzelllinien nur unter strengen Auflagen.",
    )
    assert "regulation" in got.topics, got.scores


@pytest.mark.parametrize(
    "title,summary",
    [
        # heldout46: "investigational", "data" and "results" read as a trial in a preclinical
        # story
        (
            "TreeFrog will present new preclinical findings for TFG-001, an investigational "
            "cell therapy, with data suggesting reinnervation in translational models",
            "",
        ),
        # rats are a lab's "test subjects" too: only healthy or human subjects are people
        # (heldout448)
        ("A trial of the diet in mice", "The test subjects showed more stem cells."),
    ],
)
def test_lab_work_naming_no_people_and_no_phase_is_not_a_trial(title, summary):
    f = extract(title, summary)
    assert "research:lab" in f.names
    assert not any(n.startswith("trials:") for n in f.names), f.phrases


@pytest.mark.parametrize(
    "text",
    [
        "After preclinical work in vitro, the phase 1 trial of the cell therapy began",
        "Preclinical data led to a trial that enrolled 12 patients",
        # a trial's healthy or human subjects are people (heldout448)
        "A randomized trial in healthy subjects, after work on mouse embryonic stem cells",
        "Mouse studies came first; the placebo-controlled trial enrolled 40 human subjects",
    ],
)
def test_lab_work_beside_a_phase_or_people_keeps_its_trial(text):
    assert any(n.startswith("trials:") for n in extract(text, "").names)


def test_a_seller_title_is_read_only_where_the_headline_starts():
    """"Stem cell therapy for X" opens a clinic's page title; in a lede, or in a headline
    that starts otherwise, it is any text's phrase (heldout201, heldout202)."""
    assert extract("Stem cell therapy for knees", "").phrases.get("hype:offer") == ["therapy"]
    assert "t:hype:offer" in extract("Stem cell therapy for knees", "").names
    assert "hype:offer" not in extract("Clinic news", "Stem cell therapy for knees is here.").names
