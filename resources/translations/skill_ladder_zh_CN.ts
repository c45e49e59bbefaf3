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
        <name>Formatting</name>
        <message>
            <source>, </source>
            <translation>、</translation>
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
            <source>Team database: {address}</source>
            <translation>团队数据库：{address}</translation>
        </message>
        <message>
            <source>Local data: {folder}</source>
            <translation>本地数据：{folder}</translation>
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
            <source>Action item not saved</source>
            <translation>待办事项未保存</translation>
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
        <message>
            <source>Added '{person}' with 3 completed assessments and a draft to {file}</source>
            <translation>已将“{person}”（3 次已完成的评估和 1 份草稿）添加到 {file}</translation>
        </message>
        <message>
            <source>No people yet. Start the app, or run `skill-ladder demo` for sample data.</source>
            <translation>还没有人员。请启动应用，或运行 `skill-ladder demo` 添加示例数据。</translation>
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
            <translation>另一个客户端正在修改 {location} 上的同一数据；请稍后再试。</translation>
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
