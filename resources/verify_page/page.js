"use strict";
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const T = {
  nl: {
    title: "Certificaat controleren", intro: "Typ de controlecode die onder op het certificaat staat, of scan de QR-code.",
    codeLabel: "Controlecode", check: "Controleren", other: "English",
    valid: "\u2714 Echt en geldig. Dit certificaat is uitgereikt door {org} en is niet ingetrokken.",
    revoked: "\u2716 Ingetrokken op {date}. Dit certificaat is niet meer geldig.",
    superseded: "\u26A0 Vervangen op {date} door certificaat {new}. Vraag de houder om het nieuwe certificaat.",
    unknown: "? Onbekende code. Controleer of u de code goed hebt overgetypt. Een code die {org} uitgaf, staat in deze lijst (bijgewerkt op {published}).",
    mistyped: "? Deze code is niet goed overgetypt: een of meer tekens kloppen niet. Kijk hem teken voor teken na (een 0 is een nul, een 1 een één).",
    forged: "\u2716 Deze pagina is veranderd: de lijst is niet ondertekend door de sleutel op deze pagina. Vertrouw deze pagina niet.",
    noCrypto: "Deze browser kan hier niet controleren. Open de pagina via https of als bestand op uw computer.",
    kind: "Soort", programme: "Opleiding", module: "Module", issued: "Uitgereikt op", number: "Certificaatnummer",
    kinds: {programme: "Certificaat", module: "Modulecertificaat", participation: "Bewijs van deelname"},
    nameLabel: "Naam zoals op het certificaat", nameCheck: "Naam vergelijken",
    nameHelp: "De lijst bevat geen namen. Typ de naam van het papier; de pagina vergelijkt hem met de naam op het certificaat.",
    nameYes: "\u2714 Deze naam komt overeen met de naam op het certificaat.",
    nameNo: "\u2716 Deze naam komt niet overeen met de naam op het certificaat. Let op de spelling en alle voornamen.",
    nameGone: "De naam kan niet meer worden vergeleken: de gegevens van de houder zijn gewist.",
    footer: "Uitgegeven door {org}. Lijst bijgewerkt op {published}. Sleutel: {fp}. Deze pagina werkt zonder internet en stuurt niets door.",
  },
  en: {
    title: "Check a certificate", intro: "Type the verification code printed at the foot of the certificate, or scan the QR code.",
    codeLabel: "Verification code", check: "Check", other: "Nederlands",
    valid: "\u2714 Genuine and valid. This certificate was issued by {org} and has not been revoked.",
    revoked: "\u2716 Revoked on {date}. This certificate is no longer valid.",
    superseded: "\u26A0 Replaced on {date} by certificate {new}. Ask the holder for the new certificate.",
    unknown: "? Unknown code. Check that you typed it correctly. Every code {org} issued is in this list (updated on {published}).",
    mistyped: "? This code was not typed correctly: one or more characters are wrong. Check it character by character (0 is a zero, 1 a one).",
    forged: "\u2716 This page has been changed: the list is not signed by the key on this page. Do not trust this page.",
    noCrypto: "This browser cannot check here. Open the page over https or as a file on your computer.",
    kind: "Kind", programme: "Programme", module: "Module", issued: "Issued on", number: "Certificate number",
    kinds: {programme: "Certificate", module: "Module certificate", participation: "Statement of participation"},
    nameLabel: "Name as on the certificate", nameCheck: "Compare the name",
    nameHelp: "The list holds no names. Type the name on the paper; the page compares it with the name on the certificate.",
    nameYes: "\u2714 This name matches the name on the certificate.",
    nameNo: "\u2716 This name does not match the name on the certificate. Mind the spelling and all given names.",
    nameGone: "The name can no longer be compared: the holder's data have been erased.",
    footer: "Issued by {org}. List updated on {published}. Key: {fp}. This page works without the internet and sends nothing anywhere.",
  },
};
const $ = (id) => document.getElementById(id);
const enc = (s) => new TextEncoder().encode(s);
const blob = JSON.parse($("edtrainer-register").textContent);
const data = JSON.parse(blob.list);
// Dutch first, as the certificates; English one click away (the button at the top).
let lang = "nl";
let listOk = null;
let current = null;

function fill(template, values) { return template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m)); }
function day(iso) {
  if (!iso) { return ""; }
  const [y, m, d] = iso.slice(0, 10).split("-");
  return lang === "nl" ? `${d}-${m}-${y}` : `${y}-${m}-${d}`;
}
function normalise(text) {
  return (text || "").replace(/[\s\-.]/g, "").toUpperCase().replace(/O/g, "0").replace(/[IL]/g, "1").replace(/U/g, "V");
}
function foldName(name) {
  return (name || "").normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
async function sha256hex(text) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", enc(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}
async function checkChars(body) {
  const d = new Uint8Array(await crypto.subtle.digest("SHA-256", enc("edtrainer-check:" + body)));
  const v = ((d[0] << 8) | d[1]) >> 6;
  return ALPHABET[v >> 5] + ALPHABET[v & 31];
}
function bytes(b64) { return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)); }
async function verifyList() {
  try {
    const key = await crypto.subtle.importKey("spki", bytes(blob.key), {name: "ECDSA", namedCurve: blob.curve}, false, ["verify"]);
    return await crypto.subtle.verify({name: "ECDSA", hash: "SHA-256"}, key, bytes(blob.signature), enc(blob.list));
  } catch (e) {
    return false;
  }
}
function localDay(iso) {  // the moment of publishing, as a day where the reader is (not in UTC)
  const d = new Date(iso);
  if (isNaN(d)) { return day(iso); }
  const pad = (n) => String(n).padStart(2, "0");
  return day(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
}
function words() {
  return {org: data.organisation, published: localDay(data.published), fp: blob.fingerprint};
}
function setVerdict(verdict, entry, why) {
  const el = $("verdict");
  el.dataset.verdict = verdict;
  const t = T[lang];
  el.textContent = fill(t[why || verdict], {...words(), date: day(entry && entry.since), new: (entry && entry.replaced_by) || "?"});
  const facts = $("facts");
  facts.replaceChildren();
  if (entry && verdict !== "forged") {
    const rows = [[t.kind, t.kinds[entry.kind] || entry.kind], [t.programme, entry.programme]];
    if (entry.module) { rows.push([t.module, entry.module]); }
    rows.push([t.issued, day(entry.issued)], [t.number, entry.number]);
    for (const [k, v] of rows) {
      const dt = document.createElement("dt"); dt.textContent = k;
      const dd = document.createElement("dd"); dd.textContent = v;
      facts.append(dt, dd);
    }
  }
  $("name-part").hidden = !(entry && verdict !== "forged");
  $("name-result").textContent = entry && !entry.name ? t.nameGone : "";
  $("name").disabled = !(entry && entry.name);
  $("name-check").disabled = !(entry && entry.name);
}
async function check(raw) {
  const code = normalise(raw);
  current = null;
  if (!code) { $("verdict").textContent = ""; $("verdict").dataset.verdict = ""; return; }
  if (!(window.crypto && crypto.subtle)) { $("verdict").textContent = T[lang].noCrypto; return; }
  if (listOk === null) { listOk = await verifyList(); }
  if (!listOk || data.format !== "edtrainer-verify/1") { setVerdict("forged", null); return; }
  if (!/^[0-9A-HJKMNP-TV-Z]{20}$/.test(code) || (await checkChars(code.slice(0, 18))) !== code.slice(18)) {
    setVerdict("unknown", null, "mistyped"); return;
  }
  const id = await sha256hex("edtrainer-code:" + code);
  const entry = data.certificates.find((e) => e.id === id);
  if (!entry) { setVerdict("unknown", null); return; }
  current = {code, entry};
  setVerdict(["valid", "revoked", "superseded"].includes(entry.status) ? entry.status : "forged", entry);
}
async function compareName() {
  if (!current || !current.entry.name) { return; }
  const t = T[lang];
  const typed = $("name").value;
  if (!foldName(typed)) { $("name-result").textContent = ""; return; }
  const hash = await sha256hex("edtrainer-name:" + current.code + ":" + foldName(typed));
  $("name-result").textContent = hash === current.entry.name ? t.nameYes : t.nameNo;
  $("name-result").dataset.match = String(hash === current.entry.name);
}
function texts() {
  const t = T[lang];
  document.documentElement.lang = lang;
  document.title = t.title + " \u2013 " + data.organisation;
  $("title").textContent = t.title;
  $("intro").textContent = t.intro;
  $("code-label").textContent = t.codeLabel;
  $("check").textContent = t.check;
  $("switch").textContent = t.other;
  $("name-label").textContent = t.nameLabel;
  $("name-help").textContent = t.nameHelp;
  $("name-check").textContent = t.nameCheck;
  $("footer").textContent = fill(t.footer, words());
}
function fromFragment() {
  let code = (location.hash || "").slice(1);
  try { code = decodeURIComponent(code); } catch (e) { /* a stray % in a link: check what is there */ }
  if (code) { $("code").value = code; check(code); }
}
$("org").textContent = data.organisation;
texts();
$("code-form").addEventListener("submit", (e) => { e.preventDefault(); check($("code").value); });
$("name-form").addEventListener("submit", (e) => { e.preventDefault(); compareName(); });
$("switch").addEventListener("click", () => {
  lang = lang === "nl" ? "en" : "nl";
  texts();
  if (current) { setVerdict($("verdict").dataset.verdict, current.entry); } else if ($("code").value) { check($("code").value); }
});
window.addEventListener("hashchange", fromFragment);
fromFragment();
