<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <name>cli</name>
        <message numerus="yes">
            <source>the framework file has %n problem(s):</source>
            <translation>
                <numerusform>the framework file has %n problem:</numerusform>
                <numerusform>the framework file has %n problems:</numerusform>
            </translation>
        </message>
    </context>
</TS>
