<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Agenda</name>
        <message numerus="yes">
            <source>%n skill(s) changed level in the latest assessment ({date}) from the one before:</source>
            <translation>
                <numerusform>%n skill changed level in the latest assessment ({date}) from the one before:</numerusform>
                <numerusform>%n skills changed level in the latest assessment ({date}) from the one before:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Manager %n level(s) higher</source>
            <translation>
                <numerusform>Manager %n level higher</numerusform>
                <numerusform>Manager %n levels higher</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Manager %n level(s) lower</source>
            <translation>
                <numerusform>Manager %n level lower</numerusform>
                <numerusform>Manager %n levels lower</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skill(s) below the target, required ones first, then the largest gaps.</source>
            <translation>
                <numerusform>%n skill below the target, required ones first, then the largest gaps.</numerusform>
                <numerusform>%n skills below the target, required ones first, then the largest gaps.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open goal(s) past the due date: finish, re-plan or drop.</source>
            <translation>
                <numerusform>%n open goal past the due date: finish, re-plan or drop.</numerusform>
                <numerusform>%n open goals past the due date: finish, re-plan or drop.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AssessPresenter</name>
        <message numerus="yes">
            <source>Draft started {date}: {rated} of %n skill(s) rated. Saved as you go.</source>
            <translation>
                <numerusform>Draft started {date}: {rated} of %n skill rated. Saved as you go.</numerusform>
                <numerusform>Draft started {date}: {rated} of %n skills rated. Saved as you go.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompletionPresenter</name>
        <message numerus="yes">
            <source>%n of the role's skills are not rated yet; they stay unrated in the completed assessment.</source>
            <translation>
                <numerusform>%n of the role's skills is not rated yet; it stays unrated in the completed assessment.</numerusform>
                <numerusform>%n of the role's skills are not rated yet; they stay unrated in the completed assessment.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CopyToTeam</name>
        <message numerus="yes">
            <source>Copied %n person(s) to {where}, read back and checked: the same.</source>
            <translation>
                <numerusform>Copied %n person to {where}, read back and checked: the same.</numerusform>
                <numerusform>Copied %n people to {where}, read back and checked: the same.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n person(s) already there: {names}</source>
            <translation>
                <numerusform>Left out %n person already there: {names}</numerusform>
                <numerusform>Left out %n people already there: {names}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message numerus="yes">
            <source>%n self rating(s)</source>
            <translation>
                <numerusform>%n self rating</numerusform>
                <numerusform>%n self ratings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n manager rating(s)</source>
            <translation>
                <numerusform>%n manager rating</numerusform>
                <numerusform>%n manager ratings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n goal</numerusform>
                <numerusform>%n goals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExchangePresenter</name>
        <message numerus="yes">
            <source>Saved %n row(s) as
{path}</source>
            <translation>
                <numerusform>Saved %n row as
{path}</numerusform>
                <numerusform>Saved %n rows as
{path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>… and %n more problem</numerusform>
                <numerusform>… and %n more problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameworkCheck</name>
        <message numerus="yes">
            <source>needs at least %n item(s), found {found}</source>
            <translation>
                <numerusform>needs at least %n item, found {found}</numerusform>
                <numerusform>needs at least %n items, found {found}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameworkDiff</name>
        <message numerus="yes">
            <source>Skills added: %n</source>
            <translation>
                <numerusform>Skills added: %n</numerusform>
                <numerusform>Skills added: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skills removed: %n</source>
            <translation>
                <numerusform>Skills removed: %n</numerusform>
                <numerusform>Skills removed: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skills renamed: %n</source>
            <translation>
                <numerusform>Skills renamed: %n</numerusform>
                <numerusform>Skills renamed: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Roles added: %n</source>
            <translation>
                <numerusform>Roles added: %n</numerusform>
                <numerusform>Roles added: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Roles removed: %n</source>
            <translation>
                <numerusform>Roles removed: %n</numerusform>
                <numerusform>Roles removed: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Roles renamed: %n</source>
            <translation>
                <numerusform>Roles renamed: %n</numerusform>
                <numerusform>Roles renamed: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Levels added: %n</source>
            <translation>
                <numerusform>Levels added: %n</numerusform>
                <numerusform>Levels added: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Levels removed: %n</source>
            <translation>
                <numerusform>Levels removed: %n</numerusform>
                <numerusform>Levels removed: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Levels changed: %n</source>
            <translation>
                <numerusform>Levels changed: %n</numerusform>
                <numerusform>Levels changed: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Proficiencies added: %n</source>
            <translation>
                <numerusform>Proficiencies added: %n</numerusform>
                <numerusform>Proficiencies added: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Proficiencies removed: %n</source>
            <translation>
                <numerusform>Proficiencies removed: %n</numerusform>
                <numerusform>Proficiencies removed: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Proficiencies renamed: %n</source>
            <translation>
                <numerusform>Proficiencies renamed: %n</numerusform>
                <numerusform>Proficiencies renamed: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skills added to roles: %n</source>
            <translation>
                <numerusform>Skills added to roles: %n</numerusform>
                <numerusform>Skills added to roles: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skills taken out of roles: %n</source>
            <translation>
                <numerusform>Skills taken out of roles: %n</numerusform>
                <numerusform>Skills taken out of roles: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Descriptors changed: %n</source>
            <translation>
                <numerusform>Descriptors changed: %n</numerusform>
                <numerusform>Descriptors changed: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marks changed: %n</source>
            <translation>
                <numerusform>Marks changed: %n</numerusform>
                <numerusform>Marks changed: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameworkDiffView</name>
        <message numerus="yes">
            <source>%n change(s) in all.</source>
            <translation>
                <numerusform>%n change in all.</numerusform>
                <numerusform>%n changes in all.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameworkStore</name>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s)</source>
            <translation>
                <numerusform>%n assessment</numerusform>
                <numerusform>%n assessments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameworkSummary</name>
        <message numerus="yes">
            <source>%n level(s):</source>
            <translation>
                <numerusform>%n level:</numerusform>
                <numerusform>%n levels:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proficiency step(s):</source>
            <translation>
                <numerusform>%n proficiency step:</numerusform>
                <numerusform>%n proficiency steps:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n role(s):</source>
            <translation>
                <numerusform>%n role:</numerusform>
                <numerusform>%n roles:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skill(s)</source>
            <translation>
                <numerusform>%n skill</numerusform>
                <numerusform>%n skills</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameworksDialog</name>
        <message numerus="yes">
            <source>and %n archived person(s)</source>
            <translation>
                <numerusform>and %n archived person</numerusform>
                <numerusform>and %n archived people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Used by %n person(s)</source>
            <translation>
                <numerusform>Used by %n person</numerusform>
                <numerusform>Used by %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s) against it</source>
            <translation>
                <numerusform>%n assessment against it</numerusform>
                <numerusform>%n assessments against it</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameworksPresenter</name>
        <message numerus="yes">
            <source>%n assessment(s) of archived people use it: it stays readable in their history, hidden from the list.</source>
            <translation>
                <numerusform>%n assessment of archived people uses it: it stays readable in their history, hidden from the list.</numerusform>
                <numerusform>%n assessments of archived people use it: it stays readable in their history, hidden from the list.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archived %n person(s) who used it.</source>
            <translation>
                <numerusform>Archived %n person who used it.</numerusform>
                <numerusform>Archived %n people who used it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s)</source>
            <translation>
                <numerusform>%n assessment</numerusform>
                <numerusform>%n assessments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GapPage</name>
        <message numerus="yes">
            <source>&lt;b&gt;{met} of %n&lt;/b&gt; required skill(s) are at {level} or above;</source>
            <translation>
                <numerusform>&lt;b&gt;{met} of %n&lt;/b&gt; required skill is at {level} or above;</numerusform>
                <numerusform>&lt;b&gt;{met} of %n&lt;/b&gt; required skills are at {level} or above;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n missing&lt;/b&gt;: {skills}.</source>
            <translation>
                <numerusform>&lt;b&gt;%n missing&lt;/b&gt;: {skills}.</numerusform>
                <numerusform>&lt;b&gt;%n missing&lt;/b&gt;: {skills}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rated} of %n skill(s) rated.</source>
            <translation>
                <numerusform>{rated} of %n skill rated.</numerusform>
                <numerusform>{rated} of %n skills rated.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GrowthPlan</name>
        <message numerus="yes">
            <source>%n skill(s) changed level since {date}:</source>
            <translation>
                <numerusform>%n skill changed level since {date}:</numerusform>
                <numerusform>%n skills changed level since {date}:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ready for {level}: all %n required skill(s) are at {level} or above.</source>
            <translation>
                <numerusform>Ready for {level}: the %n required skill is at {level} or above.</numerusform>
                <numerusform>Ready for {level}: all %n required skills are at {level} or above.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n required skill(s) at {level} or above ({percent}%)</source>
            <translation>
                <numerusform>{met} of %n required skill at {level} or above ({percent}%)</numerusform>
                <numerusform>{met} of %n required skills at {level} or above ({percent}%)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Required skills still below {level}: {skills}, and %n more (all are in the table below).</source>
            <translation>
                <numerusform>Required skills still below {level}: {skills}, and %n more (all are in the table below).</numerusform>
                <numerusform>Required skills still below {level}: {skills}, and %n more (all are in the table below).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n skill(s) of the role are rated.</source>
            <translation>
                <numerusform>The only skill of the role is rated.</numerusform>
                <numerusform>All %n skills of the role are rated.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rated} of %n skill(s) rated; the others count as below the first level.</source>
            <translation>
                <numerusform>{rated} of %n skill rated; the others count as below the first level.</numerusform>
                <numerusform>{rated} of %n skills rated; the others count as below the first level.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the {shown} skills with the most important gaps are drawn; the table lists all %n.</source>
            <translation>
                <numerusform>Only the {shown} skills with the most important gaps are drawn; the table lists all %n.</numerusform>
                <numerusform>Only the {shown} skills with the most important gaps are drawn; the table lists all %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Largest gap: {skill} ({mark}) is at {current}, %n step(s) below {target}. What would help close it?</source>
            <translation>
                <numerusform>Largest gap: {skill} ({mark}) is at {current}, %n step below {target}. What would help close it?</numerusform>
                <numerusform>Largest gap: {skill} ({mark}) is at {current}, %n steps below {target}. What would help close it?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Largest gap: {skill} ({mark}) is at {current}, %n level(s) below {target}. What would help close it?</source>
            <translation>
                <numerusform>Largest gap: {skill} ({mark}) is at {current}, %n level below {target}. What would help close it?</numerusform>
                <numerusform>Largest gap: {skill} ({mark}) is at {current}, %n levels below {target}. What would help close it?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPresenter</name>
        <message numerus="yes">
            <source>Show older assessments (%n more)</source>
            <translation>
                <numerusform>Show older assessments (%n more)</numerusform>
                <numerusform>Show older assessments (%n more)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Completed (reopened %n time(s))</source>
            <translation>
                <numerusform>Completed (reopened once)</numerusform>
                <numerusform>Completed (reopened %n times)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>From {earlier} to {later}: %n skill(s) moved.</source>
            <translation>
                <numerusform>From {earlier} to {later}: %n skill moved.</numerusform>
                <numerusform>From {earlier} to {later}: %n skills moved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Importer</name>
        <message numerus="yes">
            <source>related skills of %n skill(s) (links between skills)</source>
            <translation>
                <numerusform>related skills of %n skill (links between skills)</numerusform>
                <numerusform>related skills of %n skills (links between skills)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>learning resources of %n skill(s) (references to another DIRECT file)</source>
            <translation>
                <numerusform>learning resources of %n skill (references to another DIRECT file)</numerusform>
                <numerusform>learning resources of %n skills (references to another DIRECT file)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>rows without a role (%n skill(s)) give generic descriptors only</source>
            <translation>
                <numerusform>rows without a role (%n skill) give generic descriptors only</numerusform>
                <numerusform>rows without a role (%n skills) give generic descriptors only</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n framework detail(s) read: levels, proficiencies, stages, role details, families, source</source>
            <translation>
                <numerusform>%n framework detail read: levels, proficiencies, stages, role details, families, source</numerusform>
                <numerusform>%n framework details read: levels, proficiencies, stages, role details, families, source</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InputFile</name>
        <message numerus="yes">
            <source>…(%n character(s))</source>
            <translation>
                <numerusform>…(%n character)</numerusform>
                <numerusform>…(%n characters)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more problem(s), not listed</source>
            <translation>
                <numerusform>… and %Ln more problem, not listed</numerusform>
                <numerusform>… and %Ln more problems, not listed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NavigationPresenter</name>
        <message numerus="yes">
            <source>{new_role} shares %n skill(s) you rated as {old_role}. Start the new assessment from those ratings and notes?</source>
            <translation>
                <numerusform>{new_role} shares %n skill you rated as {old_role}. Start the new assessment from that rating and its notes?</numerusform>
                <numerusform>{new_role} shares %n skills you rated as {old_role}. Start the new assessment from those ratings and notes?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n level(s)</source>
            <translation>
                <numerusform>%n level</numerusform>
                <numerusform>%n levels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message numerus="yes">
            <source>%n manager rating(s)</source>
            <translation>
                <numerusform>%n manager rating</numerusform>
                <numerusform>%n manager ratings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n goal</numerusform>
                <numerusform>%n goals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Transfer</name>
        <message numerus="yes">
            <source>%n person(s) already in {where}: {names}. Nothing was copied; copy again without them, or skip the people already there.</source>
            <translation>
                <numerusform>%n person already in {where}: {names}. Nothing was copied; copy again without them, or skip the people already there.</numerusform>
                <numerusform>%n people already in {where}: {names}. Nothing was copied; copy again without them, or skip the people already there.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s)</source>
            <translation>
                <numerusform>%n assessment</numerusform>
                <numerusform>%n assessments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rating(s)</source>
            <translation>
                <numerusform>%n rating</numerusform>
                <numerusform>%n ratings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n manager rating(s)</source>
            <translation>
                <numerusform>%n manager rating</numerusform>
                <numerusform>%n manager ratings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n goal</numerusform>
                <numerusform>%n goals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action item(s)</source>
            <translation>
                <numerusform>%n action item</numerusform>
                <numerusform>%n action items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new frozen role text(s)</source>
            <translation>
                <numerusform>%n new frozen role text</numerusform>
                <numerusform>%n new frozen role texts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message numerus="yes">
            <source>the framework file has %n problem(s):</source>
            <translation>
                <numerusform>the framework file has %n problem:</numerusform>
                <numerusform>the framework file has %n problems:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{framework} {version}: %n role(s)</source>
            <translation>
                <numerusform>{framework} {version}: %n role</numerusform>
                <numerusform>{framework} {version}: %n roles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skill(s)</source>
            <translation>
                <numerusform>%n skill</numerusform>
                <numerusform>%n skills</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{role}: %n skill(s) (R = required, o = optional, - = not expected at {levels})</source>
            <translation>
                <numerusform>{role}: %n skill (R = required, o = optional, - = not expected at {levels})</numerusform>
                <numerusform>{role}: %n skills (R = required, o = optional, - = not expected at {levels})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %Ln problem(s)</source>
            <translation>
                <numerusform>{file}: %Ln problem</numerusform>
                <numerusform>{file}: %Ln problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key(s) match nothing</source>
            <translation>
                <numerusform>%n key matches nothing</numerusform>
                <numerusform>%n keys match nothing</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n outdated</source>
            <translation>
                <numerusform>%n outdated</numerusform>
                <numerusform>%n outdated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n row(s) to {file}</source>
            <translation>
                <numerusform>Wrote %n row to {file}</numerusform>
                <numerusform>Wrote %n rows to {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %n person(s) to {where}; read back and checked: the same.</source>
            <translation>
                <numerusform>Copied %n person to {where}; read back and checked: the same.</numerusform>
                <numerusform>Copied %n people to {where}; read back and checked: the same.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  %n frozen role text(s) were there already and are shared</source>
            <translation>
                <numerusform>  %n frozen role text was there already and is shared</numerusform>
                <numerusform>  %n frozen role texts were there already and are shared</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n person(s) already there: {names}</source>
            <translation>
                <numerusform>Left out %n person already there: {names}</numerusform>
                <numerusform>Left out %n people already there: {names}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{login} on {where}: {kind}; sees %n person(s).</source>
            <translation>
                <numerusform>{login} on {where}: {kind}; sees %n person.</numerusform>
                <numerusform>{login} on {where}: {kind}; sees %n people.</numerusform>
            </translation>
        </message>
    </context>
</TS>
