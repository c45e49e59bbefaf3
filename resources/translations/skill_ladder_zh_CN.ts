<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssessPage</name>
    <message>
        <source>1–{top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the skill at that level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous or next skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is assessed, against which role and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: {rate} rate at a level, 0 = not yet, ↑/↓ move between skills, Ctrl+Z / Ctrl+Shift+Z undo and redo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessPresenter</name>
    <message>
        <source>&lt;b&gt;{person}&lt;/b&gt; · no role chosen yet (Role tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{person}&lt;/b&gt; · {role} · target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}. What you typed stays on screen and is saved as soon as the data file can be written again (tried every few seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed assessment of {date} — read-only. To correct it, reopen it from the History tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft started {date}: {rated} of {total} skills rated. Saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your manager&apos;s rating, received in their file: it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own assessment: your manager gives this rating, in their file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager&apos;s view of this skill, next to the self rating; it can be given after the assessment was completed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>{when} — {why} ({size} KB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletionPresenter</name>
    <message numerus="yes">
        <source>%n of the role&apos;s skills are not rated yet; they stay unrated in the completed assessment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All {total} skills are rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete this assessment? {rated}

A completed assessment is frozen with today&apos;s date and counts in your history and the team view. To change it later, undo (Ctrl+Z) right away, or reopen it from the History tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePresenter</name>
    <message>
        <source>Saved the assessment with your manager ratings as
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the self-assessment as
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this file; it can be imported with File → Import assessment file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import assessment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is too large to be an assessment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %n more problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from {file}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkText</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} · expected: {proficiency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <source>{date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>No goals for this skill yet. Add one to plan your next step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the role you are assessed against, read what it is for, and choose the level you are aiming for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate each skill: click the level whose description fits your work, or press its number. Write notes and evidence, and plan goals. Everything is saved as you go; complete the assessment to freeze it with its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How ready you are for the target level, the gaps in order of importance, and a radar chart of your levels against the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every assessment of the role: open a past one, compare two, and follow one skill over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For managers: meeting notes and action items with the person, and an agenda for the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For managers: everyone&apos;s latest level in each skill of a role, against their target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPresenter</name>
    <message>
        <source>Assess › {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file manager could not be opened. The log is in this folder:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two selected assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two assessments (Ctrl+click) to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the selected assessment as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selected completed assessment back into a draft to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPresenter</name>
    <message>
        <source>Draft (reopened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Completed (reopened %n time(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reopen this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was not reopened: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the assessment completed on {date}, with its ratings, notes and manager ratings? A backup of your data is made first; Data → Restore from backup… brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft started on {date}, with its ratings and notes? A backup of your data is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The data as it was before is kept in the backup
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up before deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From {earlier} to {later}: %n skill(s) moved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: {before}
After: {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPersonDialog</name>
    <message>
        <source>Whose assessment is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds an assessment of “{name}”, who is not linked to anyone here yet. Choose whose profile it goes into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (already here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;new person named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your last changes could not be saved: {reason}. If you quit now they are lost. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data file is not writable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Action items: tick when done; F2 edits, Delete removes, Alt+Up/Down move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected action item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected action item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} — {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from an earlier meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPresenter</name>
    <message>
        <source>Action item not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationPresenter</name>
    <message>
        <source>Change of role</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{new_role} shares %n skill(s) you rated as {old_role}. Start the new assessment from those ratings and notes?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your assessments of {old_role} stay in its history either way; the other skills of the new role start unrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonBar</name>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({marks})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Skill Ladder starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesPresenter</name>
    <message>
        <source>Restart Skill Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when Skill Ladder starts again. Restart now? Everything you entered is already saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>This is &amp;me: I keep this data for myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager ratings of your own assessments come from your manager&apos;s file and are read-only; you give manager ratings only to the people you lead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of current versus target levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{skill}: {current} (target {target})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{skill}: {current}, manager {manager} (target {target})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{menu} › {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillLadderView</name>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPresenter</name>
    <message>
        <source>Nobody has this role yet: set it in a person&apos;s profile, or assess someone against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with this role: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft, not counted in “Meet their target” until it is completed: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin: fewer than half meet their target in {skills}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skill is thin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source>{name} (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest assessment is a draft: shown, but not counted in “Meet their target” until it is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet their target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from completed assessments only; drafts left out: {drafts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{met} of {judged}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 draft not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} drafts not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} · thin · {drafts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} · thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} · {drafts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Skill trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presenter</name>
    <message>
        <source>Delete action item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
