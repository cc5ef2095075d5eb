"""The core is headless: no module outside digest/tui imports textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CORE = sorted(
    "digest." + ".".join(p.relative_to(Path(__file__).parents[1] / "digest").with_suffix("").parts)
    for p in (Path(__file__).parents[1] / "digest").rglob("*.py")
    if "tui" not in p.parts and p.name != "__main__.py"
)


@pytest.mark.parametrize("module", [m.removesuffix(".__init__") for m in CORE])
def test_core_module_does_not_import_textual(module):
    code = f"import sys, {module}; print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", module


def test_the_app_talks_to_neither_sql_nor_http_itself():
    """The TUI calls store, publish and poll functions; SQL and httpx stay in the core."""
    import ast

    for path in (Path(__file__).parents[1] / "digest" / "tui").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
                assert not any(
                    n.split(".")[0] in ("sqlite3", "httpx", "sqlite_utils") for n in names
                ), path
            if isinstance(node, ast.Attribute) and node.attr in (
                "execute",
                "executemany",
                "executescript",
            ):
                raise AssertionError(f"{path.name}:{node.lineno} runs SQL")
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert (
                    not node.value.lstrip()
                    .upper()
                    .startswith(("SELECT ", "INSERT ", "UPDATE ", "DELETE "))
                ), f"{path.name}:{node.lineno} holds SQL"


@pytest.mark.parametrize("module", ["digest.tui.app", "digest.store.tags", "digest.cli"])
def test_opening_the_app_or_the_store_does_not_compile_the_lexicon(module):
    """Tag names and thresholds live in digest/taxonomy.py, so only tagging loads the
    classifier (its first classification compiles some 1,500 patterns)."""
    code = f"import sys, {module}; print('digest.classify' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", module


def test_the_lexicon_is_compiled_on_first_classification_not_on_import(tmp_path):
    """A fetch builds its tagger up front; a run with nothing new to tag (a re-poll, a cron
    run with nothing due) must not pay for compiling the lexicon."""
    code = f"""
import sys
from digest.classify import features
from digest.classify.tagger import Tagger
from digest.store import open_db
Tagger().classifier_for(open_db({str(tmp_path / "a.db")!r}))
before = features.lexicons.cache_info().currsize
verdict = Tagger().classifier_for(open_db({str(tmp_path / "a.db")!r})).classify(
    "Regulator approves first stem cell drug", "The agency cleared an MSC therapy.")
print(before, features.lexicons.cache_info().currsize, verdict.relevant)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "1", "True"]


def test_a_fetch_does_not_import_httpx_s_command_line_client():
    """httpx's package imports its CLI (rich, pygments) only to offer `httpx.main`;
    digest/__init__.py marks that module missing, so a cron fetch skips ~50 ms of imports."""
    code = (
        "import sys, digest.poll, digest.fetch, httpx;"
        "print(sorted(m for m in ('rich', 'pygments', 'httpx._main') if sys.modules.get(m)),"
        " callable(httpx.main), httpx.AsyncClient.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["[]", "True", "AsyncClient"]
