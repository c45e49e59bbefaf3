"""The one-on-one agenda PDF: agendas built in memory with the core, real files parsed with pypdf."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Mapping, Sequence
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from core.agenda import Agenda, AgendaInput, build_agenda
from core.assessment import (
    STATUS_COMPLETED,
    STATUS_DRAFT,
    AssessmentInfo,
    PersonInfo,
    SkillRating,
)
from core.framework import Framework
from core.framework_files import load_builtin_framework
from core.goals import Goal, GoalStatus
from core.meetings import ActionItem, Meeting
from reports.agenda import render_agenda
from tests.test_growth_plan_pdf import (
    CHINESE_NOTE,
    ROOT,
    STANDARD_14,
    pages_text,
    spaced,
    squashed,
    synthetic_framework,
)

ROLE = "mlops-engineer"
TODAY = date(2026, 11, 22)
HEADINGS = (
    "One-on-one agenda",
    "Changes since the last meeting",
    "Where you and your manager disagree",
    "Gaps to Senior",
    "Overdue goals",
    "Open action items",
    "Notes from the last meeting",
)
MARKUP = '<b>&</b> </para> <img src="x"/>'
NOTES = (
    "Talked about the canary rollout.\n"
    "  - Dana wants to lead the migration\n"
    f"{CHINESE_NOTE}\n"
    f"{MARKUP}"
)
# Self ratings (previous, latest) and the manager's rating of the latest; None is "not yet".
LEVELS = {
    "ml-cicd": ("junior", "middle", "middle"),
    "model-serving": ("middle", "senior", "junior"),
    "model-monitoring": ("junior", "junior", "junior"),
    "containers-kubernetes": ("middle", "middle", "middle"),
    "experiment-tracking": ("middle", "senior", "senior"),
    "ml-pipelines": ("middle", "middle", "middle"),
    "cloud-iac": (None, None, "middle"),
    "software-engineering": ("senior", "senior", "senior"),
    "technical-leadership": ("junior", "junior", "principal"),
}
LAST_MEETING = Meeting(2, 1, date(2026, 10, 15), NOTES)
MEETINGS = (Meeting(1, 1, date(2026, 9, 1), "The first meeting's notes"), LAST_MEETING)
ITEMS = (
    ActionItem(1, 1, "Write the rollback runbook", 2, datetime(2026, 10, 15, 10)),
    ActionItem(2, 1, "Pair with Sam on Terraform modules", 1, datetime(2026, 9, 2, 10)),
    ActionItem(
        3, 1, "Read the monitoring chapter", 1, datetime(2026, 9, 1), datetime(2026, 10, 30)
    ),
    ActionItem(4, 1, "Book the conference", 1, datetime(2026, 9, 1), datetime(2026, 9, 20)),
)
GOALS = (
    Goal(
        1,
        1,
        "ml-cicd",
        "Add a metric gate & document it",
        GoalStatus.IN_PROGRESS,
        date(2026, 10, 1),
    ),
    Goal(2, 1, "cloud-iac", "Finish the Terraform course", due=date(2026, 11, 1)),
    Goal(3, 1, "ml-pipelines", "Port the pipeline to Kubeflow", due=date(2027, 1, 1)),
)


def assessment(
    framework: Framework,
    role_id: str,
    levels: Mapping[str, str | None],
    *,
    ident: int,
    when: datetime,
    manager: Mapping[str, str | None] | None = None,
    status: str = STATUS_COMPLETED,
) -> AssessmentInfo:
    def ratings(source: Mapping[str, str | None]) -> dict[str, SkillRating]:
        return {skill: SkillRating(skill, level, rated=True) for skill, level in source.items()}

    return AssessmentInfo(
        id=ident,
        person_id=1,
        role_id=role_id,
        framework_id=framework.id,
        framework_version=framework.version,
        target_level="senior",
        status=status,
        started_at=when.replace(month=when.month - 1),
        completed_at=when if status == STATUS_COMPLETED else None,
        ratings=ratings(levels),
        manager_ratings=ratings(manager or {}),
    )


def builtin_agenda(
    *,
    name: str = "Dana Whitfield",
    with_assessment: bool = True,
    with_manager: bool = True,
    status: str = STATUS_COMPLETED,
    meetings: Sequence[Meeting] = MEETINGS,
    items: Sequence[ActionItem] = ITEMS,
    goals: Sequence[Goal] = GOALS,
) -> Agenda:
    framework = load_builtin_framework()
    latest = previous = None
    if with_assessment:
        latest = assessment(
            framework,
            ROLE,
            {skill: levels[1] for skill, levels in LEVELS.items()},
            ident=2,
            when=datetime(2026, 11, 20, 17),
            manager={skill: levels[2] for skill, levels in LEVELS.items()} if with_manager else {},
            status=status,
        )
        previous = assessment(
            framework,
            ROLE,
            {skill: levels[0] for skill, levels in LEVELS.items()},
            ident=1,
            when=datetime(2026, 5, 10, 16),
        )
    return build_agenda(
        AgendaInput(
            framework=framework,
            person=PersonInfo(id=1, name=name),
            latest=latest,
            previous=previous,
            meetings=meetings,
            action_items=items,
            goals=goals,
            today=TODAY,
        )
    )


def section(text: str, heading: str) -> str:
    """The text from ``heading`` to the next section heading (or the end)."""
    start = text.index(heading)
    later = [text.find(h, start + 1) for h in HEADINGS[1:]]
    return text[start : min([p for p in later if p > start] or [len(text)])]


def whole_text(agenda: Agenda) -> str:
    return "\n".join(pages_text(render_agenda(agenda)))


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    return render_agenda(builtin_agenda())


@pytest.fixture(scope="module")
def sample_text(sample_pdf: bytes) -> str:
    return "\n".join(pages_text(sample_pdf))


def test_sections_come_in_order_after_a_complete_header(sample_text: str) -> None:
    positions = [sample_text.find(heading) for heading in HEADINGS]
    assert -1 not in positions, dict(zip(HEADINGS, positions, strict=True))
    assert positions == sorted(positions)
    header = sample_text[: positions[1]]
    for fact in (
        "Dana Whitfield",
        "MLOps Engineer",
        "Date\n22 November 2026",
        "Last meeting\n15 October 2026",
        "Latest assessment\n20 November 2026",
        "Assessment status\nCompleted",
        "Target level\nSenior",
    ):
        assert fact in header


def test_changes_name_the_new_assessment_level_moves_and_items_done(sample_text: str) -> None:
    changes = spaced(section(sample_text, "Changes since the last meeting"))
    assert "A new assessment was made on 20 November 2026." in changes
    assert "3 skills changed level" in changes
    assert "CI/CD for Machine Learning: Junior → Middle (up 1 level)" in changes
    assert "Model Deployment and Serving: Middle → Senior (up 1 level)" in changes
    assert "Model Monitoring" not in changes  # unchanged
    assert "Read the monitoring chapter done 30 October 2026" in changes
    # Done before the last meeting: already dealt with, shown nowhere.
    assert "Book the conference" not in sample_text


def test_disagreements_table_shows_both_levels(sample_text: str) -> None:
    table = section(sample_text, "Where you and your manager disagree")
    assert "Skill\nSelf\nManager\nDifference" in table
    rows = [
        "Leadership and Mentoring\nJunior\nPrincipal\nManager 4 levels higher",
        "Cloud and Infrastructure as Code\nNot yet\nMiddle\nManager 2 levels higher",
        "Model Deployment and Serving\nSenior\nJunior\nManager 2 levels lower",
    ]
    positions = [table.find(row) for row in rows]
    assert -1 not in positions, table
    assert positions == sorted(positions)  # largest difference first
    assert "CI/CD for Machine Learning" not in table  # rated alike


def test_gap_table_lists_skills_below_target(sample_text: str) -> None:
    table = section(sample_text, "Gaps to Senior")
    assert "Skill\nRequired/Optional\nCurrent\nGap" in table
    assert "Cloud and Infrastructure as Code\nRequired\nNot yet\n3 levels" in table
    assert "Leadership and Mentoring\nOptional\nJunior\n2 levels" in table
    assert "Software Engineering Practice" not in table  # at the target already


def test_overdue_goals_name_skill_action_and_due_date(sample_text: str) -> None:
    goals = spaced(section(sample_text, "Overdue goals"))
    assert "CI/CD for Machine Learning: Add a metric gate & document it" in goals
    assert "In progress · due 1 October 2026 · overdue" in goals
    assert "Cloud and Infrastructure as Code: Finish the Terraform course" in goals
    assert "due 1 November 2026" in goals
    assert "Port the pipeline to Kubeflow" not in sample_text  # not due yet


def test_open_items_are_numbered_and_done_ones_left_out(sample_text: str) -> None:
    items = spaced(section(sample_text, "Open action items"))
    assert "1. Write the rollback runbook agreed at the meeting of 15 October 2026" in items
    # Agreed at an earlier meeting: its date, not when the item was typed in.
    assert (
        "2. Pair with Sam on Terraform modules agreed at the meeting of 1 September 2026" in items
    )
    assert "Read the monitoring chapter" not in items
    assert "Book the conference" not in items


def test_last_meeting_notes_are_verbatim(sample_pdf: bytes, sample_text: str) -> None:
    notes = section(sample_text, "Notes from the last meeting")
    assert "Meeting of 15 October 2026" in notes
    lines = [line.strip() for line in notes.splitlines()]
    expected = [line.strip() for line in NOTES.splitlines()]
    start = lines.index(expected[0])
    assert lines[start : start + len(expected)] == expected
    assert MARKUP in notes
    assert "The first meeting's notes" not in sample_text
    for page in PdfReader(io.BytesIO(sample_pdf)).pages:
        assert "/Annots" not in page
        xobjects = page["/Resources"].get("/XObject", {})
        assert not any(xobjects[name].get("/Subtype") == "/Image" for name in xobjects)


def test_markup_in_the_name_shows_literally() -> None:
    text = spaced(whole_text(builtin_agenda(name=f"Robin {MARKUP}")))
    # The name under the title and in the footer.
    assert text.count(f"Robin {MARKUP}") >= 2


def test_every_page_says_page_x_of_y_and_the_table_header_repeats() -> None:
    framework = synthetic_framework(5, 120)
    role = framework.roles[0]
    latest = assessment(
        framework, role.id, dict.fromkeys(role.skill_ids), ident=2, when=datetime(2026, 11, 1)
    )
    agenda = build_agenda(
        AgendaInput(framework, PersonInfo(1, "Sam Example"), latest, None, (), (), (), TODAY)
    )
    pages = pages_text(render_agenda(agenda))
    assert len(pages) >= 3
    row = "\nRequired\nNot yet\n3 levels"
    table_pages = [text for text in pages if row in text]
    assert len(table_pages) >= 2
    assert all("Skill\nRequired/Optional\nCurrent\nGap" in text for text in table_pages)
    for number, text in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in text
        assert "Skill Ladder · Sam Example" in text


def test_first_meeting() -> None:
    text = whole_text(builtin_agenda(meetings=(), items=()))
    assert "Last meeting\nFirst meeting" in text
    assert "No earlier meeting." in section(text, "Notes from the last meeting")
    assert "No open action items." in section(text, "Open action items")
    assert "A new assessment was made on 20 November 2026." in text


def test_no_assessment_at_all() -> None:
    text = spaced(
        whole_text(builtin_agenda(name="王小明", with_assessment=False, meetings=(), items=()))
    )
    assert "Role No assessment yet" in text
    assert "Latest assessment None yet" in text
    assert "Nothing to report yet: no assessment and no action item done." in text
    assert "No assessment yet, so there are no ratings to compare." in text
    assert "Gaps to the target level No assessment yet" in text
    assert "No goal is past its due date." not in text  # goals are still shown
    assert "Finish the Terraform course" in text


def test_no_manager_ratings() -> None:
    text = spaced(whole_text(builtin_agenda(with_manager=False)))
    disagree = section(text, "Where you and your manager disagree")
    assert "Your manager has not rated any skill of the latest assessment yet." in disagree
    assert "Difference" not in disagree


def test_manager_agrees() -> None:
    framework = load_builtin_framework()
    levels = {skill: level[1] for skill, level in LEVELS.items()}
    latest = assessment(
        framework, ROLE, levels, ident=2, when=datetime(2026, 9, 20), manager=levels
    )
    agenda = build_agenda(
        AgendaInput(framework, PersonInfo(1, "Dana"), latest, None, MEETINGS, (), (), TODAY)
    )
    text = spaced(whole_text(agenda))
    assert "No skill is rated two or more levels apart." in text
    # The assessment predates the last meeting and no item was done: nothing changed.
    assert (
        "Nothing changed since the last meeting on 15 October 2026: no new assessment, "
        "no level change and no action item done." in text
    )
    assert "No goal is past its due date." in text


def test_draft_assessment() -> None:
    text = spaced(whole_text(builtin_agenda(status=STATUS_DRAFT)))
    assert "Latest assessment 20 October 2026 Assessment status Draft" in text
    assert "A new assessment was started on 20 October 2026; it is still a draft." in text


def test_fonts_are_embedded_truetype_only() -> None:
    reader = PdfReader(io.BytesIO(render_agenda(builtin_agenda(name="王小明"))))
    families = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for key in fonts:
            font = fonts[key].get_object()
            base = str(font["/BaseFont"]).lstrip("/")
            assert base not in STANDARD_14
            assert font["/Subtype"] == "/TrueType", base
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), base
            families.add(base.split("+", 1)[-1])
    assert families == {"DejaVuSans", "DejaVuSans-Bold", "WenQuanYiMicroHei-0"}


def test_long_chinese_notes_wrap_whole() -> None:
    notes = CHINESE_NOTE * 12
    text = whole_text(builtin_agenda(meetings=(Meeting(1, 1, date(2026, 10, 1), notes),)))
    assert squashed(notes) in squashed(text)
    assert not [line for line in text.splitlines() if line.strip()[:1] in ("，", "。")]


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_paper_sizes(paper: str, size: tuple[float, float]) -> None:
    reader = PdfReader(io.BytesIO(render_agenda(builtin_agenda(), paper=paper)))
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(size)


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="paper"):
        render_agenda(builtin_agenda(), paper="a5")


def test_progress_is_reported_in_increasing_steps() -> None:
    calls: list[tuple[int, int]] = []
    render_agenda(builtin_agenda(), progress=lambda done, total: calls.append((done, total)))
    assert len(calls) >= 3
    totals = {total for _, total in calls}
    assert len(totals) == 1
    done = [d for d, _ in calls]
    assert done == sorted(set(done))
    assert done[-1] == totals.pop()


def test_agenda_imports_without_qt_or_the_database() -> None:
    probe = (
        "import sys\n"
        "import reports.agenda\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'db', 'app')]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_the_last_meeting_is_the_one_before_the_meeting_being_prepared() -> None:
    # Exported from today's meeting (already started, with notes) and with one planned later:
    # the last meeting is still 15 October, and its notes are the ones shown.
    today = Meeting(3, 1, TODAY, "Today's notes, being taken now")
    planned = Meeting(4, 1, date(2026, 12, 6), "Notes prepared ahead")
    text = whole_text(builtin_agenda(meetings=(*MEETINGS, today, planned)))
    header = text[: text.index(HEADINGS[1])]
    assert "Last meeting\n15 October 2026" in header
    notes = section(text, "Notes from the last meeting")
    assert "Meeting of 15 October 2026:" in notes and "Talked about the canary rollout." in notes
    assert "Today's notes" not in text and "prepared ahead" not in text


def test_todays_meeting_alone_is_not_a_last_meeting() -> None:
    text = whole_text(builtin_agenda(meetings=(Meeting(3, 1, TODAY, "Today's notes"),)))
    assert "Last meeting\nFirst meeting" in text[: text.index(HEADINGS[1])]
    assert "No earlier meeting." in section(text, "Notes from the last meeting")
    assert "Today's notes" not in text
