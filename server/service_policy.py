"""SERVICE allowlist: a query may only federate to endpoints the operator listed (no server-side
request forgery), and public endpoints may be mapped to local stand-ins (offline demos, tests).

Checked on the query text before it reaches any engine, embedded or remote.
"""

from __future__ import annotations

from dataclasses import dataclass

from cytokg.server.sparql_lexer import keyword_targets


class ServiceRefused(Exception):
    """The query calls a SERVICE that is not on the allowlist (HTTP 403)."""


@dataclass(frozen=True)
class ServicePolicy:
    allowlist: frozenset[str]
    mapping: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_settings(cls, settings) -> ServicePolicy:
        mapped = {public for public, _ in settings.service_map}
        return cls(frozenset(settings.service_allowlist) | mapped, tuple(settings.service_map))

    def allows(self, iri: str) -> bool:
        return iri in self.allowlist


def service_calls(query: str) -> list[tuple[int, int, str | None, str]]:
    """(start, end, IRI or None, token text) of every SERVICE endpoint in the query text."""
    return keyword_targets(query, "SERVICE")


def apply(policy: ServicePolicy, query: str, via=None) -> str:
    """The query with mapped endpoints replaced; ServiceRefused names the first forbidden one.

    via(IRI, mapped URL) -> URL, when given, redirects every allowed call (the SERVICE relay).
    """
    calls = service_calls(query)
    if not calls:
        return query
    mapping = dict(policy.mapping)
    out, last = [], 0
    for start, end, iri, text in calls:
        if iri is None:
            raise ServiceRefused(
                f"SERVICE {text} is not allowed: the endpoint must be an IRI on the allowlist"
            )
        if not policy.allows(iri):
            allowed = ", ".join(sorted(policy.allowlist)) or "none configured"
            raise ServiceRefused(f"SERVICE <{iri}> is not on the allowlist (allowed: {allowed})")
        if iri in mapping or via is not None:
            url = mapping.get(iri, iri)
            out.append(query[last:start])
            out.append(f"<{via(iri, url) if via is not None else url}>")
            last = end
    out.append(query[last:])
    return "".join(out)
