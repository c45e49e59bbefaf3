"""Small files of our own in each format the importers read (never the published ones)."""

from __future__ import annotations

import json
from pathlib import Path

FT_JOB_FAMILY = """\
name: Testing
summary: Competencies for testers.
googleSheetId: abc123
levels:
  - id: t1
    name: Tester One
  - id: t2
    name: Tester Two (Lead)
themes:
  - id: care
    name: Care & Attention
    summary: Looks after things.
  - id: speed
    name: Speed
    summary: Goes fast.
competencies:
  - id: c1
    level: t1
    theme: care
    summary: Checks their own work.
    proficiency: Basic
  - id: c2
    level: t1
    theme: speed
    summary: |
      1. Runs the suite.
      2. Reads the report.
    proficiency: Basic
  - id: c3
    level: t2
    theme: care
    summary: Checks everyone's work.
    proficiency: Deep
"""

FT_COMPETENCIES = """\
- id: a
  summary: Writes tests
  examples:
    - Unit tests
    - Smoke tests
  supportingUrls:
    - label: Guide
      url: https://example.org
  description: null
  level: first
  area: technical
- id: b
  summary: Speaks up
  examples: []
  supportingUrls: []
  description: null
  level: second
  area: communication
- id: c
  summary: Designs systems
  examples: [Service split]
  supportingUrls: []
  description: null
  level: second
  area: technical
"""

FT_LEVELS = """\
- id: first
  name: First Rung
  summary: Learning.
- id: second
  name: Second Rung
  summary: Doing.
"""

MONZO_ROLE = """\
---
path: "/team/tester"
title: "Tester Framework"
sidebarTitle: "Tester"
sidebarGroup: "team"
yaml: true
levels: 3
homepage: true
topics:
  - name: "craft"
    title: "Craft"
    description: "Making things well"
    content:
      - level: 1
        criteria:
          - "Writes a test"
      - level: 2
        criteria:
          - "Writes many tests"
        exampleCriteria:
          - criteria: "Reviews tests"
            examples:
              - "Suggests a missing case"
              - "Spots a flaky test"
  - name: "conduct"
    title:
    content:
      - level: 2
        criteria:
          - "Role-specific conduct"
---
### About

Some prose.
"""

MONZO_GENERIC = """\
---
path: "/generic"
title: "Generic Framework"
sidebarTitle: "Generic"
sidebarGroup:
yaml: true
levels: 3
homepage: false
topics:
  - name: "conduct"
    title: "Conduct"
    content:
      - level: 1
        criteria:
          - "Is kind"
      - level: 3
        criteria:
          - "Sets the tone"
---
"""

DIRECT_NESTED = {
    "competency_domains": [
        {
            "title": "Data",
            "description": "About data.",
            "competencies": [
                {
                    "title": "Cleaning",
                    "description": "Making data usable.",
                    "skills": [
                        {"title": "Deduplication", "description": "Removes duplicates.",
                         "tools_languages_methodologies": "pandas|sql", "training_resources": "course-a"},
                        {"name": "Validation", "description": "Checks values."},
                    ],
                }
            ],
        },
        {"title": "People", "description": "", "competencies": [
            {"title": "Teaching", "description": "", "skills": [{"title": "Mentoring", "description": "Helps."}]}
        ]},
    ]
}  # fmt: skip

DIRECT_LEVELS = [
    {"name": "Top", "description": "Leads.", "level": "2", "short_description": "Authority",
     "focus": "strategy"},
    {"name": "None", "description": "No ability.", "level": "0", "short_description": "None",
     "focus": "n/a"},
    {"name": "Start", "description": "Learns.", "level": "1", "short_description": "Beginner",
     "focus": "learning"},
]  # fmt: skip

DIRECT_CSV = """\
competency_domain,competency,skill,description,slug,related_skills,tools_languages_methodologies,learning_resources
Data,,,About data.,data,,,
,Cleaning,,Making data usable.,cleaning,,,
,,Deduplication,Removes duplicates.,dedup,validation,pandas|sql,course-a
,,Validation,Checks values.,validation,,,
People,,,,people,,,
,Teaching,,,teaching,,,
,,Mentoring,Helps.,mentoring,,,
"""

LONG_CSV = """\
Skill,Category,Level,Descriptor,Examples,Role,Requirement,Proficiency
Python,Eng > Languages,Apprentice,Writes scripts,A CSV script|A cron job,Backend,required,Aware
Python,Eng > Languages,Apprentice,Reads tracebacks,,,,
Python,Eng > Languages,Master,Designs packages,,Backend,required,Expert
SQL,Eng > Data,Master,Tunes queries,,Backend,optional,Aware
SQL,Eng > Data,Master,=HYPERLINK("http://x"),,Analyst,required,
"""


def write(path: Path, text: str | bytes | object) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    elif isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_text(json.dumps(text), encoding="utf-8")
    return path
