"""The growth-plan PDF: real files parsed back with pypdf, plans built in memory (no database)."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle

from core.assessment import STATUS_COMPLETED, AssessmentInfo, PersonInfo, SkillRating
from core.documents import Document
from core.framework import Framework
from core.framework_files import load_builtin_framework
from core.framework_schema import build_framework
from core.goals import Goal, GoalStatus
from core.plan import GrowthPlan, PlanInput, build_plan
from reports.fonts import latin_fonts
from reports.growth_plan import PAPER_SIZES, render_growth_plan
from reports.markup import para, rich
from tests.framework_factory import framework_data

ROOT = Path(__file__).resolve().parent.parent
ROLE = "mlops-engineer"
TODAY = date(2026, 11, 22)
HEADINGS = (
    "Growth plan",
    "Summary",
    "Gaps to Senior",
    "What to work on",
    "Progress since",
    "Talking points for the one-on-one",
)
MARKUP = '<b>bold</b> & <img src="http://example.com/x.png"/> <font color="red">red</font> </para>'
CHINESE_NOTE = "负责搭建数据管道，编写单元测试，并且与团队一起完成模型部署。"
STANDARD_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-BoldOblique",
    "Courier-Oblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-BoldOblique",
    "Helvetica-Oblique",
    "Symbol",
    "Times-Bold",
    "Times-BoldItalic",
    "Times-Italic",
    "Times-Roman",
    "ZapfDingbats",
}

# MLOps engineer ratings: (previous, current) level ids; None is "not yet".
LEVELS = {
    "ml-cicd": ("junior", "middle"),
    "model-serving": ("middle", "senior"),
    "model-monitoring": ("junior", "junior"),
    "containers-kubernetes": ("middle", "middle"),
    "experiment-tracking": ("middle", "senior"),
    "ml-pipelines": ("middle", "middle"),
    "cloud-iac": (None, None),
    "software-engineering": ("senior", "senior"),
    "data-engineering": ("middle", "middle"),
    "data-quality": ("middle", "middle"),
    "modelling": ("junior", "junior"),
    "responsible-ai": ("middle", "middle"),
    "communication-collaboration": ("senior", "senior"),
    "technical-leadership": ("junior", "junior"),
}


def assessment(
    framework: Framework,
    role_id: str,
    levels: Mapping[str, str | None],
    *,
    ident: int = 2,
    target: str = "senior",
    notes: Mapping[str, str] | None = None,
    completed: datetime = datetime(2026, 11, 20, 17),
) -> AssessmentInfo:
    notes = notes or {}
    return AssessmentInfo(
        id=ident,
        person_id=1,
        role_id=role_id,
        framework_id=framework.id,
        framework_version=framework.version,
        target_level=target,
        status=STATUS_COMPLETED,
        started_at=completed.replace(month=max(1, completed.month - 2)),
        completed_at=completed,
        ratings={
            skill_id: SkillRating(skill_id, level_id, rated=True, note=notes.get(skill_id, ""))
            for skill_id, level_id in levels.items()
        },
    )


def builtin_plan(
    *,
    name: str = "Dana Whitfield",
    notes: Mapping[str, str] | None = None,
    goals: Sequence[Goal] = (),
    with_previous: bool = True,
    target: str = "senior",
    same_levels: bool = False,
) -> GrowthPlan:
    framework = load_builtin_framework()
    current = {skill: pair[1] for skill, pair in LEVELS.items()}
    before = current if same_levels else {skill: pair[0] for skill, pair in LEVELS.items()}
    previous = (
        assessment(framework, ROLE, before, ident=1, completed=datetime(2026, 5, 10, 16))
        if with_previous
        else None
    )
    return build_plan(
        PlanInput(
            framework=framework,
            person=PersonInfo(id=1, name=name),
            assessment=assessment(framework, ROLE, current, target=target, notes=notes),
            previous=previous,
            goals=list(goals),
            today=TODAY,
        )
    )


def goal(ident: int, skill_id: str, action: str, **extra: object) -> Goal:
    return Goal(
        id=ident,
        person_id=1,
        skill_id=skill_id,
        action=action,
        created_at=datetime(2026, 6, 1),
        **extra,  # type: ignore[arg-type]
    )


@cache
def synthetic_framework(level_count: int, skill_count: int) -> Framework:
    return build_framework(Document("synthetic.yaml", framework_data(level_count, skill_count, 1)))


def synthetic_plan(
    skill_count: int, level_id: str | None = "junior", previous: str | None = None
) -> GrowthPlan:
    framework = synthetic_framework(5, skill_count)
    role = framework.roles[0]
    levels = dict.fromkeys(role.skill_ids, level_id)
    before = None
    if previous is not None:
        before = assessment(
            framework,
            role.id,
            dict.fromkeys(role.skill_ids, previous),
            ident=1,
            completed=datetime(2026, 3, 1),
        )
    return build_plan(
        PlanInput(
            framework=framework,
            person=PersonInfo(id=1, name="Sam Example"),
            assessment=assessment(framework, role.id, levels),
            previous=before,
            goals=[],
            today=TODAY,
        )
    )


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def squashed(text: str) -> str:
    """Text without any whitespace, for comparing strings that wrapped across lines."""
    return re.sub(r"\s+", "", text)


def spaced(text: str) -> str:
    """Runs of whitespace (including line breaks from wrapping) as single spaces."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    return render_growth_plan(builtin_plan())


def test_sections_come_in_order_after_a_complete_header(sample_pdf: bytes) -> None:
    text = "\n".join(pages_text(sample_pdf))
    positions = [text.find(heading) for heading in HEADINGS]
    assert -1 not in positions, dict(zip(HEADINGS, positions, strict=True))
    assert positions == sorted(positions)
    header = text[: positions[1]]
    for fact in (
        "Dana Whitfield",
        "MLOps Engineer",
        "22 November 2026",
        "Machine Learning & AI 2.0.0",
        "Junior",  # overall level: every required skill is at Junior or above, not all Middle
        "Senior",
    ):
        assert fact in header
    assert "Progress since 10 May 2026" in text


def test_summary_states_readiness_and_missing_skills(sample_pdf: bytes) -> None:
    text = spaced("\n".join(pages_text(sample_pdf)))
    assert "4 of 13 required skills at Senior or above (31%)" in text
    assert "Model Monitoring and Drift" in text.split("Gaps to Senior")[0]
    assert "All 14 skills of the role are rated." in text


def test_gap_table_lists_every_skill_with_its_gap(sample_pdf: bytes) -> None:
    text = "\n".join(pages_text(sample_pdf))
    table = text[text.find("Gaps to Senior") : text.find("What to work on")]
    assert "Cloud and Infrastructure as Code\nRequired\nNot yet\nSenior\n3 levels" in table
    assert "Technical Leadership and Mentoring\nOptional\nJunior\nSenior\n2 levels" in table
    assert "Software Engineering Practice\nRequired\nSenior\nSenior\n—" in table


def test_note_lines_and_goal_action_are_verbatim() -> None:
    note = "Shipped the canary rollout for churn v3.\nEvidence: PR #412 and PR #438.\n  Next: automate the rollback."
    action = "Add a metric gate (AUC ≥ 0.82) to the release workflow & document it."
    plan = builtin_plan(
        notes={"ml-cicd": note},
        goals=[
            goal(1, "ml-cicd", action, status=GoalStatus.IN_PROGRESS, due=date(2026, 10, 1)),
            goal(2, "cloud-iac", "Read the Terraform guide", level_id="middle"),
        ],
    )
    pages = pages_text(render_growth_plan(plan))
    lines = [line.strip() for line in "\n".join(pages).splitlines()]
    # Each line of the note stays its own line, in order.
    expected = [line.strip() for line in note.splitlines()]
    start = lines.index(expected[0])
    assert lines[start : start + len(expected)] == expected
    text = spaced("\n".join(pages))
    assert action in text
    assert "In progress · due 1 October 2026 · overdue" in text
    assert "Planned · aiming at Middle" in text


def test_markup_in_user_text_shows_literally() -> None:
    plan = builtin_plan(
        name=f"Robin {MARKUP}",
        notes={"ml-cicd": MARKUP},
        goals=[goal(1, "ml-cicd", MARKUP)],
    )
    data = render_growth_plan(plan)
    text = spaced("\n".join(pages_text(data)))
    # The name, the footer, the note and the goal all show it.
    assert text.count(spaced(MARKUP)) >= 3
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        assert "/Annots" not in page  # no <a href> turned into a link
        xobjects = page["/Resources"].get("/XObject", {})
        assert not any(xobjects[name].get("/Subtype") == "/Image" for name in xobjects)


def test_rich_escapes_and_marks_cjk_runs() -> None:
    markup = rich("a<b>&\"'\n王小明，好")
    assert markup.startswith("a&lt;b&gt;&amp;&quot;&apos;<br/>")
    assert re.search(r'<font name="[^"]+">王小明，好</font>$', markup)
    assert "<b>" not in markup


def test_chinese_name_and_note_wrap_without_leading_punctuation() -> None:
    framework = load_builtin_framework()
    skill_ids = framework.role(ROLE).skill_ids
    # Shift the note by one character per skill so that some line would begin with "，" or
    # "。" under plain character wrapping, whatever the exact line width.
    notes = {skill: "测" * shift + CHINESE_NOTE * 4 for shift, skill in enumerate(skill_ids)}
    plan = builtin_plan(name="王小明", notes=notes, target="principal")
    pages = pages_text(render_growth_plan(plan))
    text = "\n".join(pages)
    assert "王小明" in text
    assert squashed("测" * 3 + CHINESE_NOTE * 4) in squashed(text)
    bad = [line for line in text.splitlines() if line.strip()[:1] in ("，", "。")]
    assert not bad


@pytest.mark.parametrize("width", range(60, 480, 3))
def test_cjk_wrapping_keeps_closing_punctuation_off_line_starts(width: int) -> None:
    regular, _ = latin_fonts()
    style = ParagraphStyle("t", fontName=regular, fontSize=10, leading=14)
    text = CHINESE_NOTE * 3 + "（括号）与 MLflow 和 Kubeflow 一起使用。"
    paragraph = para(rich(text), style)
    paragraph.wrap(width, 10_000)
    lines = ["".join(word.text for word in line.words) for line in paragraph.blPara.lines]
    assert "".join(lines) == text
    assert not [line for line in lines[1:] if line[:1] in "，。、）！？：；"]
    assert not [line for line in lines[:-1] if line.rstrip()[-1:] in "（"]


def test_cjk_paragraph_split_across_pages_keeps_the_text_whole() -> None:
    regular, _ = latin_fonts()
    style = ParagraphStyle("t", fontName=regular, fontSize=10, leading=14)
    text = CHINESE_NOTE * 6 + " Kubeflow pipelines 与 MLflow。"
    paragraph = para(rich(text), style)
    paragraph.wrap(200, 10_000)
    first, rest = paragraph.split(200, 14 * 4)
    first.wrap(200, 10_000)
    rest.wrap(200, 10_000)
    lines = [
        "".join(word.text for word in line.words)
        for part in (first, rest)
        for line in part.blPara.lines
    ]
    assert len(first.blPara.lines) == 4
    assert "".join(lines) == text
    assert lines[4][:1] not in "，。"


@pytest.mark.parametrize(
    "text",
    ["https://example.com/" + "a" * 300, "说明：https://example.com/" + "b" * 300 + " 结束。"],
)
def test_long_unbroken_strings_stay_inside_the_frame(text: str) -> None:
    regular, _ = latin_fonts()
    style = ParagraphStyle("t", fontName=regular, fontSize=10, leading=14)
    paragraph = para(rich(text), style)
    paragraph.wrap(300, 10_000)
    assert len(paragraph.blPara.lines) > 3
    for line in paragraph.blPara.lines:
        extra = line.extraSpace if hasattr(line, "extraSpace") else line[0]
        assert extra >= -0.5


def test_long_url_in_a_note_is_kept_whole() -> None:
    url = "https://example.com/" + "x" * 300
    pages = pages_text(render_growth_plan(builtin_plan(notes={"ml-cicd": url})))
    assert squashed(url) in squashed("\n".join(pages))


def test_fonts_are_embedded_truetype_only() -> None:
    plan = builtin_plan(name="王小明", notes={"ml-cicd": CHINESE_NOTE})
    reader = PdfReader(io.BytesIO(render_growth_plan(plan)))
    families = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for key in fonts:
            font = fonts[key].get_object()
            base = str(font["/BaseFont"]).lstrip("/")
            assert base not in STANDARD_14
            assert font["/Subtype"] == "/TrueType", base  # no CID-keyed (Type0) fonts
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), base
            families.add(base.split("+", 1)[-1])
    assert families == {"DejaVuSans", "DejaVuSans-Bold", "WenQuanYiMicroHei-0"}


def test_every_page_says_page_x_of_y(sample_pdf: bytes) -> None:
    pages = pages_text(sample_pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in text
        assert "Skill Ladder · Dana Whitfield" in text


def test_long_plan_repeats_the_table_header_on_continuation_pages() -> None:
    pages = pages_text(render_growth_plan(synthetic_plan(200, level_id=None)))
    assert 5 <= len(pages) <= 150
    header = "Skill\nRequired/Optional\nCurrent\nTarget\nGap"
    row = "\nRequired\nNot yet\nSenior\n3 levels"
    table_pages = [text for text in pages if row in text]
    assert len(table_pages) >= 3
    assert all(header in text for text in table_pages)
    whole = "\n".join(pages)
    assert len(re.findall(r"^Skill \d+" + re.escape(row), whole, flags=re.MULTILINE)) == 200
    assert "Only the 16 skills with the most important gaps are drawn" in spaced(whole)
    assert f"page {len(pages)} of {len(pages)}" in pages[-1]


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_paper_sizes(paper: str, size: tuple[float, float]) -> None:
    reader = PdfReader(io.BytesIO(render_growth_plan(synthetic_plan(3), paper=paper)))
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(size)
    assert PAPER_SIZES[paper] == size


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="paper"):
        render_growth_plan(synthetic_plan(3), paper="a5")


def test_progress_is_reported_in_increasing_steps() -> None:
    calls: list[tuple[int, int]] = []
    render_growth_plan(synthetic_plan(3), progress=lambda done, total: calls.append((done, total)))
    assert len(calls) >= 3
    totals = {total for _, total in calls}
    assert len(totals) == 1
    done = [d for d, _ in calls]
    assert done == sorted(set(done))
    assert done[-1] == totals.pop()


def test_first_assessment_says_progress_comes_later() -> None:
    text = spaced("\n".join(pages_text(render_growth_plan(builtin_plan(with_previous=False)))))
    assert (
        "Progress since the last assessment This is the first completed assessment for this "
        "role; progress will show from the next one." in text
    )


def test_progress_lists_the_moves(sample_pdf: bytes) -> None:
    text = spaced("\n".join(pages_text(sample_pdf)))
    section = text[text.find("Progress since 10 May 2026") : text.find("Talking points")]
    assert "3 skills changed level since 10 May 2026" in section
    assert "CI/CD for Machine Learning: Junior → Middle (up 1 level)" in section
    assert "Model Deployment and Serving: Middle → Senior (up 1 level)" in section


def test_no_level_changed() -> None:
    text = spaced("\n".join(pages_text(render_growth_plan(synthetic_plan(5, previous="junior")))))
    section = text[text.find("Progress since 1 March 2026") : text.find("Talking points")]
    assert "No level changed since 1 March 2026." in section
    assert "Before (1 March 2026)" in section  # the small chart of all skills is there


@pytest.mark.parametrize("skill_count", [1, 2, 3, 16, 17])
def test_small_and_odd_skill_counts_render(skill_count: int) -> None:
    pages = pages_text(render_growth_plan(synthetic_plan(skill_count, previous="junior")))
    text = "\n".join(pages)
    assert "Talking points for the one-on-one" in text
    assert ("Only the 16 skills" in spaced(text)) == (skill_count > 16)


def test_characters_no_font_has_do_not_break_rendering() -> None:
    odd = "Emoji 😀🚀 \U0001f9ea, Hangul 한국어, kana カタカナ, control \x00\x07 char, lone \ud800"
    plan = builtin_plan(name=odd, notes={"ml-cicd": odd}, goals=[goal(1, "ml-cicd", odd)])
    text = "\n".join(pages_text(render_growth_plan(plan)))
    assert "한국어" in text
    assert "カタカナ" in text


def test_sample_script_writes_a_pdf(tmp_path: Path) -> None:
    output = tmp_path / "plan.pdf"
    result = subprocess.run(
        [sys.executable, "scripts/sample_plan.py", str(output), "--paper", "letter"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(output)
    assert "Growth plan" in reader.pages[0].extract_text()


def test_reports_import_without_qt_or_the_database() -> None:
    probe = (
        "import sys\n"
        "import reports.growth_plan, reports.charts, reports.markup\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'db', 'app')]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
