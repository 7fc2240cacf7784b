<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BadgesPage</name>
    <message numerus="yes">
        <source>Saved %n badges on %1 pages as PDF: %2.</source>
        <translation>
            <numerusform>Saved %n badge on %1 pages as PDF: %2.</numerusform>
            <numerusform>Saved %n badges on %1 pages as PDF: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badges counted as printed.</source>
        <translation>
            <numerusform>%n badge counted as printed.</numerusform>
            <numerusform>%n badges counted as printed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>%n problems: nothing can be imported yet. (%1)</source>
        <translation>
            <numerusform>%n problem: nothing can be imported yet. (%1)</numerusform>
            <numerusform>%n problems: nothing can be imported yet. (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayAgendaEditor</name>
    <message numerus="yes">
        <source>The %n items inside it go too.</source>
        <translation>
            <numerusform>The item inside it goes too.</numerusform>
            <numerusform>The %n items inside it go too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDetailsForm</name>
    <message numerus="yes">
        <source>The event was exported with %n participants.

The file holds the badge secret and personal data: anyone with it can make badges that scan. Keep it safe.</source>
        <translation>
            <numerusform>The event was exported with %n participant.

The file holds the badge secret and personal data: anyone with it can make badges that scan. Keep it safe.</numerusform>
            <numerusform>The event was exported with %n participants.

The file holds the badge secret and personal data: anyone with it can make badges that scan. Keep it safe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkNote</name>
    <message numerus="yes">
        <source>⚠  Offline — %n check-ins waiting</source>
        <translation>
            <numerusform>⚠  Offline — %n check-in waiting</numerusform>
            <numerusform>⚠  Offline — %n check-ins waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as duplicates for the organiser to see: another desk had checked them in too.</source>
        <translation>
            <numerusform>%n kept as a duplicate for the organiser to see: another desk had checked them in too.</numerusform>
            <numerusform>%n kept as duplicates for the organiser to see: another desk had checked them in too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back online — %n check-ins uploaded</source>
        <translation>
            <numerusform>Back online — %n check-in uploaded</numerusform>
            <numerusform>Back online — %n check-ins uploaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <source>%n participants, %1 funded, from %2 delegations.</source>
        <translation>
            <numerusform>%n participant, %1 funded, from %2 delegations.</numerusform>
            <numerusform>%n participants, %1 funded, from %2 delegations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has already checked in (%n check-ins). Deleting also removes them from the attendance. Delete only if this person was registered by mistake.</source>
        <translation>
            <numerusform>%1 has already checked in (%n check-in). Deleting also removes them from the attendance. Delete only if this person was registered by mistake.</numerusform>
            <numerusform>%1 has already checked in (%n check-ins). Deleting also removes them from the attendance. Delete only if this person was registered by mistake.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants were exported.

The file holds personal data (names, e-mails, phone numbers): keep it safe and delete it when it is no longer needed.</source>
        <translation>
            <numerusform>%n participant was exported.

The file holds personal data (names, e-mails, phone numbers): keep it safe and delete it when it is no longer needed.</numerusform>
            <numerusform>%n participants were exported.

The file holds personal data (names, e-mails, phone numbers): keep it safe and delete it when it is no longer needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counted</name>
    <message numerus="yes">
        <source>{label} has %n agenda items. Remove them first, or keep the last day.</source>
        <translation>
            <numerusform>{label} has %n agenda item. Remove it first, or keep the last day.</numerusform>
            <numerusform>{label} has %n agenda items. Remove them first, or keep the last day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants are expected on {label}. Change their days first.</source>
        <translation>
            <numerusform>%n participant is expected on {label}. Change their days first.</numerusform>
            <numerusform>%n participants are expected on {label}. Change their days first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n participants. Move them to another delegation or delete them first.</source>
        <translation>
            <numerusform>{name} has %n participant. Move them to another delegation or delete them first.</numerusform>
            <numerusform>{name} has %n participants. Move them to another delegation or delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants have the role {name}. Give them another role first.</source>
        <translation>
            <numerusform>%n participant has the role {name}. Give them another role first.</numerusform>
            <numerusform>%n participants have the role {name}. Give them another role first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible namesakes: add --allow-namesakes to import them as separate people.</source>
        <translation>
            <numerusform>%n possible namesake: add --allow-namesakes to import them as separate people.</numerusform>
            <numerusform>%n possible namesakes: add --allow-namesakes to import them as separate people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>belvedere: nothing was imported: %n problems to fix first.</source>
        <translation>
            <numerusform>belvedere: nothing was imported: %n problem to fix first.</numerusform>
            <numerusform>belvedere: nothing was imported: %n problems to fix first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rehearsal of {day} is cleared (%n actions).</source>
        <translation>
            <numerusform>The rehearsal of {day} is cleared (%n action).</numerusform>
            <numerusform>The rehearsal of {day} is cleared (%n actions).</numerusform>
        </translation>
    </message>
</context>
</TS>
