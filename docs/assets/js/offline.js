// Registers the service worker (sw.js at the site root, so it works under any
// sub-path) and asks it to keep what this page used. The keuzehulp adds its
// engine files with an "iw:cache" event once its worker has loaded them; the
// service worker's copies then come from the browser's HTTP cache, so each
// file is downloaded once (keuzehulp-boot.js says why the engine does not wait
// for the service worker).
//
// Loaded in the <head> (overrides/main.html), so registration starts early.
(function () {
  var container = navigator.serviceWorker;
  if (!container || !window.__md_scope) return;
  var root = window.__md_scope; // Material's URL of the site root
  var registering = container.register(new URL("sw.js", root).href, { scope: root.pathname });
  var ready = registering.then(function () { return container.ready; });

  function keep(urls, name) {
    ready.then(function (registration) {
      registration.active.postMessage({ type: "cache", batch: name, urls: urls });
    });
  }

  container.addEventListener("message", function (event) {
    if (event.data && event.data.type === "cached") {
      document.documentElement.setAttribute("data-offline-" + event.data.batch, "ready");
    }
  });

  function pageResources() {
    var urls = [location.href.split("#")[0]];
    performance.getEntriesByType("resource").forEach(function (entry) { urls.push(entry.name); });
    return urls;
  }

  if (document.readyState === "complete") keep(pageResources(), "page");
  else window.addEventListener("load", function () { keep(pageResources(), "page"); });
  document.addEventListener("iw:cache", function (event) { keep(event.detail.urls, event.detail.batch); });

  // The offline page (overrides/offline.html): which pages this browser kept.
  function listKept() {
    var box = document.querySelector("[data-offline-kept]");
    if (!box || !window.caches) return;
    caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (key) { return key.indexOf("inspraakwijzer-") === 0; })
        .map(function (key) { return caches.open(key).then(pages); }));
    }).then(function (lists) {
      var seen = {};
      var list = box.querySelector("[data-offline-list]");
      [].concat.apply([], lists).forEach(function (page) {
        if (seen[page.url]) return;
        seen[page.url] = true;
        var a = document.createElement("a");
        a.href = page.url;
        a.textContent = page.title;
        var li = document.createElement("li");
        li.appendChild(a);
        list.appendChild(li);
      });
      box.hidden = list.children.length === 0;
      document.documentElement.setAttribute("data-offline-listed", String(list.children.length));
    });
  }

  // Kept pages (HTML under a directory URL), with their titles. The offline page
  // lies at the site root, or sw.js gives it a <base> there: the site's root is
  // its base, not Material's __md_scope (which follows the address).
  function pages(cache) {
    var site = new URL(".", document.baseURI).href;
    return cache.keys().then(function (requests) {
      var html = requests.filter(function (request) {
        var url = request.url.split(/[?#]/)[0];
        return url.indexOf(site) === 0 && url.slice(-1) === "/";
      });
      return Promise.all(html.map(function (request) {
        return cache.match(request).then(function (response) { return response.text(); }).then(function (text) {
          var title = new DOMParser().parseFromString(text, "text/html").title;
          return { url: request.url, title: title.replace(/ - Inspraakwijzer$/, "") || request.url };
        });
      }));
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", listKept);
  else listKept();
})();
