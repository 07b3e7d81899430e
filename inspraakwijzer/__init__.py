"""Build-side code of Inspraakwijzer: load and check data/, route and render pages.

The wizard engine lives apart in `wizard/` (it also runs in the browser); this
package may use third-party libraries because it only runs at build time.
"""
