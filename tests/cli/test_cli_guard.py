"""`roundtable scan` and `roundtable check` as subprocesses: JSON shape and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli

from roundtable_app.vault import Vault

DATA = Path(__file__).resolve().parent.parent / "guard" / "data"
ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def terms(tmp_path: Path) -> Path:
    return Path(shutil.copy(DATA / "terms.csv", tmp_path / "terms.csv"))


def test_scan_json_lists_every_text_in_order_with_exact_offsets(
    tmp_path: Path, terms: Path
) -> None:
    cases = tmp_path / "cases.jsonl"
    rows = [
        {"id": "a", "text": "Participants agreed that children must never be detained."},
        {"id": "b", "text": "🙂 Милица Јовановић је говорила о деци."},
        {"id": 7, "text": "Write to hassan.rahimi@example.net for the report."},
    ]
    cases.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    plain = tmp_path / "note.txt"
    plain.write_text("Our team at DRC sees this every week.", "utf-8")
    r = run_cli("scan", "--terms", str(terms), "--json", str(cases), str(plain))
    assert r.returncode == 1, r.stderr
    out = json.loads(r.stdout)
    assert [o["id"] for o in out] == ["a", "b", "7", str(plain)]
    assert out[0]["findings"] == []
    texts = [rows[1]["text"], rows[2]["text"], plain.read_text("utf-8")]
    for result, text in zip(out[1:], texts, strict=True):
        assert result["findings"], result
        for f in result["findings"]:
            assert set(f) == {"start", "end", "text", "category", "severity", "reason"}
            assert text[f["start"] : f["end"]] == f["text"]
            assert f["severity"] in ("high", "medium", "low")
    assert any(f["category"] == "contact" for f in out[2]["findings"])


def test_scan_without_findings_exits_0(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("Učesnici su istakli potrebu za više prevodilaca.", "utf-8")
    r = run_cli("scan", str(clean))
    assert r.returncode == 0 and "0 findings in 0 of 1 text\n" == r.stdout


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("bad.jsonl", b'{"id": "1", "text": "ok"}\n{oops\n', "line 2"),
        ("notext.jsonl", b'{"id": "1"}\n', "line 1"),
        ("noid.jsonl", b'{"text": "x"}\n', "line 1"),
        ("empty.jsonl", b"", "no lines"),
        ("latin1.txt", "caf\u00e9 na uglu".encode("latin-1"), "UTF-8"),
    ],
)
def test_scan_bad_input_is_named_with_its_line(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    r = run_cli("scan", "--json", str(bad))
    assert r.returncode == 2 and name in r.stderr and words in r.stderr
    assert r.stdout == "" and "Traceback" not in r.stderr


def test_scan_bad_terms_csv(tmp_path: Path) -> None:
    terms = tmp_path / "terms.csv"
    terms.write_text("term,kind,aliases\nSomeone,celebrity,\n", "utf-8")
    text = tmp_path / "t.txt"
    text.write_text("hello", "utf-8")
    r = run_cli("scan", "--terms", str(terms), str(text))
    assert r.returncode == 2 and "terms.csv, line 2" in r.stderr and "unknown kind" in r.stderr


def test_scan_large_text_with_odd_characters(tmp_path: Path, terms: Path) -> None:
    text = ("Zoran Djukic\u200f described \x07 the winter response. مرحبا c\u030c " * 20_000)[
        :1_000_000
    ]
    big = tmp_path / "big.txt"
    big.write_text(text, "utf-8")
    r = run_cli("scan", "--terms", str(terms), "--json", str(big))
    assert r.returncode == 1, r.stderr
    findings = json.loads(r.stdout)[0]["findings"]
    assert len(findings) > 1000
    assert all(text[f["start"] : f["end"]] == f["text"] for f in findings)


def test_check_honours_dismissals_and_rewording(tmp_path: Path) -> None:
    path = tmp_path / "c.roundtable"
    with Vault.create(path, PASSPHRASE, title="T", themes=["Protection"]) as v:
        from roundtable_app.guard import Term

        v.import_terms([Term("Jelena Petrović", "person", ("Јелена Петровић",))])
        theme = v.themes()[0].id
        clean = v.add_remark("Shelters need more beds in winter.", theme)
        named = v.add_remark("Jelena Petrović said shelters are full.", theme)
        reworded = v.add_remark("Petrovićeva organizacija nema novca.", theme)
        excluded = v.add_remark("Ask Jelena for the slides.", theme)
        v.reword_remark(reworded.id, "One organisation has no funding.")
        v.update_remark(excluded.id, status="excluded")
    r = run_cli("check", str(path), "--json", env=ENV)
    assert r.returncode == 1, r.stderr
    out = json.loads(r.stdout)
    assert [o["id"] for o in out] == [clean.id, named.id, reworded.id]
    assert out[0]["findings"] == [] and out[2]["findings"] == []
    (finding,) = out[1]["findings"]
    assert finding["text"] == "Jelena Petrović" and finding["category"] == "person"
    with Vault.open(path, PASSPHRASE) as v:
        decision = v.dismiss_finding(
            f"remark:{named.id}",
            "Jelena Petrović",
            "person",
            "a public figure quoted from a published report",
        )
    r = run_cli("check", str(path), env=ENV)
    assert r.returncode == 0 and "0 findings in 0 of 3 texts" in r.stdout
    with Vault.open(path, PASSPHRASE) as v:
        v.undo_dismissal(decision.id)
    assert run_cli("check", str(path), env=ENV).returncode == 1
