// web-test-runner commands for the accessibility tests that need the DevTools protocol, so Chromium only:
//   ax-tree              Chromium's accessibility tree (what screen readers get) under one element, serialised
//   forced-colors        emulates `forced-colors: active` (puppeteer's emulateMediaFeatures refuses it)
//   font-sizes           the browser's default font size, as a visitor sets it in the browser's settings
//   screenshot           a PNG (base64) of a rectangle of the page, to read the pixels actually painted
// In Firefox and WebKit every command answers { supported: false } and the test says it is skipped there.

/** Properties worth reviewing, in a fixed order; anything else Chromium reports is left out of the snapshot. */
const STATES = ['focused', 'modal', 'required', 'invalid', 'disabled', 'readonly', 'checked', 'expanded', 'selected', 'level', 'hasPopup', 'live', 'atomic', 'busy', 'valuemin', 'valuemax'];
// Nodes that only carry structure: left out, their children taken up by the parent.
const STRUCTURAL = new Set(['generic', 'none', 'InlineTextBox', 'LineBreak', 'LabelText']);

const valueOf = (axValue) => (axValue && 'value' in axValue ? axValue.value : undefined);

/** One line per node, Playwright aria-snapshot style: `- role "name" [state=value] desc="…"`, children indented. */
function serialise(byId, rootId) {
  const lines = [];
  const walk = (id, depth) => {
    const node = byId.get(id);
    if (!node) return;
    const role = valueOf(node.role);
    const name = String(valueOf(node.name) ?? '').trim();
    const skip = node.ignored || (STRUCTURAL.has(role) && !name) || role === 'InlineTextBox';
    // Text inside a named control or heading repeats its name: the name already says it.
    if (role === 'StaticText') {
      if (name) lines.push(`${'  '.repeat(depth)}- text "${name}"`);
      return;
    }
    if (!skip) {
      const props = new Map((node.properties ?? []).map((p) => [p.name, valueOf(p.value)]));
      const states = STATES.filter((s) => props.has(s) && props.get(s) !== false && props.get(s) !== 'false' && props.get(s) !== '').map((s) =>
        props.get(s) === true || props.get(s) === 'true' ? `[${s}]` : `[${s}=${props.get(s)}]`,
      );
      const value = valueOf(node.value);
      const description = String(valueOf(node.description) ?? '').trim();
      lines.push(
        `${'  '.repeat(depth)}- ${role}${name ? ` "${name}"` : ''}${states.length ? ` ${states.join(' ')}` : ''}${value !== undefined && value !== '' ? ` value="${value}"` : ''}${description ? ` desc="${description}"` : ''}`,
      );
    }
    const named = !skip && name && ['button', 'link', 'heading', 'checkbox', 'radio', 'textbox', 'combobox', 'option', 'progressbar', 'DisclosureTriangle', 'ListMarker'].includes(role);
    for (const child of node.childIds ?? []) {
      const c = byId.get(child);
      // The list bullet and the text of a named node add nothing a reviewer needs.
      if (named && valueOf(c?.role) === 'StaticText') continue;
      if (valueOf(c?.role) === 'ListMarker') continue;
      walk(child, skip ? depth : depth + 1);
    }
  };
  walk(rootId, 0);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

// One DevTools session per page, kept open: emulation set through a session ends when the session detaches.
const sessions = new WeakMap();
const sessionOf = async (page) => {
  if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
  return sessions.get(page);
};

export function a11yCommands() {
  return {
    name: 'spine-a11y-commands',
    async executeCommand({ command, payload, session }) {
      if (!['ax-tree', 'forced-colors', 'font-sizes', 'screenshot'].includes(command)) return undefined;
      if (session.browser.name !== 'Chrome') return { supported: false };
      const page = session.browser.getPage(session.id);
      const cdp = await sessionOf(page);
      {
        if (command === 'forced-colors') {
          await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }] });
          return { supported: true };
        }
        if (command === 'font-sizes') {
          await cdp.send('Page.setFontSizes', { fontSizes: { standard: payload.standard, fixed: payload.fixed ?? 13 } });
          return { supported: true };
        }
        if (command === 'screenshot') {
          const { x, y, width, height } = payload;
          const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { x, y, width, height, scale: 1 } });
          return { supported: true, png: data };
        }
        // ax-tree: the element is found by a selector matching its attributes (a test marks its widget), then every
        // accessibility node of its subtree, shadow roots included, is serialised. A modal dialog takes its host
        // out of the tree, so the top nodes of the subtree are found rather than the host's own node.
        const { root: documentNode } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        const [attribute] = /^\[([\w-]+)\]$/.exec(payload.selector)?.slice(1) ?? [];
        if (!attribute) throw new Error(`ax-tree: use an attribute selector such as [data-ax-root], not ${payload.selector}`);
        const kids = (n) => [...(n.shadowRoots ?? []), ...(n.children ?? [])];
        const find = (n) => ((n.attributes ?? []).filter((_, i) => i % 2 === 0).includes(attribute) ? n : kids(n).map(find).find(Boolean));
        const host = find(documentNode);
        if (!host) throw new Error(`ax-tree: nothing matches ${payload.selector}`);
        const inside = new Set();
        const collect = (n) => {
          inside.add(n.backendNodeId);
          kids(n).forEach(collect);
        };
        collect(host);
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const within = (n) => n && inside.has(n.backendDOMNodeId);
        const tops = nodes.filter((n) => within(n) && !within(byId.get(n.parentId)));
        if (!tops.length) throw new Error(`ax-tree: ${payload.selector} has no accessibility node`);
        return { supported: true, tree: tops.map((n) => serialise(byId, n.nodeId)).join('') };
      }
    },
  };
}
