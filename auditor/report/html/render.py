"""Jinja rendering of story and index pages, with their Content-Security-Policy.

Pages are self-contained: the stylesheet and script are inlined, and the CSP
allows exactly those two (by SHA-256 hash) and nothing else: no network fetch,
no other script, no inline event handler, no form, no base URL. All input text
reaches the page through Jinja's autoescaping.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from auditor import __version__
from auditor.report.html.segments import CONTROL_NAMES

_CSP_FIXED = ("default-src 'none'", "img-src 'none'", "font-src 'none'", "connect-src 'none'",
              "media-src 'none'", "object-src 'none'", "frame-src 'none'", "worker-src 'none'",
              "manifest-src 'none'", "base-uri 'none'", "form-action 'none'")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def content_security_policy(script: str, style: str) -> str:
    """A policy allowing only this exact inline script and stylesheet."""
    return "; ".join((*_CSP_FIXED, f"script-src '{_sha256(script)}'",
                      f"style-src '{_sha256(style)}'"))


@cache
def static(name: str) -> str:
    text = resources.files("auditor.report.html").joinpath("static", name).read_text("utf-8")
    if "</script" in text.lower() or "</style" in text.lower():
        raise ValueError(f"static/{name} must not contain a closing </script> or </style> tag")
    return text


def show_controls(text: Any) -> Markup:
    """Escaped text with bidi and zero-width controls wrapped in labelled, isolating spans."""
    out, run = [], []
    for ch in str(text):
        if ch in CONTROL_NAMES:
            out.append(escape("".join(run)))
            run = []
            out.append(Markup('<span class="ctl" data-ctl="{}">{}</span>').format(
                CONTROL_NAMES[ch], ch))
        else:
            run.append(ch)
    out.append(escape("".join(run)))
    return Markup("").join(out)


def clip(text: Any, width: int = 240) -> str:
    text = str(text)
    return text if len(text) <= width else text[: width - 1] + "…"


@cache
def environment() -> Environment:
    env = Environment(loader=PackageLoader("auditor.report.html", "templates"),
                      autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["controls"] = show_controls
    env.filters["clip"] = clip
    env.globals["control_names"] = CONTROL_NAMES
    env.globals["version"] = __version__
    return env


def render_page(template: str, script: str, **context: Any) -> str:
    css, js = static("report.css"), static(script)
    return environment().get_template(template).render(
        css=Markup(css), js=Markup(js), csp=content_security_policy(js, css), **context)
