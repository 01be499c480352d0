#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets that come from the shipped library's
playbook tests (scripts/fuzz): each test case's answers as an answers file, and as the
lines a person would type, for recording real session files.

Usage: fuzz-seeds.py LIBRARY ANSWERS_DIR LINES_DIR
"""
import pathlib
import sys

import yaml


def typed_line(answer):
    """An answer as typed at the prompt: lists are comma-separated."""
    if isinstance(answer, list):
        return ",".join(str(item) for item in answer)
    return str(answer)


def main():
    library, answers_dir, lines_dir = (pathlib.Path(arg) for arg in sys.argv[1:4])
    for test in sorted(library.rglob("*.test.yaml")):
        # BaseLoader keeps every scalar as written: YAML 1.1 would turn `no` into false.
        document = yaml.load(test.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
        playbook = document.get("playbook")
        for number, case in enumerate(document.get("cases") or []):
            answers = case.get("answers") or {}
            if not answers:
                continue
            name = f"{test.name[:-len('.test.yaml')]}-{number}"
            (answers_dir / f"{name}.yaml").write_text(
                yaml.safe_dump(answers, allow_unicode=True, sort_keys=False), encoding="utf-8")
            path = (case.get("expect") or {}).get("path") or []
            lines = [typed_line(answers[step]) for step in path if step in answers]
            (lines_dir / f"{name}.txt").write_text(f"{playbook}\n" + "".join(f"{line}\n" for line in lines), encoding="utf-8")


if __name__ == "__main__":
    main()
