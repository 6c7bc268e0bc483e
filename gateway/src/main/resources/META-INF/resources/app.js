// Backbone web pages: members, coaches and analysts, on the public API only.
// The token lives in this variable and nowhere else: not in storage, never in a URL.
'use strict';
let session = null; // {token, sub, role, gym, name}

const $ = (sel, root = document) => root.querySelector(sel);
const h = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v === true) node.setAttribute(k, '');
    else if (v !== false && v !== null && v !== undefined) node.setAttribute(k, v);
  });
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c ?? '')));
  return node;
};

function say(message) {
  const status = $('#status');
  status.textContent = message;
  status.classList.add('shown');
  clearTimeout(say.timer);
  say.timer = setTimeout(() => status.classList.remove('shown'), 4000);
}

async function api(method, path, body) {
  const response = await fetch('/api/v1' + path, {
    method,
    headers: Object.assign({'Content-Type': 'application/json'}, session ? {Authorization: 'Bearer ' + session.token} : {}),
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (response.status === 401) { signOut(); throw new Error('Please sign in again'); }
  const text = await response.text();
  const data = text && (response.headers.get('Content-Type') || '').includes('json') ? JSON.parse(text) : text;
  if (!response.ok) {
    const fields = data && data.errors ? ' (' + data.errors.map(e => e.field + ': ' + e.message).join('; ') + ')' : '';
    throw new Error((data && data.detail ? data.detail : 'Request failed: ' + response.status) + fields);
  }
  return data;
}

async function devToken(sub, role, gym) {
  const response = await fetch('/dev/tokens', {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({sub, groups: [role], gym})});
  if (!response.ok) throw new Error('The local sign-in is not available here');
  return (await response.json()).token;
}

function signOut() {
  session = null;
  location.hash = '#/';
  render();
}

const pct = v => v === null || v === undefined ? '–' : Math.round(v * 100) + ' %';
const dosageText = d => `${d.sets} × ${d.reps ? d.reps + ' reps' : d.holdSeconds + ' s hold'}${d.perSide ? ' each side' : ''}`;
const week = iso => iso.slice(5);

// ---- sign-in (local run)

async function signInView(view) {
  const gym = 'gym-demo';
  view.append(h('section', {}, h('h2', {}, 'Sign in as a demo user'),
    h('p', {}, 'The local run has a demo gym. Pick who you want to be; your token is kept in this page only.'),
    h('div', {class: 'users', id: 'users'}, h('p', {}, 'Loading demo users…'))));
  const users = $('#users', view);
  try {
    const coachToken = await devToken('coach-demo', 'coach', gym);
    session = {token: coachToken};
    const members = await api('GET', '/members?size=8');
    session = null;
    users.textContent = '';
    const choose = (sub, role, name) => h('button', {type: 'button', 'data-user': sub, onclick: async () => {
      session = {token: await devToken(sub, role, gym), sub, role, gym, name};
      location.hash = role === 'member' ? '#/member' : role === 'coach' ? '#/coach' : '#/analyst';
    }}, `${name} (${role})`);
    users.append(choose('coach-demo', 'coach', 'Coach Casey'), choose('analyst-demo', 'analyst', 'Analyst Ari'));
    members.items.forEach(m => users.append(choose(m.id, 'member', m.displayName)));
    if (members.items.length === 0) users.append(h('p', {}, 'No demo members yet: the local run loads them at start.'));
  } catch (e) {
    session = null;
    users.textContent = e.message + '. Sign in through your organisation instead.';
  }
}

// ---- shared: charts of a member's progress and their revisions

function progressChart(progress) {
  const weeks = progress.weeks || [];
  const box = h('div', {class: 'chart', id: 'progress-chart', 'data-weeks': weeks.length});
  if (weeks.length === 0) {
    box.append(h('p', {}, 'No programme weeks yet.'));
    return box;
  }
  box.append(Charts.lines('Pain and adherence by week', weeks.map(w => week(w.week)), [
    {name: 'pain', color: '#b3541e', max: 10, values: weeks.map(w => w.painMean === null ? null : Math.round(w.painMean * 10) / 10)},
    {name: 'adherence', color: '#0b6e7f', max: 100, values: weeks.map(w => w.adherence === null ? null : Math.round(w.adherence * 100))}
  ]), h('p', {class: 'legend'}, 'Orange: mean pain (0-10, left). Teal: sessions done of those prescribed (%, right).'));
  const current = weeks[weeks.length - 1];
  box.append(h('p', {id: 'this-week'}, `This week: ${current.completed} of ${current.prescribed} sessions done.`));
  return box;
}

function summary(progress) {
  const flags = (progress.flags || []).map(f => h('span', {class: 'flag ' + f}, f));
  return h('div', {class: 'row'},
    h('span', {}, 'Adherence: ', h('strong', {id: 'adherence'}, pct(progress.adherence.overall))),
    h('span', {}, 'Streak: ', h('strong', {}, progress.adherence.currentStreakWeeks + ' weeks')),
    h('span', {}, 'Pain: ', h('strong', {}, progress.pain.latest ?? '–'), ' (', progress.pain.trend, ')'),
    h('span', {}, 'Status: ', h('strong', {}, progress.outcomes.status)), ...flags);
}

function revisionsList(revisions) {
  return h('ol', {reversed: true, id: 'revisions'}, revisions.slice().reverse().map(r =>
    h('li', {}, h('strong', {}, `Revision ${r.revision}`), ` (${r.cause}, ${new Date(r.at).toLocaleDateString()}): `, r.reason)));
}

// ---- member

async function memberView(view) {
  const me = '/members/' + session.sub;
  const [program, progress, revisions] = await Promise.all([api('GET', me + '/program'), api('GET', me + '/progress'),
    api('GET', me + '/program/revisions')]);
  if (program.status === 'referred') {
    view.append(h('section', {}, h('h2', {}, 'Please see a clinician first'), h('p', {id: 'referral'}, program.referral.advice)));
    return;
  }
  const main = program.sessions[0];
  const details = await Promise.all(main.exercises.map(e => api('GET', '/exercises/' + e.exerciseId).catch(() => null)));
  const form = h('form', {id: 'session-form'});
  main.exercises.forEach((e, i) => {
    const d = details[i];
    const timer = e.dosage.holdSeconds ? h('span', {}, h('button', {type: 'button', class: 'secondary', onclick: ev => {
      let left = e.dosage.holdSeconds;
      const out = ev.target.nextElementSibling;
      clearInterval(ev.target.timer);
      out.textContent = left + ' s';
      ev.target.timer = setInterval(() => { left--; out.textContent = left > 0 ? left + ' s' : 'Done — rest'; if (left <= 0) clearInterval(ev.target.timer); }, 1000);
    }}, `Start ${e.dosage.holdSeconds} s hold`), h('span', {class: 'timer', 'aria-live': 'polite'})) : '';
    form.append(h('div', {class: 'exercise'},
      h('h3', {}, e.name), h('p', {}, dosageText(e.dosage), ' ', timer), h('p', {class: 'reason'}, e.reason),
      d ? h('details', {}, h('summary', {}, 'Cues and common mistakes'),
        h('ul', {}, d.cues.map(c => h('li', {}, c))),
        h('ul', {}, (d.mistakes || []).map(m => h('li', {}, h('strong', {}, m.mistake), ' — ', m.why)))) : '',
      h('label', {for: 'done-' + i}, h('input', {type: 'checkbox', id: 'done-' + i, checked: true, 'data-exercise': e.exerciseId}), ' Done')));
  });
  form.append(
    h('label', {for: 'pain-during'}, 'Pain during the session: ', h('output', {id: 'pain-during-out'}, '2')),
    h('input', {type: 'range', id: 'pain-during', min: 0, max: 10, value: 2, oninput: ev => { $('#pain-during-out').textContent = ev.target.value; }}),
    h('label', {for: 'rpe'}, 'Effort (0 easy – 10 maximal): ', h('output', {id: 'rpe-out'}, '5')),
    h('input', {type: 'range', id: 'rpe', min: 0, max: 10, value: 5, oninput: ev => { $('#rpe-out').textContent = ev.target.value; }}),
    h('p', {}, h('button', {type: 'submit', id: 'log-session'}, 'Log this session')));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const exercises = [...form.querySelectorAll('input[type=checkbox]')].map(c => ({exerciseId: c.dataset.exercise, done: c.checked}));
    try {
      await api('POST', me + '/sessions', {clientSessionId: crypto.randomUUID(), performedAt: new Date().toISOString(),
        exercises, rpe: Number($('#rpe').value), painDuring: Number($('#pain-during').value)});
      say('Session logged. Well done!');
      await refreshChart();
    } catch (e) { say(e.message); }
  });

  const pain = h('form', {id: 'pain-form'},
    h('label', {for: 'pain-now'}, 'How is your back right now? ', h('output', {id: 'pain-now-out'}, '3')),
    h('input', {type: 'range', id: 'pain-now', min: 0, max: 10, value: 3, oninput: ev => { $('#pain-now-out').textContent = ev.target.value; }}),
    h('label', {for: 'pain-context'}, 'When'),
    h('select', {id: 'pain-context'}, h('option', {value: 'during-day'}, 'During the day'), h('option', {value: 'morning'}, 'This morning'),
      h('option', {value: 'after-session'}, 'After a session')),
    h('p', {}, h('button', {type: 'submit', id: 'report-pain'}, 'Report pain')));
  pain.addEventListener('submit', async ev => {
    ev.preventDefault();
    try {
      await api('POST', me + '/pain-reports', {rating: Number($('#pain-now').value), context: $('#pain-context').value,
        reportedAt: new Date().toISOString()});
      say('Thanks, noted.');
      await refreshChart();
    } catch (e) { say(e.message); }
  });

  const progressBox = h('div', {id: 'progress-box'}, summary(progress), progressChart(progress));
  let shownWeeks = JSON.stringify(progress.weeks);
  async function refreshChart() {
    // the logs reach the figures through Kafka within moments; ask again until they show
    for (let i = 0; i < 20; i++) {
      const latest = await api('GET', me + '/progress');
      if (JSON.stringify(latest.weeks) !== shownWeeks) {
        shownWeeks = JSON.stringify(latest.weeks);
        progressBox.replaceChildren(summary(latest), progressChart(latest));
        return;
      }
      await new Promise(r => setTimeout(r, 500));
    }
  }
  view.append(
    h('section', {}, h('h2', {}, "Today's session: " + main.title), form),
    h('section', {}, h('h2', {}, 'Quick pain check'), pain),
    h('section', {id: 'progress'}, h('h2', {}, 'Your weeks'), progressBox),
    h('section', {}, h('h2', {}, 'How your programme changed'), revisionsList(revisions)));
}

// ---- coach

async function coachView(view) {
  const members = await api('GET', '/members?size=100');
  const rows = members.items.map(m => {
    const p = m.progress;
    return h('tr', {'data-member': m.id},
      h('td', {}, h('a', {href: '#/coach/member/' + m.id}, m.displayName)),
      h('td', {class: 'num'}, p ? pct(p.adherence.overall) : '–'),
      h('td', {class: 'num hide-narrow'}, p && p.pain.latest !== null ? String(p.pain.latest) : '–'),
      h('td', {class: 'hide-narrow'}, p ? p.pain.trend : '–'),
      h('td', {class: 'flags'}, p ? p.flags.map(f => h('span', {class: 'flag ' + f}, f)) : ''));
  });
  view.append(h('section', {}, h('h2', {}, `Members (${members.total})`),
    h('table', {id: 'members'}, h('thead', {}, h('tr', {}, h('th', {}, 'Member'), h('th', {class: 'num'}, 'Adherence'),
      h('th', {class: 'num hide-narrow'}, 'Pain'), h('th', {class: 'hide-narrow'}, 'Trend'), h('th', {}, 'Flags'))),
    h('tbody', {}, rows))));
}

async function coachMemberView(view, id) {
  const path = '/members/' + id;
  const [member, progress, revisions] = await Promise.all([api('GET', path), api('GET', path + '/progress'),
    api('GET', path + '/program/revisions').catch(() => [])]);
  const program = await api('GET', path + '/program').catch(() => null);
  view.append(h('p', {}, h('a', {href: '#/coach'}, '← All members')),
    h('section', {}, h('h2', {}, member.displayName), summary(progress), progressChart(progress)),
    h('section', {}, h('h2', {}, 'Revisions'), revisionsList(revisions)));
  if (program && program.status === 'active') {
    const form = h('form', {id: 'override-form'},
      h('label', {for: 'override-exercise'}, 'Exercise'),
      h('select', {id: 'override-exercise'}, program.sessions[0].exercises.map(e => h('option', {value: e.exerciseId}, e.name + (e.pinned ? ' (pinned)' : '')))),
      h('label', {for: 'override-action'}, 'Change'),
      h('select', {id: 'override-action'}, h('option', {value: 'pin'}, 'Pin: keep it as it is'), h('option', {value: 'unpin'}, 'Unpin'),
        h('option', {value: 'swap'}, 'Swap for another exercise')),
      h('label', {for: 'override-replacement'}, 'Replacement exercise id (for a swap)'),
      h('input', {id: 'override-replacement', placeholder: 'e.g. bird-dog'}),
      h('label', {for: 'override-reason'}, 'Reason (the member reads it)'),
      h('textarea', {id: 'override-reason', rows: 2, required: true}),
      h('p', {}, h('button', {type: 'submit'}, 'Save override')));
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      try {
        await api('POST', path + '/program/overrides', {action: $('#override-action').value, exerciseId: $('#override-exercise').value,
          replacementId: $('#override-replacement').value || undefined, reason: $('#override-reason').value});
        say('Override saved');
        render();
      } catch (e) { say(e.message); }
    });
    view.append(h('section', {}, h('h2', {}, 'Override an exercise'), form));
  }
}

// ---- analyst

async function analystView(view) {
  const filters = h('form', {id: 'filters', class: 'row'},
    h('span', {}, h('label', {for: 'f-program'}, 'Programme'), h('select', {id: 'f-program'}, h('option', {value: ''}, 'All'),
      ['relief', 'prevention', 'back-to-training'].map(p => h('option', {value: p}, p)))),
    h('span', {}, h('label', {for: 'f-month'}, 'Enrolment month'), h('input', {type: 'month', id: 'f-month'})),
    h('span', {}, h('label', {for: 'f-from'}, 'From'), h('input', {type: 'date', id: 'f-from'})),
    h('span', {}, h('button', {type: 'submit'}, 'Apply')));
  const results = h('div', {id: 'results'});
  const exportBox = h('section', {}, h('h2', {}, 'Export for analysts'),
    h('p', {}, 'One pseudonymised row per member-week; groups under 11 members are left out.'),
    h('div', {class: 'row'}, h('button', {type: 'button', id: 'export-csv', onclick: () => download('csv')}, 'Download CSV'),
      h('button', {type: 'button', class: 'secondary', onclick: () => download('ndjson')}, 'Download NDJSON')),
    h('p', {id: 'export-result', 'aria-live': 'polite'}));
  filters.addEventListener('submit', ev => { ev.preventDefault(); load(); });
  view.append(h('section', {}, h('h2', {}, 'Cohort'), filters), results, exportBox);

  async function load() {
    const q = new URLSearchParams();
    if ($('#f-program').value) q.set('program', $('#f-program').value);
    if ($('#f-month').value) q.set('enrolmentMonth', $('#f-month').value);
    q.set('from', $('#f-from').value || new Date(Date.now() - 84 * 864e5).toISOString().slice(0, 10));
    const [adherence, outcomes] = await Promise.all([api('GET', '/analytics/adherence?' + q), api('GET', '/analytics/outcomes?' + q)]);
    results.textContent = '';
    if (adherence.suppressed || adherence.members === 0) {
      results.append(h('section', {}, h('p', {class: 'suppressed', id: 'cohort-note'}, adherence.note || 'No members.')));
      return;
    }
    const weeks = adherence.weeks.filter(w => w.members);
    results.append(
      h('section', {}, h('h2', {}, 'Adherence'), h('p', {id: 'cohort-size'}, `${adherence.members} members · median adherence `,
        h('strong', {}, pct(adherence.adherence && adherence.adherence.median)), ' · meeting 80 %: ', pct(adherence.meetingTargetRate),
        ' · dropped out: ', pct(adherence.dropoutRate)),
        h('div', {class: 'chart', id: 'adherence-chart'}, Charts.lines('Mean adherence and dropout by week', weeks.map(w => week(w.week)), [
          {name: 'adherence', color: '#0b6e7f', max: 100, values: weeks.map(w => w.meanAdherence === null ? null : Math.round(w.meanAdherence * 100))},
          {name: 'dropout', color: '#a3212b', max: 100, values: weeks.map(w => w.dropoutRate === null ? null : Math.round(w.dropoutRate * 100))}])),
        h('p', {class: 'legend'}, 'Teal: mean adherence (%). Red: share with no session for two weeks (%).')),
      h('section', {}, h('h2', {}, 'Outcomes'),
        h('p', {id: 'responders'}, 'Pain responders (−2 points and −30 %): ', h('strong', {}, pct(outcomes.painResponderRate)),
          ' · ODI responders (−10): ', pct(outcomes.odiResponderRate), ' · recovered: ', pct(outcomes.recoveredRate)),
        h('div', {class: 'chart', id: 'pain-change-chart'}, Charts.bars('Members by change in pain since baseline',
          outcomes.painChangeDistribution.map(b => ({label: b.label, value: b.members})),
          Math.max(1, ...outcomes.painChangeDistribution.map(b => b.members || 0))))));
  }

  async function download(format) {
    try {
      const response = await fetch('/api/v1/analytics/export?format=' + format, {headers: {Authorization: 'Bearer ' + session.token}});
      if (!response.ok) throw new Error('Export failed: ' + response.status);
      const blob = await response.blob();
      const rows = (await blob.text()).split('\n').filter(l => l).length - (format === 'csv' ? 1 : 0);
      const link = h('a', {href: URL.createObjectURL(blob), download: 'backbone-export.' + format});
      document.body.append(link);
      link.click();
      link.remove();
      $('#export-result').textContent = `Downloaded ${rows} rows (${format.toUpperCase()}).`;
    } catch (e) { say(e.message); }
  }
  await load();
}

// ---- routing

async function render() {
  const view = $('#view');
  view.textContent = '';
  const route = location.hash.replace(/^#/, '') || '/';
  $('#sign-out').hidden = !session;
  $('#who').textContent = session ? `${session.name} · ${session.role} · ${session.gym}` : '';
  try {
    if (!session || route === '/') await signInView(view);
    else if (route === '/member') await memberView(view);
    else if (route === '/coach') await coachView(view);
    else if (route.startsWith('/coach/member/')) await coachMemberView(view, route.split('/')[3]);
    else if (route === '/analyst') await analystView(view);
    else view.append(h('p', {}, 'Nothing here.'));
  } catch (e) {
    view.append(h('p', {role: 'alert'}, e.message));
  }
  view.focus();
}

$('#sign-out').addEventListener('click', signOut);
window.addEventListener('hashchange', render);
render();
