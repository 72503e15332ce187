# ruff: noqa: E501 - the page is HTML and JavaScript, kept as written
"""The one page ``chronica serve`` shows at ``/``: counts, incidents with their framing, events.

It is plain HTML and JavaScript that call the JSON API; nothing is fetched from elsewhere. It is
kept as a Python string so that it ships inside the package with no package-data rule.
"""

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>chronica</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 1rem; color: #222; }
  h1 { font-size: 1.5rem; margin: .2rem 0; } h2 { font-size: 1.15rem; margin-top: 1.6rem; }
  .muted { color: #666; } .bar { background: #4a7bb7; height: .8rem; display: inline-block; }
  table { border-collapse: collapse; width: 100%; } td, th { padding: .3rem .5rem; vertical-align: top;
  border-bottom: 1px solid #ddd; text-align: left; } .neg { color: #b22; } .pos { color: #275; }
  .incident { border: 1px solid #ccc; border-radius: 6px; padding: .6rem .8rem; margin: .8rem 0; }
  form input, form select { margin-right: .5rem; } code { background: #f3f3f3; padding: 0 .2rem; }
  .counts { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 1rem; }
</style>
</head>
<body>
<h1>chronica</h1>
<p class="muted">Events coded from news in PLOVER, CAMEO and ACLED, grouped into incidents with each
report's framing. The JSON API is under <code>/api</code>; its reference is at <a href="/docs">/docs</a>.</p>
<div id="totals" class="muted"></div>
<div class="counts"><div><h2>By PLOVER type</h2><table id="types"></table></div>
<div><h2>By country</h2><table id="countries"></table></div></div>
<h2>Incidents reported by several sources</h2>
<div id="incidents"><p class="muted">loading…</p></div>
<h2>Events</h2>
<form id="search">
  <input name="q" placeholder="words"> <input name="country" placeholder="country (PER)" size="12">
  <input name="plover" placeholder="PLOVER type" size="12"> <input name="since" placeholder="since YYYY-MM-DD" size="16">
  <button>search</button>
</form>
<table id="events"></table>
<script>
const esc = s => String(s ?? "").replace(/[&<>"']/g, c => ({"&":"&amp;","<":"&lt;",">":"&gt;","\\"":"&quot;","'":"&#39;"}[c]));
async function get(path) { const r = await fetch(path); if (!r.ok) throw new Error((await r.json()).detail); return r.json(); }
function bars(id, rows) {
  const max = Math.max(1, ...rows.map(r => r.events));
  document.getElementById(id).innerHTML = rows.slice(0, 12).map(r =>
    `<tr><td>${esc(r.key)}</td><td><span class="bar" style="width:${Math.round(180 * r.events / max)}px"></span> ${r.events}</td></tr>`).join("");
}
function tone(t) { return `<span class="${t < 0 ? "neg" : t > 0 ? "pos" : ""}">${t > 0 ? "+" : ""}${t.toFixed(2)}</span>`; }
async function incidents() {
  const list = await get("/api/incidents?min_documents=2&sort=-documents&limit=10");
  const box = document.getElementById("incidents");
  if (!list.incidents.length) { box.innerHTML = '<p class="muted">none yet</p>'; return; }
  const parts = [];
  for (const row of list.incidents) {
    const inc = await get(`/api/incidents/${encodeURIComponent(row.incident_id)}`);
    const f = inc.fatalities.min === null ? "" : ` · fatalities reported ${inc.fatalities.min}–${inc.fatalities.max}`;
    parts.push(`<div class="incident"><b>${esc(inc.plover_type)}</b> ${esc(inc.date.value)} ·
      ${esc(inc.location?.name)}, ${esc(inc.location?.country)} · ${inc.n_documents} reports from
      ${inc.n_publications} publications${f}
      <table><tr><th>publication</th><th>published</th><th>words for the event</th><th>words for the actors</th><th>tone</th></tr>
      ${inc.framing.map(r => `<tr><td>${esc(r.publication || r.doc_id)}</td><td>${esc(r.published)}</td>
        <td>${esc(r.triggers.join(", "))}</td><td>${esc(r.actor_words.join(", "))}</td><td>${tone(r.tone)}</td></tr>`).join("")}
      </table></div>`);
  }
  box.innerHTML = parts.join("");
}
async function events(params) {
  const data = await get("/api/events?limit=25&sort=-date&" + new URLSearchParams(params));
  document.getElementById("events").innerHTML = `<tr><th>date</th><th>type</th><th>where</th><th>sentence</th></tr>` +
    data.events.map(e => `<tr><td>${esc(e.date.value)}</td><td>${esc(e.plover.type)} <span class="muted">${esc(e.cameo.code)}</span></td>
      <td>${esc(e.location?.name)} ${esc(e.location?.country)}</td><td>${esc(e.text)}</td></tr>`).join("") +
    `<tr><td colspan="4" class="muted">${data.total} events match</td></tr>`;
}
document.getElementById("search").addEventListener("submit", ev => {
  ev.preventDefault();
  const params = Object.fromEntries([...new FormData(ev.target)].filter(([, v]) => v.trim()));
  events(params).catch(e => alert(e.message));
});
get("/api/stats").then(s => {
  document.getElementById("totals").textContent = `${s.events} events from ${s.documents} documents in ${s.incidents} incidents`;
  bars("types", s.by_plover_type); bars("countries", s.by_country);
});
incidents(); events({});
</script>
</body>
</html>
"""
