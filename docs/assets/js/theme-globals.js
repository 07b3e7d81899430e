// Material for MkDocs' inline head script (partials/javascripts/base.html of
// mkdocs-material 9.8.1, MIT licence), as a file so that the site runs under a
// Content-Security-Policy without 'unsafe-inline'. The theme's bundle and our
// scripts need these globals; overrides/partials/javascripts/base.html loads
// this file with the scope the theme used to write into the script.
window.__md_scope = new URL(document.currentScript.dataset.mdScope, location);
window.__md_hash = (value) => [...value].reduce((hash, char) => (hash << 5) - hash + char.charCodeAt(0), 0);
window.__md_get = (key, storage = localStorage, base = window.__md_scope) =>
  JSON.parse(storage.getItem(base.pathname + "." + key));
window.__md_set = (key, value, storage = localStorage, base = window.__md_scope) => {
  try {
    storage.setItem(base.pathname + "." + key, JSON.stringify(value));
  } catch (error) {
    // Storage full or blocked: the theme works without it.
  }
};
