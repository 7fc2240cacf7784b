<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Belvedere</source>
        <translation>Rreth Belvedere</translation>
    </message>
    <message>
        <source>Belvedere %1</source>
        <translation>Belvedere %1</translation>
    </message>
    <message>
        <source>Runs an event on site: QR-badge check-in, the live agenda timer, badges, sign-in sheets and reports, with no network.</source>
        <translation>Drejton një event në vend: regjistrimin me kartë QR, kohëmatësin e programit, kartat, listat e pranisë dhe raportet, pa rrjet.</translation>
    </message>
    <message>
        <source>Belvedere is built from the components below, each under its own licence. Their licence texts are in the folder %1, and the table says where each one&apos;s sources are. The Qt and FFmpeg libraries can be replaced with versions you build yourself.</source>
        <translation>Belvedere është ndërtuar nga përbërësit më poshtë, secili me licencën e vet. Tekstet e licencave janë në dosjen %1, dhe tabela tregon ku gjenden burimet e secilit. Libraritë Qt dhe FFmpeg mund të zëvendësohen me versione që i ndërtoni vetë.</translation>
    </message>
    <message>
        <source>&amp;Open the licence texts</source>
        <translation>&amp;Hap tekstet e licencave</translation>
    </message>
    <message>
        <source>Sources of %1: %2</source>
        <translation>Burimet e %1: %2</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Përbërësi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenca</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Burimet</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Registration</source>
        <translation>Regjistrimi</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesioni</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Prezantim</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pushim</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Drekë</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Tjetër</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>5 minutes</source>
        <translation>5 minuta</translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation>2 minuta</translation>
    </message>
    <message>
        <source>Please wrap up</source>
        <translation>Ju lutemi përmbyllni</translation>
    </message>
    <message>
        <source>Questions from the floor</source>
        <translation>Pyetje nga salla</translation>
    </message>
    <message>
        <source>Shorten lunch by {minutes} min</source>
        <translation>Shkurto drekën me {minutes} min</translation>
    </message>
    <message>
        <source>Shorten the {time} coffee break by {minutes} min</source>
        <translation>Shkurto pushimin e kafes së orës {time} me {minutes} min</translation>
    </message>
    <message>
        <source>Trim each of the {count} talks of session {number} by {minutes} min</source>
        <translation>Shkurto secilin nga {count} prezantimet e sesionit {number} me {minutes} min</translation>
    </message>
    <message>
        <source>Trim “{title}” (session {number}) by {minutes} min</source>
        <translation>Shkurto “{title}” (sesioni {number}) me {minutes} min</translation>
    </message>
    <message>
        <source>Trim “{title}” by {minutes} min</source>
        <translation>Shkurto “{title}” me {minutes} min</translation>
    </message>
    <message>
        <source>{what} — saves {saves} min, the day ends at {end}</source>
        <translation>{what} — fiton {saves} min, dita mbaron në orën {end}</translation>
    </message>
    <message>
        <source>{minutes} min late</source>
        <translation>{minutes} min vonesë</translation>
    </message>
    <message>
        <source>{minutes} min early</source>
        <translation>{minutes} min përpara</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>në orar</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programi</translation>
    </message>
    <message>
        <source>This event has no days yet.</source>
        <translation>Ky event nuk ka ende ditë.</translation>
    </message>
    <message>
        <source>Running late: ways to end on time</source>
        <translation>Me vonesë: si të mbarojmë në orar</translation>
    </message>
    <message>
        <source>Display:</source>
        <translation>Ekrani:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Fillo</translation>
    </message>
    <message>
        <source>Start or pause (space)</source>
        <translation>Fillo ose ndalo (hapësirë)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>End this item; a break that follows starts by itself</source>
        <translation>Mbyll këtë pikë; pushimi që vjen pas fillon vetë</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tjetra</translation>
    </message>
    <message>
        <source>End this item and start the next (N)</source>
        <translation>Mbyll këtë pikë dhe fillo tjetrën (N)</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>Remove a minute (−)</source>
        <translation>Hiq një minutë (−)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Add a minute (+)</source>
        <translation>Shto një minutë (+)</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Add five minutes</source>
        <translation>Shto pesë minuta</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Kapërce</translation>
    </message>
    <message>
        <source>Skip this item without running it</source>
        <translation>Kapërce këtë pikë pa e zhvilluar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kthehu</translation>
    </message>
    <message>
        <source>Return to the previous item, as if not ended</source>
        <translation>Kthehu te pika e mëparshme, sikur të mos kishte mbaruar</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Errëso</translation>
    </message>
    <message>
        <source>Black out the display (B)</source>
        <translation>Errëso ekranin (B)</translation>
    </message>
    <message>
        <source>Jump to…</source>
        <translation>Kalo te…</translation>
    </message>
    <message>
        <source>Start a later item now; what lies between is skipped (J, or double-click its row)</source>
        <translation>Fillo tani një pikë të mëvonshme; ato ndërmjet kapërcehen (J, ose klikim i dyfishtë mbi rresht)</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>Mesazh për folësin</translation>
    </message>
    <message>
        <source>Type a message, Enter shows it (M)</source>
        <translation>Shkruani një mesazh, Enter e shfaq (M)</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Fshihe</translation>
    </message>
    <message>
        <source>Hide the message (M)</source>
        <translation>Fshih mesazhin (M)</translation>
    </message>
    <message>
        <source>Chime when a break ends</source>
        <translation>Zile pas pushimit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>“Please take your seats” this long before a break ends</source>
        <translation>“Ju lutemi zini vendet” kaq kohë para se të mbarojë pushimi</translation>
    </message>
    <message>
        <source>Seats call:</source>
        <translation>Thirrja për vendet:</translation>
    </message>
    <message>
        <source>No break is under way: “Resume at…” sets when the running break ends.</source>
        <translation>Nuk ka pushim në zhvillim: “Rifillo në…” cakton kur mbaron pushimi që po zhvillohet.</translation>
    </message>
    <message>
        <source>There is no later item today.</source>
        <translation>Sot nuk ka pikë të mëvonshme.</translation>
    </message>
    <message>
        <source>Jump to a later item</source>
        <translation>Kalo te një pikë e mëvonshme</translation>
    </message>
    <message>
        <source>Start now:</source>
        <translation>Fillo tani:</translation>
    </message>
    <message>
        <source>“%1” ends now.</source>
        <translation>“%1” mbaron tani.</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Kapërcehen:</translation>
    </message>
    <message>
        <source>Start “%1” now?</source>
        <translation>Të fillojë “%1” tani?</translation>
    </message>
    <message>
        <source>⚠ The laptop&apos;s clock is %1 ahead of the agenda&apos;s time.</source>
        <translation>⚠ Ora e laptopit është %1 përpara orës së programit.</translation>
    </message>
    <message>
        <source>⚠ The laptop&apos;s clock is %1 behind the agenda&apos;s time.</source>
        <translation>⚠ Ora e laptopit është %1 prapa orës së programit.</translation>
    </message>
    <message>
        <source>It was changed while the day ran. The agenda keeps counting real time; check the laptop&apos;s clock.</source>
        <translation>U ndryshua ndërsa dita po zhvillohej. Programi vazhdon të numërojë kohën e vërtetë; kontrolloni orën e laptopit.</translation>
    </message>
    <message>
        <source>This day has no agenda items yet.</source>
        <translation>Kjo ditë nuk ka ende pika në program.</translation>
    </message>
    <message>
        <source>The day is over.</source>
        <translation>Dita mbaroi.</translation>
    </message>
    <message>
        <source> · the day ends at {end} (planned {planned})</source>
        <translation> · dita mbaron në orën {end} (planifikuar {planned})</translation>
    </message>
    <message>
        <source>Planned for {date} · the day ends at {end}</source>
        <translation>Planifikuar për {date} · dita mbaron në orën {end}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pa filluar</translation>
    </message>
    <message>
        <source>Running {how}</source>
        <translation>Në zhvillim, {how}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Ndalo</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Vazhdo</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zbato</translation>
    </message>
</context>
<context>
    <name>AgendaTable</name>
    <message>
        <source>Planned</source>
        <translation>Planifikuar</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizuar</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Parashikuar</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pika</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>Sesioni {number}: {title}</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>kapërcyer</translation>
    </message>
    <message>
        <source>Projected: {start}–{end}</source>
        <translation>Parashikuar: {start}–{end}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>mbaroi</translation>
    </message>
    <message>
        <source>paused, {time} left</source>
        <translation>ndalur, mbeten {time}</translation>
    </message>
    <message>
        <source>over by {time}</source>
        <translation>tejkaluar me {time}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>mbeten {time}</translation>
    </message>
    <message>
        <source>next</source>
        <translation>tjetra</translation>
    </message>
</context>
<context>
    <name>ArrivalChartWidget</name>
    <message>
        <source>No check-ins yet for this day.</source>
        <translation>Ende asnjë regjistrim për këtë ditë.</translation>
    </message>
</context>
<context>
    <name>BadgePrinter</name>
    <message>
        <source>Badge printer</source>
        <translation>Printeri i kartave</translation>
    </message>
    <message>
        <source>This laptop has no printer. Connect one (and install it in the system), then choose it here; until then badges are saved as PDFs.</source>
        <translation>Ky laptop nuk ka printer. Lidhni një (dhe instalojeni në sistem), pastaj zgjidheni këtu; deri atëherë kartat ruhen si PDF.</translation>
    </message>
    <message>
        <source>The printer this laptop prints badges on:</source>
        <translation>Printeri ku ky laptop printon kartat:</translation>
    </message>
    <message>
        <source>Saved as PDF, not printed</source>
        <translation>Ruajtur si PDF, jo e printuar</translation>
    </message>
    <message>
        <source>Print it from the PDF. Is it on paper now? Only then is it counted as printed.</source>
        <translation>Printojeni nga PDF-ja. A është tani në letër? Vetëm atëherë llogaritet si e printuar.</translation>
    </message>
    <message>
        <source>It is printed</source>
        <translation>Është printuar</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Jo ende</translation>
    </message>
</context>
<context>
    <name>BadgeTable</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegacioni</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printuar</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ende jo</translation>
    </message>
    <message>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ndryshuar</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>Badges</source>
        <translation>Kartat</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Formati</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kush</translation>
    </message>
    <message>
        <source>Find by name, number or organisation, then select rows</source>
        <translation>Kërkoni me emër, numër ose institucion, pastaj zgjidhni rreshtat</translation>
    </message>
    <message>
        <source>&amp;Replace lost badge…</source>
        <translation>&amp;Zëvendëso kartën e humbur…</translation>
    </message>
    <message>
        <source>Issue a new badge version: the lost badge is then refused at the desk.</source>
        <translation>Lësho një version të ri të kartës: karta e humbur refuzohet pastaj në sportel.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Ruaj si PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Printo…</translation>
    </message>
    <message>
        <source>%v of %m badges</source>
        <translation>%v nga %m karta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Hap PDF-në</translation>
    </message>
    <message>
        <source>They are printed: &amp;count them</source>
        <translation>Janë printuar: &amp;llogariti</translation>
    </message>
    <message>
        <source>Once the PDF is printed, count these badges as printed</source>
        <translation>Pasi të printohet PDF-ja, llogariti këto karta si të printuara</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Faqja e parë</translation>
    </message>
    <message>
        <source>Everyone (%1)</source>
        <translation>Të gjithë (%1)</translation>
    </message>
    <message>
        <source>Selected in the list (%1)</source>
        <translation>Të zgjedhurit në listë (%1)</translation>
    </message>
    <message>
        <source>Not printed yet (%1)</source>
        <translation>Ende pa printuar (%1)</translation>
    </message>
    <message>
        <source>Changed since printed (%1)</source>
        <translation>Ndryshuar pas printimit (%1)</translation>
    </message>
    <message>
        <source>The badge font has no letters for some characters; they would print as empty boxes. Participants: %1</source>
        <translation>Shkronjat e kartës nuk kanë disa nga këto germa; do të printoheshin si kuti bosh. Pjesëmarrësit: %1</translation>
    </message>
    <message>
        <source>Too long for this layout, so printed smaller than its smallest type: %1. Give them a shorter name on the badge (Participants ▸ Edit) or choose a larger layout.</source>
        <translation>Shumë të gjatë për këtë format, ndaj printohen më të vegjël se shkronja më e vogël e tij: %1. Jepuni një emër më të shkurtër në kartë (Pjesëmarrësit ▸ Ndrysho) ose zgjidhni një format më të madh.</translation>
    </message>
    <message>
        <source>Nobody is chosen.</source>
        <translation>Nuk është zgjedhur askush.</translation>
    </message>
    <message>
        <source>Save the badges as PDF</source>
        <translation>Ruaj kartat si PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelled: no PDF was saved and nothing was recorded.</source>
        <translation>U anulua: nuk u ruajt asnjë PDF dhe nuk u regjistrua asgjë.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n badges on %1 pages as PDF: %2.</source>
        <translation>
            <numerusform>U ruajt %n kartë në %1 faqe si PDF: %2.</numerusform>
            <numerusform>U ruajtën %n karta në %1 faqe si PDF: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted as printed until you print it and say so.</source>
        <translation>Nuk llogaritet si e printuar derisa ta printoni dhe ta thoni.</translation>
    </message>
    <message numerus="yes">
        <source>%n badges counted as printed.</source>
        <translation>
            <numerusform>%n kartë u llogarit si e printuar.</numerusform>
            <numerusform>%n karta u llogaritën si të printuara.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was recorded. Pages already sent may still print.</source>
        <translation>Printimi u anulua; nuk u regjistrua asgjë. Faqet e dërguara mund të printohen gjithsesi.</translation>
    </message>
    <message>
        <source>Sent %1 badges on %2 pages to %3.</source>
        <translation>U dërguan %1 karta në %2 faqe te %3.</translation>
    </message>
    <message>
        <source>Characters the font cannot print</source>
        <translation>Germa që shkronjat nuk i printojnë</translation>
    </message>
    <message>
        <source>The badges of participants %1 have characters the badge font cannot print; they would show as empty boxes. Print them anyway?</source>
        <translation>Kartat e pjesëmarrësve %1 kanë germa që shkronjat e kartës nuk i printojnë; do të dilnin si kuti bosh. T’i printoj gjithsesi?</translation>
    </message>
    <message>
        <source>the badges</source>
        <translation>kartat</translation>
    </message>
    <message>
        <source>Replace a lost badge</source>
        <translation>Zëvendëso një kartë të humbur</translation>
    </message>
    <message>
        <source>Issue a new badge for %1 (No. %2)? Badge version %3 will then be refused at the desk as replaced. Print the new badge right away.</source>
        <translation>Të lëshohet një kartë e re për %1 (Nr. %2)? Versioni %3 i kartës do të refuzohet pastaj në sportel si i zëvendësuar. Printojeni menjëherë kartën e re.</translation>
    </message>
    <message>
        <source>%1 now has badge version %2. Save it as PDF or print it now.</source>
        <translation>%1 ka tani versionin %2 të kartës. Ruajeni si PDF ose printojeni tani.</translation>
    </message>
</context>
<context>
    <name>BreakControls</name>
    <message>
        <source>Resume at… (R)</source>
        <translation>Rifillo në… (R)</translation>
    </message>
    <message>
        <source>Set the time the break ends</source>
        <translation>Caktoni orën kur mbaron pushimi</translation>
    </message>
    <message>
        <source>End break now…</source>
        <translation>Mbyll pushimin…</translation>
    </message>
    <message>
        <source>End the break now (asks first)</source>
        <translation>Mbyll pushimin tani (pyet më parë)</translation>
    </message>
    <message>
        <source>{minutes} min → {time}</source>
        <translation>{minutes} min → {time}</translation>
    </message>
    <message>
        <source>“{title}” started at {start} and would last {length} min, until {end}: give it its planned {minutes} min, resuming at {time}</source>
        <translation>“{title}” filloi në orën {start} dhe do të zgjaste {length} min, deri në orën {end}: jepini {minutes} minutat e planifikuara, me rifillim në orën {time}</translation>
    </message>
    <message>
        <source>End the break?</source>
        <translation>Të mbyllet pushimi?</translation>
    </message>
    <message>
        <source>“{title}” runs until {end} ({minutes} min left).</source>
        <translation>“{title}” zgjat deri në orën {end} (edhe {minutes} min).</translation>
    </message>
    <message>
        <source>“{title}” starts now.</source>
        <translation>“{title}” fillon tani.</translation>
    </message>
    <message>
        <source>“{title}” then waits for Start.</source>
        <translation>“{title}” pastaj pret që ta filloni.</translation>
    </message>
    <message>
        <source>End the break now?</source>
        <translation>Të mbyllet pushimi tani?</translation>
    </message>
    <message>
        <source>End the break now</source>
        <translation>Mbyll pushimin tani</translation>
    </message>
    <message>
        <source>Keep the break</source>
        <translation>Vazhdo pushimin</translation>
    </message>
</context>
<context>
    <name>CertificatesForm</name>
    <message>
        <source>Albanian</source>
        <translation>Shqip</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglisht</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbisht</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Maqedonisht</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Kroatisht</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>Boshnjakisht</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turqisht</translation>
    </message>
    <message>
        <source>Montenegrin</source>
        <translation>Malazezisht</translation>
    </message>
    <message>
        <source>name, as it is signed</source>
        <translation>emri, siç nënshkruhet</translation>
    </message>
    <message>
        <source>title, one line per working language</source>
        <translation>titulli, një rresht për çdo gjuhë pune</translation>
    </message>
    <message>
        <source>Certificates of attendance</source>
        <translation>Vërtetimet e pjesëmarrjes</translation>
    </message>
    <message>
        <source>Title in %1</source>
        <translation>Titulli në %1</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>qyteti</translation>
    </message>
    <message>
        <source>the last day of the event</source>
        <translation>dita e fundit e eventit</translation>
    </message>
    <message>
        <source>Signed &amp;at</source>
        <translation>Nënshkruar &amp;në</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>First signatory</source>
        <translation>Nënshkruesi i parë</translation>
    </message>
    <message>
        <source>Second signatory</source>
        <translation>Nënshkruesi i dytë</translation>
    </message>
    <message>
        <source>Save certificate details</source>
        <translation>Ruaj të dhënat e vërtetimit</translation>
    </message>
    <message>
        <source>Which roles receive a certificate is chosen per role (Roles and badge colours). Without a signatory the certificate has one line “For the organisers”.</source>
        <translation>Cilët role marrin vërtetim zgjidhet për çdo rol (Rolet dhe ngjyrat e kartave). Pa nënshkrues, vërtetimi ka një rresht “Për organizatorët”.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>U ruajt.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Kontrolli para importit</translation>
    </message>
    <message>
        <source>Every row was checked; nothing is written until you press Import, and then all rows or none.</source>
        <translation>Çdo rresht u kontrollua; asgjë nuk shkruhet derisa të shtypni Importo, dhe atëherë të gjithë rreshtat ose asnjë.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importo</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>&amp;Lexo sërish skedarin</translation>
    </message>
    <message>
        <source>After correcting the file, check it again (F5)</source>
        <translation>Pasi ta korrigjoni skedarin, kontrollojeni sërish (F5)</translation>
    </message>
    <message>
        <source>&amp;Yes, they are separate people: import each of them</source>
        <translation>&amp;Po, janë persona të ndryshëm: importo secilin</translation>
    </message>
    <message>
        <source>Problems to fix first (by row number):</source>
        <translation>Probleme për t’u ndrequr më parë (sipas numrit të rreshtit):</translation>
    </message>
    <message>
        <source>Possible namesakes — import as separate people?</source>
        <translation>Të mundshëm me emër të njëjtë — të importohen si persona të ndryshëm?</translation>
    </message>
    <message>
        <source>Rows that import as written, worth a look:</source>
        <translation>Rreshta që importohen siç janë shkruar, vlen t’u hidhni një sy:</translation>
    </message>
    <message>
        <source>People already registered whom the file updates:</source>
        <translation>Persona tashmë të regjistruar që skedari i përditëson:</translation>
    </message>
    <message>
        <source>Checked again; the file has not changed.</source>
        <translation>U kontrollua sërish; skedari nuk ka ndryshuar.</translation>
    </message>
    <message>
        <source>The file changed since the last check: it was read and checked again.</source>
        <translation>Skedari ndryshoi pas kontrollit të fundit: u lexua dhe u kontrollua sërish.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Po kontrollohet çdo rresht…</translation>
    </message>
    <message>
        <source>the participant import</source>
        <translation>importi i pjesëmarrësve</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 already up to date.</source>
        <translation>%1 të rinj, %2 për t’u përditësuar, %3 tashmë të përditësuar.</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>Gati: %1</translation>
    </message>
    <message>
        <source>Possible namesakes to confirm below; nothing is imported before. (%1)</source>
        <translation>Persona me emër të njëjtë për t’u konfirmuar më poshtë; asgjë nuk importohet para kësaj. (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n problems: nothing can be imported yet. (%1)</source>
        <translation>
            <numerusform>%n problem: ende nuk mund të importohet asgjë. (%1)</numerusform>
            <numerusform>%n probleme: ende nuk mund të importohet asgjë. (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rreshti %1: %2</translation>
    </message>
    <message>
        <source>Row %1: %2 %3 — %4</source>
        <translation>Rreshti %1: %2 %3 — %4</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… dhe %1 të tjerë.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Po importohet…</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>How the file was read, and what each column holds</source>
        <translation>Si u lexua skedari dhe çfarë mban secila kolonë</translation>
    </message>
    <message>
        <source>Check the names in the preview. If letters look wrong, choose another encoding; if columns run together, another delimiter.</source>
        <translation>Kontrolloni emrat në parapamje. Nëse germat duken gabim, zgjidhni një kodim tjetër; nëse kolonat bashkohen, një ndarës tjetër.</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Kodimi</translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation>&amp;Ndarësi</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Fleta</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolona në skedar</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Vlera e parë</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importohet si</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Sa e sigurt</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Parapamje e rreshtave të parë:</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (i gjetur)</translation>
    </message>
    <message>
        <source>Check the names in the preview and what each column imports as.</source>
        <translation>Kontrolloni emrat në parapamje dhe si importohet secila kolonë.</translation>
    </message>
    <message>
        <source>A JSON list of %1 participants.</source>
        <translation>Një listë JSON me %1 pjesëmarrës.</translation>
    </message>
    <message>
        <source>Header in row %1; %2 rows of participants below it.</source>
        <translation>Titujt në rreshtin %1; %2 rreshta pjesëmarrësish poshtë tij.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(pa emër)</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <source>arrived on %1</source>
        <translation>të ardhur — %1</translation>
    </message>
    <message>
        <source>others</source>
        <translation>të tjerë</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Belvedere met an unexpected problem</source>
        <translation>Belvedere hasi një problem të papritur</translation>
    </message>
    <message>
        <source>Belvedere met an unexpected problem and wrote what happened to its log:</source>
        <translation>Belvedere hasi një problem të papritur dhe e shënoi ç’ndodhi në regjistrin e vet:</translation>
    </message>
    <message>
        <source>Nothing that was acknowledged was lost: every check-in and chair action that Belvedere showed as saved is in the event file.</source>
        <translation>Nuk humbi asgjë që ishte konfirmuar: çdo regjistrim dhe veprim i moderatorit që Belvedere tregoi si të ruajtur është në skedarin e eventit.</translation>
    </message>
    <message>
        <source>You can go on working. If something does not respond, close Belvedere and start it again, and give the log to whoever looks after Belvedere.</source>
        <translation>Mund të vazhdoni punën. Nëse diçka nuk përgjigjet, mbyllni Belvedere dhe hapeni sërish, dhe jepjani regjistrin atij që kujdeset për Belvedere.</translation>
    </message>
</context>
<context>
    <name>DayAgendaEditor</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pika</translation>
    </message>
    <message>
        <source>Speakers / chair</source>
        <translation>Folësit / moderatori</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Shto…</translation>
    </message>
    <message>
        <source>Add an item to the day: a session, a break, lunch…</source>
        <translation>Shto një pikë në ditë: sesion, pushim, drekë…</translation>
    </message>
    <message>
        <source>Add &amp;inside…</source>
        <translation>Shto &amp;brenda…</translation>
    </message>
    <message>
        <source>Add a talk, break or other item inside the chosen session</source>
        <translation>Shto një prezantim, pushim ose pikë tjetër brenda sesionit të zgjedhur</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ndrysho…</translation>
    </message>
    <message>
        <source>Move up, swapping times with the item before (Alt+Up)</source>
        <translation>Ngjite lart, duke shkëmbyer oraret me pikën e mëparshme (Alt+Lart)</translation>
    </message>
    <message>
        <source>Move down, swapping times with the item after (Alt+Down)</source>
        <translation>Ule poshtë, duke shkëmbyer oraret me pikën pasardhëse (Alt+Poshtë)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hiq</translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation>Moderatori: %1</translation>
    </message>
    <message>
        <source>No overlaps or gaps.</source>
        <translation>Pa mbivendosje ose boshllëqe.</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Të hiqet “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>The %n items inside it go too.</source>
        <translation>
            <numerusform>Hiqet edhe pika brenda tij.</numerusform>
            <numerusform>Hiqen edhe %n pikat brenda tij.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Hiq pikën e programit</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nuk u hoq</translation>
    </message>
</context>
<context>
    <name>DayBox</name>
    <message>
        <source>Change day…</source>
        <translation>Ndrysho ditën…</translation>
    </message>
    <message>
        <source>This event has no days yet.</source>
        <translation>Ky event nuk ka ende ditë.</translation>
    </message>
    <message>
        <source>No day chosen</source>
        <translation>Asnjë ditë e zgjedhur</translation>
    </message>
    <message>
        <source>Not today: these check-ins are for %1. Today at the venue is %2.</source>
        <translation>Jo sot: këto regjistrime janë për %1. Sot në vendin e eventit është %2.</translation>
    </message>
    <message>
        <source>Check-ins are recorded for the day chosen here. Today at the venue is %1.</source>
        <translation>Regjistrimet shënohen për ditën e zgjedhur këtu. Sot në vendin e eventit është %1.</translation>
    </message>
    <message>
        <source>Today at the venue, %1, is not a day of this event, and no day has been chosen. Which day do these check-ins belong to?</source>
        <translation>Sot në vendin e eventit, %1, nuk është ditë e këtij eventi dhe nuk është zgjedhur asnjë ditë. Për cilën ditë janë këto regjistrime?</translation>
    </message>
    <message>
        <source>This desk is about to record check-ins for %1, but today at the venue is %2. Which day does this desk work on?</source>
        <translation>Ky sportel do të shënojë regjistrime për %1, por sot në vendin e eventit është %2. Për cilën ditë punon ky sportel?</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Which day does this desk work on?</source>
        <translation>Për cilën ditë punon ky sportel?</translation>
    </message>
    <message>
        <source>(today)</source>
        <translation>(sot)</translation>
    </message>
    <message>
        <source>Work on this day</source>
        <translation>Puno për këtë ditë</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>Delegation</source>
        <translation>Delegacioni</translation>
    </message>
    <message>
        <source>&amp;Code (e.g. AL)</source>
        <translation>&amp;Kodi (p.sh. AL)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Emri</translation>
    </message>
    <message>
        <source>N&amp;ote (printed with the name)</source>
        <translation>Shë&amp;nim (printohet me emrin)</translation>
    </message>
</context>
<context>
    <name>DelegationsEditor</name>
    <message>
        <source>Code</source>
        <translation>Kodi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Pjesëmarrësit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Shënim</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>This is the demo: the workshop of %1. Try it today: the agenda runs %2 from now, from its %3 coffee break; the desk practises with the real list; the 2011 record stays as it is.</source>
        <translation>Ky është demonstrimi: seminari i %1. Provojeni sot: %2 zhvillohet që tani, duke nisur nga pushimi i kafes i orës %3; sporteli ushtrohet me listën e vërtetë; të dhënat e vitit 2011 mbeten siç janë.</translation>
    </message>
    <message>
        <source>Rehearse it now</source>
        <translation>Provoje tani</translation>
    </message>
    <message>
        <source>Rehearsing %1: its coffee break runs. On the Agenda page, N ends it (it asks first) and runs the next session&apos;s timer; + and − change the time; Show display puts it full screen. The Desk checks in any badge or name in practice.</source>
        <translation>Po provohet %1: pushimi i kafes është në vazhdim. Në faqen Programi, N e mbyll atë (pyet më parë) dhe nis kohëmatësin e sesionit pasardhës; + dhe − ndryshojnë kohën; Shfaq ekranin e hap në ekran të plotë. Sporteli regjistron në ushtrim çdo kartë ose emër.</translation>
    </message>
</context>
<context>
    <name>DeskAnswer</name>
    <message>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>tani</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>para %1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min ago</source>
        <translation>para %1 orë e %2 min</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gati</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name or number.</source>
        <translation>Skanoni një kartë, ose shkruani një emër a numër.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Ushtrim</translation>
    </message>
    <message>
        <source>Scans, search, walk-ins and undo answer as on the day, with the real participant list.</source>
        <translation>Skanimet, kërkimi, të rinjtë në vend dhe zhbërja përgjigjen si në ditën e eventit, me listën e vërtetë të pjesëmarrësve.</translation>
    </message>
    <message>
        <source>Nothing is recorded: no check-in, count, journal line or report changes.</source>
        <translation>Nuk regjistrohet asgjë: nuk ndryshon asnjë regjistrim, numërim, rresht ditari apo raport.</translation>
    </message>
    <message>
        <source>Practice is over</source>
        <translation>Ushtrimi mbaroi</translation>
    </message>
    <message>
        <source>From now on every check-in is recorded for %1.</source>
        <translation>Që tani çdo regjistrim shënohet — %1.</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Duke kërkuar</translation>
    </message>
    <message>
        <source>Choose the person in the list: ↑ ↓, then Enter.</source>
        <translation>Zgjidhni personin në listë: ↑ ↓, pastaj Enter.</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Nuk u regjistrua</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Practice number %1: nobody was registered</source>
        <translation>Numër ushtrimi %1: nuk u regjistrua askush</translation>
    </message>
    <message>
        <source>Registered as number %1</source>
        <translation>Regjistruar me numrin %1</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>U regjistrua</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Regjistruar më parë</translation>
    </message>
    <message>
        <source>Not expected on %1</source>
        <translation>Nuk pritet: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nuk u ruajt</translation>
    </message>
    <message>
        <source>(The new badge was issued %1.)</source>
        <translation>(Karta e re u lëshua më %1.)</translation>
    </message>
    <message>
        <source>Badge refused</source>
        <translation>Karta u refuzua</translation>
    </message>
    <message>
        <source>Checked in earlier today.</source>
        <translation>U regjistrua më herët sot.</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>ky sportel</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>një sportel tjetër</translation>
    </message>
    <message>
        <source>Since %1 at %2</source>
        <translation>Që në orën %1, te %2</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Regjistrimi u anulua</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Arsyeja: %1</translation>
    </message>
</context>
<context>
    <name>DeskBadge</name>
    <message>
        <source>Not printed: no printer was chosen.</source>
        <translation>Nuk u printua: nuk u zgjodh asnjë printer.</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Nuk u printua: %1</translation>
    </message>
    <message>
        <source>Badge sent to the printer %1.</source>
        <translation>Karta u dërgua te printeri %1.</translation>
    </message>
    <message>
        <source>The printer %1 is not connected.</source>
        <translation>Printeri %1 nuk është i lidhur.</translation>
    </message>
    <message>
        <source>The badge of %1 was saved as a PDF, not printed:
%2</source>
        <translation>Karta e %1 u ruajt si PDF, nuk u printua:
%2</translation>
    </message>
    <message>
        <source>Saved as PDF and printed from it: %1</source>
        <translation>Ruajtur si PDF dhe printuar prej saj: %1</translation>
    </message>
    <message>
        <source>Saved as PDF, not printed: %1</source>
        <translation>Ruajtur si PDF, jo e printuar: %1</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Registration desk</source>
        <translation>Sporteli i regjistrimit</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Walk-in (F2)</source>
        <translation>I ri në vend (F2)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Zhbëj (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Take back one of this desk&apos;s check-ins, after saying whose and why</source>
        <translation>Anuloni një nga regjistrimet e këtij sporteli, pasi të thoni të kujt dhe pse</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ndrysho…</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name or number</source>
        <translation>Skanoni një kartë, ose shkruani një emër a numër</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>No desk name yet</source>
        <translation>Sporteli ende pa emër</translation>
    </message>
    <message>
        <source>Give this desk its name and yours first (Change… at the top), then scan again.</source>
        <translation>Jepini më parë këtij sporteli emrin e tij dhe tuajin (Ndrysho… lart), pastaj skanoni sërish.</translation>
    </message>
    <message>
        <source>Choose the day this desk works on (Change day… at the top), then scan again.</source>
        <translation>Zgjidhni ditën për të cilën punon ky sportel (Ndrysho ditën… lart), pastaj skanoni sërish.</translation>
    </message>
    <message>
        <source>This event has no days yet: add them on the Event page.</source>
        <translation>Ky event nuk ka ende ditë: shtojini te faqja Eventi.</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 në orën %2, %3</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter checks in · Esc clears</source>
        <translation>↑ ↓ zgjidh · Enter regjistron · Esc pastron</translation>
    </message>
    <message>
        <source>No one matches “%1”. Check the spelling, try part of the family name or the number, or register a walk-in (F2).</source>
        <translation>Askush nuk përputhet me “%1”. Kontrolloni drejtshkrimin, provoni një pjesë të mbiemrit ose numrin, ose regjistroni një të ri në vend (F2).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Zhbëj</translation>
    </message>
    <message>
        <source>This desk has no check-in to undo on this day.</source>
        <translation>Ky sportel nuk ka asnjë regjistrim për të zhbërë në këtë ditë.</translation>
    </message>
    <message>
        <source>The check-in was not undone</source>
        <translation>Regjistrimi nuk u anulua</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Po ndizet kamera…</translation>
    </message>
    <message>
        <source>The camera cannot be used</source>
        <translation>Kamera nuk mund të përdoret</translation>
    </message>
    <message>
        <source>%1
Scan with the scanner or type the name.</source>
        <translation>%1
Skanoni me skanerin ose shkruani emrin.</translation>
    </message>
</context>
<context>
    <name>DeskSearch</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Del.</source>
        <translation>Del.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Sot</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>not expected</source>
        <translation>nuk pritet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not arrived yet</source>
        <translation>ende pa ardhur</translation>
    </message>
</context>
<context>
    <name>DisplayScreens</name>
    <message>
        <source>The screen the speaker&apos;s display goes to</source>
        <translation>Ekrani ku shfaqet ekrani i folësit</translation>
    </message>
    <message>
        <source>Show display</source>
        <translation>Shfaq ekranin</translation>
    </message>
    <message>
        <source>Open the stage display on this screen</source>
        <translation>Hap ekranin e sallës në këtë ekran</translation>
    </message>
    <message>
        <source>Show the display there</source>
        <translation>Shfaqe ekranin atje</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jo tani</translation>
    </message>
    <message>
        <source>{name} (this laptop)</source>
        <translation>{name} (ky laptop)</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (i palidhur)</translation>
    </message>
    <message>
        <source>“{name}” is not connected: the display is in a window on this laptop until it is.</source>
        <translation>“{name}” nuk është i lidhur: ekrani i sallës është në një dritare në këtë laptop derisa të lidhet.</translation>
    </message>
    <message>
        <source>The screen “{name}” is gone: the display is back on this laptop.</source>
        <translation>Ekrani “{name}” u shkëput: ekrani i sallës u kthye në këtë laptop.</translation>
    </message>
    <message>
        <source>“{name}” is back: the display is on it again.</source>
        <translation>“{name}” u rilidh: ekrani i sallës është përsëri aty.</translation>
    </message>
    <message>
        <source>A new screen is connected: {name}.</source>
        <translation>U lidh një ekran i ri: {name}.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>U importua</translation>
    </message>
    <message>
        <source>Everything below is in the event file. Copy the summary for the delegation or your notes.</source>
        <translation>Gjithçka më poshtë është në skedarin e eventit. Kopjoni përmbledhjen për delegacionin ose për shënimet tuaja.</translation>
    </message>
    <message>
        <source>&amp;Copy the summary</source>
        <translation>&amp;Kopjo përmbledhjen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>U kopjua</translation>
    </message>
</context>
<context>
    <name>EventDetailsForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titulli</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>Nën&amp;titulli</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Vendi</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Q&amp;yteti</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Shte&amp;ti</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>Dita e &amp;parë</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Dita e &amp;fundit</translation>
    </message>
    <message>
        <source>Time &amp;zone of the venue</source>
        <translation>&amp;Zona orare e vendit</translation>
    </message>
    <message>
        <source>Working lan&amp;guages</source>
        <translation>&amp;Gjuhët e punës</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Shë&amp;nime</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Kodi i kartave</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Ruaj ndryshimet</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Kthe si ishte</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Ek&amp;sporto…</translation>
    </message>
    <message>
        <source>Save the whole event as a JSON event document</source>
        <translation>Ruaj gjithë eventin si dokument eventi JSON</translation>
    </message>
    <message>
        <source>Import &amp;into a new file…</source>
        <translation>Importo në një skedar të &amp;ri…</translation>
    </message>
    <message>
        <source>Create a new event file from a JSON event document</source>
        <translation>Krijo një skedar të ri eventi nga një dokument eventi JSON</translation>
    </message>
    <message>
        <source>Moving the dates moves every day and its agenda (the times of day stay). Once check-ins or the chair&apos;s actions are recorded, the dates and the time zone are fixed; days can still be added at the end.</source>
        <translation>Zhvendosja e datave zhvendos çdo ditë dhe programin e saj (oraret mbeten). Pasi të regjistrohen hyrje ose veprime të moderatorit, datat dhe zona orare nuk ndryshojnë më; ditë mund të shtohen ende në fund.</translation>
    </message>
    <message>
        <source>%1 — every badge carries it. The code and the badge secret travel with the event export, so badges printed here scan on another laptop.</source>
        <translation>%1 — e mban çdo kartë. Kodi dhe çelësi i fshehtë i kartave shkojnë me eksportin e eventit, që kartat e printuara këtu të skanohen edhe në një laptop tjetër.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>U ruajt.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Asgjë për të ruajtur.</translation>
    </message>
    <message>
        <source>Export the event</source>
        <translation>Eksporto eventin</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nuk u eksportua</translation>
    </message>
    <message>
        <source>Event exported</source>
        <translation>Eventi u eksportua</translation>
    </message>
    <message numerus="yes">
        <source>The event was exported with %n participants.

The file holds the badge secret and personal data: anyone with it can make badges that scan. Keep it safe.</source>
        <translation>
            <numerusform>Eventi u eksportua me %n pjesëmarrës.

Skedari mban çelësin e fshehtë të kartave dhe të dhëna personale: kushdo që e ka mund të bëjë karta që skanohen. Ruajeni me kujdes.</numerusform>
            <numerusform>Eventi u eksportua me %n pjesëmarrës.

Skedari mban çelësin e fshehtë të kartave dhe të dhëna personale: kushdo që e ka mund të bëjë karta që skanohen. Ruajeni me kujdes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event document to import</source>
        <translation>Dokumenti i eventit për import</translation>
    </message>
    <message>
        <source>The new event file</source>
        <translation>Skedari i ri i eventit</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nuk u importua</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Belvedere event document (*.json)</source>
        <translation>Dokument eventi Belvedere (*.json)</translation>
    </message>
    <message>
        <source>Belvedere event (*.belvedere)</source>
        <translation>Event Belvedere (*.belvedere)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegacionet</translation>
    </message>
    <message>
        <source>Roles and badge colours</source>
        <translation>Rolet dhe ngjyrat e kartave</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programi</translation>
    </message>
    <message>
        <source>Words from the sheets</source>
        <translation>Fjalët nga listat</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printimi</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the participant list</source>
        <translation>Zgjidhni listën e pjesëmarrësve</translation>
    </message>
    <message>
        <source>A CSV file (any encoding, comma, semicolon or tab), an Excel workbook (.xlsx), or a participant list exported from Belvedere as JSON.</source>
        <translation>Një skedar CSV (çfarëdo kodimi, me presje, pikëpresje ose tabulim), një libër Excel (.xlsx), ose një listë pjesëmarrësish e eksportuar nga Belvedere si JSON.</translation>
    </message>
    <message>
        <source>The file the delegation sent</source>
        <translation>Skedari që dërgoi delegacioni</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Shfleto…</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Lista e pjesëmarrësve</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Who is at this desk?</source>
        <translation>Kush është në këtë sportel?</translation>
    </message>
    <message>
        <source>Each check-in records the desk and the person working it. Change them with “Change…” at the top of the desk.</source>
        <translation>Çdo regjistrim shënon sportelin dhe personin që punon aty. Ndryshojini me “Ndrysho…” në krye të sportelit.</translation>
    </message>
    <message>
        <source>Desk 1</source>
        <translation>Sporteli 1</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Emri juaj</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Sporteli</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatori</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Fillo</translation>
    </message>
    <message>
        <source>Give both the desk&apos;s name and yours.</source>
        <translation>Jepni emrin e sportelit dhe emrin tuaj.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Participant lists (*.csv *.txt *.tsv *.xlsx *.json);;All files (*)</source>
        <translation>Lista pjesëmarrësish (*.csv *.txt *.tsv *.xlsx *.json);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importo pjesëmarrës</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Mbyll</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— nuk importohet —</translation>
    </message>
    <message>
        <source>Participant number</source>
        <translation>Numri i pjesëmarrësit</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Mbiemri</translation>
    </message>
    <message>
        <source>Full name (given and family)</source>
        <translation>Emri dhe mbiemri</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Institucioni</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegacioni</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>Funded (yes/no)</source>
        <translation>Me financim (po/jo)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Gjuha</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Ditët</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Shënime</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>i saktë</translation>
    </message>
    <message>
        <source>same after folding</source>
        <translation>i njëjtë pa theksat</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>i mbajtur mend</translation>
    </message>
    <message>
        <source>known synonym</source>
        <translation>sinonim i njohur</translation>
    </message>
    <message>
        <source>contains a known name</source>
        <translation>përmban një emër të njohur</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>i ngjashëm</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>i zgjedhur</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>pa përputhje</translation>
    </message>
    <message>
        <source>New role “%1”</source>
        <translation>Rol i ri “%1”</translation>
    </message>
    <message>
        <source>New delegation “%1”</source>
        <translation>Delegacion i ri “%1”</translation>
    </message>
    <message>
        <source>nothing (left empty)</source>
        <translation>asgjë (lihet bosh)</translation>
    </message>
    <message>
        <source>, accepted</source>
        <translation>, i pranuar</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>U importua %1: %2 të rinj, %3 të përditësuar, %4 të pandryshuar.</translation>
    </message>
    <message>
        <source>New delegations: %1</source>
        <translation>Delegacione të reja: %1</translation>
    </message>
    <message>
        <source>New roles: %1</source>
        <translation>Role të reja: %1</translation>
    </message>
    <message>
        <source>Words mapped:</source>
        <translation>Fjalët e përkthyera:</translation>
    </message>
    <message>
        <source>Namesakes imported as separate people:</source>
        <translation>Me emër të njëjtë, të importuar si persona të ndryshëm:</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Rreshti %1</translation>
    </message>
    <message>
        <source>Rows imported as written, worth a look:</source>
        <translation>Rreshta të importuar siç ishin shkruar, vlen t’u hidhni një sy:</translation>
    </message>
    <message>
        <source>similar — tick to accept</source>
        <translation>i ngjashëm — shënojeni për ta pranuar</translation>
    </message>
    <message>
        <source>The file changed since it was read: it was read again. Check this page.</source>
        <translation>Skedari ndryshoi pasi u lexua: u lexua sërish. Kontrolloni këtë faqe.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Agenda item</source>
        <translation>Pika e programit</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Pikë e re në program</translation>
    </message>
    <message>
        <source>— not inside a session —</source>
        <translation>— jashtë çdo sesioni —</translation>
    </message>
    <message>
        <source>One speaker per line</source>
        <translation>Një folës për rresht</translation>
    </message>
    <message>
        <source> min before the end</source>
        <translation> min para fundit</translation>
    </message>
    <message>
        <source>Resume at the planned time (the break gets shorter)</source>
        <translation>Rifillo në orën e planifikuar (pushimi shkurtohet)</translation>
    </message>
    <message>
        <source>Keep the break&apos;s length (resume later)</source>
        <translation>Mbaj gjatësinë e pushimit (rifillo më vonë)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Lloji</translation>
    </message>
    <message>
        <source>&amp;Inside</source>
        <translation>&amp;Brenda</translation>
    </message>
    <message>
        <source>Session n&amp;umber</source>
        <translation>&amp;Numri i sesionit</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titulli</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Ora</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Moderatori</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>&amp;Folësit</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Për&amp;shkrimi</translation>
    </message>
    <message>
        <source>&amp;Warning</source>
        <translation>Para&amp;lajmërimi</translation>
    </message>
    <message>
        <source>If running &amp;late</source>
        <translation>Në rast &amp;vonese</translation>
    </message>
    <message>
        <source>Shortest &amp;break</source>
        <translation>Pushimi më i &amp;shkurtër</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>%1. Nothing was saved; check the place and try again.</source>
        <translation>%1. Nuk u ruajt asgjë; kontrolloni vendin dhe provoni sërish.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was saved; the log has the details.</source>
        <translation>Diçka shkoi keq (%1). Nuk u ruajt asgjë; hollësitë janë në regjistrin e programit.</translation>
    </message>
</context>
<context>
    <name>LinkNote</name>
    <message numerus="yes">
        <source>⚠  Offline — %n check-ins waiting</source>
        <translation>
            <numerusform>⚠  Pa lidhje — %n regjistrim në pritje</numerusform>
            <numerusform>⚠  Pa lidhje — %n regjistrime në pritje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as duplicates for the organiser to see: another desk had checked them in too.</source>
        <translation>
            <numerusform>%n u mbajt si i dyfishtë që ta shohë organizatori: edhe një sportel tjetër e kishte regjistruar.</numerusform>
            <numerusform>%n u mbajtën si të dyfishtë që t’i shohë organizatori: edhe një sportel tjetër i kishte regjistruar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back online — %n check-ins uploaded</source>
        <translation>
            <numerusform>Lidhja u rikthye — %n regjistrim u dërgua në server</numerusform>
            <numerusform>Lidhja u rikthye — %n regjistrime u dërguan në server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Shto…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ndrysho…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hiq</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Ngjite lart (Alt+Lart)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Ule poshtë (Alt+Poshtë)</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nuk u ndryshua</translation>
    </message>
</context>
<context>
    <name>LiveViewSwitch</name>
    <message>
        <source>Live view on the network:</source>
        <translation>Pamja në rrjet:</translation>
    </message>
    <message>
        <source>Show the display and the agenda in any browser on this network, and let the chair&apos;s remote control the day</source>
        <translation>Shfaq ekranin dhe programin në çdo shfletues në këtë rrjet, dhe lejo telekomandën e moderatorit të drejtojë ditën</translation>
    </message>
    <message>
        <source>The network the live view is shown on</source>
        <translation>Rrjeti ku shfaqet pamja e drejtpërdrejtë</translation>
    </message>
    <message>
        <source>The port of the live view&apos;s address</source>
        <translation>Porta e adresës së pamjes së drejtpërdrejtë</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>Scan with a phone to open the live view</source>
        <translation>Skanojeni me telefon për të hapur pamjen e drejtpërdrejtë</translation>
    </message>
    <message>
        <source>Remote control token:</source>
        <translation>Çelësi i telekomandës:</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Çelës i ri</translation>
    </message>
    <message>
        <source>Make a new token: remotes set up with the old one are refused</source>
        <translation>Bëj një çelës të ri: telekomandat me çelësin e vjetër refuzohen</translation>
    </message>
    <message>
        <source>This laptop only</source>
        <translation>Vetëm ky laptop</translation>
    </message>
    <message>
        <source>All its networks</source>
        <translation>Të gjitha rrjetet e tij</translation>
    </message>
    <message>
        <source>Only this laptop can open it: choose a network to show it on the room&apos;s screens.</source>
        <translation>Vetëm ky laptop mund ta hapë: zgjidhni një rrjet për ta shfaqur në ekranet e sallës.</translation>
    </message>
    <message>
        <source>Open it on any phone or screen on this network; the agenda is at {url}</source>
        <translation>Hapeni në çdo telefon ose ekran në këtë rrjet; programi është te {url}</translation>
    </message>
    <message>
        <source>A remote POSTs to {url}NAME with this token (see the README)</source>
        <translation>Një telekomandë dërgon POST te {url}EMRI me këtë çelës (shihni README)</translation>
    </message>
    <message>
        <source>Screens following it now: {count}</source>
        <translation>Ekrane që e ndjekin tani: {count}</translation>
    </message>
</context>
<context>
    <name>LogosEditor</name>
    <message>
        <source>Logos on badges, sign-in sheets and certificates (up to %1, in this order)</source>
        <translation>Logot në karta, lista prania dhe vërtetime (deri në %1, në këtë radhë)</translation>
    </message>
    <message>
        <source>&amp;Add logo…</source>
        <translation>&amp;Shto logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Hiq logon</translation>
    </message>
    <message>
        <source>Print this logo further left</source>
        <translation>Printoje këtë logo më majtas</translation>
    </message>
    <message>
        <source>Print this logo further right</source>
        <translation>Printoje këtë logo më djathtas</translation>
    </message>
    <message>
        <source>PNG or SVG (an SVG is turned into a sharp PNG when added). A logo with a transparent background prints best.</source>
        <translation>PNG ose SVG (SVG-ja shndërrohet në një PNG të qartë kur shtohet). Logoja me sfond të tejdukshëm printohet më mirë.</translation>
    </message>
    <message>
        <source>Logo to print</source>
        <translation>Logoja për printim</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg)</source>
        <translation>Logo (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Belvedere event (*.belvedere);;All files (*)</source>
        <translation>Event Belvedere (*.belvedere);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Read-only: this event file cannot be written where it is. Copy the file to a writable place (File ▸ Save a copy) to check people in.</source>
        <translation>Vetëm për lexim: ky skedar eventi nuk mund të shkruhet aty ku është. Kopjojeni në një vend ku mund të shkruhet (Skedari ▸ Ruaj një kopje) për të regjistruar pjesëmarrësit.</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Sporteli</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Pjesëmarrësit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programi</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Kartat</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportet</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (vetëm për lexim)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Skedari</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>Event i &amp;ri…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Hap…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Hap të &amp;fundit</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Ruaj një &amp;kopje…</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Lidhu me një server…</translation>
    </message>
    <message>
        <source>S&amp;hare on a server…</source>
        <translation>Vendose në një &amp;server…</translation>
    </message>
    <message>
        <source>Ser&amp;ve this event from this laptop…</source>
        <translation>Nis serverin e eventit në këtë lap&amp;top…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Rikthe nga kopja &amp;rezervë…</translation>
    </message>
    <message>
        <source>Rebuild from &amp;journal…</source>
        <translation>Rindërto nga &amp;ditari…</translation>
    </message>
    <message>
        <source>Journal to a second &amp;location…</source>
        <translation>Ditari në një vend të &amp;dytë…</translation>
    </message>
    <message>
        <source>Remove &amp;personal data…</source>
        <translation>Hiq të dhënat &amp;personale…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>Spo&amp;rteli</translation>
    </message>
    <message>
        <source>&amp;Lock to the desk</source>
        <translation>&amp;Kyç te sporteli</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Zhblloko…</translation>
    </message>
    <message>
        <source>&amp;Practice (nothing is recorded)</source>
        <translation>&amp;Ushtrim (nuk regjistrohet asgjë)</translation>
    </message>
    <message>
        <source>Badge &amp;printer…</source>
        <translation>&amp;Printeri i kartave…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ndihmë</translation>
    </message>
    <message>
        <source>&amp;About Belvedere</source>
        <translation>&amp;Rreth Belvedere</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Gjuha</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Asnjë skedar i fundit</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Ende në punë</translation>
    </message>
    <message>
        <source>Belvedere is still writing %1. Wait until it has finished, or cancel it on its page, then try again.</source>
        <translation>Belvedere ende po shkruan %1. Prisni sa të mbarojë, ose anulojeni në faqen e tij, pastaj provoni sërish.</translation>
    </message>
    <message>
        <source>Open another event</source>
        <translation>Hap një event tjetër</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>Hap eventin</translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation>Eventi nuk mund të hapet</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Event i ri</translation>
    </message>
    <message>
        <source>Save a copy of the event</source>
        <translation>Ruaj një kopje të eventit</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Kopja nuk u ruajt</translation>
    </message>
    <message>
        <source>A copy was saved to %1</source>
        <translation>U ruajt një kopje te %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Rikthe nga kopja rezervë</translation>
    </message>
    <message>
        <source>Replace the open event with %1? The current file is kept beside it.</source>
        <translation>Të zëvendësohet eventi i hapur me %1? Skedari i tanishëm ruhet pranë tij.</translation>
    </message>
    <message>
        <source>Rebuild from journal</source>
        <translation>Rindërto nga ditari</translation>
    </message>
    <message>
        <source>Belvedere journal (*.jsonl)</source>
        <translation>Ditar Belvedere (*.jsonl)</translation>
    </message>
    <message>
        <source>Rebuilt from the journal: %1</source>
        <translation>U rindërtua nga ditari: %1</translation>
    </message>
    <message>
        <source>The organiser&apos;s PIN:</source>
        <translation>PIN-i i organizatorit:</translation>
    </message>
    <message>
        <source>The desk is locked. The organiser&apos;s PIN, to go on:</source>
        <translation>Sporteli është i kyçur. PIN-i i organizatorit, për të vazhduar:</translation>
    </message>
    <message>
        <source>Quit Belvedere</source>
        <translation>Dil nga Belvedere</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Ditari</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Zhblloko</translation>
    </message>
</context>
<context>
    <name>Miniature</name>
    <message>
        <source>What the stage display shows</source>
        <translation>Çfarë shfaq ekrani i sallës</translation>
    </message>
    <message>
        <source>Blackout — the display is dark</source>
        <translation>Errësim — ekrani i sallës është i fikur</translation>
    </message>
    <message>
        <source>B shows it again</source>
        <translation>B e shfaq përsëri</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>Event i ri</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Vendi</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Qyteti</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Shteti</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Dita e parë</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dita e fundit</translation>
    </message>
    <message>
        <source>Time zone of the venue</source>
        <translation>Zona orare e vendit</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Gjuhët e punës</translation>
    </message>
    <message>
        <source>Where to keep the event file</source>
        <translation>Ku të ruhet skedari i eventit</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>Lock to the desk</source>
        <translation>Kyç te sporteli</translation>
    </message>
    <message>
        <source>Only the desk stays open until this PIN is given again: to unlock, to quit, or to open another event. Choose %1 to %2 digits, and keep them to yourself.</source>
        <translation>Vetëm sporteli mbetet i hapur derisa të jepet sërish ky PIN: për ta zhbllokuar, për të dalë, ose për të hapur një event tjetër. Zgjidhni %1 deri në %2 shifra dhe mbajini për vete.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-i</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN-i sërish</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kyç</translation>
    </message>
</context>
<context>
    <name>NewServerPasswordDialog</name>
    <message>
        <source>Serve this event</source>
        <translation>Serveri i eventit në këtë laptop</translation>
    </message>
    <message>
        <source>Belvedere starts a PostgreSQL server on this laptop for the other desks. Choose the password they will type once each (at least %1 characters); tell it to the desks&apos; volunteers yourself.</source>
        <translation>Belvedere nis një server PostgreSQL në këtë laptop për sportelet e tjera. Zgjidhni fjalëkalimin që ata do ta shkruajnë një herë secili (të paktën %1 shenja); ua thoni vetë vullnetarëve të sporteleve.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Përsëri</translation>
    </message>
    <message>
        <source>Start the server</source>
        <translation>Nis serverin</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Fjalëkalimi duhet të ketë të paktën %1 shenja.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Dy fjalëkalimet ndryshojnë. Shkruajini sërish.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>No program opens this file</source>
        <translation>Asnjë program nuk e hap këtë skedar</translation>
    </message>
    <message>
        <source>No program on this laptop opens this kind of file. It is saved here:</source>
        <translation>Asnjë program në këtë laptop nuk e hap këtë lloj skedari. Është ruajtur këtu:</translation>
    </message>
    <message>
        <source>&amp;Copy the path</source>
        <translation>&amp;Kopjo shtegun</translation>
    </message>
</context>
<context>
    <name>OrganiserPin</name>
    <message>
        <source>The organiser agrees</source>
        <translation>Organizatori pajtohet</translation>
    </message>
    <message>
        <source>Checking in someone who is not expected needs the organiser. The organiser&apos;s PIN:</source>
        <translation>Regjistrimi i dikujt që nuk pritet kërkon organizatorin. PIN-i i organizatorit:</translation>
    </message>
    <message>
        <source>Not checked in: the organiser&apos;s PIN was not given.</source>
        <translation>Nuk u regjistrua: PIN-i i organizatorit nuk u dha.</translation>
    </message>
    <message>
        <source>Not checked in: %1</source>
        <translation>Nuk u regjistrua: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant %1</source>
        <translation>Ndrysho pjesëmarrësin %1</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Shto një pjesëmarrës</translation>
    </message>
    <message>
        <source>the full name</source>
        <translation>emri i plotë</translation>
    </message>
    <message>
        <source>A shorter name for the badge, when the full name is too long to print large enough (the Badges page names them)</source>
        <translation>Një emër më i shkurtër për kartën, kur emri i plotë është shumë i gjatë për t’u printuar mjaft i madh (faqja Kartat i tregon)</translation>
    </message>
    <message>
        <source>— no delegation —</source>
        <translation>— pa delegacion —</translation>
    </message>
    <message>
        <source>— no role —</source>
        <translation>— pa rol —</translation>
    </message>
    <message>
        <source>Funded by the project</source>
        <translation>Financuar nga projekti</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglisht</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Shqip</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Emri</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Mbiemri</translation>
    </message>
    <message>
        <source>Name on &amp;badge</source>
        <translation>Emri në &amp;kartë</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Institucioni</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegacioni</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roli</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoni</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Gjuha</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Pritet më</translation>
    </message>
    <message>
        <source>No day ticked: expected every day.</source>
        <translation>Asnjë ditë e shënuar: pritet çdo ditë.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Shë&amp;nime</translation>
    </message>
    <message>
        <source>%1 %2 — same e-mail</source>
        <translation>%1 %2 — i njëjti e-mail</translation>
    </message>
    <message>
        <source>%1 %2 — same name and delegation</source>
        <translation>%1 %2 — i njëjti emër dhe delegacion</translation>
    </message>
    <message>
        <source>The same person?</source>
        <translation>I njëjti person?</translation>
    </message>
    <message>
        <source>This looks like someone already registered:</source>
        <translation>Duket si dikush që është regjistruar tashmë:</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Të ruhet gjithsesi?</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Mbiemri</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegacioni</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Institucioni</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Financuar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>po</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Ditët</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Mbërriti</translation>
    </message>
    <message>
        <source>all</source>
        <translation>të gjitha</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)</source>
        <translation>Libër Excel (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Pjesëmarrësit</translation>
    </message>
    <message>
        <source>Search a name, organisation or number — any script</source>
        <translation>Kërkoni një emër, institucion ose numër — në çdo alfabet</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Shto…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importo…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Ek&amp;sporto…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personat</translation>
    </message>
    <message>
        <source>Funded quota</source>
        <translation>Kuota e financuar</translation>
    </message>
    <message>
        <source>Every delegation</source>
        <translation>Çdo delegacion</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>Pa delegacion</translation>
    </message>
    <message>
        <source>Every role</source>
        <translation>Çdo rol</translation>
    </message>
    <message>
        <source>Arrived or not</source>
        <translation>Ardhur ose jo</translation>
    </message>
    <message>
        <source>Arrived on %1</source>
        <translation>Ardhur — %1</translation>
    </message>
    <message>
        <source>Not arrived on %1</source>
        <translation>Pa ardhur — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participants, %1 funded, from %2 delegations.</source>
        <translation>
            <numerusform>%n pjesëmarrës, %1 me financim, nga %2 delegacione.</numerusform>
            <numerusform>%n pjesëmarrës, %1 me financim, nga %2 delegacione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has already checked in (%n check-ins). Deleting also removes them from the attendance. Delete only if this person was registered by mistake.</source>
        <translation>
            <numerusform>%1 është regjistruar tashmë në hyrje (%n regjistrim). Fshirja e heq edhe nga pjesëmarrja. Fshijeni vetëm nëse ky person u regjistrua gabimisht.</numerusform>
            <numerusform>%1 është regjistruar tashmë në hyrje (%n regjistrime). Fshirja e heq edhe nga pjesëmarrja. Fshijeni vetëm nëse ky person u regjistrua gabimisht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants were exported.

The file holds personal data (names, e-mails, phone numbers): keep it safe and delete it when it is no longer needed.</source>
        <translation>
            <numerusform>U eksportua %n pjesëmarrës.

Skedari mban të dhëna personale (emra, e-mail, numra telefoni): ruajeni me kujdes dhe fshijeni kur të mos ju duhet më.</numerusform>
            <numerusform>U eksportuan %n pjesëmarrës.

Skedari mban të dhëna personale (emra, e-mail, numra telefoni): ruajeni me kujdes dhe fshijeni kur të mos ju duhet më.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Shfaqen %1.</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation>Të fshihet %1 (%2)? Kjo nuk mund të zhbëhet.</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Fshi pjesëmarrësin</translation>
    </message>
    <message>
        <source>This person has checked in</source>
        <translation>Ky person është regjistruar në hyrje</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nuk u fshi</translation>
    </message>
    <message>
        <source>Badge not reprinted</source>
        <translation>Karta nuk u riprintua</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Eksporto pjesëmarrësit</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nuk u eksportua</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>U eksportua</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the event server</source>
        <translation>Fjalëkalimi i serverit të eventit</translation>
    </message>
    <message>
        <source>The server refused that password. Type it again for %1.</source>
        <translation>Serveri e refuzoi këtë fjalëkalim. Shkruajeni sërish për %1.</translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation>Fjalëkalimi i %1:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <source>Keep it on this laptop (readable by you only), so it is not asked again</source>
        <translation>Mbaje në këtë laptop (e lexueshme vetëm nga ju), që të mos kërkohet më</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Lidhu</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ndrysho…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Fshi…</translation>
    </message>
    <message>
        <source>&amp;Reprint badge</source>
        <translation>&amp;Riprinto kartën</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Regjistrimet</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ndryshimet</translation>
    </message>
    <message>
        <source>Nobody selected</source>
        <translation>Askush i zgjedhur</translation>
    </message>
    <message>
        <source>Choose a person in the list to see their check-ins and changes.</source>
        <translation>Zgjidhni një person në listë për të parë regjistrimet dhe ndryshimet e tij.</translation>
    </message>
    <message>
        <source>Badge version %1</source>
        <translation>Versioni %1 i kartës</translation>
    </message>
    <message>
        <source>(undone: %1)</source>
        <translation>(anuluar: %1)</translation>
    </message>
    <message>
        <source>Not checked in yet.</source>
        <translation>Ende pa u regjistruar.</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>Asnjë ndryshim i regjistruar.</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>sporteli</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organizatori</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>moderatori</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>rreshti i komandave</translation>
    </message>
</context>
<context>
    <name>PracticeBand</name>
    <message>
        <source>PRACTICE — nothing is recorded</source>
        <translation>USHTRIM — nuk regjistrohet asgjë</translation>
    </message>
    <message>
        <source>Scans, search, walk-ins and undo answer as on the day, with the real participant list; no check-in, count, journal line or report changes.</source>
        <translation>Skanimet, kërkimi, të rinjtë në vend dhe zhbërja përgjigjen si në ditën e eventit, me listën e vërtetë të pjesëmarrësve; nuk ndryshon asnjë regjistrim, numërim, rresht ditari apo raport.</translation>
    </message>
    <message>
        <source>Leave practice…</source>
        <translation>Dil nga ushtrimi…</translation>
    </message>
    <message>
        <source>Leave practice</source>
        <translation>Dil nga ushtrimi</translation>
    </message>
    <message>
        <source>Leave practice? From now on every check-in at this desk is recorded for %1: in the counts, the journal and the reports. The practice check-ins are forgotten.</source>
        <translation>Të dilet nga ushtrimi? Që tani çdo regjistrim në këtë sportel shënohet (%1): në numërime, në ditar dhe në raporte. Regjistrimet e ushtrimit harrohen.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zhbëj</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ribëj</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Prit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopjo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Ngjit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Fshi</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Përzgjidh të gjitha</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Shfaq hollësitë…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Fshih hollësitë…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Ruaj</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Ruaji të gjitha</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Hap</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Po</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Po për &amp;të gjitha</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Jo</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>J&amp;o për të gjitha</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Ndërprit</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Provo sërish</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Shpërfill</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hidh poshtë</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zbato</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rivendos</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Rikthe parazgjedhjet</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zhbëj</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ribëj</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Prit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopjo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Ngjit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Fshi</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Përzgjidh të gjitha</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopjo &amp;adresën e lidhjes</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Prapa</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tjetër &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Përfundo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ndihmë</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Miratoj</translation>
    </message>
</context>
<context>
    <name>QuotaModel</name>
    <message>
        <source>Delegation</source>
        <translation>Delegacioni</translation>
    </message>
    <message>
        <source>Funded in other roles</source>
        <translation>Me financim në role të tjera</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gjithsej</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>over</source>
        <translation>tejkaluar</translation>
    </message>
    <message>
        <source>places left</source>
        <translation>vende të lira</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>plotë</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>Pa delegacion</translation>
    </message>
</context>
<context>
    <name>QuotaView</name>
    <message>
        <source>Funded participants against the funded places of each role, per delegation. Red: more funded than the places allow (or funded in a role without funded places). Amber: places left. Green: complete. Places per role are set on the Event page.</source>
        <translation>Pjesëmarrësit me financim kundrejt vendeve të financuara të çdo roli, sipas delegacionit. E kuqe: më shumë me financim se sa lejojnë vendet (ose me financim në një rol pa vende të financuara). Portokalli: ka vende të lira. E gjelbër: plotë. Vendet për rol caktohen në faqen Eventi.</translation>
    </message>
</context>
<context>
    <name>RehearsalBand</name>
    <message>
        <source>Rehearse this day now…</source>
        <translation>Provo këtë ditë tani…</translation>
    </message>
    <message>
        <source>Lay it again…</source>
        <translation>Vendose sërish…</translation>
    </message>
    <message>
        <source>Clear the rehearsal</source>
        <translation>Fshi provën</translation>
    </message>
    <message>
        <source>Back to the day</source>
        <translation>Kthehu te dita</translation>
    </message>
    <message>
        <source>Today ({today}) is not {day} ({date}). Rehearse it now: everything runs as on the day, and nothing is recorded.</source>
        <translation>Sot ({today}) nuk është {day} ({date}). Provojeni tani: gjithçka zhvillohet si në ditën e eventit dhe nuk regjistrohet asgjë.</translation>
    </message>
    <message>
        <source>The event moved: today is {day}…</source>
        <translation>Eventi u zhvendos: sot është {day}…</translation>
    </message>
    <message>
        <source>laid on today</source>
        <translation>vendosur në datën e sotme</translation>
    </message>
    <message>
        <source>laid on {date}</source>
        <translation>vendosur më {date}</translation>
    </message>
    <message>
        <source>starting at {time}</source>
        <translation>duke filluar në orën {time}</translation>
    </message>
    <message>
        <source>at the same clock times</source>
        <translation>në të njëjtat orare</translation>
    </message>
    <message>
        <source>REHEARSAL of {day} ({date}), {when} {how} · nothing reaches the run log or the timing report</source>
        <translation>PROVË — {day} ({date}), {when} {how} · asgjë nuk shkon në shënimet e ditës apo në raportin e orarit</translation>
    </message>
</context>
<context>
    <name>RehearsalDialog</name>
    <message>
        <source>Rehearse {day}</source>
        <translation>Prova — {day}</translation>
    </message>
    <message>
        <source>Lay {day} on today, {today}:</source>
        <translation>{day} vendoset sot, më {today}:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Nga:</translation>
    </message>
    <message>
        <source>Everything runs as on the day: the timer, messages, breaks, the stage display and the ways to end on time. Nothing reaches the day&apos;s run log, the timing report or the journal; clear the rehearsal when you are done.</source>
        <translation>Gjithçka zhvillohet si në ditën e eventit: kohëmatësi, mesazhet, pushimet, ekrani i sallës dhe mënyrat për të mbaruar në orar. Asgjë nuk shkon në shënimet e ditës, në raportin e orarit apo në ditar; fshijeni provën kur të keni mbaruar.</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Provo</translation>
    </message>
    <message>
        <source>The event moved: today is {day}…</source>
        <translation>Eventi u zhvendos: sot është {day}…</translation>
    </message>
    <message>
        <source>At the same clock times: {span}</source>
        <translation>Në të njëjtat orare: {span}</translation>
    </message>
    <message>
        <source>Starting now: {span}</source>
        <translation>Duke filluar tani: {span}</translation>
    </message>
</context>
<context>
    <name>Rehearsing</name>
    <message>
        <source>Clear the rehearsal</source>
        <translation>Fshi provën</translation>
    </message>
    <message>
        <source>Forget this rehearsal and everything done in it? The day&apos;s own record is not touched.</source>
        <translation>Të harrohet kjo provë dhe gjithçka që u bë në të? Shënimet e vetë ditës nuk preken.</translation>
    </message>
    <message>
        <source>The event moved</source>
        <translation>Eventi u zhvendos</translation>
    </message>
    <message>
        <source>Move the whole event so that {day} is today, {today}? Every day moves by the same number of days and keeps its agenda at the same clock times:

{moved}

The move is kept in the audit log and the journal.</source>
        <translation>Të zhvendoset i gjithë eventi që {day} të jetë sot, {today}? Çdo ditë zhvendoset me të njëjtin numër ditësh dhe e mban programin në të njëjtat orare:

{moved}

Zhvendosja ruhet në regjistrin e kontrollit dhe në ditar.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Raportet</translation>
    </message>
    <message>
        <source>Sign-in sheets can be printed before the event; printed later they show who checked in. Certificates go only to people who checked in on at least one day.</source>
        <translation>Listat e pranisë mund të printohen para eventit; të printuara më vonë tregojnë kush u regjistrua. Vërtetimet u jepen vetëm atyre që u regjistruan të paktën një ditë.</translation>
    </message>
    <message>
        <source>&amp;Attendance report</source>
        <translation>Raporti i &amp;pjesëmarrjes</translation>
    </message>
    <message>
        <source>Per day, by delegation and by role; funded people day by day; arrivals</source>
        <translation>Për ditë, sipas delegacionit dhe rolit; me financim ditë për ditë; mbërritjet</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheets</source>
        <translation>&amp;Listat e pranisë</translation>
    </message>
    <message>
        <source>Per day, by delegation, with a signature column</source>
        <translation>Për ditë, sipas delegacionit, me një kolonë për nënshkrim</translation>
    </message>
    <message>
        <source>C&amp;ertificates of attendance</source>
        <translation>&amp;Vërtetimet e pjesëmarrjes</translation>
    </message>
    <message>
        <source>One page per person who attended, in English and Albanian</source>
        <translation>Një faqe për çdo person që mori pjesë, në anglisht dhe shqip</translation>
    </message>
    <message>
        <source>&amp;Timing report</source>
        <translation>Raporti i &amp;orarit</translation>
    </message>
    <message>
        <source>Every agenda item planned against actual, overruns, messages shown</source>
        <translation>Çdo pikë e programit: e planifikuar kundrejt së realizuarës, tejkalimet, mesazhet e shfaqura</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raporti</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dita</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formati</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ndr&amp;ysho…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dosja</translation>
    </message>
    <message>
        <source>&amp;Create report</source>
        <translation>&amp;Krijo raportin</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;Hap raportin</translation>
    </message>
    <message>
        <source>Open the fol&amp;der</source>
        <translation>Hap &amp;dosjen</translation>
    </message>
    <message>
        <source>Arrivals per %1 minutes</source>
        <translation>Mbërritjet për çdo %1 minuta</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Çdo ditë</translation>
    </message>
    <message>
        <source>This event has no days yet.</source>
        <translation>Ky event nuk ka ende ditë.</translation>
    </message>
    <message>
        <source>Where reports are written</source>
        <translation>Ku shkruhen raportet</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created (%2). Choose another folder.</source>
        <translation>Dosja %1 nuk mund të krijohet (%2). Zgjidhni një dosje tjetër.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Po shkruhet %1…</translation>
    </message>
    <message>
        <source>the report %1</source>
        <translation>raporti %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Po ndalet…</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>U anulua; nuk u shkrua asnjë raport.</translation>
    </message>
    <message>
        <source>%1 is ready.</source>
        <translation>%1 është gati.</translation>
    </message>
    <message>
        <source>no check-ins yet</source>
        <translation>ende asnjë regjistrim</translation>
    </message>
    <message>
        <source>%1 arrivals; busiest %2–%3 with %4</source>
        <translation>%1 mbërritje; më e ngarkuara %2–%3 me %4</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>PRACTICE — nothing is recorded</source>
        <translation>USHTRIM — nuk regjistrohet asgjë</translation>
    </message>
    <message>
        <source>Check in anyway (F4)</source>
        <translation>Regjistroje gjithsesi (F4)</translation>
    </message>
    <message>
        <source>Print the badge (F5)</source>
        <translation>Printo kartën (F5)</translation>
    </message>
</context>
<context>
    <name>ResumeAtDialog</name>
    <message>
        <source>Resume at…</source>
        <translation>Rifillo në…</translation>
    </message>
    <message>
        <source>“{title}” started at {start} and runs until {end}.</source>
        <translation>“{title}” filloi në orën {start} dhe zgjat deri në orën {end}.</translation>
    </message>
    <message>
        <source>The break ends at:</source>
        <translation>Pushimi mbaron në orën:</translation>
    </message>
    <message>
        <source>Resume at {time}</source>
        <translation>Rifillo në orën {time}</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <source>Attendees in this role receive a certificate</source>
        <translation>Pjesëmarrësit në këtë rol marrin vërtetim</translation>
    </message>
    <message>
        <source>Staff, interpreters and volunteers receive none unless you tick it</source>
        <translation>Stafi, përkthyesit dhe vullnetarët nuk marrin, veç nëse e shënoni</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Emri</translation>
    </message>
    <message>
        <source>Badge &amp;colour</source>
        <translation>&amp;Ngjyra e kartës</translation>
    </message>
    <message>
        <source>&amp;Funded places per delegation</source>
        <translation>Vende të &amp;financuara për delegacion</translation>
    </message>
    <message>
        <source>Key (in files)</source>
        <translation>Çelësi (në skedarë)</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Ngjyra e kartës</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <source>Colour</source>
        <translation>Ngjyra</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <source>Funded places per delegation</source>
        <translation>Vende të financuara për delegacion</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Pjesëmarrësit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Çelësi</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Vërtetim</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>po</translation>
    </message>
    <message>
        <source>no</source>
        <translation>jo</translation>
    </message>
    <message>
        <source>These badge bands look alike on a greyscale printer or copier: %1. Make one of each pair lighter or darker.</source>
        <translation>Këto shirita kartash duken njësoj në një printer ose fotokopje bardh e zi: %1. Bëjeni njërin nga çdo çift më të çelët ose më të errët.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Event file on a network share</source>
        <translation>Skedari i eventit në një dosje rrjeti</translation>
    </message>
    <message>
        <source>The event file is damaged</source>
        <translation>Skedari i eventit është dëmtuar</translation>
    </message>
    <message>
        <source>No backup of it was found on this laptop.</source>
        <translation>Në këtë laptop nuk u gjet asnjë kopje rezervë e tij.</translation>
    </message>
    <message>
        <source>Restore the latest good backup, %1?</source>
        <translation>Të rikthehet kopja rezervë e fundit e shëndoshë, %1?</translation>
    </message>
    <message>
        <source>The damaged file is kept beside it.</source>
        <translation>Skedari i dëmtuar ruhet pranë saj.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Rikthe nga kopja rezervë</translation>
    </message>
    <message>
        <source>Belvedere event (*.belvedere)</source>
        <translation>Event Belvedere (*.belvedere)</translation>
    </message>
    <message>
        <source>Journal to a second location (a USB stick)</source>
        <translation>Ditari në një vend të dytë (një USB)</translation>
    </message>
    <message>
        <source>Remove personal data</source>
        <translation>Hiq të dhënat personale</translation>
    </message>
    <message>
        <source>Remove the personal data from this event file?</source>
        <translation>Të hiqen të dhënat personale nga ky skedar eventi?</translation>
    </message>
    <message>
        <source>This removes %1.</source>
        <translation>Kjo heq %1.</translation>
    </message>
    <message>
        <source>It keeps %1.</source>
        <translation>Mban %1.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Kjo nuk mund të zhbëhet.</translation>
    </message>
    <message>
        <source>The personal data of %1 participants was removed, and %2 backups holding it were deleted.</source>
        <translation>U hoqën të dhënat personale të %1 pjesëmarrësve dhe u fshinë %2 kopje rezervë që i mbanin.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>the server laptop&apos;s address, e.g. 192.168.1.10</source>
        <translation>adresa e laptopit të serverit, p.sh. 192.168.1.10</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveri</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza e të dhënave</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Përdoruesi</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Lidhu</translation>
    </message>
    <message>
        <source>Give the server&apos;s address and the database&apos;s name.</source>
        <translation>Jepni adresën e serverit dhe emrin e bazës së të dhënave.</translation>
    </message>
</context>
<context>
    <name>ServerMenu</name>
    <message>
        <source>Connect to a server</source>
        <translation>Lidhu me një server</translation>
    </message>
    <message>
        <source>Check people in on the event held by the server laptop. If the network fails, this desk goes on from its offline copy and uploads when the server is back.</source>
        <translation>Regjistroni njerëzit në eventin që mban laptopi i serverit. Nëse rrjeti bie, ky sportel vazhdon nga kopja e vet lokale dhe i dërgon regjistrimet kur serveri të kthehet.</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Lidhja nuk u bë</translation>
    </message>
    <message>
        <source>Share on a server</source>
        <translation>Vendose në një server</translation>
    </message>
    <message>
        <source>This event is already on a server.</source>
        <translation>Ky event është tashmë në një server.</translation>
    </message>
    <message>
        <source>Copy this event (participants, check-ins, run log, badge secret) to an empty database on the server laptop, then work on it there. The event file stays as it is.</source>
        <translation>Kopjojeni këtë event (pjesëmarrësit, regjistrimet, regjistrin e veprimeve, çelësin e fshehtë të kartave) në një bazë të dhënash bosh në laptopin e serverit, pastaj punoni atje. Skedari i eventit mbetet siç është.</translation>
    </message>
    <message>
        <source>Copying the event to the server…</source>
        <translation>Eventi po kopjohet në server…</translation>
    </message>
    <message>
        <source>The event was not shared</source>
        <translation>Eventi nuk u vendos në server</translation>
    </message>
    <message>
        <source>Save a copy of the event</source>
        <translation>Ruaj një kopje të eventit</translation>
    </message>
    <message>
        <source>Belvedere event (*.belvedere);;All files (*)</source>
        <translation>Event Belvedere (*.belvedere);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Saving the server&apos;s event to a file…</source>
        <translation>Eventi i serverit po ruhet në një skedar…</translation>
    </message>
    <message>
        <source>A copy was saved to %1 (%2 participants, %3 check-ins)</source>
        <translation>Një kopje u ruajt në %1 (%2 pjesëmarrës, %3 regjistrime)</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Kopja nuk u ruajt</translation>
    </message>
    <message>
        <source>a copy of the event</source>
        <translation>një kopje e eventit</translation>
    </message>
    <message>
        <source>The server did not start</source>
        <translation>Serveri nuk u nis</translation>
    </message>
    <message>
        <source>Starting the server on this laptop…</source>
        <translation>Serveri po niset në këtë laptop…</translation>
    </message>
    <message>
        <source>The server runs on port %1. On each desk: File ▸ Connect to a server…, with:</source>
        <translation>Serveri punon në portën %1. Në çdo sportel: Skedari ▸ Lidhu me një server…, me:</translation>
    </message>
    <message>
        <source>and the password you chose for the desks.</source>
        <translation>dhe fjalëkalimin që zgjodhët për sportelet.</translation>
    </message>
    <message>
        <source>Serve this event</source>
        <translation>Serveri i eventit në këtë laptop</translation>
    </message>
    <message>
        <source>Share the open event on it</source>
        <translation>Vendos në të eventin e hapur</translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <source>Stage display — Belvedere</source>
        <translation>Ekrani i sallës — Belvedere</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>No password was given for {target}. Start Belvedere again to type it, or open an event file.</source>
        <translation>Nuk u dha fjalëkalim për {target}. Nisni Belvedere sërish për ta shkruar, ose hapni një skedar eventi.</translation>
    </message>
    <message>
        <source>Belvedere cannot open the event</source>
        <translation>Belvedere nuk mund ta hapë eventin</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <source>Scanned or chosen by mistake</source>
        <translation>Skanuar ose zgjedhur gabimisht</translation>
    </message>
    <message>
        <source>Wrong person</source>
        <translation>Person i gabuar</translation>
    </message>
    <message>
        <source>Wrong day</source>
        <translation>Ditë e gabuar</translation>
    </message>
    <message>
        <source>The person left before the start</source>
        <translation>Personi u largua para fillimit</translation>
    </message>
    <message>
        <source>Undo a check-in</source>
        <translation>Anulo një regjistrim</translation>
    </message>
    <message>
        <source>Undo the check-in of %1 (%2)?</source>
        <translation>Të anulohet regjistrimi i %1 (%2)?</translation>
    </message>
    <message>
        <source>This check-in was made before Belvedere was started at this desk. Undo it only if you are sure it is the one.</source>
        <translation>Ky regjistrim u bë para se Belvedere të nisej në këtë sportel. Anulojeni vetëm nëse jeni i sigurt që është ai.</translation>
    </message>
    <message>
        <source>Choose or type why</source>
        <translation>Zgjidhni ose shkruani arsyen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Arsyeja</translation>
    </message>
    <message>
        <source>Undo the check-in of %1</source>
        <translation>Zhbëj regjistrimin e %1</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Jepni një arsye.</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>What the sheet&apos;s roles and delegations mean</source>
        <translation>Çfarë kuptojnë rolet dhe delegacionet e listës</translation>
    </message>
    <message>
        <source>Each word of the sheet once, with what it imports as and how sure that is. Choose another, create a new one, or leave it empty. Similar ones wait until you accept them; what you decide is remembered for the next sheet.</source>
        <translation>Çdo fjalë e listës një herë, me atë si importohet dhe sa e sigurt është. Zgjidhni një tjetër, krijoni një të re, ose lëreni bosh. Të ngjashmet presin derisa t’i pranoni; ajo që vendosni mbahet mend për listën tjetër.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Në skedar</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rreshtat</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importohet si</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Sa e sigurt</translation>
    </message>
    <message>
        <source>&amp;Accept the suggestions</source>
        <translation>&amp;Prano sugjerimet</translation>
    </message>
    <message>
        <source> … (%1 rows)</source>
        <translation> … (%1 rreshta)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— zgjidhni —</translation>
    </message>
    <message>
        <source>— leave empty —</source>
        <translation>— lëre bosh —</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>I ri në vend</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(asnjë)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Mbiemri</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Institucioni</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegacioni</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>Regjistro dhe shëno hyrjen</translation>
    </message>
</context>
<context>
    <name>WordDialog</name>
    <message>
        <source>Word from the sheets</source>
        <translation>Fjalë nga listat</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Lloji</translation>
    </message>
    <message>
        <source>&amp;Word in the sheets</source>
        <translation>&amp;Fjala në lista</translation>
    </message>
    <message>
        <source>&amp;Means</source>
        <translation>&amp;Do të thotë</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— nuk importohet —</translation>
    </message>
    <message>
        <source>— leave empty —</source>
        <translation>— lëre bosh —</translation>
    </message>
</context>
<context>
    <name>WordsEditor</name>
    <message>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegacioni</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolona</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Word in the sheets</source>
        <translation>Fjala në lista</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Do të thotë</translation>
    </message>
    <message>
        <source>Words the delegations&apos; sheets use for roles, delegations and columns, and what they mean in this event. An import remembers what you chose for a word; the next sheet with the same word maps at once.</source>
        <translation>Fjalët që përdorin listat e delegacioneve për rolet, delegacionet dhe kolonat, dhe çfarë kuptojnë në këtë event. Importi mban mend çfarë zgjodhët për një fjalë; lista tjetër me të njëjtën fjalë përkthehet menjëherë.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— nuk importohet —</translation>
    </message>
    <message>
        <source>— left empty —</source>
        <translation>— lënë bosh —</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>The day is over: every item has ended. Use Back to return to the last item.</source>
        <translation>Dita mbaroi: çdo pikë ka përfunduar. Përdorni Kthehu për t’u kthyer te pika e fundit.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Fillo</translation>
    </message>
    <message>
        <source>“{title}” is already {status}.</source>
        <translation>“{title}” është tashmë {status}.</translation>
    </message>
    <message>
        <source>That item is not on this day&apos;s agenda.</source>
        <translation>Ajo pikë nuk është në programin e kësaj dite.</translation>
    </message>
    <message>
        <source>“{title}” is over. Use Back to return to an earlier item.</source>
        <translation>“{title}” ka mbaruar. Përdorni Kthehu për t’u kthyer te një pikë e mëparshme.</translation>
    </message>
    <message>
        <source>Nothing is running to pause.</source>
        <translation>Nuk po zhvillohet asgjë për t’u ndalur.</translation>
    </message>
    <message>
        <source>Nothing is paused to resume.</source>
        <translation>Nuk ka asgjë të ndalur për të vazhduar.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Hapësira</translation>
    </message>
    <message>
        <source>“{title}” has not started. Start it, or Skip it.</source>
        <translation>“{title}” nuk ka filluar. Filloni ose kapërceni.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tjetra</translation>
    </message>
    <message>
        <source>“{title}” has started: End it instead of skipping it.</source>
        <translation>“{title}” ka filluar: mbylleni në vend që ta kapërceni.</translation>
    </message>
    <message>
        <source>This is the first item of the day; there is nothing before it.</source>
        <translation>Kjo është pika e parë e ditës; para saj nuk ka asgjë.</translation>
    </message>
    <message>
        <source>Add or remove at least one second.</source>
        <translation>Shtoni ose hiqni të paktën një sekondë.</translation>
    </message>
    <message>
        <source>“{title}” has less time than that to remove.</source>
        <translation>“{title}” ka më pak kohë se kaq për t’u hequr.</translation>
    </message>
    <message>
        <source>Type a message to show, or choose one of the quick messages.</source>
        <translation>Shkruani një mesazh për ta shfaqur, ose zgjidhni një nga mesazhet e shpejta.</translation>
    </message>
    <message>
        <source>A message can have at most {max_message_length} characters: the speaker reads it at a glance.</source>
        <translation>Një mesazh mund të ketë jo më shumë se {max_message_length} germa: folësi e lexon me një shikim.</translation>
    </message>
    <message>
        <source>No message is showing.</source>
        <translation>Nuk po shfaqet asnjë mesazh.</translation>
    </message>
    <message>
        <source>“{title}” runs until {time}. {control} does not end a break early: use “End break now”, or “Resume at…” (R) to change when it ends.</source>
        <translation>“{title}” zgjat deri në orën {time}. {control} nuk e mbyll pushimin para kohe: përdorni “Mbyll pushimin”, ose “Rifillo në…” (R) për të ndryshuar kur mbaron.</translation>
    </message>
    <message>
        <source>No break is under way.</source>
        <translation>Nuk ka pushim në zhvillim.</translation>
    </message>
    <message>
        <source>No break is under way: “Resume at…” sets when the running break ends.</source>
        <translation>Nuk ka pushim në zhvillim: “Rifillo në…” cakton kur mbaron pushimi që po zhvillohet.</translation>
    </message>
    <message>
        <source>Choose a time after now ({time}). To end the break now, use “End break now”.</source>
        <translation>Zgjidhni një orë pas tashit ({time}). Për ta mbyllur pushimin tani, përdorni “Mbyll pushimin”.</translation>
    </message>
    <message>
        <source>{time} is more than 12 hours away: choose a time later today.</source>
        <translation>{time} është më shumë se 12 orë larg: zgjidhni një orë më vonë sot.</translation>
    </message>
    <message>
        <source>Unknown kind &apos;{kind}&apos;.</source>
        <translation>Lloj i panjohur &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Një pikë e programit ka nevojë për një titull.</translation>
    </message>
    <message>
        <source>The item must start on the day itself ({date:%d.%m.%Y}).</source>
        <translation>Pika duhet të fillojë në vetë ditën ({date:%d.%m.%Y}).</translation>
    </message>
    <message>
        <source>The item ends before it starts.</source>
        <translation>Pika mbaron para se të fillojë.</translation>
    </message>
    <message>
        <source>An item cannot last more than 24 hours.</source>
        <translation>Një pikë nuk mund të zgjasë më shumë se 24 orë.</translation>
    </message>
    <message>
        <source>The end of the day is a moment: give it the same start and end time.</source>
        <translation>Fundi i ditës është një çast: jepini të njëjtën orë fillimi dhe mbarimi.</translation>
    </message>
    <message>
        <source>Only a session can hold other items.</source>
        <translation>Vetëm një sesion mund të mbajë pika të tjera.</translation>
    </message>
    <message>
        <source>The session is on another day.</source>
        <translation>Sesioni është në një ditë tjetër.</translation>
    </message>
    <message>
        <source>A session can hold talks, breaks, lunch and other items, not {kind} items.</source>
        <translation>Një sesion mund të mbajë prezantime, pushime, drekë dhe pika të tjera, jo pika të llojit {kind}.</translation>
    </message>
    <message>
        <source>The warning cannot come after the end: give 0 or more minutes.</source>
        <translation>Paralajmërimi nuk mund të vijë pas fundit: jepni 0 ose më shumë minuta.</translation>
    </message>
    <message>
        <source>The warning comes {warning_minutes} minutes before the end, but the item lasts only {minutes} minutes.</source>
        <translation>Paralajmërimi vjen {warning_minutes} minuta para fundit, por pika zgjat vetëm {minutes} minuta.</translation>
    </message>
    <message>
        <source>Unknown resume policy &apos;{resume_policy}&apos;.</source>
        <translation>Mënyrë e panjohur rifillimi &apos;{resume_policy}&apos;.</translation>
    </message>
    <message>
        <source>The shortest length of the break ({minimum_minutes} minutes) must be between 0 and its planned length ({minutes} minutes).</source>
        <translation>Gjatësia më e shkurtër e pushimit ({minimum_minutes} minuta) duhet të jetë ndërmjet 0 dhe gjatësisë së planifikuar ({minutes} minuta).</translation>
    </message>
    <message>
        <source>An item cannot be inside itself.</source>
        <translation>Një pikë nuk mund të jetë brenda vetvetes.</translation>
    </message>
    <message>
        <source>A session with items inside cannot go inside another session.</source>
        <translation>Një sesion me pika brenda nuk mund të futet në një sesion tjetër.</translation>
    </message>
    <message>
        <source>“{title}” has already been run by the chair; it stays in the agenda (change its times instead).</source>
        <translation>“{title}” është zhvilluar tashmë nga moderatori; mbetet në program (ndryshojini më mirë oraret).</translation>
    </message>
    <message>
        <source>Another laptop changed the day a moment ago, so nothing was done: look at the screen, and press again if it is still needed.</source>
        <translation>Një laptop tjetër e ndryshoi ditën pak më parë, ndaj nuk u bë asgjë: shikoni ekranin dhe shtypni sërish nëse duhet ende.</translation>
    </message>
    <message>
        <source>This proposal no longer fits the day (the projection changed). Choose one of the new proposals.</source>
        <translation>Ky propozim nuk i përshtatet më ditës (parashikimi ndryshoi). Zgjidhni një nga propozimet e reja.</translation>
    </message>
    <message>
        <source>Choose between 0 and 30 minutes before the end of the break.</source>
        <translation>Zgjidhni ndërmjet 0 dhe 30 minutave para fundit të pushimit.</translation>
    </message>
    <message>
        <source>This rehearsal of {day} was laid on {date}, not today ({today}). Rehearse the day again to lay it on today.</source>
        <translation>Kjo provë ({day}) u vendos më {date}, jo sot ({today}). Provojeni ditën sërish për ta vendosur në datën e sotme.</translation>
    </message>
    <message>
        <source>Today ({today}) is not {day} ({date}): its run log is the record of the day, for the timing report. Rehearse the day instead (nothing is recorded), or, if the event has moved, say that today is {day}.</source>
        <translation>Sot ({today}) nuk është {day} ({date}): shënimet e saj janë dëshmia e ditës, për raportin e orarit. Në vend të kësaj provojeni ditën (nuk regjistrohet asgjë), ose, nëse eventi është zhvendosur, thoni që sot është {day}.</translation>
    </message>
    <message>
        <source>A rehearsal is laid at the same clock times or starting now, not &apos;{layout}&apos;.</source>
        <translation>Një provë vendoset në të njëjtat orare ose duke filluar tani, jo &apos;{layout}&apos;.</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <source>A6, four per A4 sheet</source>
        <translation>A6, katër në një fletë A4</translation>
    </message>
    <message>
        <source>Card 86 × 54 mm, ten per A4 sheet</source>
        <translation>Kartë 86 × 54 mm, dhjetë në një fletë A4</translation>
    </message>
    <message>
        <source>Holder insert 4 × 3 in (101.6 × 76.2 mm), six per A4 sheet</source>
        <translation>Fletë për mbajtëse 4 × 3 in (101,6 × 76,2 mm), gjashtë në një fletë A4</translation>
    </message>
    <message>
        <source>One card per page, for a card or label printer (86 × 54 mm)</source>
        <translation>Një kartë për faqe, për printer kartash ose etiketash (86 × 54 mm)</translation>
    </message>
    <message>
        <source>There is no badge layout &apos;{key}&apos;. Use one of: {names}.</source>
        <translation>Nuk ka format karte &apos;{key}&apos;. Përdorni një nga: {names}.</translation>
    </message>
    <message>
        <source>There is nobody to print a badge for. Choose other participants.</source>
        <translation>Nuk ka askënd për t’i printuar kartë. Zgjidhni pjesëmarrës të tjerë.</translation>
    </message>
    <message>
        <source>{target} is a folder. Give a file name ending in .pdf.</source>
        <translation>{target} është dosje. Jepni një emër skedari që mbaron me .pdf.</translation>
    </message>
    <message>
        <source>Participant {number} is no longer registered; nothing was changed.</source>
        <translation>Pjesëmarrësi {number} nuk është më i regjistruar; nuk u ndryshua asgjë.</translation>
    </message>
    <message>
        <source>Participant {number} already had {last_version} badges, the most a badge code can carry. Register the person again under a new number; nothing was changed.</source>
        <translation>Pjesëmarrësi {number} ka pasur tashmë {last_version} karta, sa më shumë që mund të mbajë kodi i kartës. Regjistrojeni personin sërish me një numër të ri; nuk u ndryshua asgjë.</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <source>This badge is for another event. Check that this event&apos;s file is open.</source>
        <translation>Kjo kartë është për një event tjetër. Kontrolloni që është hapur skedari i këtij eventi.</translation>
    </message>
    <message>
        <source>This badge was replaced by a newer one. Ask for the new badge, or search the name.</source>
        <translation>Kjo kartë u zëvendësua nga një më e re. Kërkoni kartën e re, ose kërkoni emrin.</translation>
    </message>
    <message>
        <source>This badge belongs to no one registered here. Search the person by name.</source>
        <translation>Kjo kartë nuk i përket askujt të regjistruar këtu. Kërkoni personin me emër.</translation>
    </message>
    <message>
        <source>This badge&apos;s code is not genuine. Ask for an identity document and call the organiser.</source>
        <translation>Kodi i kësaj karte nuk është i vërtetë. Kërkoni një dokument identifikimi dhe thërrisni organizatorin.</translation>
    </message>
    <message>
        <source>This is not a badge of this event. Scan the QR code on the badge, or search the name.</source>
        <translation>Kjo nuk është kartë e këtij eventi. Skanoni kodin QR në kartë, ose kërkoni emrin.</translation>
    </message>
    <message>
        <source>Not on the list for this day. Ask the organiser; check in anyway if they agree.</source>
        <translation>Nuk është në listë për këtë ditë. Pyesni organizatorin; regjistrojeni gjithsesi nëse pranon.</translation>
    </message>
    <message>
        <source>Today ({on:%d.%m.%Y} at the venue) is not a day of this event. Choose the day (the event&apos;s days are: {numbers}).</source>
        <translation>Sot ({on:%d.%m.%Y} në vendin e eventit) nuk është ditë e këtij eventi. Zgjidhni ditën (ditët e eventit janë: {numbers}).</translation>
    </message>
    <message>
        <source>Give a reason for undoing the check-in.</source>
        <translation>Jepni një arsye për anulimin e regjistrimit.</translation>
    </message>
    <message>
        <source>Only a practice check-in is undone in practice.</source>
        <translation>Në ushtrim zhbëhet vetëm një regjistrim ushtrimi.</translation>
    </message>
    <message>
        <source>This check-in was already undone.</source>
        <translation>Ky regjistrim është anuluar tashmë.</translation>
    </message>
    <message>
        <source>duplicate: also checked in at {desk} at {time}, while a desk was offline</source>
        <translation>i dyfishtë: u regjistrua edhe në {desk} në orën {time}, ndërsa një sportel ishte pa lidhje</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>një sportel tjetër</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>belvedere: {problem} ({path}). Check the path and try again.</source>
        <translation>belvedere: {problem} ({path}). Kontrolloni shtegun dhe provoni sërish.</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>në orar</translation>
    </message>
    <message>
        <source>{minutes} min late</source>
        <translation>{minutes} min vonesë</translation>
    </message>
    <message>
        <source>{minutes} min early</source>
        <translation>{minutes} min përpara</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>kapërcyer</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>Sesioni {number}: {title}</translation>
    </message>
    <message>
        <source>Now {now}: the day is over (ended {end}, {late}).</source>
        <translation>Tani {now}: dita mbaroi (mbaroi në {end}, {late}).</translation>
    </message>
    <message>
        <source>Now {now}: not this day, not started; times as planned.</source>
        <translation>Tani {now}: jo kjo ditë, pa filluar; oraret sipas planit.</translation>
    </message>
    <message>
        <source>Now {now}: not started; “{title}” is projected at {first}.</source>
        <translation>Tani {now}: pa filluar; “{title}” parashikohet në orën {first}.</translation>
    </message>
    <message>
        <source>waits to start</source>
        <translation>pret të fillojë</translation>
    </message>
    <message>
        <source>is paused with {left} left</source>
        <translation>është ndalur, mbeten {left}</translation>
    </message>
    <message>
        <source>runs, {left} over ({phase})</source>
        <translation>po zhvillohet, tejkaluar me {left} ({phase})</translation>
    </message>
    <message>
        <source>runs, {left} left ({phase})</source>
        <translation>po zhvillohet, mbeten {left} ({phase})</translation>
    </message>
    <message>
        <source>Now {now}: “{title}” {how}.</source>
        <translation>Tani {now}: “{title}” {how}.</translation>
    </message>
    <message>
        <source>The day runs {late}; it ends at {end} (planned {planned}, {day_late}).</source>
        <translation>Dita shkon {late}; mbaron në orën {end} (planifikuar {planned}, {day_late}).</translation>
    </message>
    <message>
        <source>Message on the display: {message}</source>
        <translation>Mesazhi në ekran: {message}</translation>
    </message>
    <message>
        <source>The display is blacked out.</source>
        <translation>Ekrani është errësuar.</translation>
    </message>
    <message>
        <source>Nothing of a rehearsal reaches the run log, the timing report or the journal.</source>
        <translation>Asgjë nga një provë nuk shkon në shënimet e ditës, në raportin e orarit apo në ditar.</translation>
    </message>
    <message>
        <source>starting at {time}</source>
        <translation>duke filluar në orën {time}</translation>
    </message>
    <message>
        <source>at the same clock times</source>
        <translation>në të njëjtat orare</translation>
    </message>
    <message>
        <source>Rehearsal of {day} ({date}), laid on {laid_on} {how}.</source>
        <translation>Prova — {day} ({date}), vendosur më {laid_on} {how}.</translation>
    </message>
    <message>
        <source>Rehearsal of {day} ({date}): none is laid yet, and the day has nothing to run.</source>
        <translation>Prova — {day} ({date}): ende nuk është vendosur asnjë, dhe dita nuk ka asgjë për të zhvilluar.</translation>
    </message>
    <message>
        <source>Rehearsal of {day} ({date}): none is laid yet. Laid now it would run on {today} from {time}; `chair start --day {number} --rehearse` lays it and starts it.</source>
        <translation>Prova — {day} ({date}): ende nuk është vendosur asnjë. E vendosur tani do të zhvillohej më {today} nga ora {time}; `chair start --day {number} --rehearse` e vendos dhe e nis.</translation>
    </message>
    <message>
        <source>To rehearse it today: `agenda --day {number} --rehearse` shows how, `chair start --day {number} --rehearse` starts it (nothing is recorded).</source>
        <translation>Për ta provuar sot: `agenda --day {number} --rehearse` tregon si, `chair start --day {number} --rehearse` e nis (nuk regjistrohet asgjë).</translation>
    </message>
    <message>
        <source>{error} Give --at as 10:42 or 2011-06-09T10:42 (venue time).</source>
        <translation>{error} Jepni --at si 10:42 ose 2011-06-09T10:42 (ora e vendit).</translation>
    </message>
    <message>
        <source>--at shows the day&apos;s record as it was; a rehearsal is shown as it is now. Leave out one of them.</source>
        <translation>--at tregon shënimet e ditës siç ishin; një provë tregohet siç është tani. Hiqni njërën prej tyre.</translation>
    </message>
    <message>
        <source>{title} — {venue}, {city} (times in {timezone})</source>
        <translation>{title} — {venue}, {city} (oraret sipas {timezone})</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifikuar</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>realizuar</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>parashikuar</translation>
    </message>
    <message>
        <source>item</source>
        <translation>pika</translation>
    </message>
    <message>
        <source>belvedere: warning: {problem}</source>
        <translation>belvedere: kujdes: {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a list of participant numbers like 101,118,130-133</source>
        <translation>&apos;{text}&apos; nuk është listë numrash pjesëmarrësish si 101,118,130-133</translation>
    </message>
    <message>
        <source>give at least one participant number</source>
        <translation>jepni të paktën një numër pjesëmarrësi</translation>
    </message>
    <message>
        <source>There is no participant {number}. Check the number with &apos;find&apos;.</source>
        <translation>Nuk ka pjesëmarrës {number}. Kontrolloni numrin me &apos;find&apos;.</translation>
    </message>
    <message>
        <source>--reprint needs --only with the numbers of the lost badges.</source>
        <translation>--reprint kërkon --only me numrat e kartave të humbura.</translation>
    </message>
    <message>
        <source>No participant has the number {names}. Nothing was printed.</source>
        <translation>Asnjë pjesëmarrës nuk ka numrin {names}. Nuk u printua asgjë.</translation>
    </message>
    <message>
        <source>Participant {number}: new badge version {badge_version}; the earlier badge is now refused at the desk.</source>
        <translation>Pjesëmarrësi {number}: versioni i ri i kartës {badge_version}; karta e mëparshme tani refuzohet në sportel.</translation>
    </message>
    <message>
        <source>belvedere: warning: no glyph in the badge font for participant {line}; these print as empty boxes.</source>
        <translation>belvedere: kujdes: shkronjat e kartës nuk kanë disa germa për pjesëmarrësin {line}; ato printohen si kuti bosh.</translation>
    </message>
    <message>
        <source>belvedere: warning: the name of participant {line} is too long for the {layout} layout; give a shorter name on the badge (the participant&apos;s form) or choose a larger layout.</source>
        <translation>belvedere: kujdes: emri i pjesëmarrësit {line} është shumë i gjatë për formatin {layout}; jepni një emër më të shkurtër në kartë (formulari i pjesëmarrësit) ose zgjidhni një format më të madh.</translation>
    </message>
    <message>
        <source>Wrote {count} badges on {pages} pages ({name}) to {path}</source>
        <translation>U shkruan {count} karta në {pages} faqe ({name}) te {path}</translation>
    </message>
    <message>
        <source>{headline}: {who} — {day} at {time:%H:%M}</source>
        <translation>{headline}: {who} — {day} në orën {time:%H:%M}</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>U regjistrua</translation>
    </message>
    <message>
        <source> at {time:%H:%M}, desk {desk}</source>
        <translation> në orën {time:%H:%M}, sporteli {desk}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(asnjë)</translation>
    </message>
    <message>
        <source>Already checked in: {who} — {day}{where}</source>
        <translation>Regjistruar më parë: {who} — {day}{where}</translation>
    </message>
    <message>
        <source>Not expected: {who} — {day}. {reason}</source>
        <translation>Nuk pritet: {who} — {day}. {reason}</translation>
    </message>
    <message>
        <source> (replaced {time:%d.%m.%Y %H:%M})</source>
        <translation> (zëvendësuar më {time:%d.%m.%Y %H:%M})</translation>
    </message>
    <message>
        <source>Refused: {who} — {reason}</source>
        <translation>Refuzuar: {who} — {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Refuzuar: {reason}</translation>
    </message>
    <message>
        <source>This event has no {what} &apos;{printable}&apos;. Use one of: {names}.</source>
        <translation>Ky event nuk ka {what} &apos;{printable}&apos;. Përdorni një nga: {names}.</translation>
    </message>
    <message>
        <source>Registered and checked in</source>
        <translation>U regjistrua dhe hyri</translation>
    </message>
    <message>
        <source>{describe} has no check-in to undo on {dated}.</source>
        <translation>{describe} nuk ka regjistrim për të anuluar më {dated}.</translation>
    </message>
    <message>
        <source>Undone: {describe} — {dated}, checked in at {local_time:%H:%M} (reason: {printable})</source>
        <translation>U anulua: {describe} — {dated}, regjistruar në orën {local_time:%H:%M} (arsyeja: {printable})</translation>
    </message>
    <message>
        <source>checked in {time:%H:%M} ({desk})</source>
        <translation>regjistruar {time:%H:%M} ({desk})</translation>
    </message>
    <message>
        <source>no desk</source>
        <translation>pa sportel</translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>pa ardhur</translation>
    </message>
    <message>
        <source>not expected</source>
        <translation>nuk pritet</translation>
    </message>
    <message>
        <source>belvedere: no one matches &apos;{query}&apos;. Try part of the family name, or the number.</source>
        <translation>belvedere: askush nuk përputhet me &apos;{query}&apos;. Provoni një pjesë të mbiemrit, ose numrin.</translation>
    </message>
    <message>
        <source>Status on {day}</source>
        <translation>Gjendja më {day}</translation>
    </message>
    <message>
        <source>Today is not a day of this event; give --day N for the status.</source>
        <translation>Sot nuk është ditë e këtij eventi; jepni --day N për gjendjen.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; nuk është numër i plotë</translation>
    </message>
    <message>
        <source>{text} is too large: day and participant numbers go up to {last_participant_number}</source>
        <translation>{text} është shumë i madh: numrat e ditëve dhe të pjesëmarrësve shkojnë deri në {last_participant_number}</translation>
    </message>
    <message>
        <source>there is no day {number}: the event&apos;s days are numbered from 1</source>
        <translation>nuk ka ditë {number}: ditët e eventit numërohen nga 1</translation>
    </message>
    <message>
        <source>This event is locked to the desk: {what} needs the organiser&apos;s PIN. Give it with --pin.</source>
        <translation>Ky event është kyçur te sporteli: {what} kërkon PIN-in e organizatorit. Jepeni me --pin.</translation>
    </message>
    <message>
        <source>Created the demo event &quot;{title}&quot; ({days} days, {count} participants) in {target}</source>
        <translation>U krijua eventi demonstrues &quot;{title}&quot; ({days} ditë, {count} pjesëmarrës) në {target}</translation>
    </message>
    <message>
        <source>Excel sheet &apos;{sheet}&apos;</source>
        <translation>Fleta Excel &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>JSON, one object per participant</source>
        <translation>JSON, një objekt për pjesëmarrës</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (i gjetur)</translation>
    </message>
    <message>
        <source>CSV, {encoding}{guessed}, {delimiter}-separated{split}</source>
        <translation>CSV, {encoding}{guessed}, i ndarë me {delimiter}{split}</translation>
    </message>
    <message>
        <source>  … and {value} more.</source>
        <translation>  … dhe {value} të tjerë.</translation>
    </message>
    <message>
        <source>{header} → not imported</source>
        <translation>{header} → nuk importohet</translation>
    </message>
    <message>
        <source>Possible namesake, row {row}: {namesake}.</source>
        <translation>Ndoshta me emër të njëjtë, rreshti {row}: {namesake}.</translation>
    </message>
    <message>
        <source>Similar matches are only suggestions: add --accept-similar to take them all,{example}.</source>
        <translation>Përputhjet e ngjashme janë vetëm sugjerime: shtoni --accept-similar për t’i marrë të gjitha,{example}.</translation>
    </message>
    <message>
        <source>Unknown {kind}s (add {option} to create them, or --map {kind} &quot;WORD=MEANING&quot;; nothing after &apos;=&apos; leaves it empty): {names}</source>
        <translation>Të panjohura ({kind}; shtoni {option} për t’i krijuar, ose --map {kind} &quot;FJALA=KUPTIMI&quot;; asgjë pas &apos;=&apos; e lë bosh): {names}</translation>
    </message>
    <message>
        <source>{name}: {describe_source}; {header}{count} rows.</source>
        <translation>{name}: {describe_source}; {header}{count} rreshta.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}</source>
        <translation>Provë, nuk u shkrua asgjë: {summary}</translation>
    </message>
    <message>
        <source>Imported: {summary}</source>
        <translation>U importua: {summary}</translation>
    </message>
    <message>
        <source>Imported the event &quot;{title}&quot; ({count} days, {count2} participants) into {target}</source>
        <translation>U importua eventi &quot;{title}&quot; ({count} ditë, {count2} pjesëmarrës) në {target}</translation>
    </message>
    <message>
        <source>Exported the event &quot;{title}&quot; with {count} participants to {path}</source>
        <translation>U eksportua eventi &quot;{title}&quot; me {count} pjesëmarrës te {path}</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>kujdes: {warning}</translation>
    </message>
    <message>
        <source>Exported {count} participants to {path}</source>
        <translation>U eksportuan {count} pjesëmarrës te {path}</translation>
    </message>
    <message>
        <source>Exported {count} check-ins to {path}</source>
        <translation>U eksportuan {count} regjistrime te {path}</translation>
    </message>
    <message>
        <source>Backups of a database server are made with the server&apos;s own tools.</source>
        <translation>Kopjet rezervë të një serveri bazash të dhënash bëhen me mjetet e vetë serverit.</translation>
    </message>
    <message>
        <source>Saved {target} to the event file {out} ({participants} participants, {check_ins} check-ins)</source>
        <translation>{target} u ruajt në skedarin e eventit {out} ({participants} pjesëmarrës, {check_ins} regjistrime)</translation>
    </message>
    <message>
        <source>{out} is a folder. Give the copy a file name, like {value}.</source>
        <translation>{out} është dosje. Jepini kopjes një emër skedari, si {value}.</translation>
    </message>
    <message>
        <source>The copy must go to another file than the event file itself.</source>
        <translation>Kopja duhet të shkojë në një skedar tjetër nga vetë skedari i eventit.</translation>
    </message>
    <message>
        <source>Backed up {source} to {out}</source>
        <translation>U kopjua {source} te {out}</translation>
    </message>
    <message>
        <source>There is no file at {source}. Check the path.</source>
        <translation>Nuk ka skedar te {source}. Kontrolloni shtegun.</translation>
    </message>
    <message>
        <source>Rebuilt {target} from the journal {source}: {summary}</source>
        <translation>U rindërtua {target} nga ditari {source}: {summary}</translation>
    </message>
    <message>
        <source>Restored {target} from {source}{aside}</source>
        <translation>U rikthye {target} nga {source}{aside}</translation>
    </message>
    <message>
        <source>The journal is off on this laptop.</source>
        <translation>Ditari është i fikur në këtë laptop.</translation>
    </message>
    <message>
        <source>This laptop journals every check-in, walk-in, undo, change to a participant and chair action to {journal_file} from now on. The journal holds walk-ins&apos; names: keep the stick safe.</source>
        <translation>Ky laptop shënon që tani çdo regjistrim, të ardhur në vend, anulim, ndryshim pjesëmarrësi dhe veprim të moderatorit te {journal_file}. Ditari mban emrat e të ardhurve në vend: ruajeni USB-në me kujdes.</translation>
    </message>
    <message>
        <source>The journal is off on this laptop. Turn it on with: journal FOLDER (a folder on a USB stick).</source>
        <translation>Ditari është i fikur në këtë laptop. Ndizeni me: journal DOSJA (një dosje në një USB).</translation>
    </message>
    <message>
        <source>This laptop journals to {journal_file}.</source>
        <translation>Ky laptop e shënon ditarin te {journal_file}.</translation>
    </message>
    <message>
        <source>belvedere: anonymise removes {removed}. It keeps {kept}. {not_touched}
Nothing was changed: run again with --yes to remove the personal data (it cannot be undone).</source>
        <translation>belvedere: anonymise heq {removed}. Mban {kept}. {not_touched}
Nuk u ndryshua asgjë: ekzekutojeni sërish me --yes për të hequr të dhënat personale (nuk mund të zhbëhet).</translation>
    </message>
    <message>
        <source>Removed the personal data of {count} participants from {target}, and {deleted} backups.</source>
        <translation>U hoqën të dhënat personale të {count} pjesëmarrësve nga {target} dhe {deleted} kopje rezervë.</translation>
    </message>
    <message>
        <source>Kept {kept}.</source>
        <translation>U mbajt {kept}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of minutes</source>
        <translation>&apos;{text}&apos; nuk është numër i plotë minutash</translation>
    </message>
    <message>
        <source>add between 1 and {max_minutes} minutes (or -1 to -{max_minutes})</source>
        <translation>shtoni ndërmjet 1 dhe {max_minutes} minutave (ose -1 deri -{max_minutes})</translation>
    </message>
    <message>
        <source>This event has no days yet: add its agenda on the Event page.</source>
        <translation>Ky event nuk ka ende ditë: shtoni programin e tij në faqen Eventi.</translation>
    </message>
    <message>
        <source>Only a rehearsal is cleared: the run log is the record of the day. Add --rehearse to forget the day&apos;s rehearsal.</source>
        <translation>Fshihet vetëm një provë: shënimet e ditës janë dëshmia e ditës. Shtoni --rehearse për të harruar provën e ditës.</translation>
    </message>
    <message>
        <source>To rehearse it from here: chair {control} --day {number} --rehearse. If the event has moved to today, say so on the Agenda page.</source>
        <translation>Për ta provuar nga këtu: chair {control} --day {number} --rehearse. Nëse eventi është zhvendosur në datën e sotme, thuajeni këtë në faqen Programi.</translation>
    </message>
    <message>
        <source>{day}: {control} logged in its rehearsal.</source>
        <translation>{day}: {control} u shënua në provë.</translation>
    </message>
    <message>
        <source>{day}: {control} logged.</source>
        <translation>{day}: {control} u shënua.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a port number</source>
        <translation>&apos;{text}&apos; nuk është numër porte</translation>
    </message>
    <message>
        <source>{text} is not a port: they go from 1 to 65535 (0 picks a free one)</source>
        <translation>{text} nuk është portë: portat shkojnë nga 1 deri në 65535 (0 zgjedh një të lirë)</translation>
    </message>
    <message>
        <source>Live view of {title}: {url} (the agenda: {url2})</source>
        <translation>Pamja e drejtpërdrejtë e {title}: {url} (programi: {url2})</translation>
    </message>
    <message>
        <source>Chair&apos;s remote: POST {url}NAME with the token {token}</source>
        <translation>Telekomanda e moderatorit: POST {url}EMRI me çelësin {token}</translation>
    </message>
    <message>
        <source>Ctrl+C stops it.</source>
        <translation>Ctrl+C e ndal.</translation>
    </message>
    <message>
        <source>The live view stopped.</source>
        <translation>Pamja e drejtpërdrejtë u ndal.</translation>
    </message>
    <message>
        <source>The first start creates the server with a password for the desks: run serve in a terminal to type it, or give it on standard input with --password-stdin.</source>
        <translation>Nisja e parë krijon serverin me një fjalëkalim për sportelet: ekzekutoni serve në një terminal për ta shkruar, ose jepeni në hyrjen standarde me --password-stdin.</translation>
    </message>
    <message>
        <source>A password for the desks (they type it once each): </source>
        <translation>Një fjalëkalim për sportelet (secili e shkruan një herë): </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>I njëjti fjalëkalim sërish: </translation>
    </message>
    <message>
        <source>The two passwords differ. Run serve again.</source>
        <translation>Dy fjalëkalimet ndryshojnë. Ekzekutoni serve sërish.</translation>
    </message>
    <message>
        <source>The server was stopped.</source>
        <translation>Serveri u ndal.</translation>
    </message>
    <message>
        <source>The server was not running.</source>
        <translation>Serveri nuk ishte në punë.</translation>
    </message>
    <message>
        <source>with the password chosen for the desks (File ▸ Connect to a server…, or --db URL on the command line).</source>
        <translation>me fjalëkalimin e zgjedhur për sportelet (Skedari ▸ Lidhu me një server…, ose --db URL në rreshtin e komandave).</translation>
    </message>
    <message>
        <source>Share an event on it with File ▸ Share on a server…, or: --db URL import event FILE.json. Stop it with: serve --stop</source>
        <translation>Vendosni një event në të me Skedari ▸ Vendose në një server…, ose: --db URL import event FILE.json. Ndaleni me: serve --stop</translation>
    </message>
    <message>
        <source>The server in {folder} already ran on port {port}. On each desk, connect to</source>
        <translation>Serveri në {folder} ishte tashmë në punë në portën {port}. Në çdo sportel, lidhuni me</translation>
    </message>
    <message>
        <source>The server in {folder} was created and started on port {port}. On each desk, connect to</source>
        <translation>Serveri në {folder} u krijua dhe u nis në portën {port}. Në çdo sportel, lidhuni me</translation>
    </message>
    <message>
        <source>The server in {folder} started on port {port}. On each desk, connect to</source>
        <translation>Serveri në {folder} u nis në portën {port}. Në çdo sportel, lidhuni me</translation>
    </message>
</context>
<context>
    <name>counted</name>
    <message numerus="yes">
        <source>{label} has %n agenda items. Remove them first, or keep the last day.</source>
        <translation>
            <numerusform>{label} ka %n pikë në program. Hiqeni më parë, ose mbani ditën e fundit.</numerusform>
            <numerusform>{label} ka %n pika në program. Hiqini më parë, ose mbani ditën e fundit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants are expected on {label}. Change their days first.</source>
        <translation>
            <numerusform>%n pjesëmarrës pritet në {label}. Ndryshojini ditët më parë.</numerusform>
            <numerusform>%n pjesëmarrës priten në {label}. Ndryshojuni ditët më parë.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n participants. Move them to another delegation or delete them first.</source>
        <translation>
            <numerusform>{name} ka %n pjesëmarrës. Kalojeni në një delegacion tjetër ose fshijeni më parë.</numerusform>
            <numerusform>{name} ka %n pjesëmarrës. Kalojini në një delegacion tjetër ose fshijini më parë.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants have the role {name}. Give them another role first.</source>
        <translation>
            <numerusform>%n pjesëmarrës ka rolin {name}. Jepini më parë një rol tjetër.</numerusform>
            <numerusform>%n pjesëmarrës kanë rolin {name}. Jepuni më parë një rol tjetër.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible namesakes: add --allow-namesakes to import them as separate people.</source>
        <translation>
            <numerusform>%n i mundshëm me emër të njëjtë: shtoni --allow-namesakes për ta importuar si person më vete.</numerusform>
            <numerusform>%n të mundshëm me emër të njëjtë: shtoni --allow-namesakes për t’i importuar si persona të ndryshëm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>belvedere: nothing was imported: %n problems to fix first.</source>
        <translation>
            <numerusform>belvedere: nuk u importua asgjë: %n problem për t’u ndrequr më parë.</numerusform>
            <numerusform>belvedere: nuk u importua asgjë: %n probleme për t’u ndrequr më parë.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rehearsal of {day} is cleared (%n actions).</source>
        <translation>
            <numerusform>U fshi prova — {day} (%n veprim).</numerusform>
            <numerusform>U fshi prova — {day} (%n veprime).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>The event server cannot be reached: this desk checks people in from its offline copy and uploads them when the server is back.</source>
        <translation>Serveri i eventit nuk arrihet: ky sportel i regjistron njerëzit nga kopja e vet lokale dhe i dërgon në server kur ai të kthehet.</translation>
    </message>
    <message>
        <source>The event server cannot be reached, and this desk has no offline copy of the event yet: nothing was saved. Write the name on the sign-in sheet, and check the network.</source>
        <translation>Serveri i eventit nuk arrihet dhe ky sportel ende nuk ka një kopje lokale të eventit: nuk u ruajt asgjë. Shkruajeni emrin në listën e pranisë dhe kontrolloni rrjetin.</translation>
    </message>
    <message>
        <source>This desk is offline: walk-ins are registered when the server is back (or at a desk that is online). Meanwhile write their details on the sign-in sheet.</source>
        <translation>Ky sportel është pa lidhje: të rinjtë në vend regjistrohen kur serveri të kthehet (ose në një sportel me lidhje). Ndërkohë shkruani të dhënat e tyre në listën e pranisë.</translation>
    </message>
    <message>
        <source>This desk is offline: only the check-ins it made while offline can be undone now. Undo this one when the desk is back online.</source>
        <translation>Ky sportel është pa lidhje: tani mund të zhbëhen vetëm regjistrimet që bëri pa lidhje. Zhbëjeni këtë kur sporteli të ketë sërish lidhje.</translation>
    </message>
</context>
<context>
    <name>event</name>
    <message>
        <source>The backup to {target} failed ({error}). Check the disk, then try again.</source>
        <translation>Kopja rezervë te {target} dështoi ({error}). Kontrolloni diskun, pastaj provoni sërish.</translation>
    </message>
    <message>
        <source>{backup} is not a sound event file. Choose another backup.</source>
        <translation>{backup} nuk është skedar eventi i shëndoshë. Zgjidhni një kopje tjetër.</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Jepini eventit një titull.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>Dita e fundit është para ditës së parë.</translation>
    </message>
    <message>
        <source>An event of more than 31 days is not supported. Check the dates.</source>
        <translation>Një event më i gjatë se 31 ditë nuk mbështetet. Kontrolloni datat.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Zgjidhni një emër tjetër.</translation>
    </message>
    <message>
        <source>Choose another name for the new event file, or an empty server database.</source>
        <translation>Zgjidhni një emër tjetër për skedarin e ri të eventit, ose një bazë të dhënash bosh në server.</translation>
    </message>
    <message>
        <source>{where}: expected an object with &apos;{key}&apos;.</source>
        <translation>{where}: pritej një objekt me &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; is missing.</source>
        <translation>{where}: mungon &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; should be text, not {value}.</source>
        <translation>{where}: &apos;{key}&apos; duhet të jetë tekst, jo {value}.</translation>
    </message>
    <message>
        <source>{where}: expected a list of texts.</source>
        <translation>{where}: pritej një listë tekstesh.</translation>
    </message>
    <message>
        <source>{where}: expected a list of objects.</source>
        <translation>{where}: pritej një listë objektesh.</translation>
    </message>
    <message>
        <source>{where}: expected a code as text, not {value}.</source>
        <translation>{where}: pritej një kod si tekst, jo {value}.</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date like 2011-06-09.</source>
        <translation>{where}: &apos;{text}&apos; nuk është datë si 2011-06-09.</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a UTC time like 2011-06-09T06:45:00Z.</source>
        <translation>{where}: &apos;{text}&apos; nuk është orë UTC si 2011-06-09T06:45:00Z.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{where}: &apos;{value}&apos; nuk është numër i plotë.</translation>
    </message>
    <message>
        <source>{where}: {number} is far too large.</source>
        <translation>{where}: {number} është tepër i madh.</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a time like 09:30.</source>
        <translation>{where}: &apos;{text}&apos; nuk është orë si 09:30.</translation>
    </message>
    <message>
        <source>event: the end date is before the start date.</source>
        <translation>event: data e mbarimit është para datës së fillimit.</translation>
    </message>
    <message>
        <source>event: {error}</source>
        <translation>event: {error}</translation>
    </message>
    <message>
        <source>event: the event code must have four digits (1000–9999).</source>
        <translation>event: kodi i eventit duhet të ketë katër shifra (1000–9999).</translation>
    </message>
    <message>
        <source>event: &apos;certificate&apos; should be an object with place, date and signatories.</source>
        <translation>event: &apos;certificate&apos; duhet të jetë objekt me vendin, datën dhe nënshkruesit.</translation>
    </message>
    <message>
        <source>event: &apos;titles&apos; should map a language code to the title, like {&quot;sq&quot;: &quot;…&quot;}.</source>
        <translation>event: &apos;titles&apos; duhet t’i lidhë kodit të gjuhës titullin, si {&quot;sq&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>event: certificate: at most {max_signatories} signatories fit on a certificate.</source>
        <translation>event: certificate: në një vërtetim nxënë jo më shumë se {max_signatories} nënshkrues.</translation>
    </message>
    <message>
        <source>logos: an event has at most {max_logos} logos.</source>
        <translation>logos: një event ka jo më shumë se {max_logos} logo.</translation>
    </message>
    <message>
        <source>{where}: &apos;png&apos; is not a PNG picture in base64 ({error}).</source>
        <translation>{where}: &apos;png&apos; nuk është figurë PNG në base64 ({error}).</translation>
    </message>
    <message>
        <source>event: the &apos;secret&apos; must be at least 32 hexadecimal digits. Leave it out to have a new one made (badges printed before will then no longer scan).</source>
        <translation>event: &apos;secret&apos; duhet të ketë të paktën 32 shifra gjashtëmbëdhjetore. Hiqeni që të bëhet një i ri (kartat e printuara më parë nuk do të skanohen më).</translation>
    </message>
    <message>
        <source>{where}: unknown kind &apos;{kind}&apos; (use one of {names}).</source>
        <translation>{where}: lloj i panjohur &apos;{kind}&apos; (përdorni një nga {names}).</translation>
    </message>
    <message>
        <source>{where}: unknown resume policy &apos;{policy}&apos;.</source>
        <translation>{where}: mënyrë e panjohur rifillimi &apos;{policy}&apos;.</translation>
    </message>
    <message>
        <source>{where}: warning_minutes cannot be negative.</source>
        <translation>{where}: warning_minutes nuk mund të jetë negativ.</translation>
    </message>
    <message>
        <source>{where}: unknown delegation &apos;{delegation_code}&apos;.</source>
        <translation>{where}: delegacion i panjohur &apos;{delegation_code}&apos;.</translation>
    </message>
    <message>
        <source>{where}: unknown role &apos;{role_key}&apos;.</source>
        <translation>{where}: rol i panjohur &apos;{role_key}&apos;.</translation>
    </message>
    <message>
        <source>{where}: the number {number} is not between 1 and {last_participant_number}.</source>
        <translation>{where}: numri {number} nuk është ndërmjet 1 dhe {last_participant_number}.</translation>
    </message>
    <message>
        <source>{where}: the badge version {badge_version} is not between 1 and 99.</source>
        <translation>{where}: versioni i kartës {badge_version} nuk është ndërmjet 1 dhe 99.</translation>
    </message>
    <message>
        <source>{where}: &apos;days&apos; should be a list of day numbers, like [1, 2].</source>
        <translation>{where}: &apos;days&apos; duhet të jetë listë numrash ditësh, si [1, 2].</translation>
    </message>
    <message>
        <source>The participant number {twice} appears twice. Each participant needs their own.</source>
        <translation>Numri i pjesëmarrësit {twice} del dy herë. Çdo pjesëmarrës ka nevojë për numrin e vet.</translation>
    </message>
    <message>
        <source>{where}: &apos;{written}&apos; maps to an unknown {kind} &apos;{target}&apos;.</source>
        <translation>{where}: &apos;{written}&apos; lidhet me {kind} të panjohur &apos;{target}&apos;.</translation>
    </message>
    <message>
        <source>This is not a Belvedere event document (its &apos;format&apos; is not belvedere-event).</source>
        <translation>Ky nuk është dokument eventi Belvedere (&apos;format&apos; i tij nuk është belvedere-event).</translation>
    </message>
    <message>
        <source>This event document was written by a newer Belvedere. Update Belvedere to import it.</source>
        <translation>Ky dokument eventi u shkrua nga një Belvedere më i ri. Përditësoni Belvedere për ta importuar.</translation>
    </message>
    <message>
        <source>This file already holds an event. Import into a new event file.</source>
        <translation>Ky skedar mban tashmë një event. Importojeni në një skedar të ri eventi.</translation>
    </message>
    <message>
        <source>{where}: &apos;certificate&apos; should be true or false.</source>
        <translation>{where}: &apos;certificate&apos; duhet të jetë true ose false.</translation>
    </message>
    <message>
        <source>settings: expected an object of names and values.</source>
        <translation>settings: pritej një objekt me emra dhe vlera.</translation>
    </message>
    <message>
        <source>The document contradicts itself ({error}): two roles, delegations, days or words with the same key, code, number, date or word, or a day outside the event&apos;s dates. Nothing was imported.</source>
        <translation>Dokumenti kundërshton veten ({error}): dy role, delegacione, ditë ose fjalë me të njëjtin çelës, kod, numër, datë ose fjalë, ose një ditë jashtë datave të eventit. Nuk u importua asgjë.</translation>
    </message>
    <message>
        <source>An event is exported as JSON: choose a file name ending in .json (not &apos;{name}&apos;).</source>
        <translation>Një event eksportohet si JSON: zgjidhni një emër skedari që mbaron me .json (jo &apos;{name}&apos;).</translation>
    </message>
    <message>
        <source>There is no file {path}. Check the name and the folder.</source>
        <translation>Nuk ka skedar {path}. Kontrolloni emrin dhe dosjen.</translation>
    </message>
    <message>
        <source>{name} is not an event document (it is not JSON text).</source>
        <translation>{name} nuk është dokument eventi (nuk është tekst JSON).</translation>
    </message>
    <message>
        <source>{path} cannot be read ({strerror}).</source>
        <translation>{path} nuk mund të lexohet ({strerror}).</translation>
    </message>
    <message>
        <source>{name} is not an event document: {error}.</source>
        <translation>{name} nuk është dokument eventi: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a Belvedere event document (its &apos;format&apos; is not {format}).</source>
        <translation>{name} nuk është dokument eventi Belvedere (&apos;format&apos; i tij nuk është {format}).</translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>Eventi ka nevojë për një titull.</translation>
    </message>
    <message>
        <source>An event of more than {max_days} days is not supported. Check the dates.</source>
        <translation>Një event më i gjatë se {max_days} ditë nuk mbështetet. Kontrolloni datat.</translation>
    </message>
    <message>
        <source>Give at least one working language, like en.</source>
        <translation>Jepni të paktën një gjuhë pune, si en.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code like en or sq.</source>
        <translation>&apos;{value}&apos; nuk është kod gjuhe si en ose sq.</translation>
    </message>
    <message>
        <source>Check-ins or the chair&apos;s actions are already recorded: the dates and the time zone can no longer move. You can still add days at the end.</source>
        <translation>Janë regjistruar tashmë hyrje ose veprime të moderatorit: datat dhe zona orare nuk mund të lëvizin më. Mund të shtoni ende ditë në fund.</translation>
    </message>
    <message>
        <source>{day} is already today, {date}.</source>
        <translation>{day} është tashmë sot, {date}.</translation>
    </message>
    <message>
        <source>The event file {name} is on read-only media, and its latest changes are still in {name}-wal beside it, which SQLite can read only with its {name}-shm. Copy the event file with the files beside it to a writable place and open the copy.</source>
        <translation>Skedari i eventit {name} është në një medium vetëm për lexim, dhe ndryshimet e fundit janë ende në {name}-wal pranë tij, të cilin SQLite mund ta lexojë vetëm me {name}-shm. Kopjoni skedarin e eventit bashkë me skedarët pranë tij në një vend ku mund të shkruhet dhe hapni kopjen.</translation>
    </message>
    <message>
        <source>There is no event file at {path}. Check the path, or create one with &apos;demo&apos;.</source>
        <translation>Nuk ka skedar eventi te {path}. Kontrolloni shtegun, ose krijoni një me &apos;demo&apos;.</translation>
    </message>
    <message>
        <source>The event file {path} cannot be read (permission denied). Check its permissions.</source>
        <translation>Skedari i eventit {path} nuk mund të lexohet (leje e mohuar). Kontrolloni lejet e tij.</translation>
    </message>
    <message>
        <source>The event file {path} is empty. Restore it from a backup.</source>
        <translation>Skedari i eventit {path} është bosh. Riktheni nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>The event file {path} is cut short. Restore it from a backup.</source>
        <translation>Skedari i eventit {path} është i cunguar. Riktheni nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>{path} is not a Belvedere event file. Open a .belvedere file.</source>
        <translation>{path} nuk është skedar eventi Belvedere. Hapni një skedar .belvedere.</translation>
    </message>
    <message>
        <source>This Belvedere cannot connect to {target}: its database driver is not installed ({error}). Use an event file, or install the driver.</source>
        <translation>Ky Belvedere nuk mund të lidhet me {target}: drejtuesi i bazës së të dhënave nuk është instaluar ({error}). Përdorni një skedar eventi, ose instaloni drejtuesin.</translation>
    </message>
    <message>
        <source>The event database {target} cannot be opened ({error}).</source>
        <translation>Baza e të dhënave e eventit {target} nuk mund të hapet ({error}).</translation>
    </message>
    <message>
        <source>The event file {target} is damaged ({error}). Restore it from a backup.</source>
        <translation>Skedari i eventit {target} është dëmtuar ({error}). Riktheni nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>{target}: {sentence}</source>
        <translation>{target}: {sentence}</translation>
    </message>
    <message>
        <source>The event file is damaged ({result}). Restore it from a backup.</source>
        <translation>Skedari i eventit është dëmtuar ({result}). Riktheni nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>{folder} is not a folder. Plug in the stick and choose a folder on it.</source>
        <translation>{folder} nuk është dosje. Futni USB-në dhe zgjidhni një dosje në të.</translation>
    </message>
    <message>
        <source>The journal on {folder} could not be written ({strerror}). The action is saved on this laptop; check the stick.</source>
        <translation>Ditari te {folder} nuk u shkrua dot ({strerror}). Veprimi është ruajtur në këtë laptop; kontrolloni USB-në.</translation>
    </message>
    <message>
        <source>the names, organisations, e-mails, phone numbers and notes of the {count} participants (each becomes “Participant” and their number), the certificates&apos; signatories, the desk volunteers&apos; names, the reasons typed for undone check-ins, and this event&apos;s automatic backups on this laptop</source>
        <translation>emrat, institucionet, e-mailet, numrat e telefonit dhe shënimet e {count} pjesëmarrësve (secili bëhet “Pjesëmarrës” me numrin e vet), nënshkruesit e vërtetimeve, emrat e vullnetarëve në sportel, arsyet e shkruara për regjistrimet e anuluara dhe kopjet rezervë automatike të këtij eventi në këtë laptop</translation>
    </message>
    <message>
        <source>each participant&apos;s number, delegation, role and funding, every check-in (the anonymous attendance counts), and the agenda with the chair&apos;s log (the timing report)</source>
        <translation>numrin, delegacionin, rolin dhe financimin e çdo pjesëmarrësi, çdo regjistrim (numrat anonimë të pjesëmarrjes), dhe programin me ditarin e moderatorit (raportin e orarit)</translation>
    </message>
    <message>
        <source>Copies made elsewhere (exports, saved copies, the journal on a stick) are not touched: delete them yourself.</source>
        <translation>Kopjet e bëra gjetiu (eksportet, kopjet e ruajtura, ditari në USB) nuk preken: fshijini vetë.</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose the journal file in it (belvedere-journal-….jsonl).</source>
        <translation>{path} është dosje. Zgjidhni skedarin e ditarit në të (belvedere-journal-….jsonl).</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read ({strerror}). Nothing was rebuilt.</source>
        <translation>Ditari {path} nuk mund të lexohet ({strerror}). Nuk u rindërtua asgjë.</translation>
    </message>
    <message>
        <source>{name} holds no journal entries, so there is nothing to rebuild from. Choose the journal the desk wrote (belvedere-journal-….jsonl on the stick).</source>
        <translation>{name} nuk mban shënime ditari, ndaj nuk ka nga çfarë të rindërtohet. Zgjidhni ditarin që shkroi sporteli (belvedere-journal-….jsonl në USB).</translation>
    </message>
    <message>
        <source>participant {number} is not in this event file (registered on a laptop whose journal is not this one, or by an earlier Belvedere that did not journal walk-ins)</source>
        <translation>pjesëmarrësi {number} nuk është në këtë skedar eventi (u regjistrua në një laptop ditari i të cilit nuk është ky, ose nga një Belvedere i mëparshëm që nuk i shënonte të ardhurit në vend)</translation>
    </message>
    <message>
        <source>this event has no day {number}</source>
        <translation>ky event nuk ka ditën {number}</translation>
    </message>
    <message>
        <source>participant {number} already has another check-in on day {number2}</source>
        <translation>pjesëmarrësi {number} ka tashmë një regjistrim tjetër në ditën {number2}</translation>
    </message>
    <message>
        <source>the check-in it undoes (participant {number}, day {number2}) is not in this event file</source>
        <translation>regjistrimi që anulon (pjesëmarrësi {number}, dita {number2}) nuk është në këtë skedar eventi</translation>
    </message>
    <message>
        <source>day {number} of this event file has no agenda item {item}</source>
        <translation>dita {number} e këtij skedari eventi nuk ka pikën {item} në program</translation>
    </message>
    <message>
        <source>this event file starts on {date}, not on the date the event moved from; it was not moved</source>
        <translation>ky skedar eventi fillon më {date}, jo në datën nga e cila u zhvendos eventi; nuk u zhvendos</translation>
    </message>
    <message>
        <source>the change to participant {number} does not fit this event file: {error}</source>
        <translation>ndryshimi i pjesëmarrësit {number} nuk i përshtatet këtij skedari eventi: {error}</translation>
    </message>
    <message>
        <source>number {number} belongs to someone else in this event file; the walk-in registered under it was not added</source>
        <translation>numri {number} i përket dikujt tjetër në këtë skedar eventi; i ardhuri në vend i regjistruar me të nuk u shtua</translation>
    </message>
    <message>
        <source>This journal belongs to another event (code {pop}); nothing was rebuilt.</source>
        <translation>Ky ditar i përket një eventi tjetër (kodi {pop}); nuk u rindërtua asgjë.</translation>
    </message>
    <message>
        <source>This event file was written by an earlier Belvedere and must be upgraded before it is used, which cannot be done where it is (it is read-only). Copy it to a writable place and open the copy.</source>
        <translation>Ky skedar eventi u shkrua nga një Belvedere i mëparshëm dhe duhet përditësuar para përdorimit, gjë që nuk mund të bëhet aty ku është (është vetëm për lexim). Kopjojeni në një vend ku mund të shkruhet dhe hapni kopjen.</translation>
    </message>
    <message>
        <source>This file is not a Belvedere event file. Open a .belvedere file.</source>
        <translation>Ky skedar nuk është skedar eventi Belvedere. Hapni një skedar .belvedere.</translation>
    </message>
    <message>
        <source>This event file was written by a newer Belvedere (schema {version}; this one reads up to {current_version}). Update Belvedere to open it; the file was not changed.</source>
        <translation>Ky skedar eventi u shkrua nga një Belvedere më i ri (skema {version}; ky lexon deri në {current_version}). Përditësoni Belvedere për ta hapur; skedari nuk u ndryshua.</translation>
    </message>
    <message>
        <source>The event file could not be upgraded ({error}). It was left as it was; a copy was kept beside it.</source>
        <translation>Skedari i eventit nuk u përditësua dot ({error}). U la siç ishte; pranë tij u ruajt një kopje.</translation>
    </message>
    <message>
        <source>Only an event file can be copied; a database server has its own backups.</source>
        <translation>Mund të kopjohet vetëm një skedar eventi; një server bazash të dhënash ka kopjet e veta rezervë.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in {duration}.</source>
        <translation>Shumë PIN-e të gabuara: provoni sërish pas {duration}.</translation>
    </message>
    <message>
        <source>{target} already holds an event. {advice}</source>
        <translation>{target} mban tashmë një event. {advice}</translation>
    </message>
    <message>
        <source>{path} already exists. {advice}</source>
        <translation>{path} ekziston tashmë. {advice}</translation>
    </message>
    <message>
        <source>Use --force to replace it with a fresh demo.</source>
        <translation>Përdorni --force për ta zëvendësuar me një demo të re.</translation>
    </message>
    <message>
        <source>{where}: day {day} has no agenda item at position {item}.</source>
        <translation>{where}: dita {day} nuk ka pikë të programit në vendin {item}.</translation>
    </message>
    <message>
        <source>{where}: the event has no day {number}.</source>
        <translation>{where}: eventi nuk ka ditën {number}.</translation>
    </message>
    <message>
        <source>{where}: there is no participant {number}.</source>
        <translation>{where}: nuk ka pjesëmarrës me numrin {number}.</translation>
    </message>
    <message>
        <source>Choose an empty database for this event.</source>
        <translation>Zgjidhni një bazë të dhënash bosh për këtë event.</translation>
    </message>
</context>
<context>
    <name>ground</name>
    <message>
        <source>A logo must be a PNG or SVG picture. Save it as PNG (or SVG) and add it again.</source>
        <translation>Logoja duhet të jetë figurë PNG ose SVG. Ruajeni si PNG (ose SVG) dhe shtojeni sërish.</translation>
    </message>
    <message>
        <source>This PNG has no picture in it. Choose another file.</source>
        <translation>Ky PNG nuk ka figurë. Zgjidhni një skedar tjetër.</translation>
    </message>
    <message>
        <source>An event has at most {max_logos} logos. Remove one first.</source>
        <translation>Një event ka jo më shumë se {max_logos} logo. Hiqni njërën më parë.</translation>
    </message>
    <message>
        <source>This logo is {size} MB; a logo of at most 2 MB prints as well. Save it smaller ({pixels} pixels wide is plenty).</source>
        <translation>Kjo logo është {size} MB; një logo deri në 2 MB printohet po aq mirë. Ruajeni më të vogël ({pixels} piksela gjerësi mjaftojnë).</translation>
    </message>
    <message>
        <source>A certificate has room for {max_signatories} signatures. Keep one or two signatories.</source>
        <translation>Një vërtetim ka vend për {max_signatories} nënshkrime. Mbani një ose dy nënshkrues.</translation>
    </message>
    <message>
        <source>Each signatory needs a name (leave both name and title empty to have none).</source>
        <translation>Çdo nënshkrues ka nevojë për një emër (lini bosh emrin dhe titullin që të mos ketë asnjë).</translation>
    </message>
    <message>
        <source>The certificates are dated before the event begins. Choose its last day or later.</source>
        <translation>Vërtetimet kanë datë para fillimit të eventit. Zgjidhni ditën e fundit të tij ose më vonë.</translation>
    </message>
    <message>
        <source>The event&apos;s working languages do not include {names}: add the language to the event first.</source>
        <translation>Gjuhët e punës së eventit nuk përfshijnë {names}: shtojeni më parë gjuhën në event.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a known time zone. Use an IANA name such as Europe/Tirane.</source>
        <translation>&apos;{name}&apos; nuk është zonë orare e njohur. Përdorni një emër IANA si Europe/Tirane.</translation>
    </message>
    <message>
        <source>The event has no day {number} (its days are: {numbers}).</source>
        <translation>Eventi nuk ka ditën {number} (ditët e tij janë: {numbers}).</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is neither an event file nor a postgresql:// URL. Give the path of a .belvedere file, or the URL of the event&apos;s PostgreSQL server (postgresql://…).</source>
        <translation>&apos;{target}&apos; nuk është as skedar eventi, as URL postgresql://. Jepni shtegun e një skedari .belvedere, ose URL-në e serverit PostgreSQL të eventit (postgresql://…).</translation>
    </message>
    <message>
        <source>{path} is a folder, not an event file. Choose a .belvedere file.</source>
        <translation>{path} është dosje, jo skedar eventi. Zgjidhni një skedar .belvedere.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist. Create it or choose another place.</source>
        <translation>Dosja {parent} nuk ekziston. Krijojeni ose zgjidhni një vend tjetër.</translation>
    </message>
    <message>
        <source>Belvedere opens event files and PostgreSQL servers; {target} is neither. Give a file path, or an address like postgresql://desk@192.168.1.10:5432/event.</source>
        <translation>Belvedere hap skedarë eventi dhe serverë PostgreSQL; {target} nuk është asnjëri. Jepni shtegun e një skedari, ose një adresë si postgresql://desk@192.168.1.10:5432/event.</translation>
    </message>
    <message>
        <source>The server address {target} is incomplete ({error}). Write it like postgresql://desk@192.168.1.10:5432/event.</source>
        <translation>Adresa e serverit {target} është e paplotë ({error}). Shkruajeni si postgresql://desk@192.168.1.10:5432/event.</translation>
    </message>
    <message>
        <source>The event file could not be opened. Check the file.</source>
        <translation>Skedari i eventit nuk u hap dot. Kontrolloni skedarin.</translation>
    </message>
    <message>
        <source>The event server refused the password: nothing was saved. Connect again and type the password.</source>
        <translation>Serveri i eventit e refuzoi fjalëkalimin: nuk u ruajt asgjë. Lidhuni sërish dhe shkruani fjalëkalimin.</translation>
    </message>
    <message>
        <source>The event server has no such database or user. Check the address.</source>
        <translation>Serveri i eventit nuk ka një bazë të dhënash ose përdorues të tillë. Kontrolloni adresën.</translation>
    </message>
    <message>
        <source>The event file could not be written. Check its permissions.</source>
        <translation>Skedari i eventit nuk u shkrua dot. Kontrolloni lejet e tij.</translation>
    </message>
    <message>
        <source>The event server does not let this user change the event: nothing was saved. Ask for a user that may.</source>
        <translation>Serveri i eventit nuk e lejon këtë përdorues të ndryshojë eventin: nuk u ruajt asgjë. Kërkoni një përdorues që e ka këtë leje.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space or save a copy elsewhere.</source>
        <translation>Disku është plot: nuk u ruajt asgjë. Lironi pak hapësirë ose ruani një kopje diku tjetër.</translation>
    </message>
    <message>
        <source>The event server&apos;s disk is full: nothing was saved. Ask whoever runs the server to free some space.</source>
        <translation>Disku i serverit të eventit është plot: nuk u ruajt asgjë. Kërkojini atij që drejton serverin të lirojë pak hapësirë.</translation>
    </message>
    <message>
        <source>The event server accepts no changes (it is read-only): nothing was saved. Ask whoever runs the server.</source>
        <translation>Serveri i eventit nuk pranon ndryshime (është vetëm për lexim): nuk u ruajt asgjë. Pyesni atë që drejton serverin.</translation>
    </message>
    <message>
        <source>The event file is busy in another program: nothing was saved. Try again.</source>
        <translation>Skedari i eventit është i zënë nga një program tjetër: nuk u ruajt asgjë. Provoni sërish.</translation>
    </message>
    <message>
        <source>The event server is busy with another desk&apos;s change: nothing was saved. Try again.</source>
        <translation>Serveri i eventit është i zënë me ndryshimin e një sporteli tjetër: nuk u ruajt asgjë. Provoni sërish.</translation>
    </message>
    <message>
        <source>The event file is damaged. Restore it from a backup.</source>
        <translation>Skedari i eventit është i dëmtuar. Riktheni nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>The event server&apos;s database is damaged. Ask whoever runs the server to restore it from a backup.</source>
        <translation>Baza e të dhënave e serverit të eventit është e dëmtuar. Kërkojini atij që drejton serverin ta rikthejë nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>The event file cannot be reached: nothing was saved. Check where it is kept, then try again.</source>
        <translation>Skedari i eventit nuk arrihet: nuk u ruajt asgjë. Kontrolloni ku mbahet, pastaj provoni sërish.</translation>
    </message>
    <message>
        <source>The event server cannot be reached: nothing was saved. Check the network cable or Wi-Fi, then try again.</source>
        <translation>Serveri i eventit nuk arrihet: nuk u ruajt asgjë. Kontrolloni kabllon e rrjetit ose Wi-Fi-në, pastaj provoni sërish.</translation>
    </message>
    <message>
        <source>The event server refused the change ({error}). Nothing was saved.</source>
        <translation>Serveri i eventit e refuzoi ndryshimin ({error}). Nuk u ruajt asgjë.</translation>
    </message>
    <message>
        <source>The event file could not be written ({error}). Nothing was saved.</source>
        <translation>Skedari i eventit nuk u shkrua dot ({error}). Nuk u ruajt asgjë.</translation>
    </message>
    <message>
        <source>This event file holds no event yet. Import an event or create the demo.</source>
        <translation>Ky skedar eventi nuk mban ende asnjë event. Importoni një event ose krijoni demon.</translation>
    </message>
    <message>
        <source>The event file is read-only: nothing was saved. Copy it to a writable place and open the copy.</source>
        <translation>Skedari i eventit është vetëm për lexim: nuk u ruajt asgjë. Kopjojeni në një vend ku mund të shkruhet dhe hapni kopjen.</translation>
    </message>
    <message>
        <source>{target} cannot be written: it may be open in another program, or the folder is read-only. Close the file or choose another place, then try again.</source>
        <translation>{target} nuk mund të shkruhet: mund të jetë i hapur në një program tjetër, ose dosja është vetëm për lexim. Mbylleni skedarin ose zgjidhni një vend tjetër, pastaj provoni sërish.</translation>
    </message>
    <message>
        <source>This event file is on a network share. Two laptops writing one file over the network can corrupt it: copy it to this laptop, or use a database server for several desks.</source>
        <translation>Ky skedar eventi është në një dosje rrjeti. Dy laptopë që shkruajnë të njëjtin skedar nëpër rrjet mund ta prishin: kopjojeni në këtë laptop, ose përdorni një server bazash të dhënash për disa sportele.</translation>
    </message>
    <message>
        <source>The {what} name has {count} characters; keep it to {max_name_length} or fewer, like “Desk 2” or “Ana”.</source>
        <translation>Emri ({what}) ka {count} germa; mbajeni deri në {max_name_length}, si “Sporteli 2” ose “Ana”.</translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <source>This event has no days yet: add its agenda on the Event page.</source>
        <translation>Ky event nuk ka ende ditë: shtoni programin e tij në faqen Eventi.</translation>
    </message>
    <message>
        <source>Give the minutes to add as a whole number, e.g. 1 or -1 (not “{value}”).</source>
        <translation>Jepni minutat për t’u shtuar si numër të plotë, p.sh. 1 ose -1 (jo “{value}”).</translation>
    </message>
    <message>
        <source>Add between 1 and {max_minutes} minutes, or remove as many with a minus sign.</source>
        <translation>Shtoni ndërmjet 1 dhe {max_minutes} minutave, ose hiqni po aq me shenjën minus.</translation>
    </message>
    <message>
        <source>There is no quick message “{key}”. Use one of: {names}.</source>
        <translation>Nuk ka mesazh të shpejtë “{key}”. Përdorni një nga: {names}.</translation>
    </message>
    <message>
        <source>Blackout takes on or off (not “{value}”).</source>
        <translation>Errësimi merr on ose off (jo “{value}”).</translation>
    </message>
    <message>
        <source>There is no control “{name}”. The controls are: {names}.</source>
        <translation>Nuk ka komandë “{name}”. Komandat janë: {names}.</translation>
    </message>
    <message>
        <source>The chair&apos;s laptop did not answer in time. Nothing was changed; try again.</source>
        <translation>Laptopi i moderatorit nuk u përgjigj në kohë. Nuk u ndryshua asgjë; provoni sërish.</translation>
    </message>
    <message>
        <source>Send the arguments as a JSON object, e.g. {&quot;text&quot;: &quot;5 minutes&quot;}.</source>
        <translation>Dërgojini argumentet si objekt JSON, p.sh. {&quot;text&quot;: &quot;5 minutes&quot;}.</translation>
    </message>
    <message>
        <source>“{address}” is not an address. Give one of this laptop&apos;s, like 192.168.1.20, or 127.0.0.1 for this laptop only.</source>
        <translation>“{address}” nuk është adresë. Jepni një nga adresat e këtij laptopi, si 192.168.1.20, ose 127.0.0.1 vetëm për këtë laptop.</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>The code is 1 to 8 capital letters or digits, like AL.</source>
        <translation>Kodi ka 1 deri në 8 shkronja të mëdha ose shifra, si AL.</translation>
    </message>
    <message>
        <source>A delegation needs a name.</source>
        <translation>Një delegacion ka nevojë për një emër.</translation>
    </message>
    <message>
        <source>The code {code} is already used by another delegation.</source>
        <translation>Kodi {code} përdoret tashmë nga një delegacion tjetër.</translation>
    </message>
    <message>
        <source>There is already a delegation named {strip}.</source>
        <translation>Ka tashmë një delegacion me emrin {strip}.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>&apos;{email}&apos; nuk është adresë e-maili.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a participant number (1 to {last_participant_number}).</source>
        <translation>&apos;{text}&apos; nuk është numër pjesëmarrësi (1 deri në {last_participant_number}).</translation>
    </message>
    <message>
        <source>the name is missing.</source>
        <translation>mungon emri.</translation>
    </message>
    <message>
        <source>the full name &apos;{given}&apos; is one word: the family name is missing.</source>
        <translation>emri i plotë &apos;{given}&apos; është një fjalë: mungon mbiemri.</translation>
    </message>
    <message>
        <source>it has neither a given name nor a role (only &apos;{family}&apos;). If it is a participant, fill in the row; if not, delete it.</source>
        <translation>nuk ka as emër as rol (vetëm &apos;{family}&apos;). Nëse është pjesëmarrës, plotësoni rreshtin; nëse jo, fshijeni.</translation>
    </message>
    <message>
        <source>the whole name &apos;{given}&apos; is in the given-name cell and the family-name cell is empty: put each part in its own cell.</source>
        <translation>i gjithë emri &apos;{given}&apos; është në qelizën e emrit dhe qeliza e mbiemrit është bosh: vendoseni secilën pjesë në qelizën e vet.</translation>
    </message>
    <message>
        <source>the whole name &apos;{family}&apos; is in the family-name cell and the given-name cell is empty: put each part in its own cell.</source>
        <translation>i gjithë emri &apos;{family}&apos; është në qelizën e mbiemrit dhe qeliza e emrit është bosh: vendoseni secilën pjesë në qelizën e vet.</translation>
    </message>
    <message>
        <source>the given name is missing.</source>
        <translation>mungon emri.</translation>
    </message>
    <message>
        <source>the family name is missing.</source>
        <translation>mungon mbiemri.</translation>
    </message>
    <message>
        <source>&apos;{funded}&apos; in the funded column is neither yes nor no.</source>
        <translation>&apos;{funded}&apos; në kolonën e financimit nuk është as po as jo.</translation>
    </message>
    <message>
        <source>the language &apos;{language}&apos; is not English (en) or Albanian (sq).</source>
        <translation>gjuha &apos;{language}&apos; nuk është anglisht (en) ose shqip (sq).</translation>
    </message>
    <message>
        <source>&apos;{days}&apos; are not days of this event (its days are {names}; empty means every day).</source>
        <translation>&apos;{days}&apos; nuk janë ditë të këtij eventi (ditët e tij janë {names}; bosh do të thotë çdo ditë).</translation>
    </message>
    <message>
        <source>The mapping does not fit the sheet&apos;s columns. Read the file again.</source>
        <translation>Lidhja nuk u përshtatet kolonave të listës. Lexojeni sërish skedarin.</translation>
    </message>
    <message>
        <source>No column holds the names: map a column to Given name, Family name or Full name.</source>
        <translation>Asnjë kolonë nuk mban emrat: lidhni një kolonë me Emri, Mbiemri ose Emri dhe mbiemri.</translation>
    </message>
    <message>
        <source>Two columns are mapped to {value}; keep one.</source>
        <translation>Dy kolona janë lidhur me {value}; mbani njërën.</translation>
    </message>
    <message>
        <source>Map either Full name or Given/Family name, not both.</source>
        <translation>Lidhni ose Emri dhe mbiemri, ose Emri/Mbiemri, jo të dyja.</translation>
    </message>
    <message>
        <source>The column &apos;{header}&apos; looks like {value} (similar, not sure). Confirm it, or choose what the column holds.</source>
        <translation>Kolona &apos;{header}&apos; duket si {value} (e ngjashme, jo e sigurt). Konfirmojeni, ose zgjidhni çfarë mban kolona.</translation>
    </message>
    <message>
        <source>{namesake}: possibly a namesake. Confirm that they are separate people, or correct the sheet.</source>
        <translation>{namesake}: ndoshta me emër të njëjtë. Konfirmoni që janë persona të ndryshëm, ose korrigjoni listën.</translation>
    </message>
    <message>
        <source>The event has no {lower} &apos;{meaning}&apos;. Choose one of: {value}; or nothing after &apos;=&apos; to leave it empty.</source>
        <translation>Eventi nuk ka {lower} &apos;{meaning}&apos;. Zgjidhni një nga: {value}; ose asgjë pas &apos;=&apos; për ta lënë bosh.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of word (use role, delegation or column).</source>
        <translation>&apos;{kind}&apos; nuk është lloj fjale (përdorni role, delegation ose column).</translation>
    </message>
    <message>
        <source>The event has no {lower} &apos;{key}&apos;.</source>
        <translation>Eventi nuk ka {lower} &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>An empty word cannot be remembered.</source>
        <translation>Një fjalë bosh nuk mund të mbahet mend.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Duhet një emër.</translation>
    </message>
    <message>
        <source>Unknown language &apos;{language}&apos;.</source>
        <translation>Gjuhë e panjohur &apos;{language}&apos;.</translation>
    </message>
    <message>
        <source>Number {number} is already taken. Leave it empty to use the next free one.</source>
        <translation>Numri {number} është zënë tashmë. Lëreni bosh që të përdoret i pari i lirë.</translation>
    </message>
    <message>
        <source>Person {index}: {names}</source>
        <translation>Personi {index}: {names}</translation>
    </message>
    <message>
        <source>Number {value} is already taken. Leave it empty to use the next free one.</source>
        <translation>Numri {value} është zënë tashmë. Lëreni bosh që të përdoret i pari i lirë.</translation>
    </message>
    <message>
        <source>Participant numbers would pass {last_participant_number}. Renumber or split the event.</source>
        <translation>Numrat e pjesëmarrësve do të kalonin {last_participant_number}. Rinumërtoni ose ndajeni eventin.</translation>
    </message>
    <message>
        <source>The key is a short lower-case word, like officer.</source>
        <translation>Çelësi është një fjalë e shkurtër me shkronja të vogla, si officer.</translation>
    </message>
    <message>
        <source>A role needs a name.</source>
        <translation>Një rol ka nevojë për një emër.</translation>
    </message>
    <message>
        <source>&apos;{colour}&apos; is not a colour like #1565c0.</source>
        <translation>&apos;{colour}&apos; nuk është ngjyrë si #1565c0.</translation>
    </message>
    <message>
        <source>The funded places cannot be negative.</source>
        <translation>Vendet e financuara nuk mund të jenë negative.</translation>
    </message>
    <message>
        <source>The key {key} is already used by another role.</source>
        <translation>Çelësi {key} përdoret tashmë nga një rol tjetër.</translation>
    </message>
    <message>
        <source>This file is not a text table: it holds binary data. Choose the CSV or Excel (.xlsx) file.</source>
        <translation>Ky skedar nuk është tabelë teksti: mban të dhëna binare. Zgjidhni skedarin CSV ose Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The text encoding of this file is not one Belvedere knows. Save it as CSV UTF-8 in Excel.</source>
        <translation>Kodimi i tekstit të këtij skedari nuk është një që Belvedere e njeh. Ruajeni si CSV UTF-8 në Excel.</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;{encoding}&apos;. Use one of: {names}.</source>
        <translation>Kodim i panjohur &apos;{encoding}&apos;. Përdorni një nga: {names}.</translation>
    </message>
    <message>
        <source>The file cannot be read as {value} (byte {value2} does not fit). Choose another encoding.</source>
        <translation>Skedari nuk mund të lexohet si {value} (bajti {value2} nuk përshtatet). Zgjidhni një kodim tjetër.</translation>
    </message>
    <message>
        <source>This file is not a text table: it is full of control characters. Choose the CSV or Excel (.xlsx) file, or another encoding.</source>
        <translation>Ky skedar nuk është tabelë teksti: është plot me shenja kontrolli. Zgjidhni skedarin CSV ose Excel (.xlsx), ose një kodim tjetër.</translation>
    </message>
    <message>
        <source>Line {line} is {length} characters long: this is not a participant list (a list has one person per line). Check that you chose the right file.</source>
        <translation>Rreshti {line} ka {length} germa: kjo nuk është listë pjesëmarrësish (një listë ka një person për rresht). Kontrolloni që zgjodhët skedarin e duhur.</translation>
    </message>
    <message>
        <source>Row {line_num} cannot be read ({error}). Check the quotes in that row.</source>
        <translation>Rreshti {line_num} nuk mund të lexohet ({error}). Kontrolloni thonjëzat në atë rresht.</translation>
    </message>
    <message>
        <source>The workbook has no sheet &apos;{sheet}&apos;. Its sheets are: {names}.</source>
        <translation>Libri nuk ka fletën &apos;{sheet}&apos;. Fletët e tij janë: {names}.</translation>
    </message>
    <message>
        <source>{name} is not a readable Excel workbook (.xlsx). Open it in Excel and save it again as .xlsx, or as CSV UTF-8.</source>
        <translation>{name} nuk është libër Excel (.xlsx) i lexueshëm. Hapeni në Excel dhe ruajeni sërish si .xlsx, ose si CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is {value} MB: too big for a participant list. Check that you chose the right file.</source>
        <translation>{name} është {value} MB: shumë i madh për një listë pjesëmarrësish. Kontrolloni që zgjodhët skedarin e duhur.</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a CSV or Excel (.xlsx) file.</source>
        <translation>{path} është dosje. Zgjidhni një skedar CSV ose Excel (.xlsx).</translation>
    </message>
    <message>
        <source>There is no file {path}. Check the name and the folder.</source>
        <translation>Nuk ka skedar {path}. Kontrolloni emrin dhe dosjen.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({strerror}).</source>
        <translation>{path} nuk mund të lexohet ({strerror}).</translation>
    </message>
    <message>
        <source>{name} is empty. Choose the file with the participants.</source>
        <translation>{name} është bosh. Zgjidhni skedarin me pjesëmarrësit.</translation>
    </message>
    <message>
        <source>{name} is an old Excel (.xls) or Office file. Open it in Excel and save it as .xlsx or as CSV UTF-8.</source>
        <translation>{name} është skedar i vjetër Excel (.xls) ose Office. Hapeni në Excel dhe ruajeni si .xlsx ose si CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is a PDF, not a table. Ask for the spreadsheet, or save it as CSV.</source>
        <translation>{name} është PDF, jo tabelë. Kërkoni fletën elektronike, ose ruajeni si CSV.</translation>
    </message>
    <message>
        <source>{name} holds no participants (an empty list).</source>
        <translation>{name} nuk mban pjesëmarrës (listë bosh).</translation>
    </message>
    <message>
        <source>{name} has no rows. Choose the file with the participants.</source>
        <translation>{name} nuk ka rreshta. Zgjidhni skedarin me pjesëmarrësit.</translation>
    </message>
    <message>
        <source>{name} has a header row but no participants under it.</source>
        <translation>{name} ka një rresht titujsh, por asnjë pjesëmarrës poshtë tij.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}). Export the participants again, or choose a CSV or Excel (.xlsx) file.</source>
        <translation>{name} nuk është JSON i vlefshëm ({error}). Eksportoni sërish pjesëmarrësit, ose zgjidhni një skedar CSV ose Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{name} holds JSON, but not a list of participants (one object each, as Belvedere exports them). Choose a participants export, or a CSV or Excel (.xlsx) file.</source>
        <translation>{name} mban JSON, por jo listë pjesëmarrësish (një objekt për secilin, siç i eksporton Belvedere). Zgjidhni një eksport pjesëmarrësish, ose një skedar CSV ose Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Choose a file name ending in {names} (not &apos;{value}&apos;).</source>
        <translation>Zgjidhni një emër skedari që mbaron me {names} (jo &apos;{value}&apos;).</translation>
    </message>
    <message>
        <source>it sets &apos;{name}&apos;, which is not a participant&apos;s column</source>
        <translation>cakton &apos;{name}&apos;, që nuk është kolonë pjesëmarrësi</translation>
    </message>
    <message>
        <source>its {name} &apos;{value}&apos; is not in this event file</source>
        <translation>{name} &apos;{value}&apos; nuk është në këtë skedar eventi</translation>
    </message>
    <message>
        <source>its &apos;{name}&apos; is {value!r}</source>
        <translation>&apos;{name}&apos; i tij është {value!r}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Nobody who attended has a role that receives a certificate. Choose the roles that do on the Event page (Roles), then print again.</source>
        <translation>Askush nga ata që morën pjesë nuk ka një rol që merr vërtetim. Zgjidhni rolet që marrin në faqen Eventi (Rolet), pastaj printoni sërish.</translation>
    </message>
    <message>
        <source>Nobody has checked in yet, so there is no certificate to print. Certificates are for people who attended at least one day.</source>
        <translation>Ende nuk është regjistruar askush, ndaj nuk ka vërtetim për të printuar. Vërtetimet janë për ata që morën pjesë të paktën një ditë.</translation>
    </message>
    <message>
        <source>The {lower} cover the whole event: leave out the day.</source>
        <translation>{lower}: përfshijnë gjithë eventin, mos jepni ditën.</translation>
    </message>
    <message>
        <source>There is no report called &apos;{key}&apos;. Choose one of: {names}.</source>
        <translation>Nuk ka raport me emrin &apos;{key}&apos;. Zgjidhni një nga: {names}.</translation>
    </message>
    <message>
        <source>The {lower} are written as .{value}: end the file name with .{value}.</source>
        <translation>{lower}: shkruhen si .{value}; emri i skedarit duhet të mbarojë me .{value}.</translation>
    </message>
    <message>
        <source>The {lower} can be written as {allowed}: end the file name with one of these.</source>
        <translation>{lower}: mund të shkruhen si {allowed}; emri i skedarit duhet të mbarojë me njërën prej tyre.</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>PostgreSQL&apos;s {program} could not run ({error}).</source>
        <translation>Programi {program} i PostgreSQL nuk u ekzekutua dot ({error}).</translation>
    </message>
    <message>
        <source>Choose a password for the desks of at least {count} characters: the server is created with it, and each desk asks for it once.</source>
        <translation>Zgjidhni për sportelet një fjalëkalim me të paktën {count} shenja: serveri krijohet me të dhe çdo sportel e kërkon një herë.</translation>
    </message>
    <message>
        <source>The server could not be created: {reason}</source>
        <translation>Serveri nuk u krijua dot: {reason}</translation>
    </message>
    <message>
        <source>The server could not start on port {port} (is another server using it? Choose another with --port; the log is {log}): {reason}</source>
        <translation>Serveri nuk u nis dot në portën {port} (a e përdor një server tjetër? Zgjidhni një tjetër me --port; regjistri është {log}): {reason}</translation>
    </message>
    <message>
        <source>The server could not stop: {reason}</source>
        <translation>Serveri nuk u ndal dot: {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>pa arsye të dhënë</translation>
    </message>
    <message>
        <source>The server could not create its database ({error}).</source>
        <translation>Serveri nuk e krijoi dot bazën e vet të të dhënave ({error}).</translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as the system administrator (root). Run serve as the ordinary user of this laptop.</source>
        <translation>PostgreSQL nuk pranon të punojë si administrator i sistemit (root). Ekzekutoni serve si përdoruesi i zakonshëm i këtij laptopi.</translation>
    </message>
    <message>
        <source>PostgreSQL is not installed on this laptop. Install it (Debian/Ubuntu: apt install postgresql; Windows and macOS: postgresql.org/download), then run serve again.</source>
        <translation>PostgreSQL nuk është instaluar në këtë laptop. Instalojeni (Debian/Ubuntu: apt install postgresql; Windows dhe macOS: postgresql.org/download), pastaj ekzekutoni serve sërish.</translation>
    </message>
</context>
</TS>
