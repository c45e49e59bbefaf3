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
            <source>Cop&amp;y local data to the team database…</source>
            <translation>将本地数据复制到团队数据库(&amp;Y)…</translation>
        </message>
        <message>
            <source>&amp;Frameworks…</source>
            <translation>能力框架(&amp;F)…</translation>
        </message>
        <message>
            <source>Import, update, export or remove the frameworks roles come from</source>
            <translation>导入、更新、导出或移除角色所属的能力框架</translation>
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
            <source>Team data&amp;base…</source>
            <translation>团队数据库(&amp;B)…</translation>
        </message>
        <message>
            <source>Use a shared PostgreSQL database, or go back to the local data</source>
            <translation>使用共享的 PostgreSQL 数据库，或改回本地数据</translation>
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
        <name>Agenda</name>
        <message>
            <source>One-on-one agenda</source>
            <translation>一对一沟通议程</translation>
        </message>
        <message>
            <source>The role of the latest assessment is not in this framework, so its ratings cannot be compared.</source>
            <translation>最近一次评估的角色不在当前能力框架中，无法比较其评分。</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>One-on-one agenda: {person}</source>
            <translation>一对一沟通议程：{person}</translation>
        </message>
        <message>
            <source>One-on-one on {date}</source>
            <translation>{date} 的一对一沟通</translation>
        </message>
        <message>
            <source>{role} (not in the framework)</source>
            <translation>{role}（不在能力框架中）</translation>
        </message>
        <message>
            <source>No assessment yet</source>
            <translation>尚无评估</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Last meeting</source>
            <translation>上次沟通</translation>
        </message>
        <message>
            <source>First meeting</source>
            <translation>首次沟通</translation>
        </message>
        <message>
            <source>Latest assessment</source>
            <translation>最近一次评估</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>暂无</translation>
        </message>
        <message>
            <source>Assessment status</source>
            <translation>评估状态</translation>
        </message>
        <message>
            <source>Target level</source>
            <translation>目标级别</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>A new assessment was made on {date}.</source>
            <translation>{date} 完成了一次新评估。</translation>
        </message>
        <message>
            <source>A new assessment was started on {date}; it is still a draft.</source>
            <translation>{date} 开始了一次新评估，目前仍是草稿。</translation>
        </message>
        <message>
            <source>No new assessment since the last meeting on {date}.</source>
            <translation>自 {date} 的上次沟通以来没有新评估。</translation>
        </message>
        <message>
            <source>No assessment yet.</source>
            <translation>尚无评估。</translation>
        </message>
        <message numerus="yes">
            <source>%n skill(s) changed level in the latest assessment ({date}) from the one before:</source>
            <translation>
                <numerusform>与上一次相比，最近一次评估（{date}）中有 %n 项技能的级别发生了变化：</numerusform>
            </translation>
        </message>
        <message>
            <source>Action items done since the last meeting:</source>
            <translation>自上次沟通以来完成的待办事项：</translation>
        </message>
        <message>
            <source>Action items done:</source>
            <translation>已完成的待办事项：</translation>
        </message>
        <message>
            <source>Nothing changed since the last meeting on {date}: no new assessment, no level change and no action item done.</source>
            <translation>自 {date} 的上次沟通以来没有变化：没有新评估、没有级别变化，也没有完成的待办事项。</translation>
        </message>
        <message>
            <source>Nothing to report yet: no assessment and no action item done.</source>
            <translation>暂无可汇报的内容：尚无评估，也没有完成的待办事项。</translation>
        </message>
        <message>
            <source>Changes since the last meeting</source>
            <translation>自上次沟通以来的变化</translation>
        </message>
        <message numerus="yes">
            <source>Manager %n level(s) higher</source>
            <translation>
                <numerusform>经理评分高 %n 级</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Manager %n level(s) lower</source>
            <translation>
                <numerusform>经理评分低 %n 级</numerusform>
            </translation>
        </message>
        <message>
            <source>Where you and your manager disagree</source>
            <translation>你与经理看法不一致之处</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>技能</translation>
        </message>
        <message>
            <source>Self</source>
            <translation>自评</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差异</translation>
        </message>
        <message>
            <source>Skills you and your manager rate two or more levels apart, the largest difference first. Bring an example of your work for each.</source>
            <translation>你与经理评分相差两级或以上的技能，差异最大的排在前面。请为每项技能准备一个工作实例。</translation>
        </message>
        <message>
            <source>No assessment yet, so there are no ratings to compare.</source>
            <translation>尚无评估，没有可比较的评分。</translation>
        </message>
        <message>
            <source>Your manager has not rated any skill of the latest assessment yet.</source>
            <translation>经理尚未对最近一次评估中的任何技能评分。</translation>
        </message>
        <message>
            <source>No skill is rated two or more levels apart.</source>
            <translation>没有评分相差两级或以上的技能。</translation>
        </message>
        <message>
            <source>Gaps to {level}</source>
            <translation>与{level}的差距</translation>
        </message>
        <message>
            <source>Gaps to the target level</source>
            <translation>与目标级别的差距</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必要</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>Required/Optional</source>
            <translation>必要/可选</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>当前</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>差距</translation>
        </message>
        <message numerus="yes">
            <source>%n skill(s) below the target, required ones first, then the largest gaps.</source>
            <translation>
                <numerusform>%n 项技能低于目标，必要技能在前，其次按差距从大到小排列。</numerusform>
            </translation>
        </message>
        <message>
            <source>No assessment yet: rate the skills of a role to see the gaps.</source>
            <translation>尚无评估：为某个角色的技能评分后即可查看差距。</translation>
        </message>
        <message>
            <source>Every skill is at {level} or above.</source>
            <translation>所有技能均已达到{level}或以上。</translation>
        </message>
        <message>
            <source>Overdue goals</source>
            <translation>已逾期的目标</translation>
        </message>
        <message>
            <source>No goal is past its due date.</source>
            <translation>没有逾期的目标。</translation>
        </message>
        <message numerus="yes">
            <source>%n open goal(s) past the due date: finish, re-plan or drop.</source>
            <translation>
                <numerusform>%n 个未完成的目标已过截止日期：请完成、重新规划或放弃。</numerusform>
            </translation>
        </message>
        <message>
            <source>done {date}</source>
            <translation>{date} 完成</translation>
        </message>
        <message>
            <source>agreed at the meeting of {date}</source>
            <translation>在 {date} 的沟通中商定</translation>
        </message>
        <message>
            <source>added {date}</source>
            <translation>{date} 添加</translation>
        </message>
        <message>
            <source>Open action items</source>
            <translation>未完成的待办事项</translation>
        </message>
        <message>
            <source>No open action items.</source>
            <translation>没有未完成的待办事项。</translation>
        </message>
        <message>
            <source>Agreed earlier and not done yet:</source>
            <translation>此前商定但尚未完成：</translation>
        </message>
        <message>
            <source>Notes from the last meeting</source>
            <translation>上次沟通的笔记</translation>
        </message>
        <message>
            <source>No earlier meeting.</source>
            <translation>此前没有沟通记录。</translation>
        </message>
        <message>
            <source>No notes were taken on {date}.</source>
            <translation>{date} 的沟通没有记录笔记。</translation>
        </message>
        <message>
            <source>Meeting of {date}:</source>
            <translation>{date} 的沟通：</translation>
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
            <source>Assessment status</source>
            <translation>评估状态</translation>
        </message>
        <message>
            <source>Assessment action</source>
            <translation>评估操作</translation>
        </message>
        <message>
            <source>Complete assessment</source>
            <translation>完成评估</translation>
        </message>
        <message>
            <source>Freeze this assessment with today's date (Ctrl+Return)</source>
            <translation>以今天的日期定稿本次评估（Ctrl+Return）</translation>
        </message>
        <message>
            <source>Skills of the role</source>
            <translation>角色的技能</translation>
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
            <source>Create or choose a person to start.</source>
            <translation>请先新建或选择一个人。</translation>
        </message>
        <message>
            <source>Choose a role on the left to rate yourself against it.</source>
            <translation>在左侧选择一个角色，对照它为自己评分。</translation>
        </message>
        <message>
            <source>New assessment: rate each skill; everything is saved as you go.</source>
            <translation>新评估：逐项为技能评分，所有内容都会自动保存。</translation>
        </message>
        <message>
            <source>Completed assessment of {date} — read-only. To correct it, reopen it from the History tab.</source>
            <translation>{date} 完成的评估——只读。如需更正，请在“历史”标签页中重新打开。</translation>
        </message>
        <message>
            <source>Start a new assessment</source>
            <translation>开始新评估</translation>
        </message>
        <message numerus="yes">
            <source>Draft started {date}: {rated} of %n skill(s) rated. Saved as you go.</source>
            <translation>
                <numerusform>草稿始于 {date}：已为 {rated}/%n 项技能评分，自动保存。</numerusform>
            </translation>
        </message>
        <message>
            <source>{banner} Imported from an exchange file.</source>
            <translation>{banner} 从评估文件导入。</translation>
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
        <name>AssessmentController</name>
        <message>
            <source>Rate {skill}</source>
            <translation>为“{skill}”评分</translation>
        </message>
        <message>
            <source>Manager rating of {skill}</source>
            <translation>经理对“{skill}”的评分</translation>
        </message>
        <message>
            <source>Edit note on {skill}</source>
            <translation>编辑“{skill}”的笔记</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>（无笔记）</translation>
        </message>
        <message>
            <source>Note on {skill}</source>
            <translation>“{skill}”的笔记</translation>
        </message>
        <message>
            <source>Rating of {skill}</source>
            <translation>“{skill}”的评分</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>made by you</source>
            <translation>手动创建</translation>
        </message>
        <message>
            <source>when the app closed</source>
            <translation>应用关闭时</translation>
        </message>
        <message>
            <source>before an update of the file format</source>
            <translation>文件格式升级前</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>导入前</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>恢复前</translation>
        </message>
        <message>
            <source>{when} — {why} ({size} KB)</source>
            <translation>{when} — {why}（{size} KB）</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Your data will be replaced by the backup you choose. The data you have now is backed up first, so this can be undone by restoring that backup.</source>
            <translation>你的数据将被所选备份替换。当前数据会先备份，因此可以通过恢复该备份来撤销此操作。</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>备份（最新的在前）</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>恢复所选备份</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>Skill</source>
            <translation>技能</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Descriptor</source>
            <translation>级别描述</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>示例</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>要求</translation>
        </message>
        <message>
            <source>Proficiency</source>
            <translation>熟练度</translation>
        </message>
        <message>
            <source>Skill summary</source>
            <translation>技能简介</translation>
        </message>
        <message>
            <source>Level meaning</source>
            <translation>级别含义</translation>
        </message>
        <message>
            <source>Role's own descriptor</source>
            <translation>角色自己的级别描述</translation>
        </message>
        <message>
            <source>Role's examples</source>
            <translation>角色的示例</translation>
        </message>
        <message>
            <source>Keywords</source>
            <translation>关键词</translation>
        </message>
        <message>
            <source>Skill id</source>
            <translation>技能 ID</translation>
        </message>
        <message>
            <source>Level id</source>
            <translation>级别 ID</translation>
        </message>
        <message>
            <source>Role id</source>
            <translation>角色 ID</translation>
        </message>
        <message>
            <source>The skill's name (required)</source>
            <translation>技能名称（必填）</translation>
        </message>
        <message>
            <source>The level's name as the sheet has it (required)</source>
            <translation>表格中写的级别名称（必填）</translation>
        </message>
        <message>
            <source>One criterion of the skill at that level</source>
            <translation>该技能在该级别的一条标准</translation>
        </message>
        <message>
            <source>The skill's category; 'Domain &gt; Area' gives a path</source>
            <translation>技能的分类；写成“领域 &gt; 方向”可表示分类路径</translation>
        </message>
        <message>
            <source>Examples of the criterion, separated by | or new lines</source>
            <translation>该标准的示例，用 | 或换行分隔</translation>
        </message>
        <message>
            <source>The role; empty cells give the skill's generic descriptor</source>
            <translation>角色；留空的单元格表示该技能的通用级别描述</translation>
        </message>
        <message>
            <source>required, optional or not-expected (empty: required)</source>
            <translation>required（必要）、optional（可选）或 not-expected（不要求）；留空即必要</translation>
        </message>
        <message>
            <source>The proficiency the role expects at that level</source>
            <translation>该角色在该级别期望的熟练度</translation>
        </message>
        <message>
            <source>What the skill is about</source>
            <translation>这项技能是做什么的</translation>
        </message>
        <message>
            <source>What the level means</source>
            <translation>这个级别意味着什么</translation>
        </message>
        <message>
            <source>A criterion written for this role, in place of the generic one</source>
            <translation>为该角色撰写的一条标准，取代通用描述</translation>
        </message>
        <message>
            <source>Examples of the role's criterion, separated by | or new lines</source>
            <translation>该角色标准的示例，用 | 或换行分隔</translation>
        </message>
        <message>
            <source>Words to find the skill by, separated by |</source>
            <translation>用于查找该技能的词语，用 | 分隔</translation>
        </message>
        <message>
            <source>A stable id for the skill (kept when its name changes)</source>
            <translation>技能的固定 ID（名称更改时保持不变）</translation>
        </message>
        <message>
            <source>A stable id for the level (kept when its name changes)</source>
            <translation>级别的固定 ID（名称更改时保持不变）</translation>
        </message>
        <message>
            <source>A stable id for the role (kept when its name changes)</source>
            <translation>角色的固定 ID（名称更改时保持不变）</translation>
        </message>
    </context>
    <context>
        <name>ColumnMappingPage</name>
        <message>
            <source>Which column holds what</source>
            <translation>各列分别是什么</translation>
        </message>
        <message>
            <source>Skill and level are required. The preview shows the first rows as they will be read.</source>
            <translation>技能和级别为必填。预览按导入时的读取方式显示前几行。</translation>
        </message>
        <message>
            <source>Framework name</source>
            <translation>能力框架名称</translation>
        </message>
        <message>
            <source>Framework version</source>
            <translation>能力框架版本</translation>
        </message>
        <message>
            <source>for example 1.0 or 2026-03</source>
            <translation>例如 1.0 或 2026-03</translation>
        </message>
        <message>
            <source>Framework &amp;name:</source>
            <translation>能力框架名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>版本(&amp;V)：</translation>
        </message>
        <message>
            <source>{field} *</source>
            <translation>{field} *</translation>
        </message>
        <message>
            <source>* required</source>
            <translation>* 必填</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Preview of the first rows</source>
            <translation>前几行的预览</translation>
        </message>
        <message>
            <source>&amp;Save mapping…</source>
            <translation>保存映射(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Load mapping…</source>
            <translation>载入映射(&amp;L)…</translation>
        </message>
        <message>
            <source>Save these choices as a mapping file to use again (also with the CLI's --map)</source>
            <translation>将这些选择保存为映射文件，以便再次使用（命令行的 --map 也可读取）</translation>
        </message>
        <message>
            <source>Use the choices saved in a mapping file</source>
            <translation>使用映射文件中保存的选择</translation>
        </message>
        <message>
            <source>Preview:</source>
            <translation>预览：</translation>
        </message>
        <message>
            <source>The columns are the template's: check them and the preview, then go on.</source>
            <translation>这些列与模板一致：核对列和预览后继续。</translation>
        </message>
        <message>
            <source>This sheet's columns are not the template's. The choices below are guesses from the column names: check them.</source>
            <translation>该表格的列与模板不同。下面的选择是根据列名推测的，请核对。</translation>
        </message>
        <message>
            <source>(no column)</source>
            <translation>（无此列）</translation>
        </message>
        <message>
            <source>Choose the column of: {fields}</source>
            <translation>请选择以下字段所在的列：{fields}</translation>
        </message>
        <message>
            <source>Column '{column}' is chosen for more than one field</source>
            <translation>列“{column}”被选给了多个字段</translation>
        </message>
    </context>
    <context>
        <name>CompleteCommand</name>
        <message>
            <source>Complete assessment</source>
            <translation>完成评估</translation>
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
        <name>ConflictDialog</name>
        <message>
            <source>Changed by someone else</source>
            <translation>已被他人更改</translation>
        </message>
        <message>
            <source>Someone else changed this while you were editing: {what}. Nothing has been overwritten; choose which to keep.</source>
            <translation>在你编辑期间，其他人更改了这项内容：{what}。没有任何内容被覆盖，请选择保留哪一个。</translation>
        </message>
        <message>
            <source>Theirs:</source>
            <translation>对方的：</translation>
        </message>
        <message>
            <source>Yours:</source>
            <translation>你的：</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>保留对方的</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>保留我的</translation>
        </message>
    </context>
    <context>
        <name>ConflictError</name>
        <message>
            <source>Someone else changed this while you were editing; nothing was saved.</source>
            <translation>在你编辑期间，其他人更改了这项内容；未保存任何更改。</translation>
        </message>
    </context>
    <context>
        <name>ConnectionEditor</name>
        <message>
            <source>To save the password, enter the host too: the password file names the server, not the service.</source>
            <translation>要保存密码，请同时填写主机：密码文件按服务器而不是服务名记录密码。</translation>
        </message>
        <message>
            <source>The password could not be saved in {file}: {reason}</source>
            <translation>无法将密码保存到 {file}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>CopyToTeam</name>
        <message numerus="yes">
            <source>Copied %n person(s) to {where}, read back and checked: the same.</source>
            <translation>
                <numerusform>已将 %n 人复制到{where}，已读回核对：完全一致。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n person(s) already there: {names}</source>
            <translation>
                <numerusform>跳过了已存在的 %n 人：{names}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CopyToTeamDialog</name>
        <message>
            <source>Copy local data to the team database</source>
            <translation>将本地数据复制到团队数据库</translation>
        </message>
        <message>
            <source>The people checked are copied with their whole history (assessments, ratings and notes, manager ratings, goals, one-on-ones and action items) into the team database, and checked there afterwards. Nothing is removed from this computer.</source>
            <translation>勾选的人员将连同全部历史（评估、评分与笔记、经理评分、目标、一对一沟通和待办事项）复制到团队数据库，并在复制后进行核对。本机上的数据不会被删除。</translation>
        </message>
        <message>
            <source>People to copy</source>
            <translation>要复制的人员</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name}（已归档）</translation>
        </message>
        <message>
            <source>Check &amp;all</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <source>Check &amp;none</source>
            <translation>全不选(&amp;N)</translation>
        </message>
        <message>
            <source>Team database connection string</source>
            <translation>团队数据库连接字符串</translation>
        </message>
        <message>
            <source>A PostgreSQL URL or libpq settings (host=… dbname=… sslmode=…). Keep the password in your PostgreSQL password file (~/.pgpass), not here.</source>
            <translation>PostgreSQL URL 或 libpq 设置（host=… dbname=… sslmode=…）。请把密码放在 PostgreSQL 密码文件（~/.pgpass）中，不要写在这里。</translation>
        </message>
        <message>
            <source>&amp;Skip people already in the team database</source>
            <translation>跳过团队数据库中已有的人员(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Team database:</source>
            <translation>团队数据库(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>Copying and checking…</source>
            <translation>正在复制并核对…</translation>
        </message>
    </context>
    <context>
        <name>CopyToTeamPresenter</name>
        <message>
            <source>There is no local data file on this computer to copy.</source>
            <translation>本机上没有可复制的本地数据文件。</translation>
        </message>
    </context>
    <context>
        <name>DataCarePresenter</name>
        <message>
            <source>Backup saved and verified:
{path}</source>
            <translation>备份已保存并校验：
{path}</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>{file} is healthy: the full integrity check found no problem.</source>
            <translation>{file} 状态良好：完整性检查未发现问题。</translation>
        </message>
        <message>
            <source>{file} has problems:
{problems}

Restore a backup (Data → Restore from backup…) to get back to a healthy file.</source>
            <translation>{file} 存在问题：
{problems}

请恢复一个备份（数据 → 从备份恢复…）以回到正常的文件。</translation>
        </message>
        <message>
            <source>Check database</source>
            <translation>检查数据库</translation>
        </message>
        <message>
            <source>Checking the data file…</source>
            <translation>正在检查数据文件…</translation>
        </message>
        <message>
            <source>The team database {address} answers, and its data is in the format this version of Skill Ladder uses.

{backups}</source>
            <translation>团队数据库 {address} 响应正常，其数据格式与当前版本的 Skill Ladder 一致。

{backups}</translation>
        </message>
        <message>
            <source>Asking the team database…</source>
            <translation>正在询问团队数据库…</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>There are no backups yet. Use Data → Back up now to make one.</source>
            <translation>还没有备份。请使用“数据 → 立即备份”创建一个。</translation>
        </message>
        <message>
            <source>Restored the backup of {backup}.</source>
            <translation>已恢复 {backup} 的备份。</translation>
        </message>
        <message>
            <source>The data it replaced was backed up first ({file}).</source>
            <translation>被替换的数据已先行备份（{file}）。</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>正在恢复…</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Welcome to Skill Ladder</source>
            <translation>欢迎使用 Skill Ladder</translation>
        </message>
        <message>
            <source>Pick a role, rate yourself skill by skill from Junior to Principal, and see what it takes to reach the level you are aiming for. Everything stays on this computer.</source>
            <translation>选择一个角色，从初级到首席逐项为自己的技能评分，看看达到目标级别还需要什么。所有数据都只保存在这台电脑上。</translation>
        </message>
        <message>
            <source>Create your profile…</source>
            <translation>创建你的档案…</translation>
        </message>
        <message>
            <source>Create your profile</source>
            <translation>创建你的档案</translation>
        </message>
        <message>
            <source>Explore with sample data</source>
            <translation>使用示例数据体验</translation>
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
        <name>Exchange</name>
        <message numerus="yes">
            <source>%n self rating(s)</source>
            <translation>
                <numerusform>%n 条自评</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n manager rating(s)</source>
            <translation>
                <numerusform>%n 条经理评分</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n 个目标</numerusform>
            </translation>
        </message>
        <message>
            <source>missing '{key}'</source>
            <translation>缺少“{key}”</translation>
        </message>
        <message>
            <source> or </source>
            <translation> 或 </translation>
        </message>
        <message>
            <source>expected {kind}</source>
            <translation>应为 {kind}</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>不能为空</translation>
        </message>
        <message>
            <source>is {size} characters; the limit is {limit}</source>
            <translation>长度为 {size} 个字符；上限为 {limit}</translation>
        </message>
        <message>
            <source>'{value}' is not a date and time (ISO 8601)</source>
            <translation>“{value}”不是有效的日期时间（ISO 8601）</translation>
        </message>
        <message>
            <source>needs a time zone (for example +00:00)</source>
            <translation>需要带时区（例如 +00:00）</translation>
        </message>
        <message>
            <source>'{value}' is outside the dates this app can store ({first} to {last})</source>
            <translation>“{value}”超出了本应用可存储的日期范围（{first} 至 {last}）</translation>
        </message>
        <message>
            <source>expected an object with skill, level, rated and note</source>
            <translation>应为包含 skill、level、rated 和 note 的对象</translation>
        </message>
        <message>
            <source>'{skill}' is rated twice</source>
            <translation>“{skill}”被评分了两次</translation>
        </message>
        <message>
            <source>expected an object with skill, action, status, due, level</source>
            <translation>应为包含 skill、action、status、due、level 的对象</translation>
        </message>
        <message>
            <source>'{value}' is not one of {allowed}</source>
            <translation>“{value}”不是 {allowed} 之一</translation>
        </message>
        <message>
            <source>'{value}' is not a date (YYYY-MM-DD)</source>
            <translation>“{value}”不是有效日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <source>not an assessment exchange file (expected an object)</source>
            <translation>不是评估文件（应为一个对象）</translation>
        </message>
        <message>
            <source>not a Skill Ladder assessment file (format should be '{format}')</source>
            <translation>不是 Skill Ladder 评估文件（format 应为“{format}”）</translation>
        </message>
        <message>
            <source>unknown schema version {found}; this app reads version {version} (a newer Skill Ladder may have written it)</source>
            <translation>未知的格式版本 {found}；本应用读取的是版本 {version}（该文件可能由更新版本的 Skill Ladder 写入）</translation>
        </message>
        <message>
            <source>must be one of {allowed}</source>
            <translation>必须是 {allowed} 之一</translation>
        </message>
        <message>
            <source>must be '{draft}' or '{completed}'</source>
            <translation>必须是“{draft}”或“{completed}”</translation>
        </message>
        <message>
            <source>a completed assessment needs its date</source>
            <translation>已完成的评估必须有完成日期</translation>
        </message>
        <message>
            <source>expected a framework document (an object)</source>
            <translation>应为能力框架文档（一个对象）</translation>
        </message>
        <message>
            <source>the framework carried is {size} bytes; the limit is {limit} bytes</source>
            <translation>随附的能力框架有 {size} 字节；上限为 {limit} 字节</translation>
        </message>
        <message>
            <source>the framework carried is '{found}', but the assessment was made with '{named}'</source>
            <translation>随附的能力框架是“{found}”，但这份评估基于“{named}”</translation>
        </message>
        <message>
            <source>made with the framework '{framework}' {version}, which is not installed here, and the file does not carry it; install it first (File → Frameworks…, or `skill-ladder frameworks install FILE`), then import the file again</source>
            <translation>该文件基于能力框架“{framework}” {version}，本应用尚未安装它，文件中也没有随附；请先安装（“文件 → 能力框架…”，或 `skill-ladder frameworks install FILE`），再重新导入该文件</translation>
        </message>
        <message>
            <source>made with the framework '{found}', but this app uses '{framework}'; open it with the matching framework (--framework)</source>
            <translation>该文件基于能力框架“{found}”，而本应用使用的是“{framework}”；请用对应的能力框架打开（--framework）</translation>
        </message>
        <message>
            <source>the role '{role}' is not in {framework} {version}</source>
            <translation>{framework} {version} 中没有角色“{role}”</translation>
        </message>
        <message>
            <source>the target level '{level}' is not in {framework}</source>
            <translation>{framework} 中没有目标级别“{level}”</translation>
        </message>
        <message>
            <source>Made with {framework} {made_with}; this app has version {version}.</source>
            <translation>该评估基于 {framework} {made_with}；本应用使用的是 {version} 版。</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>{made} Not matched, so kept only here: {items}</source>
            <translation>{made}以下内容无法对应，仅保留在此：{items}</translation>
        </message>
        <message>
            <source>{made} {total} items did not match ({counts}). The first {first}: {shown}; and {more} more, not listed (they are in the file).</source>
            <translation>{made}共有 {total} 项无法对应（{counts}）。前 {first} 项：{shown}；其余 {more} 项未列出（仍保留在文件中）。</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>尚未达到</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>未评分</translation>
        </message>
        <message>
            <source>{level}, note: {note}</source>
            <translation>{level}，笔记：{note}</translation>
        </message>
        <message>
            <source>manager rating of skill '{skill}' ({level})</source>
            <translation>技能“{skill}”的经理评分（{level}）</translation>
        </message>
        <message>
            <source>self rating of skill '{skill}' ({level})</source>
            <translation>技能“{skill}”的自评（{level}）</translation>
        </message>
        <message>
            <source>manager rating of '{skill}' at '{level}', not on the role's rating scale ({scale})</source>
            <translation>“{skill}”的经理评分为“{level}”，不在该角色的评分标尺上（{scale}）</translation>
        </message>
        <message>
            <source>self rating of '{skill}' at '{level}', not on the role's rating scale ({scale})</source>
            <translation>“{skill}”的自评为“{level}”，不在该角色的评分标尺上（{scale}）</translation>
        </message>
        <message>
            <source>goal for skill '{skill}': {action}</source>
            <translation>技能“{skill}”的目标：{action}</translation>
        </message>
        <message>
            <source>goal for skill '{skill}' at unknown level '{level}' (kept without a level): {action}</source>
            <translation>技能“{skill}”的目标指向未知级别“{level}”（已保留，但不带级别）：{action}</translation>
        </message>
    </context>
    <context>
        <name>ExchangePresenter</name>
        <message>
            <source>Assessment file (*.json)</source>
            <translation>评估文件 (*.json)</translation>
        </message>
        <message>
            <source>Assessment file with my manager ratings (*.json)</source>
            <translation>含我的经理评分的评估文件 (*.json)</translation>
        </message>
        <message>
            <source>CSV for spreadsheets (*.csv)</source>
            <translation>电子表格用 CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export assessment file</source>
            <translation>导出评估文件</translation>
        </message>
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
            <source>Writing the file…</source>
            <translation>正在写入文件…</translation>
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
            <source>This file was made with {framework} {version}, which is not installed. Install it and import?</source>
            <translation>该文件基于 {framework} {version}，本应用尚未安装它。要安装并导入吗？</translation>
        </message>
        <message>
            <source>Install and import</source>
            <translation>安装并导入</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Team history</source>
            <translation>团队历史</translation>
        </message>
        <message>
            <source>History - {person}</source>
            <translation>历史 - {person}</translation>
        </message>
        <message>
            <source>Export history as CSV</source>
            <translation>将历史导出为 CSV</translation>
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
        <name>ExportPresenter</name>
        <message>
            <source>PDF, A4 paper (*.pdf)</source>
            <translation>PDF，A4 纸 (*.pdf)</translation>
        </message>
        <message>
            <source>PDF, US Letter paper (*.pdf)</source>
            <translation>PDF，US Letter 纸 (*.pdf)</translation>
        </message>
        <message>
            <source>PDF in {language}, A4 paper (*.pdf)</source>
            <translation>PDF（{language}），A4 纸 (*.pdf)</translation>
        </message>
        <message>
            <source>PDF in {language}, US Letter paper (*.pdf)</source>
            <translation>PDF（{language}），US Letter 纸 (*.pdf)</translation>
        </message>
        <message>
            <source>Export growth plan</source>
            <translation>导出成长计划</translation>
        </message>
        <message>
            <source>Growth plan</source>
            <translation>成长计划</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>无法导出</translation>
        </message>
        <message>
            <source>Export one-on-one agenda</source>
            <translation>导出一对一沟通议程</translation>
        </message>
        <message>
            <source>One-on-one agenda</source>
            <translation>一对一沟通议程</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>正在写入 {file}…</translation>
        </message>
    </context>
    <context>
        <name>FileField</name>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Choose the file: {what}</source>
            <translation>选择文件：{what}</translation>
        </message>
    </context>
    <context>
        <name>FilesPage</name>
        <message>
            <source>Choose the files</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <source>A Skill Ladder YAML or JSON file, a CSV or XLSX sheet, a Financial Times YAML file (with its levels file), Monzo's Markdown files (several at once), or DIRECT's JSON or CSV (with its skill-level file).</source>
            <translation>Skill Ladder 的 YAML 或 JSON 文件、CSV 或 XLSX 表格、Financial Times 的 YAML 文件（连同其级别文件）、Monzo 的 Markdown 文件（可一次选多个），或 DIRECT 的 JSON 或 CSV（连同其技能级别文件）。</translation>
        </message>
        <message>
            <source>Files to import</source>
            <translation>要导入的文件</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Recognised as</source>
            <translation>识别为</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>添加文件(&amp;A)…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>移除(&amp;M)</translation>
        </message>
        <message>
            <source>Reading the files…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <source>{file} is {what}: it cannot be imported. Remove it or choose another.</source>
            <translation>{file} 是{what}，无法导入。请移除它或另选文件。</translation>
        </message>
        <message>
            <source>A sheet: next, say which column holds what.</source>
            <translation>这是表格：下一步请指明各列分别是什么。</translation>
        </message>
        <message>
            <source>A sheet with the template's columns.</source>
            <translation>列与模板一致的表格。</translation>
        </message>
        <message>
            <source>Recognised: {formats}</source>
            <translation>已识别：{formats}</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>FrameworkCheck</name>
        <message>
            <source>not a framework file: Skill Ladder frameworks are YAML or JSON</source>
            <translation>不是能力框架文件：Skill Ladder 的能力框架是 YAML 或 JSON 文件</translation>
        </message>
        <message>
            <source>an overlay must be a mapping</source>
            <translation>翻译文件必须是一个映射</translation>
        </message>
        <message>
            <source>unknown section (expected one of {sections})</source>
            <translation>未知的部分（应为 {sections} 之一）</translation>
        </message>
        <message>
            <source>must be {value}</source>
            <translation>必须是 {value}</translation>
        </message>
        <message>
            <source>missing: the language code, e.g. zh_CN</source>
            <translation>缺少语言代码，例如 zh_CN</translation>
        </message>
        <message>
            <source>missing: the id of the framework this file translates</source>
            <translation>缺少该文件所翻译的能力框架的 id</translation>
        </message>
        <message>
            <source>a translation is {shape}</source>
            <translation>译文的写法是 {shape}</translation>
        </message>
        <message>
            <source>expected text, found {kind}</source>
            <translation>应为文本，实际为{kind}</translation>
        </message>
        <message>
            <source>translates framework '{found}', not '{framework}'</source>
            <translation>翻译的是能力框架“{found}”，而不是“{framework}”</translation>
        </message>
        <message>
            <source>matches nothing in the framework</source>
            <translation>在能力框架中找不到对应项</translation>
        </message>
        <message>
            <source>the English has changed since it was translated; now: {english}</source>
            <translation>翻译之后英文原文已有改动；当前原文：{english}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>空值</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>布尔值（true/false）</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>a mapping</source>
            <translation>映射</translation>
        </message>
        <message>
            <source>duplicate family id '{id}'</source>
            <translation>角色族 id“{id}”重复</translation>
        </message>
        <message>
            <source>duplicate level id '{id}'</source>
            <translation>级别 id“{id}”重复</translation>
        </message>
        <message>
            <source>duplicate proficiency id '{id}'</source>
            <translation>熟练度 id“{id}”重复</translation>
        </message>
        <message>
            <source>duplicate stage id '{id}'</source>
            <translation>阶段 id“{id}”重复</translation>
        </message>
        <message>
            <source>duplicate skill id '{id}'</source>
            <translation>技能 id“{id}”重复</translation>
        </message>
        <message>
            <source>duplicate role id '{id}'</source>
            <translation>角色 id“{id}”重复</translation>
        </message>
        <message>
            <source>unknown level '{level}' (levels: {levels})</source>
            <translation>未知级别“{level}”（可用级别：{levels}）</translation>
        </message>
        <message>
            <source>must be a mapping, found {kind}</source>
            <translation>必须是映射，实际为{kind}</translation>
        </message>
        <message>
            <source>unknown key '{key}' (allowed: {allowed})</source>
            <translation>未知的键“{key}”（允许的键：{allowed}）</translation>
        </message>
        <message>
            <source>missing key '{key}'</source>
            <translation>缺少键“{key}”</translation>
        </message>
        <message>
            <source>must be a list, found {kind}</source>
            <translation>必须是列表，实际为{kind}</translation>
        </message>
        <message numerus="yes">
            <source>needs at least %n item(s), found {found}</source>
            <translation>
                <numerusform>至少需要 %n 项，实际只有 {found} 项</numerusform>
            </translation>
        </message>
        <message>
            <source>has {count} items; the limit is {limit}</source>
            <translation>共有 {count} 项；上限为 {limit}</translation>
        </message>
        <message>
            <source>must be text, found {kind}; put it in quotes</source>
            <translation>必须是文本，实际为{kind}；请加上引号</translation>
        </message>
        <message>
            <source>must be text, found {kind}</source>
            <translation>必须是文本，实际为{kind}</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>不能为空</translation>
        </message>
        <message>
            <source>is {count} characters; the limit is {limit}</source>
            <translation>长度为 {count} 个字符；上限为 {limit}</translation>
        </message>
        <message>
            <source>'{id}' is not a valid id (lowercase letters, digits, '-', '_')</source>
            <translation>“{id}”不是有效的 id（只能使用小写字母、数字、“-”和“_”）</translation>
        </message>
        <message>
            <source>schema version {found} is not supported (this app reads {supported})</source>
            <translation>不支持格式版本 {found}（本应用可读取 {supported}）</translation>
        </message>
        <message>
            <source>unknown role '{role}'</source>
            <translation>未知角色“{role}”</translation>
        </message>
        <message>
            <source>role '{role}' is already in family '{family}'</source>
            <translation>角色“{role}”已属于角色族“{family}”</translation>
        </message>
        <message>
            <source>has {count} levels; the limit is {limit}</source>
            <translation>共有 {count} 个级别；上限为 {limit}</translation>
        </message>
        <message>
            <source>must be a mapping of level ids, found {kind}</source>
            <translation>必须是以级别 id 为键的映射，实际为{kind}</translation>
        </message>
        <message>
            <source>missing level '{level}'</source>
            <translation>缺少级别“{level}”</translation>
        </message>
        <message>
            <source>is deeper than {limit} parts</source>
            <translation>层级超过 {limit} 层</translation>
        </message>
        <message>
            <source>mark must be 'required', 'optional' or 'not-expected', found {found}</source>
            <translation>mark 必须是“required”“optional”或“not-expected”，实际为 {found}</translation>
        </message>
        <message>
            <source>mark must be 'required' or 'optional', found {found}</source>
            <translation>mark 必须是“required”或“optional”，实际为 {found}</translation>
        </message>
        <message>
            <source>the file has no proficiencies</source>
            <translation>文件中没有定义熟练度</translation>
        </message>
        <message>
            <source>unknown proficiency '{proficiency}' ({known})</source>
            <translation>未知熟练度“{proficiency}”（{known}）</translation>
        </message>
        <message>
            <source>examples go with the descriptor's criteria when the role has its own descriptor</source>
            <translation>角色有自己的级别描述时，示例应写在描述的各条标准下</translation>
        </message>
        <message>
            <source>lists a level twice</source>
            <translation>同一级别列出了两次</translation>
        </message>
        <message>
            <source>unknown stage '{stage}'</source>
            <translation>未知阶段“{stage}”</translation>
        </message>
        <message>
            <source>stage '{stage}' is both led and supported</source>
            <translation>阶段“{stage}”不能既是主导又是支持</translation>
        </message>
        <message>
            <source>must be a mapping of skill ids, found {kind}</source>
            <translation>必须是以技能 id 为键的映射，实际为{kind}</translation>
        </message>
        <message>
            <source>a role needs at least one skill</source>
            <translation>一个角色至少需要一项技能</translation>
        </message>
        <message>
            <source>unknown skill '{skill}'</source>
            <translation>未知技能“{skill}”</translation>
        </message>
    </context>
    <context>
        <name>FrameworkDiff</name>
        <message numerus="yes">
            <source>Skills added: %n</source>
            <translation>
                <numerusform>新增技能：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skills removed: %n</source>
            <translation>
                <numerusform>删除技能：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skills renamed: %n</source>
            <translation>
                <numerusform>重命名技能：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Roles added: %n</source>
            <translation>
                <numerusform>新增角色：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Roles removed: %n</source>
            <translation>
                <numerusform>删除角色：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Roles renamed: %n</source>
            <translation>
                <numerusform>重命名角色：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Levels added: %n</source>
            <translation>
                <numerusform>新增级别：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Levels removed: %n</source>
            <translation>
                <numerusform>删除级别：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Levels changed: %n</source>
            <translation>
                <numerusform>修改级别：%n</numerusform>
            </translation>
        </message>
        <message>
            <source>Levels in a new order</source>
            <translation>级别顺序有变</translation>
        </message>
        <message numerus="yes">
            <source>Proficiencies added: %n</source>
            <translation>
                <numerusform>新增熟练度：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Proficiencies removed: %n</source>
            <translation>
                <numerusform>删除熟练度：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Proficiencies renamed: %n</source>
            <translation>
                <numerusform>重命名熟练度：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skills added to roles: %n</source>
            <translation>
                <numerusform>角色新增技能：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skills taken out of roles: %n</source>
            <translation>
                <numerusform>角色移除技能：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Descriptors changed: %n</source>
            <translation>
                <numerusform>级别描述修改：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marks changed: %n</source>
            <translation>
                <numerusform>要求修改：%n</numerusform>
            </translation>
        </message>
        <message>
            <source>required</source>
            <translation>必要</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>not expected</source>
            <translation>不要求</translation>
        </message>
        <message>
            <source>{mark} (expected: {proficiency})</source>
            <translation>{mark}（期望熟练度：{proficiency}）</translation>
        </message>
        <message>
            <source>(no descriptor)</source>
            <translation>（无级别描述）</translation>
        </message>
        <message>
            <source>{text} — examples: {examples}</source>
            <translation>{text} — 示例：{examples}</translation>
        </message>
        <message>
            <source>{old} → {new}</source>
            <translation>{old} → {new}</translation>
        </message>
        <message>
            <source>{level}: new meaning</source>
            <translation>{level}：含义有变</translation>
        </message>
        <message>
            <source>{role}: {skill}</source>
            <translation>{role}：{skill}</translation>
        </message>
        <message>
            <source>{skill} at {level} (every role)</source>
            <translation>{skill} · {level}（所有角色）</translation>
        </message>
        <message>
            <source>{role}: {skill} at {level}</source>
            <translation>{role}：{skill} · {level}</translation>
        </message>
        <message>
            <source>{role}: {skill} at {level}: {old} → {new}</source>
            <translation>{role}：{skill} · {level}：{old} → {new}</translation>
        </message>
        <message>
            <source>Version {old} → {new}</source>
            <translation>版本 {old} → {new}</translation>
        </message>
        <message>
            <source>name {old} → {new}</source>
            <translation>名称 {old} → {new}</translation>
        </message>
        <message>
            <source>No skill, role, level, descriptor or mark changed</source>
            <translation>技能、角色、级别、级别描述和要求均无变化</translation>
        </message>
    </context>
    <context>
        <name>FrameworkDiffView</name>
        <message>
            <source>What changed</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <source>No skill, role, level, descriptor or mark changed.</source>
            <translation>技能、角色、级别、级别描述和要求均无变化。</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) in all.</source>
            <translation>
                <numerusform>共 %n 处变更。</numerusform>
            </translation>
        </message>
        <message>
            <source>{version}. {counts}</source>
            <translation>{version}。{counts}</translation>
        </message>
        <message>
            <source>Before: {text}</source>
            <translation>之前：{text}</translation>
        </message>
        <message>
            <source>After: {text}</source>
            <translation>之后：{text}</translation>
        </message>
    </context>
    <context>
        <name>FrameworkImport</name>
        <message>
            <source>Skill Ladder YAML/JSON</source>
            <translation>Skill Ladder YAML/JSON</translation>
        </message>
        <message>
            <source>CSV sheet</source>
            <translation>CSV 表格</translation>
        </message>
        <message>
            <source>XLSX workbook</source>
            <translation>XLSX 工作簿</translation>
        </message>
        <message>
            <source>Financial Times YAML</source>
            <translation>Financial Times YAML</translation>
        </message>
        <message>
            <source>Financial Times levels YAML</source>
            <translation>Financial Times 级别 YAML</translation>
        </message>
        <message>
            <source>Monzo Markdown</source>
            <translation>Monzo Markdown</translation>
        </message>
        <message>
            <source>DIRECT JSON</source>
            <translation>DIRECT JSON</translation>
        </message>
        <message>
            <source>DIRECT CSV</source>
            <translation>DIRECT CSV</translation>
        </message>
        <message>
            <source>DIRECT skill-level scale</source>
            <translation>DIRECT 技能级别标尺</translation>
        </message>
        <message>
            <source>Markdown without framework data</source>
            <translation>不含框架数据的 Markdown</translation>
        </message>
        <message>
            <source>HTML page</source>
            <translation>HTML 网页</translation>
        </message>
        <message>
            <source>not a format Skill Ladder reads</source>
            <translation>Skill Ladder 无法读取的格式</translation>
        </message>
        <message>
            <source>a Skill Ladder framework file is installed on its own; choose it alone</source>
            <translation>Skill Ladder 能力框架文件需单独安装；请只选择这一个文件</translation>
        </message>
        <message>
            <source>read as it is: {levels} levels, {skills} skills, {roles} roles</source>
            <translation>原样读取：{levels} 个级别，{skills} 项技能，{roles} 个角色</translation>
        </message>
        <message>
            <source>this file holds the framework '{name}' (id {id}), not a version of '{wanted}' (id {wanted_id}); import it as a new framework instead</source>
            <translation>该文件包含的是能力框架“{name}”（id {id}），不是“{wanted}”（id {wanted_id}）的新版本；请改为作为新的能力框架导入</translation>
        </message>
    </context>
    <context>
        <name>FrameworkImportPresenter</name>
        <message>
            <source>Choose the framework files</source>
            <translation>选择能力框架文件</translation>
        </message>
        <message>
            <source>Framework files (*.yaml *.yml *.json *.csv *.tsv *.xlsx *.md *.markdown);;All files (*)</source>
            <translation>能力框架文件 (*.yaml *.yml *.json *.csv *.tsv *.xlsx *.md *.markdown);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Save the column mapping</source>
            <translation>保存列映射</translation>
        </message>
        <message>
            <source>Mapping (*.yaml)</source>
            <translation>映射 (*.yaml)</translation>
        </message>
        <message>
            <source>Could not write {file}: {reason}</source>
            <translation>无法写入 {file}：{reason}</translation>
        </message>
        <message>
            <source>Saved the mapping as {file}</source>
            <translation>映射已保存为 {file}</translation>
        </message>
        <message>
            <source>Load a column mapping</source>
            <translation>载入列映射</translation>
        </message>
        <message>
            <source>Mapping (*.yaml *.yml *.json);;All files (*)</source>
            <translation>映射 (*.yaml *.yml *.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>{file}: a mapping file is YAML or JSON</source>
            <translation>{file}：映射文件应为 YAML 或 JSON</translation>
        </message>
        <message>
            <source>This sheet has no column {columns}: choose another</source>
            <translation>该表格中没有列 {columns}：请另选</translation>
        </message>
        <message>
            <source>Install framework</source>
            <translation>安装能力框架</translation>
        </message>
        <message>
            <source>Updated '{name}' from version {old} to {new}.</source>
            <translation>已将“{name}”从 {old} 版更新到 {new} 版。</translation>
        </message>
        <message>
            <source>Installed '{name}', version {version}.</source>
            <translation>已安装“{name}”，版本 {version}。</translation>
        </message>
    </context>
    <context>
        <name>FrameworkImportWizard</name>
        <message>
            <source>Update '{name}'</source>
            <translation>更新“{name}”</translation>
        </message>
        <message>
            <source>Import a framework</source>
            <translation>导入能力框架</translation>
        </message>
        <message>
            <source>&amp;Update</source>
            <translation>更新(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Install</source>
            <translation>安装(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>FrameworkLibrary</name>
        <message>
            <source>this framework is not installed; install it with File → Frameworks… or `skill-ladder frameworks install FILE`</source>
            <translation>此框架尚未安装；请通过“文件 → 能力框架…”或 `skill-ladder frameworks install FILE` 安装</translation>
        </message>
        <message>
            <source>this id belongs to the built-in framework; give the imported one another id</source>
            <translation>此 ID 属于内置框架；请为导入的框架另取一个 ID</translation>
        </message>
        <message>
            <source>'{name}' is installed already (version {version}); update it instead</source>
            <translation>“{name}”已安装（版本 {version}）；请改为更新它</translation>
        </message>
        <message>
            <source>the built-in framework cannot be removed</source>
            <translation>内置框架不能删除</translation>
        </message>
    </context>
    <context>
        <name>FrameworkStore</name>
        <message>
            <source>'{name}' is in use: {people} and {assessments} use it. Archive them first, or choose to archive them while removing it.</source>
            <translation>“{name}”正在使用中：{people}、{assessments}使用它。请先归档这些人员，或选择在删除时一并归档。</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n 人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s)</source>
            <translation>
                <numerusform>%n 次评估</numerusform>
            </translation>
        </message>
        <message>
            <source>'{name}' is installed already</source>
            <translation>“{name}”已安装</translation>
        </message>
        <message>
            <source>'{name}' was changed by someone else meanwhile (now version {version}); nothing was saved. Look at the new version and try again.</source>
            <translation>“{name}”在此期间已被他人修改（现为版本 {version}）；未保存任何内容。请查看新版本后重试。</translation>
        </message>
        <message>
            <source>another client installed '{name}' at the same moment; nothing was saved</source>
            <translation>另一客户端同时安装了“{name}”；未保存任何内容</translation>
        </message>
        <message>
            <source>another client installed '{name}' (version {version}) meanwhile; nothing was saved. Try again.</source>
            <translation>在此期间另一客户端安装了“{name}”（版本 {version}）；未保存任何内容。请重试。</translation>
        </message>
        <message>
            <source>no installed framework '{id}'</source>
            <translation>没有已安装的框架“{id}”</translation>
        </message>
    </context>
    <context>
        <name>FrameworkSummary</name>
        <message>
            <source>No source or licence recorded.</source>
            <translation>未记录来源和许可证。</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>网址</translation>
        </message>
        <message>
            <source>Source version</source>
            <translation>来源版本</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>未注明</translation>
        </message>
        <message>
            <source>Attribution</source>
            <translation>署名</translation>
        </message>
        <message>
            <source>{name} — version {version}</source>
            <translation>{name} — 版本 {version}</translation>
        </message>
        <message numerus="yes">
            <source>%n level(s):</source>
            <translation>
                <numerusform>%n 个级别：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proficiency step(s):</source>
            <translation>
                <numerusform>%n 级熟练度：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n role(s):</source>
            <translation>
                <numerusform>%n 个角色：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skill(s)</source>
            <translation>
                <numerusform>%n 项技能</numerusform>
            </translation>
        </message>
        <message>
            <source>Source and licence</source>
            <translation>来源与许可证</translation>
        </message>
        <message>
            <source>{role} · {skill} · {level}</source>
            <translation>{role} · {skill} · {level}</translation>
        </message>
        <message>
            <source>A few descriptors</source>
            <translation>部分级别描述</translation>
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
        <name>FrameworksDialog</name>
        <message>
            <source>Frameworks</source>
            <translation>能力框架</translation>
        </message>
        <message>
            <source>The frameworks people's roles can come from. Import your company's ladder, update it to a newer version, export it, or remove one nobody uses.</source>
            <translation>人员的角色可以来自以下能力框架。你可以导入公司的职级体系、更新到新版本、导出，或移除无人使用的框架。</translation>
        </message>
        <message>
            <source>Installed frameworks</source>
            <translation>已安装的能力框架</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>Imported from</source>
            <translation>导入自</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>安装日期</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>评估数</translation>
        </message>
        <message>
            <source>Framework details</source>
            <translation>能力框架详情</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Install a framework from a file: YAML, CSV, XLSX, FT, Monzo or DIRECT</source>
            <translation>从文件安装能力框架：YAML、CSV、XLSX、FT、Monzo 或 DIRECT</translation>
        </message>
        <message>
            <source>&amp;Update…</source>
            <translation>更新(&amp;U)…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>移除(&amp;R)…</translation>
        </message>
        <message>
            <source>{name} (built in)</source>
            <translation>{name}（内置）</translation>
        </message>
        <message numerus="yes">
            <source>and %n archived person(s)</source>
            <translation>
                <numerusform>另有 %n 名已归档人员</numerusform>
            </translation>
        </message>
        <message>
            <source>comes with the app</source>
            <translation>随应用提供</translation>
        </message>
        <message>
            <source>{format}: {files}</source>
            <translation>{format}：{files}</translation>
        </message>
        <message>
            <source>The built-in framework comes with the app and cannot be removed</source>
            <translation>内置能力框架随应用提供，不能移除</translation>
        </message>
        <message>
            <source>The built-in framework is updated with the app itself</source>
            <translation>内置能力框架随应用本身一起更新</translation>
        </message>
        <message>
            <source>Remove the selected framework (people who use it are asked about first)</source>
            <translation>移除所选能力框架（若有人在用，会先询问如何处理）</translation>
        </message>
        <message>
            <source>Install a newer version of the selected framework and see what changed</source>
            <translation>安装所选能力框架的新版本，并查看变更内容</translation>
        </message>
        <message>
            <source>Save the selected framework as YAML, CSV or XLSX</source>
            <translation>将所选能力框架保存为 YAML、CSV 或 XLSX</translation>
        </message>
        <message numerus="yes">
            <source>Used by %n person(s)</source>
            <translation>
                <numerusform>有 %n 人使用</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s) against it</source>
            <translation>
                <numerusform>基于它的评估 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <source>{people}; {assessments}.</source>
            <translation>{people}；{assessments}。</translation>
        </message>
        <message>
            <source>Nobody uses it yet.</source>
            <translation>目前无人使用。</translation>
        </message>
    </context>
    <context>
        <name>FrameworksPresenter</name>
        <message>
            <source>Skill Ladder framework (*.yaml)</source>
            <translation>Skill Ladder 能力框架 (*.yaml)</translation>
        </message>
        <message>
            <source>CSV sheet, long format (*.csv)</source>
            <translation>CSV 长表格式 (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Export framework</source>
            <translation>导出能力框架</translation>
        </message>
        <message>
            <source>Could not write {file}: {reason}. Nothing was written.</source>
            <translation>无法写入 {file}：{reason}。没有写入任何内容。</translation>
        </message>
        <message>
            <source>Saved '{name}' as
{path}</source>
            <translation>已将“{name}”保存为
{path}</translation>
        </message>
        <message>
            <source>Writing the file…</source>
            <translation>正在写入文件…</translation>
        </message>
        <message>
            <source>Remove framework</source>
            <translation>移除能力框架</translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s) of archived people use it: it stays readable in their history, hidden from the list.</source>
            <translation>
                <numerusform>已归档人员有 %n 次评估用到它：它会从列表中隐藏，但在这些人的历史中仍可查看。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody uses it.</source>
            <translation>无人使用。</translation>
        </message>
        <message>
            <source>Remove '{name}' from the frameworks? {kept}</source>
            <translation>从能力框架中移除“{name}”？{kept}</translation>
        </message>
        <message>
            <source>Removed '{name}'.</source>
            <translation>已移除“{name}”。</translation>
        </message>
        <message>
            <source>Removed '{name}' from the list. It is kept, hidden, because archived people's assessments still read it.</source>
            <translation>已将“{name}”从列表中移除。由于已归档人员的评估仍会读取它，它会被隐藏保留。</translation>
        </message>
        <message numerus="yes">
            <source>Archived %n person(s) who used it.</source>
            <translation>
                <numerusform>已归档使用它的 %n 人。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n 人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s)</source>
            <translation>
                <numerusform>%n 次评估</numerusform>
            </translation>
        </message>
        <message>
            <source>'{name}' is in use by {people} ({assessments}): their role is from it, or they were assessed against it.

To remove it, those people are archived: they leave the people list and the Team tab, and their history stays readable (Show archived). Nothing is deleted.</source>
            <translation>“{name}”正被 {people}使用（{assessments}）：他们的角色来自该框架，或曾基于它接受评估。

要移除它，需要归档这些人员：他们将不再出现在人员列表和“团队”标签页中，其历史仍可查看（勾选“显示已归档”）。不会删除任何内容。</translation>
        </message>
        <message>
            <source>&amp;Archive those people and remove</source>
            <translation>归档这些人员并移除(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>GapPage</name>
        <message>
            <source>Skill</source>
            <translation>技能</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必要</translation>
        </message>
        <message>
            <source>Your level</source>
            <translation>你的级别</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>差距</translation>
        </message>
        <message>
            <source>Readiness for the target level</source>
            <translation>目标级别达标情况</translation>
        </message>
        <message>
            <source>Required skills met</source>
            <translation>已达标的必要技能</translation>
        </message>
        <message>
            <source>%p% of required skills at target</source>
            <translation>%p% 的必要技能已达目标</translation>
        </message>
        <message>
            <source>Gaps per skill</source>
            <translation>各技能的差距</translation>
        </message>
        <message>
            <source>Choose a role to see your gaps.</source>
            <translation>选择一个角色以查看差距。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Ready for {level}&lt;/b&gt;: every required skill is at or above it.</source>
            <translation>&lt;b&gt;已达到{level}要求&lt;/b&gt;：所有必要技能均已达到或超过该级别。</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{met} of %n&lt;/b&gt; required skill(s) are at {level} or above;</source>
            <translation>
                <numerusform>&lt;b&gt;%n 项&lt;/b&gt;必要技能中有 &lt;b&gt;{met} 项&lt;/b&gt;达到{level}或以上；</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n missing&lt;/b&gt;: {skills}.</source>
            <translation>
                <numerusform>&lt;b&gt;%n 项未达标&lt;/b&gt;：{skills}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rated} of %n skill(s) rated.</source>
            <translation>
                <numerusform>已为 {rated}/%n 项技能评分。</numerusform>
            </translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>✓ met</source>
            <translation>✓ 已达标</translation>
        </message>
    </context>
    <context>
        <name>Gaps</name>
        <message>
            <source>Not rated</source>
            <translation>未评分</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>尚未达到</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Edit goal — {skill}</source>
            <translation>编辑目标 — {skill}</translation>
        </message>
        <message>
            <source>New goal — {skill}</source>
            <translation>新目标 — {skill}</translation>
        </message>
        <message>
            <source>Goal action</source>
            <translation>目标行动</translation>
        </message>
        <message>
            <source>What will you do? For example: run the next release myself</source>
            <translation>你打算做什么？例如：独立负责下一次发布</translation>
        </message>
        <message>
            <source>Goal status</source>
            <translation>目标状态</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>截止于</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Level the goal aims at</source>
            <translation>目标指向的级别</translation>
        </message>
        <message>
            <source>No particular level</source>
            <translation>不指定级别</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>行动(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <source>Due:</source>
            <translation>截止：</translation>
        </message>
        <message>
            <source>&amp;Aims at:</source>
            <translation>指向级别(&amp;A)：</translation>
        </message>
    </context>
    <context>
        <name>GoalStatus</name>
        <message>
            <source>Planned</source>
            <translation>计划中</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
    </context>
    <context>
        <name>GoalTableModel</name>
        <message>
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Aims at</source>
            <translation>指向级别</translation>
        </message>
        <message>
            <source>{date} (overdue)</source>
            <translation>{date}（已逾期）</translation>
        </message>
    </context>
    <context>
        <name>GoalsPanel</name>
        <message>
            <source>Goals for this skill</source>
            <translation>该技能的目标</translation>
        </message>
        <message>
            <source>No goals for this skill yet. Add one to plan your next step.</source>
            <translation>此技能还没有目标。添加一个，规划下一步。</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Add goal</source>
            <translation>添加目标</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>编辑目标</translation>
        </message>
        <message>
            <source>Mark goal done</source>
            <translation>标记目标为已完成</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>删除目标</translation>
        </message>
    </context>
    <context>
        <name>GoalsPresenter</name>
        <message>
            <source>Goals are changed on the current assessment, not on a completed one.</source>
            <translation>目标只能在当前评估中修改，已完成的评估不可修改。</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>删除目标</translation>
        </message>
        <message>
            <source>Delete the goal “{goal}”?</source>
            <translation>删除目标“{goal}”？</translation>
        </message>
        <message>
            <source>Goal for {skill}</source>
            <translation>“{skill}”的目标</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>（已删除）</translation>
        </message>
        <message>
            <source>Goal not saved</source>
            <translation>目标未保存</translation>
        </message>
    </context>
    <context>
        <name>GrowthPlan</name>
        <message>
            <source>Growth plan: {person}</source>
            <translation>成长计划：{person}</translation>
        </message>
        <message>
            <source>{role}, target {level}</source>
            <translation>{role}，目标{level}</translation>
        </message>
        <message>
            <source>Evidence, for example:</source>
            <translation>证据示例：</translation>
        </message>
        <message>
            <source>{current} → {target} · {mark} · {steps} to go</source>
            <translation>{current} → {target} · {mark} · 还差 {steps}</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必要</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>{mark}, expected: {proficiency}</source>
            <translation>{mark}，期望：{proficiency}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next: {level}&lt;/b&gt; ({mark}). {descriptor}</source>
            <translation>&lt;b&gt;下一步：{level}&lt;/b&gt;（{mark}）。{descriptor}</translation>
        </message>
        <message>
            <source>&lt;b&gt;At {level}:&lt;/b&gt; {descriptor}</source>
            <translation>&lt;b&gt;{level}：&lt;/b&gt;{descriptor}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Notes and evidence:&lt;/b&gt;</source>
            <translation>&lt;b&gt;笔记与证据：&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Goals:&lt;/b&gt;</source>
            <translation>&lt;b&gt;目标：&lt;/b&gt;</translation>
        </message>
        <message>
            <source>One entry per skill below {level}, in the order of the table above: the next level to master, what the target asks, the notes and the goals.</source>
            <translation>每项低于{level}的技能各占一条，顺序与上表相同：下一个要掌握的级别、目标级别的要求、笔记和目标。</translation>
        </message>
        <message>
            <source>Every skill is at {level} or above, so nothing is left to close for this target. A higher target would give the next steps.</source>
            <translation>所有技能均已达到{level}或以上，这个目标已没有差距。设定更高的目标即可得到下一步方向。</translation>
        </message>
        <message>
            <source>What to work on</source>
            <translation>需要提升的方面</translation>
        </message>
        <message>
            <source>Other goals</source>
            <translation>其他目标</translation>
        </message>
        <message>
            <source>This is the first completed assessment for this role; progress will show from the next one.</source>
            <translation>这是该角色第一次完成的评估；从下一次评估起将显示进展。</translation>
        </message>
        <message>
            <source>Progress since the last assessment</source>
            <translation>自上次评估以来的进展</translation>
        </message>
        <message numerus="yes">
            <source>%n skill(s) changed level since {date}:</source>
            <translation>
                <numerusform>自 {date} 以来有 %n 项技能的级别发生了变化：</numerusform>
            </translation>
        </message>
        <message>
            <source>No level changed since {date}.</source>
            <translation>自 {date} 以来没有级别变化。</translation>
        </message>
        <message>
            <source>Rated for the first time: {skills}.</source>
            <translation>首次评分：{skills}。</translation>
        </message>
        <message>
            <source>Before ({date})</source>
            <translation>之前（{date}）</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>现在</translation>
        </message>
        <message>
            <source>The chart shows the first {shown} of {total} skills.</source>
            <translation>图中显示了 {total} 项技能中的前 {shown} 项。</translation>
        </message>
        <message>
            <source>Progress since {date}</source>
            <translation>自 {date} 以来的进展</translation>
        </message>
        <message>
            <source>Questions to bring to the next conversation with your manager:</source>
            <translation>下次与经理沟通时可以提出的问题：</translation>
        </message>
        <message>
            <source>Talking points for the one-on-one</source>
            <translation>一对一沟通的讨论要点</translation>
        </message>
        <message>
            <source>Below {level}</source>
            <translation>低于{level}</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Framework</source>
            <translation>能力框架</translation>
        </message>
        <message>
            <source>Current overall level</source>
            <translation>当前总体级别</translation>
        </message>
        <message>
            <source>Target level</source>
            <translation>目标级别</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Growth plan</source>
            <translation>成长计划</translation>
        </message>
        <message>
            <source>Ready for {level}: the role requires no skill at this level.</source>
            <translation>已达到{level}要求：该角色在此级别没有必要技能。</translation>
        </message>
        <message numerus="yes">
            <source>Ready for {level}: all %n required skill(s) are at {level} or above.</source>
            <translation>
                <numerusform>已达到{level}要求：全部 %n 项必要技能均达到{level}或以上。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n required skill(s) at {level} or above ({percent}%)</source>
            <translation>
                <numerusform>%n 项必要技能中有 {met} 项达到{level}或以上（{percent}%）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Required skills still below {level}: {skills}, and %n more (all are in the table below).</source>
            <translation>
                <numerusform>仍低于{level}的必要技能：{skills}，另有 %n 项（全部列于下表）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Required skills still below {level}: {skills}.</source>
            <translation>仍低于{level}的必要技能：{skills}。</translation>
        </message>
        <message numerus="yes">
            <source>All %n skill(s) of the role are rated.</source>
            <translation>
                <numerusform>该角色的全部 %n 项技能均已评分。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rated} of %n skill(s) rated; the others count as below the first level.</source>
            <translation>
                <numerusform>已为 {rated}/%n 项技能评分；其余按低于最低级别计算。</numerusform>
            </translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>&lt;b&gt;Now, {level}:&lt;/b&gt; {meaning}</source>
            <translation>&lt;b&gt;当前（{level}）：&lt;/b&gt;{meaning}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Target, {level}:&lt;/b&gt; {meaning}</source>
            <translation>&lt;b&gt;目标（{level}）：&lt;/b&gt;{meaning}</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>当前</translation>
        </message>
        <message>
            <source>Target: {level}</source>
            <translation>目标：{level}</translation>
        </message>
        <message>
            <source>Rings mark the levels from {first} (innermost) to {last}; the centre stands for not yet or not rated.</source>
            <translation>各圈表示从{first}（最内圈）到{last}的级别；圆心表示尚未达到或未评分。</translation>
        </message>
        <message>
            <source>Each pair of bars compares the current level with the target.</source>
            <translation>每组柱形对比当前级别与目标级别。</translation>
        </message>
        <message numerus="yes">
            <source>Only the {shown} skills with the most important gaps are drawn; the table lists all %n.</source>
            <translation>
                <numerusform>图中只画出差距最重要的 {shown} 项技能；表格列出全部 %n 项。</numerusform>
            </translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>技能</translation>
        </message>
        <message>
            <source>Required/Optional</source>
            <translation>必要/可选</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>差距</translation>
        </message>
        <message>
            <source>Required skills come first, then the largest gaps. Greyed rows already meet the target.</source>
            <translation>必要技能在前，其次按差距从大到小排列。灰色行表示已达到目标。</translation>
        </message>
        <message>
            <source>Gaps to {level}</source>
            <translation>与{level}的差距</translation>
        </message>
        <message numerus="yes">
            <source>Largest gap: {skill} ({mark}) is at {current}, %n step(s) below {target}. What would help close it?</source>
            <translation>
                <numerusform>最大差距：{skill}（{mark}）处于{current}，比{target}低 %n 档。怎样才能缩小这个差距？</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Largest gap: {skill} ({mark}) is at {current}, %n level(s) below {target}. What would help close it?</source>
            <translation>
                <numerusform>最大差距：{skill}（{mark}）处于{current}，比{target}低 %n 级。怎样才能缩小这个差距？</numerusform>
            </translation>
        </message>
        <message>
            <source>Moved up: {skill} went from {before} to {after}. What made the difference?</source>
            <translation>提升：{skill} 从{before}升到{after}。是什么带来了变化？</translation>
        </message>
        <message>
            <source>Moved down: {skill} went from {before} to {after}. What made the difference?</source>
            <translation>下降：{skill} 从{before}降到{after}。是什么带来了变化？</translation>
        </message>
        <message>
            <source>Overdue goal ({skill}, due {date}): {action}</source>
            <translation>已逾期的目标（{skill}，截止 {date}）：{action}</translation>
        </message>
        <message>
            <source>No gaps to the target: talk about the next level and how to show it.</source>
            <translation>与目标没有差距：聊聊下一个级别，以及如何展示自己已具备相应能力。</translation>
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
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Rated</source>
            <translation>已评分</translation>
        </message>
        <message>
            <source>Overall level</source>
            <translation>总体级别</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>评估</translation>
        </message>
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
        <message>
            <source>Select two assessments and press Compare.</source>
            <translation>选择两次评估，然后点击“比较”。</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>技能</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>之前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>之后</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>笔记</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>比较</translation>
        </message>
        <message>
            <source>Skill for the trend</source>
            <translation>查看趋势的技能</translation>
        </message>
        <message>
            <source>Trend of</source>
            <translation>趋势：</translation>
        </message>
    </context>
    <context>
        <name>HistoryPresenter</name>
        <message numerus="yes">
            <source>Show older assessments (%n more)</source>
            <translation>
                <numerusform>显示更早的评估（还有 %n 项）</numerusform>
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
            <source>Delete the assessment completed on {date}, with its ratings, notes and manager ratings? It is deleted from the team database for everyone; only the database's administrator can bring it back from the server's backups.</source>
            <translation>删除 {date} 完成的评估及其评分、笔记和经理评分？它将从团队数据库中删除，所有人都将看不到；只有数据库管理员能从服务器的备份中恢复。</translation>
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
        <message>
            <source>Discard the draft started on {date}, with its ratings and notes? It is removed from the team database for everyone.</source>
            <translation>放弃 {date} 开始的草稿及其评分和笔记？它将从团队数据库中删除，所有人都将看不到。</translation>
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
        <name>Importer</name>
        <message>
            <source>a Financial Times engineering-progression file</source>
            <translation>Financial Times 工程师晋升体系文件</translation>
        </message>
        <message>
            <source>the Financial Times levels file</source>
            <translation>Financial Times 级别文件</translation>
        </message>
        <message>
            <source>a Monzo progression-framework file</source>
            <translation>Monzo 晋升框架文件</translation>
        </message>
        <message>
            <source>the DIRECT framework (nested JSON)</source>
            <translation>DIRECT 框架（嵌套 JSON）</translation>
        </message>
        <message>
            <source>the DIRECT framework (flat CSV)</source>
            <translation>DIRECT 框架（扁平 CSV）</translation>
        </message>
        <message>
            <source>the DIRECT skill-level scale</source>
            <translation>DIRECT 技能级别标尺</translation>
        </message>
        <message>
            <source>a CSV sheet</source>
            <translation>CSV 表格</translation>
        </message>
        <message>
            <source>an XLSX workbook</source>
            <translation>XLSX 工作簿</translation>
        </message>
        <message>
            <source>a Markdown file</source>
            <translation>Markdown 文件</translation>
        </message>
        <message>
            <source>an HTML page</source>
            <translation>HTML 网页</translation>
        </message>
        <message>
            <source>{path} is {what}, a companion file: import it together with the competencies file (`skill-ladder import-framework MAIN-FILE {path} --out framework.yaml`)</source>
            <translation>{path} 是 {what}，属于配套文件：请与能力（competencies）文件一起导入（`skill-ladder import-framework MAIN-FILE {path} --out framework.yaml`）</translation>
        </message>
        <message>
            <source>{path} is {what}, a companion file: import it together with the framework JSON or CSV (`skill-ladder import-framework MAIN-FILE {path} --out framework.yaml`)</source>
            <translation>{path} 是 {what}，属于配套文件：请与框架的 JSON 或 CSV 文件一起导入（`skill-ladder import-framework MAIN-FILE {path} --out framework.yaml`）</translation>
        </message>
        <message>
            <source>{path} is {what}, not a framework file; save the framework's data file (YAML, JSON, CSV or XLSX) and import that</source>
            <translation>{path} 是 {what}，不是能力框架文件；请保存框架的数据文件（YAML、JSON、CSV 或 XLSX）后再导入</translation>
        </message>
        <message>
            <source>{path} is {what} without Monzo-style front matter (topics); it holds no framework data to read</source>
            <translation>{path} 是不含 Monzo 式 front matter（topics）的{what}，其中没有可读取的框架数据</translation>
        </message>
        <message>
            <source>{path} is {what}, not a Skill Ladder framework; convert it with `skill-ladder import-framework {path} --out framework.yaml`, then use framework.yaml</source>
            <translation>{path} 是 {what}，不是 Skill Ladder 能力框架；请先用 `skill-ladder import-framework {path} --out framework.yaml` 转换，再使用 framework.yaml</translation>
        </message>
        <message>
            <source>a mapping file must be a mapping (columns:, levels:, ...)</source>
            <translation>映射文件必须是一个映射（columns:、levels:、...）</translation>
        </message>
        <message>
            <source>unknown key '{key}' (allowed: {allowed})</source>
            <translation>未知的键“{key}”（允许的键：{allowed}）</translation>
        </message>
        <message>
            <source>'columns' must map fields to column names</source>
            <translation>“columns”必须把字段映射到列名</translation>
        </message>
        <message>
            <source>columns: unknown field '{field}' (fields: {fields})</source>
            <translation>columns：未知字段“{field}”（可用字段：{fields}）</translation>
        </message>
        <message>
            <source>'{part}' is not FIELD=COLUMN with FIELD one of {fields}</source>
            <translation>“{part}”不是 FIELD=COLUMN 的形式（FIELD 须为 {fields} 之一）</translation>
        </message>
        <message>
            <source>unknown format '{format}' (one of {formats})</source>
            <translation>未知格式“{format}”（可选：{formats}）</translation>
        </message>
        <message>
            <source>no file given</source>
            <translation>未指定文件</translation>
        </message>
        <message>
            <source>is an HTML page, not framework data</source>
            <translation>是 HTML 网页，不是框架数据</translation>
        </message>
        <message>
            <source>is Markdown without front matter holding 'topics'</source>
            <translation>是不含“topics” front matter 的 Markdown 文件</translation>
        </message>
        <message>
            <source>is already a Skill Ladder framework: use it with --framework, no import needed</source>
            <translation>已经是 Skill Ladder 能力框架：直接用 --framework 使用即可，无需导入</translation>
        </message>
        <message>
            <source>is not a format this app imports (CSV, XLSX, FT YAML, Monzo Markdown, DIRECT JSON/CSV)</source>
            <translation>不是本应用可导入的格式（CSV、XLSX、FT YAML、Monzo Markdown、DIRECT JSON/CSV）</translation>
        </message>
        <message>
            <source>--format {format} was asked, but this is {what}</source>
            <translation>指定了 --format {format}，但该文件是 {what}</translation>
        </message>
        <message>
            <source>the files are of different formats ({formats}); import one framework at a time</source>
            <translation>这些文件格式不同（{formats}）；请一次只导入一个框架</translation>
        </message>
        <message>
            <source>the framework details ask for schema 1, which cannot hold what the sheet now says: written as schema 2</source>
            <translation>框架信息要求 schema 1，但表格现有的内容无法用 schema 1 表示：已按 schema 2 写出</translation>
        </message>
        <message>
            <source>a sheet is imported from one file at a time</source>
            <translation>表格一次只能从一个文件导入</translation>
        </message>
        <message>
            <source>XLSX long format</source>
            <translation>XLSX 长表格式</translation>
        </message>
        <message>
            <source>CSV long format</source>
            <translation>CSV 长表格式</translation>
        </message>
        <message>
            <source>give one FT competencies or job-family file (and at most one levels file)</source>
            <translation>请只给出一个 FT 能力或职位族文件（级别文件最多一个）</translation>
        </message>
        <message>
            <source>a job-family file holds its own levels; the levels file is for the older competencies file</source>
            <translation>职位族文件自带级别；级别文件只用于旧版能力文件</translation>
        </message>
        <message>
            <source>{file} is DIRECT's skill-level scale, a companion: give it with the framework JSON or CSV</source>
            <translation>{file} 是 DIRECT 的技能级别标尺，属于配套文件：请与框架的 JSON 或 CSV 一起给出</translation>
        </message>
        <message>
            <source>give one DIRECT framework file (and at most one skill-level file)</source>
            <translation>请只给出一个 DIRECT 框架文件（技能级别文件最多一个）</translation>
        </message>
        <message>
            <source>the converted framework is not valid: {problem}</source>
            <translation>转换得到的能力框架无效：{problem}</translation>
        </message>
        <message>
            <source>Format: {format}; files: {files}</source>
            <translation>格式：{format}；文件：{files}</translation>
        </message>
        <message>
            <source>Mapped: {count}</source>
            <translation>已映射：{count}</translation>
        </message>
        <message>
            <source>Merged: {count}</source>
            <translation>已合并：{count}</translation>
        </message>
        <message>
            <source>Renamed: {count}</source>
            <translation>已重命名：{count}</translation>
        </message>
        <message>
            <source>Left out: {count}</source>
            <translation>未导入：{count}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>无</translation>
        </message>
        <message>
            <source>{where} must be a list</source>
            <translation>{where} 必须是列表</translation>
        </message>
        <message>
            <source>{where} must be a mapping</source>
            <translation>{where} 必须是映射</translation>
        </message>
        <message>
            <source>skill '{name}'</source>
            <translation>技能“{name}”</translation>
        </message>
        <message>
            <source>level '{name}'</source>
            <translation>级别“{name}”</translation>
        </message>
        <message>
            <source>{what}: '{key}' (no place for it in the framework)</source>
            <translation>{what}：“{key}”（能力框架中没有对应位置）</translation>
        </message>
        <message>
            <source>level '{label}' got the id '{id}' ('{taken}' was taken)</source>
            <translation>级别“{label}”的 id 为“{id}”（“{taken}”已被占用）</translation>
        </message>
        <message>
            <source>skill '{label}' got the id '{id}' ('{taken}' was taken)</source>
            <translation>技能“{label}”的 id 为“{id}”（“{taken}”已被占用）</translation>
        </message>
        <message>
            <source>role '{label}' got the id '{id}' ('{taken}' was taken)</source>
            <translation>角色“{label}”的 id 为“{id}”（“{taken}”已被占用）</translation>
        </message>
        <message>
            <source>proficiency '{label}' got the id '{id}' ('{taken}' was taken)</source>
            <translation>熟练度“{label}”的 id 为“{id}”（“{taken}”已被占用）</translation>
        </message>
        <message>
            <source>'{label}' got the id '{id}' ('{taken}' was taken)</source>
            <translation>“{label}”的 id 为“{id}”（“{taken}”已被占用）</translation>
        </message>
        <message>
            <source>{what} was cut from {length} to {limit} characters</source>
            <translation>{what}从 {length} 个字符截短为 {limit} 个</translation>
        </message>
        <message>
            <source>{where} needs a title</source>
            <translation>{where} 需要标题</translation>
        </message>
        <message>
            <source>no skill-level file given: levels named 'Level 1'…'Level 4' after DIRECT's documented 0–4 scale</source>
            <translation>未给出技能级别文件：按 DIRECT 文档中的 0–4 标尺，将级别命名为“Level 1”…“Level 4”</translation>
        </message>
        <message>
            <source>{where} must be a number, found {found}</source>
            <translation>{where} 必须是数字，实际为 {found}</translation>
        </message>
        <message>
            <source>skill level {number} '{name}' → the app's 'Not yet'</source>
            <translation>技能级别 {number}“{name}”→ 本应用的“尚未达到”</translation>
        </message>
        <message>
            <source>no skill level above 0</source>
            <translation>没有高于 0 的技能级别</translation>
        </message>
        <message>
            <source>no skills found</source>
            <translation>没有找到技能</translation>
        </message>
        <message numerus="yes">
            <source>related skills of %n skill(s) (links between skills)</source>
            <translation>
                <numerusform>%n 项技能的相关技能（技能之间的链接）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>learning resources of %n skill(s) (references to another DIRECT file)</source>
            <translation>
                <numerusform>%n 项技能的学习资源（指向另一个 DIRECT 文件）</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} descriptions of competency domains and competencies (their names are kept in each skill's category path)</source>
            <translation>{count} 条能力领域和能力的说明（其名称保留在各技能的分类路径中）</translation>
        </message>
        <message>
            <source>{domains} competency domains and {competencies} competencies → category paths</source>
            <translation>{domains} 个能力领域和 {competencies} 项能力 → 分类路径</translation>
        </message>
        <message>
            <source>{count} skills (description → summary, tools → keywords)</source>
            <translation>{count} 项技能（description → 概述，tools → 关键词）</translation>
        </message>
        <message>
            <source>{count} skill levels → levels, their description as the level's meaning</source>
            <translation>{count} 个技能级别 → 级别，其说明作为级别含义</translation>
        </message>
        <message>
            <source>DIRECT sets no roles: one role lists every skill as optional at every level</source>
            <translation>DIRECT 没有定义角色：生成一个角色，所有技能在各级别均为可选</translation>
        </message>
        <message>
            <source>DIRECT framework (nested JSON)</source>
            <translation>DIRECT 框架（嵌套 JSON）</translation>
        </message>
        <message>
            <source>DIRECT framework (flat CSV)</source>
            <translation>DIRECT 框架（扁平 CSV）</translation>
        </message>
        <message>
            <source>a row has more cells than the header</source>
            <translation>某行的单元格比表头多</translation>
        </message>
        <message>
            <source>each row names exactly one of competency_domain, competency or skill</source>
            <translation>每行只能填写 competency_domain、competency、skill 中的一项</translation>
        </message>
        <message>
            <source>competency '{competency}' comes before any competency domain</source>
            <translation>能力“{competency}”出现在任何能力领域之前</translation>
        </message>
        <message>
            <source>skill '{skill}' comes before any competency</source>
            <translation>技能“{skill}”出现在任何能力之前</translation>
        </message>
        <message>
            <source>the document</source>
            <translation>整个文档</translation>
        </message>
        <message>
            <source>'{key}' is missing or not text</source>
            <translation>缺少“{key}”，或其不是文本</translation>
        </message>
        <message>
            <source>level summary</source>
            <translation>级别概述</translation>
        </message>
        <message>
            <source>competency summary</source>
            <translation>能力概述</translation>
        </message>
        <message>
            <source>theme '{name}'</source>
            <translation>主题“{name}”</translation>
        </message>
        <message>
            <source>Financial Times job family (YAML)</source>
            <translation>Financial Times 职位族（YAML）</translation>
        </message>
        <message>
            <source>unknown level '{level}'</source>
            <translation>未知级别“{level}”</translation>
        </message>
        <message>
            <source>unknown theme '{theme}'</source>
            <translation>未知主题“{theme}”</translation>
        </message>
        <message>
            <source>two competencies for theme '{theme}' at level '{level}': criteria joined</source>
            <translation>主题“{theme}”在级别“{level}”有两项能力：标准已合并</translation>
        </message>
        <message>
            <source>competency {where}</source>
            <translation>能力 {where}</translation>
        </message>
        <message>
            <source>job family summary</source>
            <translation>职位族概述</translation>
        </message>
        <message>
            <source>top-level '{key}' ({value}): not framework content</source>
            <translation>顶层的“{key}”（{value}）：不属于框架内容</translation>
        </message>
        <message>
            <source>theme '{theme}' has no competency; kept as a skill no role uses</source>
            <translation>主题“{theme}”没有任何能力；保留为一项没有角色使用的技能</translation>
        </message>
        <message>
            <source>{count} levels (names as in the file), in the file's order</source>
            <translation>{count} 个级别（名称与文件一致），按文件中的顺序</translation>
        </message>
        <message>
            <source>{themes} themes → skills; {criteria} criteria from {competencies} competencies</source>
            <translation>{themes} 个主题 → 技能；{criteria} 条标准，来自 {competencies} 项能力</translation>
        </message>
        <message>
            <source>job family '{name}' → one role using every level</source>
            <translation>职位族“{name}”→ 一个使用全部级别的角色</translation>
        </message>
        <message>
            <source>{count} proficiencies ({names}), ordered by the levels that expect them</source>
            <translation>{count} 个熟练度（{names}），按要求它们的级别排序</translation>
        </message>
        <message>
            <source>Financial Times competencies (older YAML)</source>
            <translation>Financial Times 能力清单（旧版 YAML）</translation>
        </message>
        <message>
            <source>no levels file given: levels are named by their ids, in order of appearance</source>
            <translation>未给出级别文件：级别以其 id 命名，按出现顺序排列</translation>
        </message>
        <message>
            <source>level '{level}' is not in {file}</source>
            <translation>级别“{level}”不在 {file} 中</translation>
        </message>
        <message>
            <source>example</source>
            <translation>示例</translation>
        </message>
        <message>
            <source>{count} supporting links (supportingUrls): the framework has no place for links</source>
            <translation>{count} 个参考链接（supportingUrls）：能力框架中没有存放链接的位置</translation>
        </message>
        <message>
            <source>{count} competency descriptions: only the summary and examples are kept</source>
            <translation>{count} 条能力说明：只保留概述和示例</translation>
        </message>
        <message>
            <source>{count} levels from {file}</source>
            <translation>{count} 个级别，来自 {file}</translation>
        </message>
        <message>
            <source>{count} levels</source>
            <translation>{count} 个级别</translation>
        </message>
        <message>
            <source>{areas} areas → skills; {competencies} competencies → criteria with {examples} examples</source>
            <translation>{areas} 个领域 → 技能；{competencies} 项能力 → 标准，含 {examples} 个示例</translation>
        </message>
        <message>
            <source>one role '{role}' expecting each area at the levels that list competencies for it</source>
            <translation>一个角色“{role}”：在列有相应能力的级别上要求各领域</translation>
        </message>
        <message>
            <source>{file} is the Financial Times levels file, a companion: give it together with the competencies file (skill-ladder import-framework competencies.yml levels.yml --out FILE)</source>
            <translation>{file} 是 Financial Times 级别文件，属于配套文件：请与能力文件一起给出（skill-ladder import-framework competencies.yml levels.yml --out FILE）</translation>
        </message>
        <message>
            <source>licence {licence}, from --licence</source>
            <translation>许可证 {licence}，来自 --licence</translation>
        </message>
        <message>
            <source>licence {licence}, from {origin}</source>
            <translation>许可证 {licence}，来自{origin}</translation>
        </message>
        <message>
            <source>licence {licence}, from {file} beside the input</source>
            <translation>许可证 {licence}，来自输入文件旁的 {file}</translation>
        </message>
        <message>
            <source>{file} beside the input was not recognised</source>
            <translation>无法识别输入文件旁的 {file}</translation>
        </message>
        <message>
            <source>no LICENSE file beside the input</source>
            <translation>输入文件旁没有 LICENSE 文件</translation>
        </message>
        <message>
            <source>licence assumed from the publisher's repository ({publisher}): {why}; check it, or give --licence</source>
            <translation>许可证按发布方仓库推定（{publisher}）：{why}；请核实，或用 --licence 指定</translation>
        </message>
        <message>
            <source>no licence recorded ({file} was not recognised): give --licence if the ladder has one</source>
            <translation>未记录许可证（无法识别 {file}）：如该职级体系有许可证，请用 --licence 指定</translation>
        </message>
        <message>
            <source>no licence recorded (none was found): give --licence if the ladder has one</source>
            <translation>未记录许可证（未找到许可证文件）：如该职级体系有许可证，请用 --licence 指定</translation>
        </message>
        <message>
            <source>source URL from --source-url</source>
            <translation>来源 URL 来自 --source-url</translation>
        </message>
        <message>
            <source>attribution from --attribution</source>
            <translation>署名来自 --attribution</translation>
        </message>
        <message>
            <source>no YAML front matter between '---' lines at the top of the file</source>
            <translation>文件开头没有用“---”括起的 YAML front matter</translation>
        </message>
        <message>
            <source>the front matter must be a mapping</source>
            <translation>front matter 必须是映射</translation>
        </message>
        <message>
            <source>the front matter has no 'topics' (a Markdown-only framework page: its prose has no levels or criteria to import)</source>
            <translation>front matter 中没有“topics”（这是纯 Markdown 的框架页面：其正文没有可导入的级别或标准）</translation>
        </message>
        <message>
            <source>'levels' must be a whole number from 1 to 12, found {found}</source>
            <translation>“levels”必须是 1 到 12 之间的整数，实际为 {found}</translation>
        </message>
        <message>
            <source>'level' must be a number from 1 to 12, found {found}</source>
            <translation>“level”必须是 1 到 12 之间的数字，实际为 {found}</translation>
        </message>
        <message>
            <source>{where} needs 'criteria' text</source>
            <translation>{where} 需要“criteria”文本</translation>
        </message>
        <message>
            <source>{where} must be a list of text</source>
            <translation>{where} 必须是文本列表</translation>
        </message>
        <message>
            <source>{where} must be text</source>
            <translation>{where} 必须是文本</translation>
        </message>
        <message>
            <source>Monzo progression framework (Markdown + YAML front matter)</source>
            <translation>Monzo 晋升框架（Markdown + YAML front matter）</translation>
        </message>
        <message>
            <source>{file} is the generic framework: its topics' criteria, titles and descriptions are added to the topics of the same name in the other files (as Monzo's site does)</source>
            <translation>{file} 是通用框架：其各主题的标准、标题和说明会并入其他文件中的同名主题（与 Monzo 网站的做法一致）</translation>
        </message>
        <message>
            <source>title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>topic description</source>
            <translation>主题说明</translation>
        </message>
        <message>
            <source>topic '{topic}' of {file} is identical to an earlier file's: one skill</source>
            <translation>{file} 中的主题“{topic}”与前面某个文件的相同：合并为一项技能</translation>
        </message>
        <message>
            <source>topic '{topic}' of {file} differs from an earlier file's: one skill, with {role}'s own criteria for that role</source>
            <translation>{file} 中的主题“{topic}”与前面某个文件的不同：合并为一项技能，该角色使用 {role} 自己的标准</translation>
        </message>
        <message>
            <source>topic '{topic}' of {file}: generic criteria added</source>
            <translation>{file} 中的主题“{topic}”：已加入通用标准</translation>
        </message>
        <message>
            <source>{file}: front-matter key '{key}'</source>
            <translation>{file}：front matter 中的键“{key}”</translation>
        </message>
        <message>
            <source>{file}: page settings (path, sidebarTitle, sidebarGroup, homepage): site layout, not framework content</source>
            <translation>{file}：页面设置（path、sidebarTitle、sidebarGroup、homepage）：属于网站布局，不是框架内容</translation>
        </message>
        <message>
            <source>{file}: the Markdown body ({count} characters of prose about the framework)</source>
            <translation>{file}：Markdown 正文（{count} 个字符，介绍框架的文字）</translation>
        </message>
        <message>
            <source>{file}: the Markdown body ({count} characters)</source>
            <translation>{file}：Markdown 正文（{count} 个字符）</translation>
        </message>
        <message>
            <source>{count} levels named 'Level 1'…'Level {count}' (Monzo numbers its levels)</source>
            <translation>{count} 个级别，命名为“Level 1”…“Level {count}”（Monzo 用数字表示级别）</translation>
        </message>
        <message>
            <source>{files} files → roles; {topics} topics → skills; {criteria} criteria, {examples} examples</source>
            <translation>{files} 个文件 → 角色；{topics} 个主题 → 技能；{criteria} 条标准，{examples} 个示例</translation>
        </message>
        <message>
            <source>a topic is expected at the levels where it has criteria</source>
            <translation>主题在有标准的级别上为必要</translation>
        </message>
        <message>
            <source>not valid CSV: {reason}</source>
            <translation>不是有效的 CSV：{reason}</translation>
        </message>
        <message>
            <source>the workbook part '{part}' inflates to {size} bytes (limit {limit} in all, compression ratio {ratio}); refused as unsafe</source>
            <translation>工作簿中的“{part}”解压后达 {size} 字节（总上限 {limit}，压缩比上限 {ratio}）；出于安全考虑已拒绝</translation>
        </message>
        <message>
            <source>not a valid XLSX workbook (the zip container is damaged or truncated)</source>
            <translation>不是有效的 XLSX 工作簿（zip 容器已损坏或不完整）</translation>
        </message>
        <message>
            <source>not a readable XLSX workbook ({reason})</source>
            <translation>无法读取该 XLSX 工作簿（{reason}）</translation>
        </message>
        <message>
            <source>{file} [{sheet}] row </source>
            <translation>{file} [{sheet}] 行 </translation>
        </message>
        <message>
            <source>{count} cells look like formulas: kept as text, never evaluated</source>
            <translation>{count} 个单元格看起来是公式：按文本保留，不会计算</translation>
        </message>
        <message>
            <source>sheets other than the first ({sheets})</source>
            <translation>第一个工作表之外的工作表（{sheets}）</translation>
        </message>
        <message>
            <source>a skill or level name is longer than {limit} characters</source>
            <translation>技能或级别名称超过 {limit} 个字符</translation>
        </message>
        <message>
            <source>the sheet is empty</source>
            <translation>表格为空</translation>
        </message>
        <message>
            <source>no column {missing} in the header ({header}); name the columns with --map skill=COLUMN,level=COLUMN</source>
            <translation>表头（{header}）中没有列 {missing}；请用 --map skill=COLUMN,level=COLUMN 指定列名</translation>
        </message>
        <message>
            <source>column '{column}' (not one of: {columns})</source>
            <translation>列“{column}”（不属于：{columns}）</translation>
        </message>
        <message>
            <source>more than {limit} rows</source>
            <translation>超过 {limit} 行</translation>
        </message>
        <message>
            <source>the skill cell is empty</source>
            <translation>技能单元格为空</translation>
        </message>
        <message>
            <source>the level cell is empty</source>
            <translation>级别单元格为空</translation>
        </message>
        <message>
            <source>level '{level}' is not in the mapping's levels ({levels})</source>
            <translation>级别“{level}”不在映射的级别中（{levels}）</translation>
        </message>
        <message>
            <source>a level meaning</source>
            <translation>级别说明</translation>
        </message>
        <message>
            <source>a skill summary</source>
            <translation>技能概述</translation>
        </message>
        <message>
            <source>a framework detail row (framework_key) must leave the other cells empty</source>
            <translation>框架信息行（framework_key）的其他单元格必须留空</translation>
        </message>
        <message>
            <source>role '{name}'</source>
            <translation>角色“{name}”</translation>
        </message>
        <message>
            <source>{what} is named '{found}' here and '{kept}' before; '{kept}' is kept</source>
            <translation>{what}在此处名为“{found}”，在前面名为“{kept}”；保留“{kept}”</translation>
        </message>
        <message>
            <source>level '{level}' is not one of the sheet's levels ({levels})</source>
            <translation>级别“{level}”不是表格定义的级别（{levels}）</translation>
        </message>
        <message>
            <source>a row without a level lists a skill (and a role that uses it); it cannot hold a descriptor, examples, requirement or proficiency</source>
            <translation>没有级别的行只用来列出技能（以及使用它的角色），不能填写级别描述、示例、requirement 或熟练度</translation>
        </message>
        <message>
            <source>descriptor</source>
            <translation>级别描述</translation>
        </message>
        <message>
            <source>requirement must be required, optional or not-expected, found '{found}'</source>
            <translation>requirement 必须是 required、optional 或 not-expected，实际为“{found}”</translation>
        </message>
        <message>
            <source>proficiency '{proficiency}' is not on the sheet's proficiency scale</source>
            <translation>熟练度“{proficiency}”不在表格定义的熟练度等级中</translation>
        </message>
        <message>
            <source>proficiency '{proficiency}' is not in the mapping's proficiencies</source>
            <translation>熟练度“{proficiency}”不在映射的熟练度中</translation>
        </message>
        <message>
            <source>same criterion as an earlier row for '{skill}' at '{level}'</source>
            <translation>与前面某行“{skill}”在“{level}”的标准相同</translation>
        </message>
        <message>
            <source>examples without a descriptor</source>
            <translation>有示例却没有级别描述</translation>
        </message>
        <message>
            <source>role_descriptor and role_examples need a role on the row</source>
            <translation>填写 role_descriptor 或 role_examples 的行必须写明角色</translation>
        </message>
        <message>
            <source>role descriptor</source>
            <translation>角色级别描述</translation>
        </message>
        <message>
            <source>'{skill}' at '{level}' for '{role}' is marked twice differently</source>
            <translation>“{role}”的“{skill}”在“{level}”有两处不同的标记</translation>
        </message>
        <message>
            <source>no rows below the header</source>
            <translation>表头下没有数据行</translation>
        </message>
        <message numerus="yes">
            <source>rows without a role (%n skill(s)) give generic descriptors only</source>
            <translation>
                <numerusform>未填写角色的行（%n 项技能）只作为通用级别描述</numerusform>
            </translation>
        </message>
        <message>
            <source>no role column values: one role '{role}'</source>
            <translation>角色列没有值：合并为一个角色“{role}”</translation>
        </message>
        <message>
            <source>{rows} rows → {levels} levels ({names}), {skills} skills, {roles} roles, {criteria} criteria</source>
            <translation>{rows} 行 → {levels} 个级别（{names}），{skills} 项技能，{roles} 个角色，{criteria} 条标准</translation>
        </message>
        <message>
            <source>the sheet's framework details</source>
            <translation>表格中的框架信息</translation>
        </message>
        <message>
            <source>{count} proficiencies ({names})</source>
            <translation>{count} 个熟练度（{names}）</translation>
        </message>
        <message>
            <source>{what}: role '{id}', which no row names</source>
            <translation>{what}：角色“{id}”，但没有任何行用到它</translation>
        </message>
        <message>
            <source>{what}: skill '{id}', which no row names</source>
            <translation>{what}：技能“{id}”，但没有任何行用到它</translation>
        </message>
        <message numerus="yes">
            <source>%n framework detail(s) read: levels, proficiencies, stages, role details, families, source</source>
            <translation>
                <numerusform>已读取 %n 项框架信息：级别、熟练度、阶段、角色详情、角色族、来源</numerusform>
            </translation>
        </message>
        <message>
            <source>framework details</source>
            <translation>框架信息</translation>
        </message>
        <message>
            <source>schema_version must be 1 or 2, found '{found}'</source>
            <translation>schema_version 必须是 1 或 2，实际为“{found}”</translation>
        </message>
    </context>
    <context>
        <name>InputFile</name>
        <message>
            <source>contains a character that is not valid Unicode (a lone surrogate, {code}); remove it</source>
            <translation>包含无效的 Unicode 字符（孤立代理项 {code}）；请删除它</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte {byte}); save it as UTF-8</source>
            <translation>不是 UTF-8 文本（字节 {byte}）；请另存为 UTF-8</translation>
        </message>
        <message>
            <source>contains a NUL character; not a text file</source>
            <translation>包含 NUL 字符，不是文本文件</translation>
        </message>
        <message>
            <source>YAML alias '{alias}' is not allowed</source>
            <translation>不允许使用 YAML 别名“{alias}”</translation>
        </message>
        <message>
            <source>YAML anchor '{anchor}' is not allowed</source>
            <translation>不允许使用 YAML 锚点“{anchor}”</translation>
        </message>
        <message>
            <source>YAML tag '{tag}' is not allowed (plain data only)</source>
            <translation>不允许使用 YAML 标签“{tag}”（只接受普通数据）</translation>
        </message>
        <message>
            <source>a mapping key must be plain text</source>
            <translation>映射的键必须是纯文本</translation>
        </message>
        <message numerus="yes">
            <source>…(%n character(s))</source>
            <translation>
                <numerusform>…（共 %n 个字符）</numerusform>
            </translation>
        </message>
        <message>
            <source>'{value}' cannot be read: {reason}</source>
            <translation>无法读取“{value}”：{reason}</translation>
        </message>
        <message>
            <source>not valid {kind}: {detail}</source>
            <translation>不是有效的 {kind}：{detail}</translation>
        </message>
        <message>
            <source>nested deeper than {limit} levels</source>
            <translation>嵌套超过 {limit} 层</translation>
        </message>
        <message>
            <source>duplicate key '{key}'</source>
            <translation>键“{key}”重复</translation>
        </message>
        <message>
            <source>{constant} is not allowed in JSON</source>
            <translation>JSON 中不允许出现 {constant}</translation>
        </message>
        <message>
            <source>a number with {digits} digits cannot be read (the limit is {limit})</source>
            <translation>无法读取 {digits} 位的数字（上限为 {limit} 位）</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more problem(s), not listed</source>
            <translation>
                <numerusform>… 另有 %Ln 个问题未列出</numerusform>
            </translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>a pipe (FIFO)</source>
            <translation>管道（FIFO）</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>套接字</translation>
        </message>
        <message>
            <source>a special file</source>
            <translation>特殊文件</translation>
        </message>
        <message>
            <source>not a regular file (it is {kind}); choose a file saved on the disk</source>
            <translation>不是普通文件（而是{kind}）；请选择保存在磁盘上的文件</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <translation>无法读取文件：{reason}</translation>
        </message>
        <message>
            <source>file is larger than the limit; the limit is {limit} bytes</source>
            <translation>文件超出大小上限；上限为 {limit} 字节</translation>
        </message>
        <message>
            <source>file is {size} bytes; the limit is {limit} bytes</source>
            <translation>文件大小为 {size} 字节；上限为 {limit} 字节</translation>
        </message>
    </context>
    <context>
        <name>LevelCard</name>
        <message>
            <source>{level}, {mark}, your level, target</source>
            <translation>{level}，{mark}，你的级别，目标</translation>
        </message>
        <message>
            <source>{level}, {mark}, your level</source>
            <translation>{level}，{mark}，你的级别</translation>
        </message>
        <message>
            <source>{level}, {mark}, target</source>
            <translation>{level}，{mark}，目标</translation>
        </message>
        <message>
            <source>{level}, {mark}</source>
            <translation>{level}，{mark}</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Cannot use your data folder</source>
            <translation>无法使用您的数据文件夹</translation>
        </message>
        <message>
            <source>Skill Ladder is already running on {folder}; its window was brought forward.</source>
            <translation>Skill Ladder 已在 {folder} 上运行；已将其窗口调到前台。</translation>
        </message>
        <message>
            <source>Skill Ladder is already running</source>
            <translation>Skill Ladder 已在运行</translation>
        </message>
        <message>
            <source>Another Skill Ladder is using {folder} and did not answer. Close it, or start this one with another data folder (--data-dir).</source>
            <translation>另一个 Skill Ladder 正在使用 {folder}，且没有响应。请关闭它，或用另一个数据文件夹（--data-dir）启动本程序。</translation>
        </message>
        <message>
            <source>Data folder on a network drive</source>
            <translation>数据文件夹位于网络驱动器上</translation>
        </message>
        <message>
            <source>Cannot load the framework</source>
            <translation>无法加载能力框架</translation>
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
            <source>Team database: {address} ({who})</source>
            <translation>团队数据库：{address}（{who}）</translation>
        </message>
        <message>
            <source>Local data: {folder}</source>
            <translation>本地数据：{folder}</translation>
        </message>
        <message>
            <source>administrator: sees everyone</source>
            <translation>管理员：可以看到所有人</translation>
        </message>
        <message>
            <source>head of {department}: sees the department</source>
            <translation>{department} 部门负责人：可以看到整个部门</translation>
        </message>
        <message>
            <source>manager: sees your people</source>
            <translation>经理：可以看到你负责的成员</translation>
        </message>
        <message>
            <source>your own account: sees only your data</source>
            <translation>个人账号：只能看到你自己的数据</translation>
        </message>
        <message>
            <source>no account here: sees no one</source>
            <translation>在此没有账号：看不到任何人</translation>
        </message>
        <message>
            <source>{mode} — Skill Ladder</source>
            <translation>{mode} — Skill Ladder</translation>
        </message>
        <message>
            <source>{person} — {mode} — Skill Ladder</source>
            <translation>{person} — {mode} — Skill Ladder</translation>
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
            <source>New meeting</source>
            <translation>新建沟通</translation>
        </message>
        <message>
            <source>Delete meeting…</source>
            <translation>删除沟通…</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>删除沟通</translation>
        </message>
        <message>
            <source>Meetings, newest first</source>
            <translation>沟通记录（最新的在前）</translation>
        </message>
        <message>
            <source>Meeting date</source>
            <translation>沟通日期</translation>
        </message>
        <message>
            <source>Export agenda…</source>
            <translation>导出议程…</translation>
        </message>
        <message>
            <source>Export the next one-on-one's agenda</source>
            <translation>导出下次一对一沟通的议程</translation>
        </message>
        <message>
            <source>Meeting notes</source>
            <translation>沟通笔记</translation>
        </message>
        <message>
            <source>What you talked about, decisions, feedback… Saved as you type.</source>
            <translation>谈了什么、做了哪些决定、有什么反馈……输入时自动保存。</translation>
        </message>
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
            <source>New action item</source>
            <translation>新待办事项</translation>
        </message>
        <message>
            <source>New action item, then Enter</source>
            <translation>输入新待办事项，按 Enter 添加</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Add action item</source>
            <translation>添加待办事项</translation>
        </message>
        <message>
            <source>Held on:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>&lt;b&gt;Notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;笔记&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Action items&lt;/b&gt; (open ones carry over until done)</source>
            <translation>&lt;b&gt;待办事项&lt;/b&gt;（未完成的会一直延续，直到完成）</translation>
        </message>
        <message>
            <source>No one-on-ones yet. Start one with “New meeting”: notes are saved as you type, and open action items move on to the next meeting until they are done.</source>
            <translation>还没有一对一沟通记录。点击“新建沟通”开始：笔记在输入时自动保存，未完成的待办事项会延续到下次沟通，直到完成。</translation>
        </message>
        <message>
            <source>{date} — {notes}</source>
            <translation>{date} — {notes}</translation>
        </message>
        <message>
            <source>One-on-one with {person}</source>
            <translation>与 {person} 的一对一沟通</translation>
        </message>
        <message>
            <source>Carried over from an earlier meeting</source>
            <translation>从之前的会议延续而来</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPresenter</name>
        <message>
            <source>Delete meeting</source>
            <translation>删除沟通</translation>
        </message>
        <message>
            <source>Delete this meeting and its notes? Its action items are kept.</source>
            <translation>删除这次沟通及其笔记？其待办事项会保留。</translation>
        </message>
        <message>
            <source>Notes of the one-on-one on {date}</source>
            <translation>{date} 一对一面谈的记录</translation>
        </message>
        <message>
            <source>The date of a one-on-one</source>
            <translation>一对一面谈的日期</translation>
        </message>
        <message>
            <source>Action item not saved</source>
            <translation>待办事项未保存</translation>
        </message>
        <message>
            <source>An action item</source>
            <translation>一项待办事项</translation>
        </message>
    </context>
    <context>
        <name>NavigationPresenter</name>
        <message>
            <source>Bring &amp;back person</source>
            <translation>恢复此人(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Archive person…</source>
            <translation>归档此人(&amp;A)…</translation>
        </message>
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
            <source>New person</source>
            <translation>新建人员</translation>
        </message>
        <message>
            <source>Name (yourself, or someone you lead):</source>
            <translation>姓名（你自己，或你带领的人）：</translation>
        </message>
        <message>
            <source>Cannot add this person</source>
            <translation>无法添加此人</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>示例数据</translation>
        </message>
        <message>
            <source>Profile not saved</source>
            <translation>档案未保存</translation>
        </message>
        <message>
            <source>The profile was not saved: {reason}.</source>
            <translation>档案未能保存：{reason}。</translation>
        </message>
        <message>
            <source>The profile of {name}</source>
            <translation>{name} 的档案</translation>
        </message>
        <message>
            <source>Name: {name}
Level: {level}
Target: {target}
Notes: {notes}</source>
            <translation>姓名：{name}
级别：{level}
目标：{target}
备注：{notes}</translation>
        </message>
        <message>
            <source>Archive person</source>
            <translation>归档人员</translation>
        </message>
        <message>
            <source>Archive {person}? Their history is kept; they are hidden from the list unless you tick “Show archived”.</source>
            <translation>归档 {person}？其历史会保留；除非勾选“显示已归档”，否则不会出现在列表中。</translation>
        </message>
        <message>
            <source>Delete person</source>
            <translation>删除人员</translation>
        </message>
        <message>
            <source>Delete {person} and all their assessments? This cannot be undone.</source>
            <translation>删除 {person} 及其所有评估？此操作无法撤销。</translation>
        </message>
        <message>
            <source>About Skill Ladder</source>
            <translation>关于 Skill Ladder</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Skill Ladder {version}&lt;/h3&gt;&lt;p&gt;Offline career-ladder self-assessment.&lt;/p&gt;&lt;p&gt;Framework: {framework} {framework_version}&lt;br&gt;Data: {data}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Skill Ladder {version}&lt;/h3&gt;&lt;p&gt;离线的职业阶梯自评工具。&lt;/p&gt;&lt;p&gt;能力框架：{framework} {framework_version}&lt;br&gt;数据：{data}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Set the {field}</source>
            <translation>设置{field}</translation>
        </message>
    </context>
    <context>
        <name>PersonBar</name>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>New person…</source>
            <translation>新建人员…</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>新建人员</translation>
        </message>
        <message>
            <source>Profile…</source>
            <translation>档案…</translation>
        </message>
        <message>
            <source>Edit the person's profile</source>
            <translation>编辑此人的档案</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>显示已归档</translation>
        </message>
        <message>
            <source>Show archived people</source>
            <translation>显示已归档的人员</translation>
        </message>
        <message>
            <source>People who left keep their history; show them in the list</source>
            <translation>已离开的人员保留其历史；在列表中显示他们</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>人员(&amp;P)：</translation>
        </message>
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
            <source>Profile — {person}</source>
            <translation>档案 — {person}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Current level</source>
            <translation>当前级别</translation>
        </message>
        <message>
            <source>Target level</source>
            <translation>目标级别</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>入职于</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>入职日期</translation>
        </message>
        <message>
            <source>This is &amp;me: I keep this data for myself</source>
            <translation>这是我本人(&amp;M)：这些数据由我自己保存</translation>
        </message>
        <message>
            <source>Manager ratings of your own assessments come from your manager's file and are read-only; you give manager ratings only to the people you lead.</source>
            <translation>您本人评估中的经理评分来自经理的文件，只读；您只能为自己带领的人员给出经理评分。</translation>
        </message>
        <message>
            <source>Profile notes</source>
            <translation>档案备注</translation>
        </message>
        <message>
            <source>Anything worth remembering: strengths, interests, context…</source>
            <translation>值得记下的内容：优势、兴趣、背景……</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Current level:</source>
            <translation>当前级别(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Target level:</source>
            <translation>目标级别(&amp;T)：</translation>
        </message>
        <message>
            <source>Start date:</source>
            <translation>入职日期：</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
    </context>
    <context>
        <name>RadarChart</name>
        <message>
            <source>Rate some skills to see your profile</source>
            <translation>为一些技能评分后即可看到你的能力画像</translation>
        </message>
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
        <name>Report</name>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n 档</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n level(s)</source>
            <translation>
                <numerusform>%n 级</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>截止 {date}</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>aiming at {level}</source>
            <translation>指向{level}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{skill}:&lt;/b&gt; {action}</source>
            <translation>&lt;b&gt;{skill}：&lt;/b&gt;{action}</translation>
        </message>
        <message>
            <source>up {steps}</source>
            <translation>提升 {steps}</translation>
        </message>
        <message>
            <source>down {steps}</source>
            <translation>下降 {steps}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{skill}&lt;/b&gt;: {before} → {after} ({moved})</source>
            <translation>&lt;b&gt;{skill}&lt;/b&gt;：{before} → {after}（{moved}）</translation>
        </message>
        <message>
            <source>required</source>
            <translation>必要</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>not expected</source>
            <translation>不要求</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Check before installing</source>
            <translation>安装前核对</translation>
        </message>
        <message>
            <source>Nothing is saved until you click the button at the bottom.</source>
            <translation>点击底部按钮之前不会保存任何内容。</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Mapping report</source>
            <translation>映射报告</translation>
        </message>
        <message>
            <source>What &amp;changed</source>
            <translation>变更内容(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>预览(&amp;P)</translation>
        </message>
        <message>
            <source>Mapping &amp;report</source>
            <translation>映射报告(&amp;R)</translation>
        </message>
        <message>
            <source>Converting and checking…</source>
            <translation>正在转换并检查…</translation>
        </message>
        <message>
            <source>This file's framework has the id of the built-in one ({id}); it cannot be installed over it. Give the framework another id in the file.</source>
            <translation>该文件中的能力框架与内置框架的 id 相同（{id}），不能覆盖安装。请在文件中为框架另取一个 id。</translation>
        </message>
        <message>
            <source>A new version of '{name}' ({format}): {old} → {new}. Completed assessments keep the version they were completed with; drafts and new assessments use this one.</source>
            <translation>“{name}”的新版本（{format}）：{old} → {new}。已完成的评估保留完成时的版本；草稿和新的评估使用此版本。</translation>
        </message>
        <message>
            <source>New framework: {name}, version {version} ({format}).</source>
            <translation>新的能力框架：{name}，版本 {version}（{format}）。</translation>
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
        <message>
            <source>&lt;b&gt;{level}&lt;/b&gt;: {meaning}</source>
            <translation>&lt;b&gt;{level}&lt;/b&gt;：{meaning}</translation>
        </message>
        <message>
            <source>Search roles and skills…</source>
            <translation>搜索角色和技能…</translation>
        </message>
        <message>
            <source>Search roles</source>
            <translation>搜索角色</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Target level</source>
            <translation>目标级别</translation>
        </message>
        <message>
            <source>Role details</source>
            <translation>角色详情</translation>
        </message>
        <message>
            <source>&amp;Target level:</source>
            <translation>目标级别(&amp;T)：</translation>
        </message>
        <message>
            <source>{framework} ({version})</source>
            <translation>{framework}（{version}）</translation>
        </message>
        <message>
            <source>Choose the role you want to assess yourself against.</source>
            <translation>选择你要对照评估的角色。</translation>
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
            <source>0 · Not yet</source>
            <translation>0 · 尚未达到</translation>
        </message>
        <message>
            <source>Rate: not yet</source>
            <translation>评分：尚未达到</translation>
        </message>
        <message>
            <source>You do not work at the first level yet (key 0)</source>
            <translation>你尚未达到最低级别（按键 0）</translation>
        </message>
        <message>
            <source>Manager's rating</source>
            <translation>经理评分</translation>
        </message>
        <message>
            <source>The manager's view of this skill, next to the self rating; it can be given after the assessment was completed</source>
            <translation>经理对该技能的看法，与自评并列；评估完成后也可以给出</translation>
        </message>
        <message>
            <source>&amp;Manager's rating:</source>
            <translation>经理评分(&amp;M)：</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Notes and evidence: what you did, where it can be seen, what feedback you had…</source>
            <translation>笔记与证据：你做了什么、在哪里能看到、得到了什么反馈……</translation>
        </message>
        <message>
            <source>Note and evidence</source>
            <translation>笔记与证据</translation>
        </message>
        <message>
            <source>What it takes</source>
            <translation>晋级要求</translation>
        </message>
        <message>
            <source>&lt;b&gt;Notes and evidence&lt;/b&gt;</source>
            <translation>&lt;b&gt;笔记与证据&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Goals&lt;/b&gt;</source>
            <translation>&lt;b&gt;目标&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;What it takes&lt;/b&gt;</source>
            <translation>&lt;b&gt;晋级要求&lt;/b&gt;</translation>
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
        <message>
            <source>You are at the top of this ladder. Keep the evidence fresh.</source>
            <translation>你已处于这条阶梯的顶端。请持续更新你的证据。</translation>
        </message>
        <message>
            <source>Rate this skill to see what changes from your level.</source>
            <translation>为该技能评分后，即可看到从你的级别往上需要什么变化。</translation>
        </message>
        <message>
            <source>next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>{mark}, expected: {proficiency}</source>
            <translation>{mark}，期望：{proficiency}</translation>
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
            <source>Skill</source>
            <translation>技能</translation>
        </message>
        <message>
            <source>Your level</source>
            <translation>你的级别</translation>
        </message>
        <message>
            <source>At target</source>
            <translation>目标级别要求</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>差距</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>经理</translation>
        </message>
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
        <message>
            <source>You and your manager rate this skill two or more levels apart</source>
            <translation>你与经理对该技能的评分相差两级或以上</translation>
        </message>
        <message>
            <source>Your manager's rating</source>
            <translation>你的经理的评分</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Cannot open your data</source>
            <translation>无法打开您的数据</translation>
        </message>
        <message>
            <source>Cannot open the team database</source>
            <translation>无法打开团队数据库</translation>
        </message>
        <message>
            <source>Skill Ladder does not switch to the data on this computer unless you choose it.</source>
            <translation>除非您选择，Skill Ladder 不会改用本机上的数据。</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Change connection…</source>
            <translation>更改连接…</translation>
        </message>
        <message>
            <source>Use local data instead</source>
            <translation>改用本地数据</translation>
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
        <name>Storage</name>
        <message>
            <source>Your data folder {folder} is on a network file system ({kind}). SQLite cannot guarantee that the file survives a crash or a dropped connection there. Keep the data folder on a local disk (use --data-dir or SKILL_LADDER_DATA_DIR) and let your backups go to the network.</source>
            <translation>您的数据文件夹 {folder} 位于网络文件系统（{kind}）上。在这种位置，SQLite 无法保证文件在程序崩溃或连接中断后仍然完好。请把数据文件夹放在本地磁盘上（使用 --data-dir 或 SKILL_LADDER_DATA_DIR），备份则可以放到网络上。</translation>
        </message>
        <message>
            <source>This data file was written by Skill Ladder {written_by} (schema {revision}); this is Skill Ladder {version}. Install Skill Ladder {written_by} or newer to open it. The file was not changed.</source>
            <translation>该数据文件由 Skill Ladder {written_by} 写入（格式 {revision}），而当前是 Skill Ladder {version}。请安装 Skill Ladder {written_by} 或更新版本来打开它。文件未做任何改动。</translation>
        </message>
        <message>
            <source>This data file was written by a newer Skill Ladder (schema {revision}); this is Skill Ladder {version}. Install the latest Skill Ladder to open it. The file was not changed.</source>
            <translation>该数据文件由更新版本的 Skill Ladder 写入（格式 {revision}），而当前是 Skill Ladder {version}。请安装最新版 Skill Ladder 来打开它。文件未做任何改动。</translation>
        </message>
        <message>
            <source>The team database was brought to schema {revision} by Skill Ladder {written_by}; this is Skill Ladder {version}. Install Skill Ladder {written_by} or newer to open it. The database was not changed.</source>
            <translation>团队数据库已由 Skill Ladder {written_by} 升级到结构版本 {revision}；当前是 Skill Ladder {version}。请安装 Skill Ladder {written_by} 或更新版本后再打开。数据库未被更改。</translation>
        </message>
        <message>
            <source>The team database was brought to schema {revision} by a newer Skill Ladder; this is Skill Ladder {version}. Install the latest Skill Ladder to open it. The database was not changed.</source>
            <translation>团队数据库已由更新版本的 Skill Ladder 升级到结构版本 {revision}；当前是 Skill Ladder {version}。请安装最新版 Skill Ladder 后再打开。数据库未被更改。</translation>
        </message>
        <message>
            <source>no person with id {id}</source>
            <translation>没有 id 为 {id} 的人员</translation>
        </message>
        <message>
            <source>no assessment with id {id}</source>
            <translation>没有 id 为 {id} 的评估</translation>
        </message>
        <message>
            <source>no goal with id {id}</source>
            <translation>没有 id 为 {id} 的目标</translation>
        </message>
        <message numerus="yes">
            <source>%n manager rating(s)</source>
            <translation>
                <numerusform>%n 条经理评分</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n 个目标</numerusform>
            </translation>
        </message>
        <message>
            <source> and </source>
            <translation>和 </translation>
        </message>
        <message>
            <source>Imported the assessment into {name}'s profile ({added} added).</source>
            <translation>已将评估导入 {name} 的档案（新增 {added}）。</translation>
        </message>
        <message>
            <source>Imported the assessment into {name}'s profile.</source>
            <translation>已将评估导入 {name} 的档案。</translation>
        </message>
        <message>
            <source>{name} already has this assessment; nothing was duplicated ({added} added or updated).</source>
            <translation>{name} 已有这份评估，未重复导入（新增或更新了 {added}）。</translation>
        </message>
        <message>
            <source>{name} already has this assessment; nothing was duplicated and nothing changed.</source>
            <translation>{name} 已有这份评估，未重复导入，也没有任何改动。</translation>
        </message>
        <message>
            <source>Installed the framework {framework} from the file. {imported}</source>
            <translation>已从文件安装能力框架 {framework}。{imported}</translation>
        </message>
        <message>
            <source>made with {framework} {version}, which is not installed here; the file carries it. Import it again and choose to install it (in the window: Install and import; on the command line: --install-framework)</source>
            <translation>该文件基于 {framework} {version}，本应用尚未安装它；文件中随附了该能力框架。请重新导入并选择安装它（在窗口中：“安装并导入”；在命令行中：--install-framework）</translation>
        </message>
        <message>
            <source>'{name}' cannot be a person's name</source>
            <translation>“{name}”不能用作人员姓名</translation>
        </message>
        <message>
            <source>another client installed '{name}' at the same moment; nothing was imported. Import the file again.</source>
            <translation>另一客户端同时安装了“{name}”；未导入任何内容。请重新导入该文件。</translation>
        </message>
        <message>
            <source>this assessment is already in the profile of '{owner}'; import it there, not into '{name}'</source>
            <translation>这份评估已在“{owner}”的档案中；请导入到该档案，而不是“{name}”</translation>
        </message>
        <message>
            <source>the framework '{framework}' has no role '{role}' any more; the assessment cannot be turned into a plan</source>
            <translation>能力框架“{framework}”中已不再有角色“{role}”；无法根据这份评估生成成长计划</translation>
        </message>
        <message>
            <source>no assessment of role '{role}' for this person</source>
            <translation>此人没有角色“{role}”的评估</translation>
        </message>
        <message>
            <source>no assessment for this person</source>
            <translation>此人还没有评估</translation>
        </message>
        <message>
            <source>--assessment must be 'latest' or a number, not '{which}'</source>
            <translation>--assessment 必须是“latest”或一个数字，而不是“{which}”</translation>
        </message>
        <message>
            <source>no assessment {id} of role '{role}' for this person</source>
            <translation>此人没有角色“{role}”的评估 {id}</translation>
        </message>
        <message>
            <source>no assessment {id} for this person</source>
            <translation>此人没有评估 {id}</translation>
        </message>
        <message>
            <source>the text contains characters that are not valid Unicode (for example bytes that are not UTF-8); nothing was stored</source>
            <translation>文本包含无效的 Unicode 字符（例如非 UTF-8 字节）；未保存任何内容</translation>
        </message>
        <message>
            <source>the sample person '{name}' already exists</source>
            <translation>示例人员“{name}”已存在</translation>
        </message>
        <message>
            <source>a person needs a name</source>
            <translation>人员必须有姓名</translation>
        </message>
        <message>
            <source>a name can have at most {limit} characters</source>
            <translation>姓名最多 {limit} 个字符</translation>
        </message>
        <message>
            <source>a completed assessment cannot be changed</source>
            <translation>已完成的评估不能修改</translation>
        </message>
        <message>
            <source>there is already a person called '{name}'</source>
            <translation>已有名为“{name}”的人员</translation>
        </message>
        <message>
            <source>this assessment is not completed</source>
            <translation>这份评估尚未完成</translation>
        </message>
        <message>
            <source>there is already a draft for this role; complete or discard it first</source>
            <translation>该角色已有一份草稿；请先完成或丢弃它</translation>
        </message>
        <message>
            <source>this manager rating came in someone else's file; it is read-only</source>
            <translation>这条经理评分来自他人的文件，只读</translation>
        </message>
        <message>
            <source>no meeting with id {id}</source>
            <translation>没有 id 为 {id} 的沟通记录</translation>
        </message>
        <message>
            <source>action item {id} already exists</source>
            <translation>待办事项 {id} 已存在</translation>
        </message>
        <message>
            <source>action items of different people cannot be reordered</source>
            <translation>不能对不同人员的待办事项一起排序</translation>
        </message>
        <message>
            <source>no action item with id {id}</source>
            <translation>没有 id 为 {id} 的待办事项</translation>
        </message>
        <message>
            <source>an action item needs some text</source>
            <translation>待办事项不能为空</translation>
        </message>
        <message>
            <source>an action item can have at most {limit} characters</source>
            <translation>待办事项最多 {limit} 个字符</translation>
        </message>
        <message>
            <source>a goal needs an action</source>
            <translation>目标必须写明行动</translation>
        </message>
        <message>
            <source>a goal's action can have at most {limit} characters</source>
            <translation>目标的行动最多 {limit} 个字符</translation>
        </message>
        <message>
            <source>The backup was not made: there is no database file at {path}.</source>
            <translation>未能创建备份：{path} 处没有数据库文件。</translation>
        </message>
        <message>
            <source>The backup was not made: the copy failed its integrity check: {detail}</source>
            <translation>未能创建备份：副本未通过完整性检查：{detail}</translation>
        </message>
        <message>
            <source>The backup was not made. {reason}</source>
            <translation>未能创建备份。{reason}</translation>
        </message>
        <message>
            <source>The backup was not restored: the copy failed its check: {detail}</source>
            <translation>未能恢复备份：副本未通过检查：{detail}</translation>
        </message>
        <message>
            <source>The backup was not restored. {reason}</source>
            <translation>未能恢复备份。{reason}</translation>
        </message>
        <message>
            <source>The backup was not restored: it is the database itself.</source>
            <translation>未能恢复备份：所选文件就是数据库本身。</translation>
        </message>
        <message>
            <source>The backup {file} cannot be restored: {problems}</source>
            <translation>备份 {file} 无法恢复：{problems}</translation>
        </message>
        <message>
            <source>{name} is busy: another program (perhaps an import, or another Skill Ladder) is writing to it. Nothing was changed; try again in a moment.</source>
            <translation>{name} 正忙：另一个程序（可能是一次导入，或另一个 Skill Ladder）正在写入。未做任何更改；请稍后再试。</translation>
        </message>
        <message>
            <source>{problem} Nothing was changed. ({detail})</source>
            <translation>{problem}未做任何更改。（{detail}）</translation>
        </message>
        <message>
            <source>{problem} Nothing was changed.</source>
            <translation>{problem}未做任何更改。</translation>
        </message>
        <message>
            <source>{name} is in use by another program (perhaps another Skill Ladder window); close it and try again.</source>
            <translation>{name} 正被另一个程序使用（可能是另一个 Skill Ladder 窗口）；请关闭它后再试。</translation>
        </message>
        <message>
            <source>{name} is locked by another task; wait a moment and try again.</source>
            <translation>{name} 被另一项任务锁定；请稍候再试。</translation>
        </message>
        <message>
            <source>Skill Ladder may not write to {path}; check that the file and its folder are not read-only and that you are allowed to change them.</source>
            <translation>Skill Ladder 无法写入 {path}；请检查该文件及其所在文件夹不是只读的，并且你有权修改它们。</translation>
        </message>
        <message>
            <source>The disk is full; free some space on the drive that holds {folder} and try again.</source>
            <translation>磁盘已满；请在 {folder} 所在的磁盘上腾出空间后再试。</translation>
        </message>
        <message>
            <source>{name} is damaged; restore it from a backup.</source>
            <translation>{name} 已损坏；请从备份恢复。</translation>
        </message>
        <message>
            <source>{name} is not a database (it is another kind of file, or it was overwritten).</source>
            <translation>{name} 不是数据库（它是别的类型的文件，或已被覆盖）。</translation>
        </message>
        <message>
            <source>Skill Ladder could not read or write {path}.</source>
            <translation>Skill Ladder 无法读写 {path}。</translation>
        </message>
        <message>
            <source>%d %b %Y, %H:%M</source>
            <translation>%Y-%m-%d %H:%M</translation>
        </message>
        <message>
            <source>The newest good backup is from {moment}.</source>
            <translation>最新的完好备份创建于 {moment}。</translation>
        </message>
        <message>
            <source>There is no backup to restore.</source>
            <translation>没有可恢复的备份。</translation>
        </message>
        <message>
            <source>Your data file was found damaged on {moment} and moved aside to {file}; nothing was deleted, and no data file has replaced it yet.</source>
            <translation>你的数据文件于 {moment} 被发现已损坏，并已移到 {file}；没有删除任何内容，目前也还没有新的数据文件取代它。</translation>
        </message>
        <message>
            <source>Your data file was damaged ({problems}). It was moved aside to {file}; nothing was deleted.</source>
            <translation>你的数据文件已损坏（{problems}）。它已被移到 {file}；没有删除任何内容。</translation>
        </message>
        <message>
            <source>The file carries the framework {framework} {version}, so whoever imports it can install it.</source>
            <translation>文件中随附了能力框架 {framework} {version}，导入方可以直接安装它。</translation>
        </message>
        <message>
            <source>The framework {framework} is too large to travel in the file; whoever imports it must install it first (File → Frameworks…).</source>
            <translation>能力框架 {framework} 太大，无法随文件附带；导入方须先安装它（“文件 → 能力框架…”）。</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabase</name>
        <message>
            <source>Backups of a team database are made on the server by its administrator (with pg_dump, or the hosting's snapshots), not by Skill Ladder.</source>
            <translation>团队数据库的备份由管理员在服务器上完成（使用 pg_dump 或托管服务的快照），而不是由 Skill Ladder 完成。</translation>
        </message>
        <message>
            <source>Connected to {location} (PostgreSQL {version}). The database is empty: Skill Ladder sets it up when you connect.</source>
            <translation>已连接到 {location}（PostgreSQL {version}）。该数据库是空的：连接时 Skill Ladder 会完成初始化。</translation>
        </message>
        <message>
            <source>Connected to {location} (PostgreSQL {version}). It holds Skill Ladder data.</source>
            <translation>已连接到 {location}（PostgreSQL {version}）。其中已有 Skill Ladder 数据。</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabaseDialog</name>
        <message>
            <source>Team database</source>
            <translation>团队数据库</translation>
        </message>
        <message>
            <source>Use a shared PostgreSQL database instead of the data file on this computer. Ask its administrator for these details.</source>
            <translation>使用共享的 PostgreSQL 数据库，代替本机上的数据文件。以下信息请向数据库管理员索取。</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>主机</translation>
        </message>
        <message>
            <source>e.g. db.example.org</source>
            <translation>例如 db.example.org</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>from the password file if left empty</source>
            <translation>留空则从密码文件读取</translation>
        </message>
        <message>
            <source>Save the password in PostgreSQL's password file ({file})</source>
            <translation>将密码保存到 PostgreSQL 的密码文件（{file}）</translation>
        </message>
        <message>
            <source>Service name</source>
            <translation>服务名</translation>
        </message>
        <message>
            <source>optional: a service in pg_service.conf</source>
            <translation>可选：pg_service.conf 中的服务</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>主机(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>端口(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>数据库(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>密码(&amp;W)：</translation>
        </message>
        <message>
            <source>or &amp;service:</source>
            <translation>或服务名(&amp;S)：</translation>
        </message>
        <message>
            <source>TLS mode</source>
            <translation>TLS 模式</translation>
        </message>
        <message>
            <source>Default (prefer)</source>
            <translation>默认（prefer）</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translation>CA 证书</translation>
        </message>
        <message>
            <source>Client certificate</source>
            <translation>客户端证书</translation>
        </message>
        <message>
            <source>Client key</source>
            <translation>客户端私钥</translation>
        </message>
        <message>
            <source>TLS &amp;mode:</source>
            <translation>TLS 模式(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;CA certificate:</source>
            <translation>CA 证书(&amp;C)：</translation>
        </message>
        <message>
            <source>Client c&amp;ertificate:</source>
            <translation>客户端证书(&amp;E)：</translation>
        </message>
        <message>
            <source>Client &amp;key:</source>
            <translation>客户端私钥(&amp;K)：</translation>
        </message>
        <message>
            <source>Secure connection (TLS)</source>
            <translation>安全连接（TLS）</translation>
        </message>
        <message>
            <source>Connection result</source>
            <translation>连接结果</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>测试连接(&amp;T)</translation>
        </message>
        <message>
            <source>Use &amp;local data</source>
            <translation>使用本地数据(&amp;L)</translation>
        </message>
        <message>
            <source>C&amp;onnect</source>
            <translation>连接(&amp;O)</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabasePresenter</name>
        <message>
            <source>Skill Ladder uses the data on this computer when it starts again. Restart now? Everything you entered is already saved.</source>
            <translation>Skill Ladder 下次启动时将使用本机上的数据。现在重新启动吗？您输入的内容都已保存。</translation>
        </message>
        <message>
            <source>Skill Ladder uses the team database {address} when it starts again. Restart now? Everything you entered is already saved.</source>
            <translation>Skill Ladder 下次启动时将使用团队数据库 {address}。现在重新启动吗？您输入的内容都已保存。</translation>
        </message>
        <message>
            <source>Restart Skill Ladder</source>
            <translation>重新启动 Skill Ladder</translation>
        </message>
    </context>
    <context>
        <name>TeamPage</name>
        <message>
            <source>Role of the team overview</source>
            <translation>团队概览的角色</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <source>Where the team is thin</source>
            <translation>团队的薄弱之处</translation>
        </message>
        <message>
            <source>Team overview: people and skills</source>
            <translation>团队概览：人员与技能</translation>
        </message>
        <message>
            <source>✓ at or above the person's target · ↓ below it · — not rated. The first row counts who meets their target; “thin” marks skills where fewer than half do.</source>
            <translation>✓ 达到或超过本人目标 · ↓ 低于目标 · — 未评分。第一行统计达到目标的人数；“薄弱”表示不到一半的人达标的技能。</translation>
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
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>{name} (draft)</source>
            <translation>{name}（草稿）</translation>
        </message>
        <message>
            <source>The latest assessment is a draft: shown, but not counted in “Meet their target” until it is completed.</source>
            <translation>最新评估是草稿：会显示，但完成前不计入“达到目标”。</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>{person} · {skill}: target {target}</source>
            <translation>{person} · {skill}：目标{target}</translation>
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
        <name>Text</name>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>{sentence} {next}</source>
            <translation>{sentence}{next}</translation>
        </message>
    </context>
    <context>
        <name>Transfer</name>
        <message numerus="yes">
            <source>%n person(s) already in {where}: {names}. Nothing was copied; copy again without them, or skip the people already there.</source>
            <translation>
                <numerusform>{where}中已有 %n 人：{names}。未复制任何内容；请不选他们再复制一次，或跳过已存在的人。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was copied:
{problems}</source>
            <translation>未复制任何内容：
{problems}</translation>
        </message>
        <message>
            <source>The copy was checked and did not match the source, so it was undone and nothing was copied:
{differences}</source>
            <translation>复制后的核对发现与来源不一致，因此已撤销，未复制任何内容：
{differences}</translation>
        </message>
        <message>
            <source>frameworks installed for them: {names}</source>
            <translation>为他们安装的框架：{names}</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n 人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s)</source>
            <translation>
                <numerusform>%n 份评估</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rating(s)</source>
            <translation>
                <numerusform>%n 条评分</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n manager rating(s)</source>
            <translation>
                <numerusform>%n 条经理评分</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n 个目标</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n 次一对一沟通</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action item(s)</source>
            <translation>
                <numerusform>%n 个待办事项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new frozen role text(s)</source>
            <translation>
                <numerusform>%n 份新存档的角色内容</numerusform>
            </translation>
        </message>
        <message>
            <source>the team database ({location})</source>
            <translation>团队数据库（{location}）</translation>
        </message>
        <message>
            <source>the file {file}</source>
            <translation>文件 {file}</translation>
        </message>
        <message>
            <source>The source and the target are the same database.</source>
            <translation>来源和目标是同一个数据库。</translation>
        </message>
        <message>
            <source>Someone else added some of the same people or assessments while this copy ran; nothing was copied. Try again. ({reason})</source>
            <translation>复制期间有其他人添加了相同的人员或评估；未复制任何内容。请重试。（{reason}）</translation>
        </message>
        <message>
            <source>No person with id {ids} in the source.</source>
            <translation>来源中没有 ID 为 {ids} 的人员。</translation>
        </message>
        <message>
            <source>{where} has a different person called '{person}': rename one of them first.</source>
            <translation>{where} 中已有另一位名为“{person}”的人员：请先将其中一位改名。</translation>
        </message>
        <message>
            <source>An assessment of '{person}' ({uid}) is in {where} already, under someone else.</source>
            <translation>“{person}”的一份评估（{uid}）已在 {where} 中，且属于其他人。</translation>
        </message>
        <message>
            <source>{table}: {count} row(s) copied, {grown} added to {where}</source>
            <translation>{table}：复制了 {count} 行，{where} 中增加了 {grown} 行</translation>
        </message>
        <message>
            <source>profile</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>assessments</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>goals</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>meetings</source>
            <translation>一对一沟通</translation>
        </message>
        <message>
            <source>action items</source>
            <translation>待办事项</translation>
        </message>
        <message>
            <source>{person}: missing in {where}</source>
            <translation>{person}：{where} 中缺失</translation>
        </message>
        <message>
            <source>{person}: missing in the source</source>
            <translation>{person}：来源中缺失</translation>
        </message>
        <message>
            <source>{person}: {part}: {count} in the source, {copied} in {where}</source>
            <translation>{person}：{part}：来源中 {count} 条，{where} 中 {copied} 条</translation>
        </message>
        <message>
            <source>{person}: {part}: #{place} differs in {where}</source>
            <translation>{person}：{part}：第 {place} 条在 {where} 中不同</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>No completed assessments yet</source>
            <translation>尚无已完成的评估</translation>
        </message>
        <message>
            <source>Skill trend</source>
            <translation>技能趋势</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>尚未达到</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <translation>yyyy年M月</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <source>The document could not be made: {reason}</source>
            <translation>无法生成文档：{reason}</translation>
        </message>
        <message>
            <source>Could not write {file}: {reason}. Nothing was written; an older file with that name is untouched.</source>
            <translation>无法写入 {file}：{reason}。没有写入任何内容；同名的旧文件保持不变。</translation>
        </message>
        <message>
            <source>Saved as
{path}</source>
            <translation>已保存为
{path}</translation>
        </message>
        <message>
            <source>Something went wrong: {reason}</source>
            <translation>出现问题：{reason}</translation>
        </message>
    </context>
    <context>
        <name>Writer</name>
        <message>
            <source>Another client saved the same record at the same moment. Nothing was changed; try again.</source>
            <translation>另一客户端在同一时刻保存了同一条记录。未做任何更改，请重试。</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>{heading}:</source>
            <translation>{heading}：</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>显示此帮助信息并退出</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s</source>
            <translation>%(prog)s: 错误：%(message)s</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>缺少必需的参数：%s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>参数 %s 中必须提供一个</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>不能与参数 %s 同时使用</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>已忽略显式给出的参数值 %r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>需要一个参数值</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>最多接受一个参数值</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>至少需要一个参数值</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>需要 %s 个参数值</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>需要 %s 个参数值</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>选项有歧义：%(option)s 可匹配 %(matches)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>无效的 %(type)s 值：%(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的取值：%(value)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>未知命令 %(parser_name)r（可用命令：%(choices)s）</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>无法打开“%(filename)s”：%(error)s</translation>
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
        <message>
            <source>no role '{role}'; `skill-ladder roles` lists them</source>
            <translation>没有角色“{role}”；`skill-ladder roles` 可列出所有角色</translation>
        </message>
        <message>
            <source>required</source>
            <translation>必要</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>not expected</source>
            <translation>不要求</translation>
        </message>
        <message numerus="yes">
            <source>{framework} {version}: %n role(s)</source>
            <translation>
                <numerusform>{framework} {version}：%n 个角色</numerusform>
            </translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>来源：{source}</translation>
        </message>
        <message numerus="yes">
            <source>%n skill(s)</source>
            <translation>
                <numerusform>%n 项技能</numerusform>
            </translation>
        </message>
        <message>
            <source>{role} ({skills})</source>
            <translation>{role}（{skills}）</translation>
        </message>
        <message numerus="yes">
            <source>{role}: %n skill(s) (R = required, o = optional, - = not expected at {levels})</source>
            <translation>
                <numerusform>{role}：%n 项技能（R = 必要，o = 可选，- = 不要求；级别依次为 {levels}）</numerusform>
            </translation>
        </message>
        <message>
            <source>role '{role}' has no skill '{skill}'; `skill-ladder skills --role {role}` lists them</source>
            <translation>角色“{role}”没有技能“{skill}”；`skill-ladder skills --role {role}` 可列出其技能</translation>
        </message>
        <message>
            <source>{skill} for {role}</source>
            <translation>{role}的{skill}</translation>
        </message>
        <message>
            <source>{mark}, expected proficiency: {proficiency}</source>
            <translation>{mark}，期望熟练度：{proficiency}</translation>
        </message>
        <message>
            <source>{level} ({mark})</source>
            <translation>{level}（{mark}）</translation>
        </message>
        <message>
            <source>e.g.</source>
            <translation>例：</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %Ln problem(s)</source>
            <translation>
                <numerusform>{file}：%Ln 个问题</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}: valid — {framework} {version}, {levels} levels, {skills} skills, {roles} roles</source>
            <translation>{file}：有效 — {framework} {version}，{levels} 个级别，{skills} 项技能，{roles} 个角色</translation>
        </message>
        <message>
            <source>{file}: {language}, {done} of {total} strings translated</source>
            <translation>{file}：{language}，{total} 条文本中已翻译 {done} 条</translation>
        </message>
        <message numerus="yes">
            <source>%n key(s) match nothing</source>
            <translation>
                <numerusform>%n 个键找不到对应项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n outdated</source>
            <translation>
                <numerusform>%n 条已过时</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>not translated: {key}</source>
            <translation>未翻译：{key}</translation>
        </message>
        <message>
            <source>Added '{person}' with 3 completed assessments and a draft to {file}</source>
            <translation>已将“{person}”（3 次已完成的评估和 1 份草稿）添加到 {file}</translation>
        </message>
        <message>
            <source>No people yet. Start the app, or run `skill-ladder demo` for sample data.</source>
            <translation>还没有人员。请启动应用，或运行 `skill-ladder demo` 添加示例数据。</translation>
        </message>
        <message>
            <source>{name} (sample)</source>
            <translation>{name}（示例）</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name}（已归档）</translation>
        </message>
        <message>
            <source>no assessments</source>
            <translation>暂无评估</translation>
        </message>
        <message>
            <source>{person}: {roles}</source>
            <translation>{person}：{roles}</translation>
        </message>
        <message>
            <source>the framework has no role '{role}' (see `skill-ladder roles`)</source>
            <translation>能力框架中没有角色“{role}”（参见 `skill-ladder roles`）</translation>
        </message>
        <message>
            <source>Wrote the growth plan of assessment #{id} (completed) to {file}</source>
            <translation>已将评估 #{id}（已完成）的成长计划写入 {file}</translation>
        </message>
        <message>
            <source>Wrote the growth plan of assessment #{id} (draft) to {file}</source>
            <translation>已将评估 #{id}（草稿）的成长计划写入 {file}</translation>
        </message>
        <message>
            <source>{headline}:</source>
            <translation>{headline}：</translation>
        </message>
        <message>
            <source>the file name {name} has characters no file system accepts</source>
            <translation>文件名 {name} 含有文件系统不接受的字符</translation>
        </message>
        <message>
            <source>the file name is too long ({size} bytes; file systems allow {limit}); choose a shorter name</source>
            <translation>文件名过长（{size} 字节；文件系统最多允许 {limit}）；请换一个更短的名称</translation>
        </message>
        <message>
            <source>{file} already exists; pass --force to replace it</source>
            <translation>{file} 已存在；如需替换，请加上 --force</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>文件夹 {folder} 不存在</translation>
        </message>
        <message>
            <source>cannot write {file}: {reason}</source>
            <translation>无法写入 {file}：{reason}</translation>
        </message>
        <message>
            <source>no person called '{name}' (see `skill-ladder people`)</source>
            <translation>没有名为“{name}”的人员（参见 `skill-ladder people`）</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Wrote assessment #{id} ({status}, manager view) to {file}</source>
            <translation>已将评估 #{id}（{status}，经理视角）写入 {file}</translation>
        </message>
        <message>
            <source>Wrote assessment #{id} ({status}, self view) to {file}</source>
            <translation>已将评估 #{id}（{status}，本人视角）写入 {file}</translation>
        </message>
        <message>
            <source>Wrote the one-on-one agenda for {person} to {file}</source>
            <translation>已将 {person} 的一对一沟通议程写入 {file}</translation>
        </message>
        <message>
            <source>could not write {file}: {reason}; nothing was written and an older file with that name is untouched</source>
            <translation>无法写入 {file}：{reason}；未写入任何内容，同名的旧文件保持不变</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n row(s) to {file}</source>
            <translation>
                <numerusform>已写入 %n 行到 {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %n person(s) to {where}; read back and checked: the same.</source>
            <translation>
                <numerusform>已将 %n 人复制到{where}；已读回核对：完全一致。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  %n frozen role text(s) were there already and are shared</source>
            <translation>
                <numerusform>  %n 份存档的角色内容已存在，将共用</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n person(s) already there: {names}</source>
            <translation>
                <numerusform>跳过了已存在的 %n 人：{names}</numerusform>
            </translation>
        </message>
        <message>
            <source>The target has its own owner (“this is me”); the copied owner mark was not set.</source>
            <translation>目标已有自己的所有者（“这是我”）；未设置复制过来的所有者标记。</translation>
        </message>
        <message>
            <source>Run the command again with --skip-existing to copy the others.</source>
            <translation>加上 --skip-existing 再运行一次，即可复制其他人。</translation>
        </message>
        <message>
            <source>{file} exists already; name a new file (an existing one is never overwritten). Nothing was copied.</source>
            <translation>{file} 已存在；请指定一个新文件（绝不会覆盖已有文件）。未复制任何内容。</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist; nothing was copied</source>
            <translation>文件夹 {folder} 不存在；未复制任何内容</translation>
        </message>
        <message>
            <source>team commands need a team database: give --database-url or set SKILL_LADDER_DATABASE_URL (a PostgreSQL connection string).</source>
            <translation>team 命令需要团队数据库：请提供 --database-url，或设置 SKILL_LADDER_DATABASE_URL（PostgreSQL 连接字符串）。</translation>
        </message>
        <message>
            <source>Password for the new login: </source>
            <translation>新登录名的密码：</translation>
        </message>
        <message>
            <source>The same password again: </source>
            <translation>再次输入同一密码：</translation>
        </message>
        <message>
            <source>the two passwords differ; nothing was changed</source>
            <translation>两次输入的密码不一致；未做任何更改</translation>
        </message>
        <message>
            <source>The team database {where} is set up:</source>
            <translation>团队数据库 {where} 已设置完毕：</translation>
        </message>
        <message>
            <source>a password needs a login (--login) to go with it</source>
            <translation>设置密码时须同时提供登录名（--login）</translation>
        </message>
        <message>
            <source>the database's owner (administers it, sees everyone)</source>
            <translation>数据库所有者（负责管理，可以看到所有人）</translation>
        </message>
        <message>
            <source>department head of {department}</source>
            <translation>{department} 部门负责人</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <source>a person's own account</source>
            <translation>个人账号</translation>
        </message>
        <message>
            <source>no account in this database (sees no one)</source>
            <translation>在此数据库中没有账号（看不到任何人）</translation>
        </message>
        <message numerus="yes">
            <source>{login} on {where}: {kind}; sees %n person(s).</source>
            <translation>
                <numerusform>{login}（{where}）：{kind}；可以看到 %n 人。</numerusform>
            </translation>
        </message>
        <message>
            <source>'{command}' looks after a local data file only; this command would use the team database {location}. {why}</source>
            <translation>“{command}”只处理本地数据文件，而此命令将使用团队数据库 {location}。{why}</translation>
        </message>
        <message>
            <source>No backups yet in {folder}.</source>
            <translation>{folder} 中还没有备份。</translation>
        </message>
        <message>
            <source>there is no data file at {file} yet</source>
            <translation>{file} 处还没有数据文件</translation>
        </message>
        <message>
            <source>Backed up and verified: {file}</source>
            <translation>已备份并校验：{file}</translation>
        </message>
        <message>
            <source>Skill Ladder is running on this data folder (process {pid}); close it first</source>
            <translation>Skill Ladder 正在使用此数据文件夹（进程 {pid}）；请先关闭它</translation>
        </message>
        <message>
            <source>cannot read the backup file {file}: {reason}</source>
            <translation>无法读取备份文件 {file}：{reason}</translation>
        </message>
        <message>
            <source>Restored {backup} into {file}.</source>
            <translation>已将 {backup} 恢复到 {file}。</translation>
        </message>
        <message>
            <source>The data it replaced was backed up first: {file}</source>
            <translation>被替换的数据已先行备份：{file}</translation>
        </message>
        <message>
            <source>{file}: ok (full check)</source>
            <translation>{file}：正常（完整检查）</translation>
        </message>
        <message>
            <source>{file}: ok (quick check)</source>
            <translation>{file}：正常（快速检查）</translation>
        </message>
        <message>
            <source>{file}: problems found</source>
            <translation>{file}：发现问题</translation>
        </message>
        <message>
            <source>wrote the CSV template to {file}: fill one row per skill, level and role</source>
            <translation>已将 CSV 模板写入 {file}：每个技能、级别和角色的组合填一行</translation>
        </message>
        <message>
            <source>give the files to import and --out FILE (or --template FILE)</source>
            <translation>请给出要导入的文件和 --out FILE（或 --template FILE）</translation>
        </message>
        <message>
            <source>nothing was imported</source>
            <translation>未导入任何内容</translation>
        </message>
        <message>
            <source>wrote {file}: {levels} levels, {skills} skills, {roles} roles</source>
            <translation>已写入 {file}：{levels} 个级别，{skills} 项技能，{roles} 个角色</translation>
        </message>
        <message>
            <source>use it with: {command}</source>
            <translation>使用方法：{command}</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>显示版本号并退出</translation>
        </message>
        <message>
            <source>use this framework file, or the id of an installed framework, instead of the built-in one</source>
            <translation>使用此框架文件或已安装框架的 ID，代替内置框架</translation>
        </message>
        <message>
            <source>data directory (default: $SKILL_LADDER_DATA_DIR or the user data dir)</source>
            <translation>数据文件夹（默认：$SKILL_LADDER_DATA_DIR，或用户数据目录）</translation>
        </message>
        <message>
            <source>use the team database on a PostgreSQL server at this libpq connection string (postgresql://user@host:port/db or 'host=… dbname=… sslmode=…'; a password comes from ~/.pgpass) instead of the data directory's file (default: $SKILL_LADDER_DATABASE_URL)</source>
            <translation>使用这个 libpq 连接字符串所指 PostgreSQL 服务器上的团队数据库（postgresql://user@host:port/db 或 'host=… dbname=… sslmode=…'；密码取自 ~/.pgpass），而不是数据目录中的文件（默认：$SKILL_LADDER_DATABASE_URL）</translation>
        </message>
        <message>
            <source>language of the output and of documents: en or zh_CN (default: the locale's)</source>
            <translation>输出和文档的语言：en 或 zh_CN（默认跟随系统区域设置）</translation>
        </message>
        <message>
            <source>start with an empty data file although a damaged one was set aside (otherwise restore a backup with `skill-ladder restore FILE`)</source>
            <translation>即使损坏的数据文件已被移到一旁，也以空数据文件启动（否则请用 `skill-ladder restore FILE` 恢复备份）</translation>
        </message>
        <message>
            <source>Rate yourself against a career framework, keep the history, plan your growth. Without a command, the desktop app starts.</source>
            <translation>对照职业能力框架进行自评，保留历史记录，规划个人成长。不带命令时启动桌面应用。</translation>
        </message>
        <message>
            <source>list the framework's roles</source>
            <translation>列出能力框架中的角色</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>输出机器可读的 JSON</translation>
        </message>
        <message>
            <source>list a role's skills</source>
            <translation>列出某个角色的技能</translation>
        </message>
        <message>
            <source>show every level's descriptor and mark of one skill for one role</source>
            <translation>显示某个角色的某项技能在各级别的描述和要求</translation>
        </message>
        <message>
            <source>check a framework file; exit 1 with every problem on stderr</source>
            <translation>检查能力框架文件；有问题时退出码为 1，并在 stderr 中列出所有问题</translation>
        </message>
        <message>
            <source>convert a published career ladder (CSV, XLSX, FT, Monzo, DIRECT) into a framework file</source>
            <translation>将已发布的职级体系（CSV、XLSX、FT、Monzo、DIRECT）转换为能力框架文件</translation>
        </message>
        <message>
            <source>column names for CSV/XLSX: a YAML file, or skill=COLUMN,level=COLUMN,...</source>
            <translation>CSV/XLSX 的列名映射：一个 YAML 文件，或 skill=COLUMN,level=COLUMN,...</translation>
        </message>
        <message>
            <source>the ladder's licence (e.g. MIT)</source>
            <translation>该职级体系的许可证（例如 MIT）</translation>
        </message>
        <message>
            <source>where the ladder is published</source>
            <translation>该职级体系的发布地址</translation>
        </message>
        <message>
            <source>the credit its licence asks for</source>
            <translation>其许可证要求的署名</translation>
        </message>
        <message>
            <source>the framework file to write (YAML)</source>
            <translation>要写入的能力框架文件（YAML）</translation>
        </message>
        <message>
            <source>write the CSV template instead</source>
            <translation>改为写出 CSV 模板</translation>
        </message>
        <message>
            <source>replace an existing file</source>
            <translation>覆盖已存在的文件</translation>
        </message>
        <message>
            <source>add a sample person with three completed assessments and a draft</source>
            <translation>添加一位示例人员，含 3 次已完成的评估和 1 份草稿</translation>
        </message>
        <message>
            <source>list the people in the data directory</source>
            <translation>列出数据文件夹中的人员</translation>
        </message>
        <message>
            <source>write a person's growth plan for a role as a PDF</source>
            <translation>将某人在某个角色下的成长计划导出为 PDF</translation>
        </message>
        <message>
            <source>which assessment: the newest completed one (default; the draft if none) or an id</source>
            <translation>使用哪份评估：最近完成的一份（默认；若没有则用草稿），或评估 id</translation>
        </message>
        <message>
            <source>make a verified backup of the data file now</source>
            <translation>立即备份数据文件并校验备份</translation>
        </message>
        <message>
            <source>list the backups instead</source>
            <translation>改为列出已有备份</translation>
        </message>
        <message>
            <source>replace the data file by a backup (the current data is backed up first)</source>
            <translation>用备份替换数据文件（会先备份当前数据）</translation>
        </message>
        <message>
            <source>check the data file for damage</source>
            <translation>检查数据文件是否损坏</translation>
        </message>
        <message>
            <source>a full integrity check (slower)</source>
            <translation>完整的完整性检查（较慢）</translation>
        </message>
        <message>
            <source>write one assessment as an exchange file for a manager (or back to the person)</source>
            <translation>将一份评估导出为评估文件，发给经理（或回传给本人）</translation>
        </message>
        <message>
            <source>only this role's assessments</source>
            <translation>只看该角色的评估</translation>
        </message>
        <message>
            <source>'manager' adds your manager ratings (to send your view back to the person)</source>
            <translation>选“manager”时附带您的经理评分（用于把您的看法回传给本人）</translation>
        </message>
        <message>
            <source>import an exchange file (a person's self-assessment, or a manager's view of it)</source>
            <translation>导入评估文件（某人的自评，或经理对其的评分）</translation>
        </message>
        <message>
            <source>the profile to import into (default: the file's name)</source>
            <translation>导入到哪个档案（默认：文件中的姓名）</translation>
        </message>
        <message>
            <source>when the file carries a framework that is not installed, install it with the import</source>
            <translation>文件随附了尚未安装的能力框架时，在导入的同时安装它</translation>
        </message>
        <message>
            <source>write the next one-on-one's agenda as a PDF</source>
            <translation>将下一次一对一沟通的议程导出为 PDF</translation>
        </message>
        <message>
            <source>write a person's (or everyone's) history as a CSV file for spreadsheets</source>
            <translation>将某人（或所有人）的历史导出为 CSV 文件，便于用电子表格查看</translation>
        </message>
        <message>
            <source>one person (default: everyone)</source>
            <translation>指定某个人（默认：所有人）</translation>
        </message>
        <message>
            <source>include archived people</source>
            <translation>包括已归档的人员</translation>
        </message>
        <message>
            <source>list the built-in and installed frameworks; install, update, remove or export one</source>
            <translation>列出内置和已安装的框架；安装、更新、删除或导出框架</translation>
        </message>
        <message>
            <source>install a framework file, or convert and install a published ladder (CSV, XLSX, FT, Monzo, DIRECT)</source>
            <translation>安装框架文件，或转换并安装公开发布的职级框架（CSV、XLSX、FT、Monzo、DIRECT）</translation>
        </message>
        <message>
            <source>replace the installed framework of the same id (past assessments keep the version they were made with)</source>
            <translation>替换同一 ID 的已安装框架（过去的评估保留当时使用的版本）</translation>
        </message>
        <message>
            <source>remove an installed framework (refused while people use it)</source>
            <translation>删除已安装的框架（仍有人使用时拒绝）</translation>
        </message>
        <message>
            <source>archive the people who use it (their history is kept), then remove it</source>
            <translation>先归档使用它的人员（保留其历史），再删除框架</translation>
        </message>
        <message>
            <source>write a framework as CSV, XLSX or YAML (to edit, share or re-import)</source>
            <translation>将框架写成 CSV、XLSX 或 YAML（用于编辑、分享或重新导入）</translation>
        </message>
        <message>
            <source>a team database on PostgreSQL: set it up, say who sees whom, copy people in and out</source>
            <translation>PostgreSQL 上的团队数据库：设置数据库、规定谁能看到谁、复制成员进出</translation>
        </message>
        <message>
            <source>ask for the login's password</source>
            <translation>提示输入该登录名的密码</translation>
        </message>
        <message>
            <source>read the login's password from stdin</source>
            <translation>从标准输入读取该登录名的密码</translation>
        </message>
        <message>
            <source>create the roles, grants and row-level security (idempotent)</source>
            <translation>创建角色、授权和行级安全（可重复运行）</translation>
        </message>
        <message>
            <source>add or update a manager's login</source>
            <translation>添加或更新经理的登录名</translation>
        </message>
        <message>
            <source>a department head</source>
            <translation>部门负责人</translation>
        </message>
        <message>
            <source>the name shown for the login</source>
            <translation>该登录名显示的姓名</translation>
        </message>
        <message>
            <source>add a person for a manager, or give one to another</source>
            <translation>为经理添加成员，或把成员转给另一位经理</translation>
        </message>
        <message>
            <source>the person's own login, if any</source>
            <translation>该成员自己的登录名（如有）</translation>
        </message>
        <message>
            <source>give a person to another manager</source>
            <translation>把成员转给另一位经理</translation>
        </message>
        <message>
            <source>who you are connected as, and how many people you see</source>
            <translation>你当前以谁的身份连接，能看到多少人</translation>
        </message>
        <message>
            <source>the team database: a postgresql:// URL or libpq settings</source>
            <translation>团队数据库：postgresql:// URL 或 libpq 设置</translation>
        </message>
        <message>
            <source>copy people with their whole history from the local data folder to a team database; checked afterwards, nothing removed locally</source>
            <translation>把成员及其全部历史从本地数据文件夹复制到团队数据库；复制后会核对，本地不删除任何内容</translation>
        </message>
        <message>
            <source>only this person (repeat for more)</source>
            <translation>只复制此人（可重复指定多人）</translation>
        </message>
        <message>
            <source>leave out people already in the team database instead of refusing the copy</source>
            <translation>跳过团队数据库中已有的成员，而不是拒绝整个复制</translation>
        </message>
        <message>
            <source>copy people with their whole history from a team database into a new local file</source>
            <translation>把成员及其全部历史从团队数据库复制到一个新的本地文件</translation>
        </message>
        <message>
            <source>the new SQLite file (must not exist)</source>
            <translation>新的 SQLite 文件（不得已存在）</translation>
        </message>
        <message>
            <source>To restore the newest good backup, run:</source>
            <translation>要恢复最近一份完好的备份，请运行：</translation>
        </message>
        <message>
            <source>To start with an empty data file instead, run the command again with --start-empty (the damaged file stays in {folder}).</source>
            <translation>如果想改用空数据文件启动，请加上 --start-empty 重新运行该命令（损坏的文件保留在 {folder}）。</translation>
        </message>
        <message>
            <source>built-in</source>
            <translation>内置</translation>
        </message>
        <message>
            <source>imported from {format}</source>
            <translation>从 {format} 导入</translation>
        </message>
        <message>
            <source>{id}  {name} {version} ({kind}; licence: {licence}): {roles} roles, {skills} skills; used by {people} and {assessments}</source>
            <translation>{id}  {name} {version}（{kind}；许可证：{licence}）：{roles} 个角色，{skills} 项技能；{people}、{assessments}使用</translation>
        </message>
        <message>
            <source>nothing was installed</source>
            <translation>未安装任何内容</translation>
        </message>
        <message>
            <source>'{name}' ({id}) is installed already, version {version}; add --update to replace it with version {new_version}</source>
            <translation>“{name}”（{id}）已安装，版本 {version}；加上 --update 可替换为版本 {new_version}</translation>
        </message>
        <message>
            <source>updated {name} ({id}) from version {old} to {new}</source>
            <translation>已将 {name}（{id}）从版本 {old} 更新到 {new}</translation>
        </message>
        <message>
            <source>installed {name} ({id}) version {version}: {roles} roles, {skills} skills</source>
            <translation>已安装 {name}（{id}）版本 {version}：{roles} 个角色，{skills} 项技能</translation>
        </message>
        <message>
            <source>{problem} (`skill-ladder frameworks remove {id} --archive-people` does both)</source>
            <translation>{problem}（`skill-ladder frameworks remove {id} --archive-people` 可一并完成）</translation>
        </message>
        <message>
            <source>nothing was removed</source>
            <translation>未删除任何内容</translation>
        </message>
        <message>
            <source>removed {name}</source>
            <translation>已删除 {name}</translation>
        </message>
        <message>
            <source>removed {name} from the list; it is kept for the archived assessments that were made with it</source>
            <translation>已从列表中移除 {name}；它仍为使用它完成的已归档评估而保留</translation>
        </message>
        <message>
            <source>nothing was exported</source>
            <translation>未导出任何内容</translation>
        </message>
        <message>
            <source>wrote {name} {version} to {file} ({format})</source>
            <translation>已将 {name} {version} 写入 {file}（{format}）</translation>
        </message>
    </context>
    <context>
        <name>presenter</name>
        <message>
            <source>Delete action item “{text}”</source>
            <translation>删除待办事项“{text}”</translation>
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <source>The team database server at {location} cannot be reached: check the address and port, that the server is running and that this computer may connect to it.</source>
            <translation>无法连接位于 {location} 的团队数据库服务器：请检查地址和端口、服务器是否在运行，以及本机是否被允许连接。</translation>
        </message>
        <message>
            <source>The server at {location} refused the user name or password. Check them, and the password in your PostgreSQL password file (~/.pgpass) if you keep it there.</source>
            <translation>{location} 上的服务器拒绝了用户名或密码。请检查它们；如果密码保存在 PostgreSQL 密码文件（~/.pgpass）中，也请一并检查。</translation>
        </message>
        <message>
            <source>A secure (TLS) connection to {location} could not be made: check the TLS mode and the certificate files, or ask the database's administrator which to use.</source>
            <translation>无法与 {location} 建立安全（TLS）连接：请检查 TLS 模式和证书文件，或向数据库管理员确认应使用哪些设置。</translation>
        </message>
        <message>
            <source>There is no such database on the server ({location}): check its name, or ask the administrator to create it.</source>
            <translation>服务器上没有这个数据库（{location}）：请检查名称，或请管理员创建它。</translation>
        </message>
        <message>
            <source>The connection settings for {location} are not valid: check the service name or the address.</source>
            <translation>{location} 的连接设置无效：请检查服务名或地址。</translation>
        </message>
        <message>
            <source>Your account on {location} is not allowed to do this; ask the database's administrator for the rights you need.</source>
            <translation>你在 {location} 上的账号无权执行此操作；请向数据库管理员申请所需权限。</translation>
        </message>
        <message>
            <source>The team database at {location} accepts no changes at the moment (it is read-only); ask its administrator.</source>
            <translation>{location} 上的团队数据库目前不接受修改（只读）；请联系其管理员。</translation>
        </message>
        <message>
            <source>The team database server at {location} is out of disk space; tell its administrator.</source>
            <translation>{location} 上的团队数据库服务器磁盘空间已满；请告知其管理员。</translation>
        </message>
        <message>
            <source>The team database at {location} is busy; try again in a moment.</source>
            <translation>{location} 上的团队数据库正忙；请稍后再试。</translation>
        </message>
        <message>
            <source>Another client is changing the same data on {location}; try again in a moment.</source>
            <translation>另一客户端正在修改 {location} 上的同一数据；请稍后再试。</translation>
        </message>
        <message>
            <source>The database at {location} does not store text as UTF-8, so names and notes in other scripts (Chinese, for one) would be damaged. Ask the administrator to create it with ENCODING 'UTF8'.</source>
            <translation>{location} 上的数据库不以 UTF-8 存储文本，中文等其他文字的姓名和备注会被损坏。请管理员以 ENCODING 'UTF8' 重新创建该数据库。</translation>
        </message>
        <message>
            <source>Skill Ladder could not use the team database at {location}.</source>
            <translation>Skill Ladder 无法使用位于 {location} 的团队数据库。</translation>
        </message>
        <message>
            <source>{problem} Nothing was changed. ({detail})</source>
            <translation>{problem}未做任何更改。（{detail}）</translation>
        </message>
    </context>
    <context>
        <name>team</name>
        <message>
            <source>'{what}' needs the database's owner, with the right to create roles (CREATEROLE); you are connected as '{login}', which does not own the tables. Nothing was changed.</source>
            <translation>“{what}”须由数据库所有者执行，且需要创建角色的权限（CREATEROLE）；你当前以“{login}”连接，该账号不是这些表的所有者。未做任何更改。</translation>
        </message>
        <message>
            <source>'{what}' needs the database's owner, with the right to create roles (CREATEROLE); you are connected as '{login}', which may not create roles. Nothing was changed.</source>
            <translation>“{what}”须由数据库所有者执行，且需要创建角色的权限（CREATEROLE）；你当前以“{login}”连接，该账号无权创建角色。未做任何更改。</translation>
        </message>
        <message>
            <source>groups: {names}</source>
            <translation>角色组：{names}</translation>
        </message>
        <message>
            <source>row-level security on: {tables}</source>
            <translation>已启用行级安全的表：{tables}</translation>
        </message>
        <message>
            <source>'{login}' cannot be a login: use lower-case letters, digits and _ (starting with a letter or _), at most 63 characters.</source>
            <translation>“{login}”不能用作登录名：只能使用小写字母、数字和 _（以字母或 _ 开头），最多 63 个字符。</translation>
        </message>
        <message>
            <source>a department head needs a department (--department).</source>
            <translation>部门负责人必须指定部门（--department）。</translation>
        </message>
        <message>
            <source>Added department head '{login}' of {department}</source>
            <translation>已添加 {department} 部门负责人“{login}”</translation>
        </message>
        <message>
            <source>Updated department head '{login}' of {department}</source>
            <translation>已更新 {department} 部门负责人“{login}”</translation>
        </message>
        <message>
            <source>Added manager '{login}' of {department}</source>
            <translation>已添加 {department} 的经理“{login}”</translation>
        </message>
        <message>
            <source>Updated manager '{login}' of {department}</source>
            <translation>已更新 {department} 的经理“{login}”</translation>
        </message>
        <message>
            <source>Added manager '{login}'</source>
            <translation>已添加经理“{login}”</translation>
        </message>
        <message>
            <source>Updated manager '{login}'</source>
            <translation>已更新经理“{login}”</translation>
        </message>
        <message>
            <source>this database is not set up for a team yet: run 'skill-ladder team init' first. Nothing was changed.</source>
            <translation>此数据库尚未设置为团队数据库：请先运行“skill-ladder team init”。未做任何更改。</translation>
        </message>
        <message>
            <source>'{login}' is not a manager of this database: add them first with 'skill-ladder team add-manager'. Nothing was changed.</source>
            <translation>“{login}”不是此数据库的经理：请先用“skill-ladder team add-manager”添加。未做任何更改。</translation>
        </message>
        <message>
            <source>a person needs a name.</source>
            <translation>成员必须有姓名。</translation>
        </message>
        <message>
            <source>Added '{name}' for {manager}</source>
            <translation>已为 {manager} 添加“{name}”</translation>
        </message>
        <message>
            <source>'{name}' is now with {manager}</source>
            <translation>“{name}”现由 {manager} 负责</translation>
        </message>
        <message>
            <source>Added '{name}' for {manager}, with the login '{login}'</source>
            <translation>已为 {manager} 添加“{name}”，登录名为“{login}”</translation>
        </message>
        <message>
            <source>'{name}' is now with {manager}, with the login '{login}'</source>
            <translation>“{name}”现由 {manager} 负责，登录名为“{login}”</translation>
        </message>
        <message>
            <source>there is no person named '{name}'. Nothing was changed.</source>
            <translation>没有名为“{name}”的成员。未做任何更改。</translation>
        </message>
    </context>
</TS>
