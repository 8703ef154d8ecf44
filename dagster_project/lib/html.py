"""An HTML page saved as `.txt`: detect it and keep only its visible text.

Uses the standard library's HTMLParser (tolerant of broken markup). Block
elements become line breaks so that the story splitter sees the page's
paragraphs; scripts, styles and head are dropped.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_TAG = re.compile(r"</?(?:p|div|span|br|a|table|td|li|h[1-6])\b[^>]*>", re.IGNORECASE)
_HIDDEN = {"script", "style", "head", "noscript", "template", "svg"}
_BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "header", "footer", "table", "ul", "ol", "title", "blockquote", "pre", "hr"}


def looks_like_html(text: str) -> bool:
    """A page that starts like HTML, or text dense with common tags."""
    head = text[:2048]
    return bool(_HTML_START.search(head)) or len(_TAG.findall(head)) >= 5


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden_depth:
            self.parts.append(data)


def visible_text(page: str) -> str:
    parser = _VisibleText()
    parser.feed(page)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).splitlines())
    return "\n\n".join(line for line in lines if line)
