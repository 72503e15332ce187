"""Code books (PLOVER, CAMEO, ACLED) and the mapping that codes an event in all three."""

from chronica.ontology.mapping import Codebook, Coding

__all__ = ["Codebook", "Coding"]
