"""Every file of the shared real-world corpus, served over HTTP in one run: each gives items
or a clear per-feed error, nothing crashes, and a good feed's items are all stored."""

from __future__ import annotations

import pytest
from conftest import CORPUS, SAMPLE, poll, rss

from digest.config import FeedConfig
from digest.errors import FeedError
from digest.parse import parse_feed
from digest.store.items import query_items

FILES = (
    sorted(p for p in CORPUS.iterdir() if p.name not in ("MANIFEST.tsv", "README.md"))
    if CORPUS.exists()
    else []
)


def content_type(name: str) -> str:
    return "application/feed+json" if name.endswith(".json") else "application/xml"


def test_corpus_is_present_and_unchanged():
    import csv
    import hashlib

    assert len(FILES) == 107, f"expected the 107 corpus files beside the repo at {CORPUS}"
    with open(CORPUS / "MANIFEST.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            assert (
                hashlib.sha256((CORPUS / row["file"]).read_bytes()).hexdigest() == row["sha256"]
            ), row["file"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_file_parses_or_fails_clearly(path):
    try:
        parsed = parse_feed(
            path.read_bytes(),
            {"content-type": content_type(path.name)},
            "https://feeds.example.org/x",
        )
    except FeedError as exc:
        assert exc.message and len(exc.message) < 300
        return
    for e in parsed.entries:
        assert e.title and e.guid
        assert e.url is None or e.url.startswith(("http://", "https://"))


def test_whole_corpus_in_one_fetch_run(server, db):
    feeds = [
        FeedConfig(
            name=p.name, url=server.static("/c/" + p.name, p.read_bytes(), content_type(p.name))
        )
        for p in FILES
    ]
    feeds.append(FeedConfig(name="good", url=server.static("/good.xml", rss(SAMPLE))))
    report = poll(db, feeds)
    assert len(report.feeds) == len(FILES) + 1
    by_name = {f.name: f for f in report.feeds}
    assert by_name["good"].new == 3
    for f in report.feeds:
        assert f.result in ("ok", "error"), (f.name, f.result, f.error)
        assert not (f.error or "").startswith("internal error"), (f.name, f.error)
    titles = {r["title"] for r in query_items(db, include_irrelevant=True, limit=None)}
    assert {t for _, t, _ in SAMPLE} <= titles
    # the big podcast feed really arrived whole
    assert by_name["publisher-giantbomb-podcast-large.rss"].new == 730


def test_encodings_are_decoded_not_mojibake():
    def first_title(name: str) -> str:
        return (
            parse_feed((CORPUS / name).read_bytes(), {"content-type": "application/xml"})
            .entries[0]
            .title
        )

    assert first_title("encoding-koi8r-undeclared.xml").startswith("Как")
    assert "記事" in first_title("encoding-shiftjis-undeclared.xml")
    assert first_title("encoding-cp1252-codepoints-as-c1.xml") == "don\u2019t"
    assert first_title("publisher-qq-tech-gb2312.xml").startswith("拟298亿元")


def test_malformed_xml_is_read_leniently_when_it_gives_items_and_an_error_when_not():
    headers = {"content-type": "application/xml"}
    name = "illformed-rdf-unclosed-root-empty-textinput.xml"  # one item, then a cut-off end
    read = parse_feed((CORPUS / name).read_bytes(), headers)
    assert read.entries and read.warning.startswith("malformed XML: ")
    assert read.warning.endswith(" (read leniently)")
    with pytest.raises(FeedError) as failed:
        parse_feed((CORPUS / "illformed-empty-document.xml").read_bytes(), headers)
    assert failed.value.message.startswith("not a readable feed (malformed XML: no element found")
    assert "leniently" not in failed.value.message


def test_hostile_html_in_corpus_becomes_plain_text():
    for name in (
        "sanitize-rss-content-encoded-crazy-html.xml",
        "sanitize-atom-script.xml",
        "sanitize-rss-iframe.xml",
    ):
        for e in parse_feed(
            (CORPUS / name).read_bytes(), {"content-type": "application/xml"}
        ).entries:
            for text in (e.title, e.summary, e.content):
                assert "<script" not in text.lower() and "<iframe" not in text.lower(), (name, text)
