// The preview's own script (never in a built site): reloads the page after each rebuild and, when a
// rebuild fails, shows its errors over the page until the next good build. Served by `site serve` only.
const events = new EventSource('/__preview/events');
let panel = null;

function show(failure) {
  hide();
  panel = document.createElement('section');
  panel.className = 'preview-errors';
  panel.setAttribute('role', 'alert');
  panel.setAttribute('lang', failure.lang);
  const heading = document.createElement('h2');
  heading.textContent = failure.title;
  const note = document.createElement('p');
  note.textContent = failure.note;
  const list = document.createElement('ol');
  for (const text of failure.diagnostics) {
    const item = document.createElement('li');
    const pre = document.createElement('pre');
    pre.textContent = text;
    item.append(pre);
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = failure.close;
  close.addEventListener('click', hide);
  panel.append(heading, note, list, close);
  document.body.prepend(panel);
}

function hide() {
  panel?.remove();
  panel = null;
}

// Marks the page as following the preview (tests and curious editors can see it in the inspector).
events.addEventListener('open', () => { document.documentElement.dataset.preview = 'connected'; });
// After a full rebuild every page reloads ("ok"); after a quick one, the pages it changed (a list of paths).
events.addEventListener('reload', e => {
  const path = location.pathname.replace(/index\.html$/, '');
  if (e.data === 'ok' || JSON.parse(e.data).pages.includes(path)) {
    location.reload();
  } else {
    hide();
  }
});
events.addEventListener('failed', e => show(JSON.parse(e.data)));
