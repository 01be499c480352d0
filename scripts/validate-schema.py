#!/usr/bin/env python3
"""Checks `playbook schema` with an independent validator (Python's jsonschema).

Usage: scripts/validate-schema.py PLAYBOOK-BINARY [LIBRARY...]

The schema must be a valid draft 2020-12 schema; every playbook of the libraries
(default: playbooks/) and a freshly scaffolded one (`playbook new`) must validate
against it; and a few broken playbooks must not, so that a schema accepting anything
cannot pass. YAML is read by the YAML 1.2 core schema, as the tool reads it: only
true/false are booleans and dates stay text.
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml


class CoreLoader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 core booleans and no timestamps."""


CoreLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
CoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def is_playbook(path: pathlib.Path, root: pathlib.Path) -> bool:
    """Mirrors LibraryFile: tests, translations, organisations, data and scenarios are not playbooks."""
    if path.name.endswith((".test.yaml", ".test.yml")):
        return False
    folders = path.relative_to(root).parts[:-1]
    return not ("i18n" in folders or (folders and folders[-1] == "directory")
                or "data" in folders or "scenarios" in folders)


def playbooks(roots):
    for root in map(pathlib.Path, roots):
        for path in sorted(list(root.rglob("*.yaml")) + list(root.rglob("*.yml"))):
            if is_playbook(path, root):
                yield path


BROKEN = {
    "an unknown top-level key": "tittle: x\n",
    "an unknown step key": "steps:\n  a:\n    say: Hi.\n    nxt: a\n",
    "an unknown outcome": "steps:\n  a:\n    end: solved\n",
    "an unknown input type": "steps:\n  a:\n    ask: Q?\n    input: colour\n    next: b\n  b:\n    end: resolved\n",
    "an option without next": "steps:\n  a:\n    ask: Q?\n    options:\n      - label: A\n  b:\n    end: resolved\n",
    "two kinds in one step": "steps:\n  a:\n    end: resolved\n    route:\n      - otherwise: a\n",
    "an unknown service": "steps:\n  a:\n    end: referred\n    refer: [pizza]\n",
    "a bad step id": "steps:\n  Bad Id:\n    end: resolved\n",
}
HEADER = "id: broken\ntitle: Broken\nfacet: care\nsummary: Broken.\nreviewed: 2026-01-15\n"


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary, roots = sys.argv[1], sys.argv[2:] or ["playbooks"]
    schema = json.loads(subprocess.run([binary, "schema"], check=True, capture_output=True, text=True).stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run([binary, "new", "scaffolded", "--facet", "care", "--output", scratch, "--library", scratch],
                       check=True, capture_output=True)
        files = list(playbooks(roots)) + [pathlib.Path(scratch, "care", "scaffolded.yaml")]
        for path in files:
            document = yaml.load(path.read_text(encoding="utf-8"), Loader=CoreLoader)
            for error in validator.iter_errors(document):
                failures += 1
                where = "/".join(str(part) for part in error.absolute_path) or "(top level)"
                print(f"{path}: {where}: {error.message}")
    for what, steps in BROKEN.items():
        if validator.is_valid(yaml.load(HEADER + steps, Loader=CoreLoader)):
            failures += 1
            print(f"the schema accepts a playbook with {what}")
    print(f"schema: {len(files)} playbooks checked, {len(BROKEN)} broken ones refused, {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
