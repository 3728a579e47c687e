// What a physician-editor checks in the built-in content, for every widget and both languages (issue 11,
// ../shared/docs/content-review.md): every source link opens a specific page, every procedure says who it may help
// and what its risks are, and no Spanish text keeps a phrase the medical review found wrong.
// Reads the built content modules (dist/components/*/content/{en,es}.js), so run after `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const LANGUAGES = ['en', 'es'];
const WIDGETS = ['consult-button', 'procedure-card', 'specialist-checklist', 'surgery-benefits'];
const widgetsInSource = existsSync('src/components')
  ? readdirSync('src/components').filter((tag) => existsSync(`src/components/${tag}/content/en.ts`))
  : [];
const TAGS = [...new Set([...WIDGETS, ...widgetsInSource])];

/** The built content of one widget in one language: every export of its module. */
async function contentOf(tag, language) {
  const file = `dist/components/${tag}/content/${language}.js`;
  assert.ok(existsSync(file), `${file} is missing: build dist/ first (npx rollup -c); this test reads the built content`);
  return { ...(await import(`../../${file}`)) };
}

/** Every string inside a value, with its path. */
export function stringsOf(value, path = '') {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsOf(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsOf(item, path ? `${path}.${key}` : key));
  return [];
}

/** Why a source URL is not one a reader can follow to the fact, or undefined when it is. */
export function homePageProblem(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (parsed.protocol !== 'https:') return 'is not https';
  // A home page ("https://upmc.com/" or "https://upmc.com/?x") names a site, not the page that states the fact.
  if (parsed.pathname.replace(/\/+$/, '') === '') return 'is a home page (no path): link the specific page';
  return undefined;
}

/**
 * Spanish phrases the November 2026 medical review lists as wrong (content-review.md, "Spanish"), with the fix it
 * asks for. `only` limits a phrase to the widgets where the review found it: elsewhere the word may be right.
 */
export const WRONG_SPANISH = [
  { pattern: /se sale de su lugar/i, fix: 'En una hernia de disco, parte del centro blando sale por una rotura de la capa externa' },
  { pattern: /\bvuelve a casa el mismo día/i, fix: 'La mayoría de las personas se va a casa el mismo día' },
  { pattern: /inyecci[oó]n(es)? epidural(es)?\b(?! de (esteroides|corticosteroides))/i, fix: 'inyección epidural de esteroides (never just "inyección epidural")' },
  { pattern: /bloqueo facetario/i, fix: 'inyección facetaria' },
  { pattern: /cuánto dura\b/i, fix: 'cuánto tarda el procedimiento / cuánto puede durar el alivio' },
  { pattern: /compresión dolorosa/i, fix: 'fractura por compresión que causa dolor (la vértebra se aplasta)' },
  { pattern: /cemento para (el )?hueso/i, fix: 'cemento óseo' },
  { pattern: /limite levantar/i, fix: 'Evite levantar objetos pesados y agacharse durante unas 4 semanas' },
  { pattern: /\bdiscos? herniados?\b/i, fix: 'hernia de disco (one term everywhere)' },
  { pattern: /estancia/i, fix: 'Tiempo en el hospital' },
  { pattern: /suele ser antes/i, fix: 'suele ser más pronto' },
  { pattern: /junta médica/i, fix: 'certificado por el consejo de su especialidad (board-certified)' },
  { pattern: /especialista de la columna/i, fix: 'Preguntas que debe hacer antes de elegir un especialista en columna' },
  { pattern: /pida al centro de cirugía su tasa/i, fix: 'Pregunte al centro de cirugía cuál es su tasa de infecciones' },
  { pattern: /\bvisitas?\b/i, fix: '"cita" or "consulta" (Haga una cita en línea, Motivo de la consulta)', only: ['consult-button'] },
  { pattern: /contactar(le|lo|la)?\b|contactemos|\bme contacte\b|\ble contactaremos\b/i, fix: 'comunicarnos con usted' },
  { pattern: /espalda baja/i, fix: 'Dolor en la parte baja de la espalda' },
  // From docs/spanish-glossary.md, the one glossary every widget follows.
  { pattern: /diluyente de la sangre/i, fix: 'anticoagulante (medicamento para que la sangre no se coagule)' },
  { pattern: /\bictus\b/i, fix: 'derrame cerebral' },
  { pattern: /\bconducir\b/i, fix: 'manejar' },
  {
    pattern: /estenosis espinal(?! \(estrechamiento de la columna\))/i,
    fix: 'Estenosis espinal (estrechamiento de la columna)',
    only: ['consult-button'],
  },
];

test('the checks themselves behave', () => {
  assert.equal(homePageProblem('https://www.upmc.com/'), 'is a home page (no path): link the specific page');
  assert.equal(homePageProblem('https://woodcountyhospital.org'), 'is a home page (no path): link the specific page');
  assert.equal(homePageProblem('https://baycare.org/?utm=x'), 'is a home page (no path): link the specific page');
  assert.equal(homePageProblem('http://example.org/page'), 'is not https');
  assert.equal(homePageProblem('https://www.mayoclinic.org/tests-procedures/diskectomy/about/pac-20393941'), undefined);
  const wrong = (text) => WRONG_SPANISH.filter(({ pattern }) => pattern.test(text)).length;
  assert.equal(wrong('Inyección epidural'), 1);
  assert.equal(wrong('Inyección epidural de esteroides'), 0);
  assert.equal(wrong('las inyecciones epidurales de esteroides'), 0);
  assert.equal(wrong('inyecciones epidurales de corticosteroides'), 0);
  assert.equal(wrong('Un disco herniado se sale de su lugar.'), 2);
  assert.equal(wrong('Vuelve a casa el mismo día.'), 1);
  assert.equal(wrong('Muchas personas vuelven a casa el mismo día.'), 0);
  assert.equal(wrong('Díganos cómo contactarle.'), 1);
  assert.equal(wrong('Díganos cómo comunicarnos con usted.'), 0);
  assert.equal(wrong('Estenosis espinal'), 1);
  assert.equal(wrong('Estenosis espinal (estrechamiento de la columna)'), 0);
});

for (const tag of TAGS) {
  for (const language of LANGUAGES) {
    test(`${tag} (${language}): every built-in source link opens a specific https page`, async () => {
      const content = await contentOf(tag, language);
      const urls = stringsOf(content).filter(([, text]) => /^[a-z][a-z0-9+.-]*:\/\//i.test(text.trim()));
      const problems = urls.flatMap(([path, url]) => {
        const problem = homePageProblem(url);
        return problem ? [`${path}: ${url} ${problem}`] : [];
      });
      assert.deepEqual(problems, []);
    });
  }
}

for (const language of LANGUAGES) {
  test(`procedure-card (${language}): every procedure says who it may help and names its risks`, async () => {
    const { content } = await contentOf('procedure-card', language);
    const procedures = Object.entries(content.procedures);
    assert.equal(procedures.length, 7);
    const problems = [];
    const blank = (list) => !Array.isArray(list) || list.length === 0 || list.some((item) => typeof item !== 'string' || !item.trim());
    for (const [id, p] of procedures) {
      if (blank(p.whoItMayHelp)) problems.push(`${id}: whoItMayHelp must be a non-empty list of texts`);
      if (blank(p.risks)) problems.push(`${id}: risks must be a non-empty list of texts`);
      // "Ask your doctor" is not a list of risks: at least one item must name one.
      else if (p.risks.every((risk) => /ask your doctor|pregunte a su médico/i.test(risk))) problems.push(`${id}: risks only say to ask the doctor`);
      if (p.tellYourDoctor !== undefined && blank(p.tellYourDoctor)) problems.push(`${id}: tellYourDoctor, when given, must list texts`);
      if (!Array.isArray(p.sources) || p.sources.length === 0) problems.push(`${id}: no sources`);
    }
    assert.deepEqual(problems, []);
  });

  test(`every widget (${language}) carries the date its content was last checked against its sources`, async () => {
    for (const tag of ['procedure-card', 'surgery-benefits', 'specialist-checklist']) {
      const module = await contentOf(tag, language);
      const [content] = Object.values(module);
      assert.match(content.checkedOn ?? '', /^\d{4}-\d{2}-\d{2}$/, `${tag} checkedOn`);
      assert.ok(!Number.isNaN(Date.parse(`${content.checkedOn}T00:00:00Z`)), `${tag} checkedOn is a real date`);
    }
  });
}

test('every Spanish source title says "(en inglés)" when it links a page in English', async () => {
  for (const tag of TAGS) {
    const es = await contentOf(tag, 'es');
    const strings = stringsOf(es);
    const unmarked = strings
      .filter(([path]) => /sources\[\d+\]\.title$/.test(path))
      .filter(([path, title]) => {
        const url = strings.find(([other]) => other === path.replace(/title$/, 'url'))?.[1] ?? '';
        // A page in Spanish (MedlinePlus en español, a /es/ path) needs no note.
        return !/\(en inglés\)$/.test(title) && !/\/(es|spanish|espanol)(\/|$)|medlineplus\.gov\/spanish/i.test(new URL(url).pathname + url);
      })
      .map(([path, title]) => `${tag} ${path}: ${title}`);
    assert.deepEqual(unmarked, [], 'an English page linked from Spanish text says so: "Publisher: Page title (en inglés)"');
  }
});

for (const tag of TAGS) {
  test(`${tag} (es): no phrase the medical review lists as wrong`, async () => {
    const content = await contentOf(tag, 'es');
    // Links are addresses, not Spanish text.
    const texts = stringsOf(content).filter(([path]) => !/(^|\.)url$/.test(path));
    assert.ok(texts.length > 0, `${tag}: no Spanish text found`);
    const found = texts.flatMap(([path, text]) =>
      WRONG_SPANISH.filter(({ pattern, only }) => (!only || only.includes(tag)) && pattern.test(text)).map(
        ({ pattern, fix }) => `${path}: "${text}" matches ${pattern} (use: ${fix})`,
      ),
    );
    assert.deepEqual(found, []);
  });
}
