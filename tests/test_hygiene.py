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
