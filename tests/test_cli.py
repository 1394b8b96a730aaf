"""The command line: exit status, the JSON contract, standard input and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "inspection_article.txt"


def figcheck(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker.cli", *args], capture_output=True, text=True,
                          input=None if stdin is None else stdin.decode("utf-8", "replace"), cwd=ROOT, timeout=60)


def test_json_follows_the_contract() -> None:
    proc = figcheck("check", str(EXAMPLE), "--format", "json")
    assert proc.returncode == 1  # the example holds a misquoted percentage
    data = json.loads(proc.stdout)
    assert data["schema"] == "figcheck/1" and data["format"] == "text"
    text = EXAMPLE.read_text(encoding="utf-8")
    for m in data["mentions"]:
        assert {"id", "start", "end", "text", "value", "kind", "hedge"} <= m.keys()
        assert text[m["start"]:m["end"]] == m["text"]
    ids = {m["id"] for m in data["mentions"]}
    for c in data["checks"]:
        assert {"id", "rule", "mentions", "verdict", "stated", "computed", "explanation"} <= c.keys()
        assert set(c["mentions"]) <= ids
        assert c["verdict"] in ("verified", "rounded", "inconsistent", "unverifiable")
    assert sum(data["summary"].values()) == len(data["checks"])
    bad = [c for c in data["checks"] if c["verdict"] == "inconsistent"]
    assert any("83 / 96 = 86.46%" in c["explanation"] for c in bad)


def test_values_are_exact() -> None:
    proc = figcheck("check", "-", "--format", "json", stdin="87.2% and a third of £1.2m".encode())
    data = json.loads(proc.stdout)
    values = {m["text"]: (m["value"], m["kind"]) for m in data["mentions"]}
    assert values == {"87.2%": ("87.2", "percent"), "a third": ("1/3", "fraction"), "£1.2m": ("1200000", "money")}


def test_text_format_is_one_line_a_check() -> None:
    proc = figcheck("check", str(EXAMPLE))
    lines = proc.stdout.strip().splitlines()
    assert any(":9:" in line and "FC101 inconsistent" in line for line in lines)
    assert lines[-1].endswith("unverifiable") and "checks:" in lines[-1]


def test_exit_status_zero_when_nothing_is_inconsistent() -> None:
    proc = figcheck("check", "-", stdin=b"This represents a recording rate of 87.2%.\n\nThe 12.8% went unrecorded.")
    assert proc.returncode == 0, proc.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\x00\x01\x02\x03" * 200, "binary"), (b"%PDF-1.4\n%\xe2\xe3", "PDF")],
)
def test_bad_input_is_one_line_and_status_two(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    proc = figcheck("check", str(path))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and message in proc.stderr and "Traceback" not in proc.stderr


def test_missing_file_and_folder(tmp_path: Path) -> None:
    for target in (str(tmp_path / "nope.txt"), str(tmp_path)):
        proc = figcheck("check", target)
        assert proc.returncode == 2 and proc.stderr.startswith("figcheck: ") and "Traceback" not in proc.stderr


def test_empty_file_is_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    proc = figcheck("check", str(path))
    assert proc.returncode == 2 and proc.stderr.strip() == f"figcheck: {path}: empty file (0 bytes)"
    blank = tmp_path / "blank.txt"
    blank.write_text("\n\n", encoding="utf-8")  # not empty: a document with no figures
    proc = figcheck("check", str(blank))
    assert proc.returncode == 0 and "0 figures, 0 checks" in proc.stdout


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00" * 100)
    proc = figcheck("check", str(bad), str(EXAMPLE), "--format", "json")
    assert proc.returncode == 2
    assert json.loads(proc.stdout)["source"].endswith("inspection_article.txt")


def test_select_and_ignore() -> None:
    proc = figcheck("check", str(EXAMPLE), "--select", "FC6", "--format", "json")
    assert {c["rule"] for c in json.loads(proc.stdout)["checks"]} == {"FC601"}
    proc = figcheck("check", str(EXAMPLE), "--ignore", "FC1,FC6", "--format", "json")
    assert not any(c["rule"].startswith(("FC1", "FC6")) for c in json.loads(proc.stdout)["checks"])


def test_rules_lists_every_code_with_its_doc() -> None:
    proc = figcheck("rules")
    assert proc.returncode == 0
    for code in ("FC101", "FC201", "FC301", "FC501", "FC601"):
        assert code in proc.stdout
    assert "ok:" in proc.stdout


def test_cp1252_and_mojibake_are_read(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Caf\xe9 owners \x96 404 out of 463 (85%) \x93quoted\x94".encode("latin-1"))
    proc = figcheck("check", str(path), "--format", "json")
    data = json.loads(proc.stdout)
    assert proc.returncode == 1 and any(m["text"] == "85%" for m in data["mentions"])


# --- hostile input: a correct result or one clear line and status 2, never a traceback ---

HOSTILE = {
    "ten thousand digits": "9" * 10000 + " and 12 of 40 (30%)",
    "comma run": "1," * 50000 + "1 and 12 of 40 (30%)",
    "dot run": "1." * 50000 + "1 and 12 of 40 (30%)",
    "a million-character line": "x" * 1_000_000 + " 12 of 40 (30%)",
    "hedges without end": "about 87 per cent, nearly one in five, more than 11,200 and 12.8% of 463 " * 2000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_gives_a_result(tmp_path: Path, name: str) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE[name], encoding="utf-8")
    proc = figcheck("check", str(path), "--format", "json")
    assert "Traceback" not in proc.stderr
    assert proc.returncode in (0, 1), proc.stderr
    assert json.loads(proc.stdout)["mentions"]


def test_markdown_nested_a_thousand_levels(tmp_path: Path) -> None:
    path = tmp_path / "deep.md"
    path.write_text("> " * 1000 + "12 of 40 (30%)\n" + "- " * 1000 + "x\n" + "[" * 5000 + "]" * 5000, encoding="utf-8")
    proc = figcheck("check", str(path))
    assert proc.returncode in (0, 2) and "Traceback" not in proc.stderr


def test_a_file_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(60 * 1024 * 1024)  # sparse: 60 MB on paper, nothing written
    proc = figcheck("check", str(path))
    assert proc.returncode == 2 and "limit" in proc.stderr and proc.stderr.count("\n") == 1


@pytest.mark.parametrize("encoding", ["utf-16", "latin-1", "cp1252"])
def test_other_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes("Café: 12 of 40 (30%), done".encode(encoding))
    proc = figcheck("check", str(path), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert [c["verdict"] for c in json.loads(proc.stdout)["checks"]] == ["verified"]
