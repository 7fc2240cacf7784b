// The live view in the browser: asks the chair's laptop for the day once a second, and shows it.
//
// The digits are never counted here. The server sends instants (when the running item's time is
// up, when each coming screen begins) and its own time as each answer leaves; the page measures
// how far the server's clock is from its own (half the round trip either way, keeping the
// fastest recent answer, as NTP does) and computes every second from that. So the seconds change
// when the projector's do, whatever this device's clock says, and if the answers stop, a band
// says since when, and goes away by itself when they come back.
"use strict";
(() => {
  const ASK_EVERY_MS = 1000;
  const ANSWER_WITHIN_MS = 2500;
  const LOST_AFTER_MS = 2000; // silence this long (two answers missed) shows the band: within 3 s of the loss
  const LONGEST_WAIT_MS = 250; // between two looks at the clock, at most
  const AFTER_CHANGE_MS = 2; // wake just after a second changes, not just before
  const SAMPLES_KEPT_MS = 15000;
  const FALLBACK_LOST = ["Connection lost since {time}"];
  const byId = (id) => document.getElementById(id);
  const onAgenda = location.pathname === "/agenda";

  let snapshot = null;
  let samples = []; // {offset, rtt, at}: the server's clock minus performance.now(), per answer
  let offset = null;
  let heardAt = null; // performance.now() of the last answer
  let heardServerTime = null;
  let renderTimer = null;
  let shownRows = "";
  let shownCurrent = -1;
  const openedAt = performance.now();

  // --- the server's clock -------------------------------------------------------------------

  function learnOffset(serverTime, sent, arrived) {
    const sample = { offset: serverTime - (sent + arrived) / 2, rtt: arrived - sent, at: arrived };
    if (offset !== null && Math.abs(sample.offset - offset) > 1000 + sample.rtt) {
      samples = []; // the server's clock was set: what was measured before no longer holds
    }
    samples = samples.filter((kept) => arrived - kept.at < SAMPLES_KEPT_MS);
    samples.push(sample);
    offset = samples.reduce((best, kept) => (kept.rtt < best.rtt ? kept : best)).offset;
  }

  const serverNow = () => performance.now() + offset;

  async function ask() {
    const sent = performance.now();
    const abort = new AbortController();
    const giveUp = setTimeout(() => abort.abort(), ANSWER_WITHIN_MS);
    try {
      const response = await fetch("/api/state", { cache: "no-store", signal: abort.signal });
      if (response.ok) {
        const text = await response.text();
        const arrived = performance.now();
        const answer = JSON.parse(text);
        learnOffset(answer.server_time, sent, arrived);
        snapshot = answer;
        heardAt = arrived;
        heardServerTime = answer.server_time;
      }
    } catch (error) {
      // no answer: the band will say so
    } finally {
      clearTimeout(giveUp);
      setTimeout(ask, Math.max(0, ASK_EVERY_MS - (performance.now() - sent)));
      render();
    }
  }

  // --- what the projector computes, computed the same way -------------------------------------

  const two = (number) => String(number).padStart(2, "0");

  function countdownText(remaining) {
    // 4.2 s left shows 0:05 (0:00 is never shown early); overtime counts up in whole seconds
    const positive = remaining > 0;
    const total = positive ? Math.ceil(remaining / 1000) : Math.floor(-remaining / 1000);
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const sign = positive ? "" : "+";
    return hours ? `${sign}${hours}:${two(minutes)}:${two(total % 60)}` : `${sign}${minutes}:${two(total % 60)}`;
  }

  const counting = (timer) => timer !== null && timer.ends_at !== undefined;

  function remainingAt(timer, now) {
    if (timer === null) return null;
    return counting(timer) ? timer.ends_at - now : timer.remaining_ms;
  }

  function untilDigitsChange(timer, remaining) {
    if (!counting(timer)) return Infinity;
    return remaining > 0 ? remaining % 1000 || 1000 : 1000 - (-remaining % 1000);
  }

  function progressShare(timer, remaining) {
    const allotted = timer.allotted_ms ?? remaining; // none sent: it shrinks with what is left
    if (allotted <= 0) return 1;
    const shownLeft = remaining > 0 ? Math.ceil(remaining / 1000) * 1000 : 0;
    return Math.min(1, Math.max(0, 1 - shownLeft / allotted));
  }

  function screenAt(now) {
    let chosen = snapshot.screens[0];
    let next = Infinity;
    for (const screen of snapshot.screens) {
      if (screen.from === null || screen.from <= now) chosen = screen;
      else next = Math.min(next, screen.from - now);
    }
    return { screen: chosen, untilNext: next };
  }

  function venueTime(serverTime) {
    const local = new Date(serverTime + snapshot.utc_offset_minutes * 60000);
    return `${local.getUTCHours()}:${two(local.getUTCMinutes())}`;
  }

  const untilMinute = (now) => 60000 - ((now + snapshot.utc_offset_minutes * 60000) % 60000);

  // --- the page: only what changed is touched --------------------------------------------------

  function setText(element, text) {
    if (element.textContent !== text) element.textContent = text;
  }

  function setClass(element, name) {
    if (element.className !== name) element.className = name;
  }

  function setLines(element, lines, lineClass = () => "") {
    const key = JSON.stringify(lines);
    if (element.dataset.shown === key) return;
    element.dataset.shown = key;
    element.replaceChildren(...lines.map((line) => {
      const div = document.createElement("div");
      div.textContent = line;
      div.className = lineClass(line);
      return div;
    }));
  }

  function showStage(now) {
    const { screen, untilNext } = screenAt(now);
    const remaining = remainingAt(screen.timer, now);
    const overtime = remaining === null ? 0 : Math.floor(-remaining / 1000);
    const flash = screen.blinks && remaining !== null && remaining <= 0 && overtime % 2 === 0;
    setClass(byId("stage"), `screen kind-${screen.kind} phase-${screen.phase}${flash ? " flash" : ""}`);
    setText(byId("label"), screen.label);
    setText(byId("clock"), venueTime(now));
    const headline = screen.kind === "item" ? [screen.headline.join(" · ")].filter(Boolean) : screen.headline;
    setLines(byId("headline"), headline);
    setText(byId("title"), screen.title);
    setText(byId("detail"), screen.detail);
    const breakLike = screen.kind === "break" || screen.kind === "seats";
    setLines(byId("lines"), breakLike ? [screen.lines.join("   ·   ")].filter(Boolean) : screen.lines,
      (line) => (/^\d/.test(line) ? "count" : ""));
    const digits = screen.timed && remaining !== null ? countdownText(remaining) : "";
    const countdown = byId("countdown");
    setText(countdown, digits);
    countdown.style.setProperty("--chars", String(Math.max(4, digits.length)));
    byId("progress-done").style.width = screen.progress && remaining !== null
      ? `${(100 * progressShare(screen.timer, remaining)).toFixed(2)}%` : "0%";
    const label = screen.next_label && screen.kind === "item" ? `${screen.next_label}:  ` : screen.next_label;
    setText(byId("next-label"), screen.next_lines.length ? label : "");
    setLines(byId("next-lines"), screen.kind === "item" ? screen.next_lines.slice(0, 1) : screen.next_lines);
    setText(byId("message"), screen.message.join("\n"));
    setText(byId("tag"), screen.tag);
    return Math.min(untilDigitsChange(screen.timer, remaining), untilNext, untilMinute(now));
  }

  function agendaRow(row) {
    const line = document.createElement("tr");
    const past = row.status === "done" || row.status === "skipped";
    line.className = [row.kind === "session" ? "session" : "", row.inner ? "inner" : "", past ? "past" : "",
      row.current ? "current" : ""].filter(Boolean).join(" ");
    const late = { late: "late", "very late": "very-late" }[row.late] ?? "";
    const words = snapshot.words;
    for (const [text, name, label] of [[row.planned, "time", words.planned], [row.actual, "time", words.actual],
      [row.expected, `time ${late}`, words.expected]]) {
      const cell = line.insertCell();
      cell.className = name.trim();
      cell.dataset.label = label; // a phone shows it above the time
      cell.textContent = text;
    }
    const item = line.insertCell();
    item.className = "item";
    item.textContent = row.label ? `${row.label}: ${row.title}` : row.title;
    if (row.speakers) {
      const speakers = document.createElement("span");
      speakers.className = "speakers";
      speakers.textContent = row.speakers;
      item.append(speakers);
    }
    return line;
  }

  function showAgenda(now) {
    const words = snapshot.words;
    setText(byId("event"), snapshot.event);
    setText(byId("day"), `${snapshot.day.label} · ${snapshot.day.date.split("-").reverse().join(".")}`);
    setText(byId("status"), snapshot.agenda.status.join("\n"));
    setText(byId("head-planned"), words.planned);
    setText(byId("head-actual"), words.actual);
    setText(byId("head-expected"), words.expected);
    const rows = JSON.stringify(snapshot.agenda.rows);
    if (rows !== shownRows) {
      shownRows = rows;
      byId("rows").replaceChildren(...snapshot.agenda.rows.map(agendaRow));
      const index = snapshot.agenda.rows.findIndex((row) => row.current);
      if (index !== shownCurrent) { // a new item runs: bring it into sight (the foyer's screen has no hand on it)
        shownCurrent = index;
        if (index >= 0) byId("rows").rows[index].scrollIntoView({ block: "center" });
      }
    }
    const { screen, untilNext } = screenAt(now);
    const remaining = remainingAt(screen.timer, now);
    const current = snapshot.agenda.rows.find((row) => row.current);
    const timed = screen.timed && remaining !== null;
    setText(byId("now-title"), timed && current ? current.title : screen.headline.join(" · "));
    setText(byId("now-countdown"), timed ? countdownText(remaining) : "");
    setClass(byId("now"), `phase-${screen.kind === "item" ? screen.phase : "break"}`);
    return Math.min(untilDigitsChange(screen.timer, remaining), untilNext);
  }

  function showBand() {
    const band = byId("lost");
    const silent = performance.now() - (heardAt ?? openedAt);
    band.hidden = silent <= LOST_AFTER_MS;
    document.body.classList.toggle("lost", !band.hidden);
    if (band.hidden) return;
    const since = heardServerTime !== null ? venueTime(heardServerTime)
      : `${new Date().getHours()}:${two(new Date().getMinutes())}`;
    const lines = snapshot ? snapshot.words.lost : FALLBACK_LOST;
    setText(band, lines.map((line) => line.replace("{time}", since)).join(" · "));
  }

  function render() {
    clearTimeout(renderTimer);
    let wait = LONGEST_WAIT_MS;
    if (snapshot) {
      document.body.classList.remove("waiting");
      const now = serverNow();
      wait = Math.min(wait, (onAgenda ? showAgenda(now) : showStage(now)) + AFTER_CHANGE_MS);
      setText(byId("to-timer"), snapshot.words.timer);
      setText(byId("to-agenda"), snapshot.words.agenda);
    }
    showBand();
    renderTimer = setTimeout(render, Math.max(1, wait));
  }

  // --- the two views ---------------------------------------------------------------------------

  byId("stage").hidden = onAgenda;
  byId("agenda").hidden = !onAgenda;
  byId(onAgenda ? "to-agenda" : "to-timer").classList.add("here");
  document.body.classList.toggle("on-agenda", onAgenda);
  let pointerTimer = null;
  const pointerMoved = () => { // the links show while someone moves the mouse or touches the screen
    document.body.classList.add("pointer");
    clearTimeout(pointerTimer);
    pointerTimer = setTimeout(() => document.body.classList.remove("pointer"), 4000);
  };
  for (const kind of ["pointermove", "pointerdown", "keydown"]) document.addEventListener(kind, pointerMoved);

  ask();
})();
