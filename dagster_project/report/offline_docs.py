"""GX Data Docs that open offline: every page GX renders loads Bootstrap,
jQuery, bootstrap-table, Font Awesome and Vega from CDNs, and its logo from an
S3 bucket with the data context's id in the address. Offline the index is blank
(its tables are drawn by bootstrap-table), and online each page view is a
request that names this project. This rewrites the rendered site: the remote
<script>, <link> and <img> tags go; a small local stand-in for the jQuery /
bootstrap-table calls the pages make (`gx_offline/offline.js`) and a few
styles (`offline.css`) are copied into the site and linked instead.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

ASSETS = Path(__file__).with_name("gx_offline")
SITE_ASSETS = Path("static") / "offline"

_REMOTE_SCRIPT = re.compile(r"<script\b[^>]*\bsrc\s*=\s*[\"']https?://[^>]*>\s*</script>", re.I)
_REMOTE_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"']https?://[^>]*>", re.I)
_REMOTE_IMG = re.compile(r"<img\b[^>]*\bsrc\s*=\s*[\"']https?://[^>]*>", re.I)
_REMOTE_CSS_URL = re.compile(r"url\(\s*['\"]?https?://[^)]*\)", re.I)
# what a page may still hold: an asset fetched from the network (links to read on are fine)
REMOTE_ASSET = re.compile(
    r"<(?:script|img|iframe)\b[^>]*\bsrc\s*=\s*[\"']https?://|<link\b[^>]*\bhref\s*=\s*[\"']https?://"
    r"|url\(\s*['\"]?https?://", re.I)


def make_offline(site: Path) -> int:
    """Rewrite every page and stylesheet under `site` (the local_site folder); returns
    how many files changed. Safe to run again on an already rewritten site."""
    shutil.copytree(ASSETS, site / SITE_ASSETS, dirs_exist_ok=True)
    changed = 0
    for page in site.rglob("*.html"):
        depth = len(page.relative_to(site).parts) - 1
        changed += _rewrite(page, lambda text, up="../" * depth: _offline_page(text, up))
    for sheet in site.rglob("*.css"):
        changed += _rewrite(sheet, lambda text: _REMOTE_CSS_URL.sub("none", text))
    return changed


def _offline_page(text: str, up: str) -> str:
    text = _REMOTE_IMG.sub("", _REMOTE_LINK.sub("", _REMOTE_SCRIPT.sub("", text)))
    text = _REMOTE_CSS_URL.sub("none", text)  # the logo of the pages' inline <style>
    local = (f'<link rel="stylesheet" href="{up}{SITE_ASSETS.as_posix()}/offline.css">'
             f'<script src="{up}{SITE_ASSETS.as_posix()}/offline.js"></script>')
    if local in text:
        return text
    # first in <head>: the pages' inline scripts call `$` as they load
    return re.sub(r"<head\b[^>]*>", lambda m: m.group(0) + local, text, count=1, flags=re.I)


def _rewrite(path: Path, change) -> int:
    text = path.read_text(encoding="utf-8")
    new = change(text)
    if new == text:
        return 0
    path.write_text(new, encoding="utf-8")
    return 1


def remote_assets(site: Path) -> list[str]:
    """`file: tag` of every network asset left in the site's pages and stylesheets."""
    found = []
    for path in [*site.rglob("*.html"), *site.rglob("*.css")]:
        for match in REMOTE_ASSET.finditer(path.read_text(encoding="utf-8")):
            found.append(f"{path.relative_to(site)}: {match.group(0)}")
    return found
