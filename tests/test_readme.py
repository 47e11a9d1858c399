"""The README's Quick start stays true: CI runs the very test command the README gives."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _commands(text: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index("## Quick start")
    block, inside = [], False
    for line in lines[start:]:
        if line.startswith("```"):
            if inside:
                break
            inside = True
            continue
        if inside and line.strip() and not line.startswith("#"):
            block.append(line.strip())
    return block


def test_readme_quick_start_has_two_commands_and_ci_runs_the_second() -> None:
    commands = _commands((ROOT / "README.md").read_text())
    assert len(commands) == 2, commands
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert commands[1] in [line.strip() for line in ci]
    assert "pytest" in commands[1] and "edtrainer" in commands[0]


def test_every_setting_and_environment_variable_is_documented() -> None:
    import re

    from edtrainer.core.preferences import Preferences
    from edtrainer.gui import settings

    readme = (ROOT / "README.md").read_text()
    names = {s.key for s in settings.ALL} | set(Preferences.__dataclass_fields__)
    code = "\n".join(p.read_text() for p in (ROOT / "edtrainer").rglob("*.py"))
    names |= set(re.findall(r"\"(EDTRAINER_[A-Z_]+)\"", code))
    missing = sorted(n for n in names if f"`{n}`" not in readme)
    assert not missing, f"not in README.md: {missing}"
