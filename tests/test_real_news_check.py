"""benchmarks/real_news/check_new.py: the address and subject check run before a page joins a
real-news set, on set files written to tmp_path."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

SCRIPT = Path(__file__).parent.parent / "benchmarks" / "real_news" / "check_new.py"
spec = importlib.util.spec_from_file_location("check_new", SCRIPT)
check_new = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_new)


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
    used, headers = check_new.read_sets(_sets(tmp_path))
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
        "Zemcelpro: in no header",
    ]
