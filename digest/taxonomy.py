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
TOPIC_THRESHOLD = 0.35  # chosen on the dev split and the real-news dev sets; see README
