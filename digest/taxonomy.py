"""The tag keys and the scores at which they are assigned.

Kept apart from digest/classify (whose package import compiles the lexicon) and free of
imports, so the store and the app can name tags and apply thresholds without loading the
classifier. The keys are stable: files, the CLI and JSON use them.
"""

LABELS = ("relevant", "regulation", "trials", "hype", "safety", "business", "research")
TOPICS = LABELS[1:]
TOPIC_NAMES = {
    "relevant": "Stem cells",
    "regulation": "Regulation",
    "trials": "Clinical trials",
    "hype": "Anti-aging hype",
    "safety": "Safety",
    "business": "Business",
    "research": "Research",
}
THRESHOLD = 0.5  # relevance
TOPIC_THRESHOLD = 0.35  # a topic's, unless below; chosen on the dev split and real-news dev sets
# Where the topic's F1 peaks on the pooled real-news dev sets (session 29): a trial or
# regulation report told with a single cue, as most are outside English, scores lower than
# the same news in English, whose words add to the cue. Hype likewise (session 46): a clinic
# page that sells with one cue and no word of doubt scores about 0.3. At 0.25, on the two
# real-news sets whose texts were at hand, each scored with the model that first saw it,
# hype's F1 rose from 0.72 to 0.77 and from 0.62 to 0.74; on the corpus it is flat on the
# dev split and one false alarm lower on the test split (0.98 to 0.97). Regulation followed
# in session 61: a law or an approval named once, with no other regulatory word, scores about
# 0.24; at 0.25 the pooled real-news dev sets rose from 0.901 to 0.914 (without the set that
# prompted it), the corpus dev split stayed at 1.00 and the test split gained one item.
TOPIC_THRESHOLDS = {"regulation": 0.25, "trials": 0.25, "hype": 0.25}


def threshold(tag: str) -> float:
    """The score at which `tag` is assigned: relevance, a topic, or a watchlist."""
    if tag == "relevant":
        return THRESHOLD
    return TOPIC_THRESHOLDS.get(tag, TOPIC_THRESHOLD)
