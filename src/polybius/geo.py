"""Distances on the globe, shared by assembly (nearby towns of one article) and fusion
(places of two reports)."""
from __future__ import annotations

import numpy as np


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km; numbers or numpy arrays (vectorised)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi = p2 - p1
    dlmb = np.radians(np.subtract(lon2, lon1))
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlmb / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
