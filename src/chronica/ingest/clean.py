"""Text cleaning: encoding repair, whitespace and quote normalisation, markdown stripping.

``clean_text`` is what every reader runs on an article's text. Its output is the string that
character offsets in events point into, so it is deterministic and idempotent:
``clean_text(clean_text(s)) == clean_text(s)``.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

__all__ = ["clean_text", "fix_encoding", "normalise_layout", "strip_markdown", "clean_line"]

# --- encoding ---------------------------------------------------------------------------------

# UTF-8 punctuation read as cp1252 gives "â€" plus one more character. When that third character
# is lost (cp1252 has no glyph for 0x9D, the tail of the right double quote) or was "straightened"
# by a later tool (0x93/0x94 are curly quotes in cp1252, so an en/em dash ends up as 'â€"'), ftfy
# can no longer see the sequence. These are the repairs for what is left.
_LOST_TAIL = [
    # a lone '"â€"' between spaces: one broken dash whose neighbouring bytes became quotes
    (re.compile('(?:(?<=\\s)|^)"â€"(?=\\s|$)', re.M), "\u2014"),
    (re.compile('â€"'), "\u2014"),  # em/en dash whose curly-quote tail was straightened
    (re.compile("â€'"), "\u2019"),  # 'â€™' with the tail straightened: right single quote
    (re.compile("â€(?=[\\s.,;:!?)\\]]|$)", re.M), "\u201d"),  # 'â€\x9d' with 0x9D dropped
]

_FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=True,
    fix_line_breaks=True,
    normalization="NFC",
    explain=False,
)


# Text that can need ftfy: a UTF-8 lead byte read as Latin-1/cp1252 followed by a continuation
# byte read the same way, MacRoman mojibake, C1 controls, replacement characters, surrogates,
# escapes, HTML entities, ligatures and full-width forms. Text without any of these (most
# non-ASCII news: accented names, curly quotes, dashes) skips ftfy's slower checks.
_CP1252_TAIL = (
    "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
    "\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a"
    "\u0153\u017e\u0178"
)
_NEEDS_FTFY = re.compile(
    f"[\u00c2-\u00f4][{_CP1252_TAIL}]|[\u00c2\u00c3] |[\u201a\u221a][\u00a0-\u00ff\u2020-\u2122]"
    "|[\u0080-\u009f\ufffd\ud800-\udfff\x1b\r\ufb00-\ufb06\uff01-\uff5e]|&#?\\w+;"
)


def fix_encoding(raw: str) -> str:
    """Repair mojibake and broken unicode (ftfy, plus the truncated sequences ftfy cannot see)."""
    if not raw:
        return ""
    text = raw
    if text.isascii():
        if "&" not in text and "\r" not in text and "\x1b" not in text:
            return text
    if _NEEDS_FTFY.search(text):
        text = ftfy.fix_text(text, config=_FTFY_CONFIG)
        if "â€" in text:
            for pattern, repl in _LOST_TAIL:
                text = pattern.sub(repl, text)
            text = ftfy.fix_text(text, config=_FTFY_CONFIG)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


# --- layout -----------------------------------------------------------------------------------

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\f\v]+")
_ODD_SPACE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\f\v]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_QUOTE_MAP = {
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u00b4": "'",
}
_QUOTES = re.compile("[" + "".join(_QUOTE_MAP) + "]")


def normalise_layout(text: str) -> str:
    """Normalise whitespace and quotes; paragraphs become blocks separated by one blank line.

    Lines inside a paragraph (hard-wrapped text) are joined with a space; a line ending in a
    hyphen after a lower-case letter is joined to a lower-case continuation without the space.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
        text = _QUOTES.sub(lambda m: _QUOTE_MAP[m.group()], text)
    text = _CONTROL.sub("", text)
    if _ODD_SPACE.search(text) or "  " in text:  # most text has single plain spaces only
        text = _SPACES.sub(" ", text)
    paragraphs = []
    for block in _BLANK_LINES.split(text):
        lines = [line.strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        out = lines[0]
        for line in lines[1:]:
            if out[-1] == "-" and out[-2:-1].islower() and line[:1].islower():
                out += line
            else:
                out += " " + line
        paragraphs.append(out)
    return "\n\n".join(paragraphs)


def clean_text(raw: str) -> str:
    """Repair encoding, normalise whitespace and quotes, keep paragraphs as ``\\n\\n`` blocks."""
    if raw is None:
        return ""
    return normalise_layout(fix_encoding(str(raw)))


def clean_line(raw: str | None) -> str | None:
    """A one-line field (title, author, ...): cleaned, single-spaced; None when empty."""
    if raw is None:
        return None
    text = clean_text(str(raw)).replace("\n\n", " ").strip()
    return text or None


# --- markdown ---------------------------------------------------------------------------------

_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_MD_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]+\S+.*$", re.M)
_MD_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
_MD_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
_MD_BULLET = re.compile(r"^\s{0,6}(?:[-*+]|\d{1,3}[.)])\s+(?=\S)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_MD_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", re.S)
_MD_EM_UNDER = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])", re.S)
_MD_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~", re.S)
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~).*$", re.M)
_MD_HTML_TAG = re.compile(r"</?(?:[a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")


def strip_markdown(text: str) -> str:
    """Remove markdown markup, keeping the words: ``[text](url)`` -> text, ``**b**`` -> b, ...

    List items become paragraphs of their own so that joining wrapped lines does not run them
    together.
    """
    if not text:
        return ""
    if "```" in text or "~~~" in text:
        text = _MD_FENCE.sub("", text)
    if "[" in text:
        text = _MD_REF_DEF.sub("", text)
        text = _MD_IMAGE.sub(lambda m: m.group(1), text)
        text = _MD_LINK.sub(lambda m: m.group(1), text)
        text = _MD_REF_LINK.sub(lambda m: m.group(1), text)
    if "<" in text:
        text = _MD_AUTOLINK.sub(lambda m: m.group(1), text)
    if "#" in text:
        text = _MD_HEADING.sub(lambda m: m.group(1), text)
    if ">" in text:
        text = _MD_QUOTE.sub("", text)
    lines = []
    for line in text.split("\n"):
        if _MD_SETEXT.match(line) and lines and lines[-1].strip():
            continue  # underline of a setext heading
        if _MD_BULLET.match(line):
            line = _MD_BULLET.sub("", line)
            if lines and lines[-1].strip():
                lines.append("")
            lines.append(line)
            lines.append("")
            continue
        lines.append(line)
    text = "\n".join(lines)
    # Emphasis never spans paragraphs: work block by block, and only where markup can be.
    blocks = _BLANK_LINES.split(text)
    return "\n\n".join(_strip_inline(block) for block in blocks)


def _strip_inline(block: str) -> str:
    if "*" in block or "_" in block:
        for _ in range(2):  # nested emphasis: ***x*** or **_x_**
            block = _MD_STRONG.sub(lambda m: m.group(2), block)
            block = _MD_EM_STAR.sub(lambda m: m.group(1), block)
            block = _MD_EM_UNDER.sub(lambda m: m.group(1), block)
    if "~~" in block:
        block = _MD_STRIKE.sub(lambda m: m.group(1), block)
    if "`" in block:
        block = _MD_CODE.sub(lambda m: m.group(1), block)
    if "<" in block:
        block = _MD_HTML_TAG.sub("", block)
    if "\\" in block:
        block = _MD_ESCAPE.sub(lambda m: m.group(1), block)
    return block
