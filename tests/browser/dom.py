"""Pages parsed as a browser would (html5lib follows the WHATWG parsing rules)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import html5lib


def parse(page: str) -> Any:
    return html5lib.parse(page, treebuilder="etree", namespaceHTMLElements=False)


def elements(root: Any) -> Iterator[Any]:
    """Every element and comment, in document order."""
    yield from root.iter()


def tag(el: Any) -> str:
    return el.tag if isinstance(el.tag, str) else "#comment"


def structure(root: Any) -> list[str]:
    """Tag and attribute names of every node, in order: what escaping must not change."""
    return [f"{tag(el)}[{','.join(sorted(el.attrib))}]" for el in elements(root)]


def by_id(root: Any, ident: str) -> Any:
    found = root.find(f".//*[@id='{ident}']")
    assert found is not None, f"no element with id {ident!r}"
    return found


def classes(el: Any) -> set[str]:
    return set(el.get("class", "").split())


def select(root: Any, name: str, cls: str | None = None) -> list[Any]:
    return [el for el in root.iter(name) if cls is None or cls in classes(el)]


def text(el: Any) -> str:
    return "".join(el.itertext())


NOT_STORY = frozenset({"gut", "bt", "omission"})


def story_text(container: Any) -> str:
    """The story's own characters inside the text container (no gutters or omissions)."""
    def walk(el: Any) -> str:
        own = "" if NOT_STORY & classes(el) else (el.text or "") + "".join(map(walk, el))
        return own + (el.tail or "")

    return (container.text or "") + "".join(map(walk, container))


def finding_text(container: Any, index: int) -> str:
    """The characters highlighted for finding ``index`` (all its pieces, in order)."""
    out: list[str] = []

    def walk(el: Any, inside: bool) -> None:
        if NOT_STORY & classes(el):
            return
        inside = inside or (el.tag == "mark" and el.get("data-finding") == str(index))
        if inside and el.text:
            out.append(el.text)
        for child in el:
            walk(child, inside)
            if inside and child.tail:
                out.append(child.tail)

    walk(container, False)
    return "".join(out)
