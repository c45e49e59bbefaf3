<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translation>新建人员(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Profile…</source>
            <translation>档案(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Archive person…</source>
            <translation>归档人员(&amp;A)…</translation>
        </message>
        <message>
            <source>Explore with &amp;sample data</source>
            <translation>使用示例数据体验(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Delete person…</source>
            <translation>删除人员(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Export growth plan…</source>
            <translation>导出成长计划(&amp;E)…</translation>
        </message>
        <message>
            <source>Save the assessment on screen as a PDF growth plan</source>
            <translation>将当前评估保存为 PDF 成长计划</translation>
        </message>
        <message>
            <source>Export one-on-one a&amp;genda…</source>
            <translation>导出一对一议程(&amp;G)…</translation>
        </message>
        <message>
            <source>Save the agenda of the next one-on-one with this person as a PDF</source>
            <translation>将与此人下一次一对一沟通的议程保存为 PDF</translation>
        </message>
        <message>
            <source>Export assessment &amp;file…</source>
            <translation>导出评估文件(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Import assessment file…</source>
            <translation>导入评估文件(&amp;I)…</translation>
        </message>
        <message>
            <source>Export history as &amp;CSV…</source>
            <translation>将历史导出为 CSV(&amp;C)…</translation>
        </message>
        <message>
            <source>Export &amp;team history as CSV…</source>
            <translation>将团队历史导出为 CSV(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Check database</source>
            <translation>检查数据库(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>偏好设置(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Complete assessment</source>
            <translation>完成评估(&amp;C)</translation>
        </message>
        <message>
            <source>Start a &amp;new assessment</source>
            <translation>开始新评估(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>使用指南(&amp;G)</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>打开日志文件夹(&amp;L)</translation>
        </message>
        <message>
            <source>Show the folder with the log file, to attach it to a problem report</source>
            <translation>打开日志文件所在的文件夹，以便附在问题报告中</translation>
        </message>
        <message>
            <source>&amp;About Skill Ladder</source>
            <translation>关于 Skill Ladder(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Assessment</source>
            <translation>评估(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>数据(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>AssessPage</name>
        <message>
            <source>1–{top}</source>
            <translation>1–{top}</translation>
        </message>
        <message>
            <source>Rate the skill at that level</source>
            <translation>将该技能评为此级别</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>尚未达到</translation>
        </message>
        <message>
            <source>Previous or next skill</source>
            <translation>上一个或下一个技能</translation>
        </message>
        <message>
            <source>Who is assessed, against which role and target</source>
            <translation>被评估人、所对照的角色与目标级别</translation>
        </message>
        <message>
            <source>Saving problem</source>
            <translation>保存问题</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Keys: {rate} rate at a level, 0 = not yet, ↑/↓ move between skills, Ctrl+Z / Ctrl+Shift+Z undo and redo.</source>
            <translation>按键：{rate} 评为对应级别，0 = 尚未达到，↑/↓ 切换技能，Ctrl+Z / Ctrl+Shift+Z 撤销与重做。</translation>
        </message>
    </context>
    <context>
        <name>AssessPresenter</name>
        <message>
            <source>&lt;b&gt;{person}&lt;/b&gt; · no role chosen yet (Role tab)</source>
            <translation>&lt;b&gt;{person}&lt;/b&gt; · 尚未选择角色（见“角色”标签页）</translation>
        </message>
        <message>
            <source>&lt;b&gt;{person}&lt;/b&gt; · {role} · target {target}</source>
            <translation>&lt;b&gt;{person}&lt;/b&gt; · {role} · 目标 {target}</translation>
        </message>
        <message>
            <source>Not saved: {reason}. What you typed stays on screen and is saved as soon as the data file can be written again (tried every few seconds).</source>
            <translation>未保存：{reason}。您输入的内容仍保留在屏幕上，一旦数据文件恢复可写就会保存（每隔几秒重试一次）。</translation>
        </message>
        <message>
            <source>Your last change was not saved</source>
            <translation>您最近的修改未能保存</translation>
        </message>
        <message>
            <source>Completed assessment of {date} — read-only. To correct it, reopen it from the History tab.</source>
            <translation>{date} 完成的评估——只读。如需更正，请在“历史”标签页中重新打开。</translation>
        </message>
        <message>
            <source>Start a new assessment</source>
            <translation>开始新评估</translation>
        </message>
        <message>
            <source>Draft started {date}: {rated} of {total} skills rated. Saved as you go.</source>
            <translation>草稿始于 {date}：已评 {rated}/{total} 项技能。随时自动保存。</translation>
        </message>
        <message>
            <source>Your manager's rating, received in their file: it cannot be changed here.</source>
            <translation>经理评分来自经理发来的文件，在此无法修改。</translation>
        </message>
        <message>
            <source>This is your own assessment: your manager gives this rating, in their file.</source>
            <translation>这是您本人的评估：此项由经理在其文件中评分。</translation>
        </message>
        <message>
            <source>The manager's view of this skill, next to the self rating; it can be given after the assessment was completed.</source>
            <translation>经理对该技能的评价，与自评并列显示；评估完成后也可以填写。</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>{when} — {why} ({size} KB)</source>
            <translation>{when} — {why}（{size} KB）</translation>
        </message>
    </context>
    <context>
        <name>CompletionPresenter</name>
        <message numerus="yes">
            <source>%n of the role's skills are not rated yet; they stay unrated in the completed assessment.</source>
            <translation>
                <numerusform>该角色有 %n 项技能尚未评分；它们在已完成的评估中将保持未评分。</numerusform>
            </translation>
        </message>
        <message>
            <source>All {total} skills are rated.</source>
            <translation>全部 {total} 项技能均已评分。</translation>
        </message>
        <message>
            <source>Complete this assessment? {rated}

A completed assessment is frozen with today's date and counts in your history and the team view. To change it later, undo (Ctrl+Z) right away, or reopen it from the History tab.</source>
            <translation>完成此评估？{rated}

完成后，评估将以今天的日期固定下来，并计入您的历史和团队视图。如需修改，可立即撤销（Ctrl+Z），或稍后在“历史”标签页中重新打开。</translation>
        </message>
        <message>
            <source>Complete assessment</source>
            <translation>完成评估</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporting</name>
        <message>
            <source>Your change was not saved</source>
            <translation>您的更改未保存</translation>
        </message>
        <message>
            <source>Details were written to {path}.</source>
            <translation>详细信息已写入 {path}。</translation>
        </message>
        <message>
            <source>Details could not be written to a log file.</source>
            <translation>详细信息无法写入日志文件。</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>出错了</translation>
        </message>
        <message>
            <source>Skill Ladder hit an unexpected problem: {error}

Your saved work is safe. {details}</source>
            <translation>Skill Ladder 遇到了意外问题：{error}

已保存的内容是安全的。{details}</translation>
        </message>
    </context>
    <context>
        <name>ExchangePresenter</name>
        <message>
            <source>Saved the assessment with your manager ratings as
{path}</source>
            <translation>已将含经理评分的评估保存为
{path}</translation>
        </message>
        <message>
            <source>Saved the self-assessment as
{path}</source>
            <translation>已将自评保存为
{path}</translation>
        </message>
        <message>
            <source>Send this file; it can be imported with File → Import assessment file…</source>
            <translation>请发送此文件；对方可通过“文件 → 导入评估文件…”导入。</translation>
        </message>
        <message>
            <source>Import assessment file</source>
            <translation>导入评估文件</translation>
        </message>
        <message>
            <source>Assessment files (*.json);;All files (*)</source>
            <translation>评估文件 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n row(s) as
{path}</source>
            <translation>
                <numerusform>已保存 %n 行到
{path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>……另有 %n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported from {file}:</source>
            <translation>未从 {file} 导入任何内容：</translation>
        </message>
    </context>
    <context>
        <name>FrameworkText</name>
        <message>
            <source>Required</source>
            <translation>必要</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>Not expected</source>
            <translation>不要求</translation>
        </message>
        <message>
            <source>{mark} · expected: {proficiency}</source>
            <translation>{mark} · 期望熟练度：{proficiency}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>来源：{source}</translation>
        </message>
    </context>
    <context>
        <name>GoalTableModel</name>
        <message>
            <source>{date} (overdue)</source>
            <translation>{date}（已逾期）</translation>
        </message>
    </context>
    <context>
        <name>GoalsPanel</name>
        <message>
            <source>No goals for this skill yet. Add one to plan your next step.</source>
            <translation>此技能还没有目标。添加一个，规划下一步。</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Guide</source>
            <translation>使用指南</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Find the role you are assessed against, read what it is for, and choose the level you are aiming for.</source>
            <translation>找到评估所对照的角色，了解它的职责，并选择您的目标级别。</translation>
        </message>
        <message>
            <source>Assess</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>Rate each skill: click the level whose description fits your work, or press its number. Write notes and evidence, and plan goals. Everything is saved as you go; complete the assessment to freeze it with its date.</source>
            <translation>逐项为技能评分：点击与您工作相符的级别描述，或按对应数字键。记录笔记和证据，规划目标。所有内容随时自动保存；完成评估后，它会以当天日期固定下来。</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>差距</translation>
        </message>
        <message>
            <source>How ready you are for the target level, the gaps in order of importance, and a radar chart of your levels against the target.</source>
            <translation>目标级别的达标情况、按重要性排序的差距，以及当前级别与目标对比的雷达图。</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <source>Every assessment of the role: open a past one, compare two, and follow one skill over time.</source>
            <translation>该角色的所有评估：打开以往的评估、比较两次评估、跟踪单项技能的变化。</translation>
        </message>
        <message>
            <source>One-on-ones</source>
            <translation>一对一</translation>
        </message>
        <message>
            <source>For managers: meeting notes and action items with the person, and an agenda for the next meeting.</source>
            <translation>供经理使用：与此人的会议笔记和待办事项，以及下次会议的议程。</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>For managers: everyone's latest level in each skill of a role, against their target.</source>
            <translation>供经理使用：每个人在某角色各项技能上的最新级别与其目标的对比。</translation>
        </message>
    </context>
    <context>
        <name>HelpPresenter</name>
        <message>
            <source>Assess › {what}</source>
            <translation>评估 › {what}</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>日志文件夹</translation>
        </message>
        <message>
            <source>The file manager could not be opened. The log is in this folder:
{folder}</source>
            <translation>无法打开文件管理器。日志位于此文件夹：
{folder}</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>Open the selected assessment</source>
            <translation>打开所选评估</translation>
        </message>
        <message>
            <source>Co&amp;mpare two</source>
            <translation>比较两次(&amp;M)</translation>
        </message>
        <message>
            <source>Compare the two selected assessments</source>
            <translation>比较所选的两次评估</translation>
        </message>
        <message>
            <source>Select two assessments (Ctrl+click) to compare them</source>
            <translation>选择两次评估（Ctrl+单击）进行比较</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>重新打开(&amp;R)</translation>
        </message>
        <message>
            <source>Reopen the selected assessment as a draft</source>
            <translation>将所选评估重新打开为草稿</translation>
        </message>
        <message>
            <source>Turn the selected completed assessment back into a draft to correct it</source>
            <translation>将所选的已完成评估改回草稿以便更正</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
        <message>
            <source>Delete the selected assessment</source>
            <translation>删除所选评估</translation>
        </message>
        <message>
            <source>List older assessments</source>
            <translation>列出更早的评估</translation>
        </message>
    </context>
    <context>
        <name>HistoryPresenter</name>
        <message numerus="yes">
            <source>Show older assessments (%n more)</source>
            <translation>
                <numerusform>显示更早的评估（还有 %n 条）</numerusform>
            </translation>
        </message>
        <message>
            <source>Draft (reopened)</source>
            <translation>草稿（已重新打开）</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message numerus="yes">
            <source>Completed (reopened %n time(s))</source>
            <translation>
                <numerusform>已完成（重新打开过 %n 次）</numerusform>
            </translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>&amp;Discard draft…</source>
            <translation>放弃草稿(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
        <message>
            <source>Cannot reopen this assessment</source>
            <translation>无法重新打开此评估</translation>
        </message>
        <message>
            <source>The assessment was not reopened: {reason}.</source>
            <translation>评估未能重新打开：{reason}。</translation>
        </message>
        <message>
            <source>Delete assessment</source>
            <translation>删除评估</translation>
        </message>
        <message>
            <source>Delete the assessment completed on {date}, with its ratings, notes and manager ratings? A backup of your data is made first; Data → Restore from backup… brings it back.</source>
            <translation>删除 {date} 完成的评估及其评分、笔记和经理评分？删除前会先备份数据；可通过“数据 → 从备份恢复…”找回。</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>放弃草稿</translation>
        </message>
        <message>
            <source>Discard the draft started on {date}, with its ratings and notes? A backup of your data is made first.</source>
            <translation>放弃 {date} 开始的草稿及其评分和笔记？放弃前会先备份数据。</translation>
        </message>
        <message>
            <source>Done. The data as it was before is kept in the backup
{path}</source>
            <translation>已完成。之前的数据保存在备份中：
{path}</translation>
        </message>
        <message>
            <source>Backing up before deleting…</source>
            <translation>删除前正在备份…</translation>
        </message>
        <message numerus="yes">
            <source>From {earlier} to {later}: %n skill(s) moved.</source>
            <translation>
                <numerusform>从 {earlier} 到 {later}：%n 项技能有变化。</numerusform>
            </translation>
        </message>
        <message>
            <source>no change</source>
            <translation>无变化</translation>
        </message>
        <message>
            <source>Before: {before}
After: {after}</source>
            <translation>之前：{before}
之后：{after}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
    </context>
    <context>
        <name>ImportPersonDialog</name>
        <message>
            <source>Whose assessment is this?</source>
            <translation>这是谁的评估？</translation>
        </message>
        <message>
            <source>The file holds an assessment of “{name}”, who is not linked to anyone here yet. Choose whose profile it goes into.</source>
            <translation>该文件包含“{name}”的评估，此人尚未与这里的任何人关联。请选择将其导入谁的档案。</translation>
        </message>
        <message>
            <source>{name} (already here)</source>
            <translation>{name}（已存在）</translation>
        </message>
        <message>
            <source>A &amp;new person named:</source>
            <translation>新建人员，姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>Name of the new person</source>
            <translation>新人员的姓名</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Cannot use your data folder</source>
            <translation>无法使用您的数据文件夹</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Skill Ladder</source>
            <translation>Skill Ladder</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>视图</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>正在打开您的数据…</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>角色(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Assess</source>
            <translation>评估(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Gaps</source>
            <translation>差距(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>历史(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;One-on-ones</source>
            <translation>一对一(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>团队(&amp;T)</translation>
        </message>
        <message>
            <source>Changes not saved</source>
            <translation>修改未保存</translation>
        </message>
        <message>
            <source>Some of your last changes could not be saved: {reason}. If you quit now they are lost. Quit anyway?</source>
            <translation>您最近的部分修改未能保存：{reason}。现在退出将丢失这些修改。仍要退出吗？</translation>
        </message>
        <message>
            <source>the data file is not writable</source>
            <translation>数据文件不可写</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Action items: tick when done; F2 edits, Delete removes, Alt+Up/Down move</source>
            <translation>待办事项：完成后勾选；F2 编辑，Delete 删除，Alt+↑/↓ 移动</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Edit the selected action item</source>
            <translation>编辑所选待办事项</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the selected action item</source>
            <translation>删除所选待办事项</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move the selected action item up</source>
            <translation>将所选待办事项上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Move the selected action item down</source>
            <translation>将所选待办事项下移</translation>
        </message>
        <message>
            <source>{date} — {notes}</source>
            <translation>{date} — {notes}</translation>
        </message>
        <message>
            <source>Carried over from an earlier meeting</source>
            <translation>从之前的会议延续而来</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPresenter</name>
        <message>
            <source>Action item not saved</source>
            <translation>待办事项未保存</translation>
        </message>
    </context>
    <context>
        <name>NavigationPresenter</name>
        <message>
            <source>Change of role</source>
            <translation>更换角色</translation>
        </message>
        <message numerus="yes">
            <source>{new_role} shares %n skill(s) you rated as {old_role}. Start the new assessment from those ratings and notes?</source>
            <translation>
                <numerusform>{new_role} 与您作为 {old_role} 评过的技能有 %n 项相同。是否以这些评分和笔记开始新的评估？</numerusform>
            </translation>
        </message>
        <message>
            <source>Your assessments of {old_role} stay in its history either way; the other skills of the new role start unrated.</source>
            <translation>无论如何，您作为 {old_role} 的评估都会保留在其历史中；新角色的其他技能从未评分开始。</translation>
        </message>
        <message>
            <source>Profile not saved</source>
            <translation>档案未保存</translation>
        </message>
        <message>
            <source>The profile was not saved: {reason}.</source>
            <translation>档案未能保存：{reason}。</translation>
        </message>
    </context>
    <context>
        <name>PersonBar</name>
        <message>
            <source>you</source>
            <translation>本人</translation>
        </message>
        <message>
            <source>sample</source>
            <translation>示例</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>{name} ({marks})</source>
            <translation>{name}（{marks}）</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>偏好设置</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>System default ({language})</source>
            <translation>跟随系统（{language}）</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>A new language applies when Skill Ladder starts again.</source>
            <translation>新语言将在 Skill Ladder 重新启动后生效。</translation>
        </message>
    </context>
    <context>
        <name>PreferencesPresenter</name>
        <message>
            <source>Restart Skill Ladder</source>
            <translation>重新启动 Skill Ladder</translation>
        </message>
        <message>
            <source>The new language applies when Skill Ladder starts again. Restart now? Everything you entered is already saved.</source>
            <translation>新语言将在 Skill Ladder 重新启动后生效。现在重新启动吗？您输入的所有内容都已保存。</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Current level</source>
            <translation>当前级别</translation>
        </message>
        <message>
            <source>Target level</source>
            <translation>目标级别</translation>
        </message>
        <message>
            <source>This is &amp;me: I keep this data for myself</source>
            <translation>这是我本人(&amp;M)：这些数据由我自己保存</translation>
        </message>
        <message>
            <source>Manager ratings of your own assessments come from your manager's file and are read-only; you give manager ratings only to the people you lead.</source>
            <translation>您本人评估中的经理评分来自经理的文件，只读；您只能为自己带领的人员给出经理评分。</translation>
        </message>
    </context>
    <context>
        <name>RadarChart</name>
        <message>
            <source>Radar chart of current versus target levels</source>
            <translation>当前级别与目标级别对比雷达图</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>尚未达到</translation>
        </message>
        <message>
            <source>{skill}: {current} (target {target})</source>
            <translation>{skill}：{current}（目标 {target}）</translation>
        </message>
        <message>
            <source>{skill}: {current}, manager {manager} (target {target})</source>
            <translation>{skill}：{current}，经理评分 {manager}（目标 {target}）</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>当前</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>经理</translation>
        </message>
    </context>
    <context>
        <name>RolePicker</name>
        <message>
            <source>Leads:</source>
            <translation>主导：</translation>
        </message>
        <message>
            <source>Supports:</source>
            <translation>支持：</translation>
        </message>
        <message>
            <source>Responsibilities</source>
            <translation>职责</translation>
        </message>
        <message>
            <source>Typical deliverables</source>
            <translation>典型交付物</translation>
        </message>
        <message>
            <source>What each level means for this role</source>
            <translation>各级别对该角色的含义</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source> or </source>
            <translation> 或 </translation>
        </message>
        <message>
            <source>{menu} › {action}</source>
            <translation>{menu} › {action}</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>What they do</source>
            <translation>作用</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source>Skill Ladder could not create its lock file in {folder}. Check that you may change this folder, or start with another data folder (--data-dir).</source>
            <translation>Skill Ladder 无法在 {folder} 中创建锁文件。请确认您有权修改此文件夹，或使用其他数据文件夹启动（--data-dir）。</translation>
        </message>
        <message>
            <source>The disk is full: free some space on the drive that holds {folder}, then start Skill Ladder again.</source>
            <translation>磁盘已满：请在存放 {folder} 的磁盘上腾出一些空间，然后重新启动 Skill Ladder。</translation>
        </message>
        <message>
            <source>Skill Ladder may not write to its data folder {folder}: it is read-only, or you are not allowed to change it. Make it writable, or start with another data folder (--data-dir).</source>
            <translation>Skill Ladder 无法写入其数据文件夹 {folder}：该文件夹是只读的，或者您无权修改它。请使其可写，或使用其他数据文件夹启动（--data-dir）。</translation>
        </message>
        <message>
            <source>Skill Ladder cannot use its data folder {folder}: {reason}</source>
            <translation>Skill Ladder 无法使用其数据文件夹 {folder}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>SkillLadderView</name>
        <message>
            <source>Levels</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Proficiency:</source>
            <translation>熟练度：</translation>
        </message>
        <message>
            <source>{key} · {label}</source>
            <translation>{key} · {label}</translation>
        </message>
        <message>
            <source>Rate: {label}</source>
            <translation>评为：{label}</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>尚未达到</translation>
        </message>
        <message>
            <source>The role does not expect this skill at this level.</source>
            <translation>该角色在此级别不要求这项技能。</translation>
        </message>
        <message>
            <source>Evidence, for example:</source>
            <translation>证据示例：</translation>
        </message>
    </context>
    <context>
        <name>SkillTable</name>
        <message>
            <source>Not yet</source>
            <translation>尚未达到</translation>
        </message>
    </context>
    <context>
        <name>SkillTableModel</name>
        <message>
            <source>✓ met</source>
            <translation>✓ 已达到</translation>
        </message>
        <message>
            <source>1 step</source>
            <translation>1 步</translation>
        </message>
        <message>
            <source>{count} steps</source>
            <translation>{count} 步</translation>
        </message>
        <message>
            <source>1 level</source>
            <translation>1 级</translation>
        </message>
        <message>
            <source>{count} levels</source>
            <translation>{count} 级</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Cannot open your data</source>
            <translation>无法打开您的数据</translation>
        </message>
        <message>
            <source>Your data file was damaged</source>
            <translation>您的数据文件已损坏</translation>
        </message>
        <message>
            <source>The damaged file is kept as {path}.</source>
            <translation>损坏的文件保留为 {path}。</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Start with an empty file</source>
            <translation>从空文件开始</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>The backup could not be restored</source>
            <translation>无法恢复备份</translation>
        </message>
    </context>
    <context>
        <name>TeamPresenter</name>
        <message>
            <source>The team could not be read: {reason}</source>
            <translation>无法读取团队数据：{reason}</translation>
        </message>
        <message>
            <source>Nobody has this role yet: set it in a person's profile, or assess someone against it.</source>
            <translation>还没有人担任此角色：请在人员档案中设置，或按此角色评估某人。</translation>
        </message>
        <message>
            <source>People with this role: {count}.</source>
            <translation>担任此角色的人数：{count}。</translation>
        </message>
        <message>
            <source>Only a draft, not counted in “Meet their target” until it is completed: {names}.</source>
            <translation>仅有草稿，完成前不计入“达到目标”：{names}。</translation>
        </message>
        <message>
            <source>Thin: fewer than half meet their target in {skills}.</source>
            <translation>薄弱：在 {skills} 上达到目标的人不到一半。</translation>
        </message>
        <message>
            <source>No skill is thin.</source>
            <translation>没有薄弱技能。</translation>
        </message>
    </context>
    <context>
        <name>TeamTableModel</name>
        <message>
            <source>{name} (draft)</source>
            <translation>{name}（草稿）</translation>
        </message>
        <message>
            <source>The latest assessment is a draft: shown, but not counted in “Meet their target” until it is completed.</source>
            <translation>最新评估是草稿：会显示，但完成前不计入“达到目标”。</translation>
        </message>
        <message>
            <source>Meet their target</source>
            <translation>达到目标</translation>
        </message>
        <message>
            <source>Counted from completed assessments only; drafts left out: {drafts}.</source>
            <translation>仅统计已完成的评估；未计入的草稿：{drafts}。</translation>
        </message>
        <message>
            <source>{met} of {judged}</source>
            <translation>{met}/{judged}</translation>
        </message>
        <message>
            <source>1 draft not counted</source>
            <translation>1 份草稿未计入</translation>
        </message>
        <message>
            <source>{count} drafts not counted</source>
            <translation>{count} 份草稿未计入</translation>
        </message>
        <message>
            <source>{count} · thin · {drafts}</source>
            <translation>{count} · 薄弱 · {drafts}</translation>
        </message>
        <message>
            <source>{count} · thin</source>
            <translation>{count} · 薄弱</translation>
        </message>
        <message>
            <source>{count} · {drafts}</source>
            <translation>{count} · {drafts}</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Skill trend</source>
            <translation>技能趋势</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>尚未达到</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message numerus="yes">
            <source>the framework file has %n problem(s):</source>
            <translation>
                <numerusform>能力框架文件有 %n 个问题：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>presenter</name>
        <message>
            <source>Delete action item “{text}”</source>
            <translation>删除待办事项“{text}”</translation>
        </message>
    </context>
</TS>
