"""The actors stage's resolver: noun phrases -> Actor records (country, sector, ACLED name and type).

>>> r = ActorResolver()
>>> r.resolve("President Fujimori", date="1997-04-22").acled_actor
'Government of Peru (1990-2000)'
"""

from .resolve import ActorResolver

__all__ = ["ActorResolver"]
