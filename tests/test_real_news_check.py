"""benchmarks/real_news/check_new.py: the address and subject check run before a page joins a
real-news set, on set files written to tmp_path."""

from __future__ import annotations

import io
from pathlib import Path

from conftest import real_news_script

check_new = real_news_script("check_new")


def _sets(root: Path) -> Path:
    (root / "heldout1.tsv").write_text(
        "# A first set: Utah's placental tissue law and a knee clinic.\n"
        "https://www.example.org/utah-law/\t1\tregulation\n"
        "http://clinic.example.com/knee\t1\thype\n",
        encoding="utf-8",
    )
    (root / "heldout2.tsv").write_text(
        "# A second set: cord blood banks in Qatar.\n"
        "https://bank.example.net/qatar\t1\tbusiness\n"
        "# Left out after scoring, retelling a story an earlier set had used:\n"
        "#   https://news.example.org/utah-again\t1\tregulation\t(Utah's law)\n",
        encoding="utf-8",
    )
    return root


def test_an_address_is_compared_without_scheme_www_or_trailing_slash():
    assert check_new.address_key("https://www.example.org/a/") == "example.org/a"
    assert check_new.address_key("http://example.org/a") == "example.org/a"
    assert check_new.address_key("https://example.org/A?x=1") == "example.org/A?x=1"


def test_used_addresses_include_rows_commented_out_as_retold(tmp_path):
    root = _sets(tmp_path)
    used, headers = check_new.read_sets(root, check_new.read_rows(root))
    assert used == {
        "example.org/utah-law": "heldout1.tsv",
        "clinic.example.com/knee": "heldout1.tsv",
        "bank.example.net/qatar": "heldout2.tsv",
        "news.example.org/utah-again": "heldout2.tsv",
    }
    assert "Qatar" in headers["heldout2.tsv"] and "Utah" in headers["heldout1.tsv"]


def test_the_check_says_which_addresses_are_used_and_where_a_subject_was(tmp_path, capsys):
    root = _sets(tmp_path)
    urls = (
        "http://example.org/utah-law\nhttps://news.example.org/utah-again/\nhttps://new.example/x\n"
    )
    assert (
        check_new.main(["--subject", "utah", "--subject", "Zemcelpro"], root, io.StringIO(urls))
        == 0
    )
    assert capsys.readouterr().out.splitlines() == [
        "used  http://example.org/utah-law  (heldout1.tsv)",
        "used  https://news.example.org/utah-again/  (heldout2.tsv)",
        "new   https://new.example/x",
        "utah: heldout1.tsv, heldout2.tsv",
        "  address  heldout1.tsv  https://www.example.org/utah-law/",
        "  address  heldout2.tsv  https://news.example.org/utah-again  (left out as retold)",
        "Zemcelpro: in no header",
    ]


def test_a_subject_is_found_in_an_address_that_spells_it_with_hyphens_or_percent_codes(
    tmp_path, capsys
):
    root = tmp_path
    (root / "heldout1.tsv").write_text(
        "# A first set: two reports with nothing in this comment to name them.\n"
        "https://news.example.kr/%EC%A4%84%EA%B8%B0%EC%84%B8%ED%8F%AC-%EB%82%9C%EC%9E%90\t1\tresearch\n"
        "https://example.org/2016/mice-born-from-lab_made-eggs.html\t1\tresearch\n"
        "https://example.org/view?story=eggs-unrelated\t0\t\n"
        "https://example.org/the-ovaryless-worm\t0\t\n"
        "https://example.org/sovary-report\t0\t\n",
        encoding="utf-8",
    )
    check_new.main(
        ["--subject", "lab made eggs", "--subject", "줄기세포", "--subject", "ovary"],
        root,
        io.StringIO(""),
    )
    assert capsys.readouterr().out.splitlines() == [
        "lab made eggs: in no header",
        "  address  heldout1.tsv  https://example.org/2016/mice-born-from-lab_made-eggs.html",
        "줄기세포: in no header",
        "  address  heldout1.tsv  "
        "https://news.example.kr/%EC%A4%84%EA%B8%B0%EC%84%B8%ED%8F%AC-%EB%82%9C%EC%9E%90",
        "ovary: in no header",
        "  address  heldout1.tsv  https://example.org/the-ovaryless-worm",
    ]


def test_a_mobile_host_amp_copy_or_tracking_parameter_is_the_same_address():
    key = check_new.address_key
    page = "example.org/news/clinic-fined"
    assert key("http://m.example.org/news/clinic-fined/") == page
    assert key("https://amp.example.org/news/clinic-fined") == page
    assert key("https://example.org/news/clinic-fined/amp/") == page
    assert key("https://example.org/news/clinic-fined?utm_source=rss&utm_medium=x&ref=feed") == page
    assert key("https://example.org/news/clinic-fined?amp=1") == page
    # a parameter that names the page is kept
    assert key("https://www.example.org/?p=3495") == key("https://example.org/?p=3495")
    assert key("https://example.org/?p=3495") != key("https://example.org/?p=3496")
    assert key("https://example.org/view?id=1&utm_source=rss") == "example.org/view?id=1"


def test_entries_of_one_listing_page_are_different_addresses():
    key = check_new.address_key
    assert key("https://example.org/news?page=4#entry-2") == "example.org/news?page=4#entry-2"
    assert key("https://example.org/news?page=4#entry-2") != key(
        "https://example.org/news?page=4#entry-3"
    )
    assert key("https://example.org/news#entry-2") != key("https://example.org/news")
    # any other fragment is a place on the page, not another item
    assert key("https://example.org/news/clinic-fined#comments") == "example.org/news/clinic-fined"


def test_a_listing_page_whose_entries_a_set_took_is_used_and_so_are_its_other_entries(
    tmp_path, capsys
):
    (tmp_path / "heldout1.tsv").write_text(
        "url\trelevant\ttopics\n"
        "https://news.example.org/tag/ips#entry-1\t1\tresearch\n"
        "https://news.example.org/tag/ips#entry-2\t1\ttrials\n"
        "https://blog.example.org/2020/05/one-post\t1\t\n",
        encoding="utf-8",
    )
    urls = [
        "https://www.news.example.org/tag/ips/",  # the page itself
        "https://news.example.org/tag/ips#entry-3",  # an entry no set has
        "https://blog.example.org/2020/05/one-post#entry-2",  # an entry of a page taken whole
        "https://news.example.org/tag/ipsc",  # another page
    ]
    check_new.main([*urls, "--subject", "ips"], tmp_path, io.StringIO(""))
    verdicts = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith(("used", "new"))]
    assert verdicts == [
        f"used  {urls[0]}  (heldout1.tsv, the page's entries)",
        f"used  {urls[1]}  (heldout1.tsv, the page's entries)",
        f"used  {urls[2]}  (heldout1.tsv, its page)",
        f"new   {urls[3]}",
    ]


def _story_sets(root: Path) -> Path:
    (root / "labels.tsv").write_text(
        "# A first set.\n"
        "https://wire.example.com/2023/12/regulator-approves-first-marrow-gene-editing-cure/\t1\tregulation\n"
        "https://bills.example.gov/bill-summary/?id=FL2025\t1\tregulation\n"
        "https://press.example.net/newsroom/neuralcure-phase2.cfm\t1\ttrials\n"
        "https://clinic.example.com/stem-cell-therapy/\t1\thype\n"
        "https://a.example.vn/cong-nghe-te-bao-goc-dieu-tri-benh-gan\t1\t\n",
        encoding="utf-8",
    )
    (root / "heldout.tsv").write_text(
        "# A second set.\n"
        "https://daily.example.org/regulator-approves-marrow-gene-editing-cure-for-children\t1\tregulation\n"
        "https://bills.example.gov/bill-summary/?id=TX2025\t1\tregulation\n"
        "https://example.net/newsroom/neuralcure-phase2.cfm\t1\ttrials\n"
        "https://other-clinic.example.org/stem-cell-therapy\t1\thype\n"
        "https://daily.example.org/knee-clinic-closed-after-inspection\t1\tregulation,hype\n",
        encoding="utf-8",
    )
    return root


def test_a_retelling_under_another_address_is_found_by_its_page_name(tmp_path):
    # nine rows weigh a word seen once ln(10) = 2.3, not the real sets' 8: a lower bar
    likeness = check_new.Likeness(check_new.read_rows(_story_sets(tmp_path)), min_weight=6)
    first_set = [
        "https://wire.example.com/2023/12/regulator-approves-first-marrow-gene-editing-cure/",
        "https://bills.example.gov/bill-summary/?id=FL2025",
        "https://press.example.net/newsroom/neuralcure-phase2.cfm",
        "https://clinic.example.com/stem-cell-therapy/",
    ]

    def like(url):
        return [(row.url, why) for row, why in likeness.like(url, before=4)]

    # the same story on another site: its page name shares uncommon words
    assert like(
        "https://daily.example.org/regulator-approves-marrow-gene-editing-cure-for-children"
    ) == [(first_set[0], ["approves", "cure", "editing", "gene", "marrow", "regulator"])]
    # the same page on another host
    assert like("https://example.net/newsroom/neuralcure-phase2.cfm") == [
        (first_set[2], ["same page name"])
    ]
    # the same translated page in another language folder
    assert (
        like("https://wire.example.com/es/regulator-approves-first-marrow-gene-editing-cure") != []
    )
    # the same story's numeric id, with its title added after it (heldout95's search)
    assert like("https://press.example.net/newsroom/4411/neuralcure-reports") == []
    likeness_id = check_new.Likeness(
        [check_new.Row("heldout1.tsv", "https://news.example.ir/fa/news/5569970", False)]
    )
    found = likeness_id.like("https://www.news.example.ir/fa/news/5569970/title")
    assert [why for _, why in found] == [["same id, a page name added or dropped"]]
    assert likeness_id.like("https://news.example.ir/fa/news/556997") == []
    # one story's id under two folders of one host (livedoor's topics and article pages)
    likeness_folder = check_new.Likeness(
        [check_new.Row("heldout2.tsv", "https://news.example.jp/topics/detail/30584561/", False)]
    )
    found = likeness_folder.like("https://news.example.jp/article/detail/30584561/")
    assert [why for _, why in found] == [["same host and id, another folder"]]
    # another host's page with that number, or another id on the host, is another story
    assert likeness_folder.like("https://blog.example.jp/article/detail/30584561/") == []
    assert likeness_folder.like("https://news.example.jp/article/detail/30584562/") == []
    # another bill at the same script, a generic page name, an unrelated story: nothing
    assert like("https://bills.example.gov/bill-summary/?id=TX2025") == []
    assert like("https://other-clinic.example.org/stem-cell-therapy") == []
    assert like("https://daily.example.org/knee-clinic-closed-after-inspection") == []
    # Vietnamese slugs share "cong nghe te bao goc" (stem cell technology) and "dieu tri"
    # (treatment) whatever their story
    assert likeness.like("https://b.example.vn/cong-nghe-te-bao-goc-trong-dieu-tri-benh-tim") == []


def test_the_audit_lists_rows_like_a_row_of_an_earlier_file(tmp_path):
    out = io.StringIO()
    assert check_new.audit(check_new.read_rows(_story_sets(tmp_path)), out, min_weight=6) == 2
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("heldout.tsv  https://daily.example.org/regulator-approves")
    assert lines[1].startswith("    like labels.tsv  https://wire.example.com/2023/12/")
    assert lines[2] == "heldout.tsv  https://example.net/newsroom/neuralcure-phase2.cfm"
    assert lines[-1] == "2 rows like a row of an earlier file"


def test_a_new_address_prints_the_earlier_rows_it_is_like(tmp_path, capsys):
    root = _story_sets(tmp_path)
    url = "https://third.example.com/regulator-approves-marrow-gene-editing-cure-in-adults"
    assert check_new.main([url, "--min-weight", "6"], root, io.StringIO("")) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"new   {url}"
    assert {line.split()[1] for line in out[1:]} == {"labels.tsv", "heldout.tsv"}


def test_the_addresses_checked_are_compared_with_each_other(tmp_path, capsys):
    """Two candidates telling one story (a report and its copy) are found before both join a
    set, as the earlier sets' rows are (session 68 found such pairs by hand)."""
    root = _story_sets(tmp_path)
    report = "https://one.example.com/county-governor-rules-stem-cell-advert-broke-the-law"
    copy = "https://two.example.org/2024/governor-rules-stem-cell-advert-broke-law-clinic-answers"
    other = "https://three.example.net/knee-clinic-closed-after-inspection-by-county"
    again = "http://one.example.com/county-governor-rules-stem-cell-advert-broke-the-law/"
    assert check_new.main([report, copy, other, again, "--min-weight", "6"], root) == 0
    likes: dict[str, list[str]] = {}
    for line in capsys.readouterr().out.splitlines():
        if line.startswith("new   "):
            likes[line.split()[1]] = current = []
        else:
            current.append(line)
    assert likes[report] == []  # the first of the batch has nothing before it
    (found,) = [line for line in likes[copy] if "this batch" in line]
    assert found.startswith(f"  like this batch  {report}  (")
    assert {"governor", "advert", "broke"} <= set(found.rstrip(")").split("(")[1].split(", "))
    assert not [line for line in likes[other] if "this batch" in line]
    assert f"  like this batch  {report}  (same address)" in likes[again]


def test_addresses_checked_without_a_subject_get_a_reminder(tmp_path, capsys):
    """A new address can still retell a used story; sessions 117-122 read only the address
    verdicts, so a check with no --subject says what else to run."""
    root = _story_sets(tmp_path)
    url = "https://third.example.com/regulator-approves-marrow-gene-editing-cure-in-adults"
    check_new.main([url, "--min-weight", "6"], root, io.StringIO(""))
    assert "no --subject given" in capsys.readouterr().err
    check_new.main([url, "--subject", "marrow", "--min-weight", "6"], root, io.StringIO(""))
    assert "no --subject given" not in capsys.readouterr().err
