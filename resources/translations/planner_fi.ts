<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="fi">
<context>
    <name>ActualsTemplate</name>
    <message numerus="yes">
        <source>%n mittaria</source>
        <translation><numerusform>%n mittari</numerusform><numerusform>%n mittaria</numerusform></translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message numerus="yes">
        <source>%n virhettä</source>
        <translation><numerusform>%n virhe</numerusform><numerusform>%n virhettä</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n varoitusta</source>
        <translation><numerusform>%n varoitus</numerusform><numerusform>%n varoitusta</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n huomiota</source>
        <translation><numerusform>%n huomio</numerusform><numerusform>%n huomiota</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message numerus="yes">
        <source>%n arvoa</source>
        <translation><numerusform>%n arvo</numerusform><numerusform>%n arvoa</numerusform></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>StatementWindow</name>
    <message numerus="yes">
        <source>%n lainausta poikkeaa ohjelman nykyisestä tekstistä; lausunnossa on lainaus sellaisena kuin se kommentoitaessa oli.</source>
        <translation><numerusform>%n lainaus poikkeaa ohjelman nykyisestä tekstistä; lausunnossa on lainaus sellaisena kuin se kommentoitaessa oli.</numerusform><numerusform>%n lainausta poikkeaa ohjelman nykyisestä tekstistä; lausunnossa on lainaus sellaisena kuin se kommentoitaessa oli.</numerusform></translation>
    </message>
</context>
</TS>
